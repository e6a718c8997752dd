"""Round s35's event-date mechanism: an act the body first names with no doer, dated by its own relative clause,
keeps that day when a later sentence names it back with its doer and a time of its own (`_own_clause_seed`).
The battery itself (tests/events/data/evdate_probes_s35.yaml) is run by test_event_date_batteries.py; here the
unit tests of the mechanism and the battery's probes once more, each on its own."""

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from khabar.events.component import _own_clause_seed, _seed
from tests.events.test_event_date_batteries import assert_dates, probe_params

BATTERY = yaml.safe_load((Path(__file__).parent / "data" / "evdate_probes_s35.yaml").read_text("utf-8"))


def _mention(sentence: int, mode: str | None = None):
    return SimpleNamespace(mode=mode, sentence=sentence)


def test_a_seed_its_relative_clause_dated_outweighs_a_later_sentence():
    seed = _seed(_mention(1), "2026-11-29", {"id": "t1"}, own_clause=True)
    assert seed == (None, "2026-11-29", "t1", 1, True)
    assert _own_clause_seed(seed, _mention(2))


def test_a_seed_dated_otherwise_gives_way_to_the_sentence_that_names_it_back():
    assert not _own_clause_seed(_seed(_mention(1), "2026-11-29", {"id": "t1"}), _mention(2))


def test_a_seed_of_the_same_sentence_gives_way():
    assert not _own_clause_seed(_seed(_mention(2), "2026-11-29", {"id": "t1"}, own_clause=True), _mention(2))


@pytest.mark.parametrize("probe", probe_params(BATTERY["probes"]))
def test_probe(probe):
    assert_dates(probe, BATTERY["published"])
