"""The store's schema, as a list of versioned migrations.

Each migration is (version, name, SQL).  A store records the versions it has applied in
the `migrations` table and in `PRAGMA user_version`; opening a store applies the missing
ones in order, each in its own transaction.  Never edit a released migration: add the
next one.  docs/store.md describes every table.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate"]

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- one row per article, identified by the hash of its text as read (record.id)
CREATE TABLE articles (
    n               INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    text            TEXT NOT NULL,
    headline        TEXT,
    published       TEXT,
    published_given TEXT,
    outlet          TEXT,
    url             TEXT,
    path            TEXT,
    format          TEXT,
    source          TEXT NOT NULL,
    record          TEXT NOT NULL,
    pipeline        TEXT NOT NULL,
    ingested_at     TEXT NOT NULL,
    processed_at    TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet, published);
CREATE INDEX articles_pipeline ON articles(pipeline);

-- full-text index over the normalised text (contentless: rowid = articles.n)
CREATE VIRTUAL TABLE articles_fts USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2');

-- entities across articles: one per KB id, else one per (type, normalised Arabic name)
CREATE TABLE entities (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,
    kb        TEXT,
    wikidata  TEXT,
    name      TEXT,
    name_ar   TEXT,
    type      TEXT,
    country   TEXT,
    sector    TEXT,
    lat       REAL,
    lon       REAL,
    precision TEXT,
    norm      TEXT
);
CREATE INDEX entities_norm ON entities(norm);
CREATE INDEX entities_type ON entities(type);
CREATE INDEX entities_wikidata ON entities(wikidata);

-- the record's `entities` items: an entity as one article saw it
CREATE TABLE article_entities (
    article INTEGER NOT NULL,
    local   TEXT NOT NULL,
    entity  INTEGER NOT NULL,
    role    TEXT,
    item    TEXT NOT NULL,
    PRIMARY KEY (article, local)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity, article);

CREATE TABLE mentions (
    article INTEGER NOT NULL,
    entity  INTEGER NOT NULL,
    local   TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    TEXT NOT NULL,
    via     TEXT
);
CREATE INDEX mentions_article ON mentions(article);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE times (
    article INTEGER NOT NULL,
    local   TEXT NOT NULL,
    start   INTEGER,
    "end"   INTEGER,
    text    TEXT,
    value   TEXT,
    grain   TEXT,
    anchor  TEXT,
    item    TEXT NOT NULL,
    PRIMARY KEY (article, local)
) WITHOUT ROWID;

CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    article       INTEGER NOT NULL,
    local         TEXT NOT NULL,
    kind          TEXT,
    certainty     TEXT,
    platform      TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    content_start INTEGER,
    content_end   INTEGER,
    item          TEXT NOT NULL,
    UNIQUE (article, local)
);

-- a claim's isnad: position 0 is the originator, then each relay
CREATE TABLE claim_sources (
    claim     INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    entity    INTEGER,
    text      TEXT,
    anonymous INTEGER,
    country   TEXT,
    PRIMARY KEY (claim, position)
) WITHOUT ROWID;
CREATE INDEX claim_sources_entity ON claim_sources(entity);

-- an event: one happening, merged across the articles that report it
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    type       TEXT NOT NULL,
    mode       TEXT,
    status     TEXT,
    date       TEXT,
    date_end   TEXT,
    country    TEXT,
    place      INTEGER,
    lat        REAL,
    lon        REAL,
    label      TEXT,
    n_reports  INTEGER NOT NULL DEFAULT 0,
    n_articles INTEGER NOT NULL DEFAULT 0,
    n_outlets  INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_country_date ON events(country, date);
CREATE INDEX events_status ON events(status, date);
CREATE INDEX events_mode ON events(mode, date);
CREATE INDEX events_place ON events(place);
CREATE INDEX events_reports ON events(n_reports, date);
CREATE INDEX events_outlets ON events(n_outlets, date);

CREATE TABLE event_entities (
    event  INTEGER NOT NULL,
    role   TEXT NOT NULL,
    entity INTEGER NOT NULL,
    PRIMARY KEY (event, role, entity)
) WITHOUT ROWID;
CREATE INDEX event_entities_entity ON event_entities(entity, role, event);

CREATE TABLE event_outlets (
    event  INTEGER NOT NULL,
    outlet TEXT NOT NULL,
    PRIMARY KEY (event, outlet)
) WITHOUT ROWID;
CREATE INDEX event_outlets_outlet ON event_outlets(outlet, event);

-- a report: one article's `events` item, with its own evidence, attached to an event
CREATE TABLE reports (
    id            INTEGER PRIMARY KEY,
    event         INTEGER NOT NULL,
    article       INTEGER NOT NULL,
    local         TEXT NOT NULL,
    type          TEXT,
    mode          TEXT,
    status        TEXT,
    date          TEXT,
    trigger_start INTEGER,
    trigger_end   INTEGER,
    trigger_text  TEXT,
    claim         INTEGER,
    sentence      INTEGER,
    confidence    REAL,
    evidence      TEXT,
    item          TEXT NOT NULL,
    UNIQUE (article, local)
);
CREATE INDEX reports_event ON reports(event);

-- full-text index of each event's evidence: the sentences of its reports (rowid = events.id)
CREATE VIRTUAL TABLE events_fts USING fts5(text, tokenize='unicode61 remove_diacritics 2');

CREATE TABLE report_entities (
    report INTEGER NOT NULL,
    role   TEXT NOT NULL,
    entity INTEGER NOT NULL,
    PRIMARY KEY (report, role, entity)
) WITHOUT ROWID;

-- figures; `quantity` groups the figures that count the same thing (the figure tracker)
CREATE TABLE figures (
    id       INTEGER PRIMARY KEY,
    article  INTEGER NOT NULL,
    local    TEXT NOT NULL,
    start    INTEGER,
    "end"    INTEGER,
    text     TEXT,
    value    REAL,
    min      REAL,
    max      REAL,
    approx   INTEGER,
    category TEXT,
    unit     TEXT,
    who      INTEGER,
    report   INTEGER,
    event    INTEGER,
    place    INTEGER,
    claim    INTEGER,
    date     TEXT,
    quantity TEXT,
    item     TEXT NOT NULL,
    UNIQUE (article, local)
);
CREATE INDEX figures_quantity ON figures(quantity);
CREATE INDEX figures_event ON figures(event);
CREATE INDEX figures_who ON figures(who);
CREATE INDEX figures_category ON figures(category, date);

-- documents that could not be read, with the reason; kept once per (locator, reason)
CREATE TABLE errors (
    id      INTEGER PRIMARY KEY,
    locator TEXT NOT NULL,
    format  TEXT,
    reason  TEXT NOT NULL,
    at      TEXT NOT NULL,
    seen    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (locator, reason)
);
"""

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "initial schema: articles, fts, entities, mentions, times, claims, events, reports, figures, errors", _V1),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def migrate(connection: sqlite3.Connection) -> list[int]:
    """Apply the migrations `connection`'s store lacks; the versions applied."""
    connection.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "applied_at TEXT NOT NULL)")
    done = {row[0] for row in connection.execute("SELECT version FROM migrations")}
    current = connection.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise RuntimeError(f"store schema version {current} is newer than this khabar ({SCHEMA_VERSION}); upgrade khabar")
    applied = []
    for version, name, sql in MIGRATIONS:
        if version in done:
            continue
        # executescript commits first; run the migration as one explicit transaction
        connection.executescript(
            "BEGIN;\n" + sql + "\n"
            f"INSERT INTO migrations(version, name, applied_at) VALUES ({version}, {_quote(name)}, "
            f"{_quote(datetime.now(timezone.utc).isoformat(timespec='seconds'))});\n"
            f"PRAGMA user_version = {version};\nCOMMIT;")
        applied.append(version)
    return applied


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
