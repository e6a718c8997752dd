"""The embedded store: one SQLite file in WAL mode.

    store = Store("khabar.db")
    store.add([prepare(record.to_dict())])      # idempotent: the article id is its text's hash
    store.record_error("feed.xml#3", "empty document", "rss")

Writes go through one connection in explicit transactions (`with store.transaction():`);
a batch is all-or-nothing, so a process killed at any moment leaves whole articles only.
Every layer of the record is kept twice: whole, as the record's JSON, and as rows that
can be queried (entities, mentions, times, claims and their sources, events and their
reports, figures).  Across articles, an event report joins an existing event when it has
the same type, dates within `merge_window` days, the same place and overlapping actors;
figures that count the same thing share a `quantity` key (the figure tracker).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from khabar.store.prepare import Prepared, prepare
from khabar.store.schema import migrate
from khabar.text.normalise import normalise_word

__all__ = ["AddResult", "Store", "StoreBusy", "entity_key"]

ROLES = ("actor", "recipient", "place")
_MAX_SPAN = 31  # days: an event whose reports spread wider is not looked up by its first day


class StoreBusy(sqlite3.OperationalError):
    """Another process holds the store's write lock (raised only when asked not to wait)."""


@dataclass
class AddResult:
    stored: int = 0
    duplicates: int = 0
    ids: list[str] | None = None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _dumps(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))


def _day(value: Any) -> date | None:
    """The day of an ISO date or datetime string, None when it is coarser or not a date."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else (None if value is None else str(value))


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _ids(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, (list, tuple)) else []


def _span(value: Any) -> tuple[int | None, int | None, str | None]:
    if not isinstance(value, dict):
        return None, None, None
    return _int(value.get("start")), _int(value.get("end")), _text(value.get("text"))


def _fts(text: str) -> str:
    from khabar.store.search import fts_text

    return fts_text(text)


def _evidence(text: str, sentences: list, index: int | None, start: int | None, end: int | None) -> str | None:
    """The sentence a report was read from: the record's sentence, else the text around the trigger."""
    if index is not None and 0 <= index < len(sentences) and isinstance(sentences[index], dict):
        s_start, s_end = _int(sentences[index].get("start")), _int(sentences[index].get("end"))
        if s_start is not None and s_end is not None and 0 <= s_start < s_end <= len(text) \
                and (start is None or s_start <= start < s_end):
            return text[s_start:s_end][:2000]
    if start is None or end is None or not 0 <= start <= end <= len(text):
        return None
    left = max(text.rfind("\n", 0, start) + 1, start - 300)
    right = text.find("\n", end)
    right = min(right if right != -1 else len(text), end + 300)
    return text[left:right]


def entity_key(item: dict[str, Any]) -> str:
    """The identity of an entity across articles: its KB id, else its type and normalised name."""
    if item.get("kb"):
        return str(item["kb"])
    if item.get("wikidata"):
        return f"wikidata:{item['wikidata']}"
    name = item.get("name_ar") or item.get("name") or ""
    return f"name:{item.get('type') or '?'}:{' '.join(normalise_word(str(name)).split())}"


