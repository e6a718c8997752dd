"""Every EVENT DATE battery of the rounds (tests/events/data/event_date_probes_s*.yaml and
evdate_probes_s*.yaml): composed sentences and paragraphs with the date — and, where a probe gives them,
the status — each event must get, read by one checker.  A round adds its battery as a data file; its
mechanisms' own unit tests stay in its test_event_date_probes_sNN.py / test_evdate_probes_sNN.py."""

from pathlib import Path

import pytest
import yaml

import khabar

DATA_DIR = Path(__file__).parent / "data"
FILES = sorted(DATA_DIR.glob("event_date_probes_s*.yaml")) + sorted(DATA_DIR.glob("evdate_probes_s*.yaml"))
BATTERIES = {f.stem: yaml.safe_load(f.read_text("utf-8")) for f in FILES}
STATUSES = {"future", "hypothetical", "negated", "historical", "asserted"}


def _dated(text: str, published: str) -> list[tuple[list[str], str | None]]:
    """(the texts of its triggers, its date) of each event khabar codes in a text."""
    record = khabar.read(text, published=published)
    return [([t["text"] for t in v["triggers"]], v["date"]) for v in record.events]


def _statuses(text: str, published: str) -> list[tuple[list[str], str]]:
    """(the texts of its triggers, its status) of each event khabar codes in a text."""
    record = khabar.read(text, published=published)
    return [([t["text"] for t in v["triggers"]], v["status"]) for v in record.events]


def probe_params(probes: list[dict], prefix: str = "") -> list:
    """The probes as pytest params, a probe with `xfail` a strict xfail with its cause."""
    return [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=p["xfail"]), id=f"{prefix}{k}-{p['outlet']}")
            if p.get("xfail") else pytest.param(p, id=f"{prefix}{k}-{p['outlet']}") for k, p in enumerate(probes)]


def assert_dates(probe: dict, published: str) -> None:
    """Each [word, date] of a probe: some event with a trigger holding the word has that date."""
    dated = _dated(probe["text"], published)
    for word, day in probe["dates"]:
        assert any(any(word in t for t in texts) and when == day for texts, when in dated), (word, day, dated)


def assert_dates_and_statuses(probe: dict, published: str) -> None:
    """Each [word, date] of a probe, and each [word, status] of its optional `statuses`."""
    assert_dates(probe, published)
    if probe.get("statuses"):
        coded = _statuses(probe["text"], published)
        for word, status in probe["statuses"]:
            assert any(any(word in t for t in texts) and got == status for texts, got in coded), (word, status, coded)


def assert_well_formed(probes: list[dict]) -> None:
    """A battery: distinct probes, each [word, ISO date or null] pairs and optional [word, status] pairs."""
    assert len({p["text"] for p in probes}) == len(probes)
    for probe in probes:
        assert set(probe) <= {"outlet", "text", "dates", "statuses", "xfail"} and probe["text"] and probe["dates"]
        for word, day in probe["dates"]:
            assert word and (day is None or day[:4].isdigit())
        for word, status in probe.get("statuses", []):
            assert word and status in STATUSES


def _undated(probes: list[dict]) -> int:
    return sum(day is None for p in probes for _, day in p["dates"])


@pytest.mark.parametrize("stem", sorted(BATTERIES))
def test_battery_is_well_formed(stem):
    """A full round's battery: 40-80 probes in 30+ outlets' styles with 10+ near-misses that must stay
    undated, and every status where it probes statuses; a second wave's: 5+ probes with 3+ near-misses."""
    probes = BATTERIES[stem]["probes"]
    assert_well_formed(probes)
    if len(probes) >= 40:
        assert len(probes) <= 80 and len({p["outlet"] for p in probes}) >= 30 and _undated(probes) >= 10
        statuses = {s for p in probes for _, s in p.get("statuses", [])}
        assert not statuses or statuses == STATUSES
    else:
        assert len(probes) >= 5 and _undated(probes) >= 3


def test_every_rounds_battery_is_found():
    assert len(FILES) >= 9 and {"event_date_probes_s17", "evdate_probes_s26"} <= set(BATTERIES)


@pytest.mark.parametrize("probe, published", [
    pytest.param(p.values[0], BATTERIES[stem]["published"], marks=p.marks, id=p.id)
    for stem in sorted(BATTERIES) for p in probe_params(BATTERIES[stem]["probes"], f"{stem}-")])
def test_probe(probe, published):
    assert_dates_and_statuses(probe, published)
