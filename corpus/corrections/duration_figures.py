"""Gold correction of session 12's rule "durations are not figures" (docs/gold-format.md, figures): drop gold
figures that count a span of time ("منذ 17 عاما"، "استمرت 18 يوما"، "طيلة ثلاثة أشهر") where every occurrence of
their text stands right after a word that makes it a duration.  Terms ("بالسجن خمس سنوات"، "مهلة 48 ساعة"،
"لمدة سبعة أيام") stay figures (category other), so only منذ, استمر/دام in any form, طيلة and طوال count.

Mechanical and blind: it reads only the gold and the article text, and prints nothing but the count of figures
changed (per split), so that it can be run over the held-out split without reading it.  Session 12 took 71 such
durations out of the dev gold by hand; the dev gold has none left (the script's dev count is 0).

    python corpus/corrections/duration_figures.py --split test [--apply]
"""
from __future__ import annotations

import re

from blind import after_each_occurrence, run

TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
DURATION_WORD = re.compile(r"(?:^|\s)(?:منذ|و?استمر\w*|و?دام\w*|طيلة|طوال)\s+(?:\S+\s+)?$")


def duration_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold figures the rule removes."""
    return [index for index, figure in enumerate(raw.get("figures") or [])
            if figure.get("unit") in TIME_UNITS and after_each_occurrence(text, str(figure.get("text")), DURATION_WORD, 40)]


if __name__ == "__main__":
    run("figures", duration_indexes)
