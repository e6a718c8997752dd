"""Session 18, third wave of the claims pass: who a participle of saying belongs to.  A contrast
clause (فيما، بينما، في حين) that opens with an act of speech and its own named subject gives the
participle after it that subject ("…، فيما رحب الوزير بالقرار، واصفا إياه بأنه «…»"), when the two
verbs agree in gender; a body named by a head noun and a quoted name ("تنظيم «داعش»"، "كتيبة
«ماسينا»") or by a quoted name alone with its object after it ("وتبنت «حركة الشباب» الهجوم") is
the subject its participle goes on from, not the last speaker of the sentence before."""

from __future__ import annotations

import pytest

import khabar
from tests.claims.reading import chains as _chains


def test_the_new_cue_lists_load_normalised():
    from khabar.claims.attribute import _cues, _feminine_acts

    cues = _cues()
    assert {"فيما", "بينما", "حين"} <= cues["contrast_openers"]
    assert {"تنظيم", "كتيبه", "فصيل", "جبهه"} <= cues["quoted_body_heads"]   # (ة normalised to ه)
    assert "امتنع" in cues["speech_acts"]
    assert {"رحبت", "اشادت", "امتنعت"} <= _feminine_acts()


@pytest.mark.parametrize("text, chains", [
    ("وقال الرئيس إن المفاوضات مستمرة، فيما رحب وزير المالية بالاتفاق، واصفا إياه بأنه \"شهادة ثقة\".",
     [["الرئيس"], ["وزير المالية"]]),
    # a feminine act and participle
    ("وقال الرئيس إن المفاوضات مستمرة، فيما رحبت الأمم المتحدة بالخطوة، داعية إلى \"تنفيذ سريع\".",
     [["الرئيس"], ["الأمم المتحدة"]]),
    # a refusal to comment, then what was said instead
    ("وأكد الوزير أن طهران \"تحتفظ بحق الرد\"، بينما امتنع متحدث باسم الجيش عن التعليق، قائلا: \"لا نعلق\".",
     [["الوزير"], ["متحدث باسم الجيش"]]),
])
def test_a_participle_after_a_contrast_act_goes_on_from_its_subject(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text", [
    # the act and the participle differ in gender: the first speaker goes on
    "وقال الرئيس إن المفاوضات مستمرة، فيما أشادت الوزيرة بسير العملية، مضيفا أن \"الوضع مستقر\".",
    # no act of speech in the contrast clause
    "وقال الرئيس إن المفاوضات مستمرة، فيما اعتقلت الشرطة عشرة أشخاص، مضيفا أن \"الوضع مستقر\".",
    # the act stands inside the reported clause, with no contrast word
    "وقال الرئيس إن الحكومة رحبت بالاتفاق، مضيفا أن \"الوضع مستقر\".",
])
def test_the_first_speaker_goes_on_without_a_contrast_act_of_his_gender(text):
    assert _chains(text) == [["الرئيس"], ["الرئيس"]]


@pytest.mark.parametrize("text, speaker", [
    ("وقال مصدر أمني إن الانفجار وقع قرب المسجد. وتبنى تنظيم \"داعش\" الهجوم، زاعما أنه استهدف \"تجمعا\".", "داعش"),
    ("وقال مصدر أمني إن الانفجار وقع قرب المسجد. وتبنى فصيل \"لواء العاصفة\" القصف، متوعدا بـ\"مزيد من الضربات\".", "لواء العاصفة"),
    # a quoted name alone, with its object after it
    ("وقال مصدر أمني إن الانفجار وقع قرب المسجد. وتبنى \"داعش\" الهجوم، زاعما أنه استهدف \"تجمعا\".", "داعش"),
])
def test_a_quoted_body_is_the_subject_its_participle_goes_on_from(text, speaker):
    assert _chains(text) == [["مصدر أمني"], [speaker]]


def test_a_head_of_a_body_without_a_quote_keeps_its_other_sense():
    # تنظيم is a verbal noun here ("organising"), no speaker: the body before it speaks
    assert _chains("وأشادت الهيئة العليا للانتخابات بتنظيم الاقتراع في موعده، مؤكدة أن \"كل الترتيبات كانت جاهزة\".") == \
        [["الهيئة العليا للانتخابات"]]
