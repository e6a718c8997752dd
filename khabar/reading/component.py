"""The structure stage as a spaCy component: fills `doc._.structure`."""

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from khabar.reading.structure import read_structure
from khabar.text.doctext import doc_text


@Language.component("khabar_structure")
def structure_component(doc: Doc) -> Doc:
    """Read the article's layout (captions, headline, byline, date line, body)."""
    doc._.structure = read_structure(doc_text(doc))
    return doc


def doc_published(doc: Doc) -> date | None:
    """The day the article was published: the date given from outside, else the one its
    date line says; None when neither exists (relative times then stay unresolved)."""
    value = doc._.published_given or (doc._.structure.published if doc._.structure else None)
    return date.fromisoformat(value[:10]) if value else None
