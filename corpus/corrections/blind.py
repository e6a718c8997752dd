"""What the blind gold-correction scripts share: walking a split's gold files and printing only a count, and
deleting listed items of one section while leaving every other byte of the file as it was."""
from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Callable

import yaml

CORPUS = Path(__file__).resolve().parents[1]
Finder = Callable[[dict, str], "list[int]"]


def item_bounds(lines: list[str], key: str, count: int, path: Path) -> tuple[int, list[tuple[int, int]]]:
    """(line of `key:`, [first, last) lines of each of its `count` items); the blank lines and the file's
    closing newline after the last item are no part of it."""
    start = lines.index(f"{key}:")
    end = next((k for k in range(start + 1, len(lines)) if lines[k] and not lines[k].startswith(" ")), len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    heads = [k for k in range(start + 1, end) if lines[k].startswith("  - ")]
    assert len(heads) == count, path
    return start, list(zip(heads, heads[1:] + [end]))


def delete_items(path: Path, section: str, count: int, indexes: list[int]) -> None:
    """Delete the listed items (flow or block style) of ``section``, which holds ``count`` items."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start, spans = item_bounds(lines, section, count, path)
    doomed = {k for index in indexes for k in range(*spans[index])}
    kept = [line for k, line in enumerate(lines) if k not in doomed]
    if len(indexes) == count:
        kept[start] = f"{section}: []"
    path.write_text("\n".join(kept), encoding="utf-8")


def substitute_in_items(path: Path, section: str, count: int, indexes: list[int],
                        pattern_of: Callable[[int], "re.Pattern[str]"], replacement: str) -> None:
    """In each listed item of ``section`` (flow or block style), replace the one match of its pattern."""
    lines = path.read_text(encoding="utf-8").split("\n")
    _, spans = item_bounds(lines, section, count, path)
    for index in indexes:
        pattern = pattern_of(index)
        hits = [k for k in range(*spans[index]) if pattern.search(lines[k])]
        assert len(hits) == 1, (path, index)
        lines[hits[0]] = pattern.sub(replacement, lines[hits[0]], count=1)
    path.write_text("\n".join(lines), encoding="utf-8")


_TYPE = re.compile(r"(?<![\w])type: *['\"]?[A-Z]+['\"]?")


def retype_items(path: Path, section: str, count: int, indexes: list[int], new_type: str) -> None:
    """Set ``type: new_type`` on the listed items of ``section`` (flow or block style)."""
    substitute_in_items(path, section, count, indexes, lambda _: _TYPE, f"type: {new_type}")


def headline_span(raw: dict, text: str) -> tuple[int, int]:
    """Where the gold headline stands in the text ((0, 0) if it has none or is not found)."""
    headline = str((raw.get("structure") or {}).get("headline") or "")
    at = text.find(headline) if headline else -1
    return (at, at + len(headline)) if at >= 0 else (0, 0)



def after_each_occurrence(text: str, item_text: str, pattern: "re.Pattern[str]", back: int) -> bool:
    """Whether ``item_text`` occurs in the text and ``pattern`` matches the ``back`` characters before each
    occurrence."""
    starts = [m.start() for m in re.finditer(re.escape(item_text), text)]
    return bool(starts) and all(pattern.search(text[max(0, k - back):k]) for k in starts)


def occurrence_end(text: str, item_text: str, nth: int) -> int | None:
    """The end of the nth whole-word occurrence of ``item_text`` in the text (the last one when there are fewer; None
    when there is none): where a gold item's k-th namesake stands, read in the text's order."""
    ends = [m.end() for m in re.finditer(rf"(?<![\w]){re.escape(item_text)}(?![\w])", text)]
    return ends[min(nth, len(ends) - 1)] if ends else None


def every_mention_matches(entity: dict, pattern: "re.Pattern[str]") -> bool:
    """Whether a gold entity has mentions and ``pattern`` matches each of them."""
    mentions = entity.get("mentions") or []
    return bool(mentions) and all(pattern.search(str(mention)) for mention in mentions)

Rewriter = Callable[[Path, dict, "list[int]"], None]


def walk(find: Finder, rewrite: Rewriter, what: str) -> None:
    """The command line: count (and with --apply rewrite) the items ``find`` names in one split."""
    parser = argparse.ArgumentParser()
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--split", choices=("dev", "test"))
    where.add_argument("--manifest", type=Path, help="a batch's manifest (a fresh batch held out of both splits)")
    parser.add_argument("--apply", action="store_true", help="write the files (default: count only)")
    args = parser.parse_args()
    ids = _batch_ids(args.manifest) if args.manifest else \
        yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))[args.split]
    total = 0
    for article_id in ids:
        path = CORPUS / "gold" / f"{article_id}.yaml"
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = (CORPUS / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
        indexes = find(raw, text)
        total += len(indexes)
        if indexes and args.apply:
            rewrite(path, raw, indexes)
    print(f"{args.split or args.manifest.stem}: {total} {what}{'' if args.apply else ' (count only)'}")


def _batch_ids(manifest: Path) -> list[str]:
    """The article ids a batch manifest lists."""
    return [str(entry["id"]) for entry in yaml.safe_load(manifest.read_text(encoding="utf-8"))["articles"]]


def run(section: str, find: Finder) -> None:
    """The command line of a script that removes the items ``find`` names from ``section``."""
    def remove(path: Path, raw: dict, indexes: list[int]) -> None:
        delete_items(path, section, len(raw[section]), indexes)
    walk(find, remove, f"{section} removed")
