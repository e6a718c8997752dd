"""Second-wave session 16 mechanisms of the claims stage, found by the battery
(tests/claims/data/claims_probes_s16b.yaml): the two conventions decided this session — a statement
read or a speech given on television or radio has the medium for platform and the speaker as its
only source ("عبر التلفزيون الرسمي"، "في كلمة متلفزة"), a statement a news outlet carried is
[statement, outlet] while an outlet's own report stays its own — a participle with "بذلك" tells
what an act amounted to, and a pronoun cue skips a subject of the sentence before whose verb
shows the other gender."""

from __future__ import annotations

import pytest

import khabar
from khabar.entities.recognise import Word
from tests.claims.reading import chains as _chains, claims_of as _claims


def test_the_new_lists_load_normalised():
    from khabar.claims.attribute import _cues

    cues = _cues()
    assert cues["broadcast_adjectives"] == {"متلفز": "TV", "اذاعي": "Radio"}
    assert {"بيان", "رساله", "خطاب", "كلمه"} <= cues["carried_statements"] <= cues["report_nouns"]
    assert not cues["carried_statements"] & {"تقرير", "تقارير", "حصيله", "ارقام", "معطيات", "احصاءات"}
    assert {"بذلك", "بهذا"} <= cues["thereby"] and "ذلك" in cues["thereby_bare"]
    assert ("التلفزيون",) in [phrase for phrase, _ in cues["platforms"]["التلفزيون"]]


@pytest.mark.parametrize("norm, platform", [
    ("متلفزه", "TV"), ("المتلفزه", "TV"), ("متلفزا", "TV"), ("متلفز", "TV"), ("اذاعيه", "Radio"),
    ("اذاعي", "Radio"), ("الاذاعيه", "Radio"), ("بيان", None), ("اذاعه", None),
])
def test_a_broadcast_adjective_in_every_form(norm, platform):
    from khabar.claims.attribute import _cues

    assert _cues()["broadcast_forms"].get(norm) == platform


@pytest.mark.parametrize("text, platforms", [
    ("وقال الرئيس في كلمة متلفزة إن البلاد تمر بمرحلة صعبة.", ["TV"]),
    ("وأكد الملك في خطاب متلفز أن المملكة لن تقبل بالتهجير.", ["TV"]),
    ("وقال المتحدث في بيان تلاه عبر التلفزيون الرسمي إن القوات انسحبت.", ["TV"]),
    ("وقال قائد الجيش في حديث إذاعي إن القوات مستعدة.", ["Radio"]),
    ("وقال الوزير عبر الإذاعة الوطنية إن المدارس ستفتح.", ["Radio"]),
    # the medium in what was said, a channel told, or one that relays: no platform
    ("وقالت الوزارة إن التلفزيون الرسمي سيبث الجلسات.", [None]),
    ("وقال الوزير في تصريح للتلفزيون الرسمي إن الوضع تحت السيطرة.", [None]),
    ("ونقل التلفزيون الرسمي عن الوزير قوله إن الأسعار ستنخفض.", [None]),
    # (an adjective of a medium after a noun that is no occasion of speech)
    ("وقال الوزير إن البرنامج الإذاعي سيتوقف.", [None]),
])
def test_a_medium_that_carries_a_statement_is_its_platform(text, platforms):
    assert [c["platform"] for c in _claims(text)] == platforms


def test_a_participle_keeps_the_platform_of_the_statement_it_goes_on_with():
    claims = _claims("وقال الرئيس في خطاب متلفز إن البلاد بخير، مؤكدا أن الانتخابات ستجرى في موعدها.")
    assert [[s["text"] for s in c["sources"]] for c in claims] == [["الرئيس"], ["الرئيس"]]
    assert [c["platform"] for c in claims] == ["TV", "TV"]
    claims = _claims("وقال الرئيس إن البلاد بخير. وقالت الوزيرة في كلمة متلفزة إن الأسعار مستقرة، مؤكدة أن الدعم مستمر.")
    assert [c["platform"] for c in claims] == [None, "TV", "TV"]


