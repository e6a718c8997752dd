"""What the blind gold corrections (corpus/corrections/*.py) share: the run over one split's gold files, which
prints only counts, and the line ranges of a list's items in a gold file, so that a script rewrites only those
lines and leaves every other byte as it was."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parents[1]


def item_bounds(lines: list[str], key: str, count: int, path: Path) -> tuple[int, int, list[tuple[int, int]]]:
    """(line of `key:`, end of its list, [first, last) lines of each of its `count` items); the blank lines
    and the file's closing newline after the last item are no part of it."""
    start = lines.index(f"{key}:")
    end = next((k for k in range(start + 1, len(lines)) if lines[k] and not lines[k].startswith(" ")), len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    heads = [k for k in range(start + 1, end) if lines[k].startswith("  - ")]
    assert len(heads) == count, path
    return start, end, list(zip(heads, heads[1:] + [end]))


def run_over_split(description: str, find: Callable[[dict, str], list[int]],
                   rewrite: Callable[[Path, dict, list[int]], None]) -> tuple[str, bool, int, int]:
    """Parse --split and --apply, find the items of each gold file of the split, rewrite them with --apply;
    (split, applied, items found, articles with one)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--split", required=True, choices=("dev", "test"))
    parser.add_argument("--apply", action="store_true", help="write the files (default: count only)")
    args = parser.parse_args()
    ids = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))[args.split]
    total = articles = 0
    for article_id in ids:
        path = CORPUS / "gold" / f"{article_id}.yaml"
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = (CORPUS / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
        indexes = find(raw, text)
        total += len(indexes)
        articles += bool(indexes)
        if indexes and args.apply:
            rewrite(path, raw, indexes)
    return args.split, args.apply, total, articles
