"""GROUP and owned-body probe battery of round s25 (second wave): composed sentences in many outlets'
styles (tests/entities/data/groups_probes_s25.yaml), each with the mentions khabar must find, the
near-misses it must not, and the mentions that must be of one entity."""

from pathlib import Path

import pytest
import yaml

import khabar

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "groups_probes_s25.yaml").read_text("utf-8"))["probes"]


def _cases():
    for n, probe in enumerate(PROBES):
        marks = [pytest.mark.xfail(reason=probe["known_failure"], strict=True)] if probe.get("known_failure") else []
        yield pytest.param(probe, id=f"groups_s25-{n:03d}", marks=marks)


@pytest.mark.parametrize("probe", list(_cases()))
def test_group_probe(probe):
    found = khabar.read(probe["text"], published="2024-06-10").entities
    got = {(e["type"], m["text"]) for e in found for m in e["mentions"]}
    texts = {text for _, text in got}
    for kind, surface in probe.get("expect") or []:
        assert (kind, surface) in got, (kind, surface, sorted(got))
    for surface in probe.get("absent") or []:
        assert surface not in texts, (surface, sorted(got))
    if probe.get("same"):
        owners = [{e["id"] for e in found for m in e["mentions"] if m["text"] == s} for s in probe["same"]]
        assert owners[0] and owners[0] == owners[1], (probe["same"], sorted(got))


def test_the_battery_is_well_formed():
    assert 15 <= len(PROBES) <= 25
    for probe in PROBES:
        assert set(probe) <= {"text", "expect", "absent", "same", "known_failure"}, probe
        assert probe.get("expect") or probe.get("absent") or probe.get("same"), probe
        for kind, surface in probe.get("expect") or []:
            assert kind in {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "GROUP"} and surface in probe["text"]
        for surface in (probe.get("absent") or []) + (probe.get("same") or []):
            assert surface in probe["text"]
