"""Cross-validated measure of the trigger-sense model (khabar/events/trigmodel.py) on dev.

    PYTHONPATH=. python benchmarks/trigger_cv.py [--folds 5] [--thresholds 0.2,0.3,0.4] [--l2 1]

The dev articles (sorted by id) are dealt into folds (khabar.evaluate.run.cv_folds); each
fold's articles are judged by a model trained on the other folds' events, so every dev
article is scored once by a model that never saw it.  Each article is read once with the
model off; a variant drops from that record the events its held-out model scores under the
threshold (as the pipeline's hook does: it filters the record-shaped events at the end of the
events stage) and the scorer runs on what is left.  Printed: per threshold, the events it
drops that are aligned with a gold event of their type and those that are not (offline);
then events, event status and date P/R/F1 for the rules alone and each variant.  Dev only:
test and fresh batches are never read.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # this checkout's khabar, not the installed one

from khabar.evaluate.run import cv_folds, gold_files, gold_sources
from khabar.events.trigmodel_train import L2, fit, labelled_read

ROOT = Path(__file__).resolve().parent.parent


def read_all(files: list[Path]) -> dict[str, tuple]:
    """Article id → (gold, record with the model off, its labelled rows)."""
    from khabar.evaluate.gold import load_gold

    sources = gold_sources(files)
    out = {}
    for path in files:
        gold = load_gold(path)
        rows, record = labelled_read(gold, sources.get(path.stem))
        assert len(rows) == len(record.events), path.stem   # one row per record event, in order
        out[path.stem] = (gold, record, rows)
    return out


def scores(data: dict, keep, only: set[str] | None = None) -> dict:
    """Events, status and date over all articles (or those in `only`), keeping the events
    `keep(article, k, row)` accepts."""
    from khabar.evaluate.score import Scores, evaluate

    total = Scores()
    for article, (gold, record, rows) in data.items():
        if only is not None and article not in only:
            continue
        kept = copy.copy(record)
        kept.events = [e for k, (e, r) in enumerate(zip(record.events, rows)) if keep(article, k, r)]
        total.add(evaluate(gold, kept))
    out = {}
    for name in ("events", "event_status", "event_date"):
        c = total.counts[name]
        out[name] = (round(c.precision, 3), round(c.recall, 3), round(c.f1, 3), c.tp, c.fp, c.fn)
    out["ratio"] = total.event_ratio()
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--thresholds", default="0.1,0.15,0.2,0.25,0.3,0.4,0.5")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--target", default="label,scored", help="the labels learnt, each a run: label (aligned), scored")
    parser.add_argument("--drop", default="", help="feature prefixes left out of the fit (e.g. lx:,at:)")
    parser.add_argument("--per-fold", action="store_true", help="also each fold's events F1, rules and filter")
    parser.add_argument("--kinds", default="all,noun,verb",
                        help="variants: the trigger kinds the filter may drop (all: every kind)")
    args = parser.parse_args(argv)
    files = gold_files([ROOT / "corpus" / "gold"], split="dev")
    data = read_all(files)
    drop = tuple(p for p in args.drop.split(",") if p)
    if drop:
        for _, _, rows in data.values():
            for row in rows:
                row["features"] = [f for f in row["features"] if not f.startswith(drop)]
    fold = cv_folds(data, args.folds)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    print("rules only:", scores(data, lambda a, k, r: True), flush=True)
    for target in args.target.split(","):
        run(data, fold, args.folds, thresholds, target, args.l2, args.kinds.split(","), args.per_fold)


def run(data: dict, fold: dict, folds: int, thresholds: list[float], target: str, l2: float,
        kinds_list: list[str], per_fold: bool = False) -> None:
    """The held-out models learning `target`, and each variant's scores at each threshold."""
    models = [fit((r for a, (_, _, rows) in data.items() if fold[a] != k for r in rows), l2=l2, target=target)
              for k in range(folds)]
    prob = {a: [models[fold[a]].score(r["features"]) for r in rows] for a, (_, _, rows) in data.items()}
    rows_all = [(p, r) for a, (_, _, rows) in data.items() for p, r in zip(prob[a], rows)]
    print(f"articles {len(data)}, coded events {len(rows_all)}, aligned {sum(r['label'] for _, r in rows_all)}, "
          f"scored true {sum(r['scored'] for _, r in rows_all)}; target {target}, l2 {l2}")
    print(f"threshold  dropped-{target}  dropped-not-{target}  (held-out model, every kind)")
    for t in thresholds:
        good = sum(1 for p, r in rows_all if p < t and r[target])
        bad = sum(1 for p, r in rows_all if p < t and not r[target])
        print(f"{t:9.2f} {good:16} {bad:20}")
    parts = [{a for a in data if fold[a] == j} for j in range(folds)]
    rules_f1 = [scores(data, lambda a, k, r: True, part)["events"][2] for part in parts] if per_fold else []
    for kinds in kinds_list:
        for t in thresholds:
            def keep(a, k, r, t=t, kinds=kinds):
                return prob[a][k] >= t or (kinds != "all" and f"k:{kinds}" not in r["features"])
            print(f"target {target} filter {kinds} threshold {t}:", scores(data, keep), flush=True)
            if per_fold:
                print("   per fold F1 (rules -> filter):", "; ".join(
                    f"{rules} -> {scores(data, keep, part)['events'][2]}" for rules, part in zip(rules_f1, parts)),
                    flush=True)

if __name__ == "__main__":
    sys.exit(main())
