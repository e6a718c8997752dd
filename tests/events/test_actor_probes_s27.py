"""Round s27 (lost actors): a meeting, talks or a visit after "بعد، عقب، إثر، قبل، في ختام" is its clause subject's
act (code._during with triggers.yaml `during_after`; the opening verb's subject, code.opening_subject).  The battery
tests/events/data/actor_probes_s27.yaml (composed sentences with near-misses) and the word list."""

from pathlib import Path

import pytest
import yaml

from tests.events.test_actor_probes_s24 import FIELDS, probe_params
from tests.events.test_evact_probes import test_probe as check_probe

BATTERY = yaml.safe_load((Path(__file__).parent / "data" / "actor_probes_s27.yaml").read_text("utf-8"))
PROBES = BATTERY["probes"]


def test_battery_is_well_formed():
    assert len(PROBES) >= 5 and len({p["text"] for p in PROBES}) == len(PROBES)
    for probe in PROBES:
        assert set(probe) <= FIELDS and (probe.get("expect") or probe.get("absent") or probe.get("not_actor"))


@pytest.mark.parametrize("probe", **probe_params(PROBES))
def test_probe(probe):
    check_probe(dict(probe, published=BATTERY["published"]))


def test_after_words_are_during_words():
    from khabar.events.code import triggers

    t = triggers()
    assert {"بعد", "عقب", "ختام"} <= t["during_after"] <= t["during"]
    assert "خلال" in t["during"] and "خلال" not in t["during_after"]
