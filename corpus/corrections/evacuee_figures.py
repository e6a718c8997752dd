"""Gold correction of session 18's decision (docs/gold-format.md): people evacuated are `displaced` ("displaced or
evacuated people", ../shared/spec/ontology.md), not `rescued` ("captives freed by force"), also when a rescue
service evacuates them ("أجلت فرق الهلال الأحمر عشرات العائلات"، "أخلت قوات الأمن نحو 50 عائلة").  Sets
``category: displaced`` on a gold figure of category rescued every occurrence of whose text stands right after an
evacuating verb or its verbal noun (أجلى/أخلى in any form, إجلاء/إخلاء), at most two words between.  Wounded
people evacuated keep their category (wounded), and "إخلاء سبيل" (a release) is no rescue in the gold.

Mechanical and blind: it reads only the gold and the article text, and prints nothing but the count of figures
changed (per split), so that it can be run over the held-out split without reading it.

    python corpus/corrections/evacuee_figures.py --split test [--apply]
"""
from __future__ import annotations

import re
from pathlib import Path

from blind import after_each_occurrence, substitute_in_items, walk

EVACUATING = re.compile(r"(?:^|\s)(?:و|ف)?(?:ب|ل)?(?:أجل(?:ت|ى|وا|تا)|أخل(?:ت|ى|وا|تا)|[يت]جل(?:ي|ون|ى)|[يت]خل(?:ي|ون)"
                        r"|إجلاء|إخلاء)(?:\s+\S+){0,2}\s+$")
CATEGORY = re.compile(r"category: *['\"]?rescued['\"]?")


def evacuee_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold figures of category rescued that count people evacuated."""
    return [index for index, figure in enumerate(raw.get("figures") or [])
            if figure.get("category") == "rescued" and after_each_occurrence(text, str(figure.get("text")), EVACUATING, 50)]


def _recategorise(path: Path, raw: dict, indexes: list[int]) -> None:
    substitute_in_items(path, "figures", len(raw["figures"]), indexes, lambda _: CATEGORY, "category: displaced")


if __name__ == "__main__":
    walk(evacuee_indexes, _recategorise, "evacuee figures set displaced")
