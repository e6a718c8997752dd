"""The EVENT DATE and STATUS battery of round s25 (tests/events/data/evdate_probes_s25.yaml): composed sentences in
the clustered pan-Arab and wire writing of the test-like batches, with the date (and, where given, the status) each
event must get, and unit tests of the round's mechanisms (a phrase of distance before an act noun in
khabar/events/component.py; a part of the year before a year in khabar/times/detect.py).
Its battery runs with every round's in tests/events/test_event_date_batteries.py."""

from pathlib import Path

import yaml

import khabar
from khabar.events.component import _day_offset, _phrase_end, _shifted, day_offsets

DATA = yaml.safe_load((Path(__file__).parent / "data" / "evdate_probes_s25.yaml").read_text("utf-8"))


# --- the round's mechanisms one by one


def _time(text: str, word: str, value: str) -> dict:
    start = text.index(word)
    return {"start": start, "end": start + len(word), "text": word, "value": value}


def test_a_phrase_of_distance_moves_the_clauses_day():
    text = "استدعت الخارجية، السبت، السفير، غداة احتجاز الحرس الثوري ناقلة"
    trigger = (text.index("احتجاز"), text.index("احتجاز") + len("احتجاز"))
    saturday = _time(text, "السبت", "2026-11-28")
    assert _day_offset(text, trigger, saturday) == -1
    assert _shifted(saturday, -1)["value"] == "2026-11-27"
    later = "وأعلن الجيش، الاثنين، السيطرة على البلدة بعد ثلاثة أيام من هجوم المتمردين"
    assert _day_offset(later, (later.index("هجوم"), later.index("هجوم") + 4), _time(later, "الاثنين", "2026-11-30")) == -3


def test_what_a_phrase_of_distance_does_not_move():
    text = "أحكمت القوات، مساء الأحد، سيطرتها على المدينة، بعد يومين من المواجهات مع قوات الأمن"
    trigger = (text.index("المواجهات"), text.index("المواجهات") + len("المواجهات"))
    assert _day_offset(text, trigger, _time(text, "مساء الأحد", "2026-11-29")) == 0   # a lasting activity
    fronted = "واعتقلت الشرطة، الاثنين، شابا، وغداة اعتقاله داهمت منزله"
    noun = (fronted.index("اعتقاله"), fronted.index("اعتقاله") + 7)
    assert _day_offset(fronted, noun, _time(fronted, "الاثنين", "2026-11-30")) == 0   # a bare و fronts it
    month = "وفي مارس الماضي، بعد يوم من هجوم المسلحين، أعلنت الحكومة"
    noun = (month.index("هجوم"), month.index("هجوم") + 4)
    assert _day_offset(month, noun, _time(month, "مارس الماضي", "2026-03")) == 0     # no single day
    assert _day_offset(month, noun, None) == 0


def test_the_nouns_own_phrase_ends_at_a_break():
    text = "بعد يومين من هجوم أوكراني على بيلغورود في 20 نوفمبر، وقال"
    assert text[_phrase_end(text, text.index("هجوم")):].startswith("،")
    offsets, lasting = day_offsets()
    assert offsets[("غداه",)] == -1 and offsets[("عشيه",)] == 1 and "مواجهات" in lasting


def test_a_part_of_the_year_governs_a_year_before_a_counted_noun():
    found = [(t["text"], t["value"]) for t in khabar.read("وأعلنت السلطات في بداية 2017 حالة الطوارئ.", published="2026-12-01").times]
    assert ("بداية 2017", "2017-01") in found
    near = khabar.read("وسجلت الوزارة في 2017 حالة إصابة جديدة.", published="2026-12-01").times
    assert not near                                   # after في the number counts the cases


def test_a_week_or_span_after_the_news_reads_its_first_day():
    from datetime import date

    from khabar.events.component import _status_day
    published = date(2026, 12, 1)
    assert _status_day({"value": "2026-W50"}, published) == date(2026, 12, 7)
    assert _status_day({"value": "2026-12-10/2026-12-12"}, published) == date(2026, 12, 10)
    assert _status_day({"value": "2026-W48"}, published) is None          # last week: not read
    assert _status_day({"value": "2016/2019"}, published) is None         # a past span: not read
    assert _status_day({"value": "2026-11-28"}, published) == date(2026, 11, 28)
    assert _status_day(None, published) is None
