"""Gold correction of sessions 13 and 16's typing rules (docs/gold-format.md): a camp is LOC ("Camps, the
territories, islands") and "حي X" names a quarter, LOC ("A quarter or an area of a city is LOC").  Sets
``type: LOC`` on a gold entity every one of whose mentions begins with "مخيم" or "حي" (after a clitic or في).
"منطقة X" is typed as X is, which needs reading, so it is left alone.

Mechanical and blind: it reads only the gold, and prints nothing but the count of entities changed (per split), so
that it can be run over the held-out split without reading it.

    python corpus/corrections/quarter_types.py --split test [--apply]
"""
from __future__ import annotations

import re
from pathlib import Path

from blind import every_mention_matches, retype_items, walk

QUARTER_MENTION = re.compile(r"^(?:و|ب|ل|ف)?(?:(?:و?في)\s+)?(?:(?:ال)?مخيم|حي)\s+\S")


def quarter_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold entities typed other than LOC whose every mention names a camp or a quarter."""
    return [index for index, entity in enumerate(raw.get("entities") or [])
            if entity.get("type") != "LOC" and every_mention_matches(entity, QUARTER_MENTION)]


def _retype(path: Path, raw: dict, indexes: list[int]) -> None:
    retype_items(path, "entities", len(raw["entities"]), indexes, "LOC")


if __name__ == "__main__":
    walk(quarter_indexes, _retype, "entities retyped LOC")
