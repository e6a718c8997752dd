"""The sentence stage as a spaCy component.

Every part of the layout is its own unit (a caption never runs into the headline, a
paragraph never into the next); body paragraphs are split into sentences.  Sentence
offsets go to `doc._.sentences`; token `is_sent_start` flags follow them so that
`doc.sents` agrees.
"""

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from khabar.text.doctext import doc_text
from khabar.text.sentences import split_sentences


def _units(doc: Doc) -> list[tuple[int, int]]:
    structure = doc._.structure
    if structure is None:
        return [(0, len(doc_text(doc)))]
    units = [(c.line.start, c.line.end) for c in structure.captions]
    for line in (structure.headline, structure.byline, structure.date_line):
        if line is not None:
            units.append((line.start, line.end))
    units.extend((p.start, p.end) for p in structure.paragraphs)
    return sorted(units)


@Language.component("khabar_sentences")
def sentences_component(doc: Doc) -> Doc:
    """Sentence boundaries within each layout unit."""
    text = doc_text(doc)
    sentences: list[tuple[int, int]] = []
    for start, end in _units(doc):
        sentences.extend(split_sentences(text, start, end))
    doc._.sentences = sentences
    if len(doc):
        starts = {start for start, _ in sentences}
        flags = [1 if offset in starts else -1 for offset in doc.to_array([IDX]).tolist()]
        flags[0] = 1
        doc.from_array([SENT_START], numpy.array(flags, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc
