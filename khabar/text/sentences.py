"""Sentence splitting for Arabic news paragraphs.

A sentence ends at . ! ? ؟ … followed by white space or the paragraph's end; closing
quotes and brackets right after the terminator stay with the sentence they close
(‹"…صعوبة".› and ‹…صعوبة."›).  The Arabic comma and semicolon (، ؛) do not end a
sentence.  A period after a single letter (د. for Dr, initials) or between digits does
not either.  Paragraph and line boundaries always do.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from khabar.datafile import load_yaml

__all__ = ["split_sentences"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    spec = load_yaml(resources.files("khabar.text").joinpath("data/punctuation.yaml").read_text("utf-8"))
    terminators = "".join(re.escape(c) for c in spec["terminators"])
    closers = "".join(re.escape(c) for c in spec["closers"])
    # a run of terminators, then closers, then white space (kept out of the sentence)
    return re.compile(rf"[{terminators}]+[{closers}]*(?=\s|$)")


_SINGLE_LETTER_BEFORE = re.compile(r"(?:^|[\s(«\"])\w\.$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (start, end) offsets, trimmed of white space."""
    end = len(text) if end is None else end
    sentences: list[tuple[int, int]] = []
    cursor = start
    for match in _pattern().finditer(text, start, end):
        if match.group().startswith(".") and len(match.group()) == 1 and \
                _SINGLE_LETTER_BEFORE.search(text, max(start, match.start() - 3), match.end()):
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
