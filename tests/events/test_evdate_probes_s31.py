"""The EVENT DATE battery of round s31 (tests/events/data/evdate_probes_s31.yaml): short articles with the date
each event must get, and unit tests of the round's mechanism: a dated actorless mention of an act before any record
of its type gives its day to the first record of that type that names the act back by a definite event noun
(`_unnamed_seed`, `_names_back`, `_seed_for` in khabar/events/component.py).
Its battery runs with every round's in tests/events/test_event_date_batteries.py."""

from pathlib import Path
from types import SimpleNamespace

import yaml

from khabar.events.component import _names_back, _seed_for

DATA = yaml.safe_load((Path(__file__).parent / "data" / "evdate_probes_s31.yaml").read_text("utf-8"))


def _event(text: str, words: str, kind: str):
    start = text.index(words)
    return SimpleNamespace(trigger=(start, start + len(words)), kind=kind)


def test_a_definite_event_noun_names_the_act_back():
    text = "وتبنت الحركة الهجوم، ونفذت الضربة، وأطلق مسلحون النار، وشنت هجوما"
    assert _names_back(_event(text, "الهجوم", "noun"), text)
    assert _names_back(_event(text, "نفذت الضربة", "light"), text)
    assert not _names_back(_event(text, "أطلق مسلحون النار", "light"), text)   # النار names no act alone
    assert not _names_back(_event(text, "شنت هجوما", "light"), text)           # indefinite: an act not yet told
    assert not _names_back(_event(text, "وتبنت", "verb"), text)


def test_a_seed_of_another_mode_is_kept_only_where_one_leaves_it_unsaid():
    seeds = [("explosives", "2026-11-29", "t1", 2), (None, "2026-11-28", "t2", 3)]
    assert _seed_for(seeds, "explosives")[1] == "2026-11-29"
    assert _seed_for(seeds, None)[1] == "2026-11-29"
    assert _seed_for(seeds, "aerial")[1] == "2026-11-28"
    assert _seed_for(None, None) is None


def test_the_battery_is_this_rounds():
    assert DATA["published"] == "2026-12-01" and len(DATA["probes"]) >= 5
