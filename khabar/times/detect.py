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
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from khabar.text.normalise import Normalised, normalise_word
from khabar.times.calendars import find_absolute_dates, month_names, weekday_names

__all__ = ["Candidate", "detect", "relative_rules"]


@dataclass
class Candidate:
    """A time expression at [start, end) of the normalised text."""

    start: int
    end: int
    kind: str                     # absolute | month | year | weekday | day | period | ago | anaphoric
    data: dict[str, Any] = field(default_factory=dict)
    part: str | None = None       # part of day, when one is named
    period_part: int | None = None  # third of the period: 0 مطلع, 1 منتصف, 2 أواخر


@lru_cache(maxsize=1)
def relative_rules() -> dict[str, Any]:
    return yaml.safe_load(resources.files("khabar.times").joinpath("data/relative.yaml").read_text("utf-8"))


def _alt(phrases) -> str:
    return "|".join(re.escape(normalise_word(p)).replace(r"\ ", r"\s+")
                    for p in sorted(phrases, key=lambda p: len(normalise_word(p)), reverse=True))


_START = r"(?:(?<=[^\w])|^)(?:[وفبل]|ال|وب|ول|فب|فل|وال|بال|لل)?"
_START_NO_ARTICLE = r"(?:(?<=[^\w])|^)(?:[وفبل]|وب|ول|فب|فل)?"
_END = r"(?!\w)"


def _keyed(mapping: dict) -> dict[str, Any]:
    return {re.sub(r"\s+", " ", normalise_word(k)): v for k, v in mapping.items()}


@lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:
    rules = relative_rules()
    numbers = _keyed(rules["small_numbers"])
    units = _keyed(rules["units"])
    periods = dict(rules["periods"])
    # after a part-of-period word, the bare period noun means the current one
    bare_periods = {"الأسبوع": {"unit": "week", "offset": 0}, "الشهر": {"unit": "month", "offset": 0},
                    "العام": {"unit": "year", "offset": 0}, "السنة": {"unit": "year", "offset": 0}}
    months = [m for m in month_names() if m not in {normalise_word(a) for a in rules["ambiguous_months"]}]
    return {
        "anaphoric": re.compile(rf"{_START_NO_ARTICLE}(?:في\s+)?(?P<x>{_alt(rules['anaphoric'])}){_END}"),
        "anaphoric_map": _keyed(rules["anaphoric"]),
        "part_phrase": re.compile(rf"{_START_NO_ARTICLE}(?P<x>{_alt(rules['parts_of_day_phrases'])}){_END}"),
        "part_phrase_map": _keyed(rules["parts_of_day_phrases"]),
        "day": re.compile(rf"{_START_NO_ARTICLE}(?P<x>{_alt(rules['days'])}){_END}"),
        "day_map": _keyed(rules["days"]),
        "today_blockers": {normalise_word(w) for w in rules["today_blockers"]},
        "period": re.compile(rf"{_START_NO_ARTICLE}(?P<x>{_alt(periods)}){_END}"),
        "period_map": _keyed(periods),
        "period_part": re.compile(
            rf"{_START_NO_ARTICLE}(?P<p>{_alt(rules['period_parts'])})\s+(?P<x>{_alt(list(periods) + list(bare_periods))}){_END}"),
        "period_part_map": _keyed(rules["period_parts"]),
        "all_periods": _keyed({**bare_periods, **periods}),
        "weekday": re.compile(
            rf"{_START_NO_ARTICLE}(?:يوم\s+)?(?P<x>ال(?:{_alt([w[2:] if w.startswith('ال') else w for w in weekday_names()])}))"
            rf"(?:\s+(?P<dir>الماضي|المقبل|القادم|المنصرم|الفائت))?{_END}"),
        "weekday_blockers": {normalise_word(w) for w in rules["weekday_blockers"]},
        "month": re.compile(rf"{_START_NO_ARTICLE}(?:شهر\s+)?(?P<x>{_alt(months)}){_END}"
                            rf"(?:\s*[/(]\s*(?:{_alt(months)}){_END}(?:\s*\))?)?"
                            rf"(?:\s+(?P<dir>الماضي|المقبل|القادم|المنصرم|الجاري|الحالي)(?!\w))?"),
        "year": re.compile(rf"{_START}(?:(?:عام|سنه)\s+)(?P<y>(?:19|20)\d\d){_END}"
                           rf"|(?:(?<=[^\w])|^)(?:[وف]?(?:في|خلال|منذ|حتي|مطلع|اواخر|نهايه|بدايه))\s+(?P<y2>(?:19|20)\d\d)(?![\w/.\-]\d)"),
        "ago": re.compile(rf"{_START_NO_ARTICLE}(?P<p>{_alt(rules['ago_particles'] + rules['after_particles'])})\s+"
                          rf"(?:(?P<n>\d+|{_alt(numbers)})\s+)?(?P<u>{_alt(units)}){_END}"),
        "numbers": numbers,
        "units": units,
        "duals": {normalise_word(w) for w in rules["dual_units"]},
        "after": {normalise_word(w) for w in rules["after_particles"]},
        "parts_of_day": re.compile(rf"(?:(?<=[^\w])|^)(?:[وف]?)(?P<x>{_alt(rules['parts_of_day'])})\s+(?:يوم\s+)?$"),
        "parts_map": _keyed(rules["parts_of_day"]),
        "duration_cues": {normalise_word(w) for w in rules["duration_cues"]},
        "clock": re.compile(
            rf"(?:(?<=[^\w])|^)(?:(?:نحو|قرابه|حوالي)\s+)?(?:ال)?ساعه\s+(?:(?P<hm>\d{{1,2}})(?::(?P<mm>\d\d))?|(?P<hw>{_alt(rules['hours'])}))"
            rf"(?:\s+(?:و(?P<half>النصف)|و(?P<quarter>الربع)|الا\s+(?P<less>ربعا)))?"
            rf"(?:\s+(?:من\s+)?(?P<part>{_alt(rules['hour_parts'])}))?(?!\w)"),
        "hours": _keyed(rules["hours"]),
        "hour_parts": _keyed(rules["hour_parts"]),
    }


