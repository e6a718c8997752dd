"""The round-24 second-wave battery (data/ent_actor_probes_s24b.yaml): unnamed collective actors
(kidnappers, pirates) that khabar must make a GROUP so the events they act in have an actor, and
the near-misses (the same root as an adjective, the abductees) it must not."""

from pathlib import Path

import pytest
import yaml

import khabar

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "ent_actor_probes_s24b.yaml").read_text("utf-8"))["probes"]


def _cases():
    for n, probe in enumerate(PROBES):
        marks = [pytest.mark.xfail(reason=probe["known_failure"], strict=True)] if probe.get("known_failure") else []
        yield pytest.param(probe, id=f"ent_actor_s24b-{n:03d}", marks=marks)


@pytest.mark.parametrize("probe", list(_cases()))
def test_actor_entity_probe(probe):
    found = khabar.read(probe["text"], published="2024-06-10").entities
    got = {(e["type"], m["text"]) for e in found for m in e["mentions"]}
    texts = {text for _, text in got}
    for kind, surface in probe.get("expect") or []:
        assert (kind, surface) in got, (kind, surface, sorted(got))
    for surface in probe.get("absent") or []:
        assert surface not in texts, (surface, sorted(got))


def test_the_battery_is_well_formed():
    assert 15 <= len(PROBES) <= 25
    for probe in PROBES:
        assert set(probe) <= {"text", "expect", "absent", "known_failure"}, probe
        assert probe.get("expect") or probe.get("absent"), probe
        for kind, surface in probe.get("expect") or []:
            assert kind in {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "GROUP"} and surface in probe["text"]
        for surface in probe.get("absent") or []:
            assert surface in probe["text"]


def test_kidnappers_load_as_group_heads():
    from khabar.entities.recognise import _patterns
    from khabar.text.normalise import normalise_word

    p = _patterns()
    for form in ["الخاطفون", "الخاطفين", "القراصنة"]:
        assert normalise_word(form) in p["standalone_group_heads"], form
    assert normalise_word("المختطفين") not in p["standalone_group_heads"]
