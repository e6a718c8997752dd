"""Round s25 second wave (actors): a body's vehicles and weapons as a verb's subject — armour, warships,
bombers and launchers stand for their owner (triggers.yaml `instruments`, read by code._instruments).  The
battery tests/events/data/actor_probes_s25b.yaml (sentences composed in many outlets' styles, with
near-misses) and the list itself."""

from pathlib import Path

import pytest
import yaml

from tests.events.test_actor_probes_s24 import FIELDS, probe_params
from tests.events.test_evact_probes import test_probe as check_probe

BATTERY = yaml.safe_load((Path(__file__).parent / "data" / "actor_probes_s25b.yaml").read_text("utf-8"))
PROBES = BATTERY["probes"]


def test_battery_is_well_formed():
    # a second wave's small battery: 15-25 probes, each text once, one outlet style each
    assert 15 <= len(PROBES) <= 25
    assert len({p["text"] for p in PROBES}) == len(PROBES) == len({p["outlet"] for p in PROBES})
    for probe in PROBES:
        assert set(probe) <= FIELDS and (probe.get("expect") or probe.get("absent") or probe.get("not_actor"))


@pytest.mark.parametrize("probe", **probe_params(PROBES))
def test_probe(probe):
    check_probe(dict(probe, published=BATTERY["published"]))   # the evact battery's checks, one probe


def test_armour_and_warships_are_instruments():
    from khabar.events.code import _instruments, triggers

    found = triggers()["instruments"]
    assert {"مدرعات", "قاذفات", "راجمات"} <= found and not {"سفينه", "ناقله", "شاحنه"} & found
    words = [type("W", (), {"norm": n})() for n in ("مدرعات", "حربيه")]
    assert _instruments(words, 0, 2)
