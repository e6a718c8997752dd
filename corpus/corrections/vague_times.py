"""Gold correction of session 14's rule "vague periods are no times" (docs/gold-format.md): drop gold times
whose text is a plural period with a vague bound ("الأيام الماضية"، "الأسابيع المقبلة"، "خلال الأشهر الماضية"،
"الساعات المقبلة"); a named period ("الأسبوع الماضي"، "الشهر المقبل") is singular and stays a time.

Mechanical and blind: it reads only the gold, and prints nothing but the count of times changed (per split), so
that it can be run over the held-out split without reading it.  Session 14 removed 7 such times from the dev gold
by hand; the dev gold has none left (the script's dev count is 0).

    python corpus/corrections/vague_times.py --split test [--apply]
"""
from __future__ import annotations

import re

from blind import run

VAGUE_PERIOD = re.compile(r"(?:^|\s)(?:خلال\s+|في\s+|منذ\s+)?(?:\S+)?(?:الأيام|الأسابيع|الأشهر|الشهور|السنوات|السنين"
                          r"|الأعوام|العقود|الساعات)\s+(?:القليلة\s+)?(?:الماضية|المقبلة|الأخيرة|القادمة|القليلة|"
                          r"المنصرمة|الفائتة)(?:\s+الماضية|\s+المقبلة)?$")


def vague_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold times the rule removes: the whole text is one vague plural period."""
    return [index for index, time in enumerate(raw.get("times") or []) if VAGUE_PERIOD.search(str(time.get("text")))]


if __name__ == "__main__":
    run("times", vague_indexes)
