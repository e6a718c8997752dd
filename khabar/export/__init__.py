"""Exports of the store's events: PLOVER JSON, CSV and Parquet (docs/store.md#exports).

One row (or object) per event — a happening merged across its reports — with its PLOVER
type, mode, contexts and status, its actors, recipients and place, the outlets and
articles that reported it, and (JSON only) each report and figure with its source.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from typing import IO, Any, Iterator

from khabar.store.query import EventFilter, iter_events

__all__ = ["COLUMNS", "FORMATS", "MEDIA_TYPES", "export", "plover_events"]

FORMATS = ("plover-json", "csv", "parquet")
MEDIA_TYPES = {"plover-json": "application/json", "csv": "text/csv; charset=utf-8",
               "parquet": "application/vnd.apache.parquet"}
SUFFIXES = {"plover-json": "json", "csv": "csv", "parquet": "parquet"}

COLUMNS = ["id", "date", "date_end", "event", "mode", "context", "status",
           "actor_name", "actor_name_ar", "actor_kb", "actor_country", "actor_sector",
           "recipient_name", "recipient_name_ar", "recipient_kb", "recipient_country", "recipient_sector",
           "place_name", "place_name_ar", "place_kb", "country", "lat", "lon",
           "n_reports", "n_articles", "n_outlets", "sources", "articles", "urls", "trigger"]
_LISTS = {"context", "actor_name", "actor_name_ar", "actor_kb", "actor_country", "actor_sector", "recipient_name",
          "recipient_name_ar", "recipient_kb", "recipient_country", "recipient_sector", "place_name",
          "place_name_ar", "place_kb", "sources", "articles", "urls"}


def _party(entity: dict[str, Any]) -> dict[str, Any]:
    return {k: entity.get(k) for k in ("name", "name_ar", "kb", "wikidata", "type", "country", "sector")}


def plover_events(connection: sqlite3.Connection, f: EventFilter, chunk: int = 500) -> Iterator[dict[str, Any]]:
    """Events as PLOVER-style objects, with their reports and figures."""
    batch: list[dict[str, Any]] = []
    for item in iter_events(connection, f, chunk=chunk):
        batch.append(item)
        if len(batch) >= chunk:
            yield from _plover_batch(connection, batch)
            batch = []
    if batch:
        yield from _plover_batch(connection, batch)


def _plover_batch(connection: sqlite3.Connection, items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    ids = [i["id"] for i in items]
    marks = ",".join("?" * len(ids))
    reports: dict[int, list[dict]] = {i: [] for i in ids}
    contexts: dict[int, list[str]] = {i: [] for i in ids}
    for row in connection.execute(
            "SELECT r.event, r.local, r.status, r.date, r.trigger_text, r.confidence, r.item, a.id, a.outlet, a.url, "
            f"a.published FROM reports r JOIN articles a ON a.n = r.article WHERE r.event IN ({marks}) "
            "ORDER BY a.published, r.id", ids):
        raw = json.loads(row[6])
        for context in raw.get("context") or []:
            if context not in contexts[row[0]]:
                contexts[row[0]].append(context)
        reports[row[0]].append({"article": row[7], "event": row[1], "outlet": row[8], "url": row[9],
                                "published": row[10], "status": row[2], "date": row[3], "trigger": row[4],
                                "confidence": row[5]})
    figures: dict[int, list[dict]] = {i: [] for i in ids}
    for row in connection.execute(
            "SELECT f.event, f.category, f.value, f.min, f.max, f.approx, f.unit, f.text, a.id, a.outlet "
            f"FROM figures f JOIN articles a ON a.n = f.article WHERE f.event IN ({marks}) ORDER BY f.id", ids):
        figures[row[0]].append({"category": row[1], "value": row[2], "min": row[3], "max": row[4],
                                "approx": bool(row[5]), "unit": row[6], "text": row[7], "article": row[8],
                                "outlet": row[9]})
    for item in items:
        yield {
            "id": f"khabar-event-{item['id']}",
            "date": item["date"], "date_end": item["date_end"],
            "event": item["type"], "mode": item["mode"], "context": contexts[item["id"]], "status": item["status"],
            "actor": [_party(e) for e in item["actors"]],
            "recipient": [_party(e) for e in item["recipients"]],
            "location": [{**_party(e), "lat": e.get("lat"), "lon": e.get("lon")} for e in item["places"]],
            "country": item["country"], "lat": item["lat"], "lon": item["lon"],
            "n_reports": item["n_reports"], "n_articles": item["n_articles"], "n_outlets": item["n_outlets"],
            "sources": item["outlets"], "trigger": item["label"],
            "reports": reports[item["id"]], "figures": figures[item["id"]],
        }


def _row(event: dict[str, Any]) -> dict[str, Any]:
    def pick(parties: list[dict], key: str) -> list[str]:
        return [str(p[key]) for p in parties if p.get(key) is not None]

    row: dict[str, Any] = {
        "id": event["id"], "date": event["date"], "date_end": event["date_end"], "event": event["event"],
        "mode": event["mode"], "context": event["context"], "status": event["status"],
        "country": event["country"], "lat": event["lat"], "lon": event["lon"], "n_reports": event["n_reports"],
        "n_articles": event["n_articles"], "n_outlets": event["n_outlets"], "sources": event["sources"],
        "articles": sorted({r["article"] for r in event["reports"]}),
        "urls": sorted({r["url"] for r in event["reports"] if r["url"]}), "trigger": event["trigger"],
    }
    for role, parties in (("actor", event["actor"]), ("recipient", event["recipient"])):
        for key in ("name", "name_ar", "kb", "country", "sector"):
            row[f"{role}_{key}"] = pick(parties, key)
    for key in ("name", "name_ar", "kb"):
        row[f"place_{key}"] = pick(event["location"], key)
    return row


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = " | ".join(str(v) for v in value)
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _number(text):
        text = "'" + text  # a spreadsheet must not run article text as a formula
    return text


def _number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def export(connection: sqlite3.Connection, format: str, out: IO[bytes], f: EventFilter | None = None) -> int:
    """Write the events matching `f` to `out` in `format`; the number of events written."""
    f = f or EventFilter()
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; one of {', '.join(FORMATS)}")
    count = 0
    if format == "plover-json":
        out.write(b"[")
        for event in plover_events(connection, f):
            out.write((b",\n" if count else b"\n") + json.dumps(event, ensure_ascii=False).encode("utf-8"))
            count += 1
        out.write(b"\n]\n")
    elif format == "csv":
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        writer = csv.writer(text)
        writer.writerow(COLUMNS)
        for event in plover_events(connection, f):
            row = _row(event)
            writer.writerow([_cell(row[c]) for c in COLUMNS])
            count += 1
        text.flush()
        text.detach()
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(c, pa.list_(pa.string()) if c in _LISTS else
                             pa.float64() if c in ("lat", "lon") else
                             pa.int64() if c.startswith("n_") else pa.string()) for c in COLUMNS])
        rows = [_row(e) for e in plover_events(connection, f)]
        for row in rows:
            row["id"] = str(row["id"])
        count = len(rows)
        table = pa.Table.from_pylist(rows, schema=schema) if rows else schema.empty_table()
        pq.write_table(table, out)
    return count
