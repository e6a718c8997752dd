"""The claims stage as a spaCy component: fills `doc._.claims` (record-shaped)."""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc

from khabar.claims.attribute import find_claims
from khabar.entities.recognise import words_of
from khabar.text.doctext import doc_text

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


def _paragraph_sentences(doc: Doc) -> list[list[tuple[int, int]]]:
    structure = doc._.structure
    sentences = doc._.sentences or []
    units = [(p.start, p.end) for p in structure.paragraphs] if structure else [(0, len(doc_text(doc)))]
    grouped = []
    for start, end in units:
        grouped.append([s for s in sentences if start <= s[0] < end])
    return grouped


@Language.component("khabar_claims")
def claims_component(doc: Doc) -> Doc:
    """Find claims and their chains of sources."""
    text = doc_text(doc)
    mentions = sorted((doc._.mentions or []) if Doc.has_extension("mentions") else [], key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    entity_of = {}
    for entity in doc._.entities or [] if Doc.has_extension("entities") else []:
        for mention in entity["mentions"]:
            entity_of[(mention["start"], mention["end"])] = entity
    batch = []
    for paragraph in _paragraph_sentences(doc):
        for index, (start, end) in enumerate(paragraph):
            words = words_of(doc, start, end)
            inside = mentions[bisect.bisect_left(mention_starts, start):bisect.bisect_left(mention_starts, end)]
            batch.append((words, inside, index == 0))
    claims = find_claims(batch, text)
    own_outlet = _own_outlet(doc, entity_of)
    for claim in claims:
        if len(claim.sources) > 1 and own_outlet and \
                (entity_of.get((claim.sources[-1].start, claim.sources[-1].end)) or {}).get("kb") == own_outlet:
            claim.sources.pop()  # the article's own agency is the outlet, implicit in the chain
    doc._.claims = [_record(claim, index, text, entity_of) for index, claim in enumerate(claims, start=1)]
    return doc


def _own_outlet(doc: Doc, entity_of: dict) -> str | None:
    """The knowledge-base id of the agency the article's dateline names ("(أ ف ب)")."""
    structure = doc._.structure
    if not structure or not structure.dateline or not structure.dateline.agency:
        return None
    from khabar.knowledge import knowledge_base
    from khabar.text.normalise import normalise_word

    words = tuple(normalise_word(structure.dateline.agency.text).replace(".", " ").split())
    hits = [e.kb for e, _ in knowledge_base().lookup(words) if e.type == "ORG"]
    return hits[0] if hits else None


def _record(claim, index: int, text: str, entity_of: dict) -> dict:
    sources = []
    for mention in claim.sources:
        entity = entity_of.get((mention.start, mention.end))
        sources.append({"entity": entity["id"] if entity else None, "start": mention.start, "end": mention.end,
                        "text": text[mention.start:mention.end],
                        "anonymous": bool(entity and entity.get("anonymous")) or mention.anonymous,
                        "country": (entity or {}).get("country") or mention.country})
    cue_start, cue_end = claim.cue
    return {"id": f"c{index}", "kind": claim.kind,
            "cue": {"start": cue_start, "end": cue_end, "text": text[cue_start:cue_end]},
            "content": {"start": claim.content[0], "end": claim.content[1]},
            "certainty": claim.certainty, "sources": sources, "platform": claim.platform}
