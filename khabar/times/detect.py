"""Finding time expressions in an article, each with its exact span and what it says.

Detection runs over the offset-preserving normalised text, so spelling variants, digits
and diacritics do not matter; the phrases it knows are data (data/relative.yaml,
data/calendar.yaml).  Each candidate says what it is (an absolute date, a month, a year,
a weekday, a relative day or period, "N units ago", an anaphoric "that day") and carries
what resolution needs; resolve.py turns candidates into ISO values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any


from khabar.datafile import load_yaml
from khabar.text.normalise import Normalised, normalise_word
from khabar.times.calendars import (
    _not_day_heads,
    direction_words,
    find_absolute_dates,
    hijri_month_names,
    matches_around,
    month_names,
    ordinal_days,
    weekday_names,
)

__all__ = ["Candidate", "detect", "relative_rules"]


@dataclass
class Candidate:
    """A time expression at [start, end) of the normalised text."""

    start: int
    end: int
    kind: str  # absolute | month | year | weekday | day | period | ago | anaphoric | span | same_year | range | clock
    #            | season ("الصيف الماضي")
    #            | month_day ("20 الجاري") | after_that ("بعد ذلك بيومين") | century ("القرن التاسع عشر")
    data: dict[str, Any] = field(default_factory=dict)
    part: str | None = None       # part of day, when one is named
    period_part: int | None = None  # part of the period: 0 مطلع, 1 منتصف, 2 أواخر


@lru_cache(maxsize=1)
def relative_rules() -> dict[str, Any]:
    return load_yaml(resources.files("khabar.times").joinpath("data/relative.yaml").read_text("utf-8"))


def _alt(phrases) -> str:
    return "|".join(re.escape(normalise_word(p)).replace(r"\ ", r"\s+")
                    for p in sorted(phrases, key=lambda p: len(normalise_word(p)), reverse=True))


_START = r"(?:(?<=[^\w])|^)(?:[وفبل]|ال|وب|ول|فب|فل|وال|بال|لل)?"
_START_NO_ARTICLE = r"(?:(?<=[^\w])|^)(?:[وفبل]|وب|ول|فب|فل)?"
_END = r"(?!\w)"


def _alt_with_lam(phrases) -> str:
    """The phrases, and those with the article also as they stand after the preposition ل,
    which takes the article's alif: "للأعوام الخمسة المقبلة", "للعام الماضي" (a match of
    this form starts at the second ل; _lam_key and _lam_start read it)."""
    with_article = [p[2:] for p in (normalise_word(p) for p in phrases) if p.startswith("ال")]
    return rf"{_alt(phrases)}|(?<=ل)ل(?:{_alt(with_article)})"


def _lam_key(matched: str) -> str:
    """The phrase key of a match: "لاعوام" after ل is "الاعوام"."""
    return "ا" + matched if matched.startswith("ل") and not matched.startswith("ال") else matched


def _lam_start(text: str, start: int) -> int:
    """A match after ل that took the article's alif starts with that ل."""
    return start - 1 if text.startswith("ل", start) and not text.startswith("ال", start) else start


def _keyed(mapping: dict) -> dict[str, Any]:
    return {re.sub(r"\s+", " ", normalise_word(k)): v for k, v in mapping.items()}


@lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:
    rules = relative_rules()
    numbers = _keyed(rules["small_numbers"])
    units = _keyed(rules["units"])
    periods = dict(rules["periods"])
    # after a part-of-period word, the bare period noun means the current one
    bare_periods = {noun: {"unit": unit, "offset": 0} for noun, unit in rules["bare_periods"].items()}
    directions = direction_words()
    weekday_directions = {normalise_word(w): kind for kind, words in rules["plural_directions_of_weekdays"].items()
                          for w in words}
    anaphoric_directions = {re.sub(r"\s+", " ", normalise_word(w)): kind
                            for kind, words in rules["weekday_anaphoric_directions"].items() for w in words}
    before_last = {re.sub(r"\s+", " ", normalise_word(w)): "before_last" for w in rules["weekday_before_last"]}
    approx = _alt(rules["approximators"])
    clock = rules["clock"]
    minute_numbers = {**{k: v for k, v in rules["small_numbers"].items() if v}, **clock["minute_numbers"]}
    # "إلا ربعا", "إلا خمس دقائق": minutes before the hour
    less = (rf"(?P<less>{_alt([clock['less_word']])}\s+(?:(?P<lf>{_alt(clock['less_fractions'])})"
            rf"|(?P<lm>\d{{1,2}}|{_alt(minute_numbers)})\s+(?:{_alt(clock['minute_nouns'])})))")
    openers = rules["range_openers"]
    joiners = _alt(rules["range_joiners"])
    months = [m for m in month_names() if m not in {normalise_word(a) for a in rules["ambiguous_months"]}]
    year_periods = _alt([p for p, r in periods.items() if r['unit'] == 'year'])
    return {
        "anaphoric": re.compile(rf"{_START_NO_ARTICLE}(?:في\s+)?(?P<x>{_alt(rules['anaphoric'])}){_END}"),
        "anaphoric_map": _keyed(rules["anaphoric"]),
        "day_after_phrases": frozenset(_keyed({p: 0 for p in rules["day_after_concept"]["phrases"]})),
        "day_after_heads": frozenset(normalise_word(w) for w in rules["day_after_concept"]["heads"]),
        "quoted_name_days": frozenset(normalise_word(w) for w in rules["quoted_name_days"]),
        "part_phrase": re.compile(rf"{_START_NO_ARTICLE}(?P<x>{_alt(rules['parts_of_day_phrases'])}){_END}"),
        "part_phrase_map": _keyed(rules["parts_of_day_phrases"]),
        "day": re.compile(rf"{_START_NO_ARTICLE}(?P<x>{_alt(rules['days'])}){_END}"),
        "day_map": _keyed(rules["days"]),
        "today_blockers": {normalise_word(w) for w in rules["today_blockers"]},
        "day_following_blockers": {normalise_word(day): {normalise_word(w) for w in words}
                                   for day, words in rules["day_following_blockers"].items()},
        "all_day_heads": frozenset(normalise_word(w) for w in rules["all_day_heads"]),
        "day_preceding_blockers": re.compile(rf"(?:(?<=[^\w])|^)[وف]?(?:{_alt(rules['day_preceding_blockers'])})\s+(?:هذا\s+)?$"),
        "day_pair_before": re.compile(r"(?:(?<=[^\w])|^)(?P<d>\d{1,2})\s*و\s*$"),
        "period": re.compile(rf"{_START_NO_ARTICLE}(?P<x>{_alt_with_lam(periods)}){_END}"),
        "period_map": _keyed(periods),
        "period_part": re.compile(
            rf"{_START_NO_ARTICLE}(?P<p>{_alt(rules['period_parts'])})\s+(?P<x>{_alt(list(periods) + list(bare_periods))}){_END}"),
        "period_part_map": _keyed(rules["period_parts"]),
        "early_part_words": frozenset(_squash(normalise_word(w)) for w in rules["year_early_part"]["words"]),
        "all_periods": _keyed({**bare_periods, **periods}),
        "weekday": re.compile(
            rf"{_START_NO_ARTICLE}(?P<yawm>يوم\s+)?(?P<x>ال(?:{_alt([w[2:] if w.startswith('ال') else w for w in weekday_names()])}))"
            rf"(?:\s+(?P<dir>{_alt(list(directions) + list(weekday_directions) + list(anaphoric_directions) + list(before_last))}))?{_END}"),
        "weekday_directions": {**directions, **weekday_directions},
        "weekday_pair_next": frozenset(normalise_word(w) for w in rules["weekday_pair_next"]),
        "weekday_anaphoric_directions": {**anaphoric_directions, **before_last},
        "weekday_blockers": {normalise_word(w) for w in rules["weekday_blockers"]},
        "numeral_weekdays": frozenset(normalise_word(w) for w in rules["numeral_weekdays"]["names"]),
        "numeral_heads": frozenset(normalise_word(w).split()[-1] for w in rules["numeral_weekdays"]["before"]),
        "second_weekday": re.compile(
            rf"\s*(?:(?:{_alt(rules['range_joiners'])})\s*)ال(?:{_alt([w[2:] if w.startswith('ال') else w for w in weekday_names()])}){_END}"),
        "month": re.compile(rf"{_START_NO_ARTICLE}(?:شهر\s+)?(?P<x>{_alt(months)}){_END}"
                            rf"(?:\s*[/(]\s*(?:{_alt(month_names())}){_END}(?:\s*\))?|\s+(?:{_alt(month_names())}){_END})?"
                            rf"(?:\s+(?P<dir>{_alt(list(directions) + list(weekday_directions))})(?!\w)"
                            rf"|\s+(?:من\s+)?(?:(?P<of>{year_periods})"
                            rf"|(?P<ofsame>{_alt(rules['same_year'])})){_END})?"),
        # "شهر آب", "آب الماضي", "ماي الفارط", "في آب من العام الماضي": a month name that is also a
        # word, named a month (by شهر, a direction or the year it is of)
        "ambiguous_month": re.compile(
            rf"{_START_NO_ARTICLE}(?:شهر\s+(?P<x>{_alt(rules['ambiguous_months'])})(?:\s+(?P<dir>{_alt(directions)}))?"
            rf"|(?P<x2>{_alt(rules['ambiguous_months'])})\s+(?:(?P<dir2>{_alt(directions)})"
            rf"|من\s+(?P<of>{year_periods}))){_END}"),
        "year": re.compile(rf"{_START}(?:(?:{_alt(rules['year_words'])})\s+)(?P<y>(?:19|20)\d\d)(?:{_END}|(?=م{_END}))"
                           rf"|(?:(?<=[^\w])|^)(?:[وف]?(?:{_alt(rules['year_prepositions'])}))\s+(?P<y2>(?:19|20)\d\d)(?![\w/.\-]\d)"),
        "ago": re.compile(rf"{_START_NO_ARTICLE}(?P<p>{_alt(rules['ago_particles'] + rules['after_particles'])})\s+"
                          rf"(?:(?:{approx}|(?P<bound>{_alt(rules['ago_bounds'])}))\s+)?(?:(?P<n>\d+|{_alt(numbers)})\s+)?(?P<u>{_alt(units)}){_END}"),
        "year_noun": re.compile(rf"{_START}(?:{_alt(rules['year_nouns'])})\s+(?P<y>(?:19|20)\d\d)(?![\w/.\-]\d)"),
        "year_join": re.compile(rf"\s*(?:،\s*)?(?:{_alt(rules['year_joiners'])})\s*(?:ال)?(?:عام\s+)?(?P<y>(?:19|20)\d\d)(?![\w/.\-]\d)"),
        "span": re.compile(
            rf"{_START_NO_ARTICLE}(?P<x>{_alt_with_lam(rules['plural_units'])})"
            rf"(?:\s+(?:ال(?:ـ)?\s*(?P<n>\d{{1,3}})|(?P<w>{_alt(rules['plural_numbers'])})|(?:{_alt(rules['plural_adjectives'])})))?"
            # not of something else: "الساعات الأخيرة من الحفر", "الأشهر الثلاثة الأخيرة من العام الماضي"
            # (a ل after it is as often of purpose: "خلال الساعات الأخيرة لمنع التصعيد")
            rf"\s+(?P<d>{_alt(rules['plural_directions'])}){_END}(?!\s+من(?!\w))"),
        "span_units": _keyed(rules["plural_units"]),
        "span_directions": _keyed(rules["plural_directions"]),
        "span_numbers": _keyed(rules["plural_numbers"]),
        "feast": re.compile(
            rf"{_START_NO_ARTICLE}(?:(?P<ord>{_alt(rules['ordinal_day_words'])})\s+ايام\s+)?(?P<x>{_alt(_feasts())})"
            rf"(?:\s+(?P<dir>{_alt(directions)}))?{_END}"),
        "feasts": _keyed(_feasts()),
        "hijri_tens": re.compile(
            rf"{_START_NO_ARTICLE}(?P<x>(?:{_alt(rules['hijri_tens']['heads'])})\s+(?P<r>{_alt(rules['hijri_tens']['ranks'])})"
            rf"\s+من\s+(?:شهر\s+)?(?P<m>{_alt(hijri_month_names())})(?:\s+(?:{_alt(rules['hijri_tens']['epithets'])}))?)"
            rf"(?:\s+(?P<dir>{_alt(directions)}))?{_END}"),
        "hijri_ten_ranks": _keyed(rules["hijri_tens"]["ranks"]),
        "ordinal_numbers": {normalise_word(w): n + 1 for n, w in enumerate(rules["ordinal_day_words"])},
        "ordinal_day": re.compile(
            # not "لليوم الثالث على التوالي": for the Nth day in a row counts how long, like a duration
            rf"(?:(?<=[^\w])|^)(?P<x>[وف]?(?:ال|بال)يوم\s+(?:{_alt(ordinal_days())})"
            rf"|[وف]?(?:{_alt(rules['ordinal_day_words'])})\s+ايام){_END}"),
        "same_year": re.compile(rf"{_START_NO_ARTICLE}(?P<x>{_alt(rules['same_year'] + rules['next_year'])}){_END}"),
        "same_period": re.compile(rf"{_START_NO_ARTICLE}(?P<x>{_alt(rules['same_periods'])}){_END}"),
        "same_period_map": _keyed(rules["same_periods"]),
        "anaphoric_part": re.compile(rf"{_START_NO_ARTICLE}(?P<x>{_alt(rules['anaphoric_parts'])}){_END}"),
        "anaphoric_part_map": _keyed(rules["anaphoric_parts"]),
        "same_markers": {normalise_word(w) for w in rules["same_markers"]},
        "next_year": {_squash(normalise_word(w)) for w in rules["next_year"]},
        "season_before": re.compile(rf"(?:(?<=[^\w])|^)[وف]?(?:في\s+)?(?P<s>{_alt(rules['seasons'])})\s+$"),
        "seasons": _keyed(rules["seasons"]),
        # "الصيف الماضي", "الشتاء المقبل": a season named by its direction from the anchor
        "week_of_month_before": re.compile(
            rf"(?:(?<=[^\w])|^)[وفبل]?(?:في\s+|خلال\s+)?(?P<w>(?:{_alt(rules['week_of_month']['nouns'])})\s+"
            rf"(?P<r>{_alt(rules['week_of_month']['ranks'])}))\s+من\s+(?:شهر\s+)?$"),
        "week_ranks": _keyed(rules["week_of_month"]["ranks"]),
        "season": re.compile(rf"{_START_NO_ARTICLE}(?P<x>(?:فصل\s+)?(?:ال|(?<=ل)ل)(?P<s>{_alt(rules['seasons'])}))\s+(?P<dir>{_alt(directions)}){_END}"),
        "year_parts": _keyed(_year_parts()),
        "bare_year_part": re.compile(
            rf"(?:(?<=[^\w])|^)(?P<f>{_alt(rules['bare_year_parts']['parts'])}){_END}"
            rf"(?!\s*(?:[\d٠-٩]|(?:من|ل|لل)(?!\w)|ل\w|(?:ال)?(?:{_alt(rules['year_words'])})\s))"),
        "bare_year_part_before": re.compile(
            rf"{_START_NO_ARTICLE}(?:{_alt(rules['bare_year_parts']['prepositions'])})\s+$"),
        # "الربع الأخير من العام", "النصف الأول من السنة": the year itself, named by its noun alone
        # (not "من العام الماضي"، "من العام 2023"، "من العام المالي": a word after it names another)
        "year_part_of_this_year": re.compile(
            rf"{_START_NO_ARTICLE}(?P<f>{_alt(_year_parts())})\s+من\s+(?:العام|السنه)(?!\w)(?!\s+(?:ال|\d|نفس|ذات|قبل))"),
        "year_part_before": re.compile(rf"(?:(?<=[^\w])|^)[وفبل]?(?:في\s+|خلال\s+)?(?P<f>{_alt(_year_parts())})\s+(?:من\s+|ل)?$"),
        "year_part": re.compile(rf"{_START_NO_ARTICLE}(?P<f>{_alt(_year_parts())})\s+(?:من\s+|ل)?"
                                rf"(?:(?:ال)?(?:{_alt(rules['year_words'])})\s+)?(?P<y>(?:19|20)\d\d){_END}"),
        "period_part_before": re.compile(
            rf"(?:(?<=[^\w])|^)[وف]?(?:(?:{_alt(rules['period_part_prepositions'])})\s+)?(?P<p>{_alt(rules['period_parts'])})\s+"
            rf"(?:(?:{_alt(rules['period_nouns'])})\s+)?$"),
        "range_days_before": re.compile(
            rf"(?:(?<=[^\w])|^)[وف]?(?P<o>(?:(?:{_alt(openers['heads'])})\s+)?(?:{_alt(openers['particles'])}))\s+(?:ال(?:ـ)?\s*)?"
            rf"(?P<d>\d{{1,2}})\s*(?:{joiners})\s*(?:ال(?:ـ)?\s*)?$"),
        # "ليلة 8 إلى 9 مارس", "ليل 14-15 يونيو": the night of a day of the month into the next
        "night_days_before": re.compile(
            rf"(?:(?<=[^\w])|^)[وفبل]?(?P<o>{_alt([w for w, part in rules['parts_of_day'].items() if part == 'night' and ' ' not in w])})\s+"
            rf"(?P<d>\d{{1,2}})\s*(?:{_alt(rules['night_span_joiners'])})\s*$"),
        # "من السابعة مساء إلى السادسة صباحا": the opening before a clock range, and its joiner
        "clock_range_opening": re.compile(rf"(?:^|\s)[وف]?(?:{_alt(openers['particles'])})\s+$"),
        "nightly_window_words": re.compile(rf"{_START_NO_ARTICLE}(?:{_alt(rules['nightly_window_words'])}){_END}"),
        "daily_window_words": re.compile(rf"{_START_NO_ARTICLE}(?:{_alt(rules['daily_window_words'])}){_END}"),
        "clock_range_gap": re.compile(rf"\s*(?:{_alt([j for j in rules['range_joiners'] if j not in ('و', '-')])})\s*"),
        "range_gap": re.compile(rf"\s+(?:{_alt([j for j in rules['range_joiners'] if j != '-'])})\s*(?:(?:{_alt(openers['nouns'])})\s+)?$"),
        "year_pair": re.compile(rf"(?P<a>(?:19|20)\d\d)(?:\s+(?:{joiners})\s*|\s*(?P<dash>-)\s*)(?P<b>(?:19|20)\d\d)(?![\w/.\-]\d)"),
        "year_range_span": int(rules["year_range_span"]),
        "range_opening": re.compile(rf"(?:(?<=[^\w])|^)[وف]?(?P<o>(?:(?:{_alt(openers['heads'])})\s+)?(?:{_alt(openers['particles'])}))\s+"
                                    rf"(?:(?:{_alt(openers['nouns'])})\s+)?$"),
        "numbers": numbers,
        "units": units,
        "duals": {normalise_word(w) for w in rules["dual_units"]},
        "after": {normalise_word(w) for w in rules["after_particles"]},
        "parts_of_day": re.compile(rf"(?:(?<=[^\w])|^)(?:[وف]?)(?P<x>{_alt(rules['parts_of_day'])})\s+(?:يوم\s+)?$"),
        "parts_map": _keyed(rules["parts_of_day"]),
        "part_adverb": re.compile(rf"(?:(?<=[^\w])|^)[وف]?(?P<x>{_alt(rules['part_adverbs'])}){_END}"),
        "part_adverb_map": _keyed(rules["part_adverbs"]),
        "part_adverb_blockers": {normalise_word(w) for w in rules["part_adverb_blockers"]},
        "duration_cues": {normalise_word(w) for w in rules["duration_cues"]},
        "since_horizon_cues": frozenset(normalise_word(w) for w in rules["since_horizon_cues"]),
        "clock": re.compile(
            rf"(?:(?<=[^\w])|^)(?:(?:{approx})\s+)?(?:{_alt(clock['hour_nouns'])})\s+(?:(?P<hm>\d{{1,2}})(?::(?P<mm>\d\d))?|(?P<hw>{_alt(rules['hours'])}))"
            rf"(?:\s+(?:و(?P<half>{_alt([clock['half']])})|و(?P<quarter>{_alt([clock['quarter']])})|{less}"
            rf"|و\s*(?P<mw>\d{{1,2}}|{_alt(minute_numbers)})\s+(?:{_alt(clock['minute_nouns'])})))?"
            rf"(?:\s+(?:من\s+)?(?P<part>{_alt(rules['hour_parts'])}))?(?!\w)"),
        "minute_numbers": _keyed(minute_numbers),
        "clock_word": re.compile(
            rf"(?:(?<=[^\w])|^)(?P<hw>{_alt(rules['hours'])})(?:\s+(?:و(?P<half>{_alt([clock['half']])})|و(?P<quarter>{_alt([clock['quarter']])})|{less}))?"
            rf"\s+(?:من\s+)?(?P<part>{_alt(rules['hour_parts'])})(?!\w)"),
        "gmt": re.compile(rf"(?<![\w])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s+(?:ب)?{_alt([clock['gmt_cue']])}\s+(?:{_alt(clock['gmt'])})(?!\w)"),
        "gmt_cue": normalise_word(clock["gmt_cue"]),
        "utc_after": re.compile(rf"\s+(?:{_alt(clock['utc_phrases'])})(?!\w)"),
        "singular_units": {normalise_word(w) for w in rules["singular_units"]},
        "consecutive": re.compile(rf"\s+(?:{_alt(rules['consecutive'])})(?!\w)"),
        "from_event": re.compile(rf"\s+(?:(?:{_alt(rules['from_event']['fillers'])})\s+)?(?:{_alt(rules['from_event']['particles'])})(?!\w)"),
        "hours": _keyed(rules["hours"]),
        "month_day": re.compile(
            rf"(?:(?<=[^\w])|^)(?:[وف]?(?P<cue>{_alt(rules['month_day']['cues'])})\s+|(?P<waw>و)(?=\d))?(?P<al>ال(?:ـ)?\s*)?"
            rf"(?P<d>\d{{1,2}}|{_alt(ordinal_days())})\s+(?:من\s+)?(?:(?P<this>{_alt(rules['month_day']['this_month'])})"
            rf"|(?:(?P<noun>{_alt(rules['month_day']['nouns'])})\s+)?"
            rf"(?P<dir>{_alt(list(directions) + rules['same_markers'])}))(?!\w)"),
        "after_that": re.compile(
            rf"{_START_NO_ARTICLE}(?P<p>{_alt(rules['after_that']['after'] + rules['after_that']['before'])})\s+ب\s*"
            rf"(?:(?P<n>\d+|{_alt(numbers)})\s+)?(?P<u>{_alt(units)}){_END}"),
        "after_that_tail": re.compile(
            rf"\s+(?:{_alt(rules['from_event']['particles'])})\s+(?:{_alt(rules['after_that']['demonstratives'])}){_END}"),
        "after_that_map": {**{_squash(normalise_word(w)): 1 for w in rules["after_that"]["after"]},
                           **{_squash(normalise_word(w)): -1 for w in rules["after_that"]["before"]}},
        "century": re.compile(
            rf"{_START_NO_ARTICLE}(?:(?:ال)?(?P<dec>{_alt(rules['centuries']['decades'])})\s+(?:من\s+)?)?(?P<x>{_alt([rules['centuries']['noun']])})\s+"
            rf"(?:(?P<ord>{_alt(ordinal_days())})|ال(?:ـ)?\s*(?P<n>\d{{1,2}})|(?P<dir>{_alt(directions)})){_END}"),
        "decades": _keyed(rules["centuries"]["decades"]),
        # not "في الأربعينيات من عمره": a decade of someone's age
        "decade": re.compile(rf"{_START_NO_ARTICLE}(?P<x>ال(?:{_alt(_bare_decades())})){_END}(?!\s+(?:من\s+)?(?:ال)?قرن)"
                             rf"(?!\s+من\s+(?:{_alt(rules['centuries']['age_words'])}){_END})"),
        "bare_decades": _keyed(_bare_decades()),
        "fixed_span": re.compile(rf"{_START_NO_ARTICLE}(?P<x>{_alt(_fixed_spans())}){_END}(?!\s+(?:من(?!\w)|ل))"),
        "fixed_span_map": _keyed(_fixed_spans()),
        "span_number_first": re.compile(
            rf"(?:(?<=[^\w])|^)[وفبل]?ال(?:ـ)?\s*(?P<n>\d{{1,3}})\s+(?P<u>{_alt(units)})\s+(?P<d>{_alt(rules['plural_directions'])}){_END}"),
        "weekday_name_heads": {normalise_word(w) for w in rules["weekday_name_heads"]},
        "generic_weekday_heads": frozenset(normalise_word(w) for w in rules["generic_weekday_heads"]),
        "feast_occasion_heads": frozenset(normalise_word(w) for w in rules["feast_occasion_heads"]),
        "feast_occasion_bridges": frozenset(normalise_word(w) for w in rules["feast_occasion_bridges"]),
        "feast_occasion_ba_verbs": frozenset(normalise_word(w) for w in rules["feast_occasion_ba_verbs"]),
        "outlet_heads": {normalise_word(w) for w in rules["outlet_heads"]},
        "day_idiom_before": frozenset(normalise_word(w) for w in rules["day_idiom_before"]),
        "weekend_holiday_heads": frozenset(normalise_word(w) for w in rules["weekend_holiday_heads"]),
        "weekend_holiday_governors": frozenset(normalise_word(w) for w in rules["weekend_holiday_governors"]),
        "web_address": re.compile(rf"\.(?:{_alt(rules['domain_suffixes'])})(?!\w)", re.IGNORECASE),
        "name_number_heads": frozenset(normalise_word(w) for w in rules["name_number_heads"]),
        "year_part_prepositions": frozenset(normalise_word(w) for w in rules["year_part_prepositions"]),
        "verb_months": frozenset(normalise_word(w) for w in rules["verb_months"]),
        "month_prepositions": frozenset(normalise_word(w) for w in rules["month_prepositions"]),
        "hour_parts": _keyed(rules["hour_parts"]),
        "hour_part_spans": _keyed(rules["hour_part_spans"]),
        "less_fractions": _keyed(clock["less_fractions"]),
        "deadline_words": {normalise_word(w) for w in rules["deadline_words"]},
        "part_adverb_verbs": {normalise_word(word): {side: frozenset(normalise_word(w) for w in words)
                                                     for side, words in sides.items()}
                              for word, sides in rules["part_adverb_verbs"].items()},
        "commemoration_verbs": frozenset(normalise_word(w) for w in rules["commemoration_verbs"]),
        "commemoration_window": int(rules["commemoration_window"]),
        "postponement_words": frozenset(normalise_word(w) for w in rules["postponement_words"]),
        "postponement_window": int(rules["postponement_window"]),
        "effective_from": re.compile(rf"(?:(?<=[^\w])|^)[وف]?(?:{_alt(rules['effective_from'])})\s+$"),
        "since_before_date": re.compile(
            rf"(?:(?<=[^\w])|^)[وف]?(?:{_alt(rules['since_before_date']['words'])})\s+"
            rf"(?:(?:{_alt(rules['since_before_date']['between'])})\s+(?:من\s+)?)?$"),
        "dual_month_opening": re.compile(rf"(?:(?<=[^\w])|^)[وف]?(?P<n>[بل]?(?:{_alt(rules['dual_month_nouns'])}))\s+$"),
        "dual_day_opening": re.compile(rf"(?:(?<=[^\w])|^)[وف]?(?P<n>[بل]?(?:{_alt(rules['dual_day_nouns'])}))\s+$"),
        "recurring_before": re.compile(rf"(?:(?<=[^\w])|^)(?:{_alt(rules['recurring_before'])})(?:\s+(?:في|خلال))?\s+$"),
        "recurring_before_keys": frozenset(_first_words(rules["recurring_before"])),
        "recurring_after": re.compile(rf"\s+(?:{_alt(rules['recurring_after'])}){_END}"),
    }


