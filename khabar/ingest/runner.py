"""The ingest run: documents → worker processes (decode, extract, read, write) → store.

The parent process enumerates documents and shows progress; `workers` processes do the
work: decoding, HTML extraction, `khabar.read`, preparing rows, and writing them.  Each
worker commits its own transactions of at most `batch` articles or `commit_seconds`
seconds.  When another worker holds the store's write lock, a worker does not wait: it
reads on and tries again after its next article, so the cores stay busy reading while
SQLite serialises the writes.  A run killed at any moment loses at most the batches in
flight; a new run skips what is stored (the article id is the hash of its text, checked
before reading) and ends with every article stored exactly once.  A document that kills
its worker (a parser crash, the out-of-memory killer) is found by reading the documents
that were in flight again one at a time; it becomes an error and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import util as mp_util
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from khabar.errors import ReadError
from khabar.ingest.formats import Document, documents, expand, to_text
from khabar.ingest.manifest import with_sources
from khabar.reading.decode import DEFAULT_MAX_BYTES
from khabar.record import article_id
from khabar.store.db import Store, StoreBusy
from khabar.store.prepare import pipeline_version, prepare

__all__ = ["Summary", "default_workers", "ingest", "process", "reprocess", "run_documents"]


@dataclass
class Summary:
    stored: int = 0
    duplicates: int = 0
    errors: int = 0
    seconds: float = 0.0
    loading: float = 0.0  # of `seconds`, spent loading the pipeline before the first document
    error_list: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Articles stored per second of reading and writing (the pipeline's loading left out)."""
        working = self.seconds - self.loading
        return self.stored / working if working > 0 else 0.0


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def _context() -> Any:
    """Fork where there is fork: the workers inherit the loaded pipeline."""
    return multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")


class _Counters:
    """Articles stored and found already stored, summed over the workers' commits
    (shared memory, so the parent's progress bar sees them as they land)."""

    def __init__(self, context: Any = None):
        context = context or multiprocessing.get_context()
        self.stored = context.Value("q", 0)
        self.duplicates = context.Value("q", 0)

    def add(self, stored: int, duplicates: int) -> None:
        with self.stored.get_lock():
            self.stored.value += stored
        with self.duplicates.get_lock():
            self.duplicates.value += duplicates


class _BatchWriter:
    """A worker's pending articles and errors, committed by the worker itself: at `batch`
    items or after `commit_seconds`, without waiting when the store is busy (then at the
    next article), waiting only when four batches have piled up, and at the end."""

    def __init__(self, db_path: str, batch: int, commit_seconds: float, counters: _Counters,
                 replacing: bool = False, merge_window: int = 2):
        self.store = Store(db_path, merge_window=merge_window)
        self.batch, self.commit_seconds, self.counters, self.replacing = batch, commit_seconds, counters, replacing
        self.pending: list[dict] = []
        self.errors: list[tuple[str, str, str | None]] = []
        self.last = time.monotonic()

    def add(self, prepared: dict | None = None, error: tuple[str, str, str | None] | None = None) -> None:
        if prepared is not None:
            self.pending.append(prepared)
        if error is not None:
            self.errors.append(error)
        size = len(self.pending) + len(self.errors)
        if size >= self.batch or time.monotonic() - self.last >= self.commit_seconds:
            self.flush(wait=size >= 4 * self.batch)

    def flush(self, wait: bool = True) -> bool:
        """Commit what is pending; False (nothing written) when the store is busy and not `wait`."""
        if not self.pending and not self.errors:
            return True
        try:
            if self.replacing:
                with self.store.transaction(wait=wait):
                    for prepared in self.pending:
                        self.store.replace(prepared)
                    for locator, reason, fmt in self.errors:
                        self.store._error(locator, reason, fmt)
                stored, duplicates = len(self.pending), 0
            else:
                result = self.store.add(self.pending, self.errors, wait=wait)
                stored, duplicates = result.stored, result.duplicates
        except StoreBusy:
            return False
        self.counters.add(stored, duplicates)
        self.pending, self.errors = [], []
        self.last = time.monotonic()
        return True

    def close(self) -> None:
        try:
            self.flush(wait=True)
        except Exception as error:  # the parent sees the shortfall in the counts and reports it
            print(f"khabar: a worker could not store its last batch: {error}", file=sys.stderr)
        finally:
            self.store.close()


# ---- worker side ----------------------------------------------------------------------------

_state: dict[str, Any] = {}


