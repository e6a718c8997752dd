"""The entities stage as a spaCy component: fills `doc._.entities`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from khabar.entities.link import capital_place_moves, link, settle_capital_surfaces
from khabar.entities.ner import enabled as ner_enabled
from khabar.entities.recognise import Mention, Word, _patterns, byline_outlet, dateline_agency, recognise, words_of
from khabar.entities.speakers import speaking_groups
from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import place_homonyms
from khabar.reading.component import doc_published
from khabar.text.doctext import doc_text
from khabar.text.normalise import normalise_word

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)
if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)



def _model_mentions(doc: Doc, known: list[Mention]) -> list[Mention]:
    """Names the trained model finds where no knowledge-base or pattern mention stands, of
    the types and length its policy allows (khabar.entities.ner.Policy, docs/ner.md)."""
    from khabar.entities.ner import active, predict

    chosen = active()
    if chosen is None:
        return []
    nlp, policy = chosen
    text = doc_text(doc)
    taken = [(m.start, m.end) for m in known]
    found = []
    for start, end, label in predict(nlp, doc):
        if label not in policy.types or len(text[start:end].split()) < policy.min_words:
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        found.append(Mention(start, end, label, "ner", []))
    return found


def _is_far_homonym(mention: Mention, text: str, words: list[Word]) -> bool:
    """A one-word mention that can only be a city of the generated gazetteer whose name is
    foremost an ordinary word or a first name (knowledge data place-homonyms.yaml: "ميدان"
    square / Medan, "سيول" torrents / Seoul, "هزة" tremor / Heze, "حصار" siege / Hisar), or a
    country so named ("مالي" financial / Mali) where it stands as an adjective would: right
    after a word that is no preposition, joiner, bearing or feminine past verb ("محلل مالي",
    not "في مالي" or "وطردت مالي السفير")."""
    if mention.word_span[1] - mention.word_span[0] != 1 or mention.type != "GPE" or not mention.candidates:
        return False
    if normalise_word(text[mention.start:mention.end]) not in place_homonyms():
        return False
    if all(entry.kind == "country" for entry in mention.candidates):
        first = mention.word_span[0]
        before = words[first - 1] if first > 0 else None
        # after the recogniser's stop words (prepositions, joiners, bearings) it is the country, and
        # a feminine past verb before it has the country for subject: "وطردت مالي السفير"
        return before is not None and not before.is_punct and before.norm not in _patterns()["stops"] \
            and not before.norm.endswith("ت")
    return not any(entry.kind != "city" or entry.curated for entry in mention.candidates)


def _without_far_homonyms(mentions: list[Mention], text: str, words: list[Word]) -> list[Mention]:
    """Drop the far homonyms of a city whose country the article names nowhere else: a
    report on floods in Libya that says "السيول" is not about Seoul, while one that names
    South Korea may well be.  What a dropped mention lent another (the country of a group
    "المتظاهرون في ميدان") is taken back."""
    far = [m for m in mentions if _is_far_homonym(m, text, words)]
    if not far:
        return mentions
    def borrowed(mention: Mention) -> bool:   # its country is that of a far homonym inside it
        return any(f.start >= mention.start and f.end <= mention.end and f.country == mention.country for f in far)

    named = {m.country for m in mentions if m.country and m not in far and not borrowed(m)}
    dropped = [m for m in far if not ({e.country for e in m.candidates} & named)]
    if not dropped:
        return mentions
    kept = []
    for mention in mentions:
        if mention in dropped:
            continue
        if mention.country and mention.country not in named and borrowed(mention):
            mention.country = None
        mention.parts = [part for part in mention.parts if part not in dropped]
        kept.append(mention)
    return kept


def _caption_spans(doc: Doc) -> list[tuple[int, int]]:
    """The offsets of the photo captions and credits the structure stage found."""
    structure = doc._.structure
    return [(caption.line.start, caption.line.end) for caption in (structure.captions if structure else [])]


def _without_caption_groups(mentions: list[Mention], captions: list[tuple[int, int]]) -> list[Mention]:
    """Drop the anonymous GROUP mentions of a photo caption or credit ("مواطنون يتفقدون منزلا مدمرا"،
    "رجال الإطفاء أمام البناية"، "صورة: ناشطون") whose group the body never names: a caption shows
    people, it reports neither an act the events list nor a claim (docs/gold-format.md: a GROUP is an
    entity when it speaks, is a party of an event or is qualified by a country or body; headlines and
    captions carry no claims).  Round s33: of the dev GROUP entities named only in captions, 24 of 30
    are no gold entity."""
    if not captions:
        return mentions
    def in_caption(mention: Mention) -> bool:
        return any(start <= mention.start and mention.end <= end for start, end in captions)

    def caption_group(mention: Mention) -> bool:
        return mention.type == "GROUP" and mention.anonymous and in_caption(mention)

    named = {m.key for m in mentions if m.type == "GROUP" and m.key and not in_caption(m)}
    return [m for m in mentions if not (caption_group(m) and (m.key is None or m.key not in named))]


@Language.component("khabar_entities")
def entities_component(doc: Doc) -> Doc:
    """Recognise and link every entity mention."""
    words, text = words_of(doc), doc_text(doc)
    mentions = _without_far_homonyms(recognise(words, (doc._.source or {}).get("outlet")), text, words)
    byline = doc._.structure.byline if doc._.structure else None
    if byline is not None:
        mentions = sorted(mentions + byline_outlet(words, mentions, byline.start, byline.end), key=lambda m: m.start)
    agency = doc._.structure.dateline.agency if doc._.structure and doc._.structure.dateline else None
    if agency is not None:
        mentions = sorted(mentions + dateline_agency(words, mentions, agency.start, agency.end), key=lambda m: m.start)
    if ner_enabled():
        mentions = sorted(mentions + _model_mentions(doc, mentions), key=lambda m: m.start)
    mentions = _without_caption_groups(mentions, _caption_spans(doc))
    doc._.mentions = mentions
    doc._.entities = link(mentions, text, knowledge_base(), doc_published(doc))
    doc.user_data["khabar_capital_places"] = capital_place_moves(mentions, text)
    return doc


@Language.component("khabar_entity_surfaces")
def entity_surfaces_component(doc: Doc) -> Doc:
    """The last stage: a capital's surface that the article also writes as a place is the city's
    in the record's entities (`settle_capital_surfaces`), after the events and claims read the
    metonymic mentions as the state's; then the anonymous speakers of the claims that have no entity
    become GROUP entities (khabar/entities/speakers.py)."""
    settle_capital_surfaces(doc._.entities or [], doc.user_data.get("khabar_capital_places") or [])
    if doc._.entities is not None:
        doc._.entities = _without_idle_partitives(doc._.entities, _referenced(doc))
    if doc._.entities is not None and Doc.has_extension("claims"):
        speaking_groups(doc._.entities, doc._.claims or [], doc_text(doc))   # anonymous speakers the claims read
    return doc


def _referenced(doc: Doc) -> set[str]:
    """The ids of the entities another layer names: event parties and places, claim sources, the
    people a figure counts and the place it is at."""
    ids: set[str] = set()
    for layer in ("events", "claims", "figures"):
        if not Doc.has_extension(layer):
            continue
        for item in getattr(doc._, layer) or []:
            for key in ("actor", "recipient", "place"):
                value = item.get(key)
                ids.update(value if isinstance(value, list) else [value] if isinstance(value, str) else [])
            ids.update(s.get("entity") for s in item.get("sources") or [] if s.get("entity"))
            if isinstance(item.get("who"), str):
                ids.add(item["who"])
    return ids


def _without_idle_partitives(entities: list[dict], referenced: set[str]) -> list[dict]:
    """Drop an anonymous GROUP every mention of which is "عدد من …" ("اعتقال عدد من الشباب"، "سحبوا جثث
    عدد من الجنود"، "بمشاركة عدد من المحامين") when no event, claim or figure names it and it has no
    country: some of a generic plural, no party unless it acts or speaks (docs/gold-format.md; the
    recogniser keeps it for the events to read).  Round s33: of such dev entities, 8 are no gold entity,
    2 are."""
    heads = _patterns()["idle_partitive_heads"]

    def idle(entity: dict) -> bool:
        return entity["type"] == "GROUP" and bool(entity.get("anonymous")) and not entity.get("country") \
            and entity["id"] not in referenced and bool(entity["mentions"]) \
            and all(normalise_word(m["text"].split()[0]) in heads for m in entity["mentions"] if m["text"].split())
    return [e for e in entities if not idle(e)]
