"""The entities stage as a spaCy component: fills `doc._.entities`."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from khabar.entities.link import link
from khabar.entities.recognise import recognise, words_of
from khabar.knowledge import knowledge_base
from khabar.text.doctext import doc_text

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)
if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)


def _day(doc: Doc) -> date | None:
    value = doc._.published_given or (doc._.structure.published if doc._.structure else None)
    return date.fromisoformat(value[:10]) if value else None


@Language.component("khabar_entities")
def entities_component(doc: Doc) -> Doc:
    """Recognise and link every entity mention."""
    mentions = []
    words = words_of(doc)
    mentions = recognise(words)
    doc._.mentions = mentions
    doc._.entities = link(mentions, doc_text(doc), knowledge_base(), _day(doc))
    return doc