def _init(db_path: str | None, max_bytes: int, writing: dict[str, Any] | None = None) -> None:
    """Set up a worker: its limits, and with `writing` (batch, commit_seconds, counters,
    replacing) its own connection and batch writer, flushed when the worker exits."""
    _state["max_bytes"] = max_bytes
    _state["pipeline"] = pipeline_version()
    _state["writer"] = None
    if writing is not None and db_path:
        writer = _BatchWriter(db_path, **writing)
        _state["writer"] = writer
        mp_util.Finalize(writer, writer.close, exitpriority=100)
        if multiprocessing.parent_process() is not None:  # a pool worker, not an in-process run
            signal.signal(signal.SIGTERM, _exit_on_terminate)


def _exit_on_terminate(signum: int, frame: Any) -> None:
    """A worker told to stop (a pool torn down after another worker died) first commits its
    pending batch of whole articles, so that reading is not thrown away.  In the middle of a
    document (or of a commit) it finishes that first: a commit is never entered twice."""
    if _state.get("busy"):
        _state["stop"] = True
        return
    _stop_worker()


def _stop_worker() -> None:
    try:
        _finish_worker()
    finally:
        os._exit(0)


def _finish_worker() -> None:
    """The last flush of this process's writer (in-process runs, and a pool worker told to stop;
    pool workers that end normally flush at exit)."""
    writer = _state.pop("writer", None)
    if writer is not None:
        writer.close()


def _known(article: str) -> bool:
    writer = _state.get("writer")
    if writer is None:
        return False
    return writer.store.has(article)


def process(doc: Document) -> tuple:
    """One document → ("ok", locator) | ("dup", locator, id) | ("error", locator, format, reason).
    The article itself goes to this process's batch writer."""
    _state["busy"] = True
    try:
        return _process(doc)
    finally:
        _state["busy"] = False
        if _state.get("stop"):
            _stop_worker()


def _process(doc: Document) -> tuple:
    import khabar

    writer = _state.get("writer")
    try:
        text, published, source = to_text(doc, _state.get("max_bytes", DEFAULT_MAX_BYTES))
        identity = article_id(text)
        if not doc.reprocess and _known(identity):
            if writer is not None:
                writer.add()  # a due commit still happens
            return ("dup", doc.locator, identity)
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
        if writer is not None:
            writer.add(prepared)
        return ("ok", doc.locator)
    except ReadError as error:
        return _failed(writer, doc, str(error))
    except Exception as error:  # a bug in a stage must not stop the run: report it with the document
        return _failed(writer, doc, f"internal error: {type(error).__name__}: {error}"[:500])


def _failed(writer: _BatchWriter | None, doc: Document, reason: str) -> tuple:
    if writer is not None:
        writer.add(error=(doc.locator, reason, doc.format))
    return ("error", doc.locator, doc.format, reason)


# ---- the owning process -----------------------------------------------------------------------

_CRASHED = "reading this document stopped its worker process (a crash, or out of memory)"


def _process_chunk(docs: list[Document]) -> list[tuple]:
    return [process(doc) for doc in docs]


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Workers:
    """A pool of worker processes that survives a worker's death: the documents it may have
    been reading are read again one at a time, so the one that kills a worker becomes an
    error of its own and the run goes on."""

    def __init__(self, workers: int, initargs: tuple):
        self.workers, self.initargs = workers, initargs
        with Store(initargs[0]) as store:
            self.last_before_run = store.last_article_number()
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=_init, initargs=self.initargs)

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def run(self, docs: Iterable[Document], chunksize: int) -> Iterator[tuple]:
        chunks = _chunks(docs, max(1, chunksize))
        in_flight: dict[Future, list[Document]] = {}
        suspects: list[Document] = []
        limit = self.workers * 4  # chunks ahead: a large archive is streamed, not loaded
        while True:
            if suspects:
                yield from self._isolated(suspects.pop(0))
                continue
            while len(in_flight) < limit and (chunk := next(chunks, None)) is not None:
                in_flight[self.executor.submit(_process_chunk, chunk)] = chunk
            if not in_flight:
                return
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            if any(isinstance(future.exception(), BrokenProcessPool) for future in done):
                done = set(in_flight)  # the pool is gone: every chunk in flight ended with it
            for future in done:
                chunk = in_flight.pop(future)
                if isinstance(future.exception(), BrokenProcessPool):
                    suspects.extend(chunk)
                else:
                    yield from future.result()
            if suspects:
                self.restart()

    def _isolated(self, doc: Document) -> Iterator[tuple]:
        try:
            for result in self.executor.submit(_process_chunk, [doc]).result():
                yield self._stored_by_this_run(result)
        except BrokenProcessPool:
            self.restart()
            with Store(self.initargs[0]) as store:  # no worker lived to record it
                store.record_error(doc.locator, _CRASHED, doc.format)
            yield ("error", doc.locator, doc.format, _CRASHED)

    def _stored_by_this_run(self, result: tuple) -> tuple:
        """A document read again after its worker died may find itself stored by that worker
        in this run (a commit that landed before the crash): that is a read, not a duplicate."""
        if result[0] != "dup":
            return result
        with Store(self.initargs[0]) as store:
            number = store.article_number(result[2])
        return ("ok", result[1]) if number is not None and number > self.last_before_run else result

    def close(self, finished: bool) -> None:
        """Stop the workers; after a finished run they exit normally, committing their last batches."""
        self.executor.shutdown(wait=True, cancel_futures=not finished)


