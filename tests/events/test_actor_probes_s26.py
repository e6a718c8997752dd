"""Round s26 (wrong actors): a ministry's or a government's "قواتها" in its claim is its state's army where the
article names it (code._commanded_forces, component._state_armies).  The battery
tests/events/data/actor_probes_s26.yaml (composed sentences with near-misses) and the two word lists."""

from pathlib import Path

import pytest
import yaml

from tests.events.test_actor_probes_s24 import FIELDS, probe_params
from tests.events.test_evact_probes import test_probe as check_probe

BATTERY = yaml.safe_load((Path(__file__).parent / "data" / "actor_probes_s26.yaml").read_text("utf-8"))
PROBES = BATTERY["probes"]


def test_battery_is_well_formed():
    assert len(PROBES) >= 5 and len({p["text"] for p in PROBES}) == len(PROBES)
    for probe in PROBES:
        assert set(probe) <= FIELDS and (probe.get("expect") or probe.get("absent") or probe.get("not_actor"))


@pytest.mark.parametrize("probe", **probe_params(PROBES))
def test_probe(probe):
    check_probe(dict(probe, published=BATTERY["published"]))


def test_forces_lists():
    from khabar.events.code import arguments

    a = arguments()
    assert {"قواتها", "قواته", "وحداتها", "قوات"} <= a["commanded_forces"] and "فرقها" not in a["commanded_forces"]
    assert {"القوات", "الجيش"} <= a["army_heads"]