@pytest.mark.parametrize("text, chains", [
    ("وبحسب البيان الذي نشرته وكالة الأنباء العمانية، فإن السلطنة ترحب بالاتفاق.",
     [["البيان", "وكالة الأنباء العمانية"]]),
    ("ووفق بيان نشرته وكالة الأنباء القطرية، فإن جهود الوساطة مستمرة.", [["بيان", "وكالة الأنباء القطرية"]]),
    ("وقتل 12 شخصا، وفق حصيلة رسمية نقلها التلفزيون الجزائري.", [["حصيلة رسمية", "التلفزيون الجزائري"]]),
    # an outlet's own report, a body's own figures, an agency's own toll: theirs alone
    ("وبحسب تقرير نشرته صحيفة الغارديان، فإن الشركة دفعت رشى.", [["صحيفة الغارديان"]]),
    ("ووفق أرقام نشرتها وزارة الصحة، فإن الإصابات تراجعت.", [["وزارة الصحة"]]),
    ("وقتل 14 شخصا، وفق حصيلة نشرتها وكالة فرانس برس.", [["وكالة فرانس برس"]]),
    # a body that published its own statement relays nothing
    ("ووفق بيان نشرته وزارة الخارجية، فإن السفير استدعي.", [["وزارة الخارجية"]]),
])
def test_a_statement_an_outlet_carried_is_statement_then_outlet(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وانسحب النواب من الجلسة، معلنين بذلك مقاطعتهم للتصويت.", []),
    ("وصادق البرلمان على القانون، مؤكدا بذلك دعمه للحكومة.", []),
    ("وصادق البرلمان على القانون، مؤكدا بهذا دعمه للحكومة.", []),
    # with a clause after it, the participle still reports
    ("وقال الوزير إن الحكومة ستدعم المزارعين، مؤكدا بذلك أن الموسم سيكون جيدا.", [["الوزير"], ["الوزير"]]),
    ("وصادق البرلمان على القانون، مؤكدا أن الحكومة ستنفذه.", [["البرلمان"]]),
])
def test_a_participle_with_thereby_tells_an_acts_sense(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("norm, lemma, feminine", [
    ("وتشهد", "شهد", True), ("واعتقلت", "اعتقل", True), ("وتقدمت", "تقدم", True), ("تعلن", "", True),
    ("وتقدم", "تقدم", False), ("وسكت", "سكت", False), ("ورفع", "رفع", False), ("وتابع", "تابع", False),
])
def test_a_feminine_verb_with_its_conjunction(norm, lemma, feminine):
    from khabar.claims.attribute import _feminine_verb

    assert _feminine_verb(Word(norm, 0, len(norm), lemma=lemma)) is feminine


@pytest.mark.parametrize("text, chains", [
    ("وقال الوزير إن بلاده ترفض التدخل. وتشهد ليبيا انقساما منذ سنوات. وأضاف أن الحل سياسي.",
     [["الوزير"], ["الوزير"]]),
    ("وقال مدير الشرطة إن التحقيقات مستمرة. واعتقلت الشرطة ثلاثة مشتبهين. وأشار إلى أن أحدهم أجنبي.",
     [["مدير الشرطة"], ["مدير الشرطة"]]),
    # the subject of the sentence before still speaks when the cue agrees with it
    ("ورفع البنك سعر الفائدة. وقال في بيان إن التضخم مرتفع.", [["البنك"]]),
    ("وقال الوزير إن الوضع مستقر. واستقبلت الوزيرة الوفد. وأضافت أن الاجتماع غدا.", [["الوزير"], ["الوزيرة"]]),
])
def test_a_pronoun_cue_skips_a_subject_whose_verb_shows_the_other_gender(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    # a definite masculine singular head right after a feminine verb is its object
    ("وقالت اللجنة في بيان إن القوات حاصرت المستشفيات، واتهمت المجلس العسكري بارتكاب مجزرة.", [["اللجنة"]]),
    ("وقالت الوزارة إن الوضع مستقر. واتهمت الرئيس السابق بالتحريض.", [["الوزارة"]]),
    # feminine and plural heads after a feminine verb stay its subject
    ("وقالت المتحدثة باسم الحكومة إن الرئيس سيسافر غدا.", [["المتحدثة باسم الحكومة"]]),
    ("وقالت السلطات إن الحريق أخمد.", [["السلطات"]]),
    ("وأعلنت الشرطة أن المشتبه به اعتقل.", [["الشرطة"]]),
    # a masculine verb with the same head keeps it for subject
    ("وقال المجلس العسكري إن القوات ستتدخل.", [["المجلس العسكري"]]),
])
def test_a_masculine_head_after_a_feminine_verb_is_its_object(text, chains):
    assert _chains(text) == chains


def test_an_occasion_noun_before_a_split_possessive_is_read():
    from khabar.claims.attribute import _cues

    occasions = _cues()["occasion_nouns"]
    assert {"كلمت", "رسالت", "مقابلت", "افتتاحيت", "مذكرت"} <= occasions
    assert not {"بيات", "حديت"} & occasions   # (only a ta marbuta has a construct form)


@pytest.mark.parametrize("text, chains", [
    ("وقال الوزير في كلمته أمام البرلمان إن الموازنة ستقر قريبا.", [["الوزير"]]),
    ("وقالت الوزيرة في مقابلتها مع الصحيفة إن الأسعار ستنخفض.", [["الوزيرة"]]),
    ("وقالت الهيئة في مذكرتها إن الانتخابات ستجرى في موعدها.", [["الهيئة"]]),
    ("وقالت الصحيفة في افتتاحيتها إن الحكومة فشلت.", [["الصحيفة"]]),
])
def test_the_occasion_with_its_possessive_is_not_part_of_the_speaker(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, kind, content", [
    ("وقال الوزير في مقال بعنوان «الطريق إلى التعافي» إن الاقتصاد سينمو.", "paraphrase", "الاقتصاد سينمو"),
    ("وقالت الحركة في بيان تحت شعار «لا للفساد» إن الاحتجاجات مستمرة.", "paraphrase", "الاحتجاجات مستمرة"),
    # a quote that is what was said still opens the content
    ("وقال الوزير في مقال: «الاقتصاد سينمو».", "quote", "الاقتصاد سينمو"),
])
def test_a_quoted_title_before_the_clause_is_no_content(text, kind, content):
    claims = _claims(text)
    assert [c["kind"] for c in claims] == [kind]
    start, end = claims[0]["content"]["start"], claims[0]["content"]["end"]
    assert text[start:end].strip("«»").startswith(content)   # (the title is outside it)
