"""Recognising entities: knowledge-base names, anonymous groups, and pattern-built names.

1. Knowledge-base names: the longest alias that matches the normalised tokens at each
   place (clitics are already split off, so وإسرائيل and لإسرائيل match إسرائيل).
2. Anonymous groups that act as sources or actors ("مسؤولون أمريكيون حاليون وسابقون",
   "مصدر أمني", "أفراد عائلات المحتجزين"): a head noun, modifiers, and a nisba that gives
   the country.
3. Names the knowledge base does not know: a title ("وزير الخارجية الأردني", "المتحدث
   باسم الجيش") followed by a name that starts with a known first name; an organisation
   head word ("حركة", "وكالة") followed by its name.
The patterns are data (data/patterns.yaml).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, NORM

from khabar.datafile import load_yaml
from khabar.knowledge import Entry, KnowledgeBase, knowledge_base
from khabar.text.clitics import proclitics, third_person_pronouns
from khabar.text.normalise import normalise_word

__all__ = ["Mention", "MentionIndex", "Word", "byline_outlet", "dateline_agency", "recognise", "words_of"]

_OBJECT_PRONOUNS = third_person_pronouns()   # a pronoun the tokenizer split off a verb or noun


@dataclass(slots=True)
class Word:
    """A token for matching: its normalised form and original offsets."""

    norm: str
    start: int
    end: int
    is_punct: bool = False
    lemma: str = ""
    maqsura: bool = False   # written with a final alef maqsura (اليمنى), normalised to ي
    other_spelling: bool = False   # the letters of a given name or kunya spelled as another word (الآن, إم)
    hamza_al: bool = False  # written أل/إل (ألفريد، ألكاش): its ال is the word's own letters, no article


@dataclass
class Mention:
    start: int
    end: int
    type: str
    via: str
    candidates: list[Entry] = field(default_factory=list)   # knowledge-base entries it may be
    country: str | None = None
    role: dict[str, Any] | None = None                     # {"office": …, "country": …, "title": …}
    anonymous: bool = False
    word_span: tuple[int, int] = (0, 0)                    # indices into the word list
    parts: list["Mention"] = field(default_factory=list)   # named bodies inside it ("مسؤول في بلدية جنين")
    key: str | None = None                                 # what links forms of one unnamed referent
    qualifies: bool = False                                # a nisba that only says whose a group is
    after_title: bool = False                              # a bare surname right after a title ("الرئيس السابق ترامب")
    lost_article: bool = False                             # starts on an article whose alef لل took ("للدفاع المدني")
    members: str | None = None                             # a body named after "مسلحون من": the stem of its members' noun


class MentionIndex:
    """The mentions of a run of words, by the word each starts and ends at: how claims and
    events find the entity right after or right before a word."""

    def __init__(self, words: list[Word], mentions: list[Mention]):
        self.words = words
        self.starts: dict[int, tuple[Mention, int]] = {}   # first word → (mention, word after it)
        self.ends: dict[int, tuple[Mention, int]] = {}     # last word → (mention, its first word)
        if not mentions:
            return
        # words are in text order and do not overlap: a mention's edges are found by bisection
        starts = [w.start for w in words]
        count = len(words)
        for mention in mentions:
            first = bisect.bisect_left(starts, mention.start)
            if first == count or starts[first] != mention.start:
                continue
            last = bisect.bisect_left(starts, mention.end, first) - 1
            if last < first or words[last].end != mention.end:
                continue
            self.starts.setdefault(first, (mention, last + 1))
            if last not in self.ends or self.ends[last][1] >= first:
                self.ends[last] = (mention, first)   # a nested part never hides its group

    def at(self, i: int) -> tuple[Mention, int] | None:
        """The mention starting at word i, with the index of the word after it."""
        return self.starts.get(i)

    def ending_before(self, i: int) -> tuple[Mention, int] | None:
        """The mention whose last word is i - 1, with the index of its first word."""
        return self.ends.get(i - 1)

    def first_word(self, mention: Mention) -> int | None:
        """The word this very mention starts at, None when it is not indexed here (another mention
        starting at the same word holds the place: unlike events.code._first_word, which finds a
        word by offset alone)."""
        return next((k for k, (found, _) in self.starts.items() if found is mention), None)


@lru_cache(maxsize=1)
def _linking_back_references() -> frozenset[str]:
    """The linker's own bare back-reference heads (entities/data/linking.yaml)."""
    from khabar.entities.link import linking
    return linking()["back_reference_heads"]


@lru_cache(maxsize=1)
def raw_patterns() -> dict[str, Any]:
    """patterns.yaml as written, read once for the recogniser and the linker."""
    return load_yaml(resources.files("khabar.entities").joinpath("data/patterns.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    raw = raw_patterns()
    titles = sorted(((tuple(normalise_word(t["text"]).split()), t["office"]) for t in raw["titles"]),
                    key=lambda t: -len(t[0]))
    norm = lambda items: {normalise_word(w) for w in items}  # noqa: E731
    title_styles = {" ".join(normalise_word(t).split()): style for t, style in raw["title_styles"].items()}
    styled_titles = {" ".join(normalise_word(t["text"]).split()): t for t in raw["styled_titles"]}
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for title in titles:
        by_first.setdefault(title[0][0], []).append(title)
    institutions: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, kind in sorted(((tuple(normalise_word(t["text"]).split()), t["kind"]) for t in raw["institutions"]),
                               key=lambda t: -len(t[0])):
        institutions.setdefault(phrase[0], []).append((phrase, kind))
    institution_not_before = {tuple(normalise_word(t["text"]).split()): frozenset(normalise_word(w) for w in t["not_before"])
                              for t in raw["institutions"] if t.get("not_before")}
    ev = raw["events"]
    phrases = lambda items: sorted((tuple(normalise_word(t).split()) for t in items), key=lambda t: -len(t))  # noqa: E731
    events = {"place_heads": norm(ev["place_heads"]), "year_heads": norm(ev["year_heads"]),
              "nisba_heads": phrases(ev["nisba_heads"]), "region_adjectives": norm(ev["region_adjectives"]), "alone": phrases(ev["alone"]),
              "election_heads": norm(ev["election_heads"]), "election_kinds": norm(ev["election_kinds"]),
              "war_heads": norm(ev["war_heads"]), "war_links": norm(ev["war_links"]),
              "quoted_heads": norm(ev["quoted_heads"]), "outbreak_heads": norm(ev["outbreak_heads"]),
              "idafa_heads": norm(ev["idafa_heads"]), "disaster_heads": norm(ev["disaster_heads"]),
              "storm_heads": norm(ev["storm_heads"]), "date_heads": norm(ev["date_heads"]),
              "meeting_heads": norm(ev["meeting_heads"]), "country_war_heads": norm(ev["country_war_heads"]),
              "body_meeting_heads": norm(ev["body_meeting_heads"]), "meeting_body_kinds": set(ev["meeting_body_kinds"]),
              "place_prefixes": norm(ev["place_prefixes"]), "striking_verbs": norm(ev["striking_verbs"])}
    events["first_words"] = (events["place_heads"] | events["year_heads"] | events["election_heads"]
                             | events["war_heads"] | events["quoted_heads"] | events["outbreak_heads"]
                             | events["idafa_heads"] | events["disaster_heads"] | events["date_heads"]
                             | events["meeting_heads"] | events["country_war_heads"] | events["body_meeting_heads"]
                             | {p[0] for p in events["nisba_heads"] + events["alone"]})
    sb = raw["state_bodies"]
    bodies: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, kind in sorted(((tuple(normalise_word(t["text"]).split()), t["kind"]) for t in sb["bodies"]),
                               key=lambda t: -len(t[0])):
        bodies.setdefault(phrase[0], []).append((phrase, kind))
    portfolios: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases(sb["portfolios"]):
        portfolios.setdefault(phrase[0], []).append(phrase)
    state_bodies = {"ministry_heads": norm(sb["ministry_heads"]), "portfolios": portfolios, "bodies": bodies,
                    "elliptic": norm(sb["elliptic_portfolios"]), "bare": set(phrases(sb["bare"])),
                    "belongs": norm(sb["belongs"]), "place_links": norm(sb["place_links"]),
                    "facility_kinds": set(sb["facility_kinds"]), "acting_kinds": set(sb["acting_kinds"]),
                    "building_cues": norm(sb["building_cues"]), "building_prepositions": norm(sb["building_prepositions"]),
                    "issuer_cues": norm(sb["issuer_cues"]), "trailing": norm(sb["trailing_adjectives"]),
                    "speaking_bare": set(phrases(sb["speaking_bare"])), "office_takers": norm(sb["office_takers"])}
    state_bodies["first_words"] = state_bodies["ministry_heads"] | set(bodies) | state_bodies["elliptic"]
    return {
        "state_bodies": state_bodies,
        "events": events,
        "institutions": institutions,
        "institution_phrases": {phrase for items in institutions.values() for phrase, _ in items},
        "institution_not_before": institution_not_before,
        # round s31: the one-word institutions ("الحكومة"، "الجيش"، "الشرطة") never go on a person's name:
        # "وطالب النائب X Y الحكومة بإرسال قوات" names X Y, then the object (azzaman-2021-09-06)
        "institution_words": frozenset(phrase[0] for items in institutions.values() for phrase, _ in items
                                       if len(phrase) == 1),
        "titles": by_first,
        "title_styles": title_styles,
        "styled_titles": styled_titles,
        "linkable": set(raw["linkable_offices"]),
        "home_titles": {tuple(normalise_word(t).split()) for t in raw["home_titles"]},
        "force_member_heads": norm(raw["force_member_heads"]),
        "single_agent_heads": norm(raw["single_agent_heads"]),
        "singular_agent_heads": norm(raw["singular_agent_heads"]),
        "agent_cues": norm(raw["agent_cues"]),
        "slotted_agent_heads": norm(raw["slotted_agent_heads"]),
        "plural_agent_cues": norm(raw["plural_agent_cues"]),
        "force_heads": [normalise_word(w) for w in raw["force_heads"]],
        "regional_governments": {key: norm(raw["regional_governments"][key]) for key in ("heads", "units", "bare_units")},
        "called_public": {"heads": norm(raw["called_public"]["heads"]), "verbs": norm(raw["called_public"]["verbs"]),
                          "reach": int(raw["called_public"]["reach"]), "breaks": norm(raw["called_public"]["breaks"]),
                          "asking": norm(raw["called_public"]["asking"]),
                          "participles": norm(raw["called_public"]["participles"]),
                          "quantifiers": norm(raw["called_public"]["quantifiers"]),
                          "quantified_heads": norm(raw["called_public"]["quantified_heads"])},
        "national_soldiers": {"heads": norm(raw["national_soldiers"]["heads"]),
                              "army_phrases": [tuple(normalise_word(w) for w in t.split())
                                               for t in raw["national_soldiers"]["army_phrases"]]},
        "national_forces": {"heads": norm(raw["national_forces"]["heads"]),
                            "adjectives": norm(raw["national_forces"]["adjectives"])},
        "quoted_faction": {"member_heads": norm(raw["quoted_faction"]["member_heads"])
                           | norm(raw["member_group_heads"]),
                           "not_first": norm(raw["quoted_faction"]["not_first"])},
        "government_forces": {"heads": norm(raw["government_forces"]["heads"]),
                              "categories": set(raw["government_forces"]["categories"])},
        "honoured_titles": {normalise_word(t["text"]): t["office"] for t in raw["honoured_titles"]},
        "honorifics": phrases(raw["honorifics"]),
        "home_whose": norm(raw["home_whose"]),
        "office_governors": norm(raw["office_governors"]),
        "monarch_styles": set(raw["monarch_styles"]),
        "org_heads": norm(raw["org_heads"]),
        "definite_body_heads": norm(raw["definite_body_heads"]),
        "definite_facility_heads": norm(raw["definite_facility_heads"]),
        "participle_shaped_nouns": norm(raw["participle_shaped_nouns"]),
        "photo_credit_cues": norm(raw["photo_credit_cues"]),
        "time_zone_words": norm(raw["time_zone_words"]),
        "old_quarters": {"heads": norm(raw["old_quarters"]["heads"]),
                         "adjectives": norm(raw["old_quarters"]["adjectives"])},
        "region_town_heads": norm(raw["region_town_heads"]),
        "place_idioms": {normalise_word(i["place"]): (norm(i.get("before") or []), norm(i.get("after") or []))
                         for i in raw["place_idioms"]},
        "site_endings": norm(raw["site_endings"]),
        "radio_bands": {tuple(normalise_word(w) for w in band.split()) for band in raw["radio_bands"]},
        "radio_band_firsts": {normalise_word(band.split()[0]) for band in raw["radio_bands"]},
        "charge_nouns": norm(raw["charge_nouns"]),
        "combat_nouns": norm(raw["combat_nouns"]),
        "designation_words": norm(raw["designation_words"]),
        "designation_reach": int(raw["designation_reach"]),
        "definite_facility_excluded": norm(raw["definite_facility_excluded"]),
        "facility_heads": norm(raw["facility_heads"]),
        "word_named_facility_heads": norm(raw["word_named_facility_heads"]),
        "split_name_clitics": frozenset(raw["split_name_clitics"]),
        "bearing_named_unit_heads": norm(raw["bearing_named_unit_heads"]),
        "border_port": {"heads": norm(raw["border_port"]["heads"]),
                        "adjectives": norm(raw["border_port"]["adjectives"]), "reach": raw["border_port"]["reach"]},
        "facility_idafa_heads": norm(raw["facility_idafa_heads"]),
        "verbal_noun_facility_heads": norm(raw["verbal_noun_facility_heads"]),
        "org_idafa_heads": norm(raw["org_idafa_heads"]),
        "construct_field_nouns": norm(raw["construct_field_nouns"]),
        "facility_duals": norm(raw["facility_duals"]),
        "facility_plurals": norm(raw["facility_plurals"]),
        "inner_country_links": norm(raw["inner_country_links"]),
        "anonymous_body_heads": norm(raw["anonymous_body_heads"]),
        "committee_heads": norm(raw["committee_heads"]),
        "defence_team_heads": norm(raw["defence_team_heads"]),
        "defence_words": norm(raw["defence_words"]),
        "committee_tasks": norm(raw["committee_tasks"]),
        "rank_adjectives": norm(raw["rank_adjectives"]),
        "community_adjectives": norm(raw["community_adjectives"]),
        "vessel_heads": norm(raw["vessel_heads"]),
        "vessel_kind_words": norm(raw["vessel_kind_words"]),
        "vessel_pronouns": norm(raw["vessel_pronouns"]),
        "owned_bodies": _owned_body_patterns(raw["owned_bodies"]),
        "vessel_prefixes": [tuple(normalise_word(p).split()) for p in raw["vessel_prefixes"]],
        "place_heads": {normalise_word(w): kind for kind, items in raw["place_heads"].items() for w in items},
        "street_heads": norm(raw["street_heads"]),
        "district_place_heads": norm(raw["district_place_heads"]),
        "zone_descriptions": norm(raw["zone_descriptions"]),
        "area_kind_nouns": norm(raw["area_kind_nouns"]),
        "quarter_heads": norm(raw["quarter_heads"]),
        "copulas": norm(raw["copulas"]),
        "anonymous_speakers": {k: norm(v) for k, v in raw["anonymous_speakers"].items()},
        "area_administered_by": {k: norm(v) for k, v in raw["area_administered_by"].items()},
        "placed_localities": {k: norm(v) for k, v in raw["placed_localities"].items()},
        "service_place_heads": norm(raw["service_place_heads"]),
        "placed_services": {key: norm(words) for key, words in raw["placed_services"].items()},
        "unnamed_envoys": {normalise_word(w).replace(" ", "") for w in raw["unnamed_envoys"]},
        "unnamed_envoy_firsts": {normalise_word(w.split()[0]) for w in raw["unnamed_envoys"]},
        "missions": {"heads": {normalise_word(w): kind for w, kind in raw["missions"]["heads"].items()},
                     "place_links": norm(raw["missions"]["place_links"])},
        "settlement_heads": norm(raw["settlement_heads"]),
        "numbered_street_heads": norm(raw["numbered_street_heads"]),
        "plural_place_heads": norm(raw["plural_place_heads"]),
        "eponym_titles": norm(raw["eponym_titles"]),
        "district_heads": norm(raw["district_heads"]),
        "toponym_first_words": norm(raw["toponym_first_words"]),
        "direction_words": norm(raw["regions"]["direction_adjectives"]),
        "feature_heads": norm(raw["feature_heads"]),
        "feature_idafa_heads": norm(raw["feature_idafa_heads"]),
        "verbal_noun_names": norm(raw["verbal_noun_names"]),
        "outlet_heads": frozenset(norm(raw["outlet_heads"])),
        "stops": norm(raw["stops"]),
        "name_links": norm(raw["name_links"]),
        "name_closing_offices": norm(raw["name_closing_offices"]),
        "naming_verbs": norm(raw["naming_verbs"]),
        "participle_complements": norm(raw["participle_complements"]),
        "time_nouns": norm(raw["time_nouns"]),
        "compound_name_heads": norm(raw["compound_name_heads"]),
        "compound_name_seconds": norm(raw["compound_name_seconds"]),
        "theophoric_heads": norm(raw["theophoric_heads"]),
        "member_group_heads": norm(raw["member_group_heads"]),
        "kin_group_nouns": frozenset(tuple(normalise_word(w) for w in phrase.split()) for phrase in raw["kin_group_nouns"]),
        "site_heads": norm(raw["site_heads"]),
        "site_event_nouns": norm(raw["site_event_nouns"]),
        "site_event_quantifiers": norm(raw["site_event_quantifiers"]),
        "source_group_heads": norm(raw["source_group_heads"]),
        "source_body_heads": norm(raw["source_body_heads"]),
        "suspect_heads": norm(raw["suspect_heads"]),
        "suspect_pronouns": norm(raw["suspect_pronouns"]),
        "suspect_person_nouns": norm(raw["suspect_person_nouns"]),
        "suspect_things": norm(raw["suspect_things"]),
        "definite_cardinals": norm(raw["definite_cardinals"]),
        "allied_group_heads": norm(raw["allied_group_heads"]),
        "allegiance_adjectives": norm(raw["allegiance_adjectives"]),
        "group_heads": norm(raw["group_heads"]),
        "follower_heads": norm(raw["follower_heads"]),
        "resident_heads": norm(raw["resident_heads"]),
        "origin_before_residents": norm(raw["origin_before_residents"]),
        "placed_group_heads": norm(raw["placed_group_heads"]),
        "residence_nouns": norm(raw["residence_nouns"]),
        "common_place_nouns": norm(raw["common_place_nouns"]),
        "family_heads": norm(raw["family_heads"]),
        "document_heads": norm(raw["document_heads"]),
        "group_modifiers": norm(raw["group_modifiers"]) | _adjective_forms(raw["group_adjective_bases"])
        | norm(raw["group_others"]),
        "head_modifiers": {normalise_word(h): frozenset(norm(item["modifiers"])) for item in raw["head_modifiers"]
                           for h in item["heads"]},
        "modifier_only_group_heads": norm(raw["modifier_only_group_heads"]),
        "nearness_adjectives": norm(raw["nearness_adjectives"]),
        "nearness_links": norm(raw["nearness_links"]),
        "group_quantifiers": norm(raw["group_quantifiers"]),
        "construct_group_heads": norm(raw["construct_group_heads"]),
        "counted_people": norm(raw["counted_people"]),
        "toll_nouns": norm(raw["toll_nouns"]),
        "setting_prepositions": norm(raw["setting_prepositions"]),
        "outskirts_heads": norm(raw["outskirts_heads"]),
        "idle_partitive_heads": norm(raw["idle_partitive_heads"]),
        "counted_members": {"pronouns": norm(raw["counted_members"]["pronouns"]),
                            "ends": norm(raw["counted_members"]["ends"]),
                            "reach": int(raw["counted_members"]["reach"])},
        "number_nouns": norm(raw["number_nouns"]),
        "singling_quantifiers": norm(raw["singling_quantifiers"]),
        "general_public": norm(raw["general_public"]),
        "governing_adjectives": norm(raw["governing_adjectives"]),
        "tallied_people": norm(raw["tallied_people"]),
        "administration_heads": norm(raw["administration_heads"]),
        "descriptive_heads": norm(raw["descriptive_heads"]),
        "bare_heads": norm(raw["bare_reference_heads"]) | _linking_back_references(),
        "people_after": norm(raw["people_after"]),
        "counting_words": norm(raw["counting_words"]),
        "pronouns": norm(raw["pronouns"]),
        "standalone_group_heads": norm(raw["standalone_group_heads"]),
        "subject_people": _subject_people_forms(raw["subject_people"]),
        "minister_group_heads": norm(raw["minister_group_heads"]),
        "outlet_group_heads": norm(raw["outlet_group_heads"]),
        "delegate_outlet_heads": norm(raw["delegate_outlet_heads"]),
        "place_before": norm(raw["place_before"]),
        "city_before": norm(raw["place_before"]) | norm(raw["city_before"]),
        "former_qualifiers": norm(raw["former_qualifiers"]),
        "capital_heads": norm(raw["capital_heads"]),
        "bare_governorate": {k: norm(v) for k, v in raw["bare_governorate"].items()},
        "bare_country": {normalise_word(head): kind for head, kind in raw["bare_country"]["heads"].items()},
        "spokesperson_nouns": {normalise_word(t["text"]).split()[0] for t in raw["titles"]
                               if t["office"] == "spokesperson" and normalise_word(t["text"]).endswith("باسم")},
        "official_adjectives": norm(raw["spokesperson_adjectives"]),
        "unqualified_only_names": {tuple(normalise_word(n).split()) for n in raw["unqualified_only_names"]},
        "context_regions": {normalise_word(word): spec for word, spec in raw["context_regions"].items()},
        "lineage_eponym": {"word": norm([raw["lineage_eponym"]["word"]]), "not_kin": norm(raw["lineage_eponym"]["not_kin"])},
        "title_words": {w for t in raw["titles"] for w in normalise_word(t["text"]).split()},
        "not_first_names": norm(raw["not_first_names"]),
        "single_name_titles": {tuple(normalise_word(t).split()) for t in raw["single_name_titles"]},
        "credit_cues": norm(raw["credit_cues"]),
        "speech_verbs": norm(raw["speech_verbs"]) | norm(raw["naming_verbs"]),
        "clause_edges": norm(raw["speech_verbs"]) | norm(raw["complementizers"]),
        "complementizers": norm(raw["complementizers"]),
        "telling_words": norm(raw["telling_words"]),
        "byline_desks": norm(raw["byline_desks"]),
        "said_followers": norm(raw["said_followers"]),
        "shape_excluded_first_names": norm(raw["shape_excluded_first_names"]),
        "maqsura_words": norm(raw["maqsura_words"]),
        "hamza_spelled_names": {normalise_word(word): frozenset(spellings)
                                for word, spellings in raw["hamza_spelled_names"].items()},
        "regions": {"directions": norm(raw["regions"]["directions"]), "second": norm(raw["regions"]["second"]),
                    "countryside": norm(raw["regions"]["countryside"]),
                    "locator_links": norm(raw["regions"]["locator_links"]),
                    "unnamed": bool(raw["regions"]["unnamed"]),
                    "direction_adjectives": sorted((tuple(normalise_word(a).split())
                                                    for a in raw["regions"]["direction_adjectives"]), key=lambda a: -len(a)),
                    "kinds": set(raw["regions"]["place_kinds"]),
                    "back_references": {normalise_word(w): f"khabar:place/{place}"
                                        for w, place in raw["regions"]["back_references"].items()}},
    }


def _adjective_forms(bases: list[str]) -> set[str]:
    """Every form of an adjective given in its masculine singular, normalised: the
    feminine, the sound plurals and the accusative ("ميداني" → ميدانيه، ميدانيون،
    ميدانيين، ميدانيا); the article is taken off where the forms are looked up."""
    forms = set()
    for base in bases:
        stem = normalise_word(base)
        forms.update({stem, stem + "ه", stem + "ون", stem + "ين", stem + "ا"})
    return forms


def _subject_people_forms(lexicon: dict[str, list[str]]) -> dict[str, str]:
    """Every written form of the people nouns of patterns.yaml subject_people, normalised, with
    what may follow it: "alone" (المعلمون), "construct" that must take a genitive (سائقو، موظفي)
    or "may" take one (an indefinite broken plural: أساتذة التعاقد، عمال)."""
    forms: dict[str, str] = {}
    for base in lexicon["sound"]:
        stem = normalise_word(base)
        for ending in ("ون", "ين"):
            forms[stem + ending] = forms["ال" + stem + ending] = "alone"
        forms[stem + "و"] = forms[stem + "ي"] = "construct"   # "سائقو الشاحنات", "موظفي الشركة"
    for plural in lexicon["broken"]:
        bare = normalise_word(plural)
        forms[bare], forms["ال" + bare] = "may", "alone"
    return forms


def _owned_body_patterns(raw: dict[str, Any]) -> dict[str, Any]:
    """patterns.yaml owned_bodies: each head as the tokenizer leaves it before a pronoun (its
    final ة written ت: "حكومة" → "حكومت") → (the body's definite phrase, its kind)."""
    def glued(text: str) -> tuple[str, ...]:
        words = text.split()
        words[-1] = words[-1].removesuffix("ة") + "ت" if words[-1].endswith("ة") else words[-1]
        return tuple(normalise_word(w) for w in words)

    heads = {glued(h["text"]): (tuple(normalise_word(w) for w in h["phrase"].split()), h["kind"])
             for h in raw["heads"]}
    commands = {tuple(normalise_word(w) for w in text.split()) for text in raw["army_commands"]}
    return {"heads": heads, "army_commands": commands,
            **{key: {normalise_word(w) for w in raw[key]} for key in ("pronouns", "country_pronouns", "after", "trailing")}}


def words_of(doc, start: int = 0, end: int | None = None) -> list[Word]:
    """The doc's tokens in [start, end) as Words; a line break becomes a punctuation word.

    The whole doc's words are built once and kept in its user data; a range is a slice."""
    words = doc.user_data.get("khabar_words")
    if words is None:
        words = doc.user_data["khabar_words"] = _all_words(doc)
        doc.user_data["khabar_word_starts"] = [w.start for w in words]
    if start == 0 and end is None:
        return words
    starts = doc.user_data["khabar_word_starts"]
    first = bisect.bisect_left(starts, start)
    last = len(words) if end is None else bisect.bisect_left(starts, end)
    return words[first:last]


_WORD_ATTRS = [IDX, LENGTH, NORM, LEMMA, IS_SPACE, IS_PUNCT]


_MARKS = dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640])   # harakat, dagger alef, tatweel


def _strip_marks(written: str) -> str:
    """A word as written, without its vowel marks and tatweel (its hamzas and madda kept)."""
    return written.translate(_MARKS)


def _all_words(doc) -> list[Word]:
    """One pass over the doc's token arrays (no spaCy Token objects); the strings of norm
    and lemma ids are looked up once per distinct id."""
    words: list[Word] = []
    append = words.append
    strings = doc.vocab.strings
    cache: dict[int, str] = {}
    maqsura_words = _patterns()["maqsura_words"]   # only they need the spelling of their last letter
    spelled_names = _patterns()["hamza_spelled_names"]   # only they need the spelling of their hamzas
    text = doc.user_data.get("khabar_text") or doc.text
    for idx, length, norm, lemma, is_space, is_punct in doc.to_array(_WORD_ATTRS).tolist():
        end = idx + length
        if is_space:
            if "\n" in text[idx:end]:
                append(Word("\n", idx, end, True))
            continue
        norm_text = cache.get(norm)
        if norm_text is None:
            norm_text = cache[norm] = strings[norm]
        lemma_text = cache.get(lemma)
        if lemma_text is None:
            lemma_text = cache[lemma] = strings[lemma]
        if norm_text in maqsura_words and text[end - 1] == "ى":
            append(Word(norm_text, idx, end, bool(is_punct), lemma_text, True))
        elif norm_text in spelled_names and _strip_marks(text[idx:end]) not in spelled_names[norm_text]:
            append(Word(norm_text, idx, end, bool(is_punct), lemma_text, other_spelling=True))
        elif norm_text.startswith("ال") and text[idx] in "أإ":
            append(Word(norm_text, idx, end, bool(is_punct), lemma_text, hamza_al=True))
        else:
            append(Word(norm_text, idx, end, bool(is_punct), lemma_text))
    return words


