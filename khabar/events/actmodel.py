"""A trained model that picks the actor of a coded event among the entity mentions near it.

The rules of code.py find an actor for most events; where they find none the event is
dropped or merged into an earlier one.  This model scores each candidate actor mention (an
entity mention of an actor type in the trigger's sentence or the one or two before it in the
same paragraph) with a logistic regression over sparse features that hold across outlets: the
candidate's type, where it stands from the trigger, the words around it by class
(data/actor_cues.yaml), what the rules made of it, the trigger's type, kind and voice and the
verb's agreement with it.  No word of a name and no trigger word is a feature.

The weights live in data/actor_model.json, rebuilt from the dev gold by `khabar
train-actors` (khabar/events/actmodel_train.py); docs/actor-model.md tells the numbers.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from khabar.datafile import load_yaml
from khabar.entities.recognise import Mention, Word
from khabar.events.code import ACTOR_TYPES, _mention_gender, _verb_gender, holder_title
from khabar.events.modelslot import ModelSlot, bucket, logistic
from khabar.text.normalise import normalise_word

DATA = Path(__file__).resolve().parent / "data"
MODEL = DATA / "actor_model.json"
CUES = DATA / "actor_cues.yaml"
BACK = 2                                          # sentences of the paragraph before the trigger's
_BREAKS = frozenset("،,؛:")                       # clause breaks inside a sentence


_KINDS = ("verb", "participle", "light", "noun")   # every trigger kind a model may fill


@dataclass
class Context:
    """What the features of one sentence's events read (built once per sentence)."""

    words: list[Word]                             # the words from the first candidate sentence to the trigger's end
    sentence_start: int                           # offset where the trigger's sentence starts
    speakers: set[tuple[int, int]] = field(default_factory=set)   # claim sources of the sentence
    carried: set[str] = field(default_factory=set)                # entity ids of the last sentence's subject
    entity_of: dict = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)               # actor entity ids of the paragraph's earlier events
    salience: dict[str, int] = field(default_factory=dict)        # entity id → how many mentions the article gives it
    top: int = 0                                                  # the most mentions any entity has
    headline: frozenset[str] = frozenset()                        # entity ids the article's first sentence names
    _breaks: list[int] | None = None                              # clause breaks before each word (built on need)

    def breaks_between(self, a: int, b: int) -> int:
        """How many clause breaks stand among words a..b-1."""
        if self._breaks is None:
            counts, n = [0], 0
            for word in self.words:
                n += word.norm in _BREAKS
                counts.append(n)
            self._breaks = counts
        if b <= a:
            return 0
        return self._breaks[min(b, len(self.words))] - self._breaks[max(a, 0)]


@dataclass(frozen=True)
class ActorModel:
    """Logistic-regression weights over feature names; `threshold` is the probability a
    candidate must reach to become an event's actor where the rules found none."""

    weights: dict[str, float]
    bias: float
    threshold: float
    variant: str = "fill"                         # "fill": events the rules left without an actor; "off": none
    kinds: tuple[str, ...] = _KINDS               # the trigger kinds it fills
    kind_thresholds: tuple[tuple[str, float], ...] = ()   # a kind's own threshold ("noun", 0.4), else `threshold`

    def score(self, features: list[str]) -> float:
        """The probability that a candidate with these features is the event's actor."""
        return logistic(self.weights, self.bias, features)

    def threshold_of(self, kind: str) -> float:
        """The probability a candidate must reach to fill an event whose trigger is of this kind."""
        return dict(self.kind_thresholds).get(kind, self.threshold)

    def as_dict(self) -> dict[str, Any]:
        out = {"variant": self.variant, "threshold": self.threshold, "bias": self.bias, "kinds": list(self.kinds),
               "weights": dict(sorted(self.weights.items()))}
        if self.kind_thresholds:
            out["kind_thresholds"] = dict(self.kind_thresholds)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ActorModel":
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data["threshold"]), str(data.get("variant", "fill")),
                   tuple(data.get("kinds") or _KINDS),
                   tuple((str(k), float(v)) for k, v in sorted((data.get("kind_thresholds") or {}).items())))

    def fills(self, event: Any) -> bool:
        """Whether the model may give this event an actor: the rules found none and its
        trigger is of a kind the model fills, and not one the rules leave without a party on
        purpose (a meeting named for a place, session 16: "قمة القاهرة للسلام"; a reported act whose
        subject is a noun that names no entity, round s27: "قال المتحدث إن المهاجم أطلق النار")."""
        return self.variant == "fill" and not event.actor and event.kind in self.kinds \
            and not event.place_named and not getattr(event, "unnamed_agent", False)


