"""The structure stage as a spaCy component: fills `doc._.structure`."""

from spacy.language import Language
from spacy.tokens import Doc

from khabar.reading.structure import read_structure
from khabar.text.doctext import doc_text


@Language.component("khabar_structure")
def structure_component(doc: Doc) -> Doc:
    """Read the article's layout (captions, headline, byline, date line, body)."""
    doc._.structure = read_structure(doc_text(doc))
    return doc