def _weekday_direction(word: str | None, c: dict[str, Any]) -> str | None:
    if not word:
        return None
    word = " ".join(word.split())
    return c["weekday_directions"].get(word) or c["weekday_anaphoric_directions"][word]


def _span(match: re.Match, group: str = "x") -> tuple[int, int]:
    return match.start(group), match.end(group)


@lru_cache(maxsize=1)
def _fixed_spans() -> dict[str, dict[str, Any]]:
    """relative.yaml `fixed_spans`, and a dual unit with a dual direction ("الشهرين
    الماضيين"، "اليومين المقبلين"): two units up to yesterday or from tomorrow on."""
    rules = relative_rules()
    spans = dict(rules["fixed_spans"])
    duals = rules["dual_spans"]
    for noun, unit in duals["units"].items():
        for direction, sign in duals["directions"].items():
            spans.setdefault(f"{noun} {direction}", {"unit": unit, "count": 2, "sign": sign})
    return spans


@lru_cache(maxsize=1)
def _year_parts() -> dict[str, list[int]]:
    """relative.yaml `year_parts`, and the first or last N months of a year (`counted_year_months`:
    "الأشهر التسعة الأولى" is months 1-9, "الشهور الستة الأخيرة" months 7-12)."""
    rules = relative_rules()
    parts = dict(rules["year_parts"])
    counted = rules["counted_year_months"]
    for plural in counted["plurals"]:
        for number_word, n in rules["plural_numbers"].items():
            if 2 <= n <= 11:
                for order in counted["first"]:
                    parts.setdefault(f"{plural} {number_word} {order}", [1, n])
                for order in counted["last"]:
                    parts.setdefault(f"{plural} {number_word} {order}", [13 - n, 12])
    return parts


@lru_cache(maxsize=1)
def _feasts() -> dict[str, dict[str, Any]]:
    """calendar.yaml `hijri_feasts` (feast or holy month → its Hijri month and day) and
    `gregorian_feasts` (feast → its Gregorian month and day, marked calendar gregorian)."""
    from khabar.times.calendars import _calendar

    gregorian = {name: {**rule, "calendar": "gregorian"} for name, rule in _calendar()["gregorian_feasts"].items()}
    return {**_calendar()["hijri_feasts"], **gregorian}


@lru_cache(maxsize=1)
def _feast_eve_words() -> frozenset[str]:
    """calendar.yaml `feast_eve_words`: a part of the day that puts a feast on its eve."""
    from khabar.times.calendars import _calendar

    return frozenset(normalise_word(word) for word in _calendar()["feast_eve_words"])


def _feast(m: re.Match, c: dict[str, Any]) -> Candidate:
    """"عيد الفطر", "أول أيام عيد الأضحى", "شهر رمضان المبارك": a Hijri day or month without its
    year, its occurrence the one nearest the anchor unless a direction says which."""
    rule = c["feasts"][_squash(m["x"])]
    month, day = rule["month"], rule["day"]
    if m["ord"]:   # "ثاني أيام عيد الفطر": the feast's second day; "أول أيام شهر رمضان": the month's first
        day = (day or 1) + c["ordinal_numbers"][_squash(m["ord"])] - 1
    data = _hijri_without_year(m, month, day)
    if rule.get("calendar") == "gregorian":   # "عيد الميلاد": a Gregorian day without its year
        data = {**data, "calendar": "gregorian", "nearest": False}
    return Candidate(m.start(), m.end(), "absolute", {**data, "feast": True})


def _feast_as_occasion(text: str, start: int, c: dict[str, Any]) -> bool:
    """Whether a feast starting at `start` is the object of a noun or verb of observing, greeting or
    preparing (relative.yaml feast_occasion_heads), right before it or before a bridge word such as
    ذكرى or مراسم: the occasion an act is about, which dates nothing."""
    if _occasion_of_a_ba_verb(text, start, c):
        return True
    before, at = _previous_word(text, start), start
    for _ in range(2):   # "إحياء ذكرى يوم عاشوراء": through ذكرى and يوم
        if before not in c["feast_occasion_bridges"]:
            break
        at = text.rfind(before, 0, at)
        before = _previous_word(text, at)
    return before in c["feast_occasion_heads"]


@lru_cache(maxsize=1)
def _gregorian_feast_governors() -> frozenset[str]:
    """calendar.yaml `gregorian_feast_governors`: words before a Gregorian feast that make it a time."""
    from khabar.times.calendars import _calendar

    return frozenset(normalise_word(word) for word in _calendar()["gregorian_feast_governors"])


def _governed_feast(text: str, m: re.Match) -> bool:
    """Whether the feast matched by `m` is governed by a ب or ل glued to it or by a preposition or a
    noun of time right before it (after و or ف), as a feast that dates something is."""
    if text[m.start():m.start("x")].lstrip("وف"):
        return True   # "بعيد الميلاد"، "لعيد العمال"
    before = _previous_word(text, m.start())
    return _listed_in([before], _gregorian_feast_governors())


_OCCASION_REACH = 6   # words between a verb of greeting or celebrating and the ب of its feast


def _occasion_of_a_ba_verb(text: str, start: int, c: dict[str, Any]) -> bool:
    """Whether a feast written with ب at `start` ("بعيد الميلاد"، "وبعيد الفطر") follows a verb of
    greeting or celebrating (relative.yaml feast_occasion_ba_verbs) within a few words of its
    clause: "هنأ الرئيس المسيحيين بعيد الميلاد" greets on the occasion, and dates nothing."""
    if not text.startswith("ب", start) and not text.startswith("وب", start):
        return False
    at = start
    for _ in range(_OCCASION_REACH + 1):
        word = _previous_word(text, at)
        if not word:
            return False   # a clause mark or a non-word stands between
        if word in c["feast_occasion_ba_verbs"]:
            return True
        at = text.rfind(word, 0, at)
    return False


def _hijri_tens(m: re.Match, c: dict[str, Any]) -> Candidate:
    """"العشر الأواخر من رمضان": a third of a Hijri month without its year (relative.yaml
    hijri_tens), the month's occurrence the one nearest the anchor unless a direction says which;
    resolve cuts the month's days to the rank's ten."""
    return Candidate(*_span(m), "absolute", {**_hijri_without_year(m, hijri_month_names()[_squash(m["m"])], None),
                                             "tens": c["hijri_ten_ranks"][_squash(m["r"])]})


def _hijri_without_year(m: re.Match, month: int, day: int | None) -> dict[str, Any]:
    """A Hijri month (and day) named without its year: the occurrence nearest the anchor unless
    the match's direction word (group `dir`) says which."""
    return {"year": None, "month": month, "day": day, "calendar": "hijri",
            "direction": direction_words()[m["dir"]] if m["dir"] else None, "days": None,
            "deadline": False, "nearest": True}


@lru_cache(maxsize=1)
def _bare_decades() -> dict[str, int]:
    """Decades named alone ("التسعينيات"), of the twentieth century: relative.yaml
    `centuries.decades` from `centuries.bare_decades_from` on (earlier ones may be this century's)."""
    rules = relative_rules()["centuries"]
    return {word: decade for word, decade in rules["decades"].items() if decade >= rules["bare_decades_from"]}


def _first_words(phrases) -> set[str]:
    return {normalise_word(p).split()[0] for p in phrases}


@lru_cache(maxsize=1)
def _keywords() -> dict[str, set[str]]:
    """For each kind of expression, words one of which must occur for it to be possible:
    a cheap test on the article's vocabulary that spares most regex scans."""
    rules = relative_rules()
    return {
        "anaphoric": _first_words(rules["anaphoric"]) | {"اليوم"},
        "span": _first_words(rules["plural_units"]),
        "ordinal_day": {"اليوم"} | _first_words(rules["ordinal_day_words"]),
        "feast": _first_words(_feasts()) | _first_words(rules["ordinal_day_words"]),
        "hijri_tens": _first_words(rules["hijri_tens"]["heads"]),
        "same_year": _first_words(rules["same_year"] + rules["next_year"]),
        "same_period": _first_words(rules["same_periods"]),
        "anaphoric_part": _first_words(rules["anaphoric_parts"]),
        "part_adverb": _first_words(rules["part_adverbs"]),
        "ambiguous_month": {"شهر"} | _first_words(rules["ambiguous_months"]),
        "year_noun": _first_words(rules["year_nouns"]) | {w[2:] for w in _first_words(rules["year_nouns"]) if w.startswith("ال")},
        "part_phrase": _first_words(rules["parts_of_day_phrases"]),
        "day": _first_words(rules["days"]),
        "period": _first_words(rules["periods"]),
        "weekday": set(weekday_names()) | {"يوم"},
        "month": _first_words(month_names()) | {"شهر"},
        "ago": _first_words(rules["ago_particles"] + rules["after_particles"]),
        "period_part": _first_words(rules["period_parts"]),
        # "year" is looked for around the years themselves (_years_at), not at its first words:
        # its prepositions ("في", "حتى") are the commonest words of a text
        "clock": _first_words(rules["approximators"]) | _first_words(rules["clock"]["hour_nouns"]),
        "clock_word": _first_words(rules["hours"]),
        "month_day": set(direction_words()) | {normalise_word(w) for w in rules["same_markers"]}
        | {normalise_word(w).split()[-1] for w in rules["month_day"]["this_month"]},
        "after_that": _first_words(rules["after_that"]["after"] + rules["after_that"]["before"]),
        "century": _first_words([rules["centuries"]["noun"]]) | _first_words(rules["centuries"]["decades"])
        | {"ال" + w for w in _first_words(rules["centuries"]["decades"])},
        "fixed_span": _first_words(_fixed_spans()),
        "decade": {"ال" + normalise_word(w) for w in _bare_decades()},
        "span_number_first": _first_words(rules["plural_directions"]),
        "year_part": _first_words(_year_parts()),
        "year_part_of_this_year": _first_words(_year_parts()),
        "bare_year_part": _first_words(rules["bare_year_parts"]["parts"]),
        "season": {"ال" + normalise_word(w) for w in rules["seasons"]} | {"فصل"},
    }


