"""What the claims tests read of a record: its claims, and each claim's isnad as the texts of its
sources in order.  One reader for the rounds' composed-sentence tests instead of a copy in each file."""

from __future__ import annotations

import khabar


def claims_of(text: str, published: str = "2024-06-10", outlet: str | None = None) -> list[dict]:
    """The claims khabar finds in a text published on that day (by that outlet, if given)."""
    source = {"outlet": outlet} if outlet else None
    return khabar.read(text, published=published, source=source).claims


def chains(text: str, published: str = "2024-06-10", outlet: str | None = None) -> list[list[str]]:
    """Each claim's sources, originator first, as their texts."""
    return [[s["text"] for s in claim["sources"]] for claim in claims_of(text, published, outlet)]