_slot: ModelSlot[ActorModel] = ModelSlot(MODEL, ActorModel.from_dict)
model = _slot.model            # the model in force: one set by use(), else the shipped weights
use = _slot.use                # `with use(model):` the pipeline codes with that model (None: with none)
collection = _slot.collection  # `with collection() as rows:` every event the pipeline codes meanwhile
collecting = _slot.collecting


@lru_cache(maxsize=1)
def _raw_cues() -> dict[str, Any]:
    return load_yaml(CUES.read_text("utf-8")) or {}


@lru_cache(maxsize=1)
def cues() -> dict[str, dict[str, str]]:
    """The word classes before and after a candidate, keys normalised."""
    raw = _raw_cues()
    return {side: {normalise_word(word): str(kind) for word, kind in (raw.get(side) or {}).items()}
            for side in ("before", "after")}


@lru_cache(maxsize=1)
def near_words() -> dict[str, frozenset[str]]:
    """The words looked for a few words before a candidate (data/actor_cues.yaml, normalised):
    `relays`, which put a reporting agency or paper after them ("بحسب ما نقلت وكالة …"), and
    `sites`, which make the mention after them the owner of a place ("أمام مقر البرلمان")."""
    raw = _raw_cues()
    return {key: frozenset(normalise_word(w) for w in raw.get(key) or ()) for key in ("relays", "sites")}


def _near(words: list[Word], first: int, key: str, span: int) -> bool:
    """Whether a word of near_words()[key] stands among the `span` words before word `first`."""
    wanted = near_words()[key]
    return any(w.norm in wanted for w in words[max(0, first - span):first])


def agreement(verb: Word, text: str) -> Callable[[Mention], str | None]:
    """Whether a verb's gender agrees with a candidate's ("yes", "no"), or None where either
    does not tell (code.py's reading of both): the verb is read once, each candidate after."""
    wanted = _verb_gender(verb)
    if wanted is None:
        return lambda mention: None

    def agrees(mention: Mention) -> str | None:
        have = _mention_gender(mention, text)
        return None if have is None else "yes" if wanted == have else "no"
    return agrees


def collect(scored: list, entity_of: dict) -> None:
    """Hand one sentence's events and their candidates (with entity ids) to the open collection."""
    for event, ranked in scored:
        _slot.rows().append({"type": event.type, "kind": event.kind, "trigger": list(event.trigger),
                               "rule_actor": [entity_of.get((m.start, m.end)) for m in event.actor],
                               "candidates": [{"entity": entity_of.get((m.start, m.end)), "start": m.start,
                                               "features": feats} for m, feats in ranked]})


def _word_class(word: Word | None, side: str, reporting: Callable[[Word], bool]) -> str:
    """The class of a word next to a candidate: a cue of data/actor_cues.yaml, "holder" (the
    title of an office held in a body, code.holder_title: "شيخ الأزهر", "رئيس البرلمان"), a
    reporting verb, punctuation, the text's edge, or "other"."""
    if word is None:
        return "edge"
    if word.is_punct:
        return "punct"
    if side == "before" and holder_title(word.norm) is not None:
        return "holder"
    found = cues()[side].get(word.norm)
    if found:
        return found
    return "report" if reporting(word) else "other"


def candidates(mentions: list[Mention], mention_starts: list[int], window_start: int, end: int,
               entity_of: dict) -> list[Mention]:
    """The entity mentions of an actor type between two offsets (the window of the trigger's
    sentence and the sentences before it), outermost only, each linked to an entity."""
    found = []
    for m in mentions[bisect.bisect_left(mention_starts, window_start):bisect.bisect_left(mention_starts, end)]:
        if m.type in ACTOR_TYPES and (m.start, m.end) in entity_of and m.end <= end \
                and not (found and found[-1].start <= m.start and m.end <= found[-1].end):
            found.append(m)
    return found


@lru_cache(maxsize=8192)
def _placed(etype: str, kind: str, ctype: str, where: str, side: str, gap: str, breaks: int, pre: str, post: str,
            rank: int) -> tuple[str, ...]:
    """The features of a candidate's type and place (built once for each combination)."""
    return (f"t:{ctype}", f"te:{etype}|{ctype}", f"w:{where}", f"wt:{where}|{ctype}", f"wk:{where}|{kind}",
            f"d:{where}|{gap}", f"cl:{where}|{breaks}", f"pre:{pre}|{side}", f"post:{post}|{side}",
            f"rank:{where}|{rank}")


