"""Round s35 (claims): a verb of saying in a marked relative clause (after الذي/التي/الذين) that takes
the clause's noun as its object pronoun, with no clause or quote of its own, names a thing said or
decided ("الحداد الذي أعلنه الرئيس"، "المشاريع التي أعلنتها الحكومة") and reports no speech of its
own, as session 14 decided for verbs of judging (docs/gold-format.md, "Judgements in relative
clauses are no claims").  When an according-to cue or a verb of saying reports the noun itself ("بحسب
النتائج الرسمية التي أعلنتها اللجان") the relative verb names who gave it, and the claim stays."""

from __future__ import annotations

import pytest

from tests.claims.reading import chains


@pytest.mark.parametrize("text", [
    "وبدأ الأحد الحداد الوطني الذي أعلنه الرئيس لثلاثة أيام، ونكست الأعلام على المباني الرسمية.",
    "وتصاعد التوتر في ظل تعثر المشاريع التنموية التي أعلنتها الحكومة للإقليم.",
    "وانسحبت القوات من المدينة تنفيذا للاتفاق الذي أعلنته وزارة الداخلية مساء أمس.",
    "واحتج المغرب على قبول عضوية الجمهورية التي أعلنتها جبهة البوليساريو.",
])
def test_a_saying_verb_in_a_relative_clause_on_its_object_reports_nothing(text):
    assert chains(text) == []


def test_the_relative_verb_of_a_reported_noun_still_names_its_source():
    text = "وفاز مرشحو المعارضة بـ28 مقعدا، بحسب النتائج الرسمية التي أعلنتها اللجان الرئيسية فجر اليوم."
    assert chains(text) == [["اللجان الرئيسية"]]


def test_a_relative_verb_with_a_clause_of_its_own_still_reports():
    text = "وزار الوفد المدينة التي أعلنها المحافظ بأنها «مدينة منكوبة»."
    assert len(chains(text)) == 1


@pytest.mark.parametrize("text, chain", [
    ("ونقلت وكالة فارس القريبة من الحرس الثوري عن مصادر مطلعة أن نحو 87 ألف شخص شاركوا في الاحتجاجات.",
     ["مصادر مطلعة", "وكالة فارس"]),
    ("ونقلت وكالة أنباء الطلبة الإيرانية القريبة من الحكومة عن مصدر أمني قوله إن الانفجار وقع صباحا.",
     ["مصدر أمني", "وكالة أنباء الطلبة الإيرانية"]),
])
def test_a_relaying_outlet_qualified_by_an_attribute_still_relays_its_origin(text, chain):
    """An attributive phrase between the relaying outlet and عن ("القريبة من الحرس الثوري") hides
    neither the origin nor the relay: [origin, outlet]."""
    assert chains(text) == [chain]


def test_the_attribute_prepositions_load():
    from khabar.claims.attribute import _cues

    assert {"من", "ل", "باسم"} <= _cues()["attribute_prepositions"]
