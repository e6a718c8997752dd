"""Session 19's (round s22) argument mechanisms: a sentence opened by a short adverbial set off by a
comma ("في المقابل، اتهمت …") opens with the verb after it; a broken plural أفعال ("أركان"، "أعضاء")
is no first person's imperfect verb, so an office set off by commas that holds one is crossed; a
verbal noun that opens a quotation after its verb or preposition ('أعلن حفتر "النفير العام"'، 'عبرت
فرنسا عن "تضامنها"') is still that verb's object and that preposition's noun; a joined verb whose name
is followed by a statement aside and another name ("وطالب حزب … في بيان الحكومة") keeps the first
name as its subject."""

import pytest

from tests.events.test_evact_mechanisms_s16b import _words, coded


def _actors(text: str, kind: str) -> list[list[str]]:
    return [actors for t, actors in coded(text) if t == kind]


def test_frame_openers_are_loaded():
    from khabar.events.code import arguments
    from khabar.text.normalise import normalise_word

    openers = arguments()["frame_openers"]
    assert {normalise_word(w) for w in ("في", "على", "بعد", "من")} <= openers and "قال" not in openers


@pytest.mark.parametrize("text, verb", [
    ("في المقابل، اتهمت الحركة إسرائيل.", "اتهمت"),
    ("وفي أول رد، أعلن حفتر النفير.", "اعلن"),
    ("على صعيد آخر، استقبل الرئيس الوزير.", "استقبل"),
    ("من جهته، قال الوزير ذلك.", "قال"),                     # the speaker's aside, as before
])
def test_opening_verb_after_a_framing_adverbial(text, verb):
    from khabar.events.code import _opening_verb_at

    words = _words(text)
    assert words[_opening_verb_at(words)].norm == verb


@pytest.mark.parametrize("text", [
    "وقال الوزير، الذي زار المدينة، إن الجيش انسحب.",        # a relative clause is no frame
    "في المدينة التي قصفت، قتل خمسة.",                        # a verb inside: a clause of its own
    "وأكد الرئيس، خلال لقائه الوزير، دعمه.",                  # no preposition first
])
def test_no_framing_adverbial(text):
    from khabar.events.code import _opening_verb_at

    words = _words(text)
    assert _opening_verb_at(words) == (1 if words[0].norm == "و" else 0)


@pytest.mark.parametrize("norm, lemma, plural", [
    ("اركان", "ركن", True), ("اطفال", "طفل", True), ("اعضاء", "عضو", True), ("اطراف", "طرف", True),
    ("اركن", "ركن", False), ("اقاتل", "قاتل", False), ("اعلان", "اعلان", False), ("اجتماع", "جمع", False),
])
def test_broken_plural_afal(norm, lemma, plural):
    from khabar.events.code import _broken_plural_afal

    assert _broken_plural_afal(norm, lemma) is plural


@pytest.mark.parametrize("text, kind, actor", [
    ("وأعلن الفريق أحمد قايد صالح، رئيس أركان الجيش، استنفارا في الوحدات.", "MOBILIZE", "Ahmed Gaid Salah"),
    ("وأعلن الرئيس الكيني وليام روتو، بحضور أعضاء الحكومة، نشر قوات في الشمال.", "MOBILIZE", "William Ruto"),
])
def test_office_aside_with_a_broken_plural_is_crossed(text, kind, actor):
    assert [actor] in _actors(text, kind)


@pytest.mark.parametrize("text, kind, actor", [
    ('وأعلن حفتر "النفير العام" في صفوف قواته.', "MOBILIZE", "Khalifa Haftar"),
    ('ودان الاتحاد الأفريقي الهجوم، فيما عبرت فرنسا عن "تضامنها مع الشعب".', "SUPPORT", "France"),
])
def test_quoted_verbal_noun_is_its_verbs_object(text, kind, actor):
    assert _actors(text, kind) == [[actor]]


def test_quote_mark_crossing_needs_the_noun_right_after_it():
    from khabar.events.code import _governed_by_preposition, _opening_quote

    words = _words('عبرت فرنسا عن "تضامنها" و" دعمها.')
    at = {w.norm: k for k, w in enumerate(words)}
    assert _opening_quote(words, at["تضامن"])
    assert _governed_by_preposition(words, at["تضامن"])
    assert not _opening_quote(words, at["عن"])   # فرنسا before عن is no quote mark
    assert not _governed_by_preposition(words, at["دعم"])            # a spaced mark after و opens nothing


