"""The second wave's probes for the trained actor model (tests/events/data/actmodel_probes_s16b.yaml):
verb-first clauses whose subject stands far after the verb, relaying agencies and the owners of
places that must not become the actor; and the features that tell them apart
(actmodel._order_features, the relays and sites of data/actor_cues.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import khabar
from khabar.events import actmodel
from khabar.pipeline import default_pipeline, run
from tests.events.test_actmodel_s16 import assert_probe

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "actmodel_probes_s16b.yaml").read_text("utf-8"))


def _coded(text: str) -> list[tuple[str, list[str]]]:
    record = khabar.read(text, published=PROBES["published"])
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], [names[a] for a in v["actor"]]) for v in record.events]


def _features(text: str, kind: str, startswith: str) -> set[str]:
    """The features of the candidate starting with `startswith` of the event of type `kind` (model off)."""
    default_pipeline()
    with actmodel.use(None), actmodel.collection() as rows:
        run(text)
    event = next(r for r in rows if r["type"] == kind)
    return set(next(c for c in event["candidates"] if text[c["start"]:].startswith(startswith))["features"])


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=p["xfail"]))
                                   if p.get("xfail") else p for p in PROBES["probes"]],
                         ids=[f"{k}-{p['outlet']}" for k, p in enumerate(PROBES["probes"])])
def test_probe(probe):
    assert_probe(probe, _coded(probe["text"]))


def test_probes_are_where_the_rules_find_no_actor():
    """An expected actor is one the rules alone do not give; the battery holds finds and near-misses."""
    probes = PROBES["probes"]
    assert 30 <= len(probes) <= 60 and len({p["text"] for p in probes}) == len(probes)
    assert sum(bool(p.get("expect")) for p in probes) >= 10 and sum(bool(p.get("not_actor")) for p in probes) >= 10
    for probe in probes:
        assert set(probe) <= {"outlet", "text", "expect", "not_actor", "absent", "xfail"}
        with actmodel.use(None):
            rules = _coded(probe["text"])
        for kind, actor in probe.get("expect", []):
            assert not any(t == kind and actor in actors for t, actors in rules), (probe["text"], rules)


def test_near_words_schema():
    near = actmodel.near_words()
    assert set(near) == {"relays", "sites"} and all(near.values())
    assert "بحسب" in near["relays"] and "مقر" in near["sites"] and "امام" in near["sites"]   # normalised
    assert near["relays"].isdisjoint(near["sites"])


def test_relay_and_site_features():
    relay = _features("وطالبت في بيانها بوقف الحرب، بحسب ما نقلت وكالة رويترز.", "REQUEST", "وكالة")
    assert {"relay", "relay|a"} <= relay and "site" not in relay
    site = _features("واحتج العشرات أمام مقر البرلمان العراقي في بغداد.", "PROTEST", "البرلمان")
    assert {"site", "site|a"} <= site and "relay" not in site
    plain = _features("وطالبت وزارة الخارجية بوقف الحرب.", "REQUEST", "وزارة")
    assert not {"relay", "site"} & plain


def test_order_features_of_a_verb_first_clause():
    """The last party after a verb that opens its clause, past a place: 'lasta:vf'; a party
    named before the trigger in its sentence makes the clause subject-first ('sv')."""
    last = _features("ودان بأشد العبارات التفجير في مقديشو الاتحاد الأفريقي.", "ACCUSE", "الاتحاد")
    assert {"open:vf|a0", "lasta:vf", "open:vf|a0|punct"} <= last
    place = _features("ودان بأشد العبارات التفجير في مقديشو الاتحاد الأفريقي.", "ACCUSE", "مقديشو")
    assert "open:vf|a0" in place and not any(f.startswith("lasta:") for f in place)
    first = _features("وقالت مصر إن قوات الأمن اعتقلت عشرة أشخاص في السودان.", "COERCE", "السودان")
    assert "open:sv|a0" in first and "lasta:sv" in first