class _Recogniser:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.p = _patterns()
        self.first_names = (_first_names(kb) | _given_names()) - self.p["not_first_names"]
        self.word_like_names = _word_like_given_names() - self.first_names - self.p["not_first_names"]
        self._memo_words: list[Word] | None = None
        self._outlet_names: dict[tuple[str, ...], list[Entry]] | None = None
        self._memo: dict[int, Any] = {}
        self._followers_named: dict[str, str] = {}   # follower head → key of the last group named with it
        p = self.p
        # the rules that may find a mention starting with a word, in the order they are tried:
        # a word no rule can start at is passed over at once, and each candidate runs only the
        # rules whose first words it is (a dictionary look-up instead of a dozen calls)
        self.compound_given = _compound_given_names(self.first_names, self.p["compound_name_heads"],
                                                    self.p["compound_name_seconds"])
        names = self.first_names | {"ابو", "ام"} | {first for first, _ in self.compound_given}
        listing = [  # (rule, the words it can start at, does it return several mentions)
            (self._titled_person, set(p["titles"]) | set(p["honoured_titles"]) | {"و"}, True),   # و: "والي" read as و + إلى
            (self._credited, p["credit_cues"], True),
            (self._listed_facilities, p["facility_plurals"], True),
            (self._line_credit, set(kb.first_words) | names, True),
            (self._force_members, p["force_member_heads"], False),
            (self._national_soldiers, p["national_soldiers"]["heads"], False),
            (self._national_forces, p["national_forces"]["heads"], False),
            (self._allied_group, p["allied_group_heads"], False),
            (self._group, p["group_quantifiers"] | p["group_heads"] | p["standalone_group_heads"] | p["slotted_agent_heads"]
             | p["outlet_group_heads"] | p["delegate_outlet_heads"] | p["follower_heads"] | p["construct_group_heads"],
             False),
            (self._called_public, p["called_public"]["heads"], False),
            (self._subject_people, set(p["subject_people"]), False),
            (self._administration, p["administration_heads"], False),
            (self._family, p["family_heads"], False),
            (self._suspects, p["suspect_heads"] | p["suspect_person_nouns"], False),
            (self._defence_team, p["defence_team_heads"], False),
            (self._placed_service, p["placed_services"]["services"] | p["placed_services"]["branch_heads"], False),
            (self._mission, set(p["missions"]["heads"]), False),
            (self._unnamed_envoy, p["unnamed_envoy_firsts"], False),
            (self._anonymous_speaker, p["anonymous_speakers"]["titles"], False),
            (self._state_body, p["state_bodies"]["first_words"], False),
            (self._government_forces, p["government_forces"]["heads"], False),
            (self._quoted_faction, set(_OPEN_QUOTES), False),
            (self._institution, set(p["institutions"]), False),
            (self._event, p["events"]["first_words"], False),
            (self._capital, p["capital_heads"], False),
            (self._bare_governorate, p["bare_governorate"]["heads"], False),
            (self._bare_country, set(p["bare_country"]), False),
            (self._context_region, set(p["context_regions"]), False),
            (self._region, p["regions"]["directions"] if p["regions"]["unnamed"] else set(), False),
            (self._countryside, p["regions"]["countryside"], False),
            (self._glued_conjunction, self._glued_words(kb), False),
            (self._rejoined_name, set(self._split_names(kb)), False),
            (self._regional_government, p["regional_governments"]["heads"], False),
            (self._kb, set(kb.first_words), False),
            (self._definite_body, p["definite_body_heads"], False),
            (self._definite_facility, p["definite_facility_heads"], False),
            (self._descriptive, p["bare_heads"] | p["descriptive_heads"], False),
            (self._headed_name, p["org_heads"] | p["facility_heads"] | set(p["place_heads"]) | p["vessel_heads"]
             | p["facility_duals"], False),
            (self._apposed, names | self.word_like_names, False),
        ]
        rules: dict[str, tuple[list, list]] = {}
        for rule, first_words, several in listing:
            for word in first_words:
                rules.setdefault(word, ([], []))[0 if several else 1].append(rule)
        self.rules = {word: (tuple(a), tuple(b)) for word, (a, b) in rules.items()}
        self.starters = frozenset(self.rules)
        self.alias_words = frozenset(w for key in kb.index for w in key)   # every word of a known name
        # first words of the names written with a word that starts with a proclitic ("المرصد
        # السوري لحقوق الإنسان"): only there may the text's cut of that word differ from the alias's
        self.written_firsts = frozenset(key[0] for key in kb.index
                                        if any(w[:1] in "وفبلك" and len(w) > 1 for w in key[1:]))

    def run(self, words: list[Word]) -> list[Mention]:
        mentions: list[Mention] = []
        rules = self.rules
        self._memo_words, self._memo = words, {}
        self._followers_named: dict[str, str] = {}
        self._member_bodies: dict[int, str] = {}   # first word of a body named after "مسلحون من" → the noun's stem
        # the words a mention may start at, left to right; any other word is passed over
        candidates = [k for k, w in enumerate(words) if w.norm in rules]
        short = frozenset(self.p["quarter_heads"])   # "بحي": a head of two letters behind a proclitic
        glued = [k for k, w in enumerate(words) if w.norm[:1] in _GLUE_STARTS and w.norm not in rules
                 and (k + 1 < len(words) and (words[k + 1].norm.startswith("ال") or words[k + 1].norm in _OPEN_QUOTES)
                      and _clitic_host(w.norm, short) in rules or _lam_host(w.norm) in rules)]
        local: dict[int, Word] = {}
        whole: set[int] = set()   # "للبنان": ل on a name that starts with ل, a name alone
        if glued:
            # "لمنظمة الصحة العالمية", 'لمنظمة "X"': a preposition the tokenizer left on an indefinite
            # construct head (the word is no word of the lexicon, its host is); the word is read as its
            # host, the mention starting after the clitic, on a copy (the doc's words stay).  A
            # word some known name has as written ("التحالف بقيادة السعودية") keeps it for names
            # running over it, and is read as its host only where a mention starts at it.
            words = list(words)
            for k in glued:
                w = words[k]
                lam_host = _lam_host(w.norm)
                host = lam_host or _clitic_host(w.norm, short)
                if lam_host:
                    whole.add(k)
                read = Word(host, w.start + len(w.norm) - len(host), w.end, w.is_punct, host if k in whole or w.lemma[:1] != w.norm[0] else w.lemma[1:])
                if w.norm in self.alias_words:
                    local[k] = read
                else:
                    words[k] = read
            self._memo_words = words
            candidates = sorted(set(candidates) | set(glued))
        glued_at = frozenset(glued) - whole
        all_words = words
        position = 0
        while position < len(candidates):
            i = candidates[position]
            if i in local:
                words = list(all_words)
                words[i] = local[i]
            else:
                words = all_words
            several, single = rules[words[i].norm]
            for rule in several:           # a title and its person, credit lines
                found = rule(words, i)
                if found and i in glued_at and found[0].word_span[1] <= i + 1:
                    found = None           # after a glued clitic, only a name that goes on past it
                if found:
                    mentions.extend(found)
                    position = bisect.bisect_left(candidates, found[-1].word_span[1])
                    break
            else:
                for rule in single:
                    found = rule(words, i)
                    if found and i in glued_at and found.word_span[1] <= i + 1:
                        found = None
                    if found:
                        if found.type == "LOC":
                            self._take_direction(words, found)
                        mentions.append(found)
                        mentions.extend(found.parts)
                        last = max([found.word_span[1]] + [part.word_span[1] for part in found.parts])
                        position = bisect.bisect_left(candidates, last)
                        break
                else:
                    position += 1
        words = all_words
        titles = self.p["titles"]
        inside = [(k, k + title[0]) for k in candidates if words[k].norm in titles
                  for title in [self._title_at(words, k)] if title and title[0] >= 2]
        if inside:
            # "ولي العهد رئيس مجلس الوزراء،", "نائب رئيس مجلس الوزراء وزير الخارجية": the body in
            # an office's title is part of the office, no mention of its own
            mentions = [m for m in mentions if not any(a < m.word_span[0] and m.word_span[1] <= b for a, b in inside)]
        for mention in mentions:
            if mention.type == "ORG" and mention.word_span[0] in self._member_bodies:
                mention.members = self._member_bodies[mention.word_span[0]]   # "مسلحون من تنظيم داعش"
            # "للدفاع المدني": the text of the name starts at the article's lam, its alef lost
            w = words[mention.word_span[0]]
            if w.end - w.start < len(w.norm) and w.norm.startswith("ال"):
                mention.lost_article = True
        return mentions

    def own_outlet(self, words: list[Word], entry: Entry, mentions: list[Mention]) -> list[Mention]:
        """The article's own outlet named bare: in quotes, brackets or slashes («الشرق
        الأوسط»، "(المدن)"، "/قنا/") anywhere, or as a part of its own of a short byline or
        credit line ("عمان - الغد"، "الحرة / وكالات - واشنطن"، "روداو") between the line's
        ends and separators.  Elsewhere the words name the region or are ordinary words."""
        by_first = _outlet_forms(entry, self.p["outlet_heads"])
        # a region the outlet is named after («الشرق الأوسط») gives way to the outlet, and in
        # brackets a town of its name too ("/قنا/" in a QNA article is no Qena)
        taken = {k: m.type for m in mentions if m.type != "LOC" for k in range(*m.word_span)}
        found = []
        n = len(words)
        for k in range(n):
            forms = by_first.get(words[k].norm)
            if forms is None or taken.get(k) not in (None, "GPE"):
                continue
            before = words[k - 1].norm if k else "\n"
            for form in forms:
                end = k + len(form)
                if end > n or tuple(w.norm for w in words[k:end]) != form:
                    continue
                after = words[end].norm if end < n else "\n"
                if (before in _OUTLET_OPEN and after in _OUTLET_CLOSE[before]) or (
                        k not in taken and (before == "\n" or before in _BYLINE_SEPARATORS)
                        and (after == "\n" or after in _BYLINE_SEPARATORS) and _short_line(words, k, end)):
                    found.append(Mention(words[k].start, words[end - 1].end, "ORG", "alias", [entry],
                                         country=entry.country, word_span=(k, end)))
                    break
        return found

    def told_outlets(self, words: list[Word], mentions: list[Mention]) -> list[Mention]:
        """Outlets named in quotes right after لـ, at most eight words after a verb or noun of
        telling ("وقال مصدر أمني لـ«الراي» إن", "في تصريح لـ\"الأيام\""): the outlet a source
        spoke to, an organisation whether or not the knowledge base knows it."""
        found = []
        n = len(words)
        for k in range(n - 3):
            if words[k].norm != "ل" or words[k + 1].norm not in _OPEN_QUOTES:
                continue
            close = next((c for c in range(k + 2, min(k + 6, n)) if words[c].norm in _CLOSE_QUOTES), None)
            if close is None or close == k + 2 or words[k + 2].norm in self.p["stops"] \
                    or not all(w.norm.isalnum() and not w.norm.isascii() for w in words[k + 2:close]):
                continue
            told = False
            for m in range(k - 1, max(-1, k - 9), -1):
                if words[m].is_punct:
                    break
                if words[m].norm in self.p["telling_words"]:
                    told = True
                    break
            if not told or any(m.type == "ORG" and m.word_span[0] <= k + 2 and close <= m.word_span[1] for m in mentions):
                continue
            match = self._kb_match(words, k + 2)
            known = [e for e, _ in match[1] if e.type == "ORG"] if match and k + 2 + match[0] == close else []
            if not known and close - (k + 2) >= 2:
                # «الشرق الأوسط»: the bare name of an outlet the KB lists with its head word; of two
                # words or more only («النهار»، «الوطن»، «الخبر» name papers in several countries)
                known = self._outlets_named(tuple(w.norm for w in words[k + 2:close]))
            found.append(Mention(words[k + 2].start, words[close - 1].end, "ORG", "name", known,
                                 country=known[0].country if known else None, word_span=(k + 2, close)))
        return found

    def _outlets_named(self, name: tuple[str, ...]) -> list[Entry]:
        """The knowledge base's news outlets whose bare name (an alias without its head word:
        صحيفة الشرق الأوسط → الشرق الأوسط) is `name`."""
        if self._outlet_names is None:
            index: dict[tuple[str, ...], list[Entry]] = {}
            for entry in self.kb.entries.values():
                if entry.type == "ORG" and entry.sector == "MED":
                    for forms in _outlet_forms(entry, self.p["outlet_heads"]).values():
                        for form in forms:
                            index.setdefault(form, []).append(entry)
            self._outlet_names = index
        return list(dict.fromkeys(self._outlet_names.get(name, [])))

    def _service_after(self, words: list[Word], i: int) -> bool:
        """Whether the word after a service place head is an ordinary definite noun, the service
        ("مديرية الصحة"، "مديرية الدفاع المدني"), not a place's name ("مديرية الحديدة"، "مديرية حيس")."""
        if i + 1 >= len(words):
            return False
        norm = words[i + 1].norm
        if not norm.startswith("ال") or not _common(norm) or norm in self.p["common_place_nouns"]:
            return False   # "مديرية المدينة": the district of the town
        match = self._kb_match(words, i + 1)
        return not (match and any(entry.type in ("GPE", "LOC") for entry, _ in match[1]))

    def byline_outlet(self, words: list[Word], mentions: list[Mention]) -> list[Mention]:
        """The outlet a byline names beside its places and desk ("عمان - الدستور", "تونس
        (الشروق)", "كود - الحسيمة", "عدن الغد / خاص"): the one part of the line, split at its
        separators, that is no place, desk, person or credit, when every other part is a place
        or a desk.  `words` are the byline's words."""
        parts: list[tuple[int, int]] = []
        k = 0
        while k < len(words):
            if words[k].is_punct or words[k].norm in _BYLINE_SEPARATORS:
                k += 1
                continue
            end = k
            while end < len(words) and not (words[end].is_punct or words[end].norm in _BYLINE_SEPARATORS):
                end += 1
            parts.append((k, end))
            k = end
        if len(parts) < 2 or words[0].norm in self.p["credit_cues"]:
            return []

        def place(a: int, b: int) -> bool:
            return any(m.type in ("GPE", "LOC") and m.word_span[0] <= a and b <= m.word_span[1] for m in mentions)

        def desk(a: int, b: int) -> bool:
            return all(w.norm in self.p["byline_desks"] for w in words[a:b])

        others = [(a, b) for a, b in parts if not (place(a, b) or desk(a, b))]
        if len(others) != 1 or len(others) == len(parts):
            return []
        a, b = others[0]
        if b - a > 3 or self._given(words[a]) or any(m.type in ("PER", "ORG") and m.start < words[b - 1].end
                                                      and words[a].start < m.end for m in mentions):
            return []
        return [Mention(words[a].start, words[b - 1].end, "ORG", "name", [], word_span=(a, b))]

    # -- knowledge base ------------------------------------------------------------
    def _kb_match(self, words: list[Word], i: int) -> tuple[int, list[tuple[Entry, Any]]] | None:
        """The longest knowledge-base alias at word i (each place is looked up once per run)."""
        if words is self._memo_words:
            if i not in self._memo:
                self._memo[i] = self._kb_match_at(words, i)
            return self._memo[i]
        return self._kb_match_at(words, i)

    def _kb_match_at(self, words: list[Word], i: int) -> tuple[int, list[tuple[Entry, Any]]] | None:
        longest = self.kb.first_words.get(words[i].norm)
        if not longest:
            return None
        if len(words[i].norm) == 1 and i + 2 < len(words) and words[i + 1].norm == "." \
                and words[i].end == words[i + 1].start:
            return self._dotted_match(words, i)
        site = self._site_match(words, i)
        if site:
            return site
        # an alias never spans punctuation: only lengths up to the first punctuation count
        chunk = words[i:i + longest]
        norms = []
        for w in chunk:
            if w.is_punct:
                break
            norms.append(w.norm)
        index = self.kb.index
        found = None
        for length in range(len(norms), 0, -1):
            hits = index.get(tuple(norms[:length]))
            if hits:
                if length == 1 and words[i].maqsura and words[i].norm in self.p["maqsura_words"] \
                        and all(alias.via == "nisba" for _, alias in hits):
                    return None   # "الذراع اليمنى": the right arm, not the Yemeni one (اليمني)
                found = length, hits
                break
        if words[i].norm in self.written_firsts and any(norm in _SPLIT_PROCLITICS for norm in norms[1:]):
            written = self._written_match(words, i, longest)
            if written and (found is None or written[0] > found[0]):
                return written
        return found

    def _written_match(self, words: list[Word], i: int, longest: int) -> tuple[int, list[tuple[Entry, Any]]] | None:
        """The longest alias at word i read on the words as the text writes them: a proclitic
        the tokenizer split off is joined back to the word it touches ("ل" + "حقوق" →
        "لحقوق", "ل" + "الامم" → "للامم", "و" + "شرق" → "وشرق").  The knowledge base holds each
        alias as written and as the tokenizer would cut it; the text may cut a word of a name
        where the alias's own cut did not (or the reverse), and the written form is the same
        either way.  Returns the number of tokens the alias covers."""
        norms: list[str] = []
        ends: list[int] = []
        k, n = i, len(words)
        while k < n and len(norms) < longest and not words[k].is_punct:
            written = words[k].norm
            k += 1
            while written in _SPLIT_PROCLITICS and k < n and words[k - 1].end == words[k].start \
                    and not words[k].is_punct:
                host = words[k].norm
                written += host[1:] if written.endswith("ل") and host.startswith("ال") else host   # ل + ال: لل
                k += 1
            norms.append(written)
            ends.append(k)
        for length in range(len(norms), 0, -1):
            hits = self.kb.index.get(tuple(norms[:length]))
            if hits:
                return ends[length - 1] - i, hits
        return None

    def _city_as_given_name(self, words: list[Word], i: int, hits) -> bool:
        """Is the one-word city at i a foreign given name ("بافلو كيريلينكو"، "أرارات ميرزويان"):
        a town of the generated list only, right after a comma, a title's word or a nisba (not
        after a preposition or a noun: "في بافلو"، "مدن سليانة وطبربة"), with a foreign surname
        right after it (no word of the language, no known name, no article, no proclitic or
        conjunction, not glued to what follows).
        A place is never followed by a bare foreign surname in Arabic prose; a person's name is."""
        if i == 0 or i + 1 >= len(words):
            return False
        before = words[i - 1]
        nisba = self._kb_match(words, i - 1)
        if not (before.norm in ("،", ",") or before.norm in self.p["title_words"]
                or nisba and nisba[0] == 1 and nisba[1][0][1].via == "nisba"):
            return False   # after a comma, a title's word or its nisba ("وزير الخارجية الأرميني"), not "مدن سليانة"
        if not all(entry.type == "GPE" and entry.kind == "city" and not entry.curated for entry, _ in hits):
            return False
        after = words[i + 1]
        return _arabic_word(after.norm) and _rare(after.norm) and after.norm not in self.kb.first_words \
            and not after.norm.startswith("و") and self._surname_shaped(words, i + 1) and not self._kb_match(words, i + 1)

    def _site_match(self, words: list[Word], i: int) -> tuple[int, list[tuple[Entry, Any]]] | None:
        """An outlet's website written as its domain ("العربية.نت"، "الجزيرة.نت", the word, a dot
        and the domain's ending, all touching): the alias written with a space ("العربية نت").
        An ending the site's name lacks is no match ("العربية.كوم" reads nothing)."""
        if i + 2 >= len(words) or words[i + 1].norm != "." or words[i + 2].norm not in self.p["site_endings"] \
                or words[i].end != words[i + 1].start or words[i + 1].end != words[i + 2].start:
            return None
        hits = self.kb.index.get((words[i].norm, words[i + 2].norm))
        return (3, hits) if hits else None

    def _dotted_match(self, words: list[Word], i: int) -> tuple[int, list[tuple[Entry, Any]]] | None:
        """An abbreviation written with dots, "أ.ف.ب", "د.ب.أ": its letters are the alias
        "أ ف ب" (the tokens in between are the dots, all touching)."""
        letters, k = [], i
        while k < len(words) and len(words[k].norm) == 1 and not words[k].is_punct:
            letters.append(words[k].norm)
            if k + 2 < len(words) and words[k + 1].norm == "." and words[k].end == words[k + 1].start \
                    and words[k + 1].end == words[k + 2].start:
                k += 2
            else:
                k += 1
                break
        hits = self.kb.index.get(tuple(letters)) if len(letters) >= 2 else None
        return (k - i, hits) if hits else None

    def _kb(self, words: list[Word], i: int) -> Mention | None:
        match = self._kb_match(words, i)
        if not match:
            return None
        length, hits = match
        if length == 1 and self._head_word_not_town(words, i, hits):
            return None
        if length == 1 and self._city_as_given_name(words, i, hits):
            # "حاكم منطقة دونيتسك، بافلو كيريلينكو": Pavlo, not Buffalo
            return Mention(words[i].start, words[i + 1].end, "PER", "name", [], word_span=(i, i + 2))
        if tuple(w.norm for w in words[i:i + length]) in self.p["unqualified_only_names"] \
                and self._qualified_at(words, i + length):
            return None   # "منطقة الساحل الغربي": a coast the words say, not the Sahel
        if i > 0 and words[i].norm in self.p["state_bodies"]["elliptic"] and words[i - 1].norm.startswith("ال") \
                and hits[0][0].category == "ministry":
            return None   # "السياسة الخارجية الأمريكية" is a policy, not the State Department
        if length == 1 and words[i].norm in self.p["verbal_noun_names"] and i + 1 < len(words):
            after = words[i + 1]
            if not (after.is_punct or after.norm == "و" or after.norm in self.p["stops"]):
                return None   # "إعادة فتح المعبر": the verbal noun and its object
        if i > 0 and words[i - 1].norm == "ال" and all(entry.type == "PER" for entry, _ in hits):
            return None   # "ميليشيا آل دقلو": آل (normalised ال, a word of its own) + a surname is the family
        entries = list(dict.fromkeys(entry for entry, _ in hits))
        if len(entries) > 1 and i > 0 and words[i - 1].norm == "ل":
            outlets = [e for e in entries if e.category in ("media", "agency")]
            if outlets:
                entries = outlets   # "وقال للجزيرة": told an outlet, not gone to Gezira
        via = hits[0][1].via
        if via == "metonym":
            # "في موسكو" is the city; "قالت موسكو" is the country speaking through its capital
            places = [entry for entry, alias in hits if alias.via != "metonym" and entry.type in ("GPE", "LOC")]
            if places and self._as_place(words, i):
                entries, via = list(dict.fromkeys(places)), "name"
        first = entries[0]
        if first is not hits[0][0]:
            via = next(alias.via for entry, alias in hits if entry is first)
        end = self._facility_adjectives_end(words, i, i + length) if first.type == "FAC" else i + length
        mention = Mention(words[i].start, words[end - 1].end, first.type, via, entries,
                          country=first.country, word_span=(i, end))
        if first.type == "GPE" and first.kind == "place" and words[i].norm in self.p["quarter_heads"]:
            mention.type = "LOC"   # the alias "حي المزة": a quarter (session 16), whatever kind the entry has
        if length == 1 and first.kind == "person" and via == "alias":
            k = i - 1
            while k > 0 and words[k].norm in self.p["former_qualifiers"]:
                k -= 1
            titles = self.p["title_words"]   # "وزير الدفاع غانتس", "رئيس الموساد باردو"
            mention.after_title = k >= 0 and (k < i - 1 or words[k].norm in titles
                                              or k > 0 and words[k - 1].norm in titles)
        if first.type == "ORG" and length >= 3:
            mention.parts = self._country_inside(words, i, i + length)
        if via == "nisba" and first.kind not in ("people", "organization"):
            # the people a country's plural nisba names ("8 سودانيين") are a mention of the
            # country; only a nation beyond its state's citizens ("فلسطينيين") is a people
            nation = first.category == "nation" or first.kind != "country"
            mention.type = "NORP" if nation and self._names_people(words, i, length) else "GPE"
        return mention

    def _country_inside(self, words: list[Word], i: int, end: int) -> list[Mention]:
        """The country a known body's name ends on after a linking word ("تحالف دعم الشرعية في
        اليمن"، "التحالف بقيادة السعودية"; patterns.yaml inner_country_links): a mention of its
        own, as the dev gold lists it in 10 of the 12 articles that name the coalition so."""
        links = self.p["inner_country_links"]
        for k in range(i + 1, end - 1):
            if words[k].norm in links:
                after = k + 1
            elif words[k].end == words[k + 1].start and words[k].norm + words[k + 1].norm in links:
                after = k + 2   # "بقيادة", its ب read as a word of its own
            else:
                continue
            match = self._kb_match(words, after) if after < end else None
            if match and after + match[0] == end and any(entry.kind == "country" and alias.via in ("name", "alias")
                                                         for entry, alias in match[1]):
                place = self._kb(words, after)
                return [place] if place is not None and place.type == "GPE" else []
        return []

    def _headed_known_place(self, words: list[Word], j: int) -> Mention | None:
        """A village or town the knowledge base knows after its settlement head ("قرية
        الزوايدة", "بلدة بيتا"), read as one mention from the head, as "مركز طهطا" is; None
        where no known place (GPE or LOC) follows.  Not a street's or neighbourhood's head: "حي
        صلاح الدين" is named after the known name, not that place."""
        if j + 1 >= len(words) or words[j].norm not in self.p["settlement_heads"]:
            return None
        place = self._kb(words, j + 1)
        if place is None or place.type not in ("GPE", "LOC"):
            return None
        place.start, place.word_span = words[j].start, (j, place.word_span[1])
        return place

    def _facility_adjectives_end(self, words: list[Word], i: int, end: int) -> int:
        """A known facility named after its head word ("سجن عوفر", "مطار بغداد") with the
        definite adjectives the article adds to its name ("سجن عوفر العسكري", "مطار بغداد
        الدولي"): they agree with the name, as after the facility rule's names.  Not a known
        name (a country's nisba, "الإسرائيلي": whose it is) nor a word of rank or order
        ("الرئيسي", "الأول"), nor a participle with its complement after it ("جسر الجمهورية
        المؤدي إلى", "المعبر الحدودي الرابط بين": a description of where it leads); the
        mention ends where they end."""
        if end - i < 2 or words[i].norm not in self.p["facility_heads"]:
            return end
        last = end
        while last < len(words) and not words[last].is_punct and _definite_adjective(words[last].norm) \
                and words[last].norm not in self.p["definite_facility_excluded"] and not self._kb_match(words, last):
            last += 1
        if last > end and last < len(words) and words[last].norm in self.p["participle_complements"]:
            return end
        return last

    def _head_word_not_town(self, words: list[Word], i: int, hits) -> bool:
        """Is the word at i a head word of places or facilities ("ميدان", "ساحة", "سوق") that
        only the gazetteer's uncurated towns spell the same (ميدان: Medan), with a name after
        it ("ميدان التحرير")?  Then it heads that name; the far town is no reading of it."""
        norm = words[i].norm
        if norm not in self.p["place_heads"] and norm not in self.p["facility_heads"] or i + 1 >= len(words):
            return False
        after = words[i + 1]
        if after.is_punct or after.norm in self.p["stops"] or after.norm.isdigit():
            return False
        return all(entry.kind == "city" and not entry.curated for entry, _ in hits)

    def _as_place(self, words: list[Word], i: int) -> bool:
        """Does the name at i stand as a place: after a locative word, a bearing or a part
        of a city, opening a dateline ("موسكو - (رويترز)") or closing a byline ("سكاي نيوز
        عربية - أبوظبي")?"""
        if i == 0 or words[i - 1].norm == "\n":
            return i + 1 < len(words) and words[i + 1].is_punct and words[i + 1].norm != "\n"
        if words[i - 1].norm in ("-", "–") and (i + 1 == len(words) or words[i + 1].norm == "\n"):
            return True
        return words[i - 1].norm in self.p["city_before"] or self._listed_after_place(words, i - 1)

    def _listed_after_place(self, words: list[Word], k: int) -> bool:
        """Is the name after the conjunction at k the next of a list of places that a locative word
        governs ("في إسطنبول والدوحة وعمّان"، "إلى الدوحة وأبوظبي"، "في بغداد، ودمشق")?  The
        preposition governs every conjunct, so each is a place as the first is."""
        for _ in range(_LIST_REACH):
            if k < 1 or words[k].norm not in _LIST_JOINERS:
                return False
            if words[k].norm == "و" and words[k - 1].norm in ("،", ",") and k >= 2:
                k -= 1                                   # "، و": the comma and the conjunction
            end = k
            start = next((end - n for n in (3, 2, 1) if end - n >= 0 and not words[end - n].is_punct
                          and self._names_place(words, end - n, n)), None)
            if start is None or start == 0:
                return False
            k = start - 1
            if words[k].norm in self.p["city_before"]:
                return True
        return False

    def _names_place(self, words: list[Word], start: int, length: int) -> bool:
        """Do the `length` words at `start` make a name of a place (a GPE or LOC) the knowledge base knows?"""
        match = self._kb_match(words, start)
        return bool(match) and match[0] == length and any(entry.type in ("GPE", "LOC") for entry, _ in match[1])

    def _names_people(self, words: list[Word], i: int, length: int) -> bool:
        """A plural nisba standing as a noun ("8 فلسطينيين", "من الفلسطينيين") names people."""
        norm = words[i + length - 1].norm
        before = words[i - 1].norm if i > 0 else ""
        if norm.endswith(("يا", "ي")) and (before.isdigit() or before in self.p["counting_words"]):
            # "180 فلسطينيا", "14 ألف فلسطيني", "14 ألفا و800 فلسطيني": the counted noun
            # after a number is people (a singular tamyiz after 11 and up, a genitive after
            # a hundred or a thousand)
            return True
        if not norm.endswith(("يين", "يون")):
            return False
        if i == 0 or words[i - 1].is_punct:
            return True
        if before in self.p["people_after"] or before.isdigit():
            return True
        # "تهجير الفلسطينيين", "قال الفلسطينيون": a definite plural after an indefinite word
        # can be no adjective of it (an adjective agrees in definiteness): it is the head of
        # the noun phrase, the people; after a definite noun or a pronoun it qualifies it
        return words[i].norm.startswith("ال") and not before.startswith("ال") \
            and before not in self.p["pronouns"] and not before.isascii()

    # -- anonymous groups ----------------------------------------------------------
    def _administration(self, words: list[Word], i: int) -> Mention | None:
        """"إدارة بايدن", "إدارة الرئيس الأمريكي جو بايدن": a leader's administration."""
        if words[i].norm not in self.p["administration_heads"] or i + 1 >= len(words):
            return None
        j = i + 1
        titled = self._titled_person(words, j)
        person = titled[-1] if titled else self._kb(words, j)
        if not person or person.type != "PER" or (not titled and not person.candidates):
            return None
        country = person.country
        return Mention(words[i].start, person.end, "ORG", "name", [], country=country,
                       word_span=(i, titled[-1].word_span[1] if titled else person.word_span[1]),
                       parts=(titled or [person]))

    def _body_meeting_end(self, words: list[Word], i: int, parts: list[Mention]) -> int | None:
        """Where a meeting of a community of states named by that community ends ("قمة مجموعة
        العشرين", "قمة حلف الناتو", "قمة الاتحاد الأفريقي الطارئة"), the body appended to `parts`;
        None where no such body (patterns.yaml meeting_body_kinds) follows the head at i."""
        match = self._kb_match(words, i + 1)
        if not match or not any(e.type == "ORG" and e.category in self.p["events"]["meeting_body_kinds"]
                                and a.via in ("name", "alias") for e, a in match[1]):
            return None
        body = self._kb(words, i + 1)
        parts.append(body)
        end = body.word_span[1]
        while end < len(words) and _definite_adjective(words[end].norm) and not self._kb_match(words, end):
            end += 1   # "قمة مجموعة العشرين المقبلة"
        return end

    def _event(self, words: list[Word], i: int) -> Mention | None:
        """Events named by kind and place, year or nationality ("قمة القاهرة للسلام",
        "ثورة 2011", "الثورة السورية", "الانتخابات الرئاسية", "الحرب في اليمن")."""
        ev = self.p["events"]
        head = words[i].norm
        if head not in ev["first_words"]:
            return None
        known = self._kb_match(words, i)
        if known and not (head in ev["disaster_heads"] and known[0] == 1 and i + 1 < len(words)
                          and self._kb_match(words, i + 1)):
            return None   # (a disaster head that is a name too, "سيول" Seoul, only before a known place)
        if head in ev["disaster_heads"] and not head.startswith("ال") and i > 0 and words[i - 1].norm in ev["striking_verbs"]:
            return None   # "وضرب زلزال المغرب": an indefinite quake, the place its object ("وضربت العاصفة ألكسندر" names one)
        end = None
        parts: list[Mention] = []
        key = None
        nxt = words[i + 1] if i + 1 < len(words) and not words[i + 1].is_punct else None
        if head in ev["quoted_heads"]:
            quoted = self._quoted_end(words, i + 1, events=True)
            if quoted:
                # 'عملية "حارس الأسوار"', 'معركة "ردع العدوان"': an operation named in quotes
                known = self._kb_match(words, i + 2)
                entries = [e for e, _ in known[1] if e.type == "EVENT"] if known and i + 2 + known[0] == quoted - 1 else []
                return Mention(words[i].start, words[quoted - 1].end, "EVENT", "name", entries, word_span=(i, quoted),
                               key=" ".join(w.norm for w in words[i + 2:quoted - 1]))
        if head in ev["place_heads"] and nxt is not None:
            match = self._kb_match(words, i + 1)
            kinds = ("city", "place", "country") if head in ev["country_war_heads"] else ("city", "place")
            if match and any(e.kind in kinds and a.via != "nisba" for e, a in match[1]):
                end = i + 1 + match[0]
                parts.append(self._kb(words, i + 1))
                key = f"{_stem(head)} {_place_key(parts[0])}"   # "عدوان جنين" is "العدوان على جنين"
                while end < len(words) and _definite_adjective(words[end].norm) and not self._kb_match(words, end):
                    end += 1   # "مجزرة رابعة العدوية", "مؤتمر جنيف الثاني"
                end = self._field_end(words, end, known=True)   # "قمة القاهرة للسلام"; not "معركة الموصل لأشهر"
        if end is None and head in ev["body_meeting_heads"] and nxt is not None:
            end = self._body_meeting_end(words, i, parts)   # "قمة مجموعة العشرين", "قمة الناتو"
        if end is None and head in ev["disaster_heads"] and nxt is not None:
            match = self._kb_match(words, i + 1)
            if match and any(e.kind in ("country", "city", "place") and a.via in ("name", "alias") for e, a in match[1]):
                # "زلزال المغرب", "فيضانات باكستان", "زلزال تركيا وسوريا": the place it struck
                parts.append(self._kb(words, i + 1))
                end = parts[0].word_span[1]
                if end + 1 < len(words) and words[end].norm == "و":
                    second = self._kb_match(words, end + 1)
                    if second and any(e.kind in ("country", "city", "place") and a.via in ("name", "alias")
                                      for e, a in second[1]):
                        parts.append(self._kb(words, end + 1))
                        end = parts[-1].word_span[1]
                key = f"{_stem(head)} {_place_key(parts[0])}"
            elif head not in ev["storm_heads"] and (struck := self._struck_place_end(words, i + 1)):
                end = struck                              # "زلزال شبه جزيرة نوتو", "فيضانات ولاية كيرالا"
            elif head not in ev["storm_heads"] and nxt.norm.startswith("ال") and len(nxt.norm) >= 5 and _rare(nxt.norm) \
                    and nxt.norm not in self.p["stops"] and not match and not _adjective_shaped(nxt.norm[2:]):
                end = i + 2   # "زلزال الحوز": the place it struck, a name the knowledge base lacks
            elif head in ev["storm_heads"] and (self._given(nxt) or _rare(nxt.norm) and not nxt.norm.startswith("ال")) \
                    and not _adjective_shaped(nxt.norm):
                end = i + 2   # "العاصفة دانيال", "إعصار فريدي": a storm by its given name
        if end is None and head in ev["year_heads"] and nxt is not None:
            k = i + 2 if nxt.norm == "عام" and i + 2 < len(words) else i + 1
            if len(words[k].norm) == 4 and words[k].norm.isdigit():
                end = k + 1
        if end is None and head in ev["date_heads"] and nxt is not None:
            end = self._date_end(words, i + 1)   # "ثورة 25 يناير", "هجوم السابع من أكتوبر"
            if end is None:
                from khabar.times.calendars import month_names

                # "حرب أكتوبر 1973", "ثورة يوليو", "أحداث تشرين الأول/أكتوبر": the month alone
                end = _month_end(words, i + 1, month_names())
                if end is not None and end + 1 < len(words) and words[end].norm == "/":
                    end = _month_end(words, end + 1, month_names()) or end
                if end is not None and end < len(words) and len(words[end].norm) == 4 and words[end].norm.isdigit():
                    end += 1
        if end is None and head in ev["meeting_heads"] and nxt is not None and not nxt.norm.startswith("ال") \
                and nxt.norm.isalpha() and not nxt.norm.isascii() and not _common(nxt.norm) \
                and not _in_lexicon(nxt.norm) and not self._kb_match(words, i + 1) \
                and not (i > 0 and words[i - 1].norm.isdigit()):
            # "مؤتمر دافوس الاقتصادي", "اتفاق سوتشي": a meeting or accord named after a place the
            # knowledge base lacks, with its definite adjectives and its field
            end = i + 2
            while end < len(words) and _definite_adjective(words[end].norm) and not self._kb_match(words, end):
                end += 1
            end = self._field_end(words, end)
        if end is None and head in ev["outbreak_heads"] and nxt is not None and nxt.norm not in self.p["stops"] \
                and not nxt.norm.isdigit():
            end = i + 2           # "وباء الكوليرا", "بوباء الحصبة": an epidemic by its disease
        if end is None and head in ev["idafa_heads"] and nxt is not None and nxt.norm.startswith("ال") \
                and nxt.norm not in self.p["stops"] and not self._kb_match(words, i + 1) \
                and (head, nxt.norm) not in _dated_feasts():
            end = i + 2           # "مجزرة الطحين", "معركة الكرامة": named by the noun in construct
            while end < len(words) and end - i < 4 and words[end].norm.startswith("ال") \
                    and words[end].norm.endswith(("ي", "يه")) and not self._kb_match(words, end):
                end += 1          # "مؤتمر الحوار الوطني": the nisbas that agree with it
        if end is None and head in ev["election_heads"] and nxt is not None and nxt.norm in ev["election_kinds"]:
            end = i + 2
            while end < len(words) and words[end].norm in ev["election_kinds"]:
                end += 1
        if end is None and head in ev["war_heads"] and nxt is not None:
            # "الحرب في اليمن", "الحرب على غزة", "العدوان الإسرائيلي على قطاع غزة", "الغزو
            # الروسي لأوكرانيا": a war on or in a place, with the nisba of who wages it
            k, waged = i + 1, None
            match = self._kb_match(words, k)
            if _names_country_by_nisba(match):
                waged = self._kb(words, k)
                if waged.type == "GPE":
                    k = waged.word_span[1]
                else:
                    waged = None
            if k + 1 < len(words) and words[k].norm in ev["war_links"] and not words[k + 1].is_punct:
                match = self._kb_match(words, k + 1)
                if match and match[1][0][0].type in ("GPE", "LOC") and match[1][0][1].via not in ("nisba", "metonym"):
                    place = self._kb(words, k + 1)
                    end = place.word_span[1]
                    parts = ([waged] if waged else []) + [place]
                    key = f"{_stem(head)} {_place_key(place)}"
        if end is None:
            for phrase in ev["nisba_heads"] + ev["alone"]:
                k = i + len(phrase)
                if tuple(w.norm for w in words[i:k]) != phrase:
                    continue
                match = self._kb_match(words, k) if k < len(words) else None
                if match and match[1][0][1].via == "nisba" and phrase in ev["nisba_heads"]:
                    end = k + match[0]
                elif phrase in ev["nisba_heads"] and k < len(words) and words[k].norm in ev["region_adjectives"]:
                    end = k + 1   # "القمة العربية", "القمة الخليجية": a region's adjective, no country's
                elif phrase in ev["alone"]:
                    end = k
                break
        if end is None:
            return None
        # "للانتخابات التشريعية المسبقة" … "الانتخابات التشريعية": one event
        return Mention(words[i].start, words[end - 1].end, "EVENT", "name", [], word_span=(i, end), parts=parts,
                       key=key or " ".join(_stem(w.norm) for w in words[i:min(end, i + 2)]))

    def _struck_place_end(self, words: list[Word], k: int) -> int | None:
        """The end of a place named by its head at k ("شبه جزيرة نوتو", "ولاية كيرالا", "إقليم
        الحوز") that a disaster struck, where the knowledge base lacks it; None elsewhere."""
        if k + 1 < len(words) and words[k].norm in self.p["events"]["place_prefixes"]:
            k += 1   # "شبه جزيرة"
        if k >= len(words) or words[k].norm not in self.p["place_heads"]:
            return None
        place = self._headed_name(words, k)
        return place.word_span[1] if place is not None and place.type in ("GPE", "LOC") else None

    def _capital(self, words: list[Word], i: int) -> Mention | None:
        """"العاصمة الصومالية" (the capital of the country the nisba names, when the
        knowledge base knows it), "العاصمة أنقرة", "العاصمة الصومالية مقديشو": the city, a
        place, even where its name alone would stand for the country (قالت أنقرة)."""
        j = i + 1
        country = None
        parts: list[Mention] = []
        match = self._kb_match(words, j) if j < len(words) else None
        if _names_country_by_nisba(match):
            country = match[1][0][0].country
            nisba = self._kb(words, j)
            if nisba is not None:
                nisba.type = "GPE"   # whose capital it is: the country, a mention of its own
                parts.append(nisba)
            j += match[0]
            match = self._kb_match(words, j) if j < len(words) else None
        city = None
        if match:
            cities = [e for e, _ in match[1] if e.kind in ("city", "place") and e.type == "GPE"
                      and (country is None or e.country == country)]
            if cities:
                city, end = list(dict.fromkeys(cities)), j + match[0]
        if city is None and country is not None:
            capital = _capitals(self.kb).get(country)
            if capital is not None:
                city, end = [capital], j
        if city is None:
            return self._bare_capital(words, i)
        return Mention(words[i].start, words[end - 1].end, "GPE", "name", city, country=city[0].country,
                       word_span=(i, end), parts=parts)

    def _bare_capital(self, words: list[Word], i: int) -> Mention | None:
        """"العاصمة" standing alone ("بالعاصمة،", "عمت المسيرات العاصمة ومدنا أخرى"): a
        mention of a capital the linker resolves (the one the article named as the capital,
        else its own country's), as the dev gold lists it.  Not where a definite word follows
        ("العاصمة الإدارية", "العاصمة المؤقتة", "العاصمة المقدسة": another place, or a title
        of one), nor after a known name ("الجزائر العاصمة": the city's own name)."""
        if self._qualified_at(words, i + 1):
            return None
        if i > 0 and not words[i - 1].is_punct and self._kb_match(words, i - 1):
            return None
        return Mention(words[i].start, words[i].end, "GPE", "alias", [], role={"capital": True}, word_span=(i, i + 1))

    def _bare_governorate(self, words: list[Word], i: int) -> Mention | None:
        """"المحافظة" standing alone ("في المحافظة"، "مستشفيات المحافظة"): a mention of a
        governorate the linker resolves (the one the article named, else its city's), as the
        dev gold lists it.  Not the verbal noun "keeping" ("المحافظة على"), another governorate
        ("المحافظة المجاورة"), a building's or a body's part ("مبنى المحافظة"، "مجلس المحافظة"),
        nor an adjective after a definite noun ("الأحزاب المحافظة")."""
        bare = self.p["bare_governorate"]
        j = i + 1
        if j < len(words) and not words[j].is_punct and (words[j].norm in bare["not_after"] or self._kb_match(words, j)):
            return None   # "المحافظة على الأمن", "المحافظة المجاورة"
        before = words[i - 1].norm if i > 0 and not words[i - 1].is_punct else ""
        if before in bare["owned_by"] or before.startswith("ال") and before not in self.p["stops"] \
                and before not in self.p["place_before"]:
            return None   # "مبنى المحافظة", "الأحزاب المحافظة"; not "إلى المحافظة"
        return Mention(words[i].start, words[i].end, "GPE", "alias", [], role={"governorate": True}, word_span=(i, j))

    def _bare_country(self, words: list[Word], i: int) -> Mention | None:
        """"البلاد"، "المملكة"، "السلطنة" standing alone ("في عموم البلاد"، "أكدت المملكة"): a
        mention of a country the linker resolves (the article's most named country of the kind
        the noun says, patterns.yaml bare_country), as the dev gold lists it.  Not where a
        definite word or a known name follows ("البلاد العربية"، "المملكة المتحدة"، "السلطنة
        العثمانية": another land, or the country's full name the knowledge base reads)."""
        if self._qualified_at(words, i + 1):
            return None
        return Mention(words[i].start, words[i].end, "GPE", "alias", [],
                       role={"home_country": self.p["bare_country"][words[i].norm]}, word_span=(i, i + 1))

    def _context_region(self, words: list[Word], i: int) -> Mention | None:
        """A region named by a bare common noun ("الساحل": the Sahel, or a coast): a mention the
        linker keeps only in an article that names one of the region's core states
        (patterns.yaml context_regions).  Not where a definite word or a known name follows
        ("الساحل السوري"، "الساحل الشمالي": a coast the words say)."""
        if self._qualified_at(words, i + 1):
            return None
        return Mention(words[i].start, words[i].end, "LOC", "alias", [],
                       role={"context_region": words[i].norm}, word_span=(i, i + 1))

    def _qualified_at(self, words: list[Word], j: int) -> bool:
        """Does a definite word or a known name stand at j, right after a bare noun, to say
        which place it is ("البلاد العربية"، "العاصمة الإدارية"، "الساحل السوري")?"""
        return j < len(words) and not words[j].is_punct and (words[j].norm.startswith("ال") or bool(self._kb_match(words, j)))

    def _region(self, words: list[Word], i: int) -> Mention | None:
        """A part of a country or territory named by its direction: "شمال الضفة الغربية",
        "جنوب إسرائيل" (LOC, the place inside it a part).  Only of a country, territory or
        governorate: "جنوب مدينة نابلس" is a bearing from a city, "جنوب البحر الأحمر" the sea."""
        regions = self.p["regions"]
        if words[i].norm not in regions["directions"] or self._kb_match(words, i):
            return None   # "جنوب لبنان", "شمال سيناء": the knowledge base names it
        if self._bearing_after_place(words, i):
            return None   # "منطقة تيلابيري غرب النيجر": where the town lies, no region of its own
        j = i + 1
        if j < len(words) and words[j].norm in regions["second"]:
            j += 1        # "شمال غرب سوريا"
        if j >= len(words) or words[j].is_punct:
            return None
        referred = regions["back_references"].get(words[j].norm)
        if referred in self.kb.entries:
            # "شمال القطاع": the territory the article is about, named by its kind alone
            entry = self.kb.entries[referred]
            place = Mention(words[j].start, words[j].end, entry.type, "alias", [entry], country=entry.country,
                            word_span=(j, j + 1))
            return Mention(words[i].start, words[j].end, "LOC", "name", [], country=entry.country,
                           word_span=(i, j + 1), parts=[place],
                           key=" ".join(w.norm for w in words[i:j]) + " " + entry.kb)
        match = self._kb_match(words, j)
        if not match or not any(alias.via in ("name", "alias") and (
                entry.kind == "country" or entry.kind == "place" and entry.category in regions["kinds"])
                for entry, alias in match[1]):
            return None
        place = self._kb(words, j)
        if place is None:
            return None
        end = place.word_span[1]
        return Mention(words[i].start, words[end - 1].end, "LOC", "name", [], country=place.country,
                       word_span=(i, end), parts=[place],
                       key=" ".join(w.norm for w in words[i:j]) + " " + place.candidates[0].kb)

    def _bearing_after_place(self, words: list[Word], i: int) -> bool:
        """Does the direction at i follow a place's name right after it, as the bearing that
        locates that place in its country ("مدينة شيراز جنوب إيران"، "منطقة تاهوا غرب النيجر"،
        "طريق خاش-زاهدان جنوب شرقي إيران"، "سجن جو المركزي جنوب شرق البحرين")?  The dev gold
        lists no region there (18 of 18), and lists one after a preposition ("في جنوب لبنان"،
        "إلى شمال القطاع").  The word before is a name the knowledge base knows as a place, a
        word rare in the language (an unknown town's name), or a definite adjective closing
        a facility's name; a stop (preposition, conjunction, pronoun) is none."""
        if i == 0:
            return False
        before = words[i - 1]
        if before.norm in self.p["regions"]["directions"]:
            return self._bearing_after_place(words, i - 1)   # "مرزق جنوب | غرب ليبيا": one bearing
        if before.norm in self.p["regions"]["locator_links"] and i >= 2:
            return self._place_named_before(words, i - 1)    # "مدينة غاريسا بشمال شرق كينيا"
        if before.is_punct or before.norm in self.p["stops"] or not _arabic_word(before.norm.replace("-", "")):
            return False
        if _rare(before.norm) or _definite_adjective(before.norm):
            return True
        return self._known_place_ends_at(words, i)

    def _place_named_before(self, words: list[Word], i: int) -> bool:
        """Does a place's own name end right before i, the name a region after a preposition
        locates ("قرية صلحان في | شمال شرق بوركينا فاسو"، "مدينة بيشاور ب | شمال غرب باكستان")?
        A name the knowledge base knows as a place, or an unknown name (a word rare in the
        language) right after a place's or facility's head ("مدينة كراماتورسك"، "ميناء بيمبا");
        not a common word nor a rare adjective ("العمليات العسكرية في شمال سوريا"، "حرب دامية في
        شمال إثيوبيا": the region is where the act happens, a place of its own)."""
        before = words[i - 1]
        if before.is_punct or before.norm in self.p["stops"] or not _arabic_word(before.norm.replace("-", "")):
            return False
        heads = self.p["place_heads"].keys() | self.p["facility_heads"]
        if _rare(before.norm) and any(words[k].norm in heads for k in range(max(0, i - 3), i - 1)):
            return True
        return self._known_place_ends_at(words, i)

    def _known_place_ends_at(self, words: list[Word], i: int) -> bool:
        """Does a name the knowledge base knows as a place (no nisba) end right before word i?"""
        for k in range(max(0, i - 4), i):
            match = self._kb_match(words, k)
            if match and k + match[0] == i and any(entry.type in ("GPE", "LOC", "FAC") and alias.via != "nisba"
                                                   for entry, alias in match[1]):
                return True
        return False

    def _take_direction(self, words: list[Word], mention: Mention) -> None:
        """"منطقة القلمون الغربي"، "منطقة المنيرة الغربية": an area or region (LOC) takes the
        adjective of direction written right after its name (patterns.yaml regions
        direction_adjectives), which names its part; a town (GPE) does not ("حلب الشرقية")."""
        end = mention.word_span[1]
        if end >= len(words) or words[end - 1].norm in self.p["direction_words"]:
            return
        last = self._direction_end(words, end)
        if last != end:
            mention.end, mention.word_span = words[last - 1].end, (mention.word_span[0], last)

    def _direction_end(self, words: list[Word], end: int) -> int:
        """The end of a name at word `end` past the adjective of direction written right after it
        (patterns.yaml regions direction_adjectives: "الشمالي", "الغربية"); `end` if none follows."""
        for adjective in self.p["regions"]["direction_adjectives"]:
            if tuple(w.norm for w in words[end:end + len(adjective)]) == adjective:
                return end + len(adjective)
        return end

    def _countryside(self, words: list[Word], i: int) -> Mention | None:
        """"ريف حماة الشمالي", "ريف دمشق": the countryside of a town or governorate the
        knowledge base knows (LOC, the town a part), with the direction adjective after it."""
        regions = self.p["regions"]
        if words[i].norm not in regions["countryside"] or i + 1 >= len(words) or self._kb_match(words, i):
            return None   # "ريف دمشق" may be listed whole
        match = self._kb_match(words, i + 1)
        if not match or not any(alias.via in ("name", "alias") and entry.kind in ("city", "place")
                                and entry.type in ("GPE", "LOC") for entry, alias in match[1]):
            return None
        place = self._kb(words, i + 1)
        if place is None:
            return None
        end = self._direction_end(words, place.word_span[1])
        return Mention(words[i].start, words[end - 1].end, "LOC", "name", [], country=place.country,
                       word_span=(i, end), parts=[place],
                       key=" ".join(w.norm for w in words[i:end] if w is not words[i + 1]) + " " + _place_key(place))

    def _portfolios_end(self, words: list[Word], j: int) -> int:
        """Where the portfolios of a ministry that start at j end ("الثقافة والإعلام"); j if none."""
        portfolios = self.p["state_bodies"]["portfolios"]
        end = j
        while end < len(words):
            k = end + 1 if end > j and words[end].norm == "و" else end
            if k >= len(words):
                break
            found = next((k + len(phrase) for phrase in portfolios.get(words[k].norm, ())
                          if tuple(w.norm for w in words[k:k + len(phrase)]) == phrase), None)
            if found is None:
                break
            end = found
        return end

    def _state_body(self, words: list[Word], i: int, spoken_for: bool = False) -> Mention | None:
        """A state body named by its function ("وزارة الصحة", "قوات الأمن الإيرانية",
        "وزارة الصحة في غزة", "الخارجية القطرية"), with the country its qualifier gives
        (spoken_for: right after a spokesperson's "باسم", where a phrase that alone may be a
        post or an adjective, "الرئاسة", names the body)."""
        sb = self.p["state_bodies"]
        first = words[i].norm
        if first not in sb["first_words"]:
            return None
        head_end, kind, elliptic = None, None, False
        if first in sb["ministry_heads"]:
            end = self._portfolios_end(words, i + 1)
            if end > i + 1:
                head_end, kind = end, "ministry"
        if head_end is None:
            for phrase, body_kind in sb["bodies"].get(first, ()):
                if tuple(w.norm for w in words[i:i + len(phrase)]) == phrase:
                    head_end, kind = i + len(phrase), body_kind
                    break
        if head_end is None and first in sb["elliptic"] and (i == 0 or not words[i - 1].norm.startswith("ال")):
            head_end, kind, elliptic = i + 1, "ministry", True
        if head_end is None or kind != "ministry" and self._known_runs_past(words, i + 1, head_end):
            return None
        # what qualifies it: a nisba, then "في/ب" + a known place or "التابعة ل" + a known body
        j, country, nisba, parts = head_end, None, False, []
        match = self._kb_match(words, j) if j < len(words) and not words[j].is_punct else None
        if match and (any(alias.via == "nisba" for _, alias in match[1])
                      or match[1][0][0].kind == "country" and words[j].norm.startswith("ال")
                      and words[j].norm.endswith("يه")):
            # "الفلسطينية", and "السعودية" which is also the country's name
            country, nisba = match[1][0][0].country, True
            j += match[0]
            while j < len(words) and words[j].norm in sb["trailing"]:
                j += 1
        if elliptic and not nisba and not spoken_for:
            return None   # ("المتحدث باسم الخارجية ناصر كنعاني": the ministry, though no nisba follows)
        if j + 1 < len(words) and not words[j + 1].is_punct:
            link = words[j].norm
            k = j + 2 if link in sb["belongs"] and words[j + 1].norm == "ل" else j + 1
            if link in sb["place_links"] or k == j + 2:
                match = self._kb_match(words, k) if k < len(words) else None
                if match and match[1][0][1].via != "nisba" and (
                        match[1][0][0].type in ("GPE", "LOC") or k == j + 2 and match[1][0][0].type == "ORG"):
                    place = self._kb(words, k)
                    parts.append(place)
                    country = country or place.country
                    j = place.word_span[1]
        qualified = j > head_end
        phrase = tuple(w.norm for w in words[i:head_end])
        speaking = phrase in sb["speaking_bare"] and self._speaking(words, i)
        if not qualified and not (spoken_for or speaking or phrase in sb["bare"]
                                  or kind == "ministry" and phrase[:1] in sb["bare"]):
            return None   # "البحرية" alone is as often an adjective as a navy
        if not qualified and self._office_taken(words, i):
            return None   # "فاز برئاسة الجمهورية": the office won, no body
        if not qualified and phrase in self.p["institution_phrases"]:
            return None   # "الحكومة", "الجيش": the institution rule joins them to the body named before
        known = self._kb_match(words, i)
        if known and known[0] >= j - i:
            return None   # the knowledge base lists the whole name ("وزارة الصحة في غزة")
        return Mention(words[i].start, words[j - 1].end, self._body_type(words, i, kind), "alias", [], country=country,
                       role={"body": " ".join(phrase), "phrase": phrase, "kind": kind, "qualified": qualified},
                       word_span=(i, j), parts=parts)

    def _known_runs_past(self, words: list[Word], start: int, end: int) -> bool:
        """Does a name the knowledge base knows start inside words[start:end] and run past end?
        ("مصالح [الدرك الوطني الجزائري]": the known gendarmerie, not the phrase "مصالح الدرك")."""
        for k in range(start, end):
            match = self._kb_match(words, k)
            if match and k + match[0] > end:
                return True
        return False

    def _body_type(self, words: list[Word], i: int, kind: str) -> str:
        """A state body's type by its kind (patterns.yaml state_bodies): a facility ("مستشفى"، "سجن")
        is FAC unless the text has it act ("أعلنت إدارة السجن"), every other body ORG."""
        sb = self.p["state_bodies"]
        acting = kind in sb["acting_kinds"] and (self._acting(words, i) or not self._as_building(words, i))
        return "FAC" if kind in sb["facility_kinds"] and not acting else "ORG"

    def _as_building(self, words: list[Word], i: int) -> bool:
        """Is the body at i told of as a building: a word of place or of an act on a building in
        the three words before it ("أمام السفارة"، "اقتحم محتجون السفارة"; eight after و, over the
        body it is joined to), or a preposition of motion right before it ("إلى السفارة";
        patterns.yaml state_bodies building_cues)?"""
        sb = self.p["state_bodies"]
        if i > 0 and words[i - 1].norm in sb["building_prepositions"]:
            return True
        reach = 9 if i > 0 and words[i - 1].norm == "و" else 4   # "أمام وزارة الخارجية والسفارة"
        for k in range(i - 1, max(-1, i - reach), -1):
            if words[k].is_punct and words[k].norm not in _QUOTE_MARKS:
                return False
            if words[k].norm in sb["building_cues"]:
                return True
        return False

    def _placed_service(self, words: list[Word], i: int) -> Mention | None:
        """A local branch of a state service in construct with the place it serves ("شرطة
        ديالى"، "شرطة محافظة معان"، "دائرة صحة دهوك"، "قيادة عمليات كركوك"): an ORG spanning
        the place, whose own mention is a part.  The place must be one the knowledge base knows
        by its name (not a nisba: "شرطة عراقية" is no branch), after an optional place head."""
        ps = self.p["placed_services"]
        j = i + 1
        if words[i].norm in ps["branch_heads"]:
            if j >= len(words) or words[j].norm not in ps["service_nouns"]:
                return None   # "دائرة الأرصاد", "مديرية حيس": another rule's
            j += 1
        if words[i].end - words[i].start < len(words[i].norm):
            return None   # the head's letters are not all written ("لشرطة" read as its host)
        headed = j < len(words) and words[j].norm in ps["place_heads"]
        k = j + 1 if headed else j
        if k >= len(words) or words[k].is_punct:
            return None
        place = None
        if headed and self._known_place(words, j):
            place = self._kb(words, j)   # "محافظة معان", known whole
        elif self._known_place(words, k):
            place = self._place(words, j, "GPE") if headed else self._kb(words, k)
        if place is None or place.word_span[0] != j:
            return None
        known = self._kb_match(words, i)
        if known and known[0] > place.word_span[1] - i:
            return None   # "شرطة عمان السلطانية": the knowledge base names a longer body
        if known and known[0] == place.word_span[1] - i:
            return self._known_with_place(words, i, place)   # "شرطة ديالى", listed whole
        return Mention(words[i].start, place.end, "ORG", "name", [], country=place.country,
                       word_span=(i, place.word_span[1]), parts=[place])

    def _known_with_place(self, words: list[Word], i: int, place: Mention) -> Mention | None:
        """The knowledge base's own mention of a body it lists whole, with the place the name
        ends on as a part: the place is still named there ("شرطة ديالى" names Diyala)."""
        body = self._kb(words, i)
        if body is None or body.word_span != (i, place.word_span[1]):
            return None
        body.parts = [*body.parts, place]
        return body

    def _mission(self, words: list[Word], i: int) -> Mention | None:
        """A diplomatic mission in construct with the body or country it represents and, after
        "في/لدى/ب", the known place it sits ("بعثة الاتحاد الأوروبي في تونس"، "سفارة الهند في
        الكويت"): one mention over them all, with the body, the country and the place as parts.
        A name the knowledge base lists whole ("بعثة الأمم المتحدة لمساعدة العراق") is its."""
        ms = self.p["missions"]
        kind = ms["heads"][words[i].norm]
        if i + 1 >= len(words) or words[i + 1].is_punct:
            return None
        match = self._kb_match(words, i + 1)
        if not match or not any(alias.via in ("name", "alias")
                                and (entry.type == "ORG" or entry.type == "GPE" and entry.kind == "country")
                                for entry, alias in match[1]):
            return None   # "بعثة أممية", "سفارة بلاده": no body or country named
        body = self._kb(words, i + 1)
        if body is None or body.word_span[0] != i + 1:
            return None
        parts, j = [body], body.word_span[1]
        if j < len(words) and words[j].norm.startswith("ال") and words[j].norm not in self.p["stops"]:
            return None   # "بعثة الأمم المتحدة المتكاملة ...": a longer name no rule reads
        place = self._seat(words, j)
        if place is not None:
            parts.append(place)
            j = place.word_span[1]
        known = self._kb_match(words, i)
        if known and known[0] >= j - i:
            return None
        kind_type = kind if kind in ("ORG", "FAC") else self._body_type(words, i, kind)
        return Mention(words[i].start, words[j - 1].end, kind_type, "name", [], country=body.country,
                       word_span=(i, j), parts=parts)

    def _unnamed_envoy(self, words: list[Word], i: int) -> Mention | None:
        """"القائم بالأعمال الإماراتي", "القائم بالأعمال العراقي في أنقرة": a diplomat named by his
        post and his country's nisba only, an anonymous GROUP of one with that country and the
        known place of his post.  A word after them that is no stop word may be his name: none."""
        for size in (2, 3):   # "بالأعمال" whole, or ب + "الأعمال" as the tokenizer may cut it
            if "".join(w.norm for w in words[i:i + size]) in self.p["unnamed_envoys"]:
                break
        else:
            return None
        j = i + size
        match = self._kb_match(words, j) if j < len(words) else None
        nisba = self._country_nisba(words, j, match) if match else None
        if nisba is None:
            return None
        parts, end = [nisba], nisba.word_span[1]
        place = self._seat(words, end)
        if place is not None:
            parts.append(place)
            end = place.word_span[1]
        if end < len(words) and not words[end].is_punct and words[end].norm not in self.p["stops"] \
                and words[end].norm[:1] not in "وف":
            return None   # "القائم بالأعمال الأمريكي جون ...": a name may follow
        return Mention(words[i].start, words[end - 1].end, "GROUP", "name", [], anonymous=True,
                       country=nisba.country, word_span=(i, end), parts=parts,
                       key=" ".join(_stem(w.norm) for w in words[i:nisba.word_span[1]]))

    def _seat(self, words: list[Word], j: int) -> Mention | None:
        """The known place a mission or a diplomat sits at, after "في/لدى/ب" at j ("في تونس")."""
        if j + 1 >= len(words) or words[j].norm not in self.p["missions"]["place_links"] or not self._known_place(words, j + 1):
            return None
        place = self._kb(words, j + 1)
        return place if place is not None and place.word_span[0] == j + 1 else None

    def _known_place(self, words: list[Word], k: int) -> bool:
        """Does a place the knowledge base knows by its name (a GPE, or a capital standing for
        its country) start at k?  A nisba ("العراقية") is no place."""
        match = self._kb_match(words, k)
        return bool(match) and any(entry.type == "GPE" and alias.via in ("name", "alias", "metonym")
                                   for entry, alias in match[1])

    def _acting(self, words: list[Word], i: int) -> bool:
        """Does the body at i speak or act: the subject of the feminine verb before it, or the
        issuer after a statement or attribution word ("بيان لسفارة"، "بحسب السفارة")?"""
        return self._after_feminine_verb(words, i) or self._issued_by(words, i) or self._second_subject(words, i)

    def _issued_by(self, words: list[Word], i: int) -> bool:
        """Is the body at i the issuer after a statement or attribution word ("بيان | ل | سفارة"،
        "بحسب السفارة"; patterns.yaml state_bodies issuer_cues)?"""
        k = i - 2 if i > 1 and words[i - 1].norm == "ل" else i - 1
        return k >= 0 and words[k].norm in self.p["state_bodies"]["issuer_cues"]

    def _office_taken(self, words: list[Word], i: int) -> bool:
        """Is the seat of office at i the office a person wins, runs for or takes: after ب/ل with a
        verb or noun of taking office right before ("فاز برئاسة الجمهورية"، "ترشحه للرئاسة";
        patterns.yaml state_bodies office_takers)?"""
        if i < 2 or words[i - 1].norm not in ("ب", "ل"):
            return False
        k = i - 3 if i > 2 and words[i - 2].norm in _OBJECT_PRONOUNS else i - 2   # "ترشح|ه ل|رئاسة"
        return words[k].norm in self.p["state_bodies"]["office_takers"]

    def _speaking(self, words: list[Word], i: int) -> bool:
        """Does the body at i speak: the subject of a verb of saying or telling right before it
        ("وأعلنت الرئاسة") or the issuer after a statement or attribution word ("وفق بيان للرئاسة")?
        Stricter than _acting: any feminine verb before "الرئاسة" may take the office ("تولت الرئاسة")."""
        if i == 0:
            return False
        before = words[i - 1].norm
        if before in self.p["telling_words"] or before in self.p["speech_verbs"]:
            return before.endswith("ت")
        return self._issued_by(words, i)

    def _second_subject(self, words: list[Word], i: int) -> bool:
        """Is the body at i joined by و to a body that is the subject of the feminine verb
        before it ("وأدانت وزارة الخارجية القطرية والسفارة البريطانية"، 'ودانت بعثة الاتحاد
        الإفريقي "أميصوم" والسفارة الأمريكية')?  The first body starts within eight words back,
        with no punctuation but quote marks between."""
        if i < 3 or words[i - 1].norm != "و":
            return False
        for k in range(i - 2, max(0, i - 10), -1):
            if words[k].is_punct and words[k].norm not in _QUOTE_MARKS:   # quotes around an acronym pass
                return False
            if (words[k].norm in self.p["org_heads"] or words[k].norm in self.p["state_bodies"]["first_words"]
                    or words[k].norm in self.p["missions"]["heads"]) and self._after_feminine_verb(words, k):
                return True
        return False

    def _after_feminine_verb(self, words: list[Word], i: int) -> bool:
        """Is the word before i a feminine past verb whose subject the body at i is ("ورحبت
        السفارة", "فيما وصفت السفارة", "وأعلنت القنصلية")?  An embassy that speaks or acts is
        the mission, an ORG; one stormed or stood before ("أمام السفارة") is the building."""
        if i == 0:
            return False
        before = words[i - 1].norm
        verb = before in self.p["telling_words"] or before in self.p["speech_verbs"]   # "وأعلنت", "قالت"
        return _arabic_word(before) and len(before) >= 3 and before.endswith("ت") and not before.endswith("ات") \
            and (verb or before not in self.p["stops"]) and not self._kb_match(words, i - 1)

    def _institution(self, words: list[Word], i: int, after_lam: bool = False) -> Mention | None:
        """"الحكومة", "مجلس الوزراء", "الجيش" with no country or name after them (after_lam: the
        caller has read a ل before it as a preposition, "موالية للحكومة", so its article may be lost)."""
        first = words[i]
        phrases = self.p["institutions"].get(first.norm)
        if not phrases or first.end - first.start < len(first.norm) and not after_lam:
            return None   # "لقضاء" (ل + قضاء, to spend) is not القضاء: the article must be written
        for phrase, kind in phrases:
            end = i + len(phrase)
            if tuple(w.norm for w in words[i:end]) != phrase:
                continue
            if end < len(words) and words[end].norm in self.p["institution_not_before"].get(phrase, ()):
                return None   # "القضاء على الإرهاب": the verbal noun, no judiciary
            after = self._kb_match(words, end) if end < len(words) and not words[end].is_punct else None
            if after and any(entry.type != "PER" for entry, _ in after[1]):
                # "الجيش الإسرائيلي", "الحكومة السودانية": the knowledge base or a nisba says
                # whose (a known person after it, "باسم الحكومة عبد الرحمن كلام الله", does not)
                return None
            if end < len(words) and phrase[0] in self.p["group_heads"] and words[end].norm.startswith("ال") \
                    and words[end].norm[2:] in self.p["group_modifiers"]:
                return None   # "السلطات المحلية": the group rule reads the organs with their adjective
            known = self._kb_match(words, i)
            if known and known[0] > len(phrase):
                return None   # "الجيش المالي": a longer name the knowledge base knows (المالي alone is "financial")
            return Mention(words[i].start, words[end - 1].end, "ORG", "alias", [],
                           role={"institution": kind, "phrase": phrase}, word_span=(i, end))
        return None

    def _government_forces(self, words: list[Word], i: int) -> Mention | None:
        """"قوات حكومة الوفاق الوطني": the forces of a government the knowledge base names (ORG, a
        body of their own, the government a mention inside it: patterns.yaml government_forces).
        Not a government named by its kind alone ("قوات الحكومة") nor a longer known name at i."""
        if i + 2 >= len(words) or self._kb_match(words, i):
            return None   # "قوات الدعم السريع": the knowledge base names the forces whole
        match = self._kb_match(words, i + 1)
        categories = self.p["government_forces"]["categories"]
        if not match or match[0] < 2 or not any(entry.type == "ORG" and entry.category in categories
                                                for entry, _ in match[1]):
            return None
        government = self._kb(words, i + 1)
        if government is None or government.type != "ORG":
            return None
        end = government.word_span[1]
        return Mention(words[i].start, words[end - 1].end, "ORG", "name", [], country=government.country,
                       word_span=(i, end), parts=[government],
                       key=words[i].norm + " " + government.candidates[0].kb)

    def _agent_slot(self, words: list[Word], i: int) -> bool:
        """May a singular agent noun that is also an adjective ("مسلح") head a group at i?  Only
        where no noun it could qualify stands before it: at the start, after punctuation, a
        stop word (a preposition, a complementizer), or an agent cue: "على يد مسلح", a past verb
        of violence ("وقتل مسلح مجهول"); not "برصاص مسلح", "فصيل مسلح"."""
        if i == 0 or words[i - 1].is_punct:
            return True
        before = words[i - 1].norm
        return before in self.p["stops"] or before in self.p["agent_cues"]

    def _plural_agent_slot(self, words: list[Word], i: int) -> bool:
        """Does an indefinite oblique plural agent ("مسلحين") stand where it is a party, not the
        counted noun of a toll: after a stop word or agent cue ("إن مسلحين"، "على أيدي مسلحين"),
        after "رصاص" ("برصاص مسلحين"), or as the object of a definite subject with a plural verb
        right after it, whose subject it is ("طاردت القوات الإسرائيلية مسلحين نفذوا هجمات")?  Not
        after a number ("أربعة مسلحين": the figure's noun) nor an indefinite noun it qualifies
        ("مدنيين مسلحين")."""
        if i > 0 and not words[i - 1].is_punct and (
                words[i - 1].norm in self.p["plural_agent_cues"] or self._agent_slot(words, i)):
            return True
        return i > 0 and words[i - 1].norm.startswith("ال") and i + 1 < len(words) \
            and _plural_verb(words[i + 1].norm)   # "ومدنيين مسلحين تمكنوا": the adjective of a noun

    def _force_members(self, words: list[Word], i: int) -> Mention | None:
        """"جنود الاحتلال", "عناصر الأمن", "جنود النظام": the men of a force named by the words
        after them, read as the force whose name a force head makes of the same words ("قوات
        الاحتلال" in the knowledge base, "قوات الأمن" among the institutions); the mention is the
        force's and spans the members' head."""
        if i + 1 >= len(words) or not words[i + 1].norm.startswith("ال"):
            return None
        tail = words[i + 1:i + 6]
        for head in self.p["force_heads"]:
            stand_in = [Word(head, words[i].start, words[i].end)] + tail
            found = self._institution(stand_in, 0)
            match = None if found else self._kb_match_at(stand_in, 0)
            if match and match[0] >= 2 and match[1][0][0].type == "ORG":
                entries = list(dict.fromkeys(entry for entry, _ in match[1] if entry.type == "ORG"))
                found = Mention(words[i].start, stand_in[match[0] - 1].end, "ORG", "alias", entries,
                                country=entries[0].country, word_span=(0, match[0]))
            if found is not None:
                found.word_span = (i, i + found.word_span[1])
                return found
        return None

    def _regional_government(self, words: list[Word], i: int) -> Mention | None:
        """"حكومة ولاية كادونا"، "حكومة ولاية البحر الأحمر": the government of a region, a federal
        state, a province or a city, the place a part inside; "حكومة الإقليم"، "حكومة الولاية": that of
        the region the article is about (patterns.yaml regional_governments).  Not where the knowledge
        base names the phrase whole ("حكومة إقليم كوردستان") nor a country's government."""
        p = self.p["regional_governments"]
        j = i + 1
        if j >= len(words) or (self._kb_match(words, i) or (0,))[0] >= 2:
            return None
        unit = words[j].norm
        if unit in p["bare_units"]:
            if j + 1 < len(words) and not words[j + 1].is_punct and self._kb_match(words, j + 1):
                return None   # "حكومة المدينة المنورة"، "حكومة الولايات المتحدة": a name goes on
            return Mention(words[i].start, words[j].end, "ORG", "name", [], word_span=(i, j + 1),
                           key=f"{words[i].norm} {unit}", role={"regional_government": unit[2:]})
        if unit not in p["units"]:
            return None
        place = self._kb(words, j)
        if place is None and j + 1 < len(words):
            place = self._kb(words, j + 1)   # "ولاية كادونا": the unit's head before a name the KB knows bare
        if place is None or place.type not in ("GPE", "LOC") or any(e.kind == "country" for e in place.candidates):
            return None
        end = place.word_span[1]
        return Mention(words[i].start, words[end - 1].end, "ORG", "name", [], country=place.country,
                       word_span=(i, end), parts=[place], key=" ".join(w.norm for w in words[i:end]))

    def _called_public(self, words: list[Word], i: int) -> Mention | None:
        """"ودعت الوزارة المواطنين إلى …"، "داعيا السكان"، "طلب من المواطنين": the general public a
        call is addressed to is a group (patterns.yaml called_public), where the calling verb stands
        before it with only its subject, a time or a quantifier between, no preposition."""
        p = self.p["called_public"]
        if words[i].norm in p["quantified_heads"] and (i == 0 or words[i - 1].norm not in p["quantifiers"]):
            return None   # "ودعت الأطراف اليمنية": parties called only as "جميع الأطراف"
        k = i - 1
        verb = lambda norm, verbs: norm in verbs or norm[:1] in "وف" and norm[1:] in verbs   # noqa: E731  "ودعت" unsplit
        if k >= 1 and words[k].norm == "من" and verb(words[k - 1].norm, p["asking"]):
            k -= 1   # "طلب من المواطنين"
        for k in range(k, max(-1, i - 1 - p["reach"]), -1):
            word = words[k]
            if word.is_punct or word.norm in p["breaks"]:
                return None
            if verb(word.norm, p["verbs"]):
                if k == i - 1 and not words[i].norm.endswith("ين") and not verb(word.norm, p["participles"]):
                    return None   # "وطالب السكان بـ": a broken plural right after a finite verb is its subject
                first = i - 1 if k < i - 1 and words[i - 1].norm in p["quantifiers"] else i   # "جميع الأطراف"
                return Mention(words[first].start, words[i].end, "GROUP", "name", [], anonymous=True,
                               word_span=(first, i + 1), key=_stem(words[i].norm))
        return None

    def _national_soldiers(self, words: list[Word], i: int) -> Mention | None:
        """"جنود أمريكيون"، "جنودا مصريين": soldiers of a state its nisba names are its army, the
        knowledge base's army of that country (patterns.yaml national_soldiers); the nisba stays a
        mention of the country inside.  None where the knowledge base knows no army of it."""
        return self._army_by_nisba(words, i, i + 1, frozenset())

    def _national_forces(self, words: list[Word], i: int) -> Mention | None:
        """"قوات فرنسية"، "قوة إسرائيلية"، "قوات خاصة فرنسية"، "قوة أمريكية خاصة": a state's forces named
        by the indefinite head and its nisba (patterns.yaml national_forces) are its army, as
        national_soldiers reads its soldiers; an adjective (خاصة) stands before the nisba or after it."""
        adjectives = self.p["national_forces"]["adjectives"]
        if i + 1 < len(words) and words[i + 1].norm in adjectives:
            return self._army_by_nisba(words, i, i + 2, frozenset())
        return self._army_by_nisba(words, i, i + 1, adjectives)

    def _army_by_nisba(self, words: list[Word], i: int, j: int, trailing: frozenset[str]) -> Mention | None:
        """The army of the state whose indefinite nisba stands at word j after the head at word i (and one word
        of `trailing` after the nisba), as one ORG mention from the head on with the nisba a mention of the
        country inside; None where no country's nisba stands there or the knowledge base knows no army of it."""
        if j >= len(words) or words[j].norm.startswith("ال"):
            return None
        match = self._kb_match(words, j)
        if not _names_country_by_nisba(match) or match[0] != 1:
            return None
        country = match[1][0][0].country
        army = _army_of(self.kb, country, tuple(self.p["national_soldiers"]["army_phrases"]))
        if army is None:
            return None
        end = j + 1
        if end < len(words) and words[end].norm in trailing:
            end += 1
        nisba = self._country_nisba(words, j, match)
        return Mention(words[i].start, words[end - 1].end, "ORG", "alias", [army], country=country,
                       word_span=(i, end), parts=[nisba] if nisba else [])

    @staticmethod
    def _glued_words(kb: KnowledgeBase) -> set[str]:
        """Words that are و + the first word of a longer known name and a known name
        themselves ("وام", the agency, and و + "ام درمان"): the tokenizer keeps them whole."""
        return {"و" + words[0] for words in kb.index if len(words) > 1 and ("و" + words[0],) in kb.index}

    def _split_names(self, kb: KnowledgeBase) -> dict[str, set[str]]:
        """One-word names that end in the letters of an attached pronoun, which the tokenizer
        splits off when the rest is a word ("كونا" → كو + نا): their first part → the endings."""
        if getattr(self, "_split_name_parts", None) is None:
            pronouns = sorted(self.p["pronouns"], key=len, reverse=True)
            parts: dict[str, set[str]] = {}
            for (word,), hits in ((w, h) for w, h in kb.index.items() if len(w) == 1):
                if len(word) < 4 or not any(entry.curated for entry, _ in hits):
                    continue
                for suffix in pronouns:
                    stem = word[:-len(suffix)]
                    if word.endswith(suffix) and len(stem) >= 2 and (stem,) not in kb.index:
                        parts.setdefault(stem, set()).add(suffix)
                        break
            self._split_name_parts = parts
        return self._split_name_parts

    def _rejoined_name(self, words: list[Word], i: int) -> Mention | None:
        """"(كونا)": a known name the tokenizer split into a word and a pronoun, rejoined."""
        if i + 1 >= len(words) or words[i].end != words[i + 1].start \
                or words[i + 1].norm not in self._split_name_parts.get(words[i].norm, ()):
            return None
        hits = self.kb.index.get((words[i].norm + words[i + 1].norm,))
        if not hits:
            return None
        entries = list(dict.fromkeys(entry for entry, _ in hits))
        return Mention(words[i].start, words[i + 1].end, entries[0].type, hits[0][1].via, entries,
                       country=entries[0].country, word_span=(i, i + 2))

    def _glued_conjunction(self, words: list[Word], i: int) -> Mention | None:
        """"الخرطوم وأم درمان": a conjunction glued to a name the tokenizer left whole, because
        the word is a known name of its own too (وام); the longer name after و wins."""
        norms = [words[i].norm[1:]]
        for w in words[i + 1:i + self.kb.first_words.get(norms[0], 1)]:
            if w.is_punct:
                break
            norms.append(w.norm)
        for length in range(len(norms), 1, -1):
            hits = self.kb.index.get(tuple(norms[:length]))
            if hits:
                entries = list(dict.fromkeys(entry for entry, _ in hits))
                return Mention(words[i].start + 1, words[i + length - 1].end, entries[0].type, hits[0][1].via,
                               entries, country=entries[0].country, word_span=(i, i + length))
        return None

    def _definite_facility(self, words: list[Word], i: int) -> Mention | None:
        """"المستشفى الوطني", "المستشفى السعودي", "السجن المدني", "الملعب البلدي": a definite
        facility head and the one or two nisba adjectives that name it (patterns.yaml
        definite_facility_heads); a country's nisba among them gives its country.  Adjectives
        that only place or rank it (definite_facility_excluded: "المستشفى الرئيسي") name nothing."""
        j, country, parts = i + 1, None, []
        while j < len(words) and j - i <= 2 and not words[j].is_punct:
            norm = words[j].norm
            if not (norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) >= 5) \
                    or norm in self.p["stops"] or norm in self.p["definite_facility_excluded"]:
                break
            match = self._kb_match(words, j)
            if match:
                nisba = self._country_nisba(words, j, match)
                if nisba is None or nisba.word_span[1] != j + 1:
                    break
                country = country or nisba.country
                parts.append(nisba)
            j += 1
        if j == i + 1:
            return None
        return Mention(words[i].start, words[j - 1].end, "FAC", "name", [], country=country,
                       word_span=(i, j), parts=parts)

    def _definite_body(self, words: list[Word], i: int) -> Mention | None:
        """"الهيئة العامة للإحصاء", "المجلس الأعلى للأمن القومي", "الصندوق الكويتي للتنمية
        الاقتصادية": a definite head, one or two adjectives that agree with it and the field
        the body serves after لـ (a definite noun, or an indefinite one in construct with
        one: "لشؤون الأسرى"), with what is joined to that field by و.  A field the knowledge
        base names ("المكتب الإقليمي لمنظمة الصحة العالمية") is left to it."""
        n = len(words)
        j, country, parts = i + 1, None, []
        while j < n and j - i <= 2 and not words[j].is_punct:
            norm = words[j].norm
            if not norm.startswith("ال") or len(norm) < 4 or norm in self.p["stops"]:
                break
            match = self._kb_match(words, j)
            if match:
                nisba = self._country_nisba(words, j, match)
                if nisba is None or nisba.word_span[1] != j + 1:
                    return None
                country = country or nisba.country
                parts.append(nisba)
            j += 1
        if j == i + 1:
            return None
        governs = any(words[k].norm in self.p["governing_adjectives"] for k in range(i + 1, j))
        fielded = j + 1 < n and words[j].norm == "ل" and words[j].end == words[j + 1].start \
            and not any(words[j + 1].norm[2:] in self.p[heads] for heads in ("group_heads", "standalone_group_heads"))
        # "المجلس العسكري الانتقالي", "المجلس السيادي", "اللجنة العسكرية المشتركة": a body whose
        # adjective says it rules or commands is named by them alone, with no field after لـ
        ruled = Mention(words[i].start, words[j - 1].end, "ORG", "name", [], country=country,
                        word_span=(i, j), parts=parts) if governs else None
        if ruled and not fielded or j + 1 >= n:
            return ruled
        if words[j].norm == "ل" and words[j].end == words[j + 1].start:
            k = j + 1          # "للإحصاء": ل + a definite noun
            if not words[k].norm.startswith("ال"):
                if not self._construct_field(words, k):
                    return ruled
                k += 1         # "لحقوق الإنسان" cut as ل + حقوق: the definite noun after the construct
        elif words[j].norm.startswith("ل") and len(words[j].norm) > 3 and not words[j].norm.startswith("ال") \
                and words[j].norm[1:] not in self.p["org_heads"] and not self._kb_match(words, j):
            k = j + 1          # "لشؤون الأسرى": ل + an indefinite noun in construct
            if not words[k].norm.startswith("ال"):
                if not self._construct_field(words, k):
                    return ruled
                k += 1         # "لمعلومات حقوق الإنسان": a construct of two nouns before the definite one
        else:
            return ruled
        if self._named_field(words, k) or words[k].norm in self.p["stops"] or self._state_body_phrase(words, k):
            return ruled   # "المديرية العامة للدفاع المدني": the body the article names by its field
        end = k + 1
        while end < n and end - k < 4 and not words[end].is_punct:
            norm = words[end].norm
            if norm == "و" and end + 1 < n and words[end + 1].norm.startswith("ال") \
                    and words[end + 1].norm not in self.p["definite_body_heads"] \
                    and not self._kb_match(words, end + 1) and words[end + 1].norm not in self.p["stops"]:
                end += 2       # "للتجارة والتنمية", "للقضاة والمدعين العامين"
                continue
            if not norm.startswith("ال") or norm in self.p["stops"] or self._kb_match(words, end) \
                    or not (_definite_adjective(norm) or norm.startswith("الم") and len(norm) > 5):
                break   # after the definite field only its adjectives: "للانتخابات | النتائج المؤقتة" is the object
            end += 1
        return Mention(words[i].start, words[end - 1].end, "ORG", "name", [], country=country,
                       word_span=(i, end), parts=parts)

    def _named_field(self, words: list[Word], k: int) -> bool:
        """Does the knowledge base name what starts at the field word k, as anything but a
        people ("للمسلمين": a body serves a people; "لمنظمة الصحة العالمية": another body)?"""
        match = self._kb_match(words, k)
        return bool(match) and not all(entry.kind == "people" for entry, _ in match[1])

    def _construct_field(self, words: list[Word], k: int) -> bool:
        """Is word k (after a split-off لـ) an indefinite noun in construct with the definite
        word after it, naming a body's field ("لحقوق الإنسان", "لشؤون الأسرى", "لمكافحة
        الفساد")?  Not an organisation's head ("لمنظمة الصحة": another body), nor a known name."""
        norm = words[k].norm
        return (k + 1 < len(words) and _arabic_word(norm) and len(norm) > 2 and not words[k + 1].is_punct
                and words[k + 1].norm.startswith("ال") and norm not in self.p["org_heads"]
                and norm not in self.p["stops"] and not self._kb_match(words, k))

    def _state_body_phrase(self, words: list[Word], k: int) -> bool:
        """Does a state body that is named by its bare phrase ("الدفاع المدني", "الأمن العام")
        start at word k?"""
        bare = self.p["state_bodies"]["bare"]
        for phrase, _ in self.p["state_bodies"]["bodies"].get(words[k].norm, ()):
            if phrase in bare and tuple(w.norm for w in words[k:k + len(phrase)]) == phrase:
                return True
        return False

    def _descriptive(self, words: list[Word], i: int) -> Mention | None:
        """"الشبكة الأمريكية", "الصحيفة البريطانية": an outlet or body named by kind and
        nationality; the linker joins it to the one the article named before."""
        if words[i].norm in self.p["bare_heads"] and (i + 1 >= len(words) or not self._kb_match(words, i + 1)) \
                and not (words[i].norm in _linking_back_references() and i + 1 < len(words)
                         and words[i + 1].norm.startswith("ال") and words[i + 1].norm.endswith(("ي", "يه"))):
            # "المجلس السيادي", "اللجنة الأولمبية": a nisba after the head names another body
            # "وأعلنت الوزارة": a body named before, by its kind alone
            return Mention(words[i].start, words[i].end, "ORG", "alias", [], role={"refers": words[i].norm[2:]},
                           word_span=(i, i + 1))
        if words[i].norm not in self.p["descriptive_heads"] or i + 1 >= len(words):
            return None
        match = self._kb_match(words, i + 1)
        if not match or match[1][0][1].via != "nisba":
            return None
        length = match[0]
        return Mention(words[i].start, words[i + length].end, "ORG", "alias", [], country=match[1][0][0].country,
                       role={"refers": words[i].norm[2:]}, word_span=(i, i + 1 + length))

    def _followers(self, words: list[Word], i: int) -> Mention | None:
        """Supporters or opponents of someone: "أنصاره", "مؤيدو التعديلات", "أنصار الرئيس
        قيس سعيد" (a GROUP named by whom they follow; the person or body a part)."""
        j = i + 1
        if j >= len(words) or words[j].is_punct or self._kb_match(words, i):
            return None   # "أنصار الله" is a name
        norm = words[j].norm
        parts: list[Mention] = []
        head = words[i].norm
        if norm in self.p["pronouns"] and words[i].end == words[j].start:
            # "أنصاره": the pronoun the tokenizer split off; they are the followers of the one
            # whose followers the article named last ("أنصار الرئيس قيس سعيد" … "أنصاره")
            return Mention(words[i].start, words[j].end, "GROUP", "name", [], anonymous=True, word_span=(i, j + 1),
                           key=self._followers_named.get(head) or f"{head} {norm}")
        else:
            titled = self._titled_person(words, j)
            named = titled[-1] if titled else self._kb(words, j)
            if named is not None and named.type in ("PER", "ORG"):
                parts = titled or [named]
                end = parts[-1].word_span[1]
            elif norm.startswith("ال") and norm not in self.p["stops"]:
                end = j + 1                   # "مؤيدو التعديلات"
            else:
                return None
        key = self._followers_named[head] = " ".join(w.norm for w in words[i:end])
        return Mention(words[i].start, words[end - 1].end, "GROUP", "name", [], anonymous=True, word_span=(i, end),
                       parts=parts, country=next((p.country for p in parts if p.country), None), key=key)

    def _residents_of_origin(self, words: list[Word], i: int) -> bool:
        """The residents of a place after a witness or a pronoun and من ("شاهد عيان من سكان المخيم"،
        "وهو من سكان الحي"): where the witness or the person comes from, no party of their own (round
        s32: 5 such groups khabar listed in dev articles of 5 outlets whose gold lists none).  After a
        count or a person noun they stay ("مئات من أهالي البلدة" may be a crowd that protests)."""
        return words[i].norm in self.p["resident_heads"] and i > 1 and words[i - 1].norm in self.p["nearness_links"] \
            and words[i - 2].norm in self.p["origin_before_residents"]

    def _outskirts(self, words: list[Word], i: int) -> bool:
        """"أطراف بلدة عيتا الشعب"، "أطراف مدينة حلب": the edge of a place (patterns.yaml outskirts_heads
        before a place head or a known place), no parties."""
        if words[i].norm not in self.p["outskirts_heads"] or i + 1 >= len(words):
            return False
        if words[i + 1].norm in self.p["place_heads"]:
            return True
        match = self._kb_match(words, i + 1)
        return bool(match) and match[1][0][1].via != "nisba" and match[1][0][0].type in ("GPE", "LOC")

    def _group(self, words: list[Word], i: int) -> Mention | None:
        if words[i].norm in self.p["follower_heads"]:
            return self._followers(words, i)
        if words[i].norm in self.p["single_agent_heads"] and not self._agent_slot(words, i):
            return None   # "هجوم مسلح", "فصيل مسلح فلسطيني": the adjective of the noun before it
        start = i
        partitive = False
        if i > 0 and words[i - 1].norm in self.p["number_nouns"]:
            return None   # "عدد سكان المدينة": the number of them, no group
        if i > 0 and words[i - 1].norm in self.p["copulas"] and not words[i].norm.startswith("ال"):
            return None   # "ما زالوا محتجزين في روسيا": what the subject is, no group of its own
        if words[i].norm in self.p["group_quantifiers"] and i + 1 < len(words):
            if i > 0 and words[i - 1].norm in self.p["toll_nouns"]:
                return None   # "مقتل عشرات المسعفين": the people a toll counts (the figure carries them)
            i += 1
            if words[i].norm in self.p["nearness_links"] and i + 1 < len(words) and words[i + 1].norm.startswith("ال"):
                i += 1   # "عدد من النواب", "عددا من رجال الأمن": the partitive من
                partitive = True
            if not partitive and words[start].norm in self.p["number_nouns"]:
                return None   # "عدد المحتجزين": the number of them, no group (a group is "عدد من …")
            partitive = partitive or words[i].norm.startswith("ال")   # "أحد الشهود", "بعض المسؤولين"
        head = words[i].norm
        if self._residents_of_origin(words, i) or self._outskirts(words, i):
            return None
        if partitive and head not in self.p["standalone_group_heads"] and head[2:] in self.p["standalone_group_heads"]:
            head = head[2:]   # the definite plural of a people noun after a quantifier: "أحد الشهود"
        standalone = head in self.p["standalone_group_heads"] or (
            start == i and head in self.p["slotted_agent_heads"] and self._plural_agent_slot(words, i))
        delegate = head in self.p["delegate_outlet_heads"]   # "مندوب الوكالة الوطنية للإعلام"
        outlet = delegate or head in self.p["outlet_group_heads"]
        if partitive and not (standalone or outlet) and (head in self.p["group_heads"] or head[2:] in self.p["group_heads"]):
            # "أحد السكان", "بعض السكان", "مئات المعلمين": a group head that needs a modifier stands
            # alone when counted; the population at large only when one or some are singled out
            # ("آلاف المواطنين" is a crowd the figure counts)
            standalone = self._counted_people(words, start, i) and (
                words[start].norm in self.p["singling_quantifiers"] or words[i].norm not in self.p["general_public"])
        elif partitive and not (standalone or outlet or head in self.p["group_heads"]):
            if not self._counted_people(words, start, i):
                return None
            standalone = True   # "مئات المعلمين", "عشرات الشبان"
        if not (standalone or outlet or head in self.p["group_heads"] or head in self.p["construct_group_heads"]):
            return None
        j = i + 1
        country = None
        modifiers = 0
        parts: list[Mention] = []
        own = self.p["head_modifiers"].get(head, frozenset())   # "عائلات المفقودين", "فرق الطوارئ"
        construct = None
        if head in self.p["construct_group_heads"] and j + 1 < len(words):
            construct = self._construct_genitive(words, j)
            if construct is not None:
                j = construct
                modifiers += words[j - 1].norm.startswith("ال")   # "رجال الإطفاء" is named; "رجال أعمال" needs more
        while j < len(words) and not words[j].is_punct:
            norm = words[j].norm
            bare = norm[2:] if norm.startswith("ال") else norm
            portfolio = head in self.p["minister_group_heads"] and (
                norm in self.p["state_bodies"]["portfolios"] or norm == "و" and j + 1 < len(words)
                and words[j + 1].norm in self.p["state_bodies"]["portfolios"])
            # an adjective agrees with its head in definiteness: "مسلحون مجهولون الصحفي" ends
            # before الصحفي, the object of the verb, not an adjective of the gunmen
            agrees = head.startswith("ال") or bare == norm
            if head in self.p["singular_agent_heads"] and _accusative(words[j]):
                break   # "قتل مسلح مجهول شرطيا": the verb's object, no adjective of the nominative agent
            if norm in own and j + 1 < len(words) and words[j + 1].norm == "عن":
                break   # "واصلت فرق الإنقاذ البحث عن ناجين": the verbal noun with its complement is the object
            if portfolio or norm in self.p["group_modifiers"] or agrees and bare in self.p["group_modifiers"] or norm in own or (
                    norm == "و" and j + 1 < len(words) and words[j + 1].norm in self.p["group_modifiers"]):
                modifiers += norm != "و"
                j += 1
                continue
            match = self._kb_match(words, j)
            nisba_hit = next(((e, a) for e, a in match[1] if a.via == "nisba"), None) if match else None
            if nisba_hit and country is None and (norm.startswith("ال") or not head.startswith("ال")) and (
                    match[1][0][1].via == "nisba" or nisba_hit[0].kind == "country" and norm.endswith(("يه", "يون", "يين"))):
                # (an indefinite nisba after a definite head is the predicate of a nominal clause,
                # "أن المهاجمين تونسيون", not the group's adjective)
                # "مصادر عسكرية سورية": سورية is the country's name too, but after a
                # group's head and adjectives it is the feminine nisba
                country = nisba_hit[0].country
                nisba = self._kb(words, j)
                if nisba.candidates[0].kind == "country":
                    nisba.type = "GPE"     # the country the group belongs to ("الوسطاء القطريين")
                # "ناشطين فلسطينيين", "مسؤولون إسرائيليون": the nisba only says whose the
                # officials are; the mediators, analysts … that act as a group on their own
                # are named with the country that sends them ("الوسطاء القطريين": Qatar)
                nisba.qualifies = not standalone
                parts.append(nisba)
                j += match[0]
                continue
            if match and country is None and match[1][0][0].type == "NORP" and match[1][0][1].via in ("name", "alias") \
                    and not norm.startswith("ال") and not head.startswith("ال"):
                # "مسؤولون أكراد", "مقاتلون بشتون": an indefinite people's name after an indefinite
                # head is its adjective, the people the group belongs to
                parts.append(self._kb(words, j))
                modifiers += 1
                j += match[0]
                continue
            break
        if j == i + 1 and not standalone and not outlet and j < len(words) and not head.startswith("ال") \
                and words[i].norm not in self.p["group_quantifiers"] and head not in self.p["document_heads"] \
                and head not in self.p["modifier_only_group_heads"]:
            # "أهالي مخيم جنين", "مسؤولو حماس": the people of a known place or body
            match = self._kb_match(words, j)
            if _names_place_or_body(match):
                place = self._kb(words, j)
                if place is not None:   # _kb's own sense checks may refuse the match ("سكان معسكر جبلي")
                    parts.append(place)
                    country = place.country
                    j = place.word_span[1]
        if j == i + 1 and head in self.p["resident_heads"] and j < len(words) and words[j].norm in self.p["place_heads"]:
            # "أحد سكان حي المعمورة", "أهالي قرية المغير": the people of a place named by its
            # head word, which the knowledge base need not know
            place = self._headed_name(words, j) or self._headed_known_place(words, j)
            if place is not None and place.type in ("GPE", "LOC"):
                parts.append(place)
                j = place.word_span[1]
        if j == i + 1 and head in self.p["resident_heads"] and j < len(words) \
                and words[j].norm in self.p["residence_nouns"]:
            j += 1            # "سكان البلدة": the people of the town the article is about
            modifiers += 1
        if outlet and j == i + 1 and j < len(words) and words[j].norm == "نا" and words[i].end == words[j].start:
            # "مراسلنا": the correspondent of the article's own outlet
            return Mention(words[start].start, words[j].end, "GROUP", "name", [], anonymous=True,
                           word_span=(start, j + 1), key=" ".join(w.norm for w in words[start:j + 1]))
        if outlet:
            # "مراسل الجزيرة", "مراسل لوكالة فرانس برس": the outlet is part of the group
            k = j + 1 if j < len(words) and words[j].norm == "ل" else j
            quoted = self._quoted_outlet(words, k) if j == i + 1 and not parts else None
            if quoted is not None:
                # 'مراسل "الأخبار"', 'مراسل «الوطن»': an outlet named in quotes, known or not
                end, body = quoted
                return Mention(words[start].start, words[end - 1].end, "GROUP", "name", [], anonymous=True,
                               country=body.country if body else None, word_span=(start, end),
                               parts=[body] if body else [], key=" ".join(w.norm for w in words[start:end]))
            body = self._body(words, k) if k < len(words) else None
            outlets = [e for e in body.candidates if e.type == "ORG" and (
                not delegate or e.category in ("media", "agency"))] if body else []
            if delegate and not outlets:
                return None   # "مندوب الجامعة العربية": an envoy, not a reporter
            if body is None or body.type != "ORG" and not outlets or parts:
                return None
            if outlets:
                body.candidates, body.type, body.country = outlets, "ORG", outlets[0].country
            parts.append(body)
            j = body.word_span[1]
        if partitive and not (standalone or modifiers or country or parts):
            return None   # "عدد من المواطنين في عمان": some of a generic plural, no party of its own

        people = None
        if not outlet and not parts:
            if self._members_of_named_body(words, i, j):
                return None
            people = self._members_of_people(words, i, j)
        if people is not None:
            # "مسلحين من التبو"، "مسلحين من العشائر": men of a people or kin, a group of their own
            # (a place after it only locates them: "مسلحين من التبو في مرزق")
            end, part = people
            return Mention(words[start].start, words[end - 1].end, "GROUP", "name", [], country=country,
                           anonymous=True, word_span=(start, end), parts=[part] if part else [],
                           key=" ".join(_stem(w.norm) for w in words[start:end]))
        # "مسؤول كبير في إدارة بايدن", "مصدر في الوزارة", "متحدث باسم المنظمة": the body it
        # belongs to or speaks for joins the group
        key_end = None
        near = i + 1 < j < len(words) and words[j].norm in self.p["nearness_links"] and (
            words[j - 1].norm in self.p["nearness_adjectives"])   # "مصدر مقرب من الرئاسة"
        # ("مصدر بوزارة الاستثمار": the tokenizer's ب as في)
        # "مصدر من الهيئة", "مسؤولون من التحالف الدولي": a source's من names the body it is of
        belongs = not near and not parts and j < len(words) and words[j].norm in self.p["nearness_links"] \
            and head in self.p["source_group_heads"]
        if not outlet and j + 1 < len(words) and (words[j].norm in ("في", "باسم", "ب") or near or belongs):
            body = self._body(words, j + 1)
            if body is not None and belongs and body.type not in ("ORG", "FAC"):
                body = None   # "مسؤولون من سوريا": where they come from, not a body they speak for
            if body is None and words[j].norm == "في" and head in self.p["placed_group_heads"]:
                body = self._locating_place(words, j + 1)   # "سكان في حي الشجاعية", "مزارعون في سهل البقاع"
            if body is None and (near or belongs) and words[j + 1].norm in self.p["descriptive_heads"]:
                # "مصدر مقرب من الحكومة": near a body named by its kind alone, the one named before
                body = Mention(words[j + 1].start, words[j + 1].end, "ORG", "alias", [],
                               role={"refers": words[j + 1].norm[2:]}, word_span=(j + 1, j + 2))
            if body is not None:
                country = country or body.country
                parts.append(body)
                if body.type in ("GPE", "LOC"):
                    key_end = j   # "الفصائل الفلسطينية في قطاع غزة" are "الفصائل الفلسطينية": the place only locates them
                j = body.word_span[1]
        if country is None and modifiers == 0 and not parts and not standalone:
            body_end = self._unread_body_end(words, j + 1) if (
                not outlet and head in self.p["source_group_heads"] and j + 1 < len(words)
                and words[j].norm in ("في", "ب", "من")) else None
            if body_end is None:
                return None
            parts = self._known_inside(words, j + 1, body_end)   # "ديالى" in "شرطة ديالى" stays a place
            country = next((part.country for part in parts if part.country), None)
            j = body_end   # "مصدر في شرطة ديالى": a source in a body no rule names
        return Mention(words[start].start, words[j - 1].end, "GROUP", "name", [], country=country,
                       anonymous=True, word_span=(start, j), parts=parts,
                       key=" ".join(_stem(w.norm) for w in words[start:key_end or j]))

    def _anonymous_speaker(self, words: list[Word], i: int) -> Mention | None:
        """"وقالت المتحدثة باسم الشرطة إن"، "وفق ما ذكره الناطق باسم الجمعية لوكالة وفا": a
        spokesperson named by title and body only (patterns.yaml anonymous_speakers), one
        anonymous person (GROUP) with the body a part, as the subject of a verb of saying
        (speech_verbs, or one with its object pronoun: "قاله"); None where a name follows the body
        or the title stands in apposition to a name before it."""
        spec = self.p["anonymous_speakers"]
        verbs = self.p["speech_verbs"]
        k = i - 1
        if k > 0 and words[k].norm in self.p["pronouns"] and words[k - 1].end == words[k].start:
            k -= 1   # "قاله": the object pronoun the tokenizer split off the verb
        if k < 0 or not (words[k].norm in verbs or words[k].norm[:-1] in verbs):
            # only as the subject of a verb of saying ("وقالت"، "ما قاله"); not an apposition to a
            # name before ("محمد عبد السلام، المتحدث باسم"، "آن راسموسن كبيرة مفاوضي ساموا المتحدثة باسم")
            return None
        j = i + 1
        while j < len(words) and words[j].norm in spec["qualifiers"]:
            j += 1
        if j + 1 >= len(words) or words[j].norm != "باسم":
            return None
        body = self._side(words, j + 1) or self._descriptive(words, j + 1)
        if body is None or body.type != "ORG":
            return None
        end = body.word_span[1]
        if end < len(words) and words[end].norm not in spec["ends"] and words[end].norm not in self.p["complementizers"]:
            return None   # "المتحدث باسم الجيش العميد …": a name follows
        return Mention(words[i].start, words[end - 1].end, "GROUP", "name", [], country=body.country, anonymous=True,
                       word_span=(i, end), parts=[body], key=" ".join(_stem(w.norm) for w in words[i:end]))

    def _member_head_before_link(self, words: list[Word], i: int, j: int) -> bool:
        """Is word i a people noun of member_group_heads ("مسلحون"، "مقاتلين") with من
        (nearness_links) at j and a word after it?"""
        return words[i].norm in self.p["member_group_heads"] and j + 1 < len(words) \
            and words[j].norm in self.p["nearness_links"]

    def _members_of_named_body(self, words: list[Word], i: int, j: int) -> bool:
        """Is the people noun at i (patterns.yaml member_group_heads) followed at j by من and a
        named body ("مسلحون من تنظيم داعش", "مقاتلون من قوات الدعم السريع", "جنود من الجيش")?
        Such members are no party of their own: the body is, and the noun makes no group
        (decided in session 17, docs/gold-format.md).  A people or a tribe after من ("مسلحين
        من التبو") is no body, and the noun stays a group."""
        if not self._member_head_before_link(words, i, j):
            return False
        body = self._side(words, j + 1) or self._quoted_name(words, j + 1)
        if body is None or body.type != "ORG":
            return False
        # the linker makes the men named again ("المسلحين"، "المهاجمين") mentions of the body
        self._member_bodies[body.word_span[0]] = _stem(words[i].norm)
        return True

    def _quoted_name(self, words: list[Word], k: int) -> Mention | None:
        """A faction's name in quotes at k ('"الشباب المسلم"'): an ORG over the words inside, of
        two to four words or one uncommon word, not opening with a plural of men or forces
        (patterns.yaml quoted_faction.not_first); None otherwise."""
        close = self._quoted_end(words, k)
        if close is None:
            return None
        inside = words[k + 1:close - 1]   # one word at least; _quoted_end refused punctuation after the first
        if inside[0].is_punct or inside[0].norm in self.p["quoted_faction"]["not_first"] \
                or len(inside) == 1 and not _rare(inside[0].norm):
            return None
        return Mention(inside[0].start, inside[-1].end, "ORG", "name", [], word_span=(k + 1, close - 1),
                       key=" ".join(w.norm for w in inside))

    def _quoted_faction(self, words: list[Word], k: int) -> Mention | None:
        """'مسلحون من "الشباب المسلم"'، 'عناصر من "جيش الشرقية"': a faction named in quotes after
        its members' noun and من (patterns.yaml quoted_faction) is a body of its own (ORG); the
        men are no group (_members_of_named_body)."""
        if k < 2 or words[k - 1].norm not in self.p["nearness_links"] \
                or words[k - 2].norm not in self.p["quoted_faction"]["member_heads"]:
            return None
        body = self._quoted_name(words, k)
        if body is not None:
            self._member_bodies[body.word_span[0]] = _stem(words[k - 2].norm)
        return body

    def _members_of_people(self, words: list[Word], i: int, j: int) -> tuple[int, Mention | None] | None:
        """Men of a people or of kin after the noun at i and من at j ("مسلحين من التبو"، "مسلحين من
        العشائر"): the word after the group's end, and the people's mention (None for kin nouns,
        patterns.yaml kin_group_nouns); None if no people or kin follows."""
        if not self._member_head_before_link(words, i, j):
            return None
        for phrase in self.p["kin_group_nouns"]:
            if tuple(w.norm for w in words[j + 1:j + 1 + len(phrase)]) == phrase:
                return j + 1 + len(phrase), None
        match = self._kb_match(words, j + 1)
        if match and match[1][0][0].type == "NORP" and match[1][0][1].via in ("name", "alias"):
            people = self._kb(words, j + 1)
            if people is not None:
                return people.word_span[1], people
        return None

    def _allied_group(self, words: list[Word], i: int) -> Mention | None:
        """Forces or bands named by whom they side with: "قوات موالية للحكومة", "مجموعات موالية
        لحفتر", "كتائب طرابلسية موالية لحكومة الوفاق", "فصائل مدعومة من إيران".  The head, at most
        two adjectives that agree with it, an adjective of allegiance (patterns.yaml
        allegiance_adjectives), ل or من, and the person, body or state: one GROUP, the one it
        sides with a part of it."""
        j = i + 1
        definite = words[i].norm.startswith("ال")
        while j < len(words) and j - i <= 3 and words[j].norm not in self.p["allegiance_adjectives"]:
            w = words[j]
            if w.is_punct or w.norm in self.p["stops"] or not _arabic_word(w.norm) or w.norm.startswith("ال") != definite:
                return None
            match = self._kb_match(words, j)
            if match and match[1][0][1].via != "nisba":
                return None   # "قوات الدعم السريع الموالية …": a known body's name, read as such
            j += 1
        if j + 2 >= len(words) or j - i > 3 or words[j].norm not in self.p["allegiance_adjectives"] \
                or words[j + 1].norm not in ("ل", "من"):
            return None
        titled = self._titled_person(words, j + 2)
        if titled and titled[-1].type == "PER":
            parts = titled
        else:
            target = self._side(words, j + 2)
            if target is None:
                return None
            parts = [target] + target.parts
        end = max(part.word_span[1] for part in parts)
        country = next((part.country for part in parts if part.country), None)
        return Mention(words[i].start, words[end - 1].end, "GROUP", "name", [], anonymous=True, country=country,
                       word_span=(i, end), parts=parts, key=" ".join(_stem(w.norm) for w in words[i:end]))

    def _side(self, words: list[Word], k: int) -> Mention | None:
        """The body, state or known person at k that a group belongs to or sides with: a named
        body (_body), an institution named alone ("الشرطة", "للحكومة") or a person the
        knowledge base knows ("لحفتر")."""
        body = self._body(words, k) or self._institution(words, k, after_lam=words[k - 1].norm == "ل")
        if body is None:
            known = self._kb(words, k)
            body = known if known is not None and known.type in ("PER", "ORG", "GPE") else None
        return body

    def _quoted_outlet(self, words: list[Word], k: int) -> tuple[int, Mention | None] | None:
        """An outlet named in quotes at k after a correspondent ('مراسل "الأخبار"'): the index
        after the closing quote and the outlet's mention where the knowledge base knows it."""
        if k + 1 >= len(words) or words[k].norm not in _OPEN_QUOTES or words[k + 1].norm in self.p["stops"]:
            return None   # (not 'مراسل "إن القصف مستمر"', what was said)
        end = self._quoted_end(words, k)
        if end is not None:
            return end, None
        known = self._kb_match(words, k + 1) if k + 1 < len(words) else None
        close = k + 1 + known[0] if known else None
        if known and close < len(words) and words[close].norm in _CLOSE_QUOTES and known[1][0][0].type == "ORG":
            return close + 1, self._kb(words, k + 1)   # 'مراسل "الجزيرة"'
        return None

    def _locating_place(self, words: list[Word], j: int) -> Mention | None:
        """The place at j that locates the residents or the trade of a group: a town or region
        the knowledge base knows, or one named by its head word ("حي الشجاعية")."""
        if words[j].norm in self.p["settlement_heads"] and j + 1 < len(words):
            j += 1   # "أهالي في بلدة عرسال": the town's kind before its name
        match = self._kb_match(words, j)
        if match:
            return self._kb(words, j) if match[1][0][0].type in ("GPE", "LOC") and match[1][0][1].via != "nisba" else None
        headed = self._headed_name(words, j)
        return headed if headed is not None and headed.type in ("GPE", "LOC") else None

    def _subject_people(self, words: list[Word], i: int) -> Mention | None:
        """People named by their trade or lot as the subject of a clause (patterns.yaml
        subject_people): right after a verb that opens a sentence or a clause ("وأعلن الأطباء",
        "ونظم المعلمون") or after a complementizer ("إن مسلحين اقتحموا"). A construct head takes
        its definite genitive ("وأضرب سائقو الشاحنات"); elsewhere ("دعم الأطباء") no group."""
        if not self._opens_clause_before(words, i) or self._kb_match(words, i):
            return None   # "وقالت أطباء بلا حدود": a known name that opens with the noun
        if self._members_of_named_body(words, i, i + 1):
            return None   # "وهاجم مسلحون من تنظيم القاعدة": the body is the subject
        end = i + 1
        state = self.p["subject_people"][words[i].norm]
        if state != "alone" and end < len(words) and not words[end].is_punct:
            if self._kb_match(words, end) is not None:
                return None   # "مسلحي حماس": the known body's own fighters, a mention of it (the gold's way)
            if words[end].norm.startswith("ال") and words[end].norm not in self.p["stops"]:
                end += 1   # "سائقو الشاحنات", "أساتذة التعاقد"
        if state == "construct" and end == i + 1:
            return None   # a construct head with no genitive is no name of people
        return Mention(words[i].start, words[end - 1].end, "GROUP", "name", [], anonymous=True,
                       word_span=(i, end), key=" ".join(w.norm for w in words[i:end]))

    def _opens_clause_before(self, words: list[Word], i: int) -> bool:
        """Is the word before i a complementizer, or a verb that opens a sentence or a clause:
        the first word after a break, or after a conjunction (و، ف) that follows one?"""
        if i == 0:
            return False
        before = words[i - 1]
        if before.norm in self.p["complementizers"]:
            return True
        verb = before.norm in self.p["speech_verbs"] or before.norm in self.p["telling_words"]
        if before.is_punct or before.norm in self.p["stops"] and not verb or not _arabic_word(before.norm):
            return False
        k = i - 2
        if k >= 0 and words[k].norm in ("و", "ف"):
            k -= 1
        return k < 0 or words[k].is_punct

    def _counted_people(self, words: list[Word], start: int, i: int) -> bool:
        """Does a quantifier count a kind of people at i: a broken plural of one ("عشرات
        الشبان") or a sound masculine plural, whose singular the lexicon gives or whose form is
        a participle's ("مئات المعلمين", "عشرات المحتجين")?  Not the people a toll counts ("عشرات المصابين"), things ("آلاف السلع", "عشرات
        السنين") nor a people's nisba ("آلاف الفلسطينيين": the figure and the nisba carry it)."""
        w = words[i]
        norm = w.norm
        if not norm.startswith("ال") or len(norm) < 5 or w.is_punct or norm in self.p["tallied_people"] \
                or self._kb_match(words, i):
            return False
        if norm in self.p["counted_people"]:
            # the population at large and visitors only when one or some are singled out
            return norm not in self.p["general_public"] or words[start].norm in self.p["singling_quantifiers"]
        stem = norm[2:]
        if not stem.endswith(("ين", "ون")) or len(stem) < 5 or stem.endswith(("يين", "يون")):
            return False   # (a nisba's plural, "الموصليين", is a people's, as the knowledge base's are)
        single = stem[:-2]
        if w.lemma == single:
            return True   # the lexicon's singular: "المعلمين" → معلم
        # a participle the lexicon lacks: "المحتجين", "النازحين"
        return w.lemma in (norm, stem) and (single.startswith("م") and len(single) >= 4
                                            or len(single) == 4 and single[1] == "ا")

    def _construct_genitive(self, words: list[Word], j: int) -> int | None:
        """The end of what a plural head of people is in construct with at j: a definite noun
        of the language ("رجال الإطفاء", "زعماء القبائل"), or an indefinite one with a nisba or
        a group modifier after it ("رجال أعمال قطريون"); None where neither stands there."""
        w = words[j]
        if w.is_punct or w.norm in self.p["stops"] or w.norm in self.p["pronouns"] or self._kb_match(words, j):
            return None
        if w.norm.startswith("ال"):
            return j + 1 if len(w.norm) >= 4 and w.norm.isalpha() else None
        if not w.norm.isalpha() or w.norm.isascii() or j + 1 >= len(words):
            return None
        after = words[j + 1].norm
        if after in self.p["group_modifiers"]:
            return j + 1
        match = self._kb_match(words, j + 1)
        return j + 1 if match and any(a.via == "nisba" for _, a in match[1]) else None

    def _family(self, words: list[Word], i: int) -> Mention | None:
        """"عائلة الأخرس", "عشيرة البوناصر": a family or clan named by its surname, a
        definite word rare in the language (not "أسرة الضحية", the victim's family)."""
        if i + 1 >= len(words) or self._kb_match(words, i):
            return None
        norm = words[i + 1].norm
        if not norm.startswith("ال") or len(norm) < 5 or not _rare(norm) or norm in self.p["stops"] \
                or _adjective_shaped(norm[2:]) or self._kb_match(words, i + 1):
            return None
        return Mention(words[i].start, words[i + 1].end, "GROUP", "name", [], anonymous=True,
                       word_span=(i, i + 2), key=f"{words[i].norm} {norm}")

    def _unread_body_end(self, words: list[Word], j: int) -> int | None:
        """The end of a body no rule names, read from its head word at j (patterns.yaml
        source_body_heads) through the nouns it governs and its definite adjectives: "شرطة
        ديالى"، "وزارة الطيران المدني"، "دائرة صحة دهوك"، "لجنة الحج العليا".  An indefinite word
        follows only the head or a noun ending in ة (the construct chain); a stop word, a noun of
        time or anything not Arabic ends it.  None where no such head stands at j."""
        if j >= len(words) or words[j].norm not in self.p["source_body_heads"]:
            return None
        k = j + 1
        while k < len(words) and k - j < 6:
            norm, before = words[k].norm, words[k - 1].norm
            if norm in self.p["stops"] or norm in self.p["time_nouns"] or not _arabic_word(norm):
                break
            if not before.startswith("ال"):   # a name in construct with the word before it
                known = self._kb_match(words, k)
                if _names_place_or_body(known):
                    k += known[0]   # "شرطة ذي قار"، "مديرية أمن بني سويف": a known name of several words
                    continue
            if not norm.startswith("ال") and (before.startswith("ال") or k - 1 != j and not before.endswith("ه")):
                break
            k += 1
        return k

    def _known_inside(self, words: list[Word], j: int, end: int) -> list[Mention]:
        """The places and bodies the knowledge base knows by name between j and end (not a
        nisba: "الوفد الحكومي" names no country's people), each a part of the group."""
        parts: list[Mention] = []
        k = j
        while k < end:
            match = self._kb_match(words, k)
            if match and k + match[0] <= end and _names_place_or_body(match):
                known = self._kb(words, k)
                if known is not None:
                    parts.append(known)
                    k = known.word_span[1]
                    continue
            k += 1
        return parts

    def _suspects(self, words: list[Word], i: int) -> Mention | None:
        """"المشتبه بهم"، "المشتبه فيهم"، "الأشخاص المشتبه بهم": the people a case suspects, one
        group; after a thing ("جسم مشتبه به") the participle is its adjective, no group."""
        j = i + 1 if words[i].norm in self.p["suspect_person_nouns"] else i
        if j >= len(words) - 1 or words[j].norm not in self.p["suspect_heads"]:
            return None
        if j == i and i > 0 and self._suspect_adjective_or_counted(words, i):
            return None
        k = j + 1
        if words[k].norm == "في" and k + 1 < len(words) and words[k].end == words[k + 1].start:
            k += 1   # "فيهم", cut by the tokenizer into the preposition and its pronoun
        elif words[k].norm in ("في", "ب"):
            return None   # "المشتبه في تورطه": the participle with what is suspected, no group
        if words[k].norm not in self.p["suspect_pronouns"] or words[k].norm in _OBJECT_PRONOUNS and k == j + 1:
            return None
        pronoun = words[k].norm.removeprefix("ب")
        if k + 1 < len(words) and words[k + 1].norm in self.p["definite_cardinals"]:
            k += 1   # "المشتبه بهم الأربعة"
        return Mention(words[i].start, words[k].end, "GROUP", "name", [], anonymous=True, word_span=(i, k + 1),
                       key=f"مشتبه {pronoun}")   # "المشتبه بهم" and "مشتبها بهم" are one group

    def _suspect_adjective_or_counted(self, words: list[Word], i: int) -> bool:
        """Is the suspect participle at i a thing's adjective ("جسم مشتبه به"، "حالات الكوليرا
        المشتبه بها": a thing noun right before it or before its genitive) or the counted noun
        of a number ("40 مشتبها به"، "عشرات المشتبه بهم"), no group of its own?"""
        before = words[i - 1].norm
        if before in self.p["suspect_things"] or before.isdigit() or before in self.p["counting_words"] \
                or before in self.p["group_quantifiers"] and before not in self.p["singling_quantifiers"]:
            return True
        return i > 1 and words[i].norm.startswith("ال") and before.startswith("ال") \
            and words[i - 2].norm in self.p["suspect_things"]

    def _body(self, words: list[Word], j: int) -> Mention | None:
        """The named body a group member belongs to: an administration, a known organisation
        or country, an organisation named by its head word, or one named before ("الوزارة")."""
        body = self._administration(words, j)
        if body:
            return body
        match = self._kb_match(words, j)
        state = self._state_body(words, j)
        if state is not None:
            return state
        if not match or match[0] == 1:
            # "مصدر في الشرطة", "ضابط في الجيش": an institution named by its kind alone, which
            # the linker joins to the body of that kind the article named (else its own country's)
            institution = self._institution(words, j)
            if institution is not None:
                return institution
        if match and match[1][0][0].type in ("ORG", "GPE", "FAC") and match[1][0][1].via != "nisba":
            return self._kb(words, j)   # "صيادون في ميناء غزة": a known facility, as a headed one below
        if match:
            return None
        headed = self._headed_name(words, j)
        if headed is not None and headed.type in ("ORG", "FAC"):
            return headed   # "مسؤول في بلدية جنين"; not a place ("المحتجون في شارع …")
        if words[j].norm in self.p["definite_body_heads"]:
            body = self._definite_body(words, j)   # "مسؤولين في المجلس الرئاسي", "مصدر في الهيئة العامة للإحصاء"
            if body is not None:
                return body
        return self._descriptive(words, j)

    # -- names from titles and head words --------------------------------------------
    def _title_at(self, words: list[Word], i: int) -> tuple[int, str] | None:
        if words[i].norm == "و":
            # "والي ولاية الخرطوم": a title the tokenizer read as و + إلى (one word in the
            # text, so the two tokens touch)
            if i + 1 >= len(words) or words[i].end != words[i + 1].start:
                return None
            joined = "و" + words[i + 1].norm
            for title, office in self.p["titles"].get(joined, ()):
                if tuple(w.norm for w in words[i + 2:i + 1 + len(title)]) == title[1:]:
                    return len(title) + 1, office
            return None
        for title, office in self.p["titles"].get(words[i].norm, ()):
            if tuple(w.norm for w in words[i:i + len(title)]) == title:
                return len(title), office
        return None

    def _titled_person(self, words: list[Word], i: int) -> list[Mention] | None:
        """A title, what qualifies it (nisba, organisation), and the person it names."""
        title = self._title_at(words, i)
        if not title and words[i].norm in self.p["honoured_titles"] and self._honorific_start(words, i) is not None:
            title = (1, self.p["honoured_titles"][words[i].norm])   # "جلالة السلطان"
        if not title:
            return None
        j = i + title[0]
        title_words = tuple(w.norm for w in words[i:j])
        country = None
        qualifiers: list[Mention] = []
        # skip what qualifies the title: nisba, organisation, "باسم X", "للإعلام العربي"
        ended = compound = crossed = False   # crossed: a preposition or particle passed over
        if title[0] >= 2 and title_words[-1] in self.p["place_heads"]:
            # "عامل إقليم الحوز": a title that ends on a place's head word; the place it governs
            # is a mention of its own
            place = self._kb(words, j - 1) or self._headed_name(words, j - 1)
            if place is not None and place.type in ("GPE", "LOC") and place.word_span[1] > j:
                qualifiers.append(place)
                j = place.word_span[1]
        for _ in range(9):
            if j < len(words) and words[j].norm == "(":
                # "الأمينة العامة لمؤتمر الأمم المتحدة للتجارة والتنمية (الأونكتاد) ريبيكا …":
                # an abbreviation in brackets among the qualifiers
                close = next((k for k in range(j + 1, min(j + 5, len(words))) if words[k].norm == ")"), None)
                if close is not None and close > j + 1:
                    qualifiers.extend(m for m in [self._kb(words, j + 1)] if m is not None)
                    j = close + 1
                    continue
            if j >= len(words) or words[j].is_punct or words[j].norm in self.p["clause_edges"]:
                ended = True   # the clause goes on ("… إن"): no name follows the title
                break
            spoken_for = self._spoken_for_institution(words, j, title[1])
            if spoken_for is not None:
                qualifiers.append(spoken_for)
                j = spoken_for.word_span[1]
                continue
            match = self._kb_match(words, j)
            if match and self._given(words[j]) and match[1][0][0].type in ("GPE", "LOC") and j + match[0] < len(words) \
                    and words[j + match[0]].norm.startswith("ال") and _rare(words[j + match[0]].norm) \
                    and not self._kb_match(words, j + match[0]):
                compound = True
                break   # "صلاح الدين الجورشي": a compound given name that also names a place
            if self._lineage_name_at(words, j, match):
                compound = True
                break   # "الدكتور سالم بن ناصر الإسماعيلي": a given name that also names a place, before بن
            if match and (match[1][0][1].via == "nisba" or match[1][0][0].type in ("ORG", "GPE")):
                country = country or match[1][0][0].country
                qualifiers.extend(m for m in [self._kb(words, j)] if m is not None)   # "وجه": a match _kb declines
                j += match[0]
                continue
            if match and match[1][0][0].type in ("LOC", "FAC") and match[1][0][1].via != "nisba":
                # "المبعوث الأميركي الخاص إلى القرن الأفريقي": a place in the title's
                # qualifiers is a mention of its own, though it says nothing of whose
                place = self._kb(words, j)
                if place is not None:
                    qualifiers.append(place)
                    j = place.word_span[1]
                    continue
            if self._given_at(words, j) or self._unknown_pair(words, j) or self._foreign_pair(words, j):
                break
            if (j == i + title[0] or any(q.word_span[1] == j for q in qualifiers)) and self._next_title(words, j):
                ended = True   # "استقبل ولي العهد السعودي الرئيس الفرنسي": the object's own title
                break
            if not (match or crossed) and self._framed_name_end(words, j):
                break
            if not match and words[j].norm not in self.p["stops"]:
                # "الناطق باسم وزارة الصحة العامة والسكان أنيس الأصبحي": a body named by its
                # function or head word among the qualifiers is a mention of its own
                portfolio = j == i + title[0] and title_words[-1] in ("وزير", "وزيره", "الوزير", "الوزيره")
                body = self._qualifier_body(words, j, portfolio)
                name_at = body and next((k for k in range(j + 2, body.word_span[1]) if self._given(words[k])), None)
                if name_at is not None and body.type == "ORG":
                    # "رئيس هيئة الانتخابات فاروق بوعسكر": the body read on ran into the holder's
                    # name; read it again from the text that ends at the name
                    body = self._qualifier_body(words[:name_at], j, portfolio)
                if body is not None and body.type in ("ORG", "FAC") and body.word_span[1] > j \
                        and (not any(self._given(w) or w.norm in self.p["titles"] for w in words[j + 1:body.word_span[1]])
                             or body.type == "FAC" and self._eponym_end(words, j + 1) == body.word_span[1]):
                    # (a portfolio right after "وزير" is the title's, not a ministry named; a
                    # body that runs on into a title or a given name is no body, unless it is
                    # a facility named after a person: "لدى وصوله إلى مطار الملك خالد الدولي")
                    qualifiers.extend([body] + body.parts)
                    country = country or body.country
                    j = max([body.word_span[1]] + [part.word_span[1] for part in body.parts])
                    continue
            # (a preposition before a known place or body, "في الشرق الأوسط", is a qualifier's)
            crossed = crossed or words[j].norm in self.p["stops"] and not (j + 1 < len(words) and self._kb_match(words, j + 1))
            j += 1
        ended = ended or j >= len(words)   # nine qualifiers that run to the end of the text
        known = self._kb_match(words, j) if not ended and not compound else None
        named_after = not ended and self._name_after_title(words, j)
        honour, home_word, home = self._home_office(words, i, title[0], title_words)
        # "نائب رئيس دولة الإمارات", "ولي ولي العهد": a noun that governs the title names another
        # office, whose holder the title's is not
        governed = i > 0 and words[i - 1].norm in self.p["office_governors"]
        styled = None if governed else self._styled_holder(words, i, title_words, qualifiers, named_after, known, home)
        if styled is not None:
            return self._honoured(words, styled, honour)
        if title[1] in self.p["linkable"] and (known is None or known[1][0][0].type != "PER") and not named_after \
                and not governed:
            # "وزير الخارجية الأمريكي" with no name after it: the holder of that office on the
            # article's date (the linker looks the holder up); the title and its qualifiers
            # ("الأمريكي") are the mention
            last, country, of_body = i + title[0] + home_word, None, False
            for qualifier in qualifiers:
                if qualifier.word_span[0] == last:      # only what stands right after the title
                    last, country = qualifier.word_span[1], country or qualifier.country
                    # "رئيس السلطة الوطنية للانتخابات": the head of that body, not a state office
                    of_body = of_body or qualifier.type == "ORG"
            if not of_body and (country or home):
                style = self.p["title_styles"].get(" ".join(title_words))
                bare = Mention(words[i].start, words[last - 1].end, "PER", "role", [], country=country,
                               role={"office": title[1], "country": country, "holder": True, "style": style,
                                     "honoured": honour is not None or home_word,
                                     "monarch": style in self.p["monarch_styles"]},
                               word_span=(i, last))
                return self._honoured(words, [bare] + [q for q in qualifiers if q.word_span[1] <= last], honour)
        if ended:
            return None
        if known and known[1][0][0].type == "PER":
            # a known person after a title: the title is consumed with it as its role
            person = self._kb(words, j)
            person.role = {"office": title[1], "country": country}
            return qualifiers + [person]
        if j >= len(words) or known:
            return None
        opens = self._given_at(words, j) or self._unknown_pair(words, j)
        foreign = not opens and self._foreign_pair(words, j)
        if not (opens or foreign):
            framed = None if crossed else self._framed_name_end(words, j)
            if framed is None:
                return None
            return qualifiers + [Mention(words[j].start, words[framed - 1].end, "PER", "role", [], country=country,
                                         role={"office": title[1], "country": country}, word_span=(j, framed))]
        end = self._titled_name_end(words, j)
        single = title_words in self.p["single_name_titles"] and self._given(words[j])
        if single or foreign:
            # past a foreign pair the name runs on only through name words ("ألفريد فوتويو
            # | زعماء القبيلتين": the object is no part of it)
            end = self._person_noun_name_end(words, j, end)
        if end - j < 2:
            # "الأب سعد", "الطفل أحمد": a person noun before a given name alone
            if not single:
                return None
            end = j + 1
        return qualifiers + [Mention(words[j].start, words[end - 1].end, "PER", "role", [], country=country,
                                     role={"office": title[1], "country": country}, word_span=(j, end))]

    def _spoken_for_institution(self, words: list[Word], j: int, office: str) -> Mention | None:
        """A state institution named bare right after a spokesperson's "باسم" ("الناطق باسم
        [الحكومة] عبد الرحمن كلام الله", "المتحدث باسم [الجيش] …", "الناطق الرسمي باسم
        [الرئاسة] نبيل أبو ردينة"): the body the person speaks
        for is an entity (docs/gold-format.md, a body named inside a person's title), linked
        like the bare institution to the article's state.  Not an office's holder ("رئيس
        الحكومة": a post, no body), and not a body the knowledge base or a nisba names whole
        ("باسم الحكومة العراقية": the knowledge base reads it)."""
        if j == 0 or words[j - 1].norm != "باسم":
            return None
        if office != "spokesperson" and not self._spokesperson_before(words, j - 1):
            return None
        body = self._institution(words, j) or self._state_body(words, j, spoken_for=True)
        return body if body is not None and self._holder_follows(words, body.word_span[1]) else None

    def _spokesperson_before(self, words: list[Word], k: int) -> bool:
        """Does a spokesperson's noun stand right before the "باسم" at k, perhaps with "الرسمي",
        as the second title of a chain ("وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة"،
        "الوزير المنتدب الناطق باسم الحكومة"): the body it names is the person's too."""
        nouns = self.p["spokesperson_nouns"]
        return k >= 1 and (words[k - 1].norm in nouns
                           or k >= 2 and words[k - 1].norm in self.p["official_adjectives"] and words[k - 2].norm in nouns)

    def _holder_follows(self, words: list[Word], k: int) -> bool:
        """Does the spokesperson's name (or rank, or the end of the title) start at k, so that
        the body before it is named whole?  Not a longer name read on ("باسم القيادة العامة
        للقوات المسلحة": the general command, not "القيادة")."""
        if k >= len(words) or words[k].is_punct or self._given_at(words, k) or self._unknown_pair(words, k):
            return True
        known = self._kb_match(words, k)
        return bool(known and known[1][0][0].type == "PER") or self._title_at(words, k) is not None

    def _framed_name_end(self, words: list[Word], j: int) -> int | None:
        """The end of a name whose given name no list has ("وئام وهاب", "برعي الصديق", "أديل
        خضر"), known by where it stands: two or three words between a title with its
        qualifiers and what closes the subject (إن، أن، a comma, the end of the sentence).
        The first word is no article-led, adjective-shaped, accusative or frequent word (not
        "وقال الوزير السابق مساء إن"), and none is a stop, a number or a known name."""
        first = words[j]
        if not _arabic_word(first.norm) or first.norm.startswith("ال") or _adjective_shaped(first.norm) \
                or not _rare(first.norm) or _accusative(first):
            return None
        for end in (j + 2, j + 3):
            if end > len(words):
                return None
            last = words[end - 1]
            if not self._given(last) and (   # a given name closes a name ("هندرين محمد")
                    not _arabic_word(last.norm) or last.norm in self.p["stops"] or _accusative(last)
                    or _adjective_shaped(last.norm) and not _rare(last.norm) or self._kb_match(words, end - 1)):
                return None
            if end == len(words) or words[end].is_punct or words[end].norm in self.p["complementizers"]:
                return end
        return None

    def _qualifier_body(self, words: list[Word], j: int, portfolio: bool) -> Mention | None:
        """A body named by its function or head word at j among a title's qualifiers (not a
        portfolio right after "وزير", which is the title's own)."""
        sb = self.p["state_bodies"]
        state = not portfolio and (words[j].norm in sb["ministry_heads"] or words[j].norm in sb["bodies"])
        return (self._state_body(words, j) if state else None) or self._headed_name(words, j)

    def _name_after_title(self, words: list[Word], j: int) -> bool:
        """Does a person's name of two words or more stand at j, after a title and its qualifiers?"""
        return j < len(words) and (self._given(words[j]) or self._unknown_pair(words, j) or self._foreign_pair(words, j)) \
            and self._titled_name_end(words, j) - j >= 2

    def _home_office(self, words: list[Word], i: int, length: int,
                     title_words: tuple[str, ...]) -> tuple[int | None, bool, bool]:
        """Does the title at i name an office of the article's own state?  (where its honorific
        starts, whether "البلاد" follows it, whether it is home).  An honorific before it ("سمو
        ولي العهد"), "البلاد" after it ("أمير البلاد") or a home title say so; not where a titled
        name follows ("صاحب السمو الأمير الشيخ صباح الأحمد": the name says who)."""
        after = i + length
        home_word = after < len(words) and words[after].norm in self.p["home_whose"]
        nxt = after + home_word
        if nxt < len(words) and words[nxt].norm in self.p["eponym_titles"]:
            return None, False, False
        honour = self._honorific_start(words, i)
        return honour, home_word, honour is not None or home_word or title_words in self.p["home_titles"]

    def _honorific_start(self, words: list[Word], i: int) -> int | None:
        """Where an honorific style that ends right before the title at i starts ("سمو",
        "صاحب السمو الملكي", "حضرة صاحب الجلالة"; patterns.yaml honorifics), else None."""
        for phrase in self.p["honorifics"]:
            start = i - len(phrase)
            if start >= 0 and tuple(w.norm for w in words[start:i]) == phrase:
                return start
        return None

    @staticmethod
    def _honoured(words: list[Word], found: list[Mention], honour: int | None) -> list[Mention]:
        """The holder's mention (the first found) opened at its honorific, as the text writes
        the ruler: "جلالة الملك", "سمو ولي العهد"."""
        if honour is not None and found:
            holder = found[0]
            holder.start, holder.word_span = words[honour].start, (honour, holder.word_span[1])
        return found

    def _next_title(self, words: list[Word], j: int) -> bool:
        """Does another office start at j, among what would qualify a complete title ("ولي العهد
        السعودي | الرئيس الفرنسي", "رئيس الدولة | وزير الخارجية")?  The caller asks right after
        the title or a qualifier (not inside a name: "رئيس الجمهورية الباجي | قائد السبسي"); the
        word before j is definite, so the second title is no genitive of what precedes it
        ("المتحدث باسم الرئيس" is); the second names no person right after it ("الأمير فيصل بن
        فرحان" is the first title's holder's name)."""
        if j == 0 or not words[j - 1].norm.startswith("ال"):
            return False
        second = self._title_at(words, j)
        if second is None:
            return False
        after = j + second[0]
        return not (after < len(words) and (self._given(words[after]) or self._unknown_pair(words, after)))

    def _styled_holder(self, words: list[Word], i: int, title_words: tuple[str, ...], qualifiers: list[Mention],
                       named_after: bool, known, home: bool = False) -> list[Mention] | None:
        """"ولي العهد السعودي", "الأمين العام للأمم المتحدة", "المبعوث الأممي إلى اليمن" with no
        name after them: a title known only by the title its holders' records carry
        (patterns.yaml styled_titles), whose (the state or body right after it) and for whom
        (a place among its qualifiers).  The linker looks the one holder up on the article's date."""
        style = self.p["styled_titles"].get(" ".join(title_words))
        if style is None or (known and known[1][0][0].type == "PER"):
            return None
        if named_after:
            return None   # the title names the person after it ("الأمينة العامة للأونكتاد ريبيكا غرينسبان")
        length = len(title_words)
        whose = style.get("of")   # "المبعوث الأممي": the title says whose
        near = [] if whose else [q for q in qualifiers if q.word_span[0] <= i + length + 1]   # "للأمم المتحدة": after its ل
        if whose is None and near:
            first = near[0]
            whose = (first.candidates[0].kb.rsplit("/", 1)[-1] if first.type == "ORG" and first.candidates
                     else first.country)
        if not whose and not home:
            return None
        # a home title says neither whose nor for whom: what the scan met after it ("ولي العهد
        # استقبل رئيس الوزراء الباكستاني") is the words' own, read again after the title
        places = [q for q in qualifiers if q not in near[:1] and q.type in ("GPE", "LOC") and q.candidates] if whose else []
        about = [q.candidates[0].name for q in places]
        last = max([i + length] + [q.word_span[1] for q in near[:1]])
        # no whose after a home title ("سمو ولي العهد"): the article's own state's, told by the linker
        role = {"office": None, "country": whose, "holder": True, "style": style["title"], "strict": True,
                "about": about, "home": not whose}
        state = whose if whose and len(whose) == 3 and whose.isupper() else None   # "SAU", not a body's slug
        person = Mention(words[i].start, words[last - 1].end, "PER", "role", [], country=state, role=role,
                         word_span=(i, last))
        # the title, whose and for whom: what else the scan met past the title ("يرأس جلسة مجلس
        # الوزراء") is left to the words' own reading
        return [person] + near[:1] + places

    def _person_noun_name_end(self, words: list[Word], j: int, end: int) -> int:
        """Where a name after a person noun (الطفل، الشاب، المواطن) ends: past its given name
        it runs on only through given names, links of lineage, the second word of a compound
        ("عبد الرحمن") and words rare in the language; a common word is the sentence's ("الطفل
        أحمد نقل إلى المستشفى"، "المواطن دلشاد حسن كيف فقد منزله")."""
        for k in range(j + 1, end):
            norm, before = words[k].norm, words[k - 1].norm
            if not (_rare(norm) or norm in self.first_names or norm in self.p["name_links"]
                    or before in self.p["name_links"] or before in self.p["compound_name_heads"]
                    or norm in self.p["compound_name_seconds"] or self._split_name_end(words, k) > k + 1):
                return k
        return end

    def _titled_name_end(self, words: list[Word], j: int) -> int:
        """Where a name that starts at j after a title ends (at most four words)."""
        end, count = j + 1, 1
        while end < len(words) and count < 4 and not words[end].is_punct and not words[end].norm.isdigit() \
                and (words[end].norm not in self.p["stops"] or self._split_name_end(words, end) > end + 1
                     or self._ali_in_name(words, end) or self._kunya_second(words, end)) \
                and not self._blocks_name(words, end) and not _accusative(words[end]) \
                and words[end].norm not in self.p["institution_words"] \
                and not self._office_starts(words, end) and not self._after_family_name(words, j, end):
            count += words[end].norm not in self.p["name_links"]   # "محمد بن فهد آل ثاني": links are no name of their own
            end = self._split_name_end(words, end)
        return end

    def _after_family_name(self, words: list[Word], j: int, k: int) -> bool:
        """Has the name that starts at j ended before k on a definite family name ("حسن الأمين
        انسحاب قواته", "ماجد العتيبي شيخ قبيلة عتيبة")?  After an article-led word past the
        first, a name goes on only with a given name, a link of lineage (بن، آل، ولد …) or
        a word rare in the language ("صلاح الدين الجورشي"); a common noun is the sentence's."""
        last = words[k - 1].norm
        if k - 1 <= j or not last.startswith("ال") or len(last) < 4 or last in self.p["compound_name_seconds"] \
                or words[k - 2].norm in self.p["name_links"] or words[k - 2].norm in self.p["compound_name_heads"]:
            return False   # "عبد الرحيم", "أبو الحسن", "بن الحسين", "نور الدين": the article-led word is a name's second
        nxt = words[k]
        if nxt.norm.startswith("ال"):
            # "أحمد العبدالله الأحمد الصباح": a Gulf name runs on through its article-led
            # forebears; not into the time of what it says ("… العتيبي الأسبوع الماضي")
            return nxt.norm in self.p["time_nouns"]
        return not (self._given(nxt) or nxt.norm in self.p["name_links"] or _rare(nxt.norm)
                    or self._split_name_end(words, k) > k + 1)   # "فاطمة الزهراء بنعلي" (ب + نعلي)

    def _lineage_name_at(self, words: list[Word], j: int, match) -> bool:
        """Is the one-word place the knowledge base reads at j a given name that opens a
        person's name, a link of lineage (بن، ولد، آل) right after it ("سالم بن ناصر",
        "عمان ولد")?  A place is not the son of anyone: the name follows the title."""
        return bool(match) and match[0] == 1 and self._given(words[j]) and j + 1 < len(words) \
            and match[1][0][0].type in ("GPE", "LOC") and words[j + 1].norm in self.p["name_links"]

    def _office_starts(self, words: list[Word], k: int) -> bool:
        """Does an office the name before it holds start at k ("سامي الحمدان قائد اللواء",
        "حسن بن عمر المتحدث باسم …")?  An indefinite title word that is no given name, or a
        title of two words or more; not a one-word definite title, which is also a family
        name ("حسين الشيخ", "أحمد الأمير")."""
        if words[k].norm in self.p["name_closing_offices"] and k + 1 < len(words) and not words[k + 1].is_punct \
                and words[k + 1].norm not in self.p["stops"] and not self._given(words[k + 1]):
            return True   # "عادل أبو زيد شيخ قبيلة البطاحين", "محمود الجبوري آمر الفوج" (شيخ is a given name too)
        if self._given(words[k]):
            return False
        title = self._title_at(words, k)
        return title is not None and (title[0] >= 2 or not words[k].norm.startswith("ال"))

    def _credited(self, words: list[Word], i: int) -> list[Mention] | None:
        """Reporters and editors in a credit line: "(إعداد مروة سلام للنشرة العربية - تحرير
        هالة حجازي)", "كتب - محمد عبد الرحمن"."""
        if words[i].norm not in self.p["credit_cues"]:
            return None
        if i > 0 and not (words[i - 1].is_punct and words[i - 1].norm in ("\n", "(", "-", "–", "—")):
            return None
        j = i + 1
        while j < len(words) and (words[j].norm in ("-", "–", ":", "صحفيه") or words[j].norm == "\n" and j == i + 1):
            j += 1
        people: list[Mention] = []
        while j < len(words):
            end = j
            while end < len(words) and end - j < 3 and not words[end].is_punct \
                    and (words[end].norm not in self.p["stops"] or end == j and words[end].norm in self.first_names) \
                    and not (end == j and words[end].norm.startswith("ال")) and not words[end].norm.isdigit():
                end += 1   # "تحرير علي خفاجي": علي is a name there, not على
            if end - j < 2 or self._kb_match(words, j) and self._kb_match(words, j)[1][0][0].type != "PER":
                break
            people.append(Mention(words[j].start, words[end - 1].end, "PER", "credit", [], word_span=(j, end)))
            if end + 1 < len(words) and words[end].norm == "و":
                j = end + 1        # "باتريك ويريل ومحمد عز"
                continue
            break
        return people or None

    def _name_end(self, words: list[Word], j: int) -> int:
        """Where a name of two or three words that starts at j with a given name or a kunya
        ("آمنة عبد الله", "أبو محمد الحواشين") ends; j when none starts there.  A given name
        written in two words counts as one name word where more follows ("عبد الرحمن عبد الله
        محمد"), as two where nothing does (a family name alone: "وأضاف عبد العاطي أن")."""
        first = words[j].norm
        if not self._given_at(words, j) and (first not in ("ابو", "ام") or words[j].other_spelling) \
                or self._kb_match(words, j):
            return j
        compound = self._compound_given_end(words, j)
        end = self._name_words_end(words, j, compound)
        return end if end > j or compound == j + 1 else self._name_words_end(words, j, j + 1)

    def _name_words_end(self, words: list[Word], j: int, given_end: int) -> int:
        """_name_end past the given name that ends at given_end."""
        end, count = given_end, 1
        while end < len(words) and count < 3 and not words[end].is_punct and not words[end].norm.isdigit() \
                and (words[end].norm not in self.p["stops"] or self._split_name_end(words, end) > end + 1
                     or self._ali_in_name(words, end)) \
                and not self._blocks_name(words, end) and words[end].norm not in self.p["institution_words"] \
                and not self._after_family_name(words, j, end):
            count += words[end].norm not in self.p["name_links"]   # "أحمدو ولد عبد الله": a link is no name word
            compound = self._compound_given_end(words, end)
            end = compound if compound == end + 2 else self._split_name_end(words, end)
        return end if count >= 2 and words[end - 1].norm not in self.p["name_links"] else j

    def _ali_in_name(self, words: list[Word], k: int) -> bool:
        """Is علي at k, written with its ya, a name word inside or closing a name ("محمد علي
        العروي", "المحامي خالد علي إن") rather than the preposition على as some outlets write it
        ("حصل محمد علي الجائزة")?  What follows is the end of the subject or a rare word."""
        if not self._given(words[k]) or words[k].norm != "علي":
            return False
        if k + 1 >= len(words):
            return True
        after = words[k + 1]
        return after.is_punct or after.norm in self.p["complementizers"] or \
            after.norm.isalpha() and not after.norm.isascii() and after.norm not in self.p["stops"] and _rare(after.norm) \
            and not self._kb_match(words, k + 1)

    def _kunya_second(self, words: list[Word], k: int) -> bool:
        """Is the word at k a given name right after a kunya's أبو or أم ("الحاج أبو علي
        السعدي")?  There علي is the name, never the preposition على."""
        return words[k - 1].norm in ("ابو", "ام") and not words[k - 1].other_spelling and self._given(words[k])

    def _given(self, word: Word) -> bool:
        """Is the word a given name (not the preposition على, read as علي once normalised)?"""
        return word.norm in self.first_names and not word.maqsura and not word.other_spelling

    def _given_at(self, words: list[Word], k: int) -> bool:
        """Does a given name open a name at k?  A listed given name does; one that is also an
        ordinary word ("مفتاح"، "رابح"، "عبدي") only before a name word: a given name, or a
        word rare in the language that no list reads as a place or body ("مفتاح الورفلي"، "رابح
        مزياني"; not "مفتاح الحل"، "رابح الرهان")."""
        if self._given(words[k]) or self._compound_given_end(words, k) == k + 2:
            return True
        if words[k].norm not in self.word_like_names or k + 1 >= len(words):
            return False
        after = words[k + 1]
        if after.is_punct or after.norm.isdigit() or after.norm.isascii() or after.norm in self.p["stops"]:
            return False
        if self._given(after):
            return True
        bare = after.norm[2:] if after.norm.startswith("ال") and len(after.norm) > 3 else after.norm
        return _rare(after.norm) and _rare(bare) and not self._kb_match(words, k + 1)

    def _blocks_name(self, words: list[Word], k: int) -> bool:
        """Does a known name at k end the name before it?  Not a family name the knowledge
        base knows a person by ("مريم سليماني") nor a small town's name ("ماريو سانتوس"):
        after a given name these are the person's family name."""
        match = self._kb_match(words, k)
        if not match:
            return False
        norm = words[k].norm
        if match[0] == 1 and norm.startswith("ال") and norm.endswith("ي") and all(a.via == "nisba" for _, a in match[1]):
            return False   # "هاني المصري", "صلاح الدين الجورشي": a family name that is a nisba
        return not all(entry.type == "PER" and alias.via != "name" or entry.kind == "city" and not entry.curated
                       for entry, alias in match[1])

    def _split_name_end(self, words: list[Word], k: int) -> int:
        """The index after the name word at k: a family name whose first letter the tokenizer
        read as a proclitic ("بوحبيب" as ب + وحبيب, "بنعلي" as ب + نعلي) is one word again
        when the rest is rare in the language and the whole word is in no word list."""
        if words[k].norm in _NAME_PROCLITICS and k + 1 < len(words) and words[k].end == words[k + 1].start:
            rest = words[k + 1].norm
            if not words[k + 1].is_punct and rest.isalpha() and not rest.startswith("ال") and _rare(rest) \
                    and rest not in self.first_names \
                    and not _in_lexicon(words[k].norm + rest) \
                    and not self._kb_match(words, k + 1):
                return k + 2
        return k + 1

    def _apposed(self, words: list[Word], i: int) -> Mention | None:
        """A person named without a title, known by where the name stands or by its shape:

        - before an apposition that describes a person: "وتقول آمنة عبد الله، وهي أم لخمسة
          أطفال", "وقال أبو محمد الحواشين، وهو من سكان الحي";
        - as the subject right after a verb of saying, before what was said: "وقال كمال
          كيليتشدار أوغلو إن …", "وكشفت سارة بنعلي أن …";
        - by its shape anywhere: a given name followed by given names or words that no word
          list of the language knows ("يوسف خليل", "حمزة بلول", "إميلي هاند")."""
        if self._given(words[i]) and i + 3 < len(words) and words[i + 1].norm in ("،", ",") \
                and i > 0 and words[i - 1].norm in self.p["speech_verbs"] \
                and (words[i + 3] if words[i + 2].norm == "و" else words[i + 2]).norm in ("هو", "هي"):
            # "وقال أحمد، وهو نازح من خان يونس": a given name alone, described by the apposition
            return Mention(words[i].start, words[i].end, "PER", "name", [], word_span=(i, i + 1))
        end = self._name_end(words, i)
        if end == i:
            return None
        if end + 2 < len(words) and words[end].norm in ("،", ","):
            after = words[end + 2].norm if words[end + 1].norm == "و" else words[end + 1].norm
            if after in ("هو", "هي", "وهو", "وهي"):
                return Mention(words[i].start, words[end - 1].end, "PER", "name", [], word_span=(i, end))
        if i > 0 and words[i - 1].norm in self.p["speech_verbs"]:
            for last in range(end, i + 1, -1):    # three words, else two
                if last >= len(words) or words[last].is_punct or words[last].norm in self.p["said_followers"] \
                        or words[last].norm in self.p["titles"]:
                    return Mention(words[i].start, words[last - 1].end, "PER", "name", [], word_span=(i, last))
        shaped = self._shaped_name_end(words, i, end)
        if shaped > i + 1:
            return Mention(words[i].start, words[shaped - 1].end, "PER", "name", [], word_span=(i, shaped))
        return None

    def _shaped_name_end(self, words: list[Word], i: int, end: int) -> int:
        """Where a name that has a name's shape ends: after the given name at i, each word up
        to `end` is a given name or a word no list of the language knows (bare or with the
        article: "بلول", "الحلبوسي"); i when the second word is neither.  A given name written
        in two words counts as one ("عبد العزيز بلعيد", "عز الدين ميهوبي": _compound_given_end),
        and a link of lineage takes the word after it whatever it is ("عبد القادر بن قرينة":
        a son of someone is a person); the name needs a word past its given name."""
        if words[i].norm in self.p["shape_excluded_first_names"]:
            return i
        compound = self._compound_given_end(words, i)
        shaped = self._shaped_words_end(words, i, end, compound)
        return shaped if shaped > i or compound == i + 1 else self._shaped_words_end(words, i, end, i + 1)

    def _shaped_words_end(self, words: list[Word], i: int, end: int, given_end: int) -> int:
        """_shaped_name_end past the given name that ends at given_end."""
        k = given_end
        while k < end:
            split = self._split_name_end(words, k)
            if split > k + 1:
                k = split
                continue
            compound = self._compound_given_end(words, k)
            if compound == k + 2 and compound <= end:
                k = compound
                continue
            norm = words[k].norm
            if norm in self.p["name_links"] and k > given_end - 1 and k + 1 < end \
                    and self._lineage_word(words[k + 1]):
                k += 2
                continue
            bare = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
            if not (norm in self.first_names and not norm.startswith("ال")
                    or not _in_lexicon(bare) and not _in_lexicon(norm) and bare.isalpha() and not bare.isascii()):
                break
            k += 1
        return k if k > given_end or given_end == i + 1 else i

    def _compound_given_end(self, words: list[Word], i: int) -> int:
        """The word after the given name at i: i + 2 when it is written in two words that,
        joined, are a given name ("عبد العزيز" = عبدالعزيز, "عز الدين" = عزالدين, "عبد
        الله"), else i + 1."""
        if i + 1 >= len(words):
            return i + 1
        first, second = words[i].norm, words[i + 1].norm
        if (first, second) in self.compound_given \
                or first in self.p["theophoric_heads"] and second.startswith("ال") and len(second) >= 5 \
                and second.isalpha() and not self._kb_match(words, i + 1):
            return i + 2   # "عبد الكبير", "عبد الصمد": a servant of one of God's names
        return i + 1

    def _lineage_word(self, word: Word) -> bool:
        """May the word after a link of lineage (بن، ولد، آل) be a forebear's name: a word of
        letters that is no stop word ("بن قرينة", "ولد عباس"; not "بن في")."""
        return not word.is_punct and word.norm.isalpha() and not word.norm.isascii() \
            and word.norm not in self.p["stops"]

    def _line_credit(self, words: list[Word], i: int) -> list[Mention] | None:
        """A credit or byline line that pairs an outlet and a person: "هسبريس - عبد الرحيم
        الوالي", "جلاء مرعي - أ ف ب"."""
        if i > 0 and words[i - 1].norm != "\n":
            return None

        def line_ends(k: int) -> bool:
            return k >= len(words) or words[k].norm == "\n"

        match = self._kb_match(words, i)
        if match and match[1][0][0].type == "ORG":
            k = i + match[0]
            if k + 1 < len(words) and words[k].norm in ("-", "–", "—"):
                end = self._name_end(words, k + 1)
                if end == k + 1:
                    end = k + 3 if k + 3 <= len(words) and all(
                        not w.is_punct and _rare(w.norm) for w in words[k + 1:k + 3]) else k + 1
                if end > k + 1 and line_ends(end):
                    return [self._kb(words, i),
                            Mention(words[k + 1].start, words[end - 1].end, "PER", "credit", [], word_span=(k + 1, end))]
            return None
        end = self._name_end(words, i)
        if end == i or end + 1 >= len(words) or words[end].norm not in ("-", "–", "—"):
            return None
        match = self._kb_match(words, end + 1)
        if match and match[1][0][0].type == "ORG" and line_ends(end + 1 + match[0]):
            return [Mention(words[i].start, words[end - 1].end, "PER", "credit", [], word_span=(i, end)),
                    self._kb(words, end + 1)]
        return None

    def _looks_like_a_name(self, words: list[Word], start: int, end: int) -> bool:
        """At least one word is rare in the language or a known name (not a nisba: "شركة
        بريطانية" is no name)."""
        for k in range(start, end):
            if _rare(words[k].norm):
                return True
            match = self._kb_match(words, k)
            if match and match[1][0][1].via not in ("nisba",):
                return True
        return False

    def _starts_body(self, words: list[Word], k: int) -> bool:
        """Does another body's name start at k ("وزارة الصحة | قوات الاحتلال")?"""
        if words[k].norm in self.p["org_heads"]:
            return True
        match = self._kb_match(words, k)
        return bool(match) and match[1][0][0].type == "ORG"

    def _unknown_pair(self, words: list[Word], j: int) -> bool:
        """Two words that no word list knows start a name ("سريتا تافيسين", "أوميت دوندار")."""
        if j + 1 >= len(words):
            return False
        pair = words[j:j + 2]
        if pair[0].norm.startswith("ال") or pair[0].norm in self.p["group_heads"]:
            return False   # "كلف الرئيس وزيري النقل …": a noun for people starts no name
        return all(not w.is_punct and not w.norm.isdigit() and w.norm not in self.p["stops"]
                   and not w.norm.isascii() and w.norm not in self.kb.first_words and _rare(w.norm)
                   for w in pair) and any(not _in_lexicon(w.norm) for w in pair)

    def _foreign_pair(self, words: list[Word], j: int) -> bool:
        """Two words after a title that open a foreign name no list of given names has
        ("وزيرة الداخلية أنجلينا تيني"، "حاكم الولاية ألفريد فوتويو"، "وزير الداخلية ألكاش
        ألحدا"): the second is shaped as a surname (_surname_shaped); the first is no stop,
        number, noun for people or known name's first word, and is either written with a
        hamza'd أل (ألفريد: the ال is its own letters) or not frequent in text (أنجلينا، جولي
        are rarer than "مساء"، "صباح")."""
        if j + 1 >= len(words):
            return False
        first, second = words[j], words[j + 1]
        if not (_arabic_word(first.norm) and _arabic_word(second.norm)) or second.norm in self.p["stops"] \
                or second.norm in self.kb.first_words or not self._surname_shaped(words, j + 1):
            return False
        if first.norm.startswith("ال") and not first.hamza_al or first.norm in self.p["stops"] \
                or first.norm in self.p["group_heads"] or first.norm in self.kb.first_words or _accusative(first):
            return False
        from khabar.text.clitics import _zipf_table

        return first.hamza_al or _zipf_table().get(first.norm, 0.0) < _FOREIGN_GIVEN_ZIPF

    def _vessel_kind_end(self, words: list[Word], i: int) -> tuple[int, list[Mention]]:
        """Past a ship's kind word at i: the pronoun glued on it ("سفينت|ها الحربية"), the words
        of what it carries or is (patterns.yaml vessel_kind_words: "ناقلة النفط"، "سفينة
        الشحن") and the flag's nisba ("الفرقاطة البريطانية"), which stays the country's mention
        (a part).  Returns where the name may start and those parts."""
        j, parts = i + 1, []
        if j < len(words) and words[j].start == words[i].end and words[j].norm in self.p["vessel_pronouns"]:
            j += 1
        while j < len(words) and j <= i + 3:
            if words[j].norm in self.p["vessel_kind_words"]:
                j += 1
                continue
            match = self._kb_match(words, j)
            if match and match[0] == 1 and match[1][0][1].via == "nisba":
                parts.extend(m for m in [self._kb(words, j)] if m is not None)
                j += 1
                continue
            break
        return j, parts

    def _quoted_vessel(self, words: list[Word], i: int) -> Mention | None:
        """A ship named in quotes after its kind word, its cargo or role and its flag
        ('السفينة "غالاكسي ليدر"'، 'ناقلة النفط "رياح"'، 'الفرقاطة البريطانية "مونتروز"'، 'الطراد
        "يو إس إس فيليبين سي"'): news writes a vessel's name in quotes, as it does a newspaper's.
        Right after the bare kind word a quote may also be a quoted predicate ('احتجاز السفينة
        "خطوة عملية"'), so there the quoted words must hold a word rare in the language; past a
        cargo word or a nisba one common word is a name too ('ناقلة النفط "رياح"'), but not a
        verb ('الناقلة البريطانية "تعرضت لهجوم"')."""
        j, parts = self._vessel_kind_end(words, i)
        quoted = self._quoted_end(words, j, longest=6)
        if not quoted:
            return None
        name = words[j + 1:quoted - 1]
        if any(w.is_punct for w in name):
            return None
        rare = any(_rare(w.norm) or w.norm.isascii() for w in name)
        described = j > i + 1 and len(name) == 1 and not (name[0].norm.endswith("ت") and _in_lexicon(name[0].norm[:-1]))
        if not (rare or described):
            return None
        return Mention(name[0].start, name[-1].end, "FAC", "name", [], word_span=(j + 1, quoted - 1), parts=parts)

    def _unquoted_vessel(self, words: list[Word], i: int) -> Mention | None:
        """A ship named without quotes after its kind word at i ("الناقلة البريطانية ستينا
        إمبيرو"، "المدمرة الأمريكية يو إس إس بينبريدج"، "حاملة الطائرات أبراهام لينكولن"): past
        the country's nisba and the words of what it carries (patterns.yaml vessel_kind_words),
        a run of foreign words, perhaps ending on a number ("غريس 1").  The nisba stays the
        country's mention, a part.  None where a word of the language follows ("الناقلة في
        مضيق هرمز"، "السفينة ترفع علم بنما")."""
        if not words[i].norm.startswith("ال") and not (i + 1 < len(words) and words[i + 1].norm in self.p["vessel_kind_words"]):
            return None   # an indefinite "سفينة" takes an adjective ("سفينة عابرة"); a name follows "السفينة" or "ناقلة النفط"
        j, parts = self._vessel_kind_end(words, i)
        k = j
        for prefix in self.p["vessel_prefixes"]:
            if tuple(w.norm for w in words[j:j + len(prefix)]) == prefix:
                k = j + len(prefix)   # "يو إس إس بينبريدج": the navy's prefix is the name's
                break
        start = k
        while k < len(words) and not words[k].is_punct:
            end = k + 1
            while end < len(words) and words[end].start == words[end - 1].end and not words[end].is_punct:
                end += 1   # "ستينا" cut by the tokenizer as س + تينا: one word of the text
            if not self._ship_name_word(words, k, end, first=k == start and start == j):
                break
            k = end
        if k == start:
            return None
        if k < len(words) and words[k].norm.isdigit() and words[k - 1].end < words[k].start:
            k += 1   # "غريس 1"
        return Mention(words[j].start, words[k - 1].end, "FAC", "name", [], word_span=(j, k), parts=parts)

    def _ship_name_word(self, words: list[Word], k: int, end: int, first: bool) -> bool:
        """Can the text word of tokens k..end be a word of a ship's name: no word of the language
        (nor one behind a proclitic: "بصاروخ", nor a feminine past verb: "انتشلت"; no number and
        no feminine ending: "سفينة عابرة"), not led by the article (unless its alef has a
        hamza: "ألتير") nor by the conjunction ("واقتادوها" opens the next clause), and no
        country; a known name only past the name's first word or a navy's prefix ("أبراهام
        لينكولن"، "إتش إم إس مونتروز")."""
        written = "".join(w.norm for w in words[k:end])
        if written.startswith("ال") and not words[k].hamza_al or written.startswith("و") and len(written) > 3:
            return False
        if not written.isalpha() or written.endswith("ه"):
            return False   # "طاقم السفينة 25 بحارا"; "سفينة عابرة": a feminine adjective, Arabic
        if written.endswith("ت") and _in_lexicon(written[:-1]):
            return False   # "المدمرة X انتشلت البحارة": the ship's verb, a feminine past
        if _in_lexicon(written) or _sound_plural_of_a_word(written) or _proclitic_on_a_word(written):
            return False
        known = self._kb_match(words, k)
        return not known or not first and not any(entry.kind == "country" for entry, _ in known[1])

    def _surname_shaped(self, words: list[Word], k: int) -> bool:
        """Is the word at k a foreign surname: in no word list of the language, not led by the
        article (the lexicon lacks most definite forms: "تصريف الأعمال") unless its alef has a
        hamza and the word is rare (ألحدا), no sound plural of a word of the language ("صرف
        إعانات"), no word of it behind a proclitic the tokenizer left on ("هدنة لمدة") and no
        stem whose pronoun the tokenizer split off ("استقالة حكومت|ه")?"""
        word = words[k]
        if k + 1 < len(words) and words[k + 1].start == word.end and not words[k + 1].is_punct:
            return False
        if word.norm.startswith("ال"):
            return word.hamza_al and _rare(word.norm)
        return not _in_lexicon(word.norm) and not _sound_plural_of_a_word(word.norm) \
            and not _proclitic_on_a_word(word.norm)

    def _site_of_event(self, words: list[Word], k: int) -> bool:
        """Does what happened start at k, after a site's head ("موقع | التفجير", "موقع | أحد
        التفجيرين", "موقع | عملية يافا"; patterns.yaml site_event_nouns, site_event_quantifiers)?"""
        if k < len(words) and words[k].norm in self.p["site_event_quantifiers"]:
            k += 1
        return k < len(words) and words[k].norm in self.p["site_event_nouns"]

    def _headed_name(self, words: list[Word], i: int) -> Mention | None:
        head = words[i].norm
        if i > 0 and words[i - 1].norm.isdigit():
            return None   # "260 مدرسة", "3 مستشفيات": a counted noun, no name
        if words[i].maqsura:
            return None   # "وأدى المصلون": the verb أدى after و, written with ى, is no valley (وادي)
        if head in self.p["vessel_heads"]:
            return self._quoted_vessel(words, i) or self._unquoted_vessel(words, i)
        if head in self.p["facility_duals"]:
            return self._dual_facilities(words, i)
        if head in self.p["site_heads"] and self._site_of_event(words, i + 1):
            return None   # "موقع التفجير", "موقع الانفجارين": the site of what happened, no website
        kind = "ORG" if head in self.p["org_heads"] else "FAC" if head in self.p["facility_heads"] \
            else self.p["place_heads"].get(head)
        if kind is None:
            return None
        if head in self.p["service_place_heads"] and self._service_after(words, i):
            kind = "ORG"   # "مديرية الصحة": the directorate of a service, no district
        if kind in ("GPE", "LOC"):
            return self._place(words, i, kind)
        if head in self.p["word_named_facility_heads"] and not self._word_named_facility(words, i):
            return None   # "سوق العمل"، "منفذ الهجوم": a common noun's head, no facility
        if kind == "FAC" and i + 1 < len(words) and _finite_verb(words[i + 1].norm):
            return None   # "مبنى تهدم"، "مدرسة جرفت السيول": the head's relative clause, no name
        if head in self.p["verbal_noun_facility_heads"] and i > 0 and words[i - 1].norm == "ب" \
                and words[i - 1].end == words[i].start:
            return None   # "قضت بسجن عوض الله": the sentence of imprisoning, no prison
        if head in self.p["district_heads"] and i + 1 < len(words):
            match = self._kb_match(words, i + 1)
            if match and match[1][0][0].type == "GPE" and match[1][0][0].kind == "city" \
                    and match[1][0][1].via in ("name", "alias"):
                # "مركز طهطا", "مركز بئر العبد": a district named after its town is that town
                town = self._kb(words, i + 1)
                town.start, town.word_span = words[i].start, (i, town.word_span[1])
                return town
        if head in self.p["org_idafa_heads"] and self._field_noun(words, i + 1):
            body = self._construct_body(words, i, kind)   # "لجنة تقصي الحقائق", "جمعية رعاية الأسرى"
            if body is not None:
                return body
        if head in self.p["anonymous_body_heads"]:
            if i + 1 < len(words) and words[i + 1].norm in self.p["participle_shaped_nouns"]:
                return None   # "تنظيم مسيرة": the organising of a march, no organisation
            group = self._anonymous_body(words, i)
            if group is not None:
                return group
        if kind == "FAC" and head not in self.p["verbal_noun_facility_heads"]:
            eponym = self._eponym_end(words, i + 1)
            if eponym:
                # "مطار محمد الخامس الدولي", "قاعدة الأمير سلطان الجوية": a facility named
                # after a person, with the adjectives that are part of its name and the field
                # it serves ("قاعة الملك فيصل للمؤتمرات")
                eponym = self._field_end(words, eponym)
                return Mention(words[i].start, words[eponym - 1].end, kind, "name", [], word_span=(i, eponym))
        end = i + 1
        while end < len(words) and end - i < 5 and not words[end].is_punct \
                and words[end].norm not in self.p["stops"] and (end == i + 1 and words[end].norm in self.p["org_heads"] and not self._kb_match(words, end)
                     or not self._starts_body(words, end)) \
                and not (end > i + 1 and self._ends_definite_name(words, end)) \
                and not (end > i + 1 and words[end - 1].norm.isascii() and not words[end].norm.isascii()) \
                and not self._possessed(words, end):
            end += 1   # a head word right after the head is its own ('مجموعة قوات "تافريا"'); "شركة Meta | المالكة";
            #            not a noun with a pronoun on it ("حركة حسم | مسؤوليتها": what the body did)
        quoted = self._quoted_end(words, end)
        if quoted:
            # 'منظمة "فتح الله غولن"', 'مجموعة قوات "تافريا"': a name in quotes after the head
            return Mention(words[i].start, words[quoted - 1].end, kind, "name", [], word_span=(i, quoted))
        if head in self.p["verbal_noun_facility_heads"] and i + 1 < len(words) and words[i + 1].norm in self.p["titles"]:
            return None   # "بسجن الناشط": imprisoning the activist, no prison
        if head in self.p["facility_idafa_heads"] and head not in self.p["verbal_noun_facility_heads"] \
                and i + 1 < len(words) and self._nisba_genitive(words, i + 1):
            # "مستشفى الكويتي", "مستشفى الكندي": a definite nisba cannot be the adjective of an
            # indefinite head (an adjective agrees in definiteness); it is the genitive, the name
            last = i + 2
            while last < len(words) and _definite_adjective(words[last].norm) and not self._kb_match(words, last):
                last += 1
            return Mention(words[i].start, words[last - 1].end, kind, "name", [], word_span=(i, last))
        if end - i >= 2 and head in self.p["facility_idafa_heads"] and words[i + 1].norm.startswith("ال") \
                and not self._kb_match(words, i + 1):
            if words[i + 1].norm in self.p["common_place_nouns"]:
                return None   # "ميناء المدينة", "مطار العاصمة": the facility of the place, no name
            # "مقبرة الشهداء", "مستشفى الشفاء": the definite noun in construct with an
            # indefinite facility head is its name, with the rare words and the definite
            # adjectives after it (a nisba, "الدولي"; not a noun that starts what follows:
            # "ملعب المريخ | المباراة", the verb's object)
            last = i + 2
            while last < end and (not _common(words[last].norm) or _definite_adjective(words[last].norm)):
                last += 1
            return Mention(words[i].start, words[last - 1].end, kind, "name", [], word_span=(i, last))
        if end - i >= 2 and (head in self.p["org_idafa_heads"] or head in self.p["service_place_heads"]) \
                and not self._looks_like_a_name(words, i + 1, end):
            return self._construct_body(words, i, kind)
        if end - i >= 2 and kind == "FAC" and not self._looks_like_a_name(words, i + 1, end):
            # "قصر قرطاج": an indefinite word after a facility head that has no adjective's
            # shape and is no common word is its name, as after a place head
            after = words[i + 1].norm
            if after.startswith("ال") or not after.isalpha() or _adjective_shaped(after) \
                    or after.endswith("يا") and len(after) > 4 or _accusative(words[i + 1]) or _finite_verb(after):
                return None   # "مستشفى ميدانيا": a nisba in the accusative; "مبنى تهدم": a clause
            last = i + 2
            while last < len(words) and _definite_adjective(words[last].norm) and not self._kb_match(words, last):
                last += 1   # "مطار قرطاج الدولي", "قصر قرطاج الرئاسي"
            return Mention(words[i].start, words[last - 1].end, kind, "name", [], word_span=(i, last))
        if end - i < 2 or not self._looks_like_a_name(words, i + 1, end):
            return None
        after = words[i + 1].norm
        if kind == "FAC" and after.endswith("يا") and len(after) > 4 and _adjective_shaped(after[:-1]) \
                and not self._kb_match(words, i + 1):
            return None   # "مستشفى ميدانيا": a nisba in the accusative, however rare its form
        while end - i > 2 and not words[end - 1].norm.startswith("ال") and _common(words[end - 1].norm) \
                and self._looks_like_a_name(words, i + 1, end - 1):
            end -= 1   # "ميناء بورتو نوفو | محملة": an indefinite word of the language after the name is a
            #            circumstantial adjective or an object, not the name's
        end = self._definite_name_end(words, i, end)
        end = self._field_end(words, end)   # "مركز كارنيغي للشرق الأوسط", "متحف زليتن للآثار"
        return Mention(words[i].start, words[end - 1].end, kind, "name", [], word_span=(i, end))

    def _word_named_facility(self, words: list[Word], i: int) -> bool:
        """Does the word after a market's or a border port's head name one ("سوق صابرين"، "سوق
        الوحيلات"، "منفذ مهران الحدودي")?  An indefinite word with no adjective's shape or a
        definite word of no language; after a border port's head, only with the adjective of
        a port within reach ("الحدودي"، "البري"): "منفذ الهجوم"، "منفذ تفجير" are the perpetrator."""
        first = i + 1
        if first >= len(words) or words[first].is_punct or words[first].norm.isdigit() \
                or words[first].norm in self.p["stops"]:
            return False
        after = words[first].norm
        if after.startswith("ال") and _common(after) or not after.startswith("ال") \
                and (_adjective_shaped(after) or _accusative(words[first])):
            return False
        port = self.p["border_port"]
        if words[i].norm not in port["heads"] and self._kb_match(words, first):
            return False   # "سوق عفرين"، "سوق جسر الشغور": the town's market, a mention of the town
        if words[i].norm in port["heads"]:
            return any(not words[k].is_punct and words[k].norm in port["adjectives"]
                       for k in range(first + 1, min(len(words), first + 1 + port["reach"])))
        return True

    def _definite_name_end(self, words: list[Word], i: int, end: int) -> int:
        """Where a name whose first word after the head is definite ends: before the first
        indefinite word of the language ("نقابة المحامين | وقفة احتجاجية", "اتحاد الشغل |
        إضرابا"), which can be neither its genitive nor its adjective (an adjective agrees in
        definiteness): it is the verb's object or what follows."""
        if not words[i + 1].norm.startswith("ال"):
            return end
        for k in range(i + 2, end):
            norm = words[k].norm
            if words[k - 1].norm in self.p["titles"] or words[k - 1].norm in self.p["eponym_titles"]:
                continue   # "مركز الملك عبدالعزيز": a name after a title
            if not norm.startswith("ال") and norm.isalpha() and _common(norm) and norm not in self.first_names \
                    and norm not in self.alias_words and not self._kb_match(words, k):
                return k
        return end

    def _possessed(self, words: list[Word], k: int) -> bool:
        """Does the word at k carry an attached pronoun the tokenizer split off ("مسؤوليت|ها")?
        A possessed noun is no part of a name."""
        return k + 1 < len(words) and words[k].end == words[k + 1].start and words[k + 1].norm in self.p["pronouns"] \
            and not words[k].is_punct

    def _nisba_genitive(self, words: list[Word], j: int) -> bool:
        """Is the word at j a definite singular masculine nisba the knowledge base reads as a
        country's ("الكويتي", "الكندي"), standing alone (no noun it could qualify before it)?"""
        norm = words[j].norm
        if words[j].is_punct or not norm.startswith("ال") or not norm.endswith("ي") or words[j].maqsura:
            return False
        match = self._kb_match(words, j)
        return bool(match and match[0] == 1 and all(a.via == "nisba" for _, a in match[1]))

    def _date_end(self, words: list[Word], k: int) -> int | None:
        """The end of a day and month at k that names an event ("25 يناير", "السابع من تشرين
        الأول/أكتوبر", "11 سبتمبر 2001"): a day number or ordinal, an optional من, a month
        name (the times stage's calendar), another after a slash, an optional year; None
        where no such date stands at k."""
        from khabar.times.calendars import month_names, ordinal_days

        n, norm = len(words), words[k].norm
        if norm.isdigit() and 1 <= int(norm) <= 31:
            j = k + 1
        elif norm in _first_ordinal_words():
            j = k + 1
            while j < n and j - k < 3 and " ".join(w.norm for w in words[k:j + 1]) in ordinal_days():
                j += 1
            if " ".join(w.norm for w in words[k:j]) not in ordinal_days():
                return None
        else:
            return None
        if j < n and words[j].norm == "من":
            j += 1
        end = _month_end(words, j, month_names())
        if end is None:
            return None
        if end + 1 < n and words[end].norm == "/":
            end = _month_end(words, end + 1, month_names()) or end
        if end < n and len(words[end].norm) == 4 and words[end].norm.isdigit():
            end += 1
        return end

    def _eponym_end(self, words: list[Word], k: int) -> int | None:
        """The end of a person's name at k that a facility is named after, with the facility's
        definite adjectives after it: a given name or kunya and one or two name words ("محمد
        الخامس", "أبو سليم"), or a royal or religious title and a given name ("الملك خالد",
        "الشيخ زايد"); None where no such name starts at k."""
        n = len(words)
        if k + 1 >= n or words[k].is_punct:
            return None
        known = self._kb_match(words, k)
        if known and (known[1][0][0].type != "PER" and words[k].norm not in self.p["eponym_titles"] or known[0] < 2):
            return None
        if known:
            end = k + known[0]   # "مستشفى الشيخ زايد": a person (or a town named after one) the knowledge base knows
        elif words[k].norm in self.p["lineage_eponym"]["word"] and words[k + 1].norm.isalpha() \
                and words[k + 1].norm not in self.p["stops"] \
                and words[k + 1].norm not in self.p["lineage_eponym"]["not_kin"]:
            end = k + 2   # "مستشفى ابن سينا", "مستشفى ابن الخطيب": a scholar known by his lineage alone
        elif words[k].norm in self.p["eponym_titles"]:
            if not self._given(words[k + 1]):
                return None
            end = k + 2
            while end < n and end - k < 4 and not words[end].is_punct and words[end].norm not in self.p["stops"] \
                    and (self._given(words[end]) or words[end].norm in ("بن", "ابن")) and not self._kb_match(words, end):
                end += 1   # "الملك عبد العزيز", "الشيخ محمد بن زايد"
        else:
            end = self._name_end(words, k)
            if end <= k + 1:
                return None
        while end < n and not words[end].is_punct and words[end].norm.startswith("ال") \
                and words[end].norm.endswith(("ي", "يه")) and not self._kb_match(words, end):
            end += 1       # "الدولي", "الجوية", "الجامعي"
        return end

    def _field_end(self, words: list[Word], end: int, known: bool = False) -> int:
        """The end of the field a named body or meeting serves, after لـ: a definite noun, its
        definite adjectives and the definite nouns joined to it by و ("منظمة سام للحقوق
        والحريات", "مؤتمر بغداد للتعاون والشراكة"); `end` itself where none follows.  Not
        people it speaks to ("قال مركز … للصحفيين") nor a known country or body (unless `known`:
        a meeting's field may be a body's name too, "مؤتمر … للتعاون")."""
        n = len(words)
        if end + 1 >= n or words[end].norm != "ل" or words[end].end != words[end + 1].start:
            return end
        k = end + 1
        norm = words[k].norm
        if not norm.startswith("ال") or len(norm) < 4 or norm in self.p["stops"] or norm.endswith(("يين", "يون")) \
                or norm in self.p["group_heads"] or norm in self.p["standalone_group_heads"]:
            return end
        match = self._kb_match(words, k)
        if match and not known and match[1][0][0].type in ("GPE", "ORG", "PER", "NORP", "GROUP"):
            return end
        last = k + (match[0] if match else 1)
        while last < n and last - k < 5 and not words[last].is_punct:
            norm = words[last].norm
            if norm == "و" and last + 1 < n and words[last + 1].norm.startswith("ال") \
                    and words[last + 1].norm not in self.p["stops"] and not self._kb_match(words, last + 1):
                last += 2
                continue
            if not norm.startswith("ال") or norm in self.p["stops"] or self._kb_match(words, last) \
                    or not _adjective_shaped(norm[2:]) or norm in self.p["time_nouns"]:
                break   # (not "… للثقافة والفنون | الشهر المقبل": when it takes place)
            last += 1
        return last

    def _ends_definite_name(self, words: list[Word], k: int) -> bool:
        """After a definite word, what agrees with it is definite too: an indefinite word at k
        begins another phrase ("حزب الدعوة الإسلامية | ترشيح أعضائه"), unless it is a rare
        word standing alone (a foreign name), not a noun with a pronoun on it."""
        norm = words[k].norm
        if norm.startswith("ال") or not words[k - 1].norm.startswith("ال"):
            return False
        if not _rare(norm):
            return True
        return k + 1 < len(words) and words[k + 1].norm in self.p["pronouns"] and words[k].end == words[k + 1].start

    def _construct_body(self, words: list[Word], i: int, kind: str) -> Mention | None:
        """"نقابة الصحفيين التونسيين", "محكمة التمييز": an indefinite head in construct with a
        definite noun names the body, with the definite adjectives that agree with it (a
        nisba the country).  A head with the article, or after a number, is no name."""
        first = i + 1
        if self._field_noun(words, first):
            first += 1   # "تحالف دعم الشرعية": the work the body does, in construct with its object
        norm = words[first].norm
        if not norm.startswith("ال") or len(norm) < 5 or norm in self.p["stops"] or self._kb_match(words, first) \
                or words[i].end - words[i].start < len(words[i].norm):
            return None
        bare = norm[2:]
        service = words[i].norm in self.p["service_place_heads"]   # "مديرية الصحة": a portfolio is its service
        if bare in self.p["org_heads"] or bare in self.p["facility_heads"] \
                and bare not in self.p["word_named_facility_heads"] or not service and (norm,) in self.p["state_bodies"]["portfolios"].get(norm, ()):
            # "هيئة المحكمة", "مجلس البنك": a part of a body named before; "هيئة الدفاع"
            # the defence of a trial, no body's name
            return None
        end, country, parts = first + 1, None, []
        while end < len(words) and end - first < 3 and not words[end].is_punct:
            match = self._kb_match(words, end)
            nisba = self._country_nisba(words, end, match)
            if nisba is not None:
                country = country or nisba.country
                parts.append(nisba)
                end = nisba.word_span[1]
                break
            following = words[end].norm
            # a definite participle that agrees with the head in gender is its adjective as a
            # nisba is ("هيئة الانتخابات المستقلة"; not "نقابة المحامين", a plural)
            participle = following.startswith("الم") and len(following) >= 6 \
                and following.endswith("ه") == words[i].norm.endswith("ه") and not following.endswith(("ين", "ون"))
            if match or not following.startswith("ال") or following in self.p["stops"] \
                    or not (following.endswith(("ي", "يه", "يين", "يون", "يا")) or participle):
                break
            end += 1   # "المركزي", "العليا", "الوطنية": an adjective of the body
        return Mention(words[i].start, words[end - 1].end, kind, "name", [], country=country,
                       word_span=(i, end), parts=parts)

    def _field_noun(self, words: list[Word], k: int) -> bool:
        """Is word k a verbal noun of the work a body does (patterns.yaml
        construct_field_nouns: دعم، تقصي، رعاية), touching no pronoun, with a word after it?"""
        return k + 1 < len(words) and words[k].norm in self.p["construct_field_nouns"] \
            and not words[k + 1].is_punct and not self._possessed(words, k)

    def _country_nisba(self, words: list[Word], k: int, match) -> Mention | None:
        """The nisba at word k (its KB `match`) as a mention of its country, a part of the
        body it qualifies ("الأردنيين" in "نقابة المحامين الأردنيين"); None for anything else."""
        if not _names_country_by_nisba(match):
            return None
        nisba = self._kb(words, k)
        nisba.type = "GPE"
        return nisba

    def _defence_team(self, words: list[Word], i: int) -> Mention | None:
        """"هيئة الدفاع", "فريق دفاعه", "محامو الدفاع": the accused's lawyers, a group.  The
        indefinite "دفاع" only with the pronoun of whom it defends ("فريق دفاع" alone may be
        a team's defence)."""
        j = i + 1
        if j >= len(words) or words[j].norm not in self.p["defence_words"]:
            return None
        end = j + 1
        if not words[j].norm.startswith("ال"):
            if end >= len(words) or words[end].norm not in self.p["pronouns"] or words[end].start != words[j].end:
                return None
            end += 1
        return Mention(words[i].start, words[end - 1].end, "GROUP", "name", [], anonymous=True,
                       word_span=(i, end), key="الدفاع")

    def _anonymous_body(self, words: list[Word], i: int) -> Mention | None:
        """A body named by its kind and adjectives, not by a name: "لجنة محلية", "منظمة
        حقوقية إسرائيلية", "جماعة مسلحة" (an anonymous GROUP, its nisba the country)."""
        if self._charged_kind(words, i):
            return None
        country, parts, end, adjectives = None, [], i + 1, 0
        committee = words[i].norm in self.p["committee_heads"]
        if committee and end < len(words) and words[end].norm in self.p["committee_tasks"]:
            end += 1        # "لجنة تحقيق": the committee and its task
            adjectives += 1
        while end < len(words) and not words[end].is_punct and end - i < 4:
            norm = words[end].norm
            match = self._kb_match(words, end)
            nisba = self._country_nisba(words, end, match)
            if nisba is not None:
                country = country or nisba.country
                parts.append(nisba)
                end = nisba.word_span[1]
            elif not match and not norm.startswith("ال") and norm not in self.p["stops"] \
                    and norm not in self.p["participle_shaped_nouns"] and (
                    norm.endswith(("يه", "ي")) and len(norm) > 3               # محلية، حقوقية، نظامي
                    or norm.startswith("م") and 4 <= len(norm) <= 6 and (norm.endswith("ه") or len(norm) <= 5)
                    or norm in self.p["rank_adjectives"]):
                # an adjective's shape: a nisba, or a participle (مسلحة، متشددة، مسلح)
                end += 1
                adjectives += 1
            else:
                break
        if not adjectives:
            return None   # "منظمة إسرائيلية" alone may be any: an adjective must say what kind
        if committee and any(w.norm in self.p["community_adjectives"] for w in words[i + 1:end]):
            committee = False   # "لجنة محلية": the committee of a neighbourhood or village, a group
        return Mention(words[i].start, words[end - 1].end, "ORG" if committee else "GROUP", "name", [],
                       country=country, anonymous=True,
                       word_span=(i, end), parts=parts, key=" ".join(_stem(w.norm) for w in words[i:end]))

    def _charged_kind(self, words: list[Word], i: int) -> bool:
        """Is the anonymous body at i a kind a charge or a designation names, no body of the
        article ("بتهمة الانضمام إلى جماعة إرهابية", "إهانة هيئة نظامية", "تصنيفها جماعة
        إرهابية")?  The word before it, or before the preposition before it, is one of
        patterns.yaml charge_nouns."""
        k = i - 1
        if k >= 0 and words[k].norm in ("الي", "ل", "في", "ب", "ك") and not words[k].is_punct:
            k -= 1
        while k >= 0 and words[k].is_punct and words[k].norm in _OPEN_QUOTES:
            k -= 1   # '«مشاركة جماعة إرهابية»': the quote opens before the charge
        if k >= 1 and words[k].norm not in self.p["charge_nouns"] and words[k - 1].end == words[k].start:
            k -= 1   # "تصنيفها": the tokenizer cut the pronoun off the verbal noun
        return k >= 0 and words[k].norm in self.p["charge_nouns"] or self._designated_kind(words, i)

    def _designated_kind(self, words: list[Word], i: int) -> bool:
        """Is the anonymous body at i the kind a designation gives, after the designated ("التي تصنفها
        طهران منظمة إرهابية"، "بتصنيف الدعم السريع «منظمة إرهابية»")?  A word of designating
        (patterns.yaml designation_words) stands earlier in the clause, within designation_reach words,
        with no punctuation but quotes between."""
        for k in range(i - 1, max(-1, i - 1 - self.p["designation_reach"]), -1):
            if words[k].is_punct and words[k].norm not in _OPEN_QUOTES:
                return False
            if words[k].norm in self.p["designation_words"]:
                return True
        return False

    def _dual_facilities(self, words: list[Word], i: int) -> Mention | None:
        """A dual head shared by two names joined by و: "جسري البوسفور والسلطان محمد
        الفاتح", "قاعدتي حميميم الجوية وطرطوس البحرية" (two facilities, each its name)."""
        found: list[Mention] = []
        j = i + 1
        for _ in range(2):
            end = j
            while end < len(words) and end - j < 4 and not words[end].is_punct and not words[end].norm.isdigit() \
                    and words[end].norm not in self.p["stops"]:
                end += 1
            if end == j:
                return None
            known = self._kb_match(words, j)
            if known and j + known[0] == end and known[1][0][0].type in ("GPE", "LOC"):
                found.append(self._kb(words, j))   # "ميناءي اللاذقية و…": the port is named by its city
            else:
                found.append(Mention(words[j].start, words[end - 1].end, "FAC", "name", [], word_span=(j, end)))
            if not found[1:] and (end + 1 >= len(words) or words[end].norm != "و"):
                return None
            j = end + 1
        first, second = found
        first.parts = [second]
        return first

    def _listed_facilities(self, words: list[Word], i: int) -> list[Mention] | None:
        """A plural facility head before names joined by و ("مستشفيات الأميري ومبارك الكبير
        والعدان"، "مستشفيات العدان والفروانية ومبارك"): each name that is no known place is a
        facility (FAC) named alone.  A name is definite and not frequent in text (not
        "الحكومة"، "المحافظة") or opens with a given name (مبارك); a known place keeps its own
        reading (the hospitals of a town: "مستشفيات طهطا وجرجا"، "مطارات صنعاء وسيئون").  Two
        such names at least, or the head is read as no list."""
        items: list[tuple[int, int]] = []
        j = i + 1
        while j < len(words) and len(items) < 8:
            end = self._list_item_end(words, j)
            if end == j:
                break
            items.append((j, end))
            if end + 1 < len(words) and words[end].norm == "و":
                j = end + 1
                continue
            break
        found: list[Mention] = []
        named = 0
        for a, b in items:
            known = self._kb_match(words, a)
            if known is not None and a + known[0] == b and any(e.type in ("GPE", "LOC") for e, _ in known[1]):
                place = self._kb(words, a)
                if place is not None:
                    found.append(place)
                continue
            if not self._facility_name_at(words, a):
                break
            found.append(Mention(words[a].start, words[b - 1].end, "FAC", "name", [], word_span=(a, b)))
            named += 1
        return found if named >= 2 else None

    def _facility_name_at(self, words: list[Word], a: int) -> bool:
        """Does a facility's own name open at a, in a list after a plural head: a definite word
        that is no common noun of place nor frequent in text (الأميري، العدان), or a given name
        (مبارك الكبير)?"""
        from khabar.text.clitics import _zipf_table

        norm = words[a].norm
        if norm in self.first_names or norm in self.word_like_names:
            return True
        return norm.startswith("ال") and norm not in self.p["common_place_nouns"] \
            and _zipf_table().get(norm, 0.0) < _FACILITY_NAME_ZIPF

    def _list_item_end(self, words: list[Word], j: int) -> int:
        """The end of one name in a list after a plural head: up to three words, none a stop
        (و، a preposition), a number or punctuation."""
        end = j
        while end < len(words) and end - j < 3 and not words[end].is_punct and _arabic_word(words[end].norm) \
                and words[end].norm not in self.p["stops"]:
            end += 1
        return end

    def _quoted_end(self, words: list[Word], k: int, events: bool = False, longest: int = 4) -> int | None:
        """The index after the closing quote of a quoted name of one to `longest` words at k:
        the opening quote leans on the word after it, the closing one on the word before it."""
        if k + 2 >= len(words) or words[k].norm not in _OPEN_QUOTES or words[k].end != words[k + 1].start \
                or k > 0 and words[k - 1].end == words[k].start:
            return None
        for close in range(k + 2, min(k + 2 + longest, len(words))):
            if words[close].norm in _CLOSE_QUOTES and words[close].start == words[close - 1].end:
                known = self._kb_match(words, k + 1)
                if known and k + 1 + known[0] == close and known[1][0][0].type in ("ORG", "FAC") and not events:
                    return None   # 'وكالة "فرانس برس"': the knowledge base names it
                return close + 1
            if words[close].is_punct:
                return None
        return None


    def _place(self, words: list[Word], i: int, kind: str) -> Mention | None:
        """"بلدة بيتونيا", "شارع الحبيب بورقيبة", "في حي الهدف": a place named after its head.

        An indefinite word after the head is a name unless it has an adjective's shape
        ("قرية نائية", "منطقة مكتظة", "مدينة كبيرة"); a definite one must look like a name,
        except after a locative word before a street or neighbourhood head."""
        first = i + 1
        quoted = self._quoted_end(words, first) if first < len(words) else None
        named = self._kb_match(words, first + 1) if quoted else None
        if quoted and (_rare(words[first + 1].norm) or named and first + 1 + named[0] == quoted - 1
                       and named[1][0][1].via in ("name", "alias")):
            # (a known name in quotes is the place's nickname: 'منطقة "كولومبيا"' in Khartoum;
            # a word of the language is a description: 'منطقة "آمنة"')
            # 'منطقة "كولومبيا"', 'حي "الشيخ رضوان"': a place named in quotes after its head
            return Mention(words[i].start, words[quoted - 1].end, kind, "name", [], word_span=(i, quoted))
        if first < len(words) and words[i].norm in self.p["numbered_street_heads"] \
                and words[first].norm.isdigit() and len(words[first].norm) <= 3:
            # "شارع 204", "شارع 60": a street by its number (not a year, four digits)
            return Mention(words[i].start, words[first].end, kind, "name", [], word_span=(i, first + 1))
        split = self._split_place_name_end(words, i)
        if split:
            return Mention(words[i].start, words[split - 1].end, kind, "name", [], word_span=(i, split))
        bearing = self._bearing_named_unit_end(words, i)
        if bearing:
            return Mention(words[i].start, words[bearing - 1].end, "GPE", "name", [], word_span=(i, bearing))
        if first >= len(words) or words[first].is_punct or words[first].norm.isdigit() \
                or words[first].norm in self.p["stops"]:
            return None
        match = self._kb_match(words, first)
        if words[i].norm in self.p["street_heads"] and (match or words[first].norm in self.p["eponym_titles"]):
            eponym = self._eponym_end(words, first)
            if eponym:
                # "شارع الملك فيصل", "ساحة الشيخ زايد": a street named after a titled or known person
                return Mention(words[i].start, words[eponym - 1].end, kind, "name", [], word_span=(i, eponym))
        if match and words[i].norm in self.p["feature_heads"] and match[1][0][0].type == "GPE" \
                and match[1][0][1].via in ("name", "alias"):
            # "وادي غزة", "محور كيسوفيم", "مضيق ملقا": a feature named after a town is not the town
            place = self._kb(words, first)
            end = place.word_span[1]
            return Mention(words[i].start, words[end - 1].end, "LOC", "name", [], word_span=(i, end), parts=[place],
                           country=place.country, key=f"{words[i].norm} {_place_key(place)}")
        if match and words[i].norm in self.p["quarter_heads"]:
            return self._known_quarter(words, i, first)
        if match:
            return None   # "مدينة نابلس": the knowledge base knows the place; "منطقة عسكرية إسرائيلية"
        norm = words[first].norm
        head = words[i].norm
        if norm in self.p["toponym_first_words"] and first + 1 < len(words) and not words[first + 1].is_punct \
                and words[first + 1].norm not in self.p["stops"] and not words[first + 1].norm.isdigit() \
                and words[first + 1].norm.isalpha() and not words[first + 1].norm.endswith(("يه", "يين", "يون")) \
                and not _accusative_shape(words[first + 1].norm) and not self._kb_match(words, first + 1):
            # "منطقة رأس الحكمة", "بلدة عين عرب", "قرية دير نظام": a name that starts with a
            # word places are named with (a cape, a spring, a well, a hill, a monastery …)
            end = first + 2
            if end < len(words) and words[end].norm in self.p["direction_words"]:
                end += 1
            return Mention(words[i].start, words[end - 1].end, kind, "name", [], word_span=(i, end))
        if (head in self.p["street_heads"] or head in self.p["settlement_heads"]) and first + 1 < len(words):
            named = self._compound_place_end(words, first)
            if named:
                return Mention(words[i].start, words[named - 1].end, kind, "name", [], word_span=(i, named))
        if norm.startswith("ال") and head in self.p["settlement_heads"] and len(norm) >= 5 \
                and not norm.endswith(("يه", "يين", "يون")) and not words[i].maqsura:
            # "قرية الطيبة", "بلدة الخيام": a settlement in construct with its name (a definite
            # adjective cannot follow the indefinite head), and the bearing that is part of it
            end = first + 1
            if end < len(words) and words[end].norm in self.p["direction_words"]:
                end += 1
            return Mention(words[i].start, words[end - 1].end, kind, "name", [], word_span=(i, end))
        if norm.startswith("ال"):
            # a street or neighbourhood after a locative word ("في حي الهدف") or after the
            # residents it houses ("أحد سكان حي المعمورة", "أهالي حي الشجاعية"): a place there
            street = words[i].norm in self.p["street_heads"] and i > 0 \
                and (words[i - 1].norm in self.p["place_before"] or words[i - 1].norm in self.p["resident_heads"])
            if words[i].norm in self.p["feature_idafa_heads"] and len(norm) >= 5 and not norm.isdigit() \
                    and not words[i].maqsura:
                # "جزيرة الأفعى", "جبل الزاوية": a feature in construct with its name
                return Mention(words[i].start, words[first].end, kind, "name", [], word_span=(i, first + 1))
            if not (street or _rare(norm) or self._named_area(words, i, first)):
                return None
        elif _adjective_shaped(norm) or norm in self.p["zone_descriptions"] or _finite_verb(norm):
            return None   # "مكتظة"; "أعلنها منطقة منكوبة": the kind of zone; "منطقة تخضع لسيطرة": a clause
        end = first + 1
        while end < len(words) and end - i < 4 and not words[end].is_punct and not words[end].norm.isdigit() \
                and words[end].norm not in self.p["stops"] and not self._kb_match(words, end) \
                and _rare(words[end].norm) and not words[end].norm.endswith("يه") and not _accusative(words[end]) \
                and not _accusative_shape(words[end].norm):
            end += 1   # not "ساحة الكلية | استعدادا": an adverb in the accusative
        if head in self.p["district_place_heads"] and (self._administered(words, end)
                                                       or _rare(norm) and self._placed_in_country(words, end)):
            kind = "GPE"   # "منطقة نيافونكي التابعة لإقليم تمبكتو": a unit of the state's administration
        return Mention(words[i].start, words[end - 1].end, kind, "name", [], word_span=(i, end))

    def _named_area(self, words: list[Word], i: int, first: int) -> bool:
        """Does the definite word at `first` name the quarter or area whose head stands at i ("حي
        الشهداء"، "منطقة الميدان"): a quarter's or an area's head (patterns.yaml quarter_heads,
        district_place_heads) in construct with it, the word no kind of area ("منطقة الحدود"،
        "منطقة العمليات": area_kind_nouns) nor what happened there ("منطقة الحادث": site_event_nouns)."""
        head, norm = words[i].norm, words[first].norm
        return (head in self.p["quarter_heads"] or head in self.p["district_place_heads"]) \
            and len(norm) >= 5 and norm not in self.p["area_kind_nouns"] and norm not in self.p["site_event_nouns"]

    def _bearing_named_unit_end(self, words: list[Word], i: int) -> int | None:
        """The end of a unit of a state's administration whose name starts with a bearing ("إقليم
        شمال كيفو"، "ولاية شمال الراين وستفاليا"): after the unit's head, a bearing (and a second one)
        and words of no language that the knowledge base does not know; None where none follows
        ("محافظة شمال سيناء" is the knowledge base's, "ولاية شمال البلاد" no name)."""
        if words[i].norm not in self.p["bearing_named_unit_heads"]:
            return None
        regions = self.p["regions"]
        k = i + 1
        if k >= len(words) or words[k].norm not in regions["directions"]:
            return None
        k += 1
        if k < len(words) and words[k].norm in regions["second"]:
            k += 1
        end = k
        while end < len(words) and end - k < 3:
            word = words[end]
            if word.norm == "و" and end > k and end + 1 < len(words) and word.end == words[end + 1].start:
                word, step = words[end + 1], 2   # "الراين وستفاليا": a name of two joined by و
            else:
                step = 1
            if word.is_punct or not word.norm.isalpha() or word.norm in self.p["stops"] or _common(word.norm) \
                    or self._kb_match(words, end + step - 1):
                break
            end += step
        return end if end > k else None

    def _split_place_name_end(self, words: list[Word], i: int) -> int | None:
        """The end of a place's name of no language that starts with a proclitic's letter, which
        the tokenizer cut off ("قرية بسنديانا" read "قرية ب سنديانا"، "ولاية سينوب" read "ولاية س ينوب"):
        right after a place head, the letter glued to an indefinite word, the two joined no word
        of the language, and the rest no place, head or stop word; a future verb's س (no noun
        head takes a verb right after it), or a ب etc. before a word of no language.  "قرية
        بمحافظة إدلب"، "بلدة بريف حلب": the preposition before a place, no name."""
        first = i + 1
        if first + 1 >= len(words):
            return None
        clitic, host = words[first], words[first + 1]
        if clitic.norm not in self.p["split_name_clitics"] or clitic.end != host.start or host.is_punct \
                or host.norm.startswith("ال") or not host.norm.isalpha() or host.norm in self.p["stops"] \
                or host.norm in self.p["place_heads"] or host.norm in self.p["facility_heads"] \
                or not _rare(clitic.norm + host.norm) or self._kb_match(words, first + 1):
            return None
        if clitic.norm != "س" and _common(host.norm):
            return None
        return first + 2

    def _administered(self, words: list[Word], end: int) -> bool:
        """Does the text tie the area that ends before word `end` to the administrative unit
        that runs it ("منطقة نيافونكي التابعة لإقليم تمبكتو") or place it in a province
        ("منطقة القنطاوي من ولاية سوسة")?  Then the area is a unit of the state or a town
        (GPE); a quarter is placed by its city instead."""
        tie = self.p["area_administered_by"]
        if end + 1 < len(words) and words[end].norm in tie["province_links"] \
                and words[end + 1].norm in tie["province_heads"]:
            return True   # "منطقة القنطاوي من ولاية سوسة"، "منطقة حاوي العظيم بمحافظة ديالى"
        return end + 2 < len(words) and words[end].norm in tie["participles"] and words[end + 1].norm == "ل" \
            and words[end + 2].norm in tie["unit_heads"]

    def _placed_in_country(self, words: list[Word], end: int) -> bool:
        """Does a bearing right after the area that ends before `end` place it in a country or a
        province ("منطقة العدي جنوب الصومال"، "بمنطقة X شمال البلاد"، "منطقة مكيشيفة جنوب محافظة صلاح
        الدين"، "منطقة الحسنة بشمال سيناء")?  Then the area is a locality of the state (GPE); an area
        placed from a city ("منطقة الشعب شرقي بغداد") is its quarter (patterns.yaml
        placed_localities; area_administered_by province_heads)."""
        tie = self.p["placed_localities"]
        k = end + 1 if end < len(words) and words[end].norm in ("ب", "في") else end
        if k >= len(words) or words[k].norm not in tie["bearings"]:
            return False
        if self._known_of_kind(words, k, tie["place_kinds"]):
            return True   # "بشمال سيناء": the bearing starts the province's own name
        k += 1
        if k < len(words) and words[k].norm in tie["bearings"]:
            k += 1        # "جنوب شرق البلاد"
        if k >= len(words):
            return False
        if words[k].norm in tie["country_words"] or words[k].norm in self.p["area_administered_by"]["province_heads"]:
            return True
        return self._known_of_kind(words, k, tie["place_kinds"] | {"country"})

    def _known_of_kind(self, words: list[Word], k: int, kinds: set[str]) -> bool:
        """Does a name the knowledge base knows as a country or a place of one of `kinds` start at k,
        and as no city or town ("عمان" is Oman and Amman: a bearing from it may be from the city)?"""
        match = self._kb_match(words, k)
        if not match or any(entry.kind == "city" or entry.kind == "place" and entry.category in ("city", "town")
                            for entry, _ in match[1]):
            return False
        return any(alias.via in ("name", "alias") and (
            entry.kind == "country" and "country" in kinds or entry.kind == "place" and entry.category in kinds)
            for entry, alias in match[1])

    def _known_quarter(self, words: list[Word], i: int, first: int) -> Mention | None:
        """"حي المزة"، "حي الرشيدية": a town or district the knowledge base knows, after a head
        that names a quarter: the quarter (LOC, session 16), read from the head; None where no
        known place follows."""
        place = self._kb(words, first)
        if place is None or place.type not in ("GPE", "LOC") or place.via not in ("name", "alias") \
                or not all(entry.kind in ("place", "city") for entry in place.candidates):
            return None
        place.start, place.word_span, place.type = words[i].start, (i, place.word_span[1]), "LOC"
        return place


    def _compound_place_end(self, words: list[Word], first: int) -> int | None:
        """The end of a place's name of two or more words after a street or settlement head:
        a given name and the words of the person it honours ("شارع محمد الخامس", "ساحة
        عبد الناصر"), or an indefinite noun in construct with a definite one ("حي باب
        التبانة", "حي كرم الزيتون"); None where neither stands there."""
        word, nxt = words[first], words[first + 1]
        if word.is_punct or nxt.is_punct or word.norm in self.p["stops"] or nxt.norm in self.p["stops"] \
                or word.norm.startswith("ال") or word.norm.isdigit() or self._kb_match(words, first):
            return None
        if word.norm in self.first_names and word.norm not in self.p["shape_excluded_first_names"]:
            end = first + 1
            while end < len(words) and end - first < 4 and not words[end].is_punct \
                    and words[end].norm not in self.p["stops"] and not words[end].norm.isdigit() \
                    and (words[end].norm.startswith("ال") or _rare(words[end].norm)
                         or words[end].norm in self.first_names) and not self._kb_match(words, end):
                end += 1
            return end if end > first + 1 else None
        if not nxt.norm.startswith("ال") or len(nxt.norm) < 5 or self._kb_match(words, first + 1) \
                or word.norm.endswith(("ي", "يه", "يين", "يون", "ه")) or len(word.norm) < 3 \
                or word.norm.startswith("م") and len(word.norm) >= 4 or _accusative(word) \
                or nxt.norm.endswith(("يه", "يين", "يون")) or word.norm in self.p["group_heads"]:
            return None
        return first + 2


