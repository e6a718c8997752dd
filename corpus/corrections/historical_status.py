"""Gold correction of session 18's decision (docs/gold-format.md): an event's status between `asserted` and
`historical` follows its date.  The ontology's historical is "background, long before the article"; the dev gold
drew the line anywhere from one day ("وكان … قد" of the day before) to a month.  The rule: an event whose gold date
ends more than a week (HISTORICAL_DAYS, the line khabar's events/data/triggers.yaml draws) before the publication
date is historical; one dated within the week before publication (day grain) is asserted.  Other statuses
(hypothetical, future, negated) and undated events are left as they are; so is a month or a year that reaches into
the last week.

Mechanical and blind: it reads only the gold (published and each event's date and status), and prints nothing but
the count of events changed (per split), so that it can be run over the held-out split without reading it.

    python corpus/corrections/historical_status.py --split test [--apply]
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path

from blind import substitute_in_items, walk

HISTORICAL_DAYS = 7
STATUS = re.compile(r"status: *['\"]?(?:asserted|historical)['\"]?")


def _period(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of an ISO day, month or year value (None for anything else)."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = dt.date.fromisoformat(value)
            return day, day
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def status_by_date(published: dt.date, value: str) -> str | None:
    """The status the rule gives an event of this date, or None where it says nothing."""
    period = _period(value)
    if period is None:
        return None
    first, last = period
    if (published - last).days > HISTORICAL_DAYS:
        return "historical"
    if first == last and 0 <= (published - first).days <= HISTORICAL_DAYS:
        return "asserted"
    return None


def status_changes(raw: dict) -> list[tuple[int, str]]:
    """(index, new status) of each asserted or historical gold event whose status the rule changes."""
    published = _period(str(raw.get("published") or ""))
    if published is None or published[0] != published[1]:
        return []
    changes = []
    for index, event in enumerate(raw.get("events") or []):
        status, value = event.get("status"), event.get("date")
        if status not in ("asserted", "historical") or not value:
            continue
        wanted = status_by_date(published[0], str(value))
        if wanted and wanted != status:
            changes.append((index, wanted))
    return changes


def historical_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold events whose status the rule changes."""
    return [index for index, _ in status_changes(raw)]


def _restatus(path: Path, raw: dict, indexes: list[int]) -> None:
    changes = status_changes(raw)
    for wanted in ("asserted", "historical"):
        chosen = [index for index, status in changes if status == wanted]
        if chosen:
            substitute_in_items(path, "events", len(raw["events"]), chosen, lambda _: STATUS, f"status: {wanted}")


if __name__ == "__main__":
    walk(historical_indexes, _restatus, "event statuses set by their date")
