"""Milliseconds per article spent in each pipeline stage, on the bundled corpus.

    python benchmarks/stage_times.py [--repeat N]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from khabar.assemble import to_record
from khabar.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = [f.read_text("utf-8") for f in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    nlp = default_pipeline()
    spent: Counter[str] = Counter()
    for round_ in range(args.repeat + 1):
        for text in texts:
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
                    spent[name] += seconds
    runs = args.repeat * len(texts)
    total = sum(spent.values())
    for name, seconds in spent.items():
        print(f"{name:18} {1000 * seconds / runs:7.2f} ms  {100 * seconds / total:5.1f}%")
    print(f"{'total':18} {1000 * total / runs:7.2f} ms")


if __name__ == "__main__":
    main()
