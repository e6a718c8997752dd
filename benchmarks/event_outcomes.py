"""What became of every gold event of a split: the outcome of each, counted by cause.

    PYTHONPATH=. python benchmarks/event_outcomes.py [--split dev] [--list CAUSE] [--manifest corpus/manifest-Z.yaml]

Outcomes of a gold event (first that applies):
  matched          the scorer paired it with a predicted event
  taken            a predicted event of its type and actor exists, but the one-to-one
                   pairing gave it to another gold event (the record merged two acts)
  actor-missing    khabar coded a trigger of the right type over the gold trigger but no
                   event of it kept an actor (dropped, or merged into an earlier event)
  actor-unfound    a same-type event over the trigger has actors, and the gold actor is an
                   entity the entity scorer did not pair with any predicted entity
  wrong-actor      a same-type event over the trigger has actors, none the gold actor's
  wrong-type       khabar coded a trigger over the gold trigger, of another type only
  no-trigger       nothing coded over the gold trigger (the trigger helper's side)
A `taken` gold event is put down further to what became of its own words (`--list taken:KIND`):
  merged           a trigger of its type coded over its words was merged into a record that
                   begins elsewhere (the merge in component._records joined two acts)
  own              a record begins on its words but was paired with another gold event or has
                   other actors (an actor or pairing question, not a merge)
  dropped          a trigger of its type was coded over its words but is in no record (an
                   actorless mention with no earlier record of its type and mode to join)
  uncoded          no trigger of its type was coded over its words (the record that holds its
                   type and actor tells another act: a trigger gap)
And khabar's false events (`--list false`): coded events none of whose triggers overlaps a gold
event's trigger of any type or actor (a trigger that overlaps one is a wrong-type or wrong-actor
case of that gold event, not a false event of its own).
And the wrong event dates of matched pairs, by cause:
  none-expected    gold has no date, khabar gave one
  missing          gold has a date, khabar gave none
  publication      gold's date is the article's publication day, khabar gave another
  other-time       gold's date is the value of another time khabar found in the article
  unfound          gold's date is no time value khabar found
Only the split named is read (dev by default); run it on dev only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # this checkout's khabar, not the installed one

import khabar
from khabar.evaluate.gold import load_gold
from khabar.evaluate.run import gold_files, gold_sources, manifest_ids
from khabar.evaluate.score import _Article, _norm
from khabar.events import component

ROOT = Path(__file__).resolve().parent.parent
CAUSES = ("matched", "taken", "actor-missing", "actor-unfound", "wrong-actor", "wrong-type", "no-trigger")
DATE_CAUSES = ("none-expected", "missing", "publication", "other-time", "unfound")
TAKEN_KINDS = ("merged", "own", "dropped", "uncoded")

_captured: list = []
_records = component._records


def _capture(coded, *args, **kwargs):
    _captured[:] = [(e.type, e.trigger, bool(e.actor)) for e in coded]
    return _records(coded, *args, **kwargs)


def _overlaps(spans, start, end) -> bool:
    return any(s < end and start < e for s, e in spans)


def outcomes(split: str = "dev", only: set[str] | None = None):
    """Yield (article id, gold event, cause, sentence) for every gold event of the split, and
    (article id, gold event, date cause, got) for each wrong date (`kind` "date"), and
    (article id, khabar event, "false", what it is) for each false event (`false_events`).

    `only`, when given, keeps the split's articles with those ids (e.g. one fresh batch)."""
    component._records = _capture
    try:
        files = gold_files([ROOT / "corpus" / "gold"], split=split)
        if only is not None:
            files = [path for path in files if path.stem in only]
        sources = gold_sources(files)
        for path in files:
            gold = load_gold(path)
            record = khabar.read(gold.text, published=None, source=sources.get(path.stem))
            coded = list(_captured)
            article = _Article(gold, record)
            entity_pairs = article.entities()
            paired_gold = {_norm(g.get("name")) for g, _ in entity_pairs}
            by_id = {p["id"]: _norm(g.get("name")) for g, p in entity_pairs}
            matched = {id(g): p for g, p in _pairs(article, gold, record, entity_pairs)}
            times = {str(t.get("value") or "").split("T")[0] for t in record.times}
            for g in gold.section("events"):
                spans = gold.spans(g["trigger"]) if g.get("trigger") else []
                sentence = article.sentence_at(spans[0][0]) if spans else ""
                gold_actors = {_norm(a) for a in g.get("actor") or []}
                if id(g) in matched:
                    yield path.stem, g, "matched", sentence
                    p = matched[id(g)]
                    expected = str(g["date"]) if g.get("date") else None
                    if expected != p.get("date"):
                        yield path.stem, g, "date:" + _date_cause(expected, p.get("date"), gold, times), \
                            f"{sentence}\n      got {p.get('date')} expected {expected}"
                    continue
                over = [c for c in coded if _overlaps(spans, *c[1])]
                same = [c for c in over if c[0] == g.get("type")]
                events_over = [p for p in record.events if p["type"] == g.get("type") and any(
                    _overlaps(spans, t["start"], t["end"]) for t in p.get("triggers") or [p["trigger"]])]
                any_same = [p for p in record.events if p["type"] == g.get("type")
                            and gold_actors & {by_id.get(a, a) for a in p.get("actor") or []}]
                if any_same:
                    cause = "taken:" + taken_kind(spans, same, record.events, g.get("type"))
                elif not over:
                    cause = "no-trigger"
                elif not same:
                    cause = "wrong-type"
                elif not events_over and not any(c[2] for c in same):
                    cause = "actor-missing"
                elif not gold_actors <= paired_gold and not gold_actors & paired_gold:
                    cause = "actor-unfound"
                elif events_over or any(c[2] for c in same):
                    cause = "wrong-actor"
                else:
                    cause = "actor-missing"
                got = "; ".join(f"{p['type']} {[_name(record, a) for a in p.get('actor') or []]}" for p in events_over)
                yield path.stem, g, cause, f"{sentence}\n      got: {got}"
            gold_spans = [s for g in gold.section("events") if g.get("trigger") for s in gold.spans(g["trigger"])]
            for p in false_events(record.events, gold_spans):
                yield path.stem, p, "false", _describe(record, article, p)
    finally:
        component._records = _records


