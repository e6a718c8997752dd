"""Cross-validated measure of the trained NER (khabar/entities/ner.py) over dev articles.

    PYTHONPATH=. python benchmarks/ner_cv.py [--folds 5] [--epochs 12] [--policies "PER,ORG:2;PER,ORG,FAC:2"]
                                           [--models DIR] [--jobs 2]

The dev articles (sorted by id) are dealt into folds (article k to fold k mod N).  For each
fold an NER is trained on the shipped training sentences (all files but the held-out last)
plus the gold sentences (khabar/entities/ner_data.py) of the other folds' articles; the
fold's articles are then read by the whole pipeline with that model and each policy, so
every dev article is scored once by a model that never saw it.  Printed: the fold models'
scores on the held-out sentence file, then entities per type, events and claims for the
rules alone and for each policy.  The dev number of a model trained on all of dev is no
measure (it has seen the answers); this one is.  Dev only: test and fresh batches are never
read.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # this checkout's khabar, not the installed one

from khabar.entities import ner
from khabar.entities.ner_data import sentences_of_files
from khabar.evaluate.run import cv_folds, gold_files, gold_sources

ROOT = Path(__file__).resolve().parent.parent
COMPONENTS = ("entities", "events", "event_status", "event_date", "claims")


def train_fold(args: tuple[int, list[str], int, str]) -> dict:
    """Train fold k's model into DIR/fold-k and return its held-out sentence scores."""
    k, train_paths, epochs, out = args
    train_files, held = ner.held_out_files()
    sentences = ner.load_sentences(train_files) + sentences_of_files([Path(p) for p in train_paths], ner.LABELS)
    nlp = ner.fit(sentences, epochs=epochs, log=lambda _: None)
    target = Path(out) / f"fold-{k}"
    target.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(target)
    return ner.evaluate_ner(ner.load_sentences(held), nlp)


def load_fold(directory: Path):
    nlp = ner.blank_pipeline()
    nlp.add_pipe("ner").from_disk(directory)
    return nlp


def score(files: list[Path], fold: dict[str, int], models: dict | None, policy: ner.Policy | None) -> dict:
    """Scores over the dev files, each read with its fold's model (None: rules only)."""
    import khabar
    from khabar.evaluate.gold import load_gold
    from khabar.evaluate.score import Scores, evaluate

    sources = gold_sources(files)
    total = Scores()
    for path in files:
        gold = load_gold(path)
        source = sources.get(path.stem)
        if models is None:
            record = khabar.read(gold.text, published=None, source=source)
        else:
            with ner.use(models[fold[path.stem]], policy):
                record = khabar.read(gold.text, published=None, source=source)
        total.add(evaluate(gold, record))
    out = {name: _row(total.counts[name]) for name in COMPONENTS}
    out.update({f"entities/{t}": _row(c) for (comp, t), c in sorted(total.by_type.items()) if comp == "entities"})
    return out


def score_task(task: tuple[str, int, str | None, tuple[int, ...]]) -> dict:
    """One pass over the dev articles of the chosen folds: rules only (policy None) or each
    article read with its fold's model and one policy."""
    out, folds, text, chosen = task
    files = gold_files([ROOT / "corpus" / "gold"], split="dev")
    fold = cv_folds((f.stem for f in files), folds)
    files = [f for f in files if fold[f.stem] in chosen]
    if text is None:
        return score(files, fold, None, None)
    models = {k: load_fold(Path(out) / f"fold-{k}") for k in chosen}
    return score(files, fold, models, ner.Policy.parse(text))


def _row(c) -> tuple:
    return (round(c.precision, 3), round(c.recall, 3), round(c.f1, 3), c.tp, c.fp, c.fn)


def show(name: str, result: dict, base: dict | None) -> None:
    print(f"== {name}")
    for key, (p, r, f, tp, fp, fn) in result.items():
        delta = f"  ({f - base[key][2]:+.3f}; tp {tp - base[key][3]:+d} fp {fp - base[key][4]:+d})" \
            if base and key in base else ""
        print(f"  {key:16} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {tp} fp {fp} fn {fn}{delta}")
    sys.stdout.flush()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--policies", default="PER,ORG:2;PER,ORG,FAC,LOC:2;"
                        "PER,ORG,FAC,LOC,GPE:2;PER,ORG,FAC,LOC,GPE:1")
    parser.add_argument("--models", default="/tmp/khabar-ner-cv", help="where fold models are written")
    parser.add_argument("--reuse", action="store_true", help="use fold models already in --models")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--baseline", default=None, help="JSON of the rules-only pass (read if there, else written)")
    parser.add_argument("--score-folds", default=None,
                        help="score only the articles of these folds (\"0,1\"): a partial measure, say so")
    parser.add_argument("--train-only", default=None, help="train only these folds (\"2,3\") and stop")
    args = parser.parse_args(argv)
    files = gold_files([ROOT / "corpus" / "gold"], split="dev")
    fold = cv_folds((f.stem for f in files), args.folds)
    out = Path(args.models)
    if not args.reuse:
        wanted = [int(k) for k in args.train_only.split(",")] if args.train_only else range(args.folds)
        jobs = [(k, [str(f) for f in files if fold[f.stem] != k], args.epochs, str(out)) for k in wanted]
        with ProcessPoolExecutor(args.jobs) as pool:
            for k, scores in zip(wanted, pool.map(train_fold, jobs)):
                print(f"fold {k} held-out sentences: " + "  ".join(
                    f"{label} {v['f1']:.3f}" for label, v in scores.items() if isinstance(v, dict)), flush=True)
    if args.train_only:
        return
    chosen = tuple(int(k) for k in args.score_folds.split(",")) if args.score_folds else tuple(range(args.folds))
    tasks = [(str(out), args.folds, text, chosen) for text in [None] + args.policies.split(";")]
    baseline = Path(args.baseline) if args.baseline else None
    if baseline and baseline.is_file():   # the rules-only pass of the same code, saved before
        tasks = tasks[1:]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(score_task, tasks))
    if baseline and baseline.is_file():
        results.insert(0, {k: tuple(v) for k, v in json.loads(baseline.read_text("utf-8")).items()})
        tasks.insert(0, (str(out), args.folds, None, chosen))
    elif baseline:
        baseline.write_text(json.dumps(results[0]), "utf-8")
    show("rules only", results[0], None)
    for (_, _, text, _), result in zip(tasks[1:], results[1:]):
        show(f"policy {text}", result, results[0])


if __name__ == "__main__":
    sys.exit(main())
