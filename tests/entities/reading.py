"""What the entities tests read of a record: the entities of a composed text, and the entity a surface
mention belongs to.  One reader for the rounds' composed-sentence tests instead of a copy in each file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import khabar


def entities_of(text: str, published: str = "2024-06-10") -> list[dict]:
    """The record's entities for a text published on that day."""
    return khabar.read(text, published=published).entities


def owner_of(entities: list[dict], surface: str) -> dict | None:
    """The entity with a mention written exactly as the surface, if any."""
    return next((e for e in entities for m in e["mentions"] if m["text"] == surface), None)


@contextmanager
def unnamed_regions() -> Iterator[None]:
    """Read with patterns.yaml regions.unnamed on: the rule that makes a direction before a country a
    region of its own ("شمال سوريا", recognise._region), off by default since round s35."""
    from khabar.entities import recognise

    regions = recognise._patterns()["regions"]
    saved = regions["unnamed"]
    regions["unnamed"] = True
    recognise._recogniser.cache_clear()
    try:
        yield
    finally:
        regions["unnamed"] = saved
        recognise._recogniser.cache_clear()