def _span(match: re.Match, group: str = "x") -> tuple[int, int]:
    return match.start(group), match.end(group)


def _first_words(phrases) -> set[str]:
    return {normalise_word(p).split()[0] for p in phrases}


@lru_cache(maxsize=1)
def _keywords() -> dict[str, set[str]]:
    """For each kind of expression, words one of which must occur for it to be possible:
    a cheap test on the article's vocabulary that spares most regex scans."""
    rules = relative_rules()
    return {
        "anaphoric": _first_words(rules["anaphoric"]) | {"اليوم"},
        "part_phrase": _first_words(rules["parts_of_day_phrases"]),
        "day": _first_words(rules["days"]),
        "period": {"الاسبوع", "الشهر", "العام", "السنه"},
        "weekday": set(weekday_names()) | {"يوم"},
        "month": _first_words(month_names()) | {"شهر"},
        "ago": _first_words(rules["ago_particles"] + rules["after_particles"]),
        "period_part": _first_words(rules["period_parts"]),
        "year": {"عام", "سنه", "في", "خلال", "منذ", "حتي", "مطلع", "اواخر", "نهايه", "بدايه"},
        "clock": {"نحو", "قرابه", "حوالي", "الساعه", "ساعه"},
    }


_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PROCLITICS = ("و", "ف", "ب", "ل")


def _word_index(text: str) -> dict[str, list[int]]:
    """Where each word starts, under its own form and without up to two proclitics
    (وبالأحد → بالاحد, الاحد), so an expression is only tried where its first word is."""
    index: dict[str, list[int]] = {}
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        index.setdefault(word, []).append(start)
        for _ in range(2):
            if len(word) > 3 and word.startswith(_PROCLITICS):
                word = "ال" + word[2:] if word.startswith("لل") else word[1:]
                index.setdefault(word, []).append(start)
    return index


def _scan(pattern: re.Pattern[str], text: str, index: dict[str, list[int]], keywords: set[str]):
    """Matches of `pattern` at the words that may begin it, left to right."""
    starts = sorted({p for word in keywords for p in index.get(word, ())})
    for start in starts:
        match = pattern.match(text, start)
        if match:
            yield match


def detect(normalised: Normalised) -> list[Candidate]:
    """Every time expression in the normalised text, left to right, without overlaps."""
    text = normalised.text
    c = _compiled()
    index = _word_index(text)
    keywords = _keywords()
    scan = lambda kind, name=None: _scan(c[name or kind], text, index, keywords[kind])  # noqa: E731
    found: list[Candidate] = []
    for date in find_absolute_dates(text, set(index)):
        found.append(Candidate(date.start, date.end, "absolute",
                               {"year": date.year, "month": date.month, "day": date.day, "calendar": date.calendar,
                                "direction": date.direction}))
    for m in scan("anaphoric"):
        found.append(Candidate(*_span(m), "anaphoric", {"offset": c["anaphoric_map"][_squash(m["x"])]}))
    for m in scan("part_phrase"):
        rule = c["part_phrase_map"][_squash(m["x"])]
        found.append(Candidate(*_span(m), "day", {"offset": rule["offset"]}, part=rule["part"]))
    for m in scan("day"):
        key = _squash(m["x"])
        if key == "اليوم" and _next_word(text, m.end("x")) in c["today_blockers"]:
            continue
        found.append(Candidate(*_span(m), "day", {"offset": c["day_map"][key]}))
    for m in scan("period_part"):
        found.append(Candidate(m.start("p"), m.end("x"), "period", dict(c["all_periods"][_squash(m["x"])]),
                               period_part=int(c["period_part_map"][_squash(m["p"])])))
    for m in scan("period"):
        found.append(Candidate(*_span(m), "period", dict(c["period_map"][_squash(m["x"])])))
    for m in scan("weekday"):
        if _next_word(text, m.end("x")) in c["weekday_blockers"]:
            continue
        found.append(Candidate(m.start("x"), m.end(), "weekday",
                               {"weekday": weekday_names()[m["x"]], "direction": m["dir"]}))
    for m in scan("month"):
        found.append(Candidate(m.start("x"), m.end(), "month",
                               {"month": month_names()[_squash(m["x"])], "direction": m["dir"]}))
    for m in (scan("year") if _YEAR.search(text) else ()):
        group = "y" if m["y"] else "y2"
        start = m.start() if m["y"] else m.start(group)
        start = _skip_clitic(text, start)
        found.append(Candidate(start, m.end(group), "year", {"year": int(m[group])}))
    for m in scan("ago"):
        candidate = _ago(text, m, c)
        if candidate:
            found.append(candidate)
    for m in scan("clock"):
        candidate = _clock(m, c)
        if candidate:
            found.append(candidate)
    kept = _merge_same_day(text, _without_overlaps(found))
    for candidate in kept:
        _attach_part_of_day(text, candidate, c)
    return kept


_DAY_KINDS = {"day", "weekday", "absolute"}
_SPECIFICITY = {"absolute": 0, "day": 1, "weekday": 2}


def _merge_same_day(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"اليوم الجمعة", "أمس الأحد", "يوم الثلاثاء 16 أبريل": expressions side by side that
    name one day become one, valued by the most specific of them."""
    merged: list[Candidate] = []
    for candidate in candidates:
        previous = merged[-1] if merged else None
        if (previous and previous.kind in _DAY_KINDS and candidate.kind in _DAY_KINDS
                and re.fullmatch(r"[\s،,]*", text[previous.end:candidate.start])
                and not (previous.kind == candidate.kind == "absolute")
                and (candidate.kind != "absolute" or candidate.data.get("day") is not None)
                and (previous.kind != "absolute" or previous.data.get("day") is not None)):
            best = min((previous, candidate), key=lambda x: _SPECIFICITY[x.kind])
            merged[-1] = Candidate(previous.start, candidate.end, best.kind, dict(best.data),
                                   part=previous.part or candidate.part, period_part=best.period_part)
            continue
        merged.append(candidate)
    return merged


def _squash(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase)


def _next_word(text: str, index: int) -> str:
    match = re.match(r"\s+(\w+)", text[index:index + 40])
    return match.group(1) if match else ""


def _skip_clitic(text: str, start: int) -> int:
    while start < len(text) and text[start] in "وفبل" and text[start:start + 3] not in ("عام",):
        if text[start + 1:start + 4].startswith(("عام", "سنه", "ال")):
            return start + 1
        break
    return start


def _ago(text: str, m: re.Match, c: dict[str, Any]) -> Candidate | None:
    unit_word = _squash(m["u"])
    unit = c["units"][unit_word]
    if unit == "hour":
        return None
    if m["n"]:
        count = int(m["n"]) if m["n"].isdigit() else c["numbers"].get(_squash(m["n"]))
    elif unit_word in c["duals"]:
        count = 2
    elif unit_word in {"يوم", "اسبوع", "شهر", "عام", "سنه"}:
        count = 1
    else:
        count = None  # "قبل أيام": some days ago — no exact value
    if count is None:
        return None
    particle = _squash(m["p"])
    if particle == "منذ":
        before = re.findall(r"\w+", text[max(0, m.start() - 40):m.start()])[-3:]
        if any(word in c["duration_cues"] or word.lstrip("و") in c["duration_cues"] for word in before):
            return None
    if re.match(r"\s+من(?!\w)", text[m.end("u"):m.end("u") + 4]):
        return None  # "بعد أسبوعين من مقتل …": counted from another event, not from today
    sign = 1 if particle in c["after"] else -1
    return Candidate(m.start("p"), m.end("u"), "ago", {"unit": unit, "offset": sign * count})


def _clock(m: re.Match, c: dict[str, Any]) -> Candidate | None:
    """A clock time: the hour (12-hour reading made 24-hour by the part of day) and minutes."""
    hour = int(m["hm"]) if m["hm"] else c["hours"].get(_squash(m["hw"] or ""))
    if hour is None or hour > 24:
        return None
    minutes = int(m["mm"]) if m["mm"] else 30 if m["half"] else 15 if m["quarter"] else 0
    if m["less"]:
        hour, minutes = hour - 1, 45
    if m["part"] and hour < 12:
        hour += c["hour_parts"].get(_squash(m["part"]), 0)
    if not 0 <= hour <= 23 or minutes > 59:
        return None
    return Candidate(m.start(), m.end(), "clock", {"hour": hour, "minute": minutes})


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
        candidate.start = candidate.start - len(before) + match.start("x")


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda x: (x.start, -(x.end - x.start))):
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept
