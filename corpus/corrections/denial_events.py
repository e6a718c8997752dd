"""Gold correction of session 18's decisions (docs/gold-format.md): a denial is a claim (certainty denied), not a
REJECT event, and spoken condolences are no SUPPORT event.  Removes a gold REJECT event whose trigger is a form of
نفى (نفى، نفت، نفوا، ينفي، تنفي، نافيا، نافية، نفي) and a gold SUPPORT event whose trigger is a word of condolence
(تعازي، تعزية) outside a cable ("برقية تعزية" stays SUPPORT, session 16).  The denial's claim, where the gold lacks
one, needs reading and is not added.

Mechanical and blind: it reads only the gold, and prints nothing but the count of events removed (per split), so
that it can be run over the held-out split without reading it.

    python corpus/corrections/denial_events.py --split test [--apply]
"""
from __future__ import annotations

import re

from blind import run

DENIAL = re.compile(r"^(?:و|ف)?(?:نفى|نفت|نفوا|نفيا|ينفي|تنفي|ينفون|نافيا|نافية|نافين|نفي|النفي)(?:\s|$)")
CONDOLENCE = re.compile(r"تعاز|تعزي")
CABLE = re.compile(r"برقي")


def denial_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold events the two decisions remove."""
    found = []
    for index, event in enumerate(raw.get("events") or []):
        trigger = str(event.get("trigger") or "").strip()
        if event.get("type") == "REJECT" and DENIAL.search(trigger):
            found.append(index)
        elif event.get("type") == "SUPPORT" and CONDOLENCE.search(trigger) and not CABLE.search(trigger):
            found.append(index)
    return found


if __name__ == "__main__":
    run("events", denial_indexes)
