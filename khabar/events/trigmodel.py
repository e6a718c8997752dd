"""A trained model of trigger sense: whether an event the rules coded is an event gold would code.

The rules of code.py code every lexicon hit whose context passes hand-written sense checks;
on new outlets about half the events they code are no gold events.  This model scores each
coded event (after component._records merged repeats) with a logistic regression over sparse
features that hold across outlets: the trigger's type and kind, its lexicon entry (the
normalised trigger word, regularised by the fit's L2), tense and prefixes, what the rules
found around it (actor, recipient, place, time, figures, claim content, status, mode), where
it stands (headline, quotation, words from the sentence start, sentence of the article) and
the class of the few words before it (data/trigger_cues.yaml: negation, modal, future,
relative pronoun, بعد/منذ, a stance verb whose object it is: "أدان الهجوم").

The weights live in data/trigger_model.json, rebuilt from dev gold by `khabar
train-triggers` (khabar/events/trigmodel_train.py).  Its variant says how the pipeline uses
it ("off": not at all; "filter": events under the threshold are dropped); the variant and
threshold are chosen by 5-fold cross-validation over dev (benchmarks/trigger_cv.py,
docs/trigger-model.md).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from khabar.datafile import load_yaml
from khabar.events.code import QUOTES
from khabar.events.modelslot import ModelSlot, bucket, logistic
from khabar.text.normalise import normalise_word

DATA = Path(__file__).resolve().parent / "data"
MODEL = DATA / "trigger_model.json"
CUES = DATA / "trigger_cues.yaml"
BEFORE = 3                                        # words before the trigger whose class is read
_PREFIXES = ("و", "ف")                           # conjunctions written onto the trigger word


@dataclass(frozen=True)
class TriggerModel:
    """Logistic-regression weights over feature names; in variant "filter" an event whose
    probability is under `threshold` is dropped."""

    weights: dict[str, float]
    bias: float
    threshold: float
    variant: str = "off"

    def score(self, features: list[str]) -> float:
        """The probability that an event with these features is a gold event."""
        return logistic(self.weights, self.bias, features)

    def as_dict(self) -> dict[str, Any]:
        return {"variant": self.variant, "threshold": self.threshold, "bias": self.bias,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TriggerModel":
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data["threshold"]), str(data.get("variant", "off")))


_slot: ModelSlot[TriggerModel] = ModelSlot(MODEL, TriggerModel.from_dict)
model = _slot.model            # the model in force: one set by use(), else the shipped weights
use = _slot.use                # `with use(model):` the pipeline codes with that model (None: with none)
collection = _slot.collection  # `with collection() as rows:` every event the pipeline codes meanwhile


@lru_cache(maxsize=1)
def cues() -> dict[str, str]:
    """Normalised word → its class (data/trigger_cues.yaml)."""
    raw = load_yaml(CUES.read_text("utf-8")) or {}
    out: dict[str, str] = {}
    for kind, words in raw.items():
        for word in words or ():
            out.setdefault(normalise_word(str(word)), str(kind))
    return out


def lemma(trigger: str) -> str:
    """The trigger's lexicon key: its normalised first word without a conjunction prefix."""
    words = trigger.split()
    return _without_prefix(normalise_word(words[0]) if words else "")


def _without_prefix(first: str) -> str:
    """A normalised word without the conjunction written onto it (وأعلنت → أعلنت), when long enough."""
    return first[1:] if len(first) > 3 and first.startswith(_PREFIXES) else first


def verb_form(word: str) -> str:
    """A verb's tense by its first letters: "future" (سـ + an imperfect prefix), "imperfect"
    (ي ت ن أ), else "perfect".  A reading of the letters only, for a feature."""
    if len(word) > 3 and word[0] == "س" and word[1] in "يتنا":
        return "future"
    if len(word) > 3 and word[0] in "يتن":
        return "imperfect"
    return "perfect"


