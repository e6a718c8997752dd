"""The EVENT DATE battery of round s17 (tests/events/data/event_date_probes_s17.yaml): composed
sentences and paragraphs with the date each event must get, and unit tests of the dating
mechanisms of that round (khabar/events/component.py: منذ + a date, a headline's body mention).
Its battery runs with every round's in tests/events/test_event_date_batteries.py."""

from pathlib import Path

import pytest
import yaml

import khabar
from khabar.events import component
from khabar.events.code import triggers
from tests.events import test_event_date_batteries as batteries

DATA = yaml.safe_load((Path(__file__).parent / "data" / "event_date_probes_s17.yaml").read_text("utf-8"))


def _dated(text: str, published: str = DATA["published"]) -> list[tuple[list[str], str | None]]:
    return batteries._dated(text, published)


# --- منذ + a date: the start of the state the trigger tells

def _since(text: str) -> list[dict]:
    start = text.index("منذ") + len("منذ ")
    return [{"start": start, "end": len(text), "text": text[start:], "value": "2024-05"}]


def test_a_time_after_mundhu_right_after_the_verb_phrase_dates_it():
    text = "وتحاصر قوات الدعم السريع مدينة الفاشر منذ مايو 2024"
    since = _since(text)
    verb = (1, 6)
    assert component._began(text, since, verb, [verb], len(text)) is since[0]


def test_a_time_after_mundhu_past_a_comma_or_another_trigger_or_too_far_dates_nothing():
    since_comma = "وتحاصر القوات المدينة، منذ مايو 2024"
    assert component._began(since_comma, _since(since_comma), (1, 6), [(1, 6)], len(since_comma)) is None
    other = "وتحاصر القوات المدينة وتقصفها منذ مايو 2024"
    second = (other.index("وتقصفها"), other.index("وتقصفها") + 7)
    assert component._began(other, _since(other), (1, 6), [(1, 6), second], len(other)) is None
    far = "وتحاصر " + "قوات " * (component._SINCE_REACH // 5 + 1) + "منذ مايو 2024"   # just past the reach
    assert component._began(far, _since(far), (1, 6), [(1, 6)], len(far)) is None


def test_a_superlative_before_the_trigger_makes_mundhu_the_last_time_not_the_day():
    text = "في أول مفاوضات مباشرة منذ مارس 2022"
    start = text.index("مفاوضات")
    trigger = (start, start + len("مفاوضات"))
    assert component._after_superlative(text, start)
    assert component._began(text, _since(text), trigger, [trigger], len(text)) is None
    assert not component._after_superlative("وأجرت روسيا مفاوضات", len("وأجرت روسيا "))


def test_first_since_heads_are_loaded_normalised():
    heads = triggers()["first_since_heads"]
    assert {"اول", "اكبر", "اعنف"} <= heads            # أ → ا as normalise_word writes them


def test_a_time_after_mundhu_gives_no_historical_status():
    """The state began long ago but holds: an imperfect verb after منذ stays asserted."""
    record = khabar.read("وتحاصر قوات الدعم السريع مدينة الفاشر منذ مايو 2024.", published="2025-11-30")
    event = next(v for v in record.events if v["trigger"]["text"].endswith("تحاصر"))
    assert (event["date"], event["status"]) == ("2024-05", "asserted")


# --- a headline's act dated by its own body mention

def _event(start: int, date: str | None, actor: list[str], body_day=None) -> dict:
    return {"type": "ASSAULT", "actor": actor, "date": date, "time": None, "trigger": {"start": start},
            "_body_day": body_day}


class _Headline:
    start, end = 0, 40


def test_an_undated_headline_event_takes_its_own_body_mention_day():
    events = [_event(5, None, ["e1"], ("2025-11-30", "t1"))]
    component._headline_days(events, _Headline)
    assert (events[0]["date"], events[0]["time"]) == ("2025-11-30", "t1")


def test_a_body_twin_sharing_an_actor_comes_before_the_own_mention():
    events = [_event(5, None, ["e1"], ("2025-11-30", "t1")), _event(60, "2025-11-29", ["e1"])]
    events[1]["time"] = "t2"
    component._headline_days(events, _Headline)
    assert events[0]["date"] == "2025-11-29"


def test_a_headline_event_with_no_body_day_stays_undated():
    events = [_event(5, None, ["e1"])]
    component._headline_days(events, _Headline)
    assert events[0]["date"] is None


def test_a_body_mention_with_no_actor_dates_the_headline_event_in_a_read_article():
    dated = _dated("مقتل 12 شخصا بقصف إسرائيلي على خان يونس\n\n"
                   "قتل 12 شخصا، مساء السبت، في قصف مدفعي استهدف أحياء في مدينة خان يونس.")
    assert (["قصف", "قتل", "قصف"], "2025-11-29") in dated


# --- a relative clause's own time dates its noun

def _times(text: str, *surfaces: str) -> list[dict]:
    return [{"start": text.index(x), "end": text.index(x) + len(x), "text": x} for x in surfaces]


def test_a_time_in_the_nouns_relative_clause_is_its_time():
    text = "أعلن الرئيس، الثلاثاء، مقتل 92 جنديا في الهجوم الذي شنه مسلحو الجماعة فجر أمس على قاعدة"
    own = _times(text, "الثلاثاء", "فجر أمس")
    noun = (text.index("الهجوم"), text.index("الهجوم") + len("الهجوم"))
    assert component._relative_time(text, noun, own, [noun]) is own[1]


def test_no_relative_time_past_a_comma_another_trigger_or_without_a_relative_pronoun():
    text = "في الهجوم الذي شنه المسلحون، فجر أمس"
    noun = (3, 9)
    assert component._relative_time(text, noun, _times(text, "فجر أمس"), [noun]) is None
    plain = "في الهجوم على القاعدة فجر أمس"
    assert component._relative_time(plain, noun, _times(plain, "فجر أمس"), [noun]) is None
    other = "في الهجوم الذي أعقبه قصف مدفعي فجر أمس"
    shelling = (other.index("قصف"), other.index("قصف") + 3)
    assert component._relative_time(other, noun, _times(other, "فجر أمس"), [noun, shelling]) is None


# --- a reaction told in a clause on the act before it

def test_reaction_openers():
    for text in ("بأنها ليست حرة، وهو ما رفضته", "التصريحات، وهي التصريحات التي اعتبرتها", "يوم السبت، في خطوة نددت",
                 "، وهو الأمر الذي رفضته"):
        assert component._reaction(text, len(text), 0), text
    for text in ("وقال إن الحكومة رفضته", "وهو يرفض", "في بيان نددت"):
        assert not component._reaction(text, len(text), 0), text


def test_a_reaction_keeps_the_status_of_the_act_it_answers():
    """Undated, but after an act long before the news: historical, as that act is."""
    record = khabar.read("وكانت السلطات قد أوقفت في مايو الماضي عددا من الناشطات، وهو ما انتقدته منظمة العفو الدولية.",
                         published="2025-11-30")
    event = next(v for v in record.events if "انتقدت" in v["trigger"]["text"])
    assert (event["date"], event["status"]) == (None, "historical")


# --- an act during another shares its time

def test_occasion_prepositions():
    for text in ("خلال هجومهم", "أثناء اقتحام", "في غارة", "إبان الحرب"):
        assert component._occasion(text, text.index(" ") + 1), text
    for text in ("عن الهجوم", "بعد الهجوم", "وفي"):
        assert not component._occasion(text, len(text)), text
