"""Gold correction of session 17's two claims rules (docs/gold-format.md, "Decided in session 17"): a verb with
no clause and no quote reports no words, so claiming responsibility is no claim ("تبنت الحركة الهجوم"،
"أعلن التنظيم مسؤوليته عن التفجير"), and announcing an act the announcer performs is no claim ("أعلنت البلدية
إغلاق 15 بناية"، "…، معلنا تثبيت أسعار المحروقات").  Removes the gold claims whose cue is a form of تبنى with
no clause of its own, or a form of أعلن (its participle معلن too) whose object is a noun of
khabar/claims/data/announced_acts.yaml, read by khabar.claims.acts exactly as khabar reads it.  A claim is
removed only when every occurrence of its cue near its first source is such a verb (an ambiguous cue stays).

Mechanical and blind: it reads only the gold and the article text, and prints nothing but the count of claims
removed (per split), so that it can be run over the held-out split without reading it.

    python corpus/corrections/unclaimed_acts.py --split test [--apply]
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind import run  # noqa: E402

from khabar.claims.acts import announces_act, relayed_by_report  # noqa: E402
from khabar.claims.attribute import _is_name_word  # noqa: E402
from khabar.text.normalise import normalise_word  # noqa: E402

SENTENCE_END = re.compile(r"[.!?؟\n]")
TOKEN = re.compile(r"\w+|[^\w\s]")
ANNOUNCING = re.compile(r"^[وف]?(س?[ايتن]علن|معلن)(ت|وا|ا|ان|تا|ه|ين|ات|تان|تين)?$")
ADOPTING = re.compile(r"^[وف]?(س?[يتن]?تبن|متبن)(ي|ت|وا|يا|ين|يه)?$")
CLAUSE_OPENERS = frozenset(normalise_word(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "بأنه",
                                                        "بأنها", ":", '"', "«", "“"))
COMPLEMENTIZERS = CLAUSE_OPENERS - frozenset('"«“')   # (quote marks around a name open no clause)
RELATIVES = frozenset(normalise_word(w) for w in ("الذي", "التي", "الذين"))


def _stops(norm: str) -> bool:
    """A mark, a complementizer or a relative pronoun ends the stretch the object is read in."""
    return not any(c.isalnum() for c in norm) or norm in CLAUSE_OPENERS or norm in RELATIVES


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """(normalised word, end offset) of each word and mark of text[start:end]."""
    return [(normalise_word(m.group()), start + m.end()) for m in TOKEN.finditer(text[start:end])]


def _name_ends(tokens: list[tuple[str, int]], mention_ends: set[int]) -> Callable[[int], bool]:
    """Whether token k closes a gold mention or time or is a name word (as khabar reads a subject's end)."""
    return lambda k: tokens[k][1] in mention_ends or _is_name_word(tokens[k][0])


def _verb_word(cue: str) -> str | None:
    """The word of the cue that is a form of تبنى or أعلن ("وأعلنت"، "أعلنت الأمم المتحدة"), if any."""
    return next((w for w in cue.split() if ANNOUNCING.match(normalise_word(w)) or ADOPTING.match(normalise_word(w))),
                None)


def _unclaimed_at(text: str, at: int, cue: str, mention_ends: set[int]) -> bool:
    """Whether the cue at offset `at` is a verb of the two rules with no clause of its own (read from the
    verb on: a cue that holds its subject, "أعلنت الأمم المتحدة", is read from its first word)."""
    verb = _verb_word(cue) or ""
    norm = normalise_word(verb)
    verb_end = at + cue.index(verb) + len(verb)
    end = SENTENCE_END.search(text, verb_end)
    tokens = [(norm, verb_end)] + _tokens(text, verb_end, end.start() if end else len(text))
    norms = [t[0] for t in tokens]
    if ADOPTING.match(norm):   # no complementizer or colon before the clause's first comma or stop
        stretch = next((k for k in range(1, len(norms)) if norms[k] in ("،", ",", ".", "؛")), len(norms))
        return not any(n in COMPLEMENTIZERS for n in norms[1:stretch])
    return announces_act(norms, 0, _stops, _name_ends(tokens, mention_ends))


def _occurrences(text: str, cue: str) -> list[int]:
    """Offsets of the cue as a whole word (no letter right before or after it)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(cue) + r"(?!\w)")
    return [m.start() for m in pattern.finditer(text)]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` starts."""
    return max(text.rfind(mark, 0, at) for mark in ".!?؟\n") + 1


def _near(text: str, at: int, source: str, back: int) -> bool:
    """Whether the source stands in the cue's sentence up to its end (back=0), or with the sentence before
    it too (back=1: a pronoun subject named in the sentence before)."""
    start = _sentence_start(text, at)
    for _ in range(back):
        start = _sentence_start(text, max(start - 1, 0)) if start > 0 else 0
    end = SENTENCE_END.search(text, at)
    return source in text[start:end.start() if end else len(text)]


def _places(text: str, cue: str, sources: list) -> list[int]:
    """The occurrences of the cue that may be the claim's: those with its first source in their sentence,
    else those with it in the sentence before, else every occurrence when the claim names no source."""
    occurrences = _occurrences(text, cue)
    if not sources:
        return occurrences
    for back in (0, 1):
        places = [at for at in occurrences if _near(text, at, str(sources[0]), back)]
        if places:
            return places
    return []


def _reported(text: str, at: int, sources: list) -> bool:
    """Whether an according-to phrase stands between the cue at `at` and its last source (as khabar reads
    it: acts.relayed_by_report)."""
    end = text.find(str(sources[-1]), at)
    return end > at and relayed_by_report([normalise_word(w) for w in text[at:end].split()])


def unclaimed_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold claims the two rules remove."""
    surfaces = [str(mention) for entity in raw.get("entities") or [] for mention in entity.get("mentions") or []]
    surfaces += [str(time["text"]) for time in raw.get("times") or []]   # (a time before the object, as khabar)
    mention_ends = {m.end() for surface in surfaces for m in re.finditer(re.escape(surface), text)}
    found = []
    for index, claim in enumerate(raw.get("claims") or []):
        cue = str(claim.get("cue") or "")
        verb = _verb_word(cue)
        if verb is None:
            continue
        sources = list(claim.get("sources") or [])
        places = _places(text, cue, sources)
        if len(sources) > 1 and not ADOPTING.match(normalise_word(verb)) and any(_reported(text, at, sources) for at in places):
            continue   # "أعلن X …، وفق ما نقلته وكالة Y": the outlet's report of the announcement stays
        if places and all(_unclaimed_at(text, at, cue, mention_ends) for at in places):
            found.append(index)
    return found


if __name__ == "__main__":
    run("claims", unclaimed_indexes)
