"""Crowds counted by their size as the actors of their protest.

"خرج آلاف السودانيين إلى الشوارع"، "تظاهر المئات أمام البرلمان"، "تجمع العشرات من ذوي الضحايا"،
"وكان آلاف الجزائريين قد خرجوا": the crowd is the party that protests.  The entity stage gives such
a crowd no mention of its own (a crowd of citizens is the figure's; a nisba inside it is its state),
so the protest had no actor, or the crowd's state for one.  A protest whose subject is a counted
crowd, right after its verb or right before it, gets the crowd as a GROUP entity (made here, one
per surface), or the group mention the entity stage found inside the crowd ("أنصار قوى الإطار").
Plural verbs joined after the protest in the same sentence ("وأغلقوا الطرق") are the crowd's too.
The words are data: triggers.yaml crowds and crowd_links, arguments.yaml crowd_kin_heads and
crowd_joined_suffixes.
"""

from __future__ import annotations

import bisect

from khabar.entities.recognise import Mention, Word
from khabar.events.code import Event, arguments, triggers

_BEFORE_VERB = "قد"                               # "وكان آلاف الجزائريين قد خرجوا"


def crowd_end(words: list[Word], a: int) -> int | None:
    """The end (exclusive word index) of a crowd opening at word a: its count words ("آلاف"،
    "عشرات الآلاف"), an optional من, and whom it counts - a definite noun ("السودانيين") or a noun
    of kin or following with the word after it ("أبناء الهوسا"، "أنصار الحزب"); a definite count
    word may stand alone ("خرج الآلاف"). None if no crowd opens at a."""
    t, kin = triggers(), arguments()["crowd_kin_heads"]
    n = len(words)
    if a >= n or words[a].norm not in t["crowds"]:
        return None
    b = a + 1
    if b < n and words[b].norm in t["crowds"]:
        b += 1                                    # "عشرات الآلاف"، "مئات الآلاف"
    linked = b < n and words[b].norm in t["crowd_links"]
    c = b + 1 if linked else b
    if c < n and not words[c].is_punct:
        if words[c].norm in kin and c + 1 < n and not words[c + 1].is_punct:
            return c + 2                          # "الآلاف من أبناء الهوسا"، "العشرات من ذوي الضحايا"
        if words[c].norm.startswith("ال") and words[c].norm not in t["crowds"]:
            return c + 1                          # "آلاف السودانيين"، "المئات من المحتجين"
    if linked:
        return None                               # "عشرات من …" with no people after: not a crowd we can name
    definite = words[a].norm.startswith("ال") and words[a].norm[2:] in t["crowds"]   # not آلاف, read الاف
    return b if definite or b > a + 1 else None   # "خرج الآلاف"، "عشرات الآلاف"


def _crowd_at_verb(words: list[Word], k: int) -> tuple[int, int] | None:
    """The crowd that is the subject of the verb at word k: right after it, or ending right
    before it (with قد between: "وكان آلاف الجزائريين قد خرجوا")."""
    end = crowd_end(words, k + 1)
    if end is not None:
        return k + 1, end
    last = k - 1 if k >= 1 and words[k - 1].norm == _BEFORE_VERB else k
    for a in range(max(0, last - 5), last):
        if crowd_end(words, a) == last:
            return a, last
    return None


def _gathered_crowd(words: list[Word], k: int) -> tuple[int, int] | None:
    """The crowd after a verb of going out or gathering earlier in the sentence than the protest
    noun at word k ("خرج المئات من أنصار الحزب، مساء الثلاثاء، في تظاهرات"), at most fifteen words
    before it."""
    verbs = arguments()["crowd_gathering_verbs"]
    for v in range(k - 1, max(-1, k - 16), -1):
        norm = words[v].norm
        if norm in verbs or norm[:1] in ("و", "ف") and norm[1:] in verbs:
            end = crowd_end(words, v + 1)
            return (v + 1, end) if end is not None and end <= k else None
    return None


def _group_mention(words: list[Word], inside: list[Mention], a: int, b: int) -> Mention | None:
    """A GROUP mention the entity stage found within the crowd ("أنصار قوى الإطار التنسيقي")."""
    lo, hi = words[a].start, words[b - 1].end
    return next((m for m in inside if m.type == "GROUP" and lo <= m.start and m.end <= hi + 40
                 and m.start < hi), None)


def crowd_actors(found: list[Event], words: list[Word], inside: list[Mention], make_group) -> None:
    """Give each protest of a sentence whose subject is a counted crowd that crowd as its actor
    (replacing a state named by a nisba inside the crowd), and each plural verb joined after it
    with no actor the same crowd.  `make_group(start, end)` returns the GROUP mention for a span."""
    types = triggers()["crowd_types"]
    suffixes = arguments()["crowd_joined_suffixes"]
    starts = [w.start for w in words]
    crowd: list[Mention] | None = None
    for event in sorted(found, key=lambda e: e.trigger[0]):
        k = bisect.bisect_left(starts, event.trigger[0])
        if k >= len(words) or words[k].start != event.trigger[0]:
            continue
        if event.type in types:
            span = _crowd_at_verb(words, k) or (None if event.actor else _gathered_crowd(words, k))
            if span is None:
                continue
            a, b = span
            lo, hi = words[a].start, words[b - 1].end
            if event.actor and not all(lo <= m.start and m.end <= hi and m.type != "GROUP" for m in event.actor):
                continue                          # a party of its own named: "تظاهر عشرات من أنصار الحزب" as coded
            group = _group_mention(words, inside, a, b)
            crowd = [group] if group is not None else [make_group(lo, hi)]
            event.actor = crowd
        elif crowd and not event.actor and event.kind == "verb" and words[k].norm.endswith(suffixes):
            event.actor = crowd                   # "… وأغلقوا الطرق": the crowd goes on
