"""The EVENT PRECISION battery of round s25 (tests/events/data/precision_probes_s25.yaml): composed sentences in many
outlets' styles, with the false events khabar must not code (a danger named by هدد, a word inside a name, the act a
call asks for) and the near-misses it must keep."""

from pathlib import Path

import pytest
import yaml

from tests.events.reading import coded_events, has_event

DATA = yaml.safe_load((Path(__file__).parent / "data" / "precision_probes_s25.yaml").read_text("utf-8"))
PROBES = DATA["probes"]


def _events(text: str):
    """The record's events: (type, the text of each trigger, actor names)."""
    return coded_events(text, DATA["published"])


_has = has_event


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(reason=p["xfail"], strict=True))
                                   if p.get("xfail") else p for p in PROBES],
                         ids=[f"{k}-{p['outlet']}" for k, p in enumerate(PROBES)])
def test_precision_probe(probe):
    events = _events(probe["text"])
    for kind, word, *actor in probe.get("kept", []):
        assert _has(events, kind, word, *actor), (kind, word, actor, events)
    for kind, word, *actor in probe.get("dropped", []):
        assert not _has(events, kind, word, *actor), (kind, word, actor, events)


def test_precision_battery_is_well_formed():
    assert 40 <= len(PROBES) <= 60
    assert len({p["text"] for p in PROBES}) == len(PROBES)
    assert len({p["outlet"] for p in PROBES}) >= 20
    for probe in PROBES:
        assert set(probe) <= {"outlet", "text", "kept", "dropped", "xfail"}
        assert probe.get("kept") or probe.get("dropped")
        for item in probe.get("kept", []) + probe.get("dropped", []):
            assert 2 <= len(item) <= 3 and item[0].isupper() and item[1] in probe["text"]
