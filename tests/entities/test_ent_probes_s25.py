"""Entity probe battery of round s25 (tests/entities/data/ent_probes_s25.yaml): ships named in
quotes, photographers of credit lines, time zones, outlets written as domains and people a naming
verb names, composed in many outlets' styles, with near-misses and the known gaps as strict xfails."""

from pathlib import Path

import pytest
import yaml

import khabar

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "ent_probes_s25.yaml").read_text("utf-8"))["probes"]


def _cases():
    for n, probe in enumerate(PROBES):
        marks = [pytest.mark.xfail(reason=probe["known_failure"], strict=True)] if probe.get("known_failure") else []
        yield pytest.param(probe, id=f"ent_probes_s25-{n:03d}", marks=marks)


@pytest.mark.parametrize("probe", list(_cases()))
def test_entity_probe_s25(probe):
    found = khabar.read(probe["text"], published="2024-06-10").entities
    got = {(e["type"], m["text"]) for e in found for m in e["mentions"]}
    texts = {text for _, text in got}
    for kind, surface in probe.get("expect") or []:
        assert (kind, surface) in got, (kind, surface, sorted(got))
    for surface in probe.get("absent") or []:
        assert surface not in texts, (surface, sorted(got))


def test_the_battery_is_well_formed():
    assert 40 <= len(PROBES) <= 60
    for probe in PROBES:
        assert set(probe) <= {"text", "expect", "absent", "known_failure"}, probe
        assert probe.get("expect") or probe.get("absent"), probe
        for kind, surface in probe.get("expect") or []:
            assert kind in {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "GROUP"} and surface in probe["text"]
        for surface in probe.get("absent") or []:
            assert surface in probe["text"]
