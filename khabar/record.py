"""The khabar article record (schema khabar.article/1, ../shared/spec/record.md).

A Record is the Doc's layers written out as plain data: the CLI prints it, the store keeps
it, the API serves it.  Items are dicts shaped exactly as the spec says, so that a layer
added later (entities, times, figures, events, claims) flows through unchanged.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["SCHEMA", "Record", "article_id", "span"]

SCHEMA = "khabar.article/1"


def article_id(text: str) -> str:
    """Stable id of an article: a hash of its text as read."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def span(text: str, start: int, end: int, **extra: Any) -> dict[str, Any]:
    """A span dict whose `text` is exactly text[start:end]."""
    return {"start": start, "end": end, "text": text[start:end], **extra}


@dataclass
class Record:
    text: str
    id: str
    language: str = "ar"
    source: dict[str, Any] = field(default_factory=lambda: {"path": None, "url": None, "outlet": None})
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[dict[str, int]] = field(default_factory=list)
    tokens: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)

    @property
    def headline(self) -> str | None:
        headline = self.meta.get("headline")
        return headline["text"] if headline else None

    @property
    def published(self) -> str | None:
        return self.meta.get("published")

    def to_dict(self, *, tokens: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "language": self.language,
            "text": self.text,
            "source": self.source,
            "meta": self.meta,
            "sentences": self.sentences,
        }
        if tokens:
            data["tokens"] = self.tokens
        for layer in ("entities", "times", "figures", "events", "claims"):
            data[layer] = getattr(self, layer)
        return data

    def to_json(self, *, indent: int | None = 2, tokens: bool = False) -> str:
        return json.dumps(self.to_dict(tokens=tokens), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Record":
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} record: {data.get('schema')!r}")
        fields = {k: data[k] for k in ("text", "id", "language", "source", "meta", "sentences",
                                       "entities", "times", "figures", "events", "claims") if k in data}
        fields["tokens"] = data.get("tokens", [])
        return cls(**fields)
