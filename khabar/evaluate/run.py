"""Running the pipeline over gold articles and reporting scores (`khabar eval`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from rich.console import Console
from rich.table import Table

import khabar
from khabar.evaluate.gold import load_gold, load_split
from khabar.evaluate.score import Scores, evaluate

__all__ = ["cv_folds", "gold_files", "gold_sources", "print_scores", "run_eval"]

HEADLINE = ("structure", "entities", "times", "times_value", "figures", "events", "events_dated", "events_anchored",
            "event_status", "event_date", "claims")


def gold_files(paths: Iterable[str | Path], split: str | None = None, split_file: Path | None = None,
               manifest: Path | None = None) -> list[Path]:
    """Gold YAML files named or found under `paths`, kept to one side of the split and, with
    `manifest`, to the articles that corpus manifest lists (one batch of new articles)."""
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    if split:
        split_file = split_file or _default_split(files)
        ids = set(load_split(split_file)[split])
        files = [f for f in files if f.stem in ids]
    if manifest:
        listed = set(manifest_ids(manifest))
        files = [f for f in files if f.stem in listed]
    return files


def manifest_ids(manifest: Path) -> list[str]:
    """The article ids a corpus manifest (corpus/manifest-*.yaml) lists."""
    from khabar.datafile import load_yaml

    data = load_yaml(Path(manifest).read_text("utf-8")) or {}
    return [entry["id"] for entry in data.get("articles") or []]


def _default_split(files: list[Path]) -> Path:
    return files[0].parent.parent / "split.yaml" if files else Path("corpus/split.yaml")


def run_eval(files: list[Path]) -> tuple[Scores, list[tuple[Path, str]]]:
    """Scores over all gold files, and the files that could not be used (with why)."""
    total = Scores()
    problems: list[tuple[Path, str]] = []
    sources = gold_sources(files)
    for path in files:
        try:
            gold = load_gold(path)
        except Exception as error:  # a broken gold file is reported, not fatal
            problems.append((path, str(error)))
            continue
        record = khabar.read(gold.text, published=None, source=sources.get(path.stem))
        total.add(evaluate(gold, record))
    return total, problems


def gold_sources(files: list[Path]) -> dict[str, dict[str, str]]:
    """Article id → the `source` khabar reads it with: its outlet from the corpus manifests, as
    `khabar ingest --manifest` gives it (khabar reads an article knowing where it was published,
    never its date).  Articles no manifest lists are read with no source."""
    from khabar.ingest.manifest import load_manifests

    folders = {path.parent.parent for path in files}
    manifests = sorted(m for folder in folders for m in folder.glob("manifest-*.yaml"))
    return {article: {"outlet": entry["outlet"]} for article, entry in load_manifests(manifests).items()
            if "outlet" in entry}


def cv_folds(ids: Iterable[str], folds: int) -> dict[str, int]:
    """Article id → its fold for k-fold cross-validation over articles: the ids sorted, article
    k in fold k mod `folds` (the trained models' benchmarks share this split)."""
    return {article: k % folds for k, article in enumerate(sorted(ids))}


def print_scores(scores: Scores, console: Console, *, errors: int = 0) -> None:
    table = Table(title=f"khabar eval — {scores.articles} articles", title_justify="left")
    for column in ("component", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="right" if column != "component" else "left")
    for name in HEADLINE:
        if name in scores.counts:
            c = scores.counts[name]
            table.add_row(name, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn))
    console.print(table)
    types = Table(title="per type", title_justify="left")
    for column in ("component/type", "P", "R", "F1", "tp", "fp", "fn"):
        types.add_column(column, justify="right" if column != "component/type" else "left")
    for (component, kind), c in sorted(scores.by_type.items()):
        types.add_row(f"{component}/{kind}", f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}",
                      str(c.tp), str(c.fp), str(c.fn))
    console.print(types)
    ratio = scores.event_ratio()
    if ratio is not None:
        console.print(f"events per article, predicted/gold (mean): {ratio:.2f}")
    if errors:
        for error in scores.errors[:errors]:
            console.print(f"[bold]{error['kind']:5}[/] {error['component']:10} {error['article']}: {error['item']}"
                          + (f"  expected={error.get('expected')!r} got={error.get('got')!r}" if "expected" in error else ""),
                          markup=True, highlight=False)
            if error.get("sentence"):
                console.print(f"      ↳ {error['sentence']}", highlight=False)


def report(scores: Scores, problems: list[tuple[Path, str]]) -> dict[str, Any]:
    data = scores.as_dict()
    data["unusable_gold"] = [{"file": str(p), "reason": r} for p, r in problems]
    return data


def write_report(path: Path, scores: Scores, problems: list[tuple[Path, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report(scores, problems), ensure_ascii=False, indent=2), "utf-8")
