"""Reading the store: the queries behind the API, the web pages and the exports.

Every function takes an open sqlite3 connection (row_factory sqlite3.Row) and returns
plain data (dicts and lists) shaped for JSON.  All user input reaches SQL as parameters;
the only SQL assembled from pieces is built from fixed strings chosen here.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field, fields
from typing import Any, Iterator

from khabar.store.search import fts_query, snippet
from khabar.text.normalise import normalise_word

__all__ = ["EventFilter", "article", "articles", "claims", "entities", "entity", "event", "event_facets",
           "events", "figure_tracker", "iter_events", "places", "resolve_entities", "search", "stats",
           "timeline"]

MAX_LIMIT = 500
_QID = re.compile(r"^Q\d+$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class EventFilter:
    type: list[str] = field(default_factory=list)
    mode: str | None = None
    status: str | None = None
    actor: str | None = None
    recipient: str | None = None
    place: str | None = None
    entity: str | None = None
    country: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    q: str | None = None
    article: str | None = None

    def params(self) -> dict[str, Any]:
        """The filters that are set (for links that keep them)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value:
                out[f.name] = value
        return out

    def without(self, name: str) -> "EventFilter":
        copy = EventFilter(**{f.name: getattr(self, f.name) for f in fields(self)})
        setattr(copy, name, [] if name == "type" else None)
        return copy


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    return [dict(row) for row in cursor]


def _limit(limit: int | None, default: int = 50) -> int:
    if limit is None:
        return default
    return max(1, min(int(limit), MAX_LIMIT))


def _day(value: str | None) -> str | None:
    if value and _DATE.match(value.strip()):
        return value.strip()
    return None


# ---- entities ---------------------------------------------------------------------------------

