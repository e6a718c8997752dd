"""What the entities tests read of a record: the entities of a composed text, and the entity a surface
mention belongs to.  One reader for the rounds' composed-sentence tests instead of a copy in each file."""

from __future__ import annotations

import khabar


def entities_of(text: str, published: str = "2024-06-10") -> list[dict]:
    """The record's entities for a text published on that day."""
    return khabar.read(text, published=published).entities


def owner_of(entities: list[dict], surface: str) -> dict | None:
    """The entity with a mention written exactly as the surface, if any."""
    return next((e for e in entities for m in e["mentions"] if m["text"] == surface), None)
