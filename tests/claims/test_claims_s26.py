"""Round s26 of claims (khabar/claims/attribute.py, acts.py and data/): composed sentences, one test per mechanism."""

import pytest

import khabar
from tests.claims.reading import chains


# -- an announced act or a declared decision after a time set off by commas is no claim -----------------
@pytest.mark.parametrize("text", [
    "وأعلنت البلدية، الخميس، إغلاق السوق القديم أمام السيارات.",
    "وأعلنت الشرطة، اليوم، توقيف أربعة أشخاص في المدينة.",
    "وكانت الوزارة قد أعلنت، الشهر الماضي، تعليق الرحلات إلى الجزيرة.",
    "وأعلنت الحكومة، مساء الاثنين، الحداد العام ثلاثة أيام.",
    "وأعلن خفر السواحل احتجاز قارب صيد قرب الجزيرة.",
    "وأعلن الرئيس إرجاء الانتخابات البلدية إلى الربيع.",
])
def test_an_act_announced_past_a_time_aside_is_no_claim(text):
    assert chains(text) == []


@pytest.mark.parametrize("text", [
    "وأعلنت البلدية، الخميس، أن السوق القديم سيغلق أمام السيارات.",
    "وأعلنت الوزارة، الأربعاء، مقتل ثلاثة جنود في الهجوم.",
])
def test_a_clause_or_a_fact_after_a_time_aside_stays_a_claim(text):
    assert len(chains(text)) == 1


# -- criticising is a claim only with the critic's words quoted in its own clause ----------------------
@pytest.mark.parametrize("text", [
    "وانتقد نواب معارضون توقيت القرار، وطالبوا بتأجيله.",
    "وانتقدت منظمات حقوقية، بينها \"عين الرقيب\"، سياسة الحكومة تجاه اللاجئين.",
    "وانتقد ناشطون عبر منصة \"إكس\" القرار الجديد.",
])
def test_criticising_with_a_noun_object_is_no_claim(text):
    assert chains(text) == []


def test_criticising_then_saying_keeps_the_saying_only():
    got = chains("وانتقدت وزارة الخارجية المصرية القرار، وقالت إن مصر تقف مع الضحايا.")
    assert len(got) == 1 and "وزارة الخارجية المصرية" in got[0][0]


def test_criticising_with_a_quote_in_its_clause_is_a_claim():
    got = chains("وانتقدت وزارة الخارجية المصرية \"الصمت الدولي المريب\" تجاه ما يجري.")
    assert len(got) == 1 and "وزارة الخارجية المصرية" in got[0][0]


def test_the_criticising_list_loads():
    from khabar.claims.attribute import _cues

    assert _cues()["needs_own_quote"] == {"انتقد"}
