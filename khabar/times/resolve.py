"""Resolving detected time expressions to ISO values against the publication date.

News speaks of the past: a date without a year is its most recent past occurrence (7
أكتوبر in June 2024 is 2023-10-07), a bare weekday the most recent such day, unless the
sentence speaks of the future (المقرر، المقبل، سوف).  "That day" takes the day last
mentioned.  Without a publication date, relative expressions stay unresolved (value
null): khabar never guesses "today".
"""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from khabar.text.normalise import normalise_word
from khabar.times.detect import Candidate, relative_rules

__all__ = ["resolve"]


@lru_cache(maxsize=1)
def _future_cues() -> frozenset[str]:
    return frozenset(normalise_word(w) for w in relative_rules()["future_cues"])


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _says_future(sentence: str) -> bool:
    words = set(re.findall(r"\w+", sentence))
    return bool(words & _future_cues()) or bool(re.search(r"(?<!\w)[وف]?س[يتن]\w{2,}", sentence) and
                                                 re.search(r"(?<!\w)(?:سوف|سي|ست)", sentence))


def resolve(candidates: list[Candidate], normalised_text: str, anchor: date | None,
            sentence_of: "callable") -> list[dict[str, Any]]:
    """Record-shaped time items (without ids) for the candidates, in order."""
    items: list[dict[str, Any]] = []
    last_day: tuple[int, date] | None = None  # (index in items, date) of the last day-grain time
    days_by_sentence: dict[tuple[int, int] | None, date] = {}
    for candidate in candidates:
        if candidate.kind == "clock":
            continue
        sentence = sentence_of(candidate.start)
        item = _resolve_one(candidate, anchor, False, None)
        if item and item.get("_date") and sentence not in days_by_sentence:
            days_by_sentence[sentence] = item["_date"]
    for candidate in candidates:
        if candidate.kind == "clock":
            day = days_by_sentence.get(sentence_of(candidate.start), anchor)
            items.append(_clock_item(candidate, day))
            continue
        sentence = sentence_of(candidate.start)
        future = _says_future(normalised_text[sentence[0]:sentence[1]]) if sentence else False
        item = _resolve_one(candidate, anchor, future, last_day)
        if item is None:
            continue
        if candidate.part:
            item["part"] = candidate.part
            if item["grain"] == "day":
                item["grain"] = "part-of-day"
        items.append(item)
        if item.get("_date") is not None:
            last_day = (len(items) - 1, item["_date"])
    return items


def _clock_item(c: Candidate, day: date | None) -> dict[str, Any]:
    """A clock time on the day its sentence names, else the publication day."""
    hour, minute = c.data["hour"], c.data["minute"]
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}" if day else None
    return {"_c": c, "value": value, "grain": "time", "anchor": "published" if day else None, "_date": None}


def _resolve_one(c: Candidate, anchor: date | None, future: bool,
                 last_day: tuple[int, date] | None) -> dict[str, Any] | None:
    kind = c.kind
    if kind == "absolute":
        return _absolute(c, anchor, future)
    if kind == "year":
        year = c.data["year"]
        return _item(c, str(year), "year", "absolute", period=(date(year, 1, 1), date(year, 12, 31)))
    if kind == "anaphoric":
        if last_day is None:
            return _item(c, None, "day", None)
        day = last_day[1] + timedelta(days=c.data["offset"])
        return _item(c, day.isoformat(), "day", f"#{last_day[0]}", day=day)
    if anchor is None:
        return _item(c, None, _grain_of(c), None)
    if kind == "day":
        day = anchor + timedelta(days=c.data["offset"])
        return _item(c, day.isoformat(), "day", "published", day=day)
    if kind == "weekday":
        return _weekday(c, anchor, future)
    if kind == "month":
        return _month(c, anchor, future)
    if kind == "period":
        return _period(c, anchor)
    if kind == "ago":
        return _ago(c, anchor)
    return None


def _grain_of(c: Candidate) -> str:
    return {"period": c.data.get("unit", "day"), "ago": c.data.get("unit", "day"), "month": "month"}.get(c.kind, "day")


def _item(c: Candidate, value: str | None, grain: str, anchor: str | None, *, day: date | None = None,
          period: tuple[date, date] | None = None) -> dict[str, Any]:
    if c.period_part is not None and period and value is not None:
        start, end = _third(period, grain, c.period_part)
        value, grain, day = f"{start.isoformat()}/{end.isoformat()}", "range", None
    return {"_c": c, "value": value, "grain": grain, "anchor": anchor, "_date": day}


