"""Full-text search over normalised Arabic.

The index holds each article's text normalised the way khabar matches names
(`khabar.text.normalise`: no diacritics or tatweel, one alef, ى→ي, ة→ه, Western digits,
lower case), so "اسرائيل" finds "إسرائيل".  Arabic glues clitics to words (و, ف, ب, ل, ك,
the article ال), so each query word is expanded to the forms a news text writes it in:
the index also holds every word without the proclitics it starts with, so "غزة" finds
"وغزة" and "بغزة", and "الحرب" (searched with and without its article) finds "والحرب" and
"للحرب"; query words match as prefixes, so suffixed forms count too.  Query words are always quoted: user input can
never reach FTS5's query syntax.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.text.clitics import proclitics
from khabar.text.normalise import normalise, normalise_word

__all__ = ["fts_query", "fts_text", "query_terms", "snippet"]

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_PROCLITICS = proclitics(future=True)
_ARTICLE_PROCLITICS = tuple(p for p in _PROCLITICS if not p.endswith(("ل", "س")))  # ل + ال is written لل
MAX_TERMS = 8


# Proclitic sequences an Arabic word may start with, longest first (normalised spelling).
_STRIPS = ("وبال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "وك", "وس", "فب", "فل",
           "و", "ف", "ب", "ل", "ك", "س")
_TOKEN = re.compile(r"[\u0621-\u064a]{4,}")


_STRIP_SET = frozenset(_STRIPS)


def _stems(word: str) -> list[str]:
    """The word without each proclitic sequence it may start with (at least 3 letters left)."""
    return [word[k:] for k in (1, 2, 3, 4) if len(word) - k >= 3 and word[:k] in _STRIP_SET]


@lru_cache(maxsize=200_000)
def _word_stems(word: str) -> tuple[str, ...]:
    return tuple(_stems(word))


def fts_text(text: str) -> str:
    """What the index stores for `text`: its normalised form, then the forms of its words
    without proclitics (so a query matches "وغزة" and "بغزة" by "غزة" alone)."""
    normalised = normalise_word(text)
    extra = set()
    for word in set(_TOKEN.findall(normalised)):
        extra.update(_word_stems(word))
    return normalised + "\n" + " ".join(sorted(extra))


def query_terms(query: str) -> list[str]:
    """The normalised words of a user query (at most MAX_TERMS, each at least 2 chars)."""
    words = [w for w in _WORD.findall(normalise_word(query or "")) if len(w) >= 2]
    return words[:MAX_TERMS]


def _query_forms(term: str) -> list[str]:
    """Index terms a query word matches as prefixes: itself, and itself without the article."""
    forms = [term]
    if _is_arabic(term) and term.startswith("ال") and len(term) >= 5:
        forms.append(term[2:])
    return forms


def _variants(term: str) -> list[str]:
    """Surface forms of a query word in running text (for snippets)."""
    if not _is_arabic(term):
        return [term]
    forms = [term]
    core = term[2:] if term.startswith("ال") and len(term) > 3 else None
    if core is None:
        forms += [p + term for p in _PROCLITICS]
        core = term
        forms.append("ال" + core)
    forms += [p + "ال" + core for p in _ARTICLE_PROCLITICS]
    forms += ["لل" + core, "ولل" + core, "فلل" + core]
    return list(dict.fromkeys(forms))


def _is_arabic(term: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in term)


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for `query` (every word must match), or None if empty."""
    terms = query_terms(query)
    if not terms:
        return None
    groups = []
    for term in terms:
        alternatives = " OR ".join(f'"{v}"*' for v in _query_forms(term))
        groups.append(f"({alternatives})")
    return " AND ".join(groups)


def _pattern(query: str) -> re.Pattern[str] | None:
    terms = query_terms(query)
    if not terms:
        return None
    forms = sorted({v for t in terms for v in _variants(t)}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")")


def snippet(text: str, query: str, width: int = 90) -> tuple[str, str, str] | None:
    """(before, match, after) around the first place `query` matches `text` as read."""
    pattern = _pattern(query)
    if pattern is None:
        return None
    normalised = normalise(text)
    found = pattern.search(normalised.text)
    if not found:
        return None
    start, end = normalised.span(found.start(), found.end())
    # extend the match to the end of its word in the original
    while end < len(text) and (text[end].isalnum() or "\u064b" <= text[end] <= "\u065f"):
        end += 1
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    before = ("…" if left > 0 else "") + text[left:start]
    after = text[end:right] + ("…" if right < len(text) else "")
    return _SPACES.sub(" ", before), text[start:end], _SPACES.sub(" ", after)
