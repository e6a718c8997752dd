"""The figures stage as a spaCy component: fills `doc._.figures` with record-shaped dicts
(shared/spec/record.md, `figures`), linking counted groups to `doc._.entities` when the
entities stage ran before it."""

from spacy.language import Language
from spacy.tokens import Doc

from khabar.figures.figures import find_figures
from khabar.text.doctext import doc_text

__all__ = ["figures_component"]

if not Doc.has_extension("figures"):
    Doc.set_extension("figures", default=None)


@Language.component("khabar_figures")
def figures_component(doc: Doc) -> Doc:
    """Numbers that count something, with unit, category, bounds and back-references."""
    entities = doc._.entities if Doc.has_extension("entities") else None
    doc._.figures = find_figures(doc_text(doc), sentences=doc._.sentences, entities=entities)
    return doc
