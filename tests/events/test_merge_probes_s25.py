"""The MERGING battery of round s25 (tests/events/data/merge_probes_s25.yaml): composed short
articles, headline and body, with the acts that must be one event and those that must stay apart."""

from pathlib import Path

import pytest
import yaml

import khabar

DATA = yaml.safe_load((Path(__file__).parent / "data" / "merge_probes_s25.yaml").read_text("utf-8"))
PROBES = DATA["probes"]


def _spans(text: str, phrase: str) -> tuple[int, int]:
    """Where the probe's phrase stands in its text (its first occurrence): a trigger overlapping it
    is the act the phrase names."""
    start = text.index(phrase)
    return start, start + len(phrase)


def _holds(triggers: list[dict], span: tuple[int, int]) -> bool:
    """One of an event's triggers overlaps the phrase's span."""
    return any(t["start"] < span[1] and span[0] < t["end"] for t in triggers)


def _check(probe: dict) -> None:
    text = probe["text"]
    record = khabar.read(text, published=DATA["published"])
    events = [v["triggers"] for v in record.events]
    shown = [[t["text"] for t in e] for e in events]
    first, second = (_spans(text, phrase) for phrase in probe.get("one") or probe["apart"])
    if "one" in probe:
        assert any(_holds(e, first) and _holds(e, second) for e in events), shown
    else:
        assert any(_holds(e, first) for e in events) and any(_holds(e, second) for e in events), shown
        assert not any(_holds(e, first) and _holds(e, second) for e in events), shown


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(reason=p["xfail"], strict=True))
                                   if p.get("xfail") else p for p in PROBES],
                         ids=[f"{i}-{p['outlet']}" for i, p in enumerate(PROBES)])
def test_probe(probe: dict) -> None:
    _check(probe)


def test_battery_is_well_formed() -> None:
    assert 15 <= len(PROBES) <= 25
    for probe in PROBES:
        assert ("one" in probe) != ("apart" in probe) and probe["outlet"] and probe["text"].count("\n\n") == 1