def resolve_entities(connection: sqlite3.Connection, ref: str | None) -> list[int] | None:
    """Entity ids for a reference: a store id, a KB id, a Wikidata QID or a name; None if no ref."""
    if ref is None or str(ref).strip() == "":
        return None
    ref = str(ref).strip()[:300]
    if ref.isdigit():
        return [int(ref)]
    if _QID.match(ref):
        return [r[0] for r in connection.execute("SELECT id FROM entities WHERE wikidata = ?", (ref,))]
    exact = [r[0] for r in connection.execute("SELECT id FROM entities WHERE key = ? OR kb = ?", (ref, ref))]
    if exact:
        return exact
    name = " ".join(normalise_word(ref).split())
    if len(name) < 2:
        return []
    return [r[0] for r in connection.execute(
        "SELECT id FROM entities WHERE norm LIKE ? ESCAPE '\\' LIMIT 50", (f"%{_like(name)}%",))]


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _entity_dicts(connection: sqlite3.Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    out = {}
    unique = sorted(set(ids))
    for chunk in range(0, len(unique), 500):
        part = unique[chunk:chunk + 500]
        marks = ",".join("?" * len(part))
        for row in connection.execute(
                f"SELECT id, kb, wikidata, name, name_ar, type, country, sector, lat, lon FROM entities "
                f"WHERE id IN ({marks})", part):
            out[row["id"]] = dict(row)
    return out


# ---- events -----------------------------------------------------------------------------------

_MAX_SPAN = 31   # days an event may spread over (khabar.store.db merges reports within this)
_DRIVE = 3000    # an id set this small drives the query; a larger one is checked along the date order


def _id_sets(connection: sqlite3.Connection, f: EventFilter) -> list[tuple[str, list[Any], bool]]:
    """Subqueries (each selecting `event`, and whether its rows are distinct) for the filters
    that name entities, outlets, articles or text, each answered from its own index."""
    subs: list[tuple[str, list[Any], bool]] = []
    for role in ("actor", "recipient", "place", "entity"):
        ids = resolve_entities(connection, getattr(f, role))
        if ids is None:
            continue
        if not ids:
            subs.append(("SELECT NULL AS event WHERE 0", [], True))
            continue
        marks = ",".join("?" * len(ids))
        if role == "entity":
            subs.append((f"SELECT event FROM event_entities WHERE entity IN ({marks})", ids, False))
        else:
            subs.append((f"SELECT event FROM event_entities WHERE entity IN ({marks}) AND role = ?", [*ids, role],
                         len(ids) == 1))
    if f.source:
        subs.append(("SELECT event FROM event_outlets WHERE outlet = ?", [f.source], True))
    if f.article:
        subs.append(("SELECT event FROM reports WHERE article = (SELECT n FROM articles WHERE id = ?)", [f.article],
                     False))
    if f.q:
        match = fts_query(f.q)
        if match is None:
            subs.append(("SELECT NULL AS event WHERE 0", [], True))
        else:  # the evidence of the event: the sentences its reports were read from
            subs.append(("SELECT rowid AS event FROM events_fts WHERE events_fts MATCH ?", [match], True))
    return subs


def _where(connection: sqlite3.Connection, f: EventFilter) -> tuple[str, list[Any], int | None]:
    """(WHERE clause, parameters, the exact count when the clause needs no counting)."""
    clauses: list[str] = []
    params: list[Any] = []
    types = [t for t in (f.type or []) if t][:20]
    if types:
        clauses.append(f"e.type IN ({','.join('?' * len(types))})")
        params += types
    for column in ("mode", "status", "country"):
        value = getattr(f, column)
        if value:
            clauses.append(f"e.{column} = ?")
            params.append(value)
    low, high = _day(f.date_from), _day(f.date_to)
    if low:
        from datetime import date, timedelta

        clauses.append("e.date_end >= ?")
        params.append(low)
        try:  # an event ending after `low` started at most _MAX_SPAN days before it: a range on the date index
            start = (date.fromisoformat((low + "-01-01")[:10]) - timedelta(days=_MAX_SPAN)).isoformat()
            clauses.append("e.date >= ?")
            params.append(start)
        except ValueError:
            pass
    if high:
        clauses.append("e.date <= ?")
        params.append(high + "\uffff")
    subs = _id_sets(connection, f)
    known = None
    if subs:
        if len(subs) == 1:
            combined, combined_params, distinct = subs[0]
            counted = "count(*)" if distinct else "count(DISTINCT event)"
            size = connection.execute(f"SELECT {counted} FROM ({combined})", combined_params).fetchone()[0]
        else:
            combined = " INTERSECT ".join(sql for sql, _, _ in subs)
            combined_params = [p for _, ps, _ in subs for p in ps]
            size = connection.execute(f"SELECT count(*) FROM ({combined})", combined_params).fetchone()[0]
        if not size:
            return " WHERE 0", [], 0
        if not clauses:
            known = size
        # a small set drives the lookup by id; a large one is only checked, so that the
        # date (or another) index orders and bounds the scan
        hint = "" if size <= _DRIVE else "+"
        clauses.append(f"{hint}e.id IN ({combined})")
        params += combined_params
    return ((" WHERE " + " AND ".join(clauses)) if clauses else ""), params, known


_SORTS = {"date": "e.date DESC, e.id DESC", "-date": "e.date ASC, e.id ASC", "date_asc": "e.date ASC, e.id ASC",
          "reports": "e.n_reports DESC, e.date DESC, e.id DESC", "outlets": "e.n_outlets DESC, e.date DESC, e.id DESC"}
_EVENT_COLUMNS = "e.id, e.type, e.mode, e.status, e.date, e.date_end, e.country, e.place, e.lat, e.lon, e.label, " \
                 "e.n_reports, e.n_articles, e.n_outlets"


def _hydrate(connection: sqlite3.Connection, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not items:
        return items
    ids = [i["id"] for i in items]
    marks = ",".join("?" * len(ids))
    roles: dict[int, dict[str, list[int]]] = {i: {"actor": [], "recipient": [], "place": []} for i in ids}
    entity_ids: list[int] = []
    for row in connection.execute(f"SELECT event, role, entity FROM event_entities WHERE event IN ({marks})", ids):
        roles[row[0]].setdefault(row[1], []).append(row[2])
        entity_ids.append(row[2])
    outlets: dict[int, list[str]] = {i: [] for i in ids}
    for row in connection.execute(f"SELECT event, outlet FROM event_outlets WHERE event IN ({marks}) "
                                  "ORDER BY outlet", ids):
        outlets[row[0]].append(row[1])
    known = _entity_dicts(connection, entity_ids)
    for item in items:
        for role, key in (("actor", "actors"), ("recipient", "recipients"), ("place", "places")):
            item[key] = [known[e] for e in roles[item["id"]].get(role, []) if e in known]
        item["outlets"] = outlets[item["id"]]
    return items


def events(connection: sqlite3.Connection, f: EventFilter, *, limit: int | None = 50, offset: int = 0,
           sort: str = "date", total: bool = True) -> dict[str, Any]:
    """A page of events matching `f`, with the total count."""
    where, params, known = _where(connection, f)
    order = _SORTS.get(sort, _SORTS["date"])
    limit = _limit(limit)
    offset = max(0, int(offset or 0))
    items = _rows(connection.execute(f"SELECT {_EVENT_COLUMNS} FROM events e{where} ORDER BY {order} "
                                     f"LIMIT ? OFFSET ?", [*params, limit, offset]))
    count = None
    if total:
        count = known if known is not None else connection.execute(
            f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
    return {"total": count, "limit": limit, "offset": offset, "items": _hydrate(connection, items)}


def iter_events(connection: sqlite3.Connection, f: EventFilter, chunk: int = 500) -> Iterator[dict[str, Any]]:
    """Every event matching `f` (for exports), oldest first, hydrated."""
    where, params, _ = _where(connection, f)
    last = -1
    while True:
        clause = (where + " AND e.id > ?") if where else " WHERE e.id > ?"
        items = _rows(connection.execute(f"SELECT {_EVENT_COLUMNS} FROM events e{clause} ORDER BY e.id LIMIT ?",
                                         [*params, last, chunk]))
        if not items:
            return
        yield from _hydrate(connection, items)
        last = items[-1]["id"]


def event_facets(connection: sqlite3.Connection, f: EventFilter, top: int = 30) -> dict[str, list[dict]]:
    """Counts of events per value of each facet, under the other filters."""
    out: dict[str, list[dict]] = {}
    for name, column in (("type", "e.type"), ("status", "e.status"), ("mode", "e.mode"), ("country", "e.country")):
        where, params, _ = _where(connection, f.without(name))
        out[name] = [{"value": r[0], "count": r[1]} for r in connection.execute(
            f"SELECT {column}, count(*) AS c FROM events e{where} GROUP BY {column} HAVING {column} IS NOT NULL "
            f"ORDER BY c DESC LIMIT ?", [*params, top])]
    where, params, _ = _where(connection, f.without("source"))
    out["source"] = [{"value": r[0], "count": r[1]} for r in connection.execute(
        f"SELECT o.outlet, count(*) AS c FROM event_outlets o JOIN events e ON e.id = o.event{where} "
        f"GROUP BY o.outlet ORDER BY c DESC LIMIT ?", [*params, top])]
    return out


def _claim_chain(connection: sqlite3.Connection, claim: int | None) -> dict[str, Any] | None:
    if claim is None:
        return None
    row = connection.execute("SELECT c.id, c.local, c.kind, c.certainty, c.platform, c.cue_start, c.cue_end, "
                             "c.content_start, c.content_end, a.outlet FROM claims c JOIN articles a ON "
                             "a.n = c.article WHERE c.id = ?", (claim,)).fetchone()
    if row is None:
        return None
    sources = _rows(connection.execute(
        "SELECT s.position, s.entity, s.text, s.anonymous, s.country, en.name, en.name_ar, en.kb FROM claim_sources s "
        "LEFT JOIN entities en ON en.id = s.entity WHERE s.claim = ? ORDER BY s.position", (claim,)))
    return {**dict(row), "sources": sources}


def event(connection: sqlite3.Connection, event_id: int) -> dict[str, Any] | None:
    """One event with all its reports (each with its evidence and claim chain) and figures."""
    row = connection.execute(f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    item = _hydrate(connection, [dict(row)])[0]
    reports = []
    for r in connection.execute(
            "SELECT r.id, r.local, r.type, r.mode, r.status, r.date, r.trigger_start, r.trigger_end, r.trigger_text, "
            "r.claim, r.sentence, r.confidence, r.item, a.id AS article, a.headline, a.outlet, a.url, a.published, "
            "a.text FROM reports r JOIN articles a ON a.n = r.article WHERE r.event = ? ORDER BY a.published, r.id",
            (event_id,)):
        report = dict(r)
        text = report.pop("text")
        raw = json.loads(report.pop("item"))
        report["context"] = raw.get("context") or []
        report["sentence_text"] = _sentence_text(connection, report["article"], report["sentence"], text,
                                                 report["trigger_start"], report["trigger_end"])
        report["claim"] = _claim_chain(connection, report["claim"])
        report["figures"] = _rows(connection.execute(
            "SELECT id, local, text, value, min, max, approx, category, unit, date FROM figures WHERE report = ?",
            (report["id"],)))
        reports.append(report)
    item["reports"] = reports
    item["figures"] = _figure_rows(connection, "f.event = ?", [event_id])
    return item


def _sentence_text(connection: sqlite3.Connection, article: str, index: int | None, text: str,
                   start: int | None, end: int | None) -> dict[str, Any] | None:
    """The sentence around a trigger, split so the trigger can be highlighted."""
    if start is None or end is None or not (0 <= start <= end <= len(text)):
        return None
    left = max(text.rfind("\n", 0, start), max(text.rfind(m, 0, start) for m in (".", "؟", "!"))) + 1
    right_candidates = [p for p in (text.find(m, end) for m in ("\n", ".", "؟", "!")) if p != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    left = max(left, start - 300)
    right = min(right, end + 300)
    return {"before": text[left:start].lstrip(), "trigger": text[start:end], "after": text[end:right].rstrip()}


# ---- figures ------------------------------------------------------------------------------------

def _figure_rows(connection: sqlite3.Connection, where: str, params: list[Any]) -> list[dict[str, Any]]:
    rows = _rows(connection.execute(
        "SELECT f.id, f.local, f.text, f.value, f.min, f.max, f.approx, f.category, f.unit, f.date, f.quantity, "
        "f.event, f.who, f.place, f.claim, f.start, f.end, a.id AS article, a.headline, a.outlet, a.published, a.url "
        f"FROM figures f JOIN articles a ON a.n = f.article WHERE {where} ORDER BY a.published, f.id", params))
    for row in rows:
        row["claim"] = _claim_chain(connection, row["claim"])
    return rows


def figure_tracker(connection: sqlite3.Connection, *, category: str | None = None, conflicts: bool = False,
                   entity: str | None = None, limit: int | None = 50, offset: int = 0) -> dict[str, Any]:
    """Quantities reported by several figures, side by side with their sources; conflicts first."""
    clauses = ["f.quantity IS NOT NULL"]
    params: list[Any] = []
    if category:
        clauses.append("f.category = ?")
        params.append(category)
    ids = resolve_entities(connection, entity)
    if ids is not None:
        marks = ",".join("?" * len(ids)) or "NULL"
        clauses.append(f"(f.who IN ({marks}) OR f.place IN ({marks}) OR f.event IN "
                       f"(SELECT event FROM event_entities WHERE entity IN ({marks})))")
        params += ids * 3
    having = " HAVING count(DISTINCT f.value) > 1 OR count(DISTINCT coalesce(f.min, '')) > 1 " \
             "OR count(DISTINCT coalesce(f.max, '')) > 1" if conflicts else ""
    where = " AND ".join(clauses)
    limit = _limit(limit)
    groups = _rows(connection.execute(
        f"SELECT f.quantity, min(f.category) AS category, count(*) AS n_figures, count(DISTINCT f.value) AS n_values, "
        f"count(DISTINCT a.outlet) AS n_outlets, min(f.value) AS low, max(f.value) AS high, max(f.date) AS date, "
        f"min(f.event) AS event, min(f.who) AS who, min(f.place) AS place FROM figures f "
        f"JOIN articles a ON a.n = f.article WHERE {where} GROUP BY f.quantity{having} "
        f"ORDER BY (count(DISTINCT f.value) > 1) DESC, count(*) DESC, max(f.date) DESC LIMIT ? OFFSET ?",
        [*params, limit, max(0, int(offset or 0))]))
    total = connection.execute(f"SELECT count(*) FROM (SELECT 1 FROM figures f JOIN articles a ON a.n = f.article "
                               f"WHERE {where} GROUP BY f.quantity{having})", params).fetchone()[0]
    entity_ids = [g[k] for g in groups for k in ("who", "place") if g[k]]
    events_by_id = {}
    event_ids = [g["event"] for g in groups if g["event"]]
    if event_ids:
        marks = ",".join("?" * len(event_ids))
        events_by_id = {e["id"]: e for e in _hydrate(connection, _rows(connection.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id IN ({marks})", event_ids)))}
    known = _entity_dicts(connection, entity_ids)
    for group in groups:
        group["conflict"] = group["n_values"] > 1
        group["event"] = events_by_id.get(group["event"])
        group["who"] = known.get(group["who"])
        group["place"] = known.get(group["place"])
        group["figures"] = _figure_rows(connection, "f.quantity = ?", [group["quantity"]])
    return {"total": total, "limit": limit, "offset": offset, "items": groups}


# ---- articles -------------------------------------------------------------------------------------

_ARTICLE_COLUMNS = "a.id, a.headline, a.published, a.outlet, a.url, a.path, a.format, a.ingested_at"


def articles(connection: sqlite3.Connection, *, q: str | None = None, outlet: str | None = None,
             date_from: str | None = None, date_to: str | None = None, limit: int | None = 50,
             offset: int = 0) -> dict[str, Any]:
    clauses: list[str] = []
    params: list[Any] = []
    join = ""
    order = "a.published DESC, a.n DESC"
    if q:
        match = fts_query(q)
        if match is None:
            return {"total": 0, "limit": _limit(limit), "offset": offset, "items": []}
        join = " JOIN (SELECT rowid AS hit, rank FROM articles_fts WHERE articles_fts MATCH ?) m ON m.hit = a.n"
        params.append(match)
        order = "m.rank"
    if outlet:
        clauses.append("a.outlet = ?")
        params.append(outlet)
    if _day(date_from):
        clauses.append("a.published >= ?")
        params.append(_day(date_from))
    if _day(date_to):
        clauses.append("a.published <= ?")
        params.append(_day(date_to) + "\uffff")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    limit = _limit(limit)
    offset = max(0, int(offset or 0))
    rows = _rows(connection.execute(f"SELECT {_ARTICLE_COLUMNS}, a.text FROM articles a{join}{where} ORDER BY {order} "
                                    "LIMIT ? OFFSET ?", [*params, limit, offset]))
    total = connection.execute(f"SELECT count(*) FROM articles a{join}{where}", params).fetchone()[0]
    for row in rows:
        text = row.pop("text")
        row["snippet"] = snippet(text, q) if q else None
        if row["snippet"] is None:
            lead = " ".join(text[:400].split())
            row["lead"] = lead[:220] + ("…" if len(lead) > 220 else "")
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def article(connection: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """An article: its row, its record, and where its items went in the store."""
    row = connection.execute(f"SELECT a.n, {_ARTICLE_COLUMNS}, a.record, a.pipeline, a.processed_at "
                             "FROM articles a WHERE a.id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    item = dict(row)
    n = item.pop("n")
    item["record"] = json.loads(item["record"])
    item["entity_ids"] = {r[0]: r[1] for r in connection.execute(
        "SELECT local, entity FROM article_entities WHERE article = ?", (n,))}
    item["event_ids"] = {r[0]: r[1] for r in connection.execute(
        "SELECT local, event FROM reports WHERE article = ?", (n,))}
    item["quantities"] = {r[0]: r[1] for r in connection.execute(
        "SELECT local, quantity FROM figures WHERE article = ? AND quantity IS NOT NULL", (n,))}
    return item


# ---- entities -------------------------------------------------------------------------------------

def entities(connection: sqlite3.Connection, *, q: str | None = None, type: str | None = None,
             limit: int | None = 50, offset: int = 0) -> dict[str, Any]:
    clauses: list[str] = []
    params: list[Any] = []
    if q:
        name = " ".join(normalise_word(q).split())
        clauses.append("(en.norm LIKE ? ESCAPE '\\' OR en.kb = ? OR en.wikidata = ?)")
        params += [f"%{_like(name)}%", q, q]
    if type:
        clauses.append("en.type = ?")
        params.append(type)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    limit = _limit(limit)
    offset = max(0, int(offset or 0))
    rows = _rows(connection.execute(
        f"SELECT en.id, en.kb, en.wikidata, en.name, en.name_ar, en.type, en.country, en.sector, en.lat, en.lon, "
        f"(SELECT count(*) FROM article_entities ae WHERE ae.entity = en.id) AS n_articles, "
        f"(SELECT count(*) FROM event_entities ee WHERE ee.entity = en.id) AS n_events "
        f"FROM entities en{where} ORDER BY n_articles DESC, en.id LIMIT ? OFFSET ?", [*params, limit, offset]))
    total = connection.execute(f"SELECT count(*) FROM entities en{where}", params).fetchone()[0]
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def entity(connection: sqlite3.Connection, entity_id: int) -> dict[str, Any] | None:
    """An entity: who it is, its roles, its events by role, its figures, the claims it is a source of."""
    row = connection.execute("SELECT id, key, kb, wikidata, name, name_ar, type, country, sector, lat, lon, precision "
                             "FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    item = dict(row)
    item["roles"] = _rows(connection.execute(
        "SELECT ae.role, count(*) AS n, min(a.published) AS first, max(a.published) AS last FROM article_entities ae "
        "JOIN articles a ON a.n = ae.article WHERE ae.entity = ? AND ae.role IS NOT NULL GROUP BY ae.role "
        "ORDER BY n DESC", (entity_id,)))
    item["names"] = [r[0] for r in connection.execute(
        "SELECT text FROM mentions WHERE entity = ? GROUP BY text ORDER BY count(*) DESC LIMIT 12", (entity_id,))]
    events_by_role: dict[str, list[dict]] = {}
    for role in ("actor", "recipient", "place"):
        rows = _rows(connection.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id IN (SELECT event FROM event_entities WHERE entity = ? "
            f"AND role = ?) ORDER BY e.date DESC LIMIT 100", (entity_id, role)))
        events_by_role[role] = _hydrate(connection, rows)
    item["events"] = events_by_role
    item["figures"] = _figure_rows(connection, "(f.who = ? OR f.place = ?)", [entity_id, entity_id])[:200]
    item["claims"] = _rows(connection.execute(
        "SELECT c.id, c.local, c.kind, c.certainty, s.position, s.text, a.id AS article, a.headline, a.outlet, "
        "a.published, substr(a.text, c.content_start + 1, min(c.content_end - c.content_start, 400)) AS content "
        "FROM claim_sources s JOIN claims c ON c.id = s.claim JOIN articles a ON a.n = c.article "
        "WHERE s.entity = ? ORDER BY a.published DESC LIMIT 100", (entity_id,)))
    item["articles"] = _rows(connection.execute(
        "SELECT a.id, a.headline, a.published, a.outlet, count(*) AS mentions FROM mentions m "
        "JOIN articles a ON a.n = m.article WHERE m.entity = ? GROUP BY a.n ORDER BY a.published DESC LIMIT 100",
        (entity_id,)))
    return item


def claims(connection: sqlite3.Connection, *, article: str | None = None, entity: str | None = None,
           limit: int | None = 50, offset: int = 0) -> dict[str, Any]:
    clauses: list[str] = []
    params: list[Any] = []
    if article:
        clauses.append("c.article = (SELECT n FROM articles WHERE id = ?)")
        params.append(article)
    ids = resolve_entities(connection, entity)
    if ids is not None:
        marks = ",".join("?" * len(ids)) or "NULL"
        clauses.append(f"c.id IN (SELECT claim FROM claim_sources WHERE entity IN ({marks}))")
        params += ids
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    limit = _limit(limit)
    offset = max(0, int(offset or 0))
    ids_rows = connection.execute(f"SELECT c.id FROM claims c JOIN articles a ON a.n = c.article{where} "
                                  "ORDER BY a.published DESC, c.id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    total = connection.execute(f"SELECT count(*) FROM claims c{where}", params).fetchone()[0]
    items = []
    for (claim_id,) in ids_rows:
        chain = _claim_chain(connection, claim_id)
        extra = connection.execute(
            "SELECT a.id, a.headline, a.published, substr(a.text, c.content_start + 1, "
            "min(c.content_end - c.content_start, 600)) FROM claims c JOIN articles a ON a.n = c.article "
            "WHERE c.id = ?", (claim_id,)).fetchone()
        chain.update(article=extra[0], headline=extra[1], published=extra[2], content=extra[3])
        items.append(chain)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# ---- overview ------------------------------------------------------------------------------------

def timeline(connection: sqlite3.Connection, f: EventFilter, grain: str | None = None) -> dict[str, Any]:
    """Event counts per period and type; the grain (day, month, year) follows the span."""
    where, params, _ = _where(connection, f)
    dated = (where + " AND " if where else " WHERE ") + "e.date IS NOT NULL AND length(e.date) >= 4"
    low, high = connection.execute(f"SELECT min(substr(e.date, 1, 10)), max(substr(e.date, 1, 10)) FROM events e"
                                   f"{dated}", params).fetchone()
    if low is None:
        return {"grain": grain or "day", "buckets": [], "types": [], "series": {}}
    if grain not in ("day", "month", "year"):
        from datetime import date as _date

        def as_date(value: str) -> _date:
            return _date.fromisoformat(value[:10] if len(value) >= 10 else (value + "-01-01")[:10])

        try:
            span = (as_date(high) - as_date(low)).days
        except ValueError:
            span = 400
        grain = "day" if span <= 120 else "month" if span <= 3660 else "year"
    width = {"day": 10, "month": 7, "year": 4}[grain]
    rows = connection.execute(f"SELECT substr(e.date, 1, {width}) AS b, e.type, count(*) FROM events e{dated} "
                              "GROUP BY b, e.type ORDER BY b", params).fetchall()
    buckets = sorted({r[0] for r in rows if len(r[0]) == width})
    types = sorted({r[1] for r in rows}, key=lambda t: -sum(r[2] for r in rows if r[1] == t))
    series = {t: {b: 0 for b in buckets} for t in types}
    for bucket, type_, count in rows:
        if len(bucket) == width:
            series[type_][bucket] = count
    return {"grain": grain, "buckets": buckets, "types": types, "series": series}


def places(connection: sqlite3.Connection, f: EventFilter, limit: int = 2000) -> list[dict[str, Any]]:
    """Event places with coordinates and how many events happened there."""
    where, params, _ = _where(connection, f)
    located = (where + " AND " if where else " WHERE ") + "e.lat IS NOT NULL AND e.lon IS NOT NULL"
    rows = _rows(connection.execute(
        f"SELECT e.place, min(e.lat) AS lat, min(e.lon) AS lon, min(e.country) AS country, count(*) AS n, "
        f"group_concat(DISTINCT e.type) AS types FROM events e{located} GROUP BY e.place, e.lat, e.lon "
        f"ORDER BY n DESC LIMIT ?", [*params, limit]))
    known = _entity_dicts(connection, [r["place"] for r in rows if r["place"]])
    for row in rows:
        row["entity"] = known.get(row["place"])
        row["types"] = sorted((row["types"] or "").split(","))
    return rows


def search(connection: sqlite3.Connection, q: str, limit: int = 20) -> dict[str, Any]:
    return {"q": q, "articles": articles(connection, q=q, limit=limit),
            "entities": entities(connection, q=q, limit=limit),
            "events": events(connection, EventFilter(q=q), limit=limit)}


def stats(connection: sqlite3.Connection) -> dict[str, Any]:
    out = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
           for t in ("articles", "events", "reports", "entities", "figures", "claims", "errors")}
    out["outlets"] = connection.execute("SELECT count(DISTINCT outlet) FROM articles").fetchone()[0]
    out["first"], out["last"] = connection.execute("SELECT min(published), max(published) FROM articles").fetchone()
    out["schema"] = connection.execute("PRAGMA user_version").fetchone()[0]
    return out
