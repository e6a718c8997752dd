"""Round s33, third figures pass: the plural verb of surviving after a counted group
(categories.yaml rescued.post): "N persons survived" counts the survivors as rescued, as the
counted noun ناجين already does."""

from __future__ import annotations

import pytest

from khabar.figures.figures import find_figures


def _figures(text: str) -> list[tuple[str, int | None, str]]:
    return [(f["text"], f["value"], f["category"]) for f in find_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("وقالت البحرية إن 45 مهاجرا نجوا من الغرق بعد انقلاب القارب قبالة السواحل.",
     [("45 مهاجرا", 45, "rescued")]),  # the masculine plural verb after the counted group
    ("وأفاد الدفاع المدني بأن 12 امرأة نجون من الحريق الذي شب في المبنى.",
     [("12 امرأة", 12, "rescued")]),  # the feminine plural verb
])
def test_a_group_that_survived_is_rescued(text, expected):
    assert _figures(text) == expected


def test_no_survival_verb_leaves_the_group_other():
    assert _figures("وشارك 30 متطوعا في البحث عن الناجين بعد الزلزال.") == [("30 متطوعا", 30, "other")]


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