def word_class(norm: str) -> str | None:
    """The class of a word before a trigger, with a conjunction prefix stripped if needed."""
    found = cues().get(norm)
    if found is None and len(norm) > 2 and norm.startswith(_PREFIXES):
        found = cues().get(norm[1:])
    return found


@dataclass
class Context:
    """What the features of one article's events read: its words, sentences and headline end."""

    text: str
    words: list                                   # khabar.entities.recognise.Word, in text order
    starts: list[int]
    sentences: list[tuple[int, int]]
    headline_end: int
    entity_types: dict[str, str] = field(default_factory=dict)   # entity id → its type (PER, GPE …)
    mentions: list = field(default_factory=list)  # entity mentions (start, end, type), sorted by start
    mention_starts: list[int] = field(init=False)
    quotes: list[int] = field(init=False)         # offsets of the quotation marks of the text

    def __post_init__(self) -> None:
        self.mention_starts = [m[0] for m in self.mentions]
        self.quotes = [k for k, ch in enumerate(self.text) if ch in QUOTES]


def features(event: dict, ctx: Context, same_before: bool, type_seen: bool = False) -> list[str]:
    """The sparse features of one record-shaped event (component._records, before its private
    keys are dropped).  `same_before`: an event of its type was coded earlier in its sentence;
    `type_seen`: earlier in the article."""
    etype, kind = event["type"], event.get("_kind") or "noun"
    start = event["trigger"]["start"]
    raw = event["trigger"]["text"]
    words = raw.split()
    first = normalise_word(words[0]) if words else ""
    key = _without_prefix(first)   # lemma(raw), normalised once
    actor_type = ctx.entity_types.get(event["actor"][0], "?") if event["actor"] else "none"
    out = list(_own(etype, kind, key, event["status"], event["mode"], min(len(event["actor"]), 2), actor_type,
                    bool(event["recipient"]), bool(event["place"]), bool(event["time"]), bool(event["figures"]),
                    bool(event["claim"]), min(len(event["triggers"]), 11), first[:1] in _PREFIXES and len(first) > 3,
                    start < ctx.headline_end))
    out += _sentence_features(event, ctx, kind)
    if same_before:
        out += ["same_sent", f"same_sent|{kind}"]
    out.append(f"seen:{type_seen}|{kind}")
    out += _after_features(event, ctx, kind)
    return out


@lru_cache(maxsize=16384)
def _own(etype: str, kind: str, key: str, status: str, mode: str | None, actors: int, actor_type: str,
         recipient: bool, place: bool, time: bool, figures: bool, claim: bool, triggers: int, conj: bool,
         headline: bool) -> tuple[str, ...]:
    """The features of the event itself (built once for each combination: events repeat them)."""
    out = [f"e:{etype}", f"k:{kind}", f"ek:{etype}|{kind}", f"lx:{etype}|{key}", f"st:{status}|{kind}",
           f"mode:{mode}", f"actor:{actors}|{kind}", f"ea:{etype}|{actors > 0}", f"rec:{recipient}",
           f"place:{place}", f"time:{time}|{kind}", f"fig:{figures}|{etype}", f"claim:{claim}",
           f"n:{bucket(triggers)}", f"conj:{conj}|{kind}"]
    if kind == "verb":
        out.append(f"tense:{verb_form(key)}")
    if kind == "noun":
        out.append(f"def:{key.startswith('ال')}")
        out.append(f"prep:{key[:1] in 'بل' and len(key) > 3}")
    out.append(f"head:{headline}|{kind}")
    out += [f"at:{etype}|{actor_type}", f"atk:{kind}|{actor_type}", f"claimk:{claim}|{kind}"]
    return tuple(out)