class Store:
    """A khabar store in one SQLite file (created and migrated on open)."""

    def __init__(self, path: str | Path, *, readonly: bool = False, merge_window: int = 2,
                 timeout: float = 60.0):
        self.path = Path(path)
        self.readonly = readonly
        self.merge_window = merge_window
        self._timeout_ms = int(timeout * 1000)
        if readonly:
            if not self.path.exists():
                raise FileNotFoundError(f"no store at {self.path}")
            uri = f"file:{self.path.resolve()}?mode=ro"
            self.connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=timeout,
                                              check_same_thread=False)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(self.path, isolation_level=None, timeout=timeout,
                                              check_same_thread=False)
        self.connection.row_factory = sqlite3.Row
        self._pragmas()
        if not readonly:
            migrate(self.connection)
        self._entity_ids: dict[str, int] = {}
        self._lock = threading.RLock()
        self._depth = 0
        self._errors_present: bool | None = None
        self._next_ids: dict[str, int] = {}

    def _pragmas(self) -> None:
        execute = self.connection.execute
        execute(f"PRAGMA busy_timeout = {self._timeout_ms}")
        if not self.readonly:
            execute("PRAGMA journal_mode = WAL")
            execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable across process crashes
            execute("PRAGMA wal_autocheckpoint = 16384")  # checkpoint (and fsync) every ~64 MB, not every 4 MB
        execute("PRAGMA foreign_keys = OFF")
        execute("PRAGMA cache_size = -65536")
        execute("PRAGMA temp_store = MEMORY")
        execute("PRAGMA mmap_size = 268435456")

    # ---- plumbing -------------------------------------------------------------------------

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @contextmanager
    def transaction(self, *, wait: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction (nested uses join the outer one).  With `wait=False` it
        raises StoreBusy at once when another process holds the write lock, instead of
        waiting for it (a worker then goes on reading and tries again later)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.connection
                finally:
                    self._depth -= 1
                return
            self._begin(wait)
            self._next_ids.clear()  # other writers may have added rows since our last transaction
            self._depth = 1
            try:
                yield self.connection
            except BaseException:
                self._depth = 0
                self.connection.execute("ROLLBACK")
                self._entity_ids.clear()
                raise
            else:
                self._depth = 0
                self.connection.execute("COMMIT")

    def _begin(self, wait: bool) -> None:
        if wait:
            self.connection.execute("BEGIN IMMEDIATE")
            return
        self.connection.execute("PRAGMA busy_timeout = 0")
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise StoreBusy(str(error)) from error
            raise
        finally:
            self.connection.execute(f"PRAGMA busy_timeout = {self._timeout_ms}")

    def execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        return self.connection.execute(sql, tuple(params))

    def schema_version(self) -> int:
        return self.connection.execute("PRAGMA user_version").fetchone()[0]

    def journal_mode(self) -> str:
        return self.connection.execute("PRAGMA journal_mode").fetchone()[0]

    # ---- reading back ---------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        return self.connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def article_number(self, article_id: str) -> int | None:
        """The article's row number: rows added later have larger ones."""
        row = self.connection.execute("SELECT n FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def last_article_number(self) -> int:
        return self.connection.execute("SELECT COALESCE(MAX(n), 0) FROM articles").fetchone()[0]

    def record(self, article_id: str) -> dict[str, Any] | None:
        row = self.connection.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def counts(self) -> dict[str, int]:
        tables = ("articles", "entities", "mentions", "times", "claims", "events", "reports", "figures", "errors")
        return {t: self.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def errors(self, limit: int | None = None) -> list[sqlite3.Row]:
        sql = "SELECT id, locator, format, reason, at, seen FROM errors ORDER BY id"
        if limit:
            return self.connection.execute(sql + " LIMIT ?", (limit,)).fetchall()
        return self.connection.execute(sql).fetchall()

    # ---- writing --------------------------------------------------------------------------

    def add_record(self, record: Any, *, published_given: str | None = None, format: str | None = None) -> bool:
        """Store one record (a Record or its dict); False when it was already there."""
        data = record.to_dict() if hasattr(record, "to_dict") else record
        return self.add([prepare(data, published_given=published_given, format=format)]).stored == 1

    def add(self, batch: list[Prepared], errors: Iterable[tuple[str, str, str | None]] = (), *,
            wait: bool = True) -> AddResult:
        """Store prepared articles and record errors, all in one transaction (StoreBusy,
        with nothing written, when `wait` is False and another process is writing)."""
        result = AddResult(ids=[])
        with self.transaction(wait=wait):
            for locator, reason, fmt in errors:
                self._error(locator, reason, fmt)
            for prepared in batch:
                if self._insert(prepared):
                    result.stored += 1
                    result.ids.append(prepared["id"])
                    if prepared.get("locator"):
                        self._clear_error(prepared["locator"])
                else:
                    result.duplicates += 1
        return result

    def replace(self, prepared: Prepared) -> None:
        """Store a new reading of an article already stored (reprocess): its layers are
        rebuilt, its text, id and first ingest time are kept."""
        with self.transaction():
            row = self.connection.execute("SELECT n FROM articles WHERE id = ?", (prepared["id"],)).fetchone()
            if row is None:
                self._insert(prepared)
                return
            n = row[0]
            self._remove_layers(n)
            self.connection.execute(
                "UPDATE articles SET headline = ?, published = ?, outlet = ?, url = ?, path = ?, source = ?, "
                "record = ?, pipeline = ?, processed_at = ? WHERE n = ?",
                (prepared["headline"], prepared["published"], prepared["outlet"], prepared["url"],
                 prepared["path"], prepared["source"], prepared["record"], prepared["pipeline"], _now(), n))
            self._insert_layers(n, prepared)

    def delete(self, article_id: str) -> bool:
        """Remove an article and everything read from it."""
        with self.transaction():
            row = self.connection.execute("SELECT n, text FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                return False
            n = row[0]
            self._remove_layers(n)
            from khabar.store.search import fts_text

            self.connection.execute("INSERT INTO articles_fts(articles_fts, rowid, text) VALUES ('delete', ?, ?)",
                                    (n, fts_text(row[1])))
            self.connection.execute("DELETE FROM articles WHERE n = ?", (n,))
        return True

    def record_error(self, locator: str, reason: str, format: str | None = None) -> None:
        with self.transaction():
            self._error(locator, reason, format)

    def clear_errors(self) -> int:
        with self.transaction():
            count = self.connection.execute("DELETE FROM errors").rowcount
        self._errors_present = False
        return count

    def prune_entities(self) -> int:
        """Delete entities no article refers to any more (after reprocessing)."""
        with self.transaction():
            count = self.connection.execute(
                "DELETE FROM entities WHERE id NOT IN (SELECT entity FROM article_entities) "
                "AND id NOT IN (SELECT entity FROM claim_sources WHERE entity IS NOT NULL)").rowcount
            self._entity_ids.clear()
        return count

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.connection.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                                    "value = excluded.value", (key, value))

    # ---- internals ------------------------------------------------------------------------

    def _error(self, locator: str, reason: str, format: str | None) -> None:
        self.connection.execute(
            "INSERT INTO errors(locator, format, reason, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(locator, reason) DO UPDATE SET at = excluded.at, seen = seen + 1",
            (str(locator)[:2000], format, str(reason)[:2000], _now()))
        self._errors_present = True

    def _clear_error(self, locator: str) -> None:
        if self._errors_present is None:
            self._errors_present = self.connection.execute("SELECT 1 FROM errors LIMIT 1").fetchone() is not None
        if self._errors_present:
            self.connection.execute("DELETE FROM errors WHERE locator = ?", (locator,))

    def _insert(self, p: Prepared) -> bool:
        now = _now()
        cursor = self.connection.execute(
            "INSERT OR IGNORE INTO articles(id, text, headline, published, published_given, outlet, url, path, "
            "format, source, record, pipeline, ingested_at, processed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (p["id"], p["text"], p["headline"], p["published"], p["published_given"], p["outlet"], p["url"],
             p["path"], p["format"], p["source"], p["record"], p["pipeline"], now, now))
        if cursor.rowcount == 0:
            return False
        n = cursor.lastrowid
        self.connection.execute("INSERT INTO articles_fts(rowid, text) VALUES (?, ?)", (n, p["fts"]))
        self._insert_layers(n, p)
        return True

    def _new_ids(self, table: str, count: int) -> int:
        """The first of `count` fresh ids of `table` (claims, reports), assigned inside the
        write transaction so that its rows go in with one executemany."""
        first = self._next_ids.get(table)
        if first is None:
            first = self.connection.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
        self._next_ids[table] = first + count
        return first

    def _entity(self, item: dict[str, Any], key: str | None = None, names: str | None = None) -> int:
        key = key or entity_key(item)
        cached = self._entity_ids.get(key)
        if cached is not None:
            return cached
        geo = item.get("geo") if isinstance(item.get("geo"), dict) else {}
        if names is None:
            names = " ".join(normalise_word(str(n)) for n in (item.get("name_ar"), item.get("name")) if n)
        row = self.connection.execute(
            "INSERT INTO entities(key, kb, wikidata, name, name_ar, type, country, sector, lat, lon, precision, norm) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET "
            "wikidata = coalesce(wikidata, excluded.wikidata), name = coalesce(name, excluded.name), "
            "name_ar = coalesce(name_ar, excluded.name_ar), country = coalesce(country, excluded.country), "
            "sector = coalesce(sector, excluded.sector), lat = coalesce(lat, excluded.lat), "
            "lon = coalesce(lon, excluded.lon), precision = coalesce(precision, excluded.precision) RETURNING id",
            (key, _text(item.get("kb")), _text(item.get("wikidata")), _text(item.get("name")),
             _text(item.get("name_ar")), _text(item.get("type")), _text(item.get("country")),
             _text(item.get("sector")), _float(geo.get("lat")), _float(geo.get("lon")),
             _text(geo.get("precision")), names)).fetchone()
        self._entity_ids[key] = row[0]
        return row[0]

    def _insert_layers(self, n: int, p: Prepared) -> None:
        """Rows for the record's items (`p` from `prepare`, which carries its layers)."""
        execute = self.connection.execute
        many = self.connection.executemany
        dumped = p.get("json") or {}

        def json_of(layer: str, index: int, item: Any) -> str:
            texts = dumped.get(layer)
            return texts[index] if texts and index < len(texts) else _dumps(item)

        entities: dict[str, int] = {}
        keys = p.get("entity_keys") or []
        rows = []
        mentions = []
        for index, item in enumerate(p["entities"]):
            if not isinstance(item, dict) or not item.get("id"):
                continue
            local = str(item["id"])
            key, names = keys[index] if index < len(keys) else (None, None)
            entity = self._entity(item, key, names)
            entities[local] = entity
            rows.append((n, local, entity, _text(item.get("role")), json_of("entities", index, item)))
            for mention in item.get("mentions") or []:
                start, end, text = _span(mention)
                if start is not None and end is not None:
                    mentions.append((n, entity, local, start, end, text or "", _text(mention.get("via"))))
        many("INSERT OR REPLACE INTO article_entities(article, local, entity, role, item) VALUES (?,?,?,?,?)", rows)
        if mentions:
            many('INSERT INTO mentions(article, entity, local, start, "end", text, via) VALUES (?,?,?,?,?,?,?)', mentions)

        times: dict[str, str] = {}
        rows = []
        for index, item in enumerate(p["times"]):
            if not isinstance(item, dict) or not item.get("id"):
                continue
            start, end, text = _span(item)
            times[str(item["id"])] = _text(item.get("value")) or ""
            rows.append((n, str(item["id"]), start, end, text, _text(item.get("value")), _text(item.get("grain")),
                         _text(item.get("anchor")), json_of("times", index, item)))
        many('INSERT OR REPLACE INTO times(article, local, start, "end", text, value, grain, anchor, item) '
             "VALUES (?,?,?,?,?,?,?,?,?)", rows)

        claims: dict[str, int] = {}
        claim_rows = []
        sources_rows = []
        items = [(index, item) for index, item in enumerate(p["claims"]) if isinstance(item, dict) and item.get("id")]
        first = self._new_ids("claims", len(items)) if items else 0
        for claim, (index, item) in enumerate(items, start=first):
            cue_start, cue_end, _ = _span(item.get("cue"))
            content_start, content_end, _ = _span(item.get("content"))
            claim_rows.append((claim, n, str(item["id"]), _text(item.get("kind")), _text(item.get("certainty")),
                               _text(item.get("platform")), cue_start, cue_end, content_start, content_end,
                               json_of("claims", index, item)))
            claims[str(item["id"])] = claim
            for position, source in enumerate(item.get("sources") or []):
                if not isinstance(source, dict):
                    continue
                sources_rows.append((claim, position, entities.get(str(source.get("entity"))), _text(source.get("text")),
                                     None if source.get("anonymous") is None else int(bool(source["anonymous"])),
                                     _text(source.get("country"))))
        many("INSERT OR REPLACE INTO claims(id, article, local, kind, certainty, platform, cue_start, cue_end, "
             "content_start, content_end, item) VALUES (?,?,?,?,?,?,?,?,?,?,?)", claim_rows)
        many("INSERT OR REPLACE INTO claim_sources(claim, position, entity, text, anonymous, country) "
             "VALUES (?,?,?,?,?,?)", sources_rows)

        published = p.get("published")
        sentences = p.get("sentences") or []
        reports: dict[str, tuple[int, int, str | None]] = {}
        evidences = p.get("evidence") or []
        items = [(index, item) for index, item in enumerate(p["events"])
                 if isinstance(item, dict) and item.get("id") and item.get("type")]
        report = self._new_ids("reports", len(items)) if items else 0
        report_rows = []
        role_rows = []
        reported: set[int] = set()  # the events this article has reported so far
        for index, item in items:
            day = _text(item.get("date")) or times.get(str(item.get("time"))) or None
            if not day and isinstance(published, str):
                day = published[:10]
            roles = {role: [entities[e] for e in _ids(item.get(role)) if e in entities] for role in ROLES}
            event, new = self._event_for(item, day, roles, p.get("outlet"))
            start, end, text = _span(item.get("trigger"))
            if index < len(evidences):
                evidence, evidence_fts = evidences[index]
            else:
                evidence = _evidence(p["text"], sentences, _int(item.get("sentence")), start, end)
                evidence_fts = None
            report_rows.append(
                (report, event, n, str(item["id"]), _text(item["type"]), _text(item.get("mode")),
                 _text(item.get("status")), day, start, end, text, claims.get(str(item.get("claim"))),
                 _int(item.get("sentence")), _float(item.get("confidence")), evidence, json_of("events", index, item)))
            role_rows.extend((report, role, e) for role, ids in roles.items() for e in ids)
            reports[str(item["id"])] = (report, event, day)
            report += 1
            if new:
                if evidence:
                    execute("INSERT INTO events_fts(rowid, text) VALUES (?, ?)",
                            (event, evidence_fts if evidence_fts is not None else _fts(evidence)))
            else:
                self._attach(event, item, day, roles, p.get("outlet"), text, first_from_article=event not in reported)
                self._index_event(event, evidence, evidence_fts)
            reported.add(event)
        many("INSERT OR REPLACE INTO reports(id, event, article, local, type, mode, status, date, trigger_start, trigger_end, "
             "trigger_text, claim, sentence, confidence, evidence, item) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
             report_rows)
        many("INSERT OR IGNORE INTO report_entities(report, role, entity) VALUES (?,?,?)", role_rows)

        rows = []
        for index, item in enumerate(p["figures"]):
            if not isinstance(item, dict) or not item.get("id"):
                continue
            start, end, text = _span(item)
            report, event, event_day = reports.get(str(item.get("event")), (None, None, None))
            who = entities.get(str(item.get("who"))) if item.get("who") else None
            place = entities.get(str(item.get("place"))) if item.get("place") else None
            day = times.get(str(item.get("time"))) if item.get("time") else None
            day = day or event_day or (published[:10] if isinstance(published, str) else None)
            category = _text(item.get("category"))
            if event is not None:
                quantity = f"{category}|event:{event}"
            elif who is not None:
                quantity = f"{category}|who:{who}|{(day or '')[:10]}"
            elif place is not None:
                quantity = f"{category}|place:{place}|{(day or '')[:10]}"
            else:
                quantity = None
            rows.append((n, str(item["id"]), start, end, text, _float(item.get("value")), _float(item.get("min")),
                         _float(item.get("max")), int(bool(item.get("approx"))), category, _text(item.get("unit")),
                         who, report, event, place, claims.get(str(item.get("claim"))), day, quantity,
                         json_of("figures", index, item)))
        many('INSERT OR REPLACE INTO figures(article, local, start, "end", text, value, min, max, approx, '
             "category, unit, who, report, event, place, claim, date, quantity, item) "
             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)

    # -- events across articles

    def _event_for(self, item: dict[str, Any], day: str | None, roles: dict[str, list[int]],
                   outlet: str | None) -> tuple[int, bool]:
        """(the event this report joins, False), or (a new event made from it, True)."""
        found = self._matching_event(str(item["type"]), day, roles)
        if found is not None:
            return found, False
        place = roles["place"][0] if roles["place"] else None
        country = lat = lon = None
        if place is not None:
            row = self.connection.execute("SELECT country, lat, lon FROM entities WHERE id = ?", (place,)).fetchone()
            country, lat, lon = row
        trigger = item.get("trigger") if isinstance(item.get("trigger"), dict) else {}
        event = self.connection.execute(
            "INSERT INTO events(type, mode, status, date, date_end, country, place, lat, lon, label, n_reports, "
            "n_articles, n_outlets, first_seen) VALUES (?,?,?,?,?,?,?,?,?,?,1,1,?,?)",
            (str(item["type"]), _text(item.get("mode")), _text(item.get("status")), day, day, country, place, lat,
             lon, _text(trigger.get("text")), 1 if outlet else 0, _now())).lastrowid
        self.connection.executemany("INSERT OR IGNORE INTO event_entities(event, role, entity) VALUES (?,?,?)",
                                    [(event, role, e) for role, ids in roles.items() for e in ids])
        if outlet:
            self.connection.execute("INSERT INTO event_outlets(event, outlet) VALUES (?, ?)", (event, outlet))
        return event, True

    def _matching_event(self, type_: str, day: str | None, roles: dict[str, list[int]]) -> int | None:
        when = _day(day)
        if when is None or self.merge_window < 0:
            return None
        actors, recipients, places = (set(roles[r]) for r in ROLES)
        if not places and not actors:
            return None
        low = (when - timedelta(days=self.merge_window)).isoformat()
        high = (when + timedelta(days=self.merge_window)).isoformat()
        earliest = (when - timedelta(days=self.merge_window + _MAX_SPAN)).isoformat()
        shared = sorted(places | actors)  # a match shares a place, or (without places) an actor
        marks = ",".join("?" * len(shared))
        candidates = self.connection.execute(
            "SELECT id, date FROM events WHERE type = ? AND date BETWEEN ? AND ? AND coalesce(date_end, date) >= ? "
            f"AND EXISTS (SELECT 1 FROM event_entities ee WHERE ee.event = events.id AND ee.entity IN ({marks})) "
            "ORDER BY date DESC LIMIT 200",
            (type_, earliest, high + "\uffff", low, *shared)).fetchall()
        best: tuple[tuple[int, int], int] | None = None
        for event, event_day in candidates:
            have: dict[str, set[int]] = {r: set() for r in ROLES}
            for role, entity in self.connection.execute(
                    "SELECT role, entity FROM event_entities WHERE event = ?", (event,)):
                have.setdefault(role, set()).add(entity)
            if places and have["place"]:
                if not places & have["place"]:
                    continue
            elif places or have["place"]:
                continue  # one side has a place, the other none: not enough to call it the same
            if actors and have["actor"] and not actors & have["actor"]:
                continue
            if not places and not actors & have["actor"]:
                continue
            if recipients and have["recipient"] and not recipients & have["recipient"]:
                continue
            overlap = len(places & have["place"]) + len(actors & have["actor"]) + len(recipients & have["recipient"])
            distance = abs(((_day(event_day) or when) - when).days)
            score = (overlap, -distance)
            if best is None or score > best[0]:
                best = (score, event)
        return best[1] if best else None

    def _attach(self, event: int, item: dict[str, Any], day: str | None, roles: dict[str, list[int]],
                outlet: str | None, trigger: str | None, *, first_from_article: bool) -> None:
        """Join a report to an existing event: its roles and outlet, and the event's counts,
        dates and status updated in place (not recounted from all its reports)."""
        execute = self.connection.execute
        self.connection.executemany("INSERT OR IGNORE INTO event_entities(event, role, entity) VALUES (?,?,?)",
                                    [(event, role, e) for role, ids in roles.items() for e in ids])
        new_outlet = bool(outlet) and execute("INSERT OR IGNORE INTO event_outlets(event, outlet) VALUES (?, ?)",
                                              (event, outlet)).rowcount == 1
        status = _text(item.get("status"))
        execute(
            "UPDATE events SET n_reports = n_reports + 1, n_articles = n_articles + :a, n_outlets = n_outlets + :o, "
            "date = CASE WHEN date IS NULL OR (:d IS NOT NULL AND :d < date) THEN :d ELSE date END, "
            "date_end = CASE WHEN date_end IS NULL OR (:d IS NOT NULL AND :d > date_end) THEN :d ELSE date_end END, "
            "status = CASE WHEN status IS NULL OR :s = 'asserted' THEN coalesce(:s, status) ELSE status END, "
            "mode = coalesce(mode, :m), label = coalesce(label, :t) WHERE id = :e",
            {"e": event, "d": day, "s": status, "m": _text(item.get("mode")), "t": trigger,
             "a": int(first_from_article), "o": int(new_outlet)})
        if roles["place"]:
            row = execute("SELECT place FROM events WHERE id = ?", (event,)).fetchone()
            if row[0] is None:
                place = roles["place"][0]
                country, lat, lon = execute("SELECT country, lat, lon FROM entities WHERE id = ?", (place,)).fetchone()
                execute("UPDATE events SET place = ?, country = ?, lat = ?, lon = ? WHERE id = ?",
                        (place, country, lat, lon, event))

    def _index_event(self, event: int, evidence: str | None, indexed: str | None = None) -> None:
        if not evidence:
            return
        if indexed is None:
            from khabar.store.search import fts_text

            indexed = fts_text(evidence)
        row = self.connection.execute("SELECT text FROM events_fts WHERE rowid = ?", (event,)).fetchone()
        if row is None:
            self.connection.execute("INSERT INTO events_fts(rowid, text) VALUES (?, ?)", (event, indexed))
        elif indexed not in row[0]:  # the same evidence again (a wire copied by several outlets) adds nothing
            self.connection.execute("UPDATE events_fts SET text = ? WHERE rowid = ?", (row[0] + "\n" + indexed, event))

    def _remove_layers(self, n: int) -> None:
        """Delete everything read from article n; events left without reports go too."""
        execute = self.connection.execute
        events = [row[0] for row in execute("SELECT DISTINCT event FROM reports WHERE article = ?", (n,))]
        execute("DELETE FROM report_entities WHERE report IN (SELECT id FROM reports WHERE article = ?)", (n,))
        execute("DELETE FROM reports WHERE article = ?", (n,))
        for event in events:
            self._rebuild_event(event)
        execute("DELETE FROM figures WHERE article = ?", (n,))
        execute("DELETE FROM claim_sources WHERE claim IN (SELECT id FROM claims WHERE article = ?)", (n,))
        execute("DELETE FROM claims WHERE article = ?", (n,))
        execute("DELETE FROM times WHERE article = ?", (n,))
        execute("DELETE FROM mentions WHERE article = ?", (n,))
        execute("DELETE FROM article_entities WHERE article = ?", (n,))

    def _rebuild_event(self, event: int) -> None:
        execute = self.connection.execute
        execute("DELETE FROM event_entities WHERE event = ?", (event,))
        execute("DELETE FROM event_outlets WHERE event = ?", (event,))
        reports = execute("SELECT r.id, r.date, r.status, r.mode, r.trigger_text, a.outlet FROM reports r "
                          "JOIN articles a ON a.n = r.article WHERE r.event = ? ORDER BY r.id", (event,)).fetchall()
        execute("DELETE FROM events_fts WHERE rowid = ?", (event,))
        if not reports:
            execute("DELETE FROM events WHERE id = ?", (event,))
            execute("UPDATE figures SET event = NULL WHERE event = ?", (event,))
            return
        for (evidence,) in execute("SELECT evidence FROM reports WHERE event = ? ORDER BY id", (event,)).fetchall():
            self._index_event(event, evidence)
        execute("INSERT OR IGNORE INTO event_entities(event, role, entity) SELECT ?, role, entity FROM report_entities "
                "WHERE report IN (SELECT id FROM reports WHERE event = ?)", (event, event))
        execute("INSERT OR IGNORE INTO event_outlets(event, outlet) SELECT DISTINCT ?, a.outlet FROM reports r "
                "JOIN articles a ON a.n = r.article WHERE r.event = ? AND a.outlet IS NOT NULL", (event, event))
        days = sorted(r["date"] for r in reports if r["date"])
        statuses = [r["status"] for r in reports if r["status"]]
        status = "asserted" if "asserted" in statuses else (statuses[0] if statuses else None)
        place = execute("SELECT entity FROM report_entities WHERE role = 'place' AND report = ("
                        "SELECT min(report) FROM report_entities WHERE role = 'place' AND report IN ("
                        "SELECT id FROM reports WHERE event = ?)) LIMIT 1", (event,)).fetchone()
        country = lat = lon = None
        if place:
            country, lat, lon = execute("SELECT country, lat, lon FROM entities WHERE id = ?", (place[0],)).fetchone()
        execute("UPDATE events SET n_reports = ?, n_articles = (SELECT count(DISTINCT article) FROM reports WHERE "
                "event = ?), n_outlets = (SELECT count(*) FROM event_outlets WHERE event = ?), date = ?, date_end = ?, "
                "status = ?, mode = ?, label = ?, place = ?, country = ?, lat = ?, lon = ? WHERE id = ?",
                (len(reports), event, event, days[0] if days else None, days[-1] if days else None, status,
                 next((r["mode"] for r in reports if r["mode"]), None),
                 next((r["trigger_text"] for r in reports if r["trigger_text"]), None),
                 place[0] if place else None, country, lat, lon, event))