_WORD = re.compile(r"\w+")
_SHADDA = "\u0651"
_GREGORIAN_MARK = re.compile(r"م(?!\w)")
def _year_positions(text: str) -> list[int]:
    """Where a four-digit number 1900–2099 starts, found with str.find (a regex scan of
    Arabic text costs a Python-level step per character)."""
    positions = []
    size = len(text)
    for prefix in ("19", "20"):
        at = text.find(prefix)
        while at != -1:
            if (at + 4 <= size and text[at + 2:at + 4].isdigit() and (at == 0 or not text[at - 1].isdigit())
                    and (at + 4 == size or not text[at + 4].isdigit())):
                positions.append(at)
            at = text.find(prefix, at + 1)
    positions.sort()
    return positions


@lru_cache(maxsize=1)
def _indexed_words() -> frozenset[str]:
    """The words worth indexing: those an expression may begin with, month names' first
    words (find_absolute_dates tests them) and the future cues and schedule verbs (resolve reads them)."""
    from khabar.times.calendars import _month_first_words

    cues = {normalise_word(w) for w in relative_rules()["future_cues"] + relative_rules()["schedule_verbs"]}
    return frozenset(set().union(*_keywords().values(), *_month_first_words(), cues,
                                 {normalise_word(relative_rules()["clock"]["gmt_cue"])}))


def word_index(text: str) -> dict[str, list[int]]:
    """Where each word worth indexing starts, under its own form and without up to two
    proclitics (وبالأحد → بالاحد, الاحد), so an expression is only tried where its first
    word is.

    The text's distinct words are sorted into known and new by set operations, and only
    the few worth indexing are looked for (str.find), instead of a Python step per word."""
    words = set(_WORD.findall(text))
    unknown = words - _no_keys
    unknown.difference_update(_index_keys.keys())
    for word in unknown:
        _keys_of(word)
    index: dict[str, list[int]] = {}
    length = len(text)
    for word in words & _index_keys.keys():
        keys = _index_keys[word]
        size = len(word)
        position = text.find(word)
        while position != -1:
            end = position + size
            if (position == 0 or not _is_word_char(text[position - 1])) and (end >= length or not _is_word_char(text[end])):
                for key in keys:
                    index.setdefault(key, []).append(position)
            position = text.find(word, position + 1)
    for positions in index.values():
        positions.sort()
    return index


def _is_word_char(char: str) -> bool:
    """What the regex class \\w matches: Unicode letters, digits and the underscore."""
    return char.isalnum() or char == "_"


_index_keys: dict[str, tuple[str, ...]] = {}   # word → the indexed forms it stands for (never empty)
_no_keys: set[str] = set()                     # words known to stand for no indexed form


def _keys_of(word: str) -> tuple[str, ...]:
    """The indexed forms of one word (itself, then without up to two proclitics), cached."""
    wanted = _indexed_words()
    keys = []
    original = word
    if word in wanted:
        keys.append(word)
    if word[:1].isdigit():   # "15مارس": a day glued to its month (a typing slip), indexed under the month
        rest = word.lstrip("0123456789")
        if rest in wanted:
            keys.append(rest)
    if len(word) > 2 and word[0] in "وفبل":   # "وفي" → في, "وبالأحد" → بالاحد → الاحد
        for _ in range(2):
            word = "ال" + word[2:] if word.startswith("لل") else word[1:]
            if word in wanted:
                keys.append(word)
            if not (len(word) > 2 and word[0] in "وفبل"):
                break
    if len(_index_keys) + len(_no_keys) > 200_000:   # bounded over a long ingest
        _index_keys.clear()
        _no_keys.clear()
    found = tuple(keys)
    if found:
        _index_keys[original] = found
    else:
        _no_keys.add(original)
    return found


def _scan(pattern: re.Pattern[str], text: str, index: dict[str, list[int]], keywords: set[str]):
    """Matches of `pattern` at the words that may begin it, left to right."""
    present = keywords.intersection(index)
    if not present:
        return
    if len(present) == 1:
        starts = index[next(iter(present))]
    else:
        starts = sorted({p for word in present for p in index[word]})
    for start in starts:
        match = pattern.match(text, start)
        if match:
            yield match


def detect(normalised: Normalised, index: dict[str, list[int]] | None = None) -> list[Candidate]:
    """Every time expression in the normalised text, left to right, without overlaps
    (`index`: the text's word_index, when the caller has it)."""
    text = normalised.text
    c = _compiled()
    index = word_index(text) if index is None else index
    keywords = _keywords()
    scan = lambda kind, name=None: _scan(c[name or kind], text, index, keywords[kind])  # noqa: E731
    found: list[Candidate] = []
    for date in find_absolute_dates(text, index=index):
        recurring = c["recurring_after"].match(text, date.end) if date.year is None else None
        if recurring:   # "في 7 يناير من كل عام": a day of every year; it holds no other time either
            found.append(Candidate(date.start, recurring.end(), "recurring"))
            continue
        if date.direction is None and (date.year is None or date.day is not None) and _after_name_head(
                text, date.start, c):
            # "قوى 14 آذار", "مدينة 6 أكتوبر", "جامعة 8 ماي 1945": the date, its year told or not, names a
            # body or a place; none of its words is a time
            found.append(Candidate(date.start, date.end, "name"))
            continue
        nearest = date.calendar == "hijri" and date.year is None and date.day is None and date.direction is None
        if nearest and _feast_as_occasion(text, date.start, c):
            continue   # "تستعد الأسواق لاستقبال شهر رمضان": the holy month as the occasion, like a feast
        yawm = _YAWM_BEFORE.search(text, max(0, date.start - 8), date.start) if date.day is not None else None
        found.append(Candidate(yawm.start("y") if yawm else date.start, date.end, "absolute",
                               {"year": date.year, "month": date.month, "day": date.day, "calendar": date.calendar,
                                "direction": _since_direction(text, date, c), "told_direction": date.direction,
                                "days": date.days,
                                "deadline": date.year is None and _nearest_occurrence(text, date.start, c),
                                # "شهر ذي القعدة" alone: like "شهر رمضان", the occurrence nearest the anchor
                                "nearest": nearest}))
    for m in scan("anaphoric"):
        if _squash(m["x"]) in c["day_after_phrases"] and (
                _previous_word(text, m.start("x")) in c["day_after_heads"] or text.startswith("لل", m.end("x") + 1)):
            continue   # "سؤال اليوم التالي", "اليوم التالي للحرب": what follows an event, no day
        found.append(Candidate(*_span(m), "anaphoric", {"offset": c["anaphoric_map"][_squash(m["x"])]}))
    for m in scan("part_phrase"):
        key = _squash(m["x"])
        if key.endswith("اليوم") and _next_word(text, m.end("x")) in c["today_blockers"]:
            continue  # "مساء اليوم نفسه": a part of the day last mentioned (anaphoric), not of today
        last = m.start("x") + len(m["x"].rstrip()) - len(m["x"].split()[-1])
        day = c["day"].match(text, last)
        if day and day.end() > m.end("x"):
            continue   # "مساء أمس الأول": a part of the longer day phrase (_attach_part_of_day), not of "أمس"
        rule = c["part_phrase_map"][key]
        if rule.get("narrative"):   # "بعد منتصف الليل", "قبيل الفجر": of the day the narrative is on
            found.append(Candidate(*_span(m), "anaphoric", {"offset": 0, "or_anchor": True}, part=rule["part"]))
            continue
        found.append(Candidate(*_span(m), "day", {"offset": rule["offset"]}, part=rule["part"]))
    for m in scan("day"):
        key = _squash(m["x"])
        if key == "اليوم" and _next_word(text, m.end("x")) in c["today_blockers"]:
            continue
        if key == "اليوم" and _previous_word(text, m.start("x")).removeprefix("و") in c["all_day_heads"]:
            continue   # "طوال اليوم": all day long, how long (like "طوال الليل"), no time
        if key in c["day_following_blockers"] and (
                _next_word(text, m.end("x")) in c["day_following_blockers"][key]
                or _SHADDA in normalised.original[normalised.to_original(m.start("x")):normalised.to_original(m.end("x")) + 1]):
            continue   # "في أمسّ الحاجة": the elative "most urgent", not "yesterday"
        if c["day_preceding_blockers"].search(text, max(0, m.start("x") - 16), m.start("x")):
            continue   # "في مثل هذا اليوم من عام 1948": an anniversary, not today
        if (_quoted_alone(text, m.start("x"), m.end("x")) or _after_outlet_head(text, m.start("x"), c)
                or _quoted_name(text, m.start("x"), m.end("x"), after_lam=key not in c["quoted_name_days"])
                or (key.startswith("ال") and _after_name_head(text, m.start("x"), c))):
            continue   # "في تصريحات لـ«الغد»", "قناة الغد", "حزب الغد": a paper's, a channel's or a party's name
        if key == "اليوم" and _closing_idiom(text, m.start("x"), m.end("x"), c):
            continue   # "لن تكون منطلقا للإرهاب بعد اليوم": no more, not a day
        start, end = _span(m)
        if c["day_map"][key] and not key.startswith("ال"):
            yawm = _YAWM_BEFORE.search(text, max(0, start - 8), start)
            start = yawm.start("y") if yawm else start   # "يوم أمس", "يوم غد": the day's noun is the time's
        found.append(Candidate(start, end, "day", {"offset": c["day_map"][key]}))
    for m in scan("period_part"):
        if _next_word(text, m.end("x")) in c["same_markers"]:
            continue   # "مطلع الشهر ذاته": the month last mentioned (same_period), not this one
        key = _squash(m["x"])
        if key == "الاسبوع" and _weekly_rest(text, m.start("p"), c):
            continue   # "يقضون عطلة نهاية الأسبوع": the weekly rest days, a habit, no week told
        period = dict(c["all_periods"][key])
        if _deadline_before(text, m.start("p"), c):
            period["deadline"] = True   # "حتى نهاية الأسبوع": the end still to come
        found.append(Candidate(m.start("p"), m.end("x"), "period", period,
                               period_part=int(c["period_part_map"][_squash(m["p"])])))
    for m in scan("period"):
        found.append(Candidate(_lam_start(text, m.start("x")), m.end("x"), "period",
                               dict(c["period_map"][_lam_key(_squash(m["x"]))])))
    for m in scan("weekday"):
        if _next_word(text, m.end("x")) in c["weekday_blockers"] or _previous_word(text, m.start("x")) in c["weekday_name_heads"]:
            continue
        if not m["yawm"] and not m["dir"] and _after_name_head(text, m.start("x"), c):
            continue   # "سوق الأربعاء", "بلدية الأربعاء ناث إيراثن": a town or a market named by the day
        if not m["dir"] and _previous_word(text, m.start("yawm") if m["yawm"] else m.start("x")) in c["generic_weekday_heads"]:
            continue   # "خطب الجمعة": the sermons of every Friday
        if (not m["dir"] and not m["yawm"] and m["x"] in c["numeral_weekdays"]
                and _previous_word(text, m.start()) in c["numeral_heads"]
                and not c["second_weekday"].match(text, m.end())):
            continue   # "الخلاف بين الاثنين": the numeral "the two", not Monday
        found.append(Candidate(m.start("yawm") if m["yawm"] else m.start("x"), m.end(), "weekday",
                               {"weekday": weekday_names()[m["x"]],
                                "direction": _weekday_direction(m["dir"], c),
                                "pair_next": m["dir"] in c["weekday_pair_next"]}))
    for m in scan("month"):
        if m.end() == m.end("x") and _month_as_a_word(text, m, c):
            continue
        found.append(Candidate(m.start("x"), m.end(), "month",
                               {"month": month_names()[_squash(m["x"])],
                                "direction": c["weekday_directions"][m["dir"]] if m["dir"] else None,
                                "year_offset": _year_offset(m, c),
                                "same_year": bool(m["ofsame"])}))
    for m in scan("ambiguous_month"):
        name, direction = (m["x"], m["dir"]) if m["x"] else (m["x2"], m["dir2"])
        found.append(Candidate(m.start("x") if m["x"] else m.start("x2"), m.end(), "month",
                               {"month": month_names()[name], "direction": direction_words()[direction] if direction else None,
                                "year_offset": _year_offset(m, c)}))
    year_positions = _year_positions(text)
    if year_positions:
        years: list[Candidate] = []
        for m in _years_at(text, year_positions, c["year"]):
            group = "y" if m["y"] else "y2"
            if group == "y2" and _counts_a_noun(text, m.end(group)) and not _after_year_part(text, m.start(group), c):
                continue   # "في 2000 موقع", "في 1500 مدرسة": a count of the noun after it, no year
            start = m.start() if m["y"] else m.start(group)
            start = _skip_clitic(text, start)
            end = m.end(group)
            if _GREGORIAN_MARK.match(text, end):   # "عام 2023م": the era's mark glued to the year
                end += 1
            years.append(Candidate(start, end, "year", {"year": int(m[group])}))
        for m in scan("year_noun"):
            years.append(Candidate(m.start("y"), m.end("y"), "year", {"year": int(m["y"])}))
        for year in list(years):
            years.extend(_joined_years(text, year, c))
        found.extend(years)
        found.extend(_year_ranges(text, year_positions, c))
    for m in scan("year_part"):   # "الربع الأخير من 2023": a year the year scan may not see
        found.append(Candidate(m.start("f"), m.end("y"), "year",
                               {"year": int(m["y"]), "season": tuple(c["year_parts"][_squash(m["f"])])}))
    for m in scan("year_part_of_this_year"):   # "الربع الأخير من العام": of the anchor's year
        found.append(Candidate(m.start("f"), m.end(), "period",
                               {"unit": "year", "offset": 0, "season": tuple(c["year_parts"][_squash(m["f"])])}))
    for m in scan("bare_year_part"):   # "خلال الربع الثاني": the anchor's latest quarter
        if not c["bare_year_part_before"].search(text, max(0, m.start("f") - 16), m.start("f")):
            continue
        found.append(Candidate(m.start("f"), m.end("f"), "season",
                               {"season": tuple(c["year_parts"][_squash(m["f"])]), "direction": None, "latest": True}))
    for m in scan("season"):
        found.append(Candidate(_lam_start(text, m.start("x")), m.end(), "season", {"season": tuple(c["seasons"][_squash(m["s"])]),
                                                                  "direction": direction_words()[m["dir"]]}))
    for m in scan("same_period"):
        found.append(Candidate(*_span(m), "same_period", dict(c["same_period_map"][_squash(m["x"])])))
    for m in scan("anaphoric_part"):
        rule = c["anaphoric_part_map"][_squash(m["x"])]
        found.append(Candidate(*_span(m), "anaphoric", {"offset": rule["offset"]}, part=rule["part"]))
    for m in scan("part_adverb"):
        before = _previous_word(text, m.start("x"))
        if _next_word(text, m.end("x")) in c["part_adverb_blockers"] or before.lstrip("و") in c["part_adverb_map"]:
            continue   # "ليلا ونهارا", "صباحا ومساء": all the time, no part of a day
        if before.isdigit():
            continue   # "عند 7 صباحا": the part of a clock reading, not a day's
        if _is_the_verb(m, before, _next_word(text, m.end("x")), c):
            continue   # "انتحاريان قد فجرا نفسيهما": the verb, no dawn
        found.append(Candidate(*_span(m), "anaphoric", {"offset": 0, "or_anchor": True, "adverb": True},
                               part=c["part_adverb_map"][_squash(m["x"])]))
    for m in scan("same_year"):
        found.append(Candidate(*_span(m), "same_year", {"offset": 1 if _squash(m["x"]) in c["next_year"] else 0}))
    for m in scan("span"):
        candidate = _span_candidate(text, m, c)
        if candidate is not None:
            found.append(candidate)
    for m in scan("feast"):
        if not m["ord"] and not m["dir"] and _feast_as_occasion(text, m.start(), c):
            continue   # "إحياء ذكرى يوم عاشوراء", "عطلة عيد الفطر": what the act is about, not when
        if c["feasts"][_squash(m["x"])].get("calendar") == "gregorian" and not _governed_feast(text, m):
            continue   # "تحوّل عيد نوروز إلى حداد": the feast as a verb's subject or object
        found.append(_feast(m, c))
    for m in scan("hijri_tens"):
        found.append(_hijri_tens(m, c))
    for m in scan("ordinal_day"):
        of = _OF_MONTH_GAP.match(text, m.end())
        if of and (c["month"].match(text, of.end()) or c["ambiguous_month"].match(text, of.end())):
            continue   # "اليوم السابع من أيار": the seventh day of a month, a date (find_absolute_dates)
        found.append(Candidate(*_span(m), "anaphoric", {"offset": 0, "ordinal": True,
                                                        "consecutive": bool(c["consecutive"].match(text, m.end()))}))
    for m in scan("ago"):
        candidate = _ago(text, m, c)
        if candidate:
            found.append(candidate)
    for name in ("clock", "clock_word"):
        for m in scan(name):
            candidate = _clock(text, m, c)
            if candidate:
                found.append(candidate)
    around = lambda kind: matches_around(c[kind], text, index, keywords[kind])  # noqa: E731
    for m in around("month_day"):
        candidate = _month_day(text, m, c)
        if candidate:
            found.append(candidate)
    for m in scan("after_that"):
        count = _count(m, c)
        if count is not None and c["units"][_squash(m["u"])] != "hour":
            found.append(Candidate(m.start("p"), m.end("u"), "after_that",
                                   {"unit": c["units"][_squash(m["u"])], "offset": c["after_that_map"][_squash(m["p"])] * count}))
    for m in scan("century"):
        found.append(_century(m, c))
    for m in scan("decade"):
        found.append(Candidate(*_span(m), "century", {"number": 20, "relative": None,
                                                      "decade": c["bare_decades"][_squash(m["x"])[2:]]}))
    for m in scan("fixed_span"):
        found.append(Candidate(*_span(m), "span", dict(c["fixed_span_map"][_squash(m["x"])])))
    for m in around("span_number_first"):
        found.append(Candidate(m.start(), m.end(), "span",
                               {"unit": c["units"][_squash(m["u"])], "count": int(m["n"]),
                                "sign": c["span_directions"][_squash(m["d"])]}))
    if c["gmt_cue"] in index:
        for m in c["gmt"].finditer(text):
            found.append(Candidate(m.start(), m.end(), "clock",
                                   {"hour": int(m["h"]), "minute": int(m["m"]), "utc": True}))
    kept = [x for x in _without_overlaps(found) if x.kind not in _NO_TIME_KINDS and not _an_outlets_name(text, x, c)]
    kept = _part_after_day(text, _merge_same_day(text, _day_of_a_year(text, kept)))
    for candidate in kept:
        _attach_part_of_day(text, candidate, c)
        _attach_period_part(text, candidate, c)
        _attach_season(text, candidate, c)
        _attach_week_of_month(text, candidate, c)
        _mark_month_deadline(text, candidate, c)
    ranged = _ranges(text, _nights_of_two_days(text, _weekdays_said_to_be_feasts(text, kept)), c)
    if any(word in text for word in c["recurring_before_keys"]):
        ranged = [x for x in ranged if not _habitual(text, x, c)]
    return _daily_schedules(text, _overnight_windows(text, _clock_with_day(text, ranged), c), c)


