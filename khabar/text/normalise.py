"""Offset-preserving normalisation of Arabic text for matching.

Matching names, dates and cues must not care about diacritics, tatweel, hamza forms on
alef, alef maqsura, ta marbuta, Arabic-Indic digits, presentation forms or invisible
bidi marks.  Every extracted item, though, must point into the text exactly as read.
`normalise` therefore returns the normalised string together with a map back to the
original offsets; `normalise_word` is the cheap form for single tokens.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.datafile import load_yaml

__all__ = ["Normalised", "normalise", "normalise_word", "normalise_words"]


def _expand(ranges: list[str]) -> list[int]:
    points: list[int] = []
    for item in ranges:
        low, _, high = str(item).partition("-")
        points.extend(range(int(low, 16), int(high or low, 16) + 1))
    return points


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str | None], re.Pattern[str]]:
    """The translate table (one char → zero, one or several chars) and a pattern that
    finds every character whose normalised length is not one."""
    spec = load_yaml(resources.files("khabar.text").joinpath("data/normalisation.yaml").read_text("utf-8"))
    table: dict[int, str | None] = {}
    for point in _expand(spec["remove"]):
        table[point] = None
    for point in _expand(spec["space"]):
        table[point] = " "
    for source, target in spec["map"].items():
        table[ord(source)] = target
    for point in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFD)):
        char = chr(point)
        decomposed = unicodedata.normalize("NFKC", char)
        if decomposed != char:
            table[point] = "".join(table.get(ord(c), c) or "" for c in decomposed)
    uneven = [chr(p) for p, t in table.items() if t is None or len(t) != 1]
    pattern = re.compile("[" + "".join(re.escape(c) for c in uneven) + "]")
    return table, pattern


# Latin and the letters, marks and digits of Arabic itself: the chars a text is likely to hold.
# The letters other languages add to the script (Persian, Kurdish, Maghrebi: U+0671 on) are
# rare in an Arabic text and many, so one pattern scan finds them all.
_COMMON_BELOW = 0x0671


@lru_cache(maxsize=1)
def _replacements() -> tuple[tuple[tuple[str, str], ...], re.Pattern[str], dict[str, str]]:
    """The translate table split for `_translate`: (char, replacement) pairs of the common
    chars, and a pattern and map of the rare ones (letters of other languages written in the
    script, presentation forms, invisible marks).
    No replacement contains a char of the table (a test checks it), so applying them one
    after another gives what `str.translate` gives."""
    table = _tables()[0]
    common = tuple((chr(p), target or "") for p, target in table.items() if p < _COMMON_BELOW)
    rare = {chr(p): target or "" for p, target in table.items() if p >= _COMMON_BELOW}
    pattern = re.compile("[" + "".join(re.escape(c) for c in rare) + "]")
    return common, pattern, rare


_LONG = 64  # from this length on, replacing the few chars present beats translating each char


def _translate(text: str) -> str:
    """`text.translate(table)`, about ten times faster on long texts: `str.translate` looks
    up every char of an Arabic text in a dict, whereas `in` and `replace` scan at C speed
    and a text holds only a few of the chars that change."""
    if len(text) < _LONG:
        return text.translate(_tables()[0])
    common, rare_pattern, rare = _replacements()
    for char, replacement in common:
        if char in text:
            text = text.replace(char, replacement)
    if rare_pattern.search(text):
        text = rare_pattern.sub(lambda match: rare[match.group()], text)
    return text


def normalise_word(text: str) -> str:
    """The normalised form of a short string (a token, a lexicon entry) or of a whole text
    without its map back to the original offsets."""
    return _translate(text).lower()


_SEPARATOR = "\x00"  # no rule of the table touches it


def normalise_words(words: list[str]) -> list[str]:
    """`normalise_word` of each of many words (a dictionary of a million forms), in one
    pass over their joined text instead of one call per word."""
    if not words:
        return []
    table = _tables()[0]
    if ord(_SEPARATOR) in table or any(_SEPARATOR in word for word in words):
        return [normalise_word(word) for word in words]
    return _translate(_SEPARATOR.join(words)).lower().split(_SEPARATOR)


@dataclass(frozen=True)
class Normalised:
    """A normalised view of `original` with an exact way back to original offsets.

    `breaks` holds, for each place where the normalised text shrank or grew, the
    normalised offset and the cumulative shift to add to reach the original offset.
    """

    original: str
    text: str
    _norm_points: tuple[int, ...]
    _shifts: tuple[int, ...]

    def to_original(self, index: int) -> int:
        """Original offset of normalised offset `index` (start or end of a span)."""
        position = bisect.bisect_right(self._norm_points, index) - 1
        return index + (self._shifts[position] if position >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a normalised span; removed marks at its edges stay out."""
        original_start = self.to_original(start)
        original_end = self.to_original(end) if end > start else original_start
        if end > start:
            # End at the char just after the last kept char, so trailing removed marks
            # that belong to the last letter (diacritics) are included.
            last = self.to_original(end - 1) + 1
            while last < len(self.original) and _tables()[0].get(ord(self.original[last]), "x") is None \
                    and not self.original[last].isspace() and self.original[last] not in "\u200b\u200c\u200d\u200e\u200f\ufeff":
                last += 1
            original_end = last
        return original_start, original_end


def normalise(original: str) -> Normalised:
    """Normalise `original` for matching, keeping a map back to its offsets."""
    table, uneven = _tables()
    pieces: list[str] = []
    norm_points: list[int] = []
    shifts: list[int] = []
    cursor = 0
    norm_length = 0
    shift = 0
    for match in uneven.finditer(original):
        index = match.start()
        chunk = _translate(original[cursor:index])
        pieces.append(chunk)
        norm_length += len(chunk)
        replacement = table[ord(original[index])] or ""
        if replacement:
            # Expanded presentation form: every produced char maps to the same original char.
            for offset in range(len(replacement)):
                norm_points.append(norm_length + offset)
                shifts.append(shift - offset)
            pieces.append(replacement)
            norm_length += len(replacement)
            shift = shift - len(replacement) + 1
        else:
            shift += 1
        norm_points.append(norm_length)
        shifts.append(shift)
        cursor = index + 1
    pieces.append(_translate(original[cursor:]))
    return Normalised(original, "".join(pieces).lower(), tuple(norm_points), tuple(shifts))
