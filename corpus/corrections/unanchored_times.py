"""Gold correction of session 20's decision (docs/gold-format.md): in an article whose text gives no publication
date (gold ``published: null``) and names no year anywhere, no time has a value and no event a date.  Nothing in
such a text fixes the year: "اليوم الاثنين"، "7 أكتوبر"، even "الأحد 19 نوفمبر" (a day and month fall on one
weekday every 5 to 11 years) are read against a day the reader is not given, and a value the annotator took from
outside the text (the article's id) is one no reader can check against it.  khabar reads such an article with
``published`` null, as the format asks, and never guesses it.

Sets ``value: null`` on every valued gold time and ``date: null`` on every dated gold event of those articles.  A
year is four digits from 1300 to 2099 (Western or Arabic-Indic; Hijri years included), anywhere in the text.

Mechanical and blind: it reads only the gold's ``published`` and the article's digits, and prints nothing but the
count of items changed (per split), so that it can be run over the held-out split without reading it.

    python corpus/corrections/unanchored_times.py --split test [--apply]
"""
from __future__ import annotations

import re
from pathlib import Path

from blind import substitute_in_items, walk

YEAR = re.compile(r"(?<![\d٠-٩])(?:1[3-9]|20|١[٣-٩]|٢٠)[\d٠-٩]{2}(?![\d٠-٩])")
TIME_VALUE = re.compile(r"value: *(?:'[^']*'|\"[^\"]*\"|[^,}\s]+)")
EVENT_DATE = re.compile(r"date: *(?:'[^']*'|\"[^\"]*\"|[^,}\s]+)")


def unanchored(raw: dict, text: str) -> bool:
    """The article gives no publication date and names no year."""
    return raw.get("published") is None and not YEAR.search(text)


def unanchored_items(raw: dict, text: str) -> list[tuple[str, int]]:
    """(section, index) of the valued times and dated events of an unanchored article."""
    if not unanchored(raw, text):
        return []
    times = [("times", k) for k, time in enumerate(raw.get("times") or []) if time.get("value") is not None]
    events = [("events", k) for k, event in enumerate(raw.get("events") or []) if event.get("date") is not None]
    return times + events


def _indexes(raw: dict, text: str) -> list[int]:
    """The items as one numbered list (times first), as blind.walk counts them."""
    return list(range(len(unanchored_items(raw, text))))


def null_items(path: Path, raw: dict, items: list[tuple[str, int]]) -> None:
    """Null the values and dates of the (section, index) items, leaving every other byte of the file as it was."""
    for section, pattern, replacement in (("times", TIME_VALUE, "value: null"), ("events", EVENT_DATE, "date: null")):
        indexes = [k for name, k in items if name == section]
        if indexes:
            substitute_in_items(path, section, len(raw[section]), indexes, lambda _: pattern, replacement)


def _rewrite(path: Path, raw: dict, _: list[int]) -> None:
    text = (path.parents[1] / "articles" / f"{path.stem}.txt").read_text(encoding="utf-8")
    null_items(path, raw, unanchored_items(raw, text))


if __name__ == "__main__":
    walk(_indexes, _rewrite, "times and events unanchored")
