"""Gold correction of session 13's rule "an event with no time in its sentence or earlier in its paragraph is
undated" (docs/gold-format.md): set ``date: null`` on gold events dated the publication day when no gold time
stands in the window (paragraph start to the end of the trigger's sentence) of any occurrence of their trigger.

Mechanical and blind: it reads only the gold and the article text, and prints nothing but the count of
events changed (per split), so that it can be run over the held-out split without reading it.
Applied to dev in session 13 (113 events) and to test in session 16 (36 events; docs/evaluation.md).

    python corpus/corrections/undated_events.py --split test [--apply]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gold import item_bounds, run_over_split  # noqa: E402

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
    published = str(raw.get("published") or "")[:10]
    if not published:
        return []
    time_texts = [str(t["text"]) for t in raw.get("times") or []]
    found = []
    for index, event in enumerate(raw.get("events") or []):
        if str(event.get("date")) != published:
            continue
        trigger = str(event.get("trigger"))
        starts = [m.start() for m in re.finditer(re.escape(trigger), text)]
        windows = [_window(text, k) for k in starts]
        if windows and not any(t in window for window in windows for t in time_texts):
            found.append(index)
    return found


def _rewrite(path: Path, raw: dict, indexes: list[int]) -> None:
    """Replace the date line of each listed event block, leaving every other byte of the file as it was."""
    published = str(raw["published"])[:10]
    lines = path.read_text(encoding="utf-8").split("\n")
    _, _, bounds = item_bounds(lines, "events", len(raw["events"]), path)
    pattern = re.compile(r"date: ['\"]?" + published + r"['\"]?")
    for index in indexes:
        first, last = bounds[index]
        hits = [k for k in range(first, last) if pattern.search(lines[k])]
        assert len(hits) == 1, (path, index)
        lines[hits[0]] = pattern.sub("date: null", lines[hits[0]])
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    split, applied, total, _ = run_over_split(__doc__.split("\n")[0], undated_indexes, _rewrite)
    print(f"{split}: {total} events {'made undated' if applied else 'to make undated'}")


if __name__ == "__main__":
    main()
