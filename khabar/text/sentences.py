"""Sentence splitting for Arabic news paragraphs.

A sentence ends at . ! ? ؟ … followed by white space or the paragraph's end; closing
quotes and brackets right after the terminator stay with the sentence they close
(‹"…صعوبة".› and ‹…صعوبة."›).  The Arabic comma and semicolon (، ؛) do not end a
sentence.  A period after a single letter (د. for Dr, initials "U.S."; not an era or clock
mark after a number, "2019 م."), after a Latin
abbreviation of the data file ("Inc.") or between digits does not either.  Paragraph and
line boundaries always do.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from khabar.datafile import load_yaml

__all__ = ["split_sentences"]


@lru_cache(maxsize=1)
def _spec() -> dict:
    """data/punctuation.yaml, read once for the boundary pattern and the abbreviations."""
    return load_yaml(resources.files("khabar.text").joinpath("data/punctuation.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    spec = _spec()
    terminators = "".join(re.escape(c) for c in spec["terminators"])
    closers = "".join(re.escape(c) for c in spec["closers"])
    # a run of terminators, then closers, then white space (kept out of the sentence)
    return re.compile(rf"[{terminators}]+[{closers}]*(?=\s|$)")


_SINGLE_LETTER_BEFORE = re.compile(r"(?:^|[\s(«\".])\w\.$")   # "د." and the last initial of "U.S."
_LATIN_WORD_BEFORE = re.compile(r"(?:^|[\s(«\"])([A-Za-z]{2,5})\.$")
_MARK_AFTER_NUMBER = re.compile(r"\d\s*(\w\u0640?)\.$")   # "2019 م." "10 ص." "1445 هـ."


@lru_cache(maxsize=1)
def _marks_after_numbers() -> frozenset[str]:
    return frozenset(_spec().get("marks_after_numbers") or [])


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(word.lower() for word in _spec().get("abbreviations") or [])


def _abbreviation_ends(text: str, start: int, period_end: int) -> bool:
    """Does the period ending at `period_end` close an initial ("د."، "U.S.") or a Latin
    abbreviation ("Inc.") rather than a sentence?"""
    window = max(start, period_end - 7)
    if _SINGLE_LETTER_BEFORE.search(text, max(start, period_end - 3), period_end):
        mark = _MARK_AFTER_NUMBER.search(text, window, period_end)
        return not (mark and mark[1] in _marks_after_numbers())   # "عام 2019 م." ends its sentence
    latin = _LATIN_WORD_BEFORE.search(text, window, period_end)
    return bool(latin) and latin[1].lower() in _abbreviations()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (start, end) offsets, trimmed of white space."""
    end = len(text) if end is None else end
    sentences: list[tuple[int, int]] = []
    cursor = start
    for match in _pattern().finditer(text, start, end):
        if match.group() == "." and _abbreviation_ends(text, start, match.end()):
            continue
        _append_trimmed(text, cursor, match.end(), sentences)
        cursor = match.end()
    _append_trimmed(text, cursor, end, sentences)
    return sentences


def _append_trimmed(text: str, start: int, end: int, into: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        into.append((start, end))