def features(event: Any, mention: Mention, trigger: int, sentence_of: Callable[[int], int],
             ctx: Context, facts: dict[str, Any]) -> list[str]:
    """The sparse features of one candidate `mention` for `event` (an Event of code.py) whose
    trigger is word `trigger` of ctx.words.  `sentence_of(offset)` is the sentence index of an
    offset; `facts` carries what the caller knows of the trigger word: kind of agreement,
    voice and whether a word is a reporting verb."""
    words, starts = ctx.words, ctx.starts
    first = bisect.bisect_left(starts, mention.start)
    last = max(first, bisect.bisect_left(starts, mention.end) - 1)
    before = mention.start < event.trigger[0]
    back = facts["sentence"] - sentence_of(mention.start)
    side = "b" if before else "a"
    where = f"{side}{back}"
    gap = trigger - last - 1 if before else first - (trigger + facts["length"])
    breaks = ctx.breaks_between(last + 1, trigger) if before else ctx.breaks_between(trigger + facts["length"], first)
    prev = words[first - 1] if first > 0 else None
    nxt = words[last + 1] if last + 1 < len(words) else None
    reporting = facts["reporting"]
    pre = _word_class(prev, "before", reporting)
    if pre in ("qibal", "yad") and first > 1:
        pre = f"{pre}<{_word_class(words[first - 2], 'before', reporting)}"
    etype, kind, ctype = event.type, event.kind, mention.type
    key = (mention.start, mention.end)
    entity = ctx.entity_of.get(key)
    rule_actor = any((m.start, m.end) == key for m in event.actor)
    same_entity = entity in facts["actor_entities"]
    out = facts["event_features"] + list(_placed(etype, kind, ctype, where, side, bucket(gap), min(breaks, 2), pre,
                                                 _word_class(nxt, "after", reporting), min(facts["rank"], 3)))
    if rule_actor:
        out += ["rule:actor", f"rule:actor|{kind}"]
    elif same_entity:
        out.append("rule:same")
    if any((m.start, m.end) == key for m in event.recipient):
        out.append("rule:recipient")
    if key in facts.get("object_actors", ()):  # "ونددت بالعدوان الإسرائيلي": the actor of the act condemned
        out.append("rule:object_actor")
    if key in ctx.speakers:
        out += ["speaker", f"speaker|{side}{back}"]
    if entity in ctx.carried:
        out.append("carried")
    recent = facts["recent"]
    if recent and entity == recent[-1]:
        out += ["last_actor", f"last_actor|{kind}"]
    elif entity in recent:
        out.append("para_actor")
    count = ctx.salience.get(entity, 1)
    out.append(f"sal:{bucket(count)}")
    if count == ctx.top:
        out.append("salient")
    if mention.via == "nisba":
        out += ["nisba", f"nisba|{side}{back}|{bucket(gap)}"]
    if mention.anonymous:
        out.append("anonymous")
    if facts["passive"]:
        out += ["passive", f"passive|{side}|{pre}"]
    agreement = facts["agreement"](mention)
    if agreement:
        out.append(f"agree:{agreement}|{side}")
    out += _noun_features(kind, side, back, gap, pre, ctype, entity, facts, ctx)
    if facts.get("country") and facts["country"](mention):
        out.append("country")
    if facts.get("head") and facts["head"](mention):
        out.append("head")
    return out + _order_features(words, first, side, back, _word_class(nxt, "after", reporting), facts)


_AGENTIVE = frozenset({"qibal<min", "yad<ala", "yad", "qibal", "wasita"})   # "من قبل"، "على يد"، "بواسطة"
_AGAINST = frozenset({"ala", "didd", "bihaqq", "tujah"})                      # "على"، "ضد"، "بحق": whom an act targets


def _noun_features(kind: str, side: str, back: int, gap: int, pre: str, ctype: str, entity: str | None,
                   facts: dict[str, Any], ctx: Context) -> list[str]:
    """Features that tell a verbal noun's actor ("مقتل"، "اعتقال"، "زيارة") from the other parties
    near it, each crossed with the trigger's kind: the noun's owner in idafa (the word right
    after it: "زيارة الرئيس"), an agent after من قبل/على يد/بواسطة, a target after على/ضد/بحق,
    the actor the rules gave another event of the sentence (the clause's verb subject: "أعلنت
    الشرطة اعتقال …"), and a party the article's first sentence (its headline) names."""
    out = []
    if side == "a" and back == 0 and gap == 0:
        out += [f"idafa|{kind}", f"idafa|{kind}|{ctype}"]
    if side == "a" and pre in _AGENTIVE:
        out.append(f"agent|{kind}")
    if pre in _AGAINST:
        out.append(f"target|{side}|{kind}")
    if entity is not None and entity in facts.get("sentence_actors", ()):
        out.append(f"sent_actor|{kind}")
    if entity is not None and entity in ctx.headline:
        out.append(f"headline|{kind}")
    return out


