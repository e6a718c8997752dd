"""Gold correction of the rule "headlines carry no claims" (docs/gold-format.md, rules for annotators): drop
gold claims whose cue occurs in the article only inside its headline line ("الكرملين: …"، "الوزير يقول إن …");
the body reports the same speech with its own cue and sources.

Mechanical and blind: it reads only the gold and the article text, and prints nothing but the count of claims
changed (per split), so that it can be run over the held-out split without reading it.  The dev gold has none
(the script's dev count is 0).

    python corpus/corrections/headline_claims.py --split test [--apply]
"""
from __future__ import annotations

import re

from blind import headline_span, run


def headline_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold claims whose cue stands only in the headline line."""
    first, last = headline_span(raw, text)
    found = []
    for index, claim in enumerate(raw.get("claims") or []):
        starts = [m.start() for m in re.finditer(re.escape(str(claim.get("cue"))), text)]
        if starts and all(first <= k < last for k in starts):
            found.append(index)
    return found


if __name__ == "__main__":
    run("claims", headline_indexes)
