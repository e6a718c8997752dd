"""Gold correction of session 18's decision (docs/gold-format.md): a witness, survivor or resident the text then
names ("أحد الناجين، ويدعى عيسى"، "أحد سكان الحي، ويدعى أبو خالد الشرمان") is a person.  Sets ``type: PER`` on a
gold GROUP entity every mention of which is such a phrase: "ويدعى" (or يدعى/يُدعى/ويُدعى، واسمه) followed by a name.

Mechanical and blind: it reads only the gold, and prints nothing but the count of entities changed (per split), so
that it can be run over the held-out split without reading it.

    python corpus/corrections/named_witnesses.py --split test [--apply]
"""
from __future__ import annotations

import re
from pathlib import Path

from blind import every_mention_matches, retype_items, walk

NAMED = re.compile(r"،?\s*(?:و)?(?:يدعى|يُدعى|واسمه|اسمه)\s+\S+")


def named_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold GROUP entities whose every mention names the one person it describes."""
    return [index for index, entity in enumerate(raw.get("entities") or [])
            if entity.get("type") == "GROUP" and every_mention_matches(entity, NAMED)]


def _retype(path: Path, raw: dict, indexes: list[int]) -> None:
    retype_items(path, "entities", len(raw["entities"]), indexes, "PER")


if __name__ == "__main__":
    walk(named_indexes, _retype, "named witnesses typed PER")
