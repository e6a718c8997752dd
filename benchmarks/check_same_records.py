"""Guard for speed work: khabar's records must not change.

    python benchmarks/check_same_records.py save  REFERENCE.jsonl
    python benchmarks/check_same_records.py check REFERENCE.jsonl

Reads every corpus/articles/*.txt and ../shared/corpus/ar/*.txt with khabar.read (twice,
so that a cache filled by the first pass cannot change the second) and writes one JSON
record per article, tokens included.  `check` compares against a saved reference and
prints only the names of the articles whose record differs (never their text); held-out test
articles (corpus/split.yaml) are counted, not named, so that a rule writer never learns which
test article a change moved.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # this checkout's khabar, not the installed one

import khabar

ROOT = Path(__file__).resolve().parent.parent


def files() -> list[Path]:
    found = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    found += sorted((ROOT.parent / "shared" / "corpus" / "ar").glob("*.txt"))
    return found


def records() -> dict[str, str]:
    out: dict[str, str] = {}
    paths = files()
    for round_ in range(2):
        for path in paths:
            line = khabar.read(path.read_text("utf-8")).to_json(indent=None, tokens=True)
            key = f"{path.parent.name}/{path.name}"
            if round_ and out[key] != line:
                out[key + "#second-pass"] = line
            elif not round_:
                out[key] = line
    return out


def _held_out(key: str) -> bool:
    """The record is of an article of the held-out test split."""
    folder, _, name = key.partition("#")[0].partition("/")
    return folder == "articles" and name.removesuffix(".txt") in _test_ids()


def _test_ids() -> set[str]:
    path = ROOT / "corpus" / "split.yaml"
    return set((yaml.safe_load(path.read_text("utf-8")) or {}).get("test") or []) if path.exists() else set()


def main() -> None:
    mode, reference = sys.argv[1], Path(sys.argv[2])
    current = records()
    if mode == "save":
        reference.write_text("".join(f"{k}\t{v}\n" for k, v in current.items()), "utf-8")
        print(f"saved {len(current)} records")
        return
    saved = dict(line.split("\t", 1) for line in reference.read_text("utf-8").split("\n") if line)
    differ = sorted(k for k in set(saved) | set(current) if saved.get(k) != current.get(k))
    held_out = [name for name in differ if _held_out(name)]
    for name in differ:
        if name not in held_out:
            print("DIFFERS", name)
    if held_out:
        print(f"DIFFERS {len(held_out)} held-out test article(s), not named")
    print(f"{len(current)} records, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