def test_quoted_noun_far_from_its_verb_is_not_controlled():
    # 'تعلن وباء إيبولا في الكونغو "حالة طوارئ"': five words between, past a place: no object of تعلن
    assert not _actors('منظمة الصحة العالمية تعلن وباء إيبولا في الكونغو الديمقراطية "حالة طوارئ صحية"', "COERCE")


def test_joined_verb_after_a_framing_adverbial_goes_on_from_its_subject():
    text = "في المقابل، اتهمت حركة حماس إسرائيل بعرقلة المفاوضات، ودعت الوسطاء إلى الضغط عليها."
    assert _actors(text, "REQUEST") == [["Hamas"]]


def test_statement_aside_keeps_the_joined_verbs_own_subject():
    text = 'في المقابل، انتقد نواب من المعارضة القرار، وطالب حزب التحالف الشعبي في بيان الحكومة بـ"حماية الفقراء".'
    assert all(a != ["نواب"] for a in _actors(text, "REQUEST"))
    # an aside with no name after it: the name before it is still the joined verb's object
    text = "واتهمت حركة حماس إسرائيل بعرقلة المفاوضات، ودعت الوسطاء في بيان إلى الضغط عليها."
    assert _actors(text, "REQUEST") == [["Hamas"]]


@pytest.mark.parametrize("norm, lemma, dual", [
    ("وقعا", "وقع", True), ("اتفقتا", "اتفق", True), ("قالوا", "قال", True), ("يلتقيان", "التقى", True),
    ("دعا", "دعا", False), ("وقع", "وقع", False), ("بنا", "بنى", False),
])
def test_dual_or_plural_verb(norm, lemma, dual):
    from khabar.events.code import Word, _dual_or_plural_verb

    assert _dual_or_plural_verb(Word(norm, 0, len(norm), lemma=lemma)) is dual


@pytest.mark.parametrize("text, kind, pair", [
    ("ووقعت موريتانيا والسنغال اتفاقا لتقاسم الغاز. وكان البلدان قد وقعا اتفاقية تعاون.",
     "COOPERATE", ["Mauritania", "Senegal"]),
    ("والتقى الرئيس الفرنسي إيمانويل ماكرون الرئيس المصري عبد الفتاح السيسي في القاهرة. وكان الزعيمان قد وقعا "
     "في باريس إعلانا مشتركا.", "AGREE", ["Emmanuel Macron", "Abdel Fattah el-Sisi"]),
])
def test_dual_before_qad_stands_for_the_pair(text, kind, pair):
    assert pair in _actors(text, kind)


def test_dual_before_a_singular_verb_is_no_pair():
    # "وكان البلدان قد شهد": no dual verb, so the dual is read as nothing (the sentence's verb has no dual subject)
    from khabar.events.code import _opening_pair, _Args

    words = _words("ووقعت مصر والأردن اتفاقا. وكان البلدان قد وقع اتفاقية.")
    args = _Args(words, [])
    at = [k for k, w in enumerate(words) if w.norm == "البلدان"][0]
    assert _opening_pair(args, at, at + 2) == []


def test_meeting_noun_with_a_relative_joiner_names_who_met():
    from khabar.events.code import _joiner_at

    words = _words("خلال القمة التي جمعت الرئيسين في أبوظبي.")
    at = {w.norm: k for k, w in enumerate(words)}
    assert _joiner_at(words, at["القمه"] + 1) == at["جمعت"]
    assert _joiner_at(words, at["جمعت"] + 1) is None
    text = "وجاء ذلك خلال القمة التي جمعت الرئيس إيمانويل ماكرون والشيخ محمد بن زايد آل نهيان في أبوظبي."
    assert _actors(text, "CONSULT") == [["Emmanuel Macron", "Mohamed bin Zayed Al Nahyan"]]


@pytest.mark.parametrize("text, actor", [
    ('وقتل أربعة مدنيين بعد أن أطلق عناصر من فصيل "جيش الشرقية" النار عليهم.', "Jaysh al-Sharqiya"),
    ('وأصيب شاب بعد أن أطلق عناصر من "هيئة تحرير الشام" النار على متظاهرين.', "Hay'at Tahrir al-Sham"),
])
def test_partitive_of_a_quoted_body(text, actor):
    assert [actor] in _actors(text, "ASSAULT")
