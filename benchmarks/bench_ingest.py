"""Ingest throughput against `khabar read` alone: same articles, same number of workers.

    python benchmarks/bench_ingest.py [--workers N] [--copies K] [--repeat R]

Writes K distinct copies of every article in corpus/articles (each copy ends with its own
line, so each is a new article to the store) as text files, then, with N worker processes
forked from a parent that has loaded the pipeline (as `khabar ingest` does):
  baseline: every file read by `khabar.read_file(...)` and turned into its JSON — reading alone;
  ingest:   `khabar ingest` of the same folder into a fresh store (decode, read, prepare, write
            in batched transactions, full-text index, errors table).
Prints articles/s of both and their ratio (target ≥ 0.8: the store is not the bottleneck).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _read(path: str) -> int:
    import khabar

    return len(khabar.read_file(path).to_json())


def cpu_seconds() -> float:
    """CPU time of this process and of its reaped children (the worker pools), user + system."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def baseline(paths: list[str], workers: int) -> float:
    start = time.perf_counter()
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        for _ in pool.imap_unordered(_read, paths, chunksize=4):  # as khabar ingest feeds its workers
            pass
    return len(paths) / (time.perf_counter() - start)


def ingest_rate(folder: Path, db: Path, workers: int) -> tuple[float, int]:
    from khabar.ingest import ingest

    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    summary = ingest([str(folder)], db, workers=workers)
    elapsed = time.perf_counter() - start
    return summary.stored / elapsed, summary.stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3, help="alternating runs of each")
    args = parser.parse_args()
    from khabar.pipeline import default_pipeline

    default_pipeline()
    sources = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    work = Path(tempfile.mkdtemp(prefix="khabar-bench-"))
    try:
        folder = work / "articles"
        folder.mkdir()
        for copy in range(args.copies):
            for path in sources:
                text = path.read_text("utf-8").rstrip("\n") + f"\n\n(نسخة {copy + 1})\n"
                (folder / f"{copy}-{path.name}").write_text(text, "utf-8")
        paths = sorted(str(p) for p in folder.iterdir())
        words = sum(len(Path(p).read_text("utf-8").split()) for p in paths)
        reads, ingests, read_cpu, ingest_cpu = [], [], [], []
        for _ in range(args.repeat):
            before = cpu_seconds()
            reads.append(baseline(paths, args.workers))
            middle = cpu_seconds()
            rate, stored = ingest_rate(folder, work / "bench.db", args.workers)
            read_cpu.append((middle - before) / len(paths))
            ingest_cpu.append((cpu_seconds() - middle) / len(paths))
            assert stored == len(paths), (stored, len(paths))
            ingests.append(rate)
        import statistics

        read_rate, ingest_best = max(reads), max(ingests)
        read_median, ingest_median = statistics.median(reads), statistics.median(ingests)
        print(f"articles: {len(paths)} ({words:,} words), workers: {args.workers}, runs: {args.repeat} each, alternating")
        print(f"khabar read alone (baseline): best {read_rate:6.1f}  median {read_median:6.1f} articles/s   "
              f"runs: {', '.join(f'{r:.1f}' for r in reads)}")
        print(f"khabar ingest into SQLite   : best {ingest_best:6.1f}  median {ingest_median:6.1f} articles/s   "
              f"runs: {', '.join(f'{r:.1f}' for r in ingests)}")
        print(f"ratio ingest / read         : best/best {ingest_best / read_rate:.2f}  median/median "
              f"{ingest_median / read_median:.2f}  (target >= 0.8)")
        # CPU per article over all processes: what the throughput is when the cores are the
        # limit, and far steadier than wall-clock rates on a machine shared with other work
        read_ms, ingest_ms = 1000 * min(read_cpu), 1000 * min(ingest_cpu)
        print(f"CPU per article (best)      : read {read_ms:.2f} ms, ingest {ingest_ms:.2f} ms; "
              f"ratio read/ingest {read_ms / ingest_ms:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
