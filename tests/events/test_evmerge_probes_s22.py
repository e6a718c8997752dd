"""The event IDENTITY battery of round s22 (data/evmerge_probes_s22.yaml): paragraphs composed in
many outlets' styles, with how many events of a type an actor must have and which triggers must
share one event or stay in two (one event per real act: a headline, its lead and a later "الهجوم"
are one; a second strike told by its own verb, "غارة مماثلة"، "في هجوم آخر", a strike on another
day are others)."""

from pathlib import Path

import pytest
import yaml

import khabar

BATTERY = yaml.safe_load((Path(__file__).parent / "data" / "evmerge_probes_s22.yaml").read_text("utf-8"))
PROBES = BATTERY["probes"]
FIELDS = {"outlet", "text", "count", "together", "apart", "xfail"}


def _events(text: str) -> list[tuple[str, list[str], list[tuple[int, int]]]]:
    record = khabar.read(text, published=BATTERY["published"])
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], [names[a] for a in v["actor"]], [(t["start"], t["end"]) for t in v["triggers"]])
            for v in record.events]


def _span(text: str, snippet: str) -> tuple[int, int]:
    start = text.index(snippet)
    return start, start + len(snippet)


def _holds(triggers: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(span[0] <= start < span[1] for start, _ in triggers)


def test_battery_is_well_formed():
    # 30 probes or more, none repeated, each with a count; every snippet stands once in its text
    assert len(PROBES) >= 30 and len({p["text"] for p in PROBES}) == len(PROBES)
    for probe in PROBES:
        assert set(probe) <= FIELDS and probe["text"] and probe["outlet"] and probe.get("count")
        for kind, actor, n in probe["count"]:
            assert kind.isupper() and actor and isinstance(n, int) and n >= 0
        for kind, first, second in probe.get("together", []) + probe.get("apart", []):
            assert kind.isupper() and probe["text"].count(first) == 1 and probe["text"].count(second) == 1


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=p["xfail"]))
                                   if p.get("xfail") else p for p in PROBES],
                         ids=[f"{k}-{p['outlet']}" for k, p in enumerate(PROBES)])
def test_probe(probe):
    text = probe["text"]
    events = _events(text)
    for kind, actor, n in probe["count"]:
        assert sum(1 for t, actors, _ in events if t == kind and actor in actors) == n, (kind, actor, n, events)
    for kind, first, second in probe.get("together", []):
        spans = _span(text, first), _span(text, second)
        assert any(t == kind and all(_holds(triggers, s) for s in spans) for t, _, triggers in events), events
    for kind, first, second in probe.get("apart", []):
        spans = _span(text, first), _span(text, second)
        of_kind = [triggers for t, _, triggers in events if t == kind]
        assert all(any(_holds(triggers, s) for triggers in of_kind) for s in spans), events
        assert not any(all(_holds(triggers, s) for s in spans) for triggers in of_kind), events