def _proclitic_on_a_word(norm: str) -> bool:
    """Is the word a proclitic (ل، ب، ك، ف، و) the tokenizer left on a word of the lexicon
    ("لمده" = ل + مده)?"""
    return len(norm) > 3 and norm[0] in _SPLIT_PROCLITICS and _in_lexicon(norm[1:])


def _sound_plural_of_a_word(norm: str) -> bool:
    """Is the word a sound plural (or dual) whose singular the lexicon lists ("اعانات" of
    "اعانه"، "مواطنين" of "مواطن"): a common noun the lexicon lacks only in that form?"""
    if len(norm) < 5:
        return False
    if norm.endswith("ات"):
        return _in_lexicon(norm[:-2] + "ه") or _in_lexicon(norm[:-2])
    return norm.endswith(("ين", "ون", "ان")) and _in_lexicon(norm[:-2])


# a facility's own name in a list after a plural head is a definite word at most this frequent in
# text (الأميري 3.5، العدان 2.7; الحكومة 5.6، الخاص 5.5)
_FACILITY_NAME_ZIPF = 5.0

# a foreign given name no list has is a word of the language at most this frequent in text
# (أنجلينا 3.6، كريمة 4.1، جولي 4.3; مساء 5.3، صباح 5.4; a name written أل, ألفريد, is one whatever
# الفريد's frequency)
_FOREIGN_GIVEN_ZIPF = 4.5