def _third(period: tuple[date, date], grain: str, third: int) -> tuple[date, date]:
    """The first, middle or last third of a period (see period_parts in relative.yaml)."""
    first, last = period
    if grain == "year":
        start = date(first.year, 1 + 4 * third, 1)
        end = _shift_months(start, 4) - timedelta(days=1)
        return start, end
    if grain == "month":
        start = first + timedelta(days=10 * third)
        end = last if third == 2 else start + timedelta(days=9)
        return start, end
    bounds = [(0, 1), (2, 4), (5, 6)][third]
    return first + timedelta(days=bounds[0]), first + timedelta(days=bounds[1])


def _absolute(c: Candidate, anchor: date | None, future: bool) -> dict[str, Any] | None:
    year, month, day = c.data["year"], c.data["month"], c.data["day"]
    how = "absolute"
    if year is None:
        if anchor is None:
            return _item(c, None, "day" if day else "month", None)
        year = anchor.year
        candidate = date(year, month, min(day or 1, _calendar.monthrange(year, month)[1]))
        direction = c.data.get("direction")
        if direction in ("الجاري", "الحالي"):
            pass
        elif direction in ("المقبل", "القادم") or (future and direction is None):
            if candidate < anchor:
                year += 1
        elif candidate > anchor:
            year -= 1
        how = "published"
    if day is None:
        first = date(year, month, 1)
        return _item(c, f"{year:04d}-{month:02d}", "month", how,
                     period=(first, date(year, month, _calendar.monthrange(year, month)[1])))
    try:
        resolved = date(year, month, day)
    except ValueError:
        return None
    item = _item(c, resolved.isoformat(), "day", how, day=resolved)
    if c.data.get("calendar") == "hijri":
        item["calendar"] = "hijri"
    return item


def _weekday(c: Candidate, anchor: date, future: bool) -> dict[str, Any]:
    target = c.data["weekday"]
    direction = c.data.get("direction")
    back = (anchor.isoweekday() - target) % 7
    if direction in ("الماضي", "المنصرم", "الفائت"):
        day = anchor - timedelta(days=back or 7)
    elif direction in ("المقبل", "القادم") or future:
        ahead = (target - anchor.isoweekday()) % 7
        day = anchor + timedelta(days=ahead or (7 if direction else 0))
    else:
        day = anchor - timedelta(days=back)
    return _item(c, day.isoformat(), "day", "published", day=day)


def _month(c: Candidate, anchor: date, future: bool) -> dict[str, Any]:
    month = c.data["month"]
    direction = c.data.get("direction")
    year = anchor.year
    if direction in ("الماضي", "المنصرم"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif direction in ("المقبل", "القادم") or (future and direction is None):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif direction in ("الجاري", "الحالي"):
        year = anchor.year
    elif month > anchor.month:
        year = anchor.year - 1
    first = date(year, month, 1)
    return _item(c, f"{year:04d}-{month:02d}", "month", "published",
                 period=(first, date(year, month, _calendar.monthrange(year, month)[1])))


def _period(c: Candidate, anchor: date) -> dict[str, Any]:
    unit, offset = c.data["unit"], c.data["offset"]
    if unit == "week":
        monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=offset)
        return _item(c, _iso_week(monday), "week", "published", period=(monday, monday + timedelta(days=6)))
    if unit == "month":
        first = _shift_months(anchor, offset)
        last = date(first.year, first.month, _calendar.monthrange(first.year, first.month)[1])
        return _item(c, f"{first.year:04d}-{first.month:02d}", "month", "published", period=(first, last))
    year = anchor.year + offset
    return _item(c, str(year), "year", "published", period=(date(year, 1, 1), date(year, 12, 31)))


def _ago(c: Candidate, anchor: date) -> dict[str, Any]:
    unit, offset = c.data["unit"], c.data["offset"]
    if unit == "day":
        day = anchor + timedelta(days=offset)
        return _item(c, day.isoformat(), "day", "published", day=day)
    if unit == "week":
        day = anchor + timedelta(weeks=offset)
        return _item(c, _iso_week(day), "week", "published")
    if unit == "month":
        first = _shift_months(anchor, offset)
        return _item(c, f"{first.year:04d}-{first.month:02d}", "month", "published")
    return _item(c, str(anchor.year + offset), "year", "published")
