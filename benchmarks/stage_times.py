"""Milliseconds per article spent in each pipeline stage, on the bundled corpus.

    python benchmarks/stage_times.py [--repeat N]

For each article and stage the fastest of the rounds counts (best-of-N), summed over the
articles: one round slowed by other work on a shared machine does not skew the result.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import sys
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # this checkout's khabar, not the installed one

from khabar.assemble import to_record
from khabar.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = [f.read_text("utf-8") for f in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    nlp = default_pipeline()
    best: dict[tuple[int, str], float] = {}
    for round_ in range(args.repeat + 1):
        for index, text in enumerate(texts):
            start = time.perf_counter()
            doc = nlp.make_doc(text)
            doc.user_data["khabar_text"] = text
            stamps = [("tokenizer", time.perf_counter() - start)]
            for name, component in nlp.pipeline:
                start = time.perf_counter()
                doc = component(doc)
                stamps.append((name, time.perf_counter() - start))
            start = time.perf_counter()
            to_record(doc)
            stamps.append(("record", time.perf_counter() - start))
            if round_:  # the first round warms caches
                for name, seconds in stamps:
                    best[index, name] = min(seconds, best.get((index, name), seconds))
    spent: Counter[str] = Counter()
    for (_, name), seconds in best.items():
        spent[name] += seconds
    total = sum(spent.values())
    for name, seconds in spent.items():
        print(f"{name:18} {1000 * seconds / len(texts):7.2f} ms  {100 * seconds / total:5.1f}%")
    print(f"{'total':18} {1000 * total / len(texts):7.2f} ms  (best of {args.repeat} per article and stage)")


if __name__ == "__main__":
    main()
