"""Matching a record against gold and counting what is right.

Matching follows docs/evaluation.md: an entity by type and any overlapping mention; a time
by value where its gold text stands; a figure by value and category; an event by type and
actor (date and status scored on the matched events); a claim by its sources in order;
structure field by field.  Every miss and every false item is kept with its sentence so a
developer sees why.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable

from khabar.evaluate.gold import Gold
from khabar.record import Record
from khabar.text.normalise import normalise_word

__all__ = ["COMPONENTS", "Count", "Scores", "evaluate"]

COMPONENTS = ("structure", "entities", "times", "figures", "events", "events_dated", "events_anchored",
              "event_status", "event_date", "claims")


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Count") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Scores:
    """Counts per component and per (component, type), with the errors behind them."""

    counts: dict[str, Count] = field(default_factory=lambda: defaultdict(Count))
    by_type: dict[tuple[str, str], Count] = field(default_factory=lambda: defaultdict(Count))
    errors: list[dict[str, Any]] = field(default_factory=list)
    articles: int = 0
    event_counts: list[tuple[int, int]] = field(default_factory=list)  # (gold, predicted) per article

    def add(self, other: "Scores") -> None:
        for key, count in other.counts.items():
            self.counts[key].add(count)
        for key, count in other.by_type.items():
            self.by_type[key].add(count)
        self.errors.extend(other.errors)
        self.articles += other.articles
        self.event_counts.extend(other.event_counts)

    def f1(self, component: str) -> float:
        return self.counts[component].f1

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "components": {k: v.as_dict() for k, v in sorted(self.counts.items())},
            "by_type": {f"{c}/{t}": v.as_dict() for (c, t), v in sorted(self.by_type.items())},
            "events_per_article_ratio": self.event_ratio(),
            "errors": self.errors,
        }

    def event_ratio(self) -> float | None:
        pairs = [(g, p) for g, p in self.event_counts if g]
        if not pairs:
            return None
        return round(sum(p / g for g, p in pairs) / len(pairs), 4)


def _norm(value: Any) -> str:
    return " ".join(normalise_word(str(value)).split()) if value is not None else ""


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


class _Article:
    """One article's matching state."""

    def __init__(self, gold: Gold, record: Record):
        self.gold = gold
        self.record = record
        self.scores = Scores(articles=1)

    def sentence_at(self, start: int) -> str:
        for sentence in self.record.sentences:
            if sentence["start"] <= start < sentence["end"]:
                return self.record.text[sentence["start"]:sentence["end"]]
        return ""

    def error(self, component: str, kind: str, item: str, start: int | None = None, **detail: Any) -> None:
        self.scores.errors.append({"article": self.gold.id, "component": component, "kind": kind,
                                   "item": item, "sentence": self.sentence_at(start) if start is not None else "",
                                   **detail})

    def count(self, component: str, kind: str | None, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        delta = Count(tp, fp, fn)
        self.scores.counts[component].add(delta)
        if kind:
            self.scores.by_type[(component, kind)].add(delta)

    def first_span(self, surface: str) -> int | None:
        spans = self.gold.spans(surface)
        return spans[0][0] if spans else None

    # -- components ------------------------------------------------------------------
    def structure(self) -> None:
        gold = self.gold.data.get("structure") or {}
        meta = self.record.meta
        fields: list[tuple[str, Any, Any]] = [
            ("headline", gold.get("headline"), (meta.get("headline") or {}).get("text")),
            ("byline", gold.get("byline"), (meta.get("byline") or {}).get("text")),
            ("date_line", gold.get("date_line"), (meta.get("date_line") or {}).get("text")),
            ("published", self.gold.published, (meta.get("published") or "")[:10] or None),
            ("paragraphs", gold.get("paragraphs"), len(meta.get("paragraphs") or [])),
        ]
        dateline = gold.get("dateline") or {}
        got_dateline = meta.get("dateline") or {}
        fields.append(("dateline.place", dateline.get("place"), (got_dateline.get("place") or {}).get("text")))
        fields.append(("dateline.agency", dateline.get("agency"), (got_dateline.get("agency") or {}).get("text")))
        for name, expected, got in fields:
            if _norm(expected) == _norm(got):
                self.count("structure", name, tp=1)
            else:
                self.count("structure", name, fn=1, fp=1 if got not in (None, "") else 0)
                self.error("structure", "wrong", name, expected=expected, got=got)
        expected_captions = [(c["kind"], _norm(c["text"])) for c in gold.get("captions") or []]
        got_captions = [(c["kind"], _norm(c["text"])) for c in meta.get("captions") or []]
        self._match_lists("structure", "captions", expected_captions, got_captions)

    def _match_lists(self, component: str, kind: str, expected: list, got: list) -> None:
        remaining = list(got)
        for item in expected:
            if item in remaining:
                remaining.remove(item)
                self.count(component, kind, tp=1)
            else:
                self.count(component, kind, fn=1)
                self.error(component, "miss", f"{kind}: {item}")
        for item in remaining:
            self.count(component, kind, fp=1)
            self.error(component, "false", f"{kind}: {item}")

    def _greedy(self, component: str, gold_items: list[dict], predicted: list[dict],
                matches: Callable[[dict, dict], bool], kind_of: Callable[[dict], str],
                describe: Callable[[dict], tuple[str, int | None]],
                describe_predicted: Callable[[dict], tuple[str, int | None]],
                prefer: Callable[[dict, dict], bool] | None = None,
                strength: Callable[[dict, dict], int] | None = None) -> list[tuple[dict, dict]]:
        """Pair each gold item with the first unused predicted item that matches it.  With
        `prefer`, the preferred pairs (the same trigger) are made first, for every gold item, and
        only then the others: an earlier gold item with no report of its own words (a headline's
        act) does not take the report of a later one's.  With `strength`, the matching pairs are
        made strongest first over the whole article (ties in gold order): a gold item that shares
        one word with a predicted item ("بلدة تركية" and Türkiye) does not take it from the gold
        item whose every mention it shares."""
        used: set[int] = set()
        hits: dict[int, int] = {}
        if strength:
            ranked = sorted(((-strength(gold_item, p), g, i) for g, gold_item in enumerate(gold_items)
                             for i, p in enumerate(predicted) if matches(gold_item, p)))
            for _, g, i in ranked:
                if g not in hits and i not in used:
                    used.add(i)
                    hits[g] = i
        if prefer:
            for g, gold_item in enumerate(gold_items):
                hit = next((i for i, p in enumerate(predicted)
                            if i not in used and matches(gold_item, p) and prefer(gold_item, p)), None)
                if hit is not None:
                    used.add(hit)
                    hits[g] = hit
        pairs = []
        for g, gold_item in enumerate(gold_items):
            hit = hits.get(g)
            if hit is None:
                hit = next((i for i, p in enumerate(predicted) if i not in used and matches(gold_item, p)), None)
                if hit is not None:
                    used.add(hit)
            if hit is None:
                self.count(component, kind_of(gold_item), fn=1)
                text, start = describe(gold_item)
                self.error(component, "miss", text, start)
            else:
                pairs.append((gold_item, predicted[hit]))
                self.count(component, kind_of(gold_item), tp=1)
        for index, item in enumerate(predicted):
            if index not in used:
                self.count(component, kind_of(item), fp=1)
                text, start = describe_predicted(item)
                self.error(component, "false", text, start)
        return pairs

    def entities(self) -> list[tuple[dict, dict]]:
        gold_entities = self.gold.section("entities")
        for entity in gold_entities:
            entity["_spans"] = [s for m in entity.get("mentions") or [] for s in self.gold.spans(m)]

        def shared(g: dict, p: dict) -> int:
            return sum(_overlaps(g["_spans"], m["start"], m["end"]) for m in p.get("mentions") or [])

        def matches(g: dict, p: dict) -> bool:
            return g.get("type") == p.get("type") and shared(g, p) > 0

        return self._greedy(
            "entities", gold_entities, self.record.entities, matches, lambda e: e.get("type") or "?",
            lambda g: (f"{g.get('type')} {g.get('name')} {g.get('mentions')}", g["_spans"][0][0] if g["_spans"] else None),
            lambda p: (f"{p.get('type')} {p.get('name')} {[m['text'] for m in p.get('mentions') or []]}",
                       (p.get("mentions") or [{}])[0].get("start")),
            strength=shared)

    def times(self) -> None:
        def matches(g: dict, p: dict) -> bool:
            return str(g.get("value")) == str(p.get("value")) and _overlaps(self.gold.spans(g["text"]), p["start"], p["end"])

        self._greedy("times", self.gold.section("times"), self.record.times, matches, lambda t: "time",
                     lambda g: (f"{g['text']} = {g.get('value')}", self.first_span(g["text"])),
                     lambda p: (f"{p['text']} = {p.get('value')}", p["start"]))
        # value accuracy over gold times whose text was found at all
        found = [g for g in self.gold.section("times")
                 if any(_overlaps(self.gold.spans(g["text"]), p["start"], p["end"]) for p in self.record.times)]
        right = [g for g in found if any(str(g.get("value")) == str(p.get("value"))
                                         and _overlaps(self.gold.spans(g["text"]), p["start"], p["end"])
                                         for p in self.record.times)]
        self.scores.counts["times_value"].add(Count(tp=len(right), fp=len(found) - len(right),
                                                     fn=len(found) - len(right)))

    def figures(self) -> None:
        def value_of(item: dict) -> Any:
            return item.get("value")

        def matches(g: dict, p: dict) -> bool:
            same_value = _num(value_of(g)) == _num(value_of(p))
            if g.get("ref"):
                return same_value and bool(p.get("ref")) and _overlaps(self.gold.spans(g["text"]), p["start"], p["end"])
            return (same_value and g.get("category") == p.get("category") and not p.get("ref")
                    and _overlaps(self.gold.spans(g["text"]), p["start"], p["end"]))

        self._greedy("figures", self.gold.section("figures"), self.record.figures, matches,
                     lambda f: f.get("category") or "?",
                     lambda g: (f"{g['text']} = {g.get('value')} {g.get('category')}", self.first_span(g["text"])),
                     lambda p: (f"{p['text']} = {p.get('value')} {p.get('category')}", p["start"]))

    def events(self, entity_pairs: list[tuple[dict, dict]]) -> None:
        by_predicted_id = {p["id"]: g.get("name") for g, p in entity_pairs}
        gold_events = self.gold.section("events")
        predicted = self.record.events

        def actor_names(p: dict) -> set[str]:
            return {_norm(by_predicted_id.get(a, a)) for a in p.get("actor") or []}

        def matches(g: dict, p: dict) -> bool:
            if g.get("type") != p.get("type"):
                return False
            gold_actors = {_norm(a) for a in g.get("actor") or []}
            return not gold_actors or bool(gold_actors & actor_names(p))

        def same_trigger(g: dict, p: dict) -> bool:
            """Status and date are scored on the report of the same words, when there is one."""
            gold, got = _norm(g.get("trigger")), _norm((p.get("trigger") or {}).get("text"))
            return bool(gold and got) and (gold in got or got in gold)

        pairs = self._greedy(
            "events", gold_events, predicted, matches, lambda e: e.get("type") or "?",
            lambda g: (f"{g.get('type')} {g.get('actor')} «{g.get('trigger')}»",
                       self.first_span(g["trigger"]) if g.get("trigger") else None),
            lambda p: (f"{p.get('type')} {p.get('actor')} «{(p.get('trigger') or {}).get('text')}»",
                       (p.get("trigger") or {}).get("start")),
            prefer=same_trigger)
        self._events_dated(gold_events, predicted, pairs)
        self._events_anchored(gold_events, predicted, matches)
        for g, p in pairs:
            for component, key in (("event_status", "status"), ("event_date", "date")):
                expected, got = (_gold_date(g) if key == "date" else g.get(key)), p.get(key)
                if expected == got:
                    self.count(component, str(expected), tp=1)
                else:
                    self.count(component, str(expected), fn=1, fp=1)
                    self.error(component, "wrong", f"{g.get('type')} «{g.get('trigger')}»",
                               (p.get("trigger") or {}).get("start"), expected=expected, got=got)
        self.scores.event_counts.append((len(gold_events), len(predicted)))

    def _events_dated(self, gold_events: list[dict], predicted: list[dict],
                      pairs: list[tuple[dict, dict]]) -> None:
        """`events_dated`: events right in type, actor and date together, over all gold and predicted events
        (issue #5's "events (type, actor, date)").  Unlike `event_date`, which is scored on matched events
        only, matching more events with the wrong date cannot raise or dilute it."""
        dated = [(g, p) for g, p in pairs if _gold_date(g) == p.get("date")]
        right_gold = {id(g) for g, _ in dated}
        right_predicted = {id(p) for _, p in dated}
        for g in gold_events:
            hit = id(g) in right_gold
            self.count("events_dated", g.get("type") or "?", tp=int(hit), fn=int(not hit))
        for p in predicted:
            if id(p) not in right_predicted:
                self.count("events_dated", p.get("type") or "?", fp=1)

    def _events_anchored(self, gold_events: list[dict], predicted: list[dict],
                         matches: Callable[[dict, dict], bool]) -> None:
        """`events_anchored` (a diagnostic row, since session 28): `events` with one more condition, that
        the predicted event was coded over the gold event's own words (one of its triggers overlaps an
        occurrence of the gold trigger).  `events` pairs by type and actor alone, as issue #5 defines
        it, so an act coded from other words of the article, and for a gold event with no actor any
        act of its type, counts as found; this row says how much of `events` rests on that."""
        def anchored(g: dict, p: dict) -> bool:
            spans = self.gold.spans(g["trigger"]) if g.get("trigger") else []
            return matches(g, p) and any(_overlaps(spans, t["start"], t["end"])
                                         for t in p.get("triggers") or [p.get("trigger") or {"start": 0, "end": 0}])
        used: set[int] = set()
        for g in gold_events:
            hit = next((i for i, p in enumerate(predicted) if i not in used and anchored(g, p)), None)
            if hit is not None:
                used.add(hit)
            self.count("events_anchored", g.get("type") or "?", tp=int(hit is not None), fn=int(hit is None))
        for index, p in enumerate(predicted):
            if index not in used:
                self.count("events_anchored", p.get("type") or "?", fp=1)

    def claims(self) -> None:
        def sources_match(g: dict, p: dict) -> bool:
            expected = g.get("sources") or []
            got = p.get("sources") or []
            if len(expected) != len(got):
                return False
            for surface, source in zip(expected, got):
                spans = self.gold.spans(surface)
                if "start" in source:
                    if not _overlaps(spans, source["start"], source["end"]):
                        return False
                elif _norm(surface) not in _norm(source.get("text")) and _norm(source.get("text")) not in _norm(surface):
                    return False
            return True

        self._greedy("claims", self.gold.section("claims"), self.record.claims, sources_match,
                     lambda c: c.get("kind") or "?",
                     lambda g: (f"«{g.get('cue')}» {g.get('sources')}", self.first_span(g["cue"]) if g.get("cue") else None),
                     lambda p: (f"«{(p.get('cue') or {}).get('text')}» {[s.get('text') for s in p.get('sources') or []]}",
                                (p.get("cue") or {}).get("start")))


def _num(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def evaluate(gold: Gold, record: Record) -> Scores:
    """Scores of one record against its gold."""
    article = _Article(gold, record)
    article.structure()
    pairs = article.entities()
    article.times()
    article.figures()
    article.events(pairs)
    article.claims()
    return article.scores


def _gold_date(event: dict) -> str | None:
    """A gold event's date as khabar writes one (YAML may read a bare year or day as a number or date)."""
    return str(event["date"]) if event.get("date") else None
