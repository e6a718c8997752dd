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

import argparse
import re
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parents[1]
TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
DURATION_WORD = re.compile(r"(?:^|\s)(?:منذ|و?استمر\w*|و?دام\w*|طيلة|طوال)\s+(?:\S+\s+)?$")


def _is_duration(text: str, figure_text: str) -> bool:
    """Whether the figure's text occurs in the article and stands after a duration word at each occurrence."""
    starts = [m.start() for m in re.finditer(re.escape(figure_text), text)]
    return bool(starts) and all(DURATION_WORD.search(text[max(0, k - 40):k]) for k in starts)


def duration_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold figures the rule removes."""
    return [index for index, figure in enumerate(raw.get("figures") or [])
            if figure.get("unit") in TIME_UNITS and _is_duration(text, str(figure.get("text")))]


def _rewrite(path: Path, raw: dict, indexes: list[int]) -> None:
    """Delete each listed figure's line (figures are one-line flow mappings), leaving every other byte as it was."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = lines.index("figures:")
    end = next((k for k in range(start + 1, len(lines)) if lines[k] and not lines[k].startswith(" ")), len(lines))
    heads = [k for k in range(start + 1, end) if lines[k].startswith("  - ")]
    assert len(heads) == len(raw["figures"]), path
    assert all(lines[k].rstrip().endswith("}") for k in heads), path
    doomed = {heads[index] for index in indexes}
    kept = [line for k, line in enumerate(lines) if k not in doomed]
    if len(doomed) == len(heads):
        kept[start] = "figures: []"
    path.write_text("\n".join(kept), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", required=True, choices=("dev", "test"))
    parser.add_argument("--apply", action="store_true", help="write the files (default: count only)")
    args = parser.parse_args()
    ids = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))[args.split]
    total = 0
    for article_id in ids:
        path = CORPUS / "gold" / f"{article_id}.yaml"
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = (CORPUS / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
        indexes = duration_indexes(raw, text)
        total += len(indexes)
        if indexes and args.apply:
            _rewrite(path, raw, indexes)
    print(f"{args.split}: {total} figures {'removed' if args.apply else 'to remove'}")


if __name__ == "__main__":
    main()
