"""The ingest run: documents → worker processes (decode, extract, read) → store, in batches.

The process that owns the store enumerates documents and writes; `workers` processes do
the CPU-bound work (decoding, HTML extraction, `khabar.read`, preparing rows).  Results
are committed in transactions of at most `batch` articles or `commit_seconds` seconds,
so a run killed at any moment loses at most the batch in flight; a new run skips what is
stored (the article id is the hash of its text, checked before reading) and ends with
every article stored exactly once.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from khabar.errors import ReadError
from khabar.ingest.formats import Document, documents, expand, to_text
from khabar.ingest.manifest import with_sources
from khabar.reading.decode import DEFAULT_MAX_BYTES
from khabar.record import article_id
from khabar.store.db import Store
from khabar.store.prepare import pipeline_version, prepare

__all__ = ["Summary", "default_workers", "ingest", "process", "reprocess", "run_documents"]


@dataclass
class Summary:
    stored: int = 0
    duplicates: int = 0
    errors: int = 0
    seconds: float = 0.0
    error_list: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


# ---- worker side ----------------------------------------------------------------------------

_state: dict[str, Any] = {}


def _init(db_path: str | None, max_bytes: int, warm: bool = False) -> None:
    _state["max_bytes"] = max_bytes
    _state["db"] = None
    if db_path and Path(db_path).exists():
        connection = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True, check_same_thread=False)
        connection.execute("PRAGMA busy_timeout = 60000")
        _state["db"] = connection
    _state["pipeline"] = pipeline_version()
    if warm:
        from khabar.pipeline import default_pipeline

        default_pipeline()


def _known(article: str) -> bool:
    connection = _state.get("db")
    if connection is None:
        return False
    try:
        return connection.execute("SELECT 1 FROM articles WHERE id = ?", (article,)).fetchone() is not None
    except sqlite3.Error:
        return False


def process(doc: Document) -> tuple:
    """One document → ("ok", locator, prepared) | ("dup", locator, id) | ("error", locator, format, reason)."""
    import khabar

    try:
        text, published, source = to_text(doc, _state.get("max_bytes", DEFAULT_MAX_BYTES))
        if not doc.reprocess and _known(article_id(text)):
            return ("dup", doc.locator, article_id(text))
        try:
            record = khabar.read(text, published=published, source=source)
        except ValueError as error:
            if isinstance(error, ReadError) or published is None:
                raise
            published = None  # a malformed outside date: read the text's own
            record = khabar.read(text, source=source)
        prepared = prepare(record.to_dict(), published_given=published, format=doc.format,
                           pipeline=_state.get("pipeline"))
        prepared["locator"] = doc.locator
        return ("ok", doc.locator, prepared)
    except ReadError as error:
        return ("error", doc.locator, doc.format, str(error))
    except Exception as error:  # a bug in a stage must not stop the run: report it with the document
        return ("error", doc.locator, doc.format, f"internal error: {type(error).__name__}: {error}"[:500])


# ---- the owning process -----------------------------------------------------------------------

class _Bounded:
    """Feeds documents to the pool at most `limit` ahead of the results consumed."""

    def __init__(self, items: Iterable[Document], limit: int):
        self.items = iter(items)
        self.slots = threading.Semaphore(limit)
        self.stopped = False

    def __iter__(self) -> Iterator[Document]:
        for item in self.items:
            while not self.slots.acquire(timeout=0.5):
                if self.stopped:
                    return
            if self.stopped:
                return
            yield item

    def done(self) -> None:
        self.slots.release()


def run_documents(docs: Iterable[Document], workers: int, *, db_path: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES, chunksize: int = 1) -> Iterator[tuple]:
    """The results of `process` over `docs`, with `workers` processes (0: in this process)."""
    if workers <= 0:
        _init(db_path, max_bytes)
        for doc in docs:
            yield process(doc)
        return
    fork = hasattr(os, "fork")
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if fork:  # load the pipeline once; the workers inherit it instead of each loading it again
        from khabar.pipeline import default_pipeline

        default_pipeline()
    feeder = _Bounded(docs, limit=max(8, workers * 8 * chunksize))
    pool = context.Pool(workers, initializer=_init, initargs=(db_path, max_bytes))
    try:
        for result in pool.imap_unordered(process, feeder, chunksize=chunksize):
            feeder.done()
            yield result
    finally:
        feeder.stopped = True
        pool.terminate()
        pool.join()


def _writer(store: Store, batch: int, commit_seconds: float, summary: Summary,
            on_result: Callable[[Summary], None] | None, reprocessing: bool = False):
    pending: list[dict] = []
    errors: list[tuple[str, str, str | None]] = []
    last = time.monotonic()

    def flush() -> None:
        nonlocal pending, errors, last
        if reprocessing:
            with store.transaction():
                for prepared in pending:
                    store.replace(prepared)
                for locator, reason, fmt in errors:
                    store._error(locator, reason, fmt)
            summary.stored += len(pending)
        elif pending or errors:
            result = store.add(pending, errors)
            summary.stored += result.stored
            summary.duplicates += result.duplicates
        pending, errors = [], []
        last = time.monotonic()

    def take(result: tuple | None) -> None:
        if result is not None:
            kind = result[0]
            if kind == "ok":
                pending.append(result[2])
            elif kind == "dup":
                summary.duplicates += 1
            else:
                summary.errors += 1
                summary.error_list.append((result[1], result[3]))
                errors.append((result[1], result[3], result[2]))
        if len(pending) + len(errors) >= batch or time.monotonic() - last >= commit_seconds or result is None:
            flush()
        if on_result and result is not None:
            on_result(summary)

    return take


def _progress(enabled: bool, total: int | None, label: str):
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = [SpinnerColumn(), TextColumn("[bold]{task.description}")]
    columns += [BarColumn(), MofNCompleteColumn()] if total else [TextColumn("{task.completed} documents")]
    columns += [TextColumn("· {task.fields[stored]} stored · {task.fields[dups]} already · "
                           "[red]{task.fields[errors]} errors[/] · {task.fields[rate]:.1f} articles/s"),
                TimeElapsedColumn()]
    progress = Progress(*columns, console=Console(stderr=True), transient=False, refresh_per_second=4)
    return progress


class _Meter:
    """The progress bar of a run: documents done, stored, already stored, errors, articles/s."""

    def __init__(self, enabled: bool, total: int | None, label: str, start: float, *, count_duplicates: bool = True):
        self.bar = _progress(enabled, total, label)
        self.total, self.label, self.start, self.count_duplicates = total, label, start, count_duplicates
        self.task = None
        self.done = 0

    def update(self, summary: Summary) -> None:
        self.done += 1
        if self.bar is not None:
            elapsed = time.perf_counter() - self.start
            self.bar.update(self.task, completed=self.done, stored=summary.stored,
                            dups=summary.duplicates if self.count_duplicates else 0, errors=summary.errors,
                            rate=summary.stored / elapsed if elapsed else 0.0)

    def __enter__(self) -> "_Meter":
        if self.bar is not None:
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=self.total or None, stored=0, dups=0, errors=0, rate=0.0)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def ingest(paths: list[str], db: str | Path, *, workers: int | None = None, batch: int = 200,
           commit_seconds: float = 2.0, format: str | None = None, stdin: IO[bytes] | None = None,
           progress: bool = False, max_bytes: int = DEFAULT_MAX_BYTES, merge_window: int = 2,
           sources: dict[str, dict[str, str]] | None = None) -> Summary:
    """Ingest files, folders, globs and `-` into the store at `db`.  `sources` (from
    `load_manifest`) gives files, by name without extension, the outlet and URL their
    text does not say."""
    workers = default_workers() if workers is None else workers
    inputs = expand(paths, format)
    single = all(i.format in ("txt", "html") for i in inputs if not i.error) and "-" not in paths
    total = len(inputs) if single and inputs else None
    summary = Summary()
    start = time.perf_counter()
    with Store(db, merge_window=merge_window) as store:
        meter = _Meter(progress, total, "ingest", start)
        take = _writer(store, batch, commit_seconds, summary, meter.update)
        docs = documents(inputs, stdin=stdin, max_bytes=max_bytes)
        if sources:
            docs = with_sources(docs, sources)
        with meter:
            for result in run_documents(docs, workers, db_path=str(db), max_bytes=max_bytes, chunksize=4):
                take(result)
            take(None)
    summary.seconds = time.perf_counter() - start
    return summary


def reprocess(db: str | Path, *, workers: int | None = None, everything: bool = False, batch: int = 100,
              commit_seconds: float = 2.0, progress: bool = False) -> Summary:
    """Read stored articles again with the current pipeline (only stale ones unless `everything`)."""
    workers = default_workers() if workers is None else workers
    current = pipeline_version()
    summary = Summary()
    start = time.perf_counter()
    with Store(db) as store:
        where = "" if everything else "WHERE pipeline != ?"
        params = () if everything else (current,)
        total = store.execute(f"SELECT count(*) FROM articles {where}", params).fetchone()[0]
        ids = [row[0] for row in store.execute(f"SELECT n FROM articles {where} ORDER BY n", params)]

        def docs() -> Iterator[Document]:
            reader = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
            try:
                for n in ids:
                    row = reader.execute("SELECT id, text, published_given, source, format FROM articles WHERE n = ?",
                                         (n,)).fetchone()
                    if row is None:
                        continue
                    import json

                    source = json.loads(row[3] or "{}")
                    yield Document(f"article {row[0]}", row[4] or "txt", text=row[1], published=row[2],
                                   url=source.get("url"), outlet=source.get("outlet"), reprocess=True,
                                   source={k: v for k, v in source.items() if k not in ("url", "outlet")})
            finally:
                reader.close()

        meter = _Meter(progress, total, "reprocess", start, count_duplicates=False)
        take = _writer(store, batch, commit_seconds, summary, meter.update, reprocessing=True)
        with meter:
            for result in run_documents(docs(), workers, db_path=str(db)):
                take(result)
            take(None)
        store.prune_entities()
    summary.seconds = time.perf_counter() - start
    return summary
