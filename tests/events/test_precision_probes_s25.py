"""The EVENT PRECISION battery of round s25 (tests/events/data/precision_probes_s25.yaml): composed sentences in many
outlets' styles, with the false events khabar must not code (a danger named by هدد, a word inside a name, the act a
call asks for) and the near-misses it must keep."""

from pathlib import Path

import pytest
import yaml

import khabar

DATA = yaml.safe_load((Path(__file__).parent / "data" / "precision_probes_s25.yaml").read_text("utf-8"))
PROBES = DATA["probes"]


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    """The record's events: (type, the text of each trigger, actor names)."""
    record = khabar.read(text, published=DATA["published"])
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], [t["text"] for t in v["triggers"]], [names[a] for a in v["actor"]]) for v in record.events]


def _has(events, kind: str, word: str, actor: str | None = None) -> bool:
    return any(t == kind and any(word in trigger for trigger in triggers) and (actor is None or actor in actors)
               for t, triggers, actors in events)


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
