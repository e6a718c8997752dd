"""The claims stage as a spaCy component: fills `doc._.claims` (record-shaped)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from khabar.claims.attribute import _cues, find_claims
from khabar.entities.recognise import words_of
from khabar.text.doctext import doc_text

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("calls"):
    Doc.set_extension("calls", default=None)   # calls told without a quote: no claims, their callers act (events)


def _paragraph_sentences(doc: Doc) -> list[list[tuple[int, int]]]:
    structure = doc._.structure
    sentences = doc._.sentences or []
    units = [(p.start, p.end) for p in structure.paragraphs] if structure else [(0, len(doc_text(doc)))]
    firsts = [s[0] for s in sentences]   # (sentences come in text order: each paragraph's are a slice)
    return [sentences[bisect.bisect_left(firsts, start):bisect.bisect_left(firsts, end)] for start, end in units]


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
    times = sorted((t["start"], t["end"]) for t in (doc._.times or [] if Doc.has_extension("times") else []))
    batch = []
    in_time = []
    for paragraph in _paragraph_sentences(doc):
        for index, (start, end) in enumerate(paragraph):
            words = words_of(doc, start, end)
            inside = mentions[bisect.bisect_left(mention_starts, start):bisect.bisect_left(mention_starts, end)]
            batch.append((words, inside, index == 0))
            first = bisect.bisect_left(times, (start, -1))
            in_time.append(times[first:bisect.bisect_left(times, (end, -1))])
    calls: list = []
    claims = find_claims(batch, text, in_time, calls)
    if any(len(claim.sources) > 1 for claim in claims):
        own_kb, own_words, own_latin, by_name = _own_outlet(doc)
        for claim in claims:
            if len(claim.sources) > 1 and _is_own(claim.sources[-1], text, entity_of, own_kb, own_words, own_latin,
                                                  by_name):
                claim.sources.pop()  # the article's own outlet is implicit in the chain
    doc._.claims = [_record(claim, index, text, entity_of) for index, claim in enumerate(claims, start=1)]
    doc._.calls = [_record(call, 0, text, entity_of) for call in calls]
    return doc


def _own_outlet(doc: Doc) -> tuple[set[str], list[tuple[str, ...]], str | None, bool]:
    """The article's own outlet: the knowledge-base ids of the outlet the source names, or of
    the agency its dateline names ("(أ ف ب)") when the source names none, the words of the lines
    that name it (that agency, the byline "رام الله ــ العربي الجديد", "سكاي نيوز عربية - أبوظبي"),
    its Latin name when the source gives one ("Al Ayam"), and whether the knowledge base knew that
    name.  An agency's dateline in an outlet's article is the wire it took the copy from, still a
    relay: "بيروت ـ (أ ف ب) ـ … وقال المتحدث لوكالة فرانس برس" in Rai al-Youm is [the
    spokesman, AFP] (dev gold: alnahar-ly, raialyoum)."""
    structure = doc._.structure
    kbs: set[str] = set()
    lines: list[tuple[str, ...]] = []
    latin = None
    by_name = False
    if not structure:
        return kbs, lines, latin, by_name
    from khabar.knowledge import knowledge_base
    from khabar.text.normalise import normalise_word

    source = doc._.source if Doc.has_extension("source") else None
    outlet = source.get("outlet") if source else None
    if structure.dateline and structure.dateline.agency:
        words = tuple(normalise_word(structure.dateline.agency.text).replace(".", " ").split())
        agency = [e for e, _ in knowledge_base().lookup(words) if e.type == "ORG"]
        if not outlet or _agency_is_outlet(structure.dateline.agency.text, agency, outlet):
            kbs.update(e.kb for e in agency)
            lines.append(_bare_words(structure.dateline.agency.text))
    if structure.byline:
        lines.append(_bare_words(structure.byline.text))
    if source and source.get("outlet"):
        lines.append(_bare_words(source["outlet"]))
        latin = source["outlet"] if _latin_keys(source["outlet"])[0] else None
        # the outlet as the knowledge base knows it, in any script ("Al-Ahram" → الأهرام)
        known = {e.kb for e in _best_entry(source["outlet"]) if e.type == "ORG"}
        kbs.update(known)
        by_name = bool(known)
    return kbs, [line for line in lines if line], latin, by_name


def _agency_is_outlet(agency: str, entries: list, outlet: str) -> bool:
    """Whether the agency a dateline names is the outlet the source names, in its language
    edition or not ("CNN" in an article of "CNN Arabic", "سبوتنيك" in one of "Sputnik Arabic"),
    rather than the wire an outlet took the copy from ("(أ ف ب)" in one of "Rai Al Youm")."""
    if {e.kb for e in entries} & {e.kb for e in _best_entry(outlet)}:
        return True
    name = _without_edition(outlet) or outlet
    return _named_alike(entries, name) or any(_heard_as(agency, keys) for keys in _latin_variants(name))


@lru_cache(maxsize=4096)
def _bare_words(text: str) -> tuple[str, ...]:
    """Normalised words without punctuation, the article or a leading ل (لـ«الأهرام»)."""
    from khabar.text.normalise import normalise_word

    out = []
    for word in re.findall(r"\w+", normalise_word(text)):
        for prefix in ("لل", "ال", "ل"):
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                word = word[len(prefix):]
                break
        out.append(word)
    if len(out) > 1:   # "DW عربية" is the outlet "DW Arabic": the language edition names no other outlet
        kept = [word for word in out if word not in _cues()["edition_words"]]
        out = kept or out
    return tuple(out)


def _is_own(mention, text: str, entity_of: dict, own_kb: set[str], own_words: list[tuple[str, ...]],
            own_latin: str | None = None, by_name: bool = False) -> bool:
    entity = entity_of.get((mention.start, mention.end)) or {}
    if entity.get("kb") and entity["kb"] in own_kb:
        return True
    name = text[mention.start:mention.end]
    if own_kb and not entity and _outlet_ids(name) & own_kb:
        return True   # a relay no entity names: لـ«الأهرام»
    words = _bare_words(name)
    if not words:
        return False
    if own_latin:
        known = getattr(mention, "candidates", None) or []
        if known:
            # an outlet the knowledge base knows is the article's own by its id when the base
            # knows the outlet's name too (above); else by the Latin name it gives, which tells better
            if not by_name and _named_alike(known, own_latin):
                return True
        elif not entity.get("kb") and _named_alike(_outlet_entries(name), own_latin) or \
                any(_heard_as(name, keys) for keys in _latin_variants(own_latin)):
            return True   # لـ"الأيام" in an article of "Al Ayam"; لقناة 218 in one of "218 News";
            # لشبكة 964 in one of "964 Network" (heard without the kind of outlet it is)
    return any(words == line[k:k + len(words)] for line in own_words for k in range(len(line) - len(words) + 1))


@lru_cache(maxsize=1)
def _letters() -> dict:
    from importlib import resources

    from khabar.datafile import load_yaml
    from khabar.text.normalise import normalise_word

    raw = load_yaml(resources.files("khabar.claims").joinpath("data/latin_letters.yaml").read_text("utf-8"))
    return {"arabic": {normalise_word(k): v for k, v in raw["arabic"].items()},
            "latin": sorted(raw["latin"].items(), key=lambda item: -len(item[0])),
            "articles": frozenset(raw["latin_articles"]), "glued": tuple(raw["glued_articles"]),
            "shortest": raw["shortest"], "shortest_with_semivowels": raw["shortest_with_semivowels"],
            "media_words": frozenset(raw["media_words"]),
            "arabic_media_words": {normalise_word(k): v for k, v in raw["arabic_media_words"].items()},
            "arabic_kind_words": frozenset(normalise_word(w) for w in raw["arabic_kind_words"]),
            "arabizi_digits": raw["arabizi_digits"], "egyptian_g": raw["egyptian_g"],
            "long_vowels": sorted(raw["long_vowels"].items(), key=lambda item: -len(item[0]))}


def _skeletons(classes: str) -> tuple[str, str]:
    """The two keys of a string of consonant classes: repeats made one, with w/y and without."""
    def squeeze(chars: str) -> str:
        return "".join(c for k, c in enumerate(chars) if k == 0 or c != chars[k - 1])
    return squeeze(classes), squeeze(classes.replace("w", "").replace("y", ""))


@lru_cache(maxsize=256)
def _latin_keys(name: str, g_class: str | None = None, long_vowels: bool = False) -> tuple[str, str]:
    """An outlet's Latin name as its two skeletons ("Al Watan (Oman)" → wtn): the parenthesis,
    the article and the vowels dropped; ("", "") when the name has no Latin letters.  A digit
    alone before a letter writes an Arabic letter (arabizi_digits: "Al3omk"); `g_class` reads g
    as another class (egyptian_g: "El Fagr"); `long_vowels` reads ee, oo, ou as ي and و (long_vowels:
    "Alwakeel" الوكيل)."""
    letters = _letters()
    arabizi = letters["arabizi_digits"]
    name = re.sub(r"\([^)]*\)", " ", name.lower())
    if not re.search(r"[a-z]", name):
        return "", ""
    out = []
    for word in re.findall(r"[a-z0-9]+", name):
        if word in letters["articles"]:
            continue
        for glued in letters["glued"]:
            if word.startswith(glued) and len(word) > len(glued) + 3:
                word = word[len(glued):]
                break
        k, first = 0, len(out)
        while k < len(word):
            if word[k].isdigit():
                lone = word[k] in arabizi and k + 1 < len(word) and word[k + 1].isalpha() and \
                    (k == 0 or not word[k - 1].isdigit())
                out.append(arabizi[word[k]] if lone else word[k])
                k += 1
                continue
            groups = letters["long_vowels"] + letters["latin"] if long_vowels else letters["latin"]
            for group, cls in groups:
                if word.startswith(group, k):
                    out.append(g_class if g_class and group == "g" else cls)
                    k += len(group)
                    break
            else:
                k += 1   # a vowel
        if len(out) - first > 1 and out[-1] == "h":
            out.pop()   # "Al Madinah": the ta marbuta, which the Arabic side drops too
    return _skeletons("".join(out))


@lru_cache(maxsize=256)
def _latin_variants(name: str) -> frozenset[tuple[str, str]]:
    """The skeletons of a Latin name as written and without the words that say what kind of
    outlet it is (media_words: "218 News" and "218 TV" are both 218), when a word is left."""
    media = _letters()["media_words"]
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"\([^)]*\)", " ", name))
    names = {name}
    kept = [word for word in words if word.lower() not in media]
    if kept and len(kept) < len(words):
        names.add(" ".join(kept))
    glued = [_unglued(word, media) for word in words]
    if glued != words:
        names.add(" ".join(glued))   # "Sarayanews" is سرايا
    variants = set()
    for each in names:
        if not re.search(r"[A-Za-z]", each):
            variants.add((each.replace(" ", ""),) * 2)
            continue
        variants.add(_latin_keys(each))
        variants.add(_latin_keys(each, long_vowels=True))   # "Alwakeel" heard as الوكيل (ee: ي)
        if "g" in each.lower():
            variants.add(_latin_keys(each, _letters()["egyptian_g"]))
    return frozenset(keys for keys in variants if keys[0])


def _unglued(word: str, media: frozenset[str]) -> str:
    """A word of a Latin name without the media word glued to its end ("Sarayanews" → "Saraya"),
    when four letters or more are left; else the word."""
    lower = word.lower()
    for kind in media:
        if lower.endswith(kind) and len(lower) - len(kind) >= 4:
            return word[:len(word) - len(kind)]
    return word


def _arabic_keys(words: tuple[str, ...]) -> tuple[str, str]:
    """The skeletons of an Arabic name (_latin_keys' Arabic side).  A media word written in Arabic
    letters after the English one (نيوز، نت) is keyed as that English word, so that "إرم نيوز"
    is heard as "Erem News" and "البوابة نيوز" as "Al Bawaba News"."""
    letters = _letters()["arabic"]
    media = _letters()["arabic_media_words"]
    # a final ه is the ta marbuta as normalised (العربية → العربيه), unheard in most spellings
    return _skeletons("".join(_latin_keys(media[word])[0] if word in media else
                              "".join(letters.get(c, c if c.isdigit() else "")
                                      for c in (word[:-1] if len(word) > 2 and word.endswith("ه") else word))
                              for word in words))


@lru_cache(maxsize=1024)
def _heard_as(name: str, latin: tuple[str, ...]) -> bool:
    """Whether a relay's Arabic name is the outlet's Latin name heard (لبنان 24 ~ "Lebanon 24",
    التغيير ~ "Altaghyeer"): a whole skeleton, or the one of the words after a media noun
    ("صحيفة الوطن"), equal to the Latin one, long enough to tell."""
    from khabar.text.normalise import normalise_word

    letters = _letters()
    with_wy, without = latin
    words = [w for w in re.findall(r"\w+", normalise_word(name)) if not re.fullmatch(r"[a-z0-9]*[a-z][a-z0-9]*", w)]
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w[2:] if w.startswith("لل") and len(w) > 3 else w
             for w in words]
    kinds = letters["arabic_kind_words"]
    named = [w for w in words if w not in kinds and "ال" + w not in kinds]
    if named and len(named) < len(words):
        words = named   # "وكالة خبر للأنباء" is heard as "Khabar" (the prefix ال/لل was cut above)
    heads = _cues()["outlet_heads"]
    for k in range(len(words)):
        if k and words[k - 1] not in heads:
            continue   # the whole name, or the name after its outlet noun ("صحيفة الوطن")
        tail = words[k:]
        for first in {tail[0], tail[0][1:] if tail[0].startswith("ل") and len(tail[0]) > 2 else tail[0]}:
            a_with, a_without = _arabic_keys((first,) + tuple(tail[1:]))
            if a_without == without and len(without) >= letters["shortest"] or \
                    a_with == with_wy and len(with_wy) >= letters["shortest_with_semivowels"]:
                return True
    return False


@lru_cache(maxsize=256)
def _best_entry(outlet: str) -> tuple:
    """The knowledge base's best match for an outlet's name from the source (none or one entry),
    searched once for both the dateline's agency and the outlet's own ids.  A language edition
    the knowledge base does not list is its outlet ("BBC Arabic" is the BBC, "CNN Arabic" CNN):
    a relay "لبي بي سي" in BBC Arabic's article is the article's own outlet."""
    from khabar.knowledge import knowledge_base

    found = knowledge_base().search(outlet)[:1]
    if not found:
        parent = _without_edition(outlet)
        if parent and parent != outlet:
            found = [entry for entry in knowledge_base().search(parent) if entry.type == "ORG"
                     and parent.lower() in {entry.name.lower(), *(alias.text.lower() for alias in entry.aliases)}][:1]
    return tuple(found)


def _without_edition(outlet: str) -> str:
    """An outlet's name without its language edition or a bracketed qualifier ("BBC Arabic" →
    "BBC", "Al-Rai (Kuwait)" → "Al-Rai"): the name of the outlet the edition belongs to, or ""
    when nothing else is left.  (edition_words are lower-cased.)"""
    edition = _cues()["edition_words"]
    return " ".join(word for word in re.sub(r"\([^)]*\)", " ", outlet).split() if word.lower() not in edition)


@lru_cache(maxsize=1024)
def _outlet_ids(name: str) -> frozenset[str]:
    """The knowledge-base organisations a name may be."""
    return frozenset(e.kb for e in _outlet_entries(name))


@lru_cache(maxsize=1024)
def _outlet_entries(name: str) -> tuple:
    """The knowledge-base organisations a name may be, as entries."""
    from khabar.knowledge import knowledge_base

    return tuple(e for e in knowledge_base().search(name) if e.type == "ORG")


def _named_alike(entries, own_latin: str) -> bool:
    """Whether one of the knowledge-base entries a relay may be has the article's outlet's Latin
    name, as written or without the kind of outlet it is ("218 TV" for "218 News"; "Al-Rai
    (Kuwait)" for "Al Rai", whose name the knowledge base also gives a Jordanian paper)."""
    own = _latin_variants(own_latin)
    return any(_latin_variants(entry.name) & own for entry in entries)


_ACRONYM = re.compile(r"[ \t]*\(([^()\d\n]{1,30})\)")


def _with_acronym(text: str, end: int) -> int:
    """The end of a source with the short name in parentheses right after it, which names the
    same body: "حركة المقاومة الإسلامية (حماس)"، "وكالة الأنباء القطرية (قنا)" (no figures: an
    age, "(45 عاما)", is no name)."""
    if "(" not in text[end:end + 3]:
        return end
    found = _ACRONYM.match(text, end)
    return found.end() if found and len(found.group(1).split()) <= 3 else end


_LETTER = re.compile(r"\w")


def _after_lam(text: str, start: int) -> bool:
    """Whether a source span starts right after a ل on a noun whose article it swallowed:
    "للمنظمة" (ل + المنظمة), "وفق إحصاء للجزيرة نت", "وللجنة" — the span is "لمنظمة"."""
    if start < 1 or text[start - 1:start + 1] != "لل":
        return False
    before = start - 2
    if before >= 0 and text[before] in "وف":
        before -= 1
    return before < 0 or not _LETTER.match(text[before])


def _article_form(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span where the text writes, with its article, the name a ل swallowed the article
    of ("وفقًا للمنظمة" → an "المنظمة" elsewhere in the article): the nearest one before,
    else the first after; a noun of its own beginning with ل ("للجنة" = ل + اللجنة) first."""
    body = text[start:end]
    for form in ("ال" + body, "ا" + body):
        pattern = _article_pattern(form)
        best = None
        for found in pattern.finditer(text):
            if found.start() < start:
                best = found
            elif best is None:
                best = found
                break
            else:
                break
        if best is not None:
            return best.start(), best.end()
    return None


@lru_cache(maxsize=256)
def _article_pattern(form: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")


def _record(claim, index: int, text: str, entity_of: dict) -> dict:
    sources = []
    for mention in claim.sources:
        entity = entity_of.get((mention.start, mention.end))
        start, end = mention.start, mention.end
        if _after_lam(text, start):
            found = _article_form(text, start, end)
            if found:
                start, end = found
                entity = entity_of.get(found) or entity
        end = _with_acronym(text, end)
        sources.append({"entity": entity["id"] if entity else None, "start": start, "end": end,
                        "text": text[start:end],
                        "anonymous": bool(entity and entity.get("anonymous")) or mention.anonymous,
                        "country": (entity or {}).get("country") or mention.country})
    cue_start, cue_end = claim.cue
    return {"id": f"c{index}", "kind": claim.kind,
            "cue": {"start": cue_start, "end": cue_end, "text": text[cue_start:cue_end]},
            "content": {"start": claim.content[0], "end": claim.content[1]},
            "certainty": claim.certainty, "sources": sources, "platform": claim.platform}
