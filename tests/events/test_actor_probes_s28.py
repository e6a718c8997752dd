"""Round s28 (lost actors): a gathering a call asks for, with no addressee named, is the callers' own act
(code._called_gathering with arguments.yaml `called_gathering_types`), and a called act in quotation marks is
still the call's content for its status (code._demanded).  The battery tests/events/data/actor_probes_s28.yaml
(composed sentences with near-misses) and the word list."""

from pathlib import Path

import pytest
import yaml

import khabar
from tests.events.test_actor_probes_s24 import probe_params
from tests.events.test_evact_probes import FIELDS
from tests.events.test_evact_probes import test_probe as check_probe

BATTERY = yaml.safe_load((Path(__file__).parent / "data" / "actor_probes_s28.yaml").read_text("utf-8"))
PROBES = BATTERY["probes"]


def test_battery_is_well_formed():
    assert len(PROBES) >= 4 and len({p["text"] for p in PROBES}) == len(PROBES)
    for probe in PROBES:
        assert set(probe) <= FIELDS and (probe.get("expect") or probe.get("absent") or probe.get("not_actor"))


@pytest.mark.parametrize("probe", **probe_params(PROBES))
def test_probe(probe):
    check_probe(dict(probe, published=BATTERY["published"]))


def test_called_gathering_types_are_plover_types():
    from khabar.events.code import arguments

    assert arguments()["called_gathering_types"] == frozenset({"PROTEST"})


def test_quoted_called_strike_is_future():
    # the strike called for in quotation marks is announced, not held yet (no time in the sentence)
    record = khabar.read("عنوان\n\nودعا تجمع المهنيين السودانيين إلى \"إضراب عام\" في كل المرافق.", published="2025-03-12")
    assert [v["status"] for v in record.events if v["type"] == "PROTEST"] == ["future"]