def _sentence_features(event: dict, ctx: Context, kind: str) -> list[str]:
    """Where the trigger stands in its sentence and what the words before it are."""
    start = event["trigger"]["start"]
    index = event.get("sentence", 0)
    s_start = ctx.sentences[index][0] if index < len(ctx.sentences) else start
    first = bisect.bisect_left(ctx.starts, s_start)
    here = bisect.bisect_left(ctx.starts, start)
    out = [f"pos:{bucket(here - first)}|{kind}", f"sent:{bucket(index)}"]
    if (bisect.bisect_left(ctx.quotes, start) - bisect.bisect_left(ctx.quotes, s_start)) % 2:
        out.append("quote")
    seen = set()
    for k, word in enumerate(reversed(ctx.words[max(first, here - BEFORE):here]), start=1):
        if word.is_punct:
            out.append(f"pre{k}:punct")
            break
        cls = word_class(word.norm)
        if cls is not None:
            if k == 1:
                out.append(f"pre1:{cls}|{kind}")
            if cls not in seen:
                out.append(f"pre:{cls}")
                seen.add(cls)
    return out


AFTER = 4                                         # words after the trigger read for a party, figure or time


def _after_features(event: dict, ctx: Context, kind: str) -> list[str]:
    """What stands right after the trigger in its clause: the next word's class (its idafa
    owner for a noun: a definite word or a name, "زيارة الرئيس"), whether a name follows within
    a few words (with its type) or ends just before it, and whether the sentence gives a
    figure or a time."""
    end, start = event["trigger"]["end"], event["trigger"]["start"]
    here = bisect.bisect_left(ctx.starts, end)
    nxt = ctx.words[here] if here < len(ctx.words) else None
    starts = ctx.mention_starts
    m = bisect.bisect_left(starts, end)
    limit = ctx.words[min(here + AFTER, len(ctx.words)) - 1].end if here < len(ctx.words) else end
    stop = next((w.start for w in ctx.words[here:here + AFTER] if w.is_punct), limit + 1)
    after = ctx.mentions[m] if m < len(ctx.mentions) and ctx.mentions[m][0] < min(limit, stop) else None
    if nxt is None or nxt.is_punct:
        cls = "punct"
    elif after is not None and after[0] == nxt.start:
        cls = "name"
    else:
        cls = word_class(nxt.norm) or ("def" if nxt.norm.startswith("ال") else "other")
    out = [f"next:{cls}|{kind}", f"ent_after:{after[2] if after else 'none'}|{kind}"]
    k = bisect.bisect_left(starts, start) - 1
    first = ctx.words[max(0, bisect.bisect_left(ctx.starts, start) - AFTER)].start if ctx.words else start
    if k >= 0 and ctx.mentions[k][1] <= start and ctx.mentions[k][1] >= first:
        out.append(f"ent_before:{ctx.mentions[k][2]}|{kind}")
    return out


def article_features(events: list[dict], ctx: Context) -> list[list[str]]:
    """The features of each of an article's events, in order."""
    done: set[tuple[int, str]] = set()
    types: set[str] = set()
    out = []
    for event in events:
        key = (event.get("sentence", 0), event["type"])
        out.append(features(event, ctx, key in done, event["type"] in types))
        done.add(key)
        types.add(event["type"])
    return out


def apply(events: list[dict], ctx_of: Any) -> list[dict]:
    """The events the model keeps (all of them without a filtering model); while collecting,
    every event's row is handed to the open collection.  `ctx_of()` builds the Context (only
    when needed: the model off and no collection cost nothing)."""
    chosen = model()
    filtering = chosen is not None and chosen.variant == "filter"
    if not events or not (filtering or _slot.collecting()):
        return events
    rows = article_features(events, ctx_of())
    if _slot.collecting():
        _slot.rows().extend({"type": e["type"], "triggers": [[t["start"], t["end"]] for t in e["triggers"]],
                               "features": f} for e, f in zip(events, rows))
    if not filtering:
        return events
    return [e for e, f in zip(events, rows) if chosen.score(f) >= chosen.threshold]
