"""Checks that every session's knowledge-base files must pass (tests/knowledge/test_kb_s1*.py):
which entries a file adds, what a phrase links to, which new short forms are ordinary words,
and which new alias words would stop the tokenizer splitting a clitic off a common word."""

from collections.abc import Iterable
from typing import Any

from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import _load_yaml
from khabar.text.normalise import normalise_word

KIND_OF_FILE = {"organizations": "org", "places": "place", "people": "person", "events": "event"}


def linked(text: str) -> set[str]:
    """The ids of every entry one of whose aliases is `text` exactly."""
    return {e.kb for e, _ in knowledge_base().lookup(tuple(normalise_word(text).split()))}


def session_ids(session: int | str, files: tuple[str, ...] = ("organizations", "places", "people")) -> set[str]:
    """The global ids of the entries in `<file>-s<session>.yaml` for each named file."""
    return {f"khabar:{KIND_OF_FILE[name]}/{e['id']}" for name in files
            for e in _load_yaml(f"{name}-s{session}.yaml")}


# One-word place names the lexicon lists but that news writes foremost as the place; each was
# checked for another reading news might use.
PLACE_NAMES_FIRST = {"الكرك": "Al-Karak, seat of a Jordanian governorate; the lexicon lists it as the name, "
                              "and the Gulf's karak tea is written without the article ('شاي كرك')",
                     "الشيشان": "Chechnya; the lexicon lists the name, which has no other reading",
                     "داغستان": "Dagestan; the lexicon lists the name, which has no other reading",
                     "أبخازيا": "Abkhazia; the lexicon lists the name, which has no other reading",
                     "تهامة": "Tihama, Yemen's Red Sea plain; the lexicon lists the name, which news writes "
                              "for the plain (and Saudi Arabia's Tihama, the same plain's north)",
                     "كويتا": "Quetta, capital of Balochistan; the lexicon lists the name, which has no other reading",
                     "شوشا": "Shusha in Karabakh; the lexicon lists the name (شوشة 'tuft' ends in ة and stays apart)"}


def ordinary_short_forms(shorts: list[str]) -> list[str]:
    """The short forms that are words of the lexicon frequent enough in news to mislead
    (except PLACE_NAMES_FIRST)."""
    from khabar.text.clitics import _zipf_table
    from khabar.text.lexicon import default_lexicon
    lexicon, zipf = default_lexicon(), _zipf_table()
    return [s for s in shorts if s not in PLACE_NAMES_FIRST
            and normalise_word(s) in lexicon and zipf.get(normalise_word(s), 0.0) >= 1.5]


# Given names that are also words of the lexicon but that news writes foremost as names; each
# was checked on phrases where the word is ordinary ("حظر تجول ليلي شامل", "أكبر معمر في العالم").
GIVEN_NAMES_FIRST = {"ليلي": "ليلى (normalised like ليلي 'nocturnal')", "معمر": "Muammar ('long-lived')",
                     "جلال": "Jalal ('majesty'; checked on 'في جلال ووقار', 'أمام جلال المشهد')",
                     "حسني": "Husni ('good', pl. constr.; checked on 'حسني السيرة والسلوك')",
                     "هنري": "Henri / Henry (no Arabic word; frequent in news only as the name: هنري كيسنجر)",
                     "رانا": "Rana (رانا ثناء الله; a given name in Arab news too; 'he saw us' is written رآنا)",
                     "سورين": "Suren (سورين بابيكيان; the dual of سور 'wall' is rare in news)"}


def ordinary_given_names(new_ids: set[str]) -> list[str]:
    """First words of the new people's full names that no older person's name opens with and
    that are frequent words of the lexicon (except GIVEN_NAMES_FIRST): each becomes a given name
    the entities stage trusts (recognise._first_names), so "مهد" (cradle) would start a person's
    name anywhere."""
    from khabar.text.clitics import _zipf_table
    from khabar.text.lexicon import default_lexicon
    lexicon, zipf = default_lexicon(), _zipf_table()
    kb = knowledge_base()

    def openers(entries) -> set[str]:
        return {a.words[0] for e in entries if e.kind == "person" for a in e.aliases
                if a.via == "name" and len(a.words) >= 2}
    older = openers(e for e in kb.entries.values() if e.kb not in new_ids)
    fresh = openers(kb.entries[kb_id] for kb_id in new_ids) - older
    return sorted(w for w in fresh - set(GIVEN_NAMES_FIRST) if w in lexicon and zipf.get(w, 0.0) >= 1.5)