def _load_pipeline() -> float:
    """Load the pipeline (every stage's data) and the digest of the package's files now, so
    forked workers inherit both; the seconds it took (0 when loaded already)."""
    from khabar.pipeline import default_pipeline

    start = time.perf_counter()
    default_pipeline()
    pipeline_version()
    return time.perf_counter() - start


def run_documents(docs: Iterable[Document], workers: int, *, db_path: str, counters: _Counters,
                  batch: int = 200, commit_seconds: float = 2.0, replacing: bool = False,
                  merge_window: int = 2, max_bytes: int = DEFAULT_MAX_BYTES, chunksize: int = 4) -> Iterator[tuple]:
    """The results of `process` over `docs`, with `workers` processes (0: in this process),
    each writing what it reads into the store at `db_path`.  When the iteration ends,
    everything read is committed."""
    writing = {"batch": batch, "commit_seconds": commit_seconds, "counters": counters, "replacing": replacing,
               "merge_window": merge_window}
    if workers <= 0:
        _init(db_path, max_bytes, writing)
        try:
            for doc in docs:
                yield process(doc)
        finally:
            _finish_worker()
        return
    if _context().get_start_method() == "fork":  # load the pipeline once; the workers inherit it
        _load_pipeline()
    pool = _Workers(workers, (db_path, max_bytes, writing))
    finished = False
    try:
        yield from pool.run(docs, chunksize)
        finished = True
    finally:
        pool.close(finished)


class _Tally:
    """The parent's side of a run: counts from the results, stored counts from the workers."""

    def __init__(self, summary: Summary, counters: _Counters, on_result: Any = None):
        self.summary, self.counters, self.on_result = summary, counters, on_result
        self.read = 0
        self.found = 0  # articles the workers' commits found stored already

    def take(self, result: tuple) -> None:
        kind = result[0]
        if kind == "ok":
            self.read += 1
        elif kind == "dup":
            self.summary.duplicates += 1
        else:
            self.summary.errors += 1
            self.summary.error_list.append((result[1], result[3]))
        self.sync()
        if self.on_result:
            self.on_result(self.summary)

    def sync(self) -> None:
        self.summary.stored = self.counters.stored.value
        self.found = self.counters.duplicates.value

    def finish(self) -> None:
        self.sync()
        self.summary.duplicates += self.found  # same text twice in this run: stored once
        lost = self.read - self.summary.stored - self.found
        if lost > 0:
            self.summary.errors += lost
            self.summary.error_list.append(("(store)", f"{lost} articles were read but not stored (a worker stopped "
                                                       "before committing them): ingest the same input again"))


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

    def update(self, summary: Summary, *, done: int = 1) -> None:
        self.done += done
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
    Store(db).close()  # create and migrate it before the workers open it
    summary.loading = _load_pipeline()
    counters = _Counters(_context())
    tally = _Tally(summary, counters)
    meter = _Meter(progress, total, "ingest", start + summary.loading)
    tally.on_result = meter.update
    docs = documents(inputs, stdin=stdin, max_bytes=max_bytes)
    if sources:
        docs = with_sources(docs, sources)
    with meter:
        for result in run_documents(docs, workers, db_path=str(db), counters=counters, batch=batch,
                                    commit_seconds=commit_seconds, merge_window=merge_window,
                                    max_bytes=max_bytes, chunksize=4):
            tally.take(result)
        tally.finish()
        meter.update(summary, done=0)  # the workers' last commits
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

        counters = _Counters(_context())
        summary.loading = _load_pipeline()
        meter = _Meter(progress, total, "reprocess", start + summary.loading, count_duplicates=False)
        tally = _Tally(summary, counters, meter.update)
        with meter:
            for result in run_documents(docs(), workers, db_path=str(db), counters=counters, batch=batch,
                                        commit_seconds=commit_seconds, replacing=True):
                tally.take(result)
            tally.finish()
            meter.update(summary, done=0)  # the workers' last commits
        store.prune_entities()
    summary.seconds = time.perf_counter() - start
    return summary
