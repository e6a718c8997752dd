"""An act told as still to come or only possible takes no time of an earlier sentence (round s33,
`_unrealised_carried` in khabar/events/code.py): that time is the day of the act the earlier
sentence told.  Made-up sentences."""

from types import SimpleNamespace

import khabar
from khabar.events.code import _unrealised_carried

TWO = "قصف الجيش مواقع المسلحين في 12 مارس 2025. {} الجيش هجوما بريا على البلدة."


def _dates(text: str) -> list[tuple[str, str, str | None]]:
    return [(e["trigger"]["text"], e["status"], e["date"]) for e in khabar.read(text).events]


def test_a_future_act_takes_no_day_of_the_sentence_before():
    events = _dates(TWO.format("ومن المتوقع أن يشن"))
    assert events[0][2] == "2025-03-12"
    assert [(s, d) for t, s, d in events[1:]] == [("future", None)]


def test_an_act_done_still_takes_the_paragraphs_day():
    events = _dates(TWO.format("وشن"))
    assert [d for _, _, d in events] == ["2025-03-12", "2025-03-12"]


def _event(status: str, start: int, uttered: bool = False):
    return SimpleNamespace(status=status, uttered=uttered, time={"start": start, "value": "2025-03-12"})


def test_only_an_unrealised_act_loses_a_carried_time():
    words = [SimpleNamespace(start=50)]
    assert _unrealised_carried(words, _event("future", 10))
    assert _unrealised_carried(words, _event("hypothetical", 10))
    assert not _unrealised_carried(words, _event("future", 60))              # its own sentence's time
    assert not _unrealised_carried(words, _event("asserted", 10))
    assert not _unrealised_carried(words, _event("future", 10, uttered=True))   # "سترد": a threat made that day
