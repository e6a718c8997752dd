"""The entities stage as a spaCy component: fills `doc._.entities`."""

from __future__ import annotations

import os

from spacy.language import Language
from spacy.tokens import Doc

from khabar.entities.link import link
from khabar.entities.recognise import Mention, recognise, words_of
from khabar.knowledge import knowledge_base
from khabar.reading.component import doc_published
from khabar.text.doctext import doc_text

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)
if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)



_NER_TYPES = {"PER", "ORG"}
# The trained model adds about 1 F1 point on the dev split at several times the cost of
# the rest of the pipeline, so it is off unless asked for: KHABAR_NER=1.
USE_MODEL = os.environ.get("KHABAR_NER") == "1"


def _model_mentions(doc: Doc, known: list[Mention]) -> list[Mention]:
    """Names the trained model finds where no knowledge-base or pattern mention stands.

    Only people and organisations of two words or more: places and countries the
    knowledge base covers far better than a model trained on a few thousand sentences."""
    from khabar.entities.ner import load_ner, predict

    nlp = load_ner()
    if nlp is None:
        return []
    taken = [(m.start, m.end) for m in known]
    found = []
    for start, end, label in predict(nlp, doc):
        if label not in _NER_TYPES or len(doc_text(doc)[start:end].split()) < 2:
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        found.append(Mention(start, end, label, "ner", []))
    return found


@Language.component("khabar_entities")
def entities_component(doc: Doc) -> Doc:
    """Recognise and link every entity mention."""
    words = words_of(doc)
    mentions = recognise(words, (doc._.source or {}).get("outlet"))
    if USE_MODEL:
        mentions = sorted(mentions + _model_mentions(doc, mentions), key=lambda m: m.start)
    doc._.mentions = mentions
    doc._.entities = link(mentions, doc_text(doc), knowledge_base(), doc_published(doc))
    return doc
