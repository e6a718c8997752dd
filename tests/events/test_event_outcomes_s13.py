"""benchmarks/event_outcomes.py: the causes a wrong event date is put down to."""

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "event_outcomes", Path(__file__).resolve().parents[2] / "benchmarks" / "event_outcomes.py")
outcomes = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(outcomes)


class _Gold:
    published = "2024-07-20"


def test_date_causes():
    times = {"2024-07-18", "2024-07-20"}
    assert outcomes._date_cause(None, "2024-07-18", _Gold, times) == "none-expected"
    assert outcomes._date_cause("2024-07-18", None, _Gold, times) == "missing"
    assert outcomes._date_cause("2024-07-20", "2024-07-18", _Gold, times) == "publication"
    assert outcomes._date_cause("2024-07-18", "2024-07-19", _Gold, times) == "other-time"
    assert outcomes._date_cause("2024-06", "2024-07-19", _Gold, times) == "unfound"
    assert outcomes.CAUSES[0] == "matched" and "actor-missing" in outcomes.CAUSES

