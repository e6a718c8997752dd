"""What the events tests read of a record: each coded event as its type, the texts of its triggers and
its actors' names, and two questions asked of them (is an event of this type on this word; who acts
in it).  One reader for the rounds' composed-sentence tests instead of a copy in each test file."""

from __future__ import annotations

from typing import NamedTuple

import khabar


class Coded(NamedTuple):
    """One coded event as the tests compare it."""

    type: str
    triggers: list[str]
    actors: list[str]


def coded_events(text: str, published: str = "2025-11-30") -> list[Coded]:
    """The events khabar codes in a text published on that day."""
    record = khabar.read(text, published=published)
    names = {e["id"]: e["name"] for e in record.entities}
    return [Coded(v["type"], [t["text"] for t in v["triggers"]], [names.get(a, a) for a in v.get("actor") or []])
            for v in record.events]


def has_event(events: list[Coded], kind: str, word: str, actor: str | None = None) -> bool:
    """Some event of the type has a trigger holding the word (and, if given, the actor among its actors)."""
    return any(e.type == kind and any(word in trigger for trigger in e.triggers)
               and (actor is None or actor in e.actors) for e in events)


def actors_on(events: list[Coded], kind: str, word: str) -> list[str]:
    """The actors of every event of the type with a trigger holding the word."""
    return [a for e in events if e.type == kind and any(word in trigger for trigger in e.triggers) for a in e.actors]
