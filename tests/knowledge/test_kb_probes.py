"""Probe batteries for knowledge-base breadth (issue #3; tests/knowledge/kb_probes*.yaml, one file
a round): sentences composed in many outlets' house styles name people, bodies and places the
corpus does not, and each must be linked to its entry; near misses (ordinary words, cities
that share a club's name) must not be.  A probe khabar still fails carries `xfail: <its cause>`
and is expected to fail (strictly: once fixed, the mark must go)."""

from pathlib import Path

import pytest
import yaml

import khabar

BATTERIES = sorted(Path(__file__).parent.glob("kb_probes*.yaml"))
PROBES = [probe for path in BATTERIES for probe in yaml.safe_load(path.read_text("utf-8"))]


def test_the_battery_is_well_formed():
    assert len(BATTERIES) >= 2 and len(PROBES) >= 60
    for probe in PROBES:
        assert set(probe) <= {"text", "published", "found", "not", "xfail"}, probe
        assert probe.get("found") or probe.get("not"), probe["text"]
        for kb_id, surface in (probe.get("found") or {}).items():
            assert kb_id.startswith("khabar:"), kb_id
            assert surface is None or surface in probe["text"], (kb_id, surface)


@pytest.mark.parametrize("probe", [
    pytest.param(p, marks=pytest.mark.xfail(reason=p["xfail"], strict=True)) if p.get("xfail") else p
    for p in PROBES], ids=[p["text"][:40] for p in PROBES])
def test_probe(probe):
    record = khabar.read(probe["text"], published=str(probe.get("published", "2024-06-10")))
    linked: dict[str, set[str]] = {}
    for entity in record.entities:
        if entity["kb"]:
            linked.setdefault(entity["kb"], set()).update(m["text"] for m in entity["mentions"])
    for kb_id, surface in (probe.get("found") or {}).items():
        assert kb_id in linked, (kb_id, sorted(linked))
        if surface is not None:
            assert surface in linked[kb_id], (kb_id, surface, linked[kb_id])
    for kb_id in probe.get("not") or ():
        assert kb_id not in linked, (kb_id, linked.get(kb_id))
