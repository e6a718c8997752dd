"""Entity linking probe batteries (tests/entities/data/link_probes_s13.yaml,
link_probes_s14.yaml, link_probes_s15.yaml and link_probes_s16b.yaml): composed paragraphs that name one referent in
several forms, or two look-alike referents, in many outlets' styles; each says which mentions must share an entity
and which must not, and (`never`, from s16b) which text must not be a mention of an entity of a type ("عون" in
"وقال عون الحرس" is a guard, no person)."""

from pathlib import Path

import pytest
import yaml

import khabar

DATA = Path(__file__).parent / "data"
# battery → the fewest probes it may hold
BATTERIES = {"s13": 60, "s14": 80, "s15": 60, "s16b": 30}
PROBES = {name: yaml.safe_load((DATA / f"link_probes_{name}.yaml").read_text("utf-8"))["probes"]
          for name in BATTERIES}
TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "GROUP"}


def _cases():
    for name, probes in PROBES.items():
        for n, probe in enumerate(probes):
            marks = [pytest.mark.xfail(reason=probe["known_failure"], strict=True)] if probe.get("known_failure") else []
            yield pytest.param(probe, id=f"link_{name}-{n:03d}", marks=marks)


def _owners(entities, surface):
    return [e for e in entities if any(m["text"] == surface for m in e["mentions"])]


@pytest.mark.parametrize("probe", list(_cases()))
def test_link_probe(probe):
    entities = khabar.read(probe["text"], published=probe.get("published", "2024-06-10")).entities
    shown = sorted((e["type"], e["name"], tuple(m["text"] for m in e["mentions"])) for e in entities)
    for surfaces in probe.get("same") or []:
        assert any(all(_owners([e], s) for s in surfaces) for e in entities), (surfaces, shown)
    for a, b in probe.get("apart") or []:
        assert _owners(entities, a) and _owners(entities, b), (a, b, shown)
        assert not any(_owners([e], a) and _owners([e], b) for e in entities), (a, b, shown)
    for kind, surface in probe.get("types") or []:
        owners = _owners(entities, surface)
        assert owners and all(e["type"] == kind for e in owners), (kind, surface, shown)
    for kind, surface in probe.get("never") or []:
        assert not any(e["type"] == kind for e in _owners(entities, surface)), (kind, surface, shown)


@pytest.mark.parametrize("name", list(BATTERIES))
def test_the_link_battery_is_well_formed(name):
    probes = PROBES[name]
    assert len(probes) >= BATTERIES[name]
    texts = [probe["text"] for probe in probes]
    assert len(set(texts)) == len(texts)
    for probe in probes:
        assert set(probe) <= {"text", "same", "apart", "types", "never", "published", "known_failure"}, probe
        assert probe.get("same") or probe.get("apart") or probe.get("types") or probe.get("never"), probe
        for surfaces in (probe.get("same") or []) + (probe.get("apart") or []):
            assert all(s in probe["text"] for s in surfaces), surfaces
        for kind, surface in (probe.get("types") or []) + (probe.get("never") or []):
            assert kind in TYPES and surface in probe["text"]
