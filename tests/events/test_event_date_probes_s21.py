"""The EVENT DATE battery of round s21 (tests/events/data/event_date_probes_s21.yaml): composed
sentences and paragraphs with the date each event must get, and unit tests of that round's dating
mechanisms: an act told as done takes no time after publication (khabar/events/code.py
`_done_after_the_news`, `_first_day`); a participle's time is not given to a verb past its object
(khabar/events/component.py `_verb_past_its_object`); an act with no time of its own takes the
time of a later attribution of its sentence (`_attribution_time`).
Its battery runs with every round's in tests/events/test_event_date_batteries.py."""

from datetime import date
from pathlib import Path

import yaml

import khabar
from khabar.events import component
from khabar.events.code import _first_day

DATA = yaml.safe_load((Path(__file__).parent / "data" / "event_date_probes_s21.yaml").read_text("utf-8"))


def _dated(text: str) -> dict[str, tuple[str | None, str]]:
    record = khabar.read(text, published=DATA["published"])
    return {v["trigger"]["text"]: (v["date"], v["status"]) for v in record.events}


# --- the first day of a time's value, for comparing it with the publication day

def test_first_day_of_each_grain():
    assert _first_day({"value": "2026-12-03"}) == date(2026, 12, 3)
    assert _first_day({"value": "2026-12-03T09:30"}) == date(2026, 12, 3)
    assert _first_day({"value": "2026-12"}) == date(2026, 12, 1)
    assert _first_day({"value": "2027"}) == date(2027, 1, 1)
    assert _first_day({"value": "2026-W50"}) == date(2026, 12, 7)
    assert _first_day({"value": "2026-11-27/2026-11-29"}) == date(2026, 11, 27)
    assert _first_day(None) is None and _first_day({"value": None}) is None and _first_day({"value": "P3D"}) is None


# --- an act told as done: a time after publication is what it calls for, not its own day

def test_a_call_made_takes_not_the_day_it_calls_for():
    dated = _dated("ودعا الاتحاد العام التونسي للشغل إلى إضراب عام في قطاع الوظيفة العمومية يوم الخميس المقبل.")
    assert dated["ودعا"] == (None, "asserted")


def test_a_participle_of_a_done_act_takes_no_later_week():
    dated = _dated("ودعت نقابة الصحفيين المصريين أعضاءها إلى جمعية عمومية طارئة الأسبوع المقبل.")
    assert dated["ودعت"][0] is None


def test_a_scheduled_act_keeps_its_later_day_and_a_done_act_its_past_one():
    assert _dated("ومن المقرر أن يزور الرئيس التركي رجب طيب أردوغان القاهرة يوم الأربعاء المقبل.")["يزور"] \
        == ("2026-12-02", "future")
    assert _dated("ودعا الاتحاد العام التونسي للشغل، الأحد، إلى إضراب عام.")["ودعا"][0] == "2026-11-29"


# --- a participle's time: its noun's, not the verb's past its object

def _always_verb(offset: int) -> bool:
    return True


def test_a_verb_past_its_object_takes_no_participle_time():
    text = "واستنكرت جمعية الوفاق الأحكام الصادرة أمس"
    time = {"start": text.index("أمس")}
    verb = (1, text.index(" جمعية"))
    assert component._verb_past_its_object(text, verb, time, _always_verb)
    assert not component._verb_past_its_object(text, verb, time, lambda offset: False)   # a noun keeps it
    own = "وعقد المجلس جلسته المقررة أمس"
    light = (1, own.index(" المقررة"))                                                   # "عقد المجلس جلسته"
    assert not component._verb_past_its_object(own, light, {"start": own.index("أمس")}, _always_verb)


def test_a_condemnation_of_rulings_issued_yesterday_is_undated():
    assert _dated("واستنكرت جمعية الوفاق الأحكام الصادرة أمس بحق 12 ناشطا.")["استنكرت"][0] is None
    assert _dated("وطالب حزب العدالة والتنمية المغربي الحكومة بتطبيق القانون الصادر في يوليو 2019.")["طالب"][0] is None


# --- a later attribution of the sentence ("، وفق بيان صدر مساء السبت") dates an act with no time of its own

def _times(text: str, *words: str) -> tuple[list[dict], list[int]]:
    times = [{"start": text.index(w), "value": v} for w, v in words]
    return times, [t["start"] for t in times]


def test_the_first_time_after_a_later_attribution_cue():
    text = "واعتقلت الشرطة خمسة أشخاص، وفق بيان صدر مساء السبت."
    times, starts = _times(text, ("مساء السبت", "2026-11-28"))
    cue = [text.index("وفق")]
    assert component._attribution_time(1, len(text), cue, times, starts, [(1, 7)], date(2026, 11, 30)) is times[0]
    # none before the act, none past another trigger, none after publication, none past the sentence
    assert component._attribution_time(cue[0] + 1, len(text), cue, times, starts, [], date(2026, 11, 30)) is None
    between = [(1, 7), (text.index("بيان"), text.index("بيان") + 4)]
    assert component._attribution_time(1, len(text), cue, times, starts, between, date(2026, 11, 30)) is None
    assert component._attribution_time(1, len(text), cue, times, starts, [(1, 7)], date(2026, 11, 27)) is None
    assert component._attribution_time(1, cue[0], cue, times, starts, [(1, 7)], date(2026, 11, 30)) is None


def test_an_act_takes_the_day_of_the_statement_it_is_reported_by():
    dated = _dated("واعتقلت الشرطة الكويتية خمسة أشخاص بتهمة الانتماء لتنظيم داعش، وفق بيان لوزارة الداخلية صدر مساء السبت.")
    assert dated["اعتقلت"][0] == "2026-11-28"
    # a time of its own clause stays its own
    own = _dated("واعتقلت الشرطة الكويتية، الخميس، خمسة أشخاص، وفق بيان لوزارة الداخلية صدر مساء السبت.")
    assert own["اعتقلت"][0] == "2026-11-26"
