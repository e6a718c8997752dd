"""Round s33 (second wave, owned forces): the forces a state's army command owns ("أعلنت وزارة الدفاع
الروسية أن قواتها"، "قالت هيئة أركان الجيش المالي إن قواتها") are that state's army, not the command:
a defence ministry or general staff speaks for the army and does not fight itself.  Made-up sentences."""

import pytest

from khabar.entities.recognise import _patterns
from khabar.text.normalise import normalise_word
from tests.entities.reading import entities_of


def _entity_of(text: str, surface: str) -> dict | None:
    return next((e for e in entities_of(text) if any(m["text"] == surface for m in e["mentions"])), None)


def test_army_commands_load_normalised():
    commands = _patterns()["owned_bodies"]["army_commands"]
    assert tuple(normalise_word(w) for w in "وزارة الدفاع".split()) in commands


@pytest.mark.parametrize("text, country", [
    ("وأعلنت وزارة الدفاع الروسية أن قواتها دمرت مستودعا للذخيرة قرب المدينة.", "RUS"),
    ("وقالت وزارة الدفاع التركية إن قواتها قصفت مواقع للمسلحين في الجبال.", "TUR"),
])
def test_forces_of_a_defence_ministry_are_its_states_army(text, country):
    entity = _entity_of(text, "قواتها")
    assert entity is not None and entity["type"] == "ORG" and entity["country"] == country
    assert not any(m["text"].startswith("وزارة") for m in entity["mentions"])


def test_forces_of_a_ministry_that_commands_no_army_are_no_mention():
    assert _entity_of("وأعلنت وزارة الصحة الروسية أن قواتها الطبية وصلت إلى المدينة.", "قواتها") is None


@pytest.mark.parametrize("text", [
    "وقال الجيش إن قواته اعتقلت عشرات المشتبه بهم في القرية.",
    "وقال الجيش في بيان إن قواته المسلحة أحبطت هجوما على الحدود.",
])
def test_forces_of_an_army_named_by_its_function_are_that_army(text):
    entity = _entity_of(text, "الجيش")
    assert entity is not None and any(m["text"].startswith("قواته") for m in entity["mentions"])
