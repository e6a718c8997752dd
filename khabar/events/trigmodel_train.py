"""Training the trigger-sense model (khabar/events/trigmodel.py) from gold articles: `khabar train-triggers`.

Each gold article is read by the pipeline with the model switched off and every coded event
collected with its features.  An event is labelled 1 when a gold event of its type has a
trigger span overlapping one of its triggers (as the scorer and benchmarks/event_outcomes.py
align them), else 0.  The fit is actmodel_train.fit: full-batch gradient descent on the
L2-regularised log loss, no randomness, so the same gold gives the same weights.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from khabar.events import trigmodel
from khabar.events.actmodel_train import fit as _fit

L2 = 1.0
# chosen by 5-fold cross-validation over the dev articles (benchmarks/trigger_cv.py, docs/trigger-model.md)
THRESHOLD = 0.15
VARIANT = "off"                                   # see docs/trigger-model.md: CV +.004, 11 composed probes lost
TARGET = "label"


def label(row: dict, golds: list[tuple[dict, list[tuple[int, int]]]]) -> int:
    """1 when a gold event of the row's type has a trigger overlapping one of the row's triggers."""
    from khabar.evaluate.score import _overlaps

    return int(any(g.get("type") == row["type"] and any(_overlaps(spans, a, b) for a, b in row["triggers"])
                   for g, spans in golds))


def article_rows(path: Path, source: dict | None = None) -> tuple[list[dict], Any]:
    """The coded events of one gold article, each labelled, and the record read (model off)."""
    from khabar.evaluate.gold import load_gold

    return labelled_read(load_gold(path), source)


def labelled_read(gold: Any, source: dict | None = None) -> tuple[list[dict], Any]:
    """The coded events of a loaded gold article, each labelled, and the record read (model off)."""
    import khabar
    from khabar.pipeline import default_pipeline

    default_pipeline()                            # its warm-up read is no article of the gold
    with trigmodel.use(None), trigmodel.collection() as rows:
        record = khabar.read(gold.text, published=None, source=source)
    golds = [(g, gold.spans(g["trigger"]) if g.get("trigger") else []) for g in gold.section("events")]
    for row in rows:
        row["label"] = label(row, golds)
    for row, scored in zip(rows, scored_labels(gold, record)):
        row["scored"] = scored
    return rows, record


def scored_labels(gold: Any, record: Any) -> list[int]:
    """For each event of the record, 1 when the events scorer counts it true: leaving it out
    lowers the article's events tp (a right type and actor, not only a right trigger)."""
    import copy

    from khabar.evaluate.score import evaluate

    def tp(events: list) -> int:
        kept = copy.copy(record)
        kept.events = events
        return evaluate(gold, kept).counts["events"].tp

    base = tp(record.events)
    return [int(tp(record.events[:k] + record.events[k + 1:]) < base) for k in range(len(record.events))]


def collect(files: Iterable[Path]) -> dict[str, list[dict]]:
    """Article id → its labelled events, for gold files (read with their outlet, as khabar eval does)."""
    from khabar.evaluate.run import gold_sources

    files = list(files)
    sources = gold_sources(files)
    return {path.stem: article_rows(path, sources.get(path.stem))[0] for path in files}


def fit(rows: Iterable[dict], threshold: float = THRESHOLD, l2: float = L2,
        variant: str = VARIANT, target: str = TARGET) -> trigmodel.TriggerModel:
    """The logistic regression fitted on labelled rows; `target` is the label learnt: "label"
    (a gold event of its type over its trigger) or "scored" (the scorer counts it true)."""
    rows = list(rows)
    base = _fit([r["features"] for r in rows], [int(r[target]) for r in rows], threshold, l2=l2)
    return trigmodel.TriggerModel(base.weights, base.bias, threshold, variant)


def train(files: Iterable[Path]) -> tuple[trigmodel.TriggerModel, dict[str, Any]]:
    """The model fitted on the gold files, and counts of what it was fitted on."""
    data = collect(files)
    rows = [r for article in data.values() for r in article]
    return fit(rows), {"articles": len(data), "events": len(rows), "aligned": sum(r["label"] for r in rows),
                                        "scored": sum(r["scored"] for r in rows)}

