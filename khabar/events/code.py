"""Coding events: trigger, arguments, status, confidence.

Triggers come from data/triggers.yaml: verbs by lemma (any inflection or person), verbal
nouns by their normalised form, light-verb phrases ("شن هجومًا").  Arguments come from the
entity mentions around the trigger: the subject (after the verb, or before it), "على يد"
and "من قبل" for passives, the idafa of a verbal noun ("هجوم الجيش"); the recipient from
the object or the preposition the trigger expects; the place from في/من/على + a place.
The date is the sentence's time, else the nearest earlier time in the paragraph, else
unknown — never the publication date by default.  Status reads the clause: hypothetical,
future, negated, historical (long before publication), else asserted.
"""

from __future__ import annotations

import bisect
import calendar
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, Callable


from khabar.datafile import load_yaml
from khabar.entities.recognise import Mention, MentionIndex, Word, _patterns
from khabar.text.clitics import enclitics
from khabar.text.normalise import normalise_word
from khabar.times.calendars import month_names

__all__ = ["Event", "arguments", "bare_institutions", "clause_starts", "code_sentence", "contrast_openers",
           "dated_participle", "holder_title", "honoured_names", "institution_heads", "opening_subject", "triggers"]

PLACE_TYPES = {"GPE", "LOC", "FAC"}
ACTOR_TYPES = {"PER", "ORG", "GPE", "GROUP", "NORP"}
ARGUMENT_TYPES = frozenset(ACTOR_TYPES | PLACE_TYPES)
# what a title is of before the name of its holder: a country ("أمير الكويت الشيخ …") or a body
# ("رئيس مجلس النواب نبيه بري")
TITLE_HOLDERS = frozenset(PLACE_TYPES | {"ORG"})
COUNTRY_TYPES = frozenset({"GPE"})                # what "البلدين"، "الدولتين" stand for


@dataclass
class Event:
    type: str
    mode: str | None
    trigger: tuple[int, int]
    actor: list[Mention] = field(default_factory=list)
    recipient: list[Mention] = field(default_factory=list)
    place: list[Mention] = field(default_factory=list)
    status: str = "asserted"
    sentence: int = 0
    confidence: float = 0.5
    time: dict | None = None                      # the time expression that dates it
    kind: str = "verb"                            # how it was found: verb, participle, light or noun
    joined: bool = False                          # a verbal noun joined by و to the one before: another act
    refusal: str | None = None                    # the type its negation codes ("لم توافق": REJECT)
    elaborates: bool = False                      # a characterization ("ووصفها بأنها …"): of an act already told
    promised: bool = False                        # an act a pledge promises ("تعهدت بمبلغ"): future
    halts: bool = False                           # a verb of suspending: its object noun is stopped, not done
    uttered: bool = False                         # a threat in the future tense ("سنرد بحزم"): made now, asserted
    place_named: bool = False                     # its subject or owner is a meeting named for a place: no party
    lam_agent: bool = False                       # its actor is the party after ل ("هجوم لحركة الشباب"), no other's
    unnamed_agent: bool = False                   # a reported clause's subject names no entity ("قال إن المهاجم فر")
    passive_patient: bool = False                 # a vocalised passive whose patient is named after it ("قُتل السفير")
    claim_from: int | None = None                 # a participle after a quoted claim: where the claim's words begin
    #                                               (its complementizer); no party named from there acts (round s34)


@lru_cache(maxsize=65536)
def _n(word: str) -> str:
    """normalise_word, cached: the coder normalises the same lemmas over and over."""
    return normalise_word(word)


# triggers.yaml's lists of words, each loaded as the set of its normalised words
_WORD_SETS = (
    "institution_heads", "count_words", "quantifiers", "complementizers", "prepositions",
    "pronouns", "relatives", "governors", "preverbal_negators", "hypothetical", "future",
    "negation", "place_prepositions", "before_verb", "clause_openers", "clause_auxiliaries",
    "clause_links", "temporal_links", "contrast_openers", "partitive_quantifiers",
)
_OPTIONAL_WORD_SETS = (
    "bare_ambiguous", "subject_stop", "light_skip", "reciprocal", "control", "cessation",
    "receive", "threat_future", "reprisal", "time_nouns", "inclusion", "title_prepositions", "during", "during_after", "reporting", "hostages",
    "states", "protesting", "instruments", "courts", "charges", "plans", "relative_ma_heads",
    "negating_heads", "future_links", "since", "contrast_announcers", "durations", "dated_participles", "transitive_control",
    "crowds", "crowd_links", "followers", "aside_openers", "led_by", "conducts", "conditional_nouns", "conditionals", "passive_auxiliaries", "commemorations",
    "pledged", "verbless_prepositions", "office_heads", "topic_heads", "blades", "evacuees", "voiceless_subjects", "alliances", "cooperation_pacts", "owned_by", "responses", "agent_heads", "verbal", "gatherings", "stipulations", "reservists", "relief",
    "casualties", "construct_nouns", "missing", "envoys", "honours", "phrase_adjectives", "entirety", "questioning", "plural_agents",
    "natural_forces", "endangered", "menacing_things", "civil_campaigns", "lodged_with", "carried_out", "purpose_masdars", "manner_nouns", "sense_stops",
    "traded", "denials", "fronted_forces", "custodians", "side_openers", "declaring", "unilateral", "agreed_truce", "suspected", "faults", "goals",
    "first_since_heads", "since_participles", "warned_against", "warned_consequences", "severe", "announced_pending", "title_cues", "titled_construct_verbs",
    "subordinators", "sequels", "count_scales", "visitors", "arrival_places", "preventing",
    "evacuated_places", "gathering_sites", "object_counts", "destination_skips", "passive_next", "complicity",
    "status_reach_stops", "condemning_manners", "appealed", "continuations", "any_words", "proposing", "drafts",
    "drafted", "unlikely", "agreed_on",
    "willing", "demands", "demand_links", "demand_light", "cut_short", "previously", "seeking", "reflexives", "conceded",
    "departing_fighters", "time_frames", "deployed_adjuncts", "military_hardware",
    "neutralized",
    "statement_aside_openers", "statement_aside_nouns", "kin_nouns", "kin_time_words", "described_deeds",
    "request_governors", "request_grounds", "asking_subjects", "protest_hals", "directed_bodies",
    "receiving_facilities", "flight_reasons", "since_head_stops", "aim_verbs", "aim_force_subjects", "aim_not_subjects",
    "armed_bodies",   # round s33: the armed bodies whose dissolving (حل) is a sanction (a retype list)
    "participle_homographs",   # round s34: nouns spelt as a derived participle (مدينة)
    "control_nouns", "held_area_heads", "outside_words",   # round s34: "مناطق سيطرتها": a held area, no act
    "recaptured",     # round s34: the places whose freeing (حرر، تحرير) is a seizure (a retype list, as استعاد's needs)
    "title_complements",   # round s34: what closes a title head before the ل of its office (_title_chain)
    "striving",
    "agreements",   # round s35: the agreements whose signing (وقع) a resuming pronoun tells (`antecedent`)
    "controlled_masdars",   # round s35: bare verb forms read as the masdar a control verb governs (حظر، منع)
    "place_appositions",   # round s35: the part-of-a-land words that open a place's apposition (_one_aside)
    "discussion_verbs",   # round s35: a meeting's subject ("بحث معه"), folded into the meeting its sentence tells
)
_OPTIONAL_TYPE_SETS = ("unnamed_subject_types", "called_types")   # lists of PLOVER types, not words


def _definite_variants(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A listed noun phrase as news writes it: its first word with or without the article, and, for
    a phrase listed indefinite, its definite forms: the adjective agreeing in definiteness
    ("مسيرات سلمية" → "المسيرات السلمية") and the definite genitive ("قوافل إغاثة" → "قوافل الإغاثة")."""
    first = words[0]
    variants = [words, (first[2:] if first.startswith("ال") else "ال" + first,) + words[1:]]   # the first two as before
    rest = words[1:]
    if rest and not first.startswith("ال") and all(len(w) > 1 and w.isalpha() and not w.startswith("ال") for w in rest):
        definite = tuple("ال" + w for w in rest)
        variants += [(first,) + definite, ("ال" + first,) + definite]
    return variants


@lru_cache(maxsize=1)
def triggers() -> dict[str, Any]:
    raw = load_yaml(resources.files("khabar.events").joinpath("data/triggers.yaml").read_text("utf-8"))
    n = normalise_word
    nouns, agreeing = {}, {}
    for phrase, spec in raw["nouns"].items():
        words = tuple(n(phrase).split())
        base, *definite = _definite_variants(words)
        nouns[base] = nouns[definite[0]] = spec
        for variant in definite[1:] if not spec.get("indefinite") else ():
            agreeing.setdefault(variant, spec)
    nouns = {**agreeing, **nouns}                 # a phrase listed as such wins over another's definite form
    t = {
        "verbs": {n(k): v for k, v in raw["verbs"].items()},
        "nouns": nouns,
        "noun_first": {w[0] for w in nouns},
        "noun_length": {},                        # a noun phrase's first word → its longest phrase's length
        "light": {n(k): {n(x) for x in v} for k, v in raw["light"].items()},
        "senses_off": {n(k): {n(x) for x in v} for k, v in raw.get("senses_off", {}).items()},
        "noun_senses_off": {n(k): {side: {n(x) for x in words} for side, words in v.items()}
                            for k, v in raw.get("noun_senses_off", {}).items()},
        "subject_senses_off": {n(k): {n(x) for x in v} for k, v in raw.get("subject_senses_off", {}).items()},
        "act_subjects": {n(k): {n(x) for x in v} for k, v in raw.get("act_subjects", {}).items()},
        "sense_windows": {n(k): int(v) for k, v in raw.get("sense_windows", {}).items()},
        "senses_on": {n(k): {n(x) for x in v} for k, v in raw.get("senses_on", {}).items()},
        "compound_prepositions": {n(k): {n(x) for x in v} for k, v in raw.get("compound_prepositions", {}).items()},
        "participles": {n(k): n(v) for k, v in raw.get("participles", {}).items()},
        "agent_cues": {tuple(n(phrase).split()) for phrase in raw.get("agent_cues", [])},
        "agent_cue_firsts": frozenset(n(phrase).split()[0] for phrase in raw.get("agent_cues", [])),
        # phrases that open a list of what the object before them includes, longest first ("بما في ذلك")
        "included_in": tuple(sorted((tuple(n(phrase).split()) for phrase in raw.get("included_in", [])),
                                    key=len, reverse=True)),
        "light_nouns": {n(k): v for k, v in raw.get("light_nouns", {}).items()},
        # the light nouns that may trigger before a relative light verb ("صواريخ أطلقها")
        "relative_nouns": frozenset(n(k) for k, v in raw.get("light_nouns", {}).items() if v.get("relative", True)),
        "weak": {n(w) for w in raw["weak_nouns"]},
        "object_control": {n(k): n(v) for k, v in raw["object_control"].items()},
        "causatives": {n(k): n(v) for k, v in raw.get("causatives", {}).items()},
        "dual_anaphors": {n(k): v for k, v in raw["dual_anaphors"].items()},
        "quotes": set(raw["quotes"]),
        "historical_days": int(raw["historical_days"]),
        "status_reach": int(raw.get("status_reach", 6)),
        "demand_reach": int(raw.get("demand_reach", 5)),
        "announce_reach": int(raw.get("announce_reach", 10)),
        "during_types": frozenset(raw.get("during_types", [])),   # PLOVER types, not words
        "crowd_types": frozenset(raw.get("crowd_types", [])),     # PLOVER types, not words
        **{key: frozenset(raw.get(key, [])) for key in _OPTIONAL_TYPE_SETS},
    }
    t["verb_names"] = {id(spec): lemma for lemma, spec in t["verbs"].items()}   # a participle's verb, by its spec
    # the words of a time between a light verb and its noun: triggers.yaml's, and the month names
    t["time_skip"] = {n(w) for w in raw.get("time_skip", [])} | {w for name in month_names() for w in name.split()}
    for words in nouns:
        t["noun_length"][words[0]] = max(len(words), t["noun_length"].get(words[0], 0))
    t.update({key: {n(w) for w in raw[key]} for key in _WORD_SETS})
    t.update({key: {n(w) for w in raw.get(key, [])} for key in _OPTIONAL_WORD_SETS})
    for spec in [*t["verbs"].values(), *{id(v): v for v in nouns.values() if v.get("needs") or v.get("only_after")}.values()]:
        if spec.get("needs") and not isinstance(spec["needs"], frozenset):   # a list, or the name of a list of the file
            needs = _named_lists(raw, spec["needs"]) if isinstance(spec["needs"], str) else spec["needs"]
            spec["needs"] = frozenset(n(w) for w in needs)
        for key in ("fronted", "only_after", "retype_stops", "objectless"):   # the name of a list of the file
            if isinstance(spec.get(key), str):
                spec[key] = frozenset(n(w) for w in raw[spec[key]])
    # unions the coder asks for often, made once
    t["preverbal"] = t["before_verb"] | t["preverbal_negators"]
    t["frame_stops"] = t["prepositions"] | t["governors"] | t["clause_openers"] | t["complementizers"]
    t["phrase_stops"] = t["subject_stop"] | t["prepositions"]
    t["governing"] = t["prepositions"] | t["governors"]
    t["status_words"] = t["hypothetical"] | t["future"]
    t["hedge_cues"] = t["hypothetical"] | t["conditional_nouns"] | t["willing"]   # words _hedged looks at (قد among them)
    t["skippable"] = t["status_words"] | t["before_verb"]
    t["reporting_table"] = dict.fromkeys(t["reporting"], True)   # for _verb_by_stem
    t["control_table"] = dict.fromkeys(t["control"], True)       # for _verb_by_stem
    t["crowd_words"] = t["crowds"] | t["count_words"] | t["crowd_links"] | t["followers"]
    t["conduct_table"] = dict.fromkeys(t["conducts"], True)     # for _verb_by_stem
    return t


_STATE_KINDS = frozenset({"country", "government", "self"})


def _named_lists(raw: dict, names: str) -> list[str]:
    """The words of a list of triggers.yaml named in a spec, or of several joined by "+"
    ("positions+evacuees": what أخلى needs, a withdrawal's positions or the people evacuated)."""
    return [word for name in names.split("+") for word in raw[name]]


# round s25 (actors): arguments.yaml word lists read as they are, normalised (code._source_within,
# code._claimed_acts, code._addressee_genitive)
_ACTOR_WORD_LISTS = ("source_body_prepositions", "claim_verbs", "announcing_verbs", "claim_relatives",
                     "responsibility_nouns", "responsibility_pronouns", "request_content_prepositions",
                     "commanded_forces", "army_heads",
                     "person_nisba_heads",        # round s29: a nisba of a person's nationality (_person_nisba)
                     "expressing_verbs",          # round s31: a stance expressed "عن" (_expressed_stance)
                     "striking_verbs", "doer_adjectives",   # round s31: an attack told by its target (component._struck_unnamed)
                     "platform_prepositions", "platform_nouns",   # round s33: a platform a statement was posted on
                     "masdar_governors")          # round s33: words that govern a verbal noun (_capital_after_masdar)


@lru_cache(maxsize=1)
def arguments() -> dict[str, Any]:
    """data/arguments.yaml, normalised and checked against its schema (see the file's header)."""
    raw = load_yaml(resources.files("khabar.events").joinpath("data/arguments.yaml").read_text("utf-8"))
    n = normalise_word
    for key in ("own_state", "own_state_heads"):
        if not isinstance(raw.get(key), dict) or not set(raw[key].values()) <= _STATE_KINDS:
            raise ValueError(f"arguments.yaml: {key} maps words to one of {sorted(_STATE_KINDS)}")
    for key in ("own_state_pronouns", "partitive_heads", "government_heads", "pronoun_complementizers",
                "titled_genitive_agent_types", "agent_cues", "compound_openers", "joiners", "office_heads",
                "in_person_types", "honorifics", "two_party_types", "person_duals", "travel_verbs",
                "crowd_kin_heads", "crowd_joined_suffixes", "crowd_gathering_verbs",
                "crowd_protester_nouns", "agentless_falls", "toll_heads", "unit_heads", "meeting_heads",
                "companions", "order_verbs", "order_issuers", "order_nouns", "source_heads",
                "agent_lam_nouns", "other_act_words", "frame_openers", "joined_clause_openers",
                "reporter_heads", "media_heads", "correspondent_heads", "patient_person_nouns", "lament_verbs",
                "repelling_verbs", "platform_names", "retold_apart_words") + _ACTOR_WORD_LISTS:
        if not isinstance(raw.get(key), list) or not all(isinstance(w, str) and w for w in raw[key]):
            raise ValueError(f"arguments.yaml: {key} is a list of words")
    movers = raw.get("movers", [])
    if not isinstance(movers, list) or not all(isinstance(w, str) and w for w in movers):
        raise ValueError("arguments.yaml: movers is a list of words")
    idle = raw.get("idle_entity_types", [])
    if not isinstance(idle, list) or not all(isinstance(w, str) and w.isupper() for w in idle):
        raise ValueError("arguments.yaml: idle_entity_types is a list of entity types")
    for key in ("witnessed_act_types", "spoken_for_types", "source_spoken_types", "reporter_act_types",
                "media_act_types", "reaction_verb_types", "claimed_act_types", "intransitive_genitive_agent_types",
                "called_gathering_types", "reported_attack_types", "reported_act_types",
                "capital_genitive_agent_types", "retold_attack_types", "retold_claimant_sectors"):
        listed = raw.get(key, [])
        if not isinstance(listed, list) or not all(isinstance(w, str) and w.isupper() for w in listed):
            raise ValueError(f"arguments.yaml: {key} is a list of PLOVER types")
    return {
        "own_state": {n(k): v for k, v in raw["own_state"].items()},
        "own_state_heads": {n(k): v for k, v in raw["own_state_heads"].items()},
        "own_state_pronouns": frozenset(n(w) for w in raw["own_state_pronouns"]),
        "partitive_heads": frozenset(n(w) for w in raw["partitive_heads"]),
        "government_heads": frozenset(n(w) for w in raw["government_heads"]),
        "pronoun_complementizers": frozenset(n(w) for w in raw["pronoun_complementizers"]),
        "titled_genitive_agent_types": frozenset(raw["titled_genitive_agent_types"]),   # PLOVER types, not words
        "intransitive_genitive_agent_types": frozenset(raw.get("intransitive_genitive_agent_types", [])),   # PLOVER types
        "agent_cues": frozenset(tuple(n(p).split()) for p in raw["agent_cues"] if " " in p),
        "single_agent_cues": frozenset(n(p) for p in raw["agent_cues"] if " " not in p),
        "compound_openers": frozenset(tuple(n(p).split()) for p in raw["compound_openers"]),
        "joiners": frozenset(n(w) for w in raw["joiners"]),
        "office_heads": frozenset(n(w) for w in raw["office_heads"]),
        "in_person_types": frozenset(raw["in_person_types"]),   # PLOVER types, not words
        "honorifics": _honorific_forms(n(w) for w in raw["honorifics"]),
        "honorific_heads": frozenset(n(w) for w in raw["honorifics"]),
        "two_party_types": frozenset(raw["two_party_types"]),   # PLOVER types, not words
        "person_duals": frozenset(n(w) for w in raw["person_duals"]),
        "travel_verbs": frozenset(n(w) for w in raw["travel_verbs"]),
        "holder_titles": frozenset(n(w) for w in raw.get("holder_titles", [])),
        "voice_titles": frozenset(n(w) for w in raw.get("voice_titles", [])),
        "type_recipients": _type_recipients(raw.get("type_recipients")),
        "crowd_kin_heads": frozenset(n(w) for w in raw["crowd_kin_heads"]),
        "crowd_joined_suffixes": tuple(raw["crowd_joined_suffixes"]),
        "crowd_gathering_verbs": frozenset(n(w) for w in raw["crowd_gathering_verbs"]),
        "crowd_protester_nouns": frozenset(n(w) for w in raw["crowd_protester_nouns"]),
        "agentless_falls": frozenset(n(w) for w in raw["agentless_falls"]),
        "witnessed_act_types": frozenset(raw.get("witnessed_act_types", [])),   # PLOVER types, not words
        "mover_forms": _mover_forms(n(w) for w in movers),
        "mover_purpose_types": frozenset(raw.get("mover_purpose_types", [])),   # PLOVER types, not words
        "place_named_types": frozenset(raw.get("place_named_types", [])),   # PLOVER types, not words
        "spoken_for_types": frozenset(raw.get("spoken_for_types", [])),   # PLOVER types, not words
        "toll_heads": frozenset(_bare(n(w)) for w in raw["toll_heads"]),
        "unit_heads": frozenset(_bare(n(w)) for w in raw["unit_heads"]),
        "meeting_heads": frozenset(n(w) for w in raw["meeting_heads"]),
        "companions": frozenset(n(w) for w in raw["companions"]),
        "order_verbs": frozenset(n(w) for w in raw["order_verbs"]),
        "order_issuers": frozenset(n(w) for w in raw["order_issuers"]),
        "order_nouns": frozenset(n(w) for w in raw["order_nouns"]),
        "source_heads": frozenset(n(w) for w in raw["source_heads"]),
        "reporter_heads": frozenset(tuple(n(w) for w in p.split()) for p in raw["reporter_heads"]),
        "reporter_act_types": frozenset(raw["reporter_act_types"]),   # PLOVER types, not words
        "lament_verbs": dict.fromkeys((n(w) for w in raw["lament_verbs"]), True),   # a table for _verb_by_stem
        "called_gathering_types": frozenset(raw.get("called_gathering_types", [])),   # PLOVER types, not words
        "reported_attack_types": frozenset(raw.get("reported_attack_types", [])),   # PLOVER types (component._speaker_of_reported_act)
        "reported_act_types": frozenset(raw.get("reported_act_types", [])),   # PLOVER types (component._speaker_of_reported_act)
        "idle_entity_types": frozenset(idle),   # entity types, not words (component._acting)
        "media_heads": frozenset(tuple(n(w) for w in p.split()) for p in raw["media_heads"]),
        "correspondent_heads": frozenset(tuple(n(w) for w in p.split()) for p in raw["correspondent_heads"]),
        "media_act_types": frozenset(raw["media_act_types"]),   # PLOVER types, not words
        "reaction_verb_types": frozenset(raw["reaction_verb_types"]),   # PLOVER types, not words
        "patient_person_nouns": frozenset(_bare(n(w)) for w in raw["patient_person_nouns"]),
        "source_spoken_types": frozenset(raw.get("source_spoken_types", [])),   # PLOVER types, not words
        "agent_lam_nouns": frozenset(_bare(n(w)) for w in raw["agent_lam_nouns"]),
        "other_act_words": frozenset(n(w) for w in raw["other_act_words"]),
        "frame_openers": frozenset(n(w) for w in raw["frame_openers"]),
        "joined_clause_openers": frozenset(n(w) for w in raw["joined_clause_openers"]),
        "repelling_verbs": frozenset(n(w) for w in raw["repelling_verbs"]),
        "claimed_act_types": frozenset(raw["claimed_act_types"]),   # PLOVER types, not words
        "capital_genitive_agent_types": frozenset(raw.get("capital_genitive_agent_types", [])),   # PLOVER types
        "platform_names": frozenset(tuple(n(w) for w in p.split()) for p in raw["platform_names"]),
        "retold_attack_types": frozenset(raw.get("retold_attack_types", [])),   # PLOVER types (component._retold_by_unnamed)
        "retold_claimant_sectors": frozenset(raw.get("retold_claimant_sectors", [])),   # entity sectors, not words
        "retold_apart_words": frozenset(n(w) for w in raw["retold_apart_words"]),
        "relative_agreement": _relative_agreement(raw.get("relative_agreement", {})),
        **{key: frozenset(n(w) for w in raw[key]) for key in _ACTOR_WORD_LISTS},
    }


def _relative_agreement(raw: Any) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """arguments.yaml relative_agreement: relative → (its forms of كان, the pronouns that resume it)."""
    if not isinstance(raw, dict) or not all(
            isinstance(v, dict) and set(v) == {"kana", "resumers"}
            and all(isinstance(w, str) and w for key in ("kana", "resumers") for w in v[key]) for v in raw.values()):
        raise ValueError("arguments.yaml: relative_agreement maps a relative to {kana: [word], resumers: [pronoun]}")
    n = normalise_word
    return {n(k): (frozenset(n(w) for w in v["kana"]), frozenset(n(w) for w in v["resumers"])) for k, v in raw.items()}


def _mover_forms(stems) -> frozenset[str]:
    """The finite forms of verbs of moving from their past stems: توجه → توجه، توجهت، توجهوا،
    توجها، يتوجه، تتوجه؛ انتشر → ينتشر، تنتشر (the alef of forms VII, VIII, X drops)."""
    forms = set()
    for stem in stems:
        forms.update({stem, stem + "ت", stem + "وا", stem + "ا"})
        rest = stem[1:] if stem.startswith("ا") else stem
        forms.update(prefix + rest + ending for prefix in ("ي", "ت") for ending in ("", "ون", "ان"))
    return frozenset(forms)


def _type_recipients(raw: Any) -> dict[str, tuple[str, ...]]:
    """arguments.yaml type_recipients: a PLOVER type → its recipient's prepositions, normalised."""
    if not isinstance(raw, dict) or not all(isinstance(v, list) and v and all(isinstance(w, str) and w for w in v)
                                            for v in raw.values()):
        raise ValueError("arguments.yaml: type_recipients maps PLOVER types to lists of prepositions")
    return {kind: tuple(normalise_word(w) for w in words) for kind, words in raw.items()}


_HONORIFIC_PRONOUNS = ("ه", "ها")


def _honorific_forms(heads) -> dict[str, frozenset[str]]:
    """An honorific head's written forms → the pronouns that may follow it split off: "سمو"
    (سمو|ه), "جلاله" → "جلالت" (جلالت|ه), and the unsplit "سموه", "جلالته", "معاليه" (→ none)."""
    forms: dict[str, frozenset[str]] = {}
    for head in heads:
        stem = head[:-1] + "ت" if head.endswith("ه") else head
        forms[stem] = frozenset(_HONORIFIC_PRONOUNS)
        for pronoun in _HONORIFIC_PRONOUNS:
            forms[stem + pronoun] = frozenset()
    return forms


@lru_cache(maxsize=1)
def _agent_cues() -> tuple[frozenset, frozenset]:
    """The passive agent cues of triggers.yaml and arguments.yaml, and their first words."""
    cues = frozenset(triggers()["agent_cues"]) | arguments()["agent_cues"]
    return cues, frozenset(c[0] for c in cues)


class _Args(MentionIndex):
    """Entity mentions of one sentence, indexed by word position."""

    _cues: list[int] | None = None
    _places: list[tuple[int, Mention]] | None = None
    text: str = ""                                            # the article text the words index
    timed: Callable[[int, int], bool] | None = None           # (start, end) → a time stands there
    in_time: Callable[[int, int], bool] | None = None         # (start, end) → inside a time expression

    def agent_cues(self) -> list[int]:
        """Word positions of the passive agent cues ("على يد"، "من قبل"), once a sentence."""
        if self._cues is None:
            t, words = triggers(), self.words
            cues, firsts = _agent_cues()
            single = arguments()["single_agent_cues"]
            self._cues = [j for j in range(len(words) - 1)
                          if words[j].norm in single or j < len(words) - 2 and words[j].norm in firsts
                          and (words[j].norm, words[j + 1].norm) in cues]
        return self._cues

    def places(self) -> list[tuple[int, Mention]]:
        """(position of the preposition, place) of every "في/من/على … + a place", once a sentence."""
        if self._places is None:
            prepositions, words = triggers()["place_prepositions"], self.words
            found = []
            for j in range(len(words) - 1):
                if words[j].norm in prepositions:
                    place = self.at(j + 1)
                    if place and place[0].type in PLACE_TYPES:
                        found.append((j, place[0]))
            self._places = found
        return self._places

    def compound(self, i: int, kinds: set[str]) -> tuple[list[Mention], int]:
        """Mentions at i joined by و: "إسرائيل وحماس" → both."""
        found = self.at(i)
        if not found or found[0].type not in kinds:
            return [], i
        mentions, end = [found[0]], found[1]
        while end + 1 < len(self.words):
            end = self._past_apposition(end, mentions[-1])
            if end + 1 >= len(self.words) or self.words[end].norm != "و":
                break
            more = self.at(end + 1) or self._titled_next(end + 1, mentions[-1])
            if not more or more[0].type not in kinds:
                break
            mentions.append(more[0])
            end = more[1]
        return mentions, end

    def _past_apposition(self, end: int, mention: Mention) -> int:
        """Past a person's office written after the name and before و ("الشيخ محمد بن زايد آل نهيان
        رئيس الدولة والرئيس الفرنسي …"): the و's position, so the list goes on; else `end`."""
        words = self.words
        if mention.type != "PER" or end >= len(words) or not _title_word(words[end].norm):
            return end
        stops = triggers()["frame_stops"]
        for j in range(end + 1, min(end + _TITLE_REACH, len(words) - 1)):
            word = words[j]
            if word.is_punct or word.norm in stops and word.norm != "و":
                return end
            if word.norm == "و":
                return j if j > end + 1 else end
            found = self.at(j)
            if found and found[0].type == "PER":
                return end                        # a name: the office is another's ("رئيس الوزراء X")
        return end

    def _titled_next(self, k: int, mention: Mention) -> tuple[Mention, int] | None:
        """A person after their title, joined by و to a party ("جو بايدن ووزير خارجيته
        أنتوني بلينكن"، "الاتحاد الأفريقي والأمين العام للأمم المتحدة أنطونيو غوتيريش"): that
        person's mention.  After a body or a state, only where a title word opens the phrase;
        a body or a nisba inside the title ("وزير خارجية قطر") is crossed."""
        if mention.type != "PER" and not (k < len(self.words) and _title_word(self.words[k].norm)):
            return None
        stops = triggers()["frame_stops"]
        j, limit = k, min(k + 3, len(self.words))
        while j < limit:
            word = self.words[j]
            body = self.at(j + 1) if word.norm == "ل" and j > k else None
            if body and body[0].type in ("ORG", "GPE"):   # "الأمين العام للأمم المتحدة": the body the title serves
                j, limit = body[1] - 1, min(limit + body[1] - j - 1, len(self.words))
                continue
            if word.is_punct or word.norm in stops or word.norm == "و":
                return None
            more = self.at(j + 1)
            if more and (more[0].via == "nisba" or more[0].type in ("ORG", "GPE")):
                # the title's nisba or body: "ونظيره الصيني شي جين بينغ"، "والأمين العام للأمم المتحدة"
                j, limit = more[1] - 1, min(limit + more[1] - j - 1, len(self.words))
                continue
            if more:
                return more if more[0].type == "PER" else None
            j += 1
        return None

    def compound_before(self, last: int, kinds: set[str]) -> list[Mention]:
        """Mentions ending at word `last` joined by و: "روسيا وأوكرانيا اتفقتا" → both."""
        found = self.ends.get(last)
        if not found or found[0].type not in kinds:
            return []
        mentions, first = [found[0]], found[1]
        while first >= 2:
            link = self._titled_link(first, mentions[0])
            more = self.ends.get(link - 1) if link is not None else None
            if not more or more[0].type not in kinds:
                break
            mentions.insert(0, more[0])
            first = more[1]
        return mentions

    def _titled_link(self, first: int, mention: Mention) -> int | None:
        """The و joining a mention at word `first` to the one before: right before it, or
        before the person's title ("نجيب ميقاتي ووزير الخارجية عبد الله بوحبيب")."""
        words = self.words
        if words[first - 1].norm == "و":
            return first - 1
        if mention.type != "PER":
            return None
        stops = triggers()["frame_stops"]
        for k in range(first - 1, max(0, first - 4), -1):
            word = words[k]
            if word.is_punct or word.norm in stops or self.ends.get(k):
                return None
            if word.norm == "و":
                before = self.ends.get(k - 1)
                return k if before and before[0].type == "PER" and k < first - 1 else None
        return None


@lru_cache(maxsize=65536)
def _verb_lookup(norm: str, raw_lemma: str) -> tuple[dict | None, str]:
    """A verb by its lemma, else by stripping the imperfect prefix or the feminine past -ت;
    a conjunction the segmenter left on (ودعا، ودعت: ودع is a word too) comes off."""
    t = triggers()
    verbs = t["verbs"]
    lemma = _n(raw_lemma)
    if _listed_participle(lemma):                 # the feminine too: داعية → داعي → دعا
        lemma = t["participles"].get(lemma) or t["participles"][lemma[:-1]]
    if norm.startswith("ال") and not lemma.startswith("ال"):
        return None, lemma                       # a word with the article is a noun ("الحذر")
    if any(_fail_pattern(form, lemma) for form in _conjunction_forms(norm)):
        return None, lemma                       # فعيل is never a verb: "رحيل الحكومة" (departing), not رحّل (deported)
    if any(_agents_plural(form, lemma) for form in _conjunction_forms(norm)):
        return None, lemma                       # "أمهات وأطفال وطلاب": students, not طالب (demanded)
    if _hollow_agents_plural(norm, lemma):
        return None, lemma                       # "يستقبل المعرض زواره": its visitors, not زاره (visited him)
    if len(norm) > 3 and norm[0] == "م" and (norm[1:] == lemma or lemma[0] == "ا" and norm[1:] == lemma[1:]):
        return None, lemma                       # م + the verb's stem is its participle: "خطوة مرحب بها"، "مهاجم"; so
        #                                          with the alef of forms IV and VIII off: "بحق مدان"، "محتج"، "منقذ"
    if lemma.startswith("ال") and len(norm) == len(lemma) + 1 and norm[-2] == "ا" and norm.startswith("ال"):
        return None, lemma                       # the masdar of a form VIII verb in الت: التماس، التقاء (not التمس)
    if _receiving(norm):
        return None, lemma                       # "تسلّم الرئيس مهامه"، "تسلموا قائمة": received, not handed over
    if any(_indefinite(form) in t["governors"] for form in _conjunction_forms(norm)):
        return None, lemma                       # "ووفقًا لبيانات …": according to, not the verb وافق
    spec = verbs.get(lemma)
    if spec and spec.get("suffixed_only") and norm == lemma:
        return _verb_by_stem(norm) or (None, lemma)   # "لم توافق": the imperfect of وافق, not the past of توافق
    if spec:
        if (norm == lemma or norm == lemma + "ا") and lemma in t["bare_ambiguous"]:
            return None, lemma                   # "فجرا" (at dawn), "دعما": the accusative noun, not the dual verb
        if norm == lemma + "ا" and lemma[0] == "ت":
            return None, lemma                   # "تضامنا مع الأسرى": the masdar of form V or VI, "in solidarity"
        return spec, lemma
    if norm in verbs and norm not in t["bare_ambiguous"]:
        return verbs[norm], norm                  # a past form the lexicon took for another verb: تشاور (not شاور)
    found = _verb_by_stem(norm)
    if found:
        return found
    if len(norm) == 3 and norm[0] in "وف" and norm[1:] in verbs:
        return verbs[norm[1:]], norm[1:]          # a doubled verb with its conjunction, its pronoun split off: "وحث|ها"
    if len(norm) > 3 and norm[0] in "وف":
        from khabar.text.lexicon import default_lexicon

        rest = norm[1:]
        inner = default_lexicon().lemma(rest) or rest
        if inner != norm and inner in verbs and not (rest == inner and inner in t["bare_ambiguous"]) \
                and not _fail_pattern(rest, inner):
            return verbs[inner], inner
        found = _verb_by_stem(rest)
        if found:
            return found
    return None, lemma


def _him_object(args: "_Args", i: int) -> tuple[dict, str] | None:
    """A verb with the object pronoun ه on it, as the text writes it ("كما وصفه الأمين العام بأنه"،
    "اتهمه"، "ووصفه"): (its spec, lemma), where the stem before ه is a listed verb of four letters or
    more, or one whose listed `needs` words must follow (its noun reading, "his description", meets
    them no less).  Read only off the written ه, never a ة the normaliser makes ه (وصفة، قتلة), and
    not a bare ambiguous form (دعمه "his support") nor a three-letter stem without needs (قتله "his
    killing" as often as "killed him"); else None."""
    found = _him_stem(args.words[i].norm)
    if found is None:
        return None
    raw = _written(args, i)
    return found if raw and raw[-1] == "ه" else None


def _relative_him(words: list[Word], i: int, args: "_Args") -> tuple[dict, str] | None:
    """A three-letter verb with the written object pronoun ه right after a relative pronoun ("الشاب
    الذي قتله مسلحون"، "المنزل الذي قصفه الطيران"): the relative clause opens with its verb, and the
    pronoun resumes the head noun, so the form is the verb with its object, not the verbal noun with a
    possessive ("قتله" "his killing", which _him_object leaves out); so too right before unnamed people
    in the nominative sound plural ("قتله مسلحون"، "خطفه مجهولون": a verb's subject, never a noun's
    genitive, as _nominative_agents reads "رشق محتجون"): (spec, lemma), else None.  Not a bare ambiguous nor a bare-object form (their noun reading stays)."""
    if not _relative_him_shape(words, i):
        return None
    norm, raw = words[i].norm, _written(args, i)
    if not raw or raw[-1] != "ه":
        return None
    t = triggers()
    stem = norm[:-1]
    spec = t["verbs"].get(stem)
    if spec is None or stem in t["bare_ambiguous"] or spec.get("bare_object"):
        return None
    return spec, stem


def _relative_him_shape(words: list[Word], i: int) -> bool:
    """Word i has the shape `_relative_him` reads: four letters ending in ه, right after a relative pronoun
    or right before unnamed people in the nominative plural."""
    norm = words[i].norm
    return len(norm) == 4 and norm.endswith("ه") \
        and (i > 0 and words[i - 1].norm in _NAMED_RELATIVES or _nominative_agents(words, i + 1))


def _written(args: "_Args", i: int) -> list[str]:
    """The letters of word i as the text writes them, short vowels left out (its shadda kept)."""
    word = args.words[i]
    return [c for c in args.text[word.start:word.end] if c not in _HARAKAT]


@lru_cache(maxsize=65536)
def _him_stem(norm: str) -> tuple[dict, str] | None:
    """The verb a form ending in ه is with that ه its object pronoun (_him_object's conditions but the
    written ه): (spec, lemma), else None.  Cached: the candidate scan (_inert) reads it for every form."""
    if len(norm) < 4 or not norm.endswith("ه"):
        return None
    t = triggers()
    for stem in (norm[:-1], norm[1:-1]) if norm[0] in "وف" else (norm[:-1],):
        if stem in t["bare_ambiguous"] or len(stem) < 3:
            continue
        found = (t["verbs"][stem], stem) if stem in t["verbs"] else _verb_by_stem(stem)
        if found and (len(found[1]) >= 4 or found[0].get("needs")) and not found[0].get("bare_object"):
            return found
    return None


def _form_v_reading(norm: str, found: tuple[dict | None, str]) -> bool:
    """A verb marked `no_form_v` read through its ت-prefixed form (توجّه، توجهت، يتوجه): that is form V
    ("headed to"), not the imperfect of the listed form II (وجّه "directed")."""
    spec, stem = found
    return bool(spec and spec.get("no_form_v")) and ("ت" + stem) in norm


def _object_pronoun_reading(norm: str, found: tuple[dict | None, str]) -> bool:
    """A verb marked `bare_object` (its needed word is its object: وجّه الجهات) read with an object
    pronoun on it (وجهتها، وجهه): as often the noun with its pronoun (وِجهتها "its destination"), and
    never the verb with its listed object."""
    spec, stem = found
    if not (spec and spec.get("bare_object")):
        return False
    for pronoun in _ATTACHED_PRONOUNS:
        rest = norm[:-len(pronoun)]
        if norm.endswith(pronoun) and len(rest) >= len(stem) and (rest == stem or _verb_by_stem(rest)):
            return True
    return False


def _retypes(spec: dict) -> list:
    """A trigger's retype rules, [list name, TYPE, mode]: `retype`, then `retype_also` (a verb with two
    other senses: استدعى reservists, استدعى for questioning)."""
    rules = spec.get("retype_also", [])
    return [spec["retype"], *rules] if spec.get("retype") else rules


def _fail_pattern(norm: str, lemma: str) -> bool:
    """The form فعيل of a three-letter root (رحيل، قتيل، أسير): a masdar or an adjective of form I, no verb."""
    return len(norm) == 4 and len(lemma) == 3 and norm == lemma[:2] + "ي" + lemma[2]


def _fuul_masdar(word: Word) -> bool:
    """The masdar فُعول of a three-letter verb (وقوف of وقف، الوقوف), which the lexicon gives the verb's lemma."""
    norm, lemma = _unarticled(word.norm), _n(word.lemma or "")
    return len(lemma) == 3 and norm == lemma[:2] + "و" + lemma[2]


def _agents_plural(norm: str, lemma: str) -> bool:
    """The broken plural فعّال of an agent noun فاعل (طلاب of طالب، عمال of عامل، حكام of حاكم),
    which the lexicon gives the agent noun's lemma, shared with a form-III verb: a noun, no verb."""
    return len(lemma) == 4 and lemma[1] == "ا" and norm == lemma[0] + lemma[2] + "ا" + lemma[3]


def _hollow_agents_plural(norm: str, lemma: str) -> bool:
    """The broken plural فُعّال of a hollow verb's agent noun (زوّار of زائر، قوّاد of قائد), with a pronoun
    on it or not, which the lexicon gives the verb's lemma (زار): C و ا C is no form of the verb."""
    return len(lemma) == 3 and lemma[1] == "ا" and norm.startswith(lemma[0] + "و" + lemma[1:])


def _receiving(norm: str) -> bool:
    """A past form of a verb of receiving (تسلّم، تسلمت، تسلموا، استلم), which the stem rules
    would read as the verb without its prefix (سلّم "handed over")."""
    receive = triggers()["receive"]
    return norm in receive or any(norm.endswith(e) and norm[:-len(e)] in receive for e in ("ت", "وا", "ا"))


def _participle(word: Word) -> dict | None:
    """م + stem (+ ا/ة/ين): محذرا → حذر, متهما → اتهم, منتقدا → انتقد, متهمين (a plural
    subject's ḥāl: "وهتفوا ضد السلطة، متهمين إياها بالتقصير")."""
    norm = word.norm
    if len(norm) < 5:
        return None
    for ending in ("ا", "ه", "ين"):               # the circumstantial accusative (حال), not a noun
        if norm.endswith(ending):
            stem = norm[:-len(ending)]
            break
    else:
        return None
    verbs = triggers()["verbs"]
    if norm[0] != "م":
        # form I's فاعل: C ا C C (رافضا → رفض، شاكرة → شكر), when the lexicon has no verb of
        # form III spelt so (طالبا، هاجما are those verbs' own forms)
        if len(stem) == 4 and stem[1] == "ا" and stem not in verbs:
            return verbs.get(stem[0] + stem[2:])
        return None
    stem = stem[1:]
    spec = verbs.get(stem) or verbs.get("ا" + stem)
    if spec is None and stem[-1:] in ("ئ", "ؤ"):   # a last-radical hamza sits on ي/و in the participle,
        spec = verbs.get(stem[:-1] + "ا")           # on ا in the lemma: مهنئا → هنأ، منشئا → أنشأ
    if spec is None and len(stem) == 3 and stem[1] == "ي":
        spec = verbs.get("ا" + stem[0] + "ا" + stem[2])   # a hollow form IV: مشيدا → أشاد
    return None if spec and spec.get("no_participle") is True else spec   # "، متعهدا بمكافحة الفساد": a manner of saying


@lru_cache(maxsize=65536)
def _lexical(norm: str, raw_lemma: str) -> tuple[set | None, bool, tuple[dict | None, str], dict | None]:
    """What the lexicon says of one word form, once per form: the nouns it takes as a
    light verb, whether an event noun may start at it, its verb spec and lemma, its
    participle spec."""
    t = triggers()
    lemma = _n(raw_lemma)
    light = t["light"].get(norm) or (None if _form_iv_masdar(norm) else t["light"].get(lemma))
    # (the lemmatiser's other reading: أنحى → نحى; a form IV masdar is no verb: "بإضرام النار")
    if light is None and not _form_iv_masdar(norm):
        found = _verb_by_stem(norm, t["light"])
        if found is None and len(norm) > 3 and norm[0] in "وف":   # a conjunction left on: ووجهت، وحشدت
            found = (t["light"].get(norm[1:]), norm[1:]) if norm[1:] in t["light"] else _verb_by_stem(norm[1:], t["light"])
        light = found[0] if found else _light_participle(norm)
    nominal = norm in t["noun_first"] or _indefinite(norm) in t["noun_first"] or \
        _construct(norm) in t["noun_first"] or _bare(norm) in t["relative_nouns"] or \
        _governed(norm) in t["noun_first"] or _dual_singular(norm) is not None or \
        norm in t["bare_ambiguous"] and bool(t["verbs"].get(norm, {}).get("needs"))   # "بنشر قوات": its masdar
    verb = (None, lemma) if _plural_noun(norm, lemma) else _verb_lookup(norm, raw_lemma)
    if _form_v_reading(norm, verb) or _object_pronoun_reading(norm, verb):
        verb = (None, lemma)                      # "وتوجه الوزير إلى"، "تغير وجهتها": no directive (session 20)
    return light, nominal, verb, _participle(Word(norm, 0, 0))


def _light_participle(norm: str) -> set | None:
    """The nouns of the light verb whose active participle (the ḥāl: مُعرِبًا، موجِّهًا) a form is:
    م + the stem, its form IV alef restored (معربا → أعرب، موجها → وجّه), + ا/ة/ين."""
    if len(norm) < 5 or norm[0] != "م":
        return None
    light = triggers()["light"]
    for ending in ("ا", "ه", "ين"):
        if norm.endswith(ending):
            stem = norm[1:-len(ending)]
            return light.get(stem) or light.get("ا" + stem)
    return None


def _form_iv_masdar(norm: str) -> bool:
    """إفعال (اضرام، اشعال، ارسال): the masdar of a form IV verb, a noun; a light verb's masdar
    codes only as listed itself ("إرسال قوات")."""
    return len(norm) == 5 and norm[0] == "ا" and norm[3] == "ا"


@lru_cache(maxsize=65536)
def _inert(norm: str, raw_lemma: str) -> bool:
    """A word that can start no trigger (most words): one cached look-up."""
    light, nominal, (verb, _), participle = _lexical(norm, raw_lemma)
    return light is None and not nominal and verb is None and participle is None and _ambiguous_verb(norm) is None \
        and _form_iv_lemma(norm) is None and _him_stem(norm) is None


@lru_cache(maxsize=65536)
def _ambiguous_verb(norm: str) -> str | None:
    """A bare form the lexicon reads as a noun too (bare_ambiguous: علق، رشق، سجن), with a
    conjunction the segmenter left on or not: the verb's lemma, else None."""
    t = triggers()
    for form in (norm, norm[1:]) if len(norm) > 3 and norm[0] in "وف" else (norm,):
        if form in t["bare_ambiguous"] and form in t["verbs"]:
            return form
    return None


def _reflexive_verb(words: list[Word], i: int) -> str | None:
    """A bare ambiguous form (bare_ambiguous: فجر، قيد) with a reflexive object (reflexives: نفسه، نفسها)
    right after it, or after one indefinite word, its subject ("إن الانتحاري فجر نفسه"، "فجّر أحدهم
    نفسه"): the verb's lemma, wherever it stands.  The noun reading takes نفس only after a definite word
    ("فجر اليوم نفسه": the same dawn), and an indefinite noun cannot take it; else None."""
    lemma = _ambiguous_verb(words[i].norm)
    if lemma is None or i + 1 >= len(words):
        return None
    reflexives, after = triggers()["reflexives"], words[i + 1]
    if after.norm in reflexives:
        return lemma
    if after.is_punct or after.norm.startswith("ال") or after.norm in triggers()["time_skip"]:
        return None
    return lemma if i + 2 < len(words) and words[i + 2].norm in reflexives else None


def _opening_verb(words: list[Word], i: int, args: "_Args") -> str | None:
    """A bare ambiguous form that opens its sentence (after و/ف at most) with a named party right
    after it is the verb before its subject ("وعلق الاتحاد الإفريقي عضوية …"، "ورشق شبان …" after
    a name): Arabic news puts the verb first; a masdar opening a sentence is rare.  Its lemma."""
    lemma = _ambiguous_verb(words[i].norm)
    if lemma is not None and _asks_of(words, i, lemma):
        return lemma                              # "، وطلب منه إتاحة الفرصة": its preposition with a pronoun
    subordinated = _subordinated(words, i)
    if lemma is None or i + 1 >= len(words) or not (_opens(words, i) or _side_opened(words, i) or subordinated):
        return None
    found = args.starts.get(i + 1)
    if (found is None or found[0].type == "GROUP") and _plural_agent(words, i + 1):
        return lemma                              # "وفجر انتحاري نفسه": people unnamed, its subject (no
        #                                           genitive of a construct noun: "فجر اليوم"), read as
        #                                           a group or not (round 18b: entities read انتحاري)
    if subordinated and (found and found[0].type == "PER" and found[0].via != "nisba"
                         or found is None and _agent_head(words[i + 1].norm)):
        return lemma                              # "حين فجر العبدلي حزاما ناسفا"، "لما منع الدرك المحتجين": a person
        #                                           or a force after the conjunction's bare form is its subject
        #                                           (the dawn of a day names neither)
    if lemma in triggers()["construct_nouns"] and not (lemma in triggers()["titled_construct_verbs"]
                                                       and _title_word(words[i + 1].norm)):
        return None                               # "وثمن ملك البحرين": a verb before a title (not "ثمن النفط")
    if found is None and _title_word(words[i + 1].norm) and not _opening_noun_clause(words, i):
        return lemma                              # "وطلب رئيس الجمهورية العماد ميشال عون من …": a title opens its subject
    return lemma if found and found[0].type in ACTOR_TYPES and found[0].via != "nisba" else None


def _subordinated(words: list[Word], i: int) -> bool:
    """Word i opens a clause right after a subordinating conjunction (subordinators: "بعدما رشق محتجون"،
    "حين فجر انتحاري"), or after "بعد أن"، "قبل أن": a verb's place, before its subject."""
    if i == 0:
        return False
    t = triggers()
    return words[i - 1].norm in t["subordinators"] or _sequel(words, i - 1)


def _agent_head(norm: str) -> bool:
    """A definite head of a force or an authority (agent_heads: الشرطة، الجيش، الدرك، القوات)."""
    return norm.startswith("ال") and norm[2:] in triggers()["agent_heads"]


def _plural_agent(words: list[Word], j: int) -> bool:
    """Unnamed people at word j, a verb's subject (plural_agents: "مسلحون"، "انتحاري"), or counted
    before it, their noun then in the genitive plural ("ثلاثة انتحاريين"، "خمسة مسلحين")."""
    agents = triggers()["plural_agents"]
    if words[j].norm in agents:
        return True
    if j + 1 >= len(words) or words[j].norm not in triggers()["count_words"]:
        return False
    noun = words[j + 1].norm
    return noun.endswith("ين") and (noun[:-2] + "ون" in agents or noun[:-2] in agents)


def _nominative_agents(words: list[Word], j: int) -> bool:
    """Unnamed people in the nominative sound plural at word j ("رشق محتجون"، "رشق مواطنون غاضبون"): a verb's
    subject, never a masdar's genitive (which would be -ين), so the bare form before them is the verb (round s28)."""
    return j < len(words) and words[j].norm.endswith("ون") and _plural_agent(words, j)


def _side_opened(words: list[Word], i: int) -> bool:
    """Word i opens its sentence after a speaker's aside (side_openers: "من جهته، طلب …"، "بدوره، علق
    …"، "ومن جانبها،"): the aside, its pronoun and its comma before it, and nothing else."""
    k = 1 if i > 0 and words[0].norm in ("و", "ف") else 0
    head = [w.norm for w in words[k:i]]
    if not head or head[-1] not in ("،", ","):
        return False
    if len(head) == 4 and head[-2] in PRONOUNS:   # "من جهت ه ،": the pronoun split off
        aside = head[-3]
    elif len(head) == 3:                          # "ب دوره ،": the pronoun left on
        aside = next((head[-2][:-len(p)] for p in _ATTACHED_PRONOUNS if head[-2].endswith(p)), "")
    else:
        return False
    return aside in triggers()["side_openers"] and head[0] in ("من", "ب")


def _asks_of(words: list[Word], i: int, lemma: str) -> bool:
    """The bare form right before the verb's own recipient preposition with a pronoun on it ("وطلب منه
    إتاحة الفرصة"، "طلب منهم المغادرة"): only the verb takes its recipient so; not after a preposition
    ("بناء على طلب منه": the noun)."""
    recipient = triggers()["verbs"][lemma].get("recipient")
    if not (i + 2 < len(words) and recipient not in (None, "object") and words[i + 1].norm == _n(recipient)) \
            or i > 0 and words[i - 1].norm in PREPOSITIONS:
        return False
    return words[i + 2].norm in PRONOUNS or recipient == "من" and _asker_before(words, i)


def _asker_before(words: list[Word], i: int) -> bool:
    """The bare form before من and a noun ("طلب من قادة الجيش إعداد خطط") is the verb when its subject stands before
    it or is the pronoun of أنّ/إنّ: after أنه/إنها (asking_subjects), after a definite noun ("إن المستشفى طلب من
    المواطنين التبرع"), or opening its sentence after و; the noun "طلب من X" (X asked) stands after a preposition or a
    noun that governs it ("بعد طلب من الحكومة"، "بطلب من فرنسا": _asks_of's own guard) (round s27)."""
    if words[i + 2].norm in ("اجل", "جانب") or _number(words[i + 2].norm):
        return False                              # "طلب من أجل"، "من جانب": a compound preposition
    before = words[i - 1].norm if i > 0 else ""
    return before in triggers()["asking_subjects"] or i == 1 and before == "و" \
        or before.startswith("ال") and not words[i - 1].is_punct and _finite_after_subject(words, i)


def _finite_after_subject(words: list[Word], i: int) -> bool:
    """The definite noun before word i is a subject, not the head of an idafa: a complementizer or a verb of saying
    opens its clause within three words before it ("وأضاف أن المستشفى طلب")."""
    return any(w.norm in triggers()["asking_subjects"] for w in words[max(0, i - 4):i - 1])


def _opening_noun_clause(words: list[Word], i: int) -> bool:
    """The bare form opening its sentence is a noun with its genitive, the subject of a verb right
    after the title's phrase ("وطلب رئيس الوزراء جاء بعد …"): a finite verb within the next three words."""
    return any(not w.norm.startswith("ال") and _finite(w) for w in words[i + 2:i + 5])


class _InertWords(dict):
    """(norm, lemma) → whether the word can start no trigger: a plain dict look-up once a
    word form is known (the candidates of every sentence are read through it)."""

    def __missing__(self, key: tuple[str, str]) -> bool:
        value = self[key] = _inert(key[0], key[1] or key[0])
        return value


_INERT = _InertWords()


@lru_cache(maxsize=65536)
def _bare(norm: str) -> str:
    """A noun without its article and accusative alef: العملية → عمليه, هجوما → هجوم."""
    return _indefinite(norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm)


@lru_cache(maxsize=65536)
def _governed(norm: str) -> str:
    """A noun with the preposition ب the segmenter left on it, without it (بوساطة → وساطة), or
    ل before a listed one-word event noun ("تعرضت دورية لكمين" → كمين: the segmenter splits ل only
    before a word its lexicon knows; not the head of a longer phrase: "اتفاقا لوقف إطلاق النار" is
    the agreement's purpose, no ceasefire of its own); other words as they are."""
    t = triggers()
    if len(norm) >= 5 and norm[0] == "ب" and norm not in t["noun_first"]:
        return _indefinite(norm[1:])
    if len(norm) >= 5 and norm[0] == "ل" and norm[1] != "ل" and norm not in t["noun_first"]:
        stem = _indefinite(norm[1:])
        if stem in t["noun_first"] and t["noun_length"].get(stem, 1) == 1:
            return stem
    return norm


@lru_cache(maxsize=65536)
def _dual_singular(norm: str) -> str | None:
    """The listed single-word event noun whose dual the word is (التفجيرين → التفجير، الهجومان → الهجوم،
    الغارتين → الغاره), None if it is none.  A stem of three letters at least without its article; not
    one opening with م, whose -ين is a participle's plural ("المعتقلين"، "محتجين"), no dual."""
    if len(norm) < 5 or not norm.endswith(("ين", "ان")) or norm in triggers()["noun_first"]:
        return None
    stem = norm[:-2]
    nouns = triggers()["nouns"]
    for singular in ((stem[:-1] + "ه",) if stem.endswith("ت") else ()) + (stem,):
        if len(_bare(singular)) >= 3 and not _bare(singular).startswith("م") and (singular,) in nouns:
            return singular
    return None


_PRONOUN_ENDS = frozenset("هام")


@lru_cache(maxsize=65536)
def _construct(norm: str) -> str:
    """A noun before an attached pronoun, as listed: a feminine noun's ة is written ت there (زيارته →
    زيارت + ه), and a final hamza sits on a seat, ئ in the genitive, ؤ in the nominative (لقائه، استدعائها،
    لقاؤه → لقاء)."""
    if len(norm) > 3 and norm.endswith("ت"):
        return norm[:-1] + "ه"
    for pronoun in ("", "هما", "هم", "ها", "ه"):  # the segmenter leaves a pronoun on a seat it does not know: لقاؤه
        stem = norm[:-len(pronoun)] if pronoun else norm
        if len(stem) > 3 and stem.endswith(("ئ", "ؤ")) and norm.endswith(pronoun):
            return stem[:-1] + "ء"
    return norm


_FORCEFUL_SENSES = ("ASSAULT", "COERCE")


def _rescues(spec: dict) -> bool:
    """An AID verb done to its object ("أنقذ"، "أجلى"، "نقل"، "أسعف"): a counted noun right after
    it is who is helped, as a counted noun after an arrest is who is arrested."""
    return spec["type"] == "AID" and spec.get("recipient") == "object"


def _sporting(words: list[Word], end: int) -> bool:
    """The act's target, after a preposition in its clause at most six words on, is a goal (goals: "هجوم كاسح
    على مرمى المنافس"، "قصف اللاعب الكرة في الشباك"، "فرض الفريق حصارا على مرمى الضيوف"): the sports sense of
    an attack, a shot or a siege, no act of force.  (Not any word of a match: fans killed after a match,
    a football pitch struck are acts of force.)"""
    goals = triggers()["goals"]
    for k in range(end, min(len(words) - 1, end + 6)):
        if words[k].is_punct:
            break
        if words[k].norm in ("علي", "في", "نحو", "الي") and _plain(words[k + 1].norm) in goals:
            return True
    return False


def _charged(words: list[Word], i: int) -> bool:
    """Word i names what a suspect is suspected of: a word of suspicion right before its ب ("توقيف
    المشتبه فيهم بإضرام النار"): an act alleged, no event the text tells.  (An act named after a charge,
    "بتهمة رشقهم بالحجارة", stays an act: the batteries and the dev gold code it.)"""
    t = triggers()
    suspected = t["suspected"]
    if i > 2 and words[i - 1].norm == "في":      # "للاشتباه بمشاركتهما في إطلاق النار": a share in it suspected
        k = i - 3 if words[i - 2].norm in PRONOUNS else i - 2
        return k > 0 and words[k].norm in t["complicity"] and any(w.norm in suspected for w in words[max(0, k - 3):k])
    return i > 1 and words[i - 1].norm == "ب" and any(w.norm in suspected for w in words[max(0, i - 5):i - 1])


def _indefinite_nisba(norm: str) -> bool:
    """An indefinite nisba adjective (حوثي، إسرائيليون، روسية): no article, four letters or more, its ending."""
    return len(norm) >= 4 and not norm.startswith("ال") and norm.endswith(("ي", "يه", "يون", "يين"))


def _pronoun_follows(words: list[Word], j: int) -> bool:
    """An attached pronoun split off right after word j ("قبضت|ها"): word j is then a construct form."""
    return j + 1 < len(words) and words[j + 1].norm in PRONOUNS


def _plural_noun(norm: str, lemma: str) -> bool:
    """A sound feminine plural (صادرات "exports", ضربات): a noun, never the verb of its stem."""
    return len(norm) > 4 and norm.endswith("ات") and not lemma.endswith("ات")


_FIRST_SINGULAR_CUES = frozenset({"لن", "ولن", "فلن", "س", "وس", "سوف", "وسوف"})


def _first_singular(words: list[Word], i: int) -> bool:
    """Word i is an imperfect in the first person singular right after لن or the future's س/سوف
    ("لن أسمح"، "سأرد"، "لن أقبل"): the alef is its prefix, as ي/ت/ن are of other persons.  Only
    there: elsewhere a four-letter word in أ is as often a form IV past (أخرج، أقبل)."""
    norm = words[i].norm
    return len(norm) >= 3 and norm[0] == "ا" and not norm.startswith("ال") and i > 0 \
        and words[i - 1].norm in _FIRST_SINGULAR_CUES


def _match_trigger(words: list[Word], i: int, args: "_Args") -> tuple[dict, int, str, list | None] | None:
    """(spec, index after the trigger, kind, the subject inside a light-verb phrase)."""
    word = words[i]
    if word.is_punct:
        return None
    light, nominal, (verb, lemma), participle = _lexical(word.norm, word.lemma or word.norm)
    if verb is None and _first_singular(words, i):   # "لن أسمح"، "سأرد": the speaker vows (session 16)
        verb, lemma = _lexical("ي" + word.norm[1:], "ي" + word.norm[1:])[2]
    if verb is None and light is None and not nominal and participle is None:
        verb, lemma = _him_object(args, i) or (verb, lemma)   # "كما وصفه الأمين العام بأنه «جريمة حرب»"
    if verb is None and (relative_him := _relative_him(words, i, args)):
        (verb, lemma), light, nominal = relative_him, None, False   # "الشاب الذي قتله مسلحون": killed him
    if verb is None and _form_iv_lemma(word.norm) and not args.starts.get(i):   # not a name: "تشاد"
        verb, lemma = _form_iv_imperfect(words, i) or (verb, lemma)   # "قبل أن تفرج عنهم": أفرج، not تفرّج
    if light is None and not nominal and verb is None and participle is None and _ambiguous_verb(word.norm) is None:
        return None                               # most words: one cached look-up
    t = triggers()
    if participle is not None and _homograph_noun(words, i):
        participle = None                         # "ومدينة خانقين": the city, not مُدينة (condemning) (round s34)
        if light is None and not nominal and verb is None:
            return None
    if i > 0 and _portfolio(words, i):
        return None                               # "وزير الاتصالات": an office's name, no act
    if _held_area(words, i):
        return None                               # "في مناطق سيطرتها"، "الخارجة عن سيطرة الدولة": an area a
        #                                           party holds, a standing state, no seizure (round s34)
    if _purpose(words, i):
        return None                               # "خرجت مظاهرات تنديدا بالعدوان": the protest's reason, no act
    if _counted_noun(words, i):
        return None                               # "587 طالبا": the noun a number counts, not طالب (demanded)
    if i > 0 and words[i - 1].norm in triggers()["manner_nouns"]:
        return None                               # "نفت بشكل قاطع": an adjective of manner, not قاطع (boycotted)
    if _commemorated(words, i):
        return None                               # "الذكرى الأربعين لمجزرة صبرا": an anniversary, no act told
    if _prevented(words, i):
        return None                               # "ومنعت إسعاف المصابين": an act prevented, none done
    if _in_name(args, i):
        return None                               # "وزير الري ياسر عباس"، "تحالف دعم الشرعية": a word of a name
    if _in_title(words, i):
        return None                               # "معرض بعنوان «هجوم الألوان»": a word of a work's title
    if _kin_noun(words, i):
        return None                               # "الرئيس وأسرته": أسرة family, not أسر captured (round s26)
    if _compound_preposition(words, i):
        return None                               # "من أجل شراكة": "for", not أجّل postponed (round s26)
    if verb is not None and participle is None and not _listed_participle(_n(word.lemma or "")) \
            and _written_marbuta(args, i):
        verb = None                               # "طلبة" (students), written with ة: a noun, not طلبه (round s26)
    if verb is not None and _describing_clause(words, i):
        return None                               # "جريمة حرب تستهدف المدنيين": what a deed is, no act (round s26)
    if (light or nominal) and _ceased(words, i):
        light = nominal = None                    # "وقف القصف", "لوقف محتمل لإطلاق النار": the act's end, not the act
    if nominal and _state(words, i):
        nominal = None                            # "خاضعة لسيطرة الحوثيين": a standing state, not an act
    if (light and not _finite(word) or nominal) and _charged(words, i):
        light = nominal = None                    # "المشتبه فيهم بإضرام النار": an act alleged, no act told
    if (light or nominal) and i > 0 and (_bare(words[i - 1].norm) in t["plans"] or _planned_for(words, i)):
        light = nominal = None                    # "خطة التهجير"، "خطة لتهجير": a plan, no act done
    if light and word.norm[0] == "م" and light is _light_participle(word.norm) \
            and not (i > 0 and words[i - 1].norm in ("،", ",", "و")):
        light = None                              # a participle codes as the ḥāl after a comma: "، معربا عن شكره"
    if light:
        j, subject = i + 1, None
        inside, after = _subject_after(args, j)   # "أجرى الرئيس الأمريكي جو بايدن اتصالا"
        if inside:
            subject, j = inside, _swallowed_noun(words, after, light)
        elif _forces_construct(words, j, light):
            j += 2                                # unnamed forces in idafa its subject: "أطلق جنود الاحتلال النار"
        elif j < len(words) and words[j].norm in t["institution_heads"] and _bare(words[j].norm) not in light:
            j += 1                                # a bare institution its subject: "ووزعت المنظمة أدوية" (not
            #                                       the noun it takes: "بإرسال قوات")
        elif j < len(words) and _plain(words[j].norm) in t["instruments"] and _bare(words[j].norm) not in light:
            j += 1                                # an unnamed force or weapon its subject: "ألقت المروحيات براميل"
            if j < len(words) and _indefinite_nisba(words[j].norm) and _bare(words[j].norm) not in light:
                j += 1                            # … with its nisba: "أطلق قناص حوثي النار"، "جنود إسرائيليون"
        else:
            past = _unnamed_subject(words, j, light)   # "نظمت النقابات وقفة"، "سيرت لجان المقاومة مواكب"
            subject = next((found for found, after in (_subject_after(args, k) for k in range(j + 1, past))
                            if found and after == past), None)   # "تقديم دولة الكويت مليار": a name closes it
            j = past
        # the noun may follow numbers, their hedges and a time word: "نفذت الأحد ضربات"، "شن نحو 350 غارة",
        # and, after its subject, the subject's place and a time set off by commas: "أصدرت محكمة
        # الدار البيضاء بالجزائر العاصمة، اليوم الخميس، حكما بالسجن"
        limit = j + 4                             # "نحو 3 آلاف جندي": a hedged number of thousands
        while j < min(limit, len(words)):
            if words[j].norm in QUOTES:           # a quoted title: "وقّع «إعلان تأييد السلام»"
                j, limit = j + 1, limit + 1
                continue
            after_time = _time_between(args, j)
            if after_time > j:                    # "شنت في أبريل 2019 هجوما"، "قدم في يونيو (حزيران) الماضي 66.7 مليون دولار"
                j, limit = after_time, limit + after_time - j
                continue
            if words[j].is_punct:
                aside = (_time_aside_after(args, j) or _relative_aside_after(words, j)
                         or _bracket_aside_after(words, j)) if inside else None
                if aside is None:
                    break
                j, limit = aside, limit + aside - j
                continue
            place = args.at(j + 1) if inside and words[j].norm in t["place_prepositions"] else None
            if place and place[0].type in PLACE_TYPES:
                j, limit = place[1], limit + place[1] - j
                continue
            if inside and words[j].norm == "مع":   # the other party first: "وقّع الوزير مع نظيره اتفاقية"
                party, after_party = args.compound(j + 1, ACTOR_TYPES)
                if party:
                    j, limit = after_party, limit + after_party - j
                    continue
            noun = words[j].norm
            if noun in light or _bare(noun) in light:   # a noun phrase the light verb takes: "شن حملة اعتقالات"
                phrase = _phrase_after(words, j)
                if phrase:
                    return phrase[0], phrase[1], "light", subject
            for candidate in (noun, noun[2:] if noun.startswith("ال") else noun, noun.rstrip("ا"),
                              noun[1:] if noun[0] == "ب" and len(noun) > 4 else noun,   # "دفع بتعزيزات"
                              _construct(noun) if _pronoun_follows(words, j) else noun):   # "أحكمت قبضت|ها"
                if candidate in light:
                    spec = t["nouns"].get((candidate,)) or t["nouns"].get(("ال" + candidate,)) or \
                        t["light_nouns"].get(candidate)
                    if spec and candidate in t["weak"] and _civil_campaign(words, j + 1):
                        return None               # "نفذت الوزارة حملة لتطعيم الأطفال": no assault
                    if spec and _noun_sense_off(words, j):
                        return None               # "نظمت الجامعة مسيرة رياضية": the noun's other sense
                    if spec and candidate in t["weak"]:
                        named = _weak_named(words, j + 1, args)
                        if named:                 # "نفذت طائرات أردنية عمليات إسقاط جوي": the act it names
                            return named[0], named[1], "light", subject
                    if spec:
                        return spec, j + 1, "light", subject
            if not (_number(noun) or noun in t["light_skip"]):
                break
            j += 1
    if nominal and participle and _feminine_hal(args, i):
        return participle, i + 1, "participle", None   # "، مطالبة المجتمع الدولي بالتحرك": she demands
    if nominal and i + 2 < len(words) and words[i + 1].norm in PRONOUNS:
        for length in (3, 2):                     # "عملياته العسكرية"، "عمليته العسكرية"، "رشقهم بالحجارة": a listed
            rest = tuple(w.norm for w in words[i + 2:i + 1 + length])   # phrase, its head with a pronoun
            spec = t["nouns"].get((word.norm, *rest)) or t["nouns"].get((_construct(word.norm), *rest))
            if spec and len(rest) == length - 1 and not spec.get("needs"):
                return spec, i + 1 + length, "noun", None
    if nominal:
        norm, lengths = word.norm, t["noun_length"]
        longest = max(lengths.get(norm, 1), lengths.get(_indefinite(norm), 1), lengths.get(_governed(norm), 1))
        for length in range(min(longest, 3), 0, -1):   # only as long as a listed phrase that starts so
            if i + length > len(words):
                continue
            key = tuple(w.norm for w in words[i:i + length])
            spec = t["nouns"].get(key) or t["nouns"].get(tuple(_indefinite(k) for k in key))
            if not spec and _governed(key[0]) != key[0]:   # "بوساطة إماراتية": ب the segmenter left on
                spec = t["nouns"].get((_governed(key[0]),) + key[1:])
            if not spec and i + length < len(words) and words[i + length].norm in PRONOUNS:
                spec = t["nouns"].get(key[:-1] + (_construct(key[-1]),))   # "زيارته", "موافقته"
            if not spec and length == 1 and key[0][-1] in _PRONOUN_ENDS and _construct(key[0]) != key[0]:
                spec = t["nouns"].get((_construct(key[0]),))   # "لقاؤه": its pronoun left on the hamza's seat
            if not spec and length == 1 and _dual_singular(key[0]):
                spec = t["nouns"].get((_dual_singular(key[0]),))   # "التفجيرين الانتحاريين"، "الغارتين"
            if spec and spec.get("needs") and not _needs_met(words, i + length - 1, spec):
                spec = None                       # "إحالة المتهمين على المحكمة", not "إحالة مشروع القانون"
            if spec and spec.get("arrival") and not _arrival_met(words, i + length - 1, args):
                spec = None                       # "وصول المساعدات إلى غزة": no visitor; "لدى وصوله إلى المطار"
            if spec and spec.get("agents_before") and not _agents_before(words, i, spec["agents_before"]):
                spec = None                       # "القضاء عليه" after no security force: an epidemic, a fire
            if spec and spec.get("only_after") and not _stated(words, i, spec):
                spec = None                       # "أعرب عن دعمه"; not "متهمة قطر بدعم الإرهاب"، "لدعم الحكومة"
            if spec and spec.get("agent_from") and not _asker_named(words, i, i + length):
                spec = None                       # "بناء على طلب منه"، "وافقت على طلب الشركة": no asker named, or
                #                                   على the verb's own preposition (round s27)
            if spec and length == 1 and _noun_sense_off(words, i):
                spec = None                       # "ضربة جزاء"، "خط الهجوم"، "عقوبة الإعدام": no act
            if spec and not (length == 1 and key[0] in t["weak"]):
                return spec, i + length, "noun", None
            if length == 1 and not spec:
                spec = t["light_nouns"].get(_bare(key[0])) if _bare(key[0]) in t["relative_nouns"] else None
            if spec and (_relative_light(words, i, i + length, args) is not None or _passive_relative(words, i, i + length)):
                return spec, i + length, "noun", None   # "العملية التي يشنها الجيش": a weak noun with its light verb
    if nominal and i + 3 < len(words) and words[i + 1].norm in t["phrase_adjectives"]:
        k = _past_adjectives(words, i + 1)        # "وقف فوري ودائم لإطلاق النار": adjectives joined by و
        key = (_indefinite(word.norm), *(w.norm for w in words[k:k + 2]))
        spec = t["nouns"].get(key) or t["nouns"].get((word.norm,) + key[1:])
        if spec and len(key) == 3:                # "وقفا فوريا لإطلاق النار": an adjective before the ل of the phrase
            return spec, k + 2, "noun", None
    spec = verb
    directed = bool(spec and spec.get("directive")
                    and _directs(words, i, args, t["verbs"][_n(spec["directive"])]["needs"] | t["directed_bodies"]))
    if directed:                                  # "وأمر الرئيس الأجهزة الأمنية بملاحقة الجناة"، "ووجه الرئيس الحكومة
        lemma = _n(spec["directive"])             # بتقديم …": a ruler directs an authority, its object (round s27)
        spec = t["verbs"][lemma]
    if spec is None and _ambiguous_verb(word.norm) and _geminated(args, i):
        spec, lemma = t["verbs"][_ambiguous_verb(word.norm)], _ambiguous_verb(word.norm)
        #                                           "فجّر انتحاري حزاما": the written shadda of form II, not فجر "dawn"
    if spec is None and _ambiguous_verb(word.norm):
        opening = _opening_verb(words, i, args)   # "وعلق الاتحاد الإفريقي عضوية الغابون": VSO, the verb
        if opening:
            spec, lemma = t["verbs"][opening], opening
    if spec is None and _ambiguous_verb(word.norm):
        reflexive = _reflexive_verb(words, i)     # "إن الانتحاري فجر نفسه": a reflexive object, the verb
        if reflexive:
            spec, lemma = t["verbs"][reflexive], reflexive
    if spec is None and i > 0 and words[i - 1].norm in PREPOSITIONS and word.norm in t["bare_ambiguous"] \
            and t["verbs"].get(word.norm, {}).get("needs") and _needs_met(words, i, t["verbs"][word.norm]):
        return t["verbs"][word.norm], i + 1, "noun", None   # "قام الجيش بنشر وحداته": an ambiguous bare form after a
        #                                                    preposition is its masdar when its needed words follow
    if spec is None and word.norm in t["controlled_masdars"] and _controlled_masdar(words, i):
        return t["verbs"][word.norm], i + 1, "noun", None   # "وقررت القاهرة حظر سفر المواطنين"، "أعلنت الحكومة منع
        #                                                    المظاهرات": the masdar a control verb governs (round s35)
    if spec is None and _ambiguous_verb(word.norm) and _ambiguous_verb(word.norm) not in t["construct_nouns"]:
        bare = t["verbs"][_ambiguous_verb(word.norm)]
        if bare.get("needs") and _needs_met(words, i, {**bare, "window": bare.get("bare_window", 2)}):
            return bare, i + 1, "verb" if _nominative_agents(words, i + 1) else "noun", None
            #                                       "…، ونشر وحدات من الجيش": verb or masdar, its needed word right
            #                                       after it makes it the act (not "قبل" "before": a construct noun);
            #                                       `bare_window` (round s28): a form whose needed word is its
            #                                       instrument, past its object ("شهدت رشق عناصر الأمن بالحجارة");
            #                                       unnamed people in the nominative after it, the verb's subject
        if bare.get("needs") and _counted_need(words, i, bare, args):
            return bare, i + 1, "noun", None      # "ونُشر بموجبه نحو ألفي جندي"، "رغم نشر باريس 4500 جندي": a count of
            #                                       its needed word, past a name or an adjunct, makes it the act
    if spec and _agreeing_adjective(words, i) and not args.ends.get(i - 1):
        spec = None                               # "نفيا قاطعا": an accusative adjective, not the verb قاطع
    if spec and spec.get("bare_object") and _pronoun_follows(words, i):
        spec = None                               # "وجهت|ها": the pronoun split off (_object_pronoun_reading)
    if spec and spec.get("passive_plural") and (_passive_plural(words, i, args) or _passive_of_named(words, i, args)):
        spec = None                               # "ثلاثة منهم قتلوا في الاشتباك"، "أن محمد الضيف قُتل في الغارة": the
        #                                           victims, no agent named
    if spec and spec.get("objectless") and _objectless(words, i, spec["objectless"]):
        spec = None                               # "نُقلوا إلى المستشفى": carried, the passive; nobody named acts
    reach = spec.get("geminate_window") if spec and _geminated(args, i) else None
    if spec and not directed and not _needs_met(words, i, spec, reach) \
            and not _needs_met(words, i, spec, _timed_reach(args, i, spec, reach)):
        spec = None                               # "حمّل X Y المسؤولية": the verb with its noun only
    if spec and spec.get("arrival") and not _arrival_met(words, i, args):
        spec = None                               # "ووصل عدد القتلى إلى"، "وصلت الطائرة إلى المطار": no visit
    if spec:
        if _sense_off(words, i, lemma) and not any(_within(words, i + 1, rule[0], stops=spec.get("retype_stops"))
                                                   for rule in _retypes(spec)):
            return None                          # "ولم يعلق الجيش على …": commented, not suspended; but "بحثت
            #                                      الفرق عن ناجين": the other sense's own retype (a rescue); a word of
            #                                      `retype_stops` first ends that search ("حل الأزمة مع الميليشيات")
        if _natural_subject(words, i):
            return None                          # "اجتاحت موجة حر أوروبا": a force of nature, no party acts
        if _facility_subject(words, i, lemma):
            return None                          # "إن المستشفى استقبل جثث 9 مدنيين": no visit hosted, and the wounded
            #                                      it received are a toll told by a hospital, no aid (round s28)
        if _flight_reason(words, i, args):
            return None                          # "عبروا الحدود هربا من القتال": why they fled, no withdrawal
        if spec.get("thing_subjects") and _said_of_a_thing(words, i, args, spec):
            return None                          # "التصعيد يهدد حياة المدنيين": a danger named, no threat made
        if _subject_sense_off(words, i, lemma):
            return None                          # "استهدفت المبادرة الشباب": a plan aims, nothing is struck
        if _act_subject(words, i, lemma):
            return None                          # "شقة دمرتها غارة إسرائيلية": the strike's damage, no act of its own
        if i > 0 and words[i - 1].norm in t["verbless_prepositions"] and _imperfect(word):
            return None                          # "عند تقاطع": a verbal noun of form VI, no verb after a preposition
        if spec.get("state") and _imperfect(word) and not (i > 0 and words[i - 1].norm in ("س", "سوف")):
            return None                          # "حماس تحتجز 200 رهينة": still holding, a state, no act
        if spec.get("denied_present") and _denied_present(words, i):
            return None                          # "إن قواتها لا تستهدف المدنيين": a habit denied, no act (round s28)
        if _governed_by_preposition(words, i) and (word.norm == lemma or _form_iv_masdar(word.norm)):
            if _entirety(words, i):
                return None                       # "المنطقة بأسرها": the whole of it, no capture
            return spec, i + 1, "noun", None      # a bare form after a preposition is its masdar: "بقتل", and
            #                                       so is إفعال: "من إيقاف عنصر" (its genitive the one arrested)
        if _listed_participle(_n(word.lemma or "")):
            return spec, i + 1, "participle", None   # "داعيا البرلمان": the ḥāl's next word is its object
        return spec, i + 1, "verb", None
    spec = participle if i > 0 and (words[i - 1].norm in ("،", ",", "و") or _bare_hal(words, i)) else None
    if spec and not _needs_met(words, i, spec):   # "، محمّلا X المسؤولية": the ḥāl with its noun
        spec = None
    if spec and _sense_off(words, i, t["verb_names"].get(id(spec), "")):
        spec = None                               # "ومعالجة خلافاتها": addressing, not treating
    if spec:                                      # the ḥāl after a comma: "، متهما", "ومحذرا"
        return spec, i + 1, "participle", None
    return None


def _directs(words: list[Word], i: int, args: "_Args", directed: frozenset) -> bool:
    """A verb of ordering (`directive`: أمر) whose object, after its subject if named, is an authority (`directed`, the
    directing verb's needs and directed_bodies: الأجهزة، الحكومة، وزارة; or a body named: "وزارة الداخلية") with the act it is to do after
    ب right after it or its adjective ("أمر الرئيس الأجهزة الأمنية بالعمل على …"، "وأمر وزارة الخارجية بالتحقق"): the ruler's directive, a REQUEST.  A
    feminine body right after the masculine verb is its object, not its subject (a feminine subject would make it
    أمرت); a court's order ("أمرت النيابة بحبس …") names no authority before its ب."""
    j = i + 1
    inside, after = _subject_after(args, j)
    if inside and not (_verb_gender(words[i]) == "m" and _mention_gender(inside[0], args.text or "") == "f"):
        j = after
    if j >= len(words):
        return False
    found = args.at(j)
    if found and found[0].type == "ORG" and found[0] not in inside:
        j = found[1]
    elif words[j].norm in directed or _plain(words[j].norm) in directed:
        j += 1
        if j < len(words) and not words[j].is_punct and words[j].norm.startswith("ال"):
            j += 1                                # its adjective: "الأجهزة الأمنية"
    else:
        return False
    return any(w.norm == "ب" for w in words[j:j + 2])


def _bare_hal(words: list[Word], i: int) -> bool:
    """A ḥāl with no comma before it, right after its clause ("تظاهر مئات الطلاب مطالبين الحكومة بتحسين الأمن"،
    "اعتصم الأطباء أمام الوزارة مطالبين الوزير بصرف رواتبهم"): an indefinite accusative (ا، ين) whose object, a
    definite noun, follows it; not a noun counted or governed ("اعتقال خمسة متهمين"، "مع متهمين آخرين")."""
    word, before = words[i].norm, words[i - 1]
    if not word.endswith(("ا", "ين")) or i + 1 >= len(words) or before.is_punct:
        return False
    after = words[i + 1].norm
    if not after.startswith("ال") or len(after) < 4:
        return False
    t = triggers()
    return not (_number(before.norm) or before.norm in t["prepositions"] or before.norm in t["count_words"]
                or before.norm in t["crowds"])


def _feminine_hal(args: "_Args", i: int) -> bool:
    """A feminine active participle of form III or IV spelt as its verbal noun (مطالبة، مناشدة)
    right after a comma that closes a clause, with its object after it (a definite noun or a
    name, then a preposition or nothing more): the ḥāl of the clause's feminine subject ("وأدانت
    الوزارة القصف، مطالبة المجتمع الدولي بالتحرك"), not a demand whose genitive acts.  A verbal
    noun cannot open a clause after a comma with no verb or preposition before it."""
    words = args.words
    word = words[i].norm
    if i < 2 or words[i - 1].norm not in ("،", ",") or not word.startswith("م") or not word.endswith("ه") \
            or i + 1 >= len(words) or not (words[i + 1].norm.startswith("ال") or args.at(i + 1) is not None):
        return False
    verb = _clause_verb_before(words, i - 1)
    return _verb_gender(words[verb] if verb >= 0 else words[i]) != "m"


def _clause_verb_before(words: list[Word], comma: int) -> int:
    """The finite verb nearest before the comma at `comma` in the same sentence, -1 if none."""
    for k in range(comma - 1, max(-1, comma - 20), -1):
        if words[k].is_punct and words[k].norm not in ("،", ",", "«", "»", '"'):
            return -1
        if _finite(words[k]):
            return k
    return -1


_HARAKAT = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0652\u0640")   # the short vowels, tanwin, sukun, tatweel


def _planned_for(words: list[Word], i: int) -> bool:
    """A noun after ل and a plan, its pronoun between or not ("خطة لتهجير"، "تخطيطه لهجوم")."""
    if i < 2 or words[i - 1].norm != "ل":
        return False
    k = i - 3 if words[i - 2].norm in PRONOUNS and i > 2 else i - 2
    return _bare(words[k].norm) in triggers()["plans"]


def _geminated(args: "_Args", i: int) -> bool:
    """A bare past written with the shadda on its middle radical (فجّر، وقّع، علّق، حمّل; و/ف before it
    or not): form II, the verb, where the unvocalised form is also a noun or a form I verb of another
    sense (فجر "dawn", وقع "happened")."""
    raw = _written(args, i)
    if len(raw) > 4 and raw[0] in "وف":
        raw = raw[1:]
    return len(raw) in (4, 5) and raw[2] == "\u0651"


def _weak_named(words: list[Word], j: int, args: "_Args") -> tuple[dict, int] | None:
    """The event noun in idafa right after a weak noun (عملية، حملة) a light verb takes, as a listed
    noun codes it ("عمليات إسقاط جوي"، "عملية إجلاء"، "عملية إنقاذ"): its spec and the index after
    it; None where the next word names no act ("عملية عسكرية")."""
    if j >= len(words) or words[j].is_punct or words[j].norm.startswith("ال"):
        return None
    found = _match_trigger(words, j, args)
    return (found[0], found[1]) if found and found[2] == "noun" else None


def _forces_construct(words: list[Word], j: int, light: set) -> bool:
    """An indefinite head of forces (fronted_forces) and its definite genitive right after a light verb
    ("جنود الاحتلال"، "عناصر الأمن"، "دوريات الشرطة"), no entity: the verb's unnamed subject, which the
    noun the verb takes follows."""
    if j + 2 >= len(words):
        return False
    t, head, genitive = triggers(), words[j].norm, words[j + 1].norm
    if head not in t["fronted_forces"] or head.startswith("ال") or head in light or _bare(head) in light:
        return False                              # the forces the verb takes: "بإرسال قوات إلى ليبيا"
    return genitive.startswith("ال") and genitive not in t["prepositions"] and _bare(genitive) not in light \
        and not words[j + 1].is_punct


def _unnamed_subject(words: list[Word], j: int, light: set) -> int:
    """Past an unnamed subject of one to three words right after a light verb, whose last word is
    definite and whose next word is a noun the verb takes, or a number or hedge before one, of a type
    crowds and relief bodies do unnamed (unnamed_subject_types: "نظمت النقابات وقفة"، "سيرت لجان
    المقاومة مواكب"، "نفذ موظفو وكالة الغوث اعتصاما"; not "أضرم المزارعون النار"): the index of that
    word; else j as it was."""
    t = triggers()
    crowd = _crowd_subject(words, j, light)
    if crowd != j:
        return crowd
    for k in range(j + 1, min(j + 4, len(words))):
        between = words[k - 1]
        if between.is_punct or between.norm in t["prepositions"] or between.norm in t["light_skip"] \
                or _bare(between.norm) in light:
            return j
        if not between.norm.startswith("ال"):
            continue
        noun = min(_past_count(words, k), len(words) - 1)   # session 22: past a count, "وزعت الجمعية 500 سلة"
        if noun == k and words[k].norm in t["light_skip"] and k + 1 < len(words):
            noun = k + 1                          # or one hedge or time word: "نظمت النقابات اليوم وقفة"
        return k if _light_noun_type(words, noun, light) in t["unnamed_subject_types"] else j
    return j


def _crowd_subject(words: list[Word], j: int, light: set) -> int:
    """Past a crowd right after a light verb, counted and linked by من to whom it counts, one to
    three words ("نظم المئات من أنصار الحزب مسيرة"، "نفذ العشرات من الأطباء وقفة"), when the next
    word is a noun of a type crowds do (unnamed_subject_types): that noun's index; else j."""
    t = triggers()
    if not (j + 2 < len(words) and words[j].norm in t["crowds"] and words[j + 1].norm in t["crowd_links"]):
        return j
    for k in range(j + 3, min(j + 6, len(words))):
        between = words[k - 1]
        if between.is_punct or between.norm in t["prepositions"]:
            return j
        if _light_noun_type(words, k, light) in t["unnamed_subject_types"]:
            return k
    return j


def _light_noun_type(words: list[Word], j: int, light: set) -> str | None:
    """The PLOVER type of the noun at j a light verb takes (a listed phrase first: "وقفة احتجاجية"),
    None if the verb takes no noun there."""
    t, noun = triggers(), words[j].norm
    if noun not in light and _bare(noun) not in light:
        return None
    phrase = _phrase_after(words, j)
    if phrase:
        return phrase[0]["type"]
    for candidate in (noun, _bare(noun)):
        spec = t["nouns"].get((candidate,)) or t["nouns"].get(("ال" + candidate,)) or t["light_nouns"].get(candidate)
        if spec:
            return spec["type"]
    return None


def _in_name(args: "_Args", i: int) -> bool:
    """Word i is inside an entity's name (after its first word: "تحالف دعم الشرعية") or opens a
    person's name ("ياسر عباس", read as the imperfect of أسر): part of a name, no act."""
    return any(start < i < end or start == i and mention.type == "PER"   # (a bare stand-in has no index)
               for start, (mention, end) in getattr(args, "starts", {}).items())


def _kin_noun(words: list[Word], i: int) -> bool:
    """A trigger whose letters also write a noun of kin, with an attached pronoun after it and no time
    word right before it (kin_nouns, kin_time_words: "محمد بازوم وأسرته"، "أفراد أسرته"، "سيعودون إلى
    أسرهم"، "مواساة أسرهم"): أسرة "family", nobody captured; "بعد أسرهم" (after capturing them) stays."""
    t = triggers()
    if not _pronoun_follows(words, i) or _bare_conjunction(words[i].norm) not in t["kin_nouns"]:
        return False
    return not (i > 0 and words[i - 1].norm in t["kin_time_words"])


def _compound_preposition(words: list[Word], i: int) -> bool:
    """A trigger word that with the preposition right before it makes a compound preposition
    (compound_prepositions: "من أجل" "for the sake of", not أجّل postponed): no act."""
    before = triggers()["compound_prepositions"].get(words[i].norm)
    return bool(before) and i > 0 and words[i - 1].norm in before


def _written_marbuta(args: "_Args", i: int) -> bool:
    """Word i as the text writes it ends in ة (ta marbuta), which no verb ends in: normalised to ه it
    looks like a verb with its object pronoun ("طلبة" → طلبه "asked him"), but it is a noun ("طلبة"
    students, "حملة" a campaign); the noun readings stay, and so does a feminine participle ("داعية")."""
    written = _written(args, i)
    return bool(written) and written[-1] == "ة"


def _describing_clause(words: list[Word], i: int) -> bool:
    """An imperfect verb right after an indefinite noun of a deed (described_deeds), past its
    indefinite adjectives or genitive, a closing quote, "من نوعه" and كان (at most four words):
    a relative clause telling what the deed is ("جريمة حرب تستهدف المدنيين"، "عمل إرهابي جبان يستهدف
    علاقات البلدين"، "مخططا إرهابيا كان يستهدف مواقع"), no act told.  A light verb with its object
    pronoun ("حملة تشنها القوات") is the noun's own verb and is left to the light-verb reading."""
    if i == 0 or not _imperfect(words[i]) or _pronoun_follows(words, i) or words[i - 1].norm in triggers()["prepositions"]:
        return False                              # "قرارا بترحيل": a verbal noun after its preposition, not a verb
    deeds = triggers()["described_deeds"]
    k, seen = i - 1, 0
    if words[k].norm in ("كان", "كانت"):
        k -= 1
    while k >= 0 and seen < 4:
        w = words[k]
        if w.norm in QUOTES:
            k -= 1
            continue
        if w.is_punct or w.norm.startswith("ال"):
            return False
        if _bare_conjunction(w.norm) in deeds:
            return True
        k, seen = k - 1, seen + 1
    return False


def _prevented(words: list[Word], i: int) -> bool:
    """An act whose verbal noun a verb of preventing governs (preventing: "منعت إسعاف المصابين"، "حالت دون وصول"،
    "منع التظاهر"), or whose purpose clause follows a people prevented from approaching ("منعت المواطنين من
    الاقتراب لإسعاف الزميلة": ل + the act after من + a masdar): it was not done, so it is no event; the
    preventing itself is coded by its own verb."""
    if i == 0:
        return False
    preventing = triggers()["preventing"]
    before = words[i - 1].norm
    if before in preventing or i > 1 and words[i - 2].norm + " " + before in preventing:
        return True
    return before == "ل" and i > 3 and words[i - 3].norm == "من" and any(
        words[k].norm in preventing for k in range(i - 4, max(-1, i - 7), -1))


def _purpose(words: list[Word], i: int) -> bool:
    """An accusative masdar of a stance right before its preposition, past the first two words of its
    sentence (purpose_masdars: "رفضا ل"، "تنديدا ب"، "احتجاجا على"): the reason of the act before it
    (مفعول لأجله), no act of its own; not the object with its adjective ("أبدت رفضا قاطعا للمقترح")."""
    return i > 1 and i + 1 < len(words) and words[i].norm in triggers()["purpose_masdars"] \
        and words[i + 1].norm in _PURPOSE_PREPOSITIONS


_PURPOSE_PREPOSITIONS = frozenset({"ل", "ب", "علي", "مع"})


def _counted_noun(words: list[Word], i: int) -> bool:
    """A word right after a number in digits (any script, with separators or a decimal point) is
    the noun it counts ("٥٨٧ طالبا"، "إجلاء 280 طالبا"، "1.5 مليون لاجئ"), never a verb: Arabic puts the verb before its counted subject.  A year
    may stand before a verb ("في 2014 اجتاح التنظيم"), so a four-digit year is no count."""
    if i == 0:
        return False
    before = words[i - 1].norm   # (normalised: ASCII digits, "٬" written ",")
    return _number(before) and not (before.isdigit() and len(before) == 4 and 1900 <= int(before) <= 2100)


def _entirety(words: list[Word], i: int) -> bool:
    """بأسره، بأسرها، بأسرهم after a definite noun ("العالم بأسره"، "لشعوب المنطقة بأسرها"): "entire",
    the idiom triggers.yaml lists (`entirety`), no act."""
    return words[i - 1].norm == "ب" and words[i].norm in triggers()["entirety"] and i + 1 < len(words) \
        and words[i + 1].norm in PRONOUNS and i > 1 and words[i - 2].norm.startswith("ال")


def _commemorated(words: list[Word], i: int) -> bool:
    """An event noun whose anniversary is marked: a word of commemoration (commemorations) at most six words
    before it, with only ل and definite ordinals or adjectives between ("الذكرى الأربعين لمجزرة صبرا"، "في
    الذكرى السنوية التاسعة والثلاثين لاقتحامها"، "إحياء ذكرى اغتيال"): an act long past, named, no act told."""
    marks = triggers()["commemorations"]
    for k in range(i - 1, max(-1, i - 7), -1):
        norm = words[k].norm
        if norm in marks:
            return True
        if words[k].is_punct or not (norm in ("ل", "و") or norm.startswith(("ال", "وال"))):
            return False
    return False


def _portfolio(words: list[Word], i: int) -> bool:
    """A word in idafa right after the head of an office ("وزير الاتصالات"، "مركز الاحتجاز"), or
    the portfolio joined to that head's first one ("وزارة الخارجية والتعاون الدولي"): part of
    the office's name."""
    heads, head = triggers()["office_heads"], words[i - 1].norm
    if head in heads and not head.startswith("ال") or _topic(words, i):   # "أعلنت الوزيرة صرف": a definite head
        #                                                                   is the subject, no construct
        return True
    return i > 2 and words[i - 1].norm == "و" and words[i - 3].norm in heads and words[i - 2].norm.startswith("ال")


def _topic(words: list[Word], i: int) -> bool:
    """Word i after عن and a work that is about it (topic_heads: "فصلا عن اتفاق أوسلو"، "فيلم عن الحصار"):
    the subject of a book, a film or a talk, named, no act told."""
    return i > 1 and words[i - 1].norm == "عن" and words[i - 2].norm in triggers()["topic_heads"]


def _in_title(words: list[Word], i: int) -> bool:
    """Word i inside a quoted title that a cue opens ("معرض بعنوان «هجوم الألوان»"، "تحت شعار «لا
    للتهجير»"): the name of a work, an exhibition or a campaign, no act told."""
    t = triggers()
    for k in range(i - 1, max(-1, i - 8), -1):
        if words[k].norm in QUOTES:
            cue = _bare_conjunction(words[k - 1].norm) if k > 0 else ""
            return cue in t["title_cues"] or cue in t["topic_heads"]   # "فيلم «الهجوم»" too
        if words[k].is_punct:
            return False
    return False


def _subject_sense_off(words: list[Word], i: int, lemma: str) -> bool:
    """The word right after a verb, its subject in VSO, is one of the verb's other sense
    (subject_senses_off: "استهدفت المبادرة الشباب" a programme aimed at them, "استهدف القرار
    الشركات" a ruling that applies to them): nothing is struck."""
    subjects = triggers()["subject_senses_off"].get(lemma)
    return bool(subjects) and i + 1 < len(words) and words[i + 1].norm in subjects


def _act_subject(words: list[Word], i: int, lemma: str) -> bool:
    """The subject of a verb of damage is an act or a blast (act_subjects: "شقة سكنية دمرتها غارة
    إسرائيلية"، "الانفجار دمر صوامع الحبوب"، "غارات جوية دمرت أسلحة ثقيلة"): the verb tells what the
    strike did, the strike is the event (coded from its own noun), and its damage is no second act of
    coercion by the strike's side.  The subject is the word right after the verb (VSO, past an object
    pronoun), or the word right before it, or the one before a nisba adjective of it ("غارات جوية
    دمرت"، "القصف الإسرائيلي دمر")."""
    acts = triggers()["act_subjects"].get(lemma)
    if not acts:
        return False
    after = i + 2 if i + 2 < len(words) and words[i + 1].norm in PRONOUNS else i + 1
    if after < len(words) and words[after].norm in acts:
        return True
    before = i - 1
    if before > 0 and _indefinite_nisba(_unarticled(words[before].norm)) and not words[before].is_punct:
        before -= 1                               # "غارات جوية دمرت"، "القصف الإسرائيلي دمر": past the act's adjective
    return before >= 0 and words[before].norm in acts


def _swallowed_noun(words: list[Word], after: int, light: set) -> int:
    """Where the noun a light verb takes is looked for past its named subject: `after`, or the
    subject's own last word when that is an indefinite noun the verb takes and the word at `after`
    is none ("نظمت تنسيقية الأساتذة وقفة احتجاجية" with the name read over "وقفة": a name ends in a
    definite genitive, not in an indefinite event noun)."""
    last = after - 1
    if last < 1 or words[last].norm.startswith("ال") or _light_noun_type(words, last, light) is None:
        return after
    if after < len(words) and _light_noun_type(words, after, light) is not None:
        return after
    return last


def _natural_subject(words: list[Word], i: int) -> bool:
    """The word right after a verb (past an object pronoun: "سكانا حاصرتهم المياه"), or right before it,
    is a force of nature, its subject ("هددت الفيضانات آلاف المنازل"، "اجتاحت موجة حر أوروبا"، "السيول
    دمرت 20 قرية"), or the word before it voices a crowd ("شعارات تطالب بسحب القانون"): no party acts."""
    t = triggers()
    forces = t["natural_forces"]
    after = i + 2 if i + 2 < len(words) and words[i + 1].norm in PRONOUNS else i + 1
    return after < len(words) and words[after].norm in forces \
        or i > 0 and (words[i - 1].norm in forces or words[i - 1].norm in t["voiceless_subjects"])


def _facility_subject(words: list[Word], i: int, lemma: str) -> bool:
    """A hospital (or another facility: a museum, a dam) is the subject of the verb of receiving
    (round s27, `receiving_facilities`): "قال مصدر طبي إن المستشفى استقبل جثث 9 مدنيين"، "إن مستشفيات العاصمة
    استقبلت عشرات الجثث"، "أن السدود استقبلت كميات مهمة من المياه": no visit hosted, nobody met; and the wounded a
    hospital receives are no AID either (round s28: a toll told from the hospital, as 17 of the 19 dev sentences
    with a hospital receiving the dead or wounded have no gold event; shorouknews and somaliaarabic code AID).  The subject is the word right after the
    verb (VSO), or the first word of its clause before it, within eight words (after إن/أن, a comma, فيما …)."""
    facilities = triggers()["receiving_facilities"]
    if lemma not in _receiving_lemmas() or not facilities:
        return False
    if i + 1 < len(words) and words[i + 1].norm in facilities:
        return True
    openers = triggers()["clause_openers"] | {"،", ",", "و", ":"}
    k = i - 1
    while k >= 0 and i - k <= 8 and words[k].norm not in openers:
        k -= 1
    first = k + 1
    return first < i and (k >= 0 or first == 0) and i - first <= 8 and words[first].norm in facilities


@lru_cache(maxsize=1)
def _receiving_lemmas() -> frozenset[str]:
    return frozenset({_n("استقبل")})


def _denied_present(words: list[Word], i: int) -> bool:
    """A verb of `denied_present` in the imperfect right after لا, or after "لم يكن/تكن ل" (round s28: "قالت إنها
    «لا تستهدف المدنيين»"، "إن الجيش لا يستهدف الصحافيين"، "إن بلاده «لم تكن لتستهدف محطة مدنية»"): a side denies a
    habit or a will, it reports no act (7 dev uses in alhurra x2, almirbad, asharqalawsat x2, alarabiya, france24:
    no gold event; the past "لم تستهدف" of one act stays a negated event)."""
    if not _imperfect(words[i]):
        return False
    if i > 0 and words[i - 1].norm == "لا":
        return True
    return i > 2 and words[i - 1].norm == "ل" and words[i - 2].norm in ("يكن", "تكن", "نكن") and words[i - 3].norm == "لم"


def _flight_reason(words: list[Word], i: int, args: "_Args") -> bool:
    """An accusative masdar of fleeing before من (round s27, `flight_reasons`: "عبر آلاف الإثيوبيين الحدود إلى
    السودان هربا من القتال"، "تجمع آلاف الأرمن في محيط المطار هربا من القتال"، "فرّوا نحو البحر هربا من
    الرصاص") tells why people moved, no withdrawal of a party; not a dual verb after its subject ("السجينان
    هربا من السجن")."""
    if words[i].norm not in triggers()["flight_reasons"] or i + 1 >= len(words) or words[i + 1].norm != "من":
        return False
    before = words[i - 1].norm if i > 0 else ""
    return bool(before) and not (before.startswith("ال") and before.endswith("ان") and not args.ends.get(i - 1))
    #                                                     a name ending so ("إلى السودان") is where they fled


def _said_of_a_thing(words: list[Word], i: int, args: "_Args", spec: dict) -> bool:
    """A verb in the imperfect said of a thing, not a party (`thing_subjects`: the name of its list of such
    subjects): هدد of an act or a state endangers ("التصعيد العسكري يهدد حياة المدنيين"، "أي عمل يهدد أمن
    الملاحة"، "مما يهدد بتوقف المحطة"): a danger named, no party threatens.  Read by a
    noun of the list among the four words before the verb (the subject of a nominal or adjectival clause,
    past a nisba adjective; a definite noun after a preposition is none: "وبعد الهجوم تهدد حركة الشباب"), or for
    `endangering` by what is endangered right after it (`endangered`, when no party is named there: "وتهدد
    إسرائيل بشن هجوم"); a party named before the verb ends the search ("إيران تهدد بإغلاق المضيق")."""
    if not _imperfect(words[i]):
        return False
    t = triggers()
    after = next((w for w in words[i + 1:i + 3] if not (w.is_punct and w.norm in QUOTES)), None)
    named = args.at(i + 1)
    party_after = named is not None and named[0].type in ACTOR_TYPES
    if spec.get("endangering") and not party_after and after is not None and not after.is_punct \
            and after.norm in t["endangered"]:
        return True
    things = t[spec["thing_subjects"]]
    seen = 0
    for j in range(i - 1, -1, -1):
        if words[j].is_punct and words[j].norm in QUOTES:
            continue                              # "الهجمات "المتهورة" للجماعة "تهدد"": the quote marks
        named = args.ends.get(j)
        if words[j].is_punct or seen == 4 or named and not (named[1] == j and words[j].norm.startswith("ال")):
            return False                          # a clause's edge, or a party named: its own subject (a nisba
            #                                       adjective is read past: "القصف التركي يهدد")
        if words[j].norm in things:               # an indefinite noun heads an adjectival clause ("عمل يهدد");
            return not (words[j].norm.startswith("ال") and (j > 0 and _governed_word(words[j - 1].norm) or party_after))
            #                                       a definite one after a preposition, or before a verb whose
            #                                       party follows, is no subject ("وبعد الهجوم تهدد حركة الشباب
            #                                       بالرد"، "وفي ظل التصعيد تهدد إسرائيل بالرد")
        seen += 1
    return False


def _governed_word(norm: str) -> bool:
    """A preposition, a governing noun or a word of sequence before a noun (في، على، بعد، إثر، خلال)."""
    t = triggers()
    return _bare_conjunction(norm) in t["governing"] or _bare_conjunction(norm) in t["temporal_links"]


def _civil_campaign(words: list[Word], j: int) -> bool:
    """A campaign (a weak noun) whose next word, or the one after ل, names a civil aim: vaccination,
    awareness, donations, an election ("حملة لتطعيم الأطفال"، "حملة انتخابية")."""
    civil = triggers()["civil_campaigns"]
    following = words[j:j + 2] if j < len(words) and words[j].norm == "ل" else words[j:j + 1]
    return any(w.norm in civil or _plain(w.norm) in civil for w in following)


def _unarticled(norm: str) -> str:
    """A normalised word without its article."""
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def _noun_sense_off(words: list[Word], i: int) -> bool:
    """An event noun in a compound of another sense (noun_senses_off): a word right after it ("ضربة جزاء"
    a penalty kick, "المعركة الانتخابية"), what it is set in after في ("النار في بقايا المحاصيل": waste
    burnt) or brought over after على ("السيطرة على الحريق": a fire under control), or a word right before it, across a ب ("خط الهجوم" the forward line,
    "عقوبة الإعدام"، "حكم بالإعدام": a sentence, no execution), unless a verb of carrying it out comes
    before ("نفذت السلطات حكم الإعدام")."""
    table = triggers()["noun_senses_off"]
    senses = table.get(_bare(words[i].norm)) or table.get(_bare(_construct(words[i].norm)))
    if not senses:
        return False
    after = i + 2 if _pronoun_follows(words, i) else i + 1   # past its pronoun and a split ل: "زيارته لموقع الهجوم"
    if after + 1 < len(words) and words[after].norm == "ل":
        after += 1
    if after < len(words) and words[after].norm in senses.get("after", ()):
        return True
    if i + 2 < len(words) and words[i + 1].norm == "في" and _unarticled(words[i + 2].norm) in senses.get("in", ()):
        return True   # "أضرم المزارعون النار في بقايا المحاصيل": waste burnt, no attack
    if i + 2 < len(words) and words[i + 1].norm == "علي" and _unarticled(words[i + 2].norm) in senses.get("over", ()):
        return True   # "السيطرة على الحريق": a fire brought under control, no seizure
    k = i - 1 if i > 0 and words[i - 1].norm != "ب" else i - 2
    if k < 0 or words[k].norm not in senses.get("before", ()):
        return False
    carried = triggers()["carried_out"]                # "نفذت السلطات حكم الإعدام": the sentence carried out, the act
    return not any(_bare_conjunction(w.norm) in carried for w in words[max(0, k - 6):k])


def _sense_off(words: list[Word], i: int, lemma: str) -> bool:
    """A word of the verb's other sense within eight words after it (past a subject of a few
    words), in its clause and before a number or a word of cause or charge (sense_stops) (علّق على "commented on", بحث عن "searched for", منح مهلة "gave a deadline")."""
    off = triggers()["senses_off"].get(lemma)
    on = triggers()["senses_on"].get(lemma, ())
    counted = triggers()["verbs"].get(lemma, {}).get("recipient") == "object"   # its object counted ends it too
    for w in words[i + 1:i + 1 + triggers()["sense_windows"].get(lemma, 8)] if off else ():
        if w.is_punct and w.norm not in "()" and w.norm not in QUOTES:
            break                                 # a bracketed or quoted name is no clause break: "وكالة … (صونا)
            #                                       عن"، "نقلت وكالة "رويترز" عن شهود"
        if w.norm in on:                          # "زار المصابين في المستشفى": its object, met first,
            return False                          # holds the sense; the site after it is where
        if _number(w.norm) or w.norm in triggers()["sense_stops"] or counted and w.norm in triggers()["object_counts"]:
            break                                 # "أوقفت الشرطة 20 شخصا إثر أعمال شغب": a counted object, or
            #                                       the cause or charge after it, ends the object's reach
        if w.norm in off or _unsuffixed(w.norm) in off:
            return True
    return False


def _unsuffixed(norm: str) -> str:
    """A noun without the pronoun the segmenter left on it (زواره، مراجعيها → زوار، مراجعي); else itself."""
    for pronoun in _ATTACHED_PRONOUNS:
        if norm.endswith(pronoun) and len(norm) - len(pronoun) > 2:
            return norm[:-len(pronoun)]
    return norm


def _time_between(args: "_Args", j: int) -> int:
    """A time adverbial that opens at word j (its preposition, month names, numbers, brackets,
    "الماضي"): the index after it, for a light verb to reach its noun; else j.  Only where a
    time expression of the article begins."""
    timed, words = args.timed, args.words
    if timed is None or j >= len(words):
        return j
    skip = triggers()["time_skip"]
    first = j + 1 if words[j].norm in ("في", "منذ") and j + 1 < len(words) else j
    if not timed(words[first].start, words[first].end):
        return j
    in_time = args.in_time
    k = first
    while k < len(words) and k < first + 6 and (words[k].norm in skip or _number(words[k].norm)
                                                 or words[k].norm in ("(", ")")):
        k += 1
    if k > first and in_time is not None:         # the rest of the time expression the skip stopped in: a month
        while k < len(words) and in_time(words[k].start, words[k].end):   # named twice across a slash, "منذ 12
            k += 1                                # يناير/كانون الثاني الماضي عشرات الغارات" (round s30)
    return k if k > first else j


def _number(norm: str) -> bool:
    """A number in figures, with a decimal point or separators: 350, 66.7, ٥٠٠, 1,5."""
    return norm.replace(".", "").replace(",", "").replace("٫", "").isdigit()


def _phrase_after(words: list[Word], j: int) -> tuple[dict, int] | None:
    """The event noun phrase of two or three words starting at j ("حملة اعتقالات"، "مناورات
    مشتركة"), when the lexicon lists one: its spec and the index after it."""
    nouns = triggers()["nouns"]
    for length in (3, 2):
        if j + length > len(words):
            continue
        key = tuple(w.norm for w in words[j:j + length])
        spec = nouns.get(key) or nouns.get(tuple(_indefinite(k) for k in key))
        if spec:
            return spec, j + length
    return None


_PASSIVE_AGENT_REACH = 8                          # words from a passive plural to its agent cue ("برصاص قناصة")


def _passive_plural(words: list[Word], i: int, args: "_Args") -> bool:
    """A verb marked `passive_plural` (قتل، اعتقل، اختطف) in the plural past with no object after it: the next
    word ends the clause or opens an adjunct (passive_next: a preposition, a time, و, فيما; or punctuation),
    so it is the passive unvowelled told of the victims before it ("ستة من أفراد طاقمها قتلوا"، "ثلاثة منهم
    قتلوا في الاشتباك"); with no agent cue after it ("برصاص قناصة"، "على يد مسلحين") no party is named to
    act.  The active has its object right after it ("عناصره قتلوا 14 عسكريا")."""
    norm = words[i].norm
    if not (norm.endswith("وا") and len(norm) > 4) or i + 1 >= len(words) or _imperfect(words[i]):
        return False                              # "أن يقتلوا": the subjunctive, active
    after = words[i + 1]
    if not (after.is_punct and after.norm not in QUOTES or after.norm in triggers()["passive_next"]):
        return False                              # a quote opens its object: "قتلوا «عشرات من الجنود»"
    return not _cued_agent(args, i + 1, _PASSIVE_AGENT_REACH)


_PATIENT_TYPES = frozenset({"PER", "GROUP", "NORP"})   # who can be killed, abducted or arrested: people


def _passive_of_named(words: list[Word], i: int, args: "_Args") -> bool:
    """A verb marked `passive_plural` (قتل، اعتقل، اختطف) in the singular or dual past, right after a named
    party it agrees with as its fronted subject ("أن محمد الضيف قُتل في الغارة"، "أن رجلا سوريا اعتقل في برلين"،
    "إن مواطنين تركيين خطفا في ليبيا"), with no object after it: the next word ends the clause or opens an
    adjunct (passive_next), and no count stands later in the clause.  The active has its object ("أن الجيش قتل
    في غارة خمسة مسلحين"), so the verb is the passive unvowelled, told of the one named before it: its patient,
    never its agent.  The party is people (a person, a group, a nisba: "رجلا سوريا"), or any party when the
    damma of the passive is written ("قُتل").  As for the plural, with no agent cue after it ("برصاص قوات
    الاحتلال"، "على يد مسلحين") no party is named to act, and the act is left to the words that name it."""
    if i == 0 or i + 1 >= len(words) or _imperfect(words[i]) or words[i].norm.endswith("وا"):
        return False                              # the plural is _passive_plural's; "أن يقتل": the subjunctive
    before = args.ends.get(i - 1)
    if before is None:
        return False
    text = args.text
    if not (_passive(text, words[i]) or before[0].type in _PATIENT_TYPES or before[0].via == "nisba"):
        return False                              # "أن الجيش قتل في …": an institution before an unvowelled verb acts
    after = words[i + 1]
    if not (after.is_punct and after.norm not in QUOTES or after.norm in triggers()["passive_next"]):
        return False                              # "أن المسلح قتل الحارس": its object right after it
    for word in words[i + 1:i + 12]:
        if word.is_punct and word.norm not in QUOTES:
            break
        if _counted(word.norm):
            return False                          # "أن المسلح قتل في الهجوم خمسة أشخاص": the object past an adjunct
    return not _cued_agent(args, i + 1, _PASSIVE_AGENT_REACH)


def _objectless(words: list[Word], i: int, destinations: frozenset[str]) -> bool:
    """A transitive verb marked `objectless` (نقل) whose next word, past a short adverbial (destination_skips:
    "على إثرها"، "فورا"), opens its destination: no object stands between, so it is the passive unvowelled
    ("نقل إلى مستشفى أريحا"، "الذين نقلوا إلى المستشفى"، "نُقل إليها المصابون"), told of the carried, with
    no carrier named; the active verb has its object first ("نقلت الطواقم المصابين إلى"، "نقلت|هم إلى")."""
    t = triggers()
    for k in range(i + 1, min(i + 5, len(words))):
        if words[k].norm in destinations:
            return True
        if not (words[k].norm in t["destination_skips"] or k > i + 1 and words[k].norm in t["pronouns"]):
            return False                          # a pronoun right after the verb is its object: "نقلت|هم إلى"
    return False


def _needs_met(words: list[Word], i: int, spec: dict, reach: int | None = None) -> bool:
    """A trigger that `needs` one of its words has it within its window after it (`reach`: a wider one)."""
    needs = spec.get("needs")
    if not needs:
        return True
    if spec.get("fronted") and _fronted(words, i, spec):
        return True
    if spec.get("people_object") and _people_pronoun(words, i):
        return True
    if spec.get("antecedent") and _pronoun_antecedent(words, i, spec["antecedent"]):
        return True
    start = _past_count(words, i + 1)
    window = words[start:start + (reach or spec.get("window", 6))]   # needs are normalised at load
    if spec.get("object_first"):
        window = _before_preposition(window)
    return any(w.norm in needs or w.norm[:-1] + "ه" in needs or _plain(w.norm) in needs   # مسؤوليت|ه، بالانقلاب
               or k + 1 < len(window) and w.norm + " " + window[k + 1].norm in needs   # two words: "ب السجن"
               for k, w in enumerate(window)) or _crowd_at_site(words, i, spec) or _crowd_voiced(words, i, spec)


_SENTENCE_ENDS = frozenset(".؟!؛")


def _pronoun_antecedent(words: list[Word], i: int, name: str, reach: int = 25) -> bool:
    """A verb marked `antecedent` with an object pronoun written on it, a noun of the list `name` earlier in
    its sentence (within `reach` words): the noun the pronoun stands for meets its needs ("إن الحكم سياسي، مؤكدا
    أن هيئة الدفاع ستستأنفه": the ruling appealed; round s34)."""
    if i + 1 >= len(words) or words[i + 1].norm not in triggers()["pronouns"] or words[i + 1].start != words[i].end:
        return False
    found = _list_union(name)
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        norm = words[k].norm
        if norm in _SENTENCE_ENDS:
            return False
        if norm in found or _plain(norm) in found:
            return True
    return False


_PEOPLE_PRONOUNS = frozenset({"هم", "هما", "هن"})


def _people_pronoun(words: list[Word], i: int) -> bool:
    """A verb marked `people_object` (نقل، أخرج) with a plural object pronoun written on it ("نقلت|هم"، "تخرج|هم"):
    the people it stands for are the carried or brought out its needs name ("فرقها نقلتهم عبر طريق بري"، "قبل أن
    تنقلهم قوات الأمن إلى خارج الفندق"; round s34).  Not a bare three-letter stem, as often the masdar فَعْل with its
    genitive pronoun ("جرى نقلهم إلى المستشفى": their transfer, nobody named carries), nor a form after a preposition
    or a word of time ("أثناء تنقلهم": their travel)."""
    if i + 1 >= len(words) or words[i + 1].norm not in _PEOPLE_PRONOUNS or words[i + 1].start != words[i].end:
        return False
    form = words[i].norm[1:] if words[i].norm[:1] in "وف" and len(words[i].norm) > 3 else words[i].norm
    return len(form) > 3 and not (i > 0 and words[i - 1].norm in triggers()["aside_openers"])


def _counted_need(words: list[Word], i: int, spec: dict, args: "_Args") -> bool:
    """A bare ambiguous form (نشر "publishing" or "deploying") whose needed word follows counted, with only a name
    (the masdar's subject: "نشر باريس نحو 4500 جندي"), a pronominal adjunct (`deployed_adjuncts`: "ونُشر بموجبه نحو
    ألفي جندي") or a hedge before the count (round s25): a count of soldiers is what is deployed, never a
    publication's object; "نشر صورا لمئات الجنود" has a noun and a preposition first and stays no act."""
    t, k, end = triggers(), i + 1, min(len(words), i + 1 + spec.get("window", 6))
    while k < end:
        named = args.at(k)
        if named:
            k = named[1]
            continue
        if words[k].norm in t["deployed_adjuncts"]:
            k += 1
            continue
        counted = _past_count(words, k)
        return counted > k and counted < len(words) and words[counted].norm in spec["needs"]
    return False


def _timed_reach(args: "_Args", i: int, spec: dict, reach: int | None = None) -> int | None:
    """A trigger's needs window widened by the time adverbials inside it (round s25): a time set between a verb
    and its object is an adverbial, not a word of the clause's frame ("نشرت أوغندا في وقت سابق من الشهر الجاري
    قوات خاصة"، "أرسلت الإمارات، يوم الأحد، ..."): a run of words of a time the article tells, with its preposition,
    commas and framing words (triggers.yaml `time_frames`: "في وقت سابق من"), costs the window nothing.  None when
    no time stands in the window (the plain window was tried)."""
    timed, words = args.timed, args.words
    if timed is None or not spec.get("needs"):
        return None
    frames, window = triggers()["time_frames"], reach or spec.get("window", 6)
    k, budget, free = _past_count(words, i + 1), window, 0
    while k < len(words) and budget > 0:
        run = k
        while run < len(words) and (timed(words[run].start, words[run].end) or words[run].norm in frames):
            run += 1
        if run > k and any(timed(w.start, w.end) for w in words[k:run]):
            free, k = free + run - k, run
            continue
        budget, k = budget - 1, k + 1
    return window + free if free else None


def _before_preposition(window: list[Word]) -> list[Word]:
    """The words of a window up to its first preposition that opens no time (triggers.yaml `prepositions`; one
    followed by a word of `time_skip` or `time_nouns` or a figure is skipped with that word: "استعاد في يناير
    الماضي مدينة ود مدني").  A trigger marked `object_first` needs its word as its object (or its subject's), not
    in a phrase after it: "استعاد الجيش مدينة" is a seizure, "استعاد الأمن في المدينة" is not."""
    t, kept, k = triggers(), [], 0
    while k < len(window):
        word = window[k].norm
        if word in t["prepositions"]:
            after = window[k + 1].norm if k + 1 < len(window) else ""
            if not (after in t["time_skip"] or after in t["time_nouns"] or _number(after)):
                break
            k += 2                                # "في يناير": the time's words are skipped with it
            continue
        kept.append(window[k])
        k += 1
    return kept


def _crowd_at_site(words: list[Word], i: int, spec: dict) -> bool:
    """A gathering verb marked `crowd_site` (تجمع) whose subject is a crowd counted (crowds, count_words: العشرات،
    مئات، آلاف) and whose place is a building faced (gathering_sites: أمام، قبالة), both within its clause's next
    `crowd_site` words: "تجمع العشرات من ذوي الضحايا أمام بوابة المستشفى" is a protest whoever the crowd is;
    a crowd gathering elsewhere or unnumbered is none ("تجمع الناس حوله"، "تجمع آلاف المواطنين في الساحات")."""
    reach = spec.get("crowd_site")
    if not reach:
        return False
    t, crowd = triggers(), False
    for word in words[i + 1:i + 1 + reach]:
        if word.is_punct:
            return False
        crowd = crowd or word.norm in t["crowds"] or word.norm in t["count_words"] or _number(word.norm)
        if word.norm in t["gathering_sites"]:
            return crowd
    return False


def _crowd_voiced(words: list[Word], i: int, spec: dict) -> bool:
    """A verb of going out marked `crowd_voiced` (خرج) whose subject right after it is a crowd counted (crowds,
    count_words: آلاف، مئات، عشرات الآلاف) and whose sentence, within `crowd_voiced` words, voices a cause in a ḥāl
    (protest_hals: مطالبين، رافعين، مرددين، منددين): "وخرج آلاف العمال في المدينة، رافعين شعارات ضد الغلاء" is a
    protest though no street or march is named; a crowd going out to celebrate is the senses_off of خرج, and one
    that only goes out is none (round s27)."""
    reach = spec.get("crowd_voiced")
    if not reach or i + 1 >= len(words):
        return False
    t = triggers()
    if not (words[i + 1].norm in t["crowds"] or words[i + 1].norm in t["count_words"]):
        return False
    for word in words[i + 2:i + 2 + reach]:
        if word.norm in (".", "؟", "!", ":", "؛"):
            return False
        if word.norm in t["protest_hals"]:
            return True
    return False


def _arrival_met(words: list[Word], i: int, args: "_Args") -> bool:
    """An arrival (a trigger marked `arrival`: وصل، وصول) that is a visit: within its clause, a visitor (a
    person named, or a head of visitors: وزير، وفد، الرئيس) before إلى, and after إلى a state or a city (a GPE)
    or the host state unnamed (arrival_places: "إلى البلاد").  A site, an airport or a count reached is none
    (session 16: a visit needs someone or some place visited, not an inspection)."""
    t, visitor = triggers(), False
    for k in range(i + 1, min(len(words) - 1, i + 13)):
        word = words[k]
        if word.is_punct:
            return False
        found = args.starts.get(k)
        if word.norm == "الي":   # إلى as normalised
            place = args.starts.get(k + 1)
            return visitor and (place is not None and place[0].type == "GPE" or words[k + 1].norm in t["arrival_places"])
        visitor = visitor or word.norm in t["visitors"] or found is not None and found[0].type == "PER"
    return False


def _past_count(words: list[Word], j: int) -> int:
    """The index past a count that opens at j (figures, count_words, count_scales: "4 ملايين"، "مليوني"، "25
    ألف"), at most four words; j itself where none does.  A counted object's noun comes after its count, so a
    trigger that needs its object looks past it ("ضبط 4 ملايين حبة"، "ضبط 120 كيلوغراما من الحشيش")."""
    t, k = triggers(), j
    while k < len(words) and k - j < 4 and (_number(words[k].norm) or words[k].norm in t["count_words"]
                                             or words[k].norm in t["count_scales"]):
        k += 1
    return k


def _fronted(words: list[Word], i: int, spec: dict) -> bool:
    """A verb whose needed subject stands fronted before it, within `fronted_window` words of its clause
    (`fronted`: "إن القوات المشتركة انتشرت في المناطق المتأثرة"; no punctuation or preposition between)."""
    stops = triggers()["frame_stops"]
    for k in range(i - 1, max(i - 1 - spec.get("fronted_window", 3), -1), -1):
        word = words[k]
        if word.is_punct or word.norm in stops:
            return False
        if word.norm in spec["fronted"]:
            return True
    return False


def _stated(words: list[Word], i: int, spec: dict) -> bool:
    """A noun of a stance (`only_after`) told by a verb that states it, within `only_after_window`
    words before it in its clause ("أعرب عن دعمه"، "أكد خلاله دعم المملكة"، "مؤكدا أن دعم واشنطن"):
    the stance expressed; the same noun as a purpose, a charge or a manner is none."""
    cessation, stated = triggers()["cessation"], False
    for k in range(i - 1, max(i - 1 - spec.get("only_after_window", 3), -1), -1):
        if words[k].is_punct:
            break
        if _bare(words[k].norm) in cessation or _bare(_n(words[k].lemma or "")) in cessation:
            return False                          # "تخلت الإدارة الأمريكية عن دعم الحكومة": support given up
        stated = stated or words[k].norm in spec["only_after"]
    return stated


def _asker_named(words: list[Word], i: int, end: int) -> bool:
    """A noun of request that grounds an act (`agent_from`: "بطلب من فرنسا"، "استجابة لطلب كييف") names who asked:
    not a pronoun after it or after its من ("بناء على طلب منه"، "بطلبها": whose request the clause does not say), and
    على governs it only after بناء (request_grounds: "بناء على طلب"; "وافقت على طلب الشركة" is an approval)."""
    t = triggers()
    if i > 0 and words[i - 1].norm == _n("على") and not (i > 1 and words[i - 2].norm in t["request_grounds"]):
        return False
    if end < len(words) and words[end].norm == "من":
        end += 1
    return not (end < len(words) and words[end].norm in PRONOUNS)


def _listed_participle(lemma: str) -> bool:
    """A lemma the participles table lists, masculine or feminine (داعي، داعيه)."""
    participles = triggers()["participles"]
    return lemma in participles or lemma.endswith("ه") and lemma[:-1] in participles


_CLAUSE_BREAKS = frozenset("،,.؛:؟!")


_RESUMING = frozenset(("به", "بها", "بهما", "بهم"))   # a relative clause's resuming ب: "زيارة قام بها الوفد"


def _during(words: list[Word], i: int, kind: str) -> bool:
    """A meeting or a visit in an adverbial of "during" ("قال بلينكن، خلال زيارة إلى طوكيو"،
    "في اجتماع طارئ"): the act of its clause's subject."""
    t = triggers()
    if not (i > 0 and kind in t["during_types"] and words[i - 1].norm in t["during"]):
        return False
    if words[i - 1].norm not in t["during_after"]:
        return True
    # round s27: after "بعد، عقب، إثر، في ختام" only a new meeting (indefinite) whose owner no definite
    # genitive or ل names after it and its indefinite adjectives ("بعد محادثات استمرت"، "عقب اجتماع أمني")
    if words[i].norm.startswith("ال") or i + 1 < len(words) and words[i + 1].norm.startswith("ال"):
        return False                              # "عقب الاجتماع": told before; "اجتماع خلية الأزمة": the cell's
    for k in range(i + 1, min(len(words), i + 4)):
        word = words[k].norm
        if words[k].is_punct or word.startswith("ال"):
            break
        if word == "ل" or k > i + 1 and word in PRONOUNS:
            return False                          # "اجتماع طارئ لمجلس الوزراء": the council's; "لقاء عائلاتهم": theirs
        if word in _RESUMING or len(word) > 4 and word.endswith(("ها", "هما", "هم")):
            return False                          # "زيارة قام بها الوفد"، "اتصالات أجراها الوزير": its doer is named after
    return True


def _opens(words: list[Word], i: int) -> bool:
    """A verb that opens its sentence (after و/ف and status particles at most): its pronoun
    subject continues the last sentence's."""
    skippable = triggers()["skippable"]
    return all(w.norm in ("و", "ف") or w.norm in skippable for w in words[:i])


def _threat(words: list[Word], end: int, args: "_Args", event: Event) -> bool:
    """A warning is a threat when it names the warned party as its object before من
    ("حذّر إسرائيل من التصعيد") or warns, after "من أن", of what will be done (a future in
    the content: "حذّر من أن أي خرق سيقابل بالرد"); not a warning of a danger."""
    future = triggers()["threat_future"]
    warned = False
    j, count, last = end, len(words), min(len(words), end + 8)
    while j < last:
        past = _statement_aside_end(words, j)
        if past is not None:                      # "وحذّر الوزير، في تصريحات نقلتها صحيفة، من أن …" (round s26)
            j, last = past, min(count, last + past - j)
            continue
        if words[j].norm in _CLAUSE_BREAKS:
            break
        if words[j].norm == "من":
            if j + 1 < count and words[j + 1].norm in ("ان", "بان"):
                for k in range(j + 2, min(count, j + 16)):
                    if words[k].norm in _CLAUSE_BREAKS:
                        break
                    if words[k].norm in future:
                        return True
                return False
            return warned or _warned_against(words, j + 1) or _severe_consequences(words, j + 1)
        found = args.at(j)
        if found:
            if found[0].type in ACTOR_TYPES and found[0].via != "nisba" and found[0] not in event.actor \
                    and not warned:
                warned = True
                event.recipient = event.recipient or [found[0]]   # the warned party
            j = found[1]
            continue
        j += 1
    return warned


_PLEDGED_TYPES = ("AID",)


def _announced_pending(words: list[Word], i: int) -> bool:
    """Aid whose sending, giving or paying is announced ("أعلنت كل من قطر وكينيا إرسال مساعدات"، "أعلنت الوزيرة
    صرف 100 ألف جنيه"، "، معلنا إرسال وفد"): a pledge, still to come; the masdar (announced_pending) and a word
    of declaring (declaring) within announce_reach words before it in its clause (round s21: 14, past an aside of
    where it was said: "قد أعلن في كلمته خلال افتتاح الجلسة الرئيسية للمؤتمر تقديم …").  Aid allocated (تخصيص) is
    done."""
    t = triggers()
    if _bare_conjunction(words[i].norm) not in t["announced_pending"]:
        if i == 0 or _bare_conjunction(words[i - 1].norm) not in t["announced_pending"]:
            return False
        i -= 1                                    # the trigger after the masdar: "أعلنت إرسال [فرق إنقاذ]"
    for k in range(i - 1, max(-1, i - 1 - t["announce_reach"]), -1):
        norm = words[k].norm
        if norm in _CLAUSE_BREAKS:
            return False
        if _bare_conjunction(norm) in t["declaring"]:
            return True
    return False


def _agents_before(words: list[Word], i: int, name: str) -> bool:
    """A word of the list `name` (a security force: "وحدات الأمن"، "الوحدات الأمنية") earlier in the sentence
    than word i: the pronoun a noun of doing away with governs is a person they fought ("تمكنت وحدات الأمن من
    القضاء عليه"), not an epidemic or a fire."""
    agents = triggers()[name]
    return any(_plain(w.norm) in agents or w.norm in agents for w in words[:i])


def _warned_against(words: list[Word], k: int) -> bool:
    """A warning against any act or anyone ("حذرت الوزارة من «أي محاولة للخروج على القانون»"، "حذر من رفع أي
    راية أخرى"، "حذر من كل من يحاول"): addressed to whoever would do it, a threat; the word of any within the
    three words after من, across quotation marks."""
    against = triggers()["warned_against"]
    seen = 0
    while k < len(words) and seen < 3:
        if words[k].norm in against:
            return True
        if words[k].norm in _CLAUSE_BREAKS:
            return False
        seen += words[k].norm not in QUOTES
        k += 1
    return False


def _severe_consequences(words: list[Word], k: int) -> bool:
    """A warning of severe consequences or measures ("محذرا من «عواقب وخيمة» لأي عمل عسكري"، "حذرت من تبعات خطيرة"،
    "ومحذرا من إجراءات قانونية بحق المضربين"): by news convention the warner's own reprisal, a threat.  The
    consequence noun (warned_consequences) right after من, across a quotation mark, with a severity adjective
    (severe) right after it; a genitive names a danger ("حذر من عواقب التغير المناخي"), no threat."""
    t = triggers()
    while k < len(words) and words[k].norm in QUOTES:
        k += 1
    if k + 1 >= len(words) or _plain(words[k].norm) not in t["warned_consequences"]:
        return False
    return _plain(words[k + 1].norm) in t["severe"]


def _reprisal(words: list[Word], end: int) -> bool:
    """A punishment or a reprisal in the complement of a vow, within its clause."""
    return _within(words, end, "reprisal")


def _within(words: list[Word], end: int, name: str, reach: int = 10, after: str | None = None,
            stops: frozenset | None = None) -> bool:
    """A word of the list `name` of triggers.yaml in the clause after a trigger; with `after`, only one
    that this preposition governs, at most three words before it ("بحث عن 30 مفقودا"; not "بحث الجانبان
    ملف الأسرى والمفقودين", a talk about them); `name` may join lists with "+"; a word of `stops` ends the search."""
    found = _list_union(name)
    k, last = end, min(len(words), end + reach)
    while k < last:
        past = _statement_aside_end(words, k)
        if past is not None:                      # "وتعهد الرئيس، في كلمة بثها التلفزيون، بملاحقة القتلة" (round s26)
            k, last = past, min(len(words), last + past - k)
            continue
        norm = words[k].norm
        k += 1
        if norm in _CLAUSE_BREAKS or stops and (_plain(norm) in stops or _unsuffixed(norm) in stops):
            return False                          # `stops`: the verb's other object met first (أخلت ثكناتها)
        if (_plain(norm) in found or norm.startswith("ال") and norm in found) and (after is None or any(
                w.norm == after for w in words[max(end, k - 4):k - 1])):
            return True
    return False


def _convicted_of(words: list[Word], end: int) -> bool:
    """A noun of condemning (إدانة) with its own pronoun, then ب and no manner of condemning_manners: a
    conviction whose charge the ب phrase names ("بعد إدانته بالفساد"، "إدانتهما بالتهم"), its pronoun the
    convicted, not a condemner ("أعربت عن إدانتها بشدة للهجوم").  The sentence it carries is the act (round s34)."""
    t = triggers()
    if end + 2 >= len(words) or words[end].norm not in t["pronouns"]:
        return False
    follow = words[end + 1].norm
    if follow == "ب":
        rest = words[end + 2].norm
    elif follow.startswith("ب") and len(follow) > 1:  # "بتهم" split as بت + هم: the ب fused to its noun
        rest = follow[1:]
    else:
        return False
    return rest not in t["condemning_manners"] and _plain(rest) not in t["condemning_manners"]


def _statement_aside_end(words: list[Word], j: int) -> int | None:
    """A statement aside opening at the comma at word j: a preposition of statement_aside_openers, a noun of
    statement_aside_nouns, then the words of that phrase up to its closing comma (a relative verb among them:
    "، في كلمة بثها التلفزيون الرسمي،"، "، في تصريحات نقلتها صحيفة «يديعوت أحرونوت»،"): the index after the
    closing comma, else None.  Where it was said is no break between a verb and its complement (round s26)."""
    t = triggers()
    if j + 3 >= len(words) or words[j].norm not in ("،", ",") or words[j + 1].norm not in t["statement_aside_openers"] \
            or words[j + 2].norm not in t["statement_aside_nouns"]:
        return None
    for k in range(j + 3, min(len(words), j + 12)):
        if words[k].norm in ("،", ","):
            return k + 1 if k + 1 < len(words) else None
        if words[k].is_punct and words[k].norm not in QUOTES and words[k].norm not in "()":
            return None
    return None


def _form_iv_imperfect(words: list[Word], i: int) -> tuple[dict, str] | None:
    """The singular imperfect of a listed form IV verb (تفرج، يفرج → أفرج) that the lemmatiser took for another
    verb (form V تفرّج "watched"), where the verb's own recipient preposition follows it, past a subject of up to
    three words ("قبل أن تفرج عنهم"، "تفرج السلطات المصرية عن"); another preposition first keeps the other verb."""
    lemma = _form_iv_lemma(words[i].norm)
    if lemma is None or i + 1 >= len(words):
        return None
    spec = triggers()["verbs"][lemma]
    recipient = _n(spec["recipient"])
    stops = triggers()["prepositions"]
    for word in words[i + 1:i + 5]:               # the subject may stand between: "تفرج السلطات المصرية عن"
        nxt = word.norm
        if nxt == recipient or nxt.startswith(recipient) and nxt[len(recipient):] in _ATTACHED_PRONOUNS:
            return spec, lemma
        if word.is_punct or nxt in stops:         # "تفرج الزوار على العروض": form V's own preposition
            return None
    return None


@lru_cache(maxsize=65536)
def _form_iv_lemma(norm: str) -> str | None:
    """The listed form IV verb of a sound root (أفرج، أضرب) whose singular imperfect a four-letter form is (تفرج،
    يفرج → أفرج), when that verb takes its recipient with a preposition; else None."""
    if len(norm) != 4 or norm[0] not in "يتن" or norm[1] in "تن" or norm[2] == "ا" or norm[3] in "يا":
        return None                               # a sound root: not forms VII, VIII (يتصل), hollow (تشاد) or defective
    spec = triggers()["verbs"].get("ا" + norm[1:])
    return "ا" + norm[1:] if spec and spec.get("recipient") not in (None, "object") else None


@lru_cache(maxsize=64)
def _list_union(name: str) -> frozenset:
    """The words of a list of triggers.yaml, or of several joined by "+" (a retype's lists:
    "evacuees+casualties+evacuated_places", the people or the places أخلى evacuates)."""
    return frozenset(_named_lists(triggers(), name))


@lru_cache(maxsize=65536)
def _plain(norm: str) -> str:
    """A noun without a preposition fused to its article and without the article:
    بالرد → رد, العقوبات → عقوبات, ملاحقة → ملاحقه."""
    if len(norm) > 4 and norm[0] in "بلوف" and norm[1:3] == "ال":
        norm = norm[1:]
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def _agreeing_adjective(words: list[Word], i: int) -> bool:
    """A form with the accusative alef right after an indefinite accusative noun agrees with
    it as its adjective ("نفيا قاطعا", "رفضا قاطعا"): no verb."""
    norm = words[i].norm
    if i == 0 or len(norm) < 4 or not norm.endswith("ا") or norm.endswith("وا"):   # قتلوا is a verb
        return False
    j = i - 1 if words[i - 1].norm not in QUOTES else i - 2
    if j < 0:
        return False
    before = words[j].norm
    return len(before) > 3 and before.endswith("ا") and not before.startswith("ال") and not words[j].is_punct \
        and _lexical(before, words[j].lemma or before)[2][0] is None


def _sender(args: "_Args", i: int, end: int) -> tuple[list[Mention], int]:
    """The object of a verb of receiving is the act of whom it came from: "تلقى الرئيس
    اتصالا هاتفيا من الرئيس الأمريكي" → the caller."""
    words = args.words
    if _receiving_verb_before(args, i) is not None:
        for k in range(end, min(end + 3, len(words) - 1)):
            if words[k].is_punct:
                break
            if words[k].norm == "من":
                return _subject_after(args, k + 1)
    return [], end


_RECEIVER_STEPS = 10                               # words of titles (a name one) between تلقى and its object


def _receiving_verb_before(args: "_Args", i: int) -> int | None:
    """Where the verb of receiving stands whose object is the act at i, across the
    receiver's titles and name: "تلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا", and the
    Gulf agencies' chains of offices ("تلقى رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن
    عبدالرحمن آل ثاني اتصالا"): a name is one step, each title word one."""
    words, receive = args.words, triggers()["receive"]
    j, steps = i - 1, 0
    while j >= 0 and steps < _RECEIVER_STEPS and not words[j].is_punct:
        steps += 1
        found = args.ends.get(j)
        if found and found[1] < j:
            j = found[1] - 1                       # over the receiver's name (one step)
            continue
        if _n(words[j].lemma or words[j].norm) in receive or _bare(words[j].norm) in receive:
            return j
        j -= 1
    return None


def _receiver(args: "_Args", i: int) -> list[Mention]:
    """The subject of the verb of receiving before the act at i: "تلقى ولي العهد السعودي
    الأمير محمد بن سلمان اتصالا" → the crown prince (the last name before the act)."""
    j = _receiving_verb_before(args, i)
    if j is None:
        return []
    found = args.ends.get(i - 1)
    return [found[0]] if found and found[1] > j and found[0].type in ACTOR_TYPES else []


def _state(words: list[Word], i: int) -> bool:
    """A verbal noun after a word of subjection ("خاضعة لسيطرة"، "الخاضعة ل سيطرة"), or after its ل with the
    subject of a verb of subjection between ("تخضع المدينة لسيطرة الحوثيين", at most three words)."""
    states = triggers()["states"]

    def subjection(k: int) -> bool:
        return _listed_word(words[k].norm, states)

    for k in (i - 1, i - 2):
        if k >= 0 and subjection(k):
            return True
        if k < 0 or words[k].norm not in PREPOSITIONS:
            break
    if i > 1 and words[i - 1].norm == "ل":
        for k in range(i - 2, max(-1, i - 6), -1):
            if words[k].is_punct:
                return False
            if subjection(k):
                return True
    return False


def _ceased(words: list[Word], i: int) -> bool:
    """A verbal noun governed by a word of cessation, three words back at most ("وقف إطلاق",
    "لوقف محتمل لإطلاق"), a run of the phrase's adjectives joined by و counting as one ("وقف فوري وشامل
    ومستدام لإطلاق النار")."""
    t = triggers()
    cessation, adjectives = t["cessation"], t["phrase_adjectives"]
    j, counted = i - 1, 0
    while j >= 0 and counted < 3:
        if words[j].is_punct:
            return False
        if _bare(words[j].norm) in cessation or _bare(_n(words[j].lemma or "")) in cessation:
            return True
        joined = words[j].norm == "و" and j > 0 and words[j - 1].norm in adjectives
        if not (joined or words[j].norm in adjectives and j + 1 < i and words[j + 1].norm == "و"):
            counted += 1                          # a joined adjective and its و ride on the first one's count
        j -= 1
    return False


_ADJECTIVE_RUN = 6                                # words of adjectives joined by و a listed phrase may hold


def _past_adjectives(words: list[Word], k: int) -> int:
    """The index past a run of the phrase adjectives (phrase_adjectives) from word k, each after the first
    joined by و ("فوري ودائم"، "فوري وشامل ومستدام"): where the phrase's ل should stand."""
    adjectives, end = triggers()["phrase_adjectives"], k + 1
    while end + 1 < min(len(words), k + _ADJECTIVE_RUN) and words[end].norm == "و" \
            and words[end + 1].norm in adjectives:
        end += 2
    return end


def _relative_light(words: list[Word], i: int, end: int, args: "_Args", kind: str | None = None) -> list[Mention] | None:
    """The subject of the noun's own light verb after it, the noun resumed by a pronoun
    (a relative clause): "عملية طوفان الأقصى التي شنتها المقاومة", "عملية دهس نفذها
    فلسطيني", "اجتماع طارئ عقدته القيادة" → that subject; None if there is no such verb.
    With `kind` (the noun's PLOVER type), a light verb whose own nouns are mostly of that type
    conducts it too ("قصف مدفعي شنته قوات الدعم السريع": شن takes attacks)."""
    found = _resuming_light(words, i, end, kind)
    if found is None:
        return None
    subject, _ = _subject_after(args, found[1])
    return subject


def _resuming_light(words: list[Word], i: int, end: int, kind: str | None = None) -> tuple[int, int] | None:
    """(position of the noun's own light verb in a relative clause after it, the position
    right after the pronoun that resumes the noun), or None: "اجتماع عقدته"، "عملية نفذها"،
    "أجرا|ها" (a defective verb split from its pronoun).  See _relative_light for `kind`."""
    noun = _bare(words[i].norm)

    def conducts(light: set) -> bool:
        return noun in light or _construct(noun) in light or kind is not None and _light_type(light) == kind
    j, stop = end, min(end + 5, len(words) - 1)
    while j < stop:
        named = _past_quoted_name(words, j)
        if named > j and _civil_campaign(words, j + 1):
            return None                           # "عملية «التطعيم الشامل» التي أطلقتها الوزارة": a civil aim
        if named > j:                             # round s25: the act's quoted name before its relative clause:
            j, stop = named, min(stop + named - j, len(words) - 1)   # "عملية «طوفان الأقصى» التي شنتها المقاومة"
            continue
        if words[j].is_punct:
            return None
        verb, j = j, j + 1
        light = _lexical(words[verb].norm, words[verb].lemma or words[verb].norm)[0]
        if not light and words[verb + 1].norm in PRONOUNS:
            light = _light_stem(words[verb].norm)   # "أجرا|ها": a defective verb before its pronoun
        if light and words[verb + 1].norm in PRONOUNS:
            return (verb, verb + 2) if conducts(light) else None
        suffixed = _suffixed_light(words[verb].norm)   # the pronoun left on the verb: "اجتماع عقده الرئيس"، "عقدوه"
        if suffixed:
            return (verb, verb + 1) if conducts(suffixed) else None
    return None


def _past_quoted_name(words: list[Word], j: int) -> int:
    """The index past a quoted name of at most six words opening at word j ("«طوفان الأقصى»"، "\"سهام الشرق\""); j
    where no quote opens there.  An operation is named in quotes between its noun and the relative clause that
    tells who launched it."""
    if words[j].norm not in QUOTES:
        return j
    close = next((k for k in range(j + 1, min(j + 8, len(words))) if words[k].norm in QUOTES), None)
    if close is None or close == j + 1:
        return j
    return close + 1


def _passive_relative(words: list[Word], i: int, end: int) -> bool:
    """An indefinite noun its own light verb tells done in a relative clause of the passive, with no
    pronoun and no subject, a preposition right after the verb: "4 آلاف صاروخ أطلقت من القطاع"،
    "صاروخين أطلقا من قطاع غزة" (the wires' way to tell a launch whose author is not named).  Not a
    definite noun (an act named back), not an imperfect verb (what is done in general)."""
    if end + 1 >= len(words) or words[i].norm.startswith("ال") or i > 0 and words[i - 1].norm == "ال":
        return False
    verb = words[end]
    if verb.is_punct or verb.norm[:1] in "يت" or words[end + 1].norm not in PREPOSITIONS:
        return False
    if any(_bare(w.norm) in ("اسم", "تسميه") for w in words[end + 1:end + 4]):
        return False                              # "صاروخ أطلق عليه اسم خيبر": a name given, no launch
    light = _lexical(verb.norm, verb.lemma or verb.norm)[0]
    noun = _bare(words[i].norm)
    return bool(light) and (noun in light or _construct(noun) in light)


_LIGHT_BACK_REACH = 10                            # words from an event noun back to its light verb (a name one, an aside none)


def _distant_light_subject(args: "_Args", i: int, kind: str) -> list[Mention]:
    """The subject of a light verb that takes the noun at word i from a few words back, only its
    subject, a time or an aside set off by commas between them ("وأدى رئيس الحكومة يوسف الشاهد ظهر
    اليوم زيارة"، "أجرى الشيخ محمد بن زايد، ولي عهد أبوظبي، اتصالا هاتفيا"، "وكانت الولايات المتحدة
    وبريطانيا قد شنتا، في 30 مايو، غارات"، "نظم ناشطون من المجتمع المدني وقفة احتجاجية"): the noun is
    the verb's object and its act the verb's subject's, named after the verb (VSO) or opening the
    clause before it (SVO).  The forward reach of `_match_trigger` stops at the first word it does not
    know; this one goes back from the noun.  Nothing where another word stands between (a
    preposition's object: "شنت غارات على مواقع … بعد هجوم" is no object of شنت)."""
    words = args.words
    noun = words[i].norm
    j, steps = i, 0
    stops = triggers()["complementizers"] | (RELATIVES - {"من", "ما"})   # (من here is a body's: "ناشطون من …")
    in_time = args.in_time
    while j > 0 and steps < _LIGHT_BACK_REACH:
        j, steps = j - 1, steps + 1
        if words[j].is_punct and in_time is not None and in_time(words[j].start, words[j].end):
            continue                              # the slash of a month named twice: "منذ 28 أغسطس/آب"
        if words[j].is_punct:
            opening = _aside(args, j) or _adjunct_aside(args, j)   # "أجرى الشيخ …، ولي عهد أبوظبي، اتصالا"
            if opening is None:
                return []
            j = opening
            continue
        found = args.ends.get(j)
        if found and found[1] < j:                # a name counts as one word
            j = found[1]
            continue
        if words[j].norm in stops:
            return []
        light = _lexical(words[j].norm, words[j].lemma or words[j].norm)[0]
        if not light:
            continue
        if not (noun in light or _bare(noun) in light or _construct(_bare(noun)) in light):
            return []                             # another noun's verb: "عقد مؤتمرا صحفيا أعلن فيه …"
        subject, after = _subject_after(args, j + 1, kind in triggers()["crowd_types"])
        if subject and subject[-1].end <= words[i].start:
            return subject if _only_adjuncts(args, after, i) else []
        return _clause_initial_subject(args, j) if _only_adjuncts(args, j + 1, i) else []
    return []


def _adjunct_aside(args: "_Args", j: int) -> int | None:
    """A time or a phrase a preposition opens, set off by commas and ending at the comma at word j
    ("، في 30 أيار/مايو،"، "، قبيل التوقيع،"): the index of its opening comma; else None."""
    words, t = args.words, triggers()
    if words[j].norm not in ("،", ","):
        return None
    opening = next((m for m in range(j - 1, max(-1, j - 8), -1) if words[m].norm in ("،", ",")), None)
    if opening is None or opening + 1 >= j or any(w.is_punct and w.norm != "/" for w in words[opening + 1:j]):
        return None
    first = words[opening + 1]
    in_time = args.in_time
    if first.norm in t["prepositions"] or first.norm in t["time_skip"] or first.norm in t["temporal_links"] \
            or in_time is not None and in_time(first.start, first.end):
        return opening
    return None


def _only_adjuncts(args: "_Args", k: int, i: int) -> bool:
    """Words k..i-1 are only what may stand between a light verb's subject (or the verb) and the noun
    it takes: a time, its preposition and hedges, قد, an aside set off by two commas, a place after
    a preposition, a body after من ("ناشطون من المجتمع المدني"), or one definite adjective of the
    subject right after it ("عشرات الصيادين التقليديين")."""
    words, t = args.words, triggers()
    timed = args.in_time or args.timed
    skip = t["time_skip"] | t["light_skip"] | t["preverbal"]
    start = k
    while k < i:
        word = words[k]
        if word.norm in ("،", ","):
            close = next((m for m in range(k + 1, i) if words[m].norm in ("،", ",")), None)
            if close is None or any(w.is_punct and w.norm not in ("،", ",", "/") for w in words[k + 1:close]):
                return False
            k = close + 1                         # an aside between two commas
            continue
        at = args.at(k + 1) if k + 1 < i else None
        if at and at[1] <= i and (word.norm == "من" or word.norm in t["place_prepositions"] and at[0].type in PLACE_TYPES):
            k = at[1]                             # "من المجتمع المدني"، "في العقبة"
            continue
        if k == start and word.norm == "من" and k + 1 < i and all(w.norm.startswith("ال") for w in words[k + 1:i]) \
                and i - k <= 4:
            return True                           # whose the subject is: "ناشطون من المجتمع المدني"
        if timed is not None and timed(word.start, word.end) or word.norm in skip or _number(word.norm) \
                or word.norm in ("(", ")", "/"):
            k += 1
            continue
        if k == start and k > 0 and word.norm.startswith("ال") and args.ends.get(k - 1):
            k += 1                                # the subject's adjective
            continue
        return False
    return True


@lru_cache(maxsize=1)
def _resumer_free_words() -> frozenset[str]:
    """What may follow a resuming light verb's pronoun when no subject is named after it: a preposition."""
    t = triggers()
    return frozenset(PREPOSITIONS | t["verbless_prepositions"] | t["passive_next"])


def _unnamed_resumer(words: list[Word], i: int, end: int, kind: str) -> str | None:
    """The gender ("f", "m", "p" for a plural) of the pronoun subject of an indefinite event
    noun's own light verb, in the past, in a relative clause that names no subject after the
    pronoun ("بعد اجتماع عقدته مع مسؤولين"، "بعد حصار فرضته على المخيم"، "اجتماعا عقدوه مع
    السائقين"): the party the sentence told before does the act; "" where the form does not
    tell.  None with no such verb; for a definite noun ("العملية التي نفذتها": an act told
    before, named back); for an imperfect ("أكبر عملية تنفذها": what it does, not one act); for a
    verbal noun after a preposition ("لإرسالهم"); or with a word after the pronoun that may be
    its own subject ("اجتماع عقده الرئيس")."""
    if words[i].norm.startswith("ال") or i > 0 and words[i - 1].norm == "ال":
        return None
    found = _resuming_light(words, i, end, kind)
    if found is None or found[1] >= len(words):
        return None
    after = words[found[1]]                       # "عقدته مع"، "فرضته على"، "نفذتها خلال"، "عقدته مساء أمس"
    free = _resumer_free_words()
    if not (after.is_punct or after.norm in free or _bare_conjunction(after.norm) in free) \
            or words[found[0] - 1].norm in PREPOSITIONS:
        return None
    verb = words[found[0]].norm
    stem = next((verb[:-len(s)] for s in _OBJECT_SUFFIXES if verb.endswith(s) and len(verb) - len(s) >= 2), verb)
    if stem[:1] == "ي" or stem[:1] == "ت" and not stem.endswith("ت") \
            or stem[:1] == "ا" and len(stem) >= 5 and stem[-2] == "ا":
        return None                               # an imperfect (ينفذ، تنفذ) or a verbal noun (إرسال، اجتماع)
    if stem.endswith(("و", "وا")):
        return "p"
    if stem.endswith("ت"):
        return "f"
    return "m" if len(stem) >= 3 else ""


def _resumer_agrees(gender: str, actor: list[Mention], text: str) -> bool:
    """Whether a party may be the pronoun subject of a resuming verb of that gender ("p" a
    plural: a compound, a body of people or a group; "f"/"m": a name of that gender, or one
    whose gender its form does not tell, but never a people's plural for a singular)."""
    if gender == "p":
        return len(actor) > 1 or actor[0].type == "GROUP" or _people_plural(actor[0], text)
    if gender == "f" and actor[0].type == "PER":
        return False                              # a woman named is rare; a feminine verb's subject is a body
    if gender in ("f", "m"):
        have = _mention_gender(actor[0], text)
        return (have is None or have == gender) and len(actor) == 1 and not _people_plural(actor[0], text)
    return True


_LIGHT_TYPES: dict[int, tuple[set, str | None]] = {}


def _light_type(light: set) -> str | None:
    """The PLOVER type most of a light verb's nouns code (triggers.yaml's nouns and light
    nouns), if more than half do: شن → ASSAULT, عقد → CONSULT; once per verb."""
    known = _LIGHT_TYPES.get(id(light))
    if known is not None and known[0] is light:
        return known[1]
    t, counts = triggers(), {}
    for noun in light:
        spec = t["nouns"].get((noun,)) or t["light_nouns"].get(noun)
        if spec:
            counts[spec["type"]] = counts.get(spec["type"], 0) + 1
    best = max(counts, key=counts.get) if counts else None
    found = best if best is not None and counts[best] * 2 > len(light) else None
    _LIGHT_TYPES[id(light)] = (light, found)
    return found


_ATTACHED_PRONOUNS = ("هما", "هم", "ها", "ه")   # longest first: a pronoun written on a word (هن aside)
_OBJECT_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
_CONDUCT_REACH = 3                                # words from an event noun to the verb that conducts it


def _relative_conduct(args: "_Args", i: int, end: int, kind: str) -> list[Mention] | None:
    """The subject of a verb of conducting in a relative clause that resumes the event noun
    by a pronoun, on the verb or after its preposition ("وساطة قادها الأمير الحسن"، "اتصالات
    شارك فيها اللواء عباس إبراهيم"، "العمليات التي تقودها الهيئة"): that subject does the act."""
    words = args.words
    j, limit = end, min(end + _CONDUCT_REACH, len(words) - 2)
    while j < limit and not words[j].is_punct and (words[j].norm in RELATIVES or args.at(j) is None
                                                   and not _conducts(words[j])):
        if args.at(j) is not None or words[j].norm in PREPOSITIONS:
            return None                           # the noun's own name or complement first
        j += 1
    if j >= limit or not _conducts(words[j]):
        return None
    k = j + 1
    if words[k].norm in PREPOSITIONS and k + 1 < len(words):
        k += 1                                    # "شارك فيها"
    if words[k].norm not in PRONOUNS:
        return None
    subject, _ = _subject_after(args, k + 1, kind in triggers()["crowd_types"])
    return subject or None


def _conducts(word: Word) -> bool:
    """A form of a verb of conducting (قاد، قادت، تقود، شارك)."""
    return _conducting_form(word.norm, word.lemma or word.norm)


@lru_cache(maxsize=65536)
def _conducting_form(norm: str, lemma: str) -> bool:
    t = triggers()
    return _n(lemma) in t["conducts"] or norm in t["conducts"] or bool(_verb_by_stem(norm, t["conduct_table"]))


@lru_cache(maxsize=65536)
def _suffixed_light(norm: str) -> set | None:
    """The nouns of a light verb that carries its object pronoun unsplit (عقده، شنتها، نفذوها):
    the verb without the pronoun, once per form."""
    for suffix in _OBJECT_SUFFIXES:
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 2:
            light = _light_stem(norm[:-len(suffix)])
            if light:
                return light
    return None


def _light_stem(stem: str) -> set | None:
    """The nouns of the light verb a form without its object pronoun is; a defective verb's
    final ى is written ا before the pronoun (أجراها → أجرى), and a plural's final alef is dropped
    (عقدوه → عقدوا)."""
    forms = (stem, stem[:-1] + "ي") if stem.endswith("ا") else (stem, stem + "ا") if stem.endswith("و") else (stem,)
    for form in forms:
        light = _lexical(form, form)[0]
        if light:
            return light
    return None


def _imperfect_stem(stem: str, verbs: dict) -> tuple[dict, str] | None:
    """The verb of an imperfect stem with its suffix off (ينسحب → انسحب، يطالب → طالب، تتحاور → تحاور):
    the prefix off, or the alef of forms VII, VIII and X put back for it."""
    rest = stem[1:]                               # an assimilated root keeps its و after the prefix only in forms
    order = ("ا" + rest, rest) if len(rest) == 3 and rest[0] == "و" else (rest, "ا" + rest)   # IV and II:
    for lemma in order:                           # "لم يوقفوا" is أوقف's, وقف's is يقفوا (round s31)
        if lemma in verbs:
            return verbs[lemma], lemma
    return None


def _verb_by_stem(norm: str, table: dict | None = None) -> tuple[dict, str] | None:
    """A verb the lemma table missed: the imperfect prefix or the feminine past -ت off
    (تهاجم → هاجم, هاجمت → هاجم)."""
    verbs = triggers()["verbs"] if table is None else table
    if len(norm) >= 6 and norm[0] in "يتن" and norm.endswith(("وا", "ون", "ان")):
        found = _imperfect_stem(norm[:-2], verbs)
        if found:                                 # the imperfect's plural or dual: ينسحبوا، يطالبون، تتحاوران
            return found
    if len(norm) >= 3 and norm[0] in "يتن":   # three letters: a doubled verb's imperfect (يرد، تحث ← رد، حث)
        for stem in (norm[1:], norm[1:-2] if norm.endswith(("ون", "ان")) else None):
            if stem and stem in verbs:
                return verbs[stem], stem
    if len(norm) >= 3 and norm.endswith("ت") and norm[:-1] in verbs:
        return verbs[norm[:-1]], norm[:-1]       # a doubled verb's two letters too: دكّت → دكّ، حثّت → حثّ
    if len(norm) >= 5 and norm.endswith("وا") and norm[:-2] in verbs:
        return verbs[norm[:-2]], norm[:-2]
    if len(norm) >= 5 and norm.endswith("تا") and norm[:-2] in verbs:
        return verbs[norm[:-2]], norm[:-2]       # the feminine dual: أدانتا → أدان
    # a defective verb loses its final ى (or ا) before -ت, -وا and the dual -تا: استولت، أجرت، التقوا، دعتا →
    # استولى، أجرى، التقى، دعا
    for ending in ("ت", "وا", "تا"):
        if len(norm) >= (4 if ending == "تا" else 3 + len(ending)) and norm.endswith(ending):
            for stem in (norm[:-len(ending)] + "ي", norm[:-len(ending)] + "ا"):
                if stem in verbs:
                    return verbs[stem], stem
    # an object pronoun on the verb ("وحثها على احترام"، "اتهمهم"): not ه alone, the normalised ة of nouns
    if len(norm) >= 4 and norm.endswith(("ها", "هم", "هما")):
        rest = norm[:-3] if norm.endswith("هما") else norm[:-2]
        if len(rest) >= 2 and rest != norm and (rest in verbs or len(rest) >= 3 and _verb_by_stem(rest, table)):
            return (verbs[rest], rest) if rest in verbs else _verb_by_stem(rest, table)
    # a plural subject's -وا loses its alef before an object pronoun ("هاجموه"، "اعتقلوهم"، "استهدفونا")
    for pronoun in ("هما", "هم", "ها", "نا", "ه"):
        rest = norm[:-len(pronoun) - 1]
        if norm.endswith("و" + pronoun) and len(rest) >= 3 and rest in verbs:
            return verbs[rest], rest
    # a defective verb's final ى is written ا before the pronoun the segmenter split off ("أرداه" → اردا|ه)
    if len(norm) >= 4 and norm.endswith("ا") and norm[:-1] + "ي" in verbs:
        return verbs[norm[:-1] + "ي"], norm[:-1] + "ي"
    # the masculine dual of the past (اتفقا، تباحثا → اتفق، تباحث): not a three-letter verb, whose form
    # with -ا is as often its accusative masdar (قتلا، دعما), nor one of forms V and VI (تضامنا "in solidarity")
    if table is None and len(norm) >= 5 and norm.endswith("ا") and norm[:-1] in verbs and norm[0] != "ت" \
            and norm[:-1] not in triggers()["bare_ambiguous"]:
        return verbs[norm[:-1]], norm[:-1]
    # the imperfect of a defective verb in و (ندعو، نعفو → دعا، عفا); not its plural يدعون, as often يدّعون "they claim"
    if len(norm) >= 4 and norm[0] in "يتن" and norm.endswith("و") and norm[1:-1] + "ا" in verbs:
        return verbs[norm[1:-1] + "ا"], norm[1:-1] + "ا"
    # a three-letter one (قضت → قضى) only for a verb that needs its words after it: so short a
    # form is often a noun ("أوت" the month, "بنت" a girl)
    if len(norm) == 3 and norm.endswith("ت") and (norm[:2] + "ي") in verbs and isinstance(verbs[norm[:2] + "ي"], dict) \
            and verbs[norm[:2] + "ي"].get("needs"):
        return verbs[norm[:2] + "ي"], norm[:2] + "ي"
    # ... and a doubled one (فضّت → فضّ) on the same terms
    if len(norm) == 3 and norm.endswith("ت") and isinstance(verbs.get(norm[:2]), dict) and verbs[norm[:2]].get("needs"):
        return verbs[norm[:2]], norm[:2]
    # the imperfect of a verb with a prefixed alef (forms IV, VII, VIII, X): يستولي → استولى، ينسحب → انسحب;
    # a four-letter form IV only for a light verb, whose noun must follow (ترسل قوات → أرسل; توقف is
    # "stopped" as often as تُوقف "arrests")
    if len(norm) >= (5 if table is None else 4) and norm[0] in "يتن" and "ا" + norm[1:] in verbs:
        return verbs["ا" + norm[1:]], "ا" + norm[1:]
    # a hollow verb's imperfect keeps its middle و/ي where the past has ا: يزور → زار (form I),
    # يستقيل → استقال (form X).  Not form IV: تقول would read as أقال, تغير (changes) as أغار
    if table is None and len(norm) >= 4 and norm[0] in "يتن":
        body = norm[1:-2] if len(norm) >= 6 and norm.endswith(("ون", "ان")) else norm[1:]
        if len(body) == 3 and body[1] in "وي" or len(body) == 5 and body.startswith("ست") and body[3] in "وي":
            stem = ("" if len(body) == 3 else "ا") + body[:-2] + "ا" + body[-1]
            if stem in verbs:
                return verbs[stem], stem
    return None


def _reports(word: Word) -> bool:
    """A verb of saying or confirming: its object is someone's act it reports ("حزب الله
    يؤكد اغتيال قائده"), not its subject's."""
    return _n(word.lemma or word.norm) in triggers()["reporting"] or _reporting_form(word.norm)


@lru_cache(maxsize=65536)
def _reporting_form(norm: str) -> bool:
    """A form of a verb of saying the lexicon missed (تؤكد، أكدت), once per form."""
    return bool(_verb_by_stem(norm, triggers()["reporting_table"]))


@lru_cache(maxsize=65536)
def _control_form(norm: str) -> bool:
    """A form of a control verb the lemma table missed (شاركت، تشارك، قرروا), once per form."""
    return bool(_verb_by_stem(norm, triggers()["control_table"]))


def _finite(word: Word) -> bool:
    """A finite verb by its form: an imperfect (تستضيف) or a past with its subject suffix
    (بثت، بثوا) whose lemma the lexicon gives apart."""
    norm, lemma = word.norm, _n(word.lemma or "")
    return _imperfect(word) or (lemma != norm and norm.endswith(("ت", "وا")) and not norm.endswith("ات"))


def _imperfect(word: Word) -> bool:
    """An imperfect verb: a prefix ي/ت/ن/أ that its lemma lacks (تعقد ← عقد, not تظاهر)."""
    norm, lemma = word.norm, _n(word.lemma or "")
    if len(norm) <= 2 or norm[0] not in "يتنا" or norm.startswith("ال"):
        return False                              # ال is the article (المجلس), not the prefix أ
    if _broken_plural_afal(norm, lemma):
        return False                              # "أركان"، "أطفال"، "أعضاء": a plural أفعال, no أفعل verb
    if lemma and lemma != norm:
        return not lemma.startswith(norm[0])
    found = _verb_by_stem(norm)                   # the lexicon missed it: تهاجم → هاجم
    return bool(found) and found[1] in (norm[1:], norm[1:-1])


def _broken_plural_afal(norm: str, lemma: str) -> bool:
    """A broken plural of the pattern أفعال (أركان ← ركن، أطفال ← طفل، أعضاء ← عضو): five letters,
    ا first and fourth, over a three-letter singular whose letters it keeps.  No imperfect verb
    has that shape (أفعل has four letters, أفاعل its ا second), so the ا is no first person's prefix."""
    if len(norm) != 5 or norm[0] != "ا" or norm[3] != "ا" or len(lemma) != 3:
        return False
    return lemma[:2] == norm[1:3] and (lemma[2] == norm[4] or lemma[2] in "ويى" and norm[4] in "ءي")


def _derived_imperfect(norm: str) -> bool:
    """An imperfect of a derived verb whose lemma starts with alef (forms IV, VIII, X) that the lexicon missed:
    the prefix ي/ت/ن for that alef ("قد ترسل" ← أرسل، "تستهدف" ← استهدف), a verb of the trigger or light-verb tables.
    Asked after قد only (a hedge), where a perfect or an imperfect may stand."""
    t = triggers()
    lemma = "ا" + norm[1:]
    return norm[0] in "يتن" and len(norm) >= 4 and (lemma in t["verbs"] or lemma in t["light"])


def _bare_conjunction(norm: str) -> str:
    """A word without the conjunction و/ف the segmenter left on it: وقد → قد, وس → س."""
    return norm[1:] if len(norm) >= 2 and norm[0] in "وف" else norm


def _conjunction_forms(norm: str) -> tuple[str, ...]:
    """The word as it stands and, when و/ف opens it, without them: a check that a conjunction the
    segmenter left on must not blind ("وطلاب"، "ووفقا")."""
    bare = _bare_conjunction(norm)
    return (norm,) if bare == norm else (norm, bare)


def _declared_truce(words: list[Word], i: int, end: int) -> bool:
    """A truce a side declares (`declared`): a unilateral word right after it (past one adjective: "هدنة
    إنسانية أحادية"; "من جانب واحد"), or a declaring word before it in its clause, at most six words back ("أعلن الجيش السوداني
    هدنة"), with no word of an agreed truce or of both parties between (agreed_truce: "أعلن التوصل إلى هدنة") and no
    parties after it ("هدنة بين الطرفين": a ceasefire between others, announced by a mediator)."""
    t = triggers()
    after = [_plain(w.norm) for w in words[end:end + 5]]   # past the rest of a phrase ("وقفا لإطلاق| النار")
    if "بين" in after[:3]:
        return False
    if any(w in t["unilateral"] for w in after[:3]) or " من جانب واحد " in " " + " ".join(after) + " ":
        return True                               # "هدنة أحادية"، "وقف إطلاق النار من جانب واحد"
    for k in range(i - 1, max(-1, i - 7), -1):
        norm = _bare_conjunction(words[k].norm)
        if words[k].is_punct or norm in t["agreed_truce"]:
            return False
        if norm in t["declaring"]:
            return True
    return False


def _denied(words: list[Word], i: int) -> bool:
    """The act at word i is the object of a denial (denials: "نفت الشرطة اعتقال أي متظاهرين"، "نفى الجيش
    قصف المستشفى"): a denial verb at most three words before it, past its subject only, no preposition or
    clause break between ("نفى مسؤوليته عن الهجوم" denies a part in an attack that happened)."""
    t = triggers()
    for k in range(i - 1, max(-1, i - 4), -1):
        w = words[k]
        if w.is_punct or w.norm in t["prepositions"] or w.norm in t["complementizers"]:
            return False
        if _bare_conjunction(w.norm) in t["denials"]:
            return True
    return False


def _status(words: list[Word], i: int, event_day: date | None, published: date | None, kind: str = "noun") -> str:
    """The event's status from the words before and after its trigger at word i and its day.  A verb in
    the perfect or a participle (its ḥāl: "، داعيا") tells an act done: a future word after it or a later
    day is its content's ("دعت المعارضة إلى التظاهر يوم الجمعة المقبل": the call is made), not its own; so
    does a noun a relative clause in the perfect tells ("الهجوم الذي استهدف السوق")."""
    t = triggers()
    bare = _bare_conjunction
    start = max(0, i - 6)
    start = next((k + 1 for k in range(i - 1, start - 1, -1) if words[k].norm in ("،", ",", "؛", ".")), start)
    done = _told_as_done(words[i], kind)
    told = kind in ("noun", "light") and _told_done(words, i)
    reach = _reach_start(words, i)
    start = max(start, reach)                     # "يتوقع مراقبون أن يمثل المتهمون بتفجير": not the bombing's
    window = [bare(w.norm) for w in words[start:i]]   # the clause's own words: "… المقبلة، داعيا" is no future
    before = bare(words[i - 1].norm) if i > 0 else ""
    relative_ma = before == "ما" and i > 1 and bare(words[i - 2].norm) in t["relative_ma_heads"]
    if (before in t["negation"] and not relative_ma) or (i > 1 and words[i - 2].norm in t["negation"] and before == "يكن"):
        return "negated"
    if before in t["negating_heads"] or before in ("ان", "بان") and i > 1 and bare(words[i - 2].norm) in t["negating_heads"]:
        return "negated"                          # "عدم التدخل"، "من دون أن يعلن"
    if before in t["passive_auxiliaries"] and i > 1 and bare(words[i - 2].norm) in t["negation"]:
        return "negated"                          # "لن يتم الإفراج عن المعتقلين"، "لم يتم اعتقال أي شخص"
    present = set(window)
    if _denied(words, i) or present & t["preverbal_negators"] and _negated_control(words, start, i):
        return "negated"                          # "نفت الشرطة اعتقال أي متظاهرين"، "لن يشارك في أي مفاوضات"
    if _any_negated(words, reach, i) or _denied_content(words, reach, i):
        return "negated"                          # "لم يتم تسجيل أي اعتقالات"، "نفى أن يكون الجيش قد قصف"
    if told:
        pass                                      # "ارتفاع حصيلة الهجوم الذي استهدف السوق": told done
    elif present & t["hedge_cues"] and _hedged(words, start, i) or _after_condition(words, start) \
            or _proposed(words, reach, i):
        return "hypothetical"
    elif before == "س" or present & t["future"] or not done and (
            any(w.norm in t["future"] for w in words[i:i + 4]) or _governed_future(words, reach, i)):
        return "future"
    if before in ("ان", "بان") and i > 1 and bare(words[i - 2].norm) in t["future_links"] and kind != "noun":
        return "future"                           # "على أن تطلق الدفعة الأولى": stipulated, still to come; a noun
        #                                           there opens a nominal clause ("اتفقوا على أن الهجوم كان الأعنف")
    if before in t["future_links"] and i > 1 and (bare(words[i - 2].norm) in t["stipulations"]
                                                  or _agreed_on(words, i)):
        return "future"                           # "ينص الاتفاق على إدخال"، "اتفقتا على تبادل": still to come
    if kind == "noun" and _agreed_conjunct(words, i):
        return "future"                           # "اتفقتا على استئناف العلاقات وإعادة فتح سفارتيهما"
    if not told and _sought(words, reach, i):
        return "hypothetical"                     # "قالت حماس إنها تسعى إلى تمديد الهدنة": aimed at, not done
    if event_day and published and event_day > published and not done and not told:
        return "future"                           # "الإضراب الشامل غدا الخميس": dated after the article
    if event_day and published and (published - event_day).days > t["historical_days"]:
        return "historical"
    if _since(words, i) or event_day is None and _previously(words, reach, i):
        return "historical"
    return "asserted"


def _first_day(time: dict | None) -> date | None:
    """The first day of a time's value: a day, the 1st of a month or year, the Monday of an ISO
    week ("الأسبوع المقبل" 2026-W50), the start of a range; None for a time with no value."""
    return _bound_day(time, last=False)


def _last_day(time: dict | None) -> date | None:
    """The last day of a time's value: a day, the last of a month or year, the Sunday of an ISO
    week, the end of a range; None for a time with no value."""
    return _bound_day(time, last=True)


def _bound_day(time: dict | None, *, last: bool) -> date | None:
    """The first or the last day a time's value covers (see _first_day, _last_day)."""
    value = ((time or {}).get("value") or "").split("/")[-1 if last else 0].split("T")[0]
    try:
        if "-W" in value:
            year, week = value.split("-W")
            return date.fromisocalendar(int(year), int(week[:2]), 7 if last else 1)
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1] if last else 1)
        return date(*parts[:3])
    except ValueError:
        return None


def _planned_before_the_news(event, published: date | None) -> bool:
    """An act a future cue tells as still to come (`_status`: future) whose time ended before
    publication: that time is another act's, carried from an earlier clause or sentence ("أدين عياش
    أمس … ومن المقرر أن تعقد المحكمة جلسات لاحقة لتحديد العقوبة"), and the planned act's own day is
    not told there.  Read before an announcement or a pledge makes an act future ("أعلنت السعودية
    إرسال مساعدات": the announcement's day dates it, session 16)."""
    if published is None or event.status != "future" or event.uttered:
        return False                              # "سنرد بحزم": a threat made, asserted (session 20)
    day = _last_day(event.time)
    return day is not None and day < published


def _unrealised_carried(words: list[Word], event) -> bool:
    """An act its own sentence tells as still to come or only possible (`_status`: future,
    hypothetical) whose time stands in an earlier sentence of its paragraph: that time is the day of
    the act the earlier sentence told ("أدانت المحكمة المتهم أمس. … وقد يُحكم عليه بالسجن المؤبد"), and the
    unrealised act's own day, if it has one, is told with it, not carried to it.  A promise or an
    announcement made future later (`_announced_pending`) keeps the day of its telling (session 16), and
    so does a threat uttered ("وقالت هيلي … إن بلادها سترد": the day she said it)."""
    return event.status in ("future", "hypothetical") and not event.uttered and event.time is not None and bool(words) \
        and event.time["start"] < words[0].start


def _told_as_done(word: Word, kind: str) -> bool:
    """A trigger told as done: a participle, or a verb not in the imperfect."""
    return kind == "participle" or kind == "verb" and not _imperfect(word)


def _done_after_the_news(word: Word, event, published: date | None) -> bool:
    """An act told as done (a verb in the perfect or a participle, asserted or negated) whose time
    falls after publication: that time is its content's, what it calls for, announces or sets
    ("ودعت المعارضة إلى التظاهر يوم الجمعة المقبل"، "محمّلة الدولة …" after "اعتبارا من الاثنين
    المقبل"، "معلنا تثبيت الأسعار للشهر المقبل"), not the day it was done, which the text does not
    give there (`_status` already keeps such an act asserted)."""
    if published is None or event.status not in ("asserted", "negated"):
        return False
    day = _first_day(event.time)
    return day is not None and day > published and _told_as_done(word, event.kind)


def _sought(words: list[Word], start: int, i: int) -> bool:
    """The trigger at word i is what a word of seeking (seeking: تسعى، السعي، سعيا) aims at: إلى or ل after it (past
    its subject, at most two words) and the trigger at most three words past that link, quotation marks aside ("تسعى إلى تمديد الهدنة"، "اتهم باريس بالسعي
    إلى "التدخل عسكريا""): considered, hypothetical; a future cue before it comes first ("ستسعى إلى مفاوضات")."""
    t = triggers()
    for k in range(max(start, i - 8), i - 1):
        if _bare_conjunction(words[k].norm) not in t["seeking"]:
            continue
        link = next((j for j in range(k + 1, min(i, k + 4)) if words[j].norm in ("الي", "ل")), None)
        if link is None or any(w.is_punct for w in words[k + 1:link]):
            return False                          # past its subject only: "تسعى القوات إلى السيطرة"
        between = [w for w in words[link + 1:i] if w.norm not in t["quotes"]]
        return len(between) <= 3 and not any(w.is_punct for w in between)
    return False


def _previously(words: list[Word], start: int, i: int) -> bool:
    """An undated act a verb of "having already" puts before the news (previously + أن, past ل and its pronoun:
    "سبق أن اتهمت المفوضية منظمات دولية"، "وسبق لها أن شنت هجمات مماثلة"): background, historical.  "سبق" with a
    noun after it ("وسبق الجلسة سقوط صواريخ") only orders two acts of the news."""
    t = triggers()
    for k in range(start, i - 1):
        if _bare_conjunction(words[k].norm) not in t["previously"]:
            continue
        after = [w.norm for w in words[k + 1:min(i, k + 6)]]
        if after[:1] == ["ان"] or after[:1] == ["ل"] and "ان" in after[1:5]:
            return True                           # "سبق أن"، "سبق لها أن"، "سبق لتنظيم الدولة أن"
    return False


def _reach_start(words: list[Word], i: int) -> int:
    """The first word of the stretch before the trigger at word i whose status words may govern it: back up
    to status_reach words, to a clause break (not a quotation mark), a relative pronoun, or one of
    status_reach_stops or charges (عن، بعد، منذ، المتهمون، بتهمة …: the act after one is another, earlier,
    apart or charged)."""
    t = triggers()
    k, floor = i, max(0, i - t["status_reach"])
    while k > floor:
        w = words[k - 1]
        if w.is_punct and w.norm not in t["quotes"] and _opens_inclusion(words, k):
            floor = max(0, k - 1 - t["status_reach"])   # "ستتخذ الإجراءات، بما فيها تقديم شكوى": the list's verb
        elif w.is_punct and w.norm not in t["quotes"] or w.norm in t["relatives"] and w.norm not in ("ما", "من") \
                or _bare_conjunction(w.norm) in t["status_reach_stops"] or w.norm in t["charges"]:
            break
        k -= 1
    return k


def _opens_inclusion(words: list[Word], k: int) -> bool:
    """Words k… open a list of what the object before the comma includes (triggers.yaml `included_in`:
    "بما فيها"، "بما في ذلك"): its acts are that object's, under the status words of the clause before."""
    return any(tuple(w.norm for w in words[k:k + len(phrase)]) == phrase for phrase in triggers()["included_in"])


def _governed_future(words: list[Word], start: int, i: int) -> bool:
    """A future cue in the stretch start..i-1 before the trigger at word i ("ويرتقب أن يصل المبعوث إلى عدن
    لإجراء محادثات"): a word of the future list, or the future's س before a verb that is not of continuing
    ("ستعقد الجولة الثانية من المفاوضات"; not "سيواصل المحققون التحقيق في الهجوم")."""
    t = triggers()
    for k in range(start, i):
        norm = _bare_conjunction(words[k].norm)
        if norm in t["future"]:
            return True
        if norm == "س" and k + 1 < i:
            verb = _bare_conjunction(words[k + 1].norm)
            if verb and verb not in t["cut_short"] and (verb not in t["continuations"] or _continued(words, k + 1, i)):
                return True
    return False


def _continued(words: list[Word], verb: int, i: int) -> bool:
    """The trigger at word i is the act a verb of continuing at word `verb` carries on, its object within three
    words past its subject or a quotation mark with no preposition between ("ستواصل التعاون مع شركائها"،
    "ستواصل «حربها على الإرهاب»"): still to come, unlike an act after a preposition ("سيواصل المحققون التحقيق في
    الهجوم": the attack is done)."""
    t = triggers()
    between = words[verb + 1:i]
    return len(between) <= 3 and not any(w.is_punct and w.norm not in t["quotes"] or w.norm in t["prepositions"]
                                         for w in between)


def _proposed(words: list[Word], start: int, i: int) -> bool:
    """The trigger at word i is what a proposal, a draft resolution or law, or a word of likelihood in the
    stretch start..i-1 puts forward ("اقترحت مصر عقد جولة مفاوضات"، "يدعو مشروع قرار إلى وقف إطلاق النار"،
    "لا يستبعد مراقبون أن تقصف الطائرات"): considered, not done."""
    t = triggers()
    for k in range(start, i):
        norm = _bare_conjunction(words[k].norm)
        if norm in t["proposing"] or norm in t["unlikely"]:
            return True
        if norm in t["drafts"] and k + 1 < i and words[k + 1].norm in t["drafted"]:
            return True
    return False


def _agreed_conjunct(words: list[Word], i: int) -> bool:
    """The noun trigger at word i, after و (or و على), is a further act of a list that parties agree on or an
    accord lays down ("اتفقت السعودية وإيران على استئناف العلاقات وإعادة فتح سفارتيهما"، "اتفق البلدان على احترام
    السيادة …، وعلى تفعيل اتفاقية التعاون"): back across the list, commas too, to the على of its first act, at
    most 14 words, within the sentence."""
    t = triggers()
    if i < 2:
        return False
    start = i - 1
    if words[start].norm == "علي":
        start -= 1
    if words[start].norm != "و":
        return False
    for k in range(start - 1, max(0, i - 14), -1):
        norm = words[k].norm
        if norm in _STOPS:
            return False
        if _bare_conjunction(norm) == "علي":
            return _agreed_on(words, k + 1) or _bare_conjunction(words[k - 1].norm) in t["stipulations"]
    return False


def _demanded(words: list[Word], i: int) -> bool:
    """The trigger at word i is an act a verb of demanding or calling asks for (demands: "دعت المفوضية إلى إطلاق
    سراح المهاجرين"، "تطالب بغداد بانسحاب القوات"): a link (إلى، ب) right before it, or before a masdar of
    holding (demand_light: "داعيا البرلمان إلى عقد جلسة"), and the verb at most demand_reach words before the
    link past its subject or addressee, with no clause break, link or verb of saying between."""
    t = triggers()
    link = i - 1
    while link > 0 and words[link].norm in t["quotes"]:   # 'دعا إلى "العصيان المدني"': the act quoted
        link -= 1
    if link > 0 and _bare_conjunction(words[link].norm) in t["demand_light"]:
        link -= 1
    if link > 1 and words[link].norm == "و":    # a further act of the list: "إلى العصيان المدني والإضراب العام"
        link = next((k for k in range(link - 1, max(0, link - 5), -1)
                     if words[k].is_punct or words[k].norm in t["demand_links"]), 0)
    if link < 1 or words[link].norm not in t["demand_links"]:
        return False
    for k in range(link - 1, max(-1, link - 1 - t["demand_reach"]), -1):
        norm = _bare_conjunction(words[k].norm)
        if words[k].is_punct and norm not in t["quotes"] or norm in t["demand_links"] or norm in t["reporting"]:
            return False
        if norm in t["demands"]:
            return True
    return False


def _agreed_on(words: list[Word], i: int) -> bool:
    """The trigger at word i, right after على, is what a verb of agreeing (agreed_on) up to four words before
    that على lays down ("اتفقت روسيا وأوكرانيا على تبادل"، "اتفقت الأطراف أيضا على الاجتماع"): no clause break
    between."""
    t = triggers()
    for k in range(i - 2, max(-1, i - 7), -1):
        if words[k].is_punct:
            return False
        if _bare_conjunction(words[k].norm) in t["agreed_on"]:
            return True
    return False


def _any_negated(words: list[Word], start: int, i: int) -> bool:
    """"Any" right before the trigger at word i under a negation, a negating head or a denial in the stretch
    start..i-2 ("لم يتم تسجيل أي اعتقالات"، "لم تشهد المدينة أي احتجاجات"، "نفت الرئاسة وجود أي مفاوضات"):
    no such act took place."""
    t = triggers()
    if i == 0 or _bare_conjunction(words[i - 1].norm) not in t["any_words"]:
        return False
    cues = t["preverbal_negators"] | t["negating_heads"] | t["denials"] | {"ما", "ليس"}
    return any(_bare_conjunction(w.norm) in cues for w in words[start:i - 1])


def _denied_content(words: list[Word], start: int, i: int) -> bool:
    """The trigger at word i is the first act of a clause a denial introduces with أن ("نفى المتحدث أن يكون
    الجيش قد قصف المستشفى"، "نفت الوزارة أن تكون قواتها استهدفت المدنيين"): a preposition between أن and the
    trigger makes it something the denied act touched, not the act ("نفى أن يكون له علاقة بالهجوم")."""
    t = triggers()
    for k in range(i - 1, start - 1, -1):
        norm = _bare_conjunction(words[k].norm)
        if norm in t["prepositions"]:
            return False
        if norm in ("ان", "بان"):
            return any(_bare_conjunction(w.norm) in t["denials"] for w in words[max(start, k - 5):k])
    return False


def _told_done(words: list[Word], i: int) -> bool:
    """The noun trigger at word i is told done by a relative clause in the perfect within the next few words
    ("ارتفاع حصيلة الهجوم الذي استهدف السوق"، "الغارات التي شنتها الطائرات"); كان after the relative may
    tell a plan ("الاجتماع الذي كان مقررا"), an imperfect an act going on."""
    t = triggers()
    for k in range(i + 1, min(len(words) - 1, i + 6)):
        w = words[k]
        if w.is_punct and w.norm not in t["quotes"]:
            return False
        if w.norm in t["relatives"] and w.norm not in ("ما", "من"):
            verb = words[k + 1]
            return not (verb.is_punct or verb.norm.startswith("ال") or verb.norm in t["prepositions"]
                        or _imperfect(verb) or _n(verb.lemma or "") == "كان" or verb.norm.startswith("كان"))
    return False


_CONTROL_REACH = 5                                # words from a control verb to the masdar it governs (its subject between)


def _controlled_masdar(words: list[Word], i: int) -> bool:
    """The bare form at word i (triggers.yaml controlled_masdars: حظر، منع) is the verbal noun a control verb governs
    as its object, the verb within `_CONTROL_REACH` words before it in its clause with only its subject or a time
    between ("وقررت القاهرة حظر سفر المواطنين"، "أعلنت سلطة الطيران المدني حظر تحليق الطائرات"): its act, done
    by that verb's subject.  A verb or a preposition between ends the search ("قرر أن يمنع"، "أعلن عن منع")."""
    t = triggers()
    for k in range(i - 1, max(i - 1 - _CONTROL_REACH, -1), -1):
        word = words[k]
        if word.is_punct or word.norm in t["frame_stops"] or word.norm in t["relatives"]:
            return False
        if _n(word.lemma or "") in t["control"] or _control_form(word.norm):
            return k < i - 1                      # its subject between: "قرر حظر" alone may be the noun's head
    return False


def _negated_control(words: list[Word], start: int, i: int) -> bool:
    """A negated verb of taking part or of managing in the clause before the noun trigger at word i ("لن يشارك
    في أي مفاوضات"، "لم يتمكن الصليب الأحمر من زيارة الأسرى"، "لم تقم الشرطة باعتقال"): the act is not
    done.  The negator stands right before that verb (preverbal_negators)."""
    t = triggers()
    for k in range(max(start, 1), i):
        if _bare_conjunction(words[k - 1].norm) not in t["preverbal_negators"]:
            continue
        if _n(words[k].lemma or "") in t["control"] or _control_form(words[k].norm):
            return True
    return False


def _hedged(words: list[Word], start: int, i: int) -> bool:
    """A hedge in the clause before the trigger at word i (words start..i-1): a word of likelihood or
    study (hypothetical: "يرجح أن تشن"، "تدرس فرض")، a conditional noun after في ("وفي حال رفض الطرفان")، or
    قد before an imperfect verb, the trigger or the verb that carries it ("قد تلجأ السلطات إلى فرض حظر");
    قد before a past verb asserts ("كان قد زار")."""
    t = triggers()
    bare = _bare_conjunction
    for k in range(start, i):
        norm = bare(words[k].norm)
        if norm == "قد":
            if _imperfect(words[k + 1]) or _derived_imperfect(words[k + 1].norm):
                return True
        elif norm in t["hypothetical"]:
            return True
        elif norm in t["conditional_nouns"] and k > start and words[k - 1].norm in ("في", "وفي"):
            return True
        elif norm in t["willing"] and (k + 1 < i and words[k + 1].norm in PRONOUNS
                                       or k > 0 and bare(words[k - 1].norm) == "علي"):
            return True                           # "أبدت استعدادها لتقديم الدعم"، "على استعداد للتفاوض"
    return False


def _after_condition(words: list[Word], start: int) -> bool:
    """The clause at start follows a comma that closes a conditional clause opening its sentence or its
    clause ("وإذا تواصلت الاحتجاجات، ستفرض الحكومة حظر التجوال"، "وفي حال رفض الطرفان المقترح، سيفرض
    المجلس عقوبات"): the consequence is as hypothetical as its condition."""
    t = triggers()
    if start < 2 or words[start - 1].norm not in ("،", ","):
        return False
    k, floor = start - 2, max(0, start - 14)
    while k > floor and words[k - 1].norm not in ("،", ",", "؛", ".", ":"):
        k -= 1                                    # the first word of the clause before the comma (a short one)
    if words[k].norm == "و" and k + 1 < start - 1:
        k += 1
    first = words[k].norm
    if _bare_conjunction(first) in t["conditionals"]:
        return True
    return first in ("في", "وفي") and k + 1 < start - 1 and words[k + 1].norm in t["conditional_nouns"]


def _since(words: list[Word], i: int) -> bool:
    """A trigger right after منذ (or منذ أن: "ومنذ هجوم قوات الدعم السريع"، "منذ أن أعلنت باريس"),
    or after على that a duration governs ("بعد 15 عاما على اغتيال"، "بعد أكثر من عام على
    سيطرة"), or after من that بعد and a duration of months or years govern ("بعد ثلاث سنوات من سيطرة
    التنظيم"): an act long before the news, where a state or a span began."""
    t = triggers()
    if i == 0:
        return False
    before = _bare_conjunction(words[i - 1].norm)
    if before in t["since"] or before == "ان" and i > 1 and _bare_conjunction(words[i - 2].norm) in t["since"]:
        return True
    if before == "علي" and i > 1:
        return any(w.norm in t["durations"] for w in words[max(0, i - 4):i - 1])
    if before == "من" and i > 2 and not words[i].norm.endswith("ات"):
        # round s20: "بعد نحو ثلاث سنوات من سيطرة التنظيم"، "بعد أشهر من العدوان": months or years after the
        # act; a plural in -ات is what went on that long ("بعد خمسة أشهر من المفاوضات"), and weeks are near
        span = words[max(0, i - 6):i - 1]
        return any(w.norm in t["durations"] for w in span[-3:]) and \
            any(_bare_conjunction(w.norm) == "بعد" for w in span)
    return False


# function-word classes, from triggers.yaml (normalised)
PREPOSITIONS = frozenset(triggers()["prepositions"])
PRONOUNS = frozenset(triggers()["pronouns"])
QUOTES = frozenset(triggers()["quotes"])


@lru_cache(maxsize=65536)
def _indefinite(norm: str) -> str:
    """The accusative tanwin's alef off: اتصالا هاتفيا → اتصال هاتفي, عفوا → عفو."""
    return norm[:-1] if len(norm) > 3 and norm.endswith("ا") else norm


def _locality(mention: Mention) -> bool:
    """A city or a place: where an event happens, seldom who acts ("مفاوضات إسطنبول")."""
    return mention.type in PLACE_TYPES and bool(mention.candidates) and \
        all(c.kind in ("city", "place") for c in mention.candidates)


def _passive(text: str, word: Word) -> bool:
    """A past passive written with its damma (قُتل، أُطلقت، اعتُقل): no agent but على يد."""
    raw = text[word.start:word.end]
    return bool(raw) and raw[0] not in "يتن" and "\u064f" in raw[:5]


def _passive_patient(args: "_Args", i: int, at: int, actor: list[Mention]) -> bool:
    """The name after a past passive written with its damma ("قُتل المعارض أحمد سالم"، "واختُطف الصحفي")
    is whom the act was done to, never its subject: the passive has none after it, its agent is told
    only by a cue (على يد، برصاص، من قبل), which the agent cues read apart."""
    return _passive(args.text or "", args.words[i]) and actor[0].start >= args.words[i].end


def code_sentence(words: list[Word], mentions: list[Mention], sentence: int,
                  event_day: "callable", published: date | None,
                  frames: list[tuple[int, Mention]] | None = None, text: str = "",
                  pair_before: "callable | None" = None, carried: list[Mention] | None = None,
                  state_party: "callable | None" = None, person_named: "callable | None" = None,
                  travelled: "callable | None" = None, dignitary: dict[str, Mention] | None = None,
                  title_holder: "callable | None" = None) -> list[Event]:
    """Events triggered in one sentence.

    `frames` are (word index, mention) of the sentence's reporting subjects (claim
    sources): a verb or participle whose subject is a pronoun ("وقال الجيش إن قواته
    اعتقلت…", "…، متهما الدول الغربية") takes the nearest subject before it, either a
    frame or the actor of an earlier event of the same sentence.  `event_day(trigger,
    triggers)` gives the time (or None) and the day of a trigger among the sentence's
    triggers.  `pair_before(offset, types)` gives the last two parties the article named
    together before an offset ("روسيا وأوكرانيا"), for "البلدين", "الطرفان", "بينهما".
    `state_party(country, kind)` gives the mention of a country (or its government) the
    article names, for "قال … إن بلاده" (the speaker's own state).  `travelled`: the last
    sentence, whose subject is `carried`, told a journey (journeyed(), asked only when needed).
    `dignitary`: honorific head → the last person the article named after it ("سمو الشيخ …"),
    whom that honorific standing alone ("وقال سموه"، "وأكد جلالة الملك") stands for.
    `title_holder(title, mention, offset)`: the person the article named earlier after the same
    title and body ("شيخ الأزهر أحمد الطيب"), for the title alone later ("دعا شيخ الأزهر")."""
    # the words that may start a trigger (most words cannot: one cached look-up each)
    if len(_INERT) > 200_000:
        _INERT.clear()                            # bounded like an lru cache over a long ingest
    candidates = [k for k, w in enumerate(words) if not w.is_punct and (not _INERT[w.norm, w.lemma]
                                                                        or k and w.norm[0] == "ا"
                                                                        and _first_singular(words, k)
                                                                        or _relative_him_shape(words, k))]
    if not candidates:
        return []
    mentions = [m for m in mentions if not _platform_channel(words, m)]   # "عبر منصة «تلغرام»": a channel
    args = _Args(words, mentions)
    args.pair_before = pair_before
    args.text = text
    args.title_holder = title_holder
    args.timed = getattr(event_day, "has_time", None)   # (start, end) → a time stands there
    args.in_time = getattr(event_day, "in_time", None)  # (start, end) → inside a time expression
    events: list[Event] = []
    positions: list[tuple[int, bool]] = []
    act_nouns: list[tuple[int, str, Event]] = []  # (end, type, event) of the event nouns coded so far
    first = words[0].start if words else 0
    topics: list[tuple[int, list[Mention]]] = sorted(((k, [m]) for k, m in frames or [] if m.start >= first),
                                                     key=lambda x: x[0])
    # a speaker named in an earlier sentence ("… . وأضاف أنه التقى"): the subject of a pronoun
    # verb of his claim, not of its event nouns
    distant: list[tuple[int, list[Mention]]] = [(k, [m]) for k, m in frames or [] if m.start < first]
    opener, head = _honorific_opener(words, args) if dignitary else (None, None)
    if opener is not None and head in dignitary and not any(k == opener for k, _ in topics):
        topics.insert(0, (opener, [dignitary[head]]))   # "وقال سموه إن …، داعيا": the honoured person speaks
    speakers = list(topics)                       # the sentence's own speakers, before events join topics
    subjects = None                               # the complement clauses' named subjects, on first need
    starts = args.starts
    names = sorted(k for k, (m, _) in starts.items() if m.type in ARGUMENT_TYPES)
    i, count = 0, len(words)
    while i < count:
        c = bisect.bisect_left(candidates, i)
        if c == len(candidates):
            break
        c = candidates[c]
        p = i                                     # no trigger inside a name: over the names before c
        for k in names[bisect.bisect_left(names, i):bisect.bisect_left(names, c)]:
            if k >= p:
                p = starts[k][1]
        if p > c:
            i = p
            continue
        i = c
        match = _match_trigger(words, i, args)
        if not match:
            found = starts.get(i)                 # over a name: no trigger inside it
            i = found[1] if found and found[0].type in ARGUMENT_TYPES else i + 1
            continue
        spec, end, kind, subject = match
        if kind == "verb" and subject is None and _reacted_masdar(words, i, args):
            kind = "noun"                         # "وأدانت الخارجية خطف مواطن": the condemned act's masdar
        if kind == "verb" and _predicate_of(words, i, args, act_nouns, spec["type"]):
            i = end                               # "ضربة صاروخية استهدفت ملعبا": the strike's own verb, one act
            continue
        called = kind == "noun" and spec["type"] in arguments()["called_gathering_types"] and events \
            and _called_gathering(words, i, events[-1], positions[-1][0])
        if kind in ("noun", "light") and events and not called \
                and _only_wanted(words, i, args, events[-1], positions[-1][0]):
            i = end                               # "هدد باستهداف السفن", "دعا إلى إدخال المساعدات": a threat's or
            continue                              # a request's content, no act done
        if spec.get("negated_only") and not _negated(words, i):
            i = end                               # "سمح" codes only its refusal ("لن تسمح")
            continue
        if spec.get("future_only") and not _future_tense(words, i):
            i = end                               # "رد" codes a threat only in the future ("سنرد"، "سترد بحزم")
            continue
        if spec.get("not_future") and _future_tense(words, i) or spec.get("finite_only") and _fuul_masdar(words[i]):
            i = end                               # "ستقف إلى جانب مالي": standing by promised, no act yet; "أكد وقوف
            continue                              # تركيا إلى جانب": its verbal noun, left out (round s31)
        if spec["type"] in _FORCEFUL_SENSES and _sporting(words, end):
            i = end                               # "هجوم كاسح على مرمى المنافس": a match, no attack
            continue
        event = Event(spec["type"], spec.get("mode"), (words[i].start, words[end - 1].end), sentence=sentence,
                      kind=kind, refusal=spec.get("negated"), elaborates=bool(spec.get("elaborates")),
                      halts=bool(spec.get("halts")), uttered=bool(spec.get("future_only")))
        if kind in ("noun", "light"):
            act_nouns.append((end, spec["type"], event))
        _arguments(event, args, i, end, kind, spec, subject)
        direct = list(event.actor)                # the actor the trigger's own syntax names
        if kind == "verb" and spec.get("recipient") == "object" and event.actor and subject is None \
                and carried and travelled and _opens(words, i) and _host_after(args, i, end, event.actor, carried) \
                and travelled():
            # "ووصل ويتكوف إلى الدوحة. والتقى رئيس الوزراء القطري …": the traveller meets the host
            event.recipient, event.actor = list(event.actor), list(carried)
        elif kind == "verb" and spec.get("recipient") == "object" and event.actor and subject is None \
                and (_joined_after_comma(words, i) or _after_journey(words, i)) \
                and _closes_clause(words, after_actor := _after_actor(args, end, event.actor)) \
                and not _object_after_aside(args, after_actor):
            # "ووصل الرئيس التركي إلى بغداد، …، والتقى رئيس الوزراء العراقي.": a transitive verb whose
            # only noun phrase is the name after it: that name is its object, its subject the
            # sentence's opening subject
            if subjects is None:
                subjects = _clause_subjects(words, args)
            inner = _inner_subject(words, args, i, subjects)
            clause = None if inner else _joined_clause_subject(args, i)
            opening = inner or (clause[1] if clause else opening_subject(words, mentions, text))
            if opening and not set(map(id, opening)) & set(map(id, event.actor)) \
                    and _agrees_shown(words[i], args, clause[0] if clause else _opening_verb_at(words), opening):
                event.recipient, event.actor = list(event.actor), list(opening)
        # (a trigger read as a noun right after the relative is its verb: "الذي قصف مواقع")
        antecedent = _antecedent(args, i, end) if subject is None and (
            kind == "verb" or kind == "noun" and not words[i].norm.startswith("ال")) else None
        if antecedent:                            # "محمود عباس، الذي التقى المبعوث الأمريكي ستيف ويتكوف": he met,
            after = [m for m in event.actor if m.start > words[i].start]   # the name after is whom
            if after and spec.get("recipient") == "object" and not event.recipient:
                event.recipient = after
            event.actor = [antecedent]
            event.recipient = [m for m in event.recipient if m is not antecedent]
        honorific = _honorific_at(words, i + 1 if kind in ("verb", "light") else end) if subject is None else 0
        if honorific:                             # "والتقى جلالته الرئيس …"، "زيارة سموه": the honoured person acts,
            h = i + 1 if kind in ("verb", "light") else end   # a name after the pronoun is the object
            after = [m for m in event.actor if m.start >= words[h].end]
            if after and spec.get("recipient") == "object" and not event.recipient:
                event.recipient = after
            event.actor = [m for m in event.actor if m.start < words[h].start] or _honoured(args, i, topics, carried)
            event.recipient = [m for m in event.recipient if m not in event.actor]
            if not event.actor:                   # "… مع وزير الخارجية روبيو، كما التقى سموه": whom it stands
                i = end                           # for is not named here; no name of the sentence is its subject
                continue
        own = (_own_state(words, i) if kind in ("verb", "light") else _own_state(words, i - 1) if kind == "noun"
               and i > 1 and not words[i - 1].is_punct
               and not _repels(words[i - 1]) else None) if subject is None and not event.lam_agent else None
        #   "إن بلاده ستقدم مساعدات": the noun is the object of the verb whose subject is بلاده; not
        #   "أن قواته صدت هجوما لقوات الدعم السريع", whose attack is the party's after ل
        if own == "self":                         # "وأضاف الجيش أن قواته قصفت": the speaker's own forces
            event.actor = _speaker_itself(sorted(speakers + distant, key=lambda x: x[0]), i, args)
            event.actor = _commanded_forces(words, i if kind in ("verb", "light") else i - 1, event.actor, state_party)
            own = own if event.actor else None    # a person's "قواته" is left to the other readings
        elif own:                                 # "قال ماكرون إن بلاده ستقدم": the speaker's state, not he
            event.actor = _speakers_state(sorted(topics + distant, key=lambda x: x[0]), i, own, state_party)
        if spec.get("agent_only"):
            event.actor = _cued_agent(args, end, spec.get("window", 6))
            if not event.actor:                   # "استشهد شاب" alone: a death, no act of a named party
                i = end
                continue
        if kind == "verb" and spec["type"] == "ASSAULT" and event.actor and _counted_before(words, i, args, event.actor):
            i = end                               # "4385 فلسطينيا قتلوا في القصف": the counted are its victims,
            continue                              # the verb a passive without its agent
        victims_after = False
        if kind == "verb" and (spec["type"] in _FORCEFUL_SENSES or _rescues(spec)) and event.actor \
                and _counted_after(words, end, args, event.actor):
            if spec["type"] == "ASSAULT":         # "وقتل عشرات المدنيين": an unvocalised passive,
                i = end                           # the counted its victims, its agent untold
                continue
            # "واعتقل عشرات الشبان"، "وأنقذت مئات العالقين": the counted are whom it arrests or rescues;
            # who acts is the subject the clause goes on from, if there is one (else the event is dropped)
            event.recipient, event.actor, victims_after = list(event.actor), [], True
        if kind == "verb" and spec["type"] in _FORCEFUL_SENSES and not event.actor and not event.recipient:
            event.recipient = _counted_mentions_after(words, end, args)[:1]
            #                                       "وقتل ثلاثة جنود سوريين بقصف إسرائيلي": the counted, read
            #                                       as no subject, are still its victims, never its actor
        if spec.get("warning") and not _threat(words, end, args, event):
            i = end                               # "حذّرت من مخاطر …": a warning of a danger, no threat
            continue
        if spec.get("vow") and _reprisal(words, end):
            event.type = spec["vow"]              # "تعهد بملاحقة المنفذين": a threat, not a concession
        elif kind == "participle" and spec.get("no_participle") == "vow":
            i = end                               # "، متعهدا بمكافحة الفساد": a manner of saying; a ḥāl of a vow
            continue                              # codes only the threat ("، متعهدا بملاحقة الجناة")
        if spec.get("declared") and kind == "noun" and _declared_truce(words, i, end):
            event.type, event.mode = spec["declared"], None   # "أعلن الجيش هدنة": a side's concession (the ontology)
        after_aside = (end < len(words) and _time_aside_after(args, end)) or end   # round s25: "دمرت، مساء الأربعاء، زورقين"
        for rule in _retypes(spec):
            if _within(words, after_aside, rule[0], spec.get("retype_reach", 10), rule[3] if len(rule) > 3 else None,
                       spec.get("retype_stops")) \
                    or kind == "light" and _among(words, max(0, i - 2), end - 1, rule[0]):
                event.type, event.mode = rule[1], rule[2]   # "احتجزوا 240 رهينة": an abduction
                event.promised = bool(spec.get("retype_promised"))   # "تعهدت بمبلغ": the aid is still to come
                break
        if spec.get("led_away") and _taken_before(events):
            i = end                               # "اعتقلت الشرطة الناشط فجرا واقتادته إلى مكان مجهول": where the
            continue                              # arrested were taken, the arrest's own sequel (round s34)
        if spec.get("vow_conceding") and event.type == spec["type"] \
                and not _within(words, end, spec["vow_conceding"], after="ب"):
            i = end                               # "تعهدت بمواصلة دعم القوات": a pledge that yields nothing, no act
            continue
        inferred = False
        if not event.actor and kind in ("verb", "participle"):
            # the trigger is itself a claim's cue ("وصف رئيس الحكومة … نتنياهو الهجوم بأنه …"):
            # the claim's source is its subject
            # a name after a verb that carries its subject, or right after it as its object (a name
            # that does not agree with it: "وانتقد إسرائيل"), is not the verb's speaker
            plural = _plural_reference(words, i, end, kind)
            right_after = (args.at(end) or (None,))[0] if end < len(words) else None
            quoted = _quoted_claim_start(words, i) if kind == "participle" else None
            event.claim_from = words[quoted].start if quoted is not None else None
            event.actor = [m for k, m in frames or () if k == i and m.type in ACTOR_TYPES
                           and not (quoted is not None and m.start >= words[quoted].start)   # a party of the claim
                           and not (plural and m.start > words[i].start)
                           and not (m is right_after and m in event.recipient)
                           and not (kind == "participle" and _plural_participle(words[i]) and _one_party(args, m))][:1]
        if spec.get("death") and not event.actor:
            # "يعلن مقتل 17 شخصا": a death told by whoever announces it, no act of theirs
            events.append(event)
            positions.append((i, False))
            i = end
            continue
        if not event.actor and kind in ("noun", "light") and _responded(words, i):
            i = end                               # "توعد برد قاس على الهجوم": the act responded to is
            continue                              # another party's, unnamed here
        if called:                                # "دعت النقابة إلى اعتصام": the caller's own gathering (a nisba
            event.actor = list(events[-1].actor)  # after it, "إلى مظاهرة قُطرية", is its scope, not its party)
        if not event.actor and kind in ("noun", "light"):
            event.actor = _object_controller(words, i, args, events, positions) or _caused(args, i)
        if not event.actor and kind == "noun" and event.type in arguments()["mover_purpose_types"]:
            event.actor = _mover_subject(args, i)  # "وتوجهت قوات الأمن إلى المنطقة لتفريق المتظاهرين"
        if not event.actor and kind == "noun" and i > 0 and words[i - 1].norm == "ل" and events \
                and events[-1].kind in ("verb", "light") and events[-1].type in _FORCEFUL \
                and _purpose_of(words, positions[-1][0], i):
            event.actor = list(events[-1].actor)  # "أطلقت الشرطة الغاز لتفريق المتظاهرين": the purpose of the
            #                                       act just told is its actor's
        ordered, resumer = None, None             # "وأمر باعتقال …": the verb that orders the noun's act
        told = None                               # the complementizer of a reported clause with an unnamed subject
        if not event.actor and kind == "noun":
            ordered, event.actor = _orderer(args, i, positions)
        if not event.actor and kind == "noun" and ordered is None:
            # the object of a verb whose subject stands right before it: "وأعلنت إسرائيل تحرير 4 محتجزين"
            before = args.ends.get(i - 1)
            if before and any(before[0] in actor and not _reacts(words, k) for k, actor in topics if k < i):
                event.actor = [before[0]]
            else:
                event.actor = _controller(args, i, topics)
            if not event.actor:
                event.actor = _frame_subject(args, i)
            if event.type in arguments()["reporter_act_types"] and _reporter(words, event.actor):
                event.actor = []                  # "أعلنت لجنة الأطباء مقتل … في قصف": the announcer counts, not strikes
            if not event.actor and events and events[-1].type == event.type:
                event.actor = _coordinated(words, i, args, events[-1], act_nouns)
                event.joined = bool(event.actor)
        if not event.actor and kind == "noun" and ordered is None:
            event.actor = _distant_light_subject(args, i, spec["type"])   # "وأدى الوزير ظهر اليوم زيارة"
        if not event.actor and not own and (kind in ("verb", "participle", "light") and not _passive(text, words[i])
                                and not (kind == "verb" and not victims_after and _overt_subject(words, end, args, words[i])
                                         and not (i > 0 and words[i - 1].norm in ("،", ","))
                                         and not _pronoun_subject(words, i))
                                and not (kind in ("verb", "light") and _subject_before(words, i, args))
                                or kind == "noun" and end < len(words) and words[end].norm in PRONOUNS
                                and words[end - 1].norm not in PREPOSITIONS   # "الإفراج عنها": her release, by someone else
                                or kind == "noun" and _during(words, i, event.type)
                                or ordered is not None
                                or kind == "noun" and (resumer := _unnamed_resumer(words, i, end, event.type)) is not None):
            if subjects is None:
                subjects = _clause_subjects(words, args)
            # a speaker named before the sentence: the pronoun subject of his claim's verb, and of
            # his own circumstantial participle ("وأوضح الإرياني أن …، محملا": he, not the claim's subject)
            speaking = distant if kind == "verb" and (_pronoun_subject(words, i) or _opens(words, i)) \
                or kind == "participle" else []
            before = [(k, actor) for k, actor in sorted(topics + speaking + [(k, m) for k, until, m in subjects if i < until],
                                                        key=lambda x: x[0]) if k < i]
            if kind == "verb" and _after_closed_quote(words, i) \
                    or ordered is not None and _after_closed_quote(words, ordered):
                # "قالت الوزارة إن قوات الاحتلال «اقتحمت المستشفى»، واتهمت إسرائيل …": the quotation
                # closed, the verb after it goes on from its speaker, not from the quoted acts
                before = [(k, actor) for k, actor in sorted(speakers + speaking, key=lambda x: x[0]) if k < i] or before
            quoted_from = _quoted_claim_start(words, i) if kind == "participle" else None
            if quoted_from is not None:
                # "وقال في كلمته إن اتصال الرئيس أحمد الشرع «مقدر»، مطالبا الحكومة …": a participle after the
                # quoted words of a claim is the speaker's, never a party of the claim (round s34)
                before = [(k, actor) for k, actor in before if k < quoted_from]
            witnessed = kind in ("verb", "noun", "light") and event.type in arguments()["witnessed_act_types"]
            before = [(k, actor) for k, actor in before if not (witnessed and _anonymous_witness(words, k, i, actor))]
            reported = event.type in arguments()["reporter_act_types"]
            before = [(k, actor) for k, actor in before if not (reported and _reporter(words, actor))]
            #   "أعلنت لجنة أطباء السودان مقتل عشرة مدنيين في قصف": who counts the dead did not strike
            told = _unnamed_clause_subject(words, args, i, speakers + distant, kind) \
                if kind in ("verb", "light", "noun") else None
            if told is not None:                  # "قال المتحدث إن المهاجم رفض الاستسلام وأطلق النار": the
                kept = [(k, actor) for k, actor in before if k > told]   # clause's own subject acts, not he
                told, before = (told if len(kept) < len(before) else None), kept
            earlier = [actor for _, actor in before]
            if not earlier and kind == "noun" and _during(words, i, event.type):
                # "وغادر آبي طهران في ختام زيارة"، "أعلنت البحرين وقطر … في ختام اجتماع": the meeting is the
                # opening verb's subject's (all of it), not the object's, the name nearest before
                opening = opening_subject(words, mentions, text)
                earlier = [opening] if opening and opening[-1].end <= words[i].start else []
            if not earlier:                       # "قرر مجلس بنك المغرب، خلال اجتماعه": the nearest name before
                # a pronoun's antecedent: the nearest name before that no preposition governs
                # nor an event noun in idafa that it does not do ("أعلن العسكريون حل الحكومة …، وفرض
                # حظر تجول": the government is what was dissolved, not who imposes the curfew; the
                # withdrawing forces of "انسحاب قوات الاحتلال" stay)
                earlier = [[m] for k, (m, _) in sorted(args.starts.items())
                           if (told is None or k > told) and k < (i if quoted_from is None else quoted_from)
                           and m.type in ACTOR_TYPES and m.via != "nisba"
                           and not _locality(m)
                           and not _preposition_before(words, k) and _led(args, k) is None
                           and not _governed_name(args, m, k)
                           and not _companion(words, k) and not _in_dateline(words, k)
                           and not any((end == k or act.trigger[0] < m.start < act.trigger[1]) and m not in act.actor
                                       for end, _, act in act_nouns)
                           and not (witnessed and _anonymous_witness(words, k, i, [m]))
                           and not (reported and _reporter(words, [m]))]
            if not earlier and carried and told is None and kind in ("verb", "participle", "light") and _opens(words, i):
                earlier = [carried]               # "… . وطالب الولايات المتحدة …": the last sentence's subject
            if (kind == "verb" or _light_verb(words, i, kind)) and told is None \
                    and (joined := _coordinated_subject(args, i, event.type)):
                earlier = [joined]                # "واتهمت الحكومة … المجلس الانتقالي …، وطالبت": the verb it
                #                                   is joined to has the subject, not the name nearest before
            if earlier and (kind in ("verb", "participle") or ordered is not None):
                verb = words[i if ordered is None else ordered]   # an ordered noun: the order verb's pronoun
                if _verb_gender(verb):           # a singular verb's pronoun: never a plural of people
                    earlier = [a for a in earlier if not _people_plural(a[0], text)]
                earlier = [a for a in earlier if _agrees(verb, a[0], text)] or earlier
                # "قال نتنياهو إن حماس رفضت المقترح، وتوعد": the gender each subject's own verb showed
                named = [(k, a) for k, a in before if a in earlier]
                shown = [a for k, a in named if _agrees_shown(verb, args, k, a)]
                earlier = shown or ([] if victims_after and named else earlier)
                #   "وكانت الحكومة قد أعلنت …، واعتقل عدد من المحتجين": no subject before agrees with the
                #   verb, whose counted noun after it is its object: an unvocalised passive, no actor
                if kind == "verb" and _plural_reference(words, i, end, kind):
                    # a plural or dual verb's pronoun: never one person alone ("… محامون …، وطالبوا")
                    earlier = [a for a in earlier if len(a) > 1 or a[0].type != "PER" or _compound_of(args, a[0])]
                if kind == "participle" and _plural_participle(words[i]):
                    earlier = [a for a in earlier if len(a) > 1 or not _one_party(args, a[0])]   # "، مطالبين"
            if earlier and resumer:               # "بعد اجتماع عقدته مع …": a subject of the resuming verb's gender
                earlier = [a for a in earlier if _resumer_agrees(resumer, a, text)]
            if earlier and kind in ("verb", "light") and not _nominal_light(words, i) \
                    and _speaker_reports_other(args, earlier[-1], speakers, i, end):
                earlier = []                      # "قال الوزير إن ديلو أطلق النار"، "إن العبوة فجرت": not the speaker's act
            if earlier:
                event.actor, inferred = list(earlier[-1]), True
                if len(event.actor) == 1 and _plural_reference(words, i, end, kind):
                    event.actor = _compound_of(args, event.actor[0]) or event.actor   # "الوزيرين X وY استقالتهما"
        event.unnamed_agent = told is not None and not event.actor
        if spec.get("court_only") and not (event.actor and _court(event.actor[0], text)):
            court = [m for k, (m, _) in sorted(args.starts.items()) if k < i and _court(m, text)]
            if not court:                         # "قضى عامين في …": only a court decrees a sentence
                i = end
                continue
            event.actor, inferred = court[-1:], True   # "أصدرت المحكمة حكمها، وقضت بسجن X": the court, not X
        if spec.get("by_court") and (_within(words, end, "charges", 4) or kind == "noun" and _convicted_of(words, end)):
            i = end                               # "بعد إدانته بتهم …": a conviction, the sentence is the act
            continue
        if spec.get("by_court") and event.actor and _court(event.actor[0], text):
            if spec["by_court"] == "none":        # "تعقد المحكمة جلسات": hearings, no consultation
                i = end
                continue
            event.type = spec["by_court"]         # "أصدرت المحكمة حكما … بعد إدانته": a conviction
        if len(event.actor) == 1 and news_medium(words, event.actor[0]) \
                and not _medium_acts(words, event.actor, direct, event.type, events):
            event.actor = []                      # "وقالت وكالة أعماق إن مقاتلي … هاجموا …، وزعمت أنهم … واستولوا":
            #                                       the medium reports the acts, who did them is another party
        if kind == "noun" and event.type in arguments()["reporter_act_types"] \
                and _lamented_by_subject(words, i, event.actor):
            event.actor = []                      # "أدانت الوزارة استهداف الصحفيين": the condemner did not strike
        if kind == "verb" and event.type in arguments()["reporter_act_types"] \
                and _lamented_relative(words, i, event.actor):
            event.actor = []                      # "دانت الوزارة أعمال العنف التي استهدفت سفارتها"
        if kind == "noun" and _nisba_people_patient(words, end, spec, event.actor):
            event.actor = []                      # "مقتل أردنيين اثنين": the Jordanians died, Jordan killed none
        if len(event.actor) == 1 and event.type in arguments()["in_person_types"]:
            event.actor = _holder_of_office(args, event.actor[0], person_named) or event.actor
        if len(event.actor) == 1 and event.type in arguments()["spoken_for_types"] and subject is None \
                and _vowed(words, i):
            #   "وقال السيسي إن مصر لن تسمح": the threat or refusal is the speaker's, not his state's
            voices = sorted(speakers + distant, key=lambda x: x[0]) if own == "country" else speakers
            event.actor = _state_speaker(args, event.actor[0], voices, i, own == "country") or event.actor
        if len(event.actor) == 1 and event.actor[0].anonymous \
                and anonymous_source(event.actor[0], _mention_first(words, event.actor[0])):
            event.actor = source_body(event.actor[0], event.type)   # "وقال مصدر أمني إن …": it acts not
        if len(event.actor) == 1:
            event.actor = _capital_state(event.actor[0], state_party) or event.actor   # "وكانت باماكو قد قطعت"
        if len(event.actor) == 1 and _person_nisba(args, event.actor[0]):
            event.actor = []                      # "لاجئ سوري يسلم نفسه": the refugee acts, not Syria
        if event.actor and not inferred and kind in ("verb", "light"):
            topics.append((i, event.actor))
            topics.sort(key=lambda x: x[0])
        if spec.get("sufferer") or spec.get("spoken"):
            _speaker_threatens(event, _speaker_before(i, speakers, distant), bool(spec.get("sufferer")))
        events.append(event)
        positions.append((i, inferred))
        i = end
    _claimed_acts(events, positions, args)
    spans = [event.trigger for event in events]
    for event, (i, inferred) in zip(events, positions):
        event.time, day = event_day(event.trigger, spans)   # a time attaches to the trigger it is nearest to
        event.status = _status(words, i, day, published, event.kind)
        if _done_after_the_news(words[i], event, published) or _planned_before_the_news(event, published) \
                or _unrealised_carried(words, event):
            event.time = None                     # "ودعت المعارضة إلى التظاهر يوم الجمعة المقبل": the march's day;
            #                                       "ومن المقرر أن تعقد المحكمة جلسات": not the verdict's day
        if (event.promised or event.type in _PLEDGED_TYPES and _announced_pending(words, i)) \
                and event.status == "asserted":
            event.status = "future"               # "تعهدت بمبلغ"، "أعلنت قطر إرسال مساعدات": still to come
        if event.status == "asserted" and _demanded(words, i) and not _told_done(words, i):
            event.status = "future" if event.type in triggers()["called_types"] else "hypothetical"
            #                                       "دعت النقابات إلى إضراب"، "دعت المفوضية إلى إطلاق سراح"
        if event.uttered and event.status == "future":
            event.status = "asserted"             # "سنرد بحزم": the threat is made, whatever it promises
        if event.refusal and event.status == "negated":
            event.type, event.mode, event.status = event.refusal, None, "asserted"   # "لم توافق"، "لن تسمح": a refusal
        event.confidence = round(min(1.0, 0.4 + (0.15 if inferred else 0.25) * bool(event.actor)
                                     + 0.15 * bool(event.recipient) + 0.1 * bool(event.place)
                                     + 0.1 * (day is not None)), 2)
    return events


def _held_area(words: list[Word], i: int) -> bool:
    """A noun of control (control_nouns: سيطرة, and سيطرت the segmenter leaves of سيطرتها) in construct after a
    noun of area (held_area_heads: "في مناطق سيطرتها"، "قصف مناطق سيطرة قسد") or after "الخارجة عن"/"خارج"
    ("الجماعات الخارجة عن سيطرة الدولة"): it names the land a party holds or a body outside it, a standing
    state like "خاضعة لسيطرة" (`states`), no act of taking (round s34: 4 dev false COERCE events, no gold one)."""
    t = triggers()
    if _bare_conjunction(words[i].norm) not in t["control_nouns"] or i == 0:
        return False
    before = _bare_conjunction(words[i - 1].norm)
    if before in t["held_area_heads"] or before in t["outside_words"]:
        return True
    return before == "عن" and i > 1 and _bare_conjunction(words[i - 2].norm) in t["outside_words"]


def _homograph_noun(words: list[Word], i: int) -> bool:
    """A common noun spelt as a participle the م + stem rule derives (participle_homographs: مدينة, the city,
    and مُدينة, condemning, the participle of أدان): read as the noun ("من قضاء سنجار ومدينة خانقين"، "دخلت،
    أمس الاثنين، مدينة كركوك": even after a comma); a condemning ḥāl is written منددا/مدينا, or its verb."""
    return _bare_conjunction(words[i].norm) in triggers()["participle_homographs"]


def _taken_before(events: list[Event]) -> bool:
    """An arrest, a raid, a seizure or a siege (COERCE), or an abduction, coded earlier in the sentence: a verb of
    leading away after it ("اعتقلت قوة من الجيش حمدوك فجرا واقتادته إلى مكان مجهول"، "سيطرت على السفينة
    واقتادتها إلى الساحل"، "حاصرت منزل الوالي قبل أن يقتاده عناصرها") tells where the taken were led: the same
    act going on, no second event (round s34: 6 such dev events, none a gold event)."""
    return any(e.type == "COERCE" or e.type == "ASSAULT" and e.mode == "abduct" for e in events)


def _in_event_name(args: "_Args", i: int, end: int, mention: Mention) -> bool:
    """The mention after an event noun lies inside the name of an event or agreement that the
    noun opens ("اتفاق الرياض"، "توقيع اتفاق الدوحة للسلام"): a place or the capital that names
    the act, never a party to it.  Asked only for the types of arguments.yaml place_named_types
    (session 16: "قمة القاهرة للسلام" is no act of Egypt's; a host acts only where a verb makes it one)."""
    for k in range(i, end):
        named = args.at(k)
        if named and named[0].type == "EVENT" and named[1] > end \
                and named[0].start <= mention.start and mention.end <= named[0].end:
            return True
    return False


_COMPANION_REACH = 14                             # words back from a name to the word of accompanying (a list of
#                                                   companions up to the clause's comma: "يرافقه X وزيرة … والفريق Y")


def _companion(words: list[Word], k: int) -> bool:
    """The name at word k goes with the subject, in an aside a word of accompanying opens
    ("وتفقد مدبولي، يرافقه الدكتورة هالة زايد وزيرة الصحة، موقع الحادث، وزار المصابين"،
    "برفقة السفير"; arguments.yaml companions): it is no antecedent of a later verb's pronoun."""
    companions = arguments()["companions"]
    for j in range(k - 1, max(-1, k - 1 - _COMPANION_REACH), -1):
        if words[j].is_punct:
            return False
        if words[j].norm in companions:
            return True
    return False


def _place_named_meeting(args: "_Args", j: int) -> bool:
    """Word j opens a meeting or an accord named for the place it sits in ("اجتماع الرياض الوزاري"،
    "قمة الجزائر العربية"، "مؤتمر باريس"; arguments.yaml meeting_heads): as a verb's subject it
    names no party (session 16), so the verb takes none of the names inside it."""
    words = args.words
    if j + 1 >= len(words) or words[j].norm not in arguments()["meeting_heads"]:
        return False
    found = args.at(j + 1)
    return found is not None and (_locality(found[0]) or _capital_metonym(found[0]))


def _capital_names(args: "_Args", end: int, actor: list[Mention]) -> bool:
    """The one name right after a meeting or accord noun is a capital written for its state
    ("اجتماع الرياض الوزاري"، "مفاوضات الدوحة"، "قمة الجزائر العربية"): it names the meeting by
    where it sits (session 16), it is no party.  Two names joined ("محادثات واشنطن وطهران") are."""
    found = args.at(end)
    return len(actor) == 1 and found is not None and found[0] is actor[0] and _capital_metonym(actor[0])


def _capital_state(mention: Mention, state_party: "callable | None") -> list[Mention]:
    """The state a capital city acts for, where the city is an event's actor ("وكانت باماكو قد قطعت
    علاقاتها"، "منذ أن أرسلت نيروبي قواتها"، "بطلب من موسكو"): a city does not sever ties, send troops or
    ask the Security Council to meet, its state does (session 13's rule on capitals that
    act for their state).  The entity stage keeps the city where the article also writes it as a place
    (one surface, one entity), so the act goes to the state's own mention the article names
    (`state_party`); none where the article names no such state, or for a city that is no capital."""
    if state_party is None or mention.type != "GPE" or mention.via == "metonym" or not mention.country \
            or not mention.candidates or mention.candidates[0].category != "capital" \
            or mention.candidates[0].kind not in ("city", "place"):
        return []
    state = state_party(mention.country, "country")
    return [m for m in state if m.type == "GPE" and m is not mention][:1]


def _capital_after_masdar(args: "_Args", i: int, mention: Mention, spec: dict) -> bool:
    """A verbal noun after a preposition that the lexicon reads as a verb ("بعد رفض باريس الاستجابة"، "قبل
    نشر باريس قواتها"), with a capital written for its state as its genitive (session 13's rule on capitals
    that act for their state): a masdar has no gender, so the capital is its agent whatever the verb's form
    would ask, for an act one does to no city (arguments.yaml capital_genitive_agent_types: one rejects a
    demand, deploys or withdraws forces, not a city)."""
    words = args.words
    return i > 0 and words[i - 1].norm in arguments()["masdar_governors"] and _capital_metonym(mention) \
        and spec["type"] in arguments()["capital_genitive_agent_types"]


def _person_nisba(args: "_Args", mention: Mention) -> bool:
    """A country's nisba that qualifies a noun of a person or of people right before it, or the genitive
    of that noun's idafa ("لاجئ سوري يسلم نفسه"، "الشرطي المصري الذي قتل ثلاثة جنود"، "برصاص سائق شاحنة
    أردني فتح النار"; arguments.yaml person_nisba_heads): it tells the person's nationality, and the
    person acts, not the state.  Soldiers are not listed (an army's men: `_armies_act`), nor titles
    ("الرئيس الأمريكي": a named holder or his state)."""
    if mention.via != "nisba":
        return False
    k = args.first_word(mention)
    if k is None:
        return False
    heads, words = arguments()["person_nisba_heads"], args.words
    for j in (k - 1, k - 2):                      # the person's noun, or the one before its genitive
        if j < 0 or words[j].is_punct or any(first <= j < after for first, (_, after) in args.starts.items()):
            return False                          # a word of a name ("الدفاع المدني السوري") is no person
        if _bare(words[j].norm) in heads:
            return True
        if words[j].norm.startswith("ال"):        # a definite word is no genitive of an indefinite head
            return False
    return False


def _capital_metonym(mention: Mention) -> bool:
    """A capital's name written for its state ("الرياض" for Saudi Arabia)."""
    return mention.type == "GPE" and mention.via == "metonym"


_MOVER_REACH = 10                                 # words back from a purpose masdar to the verb of moving


def _mover_subject(args: "_Args", i: int) -> list[Mention]:
    """The subject of a verb of moving or stepping in (arguments.yaml movers) whose purpose the
    verbal noun at i after ل is ("وتوجهت قوات الأمن إلى المنطقة لتفريق المتظاهرين"، "وهرعت فرق
    الدفاع المدني لانتشال الضحايا"): who moves does the act it moved for, in the same clause."""
    words = args.words
    if i < 2 or words[i - 1].norm != "ل":
        return []
    j = i - 2
    while j >= max(0, i - _MOVER_REACH) and not words[j].is_punct:
        found = args.ends.get(j)
        if found and found[1] < j:
            j = found[1] - 1                      # a name counts as one word
            continue
        if _mover(words[j].norm):
            subject, _ = _subject_after(args, j + 1)
            if not subject:                       # SVO: "قوات الأمن توجهت إلى …"
                before = args.ends.get(j - 1)
                subject = [before[0]] if before else []
            return [m for m in subject if m.type in ACTOR_TYPES and m.via != "nisba" and not _locality(m)]
        j -= 1
    return []


def _mover(norm: str) -> bool:
    """A finite form of a verb of moving (arguments.yaml movers): the stem with a subject
    suffix (توجهت، هرعوا) or an imperfect prefix (تتوجه، ينتشر), a conjunction glued on or not."""
    forms = arguments()["mover_forms"]
    return norm in forms or _bare_conjunction(norm) in forms


_DASHES = frozenset({"-", "–", "—", "ـ"})
_DATELINE_REACH = 8                               # words of a dateline's place and agency before its dash


def _in_dateline(words: list[Word], k: int) -> bool:
    """Word k lies in the agency dateline that opens the sentence ("أديس أبابا - (رويترز) - وافق
    …"، "الخرطوم (سونا) – قرر …"): before the last dash of the sentence's first few words, with
    an agency in parentheses there.  The place and the agency locate and relay the dispatch;
    neither is the subject a pronoun or a bare verb stands for."""
    if k >= _DATELINE_REACH:
        return False
    dash = max((d for d in range(min(len(words), _DATELINE_REACH + 1)) if words[d].norm in _DASHES), default=-1)
    return k < dash and any(w.norm == "(" for w in words[:dash])


def _preposition_before(words: list[Word], k: int) -> bool:
    """A preposition governs the name at word k, right before it or across an opening quotation
    mark (an outlet a source talked to: "لـ«الشرق الأوسط»"، "لـ\"الحياة الجديدة\""): the name is no
    subject."""
    j = k - 1
    while j >= 0 and words[j].norm in QUOTES:
        j -= 1
    return j >= 0 and words[j].norm in triggers()["governing"]


def _anonymous_witness(words: list[Word], k: int, i: int, actor: list[Mention]) -> bool:
    """An unnamed source at word k ("شهود عيان"، "مصدر أمني"، "مسؤولون محليون") whose claim opens
    with a complementizer and a noun of its own before the verb at i ("أفاد شهود عيان بأن 40 آلية
    عسكرية اقتحمت المخيم، وحاصرت منزلا"): the claim's acts are that noun's, never the
    witness's; only "أنهم"/"إنه" would make the source their subject.  Asked only for the acts
    a witness reports (arguments.yaml witnessed_act_types), not for speech acts that go on from
    the source ("واعتبر محامون أن التوقيفات عشوائية، وطالبوا")."""
    if len(actor) != 1 or not actor[0].anonymous or actor[0].type != "GROUP":
        return False
    if _relayed(words, k):
        return True                               # "وبحسب مصدر أمني …، أوقفت استخبارات الجيش شخصين"
    t = triggers()
    for j in range(k + 1, i - 1):
        if words[j].norm in t["complementizers"]:
            after = words[j + 1]
            return not after.is_punct and after.norm not in t["pronouns"]
    return False


def anonymous_source(mention: Mention, first: str) -> bool:
    """The mention, whose first word normalised is `first`, is an unnamed source or witness of a claim
    ("مصدر أمني"، "مصادر نيابية"، "شهود عيان": a GROUP opened by one of arguments.yaml
    source_heads), which tells of acts and does none of them."""
    return mention.type == "GROUP" and mention.anonymous and _bare_conjunction(first) in arguments()["source_heads"]


def source_body(source: Mention, kind: str) -> list[Mention]:
    """Who acts for an unnamed source: the body named inside it ("مصدر رسمي في وزارة الخارجية")
    for an act of speech it utters for that body (source_spoken_types), else no one."""
    if kind not in arguments()["source_spoken_types"]:
        return []
    return [part for part in source.parts if part.type in ("ORG", "GPE")][:1]


def _reporter(words: list[Word], actor: list[Mention]) -> bool:
    """The actor is one body that reports harm without doing it (arguments.yaml reporter_heads: a
    ministry of health, a medical committee, an observatory, a rescue service): the opening words of
    its mention in this sentence are one of the listed heads.  Such a body, the subject of the verb that
    announces an act of force, is never that act's inferred actor."""
    return len(actor) == 1 and _opens_on(words, actor[0], arguments()["reporter_heads"])


def _nisba_people_patient(words: list[Word], end: int, spec: dict, actor: list[Mention]) -> bool:
    """The actor is one nisba read from the plural of people right after a verbal noun whose genitive is its
    patient (`genitive: patient`: "مقتل أردنيين اثنين"، "اعتقال فلسطينيين"، "اختطاف لبنانيين"): that plural is
    the genitive itself, the ones killed, arrested or abducted, not their state acting (round s33).  A singular
    nisba after the noun is its adjective ("استهداف إسرائيلي") and is left alone."""
    if len(actor) != 1 or actor[0].via != "nisba" or end >= len(words) or not _patient_genitive(spec):
        return False
    word = words[end]
    return actor[0].start == word.start and word.norm.endswith(("يين", "يون"))


_LAMENT_REACH = 16                                # words from a verb of condemning to the act it names
_NAME_MARKS = frozenset('()«»"')                  # inside a subject: "بعثة الأمم المتحدة (يونيتامس)"


def _laments(word: Word) -> bool:
    """A verb of condemning, denouncing or mourning (arguments.yaml lament_verbs: أدانت، تدينان، ندد، نعى), with
    a joined و or ف: its object is an act of someone else."""
    table = arguments()["lament_verbs"]
    for norm in (word.norm, word.norm[1:] if word.norm[:1] in "وف" and len(word.norm) > 3 else None):
        if norm and (norm in table or _n(word.lemma or "") in table or _verb_by_stem(norm, table)):
            return True
    return False


def _lament_before(words: list[Word], start: int) -> int | None:
    """The position of a verb of condemning or mourning (`_laments`) at or before `start` in its clause,
    within _LAMENT_REACH words and no punctuation between but brackets and quote marks (a long title holds
    them: "بعثة الأمم المتحدة (يونيتامس)")."""
    for v in range(start, max(-1, start - _LAMENT_REACH), -1):
        if words[v].is_punct and words[v].norm not in _NAME_MARKS:
            return None
        if _laments(words[v]):
            return v
    return None


def _beside(words: list[Word], v: int, i: int, actor: list[Mention]) -> bool:
    """Is one of the actors named right after the word at v (and before i) or right before it?"""
    after = words[v + 1].start if v + 1 < i else None
    before = words[v - 1].end if v > 0 else None
    return any(m.start == after for m in actor) or any(m.end == before for m in actor)


def _lamented_by_subject(words: list[Word], i: int, actor: list[Mention]) -> bool:
    """The verbal noun at i is the object of a verb of condemning or mourning in its clause (within
    _LAMENT_REACH words, no punctuation between but brackets and quote marks: a long title may stand
    between) and the actor is that verb's subject, named right after it or past a title ("أدان رئيس البعثة
    فولكر بيرتس مقتل المتظاهرين") or right before it ("الأمم المتحدة وواشنطن تدينان اغتياله"): who condemns
    or mourns an act did not do it (round s33)."""
    v = _lament_before(words, i - 1) if actor else None
    if v is None:
        return False
    if _beside(words, v, i, actor):
        return True
    # a subject past its title ("أدان رئيس البعثة فولكر بيرتس مقتل …"): a name between the verb and
    # the noun, unless a preposition governs the noun ("أدانت مصر قيام إسرائيل باعتقال …": her act)
    return words[i - 1].norm not in PREPOSITIONS \
        and all(words[v].end <= m.start and m.end <= words[i].start for m in actor)


def _lamented_relative(words: list[Word], i: int, actor: list[Mention]) -> bool:
    """The verb at i opens a relative clause (الذي، التي) on the object of a verb of condemning or mourning
    ("ودانت الوزارة أعمال العنف التي استهدفت سفارتها"، "أدان الرئيس الهجوم الذي استهدف المسجد"): its subject is
    that object, the act condemned, so the condemner named right after or right before that verb is not its
    actor (round s33).  A name between the condemning verb and the relative is left alone ("أدانت مصر قصف
    إسرائيل الذي استهدف …": the striker in idafa)."""
    if not actor or i < 2 or words[i - 1].norm not in RELATIVES - {"ما", "من"}:
        return False
    v = _lament_before(words, i - 2)
    return v is not None and _beside(words, v, i, actor)


def _opens_on(words: list[Word], mention: Mention, heads: frozenset[tuple[str, ...]]) -> bool:
    """The opening words of the mention in this sentence are one of the heads (tuples of normalised words)."""
    first = _first_word(words, mention)
    if first is None:
        return False
    opening = tuple(w.norm for w in words[first:first + 6] if w.start < mention.end)
    return any(opening[:len(head)] == head for head in heads)


def _platform_channel(words: list[Word], mention: Mention) -> bool:
    """An online platform named as the channel a statement was posted on ("عبر منصة «تلغرام»"، "على
    منصة إكس"، "في تغريدة على تويتر"): the mention is a platform's name (arguments.yaml platform_names,
    a platform noun such as منصة inside it or not) and a channel's preposition stands before it, a
    platform noun or a quotation mark between (platform_prepositions, platform_nouns).  The speaker who
    posted acts; the platform is no party of the sentence's acts."""
    first = _first_word(words, mention)
    if first is None:
        return False
    a = arguments()
    last = bisect.bisect_left([w.start for w in words], mention.end)
    name = tuple(w.norm for w in words[first:last] if w.norm not in QUOTES)
    if name[:1] and name[0] in a["platform_nouns"]:
        name = name[1:]
    if name not in a["platform_names"]:
        return False
    k = first - 1
    while k >= 0 and (words[k].norm in QUOTES or words[k].norm in a["platform_nouns"]):
        k -= 1
    return k >= 0 and words[k].norm in a["platform_prepositions"]


def news_medium(words: list[Word], mention: Mention) -> bool:
    """A news medium: an outlet or a news agency the knowledge base links (category media, or sector MED:
    an "agency" of another sector is a state's service, "جهاز الإسعاف والطوارئ"), or a mention that opens on
    a medium's head (arguments.yaml media_heads: a correspondent, a channel, a newspaper, "وكالة الأنباء").
    It reports the acts it tells of and does none of them."""
    if mention.candidates and all(c.category == "media" or c.sector == "MED" for c in mention.candidates):
        return True
    return _opens_on(words, mention, arguments()["media_heads"])


def _medium_acts(words: list[Word], actor: list[Mention], direct: list[Mention], kind: str,
                 earlier: list["Event"]) -> bool:
    """A news medium keeps an act only of a type a medium does (media_act_types: it condemns, demands,
    refuses, backs), only an outlet, never a correspondent, and only as the subject of its own verb (`direct`,
    found by the verb's own syntax: "وأدانت قناة الجزيرة اغتيال مراسلتها") or going on from an act it did
    earlier in the sentence (`earlier`: "اتهمت شبكة الجزيرة قوات الاحتلال …، داعية المجتمع الدولي"); not "وأفاد
    مراسل الجزيرة بأن …، فيما ناشدت إدارته المواطنين", nor a channel that only carried a statement."""
    mention = actor[0]
    return kind in arguments()["media_act_types"] \
        and not _opens_on(words, mention, arguments()["correspondent_heads"]) \
        and (mention in direct or any(mention in e.actor for e in earlier))


def _first_word(words: list[Word], mention: Mention) -> int | None:
    """The index of the word of this sentence a mention starts at (None if none of its words starts it)."""
    first = bisect.bisect_left([w.start for w in words], mention.start)
    return first if first < len(words) and words[first].start == mention.start else None


def _mention_first(words: list[Word], mention: Mention) -> str:
    """The normalised first word of a mention of this sentence ("" if none of its words starts it)."""
    first = _first_word(words, mention)
    return words[first].norm if first is not None else ""


def _relayed(words: list[Word], k: int) -> bool:
    """The source at word k stands after a word that relays an account ("بحسب مصدر أمني"، "وفق
    شهود عيان"، "حسب مسؤولين محليين": actor_cues.yaml relays), at k itself or right before it:
    it tells what others did and is the subject of no act in the sentence."""
    from khabar.events.actmodel import near_words   # actmodel reads this module: imported when asked

    relays = near_words()["relays"]
    return any(0 <= j < len(words) and (words[j].norm in relays or _bare_conjunction(words[j].norm) in relays)
               for j in (k, k - 1))                # وفق is a relay itself, "وبحسب" one after و


def _patient_genitive_noun(words: list[Word], i: int, j: int, spec: dict) -> bool:
    """Word j is a definite noun in idafa after the verbal noun at i, an act done to someone
    ("باعتقال المعارض التنزاني توندو ليسو"، "اختطاف الصحفي الأمريكي"), or a noun of a person or of
    people (arguments.yaml patient_person_nouns: "اعتقال رجل سوري"، "مقتل جندي أمريكي"، "خطف صحفيين
    فرنسيين"): its genitive is the patient, so a nisba after it tells the patient's nationality, not
    who acts."""
    if not (j > i and _patient_genitive(spec)):
        return False
    return not words[i].norm.startswith("ال") and words[j].norm.startswith("ال") \
        or _bare(words[j].norm) in arguments()["patient_person_nouns"] \
        or _needed_patient(words[j].norm, spec)


def _needed_patient(norm: str, spec: dict) -> bool:
    """The genitive is a word the patient noun needs (`needs` of a `genitive: patient` noun: "إسقاط طائرة أمريكية"،
    "تصفية عناصر إرهابية"): what the act is done to, so a nisba after it is the patient's, not the actor (round s31)."""
    needs = spec.get("needs")
    return spec.get("genitive") == "patient" and isinstance(needs, frozenset) and norm in needs


def _patient_genitive(spec: dict) -> bool:
    """The name in idafa after a verbal noun is the one the act is done to: a noun listed
    `genitive: patient`, or the masdar of a transitive verb read with the verb's own spec
    ("تمكنت وحدات الحرس من إيقاف عنصر"، "بقتل ثلاثة مدنيين"), whose object the genitive is."""
    return spec.get("genitive") == "patient" or \
        spec.get("recipient") == "object" and id(spec) in triggers()["verb_names"]


def _agent_genitive(words: list[Word], start: int, after: int, spec: dict) -> bool:
    """The name in idafa after a verbal noun of `genitive: patient` is its agent when the
    patient follows with the objective ل ("اعتقال السلطات التونسية للمحامية"، "ترحيل الشرطة
    للمهاجرين"), or, for an act of coercion, when it names a force, a police or the
    authorities ("اعتقالات الأجهزة الأمنية"، "توقيف الشرطة"), who arrest and are not arrested."""
    if after + 1 < len(words) and words[after].norm == "ل" and not words[after + 1].is_punct:
        return True
    if start < len(words) and words[start].norm in QUOTES:
        start += 1
    return spec["type"] == "COERCE" and start < len(words) and _bare(words[start].norm) in triggers()["agent_heads"]


def _genitive_past_title(args: "_Args", end: int) -> tuple[list[Mention], int]:
    """The genitive of an intransitive verbal noun (arguments.yaml intransitive_genitive_agent_types:
    انسحاب، تنحي، استقالة، خروج) past a quantifier ("انسحاب جميع القوات الأمريكية") or an office title
    before a person's name ("انسحاب المحامي الحقوقي خالد علي"، "تنحي الرئيس حسني مبارك"): who withdraws,
    resigns or leaves, the genitive having no patient to be; ([], end) where none is named there."""
    words = args.words
    if words[end].norm in triggers()["quantifiers"] and end + 1 < len(words):
        found, after = args.compound(end + 1, ACTOR_TYPES)   # "جميع القوات"، "معظم المسلحين"
    elif _title_head(words, end) or args.at(end) is None and words[end].norm.startswith("ال") \
            and not words[end].is_punct:
        found, after = _subject_after(args, end)  # a title or a description before the name
        if found and found[0].type != "PER":
            return [], end                        # only a person named after a description of them
    else:
        return [], end
    if not found or found[0].via == "nisba":
        return [], end
    return found, after


def _addressee_genitive(args: "_Args", i: int, end: int, after: int, spec: dict) -> bool:
    """The name in idafa after a verbal noun of requesting (words end..after-1) is whom the request
    is made to, not who makes it, when the request's content follows it with its preposition
    (arguments.yaml request_content_prepositions: "مطالبة مجلس الأمن باتخاذ موقف"، "دعوة المجتمع
    الدولي إلى التدخل"، "حث الطرفين على") and the noun is the object of a verb whose subject is
    named right before it ("وجددت الجامعة العربية دعوة …"، "وأعلنت مصر مطالبة إسرائيل بوقف …"):
    that subject asks.  After a preposition ("رحبت بدعوة الرئيس إلى الحوار") or with no subject
    named before it ("وجاءت دعوة الرئيس إلى الحوار") the genitive may be who calls; left alone."""
    words = args.words
    if spec["type"] != "REQUEST" or words[i].norm.startswith("ال") or after >= len(words) or i < 1:
        return False
    if _bare(words[after].norm) not in arguments()["request_content_prepositions"]:
        return False
    named = args.ending_before(i)
    if named is None or named[0].type not in ACTOR_TYPES or named[1] < 1:
        return False
    verb = words[named[1] - 1]                    # the word before the subject: its verb, no noun or particle
    return not (verb.is_punct or verb.norm in PREPOSITIONS or verb.norm.startswith("ال") or verb.norm in "وف"
                or verb.norm in triggers()["complementizers"])


def _agent_with_object(args: "_Args", start: int, after: int) -> bool:
    """The name in idafa after a verbal noun (words start..after-1) is its agent when it is a
    force or an authority (triggers.yaml agent_heads) and an indefinite object follows it at
    once: the masdar takes its subject in the genitive and its object after it ("بعد استهداف
    الحرس الثوري مقرات لجماعة …"، "قصف الجيش الإسرائيلي مدرسة"، "اعتقال الشرطة عشرات").  A
    preposition, a definite word, a number or a time after the name leaves it the patient
    ("قصف الجيش في …"، "استهداف الحرس الثوري أمس")."""
    words = args.words
    if start < len(words) and words[start].norm in QUOTES:
        start += 1
    if start >= len(words) or _bare(words[start].norm) not in triggers()["agent_heads"] or after >= len(words):
        return False
    nxt = words[after]
    timed = args.timed
    return not (nxt.is_punct or nxt.norm.startswith("ال") or nxt.norm in triggers()["subject_stop"]
                or nxt.norm in PREPOSITIONS or _number(nxt.norm) or after in args.starts
                or timed is not None and timed(nxt.start, nxt.end))


def _among(words: list[Word], start: int, end: int, name: str) -> bool:
    """A word of the list `name` among words start..end-1 (a light verb's subject: "قطع محتجون الطريق")."""
    found = triggers()[name]
    return any(w.norm in found for w in words[start:end])


_FORCEFUL = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})   # acts whose purpose clause is their actor's own act
#                                                       (not talks "للإفراج عن": another party releases)


def _purpose_of(words: list[Word], k: int, i: int) -> bool:
    """The verbal noun at i after ل is the purpose of the trigger at k: in its clause, no
    punctuation, clause opener or finite verb between."""
    openers = triggers()["clause_openers"]
    return 0 <= i - k <= 12 and not any(w.is_punct or w.norm in openers or w.norm == "و" for w in words[k + 1:i - 1])


def _responded(words: list[Word], i: int) -> bool:
    """A verbal noun after على that a noun of response or revenge governs, across its
    adjectives ("ردا على الهجوم"، "برد قاس على القصف"، "انتقاما للغارة"): the act answered."""
    if i < 2 or words[i - 1].norm not in ("علي", "ل"):
        return False
    responses = triggers()["responses"]
    return any(_bare(w.norm) in responses or w.norm in responses
               or w.norm[0] in "بو" and w.norm[1:] in responses   # "برد" as the segmenter leaves it
               for w in words[max(0, i - 4):i - 1])


def _cued_agent(args: "_Args", end: int, reach: int) -> list[Mention]:
    """The name after a passive agent cue ("برصاص قوات الاحتلال"، "على يد مسلحين") within
    `reach` words after a trigger, in its clause (no punctuation between)."""
    cues, words = args.agent_cues(), args.words
    for cue in cues[bisect.bisect_left(cues, end):]:
        if cue >= end + reach or any(w.is_punct for w in words[end:cue]):
            break
        return [m for m in _agent_after_cue(args, cue) if m.type in ACTOR_TYPES]
    return []


def opening_subject(words: list[Word], mentions: list[Mention], text: str = "") -> list[Mention] | None:
    """The named subject of a sentence that opens with its verb (VSO, after و/ف): "ووصلت
    وزيرة الخارجية الألمانية أنالينا بيربوك إلى بيروت" → the minister, whom a pronoun verb
    opening the next sentence continues ("والتقت …") though her own verb codes no event."""
    k = _opening_verb_at(words)
    if k + 1 >= len(words) or words[k].is_punct or words[k].norm in triggers()["frame_stops"] \
            or words[k].norm.startswith("ال") and not _article_like_verb(words[k]) or len(words[k].norm) < 3:
        return None
    args = _Args(words, mentions)
    if args.at(k) is not None:
        return None                               # a name opens it (SVO): its verb's events say who acts
    actor, _ = _subject_after(args, k + 1)
    if not actor or actor[0].via == "nisba" or actor[0].type not in ("PER", "ORG", "GPE", "GROUP") \
            or _locality(actor[0]) or not _agrees(words[k], actor[0], text):
        return None
    if actor[0].type == "PER" and _title_disagrees(words, k, k + 1):
        return None
    return actor


def _article_like_verb(word: Word) -> bool:
    """A verb whose written stem opens with the letters of the article: form VIII of a root in ل
    ("التقى"، "التحق") and form IV of one, its hamza normalised ("ألغى" → الغى).  The lexicon reads
    it as a verb, so it opens a VSO sentence, where a noun with the article ("الرئيس") would not."""
    return _verb_lookup(word.norm, word.lemma or word.norm)[0] is not None


def _joined_clause_subject(args: "_Args", i: int) -> tuple[int, list[Mention]] | None:
    """The clause a verb joined at i by "، و" goes on from, where a clause opener of its own opens
    it inside the sentence (arguments.yaml joined_clause_openers: "…، فيما حمّل الائتلاف الوطني …
    المسؤولية، وطالب مجلس الأمن بتحرك"): (the position of that clause's verb, its named subject).
    The nearest such opener before i in the sentence, with a verb right after it and a name of an
    actor after that verb, no subject ([]) where the joined verb's gender is not that name's (the name
    after it is its own subject); None where there is no such clause."""
    words = args.words
    for k in range(i - 2, -1, -1):
        if words[k].norm in _STOPS:
            return None
        if not _listed_form(words[k].norm, "joined_clause_openers"):
            continue
        v = k + 1
        if v >= i - 1 or words[v].is_punct or args.at(v) is not None \
                or not (_finite(words[v]) or _verb_lookup(words[v].norm, words[v].lemma or words[v].norm)[0]):
            return None                           # "فيما الحكومة …" (a nominal clause), "كما في …"
        actor, _ = _subject_after(args, v + 1)
        if not actor or actor[0].type not in ACTOR_TYPES or actor[0].via == "nisba" or _locality(actor[0]) \
                or actor[0].start >= words[i].start or not _agrees(words[v], actor[0], args.text):
            return None
        if not _agrees(words[i], actor[0], args.text):
            return v, []                          # "فيما أدان الاتحاد …، ودعت فرنسا إلى …": a subject of its own
        return v, actor
    return None


def _coordinated_subject(args: "_Args", i: int, kind_type: str) -> list[Mention] | None:
    """The named subject of the clause a verb joined at i by و goes on from, where the verb names no
    subject of its own (round s30): "واتهمت الحكومة اليمنية … المجلس الانتقالي …، وطالبت التحالف"،
    "فيما يلاحق الجيش الإسرائيلي الضيف …، ويتهمه"، "وكان المجلس العسكري … قد تولى السلطة … في شمال
    البلاد، وتعهد"، "في حين قالت قوة الأمم المتحدة … إنها تتابع الحادث وحثت الطرفين".  A verb whose
    subject is dropped shares the subject of the verb it is coordinated with, not the nearest name
    before it (an object, a genitive, a place).  That verb opens its clause: the sentence's opening
    verb, the verb after a joined clause opener (فيما، بينما، في حين، كما) or after "، و"; the nearest
    one before i is read, and farther ones only past a verb with nothing after it but a preposition
    (another dropped subject: "…، ودعا إلى …، وطالب").  Its subject is the name right after it
    (VSO, past asides; "وكان X قد …") agreeing with both verbs.  Across a complementizer (إنّ، أنّ:
    the verb may go on inside the reported clause, whose subject is another's: "قال المتحدث إن الصين
    «تحترم …»، وتدعم جهود …" is China's) only an act of speech (arguments.yaml source_spoken_types)
    after "، و" goes on from the speaker, and only where the reported clause's subject names no one
    ("قالت البعثة إن «روايات شهود» تنسب …، وطالبت بمحاسبة"); a complementizer with the speaker's
    pronoun ("إنها تتابع الحادث وحثت") is crossed.  None where no such clause is found."""
    words = args.words
    if i < 2 or words[i - 1].norm != "و":
        return None
    t = triggers()
    comma = words[i - 2].norm in ("،", ",")
    openers = arguments()["joined_clause_openers"]
    opening = _opening_verb_at(words)
    crossed = False                               # a (non-pronoun) complementizer lies between
    v = i - 2
    while v >= opening:
        w = words[v]
        if w.norm in _STOPS:
            return None
        if _bare_conjunction(w.norm) in t["complementizers"] and not (v + 1 < i and words[v + 1].norm in PRONOUNS
                                                                      and words[v + 1].start == w.end):
            j = v + 1
            while j < i and words[j].norm in QUOTES:
                j += 1
            crossed = crossed or args.at(j) is not None or not comma \
                or kind_type not in arguments()["source_spoken_types"]
        begins = v == opening or words[v - 1].norm in openers or _listed_form(words[v - 1].norm, "joined_clause_openers")
        starts = begins or words[v - 1].norm == "و" and v >= 2 and words[v - 2].norm in ("،", ",")
        if starts and v < i - 1:
            if crossed:
                return None
            subject = _clause_verb_subject(args, v)
            if subject is not None:
                return subject if subject[0].start < words[i].start and _agrees(words[i], subject[0], args.text) \
                    else None
            if v + 1 < i and not words[v + 1].is_punct and words[v + 1].norm not in t["prepositions"]:
                return None                       # an unnamed subject or object stands after it
            if begins:
                return None                       # the clause's own opening: no verb farther back goes on
        v -= 1
    return None


def _governed_name(args: "_Args", mention: Mention, k: int | None = None, owners: bool = True) -> bool:
    """A preposition governs the name (starting at word k), right before it or before the office
    title written in front of a person's name ("برئيس الوزراء البريطاني كير ستارمر"، "إلى قادة
    الاتحاد الأوروبي"): the name is the object of that preposition, never the subject of a verb
    after it ("…، طالبه فيه"، "…، دعتهم فيها").  `owners` False: "من", "ل" and "في" right before the
    name do not count, as they name the owner or the state of an unnamed subject standing before them
    ("عناصر من الدعم السريع اقتحموا"، "عربات تابعة للدعم السريع حاصرت"، "المجلس العسكري في النيجر
    طرد"), who acts through it."""
    k = args.first_word(mention) if k is None else k
    if k is None:
        return False
    words = args.words
    if _preposition_before(words, k):
        j = k - 1
        while j >= 0 and words[j].norm in QUOTES:
            j -= 1
        if owners or words[j].norm not in _OWNER_PREPOSITIONS:
            return True
    opening = _title_opening(args, (mention, k))
    if opening < k and (_preposition_before(words, opening) or _glued_preposition(words[opening].norm)):
        return True
    return False


_OWNER_PREPOSITIONS = frozenset({"من", "ل", "في"})   # partitive من, possessive ل and the في of a body's
#                                                  state ("المجلس العسكري في النيجر طرد"), before a name (_governed_name)


def _glued_preposition(norm: str) -> bool:
    """An office title with a preposition written on it ("برئيس"، "لوزير"): بـ or لـ before the title
    word the rest of it is (_title_word)."""
    return len(norm) > 3 and norm[0] in "بل" and _title_word(norm[1:])


_SHORT_PAST = 4                                   # letters of a bare past verb (عقد، شن، أجرى), fewer than its masdar's


def _light_verb(words: list[Word], i: int, kind: str) -> bool:
    """The light trigger at i opens on a verb ("وعقد اجتماعا"، "وفرضت عقوبات"، "وشن هجوما"، "وأجرى
    اتصالا"): a finite form, or a bare past whose lemma it is, no longer than _SHORT_PAST letters;
    not on a verbal noun ("وتقديم شكوى"، "وإجراء اتصالات", longer than their verb), which joins the
    masdars before it, not a clause.  Joined by و, such a verb goes on from the subject of the clause
    before (_coordinated_subject) as a plain verb does."""
    if kind != "light":
        return False
    word = words[i]
    return _finite(word) or len(word.norm) <= _SHORT_PAST and _n(word.lemma or word.norm) == word.norm \
        and not word.norm.startswith("ال")


_STANCE_REACH = 20                                # words from "عن" back to the verb that expresses


def _expresser(args: "_Args", i: int) -> list[Mention]:
    """The named subject of the verb that expresses the stance noun at i (_expressed_stance): the name
    after that verb (VSO: "أعرب الرئيس الفرنسي إيمانويل ماكرون عن تضامن فرنسا"), [] where it names
    none there ("اتصالا أعرب فيه عن تضامن المملكة": the genitive stays)."""
    k = _expressed_stance(args.words, i)
    if k is None:
        return []
    return _clause_verb_subject(args, k, listed=True) or []


def _expressed_stance(words: list[Word], i: int) -> int | None:
    """The verbal noun at i is a stance a subject expresses: it follows "عن" (a quote may stand
    between) governed by a verb of expressing (arguments.yaml expressing_verbs: أعرب، عبّر، أبدى,
    with "فيه"، "خلاله" or asides between) in the same sentence.  Its genitive ("عن تضامن فرنسا"،
    "عن تأييد المجلس"، "عن إدانة دولة الكويت") is the expresser's state or body, whose stance he
    voices; who acts is the verb's subject, as the dev gold codes it in alfajr-2024-04-18,
    aljarida-2024-05-11, france24-2018-04-11, kuna-2023-06-12 and asharqalawsat-2025-06-24
    (and omannews, dostor, alwakeel likewise).  The position of that verb, or None."""
    j = i - 1
    while j >= 0 and words[j].norm in QUOTES:
        j -= 1
    if j < 1 or words[j].norm != "عن":
        return None
    verbs = arguments()["expressing_verbs"]
    for k in range(j - 1, max(-1, j - 1 - _STANCE_REACH), -1):
        norm = words[k].norm
        if norm in (".", "؟", "!") or norm == "عن":
            return None
        if norm in verbs or _bare_conjunction(norm) in verbs:
            return k
    return None


def _clause_verb_subject(args: "_Args", v: int, listed: bool = False) -> list[Mention] | None:
    """The named subject right after the word at v read as a clause's verb (VSO, past asides), as
    opening_subject reads a sentence's opening verb; None where the word is no verb or no actor's name
    agreeing with it follows.  `listed`: the caller knows the word is a verb (a word list's)."""
    words = args.words
    w = words[v]
    if v + 1 >= len(words) or w.is_punct or w.norm in triggers()["frame_stops"] or args.at(v) is not None \
            or len(w.norm) < 3 or w.norm.startswith("ال") and not _article_like_verb(w) \
            or not (listed or _kana(words, v) or _reports(w) or _finite(w)
                    or _verb_lookup(w.norm, w.lemma or w.norm)[0]):
        return None                               # "وبحسب مسؤولين …": no verb opens it
    actor, _ = _subject_after(args, _past_asides(args, v + 1))
    if not actor or actor[0].via == "nisba" or actor[0].type not in ("PER", "ORG", "GPE", "GROUP") \
            or _locality(actor[0]) or not _agrees(w, actor[0], args.text):
        return None
    if actor[0].type == "PER" and _title_disagrees(words, v, v + 1):
        return None
    return actor


def _before_particles(words: list[Word], i: int) -> int:
    """The position before the verb at i and the particles in front of it (قد، سـ، سوف and
    triggers.yaml's preverbal words): where its subject or complementizer stands."""
    j = i - 1
    preverbal = triggers()["preverbal"]
    while j >= 0 and (words[j].norm in preverbal or words[j].norm in _PARTICLES_BEFORE_VERB
                      or _opens_quote(words, j)):
        j -= 1
    return j


def _opens_quote(words: list[Word], j: int) -> bool:
    """Word j is a quotation mark that opens a quote on the next word ("إن بلاده «استعادت
    سيادتها»"، 'أن حكومتها "لن تتفاوض"'): the press quotes a clause from its verb on, so its
    subject and complementizer stand before the mark.  An opening mark touches the word after
    it and not the word before it; a closing one ("»"، "”") never opens."""
    mark = words[j]
    if mark.norm not in QUOTES or mark.norm in ("»", "”") or j + 1 >= len(words):
        return False
    return mark.end == words[j + 1].start and (j == 0 or words[j - 1].end < mark.start)


def _pronoun_subject(words: list[Word], i: int, agreeing: bool = False) -> bool:
    """The verb at i follows إنّ/أنّ with a pronoun ("أعلن الجيش أنه أغلق الحقول"، "أن|ها
    ستفرض"): that pronoun is its subject, a definite noun after it its object.  With
    `agreeing`, only a pronoun of the verb's gender (أنه سيستقبل، أنها ستفرض): "أنها" before
    a masculine verb is not its subject."""
    j = _before_particles(words, i)
    if j < 0:
        return False
    if words[j].norm in arguments()["pronoun_complementizers"]:
        pronoun = words[j].norm
    elif j > 0 and words[j].norm in PRONOUNS and words[j - 1].norm in triggers()["complementizers"] \
            and words[j - 1].end == words[j].start:
        pronoun = words[j].norm
    else:
        return False
    if not agreeing:
        return True
    verb = _verb_gender(words[i])
    said = "f" if pronoun.endswith("ها") else "m" if pronoun.endswith("ه") else None
    return verb is not None and verb == said


def _titled_recipient(args: "_Args", j: int) -> list[Mention]:
    """A person named after his title from j on ("الرئيس الروسي فلاديمير بوتين"، "نظيره
    الإيراني عباس عراقجي"), up to four words on, across no break, preposition or clause word."""
    words, stops = args.words, triggers()["phrase_stops"]
    k, limit = j, min(j + 5, len(words))
    while k < limit:
        found = args.at(k)
        if found and found[0].via == "nisba":
            k = found[1]                          # the title's nisba: "الرئيس الروسي"
            continue
        if not found and words[k].norm in PRONOUNS and k > j:
            k += 1                                # the title's pronoun: "نظير|ها"
            continue
        if found:
            return args.compound(k, ACTOR_TYPES)[0] if found[0].type == "PER" else []
        if words[k].is_punct or words[k].norm in stops and k > j:
            return []                             # (the title itself may be a stop word: "نظير|ها")
        k += 1
    return []


_NAMED_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


def _antecedent(args: "_Args", i: int, end: int) -> Mention | None:
    """The party a relative pronoun before the verb at i stands for, as the verb's
    subject: the name right before the pronoun (across a comma and a bracketed aside) in "محمود
    عباس، الذي التقى المبعوث"، "الجيش الإسرائيلي، الذي قصف"، "رعد حازم (28 عاما) الذي نفذ"; the
    relative's own كان (and قد) may stand between it and the verb ("الولايات المتحدة، التي كانت قد
    اعتقلته", `_relative_of`).  None where the verb carries an object pronoun that resumes the
    antecedent, one that agrees with the relative ("الهجوم الذي نفذه التنظيم": the name after
    acts), for a place (a town "التي شهدت …" does not act), or where no name stands before."""
    words = args.words
    r = _relative_of(words, i)
    if r is None or r < 1 or end < len(words) and words[end].norm in PRONOUNS \
            and words[end].norm in _relative_resumers(words[r].norm) \
            or _suffixed_light(words[i].norm) is not None or _relative_him(words, i, args) is not None:
        return None                               # "الهاشمي الذي قتله مسلحون": the ه on the verb resumes him
    j = _before_aside(words, r - 1)
    found = args.ends.get(j) if j >= 0 else None
    if found is None or found[0].type not in ACTOR_TYPES or found[0].via == "nisba" or _locality(found[0]) \
            or _owner_after_head(args, found[0]) or _agent_cue_after(args, end):
        return None
    return found[0]


def _owner_after_head(args: "_Args", mention: Mention) -> bool:
    """The name stands after a possessive or partitive preposition (ل، من، في), so it names the owner of
    the head noun before it, which the relative after them stands for ("لجنة الطوارئ التابعة للمنظمة، التي
    كانت قد رفضت": the committee refused, not the organisation; "عناصر من الحركة، الذين")."""
    k = args.first_word(mention)
    return k is not None and k > 0 and args.words[k - 1].norm in _OWNER_PREPOSITIONS


def _agent_cue_after(args: "_Args", end: int) -> bool:
    """A passive agent cue follows the verb ending at `end` (at most one word between, no punctuation):
    the verb is a passive written without its vowels, whose subject is its patient ("توفيق (17 عاما)
    الذي قتل برصاص إسرائيلي"، "الذي اعتقل على يد الشرطة"), and the relative's antecedent does not act."""
    words = args.words
    return any(end <= c <= end + 1 and not any(w.is_punct for w in words[end:c]) for c in args.agent_cues())


def _relative_of(words: list[Word], i: int) -> int | None:
    """The position of the relative pronoun whose clause the verb at i opens: right before it, or
    before the relative's own كان and قد ("التي كانت قد اعتقلته"، "الذي قد زار"); a كان that does not
    agree with the relative has a subject of its own, and the verb is not the relative's."""
    k = i - 1
    if k >= 1 and words[k].norm == "قد":
        k -= 1
    if k >= 1 and words[k].norm not in _NAMED_RELATIVES:
        kana = arguments()["relative_agreement"].get(words[k - 1].norm, (frozenset(), frozenset()))[0]
        k = k - 1 if words[k].norm in kana else -1
    return k if k >= 0 and words[k].norm in _NAMED_RELATIVES else None


def _relative_resumers(relative: str) -> frozenset[str]:
    """The object pronouns that resume a relative pronoun (الذي … ه، التي … ها), arguments.yaml relative_agreement;
    every pronoun for a relative the table does not list."""
    found = arguments()["relative_agreement"].get(relative)
    return found[1] if found else PRONOUNS


def _before_aside(words: list[Word], j: int) -> int:
    """The last word before the comma and the bracketed aside that end at j ("رعد حازم (28 عاما)، الذي"): the
    end of the name a relative after them stands for.  An aside of more than six words is no aside."""
    if j >= 0 and words[j].norm in ("،", ","):
        j -= 1
    if j >= 0 and words[j].norm == ")":
        k = next((k for k in range(j - 1, max(j - 8, -1), -1) if words[k].norm == "("), None)
        if k is not None:
            j = k - 1
            if j >= 0 and words[j].norm in ("،", ","):
                j -= 1
    return j


def _honorific_at(words: list[Word], j: int) -> int:
    """The number of words (1 or 2) of an honorific pronoun at j ("سموه"، "جلالت|ه"، "معاليه"),
    0 if there is none."""
    if j >= len(words):
        return 0
    pronouns = arguments()["honorifics"].get(words[j].norm)
    if pronouns is None:
        return 0
    if not pronouns:
        return 1                                  # written whole: "معاليه"
    return 2 if j + 1 < len(words) and words[j + 1].norm in pronouns and words[j].end == words[j + 1].start else 0


@lru_cache(maxsize=1)
def _honorific_written() -> dict[str, str]:
    """Every written form of an honorific (with the article, a pronoun, the ة written ت before
    it) → its head as listed in arguments.yaml."""
    forms: dict[str, str] = {}
    for head in arguments()["honorific_heads"]:
        stem = head[:-1] + "ت" if head.endswith("ه") else head
        for form in (head, "ال" + head, stem, *(stem + p for p in _HONORIFIC_PRONOUNS)):
            forms.setdefault(form, head)
    return forms


def honorific_head(norm: str) -> str | None:
    """The honorific noun (normalised, as listed in arguments.yaml) a written form belongs to:
    "سموه"، "سمو" → سمو; "جلالته"، "جلالت"، "جلاله" → جلاله; "السمو" → سمو; None for other words."""
    return _honorific_written().get(norm)


def _honorific_opener(words: list[Word], args: "_Args") -> tuple[int | None, str | None]:
    """The position of a sentence's opening verb whose subject is an honorific and no name, with
    the honorific's head: its pronoun form ("وقال سموه إن"، "وأكد جلالته") or the honorific before
    a bare title that no name follows ("وأكد جلالة الملك في كلمته"، "وقال سمو الأمير إن"), the
    court and agency style of the Gulf, Jordan and Morocco for a ruler named earlier."""
    k = 1 if words and words[0].norm in ("و", "ف") else 0
    if k + 2 >= len(words) or words[k].is_punct or args.at(k) is not None or len(words[k].norm) < 3:
        return None, None
    if _honorific_at(words, k + 1):
        return k, honorific_head(words[k + 1].norm)
    title = k + 2
    if words[k + 1].norm in arguments()["honorific_heads"] and words[title].norm.startswith("ال") \
            and args.at(k + 1) is None and args.at(title) is None \
            and (title + 1 >= len(words) or args.at(title + 1) is None):
        return k, words[k + 1].norm
    return None, None


_HONOURED_REACH = 5                               # words from an honorific to the name it introduces


def honoured_names(words: list[Word], mentions: list[Mention]) -> dict[str, Mention]:
    """Honorific head → the last person a sentence names right after it ("صاحب السمو الشيخ محمد
    بن زايد"، "جلالة الملك عبدالله الثاني"), within a few words of title and no punctuation."""
    found: dict[str, Mention] = {}
    written = _honorific_written()
    heads = [(j, written[word.norm]) for j, word in enumerate(words) if word.norm in written]
    args = _Args(words, mentions) if heads else None
    for j, head in heads:
        for k in range(j + 1, min(j + 1 + _HONOURED_REACH, len(words))):
            if words[k].is_punct:
                break
            at = args.at(k)
            if at is not None:
                if at[0].type == "PER":
                    found[head] = at[0]
                break
    return found


def _speaker_reports_other(args: "_Args", actor: list[Mention], speakers: list, i: int, end: int) -> bool:
    """The actor a coder would infer for word i is a speaker of its sentence whose content clause, opened by
    إنّ/أنّ between them, has a subject of its own before word i (round s27): "وقال وزير الاتصال إن ديلو أطلق
    النار على القوات"، "قالت الوزارة إن مجموعة من الأشخاص الملثمين رشقوا القوات … وأضرموا النار"، "قال رئيس
    الأمن العام إن العبوة زرعت … وفجرت عن بعد": the speaker tells another's act, not his own.  Not
    where the clause speaks of the speaker ("قال الجيش إنه دمر"، "إن قواته قصفت": a pronoun), where its subject
    is the act itself (the trigger right after إنّ: "أعلن الجيش أن الضربة استهدفت …") or a force or an
    instrument of the speaker's side ("إن طائرة مسيرة استهدفت"), nor where a named subject stands there (the
    clause subjects' own reading), nor for a verb right after a comma or that goes on from the speaker after the
    clause ("…، موجها الشكر"، "…، وطالبوا"، "…، ثم هنأ"; so also past an apposition: "إن منفذة العملية، منى …، فجرت"
    keeps its old reading), an act noun with a pronoun of its own ("عقب لقائه") or a subject of the speaker's own side ("إن
    اثنين من عناصره نفذا").  The caller asks for verbs only: an act noun or a passive told in a statement
    ("جرى نقل 376 ألفا إلى أماكن آمنة" in the authorities' statement) is often the speaker's side's own
    (round s27 measured act nouns too: dev 12 tp lost for 19 fp)."""
    k = next((k for k, a in reversed(speakers) if k < i and a == actor), None)
    if k is None:
        return False
    t = triggers()
    words = args.words
    if end < len(words) and words[end].norm in PRONOUNS:
        return False
    if i >= 1 and words[i - 1].norm in ("،", ",") or i >= 2 and words[i - 1].norm in ("و", "ثم") \
            and words[i - 2].norm in ("،", ","):
        return False                              # "…، موجها الشكر"، "…، وطالبوا": the speaker goes on
    c = next((c for c in range(i - 1, k, -1) if words[c].norm in t["complementizers"]), None)
    if c is None or any(words[x].norm in t["clause_openers"] - t["complementizers"] for x in range(c + 1, i)):
        return False
    j = c + 1
    while j < i and (words[j].norm in QUOTES or words[j].is_punct):
        j += 1
    if j >= i or words[j].norm in PRONOUNS or args.at(j):
        return False
    if words[j].norm in t["instruments"] or _unarticled(words[j].norm) in t["instruments"] \
            or words[j].norm in t["military_hardware"]:
        return False
    return not any(words[x].norm in PRONOUNS for x in range(j + 1, i))   # "إن اثنين من عناصره نفذا": his own men


def _nominal_light(words: list[Word], i: int) -> bool:
    """A light construction read at its noun: after a preposition ("لتنفيذ العملية"، "ينص على إدخال") or a
    passive auxiliary ("جرى نقل"), no verb of its own whose subject its clause names; nor a verb of a relative
    clause ("المطار … والذي أغلق منذ الجمعة"), which tells of its head, not of the clause's subject."""
    t = triggers()
    return i > 0 and (words[i - 1].norm in PREPOSITIONS or words[i - 1].norm in t["passive_auxiliaries"]
                      or words[i - 1].norm in t["relatives"] or _unarticled(words[i - 1].norm) in t["relatives"])


def _speaker_before(i: int, speakers: list, distant: list) -> list[Mention]:
    """The reporting subject nearest before word i in its sentence, else the last one an earlier sentence
    named (whose claim goes on): who says what a threat's `sufferer` verb tells."""
    before = [actor for k, actor in speakers if k < i]
    if before:
        return list(before[-1])
    return list(distant[-1][1]) if distant else []


def _speaker_threatens(event: Event, speaker: list[Mention], sufferer: bool) -> None:
    """A threat told in a speaker's words is the speaker's: the actor.  Told as the fate of the threatened
    (`sufferer`: "حزب الله سيدفع ثمنا باهظا"، "المتسبب سينال عقابه") the verb's subject is the recipient, and
    with no speaker there is no actor; otherwise ("الأردن سيضرب بيد من حديد") the subject, the speaker's state
    or forces, gives way to him, and stays the actor when no speaker is told."""
    if not sufferer:
        if speaker:
            event.actor = list(speaker)
        return
    ids = {id(m) for m in speaker}
    threatened: list[Mention] = []
    for m in event.actor + event.recipient:
        if id(m) not in ids and all(m is not t for t in threatened):
            threatened.append(m)
    event.actor, event.recipient = list(speaker), threatened


def _honoured(args: "_Args", i: int, topics: list, carried: list[Mention] | None) -> list[Mention]:
    """The person an honorific pronoun at a trigger at i stands for: the subject of an earlier
    act of the sentence, else the subject the sentence before ended on; always a person ("سموه"
    is never a state or a ministry); none if neither is one (not the nearest name: in "مع وزير
    الخارجية … روبيو، كما التقى سموه" the guest is not the host)."""
    earlier = [actor for k, actor in topics if k < i and len(actor) == 1 and actor[0].type == "PER"]
    if earlier:
        return list(earlier[-1])
    if carried and len(carried) == 1 and carried[0].type == "PER":
        return list(carried)
    return []


def _subject_end(args: "_Args", end: int, actor: list[Mention]) -> int:
    """The word after the actor's mention when it stands within the three words after the
    trigger (a VSO subject, "طيران العدوان الأمريكي"), else the trigger's end."""
    for k in range(end, min(end + 4, len(args.words))):
        found = args.at(k)
        if found and any(found[0] is m for m in actor):
            return found[1]
    return end


def _typed_recipient(args: "_Args", cursor: int, prepositions: tuple[str, ...]) -> list[Mention]:
    """The name after the first of the type's recipient prepositions in the clause from word
    `cursor` ("مساعدات إنسانية عاجلة إلى السودان"); after the preposition, one bare noun and
    ل name its owner ("غارات على مواقع لحزب الله").  A place governed by في is no recipient."""
    words = args.words
    for j in range(cursor, min(cursor + 8, len(words) - 1)):
        if words[j].is_punct or words[j].norm == "في":
            return []
        if words[j].norm not in prepositions:
            continue
        found, _ = args.compound(j + 1, ACTOR_TYPES | PLACE_TYPES)
        return found or _owner_after(args, j)
    return []


_OWNED_ADJECTIVES = 2                             # indefinite adjectives between an owned noun and its ل


def _owner_after(args: "_Args", j: int) -> list[Mention]:
    """After the preposition (or the verb) at j, one bare noun, at most two indefinite adjectives
    and ل + a name: the name owns what the act reaches ("على مواقع لحزب الله", "ضد مقرات لحركة
    الشباب", "قصف بنى تحتية لحزب الله", "مواقع عسكرية تابعة لـ": not "تابعة", which is no
    adjective of the noun's own but leads to the owner all the same)."""
    words = args.words
    if j + 3 >= len(words) or args.at(j + 1) is not None or words[j + 1].is_punct:
        return []
    k = j + 2
    while k < min(j + 2 + _OWNED_ADJECTIVES, len(words) - 1) and _bare_adjective(args, k):
        k += 1
    if k + 1 < len(words) and words[k].norm == "ل":
        return args.compound(k + 1, ACTOR_TYPES)[0]
    return []


def _bare_adjective(args: "_Args", k: int) -> bool:
    """Word k may be an indefinite adjective of the noun before it: no name, no article, no
    punctuation, preposition, conjunction or number ("تحتية"، "عسكرية"، "جديدة")."""
    word = args.words[k]
    return not word.is_punct and args.at(k) is None and not word.norm.startswith("ال") \
        and word.norm not in PREPOSITIONS and word.norm not in ("و", "ل", "ف") and not _number(word.norm)


def _agent_lam(args: "_Args", i: int, end: int) -> list[Mention]:
    """The party after ل that follows an indefinite noun of an attack (arguments.yaml
    agent_lam_nouns), across at most two indefinite adjectives: "في هجوم لحركة الشباب"، "هجوما جديدا
    لقوات الدعم السريع"، "هجوم مضاد لقوات حكومة الوفاق" — who attacked, not whom (that is على)."""
    words = args.words
    if words[i].norm.startswith("ال") or _bare(_governed(words[end - 1].norm)) not in arguments()["agent_lam_nouns"] \
            and _bare(words[i].norm) not in arguments()["agent_lam_nouns"]:
        return []
    k = end
    while k < min(end + _OWNED_ADJECTIVES, len(words) - 1) and _bare_adjective(args, k):
        k += 1
    if k + 1 >= len(words) or words[k].norm != "ل":
        return []
    found = args.compound(k + 1, ACTOR_TYPES)[0]
    if not found and k + 2 < len(words) and args.at(k + 1) is None \
            and (words[k + 1].norm in triggers()["fronted_forces"] or words[k + 1].norm in arguments()["partitive_heads"]):
        found = args.compound(k + 2, ACTOR_TYPES)[0]   # "لقوات حكومة الوفاق": the forces of the named party
    return found


def _objective_lam(args: "_Args", cursor: int) -> list[Mention]:
    """The object a verbal noun marks with ل after its agent: "قصف الجيش لغزة" (the name), "قصف
    الجيش السوداني لمواقع الدعم السريع" (the owner of the noun in idafa with it)."""
    words = args.words
    if cursor + 1 >= len(words) or words[cursor].norm != "ل":
        return []
    found, _ = args.compound(cursor + 1, ACTOR_TYPES | PLACE_TYPES)
    if found or cursor + 2 >= len(words) or args.at(cursor + 1) is not None or words[cursor + 1].is_punct:
        return found
    return args.compound(cursor + 2, ACTOR_TYPES)[0]


def _closing_quote(words: list[Word], k: int) -> bool:
    """Word k (k ≥ 1) is a quotation mark that closes a quotation: a closing guillemet or curly quote, or a
    straight quote written onto the word before it."""
    mark = words[k]
    return mark.norm in QUOTES and (mark.norm in ("»", "”") or mark.norm not in ("«", "“")
                                    and words[k - 1].end == mark.start)


def _after_closed_quote(words: list[Word], i: int) -> bool:
    """The verb at i follows a closing quotation mark, a comma and و ("…»، واتهمت"، "…"،
    وأضاف"): a straight quote closes when it is written onto the word before it."""
    if i < 4 or words[i - 1].norm != "و" or words[i - 2].norm not in ("،", ","):
        return False
    return _closing_quote(words, i - 3)


def _quoted_claim_start(words: list[Word], i: int) -> int | None:
    """The position of the complementizer (إن، أن، بأن) of a reported claim whose quoted words close right before
    the participle at i, across a comma ("قال الوزير إن الولايات المتحدة "لم تف بالتزاماتها"، محذرا"): the
    participle goes on from the speaker, who stands before it, not from the claim's own subject after it (the
    journalist's narration resumes where the quotation ends).  The complementizer stands at most
    _CLAIM_SUBJECT_WORDS words before the quotation opens, with no punctuation between; None otherwise
    ("فيما أعرب غوتيريش عن "صدمته"، داعيا": no claim's words, the subject of أعرب goes on)."""
    if i < 3 or words[i - 1].norm not in ("،", ",") or not _closing_quote(words, i - 2):
        return None
    opening = next((k for k in range(i - 3, -1, -1) if words[k].norm in ("«", "“") or words[k].norm in QUOTES
                    and words[k].norm not in ("»", "”") and k + 1 < len(words) and words[k].end == words[k + 1].start),
                   None)
    if opening is None:
        return None
    complementizers = triggers()["complementizers"]
    for k in range(opening - 1, max(opening - 1 - _CLAIM_SUBJECT_WORDS, -1), -1):
        if words[k].norm in complementizers:
            return k
        if words[k].is_punct:                     # "…، فيما أعرب غوتيريش عن "صدمته"، داعيا": a clause of its own
            return None
    return None


_CLAIM_SUBJECT_WORDS = 10                         # words from a claim's complementizer to its quotation (its subject)


def _travel_verb(word: Word) -> bool:
    """A verb of arriving or visiting (arguments.yaml travel_verbs): وصل، ووصلت، زار، توجه."""
    travel = arguments()["travel_verbs"]
    norm = _bare_conjunction(word.norm) if len(word.norm) > 3 else word.norm
    return _n(word.lemma or "") in travel or norm in travel or norm.endswith("ت") and norm[:-1] in travel


def journeyed(words: list[Word]) -> bool:
    """The sentence tells a journey: a verb of travel opens it, after و/ف and an adverbial of
    time set off by a comma at most ("وفي يوم الأحد، زار بارزاني بغداد")."""
    k = _opening_verb_at(words)
    if k < len(words) and not words[k].is_punct and _travel_verb(words[k]):
        return True
    comma = next((j for j, w in enumerate(words[:8]) if w.norm in ("،", ",")), None)
    return comma is not None and comma + 1 < len(words) and _travel_verb(words[comma + 1])


def _after_journey(words: list[Word], i: int) -> bool:
    """The verb at i goes on, after و or حيث, from a sentence that opens with a verb of travel
    ("ووصل روبيو إلى الرياض والتقى ولي العهد"، "وتوجه حسان إلى القاهرة، حيث التقى السيسي")."""
    return i >= 2 and words[i - 1].norm in ("و", "حيث") and not _glued_pronoun(words, i) and journeyed(words[:i - 1])


def _host_after(args: "_Args", i: int, end: int, actor: list[Mention], carried: list[Mention]) -> bool:
    """The one name after the meeting verb at i is a person other than the traveller, with
    nothing after it in its clause: the host met, not the one who meets."""
    if len(actor) != 1 or actor[0].type != "PER" or carried[0].type != "PER" or actor[0].start < args.words[i].end \
            or _glued_pronoun(args.words, i):     # "واستقبله ولي العهد": the pronoun is the traveller, met
        return False
    text = args.text
    if text[actor[0].start:actor[0].end] == text[carried[0].start:carried[0].end]:
        return False
    return _closes_clause(args.words, _after_actor(args, end, actor))


def _joined_after_comma(words: list[Word], i: int) -> bool:
    """The verb at i is joined by و after a comma ("…، والتقى"): a later verb of the sentence;
    also where the segmenter left the و on a verb that is a word too ("…، ودعا": ودع)."""
    if i >= 2 and words[i - 1].norm == "و" and words[i - 2].norm in ("،", ","):
        return True
    norm = words[i].norm
    if i < 1 or words[i - 1].norm not in ("،", ",") or len(norm) <= 3 or norm[0] != "و":
        return False
    verb, lemma = _lexical(norm, words[i].lemma or norm)[2]
    return verb is not None and not lemma.startswith("و")   # "ودعت" → دعا; not "وصل", whose و is its own


def _after_actor(args: "_Args", end: int, actor: list[Mention]) -> int:
    """The word after the last of `actor`'s mentions that stands after word `end`."""
    last = end
    for k, (mention, after) in args.starts.items():
        if k >= end and any(mention is m for m in actor):
            last = max(last, after)
    return last


def _object_after_aside(args: "_Args", j: int) -> bool:
    """A statement aside opens at word j and a name follows it ("وطالب حزب التحالف في بيان الحكومة
    بـ…"، "ودعا الاتحاد عبر تغريدة الحكومة إلى …"): that name is the verb's object, so the name
    before the aside is its subject, not its object."""
    words = args.words
    if j + 2 >= len(words) or words[j].norm not in ("في", "عبر", "خلال") \
            or words[j + 1].norm not in triggers()["verbal"]:
        return False
    found = args.at(j + 2)
    return found is not None and found[0].type in ACTOR_TYPES and not _locality(found[0])


def _closes_clause(words: list[Word], j: int) -> bool:
    """Nothing but the clause's end, a preposition or a time word follows at word j."""
    return j >= len(words) or words[j].is_punct or words[j].norm in PREPOSITIONS


def _holder_of_office(args: "_Args", mention: Mention, person_named: "callable | None") -> list[Mention]:
    """The person whose office a body is ("مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو"، "مكتب
    نتنياهو"): the name right after it, or the person the article named by the word after
    the office's head; none for another body."""
    text = args.text
    if mention.type != "ORG" or not text:
        return []
    parts = text[mention.start:mention.end].split()
    if len(parts) < 2 or _n(parts[0]) not in arguments()["office_heads"]:
        return []
    for k, (found, after) in args.starts.items():
        if found is mention:
            following = args.at(after)
            if following and following[0].type == "PER" and following[0].via != "nisba":
                return [following[0]]             # "مكتب رئيس الوزراء … بنيامين نتنياهو"
            break
    if len(parts) == 2 and person_named is not None:
        return person_named(_n(parts[1]), mention.start)   # "مكتب نتنياهو"
    return []


def _own_state(words: list[Word], i: int) -> str | None:
    """"country" or "government" where the verb at i has the speaker's own state for subject
    after a complementizer ("إن بلاده ستقدم"، "أن حكومتها لن تتفاوض"), else None."""
    j = _before_particles(words, i)
    if j < 1:
        return None
    a = arguments()
    kind = a["own_state"].get(words[j].norm)
    if kind is None and words[j].norm in a["own_state_pronouns"] and words[j - 1].end == words[j].start:
        j -= 1                                    # the pronoun the tokenizer split off: "حكومت|ها"
        kind = a["own_state_heads"].get(words[j].norm)
    if kind is None or j < 1 or words[j - 1].norm not in triggers()["complementizers"]:
        return None
    return kind


def _commanded_forces(words: list[Word], i: int, actor: list[Mention], state_party: "callable | None") -> list[Mention]:
    """The army of the speaking body's state, where the body that says "قواتها" (its own forces,
    before the verb at i) commands forces but is none: a ministry, a government, a presidency (a
    body the knowledge base files as government, "قالت وزارة الدفاع الروسية إن قواتها قتلت …"، "أعلنت
    وزارة الدفاع الأذربيجانية أن قواتها دمرت …"), and the article names that army (`state_party`
    kind "forces").  An army, a police, a group or an unlinked body keeps its own act ("قال الجيش إن
    قواته اعتقلت"), and so does any body where the article names no army of its state."""
    if len(actor) != 1 or state_party is None:
        return actor
    body = actor[0]
    if body.type != "ORG" or not body.country or not body.candidates \
            or not all(c.sector == "GOV" for c in body.candidates):
        return actor
    j = _before_particles(words, i)
    if j >= 1 and words[j].norm in arguments()["own_state_pronouns"] and words[j - 1].end == words[j].start:
        j -= 1                                    # the pronoun the tokenizer split off: "قوات|ها"
    if j < 0 or words[j].norm not in arguments()["commanded_forces"]:
        return actor                              # "فرقها"، "عناصرها": teams and men, not the state's army
    return state_party(body.country, "forces") or actor


def _repels(word: Word) -> bool:
    """A verb of repelling or foiling (arguments.yaml repelling_verbs: "صدت"، "وأحبطت"): the act
    named as its object is the other side's, never its subject's."""
    return _listed_word(word.norm, arguments()["repelling_verbs"])


def _speaker_itself(speakers: list, i: int, args: "_Args | None" = None) -> list[Mention]:
    """The body whose claim holds word i (the nearest speaker before it), for its own forces
    ("قال الجيش الإسرائيلي إن حماس أطلقت صواريخ، وأضاف أن قواته قصفت مواقعها"): an
    organisation, a state or a group acts through them; a person's forces are not read so,
    unless the person speaks for a body (`_spoken_for`: "قال المتحدث باسم الجيش إن قواته")."""
    speaker = next((actor for k, actor in reversed(speakers) if k < i), None)
    if not speaker:
        return []
    body = (_spoken_for(args, speaker[0]) or _source_within(args, speaker[0])) \
        if args is not None and len(speaker) == 1 else []
    if body:
        return body
    return list(speaker) if speaker[0].type in ("ORG", "GPE", "GROUP") else []


_CLAIM_REACH = 20                                 # words from an act's trigger to the relative that claims it


def _listed_word(norm: str, listed: frozenset) -> bool:
    """The word is one of a list (a claim's, a repelling verb's), with or without the conjunction و/ف on it."""
    return norm in listed or _bare_conjunction(norm) in listed


def _glued(words: list[Word], k: int) -> tuple[str, int]:
    """Word k with the pronoun the tokenizer split off it joined back ("تبنا|ه" → "تبناه"،
    "مسؤوليت|ها" → "مسؤوليتها"، "عن|ه" → "عنه"), and the index of the word after them."""
    if k + 1 < len(words) and words[k + 1].norm in PRONOUNS and words[k].end == words[k + 1].start:
        return words[k].norm + words[k + 1].norm, k + 2
    return words[k].norm, k + 1


def _claimant_after(args: "_Args", k: int) -> Mention | None:
    """The body named from word k on, across an opening quotation mark ("تبنته «الشباب»") and a
    head noun before a quoted name ('تبناه تنظيم "داعش"', where the name alone is the mention): an
    organisation or a group, never a nisba."""
    words = args.words
    while k < len(words) and words[k].norm in QUOTES:
        k += 1
    found = args.at(k)
    if found is None and k + 2 < len(words) and words[k + 1].norm in QUOTES and not words[k].is_punct:
        found = args.at(k + 2)
    if found is None or found[0].type not in ("ORG", "GROUP") or found[0].via == "nisba":
        return None
    return found[0]


def _claim_after(args: "_Args", k: int) -> Mention | None:
    """The party that claims, in a relative clause at word k, the act named before it: "هجوم
    تبناه تنظيم الدولة"، "…، وتبنته حركة الشباب"، "هجوم … أعلن تنظيم الدولة مسؤوليته عنه".  None
    after a negator ("لم تتبنه أي جهة"، "لم يعلن أحد مسؤوليته عنه")."""
    words, a = args.words, arguments()
    if k and _bare_conjunction(words[k - 1].norm) in triggers()["negation"]:
        return None
    glued, after = _glued(words, k)
    if _listed_word(glued, a["claim_relatives"]):
        return _claimant_after(args, after)
    if not _listed_word(words[k].norm, a["claim_verbs"]):
        return None
    claimant = _claimant_after(args, k + 1)
    found = next((f for f in args.starts.values() if f[0] is claimant), None) if claimant else None
    if found is None or found[1] >= len(words):
        return None
    noun, after = _glued(words, found[1])
    if noun in a["responsibility_nouns"] and after < len(words) \
            and _glued(words, after)[0] in a["responsibility_pronouns"]:
        return claimant
    return None


def _claim_before(args: "_Args", t: int) -> Mention | None:
    """The party that claims the act whose noun trigger starts at word t, told before it: "أعلنت
    حركة طالبان مسؤوليتها عن تفجير …"، "وكانت الحركة قد أعلنت مسؤوليتها عن الهجوم"، "وتبنت حركة
    الشباب الهجوم".  A denial ("نفت الحركة مسؤوليتها عن الهجوم") or a negated claim is none."""
    words, a = args.words, arguments()
    end = t
    if t >= 3 and words[t - 1].norm == "عن":
        head = t - 3 if words[t - 2].norm in PRONOUNS else t - 2   # "مسؤوليت|ها عن"
        if _glued(words, head)[0] not in a["responsibility_nouns"]:
            return None
        end = head                                # "أعلنت X مسؤوليتها عن": X ends before the noun
    verbs = a["claim_verbs"] if end < t else a["claim_verbs"] - a["announcing_verbs"]
    named = args.ending_before(end)
    if named is not None and named[1] >= 1 and _listed_word(words[named[1] - 1].norm, verbs):
        verb = named[1] - 1                       # the verb, then its subject
    elif end < t and end >= 1 and _listed_word(words[end - 1].norm, verbs):
        verb = end - 1                            # "قد أعلنت مسؤوليتها": the subject stands before the verb
        j = _before_particles(words, verb)
        named = args.ending_before(j + 1) if j >= 0 else None
    else:
        return None
    if named is None or named[0].type not in ("ORG", "GROUP") or named[0].via == "nisba":
        return None
    if verb and _bare_conjunction(words[verb - 1].norm) in triggers()["negation"]:
        return None
    return named[0]


def _claimed_acts(events: list["Event"], positions: list[tuple[int, bool]], args: "_Args") -> None:
    """The party that claims an attack is its actor (news convention: "هجوم تبناه تنظيم الدولة"،
    "أعلنت حركة الشباب مسؤوليتها عن التفجير"; the dev gold codes the claimant as the attack's actor
    in 8 events of 7 articles).  For an act noun of arguments.yaml claimed_act_types: the claimant
    told before it, whatever the rules gave ("أعلن داعش مسؤوليته عن هجوم استهدف نقطة للجيش": not
    the army); else, where its actor is none or an unnamed group ("تفجيرين انتحاريين"), the one in
    the nearest claiming relative after it (no other such act between, in the same sentence,
    within _CLAIM_REACH words)."""
    words, a = args.words, arguments()
    claims = [k for k in range(len(words)) if _listed_word(words[k].norm, a["claim_verbs"])
              or _listed_word(_glued(words, k)[0], a["claim_relatives"])]
    if not claims:
        return
    acts = [(k, event) for event, (k, _) in zip(events, positions)
            if event.type in a["claimed_act_types"] and event.kind in ("noun", "light")]
    for n, (t, event) in enumerate(acts):
        claimant = _claim_before(args, t)         # a claim before names the act: it outranks the rules'
        if claimant is None and event.actor and not all(m.type == "GROUP" and not m.candidates
                                                         for m in event.actor):
            continue                              # a named actor outranks a claim read after the act
        if claimant is None:
            later = acts[n + 1][0] if n + 1 < len(acts) else len(words)
            claimant = next((c for k in claims if t < k < min(later, t + _CLAIM_REACH)
                             and not any(w.norm in (".", "؛", ":") for w in words[t:k])
                             for c in [_claim_after(args, k)] if c is not None), None)
        if claimant is not None:
            event.actor = [claimant]


def _source_within(args: "_Args", speaker: Mention) -> list[Mention]:
    """The body an anonymous source is placed in ("مصدر في قوات الدعم السريع"، "مسؤول في حركة
    حماس"، "مصادر من الجيش"; arguments.yaml source_body_prepositions): "قواته"، "مقاتليها" in his
    claim are that body's forces, not the source's, who only speaks.  The body is an organisation
    or a group named inside the source's own phrase; a place ("مصدر أمني في بيشاور") is none."""
    if speaker.type != "GROUP":
        return []
    words = args.words
    first = _first_word(words, speaker)
    if first is None:
        return []
    for k in range(first + 1, len(words) - 1):
        if words[k].start >= speaker.end:
            break
        if words[k].norm in arguments()["source_body_prepositions"]:
            body = args.at(k + 1)
            if body and body[0].type in ("ORG", "GROUP") and body[0].via != "nisba" and body[0].end <= speaker.end:
                return [body[0]]
    return []


_SPOKESMAN_GAP = 3                                # words (a rank, a comma) between a spokesperson's body and name


def _spoken_for(args: "_Args", speaker: Mention) -> list[Mention]:
    """The body a spokesperson speaks for, named after باسم in their title ("المتحدث باسم الجيش
    الإسرائيلي أفيخاي أدرعي"، "الناطق باسم القيادة العامة اللواء أحمد المسماري"، or a title the
    entity stage kept whole: "المتحدث باسم الشرطة الكينية"): "قواته"، "عناصرها" in the speaker's
    claim are that body's forces, as the title says whom he speaks for.  None for a speaker of
    this sentence with no such title, or one named in an earlier sentence."""
    words = args.words
    first = _first_word(words, speaker)
    if first is None:
        return []
    last = next((k for k in range(first, len(words)) if words[k].end >= speaker.end), first)
    for k in range(max(0, first - _TITLE_REACH - _SPOKESMAN_GAP), last):
        if words[k].norm != "باسم" or (k < first and any(w.is_punct and w.norm not in ("،", ",")
                                                          for w in words[k:first])):
            continue
        body = args.at(k + 1)
        if not body or body[0].type not in ("ORG", "GROUP", "GPE") or body[0].via == "nisba":
            continue
        if k >= first or 0 <= first - body[1] <= _SPOKESMAN_GAP:
            return [body[0]]
    return []


def _clause_subject_at(args: "_Args", mention: Mention) -> int | None:
    """The word a mention starts at when it opens a complement clause ("إن مصر"، "أن «الأردن"):
    a complementizer before it, across quotation marks; else None."""
    k = args.first_word(mention)
    if k is None:
        return None
    j = k - 1
    while j >= 0 and args.words[j].is_punct and args.words[j].norm not in ("،", ",", "."):
        j -= 1
    return k if j >= 0 and args.words[j].norm in triggers()["complementizers"] else None


def _vowed(words: list[Word], i: int) -> bool:
    """The verb at word i vows: in the future or after لن ("سترد"، "لن تسمح"، "لن «تتسامح»"), words
    its speaker commits to now; a stance in the present ("تحتفظ بحق الرد"، "ترفض") is not."""
    if _future_tense(words, i):
        return True
    k = i - 1
    while k >= 0 and words[k].norm in QUOTES:
        k -= 1
    return k >= 0 and _bare_conjunction(words[k].norm) == "لن"


def _state_speaker(args: "_Args", state: Mention, voices: list, i: int, own: bool) -> list[Mention]:
    """The named person whose claim makes his own state the subject of the threat or refusal at
    word i ("قال السيسي إن مصر لن تسمح"، "قال بومبيو إن بلاده لن تتسامح"): the nearest speaker
    before, when he is one person of that state; none otherwise (a body, another state's man)."""
    if state.type != "GPE" or not state.country:
        return []
    at = i if own else _clause_subject_at(args, state)
    if at is None:
        return []
    speaker = next((actor for k, actor in reversed(voices) if k < at), None)
    if not speaker or len(speaker) != 1 or speaker[0].type != "PER" or speaker[0].anonymous:
        return []
    return list(speaker) if speaker[0].country == state.country else []


def _speakers_state(topics: list, i: int, kind: str, state_party: "callable | None") -> list[Mention]:
    """The state of the speaker whose claim holds word i (the nearest reporting subject
    before it), as the article names it; none where the article does not name it."""
    speaker = next((actor[0] for k, actor in reversed(topics) if k < i), None)
    if speaker is None or state_party is None or not speaker.country:
        return []
    return state_party(speaker.country, kind)


def _agent_after_cue(args: "_Args", cue: int) -> list[Mention]:
    """The agent a passive cue at word `cue` names ("على يد مسلحين"، "برصاص قوات الاحتلال"),
    across a part of it, before من or in idafa ("على يد عناصر من تنظيم داعش"، "من طرف عناصر
    الشرطة"): the body acts."""
    words = args.words
    first = cue + (1 if words[cue].norm in arguments()["single_agent_cues"] else 2)   # "بواسطة" is one word
    agent, _ = args.compound(first, ACTOR_TYPES)
    if not agent and first + 1 < len(words) and words[first].norm in arguments()["partitive_heads"]:
        # "عناصر من تنظيم داعش" or in idafa "عناصر الشرطة"
        agent, _ = args.compound(first + 2 if words[first + 1].norm == "من" else first + 1, ACTOR_TYPES)
    return agent or _instrument_nisba(args, first)


_SINGLE_CUE_REACH = 6                             # words from a trigger to a one-word agent cue ("بواسطة")


def _in_clause(words: list[Word], end: int, cue: int) -> bool:
    """The cue at word `cue` stands within a few words after the trigger ending at `end`, with no
    punctuation between."""
    return cue < end + _SINGLE_CUE_REACH and not any(w.is_punct for w in words[end:cue])


_INSTRUMENT_REACH = 3                             # words of an instrument before the nisba of its owner


def _instrument_nisba(args: "_Args", first: int) -> list[Mention]:
    """After an agent cue, an instrument whose nisba names its owner ("بواسطة طائرة مسيرة
    إسرائيلية"، "برصاص جنود إسرائيليين"، "بنيران دبابة روسية"): that state acts.  Bare words
    only, up to the nisba: a name or a preposition before it ends the instrument."""
    words = args.words
    if _title_head(words, first):
        return []                                 # "من طرف وزيرة الخارجية الإسبانية": a person, unnamed
    for k in range(first, min(first + _INSTRUMENT_REACH + 1, len(words))):
        found = args.at(k)
        if found is not None:
            return [found[0]] if found[0].via == "nisba" and found[0].type in ACTOR_TYPES and k > first else []
        if words[k].is_punct or words[k].norm in PREPOSITIONS or words[k].norm == "و":
            return []
    return []


def _predicate_of(words: list[Word], i: int, args: "_Args", act_nouns: list[tuple[int, str, Event]], kind: str) -> bool:
    """A verb whose subject is an event noun of its own type just before it, across its
    adjectives and a relative pronoun ("ضربة صاروخية استهدفت"، "الغارات التي استهدفت"): the
    noun's act told again, not another act."""
    for end, noun_type, _ in reversed(act_nouns):
        if noun_type != kind or not 0 <= i - end <= 5:
            continue
        k = end
        while k < i:                              # adjectives, a nisba, a place after its preposition
            word = words[k]
            if word.norm in PREPOSITIONS and k + 1 < i and args.at(k + 1) and args.at(k + 1)[1] <= i:
                k = args.at(k + 1)[1]             # "غارات على غزة استهدفت"
                continue
            found = args.at(k)
            if word.is_punct or word.norm in PREPOSITIONS or word.norm == "و" or \
                    found and found[0].via != "nisba" or word.norm.isdigit() or _sequel(words, k):
                return False
            k += 1
        return True
    return False


def _sequel(words: list[Word], k: int) -> bool:
    """Word k opens a clause of another act before or after the one told (sequels: بعدما، قبلما; or
    "بعد أن"، "قبل أن" at their أن): "اندلعت المواجهات بعدما اغتال مسلحون قائدا" is two acts."""
    t = triggers()
    return words[k].norm in t["sequels"] or k > 0 and words[k].norm in t["complementizers"] \
        and words[k - 1].norm in t["temporal_links"]


def _verb_gender(word: Word) -> str | None:
    """The gender a verb or participle shows for its third-person subject: "f" (أعلنت،
    تعلن، محذرة), "m" (أعلن، يعلن، محذرا), None for a plural or dual or where the form
    does not tell.  The form is read against the trigger's own lemma (رحبت ← رحب)."""
    norm = word.norm
    if norm[:1] in "وف" and len(norm) > 3:
        norm = norm[1:]                           # the conjunction the segmenter left on: ودعت
    if norm.endswith(("وا", "ون", "ين", "ان")):
        return None
    lemma = _lexical(word.norm, word.lemma or word.norm)[2][1]
    if lemma == norm and norm.endswith("ت"):     # a light verb the lemma table missed: "ألقت القبض" → ألقى
        lemma = (_verb_by_stem(norm, triggers()["light"]) or (None, lemma))[1]
    if norm.startswith("م") and (not lemma.startswith("م") or _participle(Word(norm, 0, 0))):   # a participle
        #   (also one the lemma table gave as its noun: متهما → متهم)
        return "f" if norm.endswith("ه") else "m" if norm.endswith("ا") else None
    if norm == lemma:
        return "m"
    if norm[:1] == "ي" and not lemma.startswith("ي"):
        return "m"
    if norm[:1] == "ت" and not lemma.startswith("ت") or norm.endswith("ت") and not lemma.endswith("ت"):
        return "f"
    return None


def _mention_gender(mention: Mention, text: str) -> str | None:
    """The gender a name takes in its verb: a feminine head (وزارة، الحكومة، حركة، السلطات,
    a country: قالت مصر) is "f", a masculine head (الجيش، حزب، المجلس) "m"; a person or a
    group None (the form does not tell)."""
    if mention.type not in ("ORG", "GPE") or not text or mention.end <= mention.start:
        return None
    first = _n(text[mention.start:mention.end].split(maxsplit=1)[0])
    if first.endswith(("ه", "ات")) or first in ("الامم",):
        return "f"
    if mention.type == "GPE":                     # مصر، إسرائيل، قطر: feminine; العراق، الصين: either
        return "f" if not first.startswith("ال") and first != "لبنان" else None
    return "m" if first.startswith("ال") else None   # الجيش، البرلمان; حماس، فتح: either


def _shown_gender(words: list[Word], k: int) -> str | None:
    """The gender the verb at word k shows for its subject ("قالت" f, "قال" m, "رفضت" f), or
    None where word k is no verb (a noun cue such as "حسب") or its form does not tell."""
    if not 0 <= k < len(words) or words[k].is_punct:
        return None
    word = words[k]
    if not (_reports(word) or _finite(word) or _verb_lookup(word.norm, word.lemma or word.norm)[0]
            or _lexical(word.norm, word.lemma or word.norm)[0]):   # a light verb too: "أن الشرطة ألقت القبض"
        return None
    return _verb_gender(word)


def _agrees_shown(verb: Word, args: "_Args", k: int, actor: list[Mention]) -> bool:
    """A pronoun verb can continue a subject only if the gender the subject's own verb showed
    agrees with it: "قال نتنياهو إن حماس رفضت المقترح، وتوعد بمواصلة الحرب" — رفضت made حماس
    feminine here, so the masculine توعد is the speaker's.  Word k is the subject's verb (a
    speech verb or an event's trigger) or the subject's first word (a complement clause's
    subject, whose verb follows it)."""
    wanted = _verb_gender(verb)
    if wanted is None or not actor:
        return True
    at = k if args.at(k) is None else _after_actor(args, k, actor)
    shown = _shown_gender(args.words, at)
    return shown is None or shown == wanted


def _inner_subject(words: list[Word], args: "_Args", i: int,
                   subjects: list[tuple[int, int, list[Mention]]]) -> list[Mention] | None:
    """The named subject of the complement clause the verb at i lies in, when that subject's
    own verb agrees with it: "قال نادي الأسير إن قوات الاحتلال اقتحمت البلدة، واعتقلت عشرات
    الشبان" — the forces arrest, not the club that reports it."""
    inside = [(k, m) for k, until, m in subjects if k < i < until]
    if not inside or _verb_gender(words[i]) is None:
        return None
    k, mentions = inside[-1]
    at = _after_actor(args, k, mentions)
    if at >= i or _shown_gender(words, at) != _verb_gender(words[i]):
        return None
    return mentions


def _opening_verb_at(words: list[Word]) -> int:
    """The position of a VSO sentence's opening verb (after a bare و/ف, after a speaker's
    aside: "من جهته، وصف الاتحاد الأوروبي …", and after a short adverbial a preposition opens:
    "في المقابل، اتهمت …"، "وفي أول رد، أعلن …")."""
    k = 1 if words and words[0].norm in ("و", "ف") else 0
    comma = next((j for j in range(k, min(k + 5, len(words))) if words[j].norm in ("،", ",")), None)
    if comma is None or comma + 1 >= len(words):
        return k
    return comma + 1 if _side_opened(words, comma + 1) or _framed_opening(words, k, comma) else k


def _framed_opening(words: list[Word], k: int, comma: int) -> bool:
    """Words k..comma-1 are an adverbial that opens the sentence before its verb (arguments.yaml
    frame_openers: "في المقابل،"، "وفي وقت لاحق،"، "على صعيد آخر،"): a preposition first, then
    words that are no verb, no relative and no punctuation."""
    head = words[k:comma]
    if not head or not _listed_form(head[0].norm, "frame_openers"):
        return False
    return not any(w.is_punct or w.norm in RELATIVES or _finite(w) for w in head[1:])


def _agrees(verb: Word, mention: Mention, text: str) -> bool:
    """A subject agrees with its verb in gender where both tell it."""
    wanted = _verb_gender(verb)
    have = _mention_gender(mention, text) if wanted else None
    return wanted is None or have is None or wanted == have


def _title_head(words: list[Word], j: int) -> str | None:
    """The gender of the office title that opens at word j ("رئيس"، "وزيرة"، "الملكة"):
    "f" for a title ending in ة, "m" for another, None where no title opens."""
    if j >= len(words) or words[j].norm not in _title_firsts():
        return None
    return "f" if words[j].norm.endswith("ه") else "m"


def _title_word(norm: str) -> bool:
    """A first word of an office title, with its article or in construct without it ("ملك البحرين")."""
    return norm in _title_firsts() or not norm.startswith("ال") and "ال" + norm in _title_firsts()


@lru_cache(maxsize=1)
def _title_firsts() -> frozenset[str]:
    """The first words of the office titles the entity stage knows (entities/data/patterns.yaml)."""
    return frozenset(_patterns()["titles"])


def _title_disagrees(words: list[Word], i: int, end: int) -> bool:
    """A verb at i whose gender is not that of the office title right after it (a man's
    title after a feminine verb): the titled person is its object, not its subject."""
    title = _title_head(words, end)
    verb = _verb_gender(words[i]) if title else None
    return verb is not None and verb != title


def _object_before_preposition(words: list[Word], i: int, after: int) -> bool:
    """The verb at i always takes its object before its preposition (triggers.yaml
    `transitive_control`) and that preposition follows the name ending before `after`."""
    t = triggers()
    lemma = _lexical(words[i].norm, words[i].lemma or words[i].norm)[2][1]
    if lemma not in t["transitive_control"] or after >= len(words):
        return False
    preposition, norm = t["object_control"][lemma], words[after].norm
    return norm == preposition or len(preposition) == 1 and len(norm) > 2 and norm[0] == preposition


def _plural_reference(words: list[Word], i: int, end: int, kind: str) -> bool:
    """A trigger whose own pronoun is dual or plural: a noun with هما/هم after it ("استقالتهما")
    or a verb with a dual or plural subject suffix ("اتفقا"، "اتفقتا"، "قالوا"، "يلتقيان")."""
    if kind == "noun":
        return end < len(words) and words[end].norm in ("هما", "هم")
    norm = words[i].norm
    return kind == "verb" and len(norm) > 4 and norm.endswith(("وا", "ون", "تا", "ان"))


def _plural_participle(word: Word) -> bool:
    """A circumstantial participle in the plural or dual ("، مطالبين السلطات"، "رافعين شعارات"، "معتبرين"):
    its subject is a plural of people, as a participle agrees with its subject in number."""
    norm = _bare_conjunction(word.norm)
    return len(norm) >= 6 and norm.startswith("م") and norm.endswith(("ين", "ون"))


def _one_party(args: "_Args", mention: Mention) -> bool:
    """One person, or one body or state (which takes a singular verb: "قالت الشرطة"، "أعلنت مصر"), not
    joined to another name: never the subject of a plural participle ("قال الناشط … إن الأهالي شكلوا لجانا،
    مطالبين السلطات": the residents ask, not he)."""
    return mention.type in ("PER", "ORG", "GPE") and mention.via != "nisba" and len(_compound_of(args, mention)) <= 1


def _compound_of(args: "_Args", mention: Mention) -> list[Mention]:
    """The names joined by و (across titles) that end with `mention`: "بيني جانتس وجادي آيزنكوت"."""
    for k, (found, _) in args.ends.items():
        if found is mention:
            joined = args.compound_before(k, ACTOR_TYPES)
            return joined if len(joined) > 1 else []
    return []


def _people_plural(mention: Mention, text: str) -> bool:
    """A group of people named by a sound masculine plural (المواطنين القطريين، الإيرانيون،
    مسؤولين): only a plural verb's pronoun stands for it ("ومنعت مواطنيها" after "منحت
    المواطنين القطريين مهلة": the one who granted, not the citizens)."""
    if mention.type not in ("GROUP", "NORP") or not text or mention.end <= mention.start:
        return False
    first = _n(text[mention.start:mention.end].split(maxsplit=1)[0])
    return len(first) >= 6 and first.endswith(("ين", "ون"))


def _court(mention: Mention, text: str) -> bool:
    """A mention whose name begins with a court's head ("محكمة أمن الدولة"، "المحكمة")."""
    first = text[mention.start:mention.end].split(maxsplit=1)
    return bool(first) and _n(first[0]) in triggers()["courts"]


def _future_tense(words: list[Word], i: int) -> bool:
    """The verb at word i is in the future: س split off right before it, or سوف before it ("سنرد"، "سوف ترد")."""
    return i > 0 and _bare_conjunction(words[i - 1].norm) in ("س", "سوف")


def _negated(words: list[Word], i: int) -> bool:
    """A negator right before the word (across a quotation mark): "لن تسمح"، "لم توافق"."""
    negation = triggers()["negation"]
    for k in (i - 1, i - 2):
        if k < 0:
            return False
        norm = words[k].norm
        if _listed_word(norm, negation):
            return True
        if norm not in QUOTES:
            return False
    return False


def _only_wanted(words: list[Word], i: int, args: "_Args", last: Event, k: int) -> bool:
    """A verbal noun that is the complement of a threat, a request or a refusal just before
    it (the verb, its subject, then its preposition): what is threatened, asked for or
    refused, no act; or the object of a verb of suspending ("علقت واشنطن مساعداتها"): what
    is stopped, no act.  A
    request to someone named ("دعا البرلمان إلى عقد جلسة") is still that party's act."""
    if last.type not in WANTING and not last.halts or last.kind not in ("verb", "participle") or i < 1:
        return False
    last_word = i - 1 if words[i - 1].norm in PREPOSITIONS else i   # "رفض الانسحاب", "هدد باستهداف"
    j = k + 1
    for start, (mention, after) in args.starts.items():   # over a subject named after its title
        if k < start and after <= last_word and mention in last.actor:
            j = max(j, after)
    while j < last_word:                          # over the verb's named subject, a quotation mark
        if words[j].norm in QUOTES or not last.actor and words[j].norm in triggers()["institution_heads"]:
            j += 1                                # a bare institution its subject: "ورفعت السلطات حظر التجول"
            continue
        found = args.at(j)
        if not found or found[1] > last_word or found[0] in last.recipient:
            return False                          # "داعيا البرلمان إلى عقد جلسة": the addressee's own act
        j = found[1]
    return j == last_word


WANTING = frozenset({"THREATEN", "REQUEST", "REJECT"})


def _called_gathering(words: list[Word], i: int, last: Event, k: int) -> bool:
    """A gathering noun (arguments.yaml called_gathering_types: a sit-in, a strike, a march) that a
    call just before it asks for, with no addressee named: "دعت النقابة إلى اعتصام أمام البرلمان"،
    "فيما دعت منظمات من المجتمع المدني إلى وقفات احتجاجية"، "ودعا التجمع إلى \"العصيان المدني\"".
    The callers hold it themselves; gold codes such a called gathering (future) with the caller as
    its actor (docs/gold-format.md, round s25).  The call's own clause only: no punctuation but a
    quotation mark between the call and إلى, which stands right before the noun (or a mark)."""
    if last.type != "REQUEST" or last.recipient or not last.actor or i < 2:
        return False
    j = i - 1
    while j > k and words[j].norm in QUOTES:
        j -= 1
    if j <= k or words[j].norm != "الي" or j - k > 12:
        return False
    return not any(w.is_punct and w.norm not in QUOTES for w in words[k + 1:j])


def _coordinated(words: list[Word], i: int, args: "_Args", last: Event,
                 act_nouns: list[tuple[int, str, Event]]) -> list[Mention]:
    """A verbal noun joined by و to the verbal noun of its type coded just before it, the
    objects of one verb ("أعلن سعيّد رفع الحصانة …، وإعفاء رئيس الحكومة"): that noun's
    actor, when no verb, full stop or clause opener stands between them."""
    before = [end for end, _, event in act_nouns if event is last]
    if not last.actor or not before or words[i - 1].norm != "و":
        return []
    end = before[-1]
    if not 0 <= i - end <= 15:
        return []
    t = triggers()
    for k in range(end, i - 1):
        word = words[k]
        if word.norm in _STOPS or word.norm in t["clause_openers"] or \
                not word.norm.startswith("ا") and _finite(word):   # (an alef-initial word is a noun here)
            return []
    return list(last.actor)


_STOPS = frozenset(".؛:؟!")


def _counted_before(words: list[Word], i: int, args: "_Args", actor: list[Mention]) -> bool:
    """The subject before a verb of harm is counted ("4385 فلسطينيا قتلوا"، "عشرات المدنيين
    قتلوا"): the victims, the verb read as a passive."""
    first = actor[0]
    for k, (m, end) in args.starts.items():
        if m is first and end <= i and k > 0:
            before = words[k - 1].norm
            return before.isdigit() or _counted(before)
    return False


def _counted_after(words: list[Word], end: int, args: "_Args", actor: list[Mention]) -> bool:
    """The subject right after a verb of harm or arrest is counted or partitive ("واعتقل عدد من
    المحتجين"، "وقتل عشرات المدنيين"): the victims of a passive written without its damma."""
    return actor[0] in _counted_mentions_after(words, end, args)


def _counted_mentions_after(words: list[Word], end: int, args: "_Args") -> list[Mention]:
    """The mentions starting within two words after a verb ending at `end` whose words from the
    verb on hold a number or a partitive ("وقتل ثلاثة جنود سوريين"، "واعتقل عدد من المحتجين"):
    whom an unvocalised passive of harm or arrest is done to."""
    found = []
    for k in range(end, min(end + 3, len(words))):
        at = args.at(k)
        if at and any(_counted(w.norm) or w.norm in triggers()["partitive_quantifiers"] for w in words[end:k + 1]):
            found.append(at[0])
    return found


def dated_participle(before: str) -> bool:
    """The text right before a time ends in a participle that dates its noun, across at most
    two words of its own ("الموقع عام"، "المتفق عليه في"، "الموقعة بينهما في"): the time is that
    noun's ("اتفاق فض الاشتباك الموقع عام 1974"), not the day of its clause's events."""
    words = before.split()[-3:]
    participles = triggers()["dated_participles"]
    return any(not any(c in w for c in _CLAUSE_BREAKS) and _n(w) in participles and
               not any(c in x for x in words[k + 1:] for c in _CLAUSE_BREAKS) for k, w in enumerate(words))


def contrast_openers() -> set[str]:
    """Clause openers of contrast (فيما، بينما): their clause is another party's."""
    return triggers()["contrast_openers"]


@lru_cache(maxsize=1)
def institution_heads() -> frozenset[str]:
    """The institution heads with and without their article (الوزارة، وزارة)."""
    heads = triggers()["institution_heads"]
    return frozenset(heads | {h[2:] for h in heads if h.startswith("ال")})


def bare_institutions(words: list[Word], mentions: list[Mention],
                      named: "callable") -> list[tuple[Mention, Mention]]:
    """Institutions the sentence names by a bare noun phrase that the entities stage left
    unlinked ("وزارة الصحة" after "وزارة الصحة الفلسطينية", "المحكمة" after "المحكمة
    الابتدائية بتونس"): the phrase (an institution head and up to two words of its idafa
    or adjectives) as a mention of the latest entity named before it whose mention begins
    with that phrase.  `named()` gives (start, normalised text, mention) of the article's
    entity mentions, in text order; the answer pairs each new mention with the one it
    takes its entity from."""
    heads = triggers()["institution_heads"]
    if heads.isdisjoint(w.norm for w in words):
        return []
    starts = [w.start for w in words]
    covered = set()
    for mention in mentions:
        covered.update(range(bisect.bisect_left(starts, mention.start), bisect.bisect_left(starts, mention.end)))
    if all(i in covered for i, w in enumerate(words) if w.norm in heads):
        return []                                 # "الجيش الإسرائيلي": named already
    known = named()
    if not known:
        return []
    stops = triggers()["phrase_stops"]
    known_starts = [x[0] for x in known]
    found = []
    for i, word in enumerate(words):
        if word.norm not in heads or i in covered:
            continue
        last = i
        while last + 1 < min(i + 3, len(words)) and last + 1 not in covered and not words[last + 1].is_punct \
                and words[last + 1].norm not in stops:
            last += 1
        before = known[:bisect.bisect_left(known_starts, word.start)]
        for end in range(last, i - 1, -1):
            phrase = " ".join(w.norm for w in words[i:end + 1])
            bare = phrase[2:] if end == i and phrase.startswith("ال") else None   # الوزارة → وزارة …
            hit = next((x for x in reversed(before) if x[1] == phrase or x[1].startswith(phrase + " ")
                        or (bare and x[1].startswith(bare + " "))), None)
            if hit:
                m = hit[2]
                found.append((Mention(word.start, words[end].end, m.type, "bare", m.candidates, m.country,
                                      m.role, m.anonymous, (i, end + 1)), m))
                break
    return found


def clause_starts(words: list[Word], cues: set[int] = frozenset()) -> list[int]:
    """Offsets where the clauses of one sentence begin (its first word's, then each new
    clause's): at a clause opener (فيما، بينما، إن، أن …), at a reporting cue that is not
    the sentence's first word (`cues`: start offsets), and at a verb or an auxiliary
    (كان) that a comma or "، و" links to what precedes ("، داعيا"، "، وقال"، "وكان")."""
    if not words:
        return []
    t = triggers()
    openers, links, auxiliaries = t["clause_openers"], t["clause_links"], t["clause_auxiliaries"]
    starts = [words[0].start]
    for j in range(1, len(words)):
        word = words[j]
        if word.norm in openers and words[j - 1].norm not in t["temporal_links"] or word.start in cues:
            starts.append(word.start)
            continue
        link = words[j - 1].norm
        if link not in links:
            continue
        if word.norm in auxiliaries:
            starts.append(word.start)
        elif link != "و" or (j > 1 and words[j - 2].norm in links):
            light, _, (verb, _), participle = _lexical(word.norm, word.lemma or word.norm)
            if verb is not None or participle is not None:
                starts.append(word.start)
    return starts


def _counted(norm: str) -> bool:
    """A number: what follows it is counted (the act's objects), not the act's adjective."""
    return norm.isdigit() or norm in triggers()["count_words"]


def _reacted_masdar(words: list[Word], i: int, args: "_Args") -> bool:
    """A bare three-letter form I past, spelled as its own verbal noun (قتل، خطف، قصف), right after the named
    subject of a verb of reacting (arguments.yaml reaction_verb_types: "وأدانت الخارجية الأمريكية خطف مواطن
    أمريكي"، "واستنكر الأزهر خطف الرهائن"): that verb takes a noun for object, so the form is the masdar of an
    act told of someone else, not a verb whose subject follows it (the hostages do not abduct)."""
    if len(words[i].norm) != 3 or i < 2:
        return False
    subject = args.ends.get(_past_reaction_aside(args, i))
    k = subject[1] - 1 if subject is not None else -1
    stop = max(-1, k - _TITLE_REACH)
    while k > stop:                               # "وأدان الرئيس الفلسطيني محمود عباس": back past the title,
        if words[k].is_punct or _reports(words[k]):   # and a body it names ("رئيس بعثة الأمم المتحدة")
            return False
        within = args.ends.get(k)
        if within is not None:
            k = within[1] - 1
            continue
        _, _, (verb, _), _ = _lexical(words[k].norm, words[k].lemma or words[k].norm)
        if verb is not None:
            return verb["type"] in arguments()["reaction_verb_types"]
        k -= 1
    return False


_TITLE_REACH = 4                                  # words of a title before a name: "رئيس بعثة الأمم المتحدة"


_REACTION_ASIDE_REACH = 4                        # words of an unpunctuated aside: "في بيان"، "في بيان رسمي"


def _past_reaction_aside(args: "_Args", i: int) -> int:
    """The word before the object at i of a verb of reacting, back across what may stand between
    that verb's subject and its object: an opening quotation mark ('أدان الرئيس "قتل المدنيين"'), a
    phrase set off by commas ("واستنكرت الجامعة، في بيان مساء الأحد، خطف …") or a short phrase a
    preposition opens with no name in it ("ودان الحزب في بيان قتل …"): i - 1 where none stands there."""
    words = args.words
    j = i - 1
    while j > 0 and words[j].norm in QUOTES:
        j -= 1
    if words[j].norm in ("،", ","):
        opening = _aside(args, j)
        return opening - 1 if opening is not None and opening > 0 else i - 1
    for k in range(j, max(0, j - _REACTION_ASIDE_REACH), -1):
        if words[k].is_punct or k in args.starts or args.ends.get(k):
            break
        if words[k].norm in ("في", "عبر") and k > 0 and args.ends.get(k - 1):
            return k - 1
    return j


def _reacts(words: list[Word], k: int) -> bool:
    """A verb of its own event that governs no verbal noun: its object is an act of
    someone else ("دانت الرئاسة الاقتحام", "رحبت مصر بالاتفاق"), unlike أعلن or قرر."""
    if k < 0:
        return False
    word = words[k]
    if _reports(word) or word.norm[:1] in "وف" and _reports(Word(word.norm[1:], 0, 0)):
        return True                               # "أكد حزب الله اغتيال قائده": a report of someone else's act
    _, _, (verb, lemma), _ = _lexical(word.norm, word.lemma or word.norm)
    control = triggers()["control"]
    if verb is not None and verb.get("future_only"):
        return False                              # "ردت إسرائيل بقصف": رد is an act only as a threat ("سنرد")
    return verb is not None and lemma not in control and not (word.norm[:1] in "وف" and word.norm[1:] in control)


def _object_controller(words: list[Word], i: int, args: "_Args", events: list[Event],
                       positions: list[tuple[int, bool]]) -> list[Mention]:
    """The actor of a verbal noun that a verb's object controls through the verb's
    preposition: "اتهم الجيش حماس بخرق الهدنة", "متهما التحالف بإغلاق المطار", "طالب
    واشنطن بتسليمه" → the object (the verb's recipient) does the noun's act."""
    if i < 2:
        return []
    control = triggers()["object_control"]
    before = args.ends.get(i - 2)
    if before is None:
        return []
    for event, (k, _) in zip(reversed(events), reversed(positions)):
        if k >= i or before[0] not in event.recipient:
            continue
        verb = words[k]
        lemma = _n(verb.lemma or verb.norm)
        preposition = control.get(lemma) or control.get(triggers()["participles"].get(lemma, "")) or \
            (verb.norm[:1] in "وف" and control.get(verb.norm[1:])) or \
            next((p for v, p in control.items() if (_participle(verb) or {}) is triggers()["verbs"].get(v)), None)
        if preposition and words[i - 1].norm == preposition:
            return [m for m in event.recipient if m.type in ACTOR_TYPES]
        return []
    return []


_ORDER_REACH = 12                                 # words back from ب to the verb of ordering: its subject's titles and name


def _listed_form(norm: str, key: str) -> bool:
    """The word is in arguments.yaml's list `key`, bare or with the conjunction و/ف on it."""
    listed = arguments()[key]
    return norm in listed or _bare_conjunction(norm) in listed


def _order_verb(args: "_Args", i: int) -> tuple[int, int] | None:
    """(the verb, the word its subject ends before: the ب or the order noun) where the verbal
    noun at i is what a verb of ordering orders ("وأمر باعتقال"، "ووجه الوزير بضبط"), or what
    an order noun an issuing verb gives orders ("وأصدر البرهان قرارا بإعفاء"); None otherwise.
    No punctuation between but the commas of an aside that only qualifies the clause (`_aside`:
    a time, a phrase a preposition opens, a title after the name), which the news sets between
    the subject and the order as often as before a verb's object ("أمرت النيابة العامة، مساء
    الجمعة، بإلقاء القبض"، "وأصدر الرئيس، في ساعة متأخرة، قرارا بإعفاء"): the verb's clause only."""
    words = args.words
    if i < 2 or words[i - 1].norm != "ب":
        return None
    noun = _listed_form(words[i - 2].norm, "order_nouns")
    key, last = ("order_issuers", i - 3) if noun else ("order_verbs", i - 2)
    v, steps = last, 0
    while v >= 0 and steps < _ORDER_REACH:
        if words[v].is_punct:
            opening = _aside(args, v)
            if opening is None:
                return None
            v = opening - 1                       # an aside costs no word
            continue
        if _listed_form(words[v].norm, key):
            return v, last + 1
        found = args.ends.get(v)
        if found and found[1] < v:
            v = found[1]                          # a name counts as one word: "وأمر رئيس مجلس الوزراء … بـ"
        v, steps = v - 1, steps + 1
    return None


def _orderer(args: "_Args", i: int, positions: list[tuple[int, bool]]) -> tuple[int | None, list[Mention]]:
    """Who orders the act of the verbal noun at i (_order_verb): (the order verb, its subject
    after it), or (the order verb, []) where the verb has no name after it (its subject a
    pronoun, read as a verb's is); (None, []) where no verb of ordering governs the noun, where
    the verb coded an event of its own ("أمرت المحكمة بسجن": the court's order is the act), or
    where words other than a subject stand between."""
    found = _order_verb(args, i)
    if found is None or any(k == found[0] for k, _ in positions):
        return None, []
    verb, stop = found
    start = _past_asides(args, verb + 1)
    subject, after = _subject_after(args, start)   # "أمر، مساء الأحد، الرئيس بـ"
    if subject and after <= stop:
        return verb, subject
    return (verb if start == stop else None), []   # "قد أصدر، ليلة الثلاثاء، قرارا بحل"


def _caused(args: "_Args", i: int) -> list[Mention]:
    """The object of a causative verb does the act of the verbal noun after its preposition:
    "وهو ما دفع الجزائر إلى سحب سفيرها" → Algeria."""
    words = args.words
    if i < 3:
        return []
    before = args.ends.get(i - 2)
    if before is None or before[0].type not in ACTOR_TYPES or before[0].via == "nisba" or before[1] == 0:
        return []
    verb = words[before[1] - 1]
    causatives = triggers()["causatives"]
    lemma = _n(verb.lemma or verb.norm)
    preposition = causatives.get(lemma)
    if preposition is None:
        found = _verb_by_stem(verb.norm, causatives)
        preposition = found[0] if found else None
    return args.compound(before[1], ACTOR_TYPES)[0] if preposition and words[i - 1].norm == preposition else []


def _overt_subject(words: list[Word], end: int, args: "_Args", verb: Word | None = None) -> bool:
    """A definite noun right after the verb that names no entity: the verb's own subject
    (VSO), one khabar cannot name ("دعا المبعوث الأممي"، "يلتقي الطرفان"), so no pronoun.
    A plural in -ات after a masculine `verb` is its object ("وانتقد العقوبات الغربية"): such
    a plural takes a feminine verb (انتقدت العقوبات)."""
    j = end + 1 if end < len(words) and words[end].norm in QUOTES else end
    if verb is not None and j < len(words) and words[j].norm.startswith("ال") and words[j].norm.endswith("ات") \
            and _verb_gender(verb) == "m":
        return False
    t = triggers()
    if j + 2 < len(words) and words[j].norm in t["subject_stop"] and words[j + 1].norm in PRONOUNS:
        # a relative clause's resumptive pronoun first: "في خطوة نددت بها دول عربية عدة"
        return args.at(j + 2) is None and not words[j + 2].is_punct and words[j + 2].norm not in t["subject_stop"]
    if j + 1 < len(words) and any(words[j].norm.endswith(p) and words[j].norm[:-len(p)] in t["subject_stop"]
                                  for p in PRONOUNS if len(words[j].norm) > len(p)):
        # … the same with the pronoun written on its preposition as one token ("نددت بها دول عربية")
        return args.at(j + 1) is None and not words[j + 1].is_punct and words[j + 1].norm not in t["subject_stop"]
    if j + 1 < len(words) and words[j].norm in t["quantifiers"] and words[j + 1].norm in PRONOUNS:
        return True                               # "هتف بعضهم ضده": some of them (not "تدين جميع أعمال")
    if j + 1 < len(words) and not words[j].norm.startswith("ال") and holder_title(words[j].norm) \
            and args.at(j) is None and (words[j + 1].norm.startswith("ال") or args.at(j + 1) is not None):
        # a title in idafa with no name: "ودعا وزير الأوقاف المصري"، "قال قائد الجيش"; not a named person
        # ("والتقت رئيس الحكومة نجيب ميقاتي": the object) nor a title of the other gender
        return not _named_after_title(args, j) and not (verb is not None and _verb_gender(verb)
                                                        and _title_head(words, j) not in (None, _verb_gender(verb)))
    return j < len(words) and words[j].norm.startswith("ال") and len(words[j].norm) > 4 \
        and args.at(j) is None and not words[j].is_punct and not _oblique_plural(words[j].norm)


_TITLE_REACH = 5                                  # words of a title phrase before the name it ends in


def _named_after_title(args: "_Args", j: int) -> bool:
    """A person's name ends the title phrase opening at word j, before punctuation or a
    preposition ("رئيس الحكومة نجيب ميقاتي")."""
    words = args.words
    for k in range(j + 1, min(j + _TITLE_REACH, len(words))):
        found = args.at(k)
        if found is not None and found[0].type == "PER" and found[0].via != "nisba":
            return True
        if words[k].is_punct or words[k].norm in PREPOSITIONS and words[k].norm != "ل":
            return False
    return False


def _oblique_plural(norm: str) -> bool:
    """A definite sound masculine plural or dual in -ين ("المواطنين"، "الصحفيين"): accusative
    or genitive, never a verb's subject (that is -ون، -ان): "ومنعت المواطنين من الاقتراب"."""
    return len(norm) >= 7 and norm.endswith("ين")


def _subject_before(words: list[Word], i: int, args: "_Args") -> bool:
    """A noun that names no entity between a complementizer and the verb: the verb's own
    subject, fronted ("أفاد مراسل الجزيرة بأن جرافات الاحتلال دمرت"), so no pronoun."""
    j = i - 1
    while j >= 0 and words[j].norm in triggers()["preverbal"]:
        j -= 1
    k, reach = j, j - 2
    while k >= 0 and k >= reach and (not words[k].is_punct or words[k].norm in QUOTES) \
            and args.at(k) is None and not args.ends.get(k):
        if words[k].norm in QUOTES:               # a quotation opening the clause: "إن «الجرافات دمرت"
            k, reach = k - 1, reach - 1
            continue
        if words[k].norm == "من" and k > 0 and _bare(words[k - 1].norm) in triggers()["instruments"]:
            k, reach = k - 1, reach - 2           # "إن قوة من الشرطة أوقفت": a force of its owner, fronted
            continue
        if words[k].norm in triggers()["complementizers"]:
            # "أنها تدين": a pronoun subject; "إن قواته اعتقلت": its forces, the speaker's act
            pronoun = k < j and (words[k + 1].norm in PRONOUNS or k + 2 <= j and words[k + 2].norm in PRONOUNS)
            return k < j and not pronoun
        k -= 1
    return False


def _frame_subject(args: "_Args", i: int) -> list[Mention]:
    """The named subject of the clause a verbal noun completes ("تستضيف القاهرة لقاءات",
    "ترد إسرائيل بقصف مدمر"): the nearest name before the noun, a few words back, if
    a verb (a word with no article, no preposition) stands right before it and that verb is
    not a reaction to someone else's act."""
    words = args.words
    stops = triggers()["frame_stops"]
    if words[i].norm.startswith("ال"):
        return []                                 # "إن الهدنة تشمل": a definite noun names an act already told
    j, steps = i - 1, 0
    if j >= 0 and words[j].norm in PREPOSITIONS:
        j -= 1                                    # the noun's own preposition: "ترد إسرائيل بقصف"
    while j >= 0 and steps < 6:
        if words[j].is_punct or words[j].norm in stops:
            return []
        found = args.ends.get(j)
        if found:
            mention, first = found
            if mention.type not in ACTOR_TYPES or mention.via == "nisba" or _locality(mention):
                return []
            if first == 0 or words[first - 1].is_punct or words[first - 1].norm == "و":
                # SVO: "الحوثيون يبثون مشاهد احتجاز السفينة": the name, then its verb
                verb = words[j + 1] if j + 1 < i else None
                if verb is None or verb.is_punct or verb.norm in stops or verb.norm.startswith("ال") \
                        or not _finite(verb) or _reacts(words, j + 1) or _reports(verb):
                    return []
                return args.compound(first, ACTOR_TYPES)[0]
            verb = words[first - 1]
            if verb.is_punct or verb.norm in stops or verb.norm.startswith("ال") or verb.norm in QUOTES \
                    or _reacts(words, first - 1) or args.ends.get(first - 1) or _reports(verb) \
                    or _number(verb.norm) or triggers()["count_words"] & {verb.norm, words[first].norm}:
                return []                         # "أفرجت عن 90 أسيرا فلسطينيا ضمن صفقة": the counted, no subject
            return args.compound(first, ACTOR_TYPES)[0]
        j, steps = j - 1, steps + 1
    return []


def _pair(args: "_Args", j: int, offset: int) -> list[Mention]:
    """The two parties a dual word at j stands for ("البلدين" two countries, "الطرفان"
    two parties, "هما" after بين): the last two the article named together before."""
    pair_before = getattr(args, "pair_before", None)
    if pair_before is None:
        return []
    norm = args.words[j].norm
    if norm in arguments()["person_duals"] and args.at(j + 1) is None:
        return pair_before(offset, {"PER"})       # "وبحث الرئيسان": the two persons last met or named together
    kinds = triggers()["dual_anaphors"].get(norm)
    if kinds is None and norm == "هما" and j > 0 and args.words[j - 1].norm in triggers()["reciprocal"]:
        kinds = "any"
    if kinds is None:
        return []
    if kinds == "countries":                      # two countries: not two towns ("ماريوبول وجزيرة الأفعى")
        return pair_before(offset, COUNTRY_TYPES, lambda m: not _locality(m))
    return pair_before(offset, ACTOR_TYPES)


def _controller(args: "_Args", i: int, topics: list) -> list[Mention]:
    """The subject of a verb that governs a verbal noun ("اتفقتا على تبادل", "قرر … فرض",
    "أعلن الجيش استعادة"): the noun's action is that subject's."""
    words = args.words
    control = triggers()["control"]
    j, steps, reach = i, 0, 5
    titled: tuple[int, int] | None = None         # (title start, name start) of the titled person last crossed
    conjunct = i > 1 and words[i - 1].norm == "و" and words[i - 2].norm in ("،", ",")
    while steps < reach and j > 0:                # a name counts as one word: "أعلن صندوق النقد الدولي التوصل إلى اتفاق"
        j, steps = j - 1, steps + 1
        if conjunct and j == i - 2:               # "أعلن سعيّد تجميد البرلمان، ورفع الحصانة": a later object of
            reach = steps + _CONJUNCT_REACH       # the same verb, back across the earlier ones
            continue
        if j == i - 1 and _opening_quote(words, i):           # 'أعلن حفتر "النفير العام"': the quoted object is the noun,
            reach = min(reach, steps + _QUOTED_REACH)   # its verb and subject right before the quote
            continue
        if words[j].is_punct:
            opening = _aside(args, j)             # "أعلن الجيش السوداني، صباح الجمعة، استعادة …"
            if opening is None:
                if conjunct and reach > 5 and words[j].norm in ("،", ",") and words[j + 1].norm == "و":
                    continue                      # an earlier conjunct's comma: "تجميد …، ورفع …، وإعفاء"
                return []
            j, steps = opening, steps - 1         # an aside costs no word: "أعلنت المديرية العامة لقوى الأمن
            continue                              # الداخلي، في بيان صباح اليوم، توقيف"
        if conjunct and reach > 5 and words[j].norm in _conjunct_stops():
            return []                             # a clause of its own between: not the same verb's object
        if _bare(_governed(words[j].norm)) in arguments()["toll_heads"]:
            return []                             # "أعلنت الوزارة حصيلة التفجير": the toll's act, not the verb's object
        in_time = args.in_time
        if in_time is not None and args.ends.get(j) is None and in_time(words[j].start, words[j].end):
            steps -= 1                            # a time costs no word, as an aside does: "وأعلنت فرنسا مساء
            continue                              # الجمعة انتهاء عمليات الإجلاء"
        found = args.ends.get(j)
        if found and found[1] <= j and found[0].type == "PER" and found[0].via != "nisba":
            j = _title_phrase_start(args, found[1])   # "أعلن حاكم منطقة خيرسون أولكسندر بروكودين بدء": a person's
            titled = (j, found[1])                # name and the title phrase before it are one subject
            continue
        if found and found[1] < j:
            j = found[1]
            continue
        lemma = _n(words[j].lemma or words[j].norm)
        listed = lemma in control or (words[j].norm[0] in "وف" and words[j].norm[1:] in control) \
            or lemma in triggers()["striving"] and _finite(words[j])   # "تعمل على إجلاء", not "أعمال العنف"
        if listed or _control_form(words[j].norm):  # "شاركت حماس في الوقفة": a form the lemma table missed
            after = _past_asides(args, j + 1)
            subject, _ = _subject_after(args, after)   # "أعلنت، مساء الأحد، وزارة …"
            if subject:
                return subject
            if titled is not None and titled[0] == after:
                return args.compound(titled[1], ACTOR_TYPES)[0]   # the titled person right after the verb
            if not listed and not _finite(words[j]) and words[j].norm[:1] in "اإأ":
                continue                          # "قرر المجلس، …، إعلان حالة الطوارئ": the verbal noun of a
                #                                   control verb, itself the object of the verb before it
            k = j - 1
            while k >= 0 and words[k].norm in triggers()["before_verb"]:
                k -= 1
            before = args.ends.get(k)
            if before and before[0].type in ACTOR_TYPES and not _locality(before[0]):
                return args.compound_before(k, ACTOR_TYPES)
            earlier = [actor for position, actor in topics if position <= j]
            return list(earlier[-1]) if earlier else []
    return []


def _governed_by_preposition(words: list[Word], i: int) -> bool:
    """A preposition governs the word at i, right before it or before a quotation the word opens
    ('عبرت فرنسا عن "تضامنها"'، 'اتهمها بـ«استهداف المدنيين»'): the word is a noun, no verb."""
    before = i - 1 if _opening_quote(words, i) else i
    return before > 0 and words[before - 1].norm in PREPOSITIONS


def _opening_quote(words: list[Word], i: int) -> bool:
    """The mark right before word i opens a quotation that begins with the noun at word i ('عبرت فرنسا عن
    «تضامنها»'، 'أعلن حفتر "النفير العام"'): a search back from the noun for its verb crosses it."""
    j = i - 1
    if j < 1 or words[j].norm not in ("«", "“", '"'):
        return False
    return words[j].norm != '"' or not words[j - 1].is_punct and words[j].end == words[i].start


def _title_phrase_start(args: "_Args", start: int) -> int:
    """Where the title phrase before a person's name at word `start` begins ("قائد الجيش السوداني الفريق
    أول عبد الفتاح البرهان"، "حاكم منطقة خيرسون الأوكراني أولكسندر بروكودين"): the furthest title word
    (holder_title) within _TITLE_CHAIN_REACH words back, with no punctuation, stop word or verb of control
    between it and the name; `start` itself where no title stands before the name.  A walk back from a
    verbal noun to the verb that governs it counts the subject, title and name, as one word."""
    words = args.words
    stop = triggers()["subject_stop"]
    control = triggers()["control"]
    begin = start
    for k in range(start - 1, max(-1, start - 1 - _TITLE_CHAIN_REACH), -1):
        norm = words[k].norm
        if words[k].is_punct or norm in stop or _n(words[k].lemma or norm) in control:
            break
        if holder_title(norm) is not None:
            begin = k
    return begin


_QUOTED_REACH = 3                                 # words back from a quoted noun to its verb: a subject and a preposition
_CONJUNCT_REACH = 20                              # words back over the earlier conjuncts of a verb's objects


@lru_cache(maxsize=1)
def _conjunct_stops() -> frozenset[str]:
    """Words that open a clause of their own: a coordinated verbal noun is not the object of
    a control verb before them."""
    t = triggers()
    return frozenset(t["clause_openers"] | t["complementizers"] | t["relatives"])


def _past_asides(args: "_Args", end: int) -> int:
    """The word after the phrases set off by commas right after a verb ending at `end` ("وأعلنت،
    مساء الأحد، في بيان، وزارة الداخلية …"، "واعتقلت، فجر اليوم، قوات الاحتلال …"): a VSO verb may
    put a time or a phrase a preposition opens between itself and its subject (each read as
    `_one_aside` reads one); `end` itself where no such phrase opens there."""
    words = args.words
    j = end
    while j < len(words) and words[j].norm in ("،", ","):
        close = next((k for k in range(j + 1, min(j + _ASIDE_REACH, len(words))) if words[k].is_punct), None)
        if close is None or _one_aside(args, close) != j:
            break
        j = close
    return j + 1 if j > end and j + 1 < len(words) else end


def _aside(args: "_Args", j: int) -> int | None:
    """Phrases set off by commas that end at the comma at word j and only qualify their
    clause: a time ("أعلن الجيش، صباح الجمعة، استعادة …"), a phrase a preposition opens
    ("قرر المجلس، في اجتماعه الطارئ برئاسة …، إعلان …") or a person's title after the name
    ("أعلن الوزير X، وزير الخارجية، فرض …"), one or several in a row: the index of the
    first one's opening comma, for a search going back to cross them; else None."""
    opening = None
    while True:
        found = _one_aside(args, j)
        if found is None:
            return opening
        opening = j = found


_ASIDE_REACH = 24                                 # words of one phrase set off by commas


def _one_aside(args: "_Args", j: int) -> int | None:
    """One phrase set off by commas ending at the comma at word j (see `_aside`): its opening comma."""
    words = args.words
    if words[j].norm not in ("،", ",") or j < 2:
        return None
    k = j - 1
    while k > max(-1, j - _ASIDE_REACH) and not words[k].is_punct:
        k -= 1
    if k < 0 or k == j - 1 or words[k].norm not in ("،", ",") or not words[k].is_punct:
        return None
    first = words[k + 1]
    timed = args.timed
    if timed is not None and timed(first.start, words[j - 1].end):
        return k                                  # "، صباح الجمعة،"
    stops = _conjunct_stops()
    if any(w.norm in stops or not w.norm.startswith("ال") and _finite(w) for w in words[k + 1:j]):
        return None                               # a clause of its own: "، قال فيه …،"
    if first.norm in triggers()["aside_openers"]:
        return k                                  # "، في بيان،"، "، خلال اجتماعه،"
    before = args.ends.get(k - 1)
    if before and before[0].type == "PER" and before[0].via != "nisba" and args.at(k + 1) is None:
        return k                                  # "مصطفى مدبولي، رئيس مجلس الوزراء،"
    if before and before[0].type in PLACE_TYPES and first.norm in triggers()["place_appositions"]:
        return k                                  # "النيابة العامة في مدينة الحسيمة، شمال المغرب،": where the place is
    return None


def _time_aside_after(args: "_Args", j: int) -> int | None:
    """A time set off by commas that opens at the comma at word j ("…، اليوم الخميس، …"):
    the index after its closing comma, for a search going forward to cross it; else None."""
    timed = args.timed
    words = args.words
    if timed is None or words[j].norm not in ("،", ","):
        return None
    k = _closing_comma(words, j + 1, j + 8)
    return k + 1 if k is not None and k > j + 1 and timed(words[j + 1].start, words[k - 1].end) else None


def _closing_comma(words: list[Word], first: int, stop: int) -> int | None:
    """The first punctuation mark of words first..stop-1 if it is a comma (an aside closes there), else None."""
    k = next((k for k in range(first, min(len(words), stop)) if words[k].is_punct), None)
    return k if k is not None and words[k].norm in ("،", ",") else None


_RELATIVE_ASIDE_REACH = 14                        # words a relative clause set off by commas may run


def _relative_aside_after(words: list[Word], j: int) -> int | None:
    """A relative clause set off by commas that opens at the comma at word j, after the subject of a light
    verb ("شنت الطائرات الحربية، التي أقلعت من قاعدة حميميم، غارات"): the index after its closing comma, for
    the search of the verb's noun to cross it; None if no relative opens there or no comma closes it soon."""
    if words[j].norm not in ("،", ",") or j + 1 >= len(words) or words[j + 1].norm not in RELATIVES:
        return None
    k = _closing_comma(words, j + 2, j + 2 + _RELATIVE_ASIDE_REACH)
    return None if k is None else k + 1


_BRACKET_ASIDE_REACH = 4                          # words a bracketed short name or acronym may run


def _bracket_aside_after(words: list[Word], j: int) -> int | None:
    """A bracketed aside that opens at word j right after the named subject of a light verb, its short
    name, acronym or other name ("سيّرت بعثة الأمم المتحدة (يونميس) قافلة"، "قدمت منظمة الصحة العالمية
    (WHO) مساعدات"): the index after its closing bracket, for the search of the verb's noun to cross it
    as it crosses a comma-set time; None if no bracket opens there or none closes it soon with no other
    punctuation inside (a bracket that runs on is a clause, not a name)."""
    if words[j].norm != "(":
        return None
    k = next((k for k in range(j + 1, min(len(words), j + 2 + _BRACKET_ASIDE_REACH)) if words[k].is_punct), None)
    return k + 1 if k is not None and k > j + 1 and words[k].norm == ")" else None


def _subject_after(args: "_Args", end: int, crowd: bool = False) -> tuple[list[Mention], int]:
    """The subject of a verb (VSO): the mention right after it, or a person named after
    their title ("توعد المرشد الإيراني علي خامنئي"), looked for up to a preposition, a
    conjunction or punctuation; a nisba right after the verb only if no name follows.
    With `crowd` (a verb a crowd does), the name a crowd's count words lead to
    ("خرج آلاف السودانيين"، "تظاهر عشرات من أنصار الحزب")."""
    words = args.words
    if end < len(words) and words[end].norm in PRONOUNS:
        end += 1                                  # the verb's object pronoun first: "رفضتها الجزائر"
    if end < len(words) and words[end].norm in QUOTES:
        end += 1                                  # a name in quotes: "أعلنت «حماس»"
    if end + 2 < len(words) and (words[end].norm, words[end + 1].norm) in arguments()["compound_openers"]:
        end += 2                                  # "أدانت كل من السعودية والإمارات": the list is the subject
    if _place_named_meeting(args, end):
        return [], end                            # "وبحث اجتماع الرياض الوزاري": a meeting is the subject
    pair = _pair(args, end, words[end].start) if end < len(words) else []
    if pair:                                      # "يلتقي الطرفان": the two parties named before
        return pair, end + 1
    actor, after = args.compound(end, ACTOR_TYPES)
    if actor and actor[0].via != "nisba":
        return actor, after
    if not actor and (part := _partitive_subject(args, end)):
        return part                               # "وانتشرت وحدات من الجيش"، "أطلق عناصر من حزب الله"
    fallback = (actor, after) if actor else ([], end)
    stop = triggers()["subject_stop"]
    j = after if actor else end
    if not actor and j + 2 < len(words) and words[j].norm in stop and words[j + 1].norm in PRONOUNS:
        j += 2                                    # "الذي توسطت فيه قطر ومصر"
        actor, after = args.compound(j, ACTOR_TYPES)
        if actor and actor[0].via != "nisba":
            return actor, after
    title_of = triggers()["title_prepositions"]
    titled_body = None
    titled = end < len(words) and holder_title(words[end].norm) is not None
    while j < len(words) and j < end + (_TITLE_CHAIN_REACH if titled else 8):
        found = args.at(j)                        # a name first: علي is a name and a preposition
        if not found and j > end and words[j].norm in title_of and words[j - 1].norm.startswith("ال"):
            place = args.at(j + 1)                # a title's own place: "المبعوث الأممي الخاص إلى سوريا غير بيدرسون"
            if place and (place[0].type in PLACE_TYPES or words[j].norm == "ل" and place[0].type == "ORG"):
                j, titled_body = place[1], titled_body or place   # or body: "الأمين العام للأمم المتحدة أنطونيو
                continue                          # غوتيريش"
        if not found and j > end and words[j].norm == "ل" and words[j - 1].norm in triggers()["owned_by"]:
            j += 1                                # "طائرات حربية تابعة للجيش": the owner after ل
            continue
        if not found and titled and words[j].norm == "ل" and _title_chain(args, end, j):
            j += 1                                # "وزير الدولة للشؤون الخارجية سلطان …"، "النائب الأول لرئيس
            continue                              # مجلس الوزراء وزير الداخلية الشيخ فهد اليوسف": a title's ل
        if not found and (words[j].is_punct or words[j].norm in stop
                          or _n(words[j].lemma or "") in stop) \
                and not (crowd and j > end and words[j].norm in triggers()["crowd_links"] and _crowd(words, end, j)):
            break                                 # a crowd's من goes on: "عشرات من أنصار الحزب"
        if found:
            if found[0].type == "PER" and found[0].via != "nisba":
                return args.compound(j, ACTOR_TYPES)
            if crowd and found[0].type in ACTOR_TYPES and found[0].via != "nisba" and j > end and _crowd(words, end, j):
                return args.compound(j, ACTOR_TYPES)   # "تظاهر عشرات من أنصار الحزب": the party's crowd
            if found[0].type in ACTOR_TYPES and j > end and _instruments(words, end, j):
                return args.compound(j, ACTOR_TYPES)   # "أغارت طائرات إسرائيلية"، "قصفت مدفعية الجيش": whose weapons
                #                                   act; "الطائرات الأمريكية والبريطانية": both owners
            if j == end + 1 and found[0].type in ("ORG", "GROUP") and found[0].via != "nisba" \
                    and _body_class_noun(words[end].norm):
                return args.compound(j, ACTOR_TYPES)   # "ودانت منظمة يونيسف الهجوم": the body's class noun
                #                                   before its name, outside the name the entity stage found
            if found[0].via != "nisba":
                person = _titled_person(args, j, end, found) if found[0].type in TITLE_HOLDERS else None
                if person:                        # "وحمّل رئيس دولة فلسطين محمود عباس": the title's country
                    return person
                return _title_holder(args, end, found) or _unit_body(args, end, found, fallback) or fallback
            holder = _title_holder(args, end, found)
            if holder and not args.at(found[1]):  # "وأكد وزير الخارجية الأمريكي في كلمته": named before
                return holder
            j = found[1]
            continue
        j += 1
    if titled_body and not fallback[0]:           # "ودعا المدير العام لمنظمة الصحة العالمية الدول"
        return _title_holder(args, end, titled_body) or _unit_body(args, end, titled_body, fallback) or fallback
    return fallback


def _body_class_noun(norm: str) -> bool:
    """An indefinite noun that names the class of a body before its name ("منظمة يونيسف"، "حركة حماس"، "جماعة
    الحوثي"; the entity stage's org_heads): where the name after it is a mention of its own, the noun is
    part of the same subject, not a word of another phrase between the verb and the name."""
    return norm in _patterns()["org_heads"]


_TITLE_CHAIN_REACH = 13                           # words of a title phrase right after a verb, up to its holder's name


def _title_chain(args: "_Args", end: int, j: int) -> bool:
    """The words end..j-1 after a verb are one title phrase (a title word first, then only words
    with no punctuation, no name and no stop word between) closed by a title's own adjective or
    genitive (triggers.yaml title_complements), so a ل at j goes on with it: the
    office's own complement ("وزير الدولة للشؤون الخارجية"، "النائب الأول لرئيس مجلس الوزراء"،
    "الممثل الأعلى للسياسة الخارجية"), not the verb's recipient.  A person's name after the whole
    phrase is the verb's subject; where none follows, the search ends with nothing found."""
    words = args.words
    stop = triggers()["subject_stop"]
    complements = triggers()["title_complements"]
    return j + 1 < len(words) and not words[j + 1].is_punct and words[j - 1].norm in complements and all(
        not w.is_punct and w.norm not in stop and args.at(k) is None for k, w in enumerate(words[end:j], end))


def _unit_body(args: "_Args", end: int, found: tuple[Mention, int],
               fallback: tuple[list[Mention], int]) -> tuple[list[Mention], int] | None:
    """A unit of a body right after the verb, the body named after it in idafa or after ل
    ("أعلنت المديرية العامة لقوى الأمن الداخلي توقيف"، "أعلنت القيادة العامة للقوات المسلحة
    استعادة"، "قالت قيادة عمليات بغداد"): the unit is no name of its own, so the body it belongs
    to acts (arguments.yaml unit_heads).  Only where nothing else was found, and only an
    organisation or group (a state's unit, "رئاسة الجمهورية", names a state's office, not the state)."""
    words = args.words
    mention, after = found
    if fallback[0] or end >= len(words) or _bare(words[end].norm) not in arguments()["unit_heads"]:
        return None
    if mention.via == "nisba" or mention.type not in ("ORG", "GROUP"):
        return None
    if any(w.is_punct for w in words[end:after]) or mention.start > words[min(end + 4, len(words) - 1)].start:
        return None
    return [mention], after


def _nominative_construct(norm: str) -> bool:
    """A sound masculine plural of a partitive head in construct and in the nominative, its ن
    dropped (مسلحو، مقاتلو): written only as a subject in idafa with its body ("وهاجم مسلحو حركة
    الشباب قاعدة"، "هجوم شنه مقاتلو الحركة"), never as an object (that is مسلحي)."""
    return len(norm) > 4 and norm.endswith("و") and norm + "ن" in arguments()["partitive_heads"]


def _partitive_subject(args: "_Args", end: int) -> tuple[list[Mention], int] | None:
    """A part of a body right after the verb, before من ("وحدات من الجيش التونسي"، "عناصر من حزب
    الله"، "قوة من الجيش الإسرائيلي"، "دورية من الشرطة العراقية"): the body acts, as after a
    passive agent cue (arguments.yaml partitive_heads)."""
    words = args.words
    if end + 1 < len(words) and _nominative_construct(words[end].norm):
        found, after = args.compound(end + 1, ACTOR_TYPES)   # "مسلحو حركة الشباب": in idafa, the subject's case
    elif end + 2 >= len(words) or words[end].norm not in arguments()["partitive_heads"] or words[end + 1].norm != "من":
        return None
    else:
        found, after = args.compound(_quoted_name_start(args, end + 2), ACTOR_TYPES)
    if not found or found[0].via == "nisba" or found[0].type == "PER":
        return None
    return found, after


def _partitive_genitive(args: "_Args", end: int) -> tuple[list[Mention], int] | None:
    """A part of a named body in idafa after a verbal noun, the body in idafa after it or after من
    ("هجوم عناصر حركة الشباب على"، "مداهمة قوات جهاز مكافحة الإرهاب مقرا"، "هجوم مسلحين من تنظيم
    داعش"): the forces or members noun (arguments.yaml partitive_heads) is no name of its own, so
    the body it belongs to is the genitive the noun's reading weighs (its agent, or its patient for
    a noun of `genitive: patient`: "اعتقال عناصر من حزب الله"), as a body named right after the
    noun would be.  Only an organisation (no person, no state's nisba); the caller skips a noun that
    needs its object ("بنشر وحدات من الجيش": the units are what is deployed, not who deploys)."""
    words = args.words
    if end + 1 >= len(words) or words[end].norm not in arguments()["partitive_heads"] \
            and not _nominative_construct(words[end].norm):
        return None
    start = end + 2 if words[end + 1].norm == "من" else end + 1
    if start >= len(words):
        return None
    found, after = args.compound(_quoted_name_start(args, start), ACTOR_TYPES)
    if not found or found[0].via == "nisba" or found[0].type != "ORG":
        return None
    return found, after


def _quoted_name_start(args: "_Args", k: int) -> int:
    """Where a body's name begins at word k, past the quotation mark that opens it ('عناصر من "هيئة
    تحرير الشام"') and past one head noun written before the quoted name ('عناصر من فصيل "جيش
    الشرقية"'، 'مسلحون من حركة "الشباب"'); k itself where no quoted name opens there."""
    words = args.words
    if k < len(words) and words[k].norm in QUOTES and args.at(k + 1) is not None:
        return k + 1
    if k + 2 < len(words) and args.at(k) is None and not words[k].is_punct \
            and words[k + 1].norm in QUOTES and args.at(k + 2) is not None:
        return k + 2
    return k


def _title_holder(args: "_Args", end: int, found: tuple[Mention, int]) -> tuple[list[Mention], int] | None:
    """A title right after the verb, in idafa with a body or with a nisba and no name after it
    ("دعا شيخ الأزهر المسلمين"، "وقال وزير الخارجية الأمريكي"): the person the article named
    earlier after the same title and the same body, as the subject; None if it named none (the
    body is then no subject either: the title's holder, unnamed, acts)."""
    holder = getattr(args, "title_holder", None)
    words = args.words
    if holder is None or end >= len(words) or found[0].type not in ("ORG", "GPE"):
        return None
    title = holder_title(words[end].norm)
    if title is None or any(w.is_punct for w in words[end:found[1]]):
        return None
    person = holder(title, found[0], words[end].start)
    return (person, found[1]) if person else None


@lru_cache(maxsize=1)
def _holder_titles() -> frozenset[str]:
    """The office titles a person holds in a body (the entity stage's title words, without the
    article, and arguments.yaml's holder_titles), less the voices of a body (voice_titles)."""
    a = arguments()
    titles = {w[2:] if w.startswith("ال") else w for w in _title_firsts()} | a["holder_titles"]
    return frozenset(t for t in titles if not any(t.startswith(v) for v in a["voice_titles"]))


def holder_title(norm: str) -> str | None:
    """A title word's form without the article and the conjunction ("والمدير" → مدير), if it is
    one of _holder_titles()."""
    for form in _conjunction_forms(norm):
        form = form[2:] if form.startswith("ال") else form
        if form in _holder_titles():
            return form
    return None


def _crowd(words: list[Word], start: int, end: int) -> bool:
    """The words start..end-1 count a crowd ("آلاف"، "عشرات من أنصار"، "نحو ألف من"): a
    crowd word among them, and only count words, من and nouns of followers; the name after
    them is whom the crowd is (or whose followers), the verb's actor."""
    t = triggers()
    span = words[start:end]
    return any(w.norm in t["crowds"] or _bare_conjunction(w.norm) in t["crowds"] for w in span) and \
        all(w.norm in t["crowd_words"] or w.norm.isdigit() for w in span)


def _instruments(words: list[Word], start: int, end: int) -> bool:
    """The words start..end-1 are all nouns of forces and weapons and their adjectives
    ("طائرات حربية", "مروحيات أباتشي"): the verb's subject is whose they are."""
    t = triggers()
    found, owned = t["instruments"], t["owned_by"]
    span = words[start:end]
    return all(_bare(w.norm) in found or w.norm in found or w.norm in owned
               or w.norm == "ل" and k > 0 and span[k - 1].norm in owned for k, w in enumerate(span))


def _titled_person(args: "_Args", j: int, end: int, place: tuple[Mention, int]) -> tuple[list[Mention], int] | None:
    """A person named after a title in idafa with a country or a body ("رئيس دولة فلسطين محمود عباس"،
    "أمير الكويت الشيخ صباح الأحمد"، "رئيس مجلس النواب نبيه بري"): the name at word j closes the title, not the
    subject, when a title word stands before it and the person follows within two words."""
    words = args.words
    if j == end or words[j - 1].is_punct or words[j - 1].norm in triggers()["subject_stop"]:
        return None
    for k in range(place[1], min(place[1] + 3, len(words))):
        found = args.at(k)
        if found:
            return args.compound(k, ACTOR_TYPES) if found[0].type == "PER" and found[0].via != "nisba" else None
        if words[k].is_punct or words[k].norm in triggers()["subject_stop"] or words[k].norm == "و":
            return None
    return None


def _members(args: "_Args", end: int) -> list[Mention]:
    """The named members of a subject that names no entity, after a comma and بين/من with
    a pronoun ("نددت بها دول عربية عدة، بينها السعودية وقطر"): they act."""
    words = args.words
    inclusion = triggers()["inclusion"]
    for j in range(end, min(end + 7, len(words) - 3)):
        if args.at(j):
            return []                             # a name first: the subject is named
        if words[j].norm in ("،", ","):
            if words[j + 1].norm in inclusion and words[j + 2].norm in PRONOUNS:
                return args.compound(j + 3, ACTOR_TYPES)[0]
            return []
        if words[j].is_punct:
            return []
    return []


def _clause_subjects(words: list[Word], args: "_Args") -> list[tuple[int, int, list[Mention]]]:
    """The named subjects of complement clauses: a name right after إنّ/أنّ, or after the
    bare head of its idafa ("بأن مقاتلي المعارضة فتحوا …"): (its position, the end of its
    clause, the names).  A pronoun verb later in that clause ("…، وأطلقوا سراح") is theirs
    rather than the reporter's; a clause opened by لكنه، فيما … is the reporter's again."""
    t = triggers()
    complementizers = t["complementizers"]
    openers = t["clause_openers"] - complementizers
    found = []
    for k, word in enumerate(words):
        if word.norm not in complementizers:
            continue
        for j in (k + 1, k + 2):
            if j >= len(words) or words[j].is_punct:
                break
            hit = args.at(j)
            if hit:
                if hit[0].type in ACTOR_TYPES and hit[0].via != "nisba" and not _locality(hit[0]):
                    until = next((x for x in range(j + 1, len(words)) if words[x].norm in openers), len(words))
                    found.append((j, until, args.compound(j, ACTOR_TYPES)[0]))
                break
            if words[j].norm.startswith("ال") or words[j].norm in QUOTES:
                break                             # only a bare idafa head stands before the name
    return found


def _unnamed_clause_subject(words: list[Word], args: "_Args", i: int,
                            frames: list[tuple[int, list[Mention]]], kind: str = "verb") -> int | None:
    """The complementizer (إنّ، أنّ، بأنّ) of the reported clause the verb at i stands in, when that
    clause's subject is a noun that names no entity: "وقال المتحدث إن الانتحاري الأول فجر نفسه"،
    "أفادت الوزارة بأن مجموعة من الأشخاص الملثمين رشقوا القوات"، "قال الوزير إن المهاجم رفض الاستسلام
    وأطلق النار".  The act is that noun's; the speaker only reports it, so no name before the
    complementizer is the verb's subject.  None where no clause opener of its own (فيما، لكن، إنه …),
    verb of saying, relative pronoun, comma or sentence break stands between (past a comma the
    sentence may go on with the speaker's own predicate: "…، ودعا القوى السياسية"), where a name
    or a pronoun is the clause's subject or a pronoun stands in it ("إن قواته"، "أن اثنين من عناصره":
    the other readings hold), where a verbal noun carries its own possessive pronoun ("عقب لقائه"),
    or where the verb's gender disagrees with the noun's.  A verb read right after إنّ is the
    clause's subject itself, a masdar ("قال إن قتل الصحفية جريمة"): no act of the speaker."""
    t = triggers()
    complementizers = t["complementizers"]
    stops = (t["clause_openers"] - complementizers) | arguments()["pronoun_complementizers"]
    spoken = {k for k, _ in frames}
    c = i - 1
    while c >= 0 and words[c].norm not in complementizers:
        if words[c].norm in stops or c in spoken or words[c].norm in RELATIVES and words[c].norm.startswith("ال") \
                or words[c].norm in (".", "؟", "!", ":", "؛", "،", ","):
            return None                           # "إن الانتحاري "كان يقف …"، ودعا القوى": past the comma the
        c -= 1                                    # sentence may go on with the speaker's own predicate
    if c < 0 or kind == "noun" and (_own_pronoun(words, i) or i + 1 < len(words) and not words[i + 1].is_punct
                                    and words[i + 1].norm not in PREPOSITIONS and _pronoun_follows(words, i + 1)):
        return None                               # "أن القرار اتخذ عقب لقائه الرئيس": his meeting, the speaker's;
        #                                           "إن الاتفاق جاء بعد مشاورات أجراها": the talks he held
    if c == i - 1 and kind == "verb" and (args.text or "")[words[c].start:words[c].end] == "إن" \
            and not _pronoun_follows(words, i):
        return c                                  # "قال إن قتل الصحفية جريمة": after إنّ a noun, the masdar
    j = c + 1 if c + 1 < i and words[c + 1].norm in QUOTES else c
    j += 1
    if j >= i or words[j].is_punct or args.at(j) is not None or words[j].norm in PRONOUNS \
            or words[j].norm in t["dual_anaphors"]:
        return None                               # "إن البلدين سينسقان": the two parties named before
    noun = words[j].norm
    if not (noun.startswith("ال") and len(noun) > 3 or _number(noun)
            or j + 1 < i and (words[j + 1].norm.startswith("ال") or words[j + 1].norm == "من")
            and not _finite(words[j]) and not _verb_lookup(noun, words[j].lemma or noun)[0]):
        return None                               # "أن تقوم …": a verb, no subject noun
    if any(words[k].norm in PRONOUNS and words[k - 1].end == words[k].start for k in range(j + 1, i)):
        return None                               # "إن قواته …"، "أن اثنين من عناصره نفذا": the speaker's own men
    gender = _verb_gender(words[i]) if kind != "noun" else None
    if gender == "f" and not noun.endswith(("ه", "ات")) and not _number(noun) \
            or gender == "m" and noun.endswith("ه") and not (j + 1 < i and words[j + 1].norm == "من"):
        return None                               # the verb does not agree with the noun: not its subject
    return c


def _own_pronoun(words: list[Word], i: int) -> bool:
    """The verbal noun at i carries a possessive pronoun (لقائه، زيارتها): its doer is whom the
    pronoun stands for, named before."""
    return _pronoun_follows(words, i) and words[i].end == words[i + 1].start


def _after_inna(args: "_Args", i: int) -> list[Mention]:
    """The subject of a verb after إنّ/أنّ + noun: that noun stands before the verb ("قال إن
    الجيش قصف", "أعلن أن روسيا وأوكرانيا اتفقتا"), so what follows the verb is its object."""
    words = args.words
    j = i - 1
    while j > 0 and words[j].norm in _PARTICLES_BEFORE_VERB:
        j -= 1                                    # "أن الرئيس بايدن سيستقبل": the future's س too
    found = args.ends.get(j)
    led = _led(args, found[1]) if found else None
    if led is not None:                           # "قوات القيادة العامة بقيادة خليفة حفتر قد شنت": the forces
        j = led - 1
        found = args.ends.get(j)
    if not found and 0 < j < i - 1:
        return _opening_pair(args, j, i)          # "وكان البلدان قد وقعا اتفاقية": the dual before قد
    if not found or found[0].type not in ACTOR_TYPES or found[0].via == "nisba":
        return []
    mentions = args.compound_before(j, ACTOR_TYPES) or [found[0]]
    if _locality(mentions[0]):
        return []
    first, mention = found[1], found[0]
    while first >= 2:
        link = args._titled_link(first, mention)
        if link is None or not args.ends.get(link - 1):
            break
        mention, first = args.ends[link - 1]
    if j < i - 1 and (first == 0 or words[first - 1].norm not in triggers()["governing"]):
        return mentions                           # "وكان الوزير روبيو قد التقى الوفد": a name before قد is its subject
    for k in range(first - 1, max(-1, first - 6), -1):   # a title may stand between: "إن الرئيس بوتين"،
        #                                                 "أن ولي العهد الأمير محمد بن سلمان"
        if words[k].norm in triggers()["complementizers"]:
            return mentions
        if words[k].norm == "من" and k > 0 and _bare(words[k - 1].norm) in triggers()["instruments"]:
            continue                              # "إن قوة من الشرطة أوقفت": a force stands for its owner
        if words[k].is_punct or words[k].norm in PREPOSITIONS or words[k].norm in RELATIVES:
            return []
    return []


RELATIVES = frozenset(triggers()["relatives"])
_PARTICLES_BEFORE_VERB = frozenset({"قد", "س", "سوف"})
_LED_REACH = 10                                   # words of a title between بقيادة/برئاسة and the name


def _led(args: "_Args", first: int) -> int | None:
    """The word that a name at word `first` completes when it is the leader or chair of the
    noun before ("قوات … بقيادة خليفة حفتر"، "اجتماع برئاسة رئيس الوزراء مصطفى الكاظمي"),
    across the name's titles: its index, else None.  Such a name qualifies that noun; it is
    not a verb's subject, nor a pronoun's antecedent."""
    words = args.words
    at = args.__dict__.get("_led_at")
    if at is None:                                # where the sentence has such words, once a sentence
        led = triggers()["led_by"]
        at = args._led_at = [k for k, w in enumerate(words) if w.norm in led] + \
            [k - 1 for k, w in enumerate(words) if k > 0 and words[k - 1].norm == "ب" and "ب" + w.norm in led]
    found = [k for k in at if 0 < first - k <= _LED_REACH + 1]
    if not found:
        return None
    k = max(found)
    for word in words[k + 1:first]:
        if word.is_punct or word.norm in RELATIVES or not word.norm.startswith("ال") and _finite(word):
            return None
    return k


def _glued_pronoun(words: list[Word], i: int) -> bool:
    """Does a pronoun the tokenizer split off follow word i ("استقالت|هما")? Then it is a noun."""
    return i + 1 < len(words) and words[i].end == words[i + 1].start and words[i + 1].norm in enclitics()


def _clause_initial_subject(args: _Args, i: int) -> list[Mention]:
    """The name that opens a clause right before its verb and agrees with it: the subject
    of an SVO clause, as headlines and many leads write them ("قيس سعيد يجمد البرلمان",
    "وإسرائيل تتهم حزب الله") and as إنّ/أنّ make them ("إن الجيش الإسرائيلي قصف"); the
    name after such a verb is its object."""
    words = args.words
    last = _before_relative_aside(words, _before_particles(words, i) if i > 0 else -1)
    found = args.ends.get(last) if last >= 0 else None
    if not found and last >= 0:
        return _opening_pair(args, last, i)       # "وكان البلدان قد وقعا اتفاقية": the two named before
    if not found or found[0].type not in ACTOR_TYPES or found[0].via == "nisba":
        return []
    start = _title_opening(args, found)
    opens = start == 0 or words[start - 1].is_punct or words[start - 1].norm in ("\n", "ان", "بان") \
        or words[start - 1].norm == "و" and (start < 2 or words[start - 2].is_punct or args.ends.get(start - 2) is None) \
        or last < i - 1 and _kana(words, start - 1)
    if not opens and words[start - 1].norm == "و":
        return _coordinated_opening(args, last, i)   # "وكانت الولايات المتحدة وبريطانيا قد شنتا": both
    if not opens or not _agrees(words[i], found[0], args.text):
        return []   # (a name after و that follows another name is the second of a pair: "جانتس وآيزنكوت")
    return [found[0]]


def _coordinated_opening(args: _Args, last: int, i: int) -> list[Mention]:
    """The names joined by و that open a clause right before its dual or plural verb at i, the
    last ending at word `last` ("وكانت الولايات المتحدة وبريطانيا قد شنتا"، "إن الجيش والشرطة
    اعتقلوا"، "مصر والأردن ترفضان"): all of them are its subject.  Nothing where the verb is
    singular (the names are then the object's or a genitive's: "التقى وزيرا الخارجية والدفاع"), where
    a name is a nisba or a place, or where the first name does not open the clause (a preposition's
    object: "مع مصر والأردن اتفقتا" is no subject)."""
    words = args.words
    if not _dual_or_plural_verb(words[i]) and not _feminine_dual_verb(words[i]):
        return []
    mentions = args.compound_before(last, ACTOR_TYPES)
    if len(mentions) < 2 or any(m.via == "nisba" or _locality(m) for m in mentions):
        return []
    first = args.first_word(mentions[0])
    if first is None:
        return []
    start = _title_opening(args, (mentions[0], first))
    opens = start == 0 or words[start - 1].is_punct or words[start - 1].norm == "\n" \
        or words[start - 1].norm in _CLAUSE_COMPLEMENTIZERS \
        or words[start - 1].norm == "و" and (start < 2 or words[start - 2].is_punct) \
        or last < i - 1 and _kana(words, start - 1)
    return mentions if opens else []


_CLAUSE_COMPLEMENTIZERS = frozenset(("ان", "بان", "فان", "لان"))   # normalised: a reported clause opens after one


def _feminine_dual_verb(word: Word) -> bool:
    """A past verb of a feminine dual subject whose stem is short ("شنتا" of شن، "ردتا" of رد):
    its lemma with تا after it."""
    lemma = _n(word.lemma or "")
    return bool(lemma) and word.norm == lemma + "تا"


def _opening_pair(args: _Args, j: int, i: int) -> list[Mention]:
    """A dual that stands for two parties (البلدان، الطرفان، الزعيمان) opens the clause at word j right
    before its verb at i, which is dual or plural ("وكان البلدان قد وقعا اتفاقية تعاون"، "وكان الزعيمان
    قد وقعا إعلانا"): the two parties the article named together before."""
    words = args.words
    if not _dual_or_plural_verb(words[i]) and not (len(words[i].norm) > 3 and words[i].norm.endswith(("ا", "ان"))):
        return []                                 # (a dual's verb ends in ا or ان whatever lemma it was given: "اتفقا")
    opens = j == 0 or words[j - 1].is_punct or words[j - 1].norm == "و" or _kana(words, j - 1) \
        or words[j - 1].norm in _CLAUSE_COMPLEMENTIZERS   # "وأضاف أن البلدين اتفقا": a reported clause
    return _pair(args, j, words[j].start) if opens else []


def _dual_or_plural_verb(word: Word) -> bool:
    """A verb with a dual or plural subject suffix: "وقعا" (its lemma وقع and ا), "اتفقتا"، "قالوا"، "يلتقيان"."""
    norm, lemma = word.norm, _n(word.lemma or "")
    if len(norm) > 4 and norm.endswith(("وا", "ون", "تا", "ان")):
        return True
    return norm.endswith("ا") and lemma != norm and norm[:-1] == lemma


_RELATIVE_REACH = 14                              # words of a relative clause set off by commas before a verb


def _before_relative_aside(words: list[Word], j: int) -> int:
    """Where the subject ends before a relative clause between commas that ends at word j ("محمود
    عباس، الذي وصل إلى القاهرة مساء السبت، التقى …"): the word before the first comma; j itself
    where no such clause stands there.  The clause is no subject: the name before it is."""
    if j < 3 or words[j].norm not in ("،", ","):
        return j
    for k in range(j - 2, max(0, j - _RELATIVE_REACH), -1):
        if words[k].norm in ("،", ","):
            return k - 1 if words[k + 1].norm in _NAMED_RELATIVES else j
        if words[k].is_punct:
            return j
    return j


def _title_opening(args: "_Args", found: tuple[Mention, int]) -> int:
    """Where a person's mention opens with the office title written before it ("الرئيس
    الفلسطيني محمود عباس"، "وزير الخارجية والمغتربين السوري أسعد الشيباني"): the title's first
    word, when a title word stands within _TITLE_REACH words before the name and nothing but
    the title's own words (no punctuation, no verb of the lexicon) lies between; else the
    mention's own start."""
    words, start = args.words, found[1]
    if found[0].type != "PER":
        return start
    opening = start
    for k in range(start - 1, max(-1, start - _TITLE_REACH - 1), -1):
        if words[k].is_punct or words[k].norm in triggers()["subject_stop"] and words[k].norm != "و":
            break
        if _title_word(words[k].norm):
            opening = k
    return opening


def _joiner_at(words: list[Word], end: int) -> int | None:
    """Where a verb of bringing together (arguments.yaml joiners) stands right after a meeting noun
    ending at `end`, or after a relative there ("لقاء جمع الوزيرين"، "القمة التي جمعت الرئيس يون
    ورئيس الدولة"): its index, for the names after it (who met); else None."""
    k = end + 1 if end < len(words) and words[end].norm in RELATIVES else end
    if k + 1 < len(words) and words[k].norm in arguments()["joiners"]:
        return k
    return None


def _kana(words: list[Word], j: int) -> bool:
    """Word j is كان (with و or ف, any person): "وكان الرئيس عباس، الذي …، قد التقى" opens the
    clause its subject stands in."""
    return j >= 0 and _bare_conjunction(words[j].norm) in ("كان", "كانت", "كانوا")


def _arguments(event: Event, args: _Args, i: int, end: int, kind: str, spec: dict,
               subject: list[Mention] | None = None) -> None:
    words = args.words
    t = triggers()
    patient: list[Mention] = []
    fronted = _after_inna(args, i) if kind in ("verb", "light") and subject is None else []
    if subject is not None:                       # "أطلقت إسرائيل سراح": the subject inside the phrase
        actor, after = subject, end
    elif fronted:                                 # "إن الرئيس بوتين هنأ القوات": إنّ puts the subject first
        actor, after = fronted, end
    elif kind == "verb" and (initial := _clause_initial_subject(args, i)):
        actor, after = initial, end               # "قيس سعيد يجمد البرلمان": SVO, the name after the verb its object
    elif kind in ("verb", "light"):
        at = _past_asides(args, end) if kind == "verb" else end   # "وأعلنت، مساء الأحد، في بيان، وزارة …"
        actor, after = _subject_after(args, at, spec["type"] in t["crowd_types"])
        event.place_named = _place_named_meeting(args, end)   # "وبحث اجتماع الرياض": no party acts
        if kind == "light" and actor and actor[0].via == "nisba" and args.at(end) is not None \
                and args.at(end)[0] is actor[0]:
            actor, after = [], end                # "طرد السفير الفرنسي": the noun's own nisba, not who expels
        if len(actor) == 1 and kind == "verb" and args.at(at) is not None and args.at(at)[0] is actor[0] \
                and not _capital_after_masdar(args, i, actor[0], spec) \
                and (not _agrees(words[i], actor[0], args.text)
                     or _people_plural(actor[0], args.text) and _oblique_plural(words[at].norm)):
            actor, after = [], end                # "ودعت المجتمع الدولي": a masculine name after a feminine verb is its object;
            #                                       "منحت المواطنين القطريين": an oblique plural (-ين) is never the subject
        if len(actor) == 1 and kind == "verb" and actor[0].type == "PER" and _title_disagrees(words, i, at):
            actor, after = [], end                # "والتقت رئيس الحكومة نجيب ميقاتي": a man's title after a
            #                                       feminine verb (or a woman's after a masculine one) is its object
        if actor and kind == "verb" and args.at(at) is not None and args.at(at)[0] is actor[0] \
                and _object_before_preposition(words, i, after):
            actor, after = [], end                # "وحث المجتمع الدولي على دعم تنفيذه": its object, the subject dropped
        if actor and kind == "verb" and _pronoun_subject(words, i, agreeing=True):
            actor, after = [], end                # "وأكد مكتب ماكرون أنه سيستقبل زيلينسكي": أنه is the subject,
            #                                       the name after the verb its object
        if actor and _subject_before(words, i, args):
            actor, after = [], end                # "أن ولي العهد استقبل رئيس الوزراء الباكستاني": the noun before
            #                                       the verb is its subject (one khabar cannot name), the name after its object
        if actor and kind == "verb" and _plural_reference(words, i, end, kind):
            actor, after = [], end                # "وطالبوا النيابة العامة بإخلاء سبيلهم": a verb that carries its plural
            #                                       or dual subject takes no name after it as subject (VSO verbs are singular)
        if actor and kind == "verb" and _passive_patient(args, i, at, actor):
            patient, actor, after = actor, [], end   # "قُتل المعارض X"، "اختُطف الصحفي X": a passive written with its
            event.passive_patient = True
            #                                       damma has no subject after it; the name there is whom it was done to
    elif kind == "noun":                          # the idafa or a nisba: "هجوم الجيش"، "القصف الإسرائيلي"
        actor, after = args.compound(end + 1 if end < len(words) and words[end].norm in QUOTES else end,
                                     ACTOR_TYPES)  # "هجوم «حماس»"
        if actor and (_locality(actor[0]) or spec["type"] in arguments()["place_named_types"]
                      and (_in_event_name(args, i, end, actor[0]) or _capital_names(args, end, actor))):
            actor, after, event.place_named = [], end, not _locality(actor[0])
            #                                       "اتفاق الرياض الموقع بين …"، "اجتماع بغداد الثلاثي": the city names it
        if not actor and (owner := _agent_lam(args, i, end)):
            actor, after, event.lam_agent = owner, end, True   # "في هجوم لحركة الشباب": the attacker after ل
        if not actor and not spec.get("needs") and (part := _partitive_genitive(args, end)):
            actor, after = part                   # "هجوم عناصر حركة الشباب"، "مداهمة قوات جهاز مكافحة الإرهاب مقرا"
        if actor and actor[0].via != "nisba" and _patient_genitive(spec) \
                and not _agent_genitive(words, end, after, spec) and not _agent_with_object(args, end, after):
            patient, actor, after = actor, [], end   # "اغتيال هنية"، "إطلاق سراح محتجزين": the one it is done to
        if actor and actor[0].via != "nisba" and _addressee_genitive(args, i, end, after, spec):
            patient, actor, after = actor, [], end   # "جددت الجامعة دعوة المجتمع الدولي إلى التدخل": invited
        if actor and (expresser := _expresser(args, i)):
            actor = expresser                     # "أعرب الأمين العام عن تأييد المجلس": who expresses it acts
            #                                       (its object is still read past the genitive)
        if not actor and not words[i].norm.startswith("ال") and not _glued_pronoun(words, i) \
                and (initial := _clause_initial_subject(args, i)):
            actor, after = initial, end           # "الجيش الإسرائيلي قصف المدينة": قصف is the verb of an SVO clause
        joiner = _joiner_at(words, end)
        if not actor and joiner is not None:
            found, found_after = _subject_after(args, joiner + 1)
            if found and found[0].via != "nisba":
                actor, after = found, found_after  # "لقاء جمع وزير الخارجية أيمن الصفدي بنظيره": who met
        if not actor and not patient and spec["type"] in arguments()["titled_genitive_agent_types"] \
                and _title_head(words, end if end < len(words) and words[end].norm not in QUOTES else end + 1):
            found, found_after = _subject_after(args, end)
            if found and found[0].type == "PER" and found[0].via != "nisba":
                actor, after = found, found_after  # "زيارة الرئيس الإيراني مسعود بزشكيان": the titled person's visit
        if not actor and not patient and end == i + 1 < len(words) \
                and spec["type"] in arguments()["intransitive_genitive_agent_types"] and not _patient_genitive(spec):
            #                                       (one word: "الإفراج عن المواطن …" has its patient after عن)
            found, found_after = _genitive_past_title(args, end)
            if found:
                actor, after = found, found_after  # "انسحاب جميع القوات الأمريكية"، "تنحي الرئيس حسني مبارك"
        if not actor:                             # "تلقى اتصالا هاتفيا من الرئيس": the sender acts
            actor, after = _sender(args, i, end)
            if actor and not patient:             # … and the one who received it is the recipient
                patient = _receiver(args, i)
        if not actor and spec.get("agent_from") and end + 1 < len(words) and words[end].norm == "من":
            actor, after = _subject_after(args, end + 1)   # "بطلب من فرنسا": who asked (round s26)
        if not actor or actor[0].via == "nisba":  # "العملية العسكرية التي يشنها جيش الاحتلال"
            relative = _relative_light(words, i, end, args, spec["type"]) or _relative_conduct(args, i, end, spec["type"])
            if relative:
                actor, after = relative, end
        for j in range(end, min(end + 4, len(words) - 1)):
            if actor or words[j].is_punct:
                break
            if words[j].norm in t["reciprocal"]:  # "هدنة بين إسرائيل وحماس": both parties act
                actor, after = args.compound(j + 1, ACTOR_TYPES)
                if not actor and j + 1 < len(words):   # "مفاوضات بين البلدين"، "لقاءات بينهما"
                    actor = _pair(args, j + 1, words[i].start)
        j = end
        while not actor and j < min(end + 3, len(words)) and not words[j].is_punct \
                and words[j].norm not in t["subject_stop"] and j not in args.starts \
                and not _counted(words[j].norm) \
                and not _patient_genitive_noun(words, i, j, spec):   # "اعتقال 20 فلسطينيا": the counted are its objects
            j += 1                                # adjectives before the nisba: "هجوم صاروخي روسي واسع"
            found = args.at(j)
            if found and found[0].via == "nisba" and found[0].type in ACTOR_TYPES:
                actor, after = [found[0]], found[1]
    else:
        actor, after = [], end
    if not actor and kind in ("verb", "light") and subject is None:
        actor = _members(args, end)               # "نددت دول عربية عدة، بينها مصر والسعودية"
    if actor and kind == "verb" and _locality(actor[0]):
        actor, after = [], end                    # "قد اجتاحت ود مدني": a town after the verb is its object
    if not actor and kind in ("verb", "light", "noun"):
        # SVO, possibly across status words: "أمريكا تدرس التفاوض", "إدارة بايدن إمكانية التفاوض";
        # a verbal noun takes a subject only through such a word (it is that verb's object)
        skippable = t["skippable"]
        j, crossed = i - 1, False
        while j > 0 and j >= i - 3 and (words[j].norm in skippable or words[j].norm in QUOTES):
            crossed = crossed or words[j].norm in t["status_words"]
            j -= 1
        before = args.ends.get(j) if j >= 0 else None
        if before is None and j >= 0 and _n(words[j].lemma or "") in t["hypothetical"]:
            before, crossed = args.ends.get(j - 1), True
            j -= 1
        led = _led(args, before[1]) if before else None
        if led is not None:                       # "قوات القيادة العامة بقيادة خليفة حفتر قد شنت": the forces
            j = led - 1
            before = args.ends.get(j)
        if before and before[0].type in ACTOR_TYPES and (kind != "noun" or crossed):
            found = args.compound_before(j if args.ends.get(j) else j - 1, ACTOR_TYPES) or [before[0]]
            if not _governed_name(args, found[0], owners=False):   # "رسالة إلى قادة الاتحاد دعتهم فيها": the
                actor = found                     # name a preposition governs is no subject of the verb after it
    # passive agents: على يد X / من قبل X anywhere after the trigger (the cues found once a sentence)
    cues = args.agent_cues()
    k = bisect.bisect_left(cues, end)
    if k < len(cues) and (not actor or not any(w.is_punct for w in words[end:cues[k]])) \
            and (words[cues[k]].norm not in arguments()["single_agent_cues"] or not actor and _in_clause(words, end, cues[k])):
        #   "استدعت الوزارة السفيرة، بعد استدعائها من طرف …": a cue past a comma is another clause's
        agent = _agent_after_cue(args, cues[k])   # "بواسطة" also means "through" ("تجنيد عناصر بواسطة
        if agent:                                 # الموساد"): an agent only of a verb with no subject, in its clause
            actor = agent
    event.actor = [m for m in actor if m.type in ACTOR_TYPES]
    cursor = after if event.actor and after > end else end
    if event.actor:                               # "استهدف طيران العدوان الأمريكي محافظة الحديدة": past the
        cursor = max(cursor, _subject_end(args, end, event.actor))   # VSO subject its nisba names
    # recipient
    preposition = spec.get("recipient")
    if preposition == "object":
        recipient, _ = args.compound(cursor, ACTOR_TYPES | PLACE_TYPES)
        for j in range(cursor + 1, min(cursor + 5, len(words))) if not recipient else ():
            if words[j].is_punct or words[j].norm in PREPOSITIONS:
                break                             # "التقى نظيره التركي رجب طيب أردوغان": a person after a title
            found = args.at(j)
            if found and found[0].type == "PER":
                recipient, _ = args.compound(j, ACTOR_TYPES)
                break
        if not recipient and cursor > 0:          # "قصفت مواقع لحزب العمال": the places' owner
            recipient = _owner_after(args, cursor - 1)
        event.recipient = recipient
    elif preposition:
        for j in range(cursor, min(cursor + 6, len(words))):
            if words[j].is_punct:
                break
            if words[j].norm == _n(preposition):
                event.recipient, _ = args.compound(j + 1, ACTOR_TYPES | PLACE_TYPES)
                if not event.recipient:           # "اتصالا هاتفيا مع نظيره الإيراني عباس عراقجي": a person
                    event.recipient = _titled_recipient(args, j + 1)   # after his title
                if not event.recipient:           # "غارات على مواقع لحزب الله": the places' owner
                    event.recipient = _owner_after(args, j)
                break
    if patient and not event.recipient:
        event.recipient = patient
    if not event.recipient and kind == "noun":
        if event.actor and after > end:           # "قصف الجيش لمواقع الدعم السريع"
            event.recipient = _objective_lam(args, cursor)
        elif not words[i].norm.startswith("ال"):  # "أنه قصف بنى تحتية لحزب الله": a bare masdar (or an
            event.recipient = _owner_after(args, end - 1)   # unvocalised verb) and its object's owner
    if not event.recipient and not preposition and spec["type"] in arguments()["type_recipients"]:
        event.recipient = _typed_recipient(args, cursor, arguments()["type_recipients"][spec["type"]])
    event.recipient = [m for m in event.recipient if m not in event.actor]
    # place: في/من/على/داخل + a place, in the sentence after the trigger (the places found once a sentence)
    places = args.places()
    for k in range(bisect.bisect_left(places, (end,)), len(places)):
        found = places[k][1]
        if found not in event.recipient:
            event.place = [found]
            break
