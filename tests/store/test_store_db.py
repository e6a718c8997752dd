"""The SQLite store: schema and migrations, idempotence, layers, search, merging, tracker."""

from __future__ import annotations

import io
import json
import random
import sqlite3

import pytest

from khabar.store import SCHEMA_VERSION, Store, prepare
from khabar.store import query
from khabar.store.query import EventFilter
from khabar.store.search import fts_query, snippet
from khabar.store.synthetic import ACTORS, ArticleBuilder, hostile_record, random_record, report


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "k.db") as s:
        yield s


def test_new_store_is_wal_and_migrated(tmp_path):
    path = tmp_path / "new.db"
    with Store(path) as s:
        assert s.journal_mode() == "wal"
        assert s.schema_version() == SCHEMA_VERSION
        versions = [r[0] for r in s.execute("SELECT version FROM migrations")]
        assert versions == list(range(1, SCHEMA_VERSION + 1))
    with Store(path) as s:  # opening again applies nothing twice
        assert [r[0] for r in s.execute("SELECT count(*) FROM migrations")] == [SCHEMA_VERSION]


def test_store_from_a_newer_khabar_is_refused(tmp_path):
    path = tmp_path / "future.db"
    Store(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    with pytest.raises(RuntimeError, match="newer"):
        Store(path)


def test_article_is_identified_by_its_content_hash(store):
    record = random_record(random.Random(1), serial=1)
    assert store.add_record(record) is True
    before = store.counts()
    again = dict(record, source={"path": "elsewhere.txt", "url": None, "outlet": "Other"})
    assert store.add_record(again) is False
    assert store.counts() == before
    assert store.record(record["id"])["source"]["outlet"] == record["source"]["outlet"]


def test_every_layer_is_stored_and_queryable(store):
    record = report(outlet="Reuters", published="2024-06-09", killed=274, day="2024-06-08")
    store.add_record(record)
    text = record["text"]
    counts = store.counts()
    assert counts["articles"] == 1 and counts["events"] == 1 and counts["reports"] == 1
    assert counts["figures"] == 1 and counts["claims"] == 1 and counts["times"] == 1
    for start, end, mention in store.execute('SELECT start, "end", text FROM mentions'):
        assert text[start:end] == mention
    row = store.execute("SELECT value, category, quantity, event FROM figures").fetchone()
    assert row["value"] == 274 and row["category"] == "killed" and row["quantity"] == f"killed|event:{row['event']}"
    event = store.execute("SELECT type, mode, date, country, lat FROM events").fetchone()
    assert tuple(event) == ("ASSAULT", "aerial", "2024-06-08", "PSE", pytest.approx(31.449))
    sources = store.execute("SELECT text, anonymous, country FROM claim_sources").fetchall()
    assert [tuple(s) for s in sources] == [("مسؤولون في الدفاع المدني", 1, "PSE")]
    assert store.record(record["id"]) == record  # the whole record comes back as it went in


def test_real_article_with_whatever_layers_exist(store, canonical_record):
    assert store.add_record(canonical_record)
    stored = store.record(canonical_record.id)
    assert stored["text"] == canonical_record.text
    assert stored["meta"]["headline"] == canonical_record.meta["headline"]
    assert store.counts()["entities"] == len({e.get("kb") or e.get("name_ar") for e in canonical_record.entities}) \
        or store.counts()["entities"] <= len(canonical_record.entities)


def test_full_text_search_ignores_hamza_and_diacritics_and_clitics(store):
    b = ArticleBuilder(published="2024-01-01", outlet="X")
    b.headline = b.add("قصفت إسرائيل وغزةُ والمدينة")
    store.add_record(b.record())
    for words in ("اسرائيل", "إسرائيل", "غزة", "غزه", "مدينة", "المدينة"):
        assert query.articles(store.connection, q=words)["total"] == 1, words
    assert query.articles(store.connection, q="بيروت")["total"] == 0
    before, match, after = snippet(b.record()["text"], "اسرائيل")
    assert match == "إسرائيل"


@pytest.mark.parametrize("hostile", ['"', 'AND OR NOT (', "*", "NEAR(a b)", "'; DROP TABLE articles; --", "a" * 500])
def test_search_input_never_reaches_fts_syntax(store, hostile):
    store.add_record(random_record(random.Random(2), serial=2))
    query.articles(store.connection, q=hostile)
    query.events(store.connection, EventFilter(q=hostile, actor=hostile, source=hostile))
    assert store.counts()["articles"] == 1
    expression = fts_query(hostile)
    assert expression is None or expression.count('"') % 2 == 0


def test_same_event_from_several_articles_becomes_one_event(store):
    store.add_record(report(outlet="Reuters", published="2024-06-08", killed=274, day="2024-06-08"))
    store.add_record(report(outlet="AFP", published="2024-06-09", killed=210, day="2024-06-09",
                            source={"entity": "hamas", "text": "حماس", "anonymous": False, "country": "PSE"}))
    store.add_record(report(outlet="Anadolu", published="2024-06-09", killed=3, day="2024-06-09", place="jenin"))
    store.add_record(report(outlet="BBC", published="2024-06-20", killed=9, day="2024-06-20"))
    events = query.events(store.connection, EventFilter(), sort="reports")
    assert events["total"] == 3
    merged = events["items"][0]
    assert merged["n_reports"] == 2 and merged["n_outlets"] == 2 and merged["outlets"] == ["AFP", "Reuters"]
    assert (merged["date"], merged["date_end"]) == ("2024-06-08", "2024-06-09")
    detail = query.event(store.connection, merged["id"])
    chains = [[s["text"] for s in r["claim"]["sources"]] for r in detail["reports"]]
    assert chains == [["مسؤولون في الدفاع المدني"], ["حماس"]]  # each report keeps its own chain
    for r in detail["reports"]:
        assert r["sentence_text"]["trigger"] == "قصف"


def test_figure_tracker_shows_conflicting_values_side_by_side(store):
    store.add_record(report(outlet="Reuters", published="2024-06-08", killed=274, day="2024-06-08"))
    store.add_record(report(outlet="AFP", published="2024-06-09", killed=210, day="2024-06-09"))
    store.add_record(report(outlet="Anadolu", published="2024-06-09", killed=3, day="2024-06-09", place="jenin"))
    tracker = query.figure_tracker(store.connection, conflicts=True)
    assert tracker["total"] == 1
    group = tracker["items"][0]
    assert group["conflict"] and group["category"] == "killed"
    assert sorted((f["value"], f["outlet"]) for f in group["figures"]) == [(210, "AFP"), (274, "Reuters")]
    assert group["event"]["type"] == "ASSAULT"
    assert query.figure_tracker(store.connection)["total"] == 2


def test_replace_rebuilds_layers_and_events(store):
    first = report(outlet="Reuters", published="2024-06-08", killed=274, day="2024-06-08")
    second = report(outlet="AFP", published="2024-06-09", killed=210, day="2024-06-09")
    store.add_record(first)
    store.add_record(second)
    assert store.counts()["events"] == 1
    emptied = dict(second, events=[], figures=[], claims=[])
    store.replace(prepare(emptied))
    counts = store.counts()
    assert counts["articles"] == 2 and counts["events"] == 1 and counts["reports"] == 1 and counts["figures"] == 1
    event = query.events(store.connection, EventFilter())["items"][0]
    assert event["n_reports"] == 1 and event["outlets"] == ["Reuters"] and event["date_end"] == "2024-06-08"
    store.replace(prepare(dict(first, events=[], figures=[], claims=[])))
    assert store.counts()["events"] == 0
    assert store.prune_entities() >= 0


def test_delete_removes_article_and_its_items(store):
    record = report(outlet="Reuters", published="2024-06-08", killed=274, day="2024-06-08")
    store.add_record(record)
    assert store.delete(record["id"])
    assert {k: v for k, v in store.counts().items() if k != "entities"} == dict.fromkeys(
        ["articles", "mentions", "times", "claims", "events", "reports", "figures", "errors"], 0)
    assert query.articles(store.connection, q="غارة")["total"] == 0
    assert not store.delete(record["id"])


def test_errors_are_kept_once_per_document_and_reason(store):
    store.record_error("a.txt", "empty document", "txt")
    store.record_error("a.txt", "empty document", "txt")
    store.record_error("b.jsonl:3", "invalid or truncated JSON line", "jsonl")
    rows = store.errors()
    assert [(r["locator"], r["seen"]) for r in rows] == [("a.txt", 2), ("b.jsonl:3", 1)]
    assert store.clear_errors() == 2


def test_filters_are_parameters_not_sql(store):
    store.add_record(hostile_record())
    store.add_record(report(outlet="Reuters", published="2024-06-08", killed=274, day="2024-06-08"))
    for value in ["'; DROP TABLE events; --", "1 OR 1=1", "%", "_", "\\", "\x00"]:
        f = EventFilter(type=[value], mode=value, status=value, actor=value, recipient=value, place=value,
                        country=value, date_from=value, date_to=value, source=value, q=value, article=value)
        assert query.events(store.connection, f)["total"] == 0
        query.entities(store.connection, q=value)
        query.figure_tracker(store.connection, category=value, entity=value)
    assert store.counts()["events"] == 2


def test_event_filters(store):
    store.add_record(report(outlet="Reuters", published="2024-06-08", killed=274, day="2024-06-08"))
    store.add_record(report(outlet="AFP", published="2024-07-02", killed=5, day="2024-07-01", place="beirut",
                            actor="hezbollah"))
    c = store.connection

    def total(**kw):
        return query.events(c, EventFilter(**kw))["total"]

    assert total() == 2
    assert total(type=["ASSAULT"]) == 2 and total(type=["PROTEST"]) == 0
    assert total(country="LBN") == 1
    assert total(actor="khabar:organization/hezbollah") == 1
    assert total(actor="حزب الله") == 1 and total(actor="حزب") == 1
    assert total(place="بيروت") == 1 and total(recipient="بيروت") == 0
    assert total(date_from="2024-06-15") == 1 and total(date_to="2024-06-15") == 1
    assert total(date_from="2024-06-08", date_to="2024-06-08") == 1
    assert total(source="AFP") == 1
    assert total(q="بيروت") == 1
    assert total(status="asserted") == 2 and total(mode="aerial") == 2
    facets = query.event_facets(c, EventFilter(country="LBN"))
    assert {f["value"]: f["count"] for f in facets["country"]} == {"PSE": 1, "LBN": 1}  # own filter left out
    assert facets["source"] == [{"value": "AFP", "count": 1}]
    timeline = query.timeline(c, EventFilter())
    assert timeline["grain"] == "day" and sum(timeline["series"]["ASSAULT"].values()) == 2
    assert {p["country"] for p in query.places(c, EventFilter())} == {"PSE", "LBN"}


def test_entity_page_data(store):
    store.add_record(report(outlet="AFP", published="2024-06-09", killed=210, day="2024-06-09",
                            source={"entity": "hamas", "text": "حماس", "anonymous": False, "country": "PSE"}))
    hamas = query.resolve_entities(store.connection, ACTORS["hamas"]["kb"])
    item = query.entity(store.connection, hamas[0])
    assert item["claims"] and item["claims"][0]["position"] == 0
    idf = query.entity(store.connection, query.resolve_entities(store.connection, "Q0") or
                       query.resolve_entities(store.connection, ACTORS["idf"]["kb"])[0])
    assert len(idf["events"]["actor"]) == 1


def test_exports(store):
    import pyarrow.parquet as pq

    from khabar.export import COLUMNS, export

    store.add_record(report(outlet="Reuters", published="2024-06-08", killed=274, day="2024-06-08"))
    store.add_record(report(outlet="AFP", published="2024-06-09", killed=210, day="2024-06-09"))
    store.add_record(hostile_record())
    out = io.BytesIO()
    assert export(store.connection, "plover-json", out) == 2
    events = json.loads(out.getvalue())
    merged = next(e for e in events if e["n_reports"] == 2)
    assert merged["event"] == "ASSAULT" and merged["mode"] == "aerial" and merged["context"] == ["military"]
    assert merged["actor"][0]["kb"] == ACTORS["idf"]["kb"] and merged["location"][0]["country"] == "PSE"
    assert sorted(f["value"] for f in merged["figures"]) == [210, 274]
    out = io.BytesIO()
    export(store.connection, "csv", out, EventFilter(source="Reuters"))
    import csv

    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8"))))
    assert rows[0] == COLUMNS and len(rows) == 2
    out = io.BytesIO()
    export(store.connection, "csv", out)
    assert "=cmd" not in out.getvalue().decode("utf-8") or "'=" in out.getvalue().decode("utf-8")
    out = io.BytesIO()
    assert export(store.connection, "parquet", out) == 2
    table = pq.read_table(io.BytesIO(out.getvalue()))
    assert table.column_names == COLUMNS and table.num_rows == 2
    with pytest.raises(ValueError):
        export(store.connection, "xml", io.BytesIO())


def test_a_report_with_the_same_evidence_does_not_grow_the_events_index(store):
    from khabar.record import article_id

    first = report(outlet="Reuters", published="2024-06-09", killed=274, day="2024-06-08")
    copy = json.loads(json.dumps(first))
    copy["text"] += "\n\nنقلته وكالات."          # a wire copied by another outlet, one line added
    copy["id"] = article_id(copy["text"])
    copy["source"]["outlet"] = "AFP"
    store.add_record(first)
    store.add_record(copy)
    (events,) = store.execute("SELECT count(*) FROM events").fetchone()
    (reports,) = store.execute("SELECT count(*) FROM reports").fetchone()
    assert (events, reports) == (1, 2)
    (indexed,) = store.execute("SELECT text FROM events_fts").fetchone()
    assert indexed.count("قصف") == 1
    other = report(outlet="BBC", published="2024-06-09", killed=280, day="2024-06-08")
    store.add_record(other)                              # different evidence: appended
    (indexed,) = store.execute("SELECT text FROM events_fts").fetchone()
    assert indexed.count("قصف") == 2


def test_a_writer_that_will_not_wait_gets_store_busy_and_writes_nothing(tmp_path):
    from khabar.store import StoreBusy

    path = tmp_path / "busy.db"
    first, second = Store(path), Store(path)
    record = random_record(random.Random(7))
    try:
        with first.transaction():  # another process's batch holds the write lock
            with pytest.raises(StoreBusy):
                second.add([prepare(record)], wait=False)
        assert second.counts()["articles"] == 0
        assert second.add([prepare(record)], wait=False).stored == 1  # free again: it goes in
    finally:
        first.close()
        second.close()


def test_counts_kept_in_place_as_reports_join_equal_a_recount(store):
    # merging updates an event's counts per report instead of recounting its reports;
    # after many merging articles (several reports of one event in one article, one
    # outlet over several articles) they must equal what a rebuild from the reports gives
    rng = random.Random(7)
    for serial in range(40):
        record = report(outlet=rng.choice(["AFP", "Reuters", "BBC"]), published="2024-06-10", killed=100 + serial,
                        day=f"2024-06-0{rng.randrange(6, 10)}", place=rng.choice(["nuseirat", "jenin"]))
        if serial % 3 == 0:  # the same event told twice in one article
            first = record["events"][0]
            again = dict(first, id=first["id"] + "b", status=rng.choice(["asserted", "negated"]))
            record = dict(record, events=[first, again])
        store.add_record(record)
    columns = "id, n_reports, n_articles, n_outlets, date, date_end, status, mode, label"
    kept = store.connection.execute(f"SELECT {columns} FROM events ORDER BY id").fetchall()
    assert any(row["n_reports"] > row["n_articles"] > 1 for row in kept)  # the case is really there
    assert any(row["n_articles"] > row["n_outlets"] > 1 for row in kept)
    with store.transaction():
        for row in kept:
            store._rebuild_event(row["id"])
    rebuilt = store.connection.execute(f"SELECT {columns} FROM events ORDER BY id").fetchall()
    assert [tuple(r) for r in kept] == [tuple(r) for r in rebuilt]
