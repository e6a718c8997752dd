"""Coding events: trigger, arguments, status, confidence.

Triggers come from data/triggers.yaml: verbs by lemma (any inflection or person), verbal
nouns by their normalised form, light-verb phrases ("شن هجومًا").  Arguments come from the
entity mentions around the trigger: the subject (after the verb, or before it), "على يد"
and "من قبل" for passives, the idafa of a verbal noun ("هجوم الجيش"); the recipient from
the object or the preposition the trigger expects; the place from في/من/على + a place.
The date is the sentence's time, else the nearest earlier time in the paragraph, else
unknown — never the publication date by default.  Status reads the clause: hypothetical,
future, negated, historical (long before publication), else asserted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from khabar.entities.recognise import Mention, MentionIndex, Word
from khabar.text.normalise import normalise_word

__all__ = ["Event", "code_sentence", "triggers"]

PLACE_TYPES = {"GPE", "LOC", "FAC"}
ACTOR_TYPES = {"PER", "ORG", "GPE", "GROUP", "NORP"}


@dataclass
class Event:
    type: str
    mode: str | None
    trigger: tuple[int, int]
    actor: list[Mention] = field(default_factory=list)
    recipient: list[Mention] = field(default_factory=list)
    place: list[Mention] = field(default_factory=list)
    status: str = "asserted"
    sentence: int = 0
    confidence: float = 0.5


@lru_cache(maxsize=1)
def triggers() -> dict[str, Any]:
    raw = yaml.safe_load(resources.files("khabar.events").joinpath("data/triggers.yaml").read_text("utf-8"))
    n = normalise_word
    nouns = {}
    for phrase, spec in raw["nouns"].items():
        words = tuple(n(phrase).split())
        nouns[words] = spec
        if words[0].startswith("ال"):
            nouns[(words[0][2:],) + words[1:]] = spec
        else:
            nouns[("ال" + words[0],) + words[1:]] = spec
    return {
        "verbs": {n(k): v for k, v in raw["verbs"].items()},
        "nouns": nouns,
        "noun_first": {w[0] for w in nouns},
        "light": {n(k): {n(x) for x in v} for k, v in raw["light"].items()},
        "weak": {n(w) for w in raw["weak_nouns"]},
        "hypothetical": {n(w) for w in raw["hypothetical"]},
        "future": {n(w) for w in raw["future"]},
        "negation": {n(w) for w in raw["negation"]},
        "historical_days": int(raw["historical_days"]),
    }


class _Args(MentionIndex):
    """Entity mentions of one sentence, indexed by word position."""

    def compound(self, i: int, kinds: set[str]) -> tuple[list[Mention], int]:
        """Mentions at i joined by و: "إسرائيل وحماس" → both."""
        found = self.at(i)
        if not found or found[0].type not in kinds:
            return [], i
        mentions, end = [found[0]], found[1]
        while end + 1 < len(self.words) and self.words[end].norm == "و":
            more = self.at(end + 1)
            if not more or more[0].type not in kinds:
                break
            mentions.append(more[0])
            end = more[1]
        return mentions, end


def _match_trigger(words: list[Word], i: int) -> tuple[dict, int, str] | None:
    """(spec, length in words, kind) of a trigger at word i."""
    t = triggers()
    word = words[i]
    if word.is_punct:
        return None
    lemma = normalise_word(word.lemma or word.norm)
    light = t["light"].get(lemma)
    if light and i + 1 < len(words):
        noun = words[i + 1].norm
        for candidate in (noun, noun[2:] if noun.startswith("ال") else noun, noun.rstrip("ا")):
            spec = t["nouns"].get((candidate,)) or t["nouns"].get(("ال" + candidate,))
            if candidate in light and spec:
                return spec, 2, "light"
        if noun in light and lemma == normalise_word("أطلق") and noun == normalise_word("سراح"):
            return t["nouns"][tuple(normalise_word("إطلاق سراح").split())], 2, "light"
    if word.norm in t["noun_first"]:
        for length in (3, 2, 1):
            if i + length > len(words):
                continue
            key = tuple(w.norm for w in words[i:i + length])
            spec = t["nouns"].get(key)
            if spec and not (length == 1 and key[0] in t["weak"]):
                return spec, length, "noun"
    spec = t["verbs"].get(lemma) or _verb_by_stem(word.norm)
    if spec:
        return spec, 1, "verb"
    return None


def _verb_by_stem(norm: str) -> dict | None:
    """A verb the lemma table missed: the imperfect prefix or the feminine past -ت off
    (تهاجم → هاجم, هاجمت → هاجم)."""
    verbs = triggers()["verbs"]
    if len(norm) >= 4 and norm[0] in "يتن":
        found = verbs.get(norm[1:]) or (verbs.get(norm[1:-1]) if norm.endswith(("ون", "ان")) else None)
        if found:
            return found
    if len(norm) >= 4 and norm.endswith("ت"):
        return verbs.get(norm[:-1])
    return None


def _status(words: list[Word], i: int, event_day: date | None, published: date | None) -> str:
    t = triggers()
    bare = lambda norm: norm[1:] if len(norm) >= 2 and norm[0] in "وف" else norm  # noqa: E731  وقد → قد, وس → س
    window = [bare(w.norm) for w in words[max(0, i - 6):i]]
    before = bare(words[i - 1].norm) if i > 0 else ""
    if before in t["negation"] or (i > 1 and words[i - 2].norm in t["negation"] and before == "يكن"):
        return "negated"
    if set(window) & t["hypothetical"]:
        return "hypothetical"
    if before == "س" or set(window) & t["future"] or any(w.norm in t["future"] for w in words[i:i + 4]):
        return "future"
    if event_day and published and (published - event_day).days > t["historical_days"]:
        return "historical"
    return "asserted"


def code_sentence(words: list[Word], mentions: list[Mention], sentence: int,
                  event_day: "callable", published: date | None) -> list[Event]:
    """Events triggered in one sentence."""
    args = _Args(words, mentions)
    events: list[Event] = []
    i = 0
    while i < len(words):
        if i in args.starts and args.starts[i][0].type in ACTOR_TYPES | PLACE_TYPES and \
                not _match_trigger(words, i):
            i += 1
            continue
        match = _match_trigger(words, i)
        if not match:
            i += 1
            continue
        spec, length, kind = match
        end = i + length
        event = Event(spec["type"], spec.get("mode"), (words[i].start, words[end - 1].end), sentence=sentence)
        _arguments(event, args, i, end, kind, spec)
        day = event_day(words[i].start)
        event.status = _status(words, i, day, published)
        event.confidence = round(min(1.0, 0.4 + 0.25 * bool(event.actor) + 0.15 * bool(event.recipient)
                                     + 0.1 * bool(event.place) + 0.1 * (day is not None)), 2)
        if event.actor or event.recipient or event.place:
            events.append(event)
        i = end
    return events


def _arguments(event: Event, args: _Args, i: int, end: int, kind: str, spec: dict) -> None:
    words = args.words
    # actor: after a verb (VSO), or the idafa of a noun; else before the trigger (SVO)
    actor, after = args.compound(end, ACTOR_TYPES)
    if not actor and kind == "verb":
        # a person after their title: "وسيزور وزير الخارجية الأمريكي أنتوني بلينكن …"
        for j in range(end + 1, min(end + 10, len(words))):
            if words[j].is_punct:
                break
            found = args.at(j)
            if found and found[0].type == "PER" and found[0].role:
                actor, after = [found[0]], found[1]
                break
    if not actor and kind != "verb":
        actor, after = [], end
    if not actor:
        # SVO, possibly across status words: "أمريكا تدرس التفاوض", "إدارة بايدن إمكانية التفاوض"
        t = triggers()
        skippable = t["hypothetical"] | t["future"] | {"قد", "ان"}
        j = i - 1
        while j > 0 and j >= i - 3 and words[j].norm in skippable:
            j -= 1
        before = args.ends.get(j) if j >= 0 else None
        if before is None and j >= 0 and normalise_word(words[j].lemma or "") in t["hypothetical"]:
            before = args.ends.get(j - 1)
        if before and before[0].type in ACTOR_TYPES:
            actor = [before[0]]
    # passive agents: على يد X / من قبل X anywhere after the trigger
    for j in range(end, len(words) - 2):
        if (words[j].norm, words[j + 1].norm) in (("علي", "يد"), ("من", "قبل")):
            agent, _ = args.compound(j + 2, ACTOR_TYPES)
            if agent:
                actor = agent
            break
    event.actor = [m for m in actor if m.type in ACTOR_TYPES]
    cursor = after if event.actor and after > end else end
    # recipient
    preposition = spec.get("recipient")
    if preposition == "object":
        recipient, _ = args.compound(cursor, ACTOR_TYPES | PLACE_TYPES)
        event.recipient = recipient
    elif preposition:
        for j in range(cursor, min(cursor + 6, len(words))):
            if words[j].is_punct:
                break
            if words[j].norm == normalise_word(preposition):
                event.recipient, _ = args.compound(j + 1, ACTOR_TYPES | PLACE_TYPES)
                break
    # place: في/من/على/داخل + a place, in the sentence after the trigger
    for j in range(end, len(words) - 1):
        if words[j].norm in ("في", "من", "علي", "داخل", "قرب", "ب"):
            found = args.at(j + 1)
            if found and found[0].type in PLACE_TYPES and found[0] not in event.recipient:
                event.place = [found[0]]
                break
    if event.mode == "visit" and event.recipient and event.recipient[0].type in PLACE_TYPES:
        event.place = event.place or []
