"""Gold correction of the written rule "a figure, unlike an event, is listed at each place it stands"
(docs/gold-format.md, Rules for annotators; session 9, restated in session 29): a count the headline gives and the
lead repeats word for word ("مقتل ثمانية فلسطينيين" above, "قُتل ثمانية فلسطينيين" below) is two figures, but some
golds list it once.  For each gold figure text (not a back-reference, `ref`), the whole-word places it stands in
the article are counted, leaving out the places that lie inside a longer gold figure's text ("10 شهداء" inside
"نحو 10 شهداء" is that figure's); where the text stands more often than the gold lists it, and every gold figure of
that text says the same (value, bounds, category, unit), the missing places get copies of that figure.  Left
alone: a text the gold lists with two readings (which place is which is not mechanical), a span of time (a term at
one place may be a duration, no figure, at another), a lone noun that counts one ("متعاقد" may stand elsewhere as
no count) and a back-reference.

Mechanical and blind: it reads only the gold and the article text, and prints nothing but the count of figures
added (per split), so that it can be run over the held-out split without reading it.

    python corpus/corrections/repeated_figures.py --split test [--apply]
"""
from __future__ import annotations

import re
from pathlib import Path

from blind import item_bounds, walk

SAME = ("value", "min", "max", "approx", "category", "unit")
SPANS_OF_TIME = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _places(text: str, item_text: str) -> list[tuple[int, int]]:
    """The whole-word places of ``item_text`` in the text."""
    return [m.span() for m in re.finditer(rf"(?<![\w.٫]){re.escape(item_text)}(?![\w%٪])", text)]


def _own_places(text: str, item_text: str, others: set[str]) -> int:
    """How many places of ``item_text`` do not lie inside a place of a longer gold figure text."""
    covers = [span for other in others if len(other) > len(item_text) and item_text in other
              for span in _places(text, other)]
    return sum(1 for start, end in _places(text, item_text)
               if not any(c_start <= start and end <= c_end for c_start, c_end in covers))


def _counts(item_text: str) -> bool:
    """Whether a figure's text holds its number in words or digits (a lone noun that counts one, "متعاقد", may
    stand elsewhere as no count)."""
    return any(ch.isdigit() for ch in item_text) or len(item_text.split()) > 1


def missing_copies(raw: dict, text: str) -> list[int]:
    """Indexes of the gold figures to copy, one entry for each copy the rule adds."""
    figures = [f for f in (raw.get("figures") or []) if isinstance(f, dict)]
    texts = {str(f.get("text")) for f in figures}
    copies: list[int] = []
    for item_text in sorted(texts):
        listed = [k for k, f in enumerate(figures) if str(f.get("text")) == item_text]
        if any(figures[k].get("ref") or figures[k].get("unit") in SPANS_OF_TIME for k in listed) \
                or not _counts(item_text):
            continue
        readings = {tuple(str(figures[k].get(key)) for key in SAME) for k in listed}
        if len(readings) != 1:
            continue
        copies += [listed[-1]] * max(0, _own_places(text, item_text, texts) - len(listed))
    return copies


def append_copies(path: Path, raw: dict, indexes: list[int]) -> None:
    """Insert a copy of each listed figure (flow or block style) right after it, every other line as it was."""
    lines = path.read_text(encoding="utf-8").split("\n")
    _, spans = item_bounds(lines, "figures", len(raw["figures"]), path)
    for index in sorted(indexes, reverse=True):
        first, last = spans[index]
        item = [line for line in lines[first:last] if line.strip()]
        lines[first + len(item):first + len(item)] = item
    path.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    walk(missing_copies, append_copies, "repeated figures added")
