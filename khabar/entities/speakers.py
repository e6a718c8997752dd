"""Anonymous speakers as GROUP entities (docs/gold-format.md: an unnamed party that speaks, a claim
source, is a GROUP).  The recogniser takes an anonymous head only with a modifier or a nisba
("مسؤولون أمريكيون"), since a bare "المسؤولين" is as often a generic noun; the claims stage reads the
subject of a verb of saying ("وقال مسؤولون إن"، "بحسب مصدر في الحشد"، "وقال متحدث باسمها") and
marks it anonymous.  Such a source with no entity of its own, whose first word is one of
data/speaking_groups.yaml's heads, becomes a GROUP entity, one per surface; the claim's source then
points to it.  Run in the last stage, after the events, so that no event reads it."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from khabar.datafile import load_yaml
from khabar.entities.link import add_unnamed_group
from khabar.text.normalise import normalise_word

__all__ = ["office_heads", "speaking_groups", "speaking_heads"]


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml(resources.files("khabar.entities").joinpath("data/speaking_groups.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def speaking_heads() -> frozenset[str]:
    """The normalised heads of data/speaking_groups.yaml."""
    return frozenset(normalise_word(head) for head in _data()["heads"])


@lru_cache(maxsize=1)
def office_heads() -> frozenset[str]:
    """The heads that name an office before a definite genitive ("مسؤول الإغاثة")."""
    return frozenset(normalise_word(head) for head in _data()["office_heads"])


@lru_cache(maxsize=1)
def _words(key: str) -> frozenset[str]:
    return frozenset(normalise_word(word) for word in _data()[key])


def _is_speaking_group(source: dict, taken: list[tuple[int, int, str]], text: str) -> bool:
    if source.get("entity") is not None or not source.get("anonymous"):
        return False
    words = source["text"].split()
    if not words:
        return False
    if len(words) == 2 and normalise_word(words[0]) in _words("pronoun_body_heads") \
            and normalise_word(words[1]) in _words("pronoun_bodies"):
        return _no_group_over(source, taken)   # "وقال المتحدث باسمها إن": the body's unnamed spokesperson
    if normalise_word(words[0]) not in speaking_heads():
        return False
    if _placed_only(source, taken):
        return False   # "مسؤولون في سهل البقاع": a place locates them, no body they speak for
    if len(words) > 1 and normalise_word(words[0]) in office_heads() and normalise_word(words[1]).startswith("ال"):
        return False   # "مسؤول الإغاثة في الصليب الأحمر": a post, one person's
    if len(words) == 1 and normalise_word(words[0]) in _words("singular_heads"):
        following = text[source["end"]:source["end"] + 40].split()
        if not following or normalise_word(following[0]) not in _words("body_links"):
            return False   # "وقال مسؤول إن": one person of no body named
    return _no_group_over(source, taken)


def _placed_only(source: dict, taken: list[tuple[int, int, str]]) -> bool:
    """Is the source a head, في and a place ("مسؤولون في سهل البقاع")?  The place only locates the
    officials (round 14's rule for the recogniser: a place after في makes no party of officials)."""
    words = source["text"].split()
    if len(words) < 3 or normalise_word(words[1]) != "في":
        return False
    after = source["start"] + source["text"].index(words[1]) + len(words[1]) + 1
    return any(kind in ("GPE", "LOC", "FAC") and start == after and end >= source["end"] - 1
               for start, end, kind in taken)


def _no_group_over(source: dict, taken: list[tuple[int, int, str]]) -> bool:
    """No GROUP the recogniser found stands inside or around the source ("مصدر في الفصائل
    الفلسطينية": that group is the party)."""
    return not any(kind == "GROUP" and start < source["end"] and source["start"] < end for start, end, kind in taken)


def speaking_groups(entities: list[dict], claims: list[dict], text: str) -> None:
    """Add a GROUP entity for each anonymous claim source of a speaking head that has none, and
    point the source to it."""
    taken = [(m["start"], m["end"], e["type"]) for e in entities for m in e["mentions"]]
    by_surface: dict[str, dict] = {}
    for claim in claims:
        for source in claim.get("sources") or []:
            if not _is_speaking_group(source, taken, text):
                continue
            surface = source["text"]
            key = " ".join(normalise_word(w) for w in surface.split())
            entity = by_surface.get(key)
            if entity is None:
                entity = by_surface[key] = add_unnamed_group(entities, surface, source.get("country"))
            if not any(m["start"] == source["start"] for m in entity["mentions"]):
                entity["mentions"].append({"start": source["start"], "end": source["end"], "text": surface,
                                           "via": "role"})
                entity["mentions"].sort(key=lambda m: m["start"])
            source["entity"] = entity["id"]