@lru_cache(maxsize=1)
def _first_ordinal_words() -> frozenset[str]:
    """First words of the ordinal days of the times stage's calendar ("السابع", "الحادي")."""
    from khabar.times.calendars import ordinal_days

    return frozenset(name.split()[0] for name in ordinal_days())


def _month_end(words: list[Word], j: int, months: dict[str, int]) -> int | None:
    """The end of a month name of one or two words at j ("أكتوبر", "تشرين الأول"), or None."""
    if j + 1 < len(words) and f"{words[j].norm} {words[j + 1].norm}" in months:
        return j + 2
    if j < len(words) and words[j].norm in months:
        return j + 1
    return None


def _place_key(place: Mention) -> str:
    """The entry a place mention most likely is, as the linker ranks them: a curated one
    before a generated city ("غزة" on its own is the Gaza Strip before Gaza City)."""
    return min(place.candidates, key=lambda entry: entry.kind == "city").kb


def _adjective_shaped(norm: str) -> bool:
    """Does an indefinite word have an adjective's shape: a nisba (عسكرية، حدودي), a
    participle (مكتظة، مجاورة), a feminine ending on a word of the language (كبيرة), or
    is it simply a common word?"""
    from khabar.text.clitics import _zipf_table

    zipf = _zipf_table().get(norm, 0.0)
    if zipf >= 4.4 or norm.endswith(("يه", "يين", "يون")):
        return True
    if norm.endswith("ي") and len(norm) > 3 and zipf >= 3.0:
        return True
    if zipf >= 3.0 and norm.endswith("ه"):
        return True
    return norm.startswith("م") and 4 <= len(norm) <= 6 and norm[1] != "ا" and zipf >= 3.5


@lru_cache(maxsize=65536)
def _finite_verb(norm: str) -> bool:
    """Is an indefinite word after a place's or facility's head a finite verb, the head's relative
    clause ("منطقة تخضع لسيطرة الحركة"، "منطقة تنتشر فيها"، "مبنى تهدم"، "مدرسة جرفت السيول"),
    not its name?  A form of the lexicon whose lemma is its stem without the prefix of the imperfect
    (تخضع: خضع، تنتشر: انتشر) or without the feminine past's ت (جرفت: جرف); a noun in ة (تجارة،
    تنمية), a form that is its own lemma (تعاون) and a name the lexicon reads as a dual verb (غابة
    "تفران": lemma فر) are none."""
    from khabar.text.lexicon import default_lexicon

    lemma = default_lexicon().lemma(norm)
    if not lemma or lemma == norm or norm.endswith("ه") or len(norm) < 4:
        return False
    if norm[0] in "تين" and lemma in (norm[1:], "ا" + norm[1:]):
        return True   # the singular only: a dual or plural ("تفران") agrees with no singular head
    return norm.endswith("ت") and lemma == norm[:-1] and not norm.startswith("ال")   # "فندق إليت": a name


@lru_cache(maxsize=65536)
def _common(norm: str) -> bool:
    """A word of the language, in the lexicon or frequent in text whatever the lexicon says
    ("المباراة", "محملة" are frequent forms the lexicon lacks): no proper name."""
    from khabar.text.clitics import _zipf_table

    return not norm.isascii() and (not _rare(norm) or _zipf_table().get(norm, 0.0) >= 3.5)


