"""The text of a Doc, computed once: spaCy rebuilds `Doc.text` from its tokens on every
access, and every stage needs it."""

from spacy.tokens import Doc

__all__ = ["doc_text"]


def doc_text(doc: Doc) -> str:
    """`doc.text`, cached in the Doc's user data."""
    text = doc.user_data.get("khabar_text")
    if text is None:
        text = doc.user_data["khabar_text"] = doc.text
    return text
