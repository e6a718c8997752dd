"""Writing a processed Doc out as a Record.

Stages after the text layer each leave their items on the Doc as lists of dicts already
shaped as the record says (`doc._.entities`, `doc._.times`, …), so a new stage shows up in
the record without a change here.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from khabar.reading.structure import Line
from khabar.record import Record, article_id, span
from khabar.text.doctext import doc_text

__all__ = ["LAYERS", "to_record"]

LAYERS = ("entities", "times", "figures", "events", "claims")


def _line(text: str, line: Line | None, **extra: Any) -> dict[str, Any] | None:
    return span(text, line.start, line.end, **extra) if line is not None else None


def _meta(doc: Doc) -> dict[str, Any]:
    text = doc_text(doc)
    structure = doc._.structure
    given = doc._.published_given
    meta: dict[str, Any] = {
        "headline": _line(text, structure.headline),
        "published": given or structure.published,
        "published_span": None if given else _line(text, structure.published_span),
        "date_line": _line(text, structure.date_line),
        "byline": _line(text, structure.byline),
        "captions": [span(text, c.line.start, c.line.end, kind=c.kind) for c in structure.captions],
        "body": ({"start": structure.body[0], "end": structure.body[1]} if structure.body else None),
        "paragraphs": [{"start": p.start, "end": p.end} for p in structure.paragraphs],
        "asides": [span(text, a.line.start, a.line.end, kind=a.kind) for a in structure.asides],
        "dateline": None,
    }
    if structure.dateline is not None:
        dateline = structure.dateline
        meta["dateline"] = {
            **span(text, dateline.span.start, dateline.span.end),
            "place": _line(text, dateline.place),
            "agency": _line(text, dateline.agency),
        }
    return meta


def to_record(doc: Doc, *, tokens: bool = False) -> Record:
    """The record of a Doc that went through the pipeline."""
    text = doc_text(doc)
    source = {"path": None, "url": None, "outlet": None, **(doc._.source or {})}
    record = Record(text=text, id=article_id(text), source=source, meta=_meta(doc),
                    sentences=[{"start": s, "end": e} for s, e in doc._.sentences or []])
    if tokens:
        record.tokens = [{"start": t.idx, "end": t.idx + len(t.text), "text": t.text, "norm": t.norm_,
                          "lemma": t.lemma_ or None} for t in doc if not t.is_space]
    for layer in LAYERS:
        if Doc.has_extension(layer):
            setattr(record, layer, list(getattr(doc._, layer) or []))
    return record