def taken_kind(spans, coded_same, events, kind) -> str:
    """What became of a `taken` gold event's own words (spans): `coded_same` are the coded
    triggers of its type over them, `events` the records."""
    if not coded_same:
        return "uncoded"
    holding = [p for p in events if p["type"] == kind and any(
        _overlaps(spans, t["start"], t["end"]) for t in p.get("triggers") or [p["trigger"]])]
    if not holding:
        return "dropped"
    if any(_overlaps(spans, p["trigger"]["start"], p["trigger"]["end"]) for p in holding):
        return "own"
    return "merged"


def false_events(events, gold_spans):
    """The coded events none of whose triggers overlaps any gold trigger span (of any event)."""
    return [p for p in events
            if not any(_overlaps(gold_spans, t["start"], t["end"]) for t in p.get("triggers") or [p["trigger"]])]


def _describe(record, article, p) -> str:
    """One false event as the list prints it: type, actors, triggers, then its sentence."""
    triggers = p.get("triggers") or [p["trigger"]]
    words = " + ".join(record.text[t["start"]:t["end"]] for t in triggers)
    actors = [_name(record, a) for a in p.get("actor") or []]
    return f"{p['type']} {actors} «{words}»\n      {article.sentence_at(triggers[0]['start'])}"


def _name(record, entity_id):
    return next((e["name"] for e in record.entities if e["id"] == entity_id), entity_id)


def _pairs(article, gold, record, entity_pairs):
    """The scorer's event pairs, recomputed the way score.events pairs them."""
    scratch = _Article(gold, record)
    pairs = []
    greedy = scratch._greedy

    def keep(*args, **kwargs):
        found = greedy(*args, **kwargs)
        pairs.extend(found)
        return found
    scratch._greedy = keep
    scratch.events(entity_pairs)
    return pairs


def _date_cause(expected, got, gold, times) -> str:
    if not expected:
        return "none-expected"
    if not got:
        return "missing"
    if gold.published and expected == str(gold.published)[:10]:
        return "publication"
    return "other-time" if expected in times else "unfound"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev")
    parser.add_argument("--list", default=None, help="print the gold events of one cause (or date:CAUSE)")
    parser.add_argument("--manifest", action="append", default=[],
                        help="keep the split's articles listed in this manifest (repeatable)")
    args = parser.parse_args(argv)
    if args.split != "dev" and args.list:
        sys.exit("list causes on dev only")
    only = {i for m in args.manifest for i in manifest_ids(Path(m))} if args.manifest else None
    counts, dates, false, taken = Counter(), Counter(), Counter(), Counter()
    for article, g, cause, detail in outcomes(args.split, only):
        if cause == "false":
            false[g["type"]] += 1
            if args.list == "false":
                print(f"{article}: {detail}")
            continue
        if cause.startswith("taken:"):
            taken[cause] += 1
            listed = args.list in ("taken", cause)
            cause = "taken"
            counts[cause] += 1
            if listed:
                print(f"{article}: {g.get('type')} {g.get('actor')} «{g.get('trigger')}» -> {g.get('recipient')} {g.get('date')}")
                print(f"      {detail}")
            continue
        (dates if cause.startswith("date:") else counts)[cause] += 1
        if args.list and cause == args.list:
            print(f"{article}: {g.get('type')} {g.get('actor')} «{g.get('trigger')}» -> {g.get('recipient')} {g.get('date')}")
            print(f"      {detail}")
    total = sum(counts.values())
    print(f"gold events: {total}")
    for cause in CAUSES:
        print(f"  {cause:14} {counts[cause]:5}  {counts[cause] / max(total, 1):.3f}")
        if cause == "taken":
            print("    " + "  ".join(f"{k} {taken['taken:' + k]}" for k in TAKEN_KINDS))
    print(f"false events (no gold trigger overlaps): {sum(false.values())}  "
          + " ".join(f"{t} {n}" for t, n in false.most_common()))
    print(f"wrong dates on matched: {sum(dates.values())}")
    for cause in DATE_CAUSES:
        print(f"  {cause:14} {dates['date:' + cause]:5}")


if __name__ == "__main__":
    main()
