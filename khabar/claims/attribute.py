"""Finding claims and their isnad: who said it, relayed by whom.

Reporting verbs match by lemma in any person, number, gender and tense, through the lemma
table or the verb paradigm (قال، وقالا، قلن، نقول، يؤكدون، واعتبرتها); participles and speaker
heads in every gender and number from their stems (مشيرا، مشيرات؛ مصدران، هيئات); according-to
phrases (حسب، وفق، وفقا لـ، نقلًا عن، على حد قول، وفق ما أعلنته) by their words.  The source of a verb is its
subject: the entity or speaker phrase right after it (VSO: "وقال رئيس المجلس القروي"), or
right before it (SVO: "غير أن شرفي نفى"); when the verb carries its subject as a pronoun
(وأوضح، مؤكدا) it is the subject of the clause before it in the sentence ("وباركت حماس
العملية، وقالت"), else the last source.  A relay follows the source ("لشبكة أخبار NBC"),
precedes it in "نقلت صحيفة X عن مصدر Y" (and "عن Z عن Y" back along the chain, "أفادت X نقلا
عن Y"), or closes the sentence ("، بحسب ما نقلت قناة X"، "كما نقلت X عن Y").  An according-to
phrase opening a sentence ("وحسب الشبكة الأمريكية، قالت …"), or a relay opening a paragraph
("ونقلت وكالة X عن مصادر …"), is the relay of the claims that follow until a named speaker of
its own takes over.  Chains are ordered from the
originator to the last relay before the outlet.  A negated cue ("لم تعلن"، "عدم ذكر اسمه")
is no claim, and verbs that report only with a clause after them ("قال إن") are no claim
without one ("يضيف بعض الضغط").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple


from khabar.claims.acts import CLOSING_QUOTES, OBJECT_REACH, without_asides, announces_act, marbuta_restored, relayed_by_report
from khabar.datafile import load_yaml
from khabar.entities.recognise import Mention, MentionIndex, Word
from khabar.text.clitics import third_person_pronouns
from khabar.text.normalise import normalise_word

__all__ = ["Claim", "find_claims"]

_SOURCE_TYPES = ("PER", "ORG", "GPE", "GROUP", "NORP")


@dataclass
class Claim:
    kind: str
    cue: tuple[int, int]
    content: tuple[int, int]
    sources: list[Mention] = field(default_factory=list)
    certainty: str = "asserted"
    platform: str | None = None
    said: bool = True   # False: an announced act (acts.py), kept while reading for who spoke, not reported
    call: bool = False   # a call or demand told without a quote of its words (session 19): a speech act, no claim


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    raw = load_yaml(resources.files("khabar.claims").joinpath("data/cues.yaml").read_text("utf-8"))
    n = normalise_word
    words = lambda key: frozenset(n(w) for w in raw[key])  # noqa: E731
    broadcast = {n(w): platform for w, platform in raw["broadcast_adjectives"].items()}
    endings = [n(e) for e in raw["participle_endings"]]

    def participle_set(key: str) -> frozenset[str]:
        return frozenset(_participle_forms(dict.fromkeys(map(n, raw[key]), True), endings))

    return {
        "verbs": {n(k): v for k, v in raw["verbs"].items()},
        "verb_forms": {n(k): v for k, v in raw["verb_forms"].items()},
        "participles": _participle_forms({n(k): v for k, v in raw["participles"].items()}, endings),
        "participle_stems": frozenset(n(k) for k in raw["participles"]),
        "verb_objects": {n(k): frozenset(n(w) for w in v) for k, v in raw["verb_objects"].items()},
        "participle_objects": _participle_forms({n(k): frozenset(n(w) for w in v) for k, v in raw["participle_objects"].items()},
                                                endings),
        "according": _by_first(tuple(n(p).split()) for p in raw["according_to"]),
        "believed": _by_first(tuple(n(p).split()) for p in raw["believed_words"]),
        "hedged": _by_first(tuple(n(p).split()) for p in raw["hedged_words"]),
        "modal_particles": words("modal_particles"),
        "certainty_firsts": frozenset(n(p).split()[0] for p in raw["believed_words"] + raw["hedged_words"])
        | {c + n(p) for p in raw["modal_particles"] for c in ("", "و", "ف")},
        "platforms": _platform_phrases(raw["platforms"]),
        "platform_prepositions": words("platform_prepositions"),
        "platform_nouns": words("platform_nouns"),
        "broadcast_adjectives": broadcast,
        "broadcast_forms": _adjective_forms(broadcast),
        "platform_posts": words("platform_posts"),
        "judging_verbs": words("judging_verbs"),
        "describing_verbs": words("describing_verbs"),
        "own_channel_heads": {n(k): v for k, v in raw["own_channel_heads"].items()},
        "own_channel_forms": frozenset(a + n(k) for k in raw["own_channel_heads"] for a in ("", "ال")),
        "state_channel_forms": frozenset(_adjective_forms({n(w): "" for w in raw["state_channel_adjectives"]})),
        "not_state_channel_forms": frozenset(_adjective_forms({n(w): "" for w in raw["not_state_channel_adjectives"]})),
        "state_channel_occasions": words("state_channel_occasions"),
        "airing_verbs": words("airing_verbs"),
        "aired_speeches": words("aired_speeches"),
        "own_channel_markers": {n(k): n(v) for k, v in raw["own_channel_markers"].items()},
        "needs_clause": words("needs_clause"),
        "needs_quote": words("needs_quote"),
        "needs_own_quote": words("needs_own_quote"),
        "charge_verbs": words("charge_verbs"),
        "charge_asides": words("charge_asides"),
        "adjective_forms": words("adjective_forms"),
        "negated_reports": {n(k): v for k, v in raw["negated_reports"].items()},
        "preposition_forms": words("preposition_forms"),
        "other_verb_forms": words("other_verb_forms"),
        "needs_near_clause": words("needs_near_clause"),
        "needs_bi": words("needs_bi"),
        "saying_after_bi": words("saying_after_bi"),
        "subject_adverbs": words("subject_adverbs"),
        "thereby": frozenset("ب" + n(w) for w in raw["thereby"]),
        "thereby_bare": words("thereby"),
        "gestures": words("gesture_body_parts") | frozenset("ب" + n(w) for w in raw["gesture_body_parts"]),
        "passive_forms": {n(k): v for k, v in raw["passive_forms"].items()},
        "passive_excluded": words("passive_excluded"),
        "naming_passives": words("naming_passives"),
        "speech_nouns": words("speech_nouns"),
        "speech_verbal_nouns": {n(k): v for k, v in raw["speech_verbal_nouns"].items()},
        "office_titles": words("office_titles"),
        "relay_from": {n(k): n(v) for k, v in raw["relay_from"].items()},
        "relay_from_words": frozenset(n(v) for v in raw["relay_from"].values()),
        "attribute_prepositions": words("attribute_prepositions"),
        "based_on": {n(k): n(v) for k, v in raw["based_on"].items()},
        "contained_in": _by_first(tuple(n(p).split()) for p in raw["contained_in"]),
        "issued_by": words("issued_by"),
        "issue_verbs": words("issue_verbs"),
        "talk_verbs": words("talk_verbs"),
        "talk_forms": _talk_forms(words("talk_verbs")),
        "statement_qualifiers": words("statement_qualifiers"),
        "interview_nouns": words("interview_nouns"),
        "interview_openers": words("interview_openers"),
        "interview_giving_verbs": words("interview_giving_verbs"),
        "interview_outlet_prepositions": words("interview_outlet_prepositions"),
        "qualifier_prepositions": words("qualifier_prepositions"),
        "name_linkers": words("name_linkers"),
        "svo_fillers": sorted((tuple(n(p).split()) for p in raw["svo_fillers"]), key=len, reverse=True),
        "delegation_nouns": words("delegation_nouns"),
        "delegation_prepositions": words("delegation_prepositions"),
        "proposition_verbs": words("proposition_verbs"),
        "anonymity_nouns": words("anonymity_nouns"),
        "anonymity_openers": words("anonymity_openers"),
        "complementizers": words("complementizers"),
        "subordinators": words("subordinators"),
        "comma_subordinators": words("comma_subordinators"),
        "ala_clause_verbs": words("ala_clause_verbs"),
        "future_particles": words("future_particles"),
        "emphatic_same": words("emphatic_same"),
        "reports_with_bi": words("reports_with_bi"),
        "reports_with_ila": words("reports_with_ila"),
        "reports_with_ala": words("reports_with_ala"),
        "tightened_objects": words("tightened_objects"),
        "reports_with_an": words("reports_with_an"),
        "about_verbs": words("about_verbs"),
        "charge_participles": participle_set("charge_participles"),
        "stance_verbs": words("stance_verbs"),
        "call_nouns": words("call_nouns"),
        "call_verbs": words("call_verbs"),
        "said_in_pronouns": words("said_in_pronouns"),
        "tell_verbs": words("tell_verbs"),
        "pronoun_complementizers": words("pronoun_complementizers"),
        "negators": words("negators"),
        "report_nouns": words("report_nouns"),
        "carried_statements": words("carried_statements"),
        "object_pronouns": words("object_pronouns"),
        "subject_pronouns": words("subject_pronouns"),
        "speaker_heads": _head_forms(words("speaker_heads"), raw) | _construct_duals(words("speaker_heads"), raw),
        "construct_duals": _construct_duals(words("speaker_heads"), raw),
        "nisba_endings": tuple(n(e) for e in raw["nisba_endings"]),
        "honorifics": words("honorifics"),
        "rank_qualifiers": words("rank_qualifiers"),
        "coordination_openers": frozenset(tuple(n(p).split()) for p in raw["coordination_openers"]),
        "split_heads": words("split_heads"),
        "occasion_nouns": _with_construct(words("occasion_nouns")),
        "title_nouns": frozenset(_bare(n(w)) for w in raw["title_nouns"]),
        "phrase_stops": words("phrase_stops"),
        "svo_openers": words("svo_openers"),
        "anonymous_heads": _head_forms(words("anonymous_heads"), raw),
        "relay_verbs": words("relay_verbs"),
        "closing_relay_verbs": frozenset(n(w) for w in raw["closing_relay_verbs"]),
        "speech_acts": frozenset(n(w) for w in raw["speech_acts"]),
        "expectation_words": frozenset(_bare(n(w)) for w in raw["expectation_words"]),
        "clause_openers": words("clause_openers"),
        "form_iv_ambiguous": words("form_iv_ambiguous"),
        "as_said": words("as_said"),
        "outlet_heads": words("outlet_heads"),
        "quoted_body_heads": words("quoted_body_heads"),
        "contrast_openers": words("contrast_openers"),
        "additive_openers": words("additive_openers"),
        "not_outlet_heads": frozenset(_bare(n(w)) for w in raw["not_outlet_heads"]),
        "saying_heads": frozenset(_bare(n(w)) for w in raw["saying_heads"]),
        "prepositions_before_no_subject": frozenset(n(w) for w in raw["prepositions_before_no_subject"]),
        "prepositions_before_nouns": frozenset(n(w) for w in raw["prepositions_before_nouns"]),
        "feminine_titles": words("feminine_titles"),
        "plural_heads": frozenset(_bare(n(w)) for w in raw["plural_heads"]),
        "addressee_prepositions": words("addressee_prepositions"),
        "showing_verbs": words("showing_verbs"),
        "declaring_verbs": words("declaring_verbs"),
        "declared_decisions": frozenset(_bare(n(w)) for w in raw["declared_decisions"]),
        "declaring_participles": participle_set("declaring_participles"),
        "quote_participles": participle_set("quote_participles"),
        "call_participles": participle_set("call_participles"),
        "text_of_nouns": frozenset(_bare(n(w)) for w in raw["text_of_nouns"]),
        "person_object_verbs": words("person_object_verbs"),
        "shown_qualities": words("shown_qualities"),
        "edition_words": frozenset(_bare(n(w).lower()) for w in raw["edition_words"]),
        "quantifiers": frozenset(_bare(n(w)) for w in raw["quantifiers"]),
        "quantity_nouns": frozenset(_bare(n(w)) for w in raw["quantity_nouns"]),
        "relay_according": frozenset(tuple(n(p).split()) for p in raw["relay_according"]),
        "relative_pronouns": words("relative_pronouns"),
        "adverbial_prepositions": words("adverbial_prepositions"),
        "auxiliaries": words("auxiliaries"),
        "named_body_heads": words("named_body_heads"),
        "copulas": words("copulas"),
        "participle_prepositions": words("participle_prepositions"),
        "adjectives_after_titles": words("adjectives_after_titles"),
        "preverbal_particles": words("preverbal_particles"),
        "additive_openers": words("additive_openers"),
        "continuation_verbs": words("continuation_verbs"),
        "object_prepositions": words("object_prepositions"),
        "pronoun_prepositions": words("pronoun_prepositions"),
        "amount_nouns": words("amount_nouns"),
        "record_nouns": frozenset(_bare(n(w)) for w in raw["record_nouns"]),
        "amount_blockers": words("clause_openers") | words("relative_pronouns") | words("preverbal_particles")
        | words("svo_openers") | words("as_said"),
    }


def _platform_phrases(raw: dict[str, str | None]) -> dict[str, list[tuple[tuple[str, ...], str | None]]]:
    """Platform names by their first normalised word, longest first: {"فيس": [(("فيس", "بوك"), "Facebook")]}."""
    out: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
    for name, platform in sorted(raw.items(), key=lambda item: -len(item[0].split())):
        phrase = tuple(normalise_word(name).split())
        out.setdefault(phrase[0], []).append((phrase, platform))
    return out


def _with_construct(nouns: frozenset[str]) -> frozenset[str]:
    """Nouns with the form a ta marbuta takes before a possessive the tokenizer splits off:
    كلمه → كلمت ("في كلمته" is read كلمت + ه), رساله → رسالت, افتتاحيه → افتتاحيت."""
    return nouns | frozenset(noun[:-1] + "ت" for noun in nouns if noun.endswith("ه") and len(noun) > 3)


def _head_forms(heads: frozenset[str], raw: dict) -> frozenset[str]:
    """Speaker heads in every sound number: مصدر → مصدران، مصدرين؛ هيئة → هيئات، هيئتين."""
    masculine = [normalise_word(e) for e in raw["head_endings"]]
    feminine = [normalise_word(e) for e in raw["feminine_head_endings"]]
    out = set(heads)
    for head in heads:
        if head.endswith("ه"):
            out.update(head[:-1] + e for e in feminine)
        elif len(head) >= 3 and not head.endswith(("ون", "ين", "ان")):
            out.update(head + e for e in masculine)
    return frozenset(out)


def _construct_duals(heads: frozenset[str], raw: dict) -> frozenset[str]:
    """The construct dual of each singular head: مصدر → مصدرا؛ وكالة → وكالتا، وكالتي."""
    masculine = [normalise_word(e) for e in raw["construct_dual_endings"]]
    feminine = [normalise_word(e) for e in raw["feminine_construct_dual_endings"]]
    out = set()
    for head in heads:
        if head.endswith("ه"):
            out.update(head[:-1] + e for e in feminine)
        elif len(head) >= 3 and not head.endswith(("ون", "ين", "ان", "و", "ي", "ا", "اء")):
            out.update(head + e for e in masculine)
    return frozenset(out)


def _participle_forms(stems: dict[str, str], endings: list[str]) -> dict[str, str]:
    """Every gender and number of each participle stem: مشير → مشيرا، مشيره، مشيرين، مشيرات …;
    a defective stem (ناف) keeps its ي before the ending (نافيا، نافيه، نافين)."""
    out = {}
    for stem, certainty in stems.items():
        for ending in endings:
            out[stem + ending] = certainty
            if len(stem) == 3 and stem[1] == "ا":   # ناف: active participle of a defective verb
                out[stem + "ي" + ending] = certainty
    return out


class _Sentence(MentionIndex):
    """A sentence's words, the mentions in it, and which words stand in a time expression."""

    def __init__(self, words: list[Word], mentions: list[Mention], text: str,
                 times: frozenset[int] = frozenset(), known: set[str] | frozenset[str] = frozenset()):
        super().__init__(words, mentions)
        self.text = text
        self.times = times
        self.known = known      # the words of the people who spoke before (a surname: "شرفي")
        self._clause: Any = False
        self._platforms: list[tuple[int, str]] | None = None
        self._own: list[tuple[int, str]] | None = None
        self._certainty: bool | None = None
        self._norms: set[str] | None = None
        self._opening: int | None = None

    def certainty_words(self) -> bool:
        """Whether any word of the sentence may open a cue of certainty (computed once)."""
        if self._certainty is None:
            self._certainty = not self.norms().isdisjoint(_cues()["certainty_firsts"])
        return self._certainty

    def norms(self) -> set[str]:
        if self._norms is None:
            self._norms = {w.norm for w in self.words}
        return self._norms

    def platform_from(self, i: int = 0) -> str | None:
        """The first platform named from word i on (computed once per sentence)."""
        if self._platforms is None:
            cues = _cues()
            aired = _aired(self.words, self.norms(), cues) + self.own_channels()
            self._platforms = sorted(aired) if self.norms().isdisjoint(cues["platforms"]) \
                else sorted(_platforms(self.words) + aired)
        return next((platform for k, platform in self._platforms if k >= i), None)

    def own_channels(self) -> list[tuple[int, str]]:
        """The channels of the speaker's side that carried a statement in this sentence, by the
        index of the word that carried it (بثها، عبر), with their medium (computed once)."""
        if self._own is None:
            self._own = _own_channels(self)
        return self._own

    def own_channel_before(self, i: int) -> str | None:
        """The medium of the last own channel named before word i ("وتبنت الحركة الهجوم في بيان
        بثته إذاعة الأندلس التابعة لها، زاعمة أن": Radio)."""
        return next((platform for k, platform in reversed(self.own_channels()) if k < i), None)

    def clause_subject(self) -> tuple[int, Mention] | None:
        """The first clause's subject (computed when a pronoun cue asks for it)."""
        if self._clause is False:
            self._clause = _clause_subject(self)
        return self._clause

    def opening(self) -> int:
        """The index of the sentence's first word past an agency dateline and و/ف (computed once)."""
        if self._opening is None:
            self._opening = _opening(self.words)
        return self._opening

    mention_at = MentionIndex.at
    mention_ending_before = MentionIndex.ending_before


@lru_cache(maxsize=4096)
def _normalised(word: str) -> str:
    """normalise_word, cached: for the lemmas the cue tables are read with."""
    return normalise_word(word)


def _bare(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 3 else norm


@lru_cache(maxsize=4096)
def _stem_lemma(norm: str) -> str | None:
    """The lemma of a verb form the lemma table missed, by the Arabic verb paradigm: proclitics
    و/ف and the future س, an object pronoun (واعتبرتها، وكرره), the past endings of every person
    (قالت، قالا، قالوا، قلن، قلنا، أكدتا), the imperfect prefixes أ/ن/ي/ت with their endings
    (نؤكد، يقولون، تقولان، يقلن), and the stem changes of hollow (يقول، قلن → قال؛ يضيف →
    أضاف), hamzated (يؤكد → أكد), defective (يدعو → دعا) and derived forms (يعتبر → اعتبر،
    يعلن → أعلن).  The candidate must be a lemma of the lexicon.  A verb that reports only with
    a clause takes no object pronoun: قدرها is "its amount"."""
    cues = _cues()
    verbs = cues["verbs"]
    forms = [(norm, False)]
    for clitic in ("و", "ف"):
        if norm[:1] == clitic and len(norm) >= 4:
            forms.append((norm[1:], False))
    for form, _ in list(forms):
        if form[:1] == "س" and len(form) >= 4 and form[1:2] in ("ي", "ت", "ن", "ا"):
            forms.append((form[1:], False))   # سيقول، سنعلن
    for form, _ in list(forms):
        for suffix in ("هما", "هم", "ها", "ه"):
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                forms.append((form[:-len(suffix)], True))
                break
    stems: list[tuple[str, bool, str, bool]] = []   # (stem, object pronoun, imperfect prefix, before a consonant)
    for form, pronoun in forms:
        stems.append((form, pronoun, "", False))
        for suffix in _PAST_ENDINGS:
            if form.endswith(suffix) and len(form) - len(suffix) >= 2:
                stems.append((form[:-len(suffix)], pronoun, "", suffix[0] in ("ت", "ن")))
        if form[:1] in ("ي", "ت", "ن", "ا") and len(form) >= 3:
            body = form[1:]
            for suffix in _IMPERFECT_ENDINGS:
                if body.endswith(suffix) and len(body) - len(suffix) >= 2:
                    stems.append((body[:-len(suffix)], pronoun, form[0], suffix == "ن"))
            stems.append((body, pronoun, form[0], False))
    for stem, pronoun, imperfect, consonant in stems:
        if imperfect and len(stem) == 3 and stem[1] == "ا":
            continue   # a long a inside an imperfect is the passive: يقال، يشار "it is said"
        for lemma in _lemma_candidates(stem, imperfect, consonant):
            if lemma in verbs and not (pronoun and lemma in cues["needs_clause"]):
                if imperfect and len(stem) == 3 and lemma == "ا" + stem and lemma in cues["form_iv_ambiguous"]:
                    continue   # تبلغ "amounts to" is not تُبلغ "informs"
                return lemma
    return None


# past endings of every person and number, longest first; imperfect endings likewise
_PAST_ENDINGS = ("تما", "تم", "تن", "تا", "نا", "وا", "ت", "ا", "ن")
_IMPERFECT_ENDINGS = ("ون", "ان", "ين", "وا", "ن")


def _lemma_candidates(stem: str, imperfect: str, consonant: bool) -> list[str]:
    """Lemmas a verb stem may come from (3rd person masculine past, normalised); `imperfect`:
    the prefix of an imperfect ("" for the past); `consonant` when an ending that opens with a
    consonant followed (قلت، قلن، يقلن، دعت)."""
    out = [stem]
    if stem[:1] == "ؤ":                        # يؤكد → أكد (normalised اكد)
        out.append("ا" + stem[1:])
    if len(stem) == 2 and consonant:
        out += [stem[0] + "ا" + stem[1], "ا" + stem[0] + "ا" + stem[1],   # قلن، يقلن → قال
                stem + "ا", stem + "ي"]                                  # دعت → دعا، نفت → نفى
    if imperfect and len(stem) == 3 and stem[1] in ("و", "ي"):
        out += [stem[0] + "ا" + stem[2], "ا" + stem[0] + "ا" + stem[2]]   # يقول → قال، يضيف → أضاف
    if len(stem) >= 3 and stem[-1] in ("و", "ي", "ا"):
        out += [stem[:-1] + "ا", stem[:-1] + "ي"]                          # يدعو → دعا، ينفي → نفى
    if imperfect and len(stem) >= 3:
        out.append("ا" + stem)                                            # يعلن → أعلن، يعتبر → اعتبر
    if imperfect in ("ي", "ت") and len(stem) == 2:
        out.append("و" + stem)      # يصف، تصفه → وصف (a third person: نصف is "half")
    return out


def _verb(word: Word, text: str | None = None) -> tuple[str, str] | None:
    """(lemma, certainty) when the word is a reporting verb.  With the text: a word ending in
    ta marbuta or tanween is a noun (إشارة، تابعة، نفيًا), and a verb voweled passive (نُقلوا)
    reports nothing."""
    if word.is_punct:
        return None
    found = _verb_of(word.norm, word.lemma)
    if found and text is not None and not found[2]:
        surface = text[word.start:word.end]
        if surface.endswith("ة") or "ُ" in surface[1:3] or "ً" in surface:
            return None   # (a verb takes no tanween: نفيًا is "a denial")
    return found[:2] if found else None


@lru_cache(maxsize=16384)
def _verb_of(norm: str, lemma: str) -> tuple[str, str, bool] | None:
    """(lemma, certainty, listed as a surface form) for a normalised word, cached."""
    cues = _cues()
    if norm.startswith("ال"):
        return None  # a verb never takes the article: التابعة is "affiliated", not تابع "went on"
    if norm[:1] == "ا" and len(norm) >= 5 and norm[-2] == "ا":
        return None  # إفعال، افتعال، استفعال are verbal nouns: "وسائل إعلام"، "إعلان"، "انتقاد"
    if norm in cues["verb_forms"]:
        return lemma or norm, cues["verb_forms"][norm], True
    if _listed(norm, cues["other_verb_forms"]):
        return None   # "وتبين أن": "it emerged", not "she made clear"
    lemma = lemma or norm
    if lemma in cues["verbs"]:
        return None if _lexicon_noun(norm, lemma) else (lemma, cues["verbs"][lemma], False)
    if len(norm) < 3 or not norm.isalpha():
        return None
    lemma = _stem_lemma(norm)
    return (lemma, cues["verbs"][lemma], False) if lemma else None


def _lexicon_noun(norm: str, lemma: str) -> bool:
    """Whether a word the lexicon lemmatises to a verb of saying has a noun's shape, which no form
    of that verb takes: a participle or noun of place in م (مشار، متوقع، مصرح، مطالبه), a sound
    feminine plural (توقعات، سجلات), or a verbal noun or noun on the verb's three letters of the
    patterns فِعال، فُعول، تَفعيل (كتابه "his book"، عبور "crossing"، تشديد، تذكير) — with the
    clitics and the possessive it may carry.  The lexicon gives such nouns their root verb's lemma."""
    stem = norm
    for suffix in ("هما", "هم", "هن", "ها", "ه", "نا"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
            stem = stem[:-len(suffix)]
            break
    while len(stem) > 4 and stem[0] in "وفبلك" and stem[0] != lemma[:1]:
        stem = stem[1:]
    if stem[:1] == "م" and lemma[:1] != "م" and len(stem) >= 4 or stem.endswith("ات") and len(stem) >= 5:
        return True
    if len(lemma) != 3:
        return False
    a, b, c = lemma
    return stem in (a + b + "ا" + c, a + b + "و" + c, "ت" + a + b + "ي" + c)


def _verb_certainty(word: Word) -> str | None:
    found = _verb(word)
    return found[1] if found else None


def _feminine(word: Word) -> bool:
    """A feminine verb form: past قالت/أعلنت, imperfect تقول/تعلن — not a verb whose own stem
    opens with ت (تابع، توقع، تحدث: its feminine imperfect is تتابع), nor the bare past of one
    whose stem ends in ت (لفت: its feminine is لفتت)."""
    norm = word.norm
    if norm.endswith("ت"):
        found = _verb(word)
        return not (found and found[0].endswith("ت") and _normalised(found[0]) == norm)
    if not norm.startswith("ت") or len(norm) < 4:
        return False
    found = _verb(word)
    return not (found and found[0].startswith("ت")) or norm.startswith("تت")


def _negated(words: list[Word], i: int) -> bool:
    """"لم تعلن", "من دون أن يعلن", "عدم ذكر اسمه": a cue that reports nothing; nor does one
    still to come ("وسيعلن الرئيس قراره غدا"، "وسوف تعلن الحكومة موقفها")."""
    cues = _cues()
    negators = cues["negators"]
    if i >= 1 and (words[i - 1].norm in negators or words[i - 1].norm in cues["future_particles"]):
        return True
    return i >= 2 and words[i - 1].norm == "ان" and words[i - 2].norm in negators


def _negated_report(words: list[Word], i: int, lemma: str) -> tuple[str, str] | None:
    """(lemma, certainty) of a negated verb that still reports (negated_reports: "لم يستبعد أن"
    "did not rule out" is hedged), None for any other negated verb or one still to come."""
    certainty = _cues()["negated_reports"].get(_normalised(lemma))
    if certainty is None or i >= 1 and words[i - 1].norm in _cues()["future_particles"]:
        return None
    return lemma, certainty


def _describes(words: list[Word], i: int) -> bool:
    """A cue that reports no statement: one that describes an occasion ("في بيان نقلته X"), or
    one expected to come ("ومن المقرر أن تعلن الهيئة النتائج")."""
    cues = _cues()
    if i >= 1 and _bare(words[i - 1].norm) in cues["occasion_nouns"]:
        return not _said_in(words, i)   # (but "بكلمة قال فيها إن": the speech in which he said)
    return i >= 2 and words[i - 1].norm == "ان" and _bare(words[i - 2].norm) in cues["expectation_words"]


def _said_in(words: list[Word], i: int) -> bool:
    """Whether the verb at word i is followed by "فيه/فيها" or "خلاله/خلالها" (split or not): it says
    what was said in the occasion named before it ("بكلمة قال فيها إن"، "في بيان أكد فيه أن"،
    "اتصالا هاتفيا أعرب خلاله عن")."""
    return _said_in_end(words, i) is not None


def _said_in_end(words: list[Word], i: int) -> int | None:
    """The index of the word after the pronoun of the occasion that follows the verb at word i
    ("قال فيها"، "أعرب خلاله"، split as "في ها" or not); None when none follows."""
    n = len(words)
    if i + 1 < n and words[i + 1].norm in _cues()["said_in_pronouns"]:
        return i + 2
    if i + 2 < n and words[i + 1].norm in ("في", "خلال") and words[i + 2].norm in ("ه", "ها"):
        return i + 3
    return None


def _expresses(sentence: _Sentence, i: int) -> bool:
    """Whether the verb at word i expresses a stance with عن (cues stance_verbs: "وأعرب عن قلقه"):
    عن right after it, or past the pronoun of its occasion, a time or an aside set off by commas
    ("أعرب خلاله عن"، "وأعربت مساء الثلاثاء عن"، "وأعربت، في بيان، عن").  The stance is a claim
    (docs/gold-format.md "Decided in session 18") though no clause follows."""
    words = sentence.words
    found = _verb(words[i])
    if found is None or _normalised(found[0]) not in _cues()["stance_verbs"]:
        return False
    n = len(words)
    k = _said_in_end(words, i) or i + 1
    while k < n and k in sentence.times:
        k += 1
    if k < n and words[k].norm in ("،", ","):
        past = _past_aside(words, k, 9)
        k = past if past is not None else n
    return k < n and words[k].norm == "عن"


def _past_aside(words: list[Word], k: int, reach: int) -> int | None:
    """The word after an aside set off by commas that opens at the comma at word k ("وأعربت، في بيان، عن"):
    None when the next punctuation within `reach` words is not a second comma."""
    close = next((m for m in range(k + 1, min(k + reach, len(words))) if words[m].is_punct), None)
    return close + 1 if close is not None and words[close].norm in ("،", ",") else None


def _outer_sources(sentence: _Sentence, i: int, here: list[tuple[int, Claim]], speaker: Mention) -> list[Mention]:
    """The chain of the claim before word i whose content holds it, when its speaker is not among it:
    "أعلن الديوان الملكي أن الملك تلقى رسالة من سانشيز، يعتبر فيها أن …" — Sánchez's words come
    through the royal court's statement (a report inside a report); [] when no claim holds it."""
    words = sentence.words
    cues = _cues()
    start = words[i].start
    at, outer = next(((at, claim) for at, claim in reversed(here) if at < i and
                      claim.content[0] <= start < claim.content[1]), (None, None))
    if outer is None or any(_same_span(source, speaker) for source in outer.sources):
        return []
    opens = next((k for k in range(at + 1, i) if words[k].norm in cues["complementizers"] and words[k].norm.isalpha()), None)
    if opens is None or any(words[k].norm in cues["contrast_openers"] for k in range(opens, i)):
        return []   # only a clause the outer verb opens with أن/إن holds it ("وأعرب X عن …، فيما أجرى Y" does not)
    return list(outer.sources)


def _caller(sentence: _Sentence, i: int) -> tuple[Mention, int] | None:
    """The sender of the call or message the verb at word i speaks in ("فيه/خلاله"): "تلقى الرئيس
    اتصالا هاتفيا من نظيره التونسي قيس سعيد، أعرب فيه عن تهانيه" — the caller speaks, not the one
    who took the call (docs/gold-format.md "Decided in session 18"); None when no such noun with
    "من" stands shortly before the verb."""
    words = sentence.words
    if not _said_in(words, i):
        return None
    calls = _cues()["call_nouns"]
    for k in range(i - 1, max(i - 16, -1), -1):
        if words[k].is_punct and words[k].norm not in ("،", ","):
            return None
        bare = _bare(words[k].norm)
        if bare in calls or bare.endswith("ا") and bare[:-1] in calls:
            break
    else:
        return None
    for v in range(k - 1, max(k - 9, -1), -1):
        if words[v].is_punct:
            break
        norm = words[v].norm
        if _listed(norm, _cues()["call_verbs"]):
            found = _subject_after(sentence, v + 1)   # "أجرى الرئيس السيسي اتصالا هاتفيا بنظيره …": who called
            return found if found and found[1] <= k else None
    for m in range(k + 1, min(k + 4, i)):
        if words[m].norm == "من":
            found = _subject_after(sentence, m + 1)
            if not found:                         # "من نظيره التونسي قيس سعيد": the person named
                near = [named for j in range(m + 1, min(m + 6, i)) if (named := sentence.mention_at(j))
                        and named[0].type in _SOURCE_TYPES]
                found = next((f for f in near if f[0].type == "PER"), None) or next(iter(near), None)
            return found if found and found[1] <= i else None
    return None


def _has_clause(words: list[Word], i: int, quote_only: bool = False, near: bool = False,
                text: str | None = None) -> bool:
    """A reported clause or quote opens after word i: "قال إن", "كتب:", "دعا إلى «…»".  `near`:
    before any comma or ب + noun ("طالب بأن"، "توعد بـ«رد»", not "طالبوا بحماية …"): the tokenizer
    splits ب off an indefinite noun (ب + حماية) and leaves it on a definite one (بالرد), so a word of
    the subject that only begins with the letter is no preposition ("تعهد عمدة برلين X بـ«…»"،
    "توعد الرئيس بولا تينوبو بـ«…»")."""
    return _clause_at(words, i, quote_only, near, text) is not None


def _clause_at(words: list[Word], i: int, quote_only: bool = False, near: bool = False,
               text: str | None = None) -> int | None:
    """The word at which the reported clause or quote of the cue at word i opens (_has_clause)."""
    cues = _cues()
    marks = ('"', "«") if quote_only else cues["complementizers"]
    for k in range(i + 1, min(i + 31, len(words))):
        norm = words[k].norm
        if norm in marks and words[k - 1].norm in cues["subordinators"]:
            continue   # "بعد أن"، "رغم أن"، "في حين أن": a clause of time or concession, not what was said
        if norm in marks and k >= i + 3 and words[k - 1].norm in cues["comma_subordinators"] \
                and words[k - 2].norm in ("،", ",") and not _takes_ala(words[i]):
            continue   # "…، على أن تجرى انتخابات …": a stipulation, not what was said
        if k > i + 1 and _CUE_CLASS.get(norm) and _owns_clause(words, k, text):
            return None   # "وتقدر الأمم المتحدة عددهم بـ…، في ما تصفه بأنها …": the nearer verb's clause
        if norm in marks:
            if norm == '"' and sum(1 for w in words[:k] if w.norm == '"') % 2:
                continue   # a closing quote mark opens nothing: "لا نريد أن نرى تصعيدا"."
            if norm in _OPENING_QUOTES and _bare(words[k - 1].norm) in cues["title_nouns"]:
                continue   # a title: "وقال في مقال بعنوان «الطريق إلى التعافي» إن …"
            return k
        if near and (words[k].is_punct and norm not in _QUOTES or norm.startswith("بال") and len(norm) > 4
                     or norm == "ب" and k + 1 < len(words) and words[k + 1].norm not in marks) \
                and not _in_subject_phrase(words, i, k):
            return None
        if norm in (".", "\n") or norm in ("،", ",") and k + 2 < len(words) and words[k + 1].norm == "و" \
                and (words[k + 2].norm in cues["complementizers"] or _verb_of(words[k + 2].norm, words[k + 2].lemma)
                     and not _naming(words[k + 2], text)):
            break   # the next clause belongs to another cue: "نقلهم إلى …، وإن …"، "…، وتقول أنقرة إنها …"
        if norm in ("،", ",") and k + 1 < len(words) and (words[k + 1].norm in cues["participles"] or
                                                          words[k + 1].norm == "و" and k + 2 < len(words)
                                                          and words[k + 2].norm in cues["participles"]):
            break   # "وشددت الوزارة على أهمية …، مؤكدة أن …": the participle's own clause
    return None


def _takes_ala(word: Word) -> bool:
    """Whether the cue verb reports with على أن, so that على after an aside is its own ("وشدد
    رئيس الحكومة، في كلمة أمام مجلس النواب، على أن …"), not a stipulation."""
    verbs = _cues()["ala_clause_verbs"]
    return _normalised(word.lemma or "") in verbs or _stem_lemma(word.norm) in verbs


def _in_subject_phrase(words: list[Word], i: int, k: int) -> bool:
    """Whether a ب + definite noun at word k qualifies the definite subject before it rather
    than being the verb's object: "الجهات المعنية بالمملكة"، "رئيس الحكومة بالنيابة" (an
    object of the verb stands right after it, "طالبوا بحماية", or is indefinite, "بإقالة")."""
    if k < i + 2 or not words[k - 1].norm.startswith("ال") or _verb_of(words[k - 1].norm, words[k - 1].lemma):
        return False
    norm = words[k].norm
    if norm == "ب":
        return k + 1 < len(words) and words[k + 1].norm.startswith("ال")
    return norm.startswith("بال")


def _owns_clause(words: list[Word], k: int, text: str | None) -> bool:
    """Whether word k is a verb of saying whose own clause opens within the next three words (a
    pronoun the tokenizer split off is part of its word: "ما تصفه بأنها"، "قالت إنها"، "في قرار
    أكدت دمشق حينها أنه"), so that a clause after it is not an earlier verb's; a verb of talking to an outlet ("مسؤول تحدث لرويترز إن") or of naming ("يدعى") takes none."""
    word = words[k]
    if _predicate_noun(words, k):
        return False   # "، وهو طالب جامعي، أنه": a noun, its clause the speaker's
    if k > 0 and words[k - 1].norm in _cues()["prepositions_before_nouns"]:
        return False   # "وقال في إفادة صحافية إن": after a preposition a noun (إفادة), no verb (أفاده)
    kind = _CUE_CLASS.get(word.norm)   # (filled for every word of the sentence by _candidates)
    if kind == 0 or kind == 1 and word.lemma not in _cues()["verbs"]:
        return False
    if word.is_punct or not _verb_of(word.norm, word.lemma) or _naming(word, text) or _talk_verb(word.norm, word.lemma):
        return False
    if _normalised(word.lemma) in _cues()["about_verbs"]:
        return False   # they report with عن, never a clause: "وقال في بيان عبر التلفزيون إن" (عبر: via)
    if word.norm in _cues()["speech_nouns"] or any(stem in _cues()["speech_nouns"] for stem in _pronoun_stems(word.norm)):
        return False   # the speaker's verbal noun after a relay: "عن مصدر زعمه أن"، "قوله إن"
    if k + 1 < len(words) and _anonymity_noun(words[k + 1]):
        return False   # "مسؤول طلب عدم كشف اسمه إن": a request not to be named, its object the name
    if k + 1 < len(words) and words[k + 1].norm in _cues()["object_pronouns"] and _relay_verb(word.norm, word.lemma):
        return False   # "في بيان نقلته قناة X إنه": the statement it carried is the earlier verb's
    marks = _cues()["complementizers"]
    pronouns = _cues()["object_pronouns"]
    counted = 0
    for w in words[k + 1:k + 7]:
        if w.norm in marks:
            return True
        if _anonymity_noun(w):
            return False   # "طالبا عدم نشر اسمه إن": the request's object is the name
        if w.norm not in pronouns:   # a pronoun split off its word is part of it: "أكدت دمشق حينها أنه"
            counted += 1
            if counted == 3:
                return False
    return False


def _predicate_noun(words: list[Word], k: int) -> bool:
    """Whether word k, in the bare form of a past verb, stands right after a subject pronoun and
    so is the predicate noun of its clause ("وهو طالب"، "وهي ناشطة"): no verb of saying."""
    return k >= 1 and words[k - 1].norm in _cues()["subject_pronouns"] and words[k].norm == _normalised(words[k].lemma)


def _by_first(phrases) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        out.setdefault(phrase[0], []).append(phrase)
    return out


def _according_at(words: list[Word], i: int) -> int:
    """The length in words of an according-to phrase at word i (its first word may keep the
    conjunction the tokenizer left on it: ووفقا، وبحسب)."""
    first = _without_conjunction(words[i].norm)
    for phrase in _cues()["according"].get(first, ()):
        if (first,) + tuple(w.norm for w in words[i + 1:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _without_conjunction(norm: str) -> str:
    according = _cues()["according"]
    if norm not in according and norm[:1] in ("و", "ف") and norm[1:] in according:
        return norm[1:]
    return norm


def _listed(norm: str, listed) -> bool:
    """Whether a word is in a list, bare or after the conjunction و/ف ("وقد"، "فلن")."""
    return norm in listed or norm[:1] in ("و", "ف") and norm[1:] in listed


def _relay(sentence: _Sentence, i: int) -> tuple[Mention, int] | None:
    """ل + an organisation or outlet right after the source: "لشبكة أخبار NBC", with ل left
    on its noun ("لصحيفة الشرق"), or set off by commas ("، لصحيفة الشرق، إن")."""
    words = sentence.words
    n = len(words)
    if i + 1 < n and words[i].norm in ("،", ",") and (words[i + 1].norm == "ل" or words[i + 1].norm[:1] == "ل"):
        found = _relay(sentence, i + 1)
        if found and found[1] < n and words[found[1]].norm in ("،", ","):
            return found[0], found[1] + 1
        return None
    if i < n and words[i].norm == "ل":
        k = i + 2 if i + 1 < n and words[i + 1].norm in ("ـ",) else i + 1
        if k < n and words[k].norm in ('"', "«"):   # a quoted outlet: لـ«العربي الجديد»، لـ"اليوم 24"
            quoted = _quoted_outlet(sentence, k)   # a known outlet needs no clause after it either
            return quoted if quoted is not None and (_closes(sentence, quoted[1]) or _media(quoted[0])) else None
        found = sentence.mention_at(k)
        if found and _not_outlet(sentence, found[0]):
            return None   # "وقال المندوب لمجلس الأمن إن": the council addressed relays nothing
        if found and _may_relay(found[0]) and (_closes(sentence, found[1]) or _media(found[0])):
            return found   # (an outlet needs no clause after it: "أكدت مصادر لوكالة الأناضول مقتل …")
        if not found and k < n and _bare(words[k].norm) in _cues()["outlet_heads"]:
            found = _phrase(sentence, k, any_head=True)   # "لصحيفة الشرق" that no entity names
            if found and _closes(sentence, found[1]):
                return found
    elif i < n and words[i].norm[:1] == "ل" and len(words[i].norm) > 3 and not sentence.mention_at(i):
        head = words[i].norm[1:]
        if _bare(head) in _cues()["outlet_heads"]:
            found = _phrase(sentence, i, lam=True)
            if found and _closes(sentence, found[1]):
                return found
    return None


def _ends_sentence(words: list[Word], k: int) -> bool:
    """Whether nothing but a closing mark stands from word k on: a quote that closes the sentence
    right after a verb is what was said, not who said it ("لافتة تقول «نحن معك حتى النهاية»."),
    while a quoted name goes on to its clause ("وقالت «حماس» في بيان إن")."""
    return all(word.is_punct and word.norm not in _QUOTES for word in words[k:])


def _occasion_at(words: list[Word], k: int) -> bool:
    """Whether an occasion opens at word k: في + an occasion noun ("في بيان"، "في تصريح")."""
    return k + 1 < len(words) and words[k].norm in _cues()["interview_openers"] and \
        _bare(words[k + 1].norm) in _cues()["occasion_nouns"]


def _saying_before(words: list[Word], i: int) -> bool:
    """Whether the verb at word i, with no conjunction, describes a saying or a text right before
    it (with an adjective at most between): "لافتة ضخمة تقول «…»"، "شعارات تقول إن …" — the text
    says it, no speaker the paragraph named."""
    if words[i].norm[:1] in ("و", "ف"):
        return False
    heads = _cues()["saying_heads"]
    return any(k >= 0 and not words[k].is_punct and _bare(words[k].norm) in heads for k in (i - 1, i - 2))


def _saying(text: str, mention: Mention) -> bool:
    """Whether a subject is a saying or a text rather than a speaker (saying_heads: "المثل
    الشعبي"، "لافتة"، "الشعار"): a verb of saying with it for subject reports no claim.  A person
    is no saying, whatever word opens the name ("آية الله علي خامنئي": Ayatollah, not a verse)."""
    return mention.type != "PER" and _head_of(text, mention) in _cues()["saying_heads"]


def _quoted_outlet(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """The outlet a quote opening at word j names ("«النهار»", "\"اليوم 24\"") and the word after
    its close, or None when it does not close within six words."""
    words = sentence.words
    close = _quote_close(words, j, 5)
    if close is None:
        return None
    inner = sentence.mention_at(j + 1)
    if inner and inner[1] == close:
        return None if _not_outlet(sentence, inner[0]) else (inner[0], close + 1)
    found = Mention(words[j + 1].start, words[close - 1].end, "ORG", "phrase", [], word_span=(j + 1, close))
    return None if _not_outlet(sentence, found) else (found, close + 1)


def _not_outlet(sentence: _Sentence, mention: Mention) -> bool:
    """Whether a name after ل is a plan, a law, a council or a work rather than an outlet that
    relays the speaker: its first word is such a noun (not_outlet_heads) and the knowledge base
    does not know it as an outlet ("لـ«الخطة الخمسية»"، "لـ«مجلس الشورى»"، "لمجلس الأمن")."""
    if _media(mention):
        return False
    first = next((w for w in sentence.words if w.start >= mention.start and not w.is_punct), None)
    return first is not None and first.start < mention.end and \
        _bare(first.norm) in _cues()["not_outlet_heads"]


def _relay_before_subject(sentence: _Sentence, k: int) -> tuple[Mention, int] | None:
    """An outlet told, named right after the verb and before its subject: "وقال لـ«النهار»
    النائب فلان إن"، "وصرح لوكالة الأنباء مصدر في الوزارة بأن".  Only an outlet by its quotes,
    its head noun or the knowledge base (no person told: "قال للوزير")."""
    words = sentence.words
    n = len(words)
    if k >= n:
        return None
    if words[k].norm == "ل":
        j = k + 2 if k + 1 < n and words[k + 1].norm == "ـ" else k + 1
        if j < n and words[j].norm in ('"', "«"):
            return _quoted_outlet(sentence, j)
        found = sentence.mention_at(j)
        if found and _media(found[0]):
            return found
        if not found and j < n and _bare(words[j].norm) in _cues()["outlet_heads"]:
            return _phrase(sentence, j, any_head=True)
        return None
    if words[k].norm[:1] == "ل" and len(words[k].norm) > 3 and not sentence.mention_at(k) and \
            _bare(words[k].norm[1:]) in _cues()["outlet_heads"]:
        return _phrase(sentence, k, lam=True)
    return None


def _outlet_told(sentence: _Sentence, k: int) -> tuple[Mention, int] | None:
    """The outlet named at word k as the object of a verb of telling, with the word after it: one
    the knowledge base knows ("وكالة رويترز"), or an outlet noun with its name, quoted or not,
    before the clause ("أبلغ مسؤول شبكة «سي إن إن» بأن"، "أخبر مصدر صحيفة القبس أن")."""
    words = sentence.words
    found = sentence.mention_at(k)
    if found and _media(found[0]):
        return found
    if k + 1 >= len(words) or _bare(words[k].norm) not in _cues()["outlet_heads"]:
        return None
    if words[k + 1].norm in _OPENING_QUOTES:
        quoted = _quoted_outlet(sentence, k + 1)
        found = (Mention(words[k].start, words[quoted[1] - 1].end, "ORG", "phrase", [], word_span=(k, quoted[1])),
                 quoted[1]) if quoted else None
    else:
        found = _phrase(sentence, k, any_head=True)
    return found if found and found[1] < len(words) and words[found[1]].norm in _cues()["complementizers"] else None


def _may_relay(mention: Mention) -> bool:
    """Whether a mention after "ل" may be who a source spoke to: an organisation or a person,
    or a name that is also an outlet's ("للجزيرة"، "للميادين" — read as places)."""
    return mention.type in ("ORG", "PER") or \
        mention.type in ("GPE", "LOC") and any(entry.type == "ORG" for entry in mention.candidates)


def _addressee(sentence: _Sentence, mention: Mention, k: int) -> bool:
    """Whether a mention at word k after "ل" may be who a speaker talked to rather than what
    the definite noun before it heads (ل of the idafa: "القيادة العامة للقوات المسلحة"): a
    person, an outlet the knowledge base knows, or a phrase an outlet noun heads."""
    word = sentence.words[k].norm
    return mention.type == "PER" or _media(mention) or \
        _bare(word) in _cues()["outlet_heads"] or _bare(word[1:]) in _cues()["outlet_heads"]


def _outlet(text: str, mention: Mention) -> bool:
    """Whether a source is a news outlet: the knowledge base knows it so, or an outlet noun heads
    it ("الوكالة"، "صحيفة «الصباح»")."""
    if _media(mention):
        return True
    first = text[mention.start:mention.end].split()
    return bool(first) and _bare(_normalised(first[0])) in _cues()["outlet_heads"]


def _media(mention: Mention) -> bool:
    """Whether the knowledge base knows a mention as a news outlet."""
    return any(entry.sector == "MED" for entry in mention.candidates)


def _closes(sentence: _Sentence, j: int) -> bool:
    """Whether the speaker part of a sentence may end before word j: the reported clause, a
    comma, an occasion ("في بيان") or a time follows.  "للحوثيين بصنعاء" is no relay."""
    words = sentence.words
    if j >= len(words) or words[j].is_punct or j in sentence.times:
        return True
    cues = _cues()
    norm = words[j].norm
    return norm in cues["complementizers"] or norm in cues["phrase_stops"] and norm not in ("ب",) or \
        _anonymity(words, j) is not None   # "لرويترز طالبا عدم نشر اسمه"


def _with_relay(sentence: _Sentence, found: tuple[Mention, int]) -> tuple[list[Mention], int]:
    """A source and, when "ل + outlet" follows it, the outlet that relayed it; with the index
    of the word after them."""
    source, after = found
    past = _anonymity(sentence.words, after)
    if past is not None:   # "مسؤول، رفض الكشف عن اسمه، لبي بي سي": the relay after the parenthesis
        words = sentence.words
        after = past + 1 if past + 1 < len(words) and words[past].norm in ("،", ",") and \
            words[past + 1].norm[:1] == "ل" else past
    relay = _told(sentence, after)
    if not relay and source.anonymous:
        past = _past_indefinite_nisba(sentence.words, after)
        if past > after:   # "مصادر أمنية مالية تحدثت إلى وكالة …": a nisba the source's mention left out
            relay = _told(sentence, past)
    if not relay:
        # what qualifies the speaker may stand before the outlet: a body or place ("مصدر مسؤول
        # بوزارة الخارجية لوكالة …"، "الناطقة باسم المحكمة بصفاقس، في تصريح لوكالة …"), a title
        # in apposition ("راشد الكواري، مدير إدارة …، لوكالة …")
        past = _past_qualifier(sentence, after)
        past = _past_apposition(sentence, past)
        past = _past_naming(sentence, past)
        if past > after:
            relay = _told(sentence, past)
    if not relay:
        comma = _title_rest(sentence.words, after)
        if comma is not None:   # "الجلاهمة الرئيس التنفيذي للهيئة، في تصريح لوكالة أنباء البحرين، أن"
            relay = _told(sentence, comma)
    if not relay:
        relay = _outlet_before_clause(sentence, after)
    return ([source, relay[0]], relay[1]) if relay else ([source], after)


def _outlet_before_clause(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """The outlet told ("ل" + an outlet the knowledge base knows) that
    stands, from word j on, in what is left of the speaker part before the clause's complementizer,
    past words of the speaker the mention left out and asides: "وقال أحد الركاب الناجين لوكالة فرانس
    برس عبر الهاتف إن"، "وقال مسؤول محلي في البلدة، طلب عدم نشر اسمه، لوكالة فرانس برس إن"، "ونفى مصدر
    عسكري، تحدث لوكالة الأنباء الألمانية، أن".  The speaker part ends at the complementizer (a colon or a
    full stop first: no clause, no relay read); only an outlet the knowledge base knows relays (a person
    or a council told does not: "قال للوزير"; nor a place an outlet noun heads: "خلال زيارته لموقع
    الهجوم"; an outlet it does not know is left to the readers closer to the speaker)."""
    words = sentence.words
    complementizers = _cues()["complementizers"]
    end = next((k for k in range(j, min(j + 14, len(words)))
                if words[k].norm in complementizers or words[k].norm in (":", ".")), None)
    if end is None or words[end].norm not in complementizers:
        return None   # no clause of its own within reach: nothing tells where the speaker part ends
    for k in range(j, end):
        if words[k].norm == "ل" or words[k].norm[:1] == "ل" and len(words[k].norm) > 3:
            found = _relay_before_subject(sentence, k)
            if found and found[1] <= end and _media(found[0]):
                return found   # (an outlet noun alone may be a place: "خلال زيارته لموقع الهجوم إن")
    return None


def _title_rest(words: list[Word], j: int) -> int | None:
    """The comma that ends the rest of a speaker's title the mention left out, from word j ("…
    الجلاهمة الرئيس التنفيذي للهيئة،"): at most six words, none a verb, a complementizer or a
    mark other than the comma; None when no such comma follows."""
    complementizers = _cues()["complementizers"]
    for k in range(j, min(j + 7, len(words))):
        word = words[k]
        if word.norm in ("،", ","):
            # (the verbs are looked for only once a comma is found: most speakers have none)
            return k if k > j and not any(_verb(w) for w in words[j:k]) else None
        if word.is_punct or word.norm in complementizers:
            return None
    return None


def _told(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """The outlet a speaker told, named at word j: "لرويترز"، "في تصريح لـ«هسبريس»"، "تحدث إلى …"."""
    return _relay(sentence, j) or _interview(sentence, j) or _talked_to(sentence, j)


def _past_qualifier(sentence: _Sentence, j: int) -> int:
    """The word after a body or place that qualifies a speaker at word j ("بوزارة الخارجية"،
    "بصفاقس"، "في الرئاسة"): ب or في and a named organisation or place; j when there is none."""
    words = sentence.words
    if j + 1 < len(words) and words[j].norm in _cues()["qualifier_prepositions"]:
        found = sentence.mention_at(j + 1)
        if found and found[0].type in ("ORG", "GPE", "LOC", "FAC"):
            return _past_parenthesis(words, found[1])
    return j


def _past_apposition(sentence: _Sentence, j: int) -> int:
    """The word after a title set off by commas at word j ("، مدير إدارة الشؤون الآسيوية بوزارة
    الخارجية،"): a speaker phrase between two commas, with a body or place qualifying it; j when
    there is none."""
    words = sentence.words
    n = len(words)
    if not (j + 2 < n and words[j].norm in ("،", ",")):
        return j
    found = _phrase(sentence, j + 1)
    if not found or found[0].type == "PER":
        return j
    end = _past_qualifier(sentence, found[1])
    return end + 1 if end < n and words[end].norm in ("،", ",") else j


def _past_naming(sentence: _Sentence, j: int) -> int:
    """The word after the name an unnamed speaker is called by at word j ("شاهد عيان يدعى محمد
    لـ«رويترز»"، "أحد الناجين، ويدعى عبد القادر محمد، لموقع …"): يدعى/تدعى, after a comma and
    و or not, and the name, with the comma that closes it; j when there is none."""
    words = sentence.words
    n = len(words)
    k = j + 1 if j < n and words[j].norm in ("،", ",") else j
    k = k + 1 if k < n and words[k].norm == "و" else k
    if k >= n or not _naming(words[k], sentence.text):
        return j
    named = _person_at(sentence, k + 1)
    if not named:
        return j
    end = named[1]
    return end + 1 if end < n and words[end].norm in ("،", ",") and k > j else end


def _past_indefinite_nisba(words: list[Word], j: int) -> int:
    """The word after one or two indefinite nisba adjectives at word j ("مصادر أمنية مالية"،
    "مسؤولون عسكريون أمريكيون"): words ending in the nisba's ي/ية/يون/يين/يان, no verb."""
    k = j
    while k < len(words) and k - j < 2 and len(words[k].norm) >= 4 and words[k].norm.isalpha() and \
            not words[k].norm.startswith("ال") and words[k].norm.endswith(_NISBA_ENDINGS) and not _verb(words[k]):
        k += 1
    return k


_NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يان", "يتان", "يتين", "يات")


def _fronted_interview(sentence: _Sentence, i: int) -> Mention | None:
    """The outlet of an interview that opens the sentence before its verb at word i: "وفي
    تصريح لهسبريس، قال …"، "وفي حديث لـ«الشرق الأوسط»، أوضح …"."""
    words = sentence.words
    k = 0
    while k < i and words[k].norm in ("و", "ف"):
        k += 1
    if k >= i or words[k].norm != "في":
        return None
    found = _interview(sentence, k) or _carrier_of_fronted(sentence, k)
    if found and found[1] < len(words) and words[found[1]].norm in ("،", ","):
        found = found[0], found[1] + 1
    return found[0] if found and found[1] == i else None


def _carrier_of_fronted(sentence: _Sentence, k: int) -> tuple[Mention, int] | None:
    """The news outlet that carried a fronted statement or interview at word k ("في"): "وفي
    تصريح نقلته وكالة الأنباء القطرية، قال …"، "وفي بيان نشرته وكالة الأنباء الرسمية، قال
    الجيش …"; with the index of the word after it.  A channel is left to the channel rule (a state
    channel airing the speaker's statement is the platform), so only an outlet of another kind,
    an agency, a paper or a site, is read here."""
    words = sentence.words
    n = len(words)
    cues = _cues()
    noun = k + 1
    if not (noun < n and (_interview_noun(words[noun].norm) or _bare(words[noun].norm) in cues["carried_statements"])):
        return None
    m = noun + 1
    while m < min(noun + 3, n) and not words[m].is_punct and not _relay_verb(words[m].norm, words[m].lemma):
        m += 1   # what qualifies it: "تصريح صحفي"، "بيان مشترك"
    if not (m + 1 < n and _relay_verb(words[m].norm, words[m].lemma)):
        return None
    m += 1
    if words[m].norm in cues["object_pronouns"]:
        m += 1   # (the pronoun that takes up the statement: "نقلته")
    found = sentence.mention_at(m) or _phrase(sentence, m)
    if not found or not _outlet(sentence.text, found[0]) or _bare(words[m].norm) in cues["own_channel_heads"]:
        return None
    return found[0], _past_parenthesis(words, found[1])


def _talked_to(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """The outlet a source talked to, named in a clause on the source at word j: "شهود
    تحدثوا لـ«العربي الجديد»"، "مسؤول تحدث إلى رويترز"، "سكان تحدثت إليهم الجزيرة"."""
    words = sentence.words
    n = len(words)
    if not (j + 2 < n and _talk_verb(words[j].norm, words[j].lemma)):
        return None
    k = j + 1
    if words[k].norm == "ل" or words[k].norm[:1] == "ل" and not sentence.mention_at(k):
        return _relay(sentence, k)
    if words[k].norm == "الي":
        k += 1
        if k < n and words[k].norm in _cues()["object_pronouns"]:
            k += 1   # "تحدثت إليهم الجزيرة": the outlet is the subject
        found = sentence.mention_at(k)
        if found and _may_relay(found[0]):
            return found
        if not found and k < n and _bare(words[k].norm) in _cues()["outlet_heads"]:
            return _phrase(sentence, k)   # "تحدثت إلى وكالة «أسوشيتد برس»" that no entity names
    return None


def _talk_verb(norm: str, lemma: str) -> bool:
    """A form of a verb of talking to someone (تحدث، تحدثوا، يتحدث، تحدثت)."""
    cues = _cues()
    return norm in cues["talk_forms"] or lemma in cues["talk_verbs"]


def _talk_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The past and imperfect forms of the verbs of talking (تحدث → تحدثوا، تحدثت، يتحدث، يتحدثون)."""
    out = set()
    for lemma in lemmas:
        for stem in (lemma, "ي" + lemma, "ت" + lemma):
            out.add(stem)
            out.update(stem + ending for ending in ("وا", "ون", "ت", "ا", "ان"))
    return frozenset(out)


def _anonymity_noun(word: Word) -> bool:
    """Whether a word is the name or identity a source asks to keep back: "اسمه"، "هويته", also
    as the tokenizer leaves هوية before the pronoun it split off ("هويت" + "ه")."""
    nouns = _cues()["anonymity_nouns"]
    return word.norm in nouns or word.norm.endswith("ت") and word.norm[:-1] + "ه" in nouns


def _anonymity(words: list[Word], j: int) -> int | None:
    """The end of a request not to be named at word j (past a comma before it): "طالبا عدم نشر
    اسمه"، "، رفض الكشف عن هويته"، "تحدث شريطة عدم ذكر اسمه"; None when there is none."""
    cues = _cues()
    n = len(words)
    if j < n and words[j].norm in ("،", ","):
        j += 1
    openers = cues["anonymity_openers"]
    if j >= n or words[j].norm not in openers and words[j].lemma not in openers and \
            (j + 1 >= n or words[j + 1].norm not in openers and words[j + 1].lemma not in openers):
        return None
    # (the request opens the parenthesis: "طالبا عدم"، "رفض الكشف"، "تحدثوا شريطة")
    end = None
    for k in range(j, min(j + 7, n)):
        if words[k].is_punct:
            return None
        if _anonymity_noun(words[k]):
            end = k
            break
    if end is None or end == j:
        return None
    end += 1
    if end < n and words[end].norm in cues["object_pronouns"]:
        end += 1
    return end


def _interview(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """The outlet a speaker talked to: "في تصريح لـ«هسبريس»"، "في حديث خاص للجزيرة"، "في مقابلة
    مع قناة العربية"، "خلال مداخلة على قناة «الحدث»" at word j; with the index of the word after it."""
    words = sentence.words
    n = len(words)
    cues = _cues()
    openers = cues["interview_openers"]
    if j + 3 < n and words[j].norm in ("،", ",") and words[j + 1].norm in openers:
        found = _interview(sentence, j + 1)   # set off by commas: "وقال X، في تصريح لقناة Y، إن"
        if found and found[1] < n and words[found[1]].norm in ("،", ","):
            return found[0], found[1] + 1
        return found
    if not (j + 2 < n and words[j].norm in openers and _interview_noun(words[j + 1].norm)):
        return None
    prepositions = cues["interview_outlet_prepositions"]
    k = j + 2
    if k + 2 < n and words[k].norm in cues["interview_giving_verbs"] and words[k + 1].norm in ("به", "ب"):
        m = k + (3 if words[k + 1].norm == "ب" else 2)   # "في تصريح خص به «الشروق»": the outlet it was given to
        found = _name_at(sentence, m) if m < n and words[m].norm in ('"', "«") else sentence.mention_at(m)
        if not found and m < n and _bare(words[m].norm) in cues["outlet_heads"]:
            found = _phrase(sentence, m)
        return found if found and _closes(sentence, found[1]) else None
    while k < min(j + 5, n) and not words[k].is_punct and words[k].norm not in prepositions and \
            not (words[k].norm[:1] == "ل" and _bare(words[k].norm[1:]) in cues["outlet_heads"]):
        k += 1   # what qualifies the interview: "صحفي"، "خاص"، "حصرية"
    if k + 1 < n and words[k].norm in prepositions and words[k].norm != "ل":
        found = sentence.mention_at(k + 1)
        outlet = _bare(words[k + 1].norm) in cues["outlet_heads"]
        if not found and words[k + 1].norm in ('"', "«"):
            found, outlet = _name_at(sentence, k + 1), True   # "في اتصال هاتفي مع «العربي الجديد»"
        if not found and outlet:
            found = _phrase(sentence, k + 1, any_head=True)   # "على قناة الحدث" that no entity names
        if found and (outlet or _media(found[0])):
            found = found[0], _past_nisba(words, found[1])   # "مع جريدة «الصباح» المغربية"
        if not found or not _closes(sentence, found[1]):
            return None
        # "في مقابلة مع قناة العربية" (an organisation); after على and عبر, or another opener,
        # only an outlet: "خلال لقاء مع منظمة الصحة العالمية" names who he met
        if outlet or _media(found[0]) or words[j].norm == "في" and words[k].norm == "مع" and found[0].type == "ORG":
            return found
        return None
    return _relay(sentence, k)


def _interview_noun(norm: str) -> bool:
    """Whether a word is an interview noun (interview_nouns), bare or with the speaker's pronoun
    written on it: "في حديثه لـ«عربي 21»"، "في مقابلته مع قناة …" (ة written ت before it)."""
    nouns = _cues()["interview_nouns"]
    if _bare(norm) in nouns:
        return True
    for suffix in ("هما", "هم", "ها", "ه"):
        stem = norm[:-len(suffix)]
        if norm.endswith(suffix) and len(stem) > 2 and (stem in nouns or marbuta_restored(stem) in nouns):
            return True
    return False


def _from(words: list[Word], start: int) -> list[Word]:
    """The words from the one at offset `start` on."""
    return words[bisect.bisect_left(words, start, key=_start_of):]


def _start_of(word: Word) -> int:
    return word.start


def _certainty_in(sentence: _Sentence, start: int, base: str, last: int | None = None) -> str:
    """The certainty of a claim whose content runs from offset `start` (to word `last`)."""
    if base != "asserted" or not sentence.certainty_words():
        return base
    return _certainty(_from(sentence.words[:last] if last is not None else sentence.words, start), base)


def _certainty(words: list[Word], base: str) -> str:
    """The certainty of a claim: its verb's, else what its content says: believed ("يُعتقد",
    "من المرجح"), hedged ("ربما", "قد" before an imperfect), or asserted."""
    if base != "asserted":
        return base
    cues = _cues()
    firsts = cues["certainty_firsts"]
    hits = [k for k, w in enumerate(words) if w.norm in firsts]
    if not hits:
        return "asserted"   # (most contents: no word that may open a cue of certainty)
    hedged = False
    for k in hits:
        norm = words[k].norm
        for phrase in cues["believed"].get(norm, ()):
            if len(phrase) == 1 or tuple(w.norm for w in words[k:k + len(phrase)]) == phrase:
                return "believed"
        if hedged:
            continue
        if _listed(norm, cues["modal_particles"]):
            # "قد يعود" (may), not "قد عاد" / "قد تم" (has): an imperfect after it, by its prefix ي
            # or, for ت (also a past prefix: تراجع، تم), by a lemma that differs (تكون → كان)
            after = words[k + 1] if k + 1 < len(words) else None
            hedged = bool(after and (after.norm[:1] == "ي" or after.norm[:1] == "ت" and after.lemma
                                     and after.lemma != after.norm))
            continue
        for phrase in cues["hedged"].get(norm, ()):
            if len(phrase) == 1 or tuple(w.norm for w in words[k:k + len(phrase)]) == phrase:
                hedged = True
                break
    return "hedged" if hedged else "asserted"


def _platforms(words: list[Word]) -> list[tuple[int, str]]:
    """The platforms statements in these words were made on, by the word their phrase opens at:
    "على إكس", "عبر تطبيق تلغرام", "على منصة «إكس»", "في تغريدة" (X).  A post that names no
    platform ("في تدوينة") gives way to one named after it ("في تدوينة على فيسبوك")."""
    cues = _cues()
    platforms = cues["platforms"]
    prepositions, nouns = cues["platform_prepositions"], cues["platform_nouns"]
    n = len(words)
    found: list[tuple[int, str]] = []
    posts: set[int] = set()   # where a post that only implies its platform was found (تغريدة → X)
    for i in range(n - 1):
        if words[i].norm not in prepositions:
            continue
        j = i + 1
        if words[j].norm in _QUOTES:
            j += 1
        noun = 0
        if j < n and words[j].norm in nouns:
            noun = 1
        elif j + 1 < n and words[j + 1].norm in cues["object_pronouns"] and words[j].norm + words[j + 1].norm in nouns:
            noun = 2   # "على منصته إكس": the reading splits the possessive off (منصت + ه)
        if noun:
            j += noun
            if j < n and words[j].norm in _QUOTES:
                j += 1
        if j >= n:
            continue
        for phrase, platform in platforms.get(words[j].norm, ()):
            if tuple(w.norm for w in words[j:j + len(phrase)]) == phrase:
                if platform:
                    if found and found[-1][0] in posts and i - found[-1][0] <= 3:
                        found.pop()   # "في تغريدة على تويتر": the platform named gives the post's way
                    found.append((i, platform))
                    if words[j].norm in cues["platform_posts"]:
                        posts.add(i)
                break
    return found


def _aired(words: list[Word], norms: set[str], cues: dict[str, Any]) -> list[tuple[int, str]]:
    """The media a speech was aired on, told by an adjective after its occasion noun: "في كلمة
    متلفزة" (TV), "في حديث إذاعي" (Radio) — by the index of the noun."""
    forms = cues["broadcast_forms"]
    if norms.isdisjoint(forms):
        return []
    return [(k - 1, forms[words[k].norm]) for k in range(1, len(words))
            if words[k].norm in forms and _bare(words[k - 1].norm) in cues["occasion_nouns"]]


def _adjective_forms(stems: dict[str, str]) -> dict[str, str]:
    """Every form of each adjective, with and without the article, in each gender and number:
    متلفز → متلفز، متلفزه، متلفزا، المتلفزه، المتلفزين …"""
    return {article + stem + ending: platform for stem, platform in stems.items()
            for article in ("", "ال") for ending in ("", "ه", "ا", "ين", "ات", "ون")}


_QUOTES = frozenset(('"', "«", "»", "“", "”"))
_OPENING_QUOTES = frozenset(('"', "«", "“"))


def _has_quote(text: str, start: int, end: int) -> bool:
    """Whether a quote mark stands in text[start:end]."""
    return text.find('"', start, end) >= 0 or text.find("«", start, end) >= 0 or text.find("“", start, end) >= 0


def _quoted(words: list[Word]) -> frozenset[int]:
    """Indices of the words inside quote marks that open and close in the sentence."""
    inside: set[int] = set()
    opened = None
    for k, word in enumerate(words):
        norm = word.norm
        if opened is None and norm in _OPENING_QUOTES:
            opened = k
        elif opened is not None and (norm in ("»", "”") or norm == '"' and words[opened].norm == '"'):
            inside.update(range(opened + 1, k))
            opened = None
    return frozenset(inside)


def _after_pronoun_complementizer(words: list[Word], i: int) -> bool:
    """Whether word i follows "إنه/إنها/إنهم": written as one word, or as the complementizer and the
    pronoun the tokenizer split off it (إنها → ان + ها).  A cue there is the same speaker's
    ("قالت إنها ترجح أن …", "قال إنهم يرجحون أن …"): one claim, not two."""
    cues = _cues()
    if i > 0 and words[i - 1].norm in cues["pronoun_complementizers"]:
        return True
    return i > 1 and words[i - 1].norm in cues["object_pronouns"] and words[i - 2].norm in cues["complementizers"]


def _content(sentence: _Sentence, after: int) -> tuple[int, int]:
    words = sentence.words
    start_index = after
    while start_index < len(words) and (words[start_index].is_punct and words[start_index].norm not in ('"', "«")
                                        or words[start_index].norm in ("ان", "انه", "انها", "انهم")):
        start_index += 1
    if start_index < len(words) and _after_pronoun_complementizer(words, start_index + 1) and \
            words[start_index].norm in _cues()["object_pronouns"]:
        start_index += 1   # "قالت إنها مستعدة": the pronoun split off إن opens no content
    if start_index >= len(words):
        return words[-1].end, words[-1].end
    return words[start_index].start, words[-1].end


def _clause_content(sentence: _Sentence, at: int) -> tuple[int, int] | None:
    """The content of the أن-clause that a complementizer opens at word `at`; None when no
    complementizer stands there or the clause is empty."""
    words = sentence.words
    if at >= len(words) or words[at].norm not in _cues()["complementizers"]:
        return None
    start, end = _content(sentence, at)
    return (start, end) if end > start else None


def _quoted_body(words: list[Word], k: int) -> bool:
    """Whether word k is the head of a body named by a quoted name right after it ("تنظيم "داعش""،
    "كتيبة «المرابطون»": cues quoted_body_heads), which makes it a speaker phrase as a head of
    speaker_heads is; the same word without a quote after it may be a verbal noun (تنظيم الانتخابات)."""
    return k + 2 < len(words) and words[k + 1].norm in ('"', "«") and \
        _bare(words[k].norm) in _cues()["quoted_body_heads"]


def _phrase(sentence: _Sentence, k: int, any_head: bool = False, lam: bool = False) -> tuple[Mention, int] | None:
    """A speaker phrase the entity stage did not name: a head noun that can make a statement
    ("رئيس المجلس القروي في دوما", "محللون", "هيئة الدفاع") and what qualifies it.  A definite
    phrase goes on only with definite words (its adjectives); "في X" belongs to it unless it
    names the occasion ("في بيان").  A name right after it is the person it titles."""
    cues = _cues()
    words = sentence.words
    n = len(words)
    if k >= n or words[k].is_punct or k in sentence.times:
        return None
    head = words[k].norm[1:] if lam else words[k].norm   # (lam: a ل left on the head, "لوزارة")
    fused = _split_head(words, k)
    if fused:
        head = fused   # "والي" read as و + إلى, "ولي العهد" as و + لي
    elif not any_head and head not in cues["speaker_heads"] and _bare(head) not in cues["speaker_heads"] and \
            not _quoted_body(words, k) and not _possessed(head) and not (   # "جلالت" + "ه" as the tokenizer splits جلالته
                k + 1 < n and words[k + 1].norm in cues["object_pronouns"] and words[k + 1].start == words[k].end
                and _possessed(head + words[k + 1].norm)):
        return None
    if any_head and not fused and (head in cues["phrase_stops"] or head in cues["complementizers"] or not head.isalpha()):
        return None
    if head in cues["construct_duals"]:
        # a construct dual is joined to what follows it: two names ("وكالتا تاس وريا نوفوستي")
        # or a noun ("مصدرا أمن"); before a comma or أن it is an accusative, no speaker
        after = k + (2 if fused else 1)
        if after >= n or words[after].norm not in ('"', "«") and (
                words[after].is_punct or words[after].norm in cues["complementizers"]
                or words[after].norm in cues["phrase_stops"]):
            return None
        pair = _coordinated(sentence, after)
        if pair:
            parts, end = pair
            return Mention(words[k].start + (1 if lam else 0), parts[-1].end, "ORG", "phrase", [], parts=parts,
                           key=_COORDINATED, word_span=(k, end)), end
    # a noun with its pronoun is definite, and goes on only with definite words: "مصادرها
    # الخاصة", but not "عن جلالته تأكيده"
    j, definite = k + (2 if fused else 1), head.startswith("ال") or not fused and _possessed(head)
    limit = 8
    while j < n and j - k < limit:
        norm = words[j].norm
        if norm in ('"', "«") and j == k + 1 and not definite:   # a quoted name: شبكة "سويفت"
            close = next((m for m in range(j + 1, min(j + 6, n)) if words[m].norm in ('"', "»")), None)
            if close is not None:
                return Mention(words[j + 1].start, words[close - 1].end, "ORG", "phrase", [],
                               word_span=(j + 1, close)), close + 1
        if norm in ('"', "«") and not definite and j > k + 1:   # a quoted body in it: قائد مجموعة قوات "تافريا"
            close = next((m for m in range(j + 2, min(j + 5, n)) if words[m].norm in ('"', "»")), None)
            if close is not None:
                # a named body is definite: its ل + noun goes on ("مدير خدمة "أمين" للإسعاف")
                j, definite = close + 1, True
                named = _person_at(sentence, j)
                if named:
                    return named
                continue
        if words[j].is_punct or j in sentence.times:
            break
        if norm in cues["delegation_prepositions"] and j + 1 < n and not words[j + 1].is_punct and \
                words[j + 1].norm not in cues["complementizers"] and \
                any(_bare(w.norm) in cues["delegation_nouns"] for w in words[k:j]):
            j, definite = j + 1, False   # "رئيس الوفد الروسي إلى مفاوضات إسطنبول"، "السفير الأمريكي لدى إسرائيل"
            continue
        if norm == "ب" and j + 1 < n and words[j + 1].norm == "اسم" or norm == "باسم":   # "المتحدث باسم …"
            j, definite = j + (1 if norm == "باسم" else 2), False
            continue
        if norm == "في" and j + 1 < n and not words[j + 1].is_punct and \
                _bare(words[j + 1].norm) not in cues["occasion_nouns"] and j + 1 not in sentence.times:
            j, definite = j + 1, False
            continue
        if norm == "ل" and definite and j + 1 < n and not words[j + 1].is_punct:
            relay = sentence.mention_at(j + 1)
            if _bare(words[j + 1].norm) in cues["outlet_heads"] and _relay(sentence, j):
                break   # who the speaker told, ل split off: "رئيس البلدية لإذاعة «موزاييك»"
            if not (relay and _closes(sentence, relay[1]) and _addressee(sentence, relay[0], j + 1)):
                # "المدير العام للمنظمة"، "القيادة العامة للقوات المسلحة،", not "… لشبكة X إن"
                j, definite = j + 1, False
                continue
        if norm == "و" and definite and j + 1 < n and words[j + 1].norm.startswith("ال") and \
                words[j + 1].start == words[j].end:
            j, limit = j + 2, limit + 2   # a definite noun joined to the last: "وزارة الصحة العامة والسكان"
            continue
        if norm in cues["object_pronouns"] and words[j].start == words[j - 1].end:
            j += 1   # a possessive suffix ends the phrase with its noun: "عضو في حملته"
            break
        if norm in cues["emphatic_same"] and j + 1 < n and words[j + 1].norm in cues["object_pronouns"]:
            j += 2   # "المصدر ذاته"، "المصادر نفسها": the source named before
            break
        if norm[:1] == "ل" and _bare(norm[1:]) in cues["outlet_heads"] and _relay(sentence, j):
            break   # who the speaker told: "مصدر لقناة الميادين"
        if _talk_verb(norm, words[j].lemma):
            break   # "مسؤول تحدث إلى رويترز"
        if norm in cues["phrase_stops"] or _verb(words[j]) and not _noun_with_pronoun(words, j) or \
                norm in cues["object_pronouns"] or norm in cues["speech_nouns"]:
            break   # (a speech noun follows its speaker: "عن دبلوماسي أوروبي قوله إن")
        if definite and not norm.startswith("ال") and not (
                norm.startswith("ل") and j + 1 < n and words[j + 1].norm.startswith("ال")):
            break   # (an unsplit ل + construct goes on: "لحقوق الإنسان")
        if definite and j > k and norm in cues["honorifics"]:
            # a rank before a name: "الخبير العسكري العميد المتقاعد فلان"، "رئيس المفوضية القاضي فلان"
            named = _ranked_person(sentence, j)
            if named:
                return named
        if definite and head.startswith("ال") and norm.startswith("ال") and _bare(norm) in cues["speaker_heads"]:
            break   # a second definite head is the verb's object, no adjective: "طالب الرئيس الحكومة بأن"
        if definite and head.startswith("ال") and j > k and norm.startswith("ال") and not _title_adjective(norm) \
                and head not in cues["honorifics"]:   # "الشيخ الصباح": a family name after an honorific
            # a definite noun that no adjective's shape has is the verb's object ("وأدان الرئيس | الهجوم")
            # or a name the speaker's title goes with ("الرئيس | الأسد"); no apposition after an object
            return _person_at(sentence, j) or _unnamed_phrase(sentence, k, j, head, lam)
        if _object_after_construct(words, k, j, head, fused):
            return _unnamed_phrase(sentence, k, j, head, lam)   # "محكمة الاستئناف | العقوبة"
        definite = definite or norm.startswith("ال")
        j += 1
    named = None if _sound_plural(head) else _holder_after_possessed(sentence, j) or _person_at(sentence, j) or \
        _name_past_qualifier(sentence, j)
    # ("النقابات | بشدة": a plural titles no one)
    if not named and j + 1 < n and words[j].norm in ("،", ","):   # "رئيس السلطة …، محمد شرفي،"
        named = _person_at(sentence, j + 1)
        if not named and not lam:   # "…، مساعد الرئيس الروسي فلاديمير ميدينسكي،": a title of its own
            named = _phrase(sentence, j + 1)
            if named and named[0].type != "PER":
                named = None
        if named and not (named[1] < n and words[named[1]].norm in ("،", ",")):
            named = None
    if not named and not lam:
        named = _apposition(sentence, j) or _second_title(sentence, j)
    return named or _unnamed_phrase(sentence, k, j, head, lam)


def _holder_after_possessed(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """The person a title phrase that ended at word j on a possessive suffix names: a noun with its
    pronoun is definite, so the definite adjectives after it agree with it ("أمينها العام نبيل العربي"،
    "مبعوثه الخاص فلان"), and a rank or honorific after it opens the holder's name ("المتحدث باسمها
    الشيخ علي محمود راجي"، "قائدها العميد فلان").  None where the phrase did not end on a suffix or
    no person follows (the title alone is then the speaker, as before)."""
    words = sentence.words
    cues = _cues()
    n = len(words)
    if not (2 <= j < n and words[j - 1].norm in cues["object_pronouns"] and words[j - 1].start == words[j - 2].end):
        return None
    m = j
    while m < min(j + 2, n) and m not in sentence.times and words[m].norm.startswith("ال") and \
            words[m].norm not in cues["honorifics"] and _title_adjective(words[m].norm):
        m += 1
    if m < n and words[m].norm in cues["honorifics"]:
        return _ranked_person(sentence, m)
    return _person_at(sentence, m) if m > j else None


def _name_past_qualifier(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """The person a title phrase that ended at word j names past a qualifier of ل and a definite
    noun with its adjectives: "مدير خدمة آمين للإسعاف عبد القادر عبد الرحمن بأن"، "نائب المحافظ
    للشؤون الأمنية فلان، إن" — only when the name closes the speaker part (a comma, the clause)."""
    words = sentence.words
    n = len(words)
    if not (j + 1 < n and words[j].norm == "ل" and words[j + 1].norm.startswith("ال")):
        return None
    m = j + 2
    while m < min(j + 4, n) and words[m].norm.startswith("ال") and _title_adjective(words[m].norm):
        m += 1   # "للشؤون الأمنية"
    named = _person_at(sentence, m)
    return named if named and _closes(sentence, named[1]) else None


def _second_title(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """The person a second title names when a title phrase that ended at word j goes on with
    another, indefinite title and the name comes last: "وزير العدل والشؤون الإسلامية | رئيس
    اللجنة العليا … نواف بن محمد المعاودة، أن".  Only when a comma or the reported clause
    follows the name: "وطالب الوزير رئيس الحكومة فلان بالاستقالة" names the verb's object."""
    words = sentence.words
    n = len(words)
    if j >= n or words[j].norm.startswith("ال") or words[j].norm not in _cues()["speaker_heads"]:
        return None
    named = _phrase(sentence, j)
    if not (named and named[0].type == "PER" and named[1] < n):
        return None
    after = words[named[1]].norm
    return named if after in ("،", ",") or after in _cues()["complementizers"] else None


def _object_after_construct(words: list[Word], k: int, j: int, head: str, fused: str | None) -> bool:
    """Whether word j, a definite noun with no adjective's shape right after an indefinite head and
    its one definite noun ("وشددت محكمة الاستئناف العقوبة على المتهم"، "وكشف وزير الداخلية
    الخطة"), is the verb's object, not part of the speaker: a construct takes an adjective after
    its noun (وزير الخارجية الأمريكي، منظمة الصحة العالمية), no second definite noun."""
    norm = words[j].norm
    return (j == k + 2 and not fused and not head.startswith("ال") and head not in _cues()["honorifics"]
            and words[k + 1].norm.startswith("ال") and norm.startswith("ال") and not _title_adjective(norm)
            and words[j].start > words[j - 1].end)


def _unnamed_phrase(sentence: _Sentence, k: int, j: int, head: str, lam: bool) -> tuple[Mention, int]:
    """The speaker phrase of words k to j that names no one ("مسؤول في الوزارة", "المصادر",
    "محللون"), anonymous when its head says so or it is indefinite throughout."""
    words = sentence.words
    anonymous = _bare(head) in _cues()["anonymous_heads"] or not head.startswith("ال") and \
        not (k + 1 < j and words[k + 1].norm.startswith("ال"))
    return Mention(words[k].start + (1 if lam else 0), words[j - 1].end, "GROUP", "phrase", [], anonymous=anonymous,
                   word_span=(k, j), country=_country_within(sentence, k, j)), j


def _sound_plural(head: str) -> bool:
    """A speaker head in a sound plural (النقابات، المسؤولون، محتجين): it titles no one named after it."""
    bare = _bare(head)
    return bare.endswith("ات") and len(bare) >= 4 or bare.endswith(("ون", "ين")) and len(bare) >= 5


def _title_adjective(norm: str) -> bool:
    """Whether a definite word has a shape adjectives take after a definite head: a nisba
    (الرسمي، الأمريكية، الإقليميين), a participle in م (المكلف، المتقاعد، المنتخب), فاعل
    (السابق، الناطق، التابعة), فعيل (الجديد، الكبير، الجديدة), an elative (الأعلى، الأسبق), or one of the short
    adjectives (cues adjectives_after_titles: العام، الخاص، الأول)."""
    bare = norm[2:]
    if len(bare) < 3:
        return True
    return (bare.endswith(("ي", "يه", "يين", "يون", "يات")) or bare[0] == "م"
            or len(bare) == 4 and (bare[1] == "ا" or bare[2] == "ي" or bare[0] == "ا")
            or len(bare) == 5 and bare[-1] == "ه" and (bare[1] == "ا" or bare[2] == "ي")   # التابعة، الجديدة
            or norm in _cues()["adjectives_after_titles"])


_COORDINATED = "coordinated"   # the key of a mention that joins two or more named speakers


def _name_at(sentence: _Sentence, k: int) -> tuple[Mention, int] | None:
    """A name at word k: a quoted name ("«النهار»") or a named source."""
    words = sentence.words
    n = len(words)
    if k < n and words[k].norm in ('"', "«"):
        close = _quote_close(words, k, 4)
        if close is None:
            return None
        return Mention(words[k + 1].start, words[close - 1].end, "ORG", "phrase", [], word_span=(k + 1, close)), close + 1
    found = sentence.mention_at(k)
    return found if found and found[0].type in _SOURCE_TYPES else None


def _quote_close(words: list[Word], k: int, most: int) -> int | None:
    """The closing quote of a name quoted from word k that holds at most `most` words; a
    proclitic the tokenizer cut off a word of the name (ل + حقوق in "لحقوق") is no word of its
    own: «المرصد السوري لحقوق الإنسان» is four words in five tokens."""
    inside = 0
    for m in range(k + 1, len(words)):
        if words[m].norm in ('"', "»"):
            return m if inside else None
        if not (words[m].norm in ("ل", "ب", "و") and m + 1 < len(words) and words[m].end == words[m + 1].start):
            inside += 1
        if inside > most:
            return None
    return None


def _coordinated(sentence: _Sentence, k: int) -> tuple[list[Mention], int] | None:
    """Two or more names joined by و from word k ("تاس وريا نوفوستي"، "قطر وكينيا"،
    «النهار» و«الأخبار»), with the index of the word after the last; None for one name."""
    words = sentence.words
    first = _name_at(sentence, k)
    if not first:
        return None
    parts, end = [first[0]], first[1]
    while end + 1 < len(words) and words[end].norm == "و":
        nxt = _name_at(sentence, end + 1)
        if not nxt:
            break
        parts.append(nxt[0])
        end = nxt[1]
    return (parts, end) if len(parts) > 1 else None


def _coordination(sentence: _Sentence, k: int) -> tuple[Mention, int] | None:
    """Speakers who say one thing together after "كل من" at word k ("أعلنت كل من قطر
    وكينيا …"): one source that spans them."""
    words = sentence.words
    for opener in _cues()["coordination_openers"]:
        if tuple(w.norm for w in words[k:k + len(opener)]) == opener:
            pair = _coordinated(sentence, k + len(opener))
            if pair:
                parts, end = pair
                return Mention(parts[0].start, parts[-1].end, parts[0].type, "phrase", [], parts=parts,
                               key=_COORDINATED, word_span=(k + len(opener), end)), end
    return None


def _relays_apart(claim: Claim) -> list[Claim]:
    """A claim relayed by two agencies at once is two claims, one through each: "نقلت وكالتا
    تاس وريا نوفوستي عن الكرملين" → [الكرملين, تاس] and [الكرملين, ريا نوفوستي]; originators
    who speak together stay one source."""
    sources = claim.sources
    at = next((k for k in range(1, len(sources)) if sources[k].key == _COORDINATED), None)
    if at is None:
        return [claim]
    return [c for part in sources[at].parts
            for c in _relays_apart(replace(claim, sources=sources[:at] + [part] + sources[at + 1:]))]


@lru_cache(maxsize=4096)
def _possessed(norm: str) -> bool:
    """Whether a word is a speaker head with a pronoun suffix written on it ("سموه"،
    "جلالته"، "مدير"+"ه"): the ta marbuta of the head is written ت before the pronoun."""
    heads = _cues()["speaker_heads"]
    if norm in heads:
        return False   # (ة is normalised to ه: "ابنة" is a head, not ابن + ه)
    for suffix in _cues()["object_pronouns"]:
        stem = norm[:-len(suffix)]
        if norm.endswith(suffix) and len(stem) > 1 and (
                stem in heads or marbuta_restored(stem) in heads):
            return True
    return False


def _apposition(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """The name set off by commas a few words after a title phrase that ended at word j:
    "وزير الصحة والحماية الاجتماعية، خالد آيت الطالب، أن"، "النائب البرلماني عن فريق
    التقدم والاشتراكية، رشيد حموني، أن" — the title's words before the comma hold no verb,
    clause or quote."""
    words = sentence.words
    cues = _cues()
    n = len(words)
    for c in range(j, min(j + 6, n - 1)):
        norm = words[c].norm
        if norm in ("،", ","):
            break
        if words[c].is_punct or norm in cues["complementizers"] or c in sentence.times or _verb(words[c]) or \
                norm in cues["phrase_stops"] and norm not in ("و", "عن", "في", "ب", "ل", "من", "لدى"):
            return None
    else:
        return None
    if c == j or words[c + 1].norm in cues["participles"]:
        return None   # "…، موضحات أن": the participle of saying after the comma is no name
    # (an honorific or rank may open the name: "الخبير الاقتصادي المصري، الدكتور مدحت نافع، إن")
    named = _ranked_person(sentence, c + 1) if words[c + 1].norm in cues["honorifics"] else _person_at(sentence, c + 1)
    if named and named[1] < n and (words[named[1]].norm in ("،", ",") or words[named[1]].norm in cues["complementizers"]):
        return named
    return None


def _split_head(words: list[Word], k: int) -> str | None:
    """A speaker head the tokenizer split as و + a word, at word k: والي "governor" (و + إلى),
    ولي "guardian" in ولي العهد (و + لي); the two pieces written as one word."""
    if k >= len(words) or words[k].norm != "و" or k + 1 >= len(words) or words[k].end != words[k + 1].start:
        return None
    joined = "و" + words[k + 1].norm
    # (and a construct dual in و that no word of its own is left of: وكالتا → و + كالتا)
    return joined if joined in _cues()["split_heads"] or joined in _cues()["construct_duals"] and \
        words[k + 1].lemma == words[k + 1].norm[:-2] else None


def _country_within(sentence: _Sentence, k: int, j: int) -> str | None:
    """The country of a speaker phrase no entity names, from the first entity inside it that
    has one: a nisba ("وكالة الأنباء الفرنسية" → FRA), a body ("ناطق باسم الحكومة المغربية")."""
    for m in range(k, j):
        found = sentence.mention_at(m)
        if found and found[0].country:
            return found[0].country
    return None


def _counted_phrase(sentence: _Sentence, k: int) -> tuple[Mention, int] | None:
    """A speaker phrase after a number or quantity: "ثلاثة مصادر مطلعة"، "عدة مسؤولين"،
    "عدد من الشهود"، "5 مسؤولين"."""
    words = sentence.words
    n = len(words)
    if k >= n:
        return None
    norm = words[k].norm
    if not (_bare(norm) in _cues()["quantifiers"] or norm.isdigit()):
        return None
    j = k + 1
    if _bare(norm) in _cues()["quantity_nouns"] and not (j < n and words[j].norm == "من"):
        return None   # "عدد اللاجئين" is the number of refugees, not "عدد من اللاجئين"
    if j < n and words[j].norm == "من":
        j += 1
    phrase = _phrase(sentence, j)
    if not phrase or phrase[0].via != "phrase" or phrase[0].type != "GROUP":
        return None
    m = phrase[0]
    return Mention(words[k].start, m.end, m.type, "phrase", [], anonymous=m.anonymous,
                   word_span=(k, phrase[1])), phrase[1]


def _ranked_person(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """The person a rank or honorific at word j titles, past the words that qualify the rank
    ("العميد المتقاعد نضال …"، "العقيد الركن …"): a title phrase goes on to the person who
    holds it."""
    words = sentence.words
    k = j + 1
    while k < len(words) and k - j <= 2 and words[k].norm in _cues()["rank_qualifiers"]:
        k += 1
    return _person_at(sentence, k) or _bare_name_after_rank(sentence, k)


def _bare_name_after_rank(sentence: _Sentence, k: int) -> tuple[Mention, int] | None:
    """Two to four words without the article from word k, right after a rank or honorific that follows
    a title ("رئيس المفوضية القاضي جليل عدنان خلف إن"، "رئيس المحكمة القاضي فائق زيدان في"), up to a
    mark, a preposition, a complementizer or a time: the rank says a person is named, so words the
    language also has (جليل، خلف، فائق) are his name."""
    words = sentence.words
    cues = _cues()
    n = len(words)

    def stops(j: int) -> bool:   # a preposition, a complementizer or a time ends the name
        return words[j].norm in cues["phrase_stops"] or words[j].norm in cues["complementizers"] or j in sentence.times

    end = k
    while end < n and end - k < 4 and words[end].norm.isalpha() and not words[end].norm.startswith("ال") and \
            not stops(end) and not _verb(words[end]) and words[end].norm not in cues["object_pronouns"]:
        end += 1
    if end - k < 2 or not (end >= n or words[end].is_punct or stops(end)):
        return None
    return Mention(words[k].start, words[end - 1].end, "PER", "phrase", [], word_span=(k, end)), end


def _person_at(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    found = sentence.mention_at(j)
    if found and found[0].type == "PER":
        # "على" spelled with its alif maqsura is the preposition, never the given name علي
        # (normalised alike): "وعلق الوزير على الحادث" names no minister "علي الحادث"
        return None if sentence.text.startswith("على", found[0].start) else found
    return _name_after(sentence, j)


def _name_after(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """One to four name words (words no Arabic word list knows) ending where the phrase
    ends: "رئيس الهيئة فاروق بوعسكر،"."""
    words = sentence.words
    cues = _cues()
    n = len(words)
    if j >= n:
        return None   # the sentence ends on the title: no name follows
    end = j
    given = _first_name(words[j].norm)   # after a given name, a family name may take the article: سليم الحداد
    linked = 0   # a linker and its word are one name ("عبد القادر عبد الرحمن آدم" is three names)
    while end < n and end - j < 4 + linked and not words[end].is_punct and end not in sentence.times and \
            not (words[end].norm.startswith("ال") and words[end].norm not in sentence.known and
                 (end == j or not _is_name_word(words[end].norm[2:]))
                 and not (end > j and (words[end - 1].norm in cues["name_linkers"] or given))) and \
            words[end].norm not in cues["phrase_stops"] and \
            words[end].norm not in cues["complementizers"] and words[end].norm.isalpha() and not _verb(words[end]):
        if words[end].norm in cues["name_linkers"] and end + 1 < n and linked < 2:
            linked += 1
        end += 1
        inner = _person_mention_at(sentence, end) if end < n and end - j < 4 + linked else None
        if inner is not None:
            return inner   # "آية الله السيد | علي خامنئي": the named person closes the honorifics before it
    if any(words[m].norm in cues["object_pronouns"] and words[m].start == words[m - 1].end for m in range(j + 1, end)):
        return None   # a noun with its pronoun is no name: "تعليق مشاركته" (مشاركت + ه)
    if end == j or not (given or any(_is_name_word(w.norm) for w in words[j:end])
                        or any(_family_name(w.norm) for w in words[j + 1:end])
                        or any(w.norm in cues["name_linkers"] for w in words[j:end - 1])
                        or all(w.norm in sentence.known for w in words[j:end])) or \
            (end < n and not (words[end].is_punct or words[end].norm in cues["phrase_stops"]
                              or words[end].norm in cues["complementizers"] or end in sentence.times
                              or _object_after_name(sentence, j, end))):
        return None
    return Mention(words[j].start, words[end - 1].end, "PER", "phrase", [], word_span=(j, end)), end


def _person_mention_at(sentence: _Sentence, k: int) -> tuple[Mention, int] | None:
    """A person the entities stage named at word k, not the preposition على read as the name علي."""
    found = sentence.mention_at(k)
    if found and found[0].type == "PER" and found[0].via != "role" and not sentence.text.startswith("على", found[0].start):
        return found
    return None


def _object_after_name(sentence: _Sentence, j: int, end: int) -> bool:
    """Whether the word at `end`, right after name words j..end-1 that follow a title, is the verb's definite
    object, so that the name ends there: a definite word of the language that no mention starts ("ودان
    وزير الأمن الداخلي غلعاد إردان | الحادث"، "ودان الرئيس الفرنسي فرنسوا هولاند | الهجوم"), with no
    mention of a place or body among the name words (a name the entities stage reads so is no person's)."""
    words = sentence.words
    norm = words[end].norm
    if not norm.startswith("ال") or _is_name_word(norm[2:]) or _family_name(norm) or sentence.mention_at(end):
        return False
    return not any((found := sentence.mention_at(m)) and found[0].type != "PER" for m in range(j, end))


def _family_name(norm: str) -> bool:
    """A family name with the article after a given name: a nisba no word list knows
    ("المرشدي"، "الشوبكي"، "الكواري"), as Arab family names are written."""
    return norm.startswith("ال") and norm.endswith("ي") and len(norm) >= 6 and _is_name_word(norm[2:])


def _first_name(norm: str) -> bool:
    """A given name the knowledge base knows people by, or a common given name of Arabic
    news (محمد، وليد، سليم)."""
    return norm in _given_name_set()


@lru_cache(maxsize=1)
def _given_name_set() -> frozenset[str]:
    from khabar.entities.recognise import _first_names, _given_names
    from khabar.knowledge import knowledge_base

    return _first_names(knowledge_base()) | _given_names()


@lru_cache(maxsize=8192)
def _is_name_word(norm: str) -> bool:
    from khabar.text.clitics import _zipf_table
    from khabar.text.lexicon import default_lexicon

    if norm.startswith("ال") or not norm.isalpha() or norm in _cues()["phrase_stops"]:
        return False
    lexicon = default_lexicon()
    if norm not in lexicon and any(stem in lexicon or _abstract_noun(stem, lexicon) for stem in _pronoun_stems(norm)):
        return False   # a noun with its pronoun is no name: "دعمها"، "مشاركته"، "جاهزيته"
    if norm not in lexicon and len(norm) >= 4 and norm.endswith("ا") and _zipf_table().get(norm[:-1], 0) >= 3:
        return False   # nor a noun in the accusative (tanween written ا): "تقريرا"، "بيانا"
    return norm not in lexicon or _zipf_table().get(norm, 0) < 2.5


def _abstract_noun(stem: str, lexicon) -> bool:
    """An abstract noun in ـية made on a word the lexicon knows (جاهزية on جاهز، مسؤولية on
    مسؤول), normalised so (ة → ه): the word lists leave many of them out, and with a pronoun
    after them ("وأكد الفريق الأول جاهزيته") they are no name after a rank."""
    return stem.endswith("يه") and len(stem) >= 5 and stem[:-2] in lexicon


def _pronoun_stems(norm: str) -> list[str]:
    """What a word may be without a pronoun suffix (ت before it restored to ة, normalised ه)."""
    out = []
    for suffix in _cues()["object_pronouns"]:
        stem = norm[:-len(suffix)]
        if norm.endswith(suffix) and len(stem) >= 3:
            out.append(marbuta_restored(stem))
    return out


def _subject_after(sentence: _Sentence, k: int) -> tuple[Mention, int] | None:
    """The subject starting at word k: an entity (a person may come after their title:
    "وأكد المتحدث باسم الجيش … فلان"), or a speaker phrase."""
    words = sentence.words
    cues = _cues()
    n = len(words)
    while k < n and k in sentence.times:
        k += 1
    headed = _named_body_head(sentence, k)
    if headed is not None:
        return headed
    if k + 2 < n and words[k].norm in ('"', "«"):   # a quoted name: وقالت «حماس»، وتقول «يونيسيف» إن
        close = _quote_close(words, k, 4)
        after = close + 1 if close is not None else n
        inner = sentence.mention_at(k + 1) if close is not None else None
        named = inner is not None and inner[1] == close and inner[0].type in _SOURCE_TYPES
        if named and not _ends_sentence(words, after) and not words[after].is_punct:
            return inner[0], close + 1   # a named body with its object: "وتبنى "داعش" الهجوم"
        if close is not None and not _ends_sentence(words, after) and \
                (words[after].is_punct or words[after].norm in cues["complementizers"]
                 or words[after].norm in ("عن", "من")   # "علمت «الشروق» من مصادر"
                 or _occasion_at(words, after)):   # "وقالت «حماس» في بيان إن"
            if named:
                return inner[0], close + 1
            return Mention(words[k + 1].start, words[close - 1].end, "ORG", "phrase", [],
                           word_span=(k + 1, close)), close + 1
    if _split_head(words, k):
        return _phrase(sentence, k)   # "وقال والي بنك المغرب"
    if k < n and words[k].norm == "كل":
        together = _coordination(sentence, k)
        if together:
            return together
    if k + 1 < n and words[k].norm in cues["honorifics"]:
        named = sentence.mention_at(k + 1)   # "وأوضح السيد لفتيت أن": the person after the honorific
        if named and named[0].type == "PER":
            return named
    if k >= n or words[k].norm in cues["complementizers"] or words[k].norm in cues["phrase_stops"]:
        return None   # a subject never opens with a preposition or "أن" ("وصفه بأنه")
    found = sentence.mention_at(k)
    if found and found[0].type not in _SOURCE_TYPES:
        found = None
    if not found and not words[k].norm.startswith("ال") and _bare(words[k].norm) in cues["report_nouns"]:
        issuer = _issuer(sentence, k)   # "وقال بيان صادر عن الرئاسة"، "وأفاد بلاغ لوزارة الداخلية"
        if issuer:
            return issuer
    for j in range(k + (1 if found else 0), min(k + 12, n)):
        norm = words[j].norm
        if words[j].is_punct or norm in cues["complementizers"] or norm == "عن":
            break   # "نقلت وكالة رويترز عن الوزير فلان": the person after عن is not the subject
        if _addressed(words, k, j):
            break   # "وقال المندوب في رسالة إلى الأمين العام": who was written to did not speak
        titled = sentence.mention_at(j)
        if titled and titled[0].type == "PER" and titled[0].role and norm not in cues["phrase_stops"] and \
                not (found and j > found[1]):
            return titled   # (after a named body only the person right after it: "وأعلن الجيش مساء
            # الثلاثاء مقتل الرقيب أول فلان" names the dead, not the speaker)
    if found:
        named = _name_of_title(sentence, found) or _name_closing_title(sentence, found)
        if named:
            return named   # "رئيس الوزراء الإثيوبي آبي أحمد": the title is a mention of the person named after it
        if found[0].type == "GROUP" and found[0].anonymous and found[1] < n and _bare(words[k].norm) in cues["speaker_heads"]:
            named = sentence.mention_at(found[1])   # a title, then the person who holds it:
            if named and named[0].type == "PER":    # "عضو المكتب السياسي لحركة حماس عزت الرشق"
                return named
        return found
    phrase = _phrase(sentence, k) or _counted_phrase(sentence, k)
    if phrase:
        return _name_closing_title(sentence, phrase) or phrase
    named = _name_after(sentence, k)   # a bare name closes the speaker part: "وتقول آمنة عبد الله، …"
    if named and (named[1] >= n or words[named[1]].is_punct or words[named[1]].norm in cues["complementizers"]
                  or all(w.norm in sentence.known for w in words[k:named[1]])):
        return named   # (a person named before goes on with anything: "وقال السمودي من على سرير العلاج")
    return None


def _named_body_head(sentence: _Sentence, k: int) -> tuple[Mention, int] | None:
    """The speaker "HEAD «NAME»" from word k: an indefinite noun of a kind of body right before a quoted name of at
    most 5 words ("مهمة "أسبيدس""، "غرفة «عمليات ثوار ليبيا»"): the generic noun and the proper name it is given are
    one body, whether or not the entities stage knows the name.  The quote must close before a comma, a
    complementizer, an occasion or a definite adjective ("التابعة للاتحاد"), so a quoted object or slogan after a
    head of another clause is not read."""
    words = sentence.words
    n = len(words)
    if k + 3 >= n or words[k].norm not in _cues()["named_body_heads"] or words[k + 1].norm not in ('"', "«"):
        return None
    close = _quote_close(words, k + 1, 5)
    if close is None or _ends_sentence(words, close + 1):
        return None
    known = sentence.mention_at(k + 2)
    known = known[0] if known and known[1] == close and known[0].type in _SOURCE_TYPES else None
    after = words[close + 1]
    cues = _cues()
    if not (after.is_punct or after.norm in cues["complementizers"] or _body_adjective(after.norm)
            or _occasion_at(words, close + 1)):
        return None   # (a definite noun that is no adjective is the verb's object: "وتبنى فصيل «X» القصف")
    if known is not None:
        return known, close + 1   # a name the entities stage knows is the source, as with no head ("وقالت «حماس»")
    return Mention(words[k].start, words[close].end, "ORG", "phrase", [], word_span=(k, close + 1)), close + 1


def _body_adjective(norm: str) -> bool:
    """Whether a word after a body's quoted name is its adjective: a definite nisba ("الأوروبية"، "المحلية") or
    "التابع/التابعة" ("التابعة للاتحاد الأوروبي"); any other definite noun may be the verb's object."""
    cues = _cues()
    return norm.startswith("ال") and (norm in cues["own_channel_markers"]
                                     or norm.endswith(cues["nisba_endings"]))


def _quoted_subject_before(sentence: _Sentence, j: int) -> Mention | None:
    """A quoted name (with its head noun: "وكانت «غرفة عمليات ثوار ليبيا» قد أعلنت"، "وكانت جماعة "أنصار الدين"
    قد قالت") that ends at word j, the closing quote, and opens its clause: the subject of a verb after it."""
    words = sentence.words
    if j < 2 or words[j].norm not in ('"', "»"):
        return None
    opening = next((o for o in range(j - 1, max(j - 7, -1), -1) if words[o].norm in ('"', "«")), None)
    if opening is None or opening == j - 1:
        return None
    start = opening - 1 if opening >= 1 and words[opening - 1].norm in _cues()["named_body_heads"] else opening
    if not _opens_subject(words, start):
        return None
    inner = sentence.mention_at(opening + 1)
    if start == opening and inner and inner[1] == j and inner[0].type in _SOURCE_TYPES:
        return inner[0]
    first = start if start < opening else opening + 1
    return Mention(words[first].start, words[j - 1].end if first > opening else words[j].end, "ORG", "phrase", [],
                   word_span=(first, j if first > opening else j + 1))


def _opens_subject(words: list[Word], start: int) -> bool:
    """Whether a subject may open at word start: the sentence's start, or after punctuation, و/ف, كان/كانت or a
    particle that opens a clause before its subject (أن، لكن، بينما)."""
    if start == 0:
        return True
    cues = _cues()
    before = words[start - 1]
    return before.is_punct or before.norm in ("و", "ف") or before.norm in cues["svo_openers"] or \
        before.norm in cues["auxiliaries"] or before.norm in {"و" + a for a in cues["auxiliaries"]}


def _name_of_title(sentence: _Sentence, found: tuple[Mention, int]) -> tuple[Mention, int] | None:
    """The name right after a title that the entities stage linked to the person holding it
    ("رئيس الوزراء الإثيوبي" → Abiy Ahmed, then "آبي أحمد"): the source is the name, as when the
    title is unlinked ("وزير الخارجية المصري سامح شكري")."""
    title, after = found
    if title.type != "PER" or not title.role:
        return None
    set_off = _name_set_off(sentence, after) or _apposition(sentence, after)
    if set_off is not None:
        return set_off   # "رئيس الوزراء العراقي، حيدر العبادي، إن": the name between commas (past the
        # title's qualifier: "الرئيس السوري للمرحلة الانتقالية، أحمد الشرع، إن")
    named = sentence.mention_at(after)
    if named is None and title.via == "role":
        return _name_after(sentence, after)   # "الرئيس الفرنسي فرنسوا هولاند الهجوم": a name the KB lacks or
        # knows by its last word only
    if not title.candidates:
        return None
    if not named or named[0].type != "PER" or named[0].role:
        return None
    held = {id(entry) for entry in title.candidates}
    return named if any(id(entry) in held for entry in named[0].candidates) else None


def _name_closing_title(sentence: _Sentence, found: tuple[Mention, int]) -> tuple[Mention, int] | None:
    """The holder named after a title that runs through a genitive or a place: "وقال أمين المجلس الأعلى
    للأمن القومي علي شمخاني إن"، "وقالت الرئيسة التنفيذية للمنظمة إيرين غور إن"، "قال رئيس مكتب … (أوتشا)
    في الأرض الفلسطينية المحتلة جوناثان ويتال عبر" — the name is the source, as after a short title
    (_name_of_title).  The title's head is one person's office (cues.yaml office_titles); a second office
    inside it owns the name ("المتحدث باسم الأمين العام فلان"، "قال الوزير للرئيس فلان"): no name then."""
    title, end = found
    words = sentence.words
    n = len(words)
    cues = _cues()
    if title.type == "PER" and (title.candidates or title.role):
        return None   # a person already (_name_of_title reads the name after a linked title)
    start = next((m for m in range(end) if words[m].start >= title.start), None)   # (its word_span may count
    # the paragraph's words, not the sentence's)
    if start is None or _bare(words[start].norm) not in cues["office_titles"]:
        return None
    genitive = False
    j = start + 1
    while j < n:
        norm = words[j].norm
        named = sentence.mention_at(j) if j >= end else None
        if named and named[0].type == "PER" and not norm.startswith("ال"):
            after = named[1]
            if not genitive or after < n and not (words[after].is_punct or after in sentence.times
                                                  or words[after].norm in cues["complementizers"]
                                                  or words[after].norm in cues["phrase_stops"]):
                return None
            return named[0], after
        if named and named[0].type != "PER":
            j = named[1]
            continue
        if norm in ("(", "«", '"') and j >= end:
            close = next((m for m in range(j + 1, min(j + 6, n)) if words[m].norm in (")", "»", '"')), None)
            if close is None:
                return None
            j = close + 1
            continue
        if norm in ("ل", "في") and j + 1 < n and words[j + 1].norm.startswith("ال"):
            genitive = True
        elif norm.startswith("ال") and not words[j].is_punct:
            if _bare(norm) in cues["office_titles"]:
                return None   # a second office owns the name after it
        elif j >= end and j > start + 1:
            if not genitive:
                return None
            named = _name_after(sentence, j)   # a name the entities stage did not read
            return named if named and named[1] < n and (words[named[1]].is_punct
                                                         or words[named[1]].norm in cues["complementizers"]) else None
        elif j >= end:
            return None
        j += 1
        if j - start > 16:
            return None
    return None


def _name_set_off(sentence: _Sentence, c: int) -> tuple[Mention, int] | None:
    """The person named between a comma at word c and the next comma (or the complementizer
    that opens the clause) right after a title: "قال رئيس الوزراء العراقي، حيدر العبادي، الأربعاء
    إن"، "وقال رئيس إقليم كوردستان، مسعود بارزاني، في بيان إن" — the apposition names who holds
    the title, and the name is the source (as with no comma: _name_of_title)."""
    words = sentence.words
    n = len(words)
    if c + 1 >= n or words[c].norm not in ("،", ","):
        return None
    cues = _cues()
    if words[c + 1].norm in cues["participles"]:
        return None   # "…، مؤكدا أن": the participle of saying after the comma is no name
    named = _ranked_person(sentence, c + 1) if words[c + 1].norm in cues["honorifics"] else _person_at(sentence, c + 1)
    if not named or named[0].type != "PER" or named[0].role or named[1] >= n:
        return None
    return named if words[named[1]].norm in ("،", ",") or words[named[1]].norm in cues["complementizers"] else None


def _addressed(words: list[Word], k: int, j: int) -> bool:
    """Whether word j opens who an occasion named between words k and j was addressed to: إلى،
    أمام or مع after "في رسالة"، "خلال كلمة"، "في اتصال" ("وقال الوزير في رسالة إلى الأمين العام
    للأمم المتحدة إن …"; "في اتصال مع نظيره فلان")."""
    cues = _cues()
    if words[j].norm not in cues["addressee_prepositions"]:
        return False
    return any(words[m].norm in cues["interview_openers"] and _bare(words[m + 1].norm) in cues["occasion_nouns"]
               for m in range(k, j - 1))


def _subject_before(sentence: _Sentence, i: int) -> tuple[Mention, int] | None:
    """The subject before the verb at word i (SVO): "إسرائيل قالت", "وكان الحزب قد أعلن",
    "غير أن شرفي نفى", "إلا أن مراقبين يعتقدون"."""
    words = sentence.words
    cues = _cues()
    j = i - 1
    for filler in _cues()["svo_fillers"]:   # "وكان الحزب قد أعلن"، "لكن المفوضية سبق أن اتهمت"
        if j - len(filler) + 1 >= 0 and tuple(w.norm for w in words[j - len(filler) + 1:j + 1]) == filler:
            j -= len(filler)
            break
    if j < 0:
        return None
    for start in range(max(j - 12, 0), j):
        if words[start].norm in cues["construct_duals"] or _split_head(words, start) in cues["construct_duals"]:
            # "وكانت وكالتا «تاس» و«ريا نوفوستي» الروسيتان قد نقلتا": a dual subject and its nisba
            phrase = _phrase(sentence, start)
            if phrase and j + 1 in (phrase[1], _past_nisba(words, phrase[1])):
                return phrase[0], i + 1
            break
    if words[j].norm in _cues()["relative_pronouns"]:   # "مؤيدو التعديلات الذين رأوا"، "السلطات التي قالت"
        if i + 1 < len(words) and words[i + 1].norm in cues["object_pronouns"] and words[i + 1].start == words[i].end:
            return None   # "تشكيلة الوفد التي وصفها بأنها": the noun is the verb's object, its pronoun
        end = j - 1 if j >= 1 and words[j - 1].norm in ("،", ",") else j
        before = sentence.mention_ending_before(end)
        if before and before[0].type in ("PER", "ORG", "GPE", "GROUP"):
            return before[0], i + 1
        for start in range(end - 1, max(end - 5, -1), -1):
            phrase = _phrase(sentence, start)
            if phrase and phrase[1] == end:
                return phrase[0], i + 1
        return None
    quoted = _quoted_subject_before(sentence, j)
    if quoted is not None:
        return quoted, i + 1
    before = sentence.mention_ending_before(j + 1)
    if before and before[0].via == "nisba" and before[1] > 0 and not words[before[1] - 1].is_punct and \
            words[before[1] - 1].norm not in cues["svo_openers"] and words[before[1] - 1].norm not in ("و", "ف"):
        before = None   # a nisba after a noun is its adjective: "الجانب الأميركي نقل"
    if before and before[1] > 0 and words[before[1] - 1].norm in cues["prepositions_before_no_subject"]:
        before = None   # a noun after a preposition is no subject: "غارة في سوريا قالت إنها …" (a
        # phrase that opens the clause still is: "مسؤول في الوزارة قال")
    if before and before[0].type in ("PER", "ORG", "GPE", "GROUP"):
        return _opening_phrase(sentence, before, j) or before[0], i + 1
    start = j
    while start > 0 and j - start < 4 and not words[start - 1].is_punct and \
            words[start - 1].norm not in cues["svo_openers"] and words[start - 1].norm not in cues["auxiliaries"]:
        start -= 1
    while start < j and words[start].norm in ("و", "ف"):
        start += 1
    opened = start == 0 or words[start - 1].norm in cues["svo_openers"] or words[start - 1].is_punct or \
        words[start - 1].norm in cues["auxiliaries"] or \
        words[start - 1].norm in ("و", "ف") and (start == 1 or words[start - 2].is_punct)
    if not opened:   # a subject opens its sentence or clause: "والأطباء يؤكدون"، "…، والسكان يقولون"
        return None
    phrase = _phrase(sentence, start)
    if phrase and phrase[1] == j + 1:
        return phrase[0], i + 1
    if all(_is_name_word(w.norm) or w.norm in sentence.known for w in words[start:j + 1]):
        return Mention(words[start].start, words[j].end, "PER", "phrase", [], word_span=(start, j + 1)), i + 1
    return None


def _opening_phrase(sentence: _Sentence, before: tuple[Mention, int], j: int) -> Mention | None:
    """The speaker phrase that opens the clause and ends with the named body at words before[1]..j, when
    the body is what the phrase speaks for ("غير أن المتحدث باسم الجيش قال": the spokesman, not the army)."""
    words = sentence.words
    cues = _cues()
    start = before[1]
    if start == 0 or words[start - 1].is_punct or words[start - 1].norm in cues["svo_openers"]:
        return None   # the body opens the clause itself
    while start > 0 and before[1] - start < 4 and not words[start - 1].is_punct and \
            words[start - 1].norm not in cues["svo_openers"]:
        start -= 1
    if not (start == 0 or words[start - 1].is_punct or words[start - 1].norm in cues["svo_openers"]):
        return None
    phrase = _phrase(sentence, start)
    return phrase[0] if phrase and phrase[1] == j + 1 and phrase[0].start < before[0].start else None


def _proposition(words: list[Word], i: int) -> bool:
    """A verb at word i whose noun object is a statement: "أكد عدم وجود أزمة"، "نفى وجود اتصالات"."""
    found = _verb(words[i])
    return bool(found) and _normalised(found[0]) in _cues()["proposition_verbs"] and \
        i + 1 < len(words) and not words[i + 1].is_punct


def _opens_clause(words: list[Word], i: int) -> bool:
    """Whether the verb at word i opens its clause (so a pronoun can be its subject)."""
    if i == 0 or words[i - 1].is_punct:
        return True
    norm = words[i - 1].norm
    if norm in _cues()["clause_openers"] or _verb_of(norm, words[i - 1].lemma):
        return True
    if _said_in(words, i) and _occasion_before(words, i) is not None:
        return True   # "بكلمة قال فيها إن"، "أصدرت بيانا مشتركا أكدت فيه": a relative clause on the occasion
    return norm in _cues()["object_pronouns"] and i >= 2 and words[i - 2].norm in ("لكن", "لكنّ", "ان", "انّ")


def _occasion_before(words: list[Word], i: int) -> int | None:
    """The index of an occasion of speech that stands shortly before the verb at word i, with
    only its qualifiers between ("بيانا مشتركا"، "كلمة متلفزة"، "تصريحات أدلى بها لقناة
    فرنسية"): the noun the relative clause "قال فيها" describes; None when there is none."""
    occasions = _cues()["occasion_nouns"]
    for k in range(i - 1, max(i - 9, -1), -1):
        norm = words[k].norm
        if words[k].is_punct and norm not in ("،", ",") or _verb_of(norm, words[k].lemma) and k < i - 1 \
                and not _gave(words, k) and not (norm[:1] == "ل" and _bare(norm[1:]) in _cues()["outlet_heads"]):
            return None   # (an outlet with its ل, "لقناة", is no verb)
        bare = _bare(norm)
        if bare in occasions or bare.endswith("ا") and bare[:-1] in occasions:
            return k
    return None


def _gave(words: list[Word], k: int) -> bool:
    """Whether the verb at word k takes its statement with a pronoun after ب ("أدلى بها"،
    "أدلى به"): a verb of giving the statement, inside the phrase that names it."""
    n = len(words)
    return k + 1 < n and (words[k + 1].norm in ("به", "بها") or
                          words[k + 1].norm == "ب" and k + 2 < n and words[k + 2].norm in ("ه", "ها"))


def _occasion_relay(sentence: _Sentence, i: int) -> Mention | None:
    """The outlet an interview was given to, named between the interview and the verb that
    says what was said in it: "بتصريحات أدلى بها لقناة فرنسية زعم فيها أن" (the channel relays)."""
    words = sentence.words
    noun = _occasion_before(words, i)
    if noun is None or _bare(words[noun].norm) not in _cues()["interview_nouns"]:
        return None
    heads = _cues()["outlet_heads"]
    for k in range(noun + 1, i):
        norm = words[k].norm
        found = None
        if norm == "ل" and k + 1 < i:
            found = sentence.mention_at(k + 1) or (_phrase(sentence, k + 1) if _bare(words[k + 1].norm) in heads else None)
        elif norm[:1] == "ل" and _bare(norm[1:]) in heads:
            found = _phrase(sentence, k, lam=True)
        if found and found[1] <= i and found[0].type in ("ORG", "PER", "GPE", "GROUP"):
            return found[0]
    return None


def _past_parenthesis(words: list[Word], j: int) -> int:
    """The word after a parenthesis at j: "هيئة البث الإسرائيلية (كان) عن …"; and after a
    quoted short name (the acronym of the name before it) when a relay preposition follows:
    "وكالة الأنباء السعودية "واس" عن مصدر مسؤول" — a quote not followed by one is content."""
    n = len(words)
    if j < n and words[j].norm == "(":
        close = next((m for m in range(j + 1, min(j + 8, n)) if words[m].norm == ")"), None)
        if close is not None:
            return close + 1
    past = _past_acronym(words, j)
    return past if past < n and words[past].norm in _cues()["relay_from_words"] else j


def _subject(sentence: _Sentence, i: int) -> tuple[Mention, int] | None:
    """The named subject of the verb at word i: right after it (past an object pronoun, as in
    "وهو ما نفاه الحزب"), or right before it."""
    words = sentence.words
    k = i + 1
    if k < len(words) and words[k].norm in _cues()["object_pronouns"]:
        k += 1
    if i >= 2 and words[i - 1].norm in ("قد", "ان") and words[i - 2].norm != "ما":
        # "المفوضية سبق أن اتهمت منظمات"، "الحزب قد أعلن": a subject before قد/سبق أن is the
        # verb's; the noun after it is its object
        before = _subject_before(sentence, i)
        if before and words[i - 1].norm == "قد" or before and i >= 2 and words[i - 2].norm == "سبق":
            return before
    named = sentence.mention_ending_before(i)
    if named and named[1] >= 1 and words[named[1] - 1].norm in _cues()["complementizers"] and \
            named[0].type in ("PER", "ORG", "GPE", "GROUP"):
        return named[0], i + 1   # "إن واشنطن أبلغت إسرائيل": after إن/أن the noun is the subject
    if _after_complementizer_noun(words, i) is not None:
        return _subject_before(sentence, i)   # "وإن الجانب الأميركي نقل «تطمينات»": no speaker after it
    if _cue_gender(words[i]) == "pl" and words[i].norm not in _cues()["participles"]:
        # a verb that shows a plural subject has it as its pronoun (a verb before its named
        # subject stays singular: "وقال المحامون"): the noun after "وطالبوا" is its object
        return _subject_before(sentence, i)
    if _own_people_addressed(words, i):
        return _subject_before(sentence, i)   # "ودعا أنصاره إلى": his supporters are the object
    if _masculine_object(sentence, i, k):
        return _subject_before(sentence, i)   # "واتهمت المجلس العسكري بارتكاب مجزرة": the council is accused
    if _joined_addressee(sentence, i, k):
        return _subject_before(sentence, i)   # "…، ودعت الأطراف الخاسرة إلى": the parties are called on
    if _said_in(words, i) and _occasion_before(words, i) is not None:
        # "بحديث لصحيفة ماركا قال فيه إن": a relative clause on the occasion, its subject a
        # pronoun for who gave it, or named after فيه ("بيان قال فيه الجيش إن"); the outlet
        # before the verb is no subject
        return _subject_after(sentence, k + (1 if words[k].norm in ("فيه", "فيها") else 2))
    fronted = _relay_before_subject(sentence, k)
    if fronted:   # "وقال لـ«النهار» النائب فلان إن": the subject after the outlet told
        after = _subject_after(sentence, fronted[1])
        if after and not _same_span(after[0], fronted[0]):
            return after
    return _subject_after(sentence, k) or _subject_before(sentence, i)


def _masculine_object(sentence: _Sentence, i: int, k: int) -> bool:
    """Whether the noun at word k, right after the feminine verb at word i, opens with a definite
    masculine singular head ("الرئيس"، "المجلس"، "الجيش"), which cannot be that verb's subject: it is
    its object, the subject a pronoun for who spoke before ("وقالت اللجنة إن … واتهمت المجلس
    العسكري بارتكاب مجزرة"، "ودعت الوزيرة الجيش إلى")."""
    words = sentence.words
    if k >= len(words):
        return False
    norm = words[k].norm
    if not (norm.startswith("ال") and not norm.endswith("ه") and _bare(norm) in _cues()["speaker_heads"]) or \
            not _feminine(words[i]):
        return False   # (the cheap test of _masculine_head's first word first)
    found = sentence.mention_at(k) or _phrase(sentence, k)
    return found is not None and found[0].start == sentence.words[k].start and \
        _masculine_head(sentence.text, found[0])


def _joined_addressee(sentence: _Sentence, i: int, k: int) -> bool:
    """Whether the verb at word i, one that takes the people it addresses for object (دعا، طالب،
    حذر), is joined by "، و" to an act of speech or a claim before it in its sentence and has one
    noun phrase at word k and then the preposition of what it asks ("…، ودعت الأطراف الخاسرة إلى
    «…»"، "…، وطالب مجلس الأمن الدولي بـ«…»"): the phrase is who was addressed, the subject a pronoun
    for who spoke in the clause before (a new speaker in a later clause comes with فيما or بينما,
    or is named with the addressee after it: "ودعت الوزارة المواطنين إلى")."""
    words = sentence.words
    cues = _cues()
    found = _verb(words[i])
    if not found or _normalised(found[0]) not in cues["person_object_verbs"] or k >= len(words):
        return False
    at = i - 1 if words[i - 1].norm == "و" else i if words[i].norm.startswith("و") else None
    if at is None or at < 2 or words[at - 1].norm not in ("،", ","):
        return False
    if not any(_speech_act(w) or _verb_of(w.norm, w.lemma) for w in words[:at - 1]):
        return False   # (no speaker before to go on from)
    phrase = sentence.mention_at(k) or _phrase(sentence, k)   # (a title and its name read as the name:
    if phrase is None or phrase[1] >= len(words):               # "المبعوث الأممي مارتن غريفيث")
        return False
    return _called_to(words, phrase[1])


def _own_people_addressed(words: list[Word], i: int) -> bool:
    """Whether the verb at word i, one that takes the people it addresses for object (دعا، طالب،
    حذر), has right after it a speaker head with the subject's pronoun on it and then the
    preposition of what they were called to or warned of: "ودعا أنصاره إلى الخروج"، "وحذرت
    مواطنيها من السفر" — they are its object, its subject a pronoun ("وقال محاميه إن" still
    has a lawyer for subject)."""
    cues = _cues()
    found = _verb(words[i])
    if not found or _normalised(found[0]) not in cues["person_object_verbs"] or i + 2 >= len(words):
        return False
    k = i + 1
    word = words[k]
    if _possessed(word.norm):
        k += 1
    elif _bare(word.norm) in cues["speaker_heads"] and words[k + 1].norm in cues["object_pronouns"] and \
            words[k + 1].start == word.end:
        k += 2
    else:
        return False
    return _called_to(words, k)


def _called_to(words: list[Word], k: int) -> bool:
    """Whether word k is the preposition of what people are called to or warned of (إلى، من، بـ)."""
    return k < len(words) and (words[k].norm in _cues()["participle_prepositions"] or words[k].norm.startswith("ب"))


def _unread_subject(sentence: _Sentence, i: int) -> tuple[Mention, int] | None:
    """The subject of the verb at word i when no head, entity or name read it: a noun phrase
    right after the verb, before its clause ("قال عالم الأوبئة في جامعة جورج تاون، فلان، إن"،
    "وأوضح المكلف بالإعلام في المديرية …، العقيد فلان، أن"), read with any head.  Not an adverb
    (آنذاك، أيضا), a state in ا (مخاطبا), a preposition or particle, a time, a verb, or a noun
    with its possessive pronoun, the object of a verb whose subject is its pronoun ("وأكد دعمه")."""
    words = sentence.words
    n = len(words)
    cues = _cues()
    if _normalised(_verb(words[i])[0]) not in cues["needs_clause"]:
        return None   # a verb that takes a noun object ("وأعلن الحداد"، "ودعا الدول إلى"): its object
    if _joined_addressee(sentence, i, i + 1):
        return None   # "…، وطالب مجلس الأمن بـ«…»": who was addressed, no speaker
    k = i + 1
    if k < n and words[k].norm in cues["object_pronouns"] and words[k].start == words[i].end:
        k += 1
    if k + 1 >= n or k in sentence.times:
        return None
    word = words[k]
    norm = word.norm
    if word.is_punct or not norm.isalpha() or norm in cues["complementizers"] or norm in cues["phrase_stops"] or \
            norm in cues["subject_adverbs"] or norm.endswith("ا") or norm[:1] in ("ب", "ل", "ك") and not norm.startswith("ال") \
            and len(norm) > 2 and not _is_name_word(norm) or _verb(word) or _cue_word(norm, word.lemma):
        return None
    if words[k + 1].norm in cues["object_pronouns"] and words[k + 1].start == word.end:
        return None   # "وأكد دعمه"، "ونفى علمه بـ": the object of the verb, its subject a pronoun
    opens = _clause_at(words, i, text=sentence.text)
    if opens is None:
        return None   # "وأكدت ضرورة الالتزام": with no clause, the noun is the verb's object
    found = _phrase(sentence, k, any_head=True)
    if not found or found[1] <= k or found[1] > opens or found[1] == opens == k + 1:
        return None   # (one noun right before أن governs it: "وأكدت ضرورة أن …")
    if found[1] == k + 1 and norm.startswith("ال") and norm.endswith(cues["nisba_endings"]):
        return None   # a lone nisba is a family name nobody was named by, or an adjective: "وقال الحلبي من …"
    end = _past_qualifier(sentence, found[1])   # "… في مستشفى الرحمة بعمان، فلان،"
    if end < n and words[end].norm in ("،", ",") and end + 1 < n:
        at = end + (2 if words[end + 1].norm in cues["honorifics"] else 1)   # "…، الدكتور فلان،"
        named = _person_at(sentence, at)   # "…، لورنس غوستن،": the person the phrase titles
        if named and named[1] < n and words[named[1]].norm in ("،", ","):
            return named
    return found


def _after_complementizer_noun(words: list[Word], i: int) -> int | None:
    """The إن/أن before the noun that is the subject of the verb at word i ("إن الجانب
    الأميركي نقل"): one to four words, no punctuation or verb, between them; None when the
    verb does not stand so."""
    if not any(w.norm in _SUBJECT_COMPLEMENTIZERS for w in words[max(i - 5, 0):i - 1]):
        return None
    cues = _cues()
    j = i - 1
    while j >= 0 and i - j <= 4 and not words[j].is_punct and words[j].norm not in cues["complementizers"] and \
            not _verb_of(words[j].norm, words[j].lemma) and words[j].norm not in cues["preverbal_particles"]:
        j -= 1
    return j if 0 <= j < i - 1 and words[j].norm in _SUBJECT_COMPLEMENTIZERS else None


_SUBJECT_COMPLEMENTIZERS = frozenset(("ان", "بان", "لان"))


def _opening(words: list[Word]) -> int:
    """The index of the first word of a sentence proper: past an agency dateline ("القاهرة
    (رويترز) -"، "واشنطن -") and the و/ف that opens it."""
    n = len(words)
    k = 0
    dash = next((j for j in range(min(10, n)) if words[j].norm in ("-", "–", "—")), None)
    if dash is not None and any(words[m].norm in (")", "(") for m in range(dash)) or \
            dash is not None and dash <= 3:
        k = dash + 1   # a dateline: "القاهرة (رويترز) -"
        while k < n and words[k].norm in ("-", "–", "—"):
            k += 1
    while k < n and words[k].norm in ("و", "ف"):
        k += 1
    return k


def _clause_subject(sentence: _Sentence) -> tuple[int, Mention] | None:
    """The subject of the sentence's first clause, as (word index, mention): after its verb
    (VSO: "وباركت حركة حماس العملية"), or before it ("وكان رئيس الأركان هرتسي هاليفي زار").
    A pronoun-subject cue later in the sentence ("…، وقالت إن", "…، معتبرا") points back to it."""
    words = sentence.words
    n = len(words)
    k = sentence.opening()
    if k < n and (words[k].norm in _cues()["adverbial_prepositions"]
                  or k + 1 < n and words[k + 1].norm in ("،", ",")
                  or k + 2 < n and words[k + 2].norm in ("،", ",")
                  and (words[k + 1].norm in _cues()["object_pronouns"] or words[k].norm in ("ب", "ل", "ك"))):
        # (a pronoun or a preposition split off the adverbial is part of it: "بدورها،"، "بدوره،")
        comma = next((j for j in range(k, min(k + 7, n)) if words[j].norm in ("،", ",")), None)
        if comma is not None:   # an opening adverbial: "وفي بيروت،", "من جهتها،"
            k = comma + 1
            while k < n and words[k].norm in ("و", "ف"):
                k += 1
    if k >= n:
        return None
    while k < n and words[k].norm in _cues()["additive_openers"]:   # "كما دان التحالف الهجوم، متهما …"
        k += 1
    if k >= n:
        return None
    if words[k].norm in _cues()["auxiliaries"]:   # "وكان رئيس الأركان … زار"
        found = _subject_after(sentence, k + 1)
        return (k + 1, found[0]) if found else None
    while k < n and words[k].norm in _cues()["preverbal_particles"]:   # "ولم يعرف المسؤولون"
        k += 1
    found = sentence.mention_at(k)
    if found and found[0].type in ("PER", "ORG", "GPE", "GROUP") and not _verb(words[k]):
        return k, found[0]
    found = _subject_after(sentence, k + 1)
    return (k + 1, found[0]) if found else None


# -- claims -----------------------------------------------------------------------------
@dataclass
class _State:
    """What earlier sentences and clauses leave for the next cue."""

    governing: Mention | None = None       # the according-to source now in force
    governed: frozenset[str] = frozenset()  # the words of the speakers it relays
    paragraph_only: bool = False           # … for its own paragraph only (opened by a verb)
    opened_here: bool = False              # … opened (with a reporting verb) in this paragraph
    last_sources: list[Mention] | None = None
    known: set[str] = field(default_factory=set)   # family names of the people who spoke
    known_spans: set[tuple[int, int]] = field(default_factory=set)
    previous: Any = None                   # the sentence before (or its words), when it made no claim
    open_quote: Claim | None = None        # a claim whose quote has not closed yet
    speakers: list[list[Mention]] = field(default_factory=list)   # the chains of this and the last paragraph's claims
    speakers_before: int = 0               # how many of them the last paragraph left
    genders: dict[str, str] = field(default_factory=dict)   # a speaker's gender ("f"/"m") by the words of their name,
    # read off the verb that agreed with them ("قالت بيربوك" → f)


def _open_quote(words: list[Word], claim: Claim) -> bool:
    """Whether a quote the claim's content opens is still open at the sentence's end ("قال: "… .)."""
    norms = [w.norm for w in words]
    if not (norms.count('"') % 2 == 1 or norms.count("«") > norms.count("»") or norms.count("“") > norms.count("”")):
        return False
    last = max(k for k, norm in enumerate(norms) if norm in ('"', "«", "“"))
    return claim.content[0] <= words[last].start < claim.content[1]


def _quote_goes_on(sentences: list[tuple[list[Word], list[Mention], bool]], index: int) -> bool:
    """Whether a quote left open at the end of the last paragraph goes on in the paragraph that
    opens at sentence `index`: its first quote mark closes one («…» ends in it), or the paragraph
    opens with a quote mark, as a quote over paragraphs is written again at each."""
    for at in range(index, len(sentences)):
        words, _, first = sentences[at]
        if first and at > index:
            return False
        for k, word in enumerate(words):
            if word.norm in _OPENING_QUOTES or word.norm in ("»", "”"):
                return at == index and k == 0 or word.norm in ("»", "”") or \
                    word.norm == '"' and not (at == index and k == 0) and \
                    sum(1 for w in words if w.norm == '"') % 2 == 1
    return False


def _previous_subject(state: _State, gender: str | None = None) -> Mention | None:
    """The subject of the sentence before, when that sentence made no claim, its subject can
    speak and agrees with the cue's gender — by the subject's own form and by the verb it took
    ("ورفع البنك سعر الفائدة. وقال في بيان إن …"); not "وتشهد ليبيا انقساما. وأضاف أن …",
    whose feminine verb tells the masculine cue goes back to the speaker before."""
    if state.previous is None:
        return None
    if isinstance(state.previous, tuple):
        state.previous = _Sentence(*state.previous)
    previous = state.previous
    clause = previous.clause_subject()
    if not (clause and clause[1].type in ("PER", "ORG", "GPE", "GROUP")):
        return None
    at, subject = clause
    if not _agrees(previous.text, subject, gender, state):
        return None
    if gender == "m" and at > 0 and _feminine_verb(previous.words[at - 1]):
        return None
    return subject


def _feminine_verb(word: Word) -> bool:
    """Whether any verb, with its و/ف, is feminine: "وتشهد"، "واعتقلت" — not a masculine one whose
    stem opens or ends with ت ("وتقدم الجيش"، "وسكت"), told by its lemma."""
    norm = word.norm[1:] if word.norm[:1] in ("و", "ف") and len(word.norm) > 3 else word.norm
    lemma = _normalised(word.lemma) if word.lemma else ""
    if lemma and norm == lemma:
        return False
    if lemma.startswith("ت") and norm.startswith("ت") and not norm.startswith("تت"):
        return norm.endswith("ت") and len(norm) > len(lemma)   # تقدمت، not تقدم
    return _feminine(replace(word, norm=norm))


def _in_time(words: list[Word], spans: list[tuple[int, int]]) -> frozenset[int]:
    """Indices of the words that stand inside one of the (start, end) time spans."""
    if not spans:
        return frozenset()
    inside: set[int] = set()
    for a, b in spans:
        inside.update(range(bisect.bisect_left(words, a, key=_start_of), bisect.bisect_left(words, b, key=_start_of)))
    return frozenset(inside)


def find_claims(sentences: list[tuple[list[Word], list[Mention], bool]], text: str,
                times: list[list[tuple[int, int]]] | None = None, calls: list[Claim] | None = None) -> list[Claim]:
    """Claims in a paragraph's sentences (words, mentions, is_first_of_paragraph); `times`
    gives, per sentence, the (start, end) of its time expressions.  `calls`, when given, receives the
    calls told without a quote (no claims, but who called is the REQUEST event's actor)."""
    claims: list[Claim] = []
    state = _State()
    cues = _cues()
    participles = cues["participles"]
    for index, (words, mentions, first) in enumerate(sentences):
        if first:
            state.opened_here = False
            if state.open_quote is not None and not _quote_goes_on(sentences, index):
                state.open_quote = None
            del state.speakers[:state.speakers_before]   # a pronoun reaches back one paragraph at most
            state.speakers_before = len(state.speakers)
            if state.paragraph_only:   # a relay opened by a verb governs its own paragraph only
                state.governing, state.paragraph_only = None, False
        for mention in mentions:
            if mention.type == "PER" and (mention.start, mention.end) not in state.known_spans:
                # "الزميل علي السمودي" … "وقال السمودي": a person named before, by family name
                state.known_spans.add((mention.start, mention.end))
                state.known.update(_normalised(w) for w in text[mention.start:mention.end].split()[1:])
        candidates = _candidates(words)
        if candidates and _has_quote(text, words[0].start, words[-1].end):
            quoted = _quoted(words)   # a verb inside a quote is the speaker's own word: "نرى"، "أقول"
            candidates = [k for k in candidates if k not in quoted]
        if state.open_quote is not None and words:
            # a quote that goes on over sentences: its words are the speaker's, no new cues (a
            # paragraph may open the quote again: the mark at its first word closes nothing)
            reopened = 1 if first and words[0].norm in _OPENING_QUOTES else 0
            close = next((k for k, w in enumerate(words[reopened:], reopened) if w.norm in ('"', "»", "”")), None)
            end = close - 1 if close else len(words) - 1
            if end >= 0:
                state.open_quote.content = (state.open_quote.content[0], words[end].end)
            if close is None:
                continue
            state.open_quote = None
            candidates = [k for k in candidates if k > close]
        if not candidates:
            state.previous = (words, mentions, text)   # (its subject is read only if asked for)
            continue   # no cue in the sentence
        sentence = _Sentence(words, mentions, text, _in_time(words, times[index]) if times else frozenset(),
                             state.known)
        made = len(claims)
        here: list[tuple[int, Claim]] = []        # this sentence's claims, by cue word
        next_i = 0
        for i in candidates:
            if i < next_i:
                continue
            word = words[i]
            length = _contained_at(words, i)
            if length:
                claim = _contained(sentence, i, length, state)
                if claim:
                    claims.append(claim)
                    here.append((i, claim))
                    state.last_sources = claim.sources
                    continue
            length = _according_at(words, i)
            if length:
                claim, next_i = _according_to(sentence, i, length, here, state)
                if claim:
                    claims.append(claim)
                    here.append((i, claim))
                    state.last_sources = claim.sources
                continue
            if here and _in_speaker_part(word, here):
                continue   # "وقال شاهد عيان يدعى أحمد إن": a verb in who spoke reports nothing
            if here and _after_pronoun_complementizer(words, i) and \
                    any(claim.content[0] == word.start for _, claim in here):
                continue   # "وقال الجيش إنه يعتقد أن": the same speaker's one claim, its certainty read
            spoken = cues["speech_verbal_nouns"].get(word.norm)
            if spoken:
                claim = _verbal_noun_claim(sentence, i, spoken)
                if claim:
                    claims.append(claim)
                    here.append((i, claim))
                    state.last_sources = claim.sources
                    continue
            participle = participles.get(word.norm)
            by_noun = not participle and word.norm in cues["saying_after_bi"] and i > 1 and \
                words[i - 1].norm == "ب" and i + 1 < len(words) and words[i + 1].norm in cues["complementizers"]
            if by_noun:
                participle = "asserted"   # "واختتم كلمته بالقول إن …": as a participle of saying
            if participle:
                if _gesture(words, i) or _thereby(words, i):
                    continue   # "…، ملوحا بيده للصحفيين": a gesture, no report; "معلنين بذلك": an act's sense
                lacks = _lacks_object(words, i)
                if lacks and word.norm not in cues["call_participles"]:
                    continue   # "محملا الحكومة المسؤولية": blame, no words quoted
                call = lacks   # "…، داعيا إلى الهدوء": an unquoted call, kept for whose call it is (the event)
                if word.norm in cues["declaring_participles"] and _declares_decision(words, i):
                    continue   # "…، معلنا الحداد العام": declared, no statement
                if i > 0 and (words[i - 1].norm in ("،", ",", "و") or by_noun or _bare_participle(words, i, here)):
                    # "…، مشيرة إلى أن …": the subject of the clause before goes on
                    sources = _antecedent(sentence, i, here, state)
                    after = i + 1
                    broadcast = _broadcast(sentence, after) if sources else None
                    if broadcast and broadcast.own:
                        after = broadcast.end   # "…، مؤكدا في كلمة بثها التلفزيون الرسمي أن": the platform
                    elif broadcast and not any(_same_span(broadcast[0], s) for s in sources):
                        # "…، مؤكدا في بيان نشره المكتب الإعلامي أن …": the outlet relays it
                        sources, after = sources + [broadcast[0]], broadcast[1]
                    elif sources and len(sources) == 1:
                        told = _told(sentence, after)
                        if told and not _same_span(told[0], sources[0]):
                            # "…، قائلا في تصريح لقناة «الجزيرة مباشر» إن": the outlet it told relays it
                            sources, after = sources + [told[0]], told[1]
                    start, end = _content(sentence, after)
                    if sources and end > start:
                        claim = Claim("paraphrase", (word.start, word.end), (start, end), list(sources),
                                      _certainty_in(sentence, start, participle),
                                      _participle_platform(sentence, i, sources, here))
                        claim.said = not (call or word.norm in cues["declaring_participles"] and _announces(sentence, i))
                        claim.call = call
                        claims.append(claim)
                        here.append((i, claim))
                continue
            passive = _passive(word, text)
            if passive:
                # "وقيل إن …"، "ويُعتقد أن …": no one holds it; "معتقلين يُعتقد أنهم": no clause of its own
                claim = _passive_claim(sentence, i, passive) if _opens_clause(words, i) and \
                    not _negated(words, i) else None
                if claim:
                    claims.append(claim)
                    here.append((i, claim))
                continue
            if _aside(words, i):
                continue   # "ويذكر أن …"، "يشار إلى أن …": the editor's own aside, no one's report
            verb = _verb(word, text)
            if verb and _relative_judgement(sentence, i, verb[0]):
                continue   # "التي تعتبرها واشنطن منظمة إرهابية": a judgement, no report
            if verb and (_naming(word, text) or _amount(words, i) or _predicate_noun(words, i)
                         or _adjective(sentence, i) or _governed_noun(words, i)):
                continue   # "شاب يدعى محمد": "is called", not ادعى "claimed"
            if verb and _absolute_object(words, i, verb[0]):
                continue   # "نفى نفيًا قاطعًا": the verbal noun of the verb before is no new verb
            if verb and _negated(words, i):
                verb = _negated_report(words, i, verb[0])   # "ولم يستبعد الوزير أن": hedged
            if verb and not _describes(words, i) and _reports(words, i, verb[0], text) and \
                    not (i > 0 and _anonymity(words, i) is not None):   # "…، طالبا عدم نشر اسمه": a request
                if here and _relays_as_said(sentence, i, verb[0], here):
                    continue   # "قال X إن …، كما نقلت عنه صحيفة Y": Y relayed what X said
                claim = _reported(sentence, i, verb[1], here, state)
                if claim:
                    claim.said = not (verb[0] in cues["declaring_verbs"] and _announces(sentence, i))
                    claims.append(claim)
                    here.append((i, claim))
                    state.last_sources = claim.sources
                    if first and i <= max(1, sentence.opening()) and len(claim.sources) > 1 and \
                            not _told_by_speaker(sentence, i, claim):
                        # "ونقلت وكالة X عن مصادر …" opening a paragraph: X relays what follows
                        state.governing, state.opened_here = claim.sources[-1], True
                        state.governed = _speaker_words(text, claim.sources[0])
                        state.paragraph_only = True
        _bound_contents(words, here, text)
        if here:
            last = max((claim for _, claim in here), key=lambda c: c.cue[0])
            if last.kind == "quote" and _open_quote(words, last):
                state.open_quote = last
        state.previous = sentence if len(claims) == made else None
        for at, claim in here:
            state.speakers.append(claim.sources)
            if len(claim.sources) == 1 and claim.cue[0] == words[at].start:
                gender = _cue_gender(_gender_word(words, at))   # "وقالت بيربوك": she is a woman
                if gender in ("m", "f") or gender and claim.sources[0].type == "PER":
                    # (a body too: "وقال الجيش" … "وأضافت" is not the army)
                    state.genders.setdefault(_gender_key(text, claim.sources[0]), gender)
        for claim in claims[made:]:
            for source in claim.sources:
                if source.type == "PER" and (source.start, source.end) not in state.known_spans:
                    state.known_spans.add((source.start, source.end))   # "محمد شرفي" … "غير أن شرفي نفى"
                    state.known.update(normalise_word(w) for w in text[source.start:source.end].split()[1:])
    if calls is not None:
        calls.extend(claim for claim in claims if claim.call)
    return [apart for claim in claims if claim.said or not claim.call and _reported_announcement(text, claim)
            for apart in _relays_apart(claim)]


def _reported_announcement(text: str, claim: Claim) -> bool:
    """Whether an announced act (a claim not said) is reported by an outlet through an according-to phrase
    after it ("أعلن الجيش اعتقال 11 شخصا، وفق ما نقلت وكالة تاس"): that report is the claim [announcer,
    outlet] (not a statement's carrier before the object: "أعلن التنظيم، في بيان نشرته وكالة أعماق، …")."""
    if len(claim.sources) < 2:
        return False
    between = text[claim.cue[1]:claim.sources[-1].start].split()
    return relayed_by_report([normalise_word(w) for w in between])


def _head_of(text: str, mention: Mention) -> str:
    """The normalised head noun of a source, without its article: "دبلوماسي خليجي" → دبلوماسي."""
    first = text[mention.start:mention.end].split()
    return _bare(_normalised(first[0])) if first else ""


def _head_definite(text: str, mention: Mention) -> bool:
    """Whether a source opens with a word with the article ("المصدر"، not "مصدر أمني")."""
    return _normalised(text[mention.start:mention.end].split()[0]).startswith("ال")


def _named_before(sentence: _Sentence, subject: tuple[Mention, int], here: list[tuple[int, Claim]]) -> Mention:
    """The source an unnamed speaker's bare definite head points back to in its own sentence: "ونقلت
    رويترز عن مصدر أوكراني زعمه أن …، وهو ما وصفه المصدر بأنه …" — the source named before.  In a later
    sentence ("وقال مصدر أمني إن … . وأضاف المصدر أن") the head stands as written, as the dev gold
    has it (15 such sources in 8 articles, none resolved across sentences); so does a head with a
    qualifier of its own ("المصدر ذاته"، "المسؤول الأمريكي")."""
    mention, end = subject
    span = mention.word_span
    if mention.via != "phrase" or not span or span[1] - span[0] != 1 or not here:
        return mention
    norm = sentence.words[span[0]].norm
    if not norm.startswith("ال") or _bare(norm) not in _cues()["anonymous_heads"]:
        return mention
    for _, claim in reversed(here):   # (named earlier in the same sentence: "عن مصدر … وهو ما وصفه المصدر")
        for source in claim.sources:
            if source.anonymous and not _head_definite(sentence.text, source) and \
                    _head_of(sentence.text, source) == _bare(norm):
                return source
    return mention


def _adjective(sentence: _Sentence, i: int) -> bool:
    """Whether the word at i is an adjective that has a verb's form (adjective_forms), after the
    indefinite noun it qualifies: "وساد هدوء حذر المدينة" (no "warned"); a word with the article,
    a name's last word or a function word before it leaves it a verb ("لكنه حذر"، "بايدن حذر")."""
    cues = _cues()
    words = sentence.words
    if i == 0 or words[i].norm not in cues["adjective_forms"]:
        return False
    before = words[i - 1]
    return not (before.is_punct or before.norm.startswith("ال") or sentence.mention_ending_before(i)
                or before.norm in cues["clause_openers"] or before.norm in cues["svo_openers"]
                or before.norm in cues["relative_pronouns"] or before.norm in cues["preverbal_particles"]
                or before.norm in cues["subject_pronouns"] or before.norm in cues["as_said"]
                or before.norm in cues["phrase_stops"] or before.norm in cues["future_particles"])


_NOUN_PREPOSITIONS = frozenset(("في", "الي", "علي", "عن"))


def _governed_noun(words: list[Word], i: int) -> bool:
    """Whether a word with a verb's form right after a preposition (في، إلى، على، عن) that stands apart is
    the noun the preposition governs: "في صرح زايد المؤسس" is "in Zayed's edifice", not "Zayed declared"."""
    return i > 0 and words[i - 1].norm in _NOUN_PREPOSITIONS and words[i - 1].end < words[i].start


def _preposition(words: list[Word], i: int) -> bool:
    """Whether the word at i is a preposition that has a verb's form (preposition_forms): it is
    a verb only where a clause opens, after و or ف, a punctuation mark or at the start, and
    with no pronoun joined to it ("بينها"، "بينهم": among them)."""
    if words[i].norm not in _cues()["preposition_forms"]:
        return False
    if i + 1 < len(words) and words[i + 1].norm in _cues()["object_pronouns"] and words[i + 1].start == words[i].end:
        return True   # "، بينها «انتقام»": "among them"
    return not (i == 0 or words[i - 1].is_punct or words[i - 1].norm in ("و", "ف"))


def _participle_platform(sentence: _Sentence, i: int, sources: list[Mention],
                         here: list[tuple[int, Claim]]) -> str | None:
    """The platform of a participle's claim: one named after it ("مشيرا في تغريدة على إكس"), else
    that of the claim of the same speaker it goes on with ("قال في خطاب متلفز إن …، مؤكدا أن")."""
    named = sentence.platform_from(i)
    if named:
        return named
    return next((claim.platform for at, claim in reversed(here)
                 if at < i and claim.sources and _same_span(claim.sources[0], sources[0])),
                sentence.own_channel_before(i))   # "تبنت الحركة الهجوم في بيان بثته إذاعتها …، زاعمة أن"


def _thereby(words: list[Word], i: int) -> bool:
    """"بذلك"/"بهذا" right after the participle at word i, with no clause after it: what an act
    amounted to, no report ("…، معلنين بذلك مقاطعتهم للتصويت"; "مؤكدا بذلك أن …" still reports)."""
    cues = _cues()
    k = i + 1
    if k + 1 < len(words) and words[k].norm == "ب" and words[k + 1].norm in cues["thereby_bare"]:
        k += 2
    elif k < len(words) and words[k].norm in cues["thereby"]:
        k += 1
    else:
        return False
    return not (k < len(words) and words[k].norm in cues["complementizers"])


def _lacks_object(words: list[Word], i: int) -> bool:
    """Whether the participle at word i reports only with an object (participle_objects) and a
    quote in its clause, and lacks either: "محمّلة السلطات «المسؤولية»" reports; "محملة
    بالمساعدات" and "محملا الحكومة المسؤولية" (blame, no words quoted) do not.  A participle of
    quote_participles needs the quote alone: "مشيدا بـ«الجهود»" reports, "مشيدا بجهودهم" does not; one of
    charge_participles a quote or a clause: "متهما الرباط بـ«خرق» الاتفاق" reports, "متهمة قطر بدعم الإرهاب"
    does not."""
    cues = _cues()
    wanted = cues["participle_objects"].get(words[i].norm)
    quote_only = words[i].norm in cues["quote_participles"]   # "مشيدا بـ«…»": praise, with its quote only
    charge = words[i].norm in cues["charge_participles"]   # "متهما الرباط بـ«خرق»": a charge, with its quote or clause
    if wanted is None and not quote_only and not charge:
        return False
    clause = []
    for word in words[i + 1:]:
        if word.is_punct and word.norm not in _QUOTES:
            break
        clause.append(word.norm)
    quoted = any(w in _QUOTES for w in clause)
    if charge:
        return not (quoted or any(w in cues["complementizers"] for w in clause))
    return not quoted if wanted is None else not (any(w in wanted for w in clause[:6]) and quoted)


def _gesture(words: list[Word], i: int) -> bool:
    """ب + a part of the body right after the participle at word i: "ملوحا بيده"، "مشيرا بإصبعه"."""
    gestures = _cues()["gestures"]
    k = i + 1
    if k < len(words) and words[k].norm == "ب":
        k += 1
        return k < len(words) and words[k].norm in gestures
    return k < len(words) and words[k].norm in gestures and words[k].norm[:1] == "ب"


def _bare_participle(words: list[Word], i: int, here: list[tuple[int, Claim]]) -> bool:
    """A participle of saying with no comma before it, as agency copy writes it ("أن حجم
    التعهدات فاق التوقعات مؤكدا أن …"، "وهو ما نفته مصادر عسكرية مؤكدة أن …"): it goes on
    with a claim made before it in the sentence when its own clause opens right after it
    (أن، إلى أن، من أن), and not as the predicate of كان and its sisters ("بات مؤكدا أن").  With
    no claim before it, it goes on with the subject of the clause of an act ("وختم الوزير حديثه
    قائلا إن …"، "وغادر الرئيس القاعة مؤكدا أن …")."""
    cues = _cues()
    if words[i - 1].norm in cues["copulas"] or words[i - 1].is_punct and words[i - 1].norm not in _QUOTES:
        return False
    marks = cues["complementizers"]
    k = i + 1
    if k < len(words) and words[k].norm in cues["participle_prepositions"]:
        k += 1
    return k < len(words) and words[k].norm in marks and words[k].norm not in _QUOTES


def _in_speaker_part(word: Word, here: list[tuple[int, Claim]]) -> bool:
    """Whether a word stands between a claim's cue and its content, among the words that
    say who spoke ("شاهد عيان يدعى أحمد"، "مصدر، طلب عدم ذكر اسمه،")."""
    return any(claim.cue[1] <= word.start < claim.content[0] for _, claim in here)


def _verbal_noun_claim(sentence: _Sentence, i: int, certainty: str) -> Claim | None:
    """A verbal noun of saying in construct with its speaker and the clause it reports: "بعد
    أيام من إعلان وزير الخارجية الأمريكي أن …"، "رغم نفي موسكو أن …"."""
    words = sentence.words
    if _negated(words, i):
        return None
    subject = _subject_after(sentence, i + 1)
    if not subject:
        return None
    sources, after = _with_relay(sentence, (subject[0], _past_parenthesis(words, subject[1])))
    if after < len(words) and words[after].norm in ("،", ","):
        # a parenthesis between the speaker and the clause: "بلينكن، في السابع من يناير، أن"
        close = next((k for k in range(after + 1, min(after + 9, len(words))) if words[k].is_punct), None)
        if close is not None and words[close].norm in ("،", ","):
            after = close + 1
    content = _clause_content(sentence, after)
    if content is None:
        return None
    start, end = content
    return Claim("paraphrase", (words[i].start, words[i].end), (start, end), sources,
                 _certainty_in(sentence, start, certainty), sentence.platform_from(i))


def _aside(words: list[Word], i: int) -> bool:
    """"ويذكر أن …"، "يذكر أن …"، "ويشار إلى أن …": a form of passive_excluded with no subject,
    its clause right after it (not "ويذكر التقرير أن", whose subject follows)."""
    cues = _cues()
    norm = words[i].norm
    if not _listed(norm, cues["passive_excluded"]):
        return False
    k = i + 1
    if k < len(words) and words[k].norm in ("الي", "ب"):
        k += 1
    return k < len(words) and words[k].norm in cues["complementizers"]


def _amount(words: list[Word], i: int) -> bool:
    """Whether word i is the noun of amount with the pronoun of what it measures, after an
    indefinite noun ("غرامة مالية قدرها 500 ألف دينار"، "بقيمة قدرها مليار دولار"): no verb
    "estimated" — that one stands after a conjunction, a particle or a relative ("وقدرها"،
    "التي قدرها") or after its definite subject ("الخسائر قدرها خبراء")."""
    cues = _cues()
    if words[i].norm not in cues["amount_nouns"] or i == 0 or i + 1 >= len(words) or \
            words[i + 1].norm not in cues["object_pronouns"]:
        return False
    before = words[i - 1]
    return not before.is_punct and before.norm.isalpha() and not before.norm.startswith("ال") and \
        before.norm not in cues["amount_blockers"]


def _naming(word: Word, text: str | None) -> bool:
    """Whether a verb is written as a passive of naming (يُدعى، تدعى): listed in naming_passives
    and written with its final alif maqsura — normalised, it is ادعى's يدعي "claims"."""
    norm = word.norm[1:] if word.norm[:1] in ("و", "ف") and len(word.norm) > 4 else word.norm
    return text is not None and norm in _cues()["naming_passives"] and text[word.end - 1:word.end] == "ى"


def _passive(word: Word, text: str) -> str | None:
    """The certainty of a passive verb of saying: a listed form (قيل، يقال، أفيد) or a verb of
    saying voweled passive (ذُكر، أُعلن، يُعتقد، نُقل)."""
    cues = _cues()
    norm = word.norm
    if norm in cues["passive_excluded"] or word.is_punct:
        return None
    if norm in cues["passive_forms"]:
        return cues["passive_forms"][norm]
    if "ُ" in text[word.start:word.end][1:3]:
        found = _verb_of(norm, word.lemma)
        if found:
            return found[1]
    return None


def _passive_claim(sentence: _Sentence, i: int, certainty: str) -> Claim | None:
    """The claim of a passive verb of saying at word i: its clause follows right after it
    ("وقيل إن"، "وأُفيد بأن"), or the chain after عن and the speaker's verbal noun ("ونُقل عن
    الوزير قوله إن")."""
    cues = _cues()
    words = sentence.words
    n = len(words)
    j, sources = i + 1, []
    if j < n and words[j].norm == "عن":
        chain = _relayed_from(sentence, j)
        if not chain:
            return None
        sources, j = chain
        if j < n and words[j].norm in cues["speech_nouns"]:
            j += 1
            if j < n and words[j].norm in cues["object_pronouns"]:
                j += 1
    if j < n and (words[j].norm in cues["adverbial_prepositions"] or j in sentence.times):
        # an adverbial between the verb and its clause: "وكان يُعتقد في البداية أنها"
        k = j + 1
        while k < min(j + 4, n) and not words[k].is_punct and words[k].norm not in cues["complementizers"]:
            k += 1
        j = k
    if j < n and words[j].norm == "ب":
        j += 1
    content = _clause_content(sentence, j)
    if content is None:
        return None
    start, end = content
    kind = "paraphrase"   # (quote or paraphrase: read from its bounded content, _bound_contents)
    return Claim(kind, (words[i].start, words[i].end), (start, end), sources, certainty)


def _bound_contents(words: list[Word], here: list[tuple[int, Claim]], text: str) -> None:
    """A claim's content ends where the next cue of its sentence begins ("قال إن …، مضيفا أن
    …": each its own clause), and it is a quote when its own content holds quoted words."""
    if not here:
        return
    ordered = [claim for _, claim in here] if len(here) == 1 else sorted((c for _, c in here), key=lambda c: c.cue[0])
    starts = None
    for claim, following in zip(ordered, ordered[1:]):
        if claim.content[0] < following.cue[0] < claim.content[1]:
            starts = starts or [w.start for w in words]
            k = bisect.bisect_left(starts, following.cue[0]) - 1
            while k >= 0 and words[k].start >= claim.content[0] and (words[k].is_punct and words[k].norm not in _QUOTES
                                                                     or words[k].norm in ("و", "ف")):
                k -= 1
            if k >= 0 and words[k].end > claim.content[0]:
                claim.content = (claim.content[0], words[k].end)
    for claim in ordered:
        if claim.kind in ("quote", "paraphrase"):
            content = text[claim.content[0]:claim.content[1]]
            claim.kind = "quote" if '"' in content or "«" in content or "“" in content else "paraphrase"


def _absolute_object(words: list[Word], i: int, lemma: str) -> bool:
    """Whether word i repeats a verb earlier in its clause as its absolute object (نفى حزب الله
    "نفيا قاطعا"): the same lemma within a few words, no punctuation but quote marks between."""
    for k in range(i - 1, max(i - 7, -1), -1):
        if words[k].is_punct:
            if words[k].norm in ('"', "«", "“"):
                continue
            return False
        before = _verb(words[k])
        if before and before[0] == lemma:
            return True
    return False


_CUE_CLASS: dict[str, int] = {}   # normalised word → 2 a cue, 1 a cue if its lemma is a verb of saying, 0 never


def _candidates(words: list[Word]) -> list[int]:
    """Indices of the words that may open a cue (_cue_word), read through a cache by word."""
    classes = _CUE_CLASS
    get = classes.get
    verbs = _cues()["verbs"]
    out = []
    k = 0
    for w in words:
        c = get(w.norm)
        if c is None:
            c = classes[w.norm] = _cue_class(w.norm)
        if c and (c == 2 or w.lemma in verbs) and not _preposition(words, k):
            out.append(k)   # (بين "between", the most frequent of these words, drops out here)
        k += 1
    return out


def _cue_class(norm: str) -> int:
    """_CUE_CLASS of a word: whether it opens a cue whatever its lemma, only with a lemma that is
    a verb of saying (_verb_of reads a given lemma), or never (a word with the article, a
    verbal noun, punctuation)."""
    if _cue_word(norm, ""):
        return 2
    if norm.startswith("ال") or norm[:1] == "ا" and len(norm) >= 5 and norm[-2] == "ا" or not norm.isalpha():
        return 0
    return 1


@lru_cache(maxsize=65536)
def _cue_word(norm: str, lemma: str) -> bool:
    """Whether a word may open a cue: an according-to phrase, a participle or a reporting verb."""
    cues = _cues()
    return bool(_without_conjunction(norm) in cues["according"] or norm in cues["participles"]
                or norm in cues["contained_in"] or norm in cues["speech_verbal_nouns"]
                or norm in cues["passive_forms"] or norm in cues["saying_after_bi"] or _verb_of(norm, lemma))


def _reports(words: list[Word], i: int, lemma: str, text: str | None = None) -> bool:
    """Whether the verb at word i reports speech here: some verbs only with a clause or a
    quote after them ("قال إن", "دعا إلى «…»")."""
    cues = _cues()
    lemma = _normalised(lemma)
    if lemma in cues["about_verbs"]:
        return _about(words, i)
    if lemma in cues["verb_objects"]:
        return _quoted_object(words, i, cues["verb_objects"][lemma])
    if lemma in cues["needs_quote"]:
        return _has_clause(words, i, quote_only=True, text=text)
    if lemma in cues["needs_own_quote"]:
        return _quote_before_comma(words, i)
    if lemma in cues["charge_verbs"]:
        return _has_clause(words, i, text=text) and not _charge_quote_only(words, i) or _charge_quote(words, i)
    if lemma in cues["needs_near_clause"]:
        return _has_clause(words, i, near=True, text=text)
    if lemma in cues["needs_bi"]:
        return _has_clause(words, i, text=text) or _bi_report(words, i) or _after_quote(words, i)
    clause = None   # whether a clause follows, read once for the verbs that ask below
    if lemma in cues["declaring_verbs"] and _declares_decision(words, i):
        return False   # "وأعلن الرئيس الحداد": declared, no statement (whatever clause a later part has)
    if lemma in cues["showing_verbs"]:
        clause = _has_clause(words, i, text=text)
        if not clause and _shows_quality(words, i):
            return False   # "وأكد المنتخب تفوقه": showed, no statement
    if lemma in cues["needs_clause"]:
        # "…، كما قال الوزير"، "…، كما نقلت وكالة X عن Y": what was said came before
        return (clause if clause is not None else _has_clause(words, i, text=text)) or i >= 1 and words[i - 1].norm in cues["as_said"] or _after_quote(words, i) \
            or lemma in cues["reports_with_bi"] and _bi_report(words, i) \
            or lemma in cues["reports_with_ila"] and _ila_report(words, i) \
            or lemma in cues["reports_with_ala"] and _ila_report(words, i, "علي") and not _tightens(words, i) \
            or lemma in cues["reports_with_an"] and _ila_report(words, i, "عن")
    return True


def _quote_before_comma(words: list[Word], i: int) -> bool:
    """Whether a quote opens after the verb at word i before the first comma or full stop of its clause,
    and is no name a head noun introduces ("عبر منصة "إكس""، "بعنوان «…»"): the speaker's own words
    ("انتقدت الوزارة "الصمت الدولي"").  A quote after a comma is a later clause's ("انتقد X الضربات،
    وقالت Y إن "…"") or an aside's ("، بينها "أطباء بلا حدود"،")."""
    for k in range(i + 1, min(i + 31, len(words))):
        if words[k].norm in ("،", ",", ".", "\n", "؛", ";"):
            return False
        if _opens_own_quote(words, k):
            return True
    return False


def _opens_own_quote(words: list[Word], k: int) -> bool:
    """Whether word k opens a quote of someone's words: an opening mark (a straight " when an even number
    stands before it) that no head noun introduces as a name ("عبر منصة "إكس""، "من طراز «…»")."""
    norm = words[k].norm
    if not (norm in ("«", "“") or norm == '"' and sum(1 for w in words[:k] if w.norm == '"') % 2 == 0):
        return False
    cues = _cues()
    before = _bare(words[k - 1].norm)
    return before not in cues["platform_nouns"] and before not in cues["title_nouns"]


def _charge_end(words: list[Word], i: int) -> int:
    """Where the clause of the charge of the verb of accusing at word i ends: the first comma or full stop
    after its ب ("اتهم X Y بتنفيذ الهجوم، وقال …").  A comma that opens an aside (charge_asides: "، في
    بيان،"، "، في كلمة بإسطنبول،") does not end it, and a ب inside the aside is no charge."""
    asides = _cues()["charge_asides"]
    seen_bi = aside = False
    for k in range(i + 1, min(i + 41, len(words))):
        norm = words[k].norm
        if norm in (".", "\n", "؛", ";", "!", "؟"):
            return k
        if norm in ("،", ","):
            opens_aside = k + 1 < len(words) and words[k + 1].norm in asides
            if seen_bi and not opens_aside:
                return k
            aside = opens_aside
        elif not aside and (norm == "ب" or norm.startswith("بال") and len(norm) > 4):
            seen_bi = True
    return min(i + 41, len(words))


def _charge_quote(words: list[Word], i: int) -> bool:
    """Whether words are quoted in the clause of the charge of the verb of accusing at word i (charge_verbs):
    "اتهم الحزب الحكومة بـ"الإهمال""، "اتهمت الوزارة "عصابات مسلحة" بالاعتداء"; a quoted name after a
    head noun ("بطائرة من طراز "…"") is none."""
    return any(_opens_own_quote(words, k) for k in range(i + 1, _charge_end(words, i)))


def _charge_quote_only(words: list[Word], i: int) -> bool:
    """Whether the clause _has_clause finds for the verb of accusing at word i is only a quote mark: the quote
    is then read by _charge_quote, in the charge's own clause ("اتهم X Y بنشر القناصة، فيما قال Z "…"")."""
    k = _clause_at(words, i)
    return k is not None and words[k].norm in _QUOTES


def _noun_with_pronoun(words: list[Word], j: int) -> bool:
    """Whether the form of a verb that reports only with its object (verb_objects) at word j has a
    pronoun joined to it inside a speaker phrase: the noun with its ة written ت ("عضو في حملته":
    حملة "campaign", not حمّل "held responsible")."""
    lemma = _verb(words[j])
    return bool(lemma) and lemma[0] in _cues()["verb_objects"] and j + 1 < len(words) and \
        words[j + 1].norm in _cues()["object_pronouns"] and words[j + 1].start == words[j].end


def _quoted_object(words: list[Word], i: int, wanted: frozenset[str]) -> bool:
    """Whether the verb at word i has its object (verb_objects: المسؤولية) in its sentence with a quote
    that opens on it or after it before the next mark: "حمّلت X Y «المسؤولية الكاملة»"، "… المسؤولية
    الكاملة عن «هذه الجريمة»"; not a blame with no words quoted, nor a quoted name before the object."""
    n = len(words)
    for m in range(i + 1, min(i + 21, n)):
        if words[m].norm in (".", "\n"):
            return False
        if words[m].norm in wanted:
            if words[m - 1].norm in _OPENING_QUOTES and sum(1 for w in words[:m - 1] if w.norm in _QUOTES) % 2 == 0:
                return True   # (a mark after an odd number of them closes a quote: «مجرم الحرب» المسؤولية)
            k = m + 1
            while k < n and not (words[k].is_punct and words[k].norm not in _QUOTES):
                if words[k].norm in _QUOTES:
                    return True
                k += 1
            return False
    return False


def _announces(sentence: _Sentence, i: int) -> bool:
    """Whether the verb (or participle) at word i announces an act its subject performs ("أعلنت البلدية إغلاق
    15 بناية"، "أعلنت الحركة مسؤوليتها عن الهجوم"): no claim (acts.announces_act, docs/gold-format.md
    "Decided in session 17"), though the announcer has spoken for what follows in the paragraph."""
    words = sentence.words

    def name_ends(k: int) -> bool:   # (k counts from the verb) the word closes a mention, a time or is a name
        return i + k in sentence.ends or i + k in sentence.times or _is_name_word(words[i + k].norm)

    return announces_act([w.norm for w in words[i:i + OBJECT_REACH]], 0, _stops_object, name_ends)


def _declares_decision(words: list[Word], i: int) -> bool:
    """Whether the verb (or participle) at word i declares a decision its object names ("وأعلن رئيس
    الجمهورية عبد المجيد تبون الحداد الوطني"، "أعلنت النقابة الإضراب الشامل"): the declaration is the act
    itself, nothing is reported.  Read up to the first mark, complementizer or relative pronoun, so a clause
    ("أعلن أن الحداد …") or what a later clause names is never the object.  Not when a pronoun of the
    speaker's stance stands before the decision ("أعلن رفضه للإضراب"، "أعلنت دعمها لحظر التجول"): that is a
    statement."""
    cues = _cues()
    for k in _past_asides(words, i, 15):
        word = words[k]
        if word.is_punct or _clause_opener(word.norm):
            return False
        if word.norm in cues["object_pronouns"] and k > i + 1 and words[k - 1].end == word.start and \
                not _relay_verb(words[k - 1].norm, words[k - 1].lemma):
            return False   # رفض + ه: the speaker's stance on what follows (not بث + ه: "في خطاب بثه التلفزيون")
        if _indefinite_bare(word.norm) in cues["declared_decisions"]:
            return True
    return False


def _past_asides(words: list[Word], i: int, reach: int) -> list[int]:
    """The indexes of the reach words after the verb at word i, without an aside set off by commas that a
    time or a circumstance opens ("وأعلنت الحكومة، مساء الأربعاء، الحداد الوطني": acts.without_asides)."""
    return [i + k for k in without_asides([w.norm for w in words[i:i + reach]], 0)[1:]]


def _stops_object(norm: str) -> bool:
    """Whether a word ends the stretch a declaring verb's object is read in: a mark, a complementizer or a
    relative pronoun (what follows is a clause, not the object)."""
    return not any(c.isalnum() for c in norm) or _clause_opener(norm)


def _clause_opener(norm: str) -> bool:
    """A complementizer or a relative pronoun (cues.yaml): what follows it is a clause."""
    cues = _cues()
    return norm in cues["complementizers"] or norm in cues["relative_pronouns"]


def _indefinite_bare(norm: str) -> str:
    """A noun without its article or the alif of its indefinite accusative: "الحداد" and "حدادا"
    ("وأعلنت الحكومة حدادا عاما") are both حداد."""
    bare = _bare(norm)
    return bare[:-1] if bare.endswith("ا") and len(bare) > 3 else bare


def _shows_quality(words: list[Word], i: int) -> bool:
    """Whether the verb at word i, with no clause after it (the caller reads that), has for
    object a quality its subject showed, with the subject's pronoun ("وأكد الفريق تفوقه"،
    "وأكدت اللاعبة جدارتها باللقب"): a team or a player proved it on the field; nobody said
    anything."""
    cues = _cues()
    qualities = cues["shown_qualities"]
    for k in range(i + 1, min(i + 7, len(words) - 1)):
        word, after = words[k], words[k + 1]
        if word.is_punct:
            return False
        stem = _bare(word.norm)
        stem = marbuta_restored(stem)   # (جدارت + ها: جدارة)
        if stem in qualities and after.norm in cues["object_pronouns"] and after.start == word.end:
            return True   # (the tokenizer splits the pronoun off: تفوق + ه)
        if any(stem in qualities for stem in _pronoun_stems(_bare(word.norm))):
            return True
    return False


def _about(words: list[Word], i: int) -> bool:
    """"وتحدث هاغاري عن صاروخ …"، "وعبّر الرئيس، في تغريدة، عن ارتياحه": a verb of talking or
    expressing reports with عن after its subject and an aside (not "تحدث إلى الصحفيين"، "تحدث
    شريطة عدم الكشف عن هويته")."""
    openers = _cues()["anonymity_openers"]
    n = len(words)
    k = i + 1
    last = min(i + 10, n)
    while k < last:
        norm = words[k].norm
        if norm in ("،", ",") and k > i + 1:
            # an aside between the subject and عن: "وعبّر الرئيس، في تغريدة على تويتر، عن …"
            past = _past_aside(words, k, 8)
            return past is not None and past < n and words[past].norm == "عن"
        if norm in ("الي", "ل") and k > i + 1:
            # an outlet talked to may stand before عن: "وتحدث شهود لـ«رويترز» عن …" (not who
            # was talked to, "تحدث إلى الصحفيين"، "تحدث مع نظيره عن")
            m = k + 2 if k + 1 < n and words[k + 1].norm == "ـ" else k + 1
            if m < n and words[m].norm in _OPENING_QUOTES:
                close = next((c for c in range(m + 2, min(m + 7, n)) if words[c].norm in _QUOTES), None)
                if close is not None:
                    k = close + 1
                    continue
            if m < n and _bare(words[m].norm) in _cues()["outlet_heads"]:
                k = m + 1
                continue
            return False
        if words[k].is_punct or norm in openers or norm in ("الي", "ل", "مع"):
            return False
        if norm == "عن":
            return k > i + 1
        k += 1
    return False


def _tightens(words: list[Word], i: int) -> bool:
    """Whether شدد at word i tightens what it names before its على ("وشددت القوات الحصار على
    المدينة"، "شدد الجيش قبضته على الحدود"): a siege, measures or a grip, nothing said."""
    objects = _cues()["tightened_objects"]
    for k in range(i + 1, min(i + 10, len(words))):
        norm = words[k].norm
        if words[k].is_punct or norm == "علي":
            return False
        stem = _bare(norm)
        if stem in objects or marbuta_restored(stem) in objects:
            return True   # (قبضت + ه: the tokenizer splits the pronoun off قبضة)
    return False


def _bi_report(words: list[Word], i: int) -> bool:
    """A verbal noun after ب reports what a verb like أفاد says: "أفاد المرصد بمقتل 15 عنصرا"،
    "أفادت مصادر بوقوع انفجار" — the first ب + noun after the verb, before any punctuation.  The
    tokenizer splits ب off its noun: a whole word that opens with ب is no preposition ("وأفاد آلاف
    الطلاب من برنامج المنح" benefited; "بشكل" is an adverb)."""
    for k in range(i + 1, min(i + 10, len(words))):
        norm = words[k].norm
        if words[k].is_punct and norm not in _QUOTES:
            return False
        if norm == "ب" and k + 1 < len(words) and not words[k + 1].is_punct:
            return k > i + 1   # (after the subject: "أفاد المرصد بمقتل"، "أفادت مصادر ب…")
    return False


def _ila_report(words: list[Word], i: int, preposition: str = "الي") -> bool:
    """A noun after إلى reports what a verb like أشار says: "وأشار التقرير إلى ارتفاع عدد
    الضحايا"، "أشارت المعلومات إلى دور فرنسي" — the first إلى after the subject, before any
    punctuation, with a noun after it (على after شدد: "وشدد الوزير على ضرورة …")."""
    for k in range(i + 2, min(i + 14, len(words) - 1)):   # (past an occasion: "في بيان تلقت سانا نسخة منه")
        if words[k].is_punct:
            return False
        if words[k].norm == preposition:
            return not words[k + 1].is_punct
    return False


_FRONT = frozenset(("و", "ف", "-", "–", "—", ":"))


def _after_quote(words: list[Word], i: int) -> bool:
    """A verb right after a fronted quote: "«…»، قال المتحدث" reports what came before. The
    quote fronts the sentence (or goes on from the sentence before, or follows a colon); a
    quoted name inside a clause ("وأطلق الجيش عملية "الدرع الواقي"، قال …"، "شعار «لا
    للحرب»") is no one's words."""
    k = i - 1
    while k >= 0 and words[k].norm in ("و", "،", ",", "-", "–"):
        k -= 1
    if not (k >= 1 and words[k].norm in ('"', "»", "”") and k < i - 1):
        return False
    close = words[k].norm
    if close == '"':
        marks = [m for m in range(k) if words[m].norm == '"']
        if len(marks) % 2 == 0:
            return True   # its quote opened in a sentence before: "…بعيد عن الواقع"، قال
        opener = marks[-1]
    else:
        opening = "«" if close == "»" else "“"
        opener = next((m for m in range(k - 1, -1, -1) if words[m].norm == opening), None)
        if opener is None:
            return True
    return all(words[m].norm in _FRONT for m in range(opener)) or words[opener - 1].norm == ":"


def _antecedent(sentence: _Sentence, i: int, here: list[tuple[int, Claim]], state: _State) -> list[Mention] | None:
    """Who a cue with a pronoun subject points back to: the latest of this sentence's
    clause subject and its claims before word i, else the last source before the sentence.
    A feminine verb cannot point back to a man."""
    verb = _gender_word(sentence.words, i)
    verb_gender = _cue_gender(verb)
    clause = sentence.clause_subject()
    before = [(at, claim) for at, claim in here if at < i]
    act = _joined_act_subject(sentence, i, before[-1][0] + 1 if before else 0)
    if act is not None and clause and act.start < clause[1].end and clause[1].start < act.end:
        act = None   # the clause's own subject, read below with its whole phrase ("زعيم المعارضة")
    if act is None and sentence.words[i].norm in _cues()["participles"]:
        contrast = _contrast_act_subject(sentence, i, before[-1][0] + 1 if before else 0)
        if contrast is not None:
            return [contrast]   # (its verb agrees with the participle: "فيما أشادت فلانة …، واصفة")
    if act is not None and _agrees(sentence.text, act, verb_gender, state):
        return [act]   # "فيما رحب الأمين العام بالاتفاق ووصفه بأنه …": who welcomed it described it
    sources = None
    if clause and clause[0] < i and not (before and before[-1][0] > clause[0]):
        # the clause subject may be the relay of a claim before ("نقلت صحيفة X عن مسؤول قوله
        # …، مشيرا"): the participle goes on with that claim's whole chain
        same = [claim for _, claim in before if any(_same_span(source, clause[1]) for source in claim.sources)]
        gender = verb_gender if verb.norm not in _cues()["participles"] else None
        if not same and gender in ("m", "f") and not _agrees(sentence.text, clause[1], gender, state):
            return None   # "واستدعت النيابة الناشط … زعم فيها": a verb that does not agree with her
        sources = list(same[-1].sources) if same else [clause[1]]
        carried = None if same or before else _carried_in_clause(sentence, clause[1], i)
        if carried is not None:
            sources.append(carried)
    elif before:
        sources = list(_agreeing_claim(sentence, before, verb, state).sources)
    elif (previous := _previous_subject(state, verb_gender)) is not None:
        sources = [previous]
    elif state.last_sources:
        sources = list(state.last_sources)
        if not _agrees(sentence.text, sources[0], verb_gender, state):
            # "قالت الوزيرة … . وأضاف المتحدث … . وتابعت أن": a pronoun goes back to the last
            # speaker of its own gender
            return next((list(chain) for chain in reversed(state.speakers[:-1])
                         if _agrees(sentence.text, chain[0], verb_gender, state)), None)
        return sources
    if sources and _feminine(verb) and sources[0].type == "PER" and sources[0].via != "phrase" and \
            not _may_be_woman(sentence.text, sources[0]):
        return None
    return sources


def _joined_act_subject(sentence: _Sentence, i: int, start: int) -> Mention | None:
    """The subject of an act of speech (speech_acts: رحب، رفض، أدان …) that a cue at word i is
    joined to by و, standing between word `start` (after the sentence's last claim) and it:
    "وهو تعيين رفضه صنع الله ووصفه بأنه «غير قانوني»"، "فيما رحبت البعثة بالاتفاق، ووصفته بأنه
    …" — the pronoun of the second verb is that subject, not the sentence's first speaker."""
    words = sentence.words
    norm = words[i].norm
    joined = i > 0 and words[i - 1].norm == "و" or norm.startswith("و") and norm not in _cues()["participles"] \
        and _verb_of(norm[1:], words[i].lemma) is not None   # (واصفا is a participle of وصف, no و + verb)
    if not joined:
        return None
    for k in range(i - 1, start - 1, -1):
        if _speech_act(words[k]):
            found = _subject(sentence, k)
            return found[0] if found and found[1] <= i else None
    return None


def _speech_act(word: Word) -> bool:
    """Whether a word is an act of speech (cues speech_acts: رحب، أدان، أشاد …) by its form or lemma."""
    acts, forms = _cues()["speech_acts"], _speech_act_forms()
    if _listed(word.norm, forms):
        return True
    lemma = _normalised(word.lemma) if word.lemma else ""
    return lemma in acts or _stem_lemma(word.norm) in acts


@lru_cache(maxsize=1)
def _feminine_acts() -> frozenset[str]:
    """The feminine past of each act of speech (رحبت، أشادت، نددت، أدانت): the verb paradigm
    (_stem_lemma) reads only verbs of saying, and a body or a woman takes this form."""
    return frozenset(act + "ت" for act in _cues()["speech_acts"])


@lru_cache(maxsize=1)
def _speech_act_forms() -> frozenset[str]:
    """The acts of speech as listed and in their feminine past, the forms _speech_act reads as written."""
    return _cues()["speech_acts"] | _feminine_acts()


def _contrast_act_subject(sentence: _Sentence, i: int, start: int) -> Mention | None:
    """The named subject of an act of speech that opens a contrast clause (cues contrast_openers:
    فيما، بينما، في حين) between word `start` (after the sentence's last claim) and a participle of
    saying at word i after a comma: "…، فيما رحب وزير المالية بالاتفاق، واصفا إياه بأنه …"،
    "…، بينما امتنع متحدث باسم الجيش عن التعليق، قائلا: …" — the participle goes on from that
    clause, not from the sentence's first speaker.  An additive opener (cues additive_openers: كما) opens
    such a clause too: "دان البابا الهجوم، كما دان مجلس الأمن الهجوم في بيان، داعيا إلى …"."""
    words = sentence.words
    if i < 1 or words[i - 1].norm not in ("،", ","):
        return None
    openers = _cues()["contrast_openers"] | _cues()["additive_openers"]
    for k in range(i - 2, start - 1, -1):
        if words[k].norm in openers and k + 1 < i and _speech_act(words[k + 1]):
            found = _subject(sentence, k + 1)
            genders = {_cue_gender(words[k + 1]), _cue_gender(words[i])}
            agree = len(genders) == 1 or None in genders
            return found[0] if found and found[1] <= i and agree else None
    return None


def _agreeing_claim(sentence: _Sentence, before: list[tuple[int, Claim]], verb: Word, state: _State) -> Claim:
    """The latest of a sentence's claims before a pronoun cue whose speaker agrees with the cue's
    gender, else the latest: "وأوضح تيدروس أن …، حيث تعتبره المنظمة «مرتفعا»، لافتا إلى أن" goes
    on with Tedros, not with the organisation named in his clause."""
    gender = _cue_gender(verb)
    if gender in ("m", "f"):
        for _, claim in reversed(before):
            if claim.sources and _agrees(sentence.text, claim.sources[0], gender, state):
                return claim
    return before[-1][1]


def _carried_in_clause(sentence: _Sentence, subject: Mention, i: int) -> Mention | None:
    """The outlet that carried what the clause's subject issued, named before word i when that
    clause reported nothing itself: "وتبنت الحركة الهجوم في بيان بثته إذاعة الأندلس، زاعمة أن"،
    "…الهجوم عبر إذاعة الأندلس الناطقة باسمها، وزعمت أن" — the pronoun cue's chain goes on
    through that outlet, as a cue right after such an occasion does (_broadcast)."""
    words = sentence.words
    cues = _cues()
    k = next((k for k, w in enumerate(words) if w.start >= subject.end), i)
    for k in range(k, i - 1):
        norm = words[k].norm
        if norm in ("في", "خلال") and _bare(words[k + 1].norm) in cues["occasion_nouns"]:
            carrier = _broadcast(sentence, k + 2)
            found = carrier[:2] if carrier and not carrier.own else None   # (an own channel is the platform)
        elif norm == "عبر":
            found = sentence.mention_at(k + 1)
            if not (found and _media(found[0])):
                found = _phrase(sentence, k + 1) if _bare(words[k + 1].norm) in cues["outlet_heads"] else None
            if found and any(at == k for at, _ in sentence.own_channels()):
                found = None   # "عبر إذاعة الأندلس الناطقة باسمها": the group's own, its platform
        else:
            continue
        if found and found[1] <= i:
            return found[0]
    return None


def _gender_word(words: list[Word], i: int) -> Word:
    """The word whose form shows the gender of cue i's speaker: the cue itself, or for a verbal
    noun of saying after ب the verb its clause opens with ("وختمت بالقول إن"، "واختتمت كلمتها
    بالقول"): the noun (القول) tells no gender of its own."""
    if i < 2 or words[i - 1].norm != "ب" or words[i].norm not in _cues()["saying_after_bi"]:
        return words[i]
    verb = words[i]
    for k in range(i - 2, max(-1, i - 6), -1):
        if words[k].is_punct or words[k].norm in ("و", "ف", "ثم"):
            break   # the clause opens after the conjunction
        verb = words[k]
    return verb


def _cue_gender(word: Word) -> str | None:
    """The gender a singular cue shows for its subject: "f" for قالت، تقول، مؤكدة; "m" for قال،
    يقول، مؤكدا; "pl" for a masculine plural (قالوا، يقولون، مؤكدين); None for a dual or a form
    that does not tell."""
    norm = word.norm
    if norm in _cues()["participles"]:
        if norm.endswith("ين"):
            return "pl"
        if norm.endswith("ا") and (norm[:-1] in _cues()["participle_stems"] or
                                   norm.endswith("يا") and norm[:-2] in _cues()["participle_stems"]):
            return "m"   # (لافتا on the stem لافت: no feminine dual in تا)
        return "f" if norm.endswith("ه") else "m" if norm.endswith("ا") and not norm.endswith("تا") else None
    if _feminine(word):
        return "f"
    if norm.endswith(("وا", "ون")) and len(norm) > 4:
        return "pl"
    if norm.endswith(("ان", "ين", "ن", "ا", "ي")) or len(norm) < 3:
        return None   # (plural, dual, or a defective past: دعا، نعى)
    return "m"


def _gender_of(text: str, mention: Mention, state: _State) -> str | None:
    """A speaker's gender as far as the text shows it: from the verb that agreed with them
    before, from a title of women ("السيدة"، "أم محمد"), or from the ta marbuta of the head
    of a body or title ("الوزيرة"، "المتحدثة"، "وزارة الخارجية")."""
    first = text[mention.start:mention.end].split()
    if mention.type != "PER" and first and first[0].endswith("ة") and len(first[0]) > 3:
        return "f"   # (the ta marbuta as written: "معاليه" ends in a pronoun, not in ة; a verb
        # apart from such a subject may be masculine, "وقال في بيان وزارة …")
    said = state.genders.get(_gender_key(text, mention))
    if said:
        return said
    if first and _normalised(first[0]) in _cues()["feminine_titles"]:
        return "f"
    return None


def _agrees(text: str, mention: Mention, gender: str | None, state: _State) -> bool:
    """Whether a cue of this gender can have the speaker for its subject."""
    if gender is None:
        return True
    if gender == "pl":   # people, not one person or one named body: "خرج آلاف …، معبرين"
        if mention.key == _COORDINATED:
            return True
        first = text[mention.start:mention.end].split()
        # (a group the entity stage named is people too: "شهود عيان" … "وأضافوا أن")
        return (mention.via == "phrase" or mention.type == "GROUP") and mention.type != "PER" and \
            not (first and first[0].endswith("ة"))
    if gender == "m" and _plural_source(text, mention):
        return False   # "وقال شهود عيان …": a later "وأضاف" is not theirs
    known = _gender_of(text, mention, state)
    if known:
        return known == gender
    if gender == "f":   # a named man is no "قالت"; a body or unnamed phrase may be
        return not (mention.type == "PER" and mention.via != "phrase" and not _may_be_woman(text, mention)
                    or _masculine_head(text, mention))
    return True


def _masculine_head(text: str, mention: Mention) -> bool:
    """Whether a source opens with a definite singular speaker head of masculine form ("الرئيس"،
    "الوزير"، "الجيش"، "المجلس"): no ta marbuta, no plural (الأمم، السلطات، المصادر take a
    feminine verb), so no feminine verb points back to it."""
    first = text[mention.start:mention.end].split()
    if not first or mention.key == _COORDINATED:
        return False
    norm = _normalised(first[0])
    head = _bare(norm)
    cues = _cues()
    return norm.startswith("ال") and not norm.endswith("ه") and head in cues["speaker_heads"] and \
        head not in cues["plural_heads"] and not _sound_plural(head) and not _plural_source(text, mention)


def _plural_source(text: str, mention: Mention) -> bool:
    """A source that is many people or things by its head noun, counted or not ("شهود عيان"،
    "مسؤولون أمريكيون"، "ثلاثة مسؤولين"، "مصادر أمنية"): no masculine singular verb with a
    pronoun subject ("وأضاف") points back to it, whose verb would be plural or feminine."""
    if mention.type == "PER" or mention.key == _COORDINATED:
        return False
    cues = _cues()
    words = [_bare(_normalised(w)) for w in text[mention.start:mention.end].split()]
    while len(words) > 1 and (words[0] in cues["quantifiers"] or words[0] == "من"):
        words = words[1:]   # "عدد من الشهود"، "ثلاثة مسؤولين"
    if not words:
        return False
    head = words[0]
    return head in cues["plural_heads"] or head in cues["speaker_heads"] and _sound_plural(head)


def _gender_key(text: str, mention: Mention) -> str:
    """What the gender of a speaker is kept under: a person's name by its last word
    (_name_key), a body or group by all its words ("وزارة الصحة" is not "وزير الصحة")."""
    if mention.type == "PER":
        return _name_key(text, mention)
    return "=" + " ".join(_normalised(w) for w in text[mention.start:mention.end].split())


def _name_key(text: str, mention: Mention) -> str:
    """What names a speaker across mentions: the last word of the name ("أنالينا بيربوك" … "بيربوك")."""
    words = text[mention.start:mention.end].split()
    return _normalised(words[-1]) if words else ""


def _may_be_woman(text: str, mention: Mention) -> bool:
    """Whether a person may be a woman, so that a feminine verb can point back to her: her
    first word is a title or kunya of women ("أم محمد"، "السيدة") or ends in ta marbuta
    (فاطمة، خديجة)."""
    first = text[mention.start:mention.end].split()
    if not first:
        return False
    word = first[0]
    return word.endswith("ة") or _normalised(word) in _cues()["feminine_titles"]


def _same_span(a: Mention, b: Mention) -> bool:
    return a is b or (a.start, a.end) == (b.start, b.end)


def _reported(sentence: _Sentence, i: int, certainty: str, here: list[tuple[int, Claim]],
              state: _State) -> Claim | None:
    """A claim made by the verb at word i.

    The according-to source in force relays it when it was opened in this paragraph, or,
    in later paragraphs, when the speaker is anonymous (officials who talked to that
    outlet) — not when a named speaker speaks for itself."""
    words = sentence.words
    described = _describing_speaker(sentence, i)
    if described is not None:
        # "هجمات على سفن يقولون إنها مرتبطة بإسرائيل": the clause describes the noun; who says it is the
        # sentence's subject
        start, end = _content(sentence, i + 1)
        return Claim("paraphrase", (words[i].start, words[i].end), (start, end), [described],
                     _certainty_in(sentence, start, certainty), None) if end > start else None
    subject = _subject(sentence, i)
    relayed = False
    lemma = _normalised(_verb(words[i])[0])
    if subject and _saying(sentence.text, subject[0]):
        return None   # "وكما يقول المثل: «…»": a proverb or a banner says nothing anyone said
    if subject:
        subject = _named_before(sentence, subject, here), _past_parenthesis(words, subject[1])
        sources, after = _with_relay(sentence, subject)
        relayed = len(sources) > 1
        source = sources[0]
        origin = _cues()["relay_from"].get(lemma)
        at = _past_nisba(words, after)
        while at in sentence.times:   # "نقلتا مساء الأحد عن مصدر"
            at += 1
        if not relayed and origin:
            at = _past_attribute(words, at, origin)   # "نقلت وكالة فارس القريبة من الحرس الثوري عن"
        if not relayed and origin and at < len(words) and words[at].norm == origin:
            after = at   # "نقل موقع «والا» العبري عن مسؤول"
            quoted = _relayed_from(sentence, after, origin)
            if quoted:
                sources, after = quoted[0] + [source], quoted[1]  # نقلت صحيفة X عن مصدر Y: Y said it, X relayed it
                relayed = True
    else:
        # a pronoun subject with a plain noun after the verb is an act ("وأعلن الحداد"); and a
        # verb after a noun has that noun for subject, no speaker ("إن التحقيقات تشير إلى")
        if _saying_before(words, i) or i + 1 < len(words) and _bare(words[i + 1].norm) in _cues()["saying_heads"]:
            return None   # "لافتة تقول «…»"، "وكما يقول المثل: «…»": no speaker to point back to
        report = _definite_report(sentence, i)   # "وأوضح البيان أن"، "وأشار التقرير إلى ارتفاع …"
        fronted = _after_quote(words, i)   # "«…»، تضيف وهي تشير إلى خيمتها"
        expresses = _expresses(sentence, i)   # "وأعرب عن قلقه"، "أعرب خلاله عن تعازيه"
        if not (report or fronted or expresses or _has_clause(words, i, text=sentence.text) or _proposition(words, i)) or \
                not _opens_clause(words, i):
            return None
        caller = _caller(sentence, i)
        if caller is not None and not (report or fronted):
            report = caller[0]   # "تلقى … اتصالا من نظيره …، أعرب فيه عن": the caller, as named
        # a statement named as the subject speaks as written ("وأوضح البيان أن"), not as its issuer
        unread = None if report or fronted else _unread_subject(sentence, i)
        if unread is not None and _saying(sentence.text, unread[0]):
            return None   # "وكما يقول المثل الشعبي: «…»": read with any head, still a saying
        if unread is not None:
            # a noun phrase no head names stands where the subject does ("قال عالم الأوبئة في
            # جامعة …"، "وأوضح المكلف بالإعلام …"): it spoke, not the speaker before
            subject = unread[0], _past_parenthesis(words, unread[1])
            sources, after = _with_relay(sentence, subject)
            relayed = len(sources) > 1
            report = fronted = True   # (handled: skip the pronoun reading below)
        sources = sources if unread is not None else [report] if report else _antecedent(sentence, i, here, state)
        if caller is not None and report is caller[0]:
            sources = sources + _outer_sources(sentence, i, here, report)
        relayed_from = None if unread is not None or report else _pronoun_relay(sentence, i, lemma, sources)
        if relayed_from:
            sources = relayed_from   # "ونقلت عن مصادر عسكرية أن": the sources it named said it
        if not sources:
            return None
        if unread is None:
            given = _occasion_relay(sentence, i) if _said_in(words, i) else None
            if given is not None and not any(_same_span(given, source) for source in sources):
                sources = sources + [given]   # "بتصريحات أدلى بها لقناة فرنسية زعم فيها أن"
            # a chain taken from an earlier claim is complete; a clause subject may still be relayed
            clause = sentence.clause_subject()
            after, relayed = i + 1, not (clause and len(sources) == 1 and sources[0] is clause[1])
            told = _told(sentence, i + 1) if len(sources) == 1 else None
            if told and not _same_span(told[0], sources[0]):
                # "…، وقال في تصريحات لقناة «سكاي نيوز عربية» إن": the outlet the speaker told
                sources, after, relayed = sources + [told[0]], told[1], True
    opener = _after_complementizer_noun(words, i) if subject and here else None
    if opener is not None:
        # the subject opens the clause another claim reports: "وأوضحت المصادر أن المتهم نفى …"
        # (or a clause joined to it by و: "وأفاد البلاغ بأن …، وأن جلالة الملك أكد …")
        joined = opener >= 1 and words[opener - 1].norm == "و"
        outer = next((claim for at, claim in reversed(here) if at < i and
                      claim.content[0] == words[opener + 1].start), None)
        if outer is None and joined:   # (the outermost report it goes on: "أن المتهم نفى …، وأن محاميه أكد")
            outer = next((claim for at, claim in here if at < i and
                          claim.content[0] <= words[opener].start < claim.content[1]), None)
        if outer and not any(_same_span(source, sources[0]) for source in outer.sources):
            # "وأوضحت المصادر أن المتهم نفى …": a report inside a report, the outer speaker relays it
            sources = sources + [s for s in outer.sources if s not in sources]
            relayed = True
    if not relayed and subject and after < len(words) and \
            lemma in _cues()["tell_verbs"]:
        told = _outlet_told(sentence, after)
        if told:   # "وأبلغ مسؤولون مصريون وكالة رويترز أن": who was told relays
            sources.append(told[0])
            after, relayed = told[1], True
    if not relayed and subject:
        told = _relay_before_subject(sentence, i + 1)
        if told and words[told[1] - 1].end <= sources[0].start and not any(_same_span(told[0], s) for s in sources):
            sources.append(told[0])   # "وقال لـ«النهار» النائب فلان إن": the outlet told relays
            relayed = True
    if not relayed and subject:
        fronted = _fronted_interview(sentence, i)
        if fronted and fronted not in sources:
            sources.append(fronted)   # "وفي تصريح لهسبريس، قال رئيس النقابة إن …"
            relayed = True
    broadcast = _broadcast(sentence, after)
    if broadcast and _body_words(sentence.text, broadcast[0]) <= _body_words(sentence.text, sources[0]):
        broadcast = None   # the speaker's own body ("مدير منظمة الصحة العالمية … في بيان نشرته المنظمة") relays nothing
    if broadcast and broadcast.own:
        after = broadcast.end   # "وقال في كلمة بثها التلفزيون الرسمي إن …": the platform, no relay
    elif broadcast:
        sources.append(broadcast[0])   # "وقال في بيان نقلته وكالة الأنباء السعودية إن …"
        after, relayed = broadcast[1], True
    governing = state.governing
    if governing is not None and not relayed and governing not in sources and subject and \
            not sources[0].anonymous and not _same_speaker(sentence.text, sources[0], state):
        state.governing = governing = None   # a named speaker of its own takes over
    if governing is not None and not relayed and governing not in sources and \
            (state.opened_here or sources[0].anonymous) and not _opens_contrast(words, i):
        sources.append(governing)
        relayed = True
    if not relayed and subject and lemma in _cues()["continuation_verbs"]:
        sources.extend(_continued_relays(sentence.text, sources[0], state))
    if lemma in _cues()["needs_clause"]:
        # a verb that reports only with its clause has no object: what stands between its
        # subject and the clause still tells who spoke ("قال شاهد عيان يدعى أحمد إن")
        # (looked for from the end of the chain: a quoted name in it opens no clause, وكالة «إرنا»)
        opens = _clause_at(words, max(i, after - 1), text=sentence.text)
        if opens is not None and opens > after:
            after = opens
    start, end = _content(sentence, after)
    if i > 0 and (end <= start or _after_quote(words, i) and _clause_at(words, i, text=sentence.text) is None):
        # "…، وهو ما نفته روسيا."، "«…»، قال المتحدث": what came before
        start, end = words[0].start, words[i - 1].end
    if end <= start:
        return None
    kind = "paraphrase"   # (quote or paraphrase: read from its bounded content, _bound_contents)
    return Claim(kind, (words[i].start, words[i].end), (start, end), sources,
                 _certainty_in(sentence, start, certainty), _reported_platform(sentence, i, sources))


def _describing_speaker(sentence: _Sentence, i: int) -> Mention | None:
    """The speaker of an imperfect verb of saying (cues describing_verbs) in a clause that describes the noun
    before it, with a pronoun for that noun on its complementizer: an indefinite noun ("هجمات على سفن يقولون
    إنها مرتبطة بإسرائيل"، "استهداف سفن تقول إنها …") or a relative pronoun ("مكافأة لمن يدل على فلان، الذي
    تقول إنه العقل المدبر").  The noun is what is said about, not who says it (an indefinite noun opens no clause
    of its own): the speaker is the subject of the sentence's first clause, named before the verb.  None
    where the sentence has no such subject, or the noun is a name ("حماس تقول إنها": the named body
    speaks)."""
    words = sentence.words
    n = len(words)
    if i < 2 or i + 1 >= n or words[i].norm[:1] not in ("ي", "ت"):
        return None
    verb = _verb(words[i])
    if verb is None or _normalised(verb[0]) not in _cues()["describing_verbs"]:
        return None
    nxt = words[i + 1].norm
    resumptive = nxt in ("انه", "انها", "انهم", "انهما") or \
        nxt == "ان" and i + 2 < n and words[i + 2].norm in third_person_pronouns() and words[i + 2].start == words[i + 1].end
    if not resumptive:
        return None
    before = words[i - 1]
    if before.norm in _cues()["relative_pronouns"]:
        pass   # "…، الذي تقول إنه"
    elif before.norm.startswith("ال") or not before.norm.isalpha() or i - 1 <= sentence.opening() or \
            _verb(before) or before.norm in _cues()["phrase_stops"] or before.norm in _cues()["complementizers"] or \
            sentence.mention_ending_before(i) is not None or _is_name_word(before.norm):
        return None   # a definite noun or a name may be the speaker itself ("الحكومة تقول إنها")
    clause = sentence.clause_subject()
    if clause is None or clause[1].type not in _SOURCE_TYPES or clause[1].end > before.start:
        return None
    return clause[1]


def _opens_contrast(words: list[Word], i: int) -> bool:
    """Whether the verb at word i opens a contrast clause (cues contrast_openers: فيما، بينما، في حين) after
    a comma: "ونقلت وكالة فرانس برس عن مصدر عسكري أن …، بينما قال مسؤول في الجبهة إن …" — the other side
    speaks for itself, and the outlet that opened the paragraph does not relay it (a relay of its own in
    the clause still does: "فيما قال مسؤول لوكالة رويترز")."""
    k = i - 1
    return k >= 1 and words[k].norm in _cues()["contrast_openers"] and \
        (words[k - 1].norm in ("،", ",") or words[k].norm == "حين" and words[k - 1].norm == "في")


def _continued_relays(text: str, source: Mention, state: _State) -> list[Mention]:
    """The relays of the last claim when a verb of going on (continuation_verbs: أضاف، تابع، أردف) names
    its speaker again: "وقال الناطق … سفيان الزعق في تصريح لإذاعة موزاييك إن …" … "وأضاف الزعق أن …" goes on
    through the same radio, as a pronoun ("وأضاف أن") goes on with the whole chain."""
    last = state.last_sources or []
    if len(last) < 2 or source.anonymous or not _speaker_words(text, source) & _speaker_words(text, last[0]):
        return []
    return [relay for relay in last[1:] if not _same_span(relay, source)]


def _relative_judgement(sentence: _Sentence, i: int, lemma: str) -> bool:
    """A verb of judging at word i that opens a relative clause on the noun before it, which it
    takes as its object pronoun ("التي تعتبرها واشنطن منظمة إرهابية"، "أزمة يصنفها البنك الدولي
    بين …"), with no clause or quote of its own before the clause ends: it judges, it reports
    nothing (session 14).  An unmarked relative clause needs an imperfect after an indefinite noun.
    Any verb of saying in a marked relative clause (after الذي/التي/الذين) that takes its noun so
    names a thing said or decided and reports nothing of its own ("الحداد الذي أعلنه الرئيس"،
    "المشاريع التي أعلنتها الحكومة"), unless that noun is itself reported (_reported_antecedent)."""
    words = sentence.words
    cues = _cues()
    if i < 1 or i + 1 >= len(words) or words[i + 1].norm not in cues["object_pronouns"]:
        return False
    before = words[i - 1]
    if _normalised(lemma) not in cues["judging_verbs"] and (
            before.norm not in cues["relative_pronouns"] or _reported_antecedent(sentence, i - 1)):
        return False   # any verb of saying in a marked relative clause: "الحداد الذي أعلنه الرئيس"
    if before.norm not in cues["relative_pronouns"] and not (
            words[i].norm[:1] in ("ي", "ت") and before.norm.isalpha() and not before.norm.startswith("ال")
            and before.norm not in ("و", "ف") and before.norm not in cues["complementizers"]):
        return False
    for word in words[i + 2:]:
        if word.norm in cues["complementizers"] or word.norm in _QUOTES or word.norm == ":":
            return False   # "التي وصفها بأنها …"، "التي اعتبرها «خرقا»": a clause or quote of its own
        if word.is_punct:
            break
    return True


def _reported_antecedent(sentence: _Sentence, relative: int) -> bool:
    """Whether the noun a relative pronoun at word `relative` describes is itself reported, by an
    according-to cue or a verb of saying in the few words before it ("بحسب النتائج الرسمية التي
    أعلنتها اللجان"، "وأكد المصدر الأرقام التي أعلنتها الوزارة"): its relative verb then names who
    gave what is reported, and the claim stands on it."""
    words = sentence.words
    return any(not words[k].is_punct and (_according_at(words, k) or _verb(words[k], sentence.text))
               for k in range(max(0, relative - _ANTECEDENT_REACH), relative))


_ANTECEDENT_REACH = 4   # an antecedent noun phrase ("النتائج الرسمية المؤقتة") and the cue before it


def _reported_platform(sentence: _Sentence, i: int, sources: list[Mention]) -> str | None:
    """The platform of the claim of the verb at word i: one named from it on, else, for a speaker
    no outlet relays, the speaker's own channel named before it in the sentence ("وتبنت الحركة
    الهجوم عبر إذاعة الأندلس الناطقة باسمها، وزعمت أن": Radio)."""
    named = sentence.platform_from(i)
    if named or len(sources) > 1:
        return named
    return sentence.own_channel_before(i)


def _pronoun_relay(sentence: _Sentence, i: int, lemma: str, before: list[Mention] | None) -> list[Mention] | None:
    """The chain of a relaying verb with no named subject and its preposition right after it
    ("ونقلت عن مصادر عسكرية أن"، "ونقل عن الوزير قوله إن"): who is named after the preposition
    said it, and the subject before relays it when the verb is feminine (ونقلت: no passive of
    news Arabic) or the subject is an outlet; otherwise the unvoweled verb is the passive
    ("ونُقل عن"), relayed by no one named."""
    origin = _cues()["relay_from"].get(lemma)
    words = sentence.words
    if origin is None or i + 1 >= len(words) or words[i + 1].norm != origin:
        return None
    quoted = _relayed_from(sentence, i + 1, origin)
    if not quoted:
        return None
    text = sentence.text
    relays = [source for source in before or [] if _feminine(words[i]) or _media(source)
              or _head_of(text, source) in _cues()["outlet_heads"]]
    return quoted[0] + [source for source in relays if not any(_same_span(source, q) for q in quoted[0])][:1]


def _definite_report(sentence: _Sentence, i: int) -> Mention | None:
    """A definite report noun right after the verb at word i, its subject ("وأوضح البيان أن"،
    "وأشار التقرير إلى …"): the report itself is the source, as the text names it, even when
    its issuer spoke just before ("قال الوزير في بيان … . وأضاف البيان أن")."""
    words = sentence.words
    k = i + 1
    if not (k < len(words) and words[k].norm.startswith("ال") and _bare(words[k].norm) in _cues()["report_nouns"]):
        return None
    return Mention(words[k].start, words[k].end, "ORG", "phrase", [], word_span=(k, k + 1))


def _past_nisba(words: list[Word], j: int) -> int:
    """The word after one or two definite nisba adjectives at word j, which qualify the quoted
    name before them: «والا» العبري، "يديعوت أحرونوت" العبرية."""
    k = j
    endings, stops = _cues()["nisba_endings"], _cues()["phrase_stops"]
    while k < len(words) and k - j < 2 and words[k].norm.startswith("ال") and words[k].norm.endswith(endings) \
            and words[k].norm not in stops:   # (إلى, normalised الي, is no nisba)
        k += 1
    return k


def _past_attribute(words: list[Word], j: int, origin: str) -> int:
    """The index of a relaying verb's preposition (`origin`: عن) past an attributive phrase that
    qualifies the outlet before it, a definite adjective and its preposition's noun ("وكالة فارس
    القريبة من الحرس الثوري عن"، "قناة المسيرة التابعة للجماعة عن"); j when none stands there."""
    n = len(words)
    if not (j + 2 < n and words[j].norm.startswith("ال") and not words[j].is_punct):
        return j
    follower = words[j + 1].norm
    if not (follower in _cues()["attribute_prepositions"] or follower.startswith("لل")):
        return j
    for k in range(j + 2, min(j + 2 + _ATTRIBUTE_REACH, n)):
        if words[k].norm == origin:
            return k
        if words[k].is_punct or _verb(words[k]):
            break
    return j


_ATTRIBUTE_REACH = 4   # the noun phrase an attributive adjective's preposition takes ("الحرس الثوري الإيراني")


def _past_acronym(words: list[Word], j: int) -> int:
    """The index past an agency's acronym in quotes that follows its name at word j ("وكالة أنباء
    الإمارات "وام"،"، "وكالة الأنباء القطرية «قنا»"): a short quoted name of no more than three
    words; j when none stands there."""
    n = len(words)
    if j >= n or words[j].norm not in _OPENING_QUOTES:
        return j
    close = next((k for k in range(j + 2, min(j + 5, n)) if words[k].norm in _QUOTES), None)
    if close is None or any(words[k].is_punct for k in range(j + 1, close)):
        return j
    return close + 1


def _past_quoted_name(words: list[Word], j: int, origin: str) -> int:
    """The relaying preposition after an outlet's quoted name that ends at word j, past its
    closing quote and a nisba ("وكالة "رويترز" عن"، "شبكة "السويداء 24" المحلية عن"); j when
    no such preposition follows."""
    k = j + 1 if j < len(words) and words[j].norm in ('"', "»", "”") else j
    k = _past_nisba(words, k)
    return k if k < len(words) and words[k].norm == origin else j


def _relayed_from(sentence: _Sentence, j: int, preposition: str = "عن") -> tuple[list[Mention], int] | None:
    """The chain after "عن" (or "من" after علم) at word j, originator first: "عن صحيفة هآرتس عن
    مسؤولين" → [مسؤولين, هآرتس]; each "عن" (or "نقلا عن") steps one relay back."""
    words = sentence.words
    chain: list[Mention] = []
    after = j
    while after < len(words) and words[after].norm in (preposition, "عن"):
        found = _subject_after(sentence, after + 1)
        if not found:
            break
        chain.insert(0, found[0])
        after = found[1]
        if after + 1 < len(words) and words[after].norm in ("نقلا", "نقل") and words[after + 1].norm == "عن":
            after += 1
    return (chain, after) if chain else None


def _body_words(text: str, mention: Mention) -> frozenset[str]:
    """The words of a mention without the article or a ل of the idafa ("لمنظمة" → منظمه)."""
    out = set()
    for word in text[mention.start:mention.end].split():
        norm = _normalised(word)
        for prefix in ("لل", "ال", "ل"):
            if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
                norm = norm[len(prefix):]
                break
        out.add(norm)
    return frozenset(out)


def _speaker_words(text: str, mention: Mention) -> frozenset[str]:
    return frozenset(_bare(normalise_word(w)) for w in text[mention.start:mention.end].split() if len(w) > 2)


def _same_speaker(text: str, mention: Mention, state: _State) -> bool:
    """Whether a named speaker is one the governing source relays (أفيخاي أدرعي … أدرعي)."""
    return bool(_speaker_words(text, mention) & state.governed)


class _Carrier(NamedTuple):
    """An outlet that carried a statement, the index of the word after it, and its medium when it
    is the speaker's side's own channel (then it is the platform, no relay)."""
    outlet: Mention
    end: int
    own: str | None = None


def _broadcast(sentence: _Sentence, j: int) -> _Carrier | None:
    """An outlet that carried the statement, named between the speaker and what was said:
    "في بيان نقلته وكالة الأنباء السعودية"، "في كلمة بثها التلفزيون الرسمي" (own: TV)."""
    words = sentence.words
    cues = _cues()
    for k in range(j, min(j + 12, len(words) - 1)):   # (past a title: "أوبراين مستشار الأمن القومي، في بيان نشره …")
        norm = words[k].norm
        if words[k].is_punct and norm not in ("،", ",") or norm in cues["complementizers"]:
            return None
        if _relay_verb(norm, words[k].lemma):
            found = _outlet_after(sentence, k)
            return _Carrier(found[0], found[1], _own_medium(sentence, k, found)) if found else None
    return None


def _outlet_after(sentence: _Sentence, k: int) -> tuple[Mention, int] | None:
    """The outlet after the verb of carrying at word k ("نقلته وكالة الأنباء"، "بثها التلفزيون")."""
    words = sentence.words
    cues = _cues()
    m = k + 1
    if m < len(words) and words[m].norm in cues["object_pronouns"]:
        m += 1
    elif words[k].norm in cues["relay_verbs"]:
        return None   # a bare form with no pronoun of the statement is a verbal noun: "أعلنت الوزارة نقل الجرحى"
    found = sentence.mention_at(m)
    if found and found[0].type in ("ORG", "GPE"):   # (a seat of government: "نشره البيت الأبيض")
        return found
    if m < len(words) and _bare(words[m].norm) in cues["outlet_heads"]:
        return _phrase(sentence, m)   # "نقلته وكالة الأنباء الرسمية" that no entity names
    if m < len(words) and words[m].norm.startswith("ال"):
        return _phrase(sentence, m)   # "في بيان نشره المكتب الإعلامي": a body that published it
    return None


def _own_channels(sentence: _Sentence) -> list[tuple[int, str]]:
    """Every own channel that carried a statement in the sentence: after a verb of carrying
    ("في بيان بثته قناة المسيرة التابعة لها") or after عبر ("عبر إذاعة الأندلس الناطقة باسمها"،
    "في بيان تلاه ناطق عسكري عبر التلفزيون الرسمي"), by that word's index, with its medium."""
    words = sentence.words
    cues = _cues()
    if sentence.norms().isdisjoint(cues["own_channel_forms"]):
        return []
    found: list[tuple[int, str]] = []
    for k, word in enumerate(words[:-1]):
        if word.norm == "عبر":
            outlet = sentence.mention_at(k + 1) or _phrase(sentence, k + 1, any_head=True)
        elif _relay_verb(word.norm, word.lemma):
            outlet = _outlet_after(sentence, k)
        else:
            continue
        medium = _own_medium(sentence, k, outlet) if outlet else None
        if medium:
            found.append((k, medium))
    return found


def _own_medium(sentence: _Sentence, k: int, outlet: tuple[Mention, int]) -> str | None:
    """The medium (TV, Radio) of the channel that carried a statement at word k when it is the
    speaker's side's own (cues.yaml, the channel rule): one the text says is theirs ("قناة المسيرة
    التابعة للجماعة"), or a state channel ("التلفزيون الرسمي"، "الإذاعة السودانية") carrying a
    speech, letter or statement named just before ("في كلمة مقتضبة بثها")."""
    words = sentence.words
    cues = _cues()
    first = next((m for m in range(k + 1, min(k + 3, len(words))) if words[m].start >= outlet[0].start), None)
    if first is None:
        return None
    medium = cues["own_channel_heads"].get(_bare(words[first].norm))
    end = outlet[1]
    if medium is None:
        return None
    if _airing_verb(words[k]) and any(_bare(words[m].norm) in cues["aired_speeches"] for m in range(max(0, k - 3), k)):
        return medium   # "في كلمة بثتها قناة «…»": any channel that aired the speaker's speech (cues.yaml)
    markers = cues["own_channel_markers"]
    if any(m + 1 < len(words) and words[m + 1].norm.startswith(markers.get(words[m].norm, "-"))
           for m in (end - 1, end)):
        return medium   # "التابعة لها"، "الناطقة باسمها" (the marker may close the outlet's phrase)
    back = 3 if not any(words[m].norm in cues["relative_pronouns"] for m in range(max(0, k - 2), k)) else 12
    if not any(_bare(words[m].norm) in cues["state_channel_occasions"] for m in range(max(0, k - back), k)):
        return None   # (past a relative clause: "رسالة الرئيس إلى رئيس المجلس، التي بثها التلفزيون")
    adjectives = [words[m].norm for m in range(first + 1, end)]
    if any(a in cues["state_channel_forms"] for a in adjectives):
        return medium   # "التلفزيون السوري الرسمي"، "الإذاعة الوطنية"
    if words[first].norm.startswith("ال") and len(adjectives) == 1 and adjectives[0].startswith("ال") and \
            adjectives[0].endswith(("ي", "يه")) and adjectives[0] not in cues["not_state_channel_forms"]:
        return medium   # "التلفزيون الجزائري": a bare channel named by its state
    return None


def _told_by_speaker(sentence: _Sentence, i: int, claim: Claim) -> bool:
    """Whether the relay of the claim at word i is an outlet its named speaker talked to ("وقال محافظ جنين
    لإذاعة «صوت فلسطين» إن"، "وقال الوزير في تصريح لقناة X إن"): it carried that speaker's words only, and
    relays no one else who speaks after him in the paragraph ("…، فيما أكد مسعف …"), as an outlet that
    opens the paragraph with what it reports does ("ونقلت وكالة X عن مصادر …")."""
    words = sentence.words
    verb = _verb(words[i])
    if verb is None or _relay_verb(words[i].norm, verb[0]) or _normalised(verb[0]) in _cues()["relay_from"]:
        return False
    speaker = claim.sources[0]
    unnamed = speaker.anonymous and _head_of(sentence.text, speaker) in _cues()["anonymous_heads"]
    return not unnamed and speaker.start > words[i].start and len(claim.sources) == 2   # ("محافظ نابلس" is named by office)


def _airing_verb(word: Word) -> bool:
    """Whether the verb of carrying is one of airing ("بثها"، "أذاعته"), under its object pronoun or not."""
    airing = _cues()["airing_verbs"]
    return word.lemma in airing or word.norm in airing or _relay_stem(word.norm, airing) is not None


@lru_cache(maxsize=4096)
def _relay_verb(norm: str, lemma: str) -> bool:
    relays = _cues()["relay_verbs"]
    return lemma in relays or norm in relays or _relay_stem(norm, relays) is not None


def _relay_stem(norm: str, *listed) -> str | None:
    """A relaying verb's stem under its object pronoun ("نقلته"، "أورده"): the first of `norm` less ته/تها/ها/ه
    that one of the `listed` sets holds; None when none does."""
    for suffix in ("ته", "تها", "ها", "ه"):
        stem = norm[:-len(suffix)]
        if norm.endswith(suffix) and any(stem in words for words in listed):
            return stem
    return None


def _closing_relay_form(words: list[Word], j: int) -> tuple[str, str] | None:
    """(lemma, certainty) of a relaying verb after ما with its object pronoun still on it, which the
    lexicon may read as another word ("بحسب ما أورده الديوان": أورده is no vein, وريد; "ما أذاعه"،
    "ما نشره"): closing_relay_verbs or relay_verbs less the pronoun; None for any other word."""
    if j < 1 or not words[j - 1].norm.endswith("ما"):
        return None
    cues = _cues()
    stem = _relay_stem(words[j].norm, cues["closing_relay_verbs"], cues["relay_verbs"])
    return (stem, "asserted") if stem is not None else None


def _contained_at(words: list[Word], i: int) -> int:
    """The length in words of a "جاء في" phrase at word i, 0 when there is none."""
    for phrase in _cues()["contained_in"].get(words[i].norm, ()):
        if tuple(w.norm for w in words[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _contained(sentence: _Sentence, i: int, length: int, state: _State) -> Claim | None:
    """"وجاء في بيان للجيش أن …": what a statement says, its issuer the source — named after
    ل, in construct ("تقرير الأمم المتحدة"), after "صادر عن", or, for a definite statement that
    names none ("وجاء في البيان"), the last speaker."""
    cues = _cues()
    words = sentence.words
    n = len(words)
    noun = i + length
    if noun + 1 < n and _bare(words[noun].norm) in cues["text_of_nouns"]:
        noun += 1   # "وجاء في نص بيان للخارجية أن": the statement's text is the statement
    if noun >= n or _bare(words[noun].norm) not in cues["report_nouns"]:
        return None   # "جاء في المرتبة الأولى"
    owner = _issuer(sentence, noun)
    j = noun + 1
    if owner:
        sources, j = [owner[0]], owner[1]
    elif words[noun].norm.startswith("ال") and state.last_sources:
        sources = list(state.last_sources)
    else:
        return None
    qualifier = j
    while j < min(n, noun + 18) and not (words[j].is_punct and words[j].norm not in ("،", ",", ":", '"', "«")) \
            and words[j].norm not in cues["complementizers"]:
        j += 1   # what else qualifies the statement: "الذي نشرته على موقعها"، "اليوم"، "إلى رئيس المجلس"
    for k in range(qualifier, j):
        if words[k].norm in cues["relative_pronouns"]:
            # "رسالة الرئيس …، التي بثها التلفزيون الجزائري، أن": the outlet that carried it relays it
            carried = _broadcast(sentence, k + 1)
            if carried and not carried.own and carried[1] <= j and \
                    not any(_same_span(carried[0], source) for source in sources):
                sources = sources + [carried[0]]
            break
    content = _clause_content(sentence, j)
    if content is None:
        return None
    start, end = content
    kind = "paraphrase"   # (quote or paraphrase: read from its bounded content, _bound_contents)
    return Claim(kind, (words[i].start, words[noun].end), (start, end), sources,
                 _certainty_in(sentence, start, "asserted"), sentence.platform_from())


def _issuer(sentence: _Sentence, noun: int) -> tuple[Mention, int] | None:
    """Who issued the statement named at word `noun`: after ل ("بيان للجيش"، "بلاغ لوزارة
    الداخلية"), after "صادر عن", or in construct with an indefinite statement ("تقرير الأمم
    المتحدة"); with the index of the word after it."""
    found = _issuer_from(sentence, noun, noun + 1)
    past = _past_title(sentence.words, noun + 1)
    if found is None and past > noun + 1:   # "تقرير «آفاق الاقتصاد العالمي» الصادر عن الصندوق"
        found = _issuer_from(sentence, noun, past)
    return found


def _issuer_from(sentence: _Sentence, noun: int, j: int) -> tuple[Mention, int] | None:
    """_issuer read from word j on (right after the statement's noun, or past its title)."""
    cues = _cues()
    words = sentence.words
    n = len(words)
    while j < n and words[j].norm in cues["statement_qualifiers"]:
        j += 1   # "بيان مشترك للبلدين"، "بيان رسمي صادر عن"
    if j < n and words[j].norm == "ل":
        return _subject_after(sentence, j + 1)
    if j + 1 < n and words[j].norm in cues["issued_by"] and words[j + 1].norm == "عن":
        # (what "صادر عن" names is the issuer, whatever its head: "إشعار صادر عن مقر قيادة …")
        return _subject_after(sentence, j + 2) or _phrase(sentence, j + 2, any_head=True)
    if j < n and words[j].norm[:1] == "ل" and len(words[j].norm) > 3 and not sentence.mention_at(j):
        return _phrase(sentence, j, lam=True)
    if j + 2 < n and words[j + 1].norm in cues["object_pronouns"] and words[j + 1].start == words[j].end and \
            _normalised(words[j].lemma) in cues["issue_verbs"]:
        return _subject_after(sentence, j + 2)   # "بيان أصدرته القيادة العامة": who issued it
    if j == noun + 1 and j < n and not words[noun].norm.startswith("ال"):
        return _subject_after(sentence, j)
    return None


def _past_title(words: list[Word], j: int) -> int:
    """The index past the quoted title of a report or statement opening at word j ("تقرير «أطفال
    تحت النار»"), j itself when no quote of at most eight words opens there."""
    if j >= len(words) or words[j].norm not in _OPENING_QUOTES:
        return j
    close = next((k for k in range(j + 2, min(j + 10, len(words))) if words[k].norm in _QUOTES), None)
    return close + 1 if close is not None else j


def _according_to(sentence: _Sentence, i: int, length: int, here: list[tuple[int, Claim]],
                  state: _State) -> tuple[Claim | None, int]:
    """حسب/وفق/نقلًا عن X: a claim whose source is X (and, with a following verb, its subject).

    "وفق ما أعلنته X", "بحسب ما أفاد به X": the verb's subject is the source.  "وفق تقديرات
    X", "ووفقًا لبيانات X": the body the report is of.  "…، بحسب ما نقلت (عنه) قناة X": X relays
    the claim made before it in the sentence.  "وفق ما نقلت صحيفة X عن Y": Y said it, X relayed it."""
    cues = _cues()
    words = sentence.words
    n = len(words)
    j = i + length
    verb = None
    said = (_verb(words[j]) or _closing_relay_form(words, j)) if j < n else None   # a verb of saying, or None
    if said or j < n and _resumed(sentence, i, j):
        # حسبما قال X، "حسب ما أظهرته مقاطع فيديو"، "بحسب ما أورده الديوان"
        verb = j
        j += 1
        while j < n and (words[j].norm in cues["object_pronouns"] or words[j].norm in cues["pronoun_prepositions"]
                         or words[j].norm in cues["object_prepositions"] and j + 1 < n
                         and words[j + 1].norm in cues["object_pronouns"]):
            j += 1   # "وفق ما أعلنته X"، "بحسب ما أفاد به X"، "بحسب ما نقلت عنه X"
    else:
        if j < n and words[j].norm == "ل":
            j += 1
        elif j < n and words[j].norm[:1] == "ل" and len(words[j].norm) > 3 and not sentence.mention_at(j):
            lam = _phrase(sentence, j, lam=True)   # "وفقا لوزارة الصحة" with ل left on its noun
            if lam:
                return _according_claim(sentence, i, length, None, lam, here, state)
        if j < n and _bare(words[j].norm) in cues["report_nouns"] and _past_title(words, j + 1) > j + 1:
            issuer = _issuer(sentence, j)   # "بحسب تقرير «آفاق الاقتصاد العالمي» الصادر عن صندوق النقد"
            if issuer:
                return _according_claim(sentence, i, length, None, issuer, here, state)
        relayed = _relayed_report(sentence, j)
        if relayed:
            origin, outlet = relayed
            claim, after = _according_claim(sentence, i, length, None, outlet, here, state)
            if claim is not None and origin is not None:
                claim.sources[:0] = [origin]
            return claim, after
        while j < n and _bare(words[j].norm) in cues["report_nouns"] and \
                (j + 1 < n and (sentence.mention_at(j + 1) or _phrase(sentence, j + 1)
                                or words[j + 1].norm == "ل" and sentence.mention_at(j + 2))):
            j += 2 if words[j + 1].norm == "ل" else 1   # "وفق تعداد لوكالة …": the body follows
        carried = _carried_by(sentence, j)
        if carried:
            claim, after = _according_claim(sentence, i, length, None, carried, here, state)
            if claim is not None and _carries_statement(sentence, j, carried[0]):
                # "بحسب البيان الذي نشرته وكالة الأنباء السعودية": [the statement, the agency]
                claim.sources[:0] = [Mention(words[j].start, words[j].end, "ORG", "phrase", [], word_span=(j, j + 1))]
            return claim, after
    if verb is not None and not said:
        # "حسب ما أظهرته مقاطع فيديو نشرها ناشطون": the noun right after the verb is its subject
        found = sentence.mention_at(j) or _phrase(sentence, j, any_head=True)
        if found and found[0].start != words[j].start:   # (not a person the phrase goes on to)
            found = Mention(words[j].start, words[j].end, "ORG", "phrase", [], word_span=(j, j + 1)), j + 1
        if found and not _shows(sentence, found[0]):
            found = None   # "وفق ما تسمح به الظروف": circumstances are no source
    else:
        found = _subject_after(sentence, j) or (_phrase(sentence, j, any_head=True) if verb is not None else None)
        if found and verb is None and not _names_source_at(sentence, j, found[0]):
            found = None   # "وفقا لتوجيهات رئيس الجمهورية": what is followed is no report, however titled the person after it
    if not found and verb is None and j < n and words[j].norm.startswith("ال") and \
            _bare(words[j].norm) in cues["report_nouns"] and state.last_sources:
        # "ووفقا للبيان، …": the statement named before, its issuer the last source
        after = j + 1
        if after < n and words[after].norm in ("،", ","):
            start, end = _content(sentence, after)
        else:
            start, end = words[0].start, words[i - 1].end if i > 0 else words[i].start
        claim = Claim("according-to", (words[i].start, words[j].end), (start, end), list(state.last_sources),
                      _certainty_in(sentence, start, "asserted"), sentence.platform_from())
        return claim, after
    if not found:   # (after "وفق ما أعلنت" any noun phrase is the verb's subject: "خدمة الإسعاف")
        return None, i + length
    return _according_claim(sentence, i, length, verb, found, here, state, said)


def _names_source_at(sentence: _Sentence, j: int, found: Mention) -> bool:
    """Whether the source read after an according-to phrase opens at word j, where the phrase
    ends: the mention starts there, or a speaker phrase, a quantity, an honorific, a time or "كل
    من" leads to it — not a noun that reports nothing ("وفقا لتوجيهات الرئيس"، "حسب رغبة الأسر")."""
    words = sentence.words
    if j >= len(words) or found.start <= words[j].start:
        return True
    word = words[j]
    cues = _cues()
    if word.is_punct or j in sentence.times or word.norm in cues["honorifics"] or word.norm == "كل" or \
            _bare(word.norm) in cues["report_nouns"]:
        return True   # (a report names its issuer after it: "وفق بيان صادر عن الوزارة")
    return _phrase(sentence, j) is not None or _counted_phrase(sentence, j) is not None or \
        _split_head(words, j) is not None


def _carried_by(sentence: _Sentence, j: int) -> tuple[Mention, int] | None:
    """The outlet that carried a report named at word j: "البيان، الذي نشرته وكالة الأنباء
    السعودية (واس)،"، "التقرير الذي أوردته صحيفة X"; with the index of the word after it."""
    cues = _cues()
    words = sentence.words
    n = len(words)
    if not (j < n and words[j].norm.startswith("ال") and _bare(words[j].norm) in cues["report_nouns"]):
        return None
    m = j + 1
    if m < n and words[m].norm in ("،", ","):
        m += 1
    if not (m + 1 < n and words[m].norm in cues["relative_pronouns"] and _relay_verb(words[m + 1].norm, words[m + 1].lemma)):
        return None
    m += 2
    if m < n and words[m].norm in cues["object_pronouns"]:
        m += 1
    found = sentence.mention_at(m)
    if not (found and found[0].type == "ORG"):
        found = _phrase(sentence, m)
    if not found:
        return None
    return found[0], _past_parenthesis(words, found[1])


def _carries_statement(sentence: _Sentence, j: int, outlet: Mention) -> bool:
    """Whether the report at word j is someone's statement (carried_statements: بيان، رسالة …)
    and a news outlet carried it, so that the outlet relays it ("البيان الذي نشرته وكالة
    الأنباء السعودية"), not an outlet's own report ("تقرير بثته قناة الميادين")."""
    return _bare(sentence.words[j].norm) in _cues()["carried_statements"] and _outlet(sentence.text, outlet)


def _outlet_relays(sentence: _Sentence, verb: int | None, lemma: str | None, source: Mention) -> bool:
    """Whether the verb of a closing according-to phrase ("…، وفق ما ذكرته/نشرته وكالة X") is
    one by which an outlet relays (closing_relay_verbs, relay_verbs) and its subject is an outlet
    ("صحيفة «المصري اليوم»": the outlet noun before the quoted name counts)."""
    if verb is None:
        return False
    word = sentence.words[verb]
    if not (lemma in _cues()["closing_relay_verbs"] or _relay_verb(word.norm, word.lemma)):
        return False
    if _outlet(sentence.text, source):
        return True
    words = sentence.words
    k = next((m for m in range(verb + 1, len(words)) if words[m].start >= source.start), len(words)) - 1
    while k > verb and words[k].norm in _OPENING_QUOTES:
        k -= 1
    return k > verb and _bare(words[k].norm) in _cues()["outlet_heads"]


def _relays_as_said(sentence: _Sentence, i: int, lemma: str, here: list[tuple[int, Claim]]) -> bool:
    """"…، كما نقلت (عنه) صحيفة Y"، "…، مثلما أوردت وكالة Y": a relaying verb after كما/مثلما and a
    comma, with no clause of its own and a news outlet for subject, relays the claims made before it
    in the sentence, which then name the outlet after their speaker (as "…، وفق ما نقلته وكالة Y"
    does); True when so."""
    words = sentence.words
    n = len(words)
    cues = _cues()
    if not (i >= 2 and words[i - 1].norm in cues["as_said"] and words[i - 2].norm in ("،", ",")):
        return False
    said = _normalised(lemma)
    if not (said in cues["closing_relay_verbs"] or _relay_verb(words[i].norm, said)):
        return False
    if _clause_at(words, i, text=sentence.text) is not None:
        return False   # "…، كما ذكرت الصحيفة أن الوزير استقال": a report of its own
    k = i + 1
    if k < n and words[k].norm in ("عنه", "عنها", "عنهم"):
        k += 1
    elif k + 1 < n and words[k].norm == "عن" and words[k + 1].norm in cues["object_pronouns"]:
        k += 2   # (the speaker taken up: "كما نقلت عنه")
    found = sentence.mention_at(k) or _phrase(sentence, k)
    earlier = [claim for at, claim in here if at < i]
    if not found or not earlier or not _outlet(sentence.text, found[0]):
        return False
    for claim in earlier:
        if not any(_same_span(found[0], source) for source in claim.sources):
            claim.sources.append(found[0])
    return True


def _closing_body(sentence: _Sentence, i: int, after: int, verb: int | None, lemma: str | None,
                  sources: list[Mention]) -> bool:
    """Whether an according-to phrase at word i that closes its sentence right after the closing
    quote of what was said and a comma names one body that put the words out: an office, a ministry
    or a state the knowledge base knows ("…، من أن «…»، بحسب البيت الأبيض."، "…، بحسب ما أورده
    الديوان الملكي."), with no verb or a verb by which a report is carried (closing_relay_verbs).
    After words not quoted the phrase may tell where the last figure came from ("…، وأسفرت عن مقتل
    سبعة أشخاص، بحسب الصليب الأحمر"); anonymous sources and people ("…، حسب مصادر طبية"), outlets
    (_closing_outlet) and statements named by their issuers ("…، وفق بيان مشترك لـ…") are read apart."""
    words = sentence.words
    n = len(words)
    if verb is not None and lemma not in _cues()["closing_relay_verbs"]:
        return False
    closes = after >= n or words[after].norm in (".", "؟", "!") or after + 1 >= n and words[after].is_punct
    if not (i >= 2 and words[i - 1].norm in ("،", ",") and words[i - 2].norm in CLOSING_QUOTES and closes
            and len(sources) == 1):
        return False
    source = sources[0]
    if source.anonymous or source.via == "phrase" or source.type not in ("ORG", "GPE") or \
            _outlet(sentence.text, source):
        return False
    return not any(w.end <= source.start for w in words[(verb if verb is not None else i) + 1:]
                   if _bare(w.norm) in _cues()["report_nouns"])   # (a report names its issuer: "وفق بيان للرئاسة")


def _clause_claims(sentence: _Sentence, i: int, here: list[tuple[int, Claim]]) -> list[Claim]:
    """The claims before word i in its clause: those told after the last contrast opener before i
    ("قال X إن …، فيما قال Y إن …، بحسب البيت الأبيض": only Y's)."""
    openers = _cues()["contrast_openers"]
    last = max((k for k in range(i) if sentence.words[k].norm in openers), default=-1)
    return [claim for at, claim in here if last < at < i]


def _closing_outlet(sentence: _Sentence, i: int, after: int, sources: list[Mention]) -> bool:
    """Whether an according-to phrase with no verb at word i closes its sentence after a comma and
    names one news outlet ("…، على ذمة صحيفة الشرق الأوسط."، "…، حسب وكالة رويترز."): the outlet
    that carried what was said before it, not a second source (a body or people named so, "…،
    حسب مصادر طبية", stay their own claim)."""
    words = sentence.words
    n = len(words)
    closes = after >= n or words[after].norm in (".", "؟", "!") or after + 1 >= n and words[after].is_punct
    return i >= 1 and words[i - 1].norm in ("،", ",") and closes and len(sources) == 1 and \
        _outlet(sentence.text, sources[0])


def _speech_act_subject(sentence: _Sentence, i: int) -> Mention | None:
    """The subject of an act of speech (speech_acts: هنأ، أشاد، رحب …) that opens the clause
    before word i, None when the clause opens on no such verb ("وقصفت الطائرات المدينة")."""
    words = sentence.words
    acts = _cues()["speech_acts"]
    opening = sentence.opening()
    # (or right after a fronted phrase and its comma: "وعلى الضفة الأخرى، أشاد …"، "من جهته، رحب …")
    comma = next((k for k in range(opening, min(opening + 6, i)) if words[k].norm in ("،", ",")), None)
    window = list(range(min(i, opening + 3)))
    if comma is not None:
        window += range(comma + 1, min(i, comma + 3))
    for k in window:
        word = words[k]
        lemma = _normalised(word.lemma) if word.lemma else ""
        stem = _stem_lemma(word.norm)
        if _listed(word.norm, acts) or lemma in acts or stem in acts:
            if _clause_between(words, k, i):
                return None   # "أدانت الوزارة …، فيما اعتقلت الشرطة …، حسبما ذكرت صحيفة X": the arrest's
            found = _subject(sentence, k)
            return found[0] if found else None
    return None


def _clause_between(words: list[Word], k: int, i: int) -> bool:
    """Whether another clause opens between words k and i on a word that opens a clause with a
    subject of its own (svo_openers other than complementizers and كما: فيما، بينما، لكن، إذ)."""
    openers = _own_subject_openers()
    return any(word.norm in openers for word in words[k + 1:i])


@lru_cache(maxsize=1)
def _own_subject_openers() -> frozenset[str]:
    """svo_openers other than complementizers and كما (فيما، بينما، لكن، إذ), built once."""
    cues = _cues()
    return frozenset(cues["svo_openers"] - cues["complementizers"] - cues["as_said"])


def _relayed_report(sentence: _Sentence, j: int) -> tuple[Mention | None, tuple[Mention, int]] | None:
    """An indefinite report at word j that an outlet carried, after an according-to phrase: its
    originator (or None) and the outlet with the index of the word after it.

    "بحسب تقديرات مصرفية نقلتها وكالة بلومبيرغ": the estimates said it, Bloomberg relayed it;
    "وفق بيان لوزارة الخارجية نقلته الوكالة": the ministry, then the agency; "وفق أرقام نشرتها
    الوزارة": the ministry published its own figures, so it alone is the source (a report that a
    body or an outlet published with no owner named is theirs, "تقرير بثته قناة الميادين"; a
    statement a news outlet carried, or any report that was نقل, is [report, outlet], the
    convention decided in session 13: "وفق بيان نشرته وكالة الأنباء الرسمية")."""
    words = sentence.words
    n = len(words)
    if not (j < n and not words[j].norm.startswith("ال") and _bare(words[j].norm) in _cues()["report_nouns"]):
        return None
    owner: Mention | None = None
    k = j + 1
    while k < min(j + 6, n) and not _relay_verb(words[k].norm, words[k].lemma):
        if words[k].is_punct or _verb(words[k]):
            return None
        if owner is None and words[k].norm[:1] == "ل" and k + 1 < n and not sentence.mention_at(k):
            found = sentence.mention_at(k + 1) or _phrase(sentence, k + 1) if words[k].norm == "ل" \
                else _phrase(sentence, k, lam=True)   # "بيان لوزارة الخارجية" (ل left on its noun)
            if not found:
                return None
            owner, k = found[0], found[1]
            continue
        if owner is not None or sentence.mention_at(k):
            return None
        k += 1   # an adjective of the report: "تقديرات مصرفية"، "بيان مشترك"
    if not (k + 1 < n and k < min(j + 6, n) and words[k + 1].norm in _cues()["object_pronouns"]):
        return None   # (the pronoun that takes up the report: "نقلتها"، "نشرته")
    outlet = sentence.mention_at(k + 2) or _phrase(sentence, k + 2)
    if not outlet:
        return None
    if owner is None and (_normalised(words[k].lemma or words[k].norm) == "نقل" or words[k].norm.startswith("نقل")
                          or _carries_statement(sentence, j, outlet[0])):
        # (a news outlet carries a report it did not make: "وفق حصيلة رسمية نشرتها وكالة الأنباء")
        owner = Mention(words[j].start, words[k - 1].end, "ORG", "phrase", [], word_span=(j, k))
    return owner, (outlet[0], outlet[1])


def _resumed(sentence: _Sentence, i: int, j: int) -> bool:
    """Whether the word at j, after an according-to phrase that ends in ما ("حسب ما"، "وفق
    ما"), is the verb of its relative clause, any verb: the pronoun that takes up ما follows it
    ("حسب ما أظهرته مقاطع فيديو"، "وفق ما ينص عليه القانون"، "بحسب ما رصدته الكاميرات") — not
    "حسب ما هو متوقع"، "بحسب ما كان مقررا"."""
    words = sentence.words
    n = len(words)
    if words[j - 1].norm not in ("ما", "حسبما", "بحسبما", "وفقما", "لما") or words[j].is_punct or \
            sentence.mention_at(j) or j + 1 >= n:
        return False
    cues = _cues()
    after = words[j + 1].norm
    if words[j + 1].start == words[j].end and after in cues["object_pronouns"]:
        return True   # "أظهرته"، "رصدتها" (the pronoun the tokenizer split off)
    return after in cues["pronoun_prepositions"] or after in cues["object_prepositions"] and j + 2 < n \
        and words[j + 2].norm in cues["object_pronouns"]   # "ينص عليه"، "أشار إليه"


def _shows(sentence: _Sentence, mention: Mention) -> bool:
    """Whether the subject of a verb that is not one of saying, after "حسب ما", can be the
    source of what the sentence says: a body or person the text names, a report, or a record
    that shows or lays down (مقاطع فيديو، صور، القانون، الدستور) — not a bare noun that may head
    a speaker elsewhere ("حسب ما تقتضيه المصلحة العامة")."""
    if mention.type in ("PER", "ORG", "GPE", "GROUP") and mention.via != "phrase":
        return True
    first = sentence.text[mention.start:mention.end].split()
    if not first:
        return False
    head = _bare(_normalised(first[0]))
    cues = _cues()
    return head in cues["record_nouns"] or head in cues["report_nouns"]


def _according_claim(sentence: _Sentence, i: int, length: int, verb: int | None, found: tuple[Mention, int],
                     here: list[tuple[int, Claim]], state: _State,
                     said: tuple[str, str] | None = None) -> tuple[Claim | None, int]:
    """The claim of an according-to phrase at word i whose source `found` was read (`said`: the
    verb of saying at `verb`, as `_according_to` read it)."""
    cues = _cues()
    words = sentence.words
    n = len(words)
    cue_end = words[verb if verb is not None else i + length - 1].end
    cue = (words[i].start, cue_end)
    lemma = _normalised(said[0]) if said else None
    relays = lemma == "نقل"
    origin = cues["relay_from"].get(lemma or "")
    found = found[0], _past_parenthesis(words, found[1])   # "وكالة … (أونروا)،"
    sources, after = _with_relay(sentence, found)
    if origin:
        after = _past_quoted_name(words, after, origin)
    if origin and after < n and words[after].norm == origin:
        quoted = _relayed_from(sentence, after, origin)
        if quoted:
            sources, after = quoted[0] + sources, quoted[1]
    elif verb is None and after + 1 < n and cues["based_on"].get(words[after].norm) == words[after + 1].norm:
        # "وفق تعداد لوكالة X يستند إلى مصادر رسمية": the count's sources said it, X relays it
        basis = _subject_after(sentence, after + 2) or _phrase(sentence, after + 2, any_head=True)
        if basis:
            sources, after = [basis[0]] + sources, basis[1]
    elif verb is None and tuple(w.norm for w in words[i:i + length]) in cues["relay_according"] and here \
            and here[-1][0] < i:
        # "أفادت وكالة X، نقلا عن مصدر Y، بأن …": Y said it, and the claim before relays it
        here[-1][1].sources[:0] = [s for s in sources if s not in here[-1][1].sources]
        return None, after
    elif verb is None and here and i >= 1 and words[i - 1].norm in ("،", ",") and \
            (after := _past_acronym(words, after)) + 1 < n and \
            words[after].norm in ("،", ",") and i - here[-1][0] <= 10 and \
            here[-1][1].cue[1] <= words[i].start < here[-1][1].content[1]:
        # "وأكد الملك، حسب الوكالة، حرص المغرب …"، "وقال الوزير، وفقا لوكالة الأنباء، إن …": a
        # parenthesis between the speaker and what was said names who relays it
        claim = here[-1][1]
        claim.sources.extend(s for s in sources if not any(_same_span(s, t) for t in claim.sources))
        if claim.content[0] <= words[after].start:   # (also when it opened on the acronym: "«قنا»، إن")
            claim.content = (words[after + 1].start, claim.content[1])
        return None, after
    elif (relays or _outlet_relays(sentence, verb, lemma, sources[0]) or
          verb is None and _closing_outlet(sentence, i, after, sources)) and here and here[-1][0] < i:
        # "قال X …، بحسب ما نقلت قناة Y"، "…، وفق ما ذكرته وكالة Y": Y relayed what X said;
        # "أكد X أن …، على ذمة صحيفة Y"، "…، حسب وكالة Y": Y, named after the claim, relays it
        for _, claim in here:
            if sources[0] not in claim.sources:
                claim.sources.append(sources[0])
        return None, after
    elif _closing_body(sentence, i, after, verb, lemma, sources) and (told := _clause_claims(sentence, i, here)):
        # "حذر X من أن «…»، بحسب البيت الأبيض."، "ودعا X إلى «…»، بحسب بيان للرئاسة."، "…، بحسب ما
        # أورده الديوان الملكي.": the body that put out the words relays the claims of its clause
        for claim in told:
            if not any(_same_span(sources[0], s) for s in claim.sources):
                claim.sources.append(sources[0])
        return None, after
    source = sources[-1]
    if 0 < after < n and words[after - 1].norm in ('"', "»", "”"):
        after = _past_nisba(words, after)   # "وحسب شبكة «سي إن إن» الأمريكية،"
    opens_sentence = i <= max(1, sentence.opening()) and after < n and words[after].norm in ("،", ",")
    if opens_sentence:
        # "ووفق موقع الحرة، يعتقد مسؤولون إسرائيليون …": the claim's originator is the
        # subject of the clause that follows; the according-to source relays it
        k = after + 1
        while k < n and words[k].norm in ("ف", "فان", "ان"):
            k += 1   # "وبحسب صحيفة X، فإن مسؤولين أمريكيين يعتقدون": the subject before its verb
        for index in range(k, min(k + (4 if words[k - 1].norm in ("فان", "ان") else 3), n)):
            if _verb(words[index]):
                subject = _subject(sentence, index)
                if subject and subject[0] is not source:
                    start, end = _content(sentence, subject[1])
                    state.governing, state.opened_here, state.paragraph_only = source, True, False
                    state.governed = _speaker_words(sentence.text, subject[0])
                    claim = Claim("according-to", cue, (start, end), [subject[0]] + sources,
                                  _certainty_in(sentence, start, _verb(words[index])[1]), sentence.platform_from())
                    return claim, n   # the clause's verb is handled here, not again as its own claim
                break
        # "وبحسب وزارة الصحة، أسفر القصف عن …": the report is the source's own, and it
        # relays no one; an outlet's report ("وحسب الوكالة، فإن …") relays, in its paragraph,
        # the unnamed people who speak after it ("وقال شهود إن …")
        if len(sources) == 1 and _outlet(sentence.text, source):   # (not "مصادر تحدثت إلى وكالة X")
            state.governing, state.opened_here, state.paragraph_only = source, True, True
            state.governed = frozenset()
        start, end = _content(sentence, after)
        claim = Claim("according-to", cue, (start, end), sources,
                      _certainty_in(sentence, start, "asserted"), sentence.platform_from())
        return claim, after
    # a trailing "…، حسبما قال X لY": the content is what came before the cue
    if (relays or _outlet_relays(sentence, verb, lemma, source)) and not here:
        actor = _speech_act_subject(sentence, i)
        if actor is not None and not any(_same_span(actor, s) for s in sources):
            sources = [actor] + sources   # "وهنأ الملك المواطنين …، وفق ما نقلته الوكالة"
    content_start = words[0].start
    content_end = words[i - 1].end if i > 0 else words[i].start
    claim = Claim("according-to", cue, (content_start, content_end), sources,
                  _certainty_in(sentence, words[0].start, "asserted", i), sentence.platform_from())
    return claim, after
