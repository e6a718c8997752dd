"""Session 17's probes for the trained actor model (tests/events/data/actmodel_probes_s17.yaml):
verb-first clauses whose subject stands after the object, and the parties that must not become
the actor (a target after على/ضد/بحق, a relay, a claim's speaker, a place's owner); the
verbal-noun features (actmodel._noun_features) and a kind's own threshold."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import khabar
from khabar.events import actmodel
from tests.events.test_actmodel_s16 import assert_probe, assert_rules_leave_expected, probe_params
from tests.events.test_actmodel_s16b import _features

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "actmodel_probes_s17.yaml").read_text("utf-8"))


def _coded(text: str) -> list[tuple[str, list[str]]]:
    record = khabar.read(text, published=PROBES["published"])
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], [names[a] for a in v["actor"]]) for v in record.events]


@pytest.mark.parametrize("probe", probe_params(PROBES["probes"]))
def test_probe(probe):
    assert_probe(probe, _coded(probe["text"]))


def test_probes_are_where_the_rules_find_no_actor():
    """An expected actor is one the rules alone do not give; the battery holds finds and near-misses."""
    probes = PROBES["probes"]
    assert len(probes) >= 40 and len({p["text"] for p in probes}) == len(probes)
    assert sum(bool(p.get("expect")) for p in probes) >= 15 and sum(bool(p.get("not_actor")) for p in probes) >= 20
    assert_rules_leave_expected(probes, _coded)


def test_noun_features():
    """A verbal noun's owner in idafa and an agent after على يد; a target after على; the actor
    the rules gave the sentence's verb; a party the headline names."""
    owner = _features("ونددت الحكومة بزيارة وزير الخارجية الإسرائيلي إلى المنطقة.", "CONSULT", "وزير")
    assert {"idafa|noun", "idafa|noun|PER"} <= owner
    agent = _features("وأدانت الحكومة مقتل صحفي على يد قوات الأمن في المدينة.", "ASSAULT", "قوات")
    assert "agent|noun" in agent and "idafa|noun" not in agent
    target = _features("وشنت إسرائيل غارات على حزب الله في الجنوب.", "ASSAULT", "حزب")
    assert any(f.startswith("target|a|") for f in target) and not any(f.startswith("agent|") for f in target)
    verb_subject = _features("وأعلنت الشرطة اعتقال ثلاثة متهمين.", "COERCE", "الشرطة")
    assert not any(f.startswith("sent_actor") for f in verb_subject)   # the noun's own actor: no other event
    headline = _features("الجيش السوداني يستعيد مدينة.\n\nوقصف الجيش السوداني مواقع في المدينة.", "ASSAULT", "الجيش")
    assert any(f.startswith("headline|") for f in headline)
    later = _features("أعلنت الحكومة خطة جديدة.\n\nوقصف الجيش السوداني مواقع في المدينة.", "ASSAULT", "الجيش")
    assert not any(f.startswith("headline|") for f in later)          # named after the first sentence only


def test_a_kinds_own_threshold():
    """kind_thresholds overrides the threshold for its kind only, and survives the JSON round trip."""
    chosen = actmodel.ActorModel({"t:GPE": 1.0}, 0.0, 0.15, "fill", ("verb", "noun"), (("noun", 0.9),))
    assert chosen.threshold_of("noun") == 0.9 and chosen.threshold_of("verb") == 0.15
    again = actmodel.ActorModel.from_dict(chosen.as_dict())
    assert again == chosen and "kind_thresholds" in chosen.as_dict()
    assert "kind_thresholds" not in actmodel.ActorModel({}, 0.0, 0.15).as_dict()
    text = "وطالب بفتح تحقيق عاجل في ملابسات الحادث الاتحاد المصري لكرة القدم."
    keen = actmodel.ActorModel({"t:ORG": 5.0}, 0.0, 0.15, "fill", ("verb",))
    shy = actmodel.ActorModel(keen.weights, 0.0, 0.15, "fill", ("verb",), (("verb", 0.999),))
    with actmodel.use(keen):
        filled = [e for e in khabar.read(text).events if e["type"] == "REQUEST"]
    with actmodel.use(shy):
        held = [e for e in khabar.read(text).events if e["type"] == "REQUEST"]
    assert any(e["actor"] for e in filled) and not any(e["actor"] for e in held), (filled, held)