def _order_features(words: list[Word], first: int, side: str, back: int, post: str,
                    facts: dict[str, Any]) -> list[str]:
    """Features of a candidate's place among the clause's parties and the words a few before it:
    whether the trigger's sentence names a party before the trigger (a verb-first clause names
    its subject after the verb, often last, past the object and a place: "ودان … الاتحاد
    الأفريقي"), whether it is the last party after the trigger, whether a relay ("بحسب ما
    نقلت"، "نقلا عن") or a site ("أمام مقر"، "قرب سفارة") stands just before it."""
    out = []
    where = f"{side}{back}"
    opened = "vf" if not facts.get("before0") else "sv"
    out.append(f"open:{opened}|{where}")
    if side == "a" and back == 0:
        out.append(f"open:{opened}|a0|{post}")
        if facts.get("last_after"):
            out += [f"lasta:{opened}", f"lasta:{opened}|{post}"]
    if _near(words, first, "relays", 4):
        out += ["relay", f"relay|{side}"]
    if _near(words, first, "sites", 2):
        out += ["site", f"site|{side}"]
    return out


def event_features(event: Any, facts: dict[str, Any]) -> list[str]:
    """The features every candidate of an event shares: its type, whether the rules gave it an
    actor, and whether it is a definite noun of a type the article coded before (an act named
    again, whose actor the first report gave)."""
    return [f"e:{event.type}", f"ra:{bool(event.actor)}",
            f"seen:{facts.get('seen', False)}|def:{facts.get('definite', False)}"]


def sentence_features(events: list, sentence: int, sentence_start: int, window_start: int,
                      mentions: list[Mention], mention_starts: list[int], ctx: Context,
                      sentence_of: Callable[[int], int], facts_of: Callable[[Any], dict]) -> list[tuple[Any, list[tuple[Mention, list[str]]]]]:
    """For each event of one sentence, its candidates and their features."""
    out = []
    for event in events:
        found = candidates(mentions, mention_starts, window_start, event.trigger[0], ctx.entity_of) + \
            candidates(mentions, mention_starts, event.trigger[1], _sentence_end(ctx), ctx.entity_of)
        if not found:
            out.append((event, []))
            continue
        facts = facts_of(event)
        facts["sentence"] = sentence
        facts["event_features"] = event_features(event, facts)
        facts["actor_entities"] = {ctx.entity_of.get((m.start, m.end)) for m in event.actor}
        facts["recent"] = ctx.recent + [ctx.entity_of.get((m.start, m.end)) for m in facts.get("earlier", ())]
        trigger = facts["index"]
        ranked = []
        counts: dict[tuple[str, int], int] = {}
        order = sorted(found, key=lambda m: -m.start if m.start < event.trigger[0] else m.start)
        here = [m for m in found if sentence_of(m.start) == sentence]
        facts["before0"] = any(m.start < event.trigger[0] for m in here)
        after = [m for m in here if m.start >= event.trigger[1]]
        for m in order:                           # nearest first on each side, per sentence
            where = ("b" if m.start < event.trigger[0] else "a", sentence - sentence_of(m.start))
            counts[where] = counts.get(where, 0) + 1
            facts["rank"] = counts[where]
            facts["last_after"] = bool(after) and m is after[-1]
            ranked.append((m, features(event, m, trigger, sentence_of, ctx, facts)))
        ranked.sort(key=lambda x: x[0].start)
        out.append((event, ranked))
    return out


def _sentence_end(ctx: Context) -> int:
    return ctx.words[-1].end if ctx.words else ctx.sentence_start


_NEVER = frozenset({"pre:holder|a", "pre:holder|b", "rule:recipient", "pre:maa|a"})


def best(scored: list[tuple[Mention, list[str]]], chosen: ActorModel) -> tuple[Mention | None, float]:
    """The candidate the model scores highest, with its probability (None, 0 without any).  A
    body named in the title of its unnamed office holder ("ودعا شيخ الأزهر") is never chosen:
    the holder acts, not the body, and the rules leave such an event without an actor.  Nor is
    the rules' recipient of the event ("… أن ولي العهد استقبل رئيس الوزراء الباكستاني": the
    guest received is not the host), nor a party after مع past the trigger, the counterpart of
    an actor the text does not name ("عقد جلسة مباحثات مع وزير الخارجية الأمريكي")."""
    top, top_score = None, 0.0
    for mention, feats in scored:
        if not _NEVER.isdisjoint(feats):
            continue
        p = chosen.score(feats)
        if p > top_score:
            top, top_score = mention, p
    return top, top_score
