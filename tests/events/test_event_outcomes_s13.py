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



def test_false_events_overlap_no_gold_trigger():
    """`--list false`: a coded event is false only when none of its triggers overlaps a gold trigger
    span of any event (an overlap of another type or actor is that gold event's wrong-type or
    wrong-actor case)."""
    gold_spans = [(10, 15), (40, 48)]
    hit = {"type": "ASSAULT", "trigger": {"start": 12, "end": 16}}
    merged = {"type": "PROTEST", "trigger": {"start": 0, "end": 4},
              "triggers": [{"start": 0, "end": 4}, {"start": 44, "end": 47}]}
    false = {"type": "CONSULT", "trigger": {"start": 20, "end": 25}}
    adjacent = {"type": "AID", "trigger": {"start": 15, "end": 20}}
    assert outcomes.false_events([hit, merged, false, adjacent], gold_spans) == [false, adjacent]


def test_taken_kinds():
    """`taken` is put down to what became of the gold event's own words: merged into a record that
    begins elsewhere, a record of their own (paired elsewhere), coded but in no record, or never coded."""
    spans = [(30, 36)]
    coded = [("ASSAULT", (30, 36), True)]
    first = {"type": "ASSAULT", "trigger": {"start": 0, "end": 5},
             "triggers": [{"start": 0, "end": 5}, {"start": 30, "end": 36}]}
    own = {"type": "ASSAULT", "trigger": {"start": 30, "end": 36}, "triggers": [{"start": 30, "end": 36}]}
    other_type = {"type": "COERCE", "trigger": {"start": 30, "end": 36}}
    assert outcomes.taken_kind(spans, coded, [first], "ASSAULT") == "merged"
    assert outcomes.taken_kind(spans, coded, [first, own], "ASSAULT") == "own"
    assert outcomes.taken_kind(spans, coded, [other_type], "ASSAULT") == "dropped"
    assert outcomes.taken_kind(spans, [], [first], "ASSAULT") == "uncoded"
    assert outcomes.TAKEN_KINDS == ("merged", "own", "dropped", "uncoded")
