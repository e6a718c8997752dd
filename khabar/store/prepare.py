"""Turning a record into what the store writes, on the worker side.

`prepare` does the CPU work that does not need the database (JSON, the normalised text for
the index, the outlet from the URL), once per article, in the worker process that read it
and then writes it.  `pipeline_version` names the reading pipeline that made a record, so
`khabar reprocess` knows which stored records are stale.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from khabar.cache import package_digest
from khabar.store.search import fts_text

__all__ = ["Prepared", "outlet_of", "pipeline_version", "prepare"]

Prepared = dict[str, Any]

# khabar's own parts that do not change what a record says
_NOT_PIPELINE = {"store", "ingest", "serve", "export", "evaluate", "cli.py", "view.py", "display.py", "scale"}


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """khabar's version plus a digest of the code and data the reading pipeline runs on."""
    import khabar

    return f"{khabar.__version__}+{package_digest(frozenset(_NOT_PIPELINE))[:12]}"


def outlet_of(source: dict[str, Any]) -> str | None:
    """The outlet of a source: its `outlet`, else the host of its URL."""
    if source.get("outlet"):
        return str(source["outlet"])
    url = source.get("url")
    if url:
        host = urlsplit(str(url)).hostname or ""
        host = host.removeprefix("www.")
        return host or None
    return None


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # one encoder, not one per item


def _dumps(item: Any) -> str:
    return _ENCODER.encode(item)


def _record_json(record: dict[str, Any], items: dict[str, list[str]]) -> str:
    """The record as compact JSON, its layers joined from their items' JSON already made
    (each item is serialised once, for its row and for the record alike)."""
    parts = []
    for key, value in record.items():
        if key in items:
            parts.append(f"{_dumps(key)}:[{','.join(items[key])}]")
        else:
            parts.append(f"{_dumps(key)}:{_dumps(value)}")
    return "{" + ",".join(parts) + "}"


def _item_json(layer: str, items: list[Any]) -> tuple[list[str], list[str]]:
    """Each item's JSON for the record, and for its row (an entity's row leaves out its
    mentions: those are rows of their own)."""
    full = [_dumps(item) for item in items]
    if layer != "entities":
        return full, full
    rows = [_dumps({k: v for k, v in item.items() if k != "mentions"}) if isinstance(item, dict) else text
            for item, text in zip(items, full)]
    return full, rows


def prepare(record: dict[str, Any], *, published_given: str | None = None, format: str | None = None,
            pipeline: str | None = None) -> Prepared:
    """The article row, ready for Store.add: the record's JSON, each item's JSON, each
    entity's key and each event's evidence, with the record's layers themselves."""
    from khabar.store.db import _evidence, _int, _span, entity_key
    from khabar.text.normalise import normalise_word

    source = dict(record.get("source") or {})
    meta = record.get("meta") or {}
    headline = meta.get("headline")
    layers = {layer: list(record.get(layer) or []) for layer in ("entities", "times", "claims", "events", "figures")}
    text = record["text"]
    sentences = list(record.get("sentences") or [])
    evidence = []
    indexed: dict[str, str] = {}  # events of one sentence share its evidence: index it once
    for item in layers["events"]:
        found = None
        if isinstance(item, dict):
            start, end, _ = _span(item.get("trigger"))
            found = _evidence(text, sentences, _int(item.get("sentence")), start, end)
        if found and found not in indexed:
            indexed[found] = fts_text(found)
        evidence.append((found, indexed[found] if found else None))
    keys = []
    for item in layers["entities"]:
        if isinstance(item, dict):
            names = " ".join(normalise_word(str(n)) for n in (item.get("name_ar"), item.get("name")) if n)
            keys.append((entity_key(item), names))
        else:
            keys.append((None, None))
    dumped = {layer: _item_json(layer, items) for layer, items in layers.items() if layer in record}
    return {
        "id": record["id"],
        "text": record["text"],
        "headline": headline.get("text") if isinstance(headline, dict) else None,
        "published": meta.get("published"),
        "published_given": published_given,
        "outlet": outlet_of(source),
        "url": source.get("url"),
        "path": source.get("path"),
        "format": format,
        "source": json.dumps(source, ensure_ascii=False),
        "record": _record_json(record, {layer: record_items for layer, (record_items, _) in dumped.items()}),
        "pipeline": pipeline or pipeline_version(),
        "fts": fts_text(record["text"]),
        "sentences": sentences,
        "json": {layer: row_items for layer, (_, row_items) in dumped.items()},
        "entity_keys": keys,
        "evidence": evidence,
        **layers,
    }
