"""The times stage as a spaCy component: fills `doc._.times` with record-shaped items.

Times in the date line and byline are the article's metadata, not times it reports, and
are left out; captions keep their own dates.
"""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc

from khabar.reading.component import doc_published
from khabar.text.doctext import doc_text
from khabar.text.normalise import normalise
from khabar.times.detect import detect
from khabar.times.resolve import resolve

if not Doc.has_extension("times"):
    Doc.set_extension("times", default=None)



def _excluded(doc: Doc) -> list[tuple[int, int]]:
    structure = doc._.structure
    if structure is None:
        return []
    return [(line.start, line.end) for line in (structure.date_line, structure.byline) if line is not None]


def find_times(doc: Doc) -> list[dict]:
    """The record's `times` for a Doc that has structure and sentences."""
    text = doc_text(doc)
    normalised = doc.user_data.get("khabar_normalised")
    if normalised is None:
        normalised = doc.user_data["khabar_normalised"] = normalise(text)
    excluded = _excluded(doc)
    sentences = [(normalised_offset(normalised, s), normalised_offset(normalised, e)) for s, e in doc._.sentences or []]
    starts = [s for s, _ in sentences]

    def sentence_of(index: int):
        position = bisect.bisect_right(starts, index) - 1
        return sentences[position] if position >= 0 else None

    candidates = [c for c in detect(normalised)
                  if not any(a <= normalised.to_original(c.start) < b for a, b in excluded)]
    items = resolve(candidates, normalised.text, doc_published(doc), sentence_of)
    times = []
    for index, item in enumerate(items):
        candidate = item.pop("_c")
        item.pop("_date", None)
        start, end = normalised.span(candidate.start, candidate.end)
        anchor = item["anchor"]
        if anchor and anchor.startswith("#"):
            anchor = f"t{int(anchor[1:]) + 1}"
        times.append({"id": f"t{index + 1}", "start": start, "end": end, "text": text[start:end],
                      **item, "anchor": anchor})
    return times


def normalised_offset(normalised, original_index: int) -> int:
    """The normalised offset of an original offset (sentence bounds only need to be near)."""
    low, high = 0, len(normalised.text)
    while low < high:
        middle = (low + high) // 2
        if normalised.to_original(middle) < original_index:
            low = middle + 1
        else:
            high = middle
    return low


@Language.component("khabar_times")
def times_component(doc: Doc) -> Doc:
    """Detect and resolve every time expression."""
    doc._.times = find_times(doc)
    return doc
