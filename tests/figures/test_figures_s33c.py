"""Round s33, third figures pass: cues that reach their number (figures._ASIDE_GOVERNING_GAP: a
governing verb past its subject's place phrase and a time aside, "أوقفت وحدات الحرس الوطني بصفاقس، أمس
الأحد، خمسة أشخاص"), and a singular joined after a partitive's genitive (numbers.partitive_noun)."""

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


@pytest.mark.parametrize("text, expected", [
    ("وقتل في الهجوم ثلاثة من عناصر الشرطة المحلية ومدني.",
     [("ثلاثة من عناصر", 3, "killed"), ("مدني", 1, "killed")]),  # past the genitive and its adjective
    ("وأصيب في الانفجار اثنان من أفراد الدفاع المدني وسائق كان يمر قرب الموقع.",
     [("اثنان من أفراد", 2, "wounded"), ("سائق", 1, "wounded")]),
])
def test_a_singular_joined_after_a_partitive_counts_one(text, expected):
    # the singular joins the partitive's plural (عناصر، أفراد), not the definite genitive after it
    assert _figures(text) == expected


def test_no_partitive_of_people_joins_no_singular():
    assert _figures("وزار الوزير ثلاثة من مستشفيات العاصمة ومركزا صحيا.") == [("ثلاثة من مستشفيات", 3, "other")]
