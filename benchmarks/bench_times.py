"""khabar's time stage against dateparser.search_dates on the same annotated times.

    python benchmarks/bench_times.py [--split test|dev|all]

For every gold time of the corpus split, each system is asked for the value of the
expression where it stands in its article; accuracy is the share of gold times whose
value the system gives for an expression overlapping the gold text.  dateparser runs with
languages=['ar'], RELATIVE_BASE = the publication date, PREFER_DATES_FROM='past', over
each sentence (it reports no offsets, so its matches are located by their text).
Both run over the same articles in one process; articles/s is measured for each.  khabar is
timed twice: its whole `khabar.read` (every stage: entities, times, figures, claims, events and
the record), and its pipeline up to the times stage, the stages a time reading needs (tokens,
structure and publication date, sentences, the entity names a date may stand in), which is
what dateparser is asked to do.  dateparser is handed khabar's sentences and the gold's
publication date for free; khabar reads both itself.
"""

from __future__ import annotations

import argparse
import time
import warnings
from datetime import datetime
from pathlib import Path

import sys
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # this checkout's khabar, not the installed one

from khabar.evaluate import load_gold, load_split
from khabar.evaluate.gold import occurrences

ROOT = Path(__file__).resolve().parent.parent


def golds(split: str):
    ids = load_split(ROOT / "corpus" / "split.yaml")
    chosen = ids["dev"] + ids["test"] if split == "all" else ids[split]
    return [load_gold(ROOT / "corpus" / "gold" / f"{i}.yaml") for i in sorted(chosen)]


def khabar_values(gold) -> list[tuple[int, int, str]]:
    """khabar's resolved times (the whole `khabar.read`, so its rate is a lower bound)."""
    import khabar
    record = khabar.read(gold.text)
    return [(t["start"], t["end"], t["value"]) for t in record.times if t["value"]]


def khabar_times_values(gold) -> list[tuple[int, int, str]]:
    """khabar's resolved times from its pipeline run up to the times stage and no further."""
    from khabar.pipeline import default_pipeline

    nlp = default_pipeline()
    doc = nlp.make_doc(gold.text)
    doc.user_data["khabar_text"] = gold.text
    doc._.published_given = None
    doc._.source = None
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == "khabar_times":
            break
    return [(t["start"], t["end"], t["value"]) for t in doc._.times if t["value"]]


def dateparser_values(gold, sentences) -> list[tuple[int, int, str]]:
    from dateparser.search import search_dates
    if not gold.published:
        return []
    base = datetime.fromisoformat(str(gold.published)[:10])
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    found = []
    for start, end in sentences:
        results = search_dates(gold.text[start:end], languages=["ar"], settings=settings) or []
        for surface, value in results:
            for a, b in occurrences(gold.text[start:end], surface):
                found.append((start + a, start + b, value.date().isoformat()))
    return found


def accuracy(gold, predicted) -> tuple[int, int]:
    """(gold times given their exact value where their text stands, gold times)."""
    items = gold.section("times")
    right = 0
    for item in items:
        spans = gold.spans(item["text"])
        if any(value == str(item["value"]) for a, b, value in predicted if any(a < e and s < b for s, e in spans)):
            right += 1
    return right, len(items)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test", choices=["dev", "test", "all"])
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    articles = golds(args.split)
    import khabar
    sentences = {g.id: [(s["start"], s["end"]) for s in khabar.read(g.text).sentences] for g in articles}
    results = {}
    systems = (("khabar", khabar_values), ("khabar-times", khabar_times_values),
               ("dateparser", lambda g: dateparser_values(g, sentences[g.id])))
    for name, run in systems:
        run(articles[0])  # warm up
        start = time.perf_counter()
        predictions = [run(g) for g in articles]
        seconds = time.perf_counter() - start
        right = total = 0
        for gold, predicted in zip(articles, predictions):
            r, t = accuracy(gold, predicted)
            right, total = right + r, total + t
        results[name] = (right / total if total else 0.0, len(articles) / seconds, right, total)
    print(f"{args.split} split: {len(articles)} articles, {results['khabar'][3]} gold times")
    for name, (acc, rate, right, total) in results.items():
        print(f"{name:12} value accuracy {acc:.3f} ({right}/{total})   {rate:8.1f} articles/s")
    for name in ("khabar", "khabar-times"):
        print(f"{name}/dateparser speed ratio: {results[name][1] / results['dateparser'][1]:.1f}x")


if __name__ == "__main__":
    main()
