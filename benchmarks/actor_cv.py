"""Cross-validated measure of the actor model (khabar/events/actmodel.py) on dev.

    PYTHONPATH=. python benchmarks/actor_cv.py [--folds 5] [--thresholds 0.5,0.6] [--rows FILE]

The dev articles (sorted by id) are dealt into folds (article k to fold k mod N); for each
fold the model is trained on the other folds' articles and the fold's articles are coded with
it, so every dev article is scored once by a model that never saw it.  Printed: first, for the
events the rules leave without an actor, what the held-out model would give them at each
threshold (right actor / wrong actor of a gold event / an event gold does not have); then the
scorer's events, status and date over the whole dev split for the rules alone and for each
threshold.  The dev number of a model trained on all of dev is no measure (it has seen the
answers); this one is.  Dev only: test and fresh batches are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # this checkout's khabar, not the installed one

from khabar.evaluate.run import cv_folds, gold_files, gold_sources
from khabar.events import actmodel
from khabar.events.actmodel_train import L2, collect, examples, fit

ROOT = Path(__file__).resolve().parent.parent


def fold_models(data: dict[str, list[dict]], fold: dict[str, int], folds: int, threshold: float,
                l2: float = L2) -> list:
    models = []
    for k in range(folds):
        feats, labels = examples(e for a, rows in data.items() if fold[a] != k for e in rows)
        models.append(fit(feats, labels, threshold, l2=l2))
    return models


def offline(data: dict, fold: dict, models: list, thresholds: list[float]) -> None:
    """What the held-out models give the events the rules leave without an actor."""
    print("threshold  right  wrong  not-in-gold  (events without a rule actor, held-out model)")
    for t in thresholds:
        right = wrong = extra = 0
        for article, rows in data.items():
            chosen = models[fold[article]]
            for event in rows:
                if event["rule_actor"] or not event["candidates"]:
                    continue
                top = max(event["candidates"], key=lambda c: chosen.score(c["features"]))
                if chosen.score(top["features"]) < t:
                    continue
                if not event["aligned"]:
                    extra += 1
                elif top["label"]:
                    right += 1
                else:
                    wrong += 1
        print(f"{t:9.2f} {right:6} {wrong:6} {extra:12}")


def recipients(gold, record) -> tuple[int, int, int, int]:
    """Recipient accuracy on the events the scorer matches (paired as khabar/evaluate/score.py
    pairs them: type and actor, the same trigger first): (right, matched, right where gold names
    a recipient, matched where gold names one).  Right: the same set of names (the entity
    scorer's pairs), both empty included.  Not scored by the events F1, but shown to users."""
    from khabar.evaluate.score import _Article, _norm

    names = {p["id"]: g.get("name") for g, p in _Article(gold, record).entities()}

    def named(ids) -> set[str]:
        return {_norm(names.get(a, a)) for a in ids or []}

    used: set[int] = set()
    right = matched = right_named = with_named = 0
    for g in gold.section("events"):
        actors = {_norm(a) for a in g.get("actor") or []}
        hits = [i for i, p in enumerate(record.events) if i not in used and p.get("type") == g.get("type")
                and (not actors or actors & named(p.get("actor")))]
        trigger = _norm(g.get("trigger"))
        same = [i for i in hits if trigger and _norm((record.events[i].get("trigger") or {}).get("text"))
                and (trigger in _norm(record.events[i]["trigger"]["text"])
                     or _norm(record.events[i]["trigger"]["text"]) in trigger)]
        if not hits:
            continue
        hit = (same or hits)[0]
        used.add(hit)
        ok = {_norm(r) for r in g.get("recipient") or []} == named(record.events[hit].get("recipient"))
        matched, right = matched + 1, right + ok
        if g.get("recipient"):
            with_named, right_named = with_named + 1, right_named + ok
    return right, matched, right_named, with_named


def end_to_end(files: list[Path], fold: dict, models: list | None, threshold: float | None,
               kinds: tuple[str, ...] = (), kind_thresholds: tuple[tuple[str, float], ...] = (),
               subset: set[str] | None = None) -> dict:
    """Scores over the dev files, each coded with its fold's held-out model (None: rules only);
    with `subset`, also the scores over those articles alone (key "subset")."""
    import khabar
    from khabar.evaluate.gold import load_gold
    from khabar.evaluate.score import Scores, evaluate

    sources = gold_sources(files)
    total, part = Scores(), Scores()
    tally = [0, 0, 0, 0]
    for path in files:
        gold = load_gold(path)
        chosen = None
        if models is not None:
            base = models[fold[path.stem]]
            chosen = actmodel.ActorModel(base.weights, base.bias, threshold, "fill", kinds or base.kinds, kind_thresholds)
        with actmodel.use(chosen):
            record = khabar.read(gold.text, published=None, source=sources.get(path.stem))
        scores = evaluate(gold, record)
        total.add(scores)
        if subset is not None and path.stem in subset:
            part.add(scores)
        tally = [x + y for x, y in zip(tally, recipients(gold, record))]
    out = {}
    for name in ("events", "event_status", "event_date"):
        c = total.counts[name]
        out[name] = (round(c.precision, 3), round(c.recall, 3), round(c.f1, 3), c.tp, c.fp, c.fn)
    out["ratio"] = total.event_ratio()
    out["recipients"] = (f"{tally[0]}/{tally[1]} matched events right", f"{tally[2]}/{tally[3]} where gold names one")
    if subset is not None:
        c = part.counts["events"]
        out["subset"] = (part.articles, round(c.precision, 3), round(c.recall, 3), round(c.f1, 3), c.tp, c.fp, c.fn,
                         part.event_ratio())
    return out


def dev_ids_at(rev: str) -> set[str]:
    """The dev ids of corpus/split.yaml at a git revision (the articles a model trained then saw)."""
    import subprocess

    import yaml

    text = subprocess.run(["git", "show", f"{rev}:corpus/split.yaml"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout
    return set(yaml.safe_load(text)["dev"])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--thresholds", default="0.4,0.5,0.6,0.7,0.8")
    parser.add_argument("--rows", default=None, help="a JSON file of collected rows (written if missing)")
    parser.add_argument("--offline-only", action="store_true")
    parser.add_argument("--kinds", default="verb,participle,light,noun", help="trigger kinds the model fills")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--l2", type=float, default=L2, help="the regulariser's weight of the fit")
    parser.add_argument("--shipped", action="store_true",
                        help="also the shipped weights (data/actor_model.json) on every fold: no measure where they saw the article")
    parser.add_argument("--unseen-since", default="",
                        help="a git revision: also score the dev articles added after it (unseen by weights trained then)")
    parser.add_argument("--noun-thresholds", default="", help="also fill nouns at each of these thresholds of their own")
    args = parser.parse_args(argv)
    files = gold_files([ROOT / "corpus" / "gold"], split="dev")
    if args.rows and Path(args.rows).is_file():
        data = json.loads(Path(args.rows).read_text("utf-8"))
    else:
        data = collect(files)
        if args.rows:
            Path(args.rows).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    fold = cv_folds(data, args.folds)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    models = fold_models(data, fold, args.folds, thresholds[0], args.l2)
    offline(data, fold, models, thresholds)
    if args.offline_only:
        return
    subset = set(data) - dev_ids_at(args.unseen_since) if args.unseen_since else None
    if not args.no_baseline:
        print("rules only:", end_to_end(files, fold, None, None, subset=subset), flush=True)
    kinds = tuple(args.kinds.split(","))
    if args.shipped:
        shipped = actmodel._slot.shipped()
        print(f"shipped weights (threshold {shipped.threshold}, kinds {','.join(shipped.kinds)}):",
              end_to_end(files, fold, [shipped] * args.folds, shipped.threshold, shipped.kinds, subset=subset), flush=True)
    for t in thresholds:
        print(f"threshold {t} kinds {','.join(kinds)}:", end_to_end(files, fold, models, t, kinds, subset=subset),
              flush=True)
        for n in [float(x) for x in args.noun_thresholds.split(",") if x]:
            print(f"threshold {t} kinds {','.join(kinds)},noun (nouns {n}):",
                  end_to_end(files, fold, models, t, kinds + ("noun",), (("noun", n),)), flush=True)


if __name__ == "__main__":
    sys.exit(main())
