"""The probe batteries (tests/times/data/times_probes*.yaml): sentences composed in the house
styles of many outlets, each with the times khabar must find and the words it must not
read as times.  Loaded here, checked against its schema, run one probe per test.  A probe
with a `gap` is a known failure: it must keep failing until the gap is closed (then the
`gap` line goes)."""

from pathlib import Path

import pytest
import yaml

import khabar

# the batteries: times_probes.yaml (rounds 10-11), times_probes_s12.yaml (round 12: shapes the first lacks),
# times_probes_s13.yaml (round 13: shapes both lack), times_probes_s14.yaml (round 14: anaphora, past
# weekdays, days without their year, Hijri and Maghrebi dates, durations and counts), times_probes_s15.yaml
# (round 15: anaphora to parts of day and weeks, ranges across months, Hijri days, names by a date),
# times_probes_s16.yaml (round 16: Hijri days of remembrance, Maghrebi months, dual years, places
# named by a full date, anaphora after parts of day), times_probes_s17.yaml (round 17: weekdays and parts
# of named days and nights in past narratives, weeks and months before last, years left out, Maghrebi and
# Levantine months, ranges, decades, quarters, Hijri tens and feasts, durations, ages and names),
# times_probes_s17b.yaml (round 17 second pass: parts of day with no day named, clock values, "بعد N"
# against "بعد N من X", the tens of a Hijri month, evening nights, weekdays said to be feast days,
# present-tense commemorations, near-misses), times_probes_s18.yaml (round 18: days, months and named
# periods next to the year boundary, weekdays by tense and direction, Hijri days and feasts, anaphora to
# the last date told, names by a date, generic Friday sermons), times_probes_s18c.yaml (round 18 third
# wave, new outlets: ranges closed by وحتى/ولغاية, midnight with no day named, المنصرم periods, numeric
# dates, near-misses), times_probes_s19.yaml (round 19, new outlets: clock times on the narrative's day,
# minutes before the hour, noon and night hours, wire dispatches dated before the page, date lines opening
# with the news item's code, near-misses), times_probes_s19b.yaml (round 19 second wave: the narrative's
# day in later sentences, evening clock times of a night told before the next morning, Gregorian and
# Iranian feasts and their eves, weekdays beside dates that disagree, months with no year across a new
# year, ranges of coming weekdays, near-misses), times_probes_s20.yaml (round 20: "قبل N أيام" counted from
# the day the story is on, anchored offsets from an event, the current and past month, Hijri dates and
# clock times with "بتوقيت" in the body, Persian and Coptic months as known gaps, near-misses),
# times_probes_s21.yaml (round 21: weekdays across a week boundary, yesterday evening on a page stamped
# after midnight, weekends, the coming and past month across a new year, captions, Hijri months with no
# day, ranges, afternoon clock times of a named day, places named by a weekday, near-misses),
# times_probes_s22.yaml (round 22: a past weekday that is the page's yesterday, outlets named by a date or
# a day word, quoted after ل or as web addresses, eves of feasts, seasons, near-misses in idioms),
# times_probes_s23.yaml (round 23: long cluster reports: background dates with and without their year,
# relative days, tolls over days, ranges, Hijri feast days by their other names, durations and ages),
# times_probes_s23c.yaml (round 23 third wave: agency datelines with day and month only, dated a day or
# two before the page, anchor the body's relative days; near-misses where the page's date stays)
PROBES = [probe for name in ("times_probes.yaml", "times_probes_s12.yaml", "times_probes_s13.yaml",
                             "times_probes_s14.yaml", "times_probes_s15.yaml", "times_probes_s16.yaml",
                             "times_probes_s17.yaml", "times_probes_s17b.yaml", "times_probes_s18.yaml",
                             "times_probes_s18c.yaml", "times_probes_s19.yaml", "times_probes_s19b.yaml",
                             "times_probes_s20.yaml", "times_probes_s21.yaml",
                             "times_probes_s22.yaml", "times_probes_s23.yaml", "times_probes_s23c.yaml")
          for probe in yaml.safe_load((Path(__file__).parent / "data" / name).read_text("utf-8"))]


def test_the_battery_keeps_its_schema():
    ids = [probe["id"] for probe in PROBES]
    assert len(ids) == len(set(ids))
    for probe in PROBES:
        assert set(probe) <= {"id", "published", "text", "times", "none", "gap"}
        assert probe.get("times") or probe.get("none")
        for surface, value in probe.get("times") or []:
            assert surface in probe["text"] and (value is None or isinstance(value, str))
        for surface in probe.get("none") or []:
            assert surface in probe["text"]


def _overlaps(text: str, surface: str, start: int, end: int) -> bool:
    at = text.find(surface)
    while at >= 0:
        if at < end and start < at + len(surface):
            return True
        at = text.find(surface, at + 1)
    return False


