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


def _event(trigger_text: str, kind: str = "noun", kind_type: str = "ASSAULT"):
    return SimpleNamespace(type=kind_type, kind=kind, trigger=(0, len(trigger_text)), mode=None, sentence=3)


def _record(date=None, status="asserted", sentence=2):
    return {"date": date, "status": status, "mode": None, "sentence": sentence}


def test_an_undated_attack_named_back_takes_its_first_seed():
    from khabar.events.component import _named_back_seed
    seed = _seed(_mention(1), "2026-11-30", {"id": "t1"}, own_clause=True)
    assert _named_back_seed(_record(), _event("الهجوم"), "الهجوم", [seed]) == seed


def test_no_seed_for_a_dated_historical_or_other_type_record_or_one_not_named_back():
    from khabar.events.component import _named_back_seed
    seed = _seed(_mention(1), "2026-11-30", {"id": "t1"})
    assert _named_back_seed(_record(date="2026-11-29"), _event("الهجوم"), "الهجوم", [seed]) is None
    assert _named_back_seed(_record(status="historical"), _event("الهجوم"), "الهجوم", [seed]) is None
    assert _named_back_seed(_record(), _event("الزيارة", kind_type="CONSULT"), "الزيارة", [seed]) is None
    assert _named_back_seed(_record(), _event("هجوم"), "هجوم", [seed]) is None          # indefinite: not named back
    assert _named_back_seed(_record(sentence=1), _event("الهجوم"), "الهجوم", [seed]) is None   # seed not earlier
