"""Towns named in a list after a plural head ("مدن سليانة وطبربة وسيدي بوزيد"): each item is a
town of that kind, known to the knowledge base or not (khabar/entities/recognise.py,
_listed_places; patterns.yaml plural_place_heads)."""

from __future__ import annotations

import pytest

import khabar


def _places(text: str) -> set[str]:
    record = khabar.read(text).to_dict()
    return {m["text"] for e in record["entities"] if e["type"] == "GPE" for m in e["mentions"]}


@pytest.mark.parametrize("text, towns", [
    ("وشهدت مدن سليانة وطبربة وسيدي بوزيد احتجاجات ليلية.", {"طبربة"}),
    ("وقصفت الطائرات بلدات كفرنبل وحاس وكنصفرة، والتمانعة في ريف إدلب.", {"كنصفرة", "التمانعة"}),
    ("وقصفت المدفعية بلدات كفرنبل، كنصفرة، حاس وغيرها.", {"كنصفرة"}),
    ("وانتشرت الاحتجاجات في قرى أولاد جاب الله ومنزل بوزيان.", set()),   # no unknown name there
])
def test_unknown_towns_in_a_list_after_a_plural_head_are_places(text, towns):
    assert towns <= _places(text)


@pytest.mark.parametrize("text, not_places", [
    ("وزار الوفد مدن ساحلية عدة.", {"ساحلية"}),
    ("وأغلقت قرى كثيرة أبوابها أمام النازحين.", {"كثيرة"}),
    ("وشهدت مدن سليانة وطبربة وسيدي بوزيد، مناوشات متقطعة بين الشبان والأمن.", {"مناوشات"}),
    ("وشهدت مدن سليانة وطبربة احتجاجات ليلية.", {"احتجاجات", "وطبربة"}),
])
def test_a_list_ends_where_no_name_or_joiner_stands(text, not_places):
    assert not (not_places & _places(text))


def test_the_plural_heads_are_in_the_patterns_data():
    from khabar.entities.recognise import raw_patterns

    heads = raw_patterns()["plural_place_heads"]
    assert {"مدن", "بلدات", "قرى", "ولايات"} <= set(heads) and len(heads) == len(set(heads))