def clitic_protecting_words(new_ids: set[str], first_words: bool = True) -> list[str]:
    """New alias words (words no older curated alias has) that start with a proclitic whose
    split reading is far more frequent than the whole word: protecting them from clitic
    splitting (KnowledgeBase.name_words) would stop the tokenizer splitting them everywhere."""
    from khabar.text.clitics import _zipf_table
    zipf = _zipf_table()
    kb = knowledge_base()
    older = {w for entry in kb.entries.values() if entry.kb not in new_ids and entry.curated
             for alias in entry.aliases for w in alias.words}
    start = 0 if first_words else 1
    new_words = {w for kb_id in new_ids for alias in kb.entries[kb_id].aliases for w in alias.words[start:]}

    def split_reading_dominates(word: str) -> bool:
        rests = [word[1:]] + (["ال" + word[2:]] if word.startswith("لل") else [])
        best = max(zipf.get(rest, 0.0) for rest in rests)
        return best >= 4.5 and best > zipf.get(word, 0.0) + 1.0
    return sorted(w for w in new_words - older if w[:1] in "وفبلك" and split_reading_dominates(w))


def session_alias_defects(session: int | str, files: tuple[str, ...]) -> tuple[int, list[str]]:
    """How many one-word aliases and short forms `<file>-s<session>.yaml` add, and those of their
    words that are ordinary words, protect a clitic on a common word, or become a given name the
    entities stage trusts (the three checks above, one list)."""
    entries = [e for name in files for e in _load_yaml(f"{name}-s{session}.yaml")]
    singles = [a for e in entries for a in (e.get("ar") or []) + (e.get("short") or []) if " " not in a]
    new_ids = session_ids(session, files)
    return len(singles), (ordinary_short_forms(singles) + clitic_protecting_words(new_ids)
                          + ordinary_given_names(new_ids))


def names_a_place(words: list[str]) -> bool:
    """Whether the words are, whole, the alias of a place, city or country."""
    return any(kb_id.startswith(("khabar:place/", "khabar:city/", "khabar:country/")) for kb_id in linked(" ".join(words)))


def aliases_carrying_a_town(aliases: list[str], joiners: tuple[str, ...] = ("في", "وسط")) -> list[str]:
    """The aliases that go on, after "في" or "وسط", with the name of the town a facility stands in
    ("مستشفى رجب طيب أردوغان في مقديشو"): the longest match would take the town into the
    facility's span, where the gold lists the two apart."""
    return [a for a in aliases for i, w in enumerate(a.split()) if w in joiners and names_a_place(a.split()[i + 1:])]


def session_aliases(session: int | str, files: tuple[str, ...]) -> list[str]:
    """Every Arabic alias (`ar`) the entries of `<file>-s<session>.yaml` write, in file order."""
    return [a for name in files for e in _load_yaml(f"{name}-s{session}.yaml") for a in e.get("ar") or []]


def aliases_shared_with_older(new_ids: set[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The aliases of the new entries that also name an older entry, as (new id, words): a new
    entry that repeats an older one's alias splits one thing in two."""
    entries = knowledge_base().entries
    return [(kb_id, alias.words) for kb_id in sorted(new_ids) for alias in entries[kb_id].aliases
            if linked(" ".join(alias.words)) - new_ids]


def session_entries(session: int | str, name: str) -> list[dict]:
    """The raw entries of `<name>-s<session>.yaml` (e.g. name "places"), in file order."""
    return _load_yaml(f"{name}-s{session}.yaml")


def types_of(kb_ids: Iterable[str]) -> dict[str, str | None]:
    """The entity type of each id, None for an id the knowledge base lacks."""
    entries = knowledge_base().entries
    return {kb_id: entries[kb_id].type if kb_id in entries else None for kb_id in kb_ids}


def session_alias_problems(session: int | str, files: tuple[str, ...],
                           joiners: tuple[str, ...] = ("في", "وسط", "ب")) -> dict[str, Any]:
    """Everything a session's new aliases must not do, in one report: how many aliases and
    one-word forms it adds, the aliases that also name an older entry, those that carry the town a
    facility stands in, and the words that are ordinary, protect a clitic or become a given name."""
    aliases = session_aliases(session, files)
    singles, defects = session_alias_defects(session, files)
    return {"aliases": len(aliases), "singles": singles,
            "shared": aliases_shared_with_older(session_ids(session, files)),
            "towns": aliases_carrying_a_town(aliases, joiners=joiners), "defects": defects}
