"""Training the actor model (khabar/events/actmodel.py) from gold articles: `khabar train-actors`.

Each gold article is read by the pipeline with the model switched off, every coded event's
candidates collected; a coded event is aligned to the gold events of its type whose trigger
overlaps its own (as the scorer and benchmarks/event_outcomes.py align them), and a candidate
is labelled by whether the entity the scorer pairs it with is among those gold events' actors.
An event aligned to no gold event teaches that none of its candidates acts; an aligned event
whose gold actor is no candidate is left out.  The fit is a full-batch gradient descent on the
L2-regularised log loss, with no randomness: the same gold gives the same weights.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from khabar.events import actmodel

L2 = 1.0                                          # the weight of the regulariser (over the whole set)
STEPS = 400
RATE = 0.5
# chosen by 5-fold cross-validation over the dev articles (benchmarks/actor_cv.py, docs/actor-model.md)
THRESHOLD = 0.15
KINDS = ("verb", "participle", "light")           # the trigger kinds it fills (nouns: no gain in cross-validation)
VARIANT = "fill"


def article_rows(path: Path, source: dict | None = None) -> list[dict]:
    """The coded events of one gold article, each with its candidates labelled (`label` 0/1)
    and `aligned` (whether a gold event of its type stands over its trigger)."""
    import khabar
    from khabar.evaluate.gold import load_gold
    from khabar.evaluate.score import _Article, _norm, _overlaps

    from khabar.pipeline import default_pipeline

    gold = load_gold(path)
    default_pipeline()                            # its warm-up read is no article of the gold
    with actmodel.use(None), actmodel.collection() as events:
        record = khabar.read(gold.text, published=None, source=source)
    names = {p["id"]: _norm(g.get("name")) for g, p in _Article(gold, record).entities()}
    golds = [(g, gold.spans(g["trigger"]) if g.get("trigger") else []) for g in gold.section("events")]
    for event in events:
        over = [g for g, spans in golds if g.get("type") == event["type"] and _overlaps(spans, *event["trigger"])]
        actors = {_norm(a) for g in over for a in g.get("actor") or []}
        event["aligned"] = bool(over)
        for candidate in event["candidates"]:
            candidate["label"] = int(names.get(candidate["entity"]) in actors) if actors else 0
        event["usable"] = not over or any(c["label"] for c in event["candidates"])
    return events


def collect(files: Iterable[Path]) -> dict[str, list[dict]]:
    """Article id → its labelled events, for gold files (read with their outlet, as khabar eval does)."""
    from khabar.evaluate.run import gold_sources

    files = list(files)
    sources = gold_sources(files)
    return {path.stem: article_rows(path, sources.get(path.stem)) for path in files}


def examples(events: Iterable[dict]) -> tuple[list[list[str]], list[int]]:
    """The (features, label) of every candidate of the usable events."""
    feats, labels = [], []
    for event in events:
        if not event.get("usable", True):
            continue
        for candidate in event["candidates"]:
            feats.append(candidate["features"])
            labels.append(int(candidate["label"]))
    return feats, labels


def fit(feats: list[list[str]], labels: list[int], threshold: float = THRESHOLD,
        l2: float = L2, steps: int = STEPS, rate: float = RATE) -> actmodel.ActorModel:
    """Logistic regression over binary features by full-batch gradient descent (deterministic)."""
    names = sorted({f for row in feats for f in row})
    index = {name: k for k, name in enumerate(names)}
    rows = np.repeat(np.arange(len(feats)), [len(set(r)) for r in feats])
    cols = np.array([index[f] for r in feats for f in sorted(set(r))], dtype=np.int64)
    y = np.asarray(labels, dtype=np.float64)
    n = max(len(feats), 1)
    w, b = np.zeros(len(names)), 0.0
    scale = _scale(cols, len(names), n)
    for _ in range(steps):
        z = np.bincount(rows, weights=w[cols], minlength=len(feats)) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = p - y
        grad = np.bincount(cols, weights=err[rows], minlength=len(names)) / n + l2 * w / n
        w -= rate * grad * scale
        b -= rate * float(err.mean())
    weights = {name: round(float(v), 6) for name, v in zip(names, w) if abs(v) >= 1e-6}
    return actmodel.ActorModel(weights, round(b, 6), threshold)


def _scale(cols: np.ndarray, size: int, n: int) -> np.ndarray:
    """A per-feature step (n over the feature's count, capped): rare features move as fast as
    common ones, a cheap diagonal preconditioner that keeps the descent deterministic."""
    counts = np.bincount(cols, minlength=size).astype(np.float64)
    return np.minimum(n / np.maximum(counts, 1.0), 50.0)


def train(files: Iterable[Path], threshold: float = THRESHOLD) -> tuple[actmodel.ActorModel, dict[str, Any]]:
    """The model fitted on the gold files, and counts of what it was fitted on."""
    data = collect(files)
    events = [e for rows in data.values() for e in rows]
    feats, labels = examples(events)
    chosen = replace(fit(feats, labels, threshold), variant=VARIANT, kinds=KINDS)
    return chosen, {"articles": len(data), "events": len(events), "usable": sum(e["usable"] for e in events),
                    "candidates": len(labels), "positive": int(sum(labels))}

