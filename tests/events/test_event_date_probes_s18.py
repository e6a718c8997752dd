"""The EVENT DATE battery of round s18 (tests/events/data/event_date_probes_s18.yaml): composed
sentences and paragraphs with the date each event must get, and unit tests of that round's dating
mechanism (khabar/events/component.py: the day of a clause opened in contrast, فيما/بينما).
Its battery runs with every round's in tests/events/test_event_date_batteries.py."""

from datetime import date
from pathlib import Path

import pytest
import yaml

from khabar.events import component
from khabar.events.code import contrast_openers
from khabar.entities.recognise import words_of
from khabar.pipeline import run

DATA = yaml.safe_load((Path(__file__).parent / "data" / "event_date_probes_s18.yaml").read_text("utf-8"))


# --- a clause opened in contrast: where the search for an earlier time starts

TIMES = [{"value": "2025-11-20"}, {"value": "2025-11-29T21:00"}, {"value": "2025-12-04"}]
PUBLISHED = date(2025, 11, 30)


def test_a_contrast_clauses_own_act_takes_its_sentences_earlier_day():
    # times[0] before the sentence, times[1] in its first clause: the search starts after times[1]
    assert component._contrast_day(2, 1, TIMES, False, PUBLISHED) == 2


def test_a_schedule_after_publication_in_the_first_clause_dates_no_contrast_act():
    # times[2] (4 December) is a schedule: only the time before the sentence is left
    assert component._contrast_day(3, 2, TIMES, False, PUBLISHED) == 2


def test_an_act_announced_in_a_contrast_clause_has_no_day():
    assert component._contrast_day(2, 1, TIMES, True, PUBLISHED) is None


def test_contrast_with_no_time_in_its_sentence_keeps_the_paragraphs():
    assert component._contrast_day(1, 1, TIMES, False, PUBLISHED) == 1


def test_contrast_clauses_mark_a_verb_of_saying_after_the_opener():
    text = "وأرسلت تركيا طائرة، فيما أعلنت قطر إرسال مساعدات، بينما وصل فريق إنقاذ."
    words = words_of(run(text))
    found = component._contrast_clauses(words, contrast_openers(), set())
    fima, bayna = text.index("فيما"), text.index("بينما")
    assert found[fima] == text.index("أعلنت")          # an announcement: the verb's start
    assert found[bayna] is None                         # the clause's own act
    cue = text.index("أعلنت")
    assert component._contrast_clauses(words, contrast_openers(), {cue})[cue] == cue   # a cue opens its own clause


# --- an act named right after منذ: the time that closes its phrase is its day

def _named_time(text: str, surface: str) -> list[dict]:
    return [{"start": text.index(surface), "end": text.index(surface) + len(surface), "text": surface}]


def _span(text: str, word: str) -> tuple[int, int]:
    return text.index(word), text.index(word) + len(word)


def test_an_act_named_after_mundhu_takes_the_time_closing_its_phrase():
    text = "وهي الأعنف منذ تفجير الكرادة في يوليو 2016"
    bombing = _span(text, "تفجير")
    named = _named_time(text, "يوليو 2016")
    assert component._since_named(text, bombing, named, [bombing]) is named[0]


def test_no_named_time_for_a_trigger_far_from_mundhu_or_past_a_break_or_another_act():
    far = "وتعيش البلاد أزمة منذ سنوات طويلة بسبب تفجير الكرادة في يوليو 2016"
    bombing = _span(far, "تفجير")
    assert component._since_named(far, bombing, _named_time(far, "يوليو 2016"), [bombing]) is None
    comma = "منذ تفجير الكرادة، في يوليو 2016"
    bombing = _span(comma, "تفجير")
    assert component._since_named(comma, bombing, _named_time(comma, "يوليو 2016"), [bombing]) is None
    other = "منذ تفجير أعقبه هجوم في يوليو 2016"
    bombing, attack = _span(other, "تفجير"), _span(other, "هجوم")
    assert component._since_named(other, bombing, _named_time(other, "يوليو 2016"), [bombing, attack]) is None
