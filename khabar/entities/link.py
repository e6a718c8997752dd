"""Linking mentions to one entity per real-world referent in an article.

A mention with several knowledge-base candidates (طرابلس: Libya's or Lebanon's) takes the
one whose country the article talks about most; curated entries beat the generated city
list.  Short forms join full names because both are aliases of the same entry; nisba
adjectives join their country; a title with a nisba ("رئيس الوزراء الإسرائيلي") joins the
person who held that office on the article's date (`_holder`); a title with no nisba that
names the article's own country's office ("رئيس الجمهورية") takes the article's country.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from typing import Any, Iterable

from importlib import resources

from khabar.datafile import load_yaml
from khabar.entities.recognise import Mention, _capitals, _patterns, raw_patterns
from khabar.knowledge import Entry, KnowledgeBase
from khabar.knowledge.kb import _holds
from khabar.text.clitics import proclitics
from khabar.text.normalise import normalise_word

__all__ = ["add_unnamed_group", "capital_place_moves", "link", "linking", "settle_capital_surfaces"]

_KIND_RANK = {"person": 0, "organization": 1, "country": 2, "place": 3, "city": 4}


@lru_cache(maxsize=1)
def linking() -> dict[str, Any]:
    """data/linking.yaml, normalised and checked (see the file's header)."""
    from khabar.entities.recognise import _stem
    from khabar.text.normalise import normalise_word as n

    raw = load_yaml(resources.files("khabar.entities").joinpath("data/linking.yaml").read_text("utf-8"))
    for key in ("back_reference_heads", "facility_heads", "count_quantifiers", "institution_group_heads",
                "name_extensions", "surname_particles", "given_name_titles"):
        if not isinstance(raw.get(key), list) or not all(isinstance(w, str) and w.strip() for w in raw[key]):
            raise ValueError(f"linking.yaml: {key} is a list of words")
    if not isinstance(raw.get("security_forces"), list) or not all(
            isinstance(w, str) and len(w.split()) >= 2 for w in raw["security_forces"]):
        raise ValueError("linking.yaml: security_forces is a list of phrases of two words or more")
    forces = raw.get("forces_of_kind")
    if not isinstance(forces, dict) or not all(isinstance(k, str) and len(k.split()) >= 2 and isinstance(v, str)
                                               for k, v in forces.items()):
        raise ValueError("linking.yaml: forces_of_kind maps phrases of two words or more to a kind")
    classes = raw.get("group_synonyms")
    if not isinstance(classes, list) or not all(isinstance(c, list) and len(c) >= 2 for c in classes):
        raise ValueError("linking.yaml: group_synonyms is a list of classes of two words or more")
    synonyms = {_stem(n(word)): _stem(n(cls[0])) for cls in classes for word in cls}
    single = raw.get("one_per_state")
    if not isinstance(single, dict) or not all(isinstance(v, list) and all(isinstance(p, str) for p in v)
                                               for v in single.values()):
        raise ValueError("linking.yaml: one_per_state maps organisation kinds to the phrases that name them bare")
    minister = raw.get("minister_ministry")
    if not isinstance(minister, dict) or not isinstance(minister.get("ministry"), str) or not all(
            isinstance(minister.get(k), list) and all(isinstance(w, str) and w.strip() for w in minister[k])
            for k in ("titles", "no_ministry")):
        raise ValueError("linking.yaml: minister_ministry has titles, ministry and no_ministry")
    outlet_places = raw.get("outlet_place_heads")
    if not isinstance(outlet_places, dict) or not all(
            isinstance(k, str) and len(k.split()) == 1 and isinstance(v, str) and len(v.split()) == 1
            for k, v in outlet_places.items()):
        raise ValueError("linking.yaml: outlet_place_heads maps an outlet's one-word name to a place's head word")
    leaders = raw.get("leader_bodies")
    if not isinstance(leaders, dict) or not all(isinstance(k, str) and isinstance(v, str) and len(k.split()) == 1
                                                and len(v.split()) == 1 for k, v in leaders.items()):
        raise ValueError("linking.yaml: leader_bodies maps a head word to the bare phrase of the state's body")
    head_kinds = raw.get("head_kinds")
    if not isinstance(head_kinds, dict) or not all(
            n(k) in {n(w) for w in raw["back_reference_heads"]} | {n(w) for w in _bare_heads()}
            and isinstance(v, list) and v and all(isinstance(x, str) for x in v) for k, v in head_kinds.items()):
        raise ValueError("linking.yaml: head_kinds maps back-reference heads to lists of organisation kinds")
    owners = raw.get("unit_owners")
    if not isinstance(owners, dict) or not all(isinstance(v, list) and v and all(isinstance(x, str) for x in v)
                                               for v in owners.values()):
        raise ValueError("linking.yaml: unit_owners maps an institution kind to lists of organisation kinds")
    if not isinstance(raw.get("unit_naming_words"), list) or not all(
            isinstance(w, str) and len(w.split()) == 1 for w in raw["unit_naming_words"]):
        raise ValueError("linking.yaml: unit_naming_words is a list of words")
    names = raw.get("institution_names")
    if not isinstance(names, dict) or not all(isinstance(v, list) and v and all(
            isinstance(w, str) and len(w.split()) == 1 for w in v) for v in names.values()):
        raise ValueError("linking.yaml: institution_names maps organisation kinds to lists of words")
    return {
        # the recogniser reads the facility heads here too: each is a bare back-reference
        "back_reference_heads": frozenset(n(w) for w in raw["back_reference_heads"] + raw["facility_heads"]),
        # keyed as a back-reference mention's role["refers"]: the head's word without its article
        "facility_heads": frozenset(n(w)[2:] for w in raw["facility_heads"]),
        "group_synonyms": synonyms,
        "count_quantifiers": frozenset(" ".join(n(w).split()) for w in raw["count_quantifiers"]),
        "institution_group_heads": frozenset(_stem(n(w)) for w in raw["institution_group_heads"]),
        "institution_group_kind": str(raw["institution_group_kind"]),
        "name_extensions": frozenset(n(w) for w in raw["name_extensions"]),
        "surname_particles": frozenset(n(w) for w in raw["surname_particles"]),
        "given_name_titles": frozenset(n(w) for w in raw["given_name_titles"]),
        "one_per_state": {kind: tuple(" ".join(n(p).split()) for p in phrases)
                          for kind, phrases in raw["one_per_state"].items()},
        "forces_of_kind": {" ".join(n(k).split()): v for k, v in forces.items()},
        "unit_owners": {kind: frozenset(v) for kind, v in owners.items()},
        "unit_naming_words": frozenset(n(w) for w in raw["unit_naming_words"]),
        "security_forces": tuple(tuple(n(p).split()) for p in raw["security_forces"]),
        # keyed as a back-reference mention's role["refers"]: the head's word without its article
        "head_kinds": {n(k)[2:]: frozenset(v) for k, v in head_kinds.items()},
        "outlet_place_heads": {n(k): n(v) for k, v in outlet_places.items()},
        "leader_bodies": {n(k): (n(v),) for k, v in leaders.items()},
        "minister_titles": frozenset(n(w) for w in minister["titles"]),
        "ministry": n(minister["ministry"]),
        "no_ministry": frozenset(tuple(n(w).split()) for w in minister["no_ministry"]),
        "institution_names": {kind: frozenset(_stem(n(w)) for w in words) for kind, words in names.items()},
        "institution_phrase_names": {" ".join(n(k).split()): frozenset(_stem(n(w)) for w in v)
                                     for k, v in (raw.get("institution_phrase_names") or {}).items()},
    }


def _home(countries: Counter[str]) -> str | None:
    """The article's most named country (the first of the most common; None if it names none)."""
    return next((c for c, _ in countries.most_common() if c), None)

def _bare_heads() -> list[str]:
    """patterns.yaml's bare_reference_heads: the other heads a body is named back by."""
    return raw_patterns()["bare_reference_heads"]


def _choose(mention: Mention, countries: Counter) -> Entry:
    def score(entry: Entry) -> tuple:
        return (-countries.get(entry.country, 0), _KIND_RANK.get(entry.kind, 9), -entry.population)
    return min(mention.candidates, key=score)


def link(mentions: list[Mention], text: str, kb: KnowledgeBase, day: date | None) -> list[dict[str, Any]]:
    """Record-shaped entities (ids e1…) from mentions, in order of first mention."""
    # people the article names by more than a bare surname: full name, or a title before it
    introduced = {c.kb for m in mentions if m.candidates and (m.role or m.after_title or not _bare_surname(m))
                  for c in m.candidates}
    # "باردو" or "قوش" alone is a museum, a town or someone else: a bare surname is the known
    # person only when the article names them in full or with a title, or when they hold an
    # office on the article's date (نتنياهو in 2024) in a country the article names
    surname_of = _surname_readings(mentions, introduced, day, text)
    # the countries the article talks about: every mention whose candidates agree on one
    # (الجزائر is Algeria or Algiers: either way Algeria's); a bare surname read as no one
    # lends none (Tunis's "باردو" does not make a Tunisian article Israeli)
    countries = Counter(m.candidates[0].country for m in mentions
                        if m.candidates and len({c.country for c in m.candidates}) == 1
                        and surname_of.get(id(m), True))
    # a body the knowledge base does not know, whose nisba says whose it is ("الشرطة الأردنية")
    countries.update(m.country for m in mentions if not m.candidates and m.country and m.type == "ORG")
    entities: dict[str, dict[str, Any]] = {}
    kinds: dict[str, str] = {}      # entity key → organisation kind, for "الجيش" after "الجيش الإسرائيلي"
    qualifiers = _person_qualifiers(mentions, text)
    described: set[str] = set()     # entities named only by nisbas that describe a person
    groups: dict[str, tuple[str, ...]] = {}   # group entity → the words of its first description
    surnames: dict[str, Mention] | None = None     # built at the first standalone nisba
    unlinked: set[int] = set()      # back-references with no body of their kind before, by id
    tails: dict[tuple[str, ...], str] = {}   # the last two words or more of a person's name → key
    pending: list[tuple[Mention, Mention]] = []    # (surname nisba, the full name it shortens)
    member_bodies: dict[str, str] = {}   # group key of a body's members ("مسلح") → the body's entity key
    for mention in mentions:
        surname = _standalone_nisba(mention, text) if mention.via == "nisba" else None
        if surname is not None and surnames is None:
            surnames = _surnames(mentions, text)
        if surname is not None and surname in surnames:
            # "وأضاف السوداني" after "محمد شياع السوداني" (or in a headline before it): the
            # person's surname, not Sudan; joined once the person's entity exists
            pending.append((mention, surnames[surname]))
            continue
        if id(mention) in surname_of:
            if not surname_of[id(mention)]:
                continue
            mention.candidates = surname_of[id(mention)]
        if (mention.role or {}).get("holder"):
            # "وزير الخارجية الأمريكي": whoever held that office on the article's date
            home = _home(countries)
            if mention.role.get("strict"):
                whose = home if mention.role.get("home") else mention.role["country"]   # "سمو ولي العهد"
                holder = _styled_holder(kb, whose, mention.role["style"], mention.role["about"], day) if whose else None
            elif mention.role.get("honoured") and not mention.country:
                holder = _honoured_holder(kb, mention.role, [c for c, _ in countries.most_common() if c], day)
            else:
                holder = _holder(kb, mention.role["office"], mention.country or home, day, mention.role.get("style"))
            if holder is None:
                continue
            mention.candidates = [holder]
        if not mention.candidates and mention.type == "ORG" and mention.parts:
            # "نظام الأسد" read as a regime named by its leader: the knowledge base's own name
            # for it (the Syrian government) when it lists the phrase whole; the leader inside
            # stays a mention of the person, as the gold lists it
            mention.candidates = list(_known_whole(kb, _key(_surface(mention, text)), "ORG")) \
                or _leader_body(kb, mention, _key(_surface(mention, text)), day)
        if (mention.role or {}).get("capital") and not mention.candidates:
            capital = _bare_capital(entities, kb, countries)
            if capital is None:
                continue   # no capital named and no country the article is about
            mention.candidates, mention.country = [capital], capital.country
        if (mention.role or {}).get("governorate") and not mention.candidates:
            governorate = _bare_governorate(entities, kb, countries)
            if governorate is None:
                continue   # no governorate named and no city of one
            mention.candidates, mention.country = [governorate], governorate.country
        if (mention.role or {}).get("home_country") and not mention.candidates:
            country = _bare_country(kb, mention.role["home_country"], countries)
            if country is None:
                continue   # the article names no country of that kind
            mention.candidates, mention.country = [country], country.country
        if (mention.role or {}).get("context_region") and not mention.candidates:
            region = _context_region(kb, mention.role["context_region"], countries)
            if region is None:
                continue   # "الساحل" in an article on none of the region's states: a coast
            mention.candidates = [region]
        if mention.type == "EVENT" and mention.candidates and all(c.begins_after(day) for c in mention.candidates):
            continue   # "فيروس كورونا" in 2017 is MERS, not the pandemic of 2020
        entry = _choose(mention, countries) if mention.candidates else None
        surface = _surface(mention, text)
        key = entry.kb if entry else f"{mention.type}:{_key(surface)}"
        place = _outlet_named_place(mention, entry, surface, entities) if entry is not None else None
        if place is not None:
            # "الجزيرة" after "جزيرة جربة": the island, not the channel
            _add_mention(entities[place], mention, text)
            mention.type, mention.candidates = entities[place]["type"], []
            continue
        institution = (mention.role or {}).get("institution")
        body = (mention.role or {}).get("body")
        if body:
            key = _body_key(mention, body, entities, kinds, countries)
        elif institution:
            home = _home(countries)
            earlier = _earlier_institution(entities, kinds, institution, home, kb, _key(surface))
            if earlier is None and institution in linking()["unit_owners"] and not _named_unit(text, mention):
                earlier = _unit_owner(entities, kinds, linking()["unit_owners"][institution])
            # a bare phrase with words of its own ("الشرطة") is a body of its own, not the kind's
            own = _key(surface) if _key(surface) in linking()["institution_phrase_names"] else None
            key = earlier or (f"ORG:{institution}:{own}:{home}" if own else f"ORG:{institution}:{home}")
            if earlier is None:
                mention.country = home
        if (body or institution) and key.startswith(("ORG:", "FAC:")) and mention.country:
            # "الجيش" in an article about Sudan, "البرلمان في أنقرة": the knowledge base's
            # "الجيش السوداني", "البرلمان التركي"
            entry = _home_entry(kb, mention.role["phrase"], mention.country)
            if entry is not None:
                key = entry.kb
        elif entry is not None and entry.category:
            kinds[key] = entry.category
        if entry is None and mention.key and mention.type == "GROUP":
            group = _group_key(mention.key)
            organs = group.split(" ", 1)[0] in linking()["institution_group_heads"]
            if organs:
                # "السلطات الليبية", "السلطات الصحية في غزة": the state's organs, an organisation
                mention.type, mention.anonymous = "ORG", False
            key = f"{mention.type}:{group}"   # "الانقلابيون" and "للانقلابيين", "آلاف المحتجين" and "المتظاهرين": one group
            if organs:
                # a bare "السلطات" after them (patterns.yaml institutions) is they
                kinds.setdefault(key, linking()["institution_group_kind"])
            if mention.type == "GROUP" and key not in entities and (_definite(surface) or _quantified(mention.key)):
                key = _named_before_key(mention, entities, groups) or key
            if mention.type == "GROUP" and key not in entities and _definite(surface) and group in member_bodies:
                # "المسلحين"، "المهاجمين" after "مسلحون من تنظيم داعش": the body's men named again
                key = member_bodies[group]
        elif entry is None and mention.key:
            key = f"{mention.type}:{mention.key}"
        if entry is None and mention.type == "PER":
            words = _key(surface).split()
            key = tails.get(tuple(words)) or _person_key(words, entities) or key
        elif entry is None and mention.type == "ORG" and _key(surface) in linking()["forces_of_kind"]:
            # "قوات الجيش" after "الجيش السوداني": the army's forces are the army
            kind = linking()["forces_of_kind"][_key(surface)]
            key = next((k for k in reversed(kinds) if kinds[k] == kind and k in entities), key)
        elif entry is None and mention.type in ("ORG", "FAC") and mention.via == "name" and not mention.key:
            key = _longer_name_key(_key(surface), mention.type, entities) \
                or _extended_name_key(_key(surface), mention.type, entities) or key
        if entry is not None and mention.type == "NORP" and entry.kind == "country":
            key = f"NORP:{entry.kb}"  # the people, not the country
        refers = (mention.role or {}).get("refers")
        if refers and entry is None:
            earlier = _earlier_of_kind(entities, refers, mention.country, kinds)
            ministry = _minister_ministry(text, mention, kb, countries) if earlier is None else None
            if ministry is not None:
                # "وزير الخزانة الأمريكي … إن الوزارة": the minister's ministry
                entry, earlier, mention.country = ministry
                if entry is None and earlier not in entities:
                    entities[earlier] = _new_entity(None, mention, text, day)
                    entities[earlier]["name"] = entities[earlier]["name_ar"] = earlier.split(":")[2]
            if earlier is None:
                if mention.word_span[1] - mention.word_span[0] == 1:
                    unlinked.add(id(mention))   # a bare head; "الوفد الروسي" still names a party
                continue  # "الوزارة" with no ministry named before: nothing to link, no entity
            key = earlier
        if mention.role and not mention.role.get("qualified") and _security_phrase(_key(surface)) == "bare":
            # "قوات الأمن" after "قوات الأمن الصومالية": those forces; never the police or the
            # intelligence service named before (another body of the same kind)
            key = _security_key(entities) or (f"ORG:security-forces:{mention.country}" if key in entities else key)
        unit = (mention.role or {}).get("regional_government")
        if unit and entry is None:
            # "حكومة الإقليم" after "حكومة إقليم كوردستان": the regional government named before
            key = _earlier_regional_government(entities, unit) or key
        if mention.members:
            member_bodies[_group_key(mention.members)] = key
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = _new_entity(entry, mention, text, day)
            if mention.type == "GROUP" and mention.key:
                groups[key] = tuple(mention.key.split())
            if institution:
                kinds[key] = institution
            elif body:
                kinds[key] = mention.role["kind"]
            if id(mention) in qualifiers:
                described.add(key)
        elif id(mention) not in qualifiers:
            described.discard(key)
        entity["mentions"].append({"start": mention.start, "end": mention.end,
                                   "text": text[mention.start:mention.end], "via": mention.via})
        if entry is not None and mention.type == "LOC" and entity["type"] == "GPE" and entry.kind in ("place", "city"):
            entity["type"] = "LOC"   # "حي المزة": the text names a quarter where the entry has a district
        if entity["type"] == "PER" and text.count(" ", mention.start, mention.end) >= 2:
            _add_tails(tails, _key(text[mention.start:mention.end]).split(), key)
    if unlinked:
        # claims and events read the same list: "موالية للنظام" with no regime named before
        # is a word of the source's description, no mention that could cut it
        mentions[:] = [m for m in mentions if id(m) not in unlinked]
    _join_surnames(pending, entities, kb, text)
    _join_titled_given_names(entities)
    _join_bare_institutions(entities, kinds, kb)
    _join_names_before_their_long_form(entities)
    _join_areas_named_as_towns(entities)
    _join_speakers_to_named_holders(entities, text)
    out = []
    for key, entity in entities.items():
        if key in described:
            continue   # "رجل الدين الشيعي نمر النمر" alone names no community: the nisba describes him
        entity["id"] = f"e{len(out) + 1}"
        out.append(entity)
    return out


def capital_place_moves(mentions: list[Mention], text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """One surface, one entity (docs/gold-format.md, capitals that act for their state): where
    the article writes a capital as a place ("في طهران") and elsewhere makes it speak or act for
    its state ("وقالت طهران إن"), every occurrence of that surface is a mention of the city, as
    the gold lists it.  The (metonymic mention, place mention) span pairs of such a surface, for
    `settle_capital_surfaces`, which moves them once the events have given their acts to the
    state.  Only where the article names the state in another way too (its name, an alias, a
    nisba of its own): a state named by its capital alone keeps the surface."""
    places: dict[str, Mention] = {}
    for mention in mentions:
        if mention.via in ("name", "alias") and mention.type == "GPE" and mention.candidates \
                and mention.candidates[0].category == "capital":
            places.setdefault(_key(_surface(mention, text)), mention)
    if not places:
        return []
    named_otherwise = {id(entry) for m in mentions if m.via != "metonym" and m.type == "GPE" for entry in m.candidates}
    moves = []
    for mention in mentions:
        if mention.via != "metonym" or not mention.candidates:
            continue
        place = places.get(_key(_surface(mention, text)))
        state = mention.candidates[0]
        if place is not None and place.country == state.country and id(state) in named_otherwise:
            moves.append(((mention.start, mention.end), (place.start, place.end)))
    return moves


def settle_capital_surfaces(entities: list[dict[str, Any]], moves: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """Move each metonymic mention of `capital_place_moves` from the state's entity to the entity
    of the same surface written as a place (the city), where both stand and the state keeps a
    mention of its own; the entities' ids stay as the events and claims gave them."""
    at = {(m["start"], m["end"]): e for e in entities for m in e["mentions"]}
    for (metonym, place) in moves:
        state, city = at.get(metonym), at.get(place)
        if state is None or city is None or state is city or city.get("type") != "GPE":
            continue
        moved = [m for m in state["mentions"] if (m["start"], m["end"]) == metonym]
        if not moved or len(moved) == len(state["mentions"]):
            continue
        state["mentions"] = [m for m in state["mentions"] if (m["start"], m["end"]) != metonym]
        city["mentions"] = sorted(city["mentions"] + moved, key=lambda m: m["start"])
        at[metonym] = city


def _bare_capital(entities: dict[str, dict[str, Any]], kb: KnowledgeBase, countries: Counter) -> Entry | None:
    """The capital a bare "العاصمة" names: the last place the article named as a capital
    ("العاصمة الليبية طرابلس" … "العاصمة"), else the capital of the country the article talks
    about most, where the knowledge base knows it."""
    for entity in reversed(list(entities.values())):
        if entity["type"] == "GPE" and entity.get("kb") in kb.entries \
                and any(normalise_word(m["text"].split()[0]).endswith("العاصمه") for m in entity["mentions"]):
            return kb.entries[entity["kb"]]
    home = _home(countries)
    return _capital_cities(kb).get(home) if home else None


def _bare_country(kb: KnowledgeBase, kind: str, countries: Counter) -> Entry | None:
    """The country a bare "البلاد"، "المملكة" or "السلطنة" names: the article's most named
    country of that kind (patterns.yaml bare_country: any, a kingdom, a sultanate)."""
    fitting = None if kind == "any" else frozenset(raw_patterns()["bare_country"]["kinds"][kind])
    for code, _ in countries.most_common():
        if code and (fitting is None or code in fitting):
            return kb.entries.get(f"khabar:country/{code.lower()}")
    return None


def _context_region(kb: KnowledgeBase, word: str, countries: Counter) -> Entry | None:
    """The region a bare common noun names ("الساحل": the Sahel) where the article names one of
    its core states (patterns.yaml context_regions), else None."""
    spec = _patterns()["context_regions"][word]
    if not any(countries.get(code) for code in spec["countries"]):
        return None
    return kb.entries.get(f"khabar:place/{spec['place']}")


def _bare_governorate(entities: dict[str, dict[str, Any]], kb: KnowledgeBase, countries: Counter) -> Entry | None:
    """The governorate a bare "المحافظة" names: the last one the article named as a
    governorate ("محافظة البصرة" … "المحافظة"), else the knowledge base's governorate of the
    article's most-named city of its own country ("كربلاء" → "محافظة كربلاء"), else that city
    (where the knowledge base files town and governorate as one place)."""
    known = [(e, kb.entries[e["kb"]]) for e in entities.values() if e["type"] == "GPE" and e.get("kb") in kb.entries]
    for entity, entry in reversed(known):
        if entry.category == "governorate" or any(_key(m["text"]).split()[0].endswith("محافظه") for m in entity["mentions"]):
            return entry
    home = _home(countries)
    cities = [(e, entry) for e, entry in known if entry.country == home and (entry.kind, entry.category) in _CITY_KINDS]
    if not cities:
        return None
    entity, city = max(cities, key=lambda pair: len(pair[0]["mentions"]))
    for name in dict.fromkeys(_key(m["text"]) for m in entity["mentions"]):
        whole = _known_whole(kb, f"محافظه {name}", "GPE")
        if whole:
            return whole[0]
    return city


_CITY_KINDS = {("city", None), ("place", "city")}


@lru_cache(maxsize=2)
def _capital_cities(kb: KnowledgeBase) -> dict[str, Entry]:
    """Each country's capital: the city its metonyms name (recognise._capitals), else the
    most populous city the knowledge base marks as its capital (Tunis, Nouakchott)."""
    out: dict[str, Entry] = {}
    for entry in kb.entries.values():
        if entry.category == "capital" and entry.type == "GPE" and entry.country:
            best = out.get(entry.country)
            if best is None or (entry.curated, entry.population) > (best.curated, best.population):
                out[entry.country] = entry
    out.update(_capitals(kb))
    return out


def _add_mention(entity: dict[str, Any], mention: Mention, text: str) -> None:
    """Record `mention` as one of `entity`'s mentions."""
    entity["mentions"].append({"start": mention.start, "end": mention.end,
                               "text": text[mention.start:mention.end], "via": mention.via})


_DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل")
_PRONOUN_ENDS = ("ه", "ها", "هم", "هما")


def _standalone_nisba(mention: Mention, text: str) -> str | None:
    """The normalised word of a definite nisba that stands on its own ("وأضاف السوداني"), or
    None: a nisba after a definite noun ("الجيش السوداني", "نظيره المصري") is that noun's
    adjective and names the country."""
    if mention.via != "nisba" or mention.type not in ("GPE", "NORP"):
        return None
    word = _key(text[mention.start:mention.end])
    if not word.startswith("ال") or " " in word:
        return None
    before = text[max(0, mention.start - 40):mention.start].split()
    previous = _key(before[-1]) if before else ""
    if previous.startswith(_DEFINITE) or previous.endswith(_PRONOUN_ENDS):
        return None
    return word


def _surnames(mentions: list[Mention], text: str) -> dict[str, Mention]:
    """Last word → the first full name of two words or more that ends with it, over the
    article's person mentions ("السوداني" → "محمد شياع السوداني")."""
    out: dict[str, Mention] = {}
    for mention in mentions:
        if mention.type == "PER":
            words = _key(text[mention.start:mention.end]).split()
            if len(words) >= 2 and words[-1].startswith("ال"):
                out.setdefault(words[-1], mention)
    return out


def _join_surnames(pending: list[tuple[Mention, Mention]], entities: dict[str, dict[str, Any]],
                   kb: KnowledgeBase, text: str) -> None:
    """Each standalone nisba that is a person's surname joins the entity of the full name it
    shortens, wherever in the article that name stands (a headline names "السوداني" before
    the body's "محمد شياع السوداني"); a nisba whose full name made no entity is dropped."""
    if not pending:
        return
    owner = {(m["start"], m["end"]): key for key, e in entities.items() if e["type"] == "PER" for m in e["mentions"]}
    for mention, full in pending:
        key = owner.get((full.start, full.end))
        if key is None:
            continue
        person = entities[key]
        mention.type, mention.country = "PER", person["country"]
        mention.candidates = [kb.entries[person["kb"]]] if person["kb"] in kb.entries else []
        _add_mention(person, mention, text)
        person["mentions"].sort(key=lambda m: m["start"])


def _join_bare_institutions(entities: dict[str, dict[str, Any]], kinds: dict[str, str],
                            kb: KnowledgeBase | None = None) -> None:
    """A state institution named by its bare function before the article names it ("البرلمان"
    in the headline, "مجلس نواب الشعب" in the body) is the one knowledge-base body of that
    kind and country the article names, for the kinds a state has one body of, named by
    their own phrases (linking.yaml one_per_state: "الحكومة", "البرلمان التونسي"; not its
    ministries, its forces or the royal court, a body of the government's kind): its
    mentions join that body's entity, which takes the bare one's place in the order of first
    mention."""
    single = linking()["one_per_state"]
    for key in [k for k in entities if k.startswith("ORG:") and kinds.get(k) in single and (
            k.startswith(f"ORG:{kinds[k]}:") or any(k.startswith(f"ORG:body:{p}:") for p in single[kinds[k]]))]:
        entity = entities[key]
        named = [k for k, other in entities.items() if other["kb"] and other["type"] == "ORG"
                 and kinds.get(k) == kinds[key] and other["country"] == entity["country"]
                 and _named_as_institution(entities, kb, k, kinds[key])]
        if len(named) != 1 or entity["country"] is None:
            continue
        _merge_into(entities, key, named[0])


def _join_titled_given_names(entities: dict[str, dict[str, Any]]) -> None:
    """A person the knowledge base does not know, named only by a royal title and a given
    name ("السلطان هيثم"), is the one person the article names in full with those words
    ("السلطان هيثم بن طارق", before or after): its mentions join that person's entity."""
    titles = linking()["given_name_titles"]
    for key in [k for k in entities if k.startswith("PER:")]:
        entity = entities[key]
        forms = {tuple(_key(m["text"]).split()) for m in entity["mentions"]}
        if not all(len(f) >= 2 and f[0] in titles for f in forms):
            continue
        fuller = [k for k, other in entities.items() if k != key and other["type"] == "PER" and any(
            len(words) > len(form) and (words[:len(form)] == form or words[:len(form) - 1] == form[1:])
            for m in other["mentions"] for words in [tuple(_key(m["text"]).split())] for form in forms)]
        if len(fuller) == 1:
            target = entities[fuller[0]]
            target["mentions"] = sorted(target["mentions"] + entity["mentions"], key=lambda m: m["start"])
            del entities[key]


def _bare_surname(mention: Mention) -> bool:
    """A one-word short form of known people ("باردو", "قوش"), not their full name."""
    first, end = mention.word_span
    return mention.type == "PER" and mention.via == "alias" and end - first == 1 and bool(mention.candidates) \
        and all(c.kind == "person" for c in mention.candidates)


_STATE_HEADS = frozenset({"head-of-government", "head-of-state"})   # the offices that lead a state's body


def _leader_body(kb: KnowledgeBase, mention: Mention, name: str, day: date | None) -> list[Entry]:
    """The state body a body named by its leader is (linking.yaml leader_bodies: "حكومة
    ميقاتي" is the knowledge base's "الحكومة اللبنانية", by the leader's country), or none.
    Only while the leader heads the state or its government on the article's date: "حكومة
    أخنوش" while he led only his party, "استقالة حكومة حسان دياب" after it fell, is that
    cabinet, not the state's government then."""
    leaders = [c for part in mention.parts if part.type == "PER" for c in part.candidates]
    if not leaders or not all(any(o.get("office") in _STATE_HEADS and _holds(o, day) for o in c.offices)
                              for c in leaders):
        return []
    phrase = linking()["leader_bodies"].get(name.split()[0]) if mention.country else None
    entry = _home_entry(kb, phrase, mention.country) if phrase else None
    return [entry] if entry is not None else []


def _outlet_named_place(mention: Mention, entry: Entry, surface: str, entities: dict[str, dict[str, Any]]) -> str | None:
    """The place named before whose head word an outlet's bare one-word name also is
    (linking.yaml outlet_place_heads: "الجزيرة" after "جزيرة جربة" is the island), by key;
    None for every other mention, and where no such place came before."""
    if mention.word_span[1] - mention.word_span[0] != 1 or entry.kind != "organization":
        return None
    word = _key(surface)
    heads = linking()["outlet_place_heads"]
    head = heads.get(word) or next((heads[w] for w in heads if word.endswith(w) and len(word) - len(w) <= 2
                                    and word[:len(word) - len(w)] in _CLITICS), None)
    if head is None:
        return None
    named = lambda words: len(words) >= 2 and words[0] == head   # noqa: E731
    return _last_named(entities, named, "GPE") or _last_named(entities, named, "LOC")


_CLITICS = tuple(p for p in proclitics() if "ك" not in p)   # not كـ: "كالمدينة" names no outlet's place


def _surname_readings(mentions: list[Mention], introduced: set[str], day: date | None,
                      text: str) -> dict[int, list[Entry]]:
    """For each bare surname of known people with no title before it (by id), the people it
    can be: those the article introduces in full or with a title, and those holding an
    office on the article's date in a country the article names other than through bare
    surnames ("نتنياهو" beside "إسرائيل" or "الإسرائيلي"; an article that names no country
    twice gives the holder the benefit of the doubt: "وقال نتنياهو إن حماس فتحت المعبر").  A Tunisian "عون الحرس" (a guard) or "باردو"
    (Tunis's Bardo) is no Lebanese president or Mossad chief: their countries are not the
    article's.  The text spelling the holder's full name counts as naming them, where the
    recogniser read it into another name ("مكتب رئيس الوزراء البريطاني كير ستارمر").  An
    empty list: the surname names no one."""
    bare = [m for m in mentions if not (m.role or m.after_title) and _bare_surname(m)]
    if not bare:
        return {}
    named = Counter(m.candidates[0].country if m.candidates else m.country for m in mentions
                    if (m.candidates or m.country) and not _bare_surname(m))
    named.pop(None, None)
    if not named or max(named.values()) < 2:
        named = Counter()    # a passing country ("إن حماس فتحت المعبر") is no article's subject
    words = f" {' '.join(normalise_word(text).split())} "   # not _key: an article is no name to cache

    def spelt(person: Entry) -> bool:
        return any(len(a.words) >= 2 and f" {' '.join(a.words)} " in words for a in person.aliases)
    return {id(m): [c for c in m.candidates if c.kb in introduced or (c.office_on(day) is not None and (
        not named or c.country in named or spelt(c)))] for m in bare}


def _person_qualifiers(mentions: list[Mention], text: str) -> set[int]:
    """The nisba mentions that only describe: a people's or faith's nisba before the person
    named right after it ("رجل الدين [الشيعي] نمر النمر") or a nisba that only says whose a
    group is ("مسؤولون [فلسطينيون]"), by id: part of the person's or group's description.
    A country's nisba before a titled name ("الرئيس [الأمريكي] جو بايدن", "وزير الخارجية
    [الإيراني] حسين أمير عبد اللهيان") is a mention of that country (docs/gold-format.md:
    nisbas that stand for a country are its mentions): the person acts for it, and the
    dev gold lists it (round 20: 37 entities in 33 articles, 6 not)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    found: set[int] = {id(m) for m in mentions if m.qualifies}   # "ناشطين [فلسطينيين]": whose the group is
    run: list[Mention] = []
    for mention in ordered:
        if run and text[run[-1].end:mention.start].strip():
            run = []
        if mention.via == "nisba" and mention.type in ("GPE", "NORP"):
            run.append(mention)
        elif mention.type == "PER" and run:
            found.update(id(m) for m in run if m.type == "NORP")
            run = []
        else:
            run = []
    return found


@lru_cache(maxsize=4096)
def _known_whole(kb: KnowledgeBase, name: str, kind: str) -> tuple[Entry, ...]:
    """The knowledge-base entries of type `kind` that list the normalised `name` whole."""
    return tuple(dict.fromkeys(entry for entry, _ in kb.index.get(tuple(name.split()), ()) if entry.type == kind))


@lru_cache(maxsize=4096)
def _home_entry(kb: KnowledgeBase, phrase: tuple[str, ...], country: str) -> Entry | None:
    """The knowledge-base organisation a country's body named by its function alone is:
    the phrase with the country's nisba after it ("الجيش" + "السوداني")."""
    found = None
    for nisba in _definite_nisbas(kb).get(country, ()):
        for entry, _ in kb.index.get(phrase + (nisba,), ()):
            if entry.type in ("ORG", "FAC") and entry.country == country:
                if found is not None and found is not entry:
                    return None
                found = entry
    return found


@lru_cache(maxsize=4)
def _definite_nisbas(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Each country's definite singular nisbas, masculine and feminine (السوداني، السودانيه)."""
    out: dict[str, list[str]] = {}
    for entry in kb.entries.values():
        if entry.kind == "country":
            for alias in entry.aliases:
                word = alias.words[-1] if alias.via == "nisba" and len(alias.words) == 1 else ""
                if word.startswith("ال") and word.endswith(("ي", "يه")) and not word.endswith(("يي", "ييه")):
                    out.setdefault(entry.country, []).append(word)
    return {country: tuple(dict.fromkeys(words)) for country, words in out.items()}


def _person_key(words: list[str], entities: dict[str, dict[str, Any]]) -> str | None:
    """One key for the forms of a person the knowledge base does not know: "علي سعد دوابشة"
    and "علي دوابشة" share first and last name; "علي" alone is the last one named so."""
    if len(words) >= 2 and words[0] in linking()["surname_particles"]:
        # "بن عمار" after "سهام بن عمار", "ولد الشيخ" after "إسماعيل ولد الشيخ أحمد"… a
        # family name (particle and name) that closes or stands inside an earlier full name
        found = _last_named(entities, lambda full: _contains(full[1:], words), key_prefix="PER:name:")
        if found:
            return found
    if len(words) >= 2:
        return f"PER:name:{words[0]} {words[-1]}"
    if words:
        for key in reversed(list(entities)):
            if key.startswith("PER:name:") and words[0] in key[9:].split():
                return key
    return None


def _add_tails(tails: dict[tuple[str, ...], str], words: list[str], key: str) -> None:
    """Register the endings of two words or more of a person's name, shorter than the name:
    "شيخ محمود" after "حسن شيخ محمود", "ولد الغزواني" after "محمد ولد الشيخ الغزواني" (a
    compound family name the knowledge base does not list as the person's short form) name
    that person; a later person with the same ending takes it over."""
    for start in range(1, len(words) - 1):
        tails[tuple(words[start:])] = key


def _last_named(entities: dict[str, dict[str, Any]], test, kind: str | None = None,
                key_prefix: str = "") -> str | None:
    """The key of the latest entity (of type `kind`, its key opening with `key_prefix`) that one
    of its mentions, as normalised words, passes `test` for."""
    for key in reversed(list(entities)):
        entity = entities[key]
        if key.startswith(key_prefix) and (kind is None or entity["type"] == kind) \
                and any(test(_key(m["text"]).split()) for m in entity["mentions"]):
            return key
    return None


def _longer_name_key(name: str, kind: str, entities: dict[str, dict[str, Any]]) -> str | None:
    """The entity named before by a longer name that this one shortens: "نقابة الصحفيين"
    after "نقابة الصحفيين الفلسطينيين" (its start), "إدارة بايدن" after "إدارة الرئيس
    الأمريكي جو بايدن" (its head word and its last word: the name inside it), also with the
    article or ل on other words ("اللجنة العسكرية" after "لجنة عسكرية مشتركة", "هيئة
    الانتخابات" after "الهيئة العليا المستقلة للانتخابات"); or the same name with the
    article ("المجلس السيادي" after "مجلس سيادي": the body the article introduced)."""
    words = name.split()
    return _last_named(entities, lambda full: _names_back(words, full), kind)


def _names_back(short: list[str], full: list[str]) -> bool:
    """Does the body name `short` shorten `full`, or is it `full` with or without the
    article, word for word?"""
    if _shortens(short, full):
        return True
    bare_short, bare_full = _without_articles(short), _without_articles(full)
    return len(short) >= 2 and (_shortens(bare_short, bare_full) or (bare_short == bare_full and short != full))


def _without_articles(words: list[str]) -> list[str]:
    """The normalised words without their article or ل + article ("للانتخابات" → "انتخابات"),
    so that an indefinite name and its definite repetition compare."""
    out = []
    for word in words:
        for prefix in ("لل", "ال"):
            if word.startswith(prefix) and len(word) > len(prefix) + 2:
                word = word[len(prefix):]
                break
        out.append(word)
    return out


def _join_names_before_their_long_form(entities: dict[str, dict[str, Any]]) -> None:
    """A body the knowledge base does not know, named only by a short name of two words or
    more before the article gives its full name ("وزارة التربية" in the headline, "وزارة
    التربية والتعليم" in the body; "هيئة الانتخابات" before "الهيئة العليا المستقلة
    للانتخابات"), joins the one later body whose name it shortens; with two such bodies it
    stays apart.  The joined body takes the short one's place in the order of first mention."""
    order = [k for k, e in entities.items() if e["type"] in ("ORG", "FAC")]
    # every name opens with its head ("وزارة"، "هيئة"): only names of one head are compared
    names = {k: [_key(m["text"]).split() for m in entities[k]["mentions"]] for k in order}
    heads = {k: {_without_articles(words[:1])[0] for words in names[k] if words} for k in order}
    for position, key in enumerate(order):
        entity = entities.get(key)
        if entity is None or entity["kb"] or not all(m["via"] == "name" for m in entity["mentions"]) \
                or any(len(words) < 2 for words in names[key]):
            continue
        later = [k for k in order[position + 1:] if k in entities and entities[k]["type"] == entity["type"]
                 and heads[k] & heads[key] and any(_names_back(short, full) for full in names[k] for short in names[key])]
        if len(later) != 1:
            continue
        _merge_into(entities, key, later[0])


def _join_areas_named_as_towns(entities: dict[str, dict[str, Any]]) -> None:
    """An area the knowledge base does not know, named only after its head ("منطقة إمليل",
    LOC by default: session 16), that the same article names as a town, a village or a city
    ("قرية إمليل", or the bare "إمليل" a GPE entity already holds) is that town (GPE): its
    mentions join the one GPE entity of that name; with none, or two, it stays a place."""
    p = _patterns()
    heads, towns = p["district_place_heads"], {h for h, kind in p["place_heads"].items() if kind == "GPE"}
    gpes = [k for k, e in entities.items() if e["type"] == "GPE"]
    names = {k: {tuple(_key(m["text"]).split()) for m in entities[k]["mentions"]} for k in gpes}
    for key in [k for k, e in entities.items() if e["type"] == "LOC" and not e["kb"]]:
        areas = {tuple(_key(m["text"]).split()) for m in entities[key]["mentions"]}
        if not areas or not all(len(words) >= 2 and words[0] in heads for words in areas):
            continue
        rests = {words[1:] for words in areas}
        named = [k for k in gpes if k in entities and any(
            words in rests or len(words) >= 2 and words[0] in towns and words[1:] in rests for words in names[k])]
        if len(named) == 1:
            _merge_into(entities, key, named[0])


def _join_speakers_to_named_holders(entities: dict[str, dict[str, Any]], text: str) -> None:
    """A spokesperson named by title and body only ("الناطق باسم الحكومة أن …", GROUP) whom the
    article also names with that title ("الناطق الرسمي باسم الحكومة الناني ولد اشروقة") is that
    person: the group's mentions join the one person the title stands right before (the
    title's qualifiers, "الرسمي"، "الإعلامي", aside)."""
    spec = _patterns()["anonymous_speakers"]

    def bare(words: list[str]) -> tuple[str, ...]:
        return tuple(w for w in words if w not in spec["qualifiers"])

    people = [k for k, e in entities.items() if e["type"] == "PER"]
    for key in [k for k, e in entities.items() if e["type"] == "GROUP"]:
        titles = {bare(_key(m["text"]).split()) for m in entities[key]["mentions"]}
        if not titles or not all(t and t[0] in spec["titles"] for t in titles):
            continue
        named = [k for k in people if k in entities and any(
            bare(_key(text[max(0, m["start"] - 120):m["start"]]).split())[-len(t):] == t
            for m in entities[k]["mentions"] for t in titles)]
        if len(named) == 1:
            _merge_into(entities, key, named[0])


def _merge_into(entities: dict[str, dict[str, Any]], key: str, target_key: str) -> None:
    """Move the mentions of entity `key` to entity `target_key`, which takes `key`'s place in
    the order of first mention."""
    target = entities.pop(target_key)
    target["mentions"] = sorted(entities[key]["mentions"] + target["mentions"], key=lambda m: m["start"])
    items = list(entities.items())
    entities.clear()
    entities.update((target_key, target) if k == key else (k, v) for k, v in items)


@lru_cache(maxsize=4096)
def _security_phrase(name: str) -> str | None:
    """"bare" when `name` is an umbrella name of security forces alone ("قوات الامن"),
    "named" when it opens with one ("قوات الامن الصوماليه", "قوات امن جوبالاند"), else None."""
    words = tuple(name.split())
    for phrase in linking()["security_forces"]:
        if words[:len(phrase)] == phrase:
            return "bare" if len(words) == len(phrase) else "named"
    return None


def _security_key(entities: dict[str, dict[str, Any]]) -> str | None:
    """The last entity the article named with an umbrella name of security forces."""
    return _last_named(entities, lambda words: _security_phrase(" ".join(words)), "ORG")


def _contains(full: list[str], part: list[str]) -> bool:
    """Do the words `part` stand together inside `full`?"""
    return any(full[k:k + len(part)] == part for k in range(len(full) - len(part) + 1))


def _extended_name_key(name: str, kind: str, entities: dict[str, dict[str, Any]]) -> str | None:
    """The entity named before by the name this one extends with descriptive words of its
    kind only: "مطار عدن الدولي" after "مطار عدن", "قاعدة براك الشاطئ الجوية" after
    "قاعدة براك الشاطئ" (linking.yaml name_extensions)."""
    words = name.split()
    extensions = linking()["name_extensions"]
    end = len(words)
    while end > 2 and words[end - 1] in extensions:
        end -= 1
    if end == len(words):
        return None
    base = words[:end]
    return _last_named(entities, lambda words: words == base, kind)


@lru_cache(maxsize=4096)
def _group_key(key: str, quantifiers: bool = True) -> str:
    """A group's key with its count quantifier (a word or two) dropped and its words put to
    their synonym class's first word: "الاف محتج" and "متظاهر" are one key, "بعض نواب" and
    "عدد من نواب" another (linking.yaml)."""
    words = key.split()
    data = linking()
    for size in (2, 1) if quantifiers else ():     # "عدد من", then "آلاف"
        if len(words) > size and " ".join(words[:size]) in data["count_quantifiers"]:
            words = words[size:]
            break
    synonyms = data["group_synonyms"]
    return " ".join(synonyms.get(word, word) for word in words)


def _quantified(key: str) -> bool:
    """Does a group's key open with a count quantifier ("عدد من نواب", "بعض سكان")?  Such a
    group, like a definite one, is the group named before whose description it shortens."""
    return _group_key(key) != _group_key(key, quantifiers=False)


def _shortens(short: list[str], full: list[str]) -> bool:
    if len(full) <= len(short):
        return False
    if full[:len(short)] == short:
        return True
    return len(short) >= 2 and short[0] == full[0] and short[-1] == full[-1] and set(short) <= set(full)


def _definite(surface: str) -> bool:
    """Does the phrase open with the article (after a proclitic): "المسؤولون", "وللمسؤولين"?"""
    first = _key(surface).split()[0] if surface.strip() else ""
    return first.startswith(("ال", "وال", "فال", "بال", "لل", "ولل"))


def _named_before_key(mention: Mention, entities: dict[str, dict[str, Any]], groups: dict[str, tuple[str, ...]]) -> str | None:
    """A definite group takes up the group named before whose description it shortens:
    "المسؤولون الأمريكيون" after "مسؤولون أمريكيون حاليون وسابقون" (the article marks what
    the reader has already met), when both are of the same country; so does a counted one
    ("عدد من النواب" after "بعض النواب في مجلس الأمة"), both without their quantifiers."""
    words = tuple(_group_key(mention.key).split())
    for key in reversed(list(entities)):
        entity = entities[key]
        earlier = tuple(_group_key(" ".join(groups[key])).split()) if key in groups else None
        if (entity["type"] == "GROUP" and earlier and len(earlier) > len(words)
                and earlier[:len(words)] == words and mention.country in (None, entity.get("country"))):
            return key
    return None


def _named_unit(text: str, mention: Mention) -> bool:
    """Is the unit given a name of its own right after its words ("القوات الخاصة المعروفة باسم
    غاشان": linking.yaml unit_naming_words)?"""
    following = text[mention.end:mention.end + 40].split()
    return bool(following) and normalise_word(following[0]) in linking()["unit_naming_words"]


def _unit_owner(entities: dict[str, dict[str, Any]], kinds: dict[str, str], owner_kinds: frozenset[str]) -> str | None:
    """The force a unit named by its kind alone ("قوة خاصة") belongs to: the later named of the army
    (an entity of one of `owner_kinds`) and the umbrella security forces ("قوات الأمن"), if any
    (linking.yaml unit_owners)."""
    security = _security_key(entities)
    for key in reversed(list(entities)):
        if kinds.get(key) in owner_kinds or key == security:
            return key
    return None


def _earlier_institution(entities: dict[str, dict[str, Any]], kinds: dict[str, str], institution: str,
                         home: str | None, kb: KnowledgeBase | None = None, phrase: str = "") -> str | None:
    """The body a bare institution ("الحكومة") names back: the last of its kind that is of the
    article's own country, else the last of its kind.  A foreign government named on the way
    ("بوساطة … والحكومة السويسرية") does not take over the home government's bare name.  A bare
    phrase with words of its own (linking.yaml institution_phrase_names: "الشرطة") names back only
    a body named with one of them: the police is not the security forces, the gendarmerie or the
    coast guard that share its kind."""
    words = linking()["institution_phrase_names"].get(phrase)
    of_kind = [k for k in reversed(kinds) if kinds[k] == institution and _named_as_institution(entities, kb, k, institution)
               and (words is None or _named_with(entities, kb, k, words))]
    own = next((k for k in of_kind if (entities.get(k) or {}).get("country") == home), None) if home else None
    return own or (of_kind[0] if of_kind else None)


_NAME_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل")


def _named_as_institution(entities: dict[str, dict[str, Any]], kb: KnowledgeBase | None, key: str,
                          institution: str) -> bool:
    """Is the body `key` named, in the text or in the knowledge base, with one of the words a
    body of the bare institution's kind must hold (linking.yaml institution_names: "الحكومة"
    names back "حكومة الوفاق" or "الحكومة السورية", never "الرئاسة التركية" or "مجلس السيادة",
    which the knowledge base files under the same kind)?  A kind with no such words: yes."""
    required = linking()["institution_names"].get(institution)
    if not required or entities.get(key) is None:
        return True
    return _named_with(entities, kb, key, required)


def _named_with(entities: dict[str, dict[str, Any]], kb: KnowledgeBase | None, key: str,
                required: frozenset[str]) -> bool:
    """Is the body `key` named, in the text or in the knowledge base, with one of the required
    word stems (matched without the article or a clitic)?"""
    from khabar.entities.recognise import _stem

    entity = entities.get(key)
    if entity is None:
        return False
    texts = [m["text"] for m in entity["mentions"]] + [entity.get("name_ar") or ""]
    entry = kb.entries.get(entity["kb"]) if kb is not None and entity.get("kb") else None
    if entry is not None:
        texts += [alias.text for alias in entry.aliases]
    for text in texts:
        for word in _key(text).split():
            bare = next((word[len(p):] for p in _NAME_PREFIXES if word.startswith(p) and len(word) - len(p) >= 3), word)
            if _stem(bare) in required or _stem(word) in required:
                return True
    return False


def _earlier_regional_government(entities: dict[str, dict[str, Any]], unit: str) -> str | None:
    """The last ORG entity one of whose mentions is "حكومة" + the unit ("حكومة إقليم كوردستان" for a
    bare "حكومة الإقليم", unit "اقليم"), if any."""
    for key in reversed(list(entities)):
        entity = entities[key]
        if entity["type"] != "ORG":
            continue
        for mention in entity["mentions"]:
            words = _key(mention["text"]).split()
            if len(words) >= 2 and words[0].endswith("حكومه") and words[1] in (unit, "ال" + unit):
                return key
    return None


def _body_key(mention: Mention, body: str, entities: dict[str, dict[str, Any]], kinds: dict[str, str],
              countries: Counter) -> str:
    """The entity a state body named by its function belongs to.  "وزارة الصحة الفلسطينية"
    joins an earlier body of its kind and country ("الحكومة اليابانية" after the Government
    of Japan); a bare "وزارة الصحة" joins the last body named with that phrase, else it is
    the article's own country's."""
    kind = mention.role["kind"]
    if mention.role["qualified"]:
        if mention.country:
            for key in reversed(list(entities)):
                entity = entities[key]
                if entity["type"] == mention.type and entity["country"] == mention.country and (
                        kinds.get(key) == kind and kind != "ministry"
                        or _key(entity.get("name_ar") or "").startswith(body)):
                    return key
        return f"{mention.type}:body:{body}:{mention.country}"
    for key in reversed(list(entities)):
        if entities[key]["type"] == mention.type and _key(entities[key].get("name_ar") or "").startswith(body):
            return key
    mention.country = _home(countries)
    return f"{mention.type}:body:{body}:{mention.country}"


@lru_cache(maxsize=4)
def _office_index(kb: KnowledgeBase) -> dict[tuple[str, str], list[tuple[Entry, dict[str, Any]]]]:
    """(office, country) → the people who held it, with the office record."""
    index: dict[tuple[str, str], list[tuple[Entry, dict[str, Any]]]] = {}
    for entry in kb.entries.values():
        for office in entry.offices:
            index.setdefault((office.get("office"), office.get("of")), []).append((entry, office))
    return index


def _holder(kb: KnowledgeBase, office: str, country: str | None, day: date | None,
            style: str | None = None) -> Entry | None:
    """The one person who held `office` of `country` on `day` (None when none or several).

    A title that names the office by its style ("الرئيس": a President) takes the holder of
    the country's office of that style, whichever kind it is: Iran's President heads its
    government, not its state (its Supreme Leader does).  A country none of whose offices
    has that style (a kingdom) keeps the office the title names."""
    if not country:
        return None
    records = _office_index(kb).get((office, country), ())
    if style:
        # (a Vice President is no President: the UAE's Prime Minister is its "Vice President and …")
        styled = [(entry, record) for kind in _STYLED_OFFICES for entry, record in _office_index(kb).get((kind, country), ())
                  if re.search(rf"\b{re.escape(style)}\b", record.get("title") or "")
                  and not re.search(rf"\b(?:Vice|Deputy)[- ]{re.escape(style)}\b", record.get("title") or "")]
        if styled:
            records = styled
    return _the_one(entry for entry, record in records if _holds(record, day))


def _honoured_holder(kb: KnowledgeBase, role: dict[str, Any], countries: list[str], day: date | None) -> Entry | None:
    """The holder an honoured title with no nisba names ("جلالة الملك", "سمو الأمير", "أمير
    البلاد"): a monarch's title, of the article's countries, most named first, the first whose
    office carries the title's style (an Emir, a King) on `day`; any other title, the first
    country's holder, of the style the title names where it names one ("فخامة الرئيس" in a
    kingdom names no one).  A Kuwaiti paper's "سمو الأمير" in a story about Iraq is Kuwait's
    Emir, not Iraq's President."""
    style = role.get("style")
    for country in countries if role.get("monarch") else countries[:1]:
        holder = _holder(kb, role["office"], country, day, style)
        if holder is not None and (not style or any(
                re.search(rf"\b{re.escape(style)}\b", o.get("title") or "") and _holds(o, day) and o.get("of") == country
                for o in holder.offices)):
            return holder
    return None


def _the_one(holders: Iterable[Entry]) -> Entry | None:
    """The one person among `holders` (several records of one person count once), or None."""
    held = {entry.kb: entry for entry in holders}
    return next(iter(held.values())) if len(held) == 1 else None


_STYLED_OFFICES = ("head-of-state", "head-of-government")


@lru_cache(maxsize=1)
def _offices_of(kb: KnowledgeBase) -> dict[str, list[tuple[Entry, dict[str, Any]]]]:
    """State or body (`of`) → every office record of it, of any kind, with its holder."""
    index: dict[str, list[tuple[Entry, dict[str, Any]]]] = {}
    for entry in kb.entries.values():
        for office in entry.offices:
            index.setdefault(str(office.get("of")), []).append((entry, office))
    return index


def _title_head(title: str) -> str:
    """An office title before its first "of/for/to/on": what the office is ("Spokesperson for
    the Secretary-General" is a spokesperson's)."""
    return re.split(r"\s(?:of|for|to|on|at)\s", title, maxsplit=1)[0]


def _styled_holder(kb: KnowledgeBase, whose: str, style: str, about: list[str], day: date | None) -> Entry | None:
    """The one person whose office of `whose` on `day` carries the title `style` ("Crown
    Prince", "Secretary-General") and, when the text says for whom, that place's name ("UN
    Special Envoy for Yemen"); None when no record or several."""
    pattern = re.compile(rf"\b{re.escape(style)}\b", re.IGNORECASE)
    records = [(entry, record) for entry, record in _offices_of(kb).get(whose, ())
               if pattern.search(_title_head(record.get("title") or "")) and _holds(record, day)
               and not re.search(r"\b(?:Deputy|Vice|Assistant|Under)\b", record.get("title") or "")]
    if about:
        records = [(e, r) for e, r in records if any(place in (r.get("title") or "") for place in about)]
    return _the_one(entry for entry, _ in records)


def _earlier_of_kind(entities: dict[str, dict[str, Any]], head: str, country: str | None,
                     kinds: dict[str, str] | None = None) -> str | None:
    """The key of the last entity whose Arabic name or one of whose mentions starts with
    `head` (وزاره …), of the same country when one is given: what "الوزارة" or "الشبكة
    الأمريكية" refers back to ("التنظيم" after "تنظيم داعش", whose Arabic name is another),
    else the last of an organisation kind the head names (linking.yaml head_kinds: "الشركة"
    after "أرامكو", a company; `kinds` maps entity keys to their knowledge-base kind)."""
    of_kind = linking()["head_kinds"].get(head, frozenset())
    # "المستشفى" names a facility back, "الوزارة" a body (linking.yaml facility_heads)
    types = ("FAC",) if head in linking()["facility_heads"] else ("ORG", "GROUP")
    fallback = None
    for key, entity in reversed(entities.items()):
        if entity["type"] not in types or (country is not None and entity["country"] != country):
            continue
        if _opens_with(_key(entity.get("name_ar") or ""), head) \
                or any(_opens_with(_key(m["text"]), head) for m in entity["mentions"]):
            return key
        if fallback is None and kinds and kinds.get(key) in of_kind:
            # "التنظيم" after "تنظيم الدولة" and "حركة الشباب" is the former: a name that opens
            # with the head comes first, a body only of the head's kind after it
            fallback = key
    return fallback


def _minister_ministry(text: str, mention: Mention, kb: KnowledgeBase,
                       countries: Counter) -> tuple[Entry | None, str, str | None] | None:
    """The ministry a bare "الوزارة" with no ministry named before refers to: that of the last
    minister's title before it ("وزير الصحة والسكان" → "وزارة الصحة والسكان"; linking.yaml
    minister_ministry), of the country its nisba names ("وزير الخزانة الأمريكي") or else the
    article's.  Returns (knowledge-base entry or None, entity key, country), None when the
    mention is no bare ministry head or no minister's title with a portfolio came before."""
    data = linking()
    if (mention.role or {}).get("refers") != data["ministry"] or mention.word_span[1] - mention.word_span[0] != 1:
        return None     # "الوزارة" alone; "الوزارة الأمريكية" says whose it is
    words = _key(text[:mention.start]).split()
    for i in range(len(words) - 1, -1, -1):
        word = words[i][1:] if words[i].startswith("و") and words[i][1:] in data["minister_titles"] else words[i]
        if word not in data["minister_titles"]:
            continue
        portfolio = _portfolio_at(words, i + 1)
        if portfolio is None or portfolio in data["no_ministry"]:
            return None     # the last minister named holds no ministry we can name
        after = words[i + 1 + len(portfolio)] if i + 1 + len(portfolio) < len(words) else ""
        country = _nisba_country(kb, after) or _home(countries)
        phrase = (data["ministry"],) + portfolio
        entry = _home_entry(kb, phrase, country) if country else None
        return (entry, entry.kb if entry else f"ORG:body:{' '.join(phrase)}:{country}", country)
    return None


def _portfolio_at(words: list[str], i: int) -> tuple[str, ...] | None:
    """The longest portfolio ("الصحه العامه", "الصحه") that the words from i open with (the
    recogniser's table of patterns.yaml's portfolios: by first word, longest first)."""
    if i >= len(words):
        return None
    phrases = _patterns()["state_bodies"]["portfolios"].get(words[i], ())
    return next((p for p in phrases if tuple(words[i:i + len(p)]) == p), None)


def _nisba_country(kb: KnowledgeBase, word: str) -> str | None:
    """The country a definite nisba ("الامريكي", "البحرينيه") names, if it names one."""
    return next((country for country, nisbas in _definite_nisbas(kb).items() if word in nisbas), None)


def _opens_with(name: str, head: str) -> bool:
    """Does the name's first word, without its article, open with `head`: "وزاره الصحه"
    and "الوزاره" open with "وزاره"; "تنظيم داعش" with "تنظيم"."""
    bare = name[2:] if name.startswith("ال") else name
    return bare.startswith(head)


@lru_cache(maxsize=65536)
def _key(surface: str) -> str:
    """A surface's normalised words (cached: the same names recur across mentions and articles)."""
    from khabar.text.normalise import normalise_word
    return " ".join(normalise_word(surface).split())


def _surface(mention: Mention, text: str) -> str:
    """The name a mention's text spells: its text, with the article's alef back where لل
    took it ("للدفاع المدني" names "الدفاع المدني", not "لدفاع المدني")."""
    surface = text[mention.start:mention.end]
    return "ا" + surface if mention.lost_article else surface


def add_unnamed_group(entities: list[dict[str, Any]], surface: str, country: str | None = None) -> dict[str, Any]:
    """Append to a record's entities a new anonymous GROUP named by its surface, with no mention yet,
    and return it: the parties a later stage finds that linking left unnamed (the events' crowds, the
    claims' anonymous speakers).  Its id is the next after the highest "eN" (an entity dropped since
    linking leaves a gap, so the count of entities may name one already taken)."""
    numbers = [int(e["id"][1:]) for e in entities if str(e.get("id", "")).startswith("e") and e["id"][1:].isdigit()]
    entity = {"id": f"e{max(numbers, default=0) + 1}", "kb": None, "wikidata": None, "name": surface,
              "name_ar": surface, "type": "GROUP", "country": country, "sector": None, "role": None,
              "geo": None, "anonymous": True, "mentions": []}
    entities.append(entity)
    return entity


def _new_entity(entry: Entry | None, mention: Mention, text: str, day: date | None) -> dict[str, Any]:
    surface = _surface(mention, text)
    if entry is None:
        return {"id": None, "kb": None, "wikidata": None, "name": surface, "name_ar": surface,
                "type": mention.type, "country": mention.country, "sector": None,
                "role": (mention.role or {}).get("office"), "geo": None, "anonymous": mention.anonymous,
                "mentions": []}
    office = entry.office_on(day) if entry.offices else None
    if mention.type == "NORP" and entry.kind == "country":
        return {"id": None, "kb": None, "wikidata": None, "name": f"{entry.name} (people)", "name_ar": surface,
                "type": "NORP", "country": entry.country, "sector": None, "role": None, "geo": None,
                "anonymous": False, "mentions": []}
    return {"id": None, "kb": entry.kb, "wikidata": entry.wikidata, "name": entry.name, "name_ar": entry.name_ar,
            "type": entry.type, "country": entry.country, "sector": entry.sector,
            "role": office.get("title") if office else None, "geo": entry.geo, "anonymous": False, "mentions": []}