def _failures(probe) -> list:
    text = probe["text"]
    found = khabar.read(text, published=probe["published"]).times
    got = [(t["text"], t["value"]) for t in found]
    failures = []
    for surface, value in probe.get("times") or []:
        if not any(_overlaps(text, surface, t["start"], t["end"]) and t["value"] == value for t in found):
            failures.append(("missed", surface, value, got))
    for surface in probe.get("none") or []:
        if any(_overlaps(text, surface, t["start"], t["end"]) for t in found):
            failures.append(("false", surface, got))
    return failures


@pytest.mark.parametrize("probe", PROBES, ids=[probe["id"] for probe in PROBES])
def test_probe(probe):
    failures = _failures(probe)
    if probe.get("gap"):
        assert failures, f"the known gap of {probe['id']} is closed: remove its `gap`"
        pytest.xfail(probe["gap"])
    assert not failures


def test_the_word_lists_of_names_and_verbs_load():
    """relative.yaml name_number_heads, verb_months, month_prepositions: lists of words; every
    verb month is a month name."""
    from khabar.text.normalise import normalise_word
    from khabar.times.calendars import month_names
    from khabar.times.detect import relative_rules

    rules = relative_rules()
    for key in ("name_number_heads", "verb_months", "month_prepositions"):
        assert rules[key] and all(isinstance(word, str) and " " not in word for word in rules[key]), key
    assert all(normalise_word(word) in month_names() for word in rules["verb_months"])


def test_the_round_12_word_lists_load():
    """relative.yaml dual_day_nouns (one word each), weekday_before_last (phrases), the Maghrebi
    future cues and period part موفى: loaded as the detector reads them."""
    from khabar.times.detect import relative_rules

    rules = relative_rules()
    assert rules["dual_day_nouns"] and all(isinstance(w, str) and " " not in w for w in rules["dual_day_nouns"])
    assert rules["weekday_before_last"] and all(isinstance(w, str) and w.split()[0] == "قبل"
                                                for w in rules["weekday_before_last"])
    assert {"يرتقب", "المزمع"} <= set(rules["future_cues"])
    assert rules["period_parts"]["موفى"] == 2
    assert all(isinstance(p, dict) and {"offset", "part"} <= set(p) for p in rules["parts_of_day_phrases"].values())


def test_the_round_13_word_lists_load():
    """relative.yaml since_horizon_cues (single words), clock.utc_phrases (each names the universal
    time), month_day.this_month, the fiscal year words, the demonstrative same year and على between
    the weekdays of one night: loaded as the detector reads them."""
    from khabar.times.detect import relative_rules

    rules = relative_rules()
    assert rules["since_horizon_cues"] and all(isinstance(w, str) and " " not in w for w in rules["since_horizon_cues"])
    assert {"الأعنف", "لأول"} <= set(rules["since_horizon_cues"])
    utc = rules["clock"]["utc_phrases"]
    assert utc and all("توقيت" in p for p in utc)
    assert rules["month_day"]["this_month"] == ["هذا الشهر"]
    assert {"السنة المالية", "العام المالي"} <= set(rules["year_words"])
    assert {"ذلك العام", "تلك السنة"} <= set(rules["same_year"])
    assert "على" in rules["night_span_joiners"]
    concept = rules["day_after_concept"]
    assert concept["phrases"] == ["اليوم التالي"] and all(" " not in w for w in concept["heads"])
    assert rules["quoted_name_days"] == ["الغد"]
    counted = rules["counted_year_months"]
    assert set(counted) == {"plurals", "first", "last"} and all(counted.values())


def test_the_hijri_feasts_load():
    """calendar.yaml hijri_feasts: each phrase a Hijri month (1-12) and a day (1-30) or none
    (the holy month); Ramadan counts only with شهر or its epithet, never alone (a given name)."""
    from khabar.times.calendars import _calendar

    feasts = _calendar()["hijri_feasts"]
    assert feasts and "رمضان" not in feasts
    for phrase, rule in feasts.items():
        assert set(rule) == {"month", "day"} and 1 <= rule["month"] <= 12, phrase
        assert rule["day"] is None or 1 <= rule["day"] <= 30, phrase


def test_the_round_14_word_lists_load():
    """relative.yaml centuries.age_words (single words of age after من), coming_day_window and
    schedule_verbs (single words, no verb of lasting), nightly_window_words;
    calendar.yaml's numbered Levantine months name the months they stand for."""
    from khabar.text.normalise import normalise_word
    from khabar.times.calendars import month_names
    from khabar.times.detect import relative_rules

    rules = relative_rules()
    ages = rules["centuries"]["age_words"]
    assert ages and all(isinstance(w, str) and " " not in w for w in ages) and "العمر" in ages
    assert 0 < int(rules["coming_day_window"]) < 31
    verbs = rules["schedule_verbs"]
    assert verbs and all(isinstance(w, str) and " " not in w for w in verbs)
    assert not {"يستمر", "تستمر", "يمتد", "تمتد"} & set(verbs)   # lasting verbs go with منذ
    assert rules["nightly_window_words"] and all(isinstance(w, str) for w in rules["nightly_window_words"])
    names = month_names()
    assert [names[normalise_word(w)] for w in ("تشرين1", "تشرين2", "كانون1", "كانون2")] == [10, 11, 12, 1]
