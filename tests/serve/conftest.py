"""A real SQLite store for the API and browser tests: synthetic spec-shaped records (the
NLP layers do not need to exist), two reports of one event with conflicting tolls, a
hostile article, and a real article read by khabar."""

from __future__ import annotations

import random

import pytest

from khabar.store import Store, prepare
from khabar.store.synthetic import hostile_record, random_record, report


@pytest.fixture(scope="session")
def store_path(tmp_path_factory, canonical_record):
    path = tmp_path_factory.mktemp("serve") / "khabar.db"
    rng = random.Random(7)
    records = [random_record(rng, serial=i) for i in range(150)]
    records.append(report(outlet="Reuters", published="2024-06-08", killed=274, day="2024-06-08"))
    records.append(report(outlet="AFP", published="2024-06-09", killed=210, day="2024-06-09",
                          source={"entity": "hamas", "text": "حماس", "anonymous": False, "country": "PSE"},
                          anonymous_relay=True))
    records.append(hostile_record())
    records.append(canonical_record.to_dict())
    with Store(path) as store:
        store.add([prepare(r) for r in records])
        store.record_error("feed.jsonl:3", "invalid or truncated JSON line", "jsonl")
        store.record_error("<script>alert(1)</script>.txt", "<img src=x onerror=alert(1)>", "txt")
    return path


@pytest.fixture(scope="session")
def ids(store_path, canonical_record):
    import sqlite3

    from khabar.store.synthetic import hostile_record as hostile

    connection = sqlite3.connect(store_path)
    merged = connection.execute("SELECT r.event FROM reports r JOIN articles a ON a.n = r.article "
                                "WHERE a.url = 'https://AFP.example/2024-06-09/210'").fetchone()[0]
    connection.close()
    return {"hostile": hostile()["id"], "canonical": canonical_record.id, "merged": merged}
