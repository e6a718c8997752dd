"""Session 19's claims pass: a declared decision stays no claim when a later clause of its sentence
quotes, when a long subject or a participle (معلنا) carries it; and a call joined to a speaker's clause
by "، و" ("…، ودعت الأطراف الخاسرة إلى «…»"، "…، وطالب مجلس الأمن بـ«…»") takes the noun after it
for who was addressed, its subject the speaker before."""

from __future__ import annotations

import pytest

import khabar
from tests.claims.reading import chains as _chains


def test_the_declaring_participles_load_with_their_endings():
    from khabar.claims.attribute import _cues

    forms = _cues()["declaring_participles"]
    assert {"معلنا", "معلنه", "معلنين"} <= forms   # (ة normalised to ه)
    assert "مؤكدا" not in forms


@pytest.mark.parametrize("text", [
    # a quote in a later clause is no clause of أعلن
    "وأعلنت النقابات الإضراب العام، فيما دعا المبعوث الأممي إلى \"ضبط النفس\".",
    # a subject of eleven words before the decision
    "أعلن رئيس المجلس العسكري الانتقالي الفريق أول ركن محمد عثمان الطيب حالة الطوارئ في البلاد.",
    # the participle
    "ونددت الحكومة بالهجوم، معلنة الحداد الوطني ثلاثة أيام.",
])
def test_a_declared_decision_is_no_claim_of_its_declarer(text):
    assert not any(chain[0] in ("النقابات", "محمد عثمان الطيب", "الحكومة") for chain in _chains(text))


@pytest.mark.parametrize("text, speaker", [
    ("وأعلن المتحدث باسم الحكومة أن حظر التجول سيرفع منتصف الليل.", "المتحدث باسم الحكومة"),
    ("وأعلن الوزير الذي فرض حالة الطوارئ أن الوضع تحسن.", "الوزير"),
])
def test_a_decision_inside_a_clause_or_a_relative_leaves_the_claim(text, speaker):
    assert _chains(text) == [[speaker]]


@pytest.mark.parametrize("text, chains", [
    ("من جهتها، رحبت رئيسة البعثة بـ\"الأجواء الهادئة\"، ودعت الأطراف الخاسرة إلى \"اللجوء إلى القضاء\".",
     [["رئيسة البعثة"]]),
    ("وقال الوزير إن الهجوم \"جبان\"، وطالب مجلس الأمن الدولي بـ\"تحمل مسؤولياته\".", [["الوزير"], ["الوزير"]]),
    ("وأكد الناطق باسم الجيش أن القوات \"تتقدم\"، وحذر السكان من \"الاقتراب من خطوط التماس\".",
     [["الناطق باسم الجيش"], ["الناطق باسم الجيش"]]),
])
def test_a_joined_call_goes_on_from_the_speaker_before(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    # opening its sentence: the noun after the call is its subject
    ("ودعت الوزارة المواطنين إلى \"الحذر\".", [["الوزارة"]]),
    # a new speaker after a contrast word
    ("وقال الرئيس إن الحوار \"ضروري\"، فيما دعا الاتحاد الأوروبي إلى \"ضبط النفس\".", [["الرئيس"], ["الاتحاد الأوروبي"]]),
    # a subject and an addressee both named
    ("وقالت الأمم المتحدة إن الهدنة صامدة، وطالب الأمين العام أنطونيو غوتيريش الطرفين بـ\"التزام كامل\".",
     [["الأمم المتحدة"], ["أنطونيو غوتيريش"]]),
])
def test_a_call_with_its_own_subject_keeps_it(text, chains):
    assert _chains(text) == chains


def test_a_bare_definite_head_in_a_later_sentence_stands_as_written():
    # the dev gold keeps "المصدر"، "المسؤول" as written after the sentence that named the source
    text = "وقال مصدر عسكري إن الهجوم أحبط. وأوضح المصدر أن المهاجمين استخدموا أسلحة متوسطة."
    assert _chains(text) == [["مصدر عسكري"], ["المصدر"]]
    text = "وقال مسؤول في المستشفى، الذي طلب عدم نشر اسمه، إن الحصيلة ارتفعت. وقال المسؤول إن بين القتلى أطفالا."
    assert _chains(text)[-1] == ["المسؤول"]


def test_a_bare_definite_head_in_the_same_sentence_points_back():
    text = ("ونقلت وكالة رويترز عن مصدر أوكراني مطلع زعمه أن الوفد طالب بالانسحاب، "
            "وهو ما وصفه المصدر بأنه \"مطالب غير مقبولة\".")
    assert _chains(text)[-1][0] == "مصدر أوكراني مطلع"


def test_the_quote_participles_load_with_their_endings():
    from khabar.claims.attribute import _cues

    assert {"مشيدا", "مشيده", "مشيدين"} <= _cues()["quote_participles"]


@pytest.mark.parametrize("text, chains", [
    ("وقال الرئيس إن بلاده ستدعم الحكومة، مشيدا بـ\"الجهود الحثيثة\" لفرق الإنقاذ.", [["الرئيس"], ["الرئيس"]]),
    # no quote: praise that reports no words
    ("وقال الرئيس إن بلاده ستدعم الحكومة، مشيدا بجهود فرق الإنقاذ.", [["الرئيس"]]),
    ("وشارك الوزير في حفل تكريم المتفوقين، مشيدا بمستواهم.", []),
])
def test_a_praising_participle_reports_with_its_quote_only(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chain, platform", [
    ("ونعى الملك الجندي، مشيدا في برقية بثها التلفزيون الرسمي بـ\"بطولة رجال الأمن\".", ["الملك"], "TV"),
    # a foreign channel that aired the remarks relays them; an interview given to a channel too
    ("وقال الوزير في تصريحات بثها التلفزيون الألماني إن الحكومة \"لن تتراجع\".", ["الوزير", "التلفزيون الألماني"], None),
    ("وقال وزير الخارجية في تصريح لقناة الجزيرة إن المفاوضات مستمرة.", ["وزير الخارجية", "قناة الجزيرة"], None),
])
def test_a_statement_aired_by_a_state_channel_has_it_for_platform(text, chain, platform):
    claims = khabar.read(text, published="2024-06-10").claims
    assert [[s["text"] for s in c["sources"]] for c in claims] == [chain]
    assert claims[0]["platform"] == platform
