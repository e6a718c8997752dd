"""Events API latency on a store of 100,000 events.

    python benchmarks/bench_api.py [--events 100000] [--db PATH] [--requests 600]

Builds (or reuses, with --db) a store of synthetic spec-shaped articles (khabar.store.synthetic:
five events each, with actors, places, figures, times and attributed claims) until it holds
--events events, serves it with uvicorn on 127.0.0.1, and times GET /api/events over HTTP
for a mix of realistic queries (no filter, type, country, actor by KB id and by name, place,
date range, source, status, text search, combined filters, deep pages, other sorts).
Prints p50/p95/p99 per query kind and overall (target: p95 < 50 ms).
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "all": {},
    "type": {"type": "ASSAULT"},
    "country": {"country": "PSE"},
    "actor-kb": {"actor": "khabar:organization/hezbollah"},
    "actor-name": {"actor": "قوات الدعم السريع"},
    "place": {"place": "khabar:place/el-fasher"},
    "month": {"date_from": "2024-03-01", "date_to": "2024-03-31"},
    "source": {"source": "رويترز"},
    "status": {"status": "asserted"},
    "text": {"q": "النصيرات"},
    "combined": {"type": "ASSAULT", "country": "SDN", "date_from": "2023-06-01", "date_to": "2024-06-30"},
    "combined-text": {"type": "COERCE", "q": "غزة", "date_from": "2024-01-01"},
    "deep-page": {"offset": 20000},
    "by-reports": {"sort": "reports"},
    "two-types": {"type": ["PROTEST", "AID"], "country": "LBN"},
}


def build(db: Path, events: int) -> None:
    from khabar.store import Store, prepare
    from khabar.store.synthetic import random_record

    rng = random.Random(2024)
    start = time.perf_counter()
    with Store(db) as store:
        have = store.execute("SELECT count(*) FROM events").fetchone()[0]
        serial = store.execute("SELECT count(*) FROM articles").fetchone()[0]
        while have < events:
            batch = []
            for _ in range(500):
                day = date(2022, 1, 1) + timedelta(days=rng.randrange(0, 1096))
                batch.append(prepare(random_record(rng, day=day, events=5, serial=serial)))
                serial += 1
            store.add(batch)
            have = store.execute("SELECT count(*) FROM events").fetchone()[0]
            print(f"\rbuilding: {serial:,} articles, {have:,} events", end="", file=sys.stderr, flush=True)
        store.execute("ANALYZE")
    print(f"\nbuilt in {time.perf_counter() - start:.0f} s", file=sys.stderr)


def serve(db: Path):
    import uvicorn

    from khabar.serve.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="store to build or reuse (default: a temporary one)")
    parser.add_argument("--requests", type=int, default=600)
    args = parser.parse_args()
    import httpx

    db = args.db or Path(tempfile.mkdtemp(prefix="khabar-bench-")) / "events.db"
    build(db, args.events)
    server, base = serve(db)
    rng = random.Random(1)
    timings: dict[str, list[float]] = {name: [] for name in QUERIES}
    with httpx.Client(base_url=base, timeout=30) as client:
        total = client.get("/api/stats").json()["events"]
        for name, params in QUERIES.items():  # warm up every query once
            assert client.get("/api/events", params=params).status_code == 200
        names = list(QUERIES)
        for i in range(args.requests):
            name = names[i % len(names)] if i < len(names) * 4 else rng.choice(names)
            started = time.perf_counter()
            response = client.get("/api/events", params=QUERIES[name])
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200
            timings[name].append(elapsed)
    server.should_exit = True
    every = [t for values in timings.values() for t in values]
    print(f"store: {total:,} events; {len(every)} requests of GET /api/events (limit 50, with total count) over HTTP")
    print(f"{'query':<15}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for name, values in timings.items():
        print(f"{name:<15}{len(values):>5}{statistics.median(values):>9.1f}{percentile(values, 95):>9.1f}"
              f"{percentile(values, 99):>9.1f}")
    p95 = percentile(every, 95)
    print(f"{'all':<15}{len(every):>5}{statistics.median(every):>9.1f}{p95:>9.1f}{percentile(every, 99):>9.1f}")
    print(f"p95 {p95:.1f} ms (target < 50 ms): {'ok' if p95 < 50 else 'MISSED'}")


if __name__ == "__main__":
    main()
