"""The EVENT DATE battery of round s26 (tests/events/data/evdate_probes_s26.yaml): composed sentences with the
date (and, where given, the status) each event must get, and a unit test of the round's mechanism: a time after
منذ that a clause of حين/عندما names the act of dates the triggers of that clause (`_since_when` in
khabar/events/component.py).
Its battery runs with every round's in tests/events/test_event_date_batteries.py."""

from pathlib import Path

import pytest
import yaml

from khabar.events.component import _since_when

DATA = yaml.safe_load((Path(__file__).parent / "data" / "evdate_probes_s26.yaml").read_text("utf-8"))


def _since(text: str, words: str) -> dict:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words, "value": "2020-02"}


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_a_clause_of_when_after_since_takes_its_time():
    text = "ولم يقتل أي جندي منذ فبراير 2020، حين وقعت واشنطن اتفاقا مع الحركة، ودعا الوسطاء إلى الحوار"
    since = [_since(text, "فبراير 2020")]
    assert _since_when(text, since, _at(text, "وقعت")) is since[0]
    assert _since_when(text, since, _at(text, "اتفاقا")) is since[0]          # the same clause
    assert _since_when(text, since, _at(text, "ودعا")) is None                # past the clause's break
    plain = "وتحاصر القوات المدينة منذ فبراير 2020، وقصفت مستشفاها"
    assert _since_when(plain, [_since(plain, "فبراير 2020")], _at(plain, "قصفت")) is None   # no حين
    before = "حين وقعت واشنطن اتفاقا منذ فبراير 2020"
    assert _since_when(before, [_since(before, "فبراير 2020")], _at(before, "وقعت")) is None  # the time after it