def _definite_adjective(norm: str) -> bool:
    """A definite word with an adjective's shape that may close a facility's or body's name:
    a nisba ("الدولي", "الجوية", "الحكومي") or an elative or colour ("الأحمر", "الكبرى")."""
    if not norm.startswith("ال") or len(norm) < 5:
        return False
    bare = norm[2:]
    return bare.endswith(("ي", "يه")) or len(bare) == 4 and bare[0] == "ا" or bare.endswith("ى") and len(bare) == 4


def _arabic_word(norm: str) -> bool:
    """A word of Arabic letters only: no number, punctuation or Latin word."""
    return norm.isalpha() and not norm.isascii()


def _plural_verb(norm: str) -> bool:
    """Is the word a masculine plural verb: past "نفذوا"، "اختطفوا" or present "يرتدون"، "يستقلون"
    (not a nisba plural "يمنيون")?"""
    if len(norm) < 4 or not _arabic_word(norm):
        return False
    return norm.endswith("وا") or norm.startswith(("ي", "ت")) and norm.endswith("ون") and not norm.endswith("يون")


def _accusative(word: Word) -> bool:
    """A noun with the accusative's alef, whose lemma is the word without it ("حرقاً" → حرق):
    an adverb or object after a name, never part of it ("يهودا" is a name: its lemma differs)."""
    norm = word.norm
    return len(norm) > 3 and norm.endswith("ا") and word.lemma == norm[:-1]


