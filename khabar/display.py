"""Showing right-to-left Arabic correctly in terminals that only print left to right.

Most terminals neither reorder nor shape Arabic: letters come out reversed and unjoined.
`visual` turns a logical line into the order a left-to-right terminal must print it:
Arabic letters joined (arabic-reshaper, MIT), the line read right to left, and runs of
Latin letters and digits kept left to right inside it, brackets mirrored.  Terminals that
do their own bidi (mlterm, Konsole with bidi on) get the text untouched with `--no-reorder`.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["visual"]

_LTR_RUN = re.compile(r"[A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f.,:/%@#&'’\-_ ]*[A-Za-z0-9\u00c0-\u024f%]|[A-Za-z0-9\u00c0-\u024f]")
_ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


def visual(line: str) -> str:
    """`line` (logical order) as a left-to-right terminal must print it."""
    if not _ARABIC.search(line):
        return line
    return "\n".join(_visual_line(part) for part in line.split("\n"))


def _visual_line(line: str) -> str:
    shaped = _reshaper().reshape(line)
    pieces: list[str] = []
    cursor = 0
    for match in _LTR_RUN.finditer(shaped):
        pieces.append(shaped[cursor:match.start()][::-1].translate(_MIRROR))
        pieces.append(match.group())
        cursor = match.end()
    pieces.append(shaped[cursor:][::-1].translate(_MIRROR))
    return "".join(reversed(pieces))
