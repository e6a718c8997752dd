"""أعلن with a decision for object and no clause declares the decision: an act, not reported speech
(docs/gold-format.md, "Declaring is no claim"), while "أعلن أن …" and a stance on the decision
("أعلن رفضه للإضراب") stay claims."""

from __future__ import annotations

import pytest

import khabar
from tests.claims.reading import chains as _chains


def test_the_lists_load_normalised_and_bare():
    from khabar.claims.attribute import _cues

    cues = _cues()
    assert cues["declaring_verbs"] == {"اعلن"} and cues["declaring_verbs"] <= set(cues["verbs"])
    assert {"حداد", "طوارئ", "اضراب", "حظر"} <= cues["declared_decisions"]
    assert not any(word.startswith("ال") for word in cues["declared_decisions"])


@pytest.mark.parametrize("text", [
    "وأعلن رئيس الجمهورية عبد المجيد تبون الحداد الوطني لمدة ثلاثة أيام.",
    "وأعلنت الحكومة حالة الطوارئ في البلاد لمدة شهر.",
    "وأعلنت نقابة الصحفيين الفلسطينيين الإضراب الشامل عن العمل غدا.",
    "أعلنت السلطات حظر التجول في المدينة.",
    "وأعلن الملك الحداد على أرواح الضحايا، وتقرر تنكيس الأعلام.",
])
def test_a_declared_decision_is_no_claim(text):
    assert _chains(text) == []


@pytest.mark.parametrize("text, chains", [
    ("وأعلن الوزير أن الحكومة ستعلن الحداد.", [["الوزير"]]),
    ("وأعلن الاتحاد رفضه للإضراب.", [["الاتحاد"]]),
    ("وأعلن الجيش مقتل ثلاثة جنود في الهجوم.", [["الجيش"]]),
    ("وأعلنت الوزارة نقل الجرحى إلى المستشفيات.", [["الوزارة"]]),
])
def test_a_statement_or_an_announced_fact_stays_a_claim(text, chains):
    assert _chains(text) == chains