def _accusative_shape(norm: str) -> bool:
    """A word of the language with the accusative's alef on it, whatever its lemma says
    ("استعدادا", "تمهيدا"): the word without the alef is common, so the alef is an ending."""
    return len(norm) > 4 and norm.endswith("ا") and not norm.endswith("يا") and not _rare(norm[:-1])


_NAME_PROCLITICS = frozenset({"ب", "ل", "ف", "ك"})
# proclitics the tokenizer splits off as tokens of their own, alone or chained ("ول" is و then ل)
_SPLIT_PROCLITICS = frozenset(proclitics())
_GLUE_STARTS = _NAME_PROCLITICS | {"و"}   # what a word the tokenizer left whole may start with before a name
_OPEN_QUOTES = frozenset({'"', "«", "“", "'"})
_CLOSE_QUOTES = frozenset({'"', "»", "”", "'"})
_QUOTE_MARKS = _OPEN_QUOTES | _CLOSE_QUOTES
# an outlet's bare name stands enclosed in these (the opening mark → the closing ones)
_OUTLET_CLOSE = {**{q: _CLOSE_QUOTES for q in _OPEN_QUOTES}, "(": frozenset({")"}), "/": frozenset({"/"})}
_OUTLET_OPEN = frozenset(_OUTLET_CLOSE)
# what parts a byline or credit line ("عمان - الغد"، "الحرة / وكالات - واشنطن")
_BYLINE_SEPARATORS = frozenset({"-", "–", "—", ":", "/", "|", "،", ",", "(", ")", "«", "»", '"'})
_BYLINE_WORDS = 8   # a byline or credit line has at most this many words


def _short_line(words: list[Word], start: int, end: int) -> bool:
    """Is the line around words[start:end] a byline-sized one (at most _BYLINE_WORDS words)?"""
    count = end - start
    k = start - 1
    while k >= 0 and words[k].norm != "\n":
        count += not words[k].is_punct
        if count > _BYLINE_WORDS:
            return False
        k -= 1
    k = end
    while k < len(words) and words[k].norm != "\n":
        count += not words[k].is_punct
        if count > _BYLINE_WORDS:
            return False
        k += 1
    return True


@lru_cache(maxsize=256)
def _outlet_forms(entry: Entry, heads: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """An outlet's bare names by first word: each alias without its head word (صحيفة
    الخليج → الخليج) and the abbreviation an alias gives in brackets (وكالة الأنباء
    السعودية (واس) → واس), longest first."""
    forms: set[tuple[str, ...]] = set()
    for alias in entry.aliases:
        text = alias.text
        if "(" in text and text.endswith(")"):
            forms.add(tuple(normalise_word(text[text.rindex("(") + 1:-1]).split()))
            text = text[:text.rindex("(")]
        words = tuple(normalise_word(text).replace("-", " ").split())
        forms.add(words[1:] if len(words) > 1 and words[0] in heads else words)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted((f for f in forms if f), key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    return {first: tuple(group) for first, group in by_first.items()}


def _stem(norm: str) -> str:
    """A group word without article and plural or case ending: "الانقلابيون", "انقلابيين"
    and "للانقلابيين" (normalised as الانقلابيين) are one stem."""
    if norm.startswith("ال") and len(norm) >= 5:
        norm = norm[2:]
    for suffix in ("ون", "ين", "ا"):
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            return norm[:-len(suffix)]
    return norm


@lru_cache(maxsize=65536)
def _rare(norm: str) -> bool:
    """Not a common word of the language: a proper name, a foreign word, an acronym."""
    from khabar.text.clitics import _zipf_table
    from khabar.text.lexicon import default_lexicon

    return norm not in default_lexicon() or _zipf_table().get(norm, 0) < 3.0 or norm.isascii()


@lru_cache(maxsize=1)
def _dated_feasts() -> frozenset[tuple[str, ...]]:
    """The first two words of the feasts of the Hijri year the times stage reads as a date
    (times/data/calendar.yaml hijri_feasts: "عيد الفطر", "عيد الأضحى"): a day of the calendar,
    no EVENT entity; the dev gold lists none of them (5 articles write one), while it lists
    feasts the article is about that keep their EVENT ("عيد نوروز", "عيد الأم")."""
    from khabar.times.calendars import _calendar

    return frozenset(tuple(normalise_word(name).split()[:2]) for name in _calendar()["hijri_feasts"])


@lru_cache(maxsize=1)
def _first_names(kb: KnowledgeBase) -> frozenset[str]:
    """First words of the people the knowledge base knows: a list of given names."""
    names = set()
    for entry in kb.entries.values():
        if entry.kind == "person":
            for alias in entry.aliases:
                if alias.via == "name" and len(alias.words) >= 2:
                    names.add(alias.words[0])
    return frozenset(names)


@lru_cache(maxsize=4)
def _capitals(kb: KnowledgeBase) -> dict[str, Entry]:
    """Each country's capital, where the knowledge base names it: the city among the
    country's metonyms (بيروت for Lebanon, مقديشو for Somalia)."""
    out: dict[str, Entry] = {}
    for entry in kb.entries.values():
        if entry.kind != "country" or not entry.country:
            continue
        for alias in entry.aliases:
            if alias.via != "metonym":
                continue
            cities = [e for e, a in kb.index.get(alias.words, ()) if e.kind in ("city", "place")
                      and e.type == "GPE" and e.country == entry.country]
            if cities:
                out[entry.country] = max(cities, key=lambda e: (e.curated, e.population))
                break
    return out


# the lists of data/given_names.yaml whose names open a person's name anywhere
GIVEN_NAME_LISTS = ("male", "female", "foreign", "maghreb", "nile", "horn", "kurdish", "sahel", "levant")


def _compound_given_names(names: frozenset[str], heads: frozenset[str],
                          seconds: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The given names written as one word that outlets also write as two, split before their
    article: عبدالعزيز → (عبد, العزيز), عزالدين → (عز, الدين).  Only the compounds of a
    compound head (patterns.yaml compound_name_heads: عبد) or second (compound_name_seconds:
    الدين، الله), so that a name such as أنالينا yields no pair (أن, الينا)."""
    pairs = set()
    for name in names:
        cut = name.find("ال", 2)
        if cut >= 2 and len(name) - cut >= 4 and (name[:cut] in heads or name[cut:] in seconds):
            pairs.add((name[:cut], name[cut:]))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names common in Arabic news (data/given_names.yaml), normalised."""
    raw = _given_names_file()
    return frozenset(normalise_word(name) for key in GIVEN_NAME_LISTS for name in raw[key] or ())


@lru_cache(maxsize=1)
def _word_like_given_names() -> frozenset[str]:
    """Given names that are also ordinary words (data/given_names.yaml word_like: مفتاح،
    رابح، عبدي): they open a name only before a name word (_Recogniser._given_at)."""
    return frozenset(normalise_word(name) for name in _given_names_file()["word_like"] or ())


def protected_given_names(lexicon: "set[str] | frozenset[str]") -> frozenset[str]:
    """The given names the tokenizer must never split into a proclitic and a rest: those the
    lexicon of Arabic words does not list ("بابكر" is no ب + ابكر, "لخضر" no ل + خضر), three
    letters or more; names the lexicon lists are left to its own evidence."""
    return frozenset(name for name in _given_names() if name not in lexicon and len(name) > 2)


def _names_place_or_body(match) -> bool:
    """Whether a knowledge-base match (_kb_match's result) names a place or a body by its name,
    not by a nisba: the part a group of people is of ("أهالي مخيم جنين"، "مصدر في شرطة ديالى")."""
    return bool(match) and match[1][0][1].via != "nisba" and match[1][0][0].type in ("GPE", "LOC", "FAC", "ORG")


@lru_cache(maxsize=1)
def _given_names_file() -> dict[str, list[str]]:
    """data/given_names.yaml as written: each key a list of names."""
    return load_yaml(resources.files("khabar.entities").joinpath("data/given_names.yaml").read_text("utf-8"))


@lru_cache(maxsize=65536)
def _clitic_host(norm: str, short_hosts: frozenset[str] = frozenset()) -> str | None:
    """The word after a proclitic (ل، ب، ف، ك، و) the tokenizer left on it: only where the whole
    word is no word of the lexicon and the host is ("لمنظمه" → "منظمه", "وجزر" → "جزر";
    "لجنه", "بلده" stay).  The tokenizer splits no host of two letters, so a head of two letters
    (`short_hosts`, the quarter's head: "بحي القصاع" → "حي") is read behind the locative ب too (round s33)."""
    host = norm[1:]
    if host in short_hosts and norm[0] == "ب":
        return host   # "بحي" is a word of the lexicon too (ب + حي), read so before a name
    if len(host) < 3 or _in_lexicon(norm) or not _in_lexicon(host):
        return None
    return host


@lru_cache(maxsize=65536)
def _lam_host(norm: str) -> str | None:
    """The name after ل where the name itself starts with ل ("للبنان"، "لليبيا"، "للندن"):
    the tokenizer reads لل as ل + the article and finds no word, so it leaves the word
    whole; the host is the word without its first lam, when the whole is no word."""
    lam = 1 if norm[:1] in "وف" else 0   # "وللبنان": a conjunction before it
    if len(norm) - lam < 5 or not norm.startswith("لل", lam) or _in_lexicon(norm):
        return None
    return norm[lam + 1:]


@lru_cache(maxsize=65536)
def _in_lexicon(norm: str) -> bool:
    from khabar.text.lexicon import default_lexicon

    return norm in default_lexicon()


@lru_cache(maxsize=1)
def _recogniser() -> _Recogniser:
    return _Recogniser(knowledge_base())


def recognise(words: list[Word], outlet: str | None = None) -> list[Mention]:
    """Mentions in a run of words (one sentence or layout unit); `outlet` is the English name
    of the outlet that published the article, whose bare name it may use in quotes."""
    recogniser = _recogniser()
    mentions = _placed_common_cities(words, recogniser.run(words))
    mentions = _without_given_name_cities(words, mentions, recogniser)
    mentions = _without_accusative_cities(words, mentions, recogniser.p)
    mentions = _listed_places(words, mentions, recogniser.p)
    mentions = _radio_stations(words, mentions, recogniser.p)
    mentions = _named_singles(words, _called_names(words, mentions, recogniser), recogniser.p)
    mentions = _photo_credits(words, mentions, recogniser)
    mentions = _without_time_zones(words, mentions, recogniser.p)
    mentions = _without_place_idioms(words, mentions, recogniser.p)
    mentions = _region_towns(words, mentions, recogniser)
    mentions = _old_quarters(words, mentions, recogniser.p)
    mentions = _without_combated_kinds(words, mentions, recogniser.p)
    mentions = _without_designated_kinds(words, mentions, recogniser)
    mentions = _owned_bodies(words, mentions, recogniser.p)
    mentions = _without_counted_members(words, mentions, recogniser.p)
    mentions = _without_settings(words, mentions, recogniser.p)
    entry = _outlet_entry(recogniser.kb, outlet) if outlet else None
    if entry is not None:
        own = recogniser.own_outlet(words, entry, mentions)
        if own:
            mentions = [m for m in mentions if not any(o.start < m.end and m.start < o.end for o in own)]
            mentions = sorted(mentions + own, key=lambda m: m.start)
        mentions = _without_own_correspondents_told(words, mentions, entry, recogniser)
    told = recogniser.told_outlets(words, mentions)   # after the own outlet, which links its quoted name
    if told:
        mentions = [m for m in mentions if not any(o.start <= m.start and m.end <= o.end for o in told)]
        mentions = sorted(mentions + told, key=lambda m: m.start)
    return mentions


def _member_lists(words: list[Word], p: dict[str, Any]) -> list[tuple[int, int]]:
    """The word ranges [start, end) of the members a counted set lists after بين ("، بينهم مسؤولون
    ومدنيون"، "بين القتلى ثلاثة مواطنين"): from the word after the opener to the first punctuation,
    clause word (counted_members ends) or the reach in words.  "بينهم وبين" opens none."""
    spec = p["counted_members"]
    lists = []
    for i in range(len(words) - 1):
        if words[i].norm != "بين":
            continue
        opener = words[i + 1]
        glued = opener.norm in spec["pronouns"] and opener.start == words[i].end
        if not (glued or opener.norm in p["tallied_people"]):
            continue
        start = i + 2
        if start < len(words) and words[start].norm == "و" and start + 1 < len(words) and words[start + 1].norm == "بين":
            continue   # "بينهم وبين": between them and another party
        end = start
        while end < len(words) and end - start < spec["reach"] and not words[end].is_punct \
                and words[end].norm not in spec["ends"]:
            end += 1
        if end > start:
            lists.append((start, end))
    return lists


def _without_counted_members(words: list[Word], mentions: list[Mention], p: dict[str, Any]) -> list[Mention]:
    """Drop the anonymous GROUP mentions that stand in the list of a counted set's members ("أسفر عن
    25 قتيلا، بينهم مسؤولون ومدنيون وعاملون في منظمات إنسانية"، "اعتقلت 20 شخصا، بينهم عدد من المقربين"):
    they are part of the set the figure counts, no party of their own (patterns.yaml counted_members).
    Named people and bodies in such a list stay ("بينهم الوزير فلان")."""
    lists = _member_lists(words, p)
    if not lists:
        return mentions
    return [m for m in mentions if not (m.type == "GROUP" and m.anonymous
                                        and any(a <= m.word_span[0] < b for a, b in lists))]


def _without_settings(words: list[Word], mentions: list[Mention], p: dict[str, Any]) -> list[Mention]:
    """Drop the anonymous GROUP mentions right after a preposition of place (patterns.yaml
    setting_prepositions: "تقارير في وسائل إعلام أجنبية"، "انتقد نواب في المعارضة"): the collective is
    where something is said or happens, no party that speaks or acts.  One after a people noun or inside
    another mention ("مسؤول في السلطات المحلية"، "نواب في المعارضة") is the body its members are of, and
    stays."""
    def opened_by_setting(m: Mention) -> bool:
        first = m.word_span[0]
        return first > 0 and words[first - 1].norm in p["setting_prepositions"]

    members = p["source_group_heads"] | p["group_heads"] | p["standalone_group_heads"] | p["member_group_heads"]

    def inside_another(m: Mention) -> bool:   # "مسؤول في السلطات المحلية": the body a member is of
        first = m.word_span[0]
        return first > 1 and words[first - 2].norm in members \
            or any(o is not m and o.start < m.start and m.end <= o.end for o in mentions)

    return [m for m in mentions if not (m.type == "GROUP" and m.anonymous and opened_by_setting(m)
                                        and not inside_another(m))]


def _owned_bodies(words: list[Word], mentions: list[Mention], p: dict[str, Any]) -> list[Mention]:
    """A state body owned by a pronoun glued on its head ("قالت تركيا إن قوات|ها قصفت"، "أعلنت إيران أن
    وزارة خارجيت|ها"، "قال الجيش الإسرائيلي إن قوات|ه"): Arabic names a country's own body so once the
    country is named, and news writes it so in every outlet.  The owner is the mention named last
    before it in the same sentence: a country makes it that country's body (linked as the body of its
    kind and country, patterns.yaml owned_bodies); a known body of the same kind ("الجيش" for "قواته")
    makes it that body again.  Any other owner (a person, a movement, a town, a nisba) gives no mention,
    nor one right before the head ("سحبت موسكو قواتها": the owner acts with its own forces, and the
    gold credits the owner): the head follows a complementizer, a conjunction or باسم (owned_bodies
    after), which also keeps out an office ("وزير خارجيتها") and an object ("سحب قواتها")."""
    ob = p["owned_bodies"]
    taken = {k for m in mentions for k in range(*m.word_span)}
    found: list[Mention] = []
    for i in range(len(words)):
        for head, (phrase, kind) in ob["heads"].items():
            j = i + len(head)
            if j >= len(words) or tuple(w.norm for w in words[i:j]) != head or words[j].norm not in ob["pronouns"] \
                    or words[j].start != words[j - 1].end or taken & set(range(i, j + 1)) \
                    or i == 0 or words[i - 1].norm not in ob["after"]:
                continue
            owner = _owner_before(words, mentions, i)
            if owner is None or owner.via == "nisba" or owner.word_span[1] == i:
                break
            end = j + 1
            while end < len(words) and words[end].norm in ob["trailing"]:
                end += 1
            body = _owned_body(owner, phrase, kind, words[j].norm in ob["country_pronouns"]) \
                or _army_of_command(words, owner, phrase, kind, ob["army_commands"])
            if body is not None:
                body.start, body.end, body.word_span = words[i].start, words[end - 1].end, (i, end)
                if end > j + 1 and body.role:
                    body.role["phrase"] = phrase + tuple(w.norm for w in words[j + 1:end])
                found.append(body)
                taken.update(range(i, end))
            break
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _owner_before(words: list[Word], mentions: list[Mention], i: int) -> Mention | None:
    """The mention that ends last before word i with no sentence end between ("." "؟" "!" or a line)."""
    stop = next((k for k in range(i - 1, -1, -1) if words[k].is_punct and words[k].norm in (".", "؟", "!", "\n")), -1)
    before = [m for m in mentions if stop < m.word_span[0] and m.word_span[1] <= i]
    return max(before, key=lambda m: m.word_span[1]) if before else None


def _owned_body(owner: Mention, phrase: tuple[str, ...], kind: str, of_country: bool) -> Mention | None:
    """The body a pronoun's owner owns (positions set by the caller): a country's body of that
    kind (of_country: the pronoun may stand for a country), or the owner itself where it is a known
    body of the kind ("الجيش الإسرائيلي … قواته")."""
    entry = owner.candidates[0] if owner.candidates else None
    if entry is None:
        return _same_institution(owner, kind)
    if of_country and owner.type == "GPE" and entry.kind == "country":
        return Mention(0, 0, "ORG", "alias", [], country=entry.country,
                       role={"body": " ".join(phrase), "phrase": phrase, "kind": kind, "qualified": True})
    if owner.type == "ORG" and entry.category == kind:
        return Mention(0, 0, "ORG", "alias", list(owner.candidates), country=owner.country)
    return None


def _same_institution(owner: Mention, kind: str) -> Mention | None:
    """The owner again where it is a state institution of the head's kind named by its function
    alone ("وقال الجيش إن قوات|ه اعتقلت"): the army's own forces are the army, linked as the owner is."""
    if owner.type != "ORG" or not owner.role or owner.role.get("institution") != kind:
        return None
    return Mention(0, 0, "ORG", "alias", [], country=owner.country, role=dict(owner.role))


def _army_of_command(words: list[Word], owner: Mention, phrase: tuple[str, ...], kind: str,
                     commands: set[tuple[str, ...]]) -> Mention | None:
    """The army of the state whose army command owns the forces ("أعلنت وزارة الدفاع الروسية أن
    قوات|ها"، "قالت هيئة أركان الجيش المالي إن قوات|ها"): a defence ministry or general staff speaks
    for the state's forces and does not fight itself, so its "own forces" are the state's army
    (patterns.yaml owned_bodies army_commands), linked as the army body of the command's country."""
    country = owner.country or (owner.candidates[0].country if owner.candidates else None)
    if kind != "army" or owner.type != "ORG" or not country:
        return None
    first, end = owner.word_span
    said = tuple(w.norm for w in words[first:end] if not w.is_punct)
    if not any(said[:len(c)] == c for c in commands):
        return None
    return Mention(0, 0, "ORG", "alias", [], country=country,
                   role={"body": " ".join(phrase), "phrase": phrase, "kind": kind, "qualified": True})


def _without_own_correspondents_told(words: list[Word], mentions: list[Mention], entry: Entry,
                                     recogniser: "_Recogniser") -> list[Mention]:
    """Drop the outlet's own correspondent whom a speaker tells ("وصرح المحافظ لمراسل إرنا" in
    IRNA's article, 'وقال شهود عيان لمراسل "صفا"' in Safa's): the relay the record leaves implicit
    (docs/gold-format.md: the article's own outlet is not listed), no group.  One who reports
    ("وأفاد مراسل الجزيرة") stays a source; the outlet's own mention stays as it was."""
    heads = recogniser.p["outlet_group_heads"]

    def names_own(m: Mention) -> bool:
        first, end = m.word_span
        inner = tuple(w.norm for w in words[first + 1:end] if not w.is_punct)   # 'مراسل "صفا"'
        return any(known is entry for known, _ in recogniser.kb.index.get(inner, ())) \
            or any(entry in other.candidates and m.start <= other.start and other.end <= m.end
                   for other in mentions + m.parts)

    def told_own(m: Mention) -> bool:
        first = m.word_span[0]
        return m.type == "GROUP" and words[first].norm in heads and first > 0 and words[first - 1].norm == "ل" \
            and names_own(m)

    return [m for m in mentions if not told_own(m)]


def _in_place_of(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """The mentions with those `found` put in place of every mention they overlap, in text order."""
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


def _only_one_word_places(mentions: list[Mention]) -> bool:
    """Whether every mention is a one-word place (which a person's name may give way over: بشار is
    also Béchar); any other reading, or a place of several words, keeps its words."""
    return all(m.type in ("GPE", "LOC") and m.word_span[1] - m.word_span[0] <= 1 for m in mentions)


def _called_names(words: list[Word], mentions: list[Mention], recogniser: "_Recogniser") -> list[Mention]:
    """The name a naming verb gives ("طالبة تدعى سينثيا شيروتيتش"، "أحد الناجين، ويدعى محمد"،
    "شاهد عيان يدعى عثمان الطيب"): a person (PER), though a single given name or a foreign name no
    list knows, since the verb says a name follows.  One to three words up to punctuation or a
    stop, the first a given name, a kunya, a word rare in the language or any word before a rare
    one; a one-word place read on
    it gives way ("يدعى بشار"), any other mention keeps it ("يدعى الحزب" names no one)."""
    verbs = recogniser.p["naming_verbs"]
    found: list[Mention] = []
    for k in range(len(words) - 1):
        if words[k].norm not in verbs:
            continue
        a = end = k + 1
        while end < len(words) and end - a < 3 and not words[end].is_punct and not words[end].norm.isdigit() \
                and (words[end].norm not in recogniser.p["stops"] or end == a and recogniser._given(words[end])) \
                and (end == a or recogniser._given(words[end]) or _rare(words[end].norm)
                     or words[end].norm in recogniser.p["name_links"] or words[end - 1].norm in ("ابو", "ام")):
            end += 1
        first = words[a]
        foreign = end > a + 1 and not first.norm.startswith("ال") and _rare(words[a + 1].norm)   # "سينثيا شيروتيتش"
        if end == a or not (recogniser._given(first) or first.norm in ("ابو", "ام") or _rare(first.norm) or foreign):
            continue
        on = [m for m in mentions if m.start < words[end - 1].end and first.start < m.end]
        noun = k > 0 and words[k - 1].norm.isalpha() and len(words[k - 1].norm) > 2 \
            and words[k - 1].norm not in recogniser.p["stops"] \
            and not any(m.end > words[k - 1].start and m.start < words[k].start for m in mentions)
        if len(on) == 1 and on[0].type == "PER" and on[0].word_span[0] == a:
            if noun:   # "مزارع يدعى إبراهيم ديالو": a name read already takes the noun the verb names
                on[0].start, on[0].word_span = words[k - 1].start, (k - 1, on[0].word_span[1])
            continue
        if not _only_one_word_places(on):
            continue
        if noun:
            a = k - 1   # "طالب يدعى أوغستين ألانغا": the noun the verb names is the person's mention too
        found.append(Mention(words[a].start, words[end - 1].end, "PER", "name", [], word_span=(a, end)))
    return _in_place_of(mentions, found)


def _named_singles(words: list[Word], mentions: list[Mention], patterns: dict[str, Any]) -> list[Mention]:
    """Drop an anonymous group that the text names right after it ("أحد سكان حي الثورة،
    ويدعى الهادي بن عمر"): the one resident is the named person (docs/gold-format.md, a
    "ويدعى" source), so the group is no entity of its own; its place and the person stay."""
    people = {m.word_span[0] for m in mentions if m.type == "PER"}
    named = set()
    for m in mentions:
        k = m.word_span[1]
        while m.type == "GROUP" and k < m.word_span[1] + 3 and k < len(words) and not words[k].is_punct \
                and words[k].norm not in patterns["naming_verbs"]:
            k += 1   # "أحد الجنود الناجين، ويدعى موسى"، "أحد التجار في السوق، ويدعى": what qualifies the one named
        if m.type != "GROUP" or k >= len(words):
            continue
        if words[k].norm in ("،", ","):
            k += 1   # "شاهد عيان يدعى عثمان الطيب": or no comma at all
        if k < len(words) and words[k].norm == "و":
            k += 1
        if k + 1 < len(words) and words[k].norm in patterns["naming_verbs"] and k + 1 in people:
            named.add(id(m))
    return [m for m in mentions if id(m) not in named] if named else mentions


def _radio_stations(words: list[Word], mentions: list[Mention], patterns: dict[str, Any]) -> list[Mention]:
    """Radio stations named by a word and their band ("شمس أف أم", "لديوان إف إم", "موزاييك
    FM"; patterns.yaml radio_bands): an outlet (ORG) whatever the word alone would be (شمس is
    the sun), in place of the mentions it overlaps."""
    found: list[Mention] = []
    firsts = patterns["radio_band_firsts"]
    for k in range(1, len(words)):
        if words[k].norm not in firsts:
            continue
        band = next((b for b in patterns["radio_bands"] if tuple(w.norm for w in words[k:k + len(b)]) == b), None)
        name = words[k - 1]
        if band is None or name.is_punct or name.norm in patterns["stops"] or not _arabic_word(name.norm) \
                or len(name.norm) < 3:
            continue
        end = k + len(band)
        found.append(Mention(name.start, words[end - 1].end, "ORG", "name", [], word_span=(k - 1, end),
                             key=" ".join(w.norm for w in words[k - 1:end])))
    return _in_place_of(mentions, found)


def _without_time_zones(words: list[Word], mentions: list[Mention], patterns: dict[str, Any]) -> list[Mention]:
    """Drop the place that names a clock's time zone ("01:15 بتوقيت أبوظبي"، "بتوقيت غرينتش"،
    "بتوقيت مكة المكرمة"): the time of a city is no place the story is about, nor its state
    (a capital read as its country, "أبوظبي" as the Emirates, would add a state the article
    never names); where the story names the city, its other mentions carry it."""
    zone_words = patterns["time_zone_words"]
    return [m for m in mentions
            if not (m.type in ("GPE", "LOC") and m.word_span[0] > 0 and words[m.word_span[0] - 1].norm in zone_words)]


def _region_towns(words: list[Word], mentions: list[Mention], recogniser: "_Recogniser") -> list[Mention]:
    """Add the city inside a suburb the knowledge base lists whole and names after the city
    (patterns.yaml region_town_heads: "الضاحية الجنوبية لبيروت"): the suburb is the city's
    surroundings, and the city a place of the article too, as the countryside rule reads "ريف حماة
    الغربي" (LOC with the town a part)."""
    heads = recogniser.p["region_town_heads"]
    added: list[Mention] = []
    for mention in mentions:
        first, end = mention.word_span
        if mention.type != "LOC" or mention.parts or not mention.candidates or words[first].norm not in heads:
            continue
        for k in range(first + 1, end):
            match = recogniser._kb_match(words, k)
            if not match or not any(alias.via in ("name", "alias") and entry.kind in ("city", "place")
                                    and entry.type == "GPE" for entry, alias in match[1]):
                continue
            place = recogniser._kb(words, k)
            if place is not None and place.type == "GPE" and place.word_span[1] <= end \
                    and not any(o.start < place.end and place.start < o.end for o in mentions if o is not mention):
                mention.parts = [place]
                added.append(place)
                break
    return mentions + added if added else mentions


def _old_quarters(words: list[Word], mentions: list[Mention], patterns: dict[str, Any]) -> list[Mention]:
    """Add the old quarter of a city named by its kind and "old" alone (patterns.yaml old_quarters:
    "البلدة القديمة"، "المدينة القديمة"، "الحي القديم"): the walled or historic core news names so
    (Jerusalem's, Nablus's, Mosul's), a quarter (LOC) of its own; its mentions share one key."""
    spec = patterns["old_quarters"]
    found: list[Mention] = []
    for i in range(len(words) - 1):
        if not (_bare_forms(words[i].norm) & spec["heads"]) or words[i + 1].norm not in spec["adjectives"]:
            continue
        start, end = words[i].start, words[i + 1].end
        if any(m.start < end and start < m.end for m in mentions):
            continue
        head = next(iter(_bare_forms(words[i].norm) & spec["heads"]))
        if words[i].norm != head:   # a proclitic on the head stays out of the mention
            start = words[i].end - len(head)
        found.append(Mention(start, end, "LOC", "name", [], word_span=(i, i + 2),
                             key=head + " " + words[i + 1].norm))
    return mentions + found if found else mentions


_IDIOM_CLITICS = ("و", "ف", "ب", "ل", "ك")


def _bare_forms(norm: str) -> set[str]:
    """A word's normalised form and the forms without one or two proclitics (و، ف، ب، ل، ك):
    "وبالقوة" is also "بالقوة" and "القوة"; "للقوة" (ل on ال, its alef gone) is also "القوة"."""
    forms = {norm}
    for _ in range(2):
        for form in list(forms):
            if len(form) > 3 and form[0] in _IDIOM_CLITICS:
                forms.add(form[1:])
                if form[0] == "ل" and form.startswith("لل"):
                    forms.add("ا" + form[1:])
    return forms


def _is_place_idiom(words: list[Word], mention: Mention, idioms: dict[str, tuple[set[str], set[str]]]) -> bool:
    """Whether a one-word place mention is the word of a fixed phrase of ordinary Arabic
    (patterns.yaml place_idioms): its word is the idiom's place and the word right before or
    right after it is one of the phrase's ("مسقط رأسه"، "القوة القاهرة"، "صلاة المغرب")."""
    first, end = mention.word_span
    if end - first != 1:
        return False
    for form in _bare_forms(words[first].norm):
        if form not in idioms:
            continue
        before, after = idioms[form]
        if first > 0 and not words[first - 1].is_punct and _bare_forms(words[first - 1].norm) & before:
            return True
        if end < len(words) and not words[end].is_punct and _bare_forms(words[end].norm) & after:
            return True
    return False


def _without_place_idioms(words: list[Word], mentions: list[Mention], patterns: dict[str, Any]) -> list[Mention]:
    """Drop the place read in a fixed phrase of ordinary Arabic whose one word is spelled as a
    place's name ("دفن في مسقط رأسه" his birthplace, "رفع حالة القوة القاهرة" force majeure,
    "صلاة المغرب" the sunset prayer, "قطر السفينة" towing the ship): the phrase names no place, and
    its word read as one adds a state or a city the story never names (Oman, Egypt, Morocco)."""
    idioms = patterns["place_idioms"]
    return [m for m in mentions
            if not (m.type in ("GPE", "LOC") and _is_place_idiom(words, m, idioms))]


def _without_designated_kinds(words: list[Word], mentions: list[Mention], recogniser: "_Recogniser") -> list[Mention]:
    """Drop the unknown body named by its kind where a designation gives that kind ('تصنيف الجماعة
    "منظمة إرهابية عالمية مصنفة بشكل خاص"'): whichever rule read it (the anonymous body rule
    already leaves it, a quoted name rule may not), it is no body of the article."""
    heads = recogniser.p["anonymous_body_heads"]
    return [m for m in mentions
            if not (m.type in ("ORG", "GROUP") and not m.candidates and words[m.word_span[0]].norm in heads
                    and recogniser._designated_kind(words, m.word_span[0]))]


def _without_combated_kinds(words: list[Word], mentions: list[Mention], patterns: dict[str, Any]) -> list[Mention]:
    """Drop the definite anonymous group right after a verbal noun of fighting it as a policy
    (patterns.yaml combat_nouns: "لمواجهة الجماعات المسلحة"، "مكافحة الجماعات المسلحة أولوية"): the
    kind of foe fought, no party of the article; where the story names such a group acting, its other
    mentions carry it."""
    combat = patterns["combat_nouns"]
    return [m for m in mentions
            if not (m.type == "GROUP" and m.anonymous and m.word_span[0] > 0
                    and words[m.word_span[0]].norm.startswith("ال")
                    and words[m.word_span[0] - 1].norm in combat)]


def _lines(words: list[Word]) -> list[tuple[int, int]]:
    """The word spans of the text's lines (between line breaks)."""
    spans, start = [], 0
    for k, word in enumerate(words + [Word("\n", 0, 0, True, "\n")]):
        if word.norm == "\n":
            if k > start:
                spans.append((start, k))
            start = k + 1
    return spans


def _photo_credits(words: list[Word], mentions: list[Mention], recogniser: "_Recogniser") -> list[Mention]:
    """The photographer of a picture's credit line: a short line that pairs an agency and a
    name across one slash, after a cue ("صورة: بشار طالب / أ ف ب"، "صورة من: Fadel Senna/AFP"،
    "KOLA SULAIMON/AFP via Getty Images"، "حقوق النشر AP Photo/Nasser Nasser"، "الصورة: رويترز/
    تيلو شمولغن").  The wire services credit their photographers so; the name is a person
    (PER), whatever its first word alone would be (بشار is also Béchar).  The name side is two
    or three words opening with a given name, a Latin word or a word rare in the language, with
    no body or place of several words on it ("فرانس24 / أ ف ب"، "الدار البيضاء / أ ف ب"، "صورة
    أرشيفية / رويترز" name no one)."""
    found: list[Mention] = []
    cues = recogniser.p["photo_credit_cues"]
    for a, b in _lines(words):
        slashes = [k for k in range(a, b) if words[k].norm == "/"]
        if b - a > 12 or len(slashes) != 1:
            continue
        while a < slashes[0] and (words[a].norm in cues or words[a].is_punct):
            a += 1
        for side, other in (((a, slashes[0]), slashes[0] + 1), ((slashes[0] + 1, b), a)):
            agency = any(m.type == "ORG" and m.word_span[0] == other for m in mentions)
            name = _credited_name(words, side, mentions, recogniser)
            if agency and name is not None:
                found.append(name)
    return _in_place_of(mentions, found)


def _credited_name(words: list[Word], side: tuple[int, int], mentions: list[Mention],
                   recogniser: "_Recogniser") -> Mention | None:
    """The person's name that fills one side of a credit line's slash, or None (see
    _photo_credits): two or three words, no stop, number or punctuation, the first a given
    name, Latin or rare; what the recogniser read on it only one-word places."""
    a, b = side
    if not 2 <= b - a <= 3:
        return None
    if any(w.is_punct or not w.norm.replace("-", "").isalpha() or w.norm in recogniser.p["stops"] for w in words[a:b]):
        return None   # (a hyphen inside a Latin name is the name's: "Omar Al-Qattaa")
    first = words[a]
    if not (recogniser._given(first) or first.norm.isascii() or _rare(first.norm)):
        return None
    on = [m for m in mentions if m.start < words[b - 1].end and words[a].start < m.end]
    if not _only_one_word_places(on):
        return None
    return Mention(words[a].start, words[b - 1].end, "PER", "credit", [], word_span=(a, b))


def byline_outlet(words: list[Word], mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The outlet a byline at text offsets [start, end) names beside its places and desk
    (_Recogniser.byline_outlet), with word spans into `words`; none where a mention the
    recogniser found already names it."""
    inside = [k for k, w in enumerate(words) if start <= w.start and w.end <= end]
    if not inside:
        return []
    first = inside[0]
    line = words[first:inside[-1] + 1]
    local = [Mention(m.start, m.end, m.type, m.via, word_span=(m.word_span[0] - first, m.word_span[1] - first))
             for m in mentions if start <= m.start and m.end <= end]
    found = _recogniser().byline_outlet(line, local)
    for mention in found:
        mention.word_span = (mention.word_span[0] + first, mention.word_span[1] + first)
    return found


def dateline_agency(words: list[Word], mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The wire agency of the body's dateline at text offsets [start, end) ("نابل (وات) -"، "الدوحة - قنا:"،
    "بيروت - … (وطنية) -"), which the structure reader found: an organisation, the knowledge base's where
    its whole name is an alias of one, else unnamed by the knowledge base.  Its short name is often an
    ordinary word or a town elsewhere ("معا"، "وطنية"، "قنا"), so only the dateline reads it so.  None
    where a mention already covers it or the words are a desk ("وكالات"، "خاص")."""
    inside = [k for k, w in enumerate(words) if start <= w.start and w.end <= end and not w.is_punct]
    if not inside or any(m.start < end and start < m.end for m in mentions):
        return []
    recogniser = _recogniser()
    first, last = inside[0], inside[-1] + 1
    if all(w.norm in recogniser.p["byline_desks"] for w in words[first:last]):
        return []
    match = recogniser._kb_match(words, first)
    known = [e for e, _ in match[1] if e.type == "ORG"] if match and first + match[0] == last else []
    if not known:
        # "وطنية - عكار -" over 'مندوبة "الوكالة الوطنية للإعلام"': the short name is the one news agency of
        # the dateline place's state that the article names by its full name (an agency of the knowledge
        # base); "الدوحة - قنا:" is not the Iranian agency the article names
        line_start = next((w.end for w in reversed(words[:first]) if w.norm == "\n"), 0)
        line_end = next((w.start for w in words[last:] if w.norm == "\n"), words[-1].end)
        place = next((m for m in mentions if line_start <= m.start and m.end <= line_end
                      and m.type in ("GPE", "LOC") and m.country), None)   # "وطنية - عكار -": after it too
        named = list(dict.fromkeys(c for m in mentions if m.type == "ORG" for c in m.candidates[:1]
                                   if c.sector == "MED" and c.category == "agency"
                                   and place is not None and c.country == place.country))
        if len(named) == 1:
            known = named
    return [Mention(words[first].start, words[last - 1].end, "ORG", "name", known,
                    country=known[0].country if known else None, word_span=(first, last))]


def _common_city(mention: Mention, words: list[Word]) -> bool:
    """A one-word name found only in the generated city list that is also a common word of
    the language: سيول is Seoul and floods, زرقاء Zarqa and blue."""
    first, end = mention.word_span
    return end - first == 1 and mention.via == "name" and bool(mention.candidates) \
        and all(c.kind == "city" and not c.curated for c in mention.candidates) and not _rare(words[first].norm)


_LIST_JOINERS = frozenset(("و", "،", ","))
_LIST_REACH = 6   # conjuncts back from a name to the locative word that governs its list


def _listed_places(words: list[Word], mentions: list[Mention], patterns: dict[str, Any]) -> list[Mention]:
    """Towns named in a list after a plural head ("مدن سليانة وطبربة وسيدي بوزيد"، "بلدات
    كفرنبل وحاس وكنصفرة"): each item is a place of that kind, known to the knowledge base or
    not.  An item is a name of no common word (a known one is already a mention), with the و
    glued to an unknown name taken off ("وطبربة"); the list ends at the first word that is
    neither an item nor a joiner."""
    starting = {m.word_span[0]: m for m in mentions}
    found: list[Mention] = []
    for i, word in enumerate(words):
        if word.norm in patterns["plural_place_heads"]:
            found.extend(_list_items(words, i + 1, starting, patterns))
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda m: m.start)


def _list_items(words: list[Word], j: int, starting: dict[int, Mention],
                patterns: dict[str, Any]) -> list[Mention]:
    """The unknown towns of the list that opens at word j (known ones are `starting` mentions)."""
    items: list[Mention] = []
    first, after_comma = True, False
    while j < len(words):
        known = starting.get(j)
        if known is not None:
            j = known.word_span[1]
        else:
            item = _list_item(words, j, glued=not first, patterns=patterns)
            if item is not None and after_comma and item.start == words[j].start \
                    and not _joined_on(words, item.word_span[1]):
                item = None   # "…وسيدي بوزيد، مناوشات متقطعة": after a bare comma the clause goes on
            if item is not None:
                items.append(item)
                j = item.word_span[1]
            elif not first and words[j].norm.isalpha() and _joined_on(words, j + 1):
                j += 1   # "بلدات كفرنبل وحاس وكنصفرة": a town spelled like a word is left, the list goes on
            else:
                break
        first, after_comma = False, False
        if j < len(words) and words[j].norm in _LIST_JOINERS:
            j += 1
            after_comma = words[j - 1].norm in ("،", ",")
            if after_comma and j < len(words) and words[j].norm == "و":
                j, after_comma = j + 1, False
        elif not (j < len(words) and _glued_unknown(words[j].norm)):
            break
    return items


def _joined_on(words: list[Word], j: int) -> bool:
    """Whether the list goes on at word j: a joiner, or و glued to an unknown name."""
    return j < len(words) and (words[j].norm in _LIST_JOINERS or _glued_unknown(words[j].norm))


def _glued_unknown(norm: str) -> bool:
    """A word the tokenizer left whole: و glued to a name it does not know ("وطبربه")."""
    return norm.startswith("و") and len(norm) > 3 and _unknown_name(norm[1:])


def _unknown_name(norm: str) -> bool:
    """A word no lexicon knows, bare or without its article ("طبربه", "التمانعه"): a name."""
    bare = norm[2:] if norm.startswith("ال") else norm
    return norm.isalpha() and len(bare) >= 3 and not _in_lexicon(norm) and not _in_lexicon(bare)


def _list_item(words: list[Word], j: int, glued: bool, patterns: dict[str, Any]) -> Mention | None:
    """The place at word j of a list of towns, or None when no name stands there."""
    norm = words[j].norm
    start = words[j].start
    if glued and _glued_unknown(norm):
        norm, start = norm[1:], start + 1
    elif norm.startswith("و") and not glued:
        return None
    elif not _unknown_name(norm) and norm not in patterns["toponym_first_words"]:
        return None
    end = j + 1
    if norm in patterns["toponym_first_words"]:
        if not (end < len(words) and _unknown_name(words[end].norm)):
            return None
        end += 1   # "وسيدي علوان", "عين البيضاء": a name of two words
    return Mention(start, words[end - 1].end, "GPE", "name", [], word_span=(j, end))


def _placed_common_cities(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """Drop a common word that is also a foreign city where the grammar makes it the common
    noun: a name is definite, so an indefinite feminine adjective agreeing with it
    ("لسيول مفاجئة", "سيول جارفة": floods) shows a broken plural, not Seoul, unless the
    article names the city's country."""
    doubtful = [m for m in mentions if _common_city(m, words)]
    if not doubtful:
        return mentions
    named = {c.country for m in mentions if not _common_city(m, words) for c in m.candidates}
    drop = set()
    for mention in doubtful:
        k = mention.word_span[1]
        after = words[k] if k < len(words) else None
        if after is not None and not after.is_punct and not after.norm.startswith("ال") \
                and after.norm.endswith("ه") and len(after.norm) >= 4 \
                and not any(c.country in named for c in mention.candidates):
            drop.add(id(mention))
    return [m for m in mentions if id(m) not in drop]


def _without_given_name_cities(words: list[Word], mentions: list[Mention], recogniser: "_Recogniser") -> list[Mention]:
    """Drop a town of the generated city list named by one word that is a given name (data/
    given_names.yaml) where a surname follows it: "وزير الطوارئ فلاديمير بوتشكوف"، "المنسقة ليز
    غراندي" name a person, not Vladimir or Lezhë (round s33).  The word after it is a word of no
    language, no stop word and no place the knowledge base knows; a curated town keeps its name."""
    def named_person(mention: Mention) -> bool:
        first, end = mention.word_span
        if end - first != 1 or mention.via != "name" or not mention.candidates \
                or not all(c.kind == "city" and not c.curated for c in mention.candidates) \
                or words[first].norm not in recogniser.first_names or end >= len(words):
            return False
        after = words[end]
        return not after.is_punct and after.start > words[first].end and after.norm not in recogniser.p["stops"] \
            and not after.norm.startswith("ال") and _rare(after.norm) and not _known_place_at(recogniser, words, end)
    return [m for m in mentions if not named_person(m)]


def _without_accusative_cities(words: list[Word], mentions: list[Mention], p: dict[str, Any]) -> list[Mention]:
    """Drop a town named by one word that is a common word with the
    accusative's alef on it ("عدوانا جويا"، "جسرا جويا": by air, not Jwaya; "دورا رئيسيا": a role,
    not Dura; "مركبا لنقل الركاب": a boat), unless a preposition or a locative word before it
    makes it a place ("إلى دورا"، "بلدات عيترون وجويا"): the indefinite accusative noun it qualifies
    stands before it ("عدوانا جويا") or its own adjective or complement after it ("دورا رئيسيا"،
    "مركبا لنقل") (round s33)."""
    def accusative(mention: Mention) -> bool:
        first, end = mention.word_span
        if end - first != 1 or mention.via != "name" or mention.type != "GPE" or not mention.candidates \
                or not all(c.kind in ("city", "place") for c in mention.candidates):
            return False
        norm = words[first].norm
        if not (len(norm) >= 4 and norm.endswith("ا") and _common(norm[:-1])):
            return False
        before = words[first - 1] if first > 0 else None
        if before is None or before.is_punct or before.norm in ("و", "ف") or before.norm in p["place_before"]:
            return False   # "إلى دورا"، "بلدات عيترون وجويا": a place
        after = words[end] if end < len(words) else None
        return len(before.norm) > 2 and before.norm.endswith("ا") \
            or after is not None and (after.norm == "ل" or after.norm.endswith("ا") and _common(after.norm[:-1]))
    return [m for m in mentions if not accusative(m)]


def _known_place_at(recogniser: "_Recogniser", words: list[Word], k: int) -> bool:
    """Does a name the knowledge base knows as a place (GPE, LOC, FAC) start at word k?"""
    match = recogniser._kb_match(words, k)
    return bool(match) and any(entry.type in ("GPE", "LOC", "FAC") for entry, _ in match[1])


def _plain(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


@lru_cache(maxsize=256)
def _outlet_entry(kb: KnowledgeBase, outlet: str) -> Entry | None:
    """The knowledge-base organisation of an outlet's English name ("Asharq Al-Awsat",
    "France 24 Arabic" → France 24, "AFP" by its abbreviation)."""
    wanted = {_plain(outlet), _plain(outlet.replace("Arabic", ""))} - {""}
    outlets = [e for e in kb.entries.values() if e.kind == "organization" and e.category in ("media", "agency")]
    for entry in outlets:
        if _plain(entry.name) in wanted or any(alias.text.isascii() and _plain(alias.text) in wanted
                                               for alias in entry.aliases):
            return entry
    # "Al-Araby Al-Jadeed" is "The New Arab (Al-Araby Al-Jadeed)"
    return next((e for e in outlets if any(len(w) >= 8 and w in _plain(e.name) for w in wanted)), None)


def _army_of(kb: KnowledgeBase, country: str, phrases: tuple[tuple[str, ...], ...]) -> Entry | None:
    """The knowledge base's army of a country: the first phrase ("الجيش"، "القوات المسلحة") that, with
    the country's definite nisba after it, names an organisation of that country."""
    from khabar.entities.link import _home_entry   # the linker reads this module: imported late
    for phrase in phrases:
        entry = _home_entry(kb, phrase, country)
        if entry is not None and entry.type == "ORG":
            return entry
    return None


def _names_country_by_nisba(match) -> bool:
    """Does a KB match (length, [(entry, alias)]) read as a country's nisba ("الإسرائيلية")?"""
    return bool(match) and match[1][0][1].via == "nisba" and match[1][0][0].kind == "country"
