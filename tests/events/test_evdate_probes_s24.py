"""The EVENT DATE and STATUS battery of round s24 (tests/events/data/evdate_probes_s24.yaml): composed sentences in
the clustered pan-Arab and wire writing of the test-like batches, with the date (and, where given, the status) each
event must get, and unit tests of the round's mechanisms (a future cue's reach in khabar/times/resolve.py; a planned
act's carried time in khabar/events/code.py; a later relative clause's time in khabar/events/component.py).
Its battery runs with every round's in tests/events/test_event_date_batteries.py."""

from datetime import date
from pathlib import Path

import yaml

from khabar.events.code import _last_day, _planned_before_the_news
from khabar.events.component import _in_later_relative, _through_an_act
from khabar.text.normalise import normalise_word
from khabar.times.resolve import _done_sequence_after_cue, _perfect_looking, _report_after_cue, future_marks

DATA = yaml.safe_load((Path(__file__).parent / "data" / "evdate_probes_s24.yaml").read_text("utf-8"))


# --- the round's mechanisms one by one (normalised text, as the times stage reads it)


def _n(text: str) -> str:
    return " ".join(normalise_word(w) for w in text.split())


def test_a_perfect_after_the_opener_ends_the_cue():
    text = _n("ويتوقع محللون تصعيدا جديدا ، بعد أن هاجم الحوثيون سفينة في سبتمبر")
    cue, time = text.index("يتوقع"), text.index("سبتمبر")
    assert _done_sequence_after_cue(text, [cue], time)
    near = _n("ومن المقرر أن يزور الرئيس بيروت بعد أن يلتقي نظيره في يناير")
    assert not _done_sequence_after_cue(near, [near.index("المقرر")], near.index("يناير"))   # the plan goes on
    assert _perfect_looking("سحبت") and _perfect_looking("رشق") and not _perfect_looking("يلتقي")


def test_a_participle_of_saying_opens_a_clause_of_reporting():
    text = _n("إنها ستفتح تحقيقا ، مشيرة إلى أنها اعتقلت ثلاثة يوم الجمعة").replace(" ، ", "، ")
    assert _report_after_cue(text, [text.index("ستفتح")], text.index("يوم"))
    near = _n("إنها ستفتح تحقيقا ، ثم تعلن النتائج يوم الجمعة").replace(" ، ", "، ")
    assert not _report_after_cue(near, [near.index("ستفتح")], near.index("يوم"))


def test_a_schedule_verb_before_since_is_no_cue():
    text = _n("الذي يزور واشنطن منذ الأحد")
    assert future_marks({"يزور": [text.index("يزور")]}, text) == []
    near = _n("ويزور الرئيس القاهرة الخميس")
    assert future_marks({"يزور": [near.index("يزور")]}, near) == [near.index("يزور")]


class _Event:
    def __init__(self, status: str, value: str | None, uttered: bool = False):
        self.status, self.time, self.uttered = status, {"value": value} if value else None, uttered


def test_a_planned_act_takes_no_past_time():
    published = date(2026, 12, 1)
    assert _planned_before_the_news(_Event("future", "2026-11-30"), published)
    assert not _planned_before_the_news(_Event("future", "2026-12-03"), published)      # its own day to come
    assert _planned_before_the_news(_Event("future", "2026-11"), published)           # a month over
    assert not _planned_before_the_news(_Event("future", "2026-11-30", uttered=True), published)   # a threat made
    assert not _planned_before_the_news(_Event("asserted", "2026-11-30"), published)
    assert _last_day({"value": "2026-11"}) == date(2026, 11, 30)
    assert _last_day({"value": "2026-W49"}) == date(2026, 12, 6)
    assert _last_day({"value": "1980/1989"}) == date(1989, 12, 31)


def test_a_later_relative_clause_holds_its_time():
    text = "وتوعد الرئيس المنتخب، الذي يتسلم مهامه في الثاني من يناير المقبل، بملاحقة القتلة"
    trigger, start = (0, 5), text.index("الثاني")
    assert _in_later_relative(text, trigger, {"start": start})
    near = "والتقى الوزير، الذي يزور واشنطن، نظيره مساء الاثنين"
    assert not _in_later_relative(near, (0, 6), {"start": near.index("مساء")})   # past the clause's comma


def test_a_verbs_relative_clause_hangs_on_its_object_unless_through_an_act():
    text = "واعتقلت الشرطة الرجل الذي طعن ثلاثة أشخاص مساء السبت"
    assert not _through_an_act(text, (0, 7), {"start": text.index("مساء")})    # the stabbing's day
    near = "واعتقلت الشرطة خمسة أشخاص خلال المداهمة التي نفذتها فجر الأحد"
    assert _through_an_act(near, (0, 7), {"start": near.index("فجر")})        # the raid's day is the arrests'
    assert not _in_later_relative(near, (0, 7), {"start": near.index("فجر")})
