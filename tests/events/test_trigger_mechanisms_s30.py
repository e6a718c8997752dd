"""Round s30 (triggers): a time between a light verb and its noun is skipped whole.

"نفذت القوات في 3 مارس/آذار الماضي عشرات الغارات": the month named twice across a slash (the pan-Arab wires'
way: "يناير/كانون الثاني"، "فبراير/ شباط") is one time expression; code._time_between used to stop at the slash,
and the light verb never reached its noun: only the noun was coded, or nothing (sana-2023-05-07 "عقدوا في الأول
من أيار الجاري اجتماعاً"، alquds-2022-05-08 "أطلق الجيش في فبراير/ شباط 2018 «العملية الشاملة»" on dev)."""

import pytest

import khabar


def _triggers(text: str) -> list[tuple[str, str]]:
    record = khabar.read(text, published="2025-11-30")
    return [(e["type"], text[e["trigger"]["start"]:e["trigger"]["end"]]) for e in record.events]


@pytest.mark.parametrize("text, kind, verb", [
    ("ونفذت تركيا في 3 مارس/آذار الماضي عشرات الغارات على مواقع في شمال العراق.", "ASSAULT", "نفذت"),
    ("وأطلق الجيش المصري في أبريل/ نيسان 2019 «العملية الشاملة» في شمال سيناء.", "ASSAULT", "أطلق"),
])
def test_a_slashed_month_between_light_verb_and_noun(text, kind, verb):
    found = _triggers(text)
    assert any(t == kind and words.startswith(verb) for t, words in found), found


def test_a_time_without_a_slash_still_reached():
    text = "وكانت تركيا قد نفذت في 3 مارس الماضي عشرات الغارات على مواقع في شمال العراق."
    assert any(t == "ASSAULT" and words.startswith("نفذت") for t, words in _triggers(text))
