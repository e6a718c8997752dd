"""The events stage as a spaCy component: fills `doc._.events` (record-shaped).

It runs after claims so that an event inside a claim's content points to that claim;
one real action reported twice (headline and body) becomes one event with two triggers.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from khabar.entities.recognise import words_of
from khabar.events.code import code_sentence
from khabar.reading.component import doc_published
from khabar.text.doctext import doc_text

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)



def _paragraph_of(doc: Doc):
    structure = doc._.structure
    starts = [p.start for p in structure.paragraphs] if structure else []

    def paragraph(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1
    return paragraph


# "الحرب المستمرة منذ عام 2014": a time after منذ is where a state began, not the day of
# the event its sentence reports
_SINCE = re.compile(r"(?<!\w)[وف]?منذ\s+$")


def _time_finder(doc: Doc, sentences: list[tuple[int, int]]):
    """The day an event at an offset is about: its sentence's time, else the nearest
    earlier time in the same paragraph, else none."""
    text = doc_text(doc)
    times = [t for t in (doc._.times or []) if t.get("value") and not _SINCE.search(text, max(0, t["start"] - 8), t["start"])
             and not t["text"].startswith("منذ")] if Doc.has_extension("times") else []
    paragraph = _paragraph_of(doc)

    def find(offset: int):
        sentence = next(((s, e) for s, e in sentences if s <= offset < e), None)
        if sentence is None:
            return None
        inside = [t for t in times if sentence[0] <= t["start"] < sentence[1]]
        if inside:
            return min(inside, key=lambda t: abs(t["start"] - offset))
        earlier = [t for t in times if t["start"] < sentence[0] and paragraph(t["start"]) == paragraph(offset)
                   and paragraph(offset) >= 0]
        return earlier[-1] if earlier else None
    return find


def _date_of(time: dict | None) -> str | None:
    """An event's date is a calendar date: a clock time ("2023-11-24T07:00") gives its day."""
    value = (time or {}).get("value")
    return value.split("T")[0] if value and (time or {}).get("grain") == "time" else value


def _as_day(value: str | None) -> date | None:
    if not value or "/" in value or "W" in value:
        return None
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2][:2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


@Language.component("khabar_events")
def events_component(doc: Doc) -> Doc:
    """Code the article's events."""
    text = doc_text(doc)
    sentences = doc._.sentences or []
    mentions = sorted((doc._.mentions or []) if Doc.has_extension("mentions") else [], key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    entity_of = {}
    for entity in (doc._.entities or []) if Doc.has_extension("entities") else []:
        for mention in entity["mentions"]:
            entity_of[(mention["start"], mention["end"])] = entity["id"]
    find_time = _time_finder(doc, sentences)
    published = doc_published(doc)
    coded = []
    for index, (start, end) in enumerate(sentences):
        words = words_of(doc, start, end)
        inside = mentions[bisect.bisect_left(mention_starts, start):bisect.bisect_left(mention_starts, end)]
        day = lambda offset: _as_day((find_time(offset) or {}).get("value"))  # noqa: E731
        coded.extend(code_sentence(words, inside, index, day, published))
    doc._.events = _records(coded, text, entity_of, find_time, doc)
    _link_figures(doc, sentences, find_time, entity_of, mentions)
    return doc


def _link_figures(doc: Doc, sentences, find_time, entity_of, mentions) -> None:
    """Each figure points to the event that lists it, the claim that reports it, the time
    of its sentence (or paragraph) and a place its sentence names."""
    if not Doc.has_extension("figures") or not doc._.figures:
        return
    event_of = {f: e["id"] for e in doc._.events for f in e["figures"]}
    claims = (doc._.claims or []) if Doc.has_extension("claims") else []
    places = [m for m in mentions if m.type in ("GPE", "LOC", "FAC") and m.via != "nisba" and (m.start, m.end) in entity_of]
    for figure in doc._.figures:
        start = figure["start"]
        figure["event"] = figure.get("event") or event_of.get(figure["id"])
        figure["claim"] = figure.get("claim") or next(
            (c["id"] for c in claims if c["content"]["start"] <= start < c["content"]["end"]), None)
        time = find_time(start)
        figure["time"] = figure.get("time") or (time or {}).get("id")
        sentence = next(((a, b) for a, b in sentences if a <= start < b), None)
        if sentence and not figure.get("place"):
            place = next((m for m in places if sentence[0] <= m.start < sentence[1]), None)
            figure["place"] = entity_of[(place.start, place.end)] if place else None


def _ids(mentions, entity_of) -> list[str]:
    return list(dict.fromkeys(entity_of[(m.start, m.end)] for m in mentions if (m.start, m.end) in entity_of))


def _records(coded, text: str, entity_of: dict, find_time, doc: Doc) -> list[dict]:
    figures = (doc._.figures or []) if Doc.has_extension("figures") else []
    claims = (doc._.claims or []) if Doc.has_extension("claims") else []
    sentences = doc._.sentences or []
    merged: dict[tuple, dict] = {}
    for event in coded:
        actor = _ids(event.actor, entity_of)
        time = find_time(event.trigger[0])
        key = (event.type, event.mode, tuple(sorted(actor)), (time or {}).get("value"))
        start, end = event.trigger
        same = merged.get(key) if actor else next(
            (m for k, m in merged.items() if k[:2] == key[:2] and k[3] == key[3]), None)
        if same is not None:
            # one real action reported twice (headline and body): one event, two triggers
            same["triggers"].append({"start": start, "end": end, "text": text[start:end]})
            for field in ("recipient", "place"):
                same[field] = list(dict.fromkeys(same[field] + _ids(getattr(event, field), entity_of)))
            continue
        sentence = sentences[event.sentence] if event.sentence < len(sentences) else (start, end)
        claim = next((c["id"] for c in claims if c["content"]["start"] <= start < c["content"]["end"]), None)
        merged[key] = {
            "id": None, "type": event.type, "mode": event.mode, "context": [], "status": event.status,
            "trigger": {"start": start, "end": end, "text": text[start:end]},
            "triggers": [{"start": start, "end": end, "text": text[start:end]}],
            "actor": actor, "recipient": _ids(event.recipient, entity_of), "place": _ids(event.place, entity_of),
            "time": (time or {}).get("id"), "date": _date_of(time),
            "figures": [f["id"] for f in figures if sentence[0] <= f["start"] < sentence[1]],
            "claim": claim, "sentence": event.sentence, "confidence": event.confidence,
        }
    out = list(merged.values())
    for index, event in enumerate(out, start=1):
        event["id"] = f"v{index}"
    return out
