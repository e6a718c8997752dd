"""Round s33, third figures pass: a governing verb reaches its number past the subject's place
phrase when a time or attribution aside between commas stands before the number
(figures._ASIDE_GOVERNING_GAP): "أوقفت وحدات الحرس الوطني بصفاقس، أمس الأحد، خمسة أشخاص"."""

from __future__ import annotations

import pytest

from khabar.figures.figures import find_figures


def _figures(text: str) -> list[tuple[str, int | None, str]]:
    return [(f["text"], f["value"], f["category"]) for f in find_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("وأوقفت دوريات الأمن الوطني بالمهدية، مساء السبت، سبعة أشخاص بتهمة السرقة.",
     [("سبعة أشخاص", 7, "arrested")]),  # subject, a place glued to ب, then a time aside
    ("واعتقلت قوات الاحتلال الإسرائيلي في بلدة بيت أمر، فجر اليوم الثلاثاء، ثلاثة شبان.",
     [("ثلاثة شبان", 3, "arrested")]),  # a place phrase after في, then a time aside
])
def test_a_cue_reaches_past_its_subject_place_and_a_time_aside(text, expected):
    assert _figures(text) == expected


def test_no_aside_keeps_the_short_reach():
    # the aside opens with no time nor attribution: the verb does not reach past it
    assert _figures("وزار وزير الصحة المستشفى الجهوي بالمدينة، الذي يضم سبعة أقسام.") == [
        ("سبعة أقسام", 7, "other")]
