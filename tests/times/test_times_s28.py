"""Round s28 (times): the feminine forms of the future participles (المقررة، المتوقعة، المرتقبة) cue a
time to come as their masculine forms do (relative.yaml future_cues): "الانتخابات المقررة في الأول من
نوفمبر" in October is next month, not last year's.  Found by the round's times helper in
reuters-2015-10-10 (one record of 601 changes); france24-2015-10-12 writes no cue at all and stays."""

import pytest

import khabar
from khabar.times.detect import relative_rules
from khabar.text.normalise import normalise_word


def _times(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t["text"], t["value"]) for t in khabar.read(text, published=published).times]


def test_feminine_future_participles_are_cues():
    cues = {normalise_word(w) for w in relative_rules()["future_cues"]}
    for masculine, feminine in (("المقرر", "المقررة"), ("المتوقع", "المتوقعة"), ("المرتقب", "المرتقبة")):
        assert normalise_word(masculine) in cues and normalise_word(feminine) in cues


@pytest.mark.parametrize("text, span, value", [
    ("وتستعد البلاد للانتخابات البرلمانية المقررة في الأول من ديسمبر.", "الأول من ديسمبر", "2026-12-01"),
    ("وتأتي الزيارة قبل القمة العربية المرتقبة في 15 يناير.", "15 يناير", "2027-01-15"),
    ("وينتظر المزارعون الأمطار المتوقعة في 20 ديسمبر.", "20 ديسمبر", "2026-12-20"),
])
def test_a_feminine_cue_puts_the_date_ahead(text, span, value):
    assert (span, value) in _times(text, "2026-11-20")


def test_without_a_cue_the_date_stays_past():
    # near-miss: the same sentence with no cue reads the most recent past occurrence
    assert ("15 يناير", "2026-01-15") in _times("وتأتي الزيارة بعد القمة العربية في 15 يناير.", "2026-11-20")
