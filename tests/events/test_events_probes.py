"""The events probe battery (tests/events/events_probes.yaml): sentences composed in many
outlets' styles, with the events they must code and the near-misses they must not."""

from pathlib import Path

import pytest
import yaml

import khabar

PROBES = yaml.safe_load((Path(__file__).with_name("events_probes.yaml")).read_text("utf-8"))["probes"]


def test_battery_is_well_formed():
    assert len(PROBES) >= 60
    for probe in PROBES:
        assert set(probe) <= {"outlet", "text", "expect", "absent", "only"}
        assert probe.get("expect") or probe.get("absent")
        for kind, actor in probe.get("expect", []):
            assert kind.isupper() and actor


@pytest.mark.parametrize("probe", PROBES, ids=[f"{k}-{p['outlet']}" for k, p in enumerate(PROBES)])
def test_probe(probe):
    record = khabar.read(probe["text"], published="2024-06-10")
    names = {e["id"]: e["name"] for e in record.entities}
    coded = [(v["type"], [names[a] for a in v["actor"]]) for v in record.events]
    for kind, actor in probe.get("expect", []):
        assert any(t == kind and actor in actors for t, actors in coded), (kind, actor, coded)
    for kind in probe.get("absent", []):
        assert all(t != kind for t, _ in coded), (kind, coded)
    if "only" in probe:
        assert len(coded) == probe["only"], coded


def test_session_11_lists_load():
    from khabar.events.code import triggers

    t = triggers()
    assert {"سلطات", "شرطه", "قوات"} <= t["agent_heads"]          # normalised at load
    assert {"رد", "الرد", "انتقاما"} <= t["responses"] and "تابعه" in t["owned_by"]
    assert t["verbs"]["استشهد"]["agent_only"] and ("ب", "نيران") in t["agent_cues"]
    assert t["verbs"]["علق"]["halts"] and "عامل" in t["office_heads"] and "فرق" in t["instruments"]
    assert {"اتهامات", "معلومات"} <= t["light"]["تبادل"] and "ردها" in t["senses_off"]["سلم"]


def test_round_two_lists_load():
    from khabar.events.code import triggers

    t = triggers()
    assert "الاعتصام" in t["gatherings"] and t["verbs"]["فض"]["needs"] >= {"الاعتصام", "مظاهره"}
    assert {"خطاب", "تصريحات"} <= t["verbal"] and t["verbs"]["هاجم"]["retype"][1] == "ACCUSE"
    assert {"عمد", "لجا", "تمكن"} <= t["control"] and {"ثمن", "طوق"} <= t["bare_ambiguous"]
    assert {"طريق", "طرق"} <= t["light"]["قطع"] and t["light_nouns"]["طريق"]["retype"][1] == "PROTEST"


def test_swap_needs_captives():
    from khabar.events.code import triggers

    t = triggers()
    assert {"اسير", "الاسري", "رهائن"} <= t["verbs"]["تبادل"]["needs"]    # the list `captives`, normalised