_FEAST_EQUATION = re.compile(rf"\s*(?:{_alt(relative_rules()['weekday_feast_equations'])})\s+(?:يوم\s+)?")


def _is_feast_day(candidate: Candidate) -> bool:
    return (candidate.kind == "absolute" and candidate.data.get("calendar") == "hijri"
            and candidate.data.get("year") is None and candidate.data.get("day") is not None)


def _weekdays_said_to_be_feasts(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A bare weekday that the sentence equates with a feast's or a holy month's day, before or
    after it ("أن السبت هو أول أيام شهر رمضان", "أن غرة شوال ستكون يوم الجمعة";
    relative.yaml weekday_feast_equations), is that day: it takes the feast's reading at its own
    span, in place of the last or next day of its name."""
    out = list(candidates)
    for index in range(len(out) - 1):
        first, second = out[index], out[index + 1]
        if not _FEAST_EQUATION.fullmatch(text, first.end, second.start):
            continue
        weekday, feast = (first, second) if first.kind == "weekday" else (second, first)
        if weekday.kind == "weekday" and weekday.data.get("direction") is None and _is_feast_day(feast):
            out[out.index(weekday)] = Candidate(weekday.start, weekday.end, "absolute",
                                                {**feast.data, "said_weekday": weekday.data["weekday"]},
                                                weekday.part, weekday.period_part)
    return out


_NIGHT_GAP = re.compile(rf"\s*(?:(?:{_alt(relative_rules()['night_span_joiners'])})(?!\w)\s*)?")
_NIGHT_GAP_GLUED = re.compile(r"\s*(?:[-/]\s*|و)?")
_EVENING_GAP = re.compile(rf"\s*(?:{_alt(relative_rules()['evening_span_joiners'])})\s*")


def _joins_a_night(text: str, previous: Candidate, candidate: Candidate) -> bool:
    """Is the text between two weekdays the joint of one night: any night joiner after "ليلة
    السبت", only a dash, a slash, إلى or حتى after "مساء الثلاثاء" (evening_span_joiners)?"""
    if previous.part == "evening":
        return bool(_EVENING_GAP.fullmatch(text, previous.end, candidate.start))
    return bool(_NIGHT_GAP.fullmatch(text, previous.end, candidate.start)
                or _NIGHT_GAP_GLUED.fullmatch(text, previous.end, candidate.start))


def _nights_of_two_days(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"ليل السبت الأحد", "ليلة السبت-الأحد", "ليل السبت إلى الأحد", "مساء الثلاثاء-الأربعاء": the
    night (or evening) of a weekday named with the day after it runs over both, a range from the
    first to the second."""
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == candidate.kind == "weekday" and previous.part in ("night", "evening")
                and candidate.part is None and previous.data.get("direction") is None
                and candidate.data["weekday"] == previous.data["weekday"] % 7 + 1
                and _joins_a_night(text, previous, candidate)):
            first = Candidate(previous.start, previous.end, "weekday", previous.data)
            out[-1] = Candidate(previous.start, candidate.end, "range", {"from": first, "to": candidate}, part="night")
            continue
        out.append(candidate)
    return out


_YAWM_BEFORE = re.compile(r"(?:(?<=[^\w])|^)[وفبل]?(?P<y>يوم)\s+$")   # "يوم 14 نوفمبر": the day's noun is the time's
_QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”", "'": "'"}


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """The words at [start, end) are all a quotation holds ("«الغد»", '"اليوم"'): a name
    or a word mentioned, not a time the sentence tells."""
    if start == 0 or end >= len(text):
        return False
    closing = _QUOTE_PAIRS.get(text[start - 1])
    return closing is not None and text[end] == closing


_NAME_OPENERS = "«\"“”'("
_NAME_CLOSERS = frozenset("»\"”“'″)")
_NAME_CLOSING = re.compile(r"\s*(?:\d{1,3}\s*)?(?P<q>[»\"”“'″)])")
_NAME_WORDS = 4


def _quoted_name(text: str, start: int, end: int, after_lam: bool = True) -> bool:
    """The words at [start, end) close a short quotation, or a bracket, opened right after the
    preposition ل ("قال لـ«الخرطوم اليوم»", "في تصريح لـ(عدن الغد)", "لـ”اليوم 24″"): whom a
    statement was made to, an outlet's name, not a time the sentence tells.  Without
    `after_lam`, any short quotation they close ('مبادرة "ليبيا الغد"')."""
    low = max(0, start - 40)
    opening = start - 1
    while opening >= low and text[opening] not in _NAME_OPENERS:
        if text[opening] in _NAME_CLOSERS or text[opening] in "،,.؛:":
            return False
        opening -= 1
    if opening < low:
        return False
    lam = opening - 1
    while lam >= 0 and text[lam] == " ":
        lam -= 1
    if after_lam and (lam < 0 or text[lam] != "ل" or (lam > 0 and _is_word_char(text[lam - 1]))):
        return False
    if len(text[opening + 1:start].split()) >= _NAME_WORDS:
        return False
    return _NAME_CLOSING.match(text, end) is not None


_CLOSES_A_CLAUSE = re.compile(r"\s*(?:[»\"”'.،؛!]|$)")


def _closing_idiom(text: str, start: int, end: int, c: dict[str, Any]) -> bool:
    """"بعد اليوم" (the day word at start:end) closing its sentence or quotation: the idiom "no more", not a time."""
    return _previous_word(text, start) in c["day_idiom_before"] and _CLOSES_A_CLAUSE.match(text, end) is not None


def _weekly_rest(text: str, start: int, c: dict[str, Any]) -> bool:
    """Does a holiday noun ("عطلة", "إجازة") ungoverned by a preposition of time stand before the
    "نهاية الأسبوع" at `start`: the rest days as a habit ("يقضون عطلة نهاية الأسبوع"), not the
    week's end the story tells ("خلال عطلة نهاية الأسبوع")?"""
    head = _previous_word(text, start)
    if head.removeprefix("و").removeprefix("ب") not in c["weekend_holiday_heads"]:
        return False
    at = text.rfind(head, 0, start)
    return _previous_word(text, at).removeprefix("و") not in c["weekend_holiday_governors"]


def _an_outlets_name(text: str, candidate: Candidate, c: dict[str, Any]) -> bool:
    """Is the candidate an outlet's name rather than a time: the whole of a short quotation
    opened right after ل ('قال مصدر لـ"26 سبتمبر"'، 'لـ"اليوم التالي"'), the name of a web
    address ("فبراير.كوم"), or a date right after an outlet's head noun ("لصحيفة 26 سبتمبر")?
    Any kind of time: the day words check this as they are read."""
    return (_quoted_name(text, candidate.start, candidate.end)
            or c["web_address"].match(text, candidate.end) is not None
            or (candidate.kind == "absolute" and _after_outlet_head(text, candidate.start, c)))


def _after_outlet_head(text: str, start: int, c: dict[str, Any]) -> bool:
    """Does an outlet's head noun ("قناة", "لصحيفة") stand right before `start`?"""
    word = _previous_word(text, start)
    return word in c["outlet_heads"] or (word[:1] in "وبل" and word[1:] in c["outlet_heads"])


def _after_name_head(text: str, start: int, c: dict[str, Any]) -> bool:
    """Does a noun that takes a date as its name ("قوى", "حركة", "مدينة", "ملعب"; relative.yaml
    `name_number_heads`) stand right before `start`, after a proclitic or none?"""
    word = _previous_word(text, start)
    return word in c["name_number_heads"] or (word[:1] in "وبلف" and word[1:] in c["name_number_heads"])


def _after_year_part(text: str, start: int, c: dict[str, Any]) -> bool:
    """Does a word of a part of the year (relative.yaml `year_part_prepositions`: مطلع، نهاية،
    صيف …) stand right before the number at `start`, after و/ف or none?  Such a word governs a
    year, never a count, so a noun after the number ("في مطلع 2017 حالة الطوارئ") is the verb's
    object, not the thing counted."""
    word = _previous_word(text, start)
    return word in c["year_part_prepositions"] or (word[:1] in "وف" and word[1:] in c["year_part_prepositions"])


def _counts_a_noun(text: str, end: int) -> bool:
    """Is the word after a bare four-digit number (`end`) a counted noun without article or
    clitic, one the figures lexicon lists ("2000 موقع", "1500 مدرسة")?  A year is followed by a
    verb, a definite noun or punctuation; a count by the noun it counts.  Time units are left
    out: they count no thing ("2020 عاما" is no year, but the figures stage has it)."""
    from khabar.figures.lexicon import lexicon

    word = _next_word(text, end)
    found = lexicon().noun(word, article=False) if word else None
    return found is not None and found[1].counts


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The given names the entity recogniser knows (khabar/entities/data/given_names.yaml)."""
    from khabar.entities.recognise import _given_names as given_names

    return given_names()


def _year_offset(m: re.Match, c: dict) -> int | None:
    """The year offset a month's "من العام الماضي" names (None where the month names no year)."""
    return c["period_map"][_squash(m["of"])]["offset"] if m["of"] else None


def _month_as_a_word(text: str, m: re.Match, c: dict[str, Any]) -> bool:
    """A month named alone that is a word of something else: a surname after a given name
    ("حميد شباط"), the name of a place or a body after its head noun ("حي تموز"), or a verb
    ("مارس الجيش ضغوطا") where no preposition, no glued ب/ل and no شهر make it a month."""
    prefix = text[m.start():m.start("x")]
    if "شهر" in prefix:
        return False
    before = _previous_word(text, m.start())
    if before in c["month_prepositions"] or before[1:] in c["month_prepositions"] and before[:1] in "وف":
        return False
    if before in _given_names() or _after_name_head(text, m.start(), c):
        return True
    return _squash(m["x"]) in c["verb_months"] and not prefix.endswith(("ب", "ل")) and before not in month_names()


_OF_MONTH_GAP = re.compile(r"\s+من\s+")
_YEAR_LOOK_BACK = 40    # characters before a year its head may begin ("وبالعام 2020", "مستهل 2020")
_YEAR_LOOK_AHEAD = 12


def _years_at(text: str, year_positions: list[int], pattern: re.Pattern[str]):
    """The matches of the year pattern whose year is one of the text's four-digit years,
    searched in a short window around each."""
    size = len(text)
    for position in year_positions:
        for m in pattern.finditer(text, max(0, position - _YEAR_LOOK_BACK), min(size, position + _YEAR_LOOK_AHEAD)):
            if m.start("y" if m["y"] else "y2") == position:
                yield m
                break


def _year_ranges(text: str, year_positions: list[int], c: dict[str, Any]) -> list[Candidate]:
    """"من 2011 إلى 2015", "بين 2011 و2015", "الخطة الخمسية 2020-2025": two bare years after a
    range opening or joined by a dash, the second after the first and near it, are a range of years."""
    out = []
    for position in year_positions:
        m = c["year_pair"].match(text, position)
        if m is None or not 0 < int(m["b"]) - int(m["a"]) <= c["year_range_span"]:
            continue
        opening = c["range_opening"].search(text, max(0, m.start() - 24), m.start())
        if opening is None and not m["dash"]:
            continue   # "2020-2025" is a range by itself; "2011 و2015" after an opening
        first = Candidate(m.start("a"), m.end("a"), "year", {"year": int(m["a"])})
        second = Candidate(m.start("b"), m.end("b"), "year", {"year": int(m["b"])})
        out.append(Candidate(opening.start("o") if opening else m.start(), m.end(), "range", {"from": first, "to": second}))
    return out


def _joined_years(text: str, year: Candidate, c: dict[str, Any]) -> list[Candidate]:
    """"أعوام 1960 و1971 و1980", "عام 2024 بدلا من 2022": years joined to a year are years."""
    out = []
    end = year.end
    while (m := c["year_join"].match(text, end)) is not None:
        out.append(Candidate(m.start("y"), m.end("y"), "year", {"year": int(m["y"])}))
        end = m.end()
    return out


def _span_candidate(text: str, m: re.Match, c: dict[str, Any]) -> Candidate | None:
    """"الأسابيع الأربعة الأخيرة", "الساعات الـ24 الماضية": a counted span of units before or
    after today.

    An uncounted span ("الأيام الماضية", "خلال الأشهر المقبلة", "الساعات الأخيرة") names no
    date an analyst can chart, only a horizon the text sets: its bounds would be a guess, so it
    is no time (docs/gold-format.md, "Vague periods are no times")."""
    unit = c["span_units"][_lam_key(_squash(m["x"]))]
    if m["n"]:
        count = int(m["n"])
    elif m["w"]:
        count = c["span_numbers"][_squash(m["w"])]
    else:
        return None
    return Candidate(_lam_start(text, m.start("x")), m.end(), "span",
                     {"unit": unit, "count": count, "sign": c["span_directions"][_squash(m["d"])]})


def _attach_period_part(text: str, candidate: Candidate, c: dict[str, Any]) -> None:
    """"مطلع عام 2025", "نهاية أبريل", "أواخر يونيو 2024": a part word before a year or a month."""
    if candidate.period_part is not None or candidate.kind not in ("year", "month", "absolute", "same_period", "same_year"):
        return
    if candidate.kind == "absolute" and candidate.data.get("day") is not None:
        return
    before = text[max(0, candidate.start - 24):candidate.start]
    match = c["period_part_before"].search(before)
    if match:
        candidate.period_part = int(c["period_part_map"][_squash(match["p"])])
        candidate.start = candidate.start - len(before) + match.start("p")
        if candidate.kind == "year" and _squash(match["p"]) in c["early_part_words"]:
            candidate.data["early_part"] = True   # "أوائل 2022": its first quarter (year_early_part)


def _attach_week_of_month(text: str, candidate: Candidate, c: dict[str, Any]) -> None:
    """"الأسبوع الأول من مايو", "الأسبوع الأخير من الشهر الماضي": a week of a month by its rank."""
    if candidate.period_part is not None or "week_of_month" in candidate.data:
        return
    if not (candidate.kind == "month" or (candidate.kind == "period" and candidate.data.get("unit") == "month")
            or (candidate.kind == "absolute" and candidate.data.get("day") is None and candidate.data.get("days") is None
                and candidate.data.get("calendar") == "gregorian")):
        return
    before = text[max(0, candidate.start - 32):candidate.start]
    match = c["week_of_month_before"].search(before)
    if match:
        candidate.data = {**candidate.data, "week_of_month": int(c["week_ranks"][_squash(match["r"])])}
        candidate.start = candidate.start - len(before) + match.start("w")


def _attach_season(text: str, candidate: Candidate, c: dict[str, Any]) -> None:
    """"ربيع عام 2022", "صيف العام نفسه", "شتاء العام الماضي": a season of a named year."""
    if not (candidate.kind in ("year", "same_year") or (candidate.kind == "period" and candidate.data.get("unit") == "year")):
        return
    if candidate.period_part is not None:
        return
    before = text[max(0, candidate.start - 16):candidate.start]
    match = c["season_before"].search(before)
    if match:
        candidate.data["season"] = tuple(c["seasons"][_squash(match["s"])])
        candidate.start = candidate.start - len(before) + match.start("s")
        return
    if "season" in candidate.data:
        return
    before = text[max(0, candidate.start - 32):candidate.start]
    match = c["year_part_before"].search(before)
    if match:   # "النصف الأول من العام الجاري": months of that year
        candidate.data["season"] = tuple(c["year_parts"][_squash(match["f"])])
        candidate.start = candidate.start - len(before) + match.start("f")


_RANGE_KINDS = {"weekday", "absolute", "year", "day", "month", "period"}


def _habitual(text: str, candidate: Candidate, c: dict[str, Any]) -> bool:
    """A month, a date without its year, or a range of them right after a habitual adverb
    ("عادة من يونيو إلى أكتوبر"): a time of every year, none the news tells."""
    ends = (candidate.data["from"], candidate.data["to"]) if candidate.kind == "range" else (candidate,)
    if not all((x.kind == "month" and x.data.get("direction") is None and x.data.get("year_offset") is None)
               or (x.kind == "absolute" and x.data.get("year") is None and x.data.get("direction") is None)
               for x in ends):
        return False
    return c["recurring_before"].search(text, max(0, candidate.start - 24), candidate.start) is not None


def _since_direction(text: str, date, c: dict[str, Any]) -> str | None:
    """The date's own direction, or "past" for a day without its year right after منذ ("منذ
    7 أكتوبر", "منذ مطلع يوليو"): what something has lasted since lies behind the anchor, so
    it is never the coming occurrence a few days ahead."""
    if date.direction is not None or date.year is not None:
        return date.direction
    return "past" if c["since_before_date"].search(text, max(0, date.start - 24), date.start) else None


def _deadline_before(text: str, start: int, c: dict[str, Any]) -> bool:
    """Is the word before `start` a deadline word ("حتى 30 يونيو"), also with the conjunction و
    glued to it, as a range's second end is written ("من 15 مارس وحتى 15 أبريل"، "ولغاية")?"""
    word = _previous_word(text, start)
    return word in c["deadline_words"] or (word[:1] == "و" and word[1:] in c["deadline_words"])


def _nearest_occurrence(text: str, start: int, c: dict[str, Any]) -> bool:
    """Does a deadline word ("حتى 30 يونيو") or an effective-from phrase ("ابتداء من الأول من
    مايو") stand before a date without its year: then it is the occurrence nearest the anchor."""
    return (_deadline_before(text, start, c)
            or c["effective_from"].search(text, max(0, start - 24), start) is not None
            or _kept_on_the_day(text, start, c)
            or _put_off_to(text, start, c))


def _is_the_verb(m: re.Match, before: str, after: str, c: dict[str, Any]) -> bool:
    """Is a part-of-day adverb the verb it is spelt like ("فجرا", the two blew up), by the word
    before it or its object after it (relative.yaml part_adverb_verbs)?"""
    sides = c["part_adverb_verbs"].get(_squash(m["x"]))
    return bool(sides) and (before.lstrip("و") in sides["before"] or after in sides["after"])


_CLAUSE_END = re.compile(r"[.،,؛;:!?؟«»\"()]")


def _kept_on_the_day(text: str, start: int, c: dict[str, Any]) -> bool:
    """Does a present-tense verb of keeping a day stand a few words before `start`, in its clause
    ("وتحيي البلاد في 25 مايو"; relative.yaml commemoration_verbs and commemoration_window)?"""
    return _listed_in(_clause_words_before(text, start)[-c["commemoration_window"]:], c["commemoration_verbs"])


def _put_off_to(text: str, start: int, c: dict[str, Any]) -> bool:
    """Does إلى stand right before `start` after a word of putting off in its clause ("أجلت
    المحكمة الجلسة إلى 15 أبريل"; relative.yaml postponement_words and postponement_window)?
    (The text is normalised: إلى is read as الي.)"""
    if _previous_word(text, start) != "الي":
        return False
    clause = _clause_words_before(text, start)[-c["postponement_window"] - 1:-1]
    return _listed_in(clause, c["postponement_words"])


def _clause_words_before(text: str, start: int) -> list[str]:
    """The words of the clause that ends at `start`, within 80 characters before it."""
    return _CLAUSE_END.split(text[max(0, start - 80):start])[-1].split()


def _listed_in(words: list[str], wanted) -> bool:
    """Whether one of the words is listed, as written or without a و/ف glued on."""
    return any(word in wanted or (word[:1] in "وف" and word[1:] in wanted) for word in words)


def _mark_month_deadline(text: str, candidate: Candidate, c: dict[str, Any]) -> None:
    """A month named without its year or a direction after a deadline word, its part of the
    month included ("تمديد حالة الطوارئ حتى نهاية أبريل", "تستمر الهدنة حتى منتصف مايو"): like a
    day ("حتى 30 يونيو"), the occurrence nearest the anchor rather than the last one over."""
    if candidate.kind == "month" and candidate.data.get("direction") is None and candidate.data.get("year_offset") is None:
        candidate.data["deadline"] = _nearest_occurrence(text, candidate.start, c)


def _range_kind(candidate: Candidate) -> str:
    """What a range end names: days (today, a weekday, a dated day) join each other
    ("من اليوم حتى 20 يونيو"); months join months and what is valued as a month: a month
    period ("الشهر المقبل") or a part of a year ("من يوليو حتى نهاية العام الجاري");
    other kinds join their own kind."""
    if candidate.kind in ("day", "weekday") or (candidate.kind == "absolute" and candidate.data.get("day") is not None):
        return "day"
    if candidate.kind == "absolute" and candidate.data.get("month") is not None:
        return "month"   # "من يناير إلى مارس 2024": a month of a named year is a month
    if candidate.kind == "period" and (candidate.data.get("unit") == "month"
                                       or (candidate.data.get("unit") == "year" and candidate.period_part is not None)):
        return "month"
    return candidate.kind


def _dual_opening(text: str, previous: Candidate, candidate: Candidate, c: dict[str, Any]) -> re.Match | None:
    """"شهري مايو ويونيو", "يومي السبت والأحد": the dual noun before two months or two weekdays
    running, joined by و; the noun's match, or None."""
    if previous.kind != candidate.kind or previous.data.get("direction") is not None:
        return None
    if previous.kind == "month":
        running = (previous.data.get("year_offset") is None
                   and candidate.data["month"] == previous.data["month"] % 12 + 1)
        opening = c["dual_month_opening"]
    elif previous.kind == "weekday":
        running = previous.part is None and candidate.data["weekday"] == previous.data["weekday"] % 7 + 1
        opening = c["dual_day_opening"]
    else:
        return None
    if not running or _WAW_GAP.fullmatch(text, previous.end, candidate.start) is None:
        return None
    return opening.search(text, max(0, previous.start - 12), previous.start)


_WAW_GAP = re.compile(r"\s+و\s*")


def _ranges(text: str, candidates: list[Candidate], c: dict[str, Any]) -> list[Candidate]:
    """"من السبت إلى الاثنين", "بين عامي 1975 و1990", "من 19 إلى 21 أبريل": one range."""
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        if (previous is not None and _range_kind(previous) == _range_kind(candidate) and candidate.kind in _RANGE_KINDS
                and previous.kind in _RANGE_KINDS
                and c["range_gap"].fullmatch(text, previous.end, candidate.start)
                and c["range_opening"].search(text, max(0, previous.start - 24), previous.start)):
            opening = c["range_opening"].search(text, max(0, previous.start - 24), previous.start)
            out[-1] = Candidate(opening.start("o"), candidate.end, "range", {"from": previous, "to": candidate})
            continue
        dual = _dual_opening(text, previous, candidate, c) if previous is not None else None
        if dual is not None:
            # the noun (with its preposition, "بشهري") starts the range, not a conjunction glued to it ("ويومي السبت والأحد")
            out[-1] = Candidate(dual.start("n"), candidate.end, "range", {"from": previous, "to": candidate})
            continue
        if candidate.kind in _DAY_OF_MONTH_KINDS and candidate.data.get("day") is not None:
            # "من 19 إلى 21 أبريل", "من 10 إلى 14 الشهر الجاري": the first day of the second's month
            before = c["range_days_before"].search(text, max(0, candidate.start - 40), candidate.start)
            if before and int(before["d"]) < candidate.data["day"]:
                first = Candidate(before.start("d"), before.end("d"), candidate.kind,
                                  {**candidate.data, "day": int(before["d"])})
                out.append(Candidate(before.start("o"), candidate.end, "range", {"from": first, "to": candidate}))
                continue
            night = c["night_days_before"].search(text, max(0, candidate.start - 20), candidate.start)
            if night and int(night["d"]) == candidate.data["day"] - 1:
                first = Candidate(night.start("d"), night.end("d"), candidate.kind, {**candidate.data, "day": int(night["d"])})
                out.append(Candidate(night.start("o"), candidate.end, "range", {"from": first, "to": candidate}, part="night"))
                continue
            pair = c["day_pair_before"].search(text, max(0, candidate.start - 12), candidate.start)
            if pair and 1 <= int(pair["d"]) < candidate.data["day"]:
                # "يومي 12 و13 يونيو": two days running are a range; "في 5 و20 مايو" two dates
                first = Candidate(pair.start("d"), pair.end("d"), candidate.kind, {**candidate.data, "day": int(pair["d"])})
                if int(pair["d"]) == candidate.data["day"] - 1:
                    out.append(Candidate(pair.start("d"), candidate.end, "range", {"from": first, "to": candidate}))
                else:
                    out.extend((first, candidate))
                continue
        out.append(candidate)
    return out


_DAY_OF_MONTH_KINDS = {"absolute", "month_day"}
_NO_TIME_KINDS = {"recurring", "name"}   # spans found to hold no time: they only keep other readings out
_CLOCK_DAY_KINDS = {"day", "weekday", "absolute", "anaphoric"}
_CLOCK_DAY_GAP = re.compile(r"\s*(?:من\s+)?(?:يوم\s+)?")


_WINDOW_REACH = 80   # characters before the clock range where the word of the window may stand


def _overnight_windows(text: str, candidates: list[Candidate], c: dict[str, Any]) -> list[Candidate]:
    """"حظر التجول من السابعة مساء إلى السادسة صباحا": an evening hour to a morning hour with no
    day named, after a word of a nightly window (relative.yaml nightly_window_words: a curfew,
    a ban), is kept every night, no time of the story; both clock times go."""
    dropped: set[int] = set()
    for i in range(len(candidates) - 1):
        first, second = candidates[i], candidates[i + 1]
        if (first.kind == second.kind == "clock" and "on" not in first.data and "on" not in second.data
                and first.data["hour"] >= 12 > second.data["hour"]
                and c["clock_range_gap"].fullmatch(text, first.end, max(first.end, second.start))
                and c["clock_range_opening"].search(text, max(0, first.start - 8), first.start)
                and c["nightly_window_words"].search(text, max(0, first.start - _WINDOW_REACH), first.start)):
            dropped.update((i, i + 1))
    return [x for i, x in enumerate(candidates) if i not in dropped] if dropped else candidates


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _daily_schedules(text: str, candidates: list[Candidate], c: dict[str, Any]) -> list[Candidate]:
    """"يبدأ الدوام الرسمي الساعة العاشرة صباحا"، "ساعات العمل من الثامنة صباحا حتى الثانية ظهرا": a
    clock time with no day named after a word of daily hours (relative.yaml daily_window_words) in
    its sentence, within a short reach, is kept every day: no time of the story."""
    if not any(x.kind == "clock" for x in candidates):
        return candidates
    kept = []
    for x in candidates:
        if x.kind == "clock" and "on" not in x.data:
            window = _SENTENCE_END.split(text[max(0, x.start - _WINDOW_REACH):x.start])[-1]
            if c["daily_window_words"].search(window):
                continue
        kept.append(x)
    return kept


def _clock_with_day(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"السابعة من صباح غد الجمعة": a clock time followed by the day it falls on."""
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == "clock" and candidate.kind in _CLOCK_DAY_KINDS
                and _CLOCK_DAY_GAP.fullmatch(text, previous.end, max(previous.end, candidate.start))):
            out[-1] = Candidate(previous.start, candidate.end, "clock", {**previous.data, "on": candidate})
            continue
        out.append(candidate)
    return out


_OF = re.compile(r"\s+(?:من\s+)?$")


def _day_of_a_year(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"30 يونيو من العام المقبل", "7 أكتوبر من العام الماضي": a date without its year and
    the year it is of become one date."""
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == "absolute" and previous.data.get("year") is None
                and previous.data.get("calendar") == "gregorian" and previous.data.get("direction") is None
                and candidate.kind == "period" and candidate.data.get("unit") == "year" and candidate.period_part is None
                and _OF.fullmatch(text, previous.end, candidate.start)):
            out[-1] = Candidate(previous.start, candidate.end, "absolute",
                                {**previous.data, "year_offset": candidate.data["offset"]}, previous.part)
            continue
        if (previous is not None and previous.kind == "same_period" and previous.data["unit"] == "month"
                and previous.data["offset"] == 0 and previous.period_part is None and _OF.fullmatch(text, previous.end, candidate.start)
                and (candidate.kind == "year" or (candidate.kind == "period" and candidate.data.get("unit") == "year"
                                                  and candidate.period_part is None))):
            # "مقارنة بالشهر نفسه من العام الماضي", "الشهر ذاته من سنة 2024": the month last
            # mentioned, in the year named after it
            year = {"year": candidate.data["year"]} if candidate.kind == "year" else {"year_offset": candidate.data["offset"]}
            out[-1] = Candidate(previous.start, candidate.end, "same_period", {**previous.data, **year}, previous.part)
            continue
        out.append(candidate)
    return out


_DAY_KINDS = {"day", "weekday", "absolute"}
_SPECIFICITY = {"absolute": 0, "day": 1, "weekday": 2}


_SAME_DAY_GAP = re.compile(
    rf"[\s،,(]*(?:(?P<joiner>{_alt(relative_rules()['same_day_joiners'])})(?:\s*ل)?(?!\w)[\s،,(]*)?")


def _merge_same_day(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"اليوم الجمعة", "أمس الأحد", "يوم الثلاثاء 16 أبريل", "الجمعة الموافق 7 يونيو":
    expressions side by side that name one day become one, valued by the most specific of them."""
    merged: list[Candidate] = []
    for at, candidate in enumerate(candidates):
        previous = merged[-1] if merged else None
        following = candidates[at + 1] if at + 1 < len(candidates) else None
        gap = previous and (_one_day_in_two_calendars(text, previous, candidate)
                            or _joined_same_day(text, previous, candidate, following))
        if not gap:
            merged.append(candidate)
            continue
        # the most specific; of two dates, the Gregorian one
        best = min((previous, candidate), key=lambda x: (_SPECIFICITY[x.kind], x.data.get("calendar") == "hijri"))
        data = dict(best.data)
        weekday = next((x.data["weekday"] if x.kind == "weekday" else x.data.get("named_weekday")
                        for x in (previous, candidate) if x.kind == "weekday" or x.data.get("named_weekday")), None)
        if weekday is not None:
            # "يوم الأربعاء (3 يناير 2024)": a date as news dates its day, weekday and all
            data["weekday_named"] = True
            data["named_weekday"] = weekday
        end = candidate.end
        if "(" in gap.group() and (close := _CLOSING_BRACKET.match(text, end)):
            end = close.end()   # "أمس (الأحد)": the bracket opened in the gap closes in the time
        merged[-1] = Candidate(previous.start, end, best.kind, data,
                               part=previous.part or candidate.part, period_part=best.period_part)
    return merged


def _joined_same_day(text: str, previous: Candidate, candidate: Candidate,
                     following: Candidate | None = None) -> re.Match | None:
    """The gap's match when two day expressions side by side name one day ("اليوم الجمعة"،
    "الجمعة الموافق 7 يونيو"), else None.  `following` is the expression after `candidate`: a
    weekday set off by a comma joins the day before it only when no date follows it."""
    if previous.kind not in _DAY_KINDS or candidate.kind not in _DAY_KINDS:
        return None
    gap = _SAME_DAY_GAP.fullmatch(text, previous.end, candidate.start)
    if (gap is None
            # two dates are one day only when a joiner says so: "17 ذو الحجة 1445 هـ الموافق 23 يونيو 2024"
            or (previous.kind == candidate.kind == "absolute" and not gap["joiner"])
            # "فجر اليوم، الأحد 8 من كانون الأول": a comma sets the date off as a time of its own; a bare
            # weekday after it is the day's name in apposition ("مساء أمس، السبت،"، "ظهر اليوم، الأحد")
            or (previous.kind == "day" and not gap["joiner"] and _COMMA.search(gap.group())
                and (candidate.kind != "weekday" or _dated_weekday(text, candidate, following)))
            or (previous.kind == candidate.kind == "weekday" and previous.data["weekday"] != candidate.data["weekday"])
            or (candidate.kind == "absolute" and candidate.data.get("day") is None)
            or (previous.kind == "absolute" and previous.data.get("day") is None)):
        return None
    return gap


def _dated_weekday(text: str, weekday: Candidate, following: Candidate | None) -> bool:
    """Is the weekday followed by a date of its own ("الأحد 8 من كانون الأول")?"""
    return (following is not None and following.kind == "absolute" and following.data.get("day") is not None
            and _SAME_DAY_GAP.fullmatch(text, weekday.end, following.start) is not None)


_CALENDAR_PAIR_GAP = re.compile(r"[\s،,(\-–/]*")


def _one_day_in_two_calendars(text: str, previous: Candidate, candidate: Candidate) -> re.Match | None:
    """The gap's match when a full Hijri date and a full Gregorian one stand side by side, set off
    only by a bracket, a dash, a slash or a comma, and name the same day (a day apart at most: the
    moon sighted a day early or late) — "20 رمضان 1447 هـ (9 مارس 2026)"، "… هـ - 9 مارس 2026": the
    same day twice, as after الموافق; else None."""
    if previous.kind != "absolute" or candidate.kind != "absolute":
        return None
    dates = {x.data.get("calendar"): x.data for x in (previous, candidate)}
    if set(dates) != {"hijri", "gregorian"} or any(
            d.get("year") is None or d.get("day") is None or d.get("month") is None for d in dates.values()):
        return None
    gap = _CALENDAR_PAIR_GAP.fullmatch(text, previous.end, candidate.start)
    if gap is None:
        return None
    # a Hijri date with its year is held as its Gregorian day (calendars.find_absolute_dates)
    hijri, gregorian = (date(d["year"], d["month"], d["day"]) for d in (dates["hijri"], dates["gregorian"]))
    return gap if abs((hijri - gregorian).days) <= 1 else None


_COMMA = re.compile(r"[،,]")
_CLOSING_BRACKET = re.compile(r"\s*\)")
_ADVERB_GAP = re.compile(r"\s*،?\s*")


def _part_after_day(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"الأحد فجرا", "أمس ليلا": a part-of-day adverb right after a day names a part of it."""
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        if (previous is not None and candidate.kind == "anaphoric" and candidate.data.get("or_anchor")
                and candidate.part and previous.part is None
                and (previous.kind in ("day", "weekday") or (previous.kind == "absolute" and previous.data.get("day")))
                and _ADVERB_GAP.fullmatch(text, previous.end, candidate.start)):
            out[-1] = Candidate(previous.start, candidate.end, previous.kind, previous.data, candidate.part, previous.period_part)
            continue
        out.append(candidate)
    return out


def _squash(phrase: str) -> str:
    return " ".join(phrase.split())


def _previous_word(text: str, index: int) -> str:
    """The word that ends right before the white space before `index` (within 40
    characters; "" when no space or no word stands there), read back character by
    character: a regex search tried at every position of the window cost a hundred times more."""
    low = max(0, index - 40)
    end = index
    while end > low and text[end - 1].isspace():
        end -= 1
    if end == index:
        return ""
    start = end
    while start > low and _is_word_char(text[start - 1]):
        start -= 1
    return text[start:end]


def _next_word(text: str, index: int) -> str:
    match = _NEXT_WORD.match(text, index, index + 40)
    return match.group(1) if match else ""


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _skip_clitic(text: str, start: int) -> int:
    while start < len(text) and text[start] in "وفبل" and text[start:start + 3] not in ("عام",):
        if text[start + 1:start + 4].startswith(("عام", "سنه", "ال")):
            return start + 1
        break
    return start


# "منذ عام 1999", "قبل يوم الجمعة", "منذ يوم 7 أكتوبر": a year, a weekday or a day of the month after the unit word
_YEAR_OR_DAY_NAME = re.compile(r"\s+(?:(?:19|20)\d\d(?!\d)|ال(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)(?!\w)|\d{1,2}(?![\d:.,/]))")


_CLAUSE_BREAK = re.compile(r"[،,؛;:.!?؟«»\"“”()]")
_WORDS = re.compile(r"\w+")
_CLAUSE_WORDS = 8


def _count(m: re.Match, c: dict[str, Any]) -> int | None:
    """How many units "N units" says: the number, two for a dual, one for a singular,
    None for a plural without a number ("قبل أيام")."""
    unit_word = _squash(m["u"])
    if m["n"]:
        return int(m["n"]) if m["n"].isdigit() else c["numbers"].get(_squash(m["n"]))
    if unit_word in c["duals"]:
        return 2
    if unit_word in c["singular_units"]:
        return 1
    return None


_DAY_BEFORE_WAW = re.compile(r"(?:(?<=[^\w])|^)[وف]?(?:بين|في|يوم|يومي|من)\s+(?:ال(?:ـ)?\s*)?\d{1,2}\s*$")


def _month_day(text: str, m: re.Match, c: dict[str, Any]) -> Candidate | None:
    """"في 15 الجاري", "يوم 20 من الشهر الماضي": a day of the month before, of or after the anchor's."""
    digits = m["d"].isdigit()
    if m["d"] and not m["d"][0].isdigit() and _previous_word(text, m.start("d")) in _not_day_heads():
        return None   # "النصف الثاني من الشهر المقبل": a half of the month, not its 2nd
    if m["this"]:   # "يوم 5 من هذا الشهر": a day of the anchor's month
        day = int(m["d"]) if digits else ordinal_days()[_squash(m["d"])]
        if not 1 <= day <= 31:
            return None
        return Candidate(m.start("al") if m["al"] else m.start("d"), m.end(), "month_day", {"day": day, "direction": "current"})
    same = m["dir"] in c["same_markers"]
    # "بين 5 و20 الجاري": the second of two days joined by و has the first's cue
    joined = bool(m["waw"]) and _DAY_BEFORE_WAW.search(text, max(0, m.start() - 20), m.start()) is not None
    if not m["noun"] and (same or not (digits and (m["cue"] or m["al"] or joined))):
        return None   # a bare "N الماضي" needs a cue before it; an ordinal word and "نفسه" need the noun
    day = int(m["d"]) if digits else ordinal_days()[_squash(m["d"])]
    if not 1 <= day <= 31:
        return None
    start = m.start("al") if m["al"] else m.start("d")
    return Candidate(start, m.end(), "month_day", {"day": day, "direction": "same" if same else direction_words()[m["dir"]]})


def _century(m: re.Match, c: dict[str, Any]) -> Candidate:
    """"القرن التاسع عشر", "القرن الـ19", "ثمانينيات القرن الماضي"."""
    if m["dir"]:
        number, relative = None, {"past": -1, "next": 1, "current": 0}[direction_words()[m["dir"]]]
    else:
        number, relative = (int(m["n"]) if m["n"] else ordinal_days()[_squash(m["ord"])]), None
    decade = c["decades"][_squash(m["dec"])] if m["dec"] else None
    return Candidate(m.start(), m.end(), "century", {"number": number, "relative": relative, "decade": decade})


def _ago(text: str, m: re.Match, c: dict[str, Any]) -> Candidate | None:
    unit_word = _squash(m["u"])
    unit = c["units"][unit_word]
    if unit == "hour":
        return None
    count = _count(m, c)
    if count is None:  # "قبل أيام": some days ago — no exact value
        return None
    following = text[m.end("u"):m.end("u") + 24]
    if _YEAR_OR_DAY_NAME.match(following):
        return None  # "منذ عام 1999", "قبل يوم الجمعة", "منذ يوم 7 أكتوبر": the unit word heads a date, it counts nothing
    particle = _squash(m["p"])
    if particle == "منذ" and m["bound"]:
        return None   # "أكبر عملية منذ أكثر من عام": how long, not when
    if particle == "منذ":
        # the clause before it (back to a comma or a quote, at most eight words) says whether
        # "منذ" counts how long a state lasts ("كانت مخزنة في أحد عنابر المرفأ منذ ست سنوات")
        clause = _CLAUSE_BREAK.split(text[max(0, m.start() - 80):m.start()])[-1]
        before = _WORDS.findall(clause)[-_CLAUSE_WORDS:]
        if any(word in c["duration_cues"] or word.lstrip("و") in c["duration_cues"] for word in before):
            return None
        if any(word in c["since_horizon_cues"] or word[1:] in c["since_horizon_cues"] for word in before):
            return None   # "الأعنف منذ نحو ثلاث سنوات", "لأول مرة منذ 20 عاما": in N units, no date
    sign = 1 if particle in c["after"] else -1
    tail = c["after_that_tail"].match(text, m.end("u"))
    if tail and particle != "منذ":  # "بعد أسبوع من ذلك": counted from the day last mentioned
        return Candidate(m.start("p"), tail.end(), "after_that", {"unit": unit, "offset": sign * count})
    if c["from_event"].match(following):
        return None  # "بعد أسبوعين من مقتل …": counted from another event, not from today
    # a bound or an approximator ("قبل أكثر من خمس سنوات", "قبل نحو عام") makes the count vague
    vague = bool(text[m.end("p"):m.start("n") if m["n"] else m.start("u")].strip())
    return Candidate(m.start("p"), m.end("u"), "ago", {"unit": unit, "offset": sign * count, "vague": vague})


def _clock(text: str, m: re.Match, c: dict[str, Any]) -> Candidate | None:
    """A clock time: the hour (12-hour reading made 24-hour by the part of day) and minutes."""
    g = m.groupdict()
    hour = int(g["hm"]) if g.get("hm") else c["hours"].get(_squash(g["hw"] or ""))
    if hour is None or hour > 24:
        return None
    if g.get("mw"):   # "السادسة وسبع دقائق"
        minutes = int(g["mw"]) if g["mw"].isdigit() else c["minute_numbers"][_squash(g["mw"])]
    else:
        minutes = int(g["mm"]) if g.get("mm") else 30 if g["half"] else 15 if g["quarter"] else 0
    if g.get("less"):
        hour, minutes = _before_the_hour(hour, g, c)
    if m["part"] and hour < 12:
        hour += _part_hours(_squash(m["part"]), hour, c)
    if not 0 <= hour <= 23 or minutes > 59:
        return None
    utc = c["utc_after"].match(text, m.end())
    if utc:   # "الساعة 14:30 بتوقيت غرينتش": the universal time, its words part of the time
        return Candidate(m.start(), utc.end(), "clock", {"hour": hour, "minute": minutes, "utc": True})
    return Candidate(m.start(), m.end(), "clock", {"hour": hour, "minute": minutes})


def _before_the_hour(hour: int, g: dict[str, Any], c: dict[str, Any]) -> tuple[int, int]:
    """"الثانية إلا خمس دقائق" (1:55), "الثامنة إلا ثلثا" (7:40): the hour before, less the minutes
    of the fraction or count (relative.yaml clock.less_fractions, minute words)."""
    if g.get("lf"):
        less = c["less_fractions"][_squash(g["lf"])]
    else:
        less = int(g["lm"]) if g["lm"].isdigit() else c["minute_numbers"].get(_squash(g["lm"]), 60)
    if not 0 < less < 60:
        return hour, 0
    return (hour - 1) % 12 or 12, 60 - less


def _part_hours(part: str, hour: int, c: dict[str, Any]) -> int:
    """The hours a part of the day adds to a 12-hour reading: its hour_parts, where the hour lies
    in its hour_part_spans ("الواحدة ظهرا" 13:00, "الحادية عشرة ظهرا" 11:00, "الواحدة ليلا" 01:00)."""
    span = c["hour_part_spans"].get(part)
    if span is not None and not span[0] <= hour <= span[1]:
        return 0
    return c["hour_parts"].get(part, 0)


def _attach_part_of_day(text: str, candidate: Candidate, c: dict[str, Any]) -> None:
    """"صباح السبت الماضي": the part of day right before a day expression joins it."""
    if candidate.kind not in ("weekday", "day", "absolute", "anaphoric") or candidate.part:
        return
    if candidate.kind == "absolute" and candidate.data.get("day") is None:
        return
    before = text[max(0, candidate.start - 24):candidate.start]
    match = c["parts_of_day"].search(before)
    if match:
        candidate.part = c["parts_map"][_squash(match["x"])]
        if candidate.data.get("feast") and _squash(match["x"]) in _feast_eve_words():
            candidate.data["eve"] = True   # "عشية عيد الفطر": the evening before the feast's day
        candidate.start = candidate.start - len(before) + match.start("x")


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda x: (x.start, -(x.end - x.start))):
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept
