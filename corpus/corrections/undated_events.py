"""Gold correction of session 13's rule "an event with no time in its sentence or earlier in its paragraph is
undated" (docs/gold-format.md): set ``date: null`` on dated gold events when no gold time stands in the window
(paragraph start to the end of the trigger's sentence) of any occurrence of their trigger.  An event whose trigger
stands only in the headline keeps its date: it is listed once for the headline and the body, and its body
sentence, whose words may differ, can hold the time.

Mechanical and blind: it reads only the gold and the article text, and prints nothing but the count of
events changed (per split), so that it can be run over the held-out split without reading it.
Applied to events dated the publication day in dev in session 13 (113 events) and in test in session 16 (36
events), and to events of any date in both splits in session 17 (docs/evaluation.md).

    python corpus/corrections/undated_events.py --split test [--apply]
"""
from __future__ import annotations

import re
from pathlib import Path

from blind import headline_span, substitute_in_items, walk

SENTENCE_END = re.compile(r"[.!?؟]\s|\n")


def _window(text: str, at: int) -> str:
    """The paragraph up to the end of the sentence that holds position ``at``."""
    paragraph_start = text.rfind("\n", 0, at) + 1
    paragraph_end = text.find("\n", at)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    sentence_end = SENTENCE_END.search(text, at)
    end = sentence_end.start() if sentence_end else paragraph_end
    return text[paragraph_start:min(end, paragraph_end)]


def undated_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold events the rule makes undated."""
    time_texts = [str(t["text"]) for t in raw.get("times") or []]
    headline = headline_span(raw, text)
    found = []
    for index, event in enumerate(raw.get("events") or []):
        if not event.get("date"):
            continue
        trigger = str(event.get("trigger"))
        starts = [m.start() for m in re.finditer(re.escape(trigger), text)]
        if all(headline[0] <= k < headline[1] for k in starts):
            continue   # no occurrence, or the headline's only: its body twin may hold the time
        windows = [_window(text, k) for k in starts]
        if not any(t in window for window in windows for t in time_texts):
            found.append(index)
    return found


def _rewrite(path: Path, raw: dict, indexes: list[int]) -> None:
    """Replace the date of each listed event with null, leaving every other byte of the file as it was."""
    events = raw["events"]
    substitute_in_items(path, "events", len(events), indexes,
                        lambda index: re.compile(r"date: ['\"]?" + re.escape(str(events[index]["date"])) + r"['\"]?"),
                        "date: null")


if __name__ == "__main__":
    walk(undated_indexes, _rewrite, "events made undated")
