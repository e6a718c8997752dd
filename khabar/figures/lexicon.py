"""The figures stage's word lists, loaded once from data/*.yaml into lookup tables.

Everything is keyed by normalised forms (khabar.text.normalise.normalise_word).  A word in
running text may carry clitics (و ف ب ل ك) and the article; `Lexicon.analyses` strips
them and returns every reading whose base form some list knows, so the lists hold bare
forms only.

    numbers.yaml     number words, scales, vague amounts, bounds, ranges, percent, money
    units.yaml       counted nouns → unit; nouns that are never counts (time units)
    categories.yaml  cue words → figure category
    context.yaml     years, clock times, ages, ids, phone numbers, clause breaks
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


from khabar.datafile import load_yaml
from khabar.text.clitics import proclitics
from khabar.text.normalise import normalise_word

__all__ = ["Analysis", "CAPTIVE", "CATEGORIES", "IF_CAPTIVE", "Lexicon", "NounForm", "NumberForm", "PhraseTable", "lexicon", "load"]

# The ontology's figure categories (shared/spec/ontology.md), `other` being the default.
CATEGORIES = ("killed", "wounded", "abducted", "held", "released", "rescued", "dead", "alive",
              "missing", "arrested", "displaced", "protesters", "other")

# The payload of a cue that is a release only for captives (categories.yaml links.captives).
# A cue whose payload ends in IF_CAPTIVE tells the category before it only of captives: CAPTIVE,
# and a cue of taking back (links.captives.recovered: lexicon.recovered_cue, captives freed by force).
IF_CAPTIVE = "-if-captive"
CAPTIVE = "released" + IF_CAPTIVE

# Proclitics a word may carry before its base (and before the article), longest first.
_CLITICS = proclitics() + ("",)   # longest first, then no clitic at all
_ARTICLE = "ال"
_PREPOSITION_CLITICS = ("ب", "ل", "ك")  # a word after one of these is a noun, no verb


def load(name: str) -> dict:
    """One data file of the stage, parsed."""
    return load_yaml(resources.files("khabar.figures").joinpath(f"data/{name}.yaml").read_text("utf-8"))


def _n(form: object) -> str:
    return normalise_word(str(form)).strip()


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word: clitic prefix (normalised letters), article, base form."""

    prefix: str
    definite: bool
    base: str

    @property
    def bare(self) -> bool:
        return not self.prefix and not self.definite


@dataclass(slots=True)
class NumberForm:
    """What a number word can be (a form may play several roles: عشر is 10 and the
    second word of a teen; آلاف is a scale and a vague amount)."""

    unit: int | None = None
    teen_first: int | None = None
    teen_second: bool = False
    ten: int | None = None
    hundred: int | None = None
    hundred_word: bool = False
    scale: int | None = None
    scale_kind: str | None = None  # singular | dual | plural
    fraction: float | None = None
    vague: tuple[int, int | None] | None = None
    vague_added: bool = False  # نيف: a few more than the number after it (نيف وعشرون)


@dataclass(frozen=True, slots=True)
class NounForm:
    """A counted noun (or a noun that is never a count, when `unit` is time)."""

    unit: str
    number: str  # singular | dual | plural
    counts: bool = True  # False for time units


@dataclass(frozen=True, slots=True)
class VerbShapes:
    """How a verb looks that a list does not know: the imperfect's prefix, the past's
    subject suffixes (and the noun endings that look like them)."""

    starts: tuple[str, ...]
    ends: tuple[str, ...]
    ends_not: tuple[str, ...]


@dataclass(slots=True)
class DualGuess:
    """How a dual looks that no list knows (units.yaml `duals`), and the words read so far."""

    endings: tuple[str, ...]
    nisba: tuple[str, ...]
    feminine: tuple[str, ...]
    min_stem: int
    not_endings: tuple[str, ...]
    not_duals: frozenset[str]
    cache: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Currency:
    unit: str
    qualified: dict[str, str] = field(default_factory=dict)


class PhraseTable:
    """Multi-word phrases (tuples of normalised words) with a payload each.  The first
    word may carry clitics (or the article); the others must match as written."""

    def __init__(self) -> None:
        # first word → (words, payload, the words after the first as a list), longest first
        self._by_first: dict[str, list[tuple[tuple[str, ...], object, list[str]]]] = {}
        self._verbs: set[tuple[str, ...]] = set()  # phrases that are verbs: never after the article
        self._bare: set[tuple[str, ...]] = set()  # phrases never after a preposition's clitic (ب ل ك)
        self._lasts: set[str] = set()  # last words of phrases of two words or more
        self.longest = 0
        self._starters: frozenset[str] | None = None  # every surface a phrase may start with
        self._enders: frozenset[str] | None = None    # … or end with

    def add(self, phrase: str, payload: object, verb: bool = False, bare: bool = False) -> None:
        """`verb`: the phrase is a verb form, which never takes the article (لجأن is no
        اللجان, committees); `bare`: nor a preposition's clitic (بقتلتهم is no verb)."""
        words = tuple(_n(phrase).split())
        if not words:
            return
        if verb:
            self._verbs.add(words)
        if bare:
            self._bare.add(words)
        entries = self._by_first.setdefault(words[0], [])
        if all(entry[0] != words for entry in entries):
            entries.append((words, payload, list(words[1:])))
            entries.sort(key=lambda entry: -len(entry[0]))
        if len(words) > 1:
            self._lasts.add(words[-1])
        self.longest = max(self.longest, len(words))
        self._starters = self._enders = None

    @property
    def starters(self) -> frozenset[str]:
        """Every surface (clitics and article included) a phrase may start with."""
        if self._starters is None:
            self._surfaces()
        return self._starters

    @property
    def enders(self) -> frozenset[str]:
        """Every surface a phrase may end with."""
        if self._enders is None:
            self._surfaces()
        return self._enders

    def _surfaces(self) -> None:
        self._starters = frozenset(_variants(set(self._by_first)))
        singles = {entry[0][0] for entries in self._by_first.values() for entry in entries if len(entry[0]) == 1}
        self._enders = frozenset(_variants(singles)) | frozenset(self._lasts)

    def firsts(self) -> set[str]:
        return set(self._by_first)

    def multi_word_firsts(self) -> set[str]:
        """First words that start only phrases of two words or more."""
        return {first for first, entries in self._by_first.items() if all(len(entry[0]) > 1 for entry in entries)}

    def __contains__(self, base: str) -> bool:
        return base in self._by_first

    def match(self, lex: "Lexicon", forms: list[str], index: int, end: int | None = None,
              article: bool = True) -> tuple[int, object, Analysis] | None:
        """The longest phrase starting at forms[index] (within forms[:end]) as
        (word count, payload, analysis of its first word), or None."""
        end = len(forms) if end is None else end
        if index >= end:
            return None
        if self._starters is None:
            self._surfaces()
        if forms[index] not in self._starters:
            return None
        best = None
        for analysis in lex.analyses(forms[index]):
            if analysis.definite and not article:
                continue
            for words, payload, tail in self._by_first.get(analysis.base, ()):
                size = len(words)
                if best is not None and size <= best[0]:
                    break  # longest first: none after this one is longer
                if index + size > end:
                    continue
                if analysis.definite and words in self._verbs:
                    continue
                if words in self._bare and analysis.prefix.endswith(_PREPOSITION_CLITICS):
                    continue
                if size == 1 or forms[index + 1:index + size] == tail:
                    best = (size, payload, analysis)
                    break
        return best

    def match_ending(self, lex: "Lexicon", forms: list[str], last: int, floor: int = 0,
                     article: bool = True) -> tuple[int, object, Analysis] | None:
        """The longest phrase that ends at forms[last] (and starts at or after `floor`)."""
        if self._enders is None:
            self._surfaces()
        if forms[last] not in self._enders:
            return None
        if forms[last] not in self._lasts:
            found = self.match(lex, forms, last, last + 1, article)
            return found if found is not None and found[0] == 1 else None
        for size in range(min(self.longest, last - floor + 1), 0, -1):
            found = self.match(lex, forms, last - size + 1, last + 1, article)
            if found is not None and found[0] == size:
                return found
        return None


class Lexicon:
    """All of the stage's word lists as lookup tables."""

    def __init__(self) -> None:
        numbers, units, categories, context = load("numbers"), load("units"), load("categories"), load("context")
        self.numbers: dict[str, NumberForm] = {}
        self.not_numbers: set[str] = {_n(f) for f in numbers.get("not_numbers", [])}
        self.not_number_clitics = tuple(_n(f) for f in numbers["not_number_clitics"])
        self.one_of: set[str] = {_n(f) for f in numbers.get("one_of", [])}
        self.one_of_pronouns: set[str] = {_n(f) for f in numbers.get("one_of_pronouns", [])}
        self.one_more = frozenset(_n(f) for f in numbers["one_more"])
        self.compound_ordinals = frozenset(_n(f) for f in numbers["compound_ordinals"])
        self._load_numbers(numbers)
        self.thousands_group = int(numbers["digits"]["thousands_group"])
        self.plural_fractions: dict[str, float] = {_n(form): float(value)
                                                   for value, forms in numbers["plural_fractions"].items()
                                                   for form in forms}

        self.bounds_before = PhraseTable()
        self.bounds_after = PhraseTable()
        for kind, phrases in numbers["bounds"]["before"].items():
            for phrase in phrases:
                self.bounds_before.add(phrase, kind)
        for kind, phrases in numbers["bounds"]["after"].items():
            for phrase in phrases:
                self.bounds_after.add(phrase, kind)
        self.subject_bounds = PhraseTable()
        subject_bounds = numbers["subject_bounds"]
        for kind in ("min", "max", "approx"):
            for phrase in subject_bounds.get(kind) or []:
                self.subject_bounds.add(phrase, kind, verb=True)
        self.subject_bound_reach = int(subject_bounds["reach"])
        ranges = numbers["ranges"]
        self.range_open = PhraseTable()
        for phrase in ranges["open"]:
            self.range_open.add(phrase, "open")
        self.range_join = {_n(w) for w in ranges["join"]}
        self.range_join_open = {_n(w) for w in ranges["join_open"]}
        self.range_alternatives = {_n(w) for w in ranges["alternatives"]}
        self.alternative_most = float(ranges["alternative_most"])
        self.change = PhraseTable()
        for phrase in ranges["change"]:
            self.change.add(phrase, "change")
        self.percent_signs = set(numbers["percent"]["signs"])
        self.percent_words = PhraseTable()
        for phrase in numbers["percent"]["words"]:
            self.percent_words.add(phrase, "percent")
        self.currencies: dict[str, Currency] = {}
        for entry in numbers["currencies"]:
            qualified = {_n(k): v for k, v in (entry.get("qualified") or {}).items()}
            for form in entry["forms"]:
                self.currencies[_n(form)] = Currency(entry["unit"], qualified)
        self.currency_signs: dict[str, str] = dict(numbers["currency_signs"])
        self.ordinal_article = {_n(f) for f in numbers["ordinal_article"]}

        self.nouns: dict[str, NounForm] = {}
        # the broken plurals of a noun in ة (أسرة → أسر), with the article: a verb after them
        # agrees in the feminine singular ("مئات الأسر فرت")
        self.feminine_plurals: set[str] = set()
        for unit, nouns in units["counted"].items():
            for forms in nouns:
                self._add_noun(unit, forms, counts=True)
        for reason, nouns in units["not_counts"].items():
            for forms in nouns:
                self._add_noun(reason, forms, counts=False)
        self.person_units = set(units["person_units"])
        self.event_genitive = frozenset(units["event_genitive"])
        nisba = units["nisba"]
        self.nisba_plural = tuple(_n(e) for e in nisba["plural_endings"])
        self.nisba_singular = tuple(_n(e) for e in nisba["singular_endings"])
        self.nisba_min = int(nisba["min_letters"])
        self.nisba_broken = frozenset(_n(w) for w in nisba["broken_plurals"])
        self.not_nisba = {_n(w) for w in nisba["not_nisba"]}
        # … and each in the accusative, as it stands after a noun in that case ("عفوًا رئاسيًا")
        self.not_nisba |= {w + "ا" for w in self.not_nisba if w.endswith("ي")}
        sound = units["sound_plural"]
        self.sound_endings = tuple(_n(e) for e in sound["endings"])
        self.sound_min = int(sound["min_letters"])
        self.not_plural = {_n(w) for w in sound["not_plural"]}
        self.once_idioms = frozenset(_n(w) for w in units["once_idioms"])
        terms = units["terms"]
        self.terms_before = frozenset(_variants({_n(w) for w in terms["before"]}))
        self.terms_after = frozenset(_n(w) for w in terms["after"])
        self.terms_reach = int(terms["reach"])
        self.term_breaks = frozenset(_variants({_n(w) for w in terms["breaks"]}, article=False))
        self.terms_lasted = frozenset(_variants({_n(w) for w in terms["lasted"]}, article=False))
        self.terms_adjacent = frozenset(_variants({_n(w) for w in terms["adjacent"]}))
        self.terms_far = frozenset(_variants({_n(w) for w in terms["far"]}))
        self.terms_far_reach = int(terms["far_reach"])
        loans = terms["loans"]
        self.loan_heads = frozenset(_variants({_n(w) for w in loans["heads"]}))
        self.loan_openers = frozenset(_n(w) for w in loans["openers"])
        self.loan_reach = int(loans["reach"])
        self.terms_lasted_reach = int(terms["lasted_reach"])
        within = terms["within"]
        self.terms_within = frozenset(_variants({_n(w) for w in within["words"]}, article=False))
        self.terms_within_future = frozenset(_variants({_n(w) for w in within["future"]}, article=False))
        self.terms_future_prefix = _n(within["future_prefix"])
        self.terms_subjunctive = frozenset(_n(w) for w in within["subjunctive"])
        self.terms_subjunctive_after = frozenset(_variants({_n(w) for w in within["subjunctive_after"]},
                                                           article=False))
        self.terms_past = frozenset(_n(w) for w in within["past"])
        self.terms_within_reach = int(within["reach"])
        self.term_dual_prefixes = frozenset(terms["dual_prefixes"])
        self.tamyiz_unit = str(units["tamyiz"]["unit"])
        self.amount_scale = int(units["tamyiz"]["amount_scale"])
        self.not_nouns = frozenset(_n(w) for w in units["tamyiz"]["not_nouns"])
        shapes = units["tamyiz"]["verb_shapes"]
        self.verb_shapes = VerbShapes(tuple(_n(w) for w in shapes["starts"]), tuple(_n(w) for w in shapes["ends"]),
                                      tuple(_n(w) for w in shapes["ends_not"]))
        self.clitic_articles = tuple(_n(w) for w in units["tamyiz"]["clitic_articles"])
        # the article alone first, then after a clitic: a definite noun's prefixes
        self.definite_articles = ("ال",) + self.clitic_articles
        named = units["named_references"]
        self.named_reference_most = int(named["most"])
        self.named_reference_types = {str(unit): frozenset(types) for unit, types in named["types"].items()}
        duals = units["duals"]
        nisba_duals = tuple(_n(w) for w in duals["nisba"])
        feminine_duals = tuple(_n(w) for w in duals["feminine"])
        self.dual_guess = DualGuess(nisba_duals + feminine_duals, nisba_duals, feminine_duals,
                                    int(duals["min_stem"]), tuple(_n(w) for w in duals["not_endings"]),
                                    frozenset(_n(w) for w in duals["not_duals"]))
        self.listed_dual_prefixes = frozenset(_n(w) for w in duals["listed_prefixes"])
        self.partitive_ranked = frozenset(_n(w) for w in units["partitive"]["ranked"])
        self.partitive_words = PhraseTable()
        for phrase in units["partitive"]["words"]:
            self.partitive_words.add(phrase, "partitive")
        # single words after which a definite …ين is the group a part is taken from, a plural
        # (من العاملين، بين المدنيين), not a dual
        self.partitive_of = frozenset(_n(w) for w in units["partitive"]["words"] + units["partitive"]["among_named"]
                                      if " " not in str(w).strip())
        self.thing_pronouns = frozenset(_n(w) for w in units["partitive"]["thing_pronouns"])
        self.partitive_pronouns = PhraseTable()
        for phrase in units["partitive"]["pronouns"]:
            self.partitive_pronouns.add(phrase, "pronoun")
        self.among = PhraseTable()
        for phrase in units["partitive"]["among"]:
            self.among.add(phrase, "among")
        self.among_named = frozenset(_variants({_n(w) for w in units["partitive"]["among_named"]}, article=False))
        self.among_named_list_reach = int(units["partitive"]["among_named_list_reach"])
        self.out_of = PhraseTable()
        for phrase in units["partitive"]["out_of"]:
            self.out_of.add(phrase, "out_of")
        self.part_of = PhraseTable()  # a bare number before one is a part of the whole after it
        for phrase in units["partitive"]["part_of"]:
            self.part_of.add(phrase, "part_of")
        self.ratios = PhraseTable()
        for phrase in units["partitive"]["ratios"]:
            self.ratios.add(phrase, "ratio")

        self.governing = PhraseTable()      # cue before a number
        self.post = PhraseTable()           # cue after the counted noun
        self.weak = PhraseTable()           # cue of last resort
        self.where = PhraseTable()          # where a group is held, after it
        self.singular_cues = PhraseTable()  # event nouns that count a singular noun as one
        self.singular_verbs: set[str] = set()  # … the past verbs among them (قتل، قتلت)
        self.singular_verb_forms: set[str] = set()  # every cue verb in the 3rd person singular
        self.inherent: dict[str, str] = {}  # counted noun → its own category
        self._load_categories(categories)
        self.context = {_n(w) for w in categories["context"]}
        links = categories["links"]
        self.object_prepositions = frozenset(_n(w) for w in links["objects"]["prepositions"])
        self.object_reach = int(links["objects"]["reach"])
        split = links["split"]
        if split["category"] not in CATEGORIES:
            raise ValueError("split: unknown figure category")
        self.split_particle = _n(split["particle"])
        self.split_verbs = frozenset(_n(w) for w in split["verbs"])
        self.split_category = str(split["category"])
        self.split_reach = int(split["reach"])
        self.split_barriers = frozenset(_variants({_n(w) for w in split["barriers"]}))
        undergo = links["undergo"]
        self.undergo = frozenset([form for verb in undergo["past"] for form in _past_forms(_n(verb))]
                                 + [form for verb in undergo["present"] for form in _present_forms(_n(verb))])
        self.undergo_reach = int(undergo["reach"])
        self.body_heads = frozenset(_variants({_n(w) for w in links["body_heads"]}, article=False))
        self.singular_nominal_after = frozenset(_n(w) for w in links["singular_nominal_after"])
        self.subject_places = frozenset(_n(w) for w in links["subject_places"])
        self.loads = frozenset(_n(w) for w in links["loads"])
        stopped = links["stopped_work"]
        self.stopping_verbs = frozenset(f for verb in stopped["verbs"] for f in _past_forms(_n(verb)))
        self.stopped_objects = frozenset(_n(w) for w in stopped["objects"])
        self.stopped_reach = int(stopped["reach"])
        self.stopped_not_after = frozenset(_n(w) for w in stopped["not_after"])
        lost = links["lost_objects"]
        self.losing_verbs = frozenset(f for verb in lost["verbs"] for f in _past_forms(_n(verb)))
        self.lost_pronouns = tuple(sorted((_n(p) for p in lost["pronouns"]), key=len, reverse=True))
        # a possessed object (the noun with each pronoun, ى → ا before it) → its category
        self.lost_objects: dict[str, str] = {}
        for category, nouns in lost["objects"].items():
            for noun in nouns:
                stem = _n(noun)
                stem = stem[:-1] + "ت" if str(noun).endswith("ة") else stem
                stem = stem[:-1] + "ا" if stem.endswith(("ى", "ي")) and str(noun).endswith("ى") else stem
                for pronoun in self.lost_pronouns:
                    self.lost_objects[stem + pronoun] = category
        takers = links["objects"]["takers"]
        self.object_takers = frozenset([form for verb in takers["past"] for form in _past_forms(_n(verb))]
                                       + [form for verb in takers["present"] for form in _present_forms(_n(verb))]
                                       + [form for noun in takers["nouns"] for form in _variants({_n(noun)})])
        self.totals = PhraseTable()
        for noun in links["totals"]["nouns"]:
            self.totals.add(noun, "total")
        self.total_joins = frozenset(_variants({_n(w) for w in links["totals"]["joins"]}, article=False))
        self.total_reach = int(links["totals"]["reach"])
        self.tolls = frozenset(_variants({_n(w) for w in links["totals"]["tolls"]}, article=True))
        self.toll_category = str(links["totals"]["toll_category"])
        counted_totals = links["counted_totals"]
        self.counted_total_nouns = frozenset(_variants({_n(w) for w in counted_totals["nouns"]}, article=False))
        self.counted_total_reach = int(counted_totals["reach"])
        self.efforts = frozenset(_variants({_n(w) for w in links["efforts"]["nouns"]}, article=False))
        self.effort_of = frozenset(links["efforts"]["of"])
        if not self.effort_of <= set(CATEGORIES):
            raise ValueError("efforts: unknown figure category")
        self.yields = {status: frozenset(events) for status, events in links["yields"].items()}
        self.relatives = frozenset(_variants({_n(w) for w in links["relatives"]}, article=False))
        self.cue_barriers = self.relatives | self.loads  # what stops the search for a clause's cue
        self.governing_stops = self.object_takers | self.loads  # what stops the search for a governing cue
        self.appositions = frozenset(_n(w) for w in links["appositions"]["words"])
        self.apposition_reach = int(links["appositions"]["reach"])
        self.people_totals = frozenset(_n(w) for w in links["appositions"]["people_totals"])
        self.crowds = frozenset(links["crowds"])
        self.unsaid_crowds = frozenset(_n(w) for w in links["unsaid_crowds"])
        self.unsaid_gatherings = frozenset(_n(w) for w in links["unsaid_gatherings"])
        self.escape_of, self.escape_to = _recategorisation("escapes", links["escapes"])
        self.fleeing_fighters = frozenset(_n(w) for w in links["escapes"]["fighters"])
        flight = links["escapes"]["flight"]
        self.flight_words = frozenset(_variants([form for verb in flight["past"] for form in _past_forms(_n(verb))],
                                                article=False) | _variants({_n(w) for w in flight["nouns"]}))
        arrivals = links["arrivals"]
        self.arrival_of, self.arrival_into = _recategorisation("arrivals", {"of": arrivals["of"], "to": arrivals["into"]})
        self.arrival_verbs = frozenset(_n(w) for w in arrivals["verbs"])
        self.arrival_to = frozenset(_n(w) for w in arrivals["to"])
        self.arrival_reach = int(arrivals["reach"])
        departures = links["departures"]
        self.departure_after = frozenset(_n(w) for w in departures["after"])
        self.departure_before = frozenset(_n(w) for w in departures["before"])
        self.departure_out = frozenset(_n(w) for w in departures["out"])
        self.departure_reach_before = int(departures["reach_before"])
        evacuated = links["evacuated_injured"]
        self.evacuated_of, self.evacuated_keep = frozenset(evacuated["of"]), frozenset(evacuated["keep"])
        if not (self.evacuated_of | self.evacuated_keep) <= set(CATEGORIES):
            raise ValueError("evacuated_injured: unknown figure category")
        self.emptying = frozenset(_n(w) for w in evacuated["places"])
        self.emptying_reach = int(evacuated["reach"])
        celebrations = links["celebrations"]
        self.celebration_of, self.celebration_to = _recategorisation("celebrations", celebrations)
        self.celebration_words = frozenset(_n(w) for w in celebrations["words"])
        self.celebration_protest = frozenset(_n(w) for w in celebrations["protest"])
        self.other_nouns = frozenset(_n(w) for w in links["additions"]["others"])
        self.additions = PhraseTable()
        for phrase in links["additions"]["phrases"]:
            self.additions.add(phrase, "addition")
        self.people_events = frozenset(links["people_events"])
        self.asides = frozenset(_n(w) for w in links["asides"]["words"])
        self.aside_reach = int(links["asides"]["reach"])
        self.post_asides = frozenset(_n(w) for w in links["post_asides"])
        self.post_time_asides = frozenset(_n(w) for w in links["post_time_asides"])  # their bases
        self.counterparts = frozenset(_variants({_n(w) for w in links["counterparts"]}, article=False))
        self.counterpart_each = frozenset(_n(w) for w in links["counterpart_each"])
        captives = links["captives"]
        self.captive_categories = frozenset(captives["of"])
        self.captive_nouns = frozenset({form for form, category in self.inherent.items()
                                        if category in self.captive_categories}
                                       | {_n(w) for w in captives["exchange"]} | self._release_words)
        self.group_pronouns = frozenset(_n(w) for w in links["group_pronouns"])
        self.singular_posts = frozenset(_n(w) for w in links["singular_posts"])
        self.missing_category = links["missing_states"]["category"]
        self.missing_states = sorted((tuple(_n(w) for w in phrase.split()) for phrase in links["missing_states"]["phrases"]),
                                     key=len, reverse=True)
        # the verbs of those phrases ("لقي حتفه": لقي), with و or ف
        self.singular_post_verbs = frozenset(_variants({
            _n(phrase.split()[0]) for cues in categories["categories"].values() for phrase in cues.get("phrases") or []
            if len(phrase.split()) == 2 and _n(phrase.split()[1]) in self.singular_posts}, article=False))
        self.reported = frozenset(_n(w) for w in links["reported"]["words"])
        self.reported_reach = int(links["reported"]["reach"])
        infections = links["infections"]
        self.infections = frozenset(_n(w) for w in infections["words"])
        self.infection_categories = frozenset(infections["categories"])
        self.infection_units = frozenset(infections["units"])
        self.exchange_words = frozenset(_n(w) for w in captives["exchange"])
        self.exchanged = str(captives["exchanged"])
        if self.exchanged not in CATEGORIES:
            raise ValueError(f"unknown figure category {self.exchanged!r}")
        self.mixed_of, self.mixed_to = _recategorisation("mixed_tolls", links["mixed_tolls"])
        violent = links["violent_deaths"]
        self.violent_of, self.violent_to = _recategorisation("violent_deaths", violent)
        # … and the dual of each noun: "ضحايا التفجيرين"، "في انفجارين"، "بعد الغارتين" name two blasts or strikes
        self.violent_words = frozenset(_n(w) for w in violent["words"]) | _noun_duals(violent["words"])
        self.violent_injuries = frozenset(violent["injuries"])
        self.violent_lead = int(violent["lead"])  # sentences that tell what the story is
        natural = links["captive_deaths"]
        self.natural_of, self.natural_to = _recategorisation("captive_deaths", natural)
        self.natural_words = frozenset(_n(w) for w in natural["natural"])
        killings = natural["killings"]
        self.killing_words = frozenset([form for verb in killings["past"] for form in _past_forms(_n(verb))]
                                       + [form for verb in killings["present"] for form in _present_forms(_n(verb))]
                                       + [_n(w) for w in killings["nouns"]])
        if not self.violent_injuries <= set(CATEGORIES):
            raise ValueError("violent_deaths: unknown figure category")
        critical = links["critical_state"]
        self.critical_of, self.critical_to = _recategorisation("critical_state", critical)
        self.critical_before = frozenset(_n(w) for w in critical["before"])
        self.critical_after = frozenset(_n(w) for w in critical["after"])
        doers = links["doers"]
        self.doers_of, self.doers_to = _recategorisation("doers", doers)
        self.doer_verbs = frozenset(clitic + form + pronoun
                                    for verb in doers["verbs"] for form in _object_stems(_n(verb), past=True)
                                    for pronoun in [""] + [_n(p) for p in doers["pronouns"]]
                                    for clitic in ("", "و", "ف"))
        pulled = links["pulled_out"]
        self.pulled_of, self.pulled_to = _recategorisation("pulled_out", pulled)
        self.pull_acts = frozenset(clitic + _n(w) for w in pulled["acts"] for clitic in ("", "و", "ف", "ب", "ل"))
        self.pull_reach = int(pulled["reach"])
        dismantled = links["dismantled"]
        self.dismantled_of, self.dismantled_to = _recategorisation("dismantled", dismantled)
        self.dismantle_acts = frozenset(clitic + _n(w) for w in dismantled["acts"] for clitic in ("", "و", "ب", "ل", "ف"))
        self.dismantled_bodies = frozenset(article + _n(w) for w in dismantled["bodies"] for article in ("", "ال"))
        self.dismantle_joins = frozenset(_n(w) for w in dismantled["joins"])
        self.dismantle_reach = int(dismantled["reach"])
        detentions = links["detentions"]
        self.detained_of = frozenset(detentions["of"])
        self.detained_to = str(detentions["to"])
        if self.detained_to not in CATEGORIES or not self.detained_of <= set(CATEGORIES):
            raise ValueError("detentions: unknown figure category")
        self.detention_words = frozenset([form for verb in detentions["past"] for form in _past_forms(_n(verb))]
                                         + [_n(w) for w in detentions["nouns"]])
        self.authorities = frozenset(_n(w) for w in detentions["authorities"])
        crews = links["seized_crews"]
        self.seized_of = frozenset(crews["of"])
        self.seized_to = str(crews["to"])
        if self.seized_to not in CATEGORIES or not self.seized_of <= set(CATEGORIES):
            raise ValueError("seized_crews: unknown figure category")
        seizures = crews["seizures"]
        self.seizure_words = frozenset(_variants([form for verb in seizures["past"] for form in _past_forms(_n(verb))],
                                                 article=False) | _variants({_n(w) for w in seizures["nouns"]}))
        self.vessel_words = frozenset(_variants({_n(w) for w in crews["vessels"]}))
        self.crew_words = frozenset(_variants({_n(w) for w in crews["crew"]}))
        self.crew_reach = int(crews["reach"])
        self.seizure_attempts = frozenset(_n(w) for w in crews["attempts"])
        pronoun_events = links["pronoun_events"]
        self.pronoun_event_reach = int(pronoun_events["reach"])
        self.pronoun_events: dict[str, str] = {}
        pronoun_homographs = {_n(w) for w in pronoun_events.get("homographs") or []}
        for category in pronoun_events["of"]:
            if category not in CATEGORIES:
                raise ValueError(f"pronoun_events: unknown figure category {category!r}")
            for noun in categories["categories"][category].get("nouns") or []:
                base = _n(noun)
                stem = base[:-1] + "ت" if base.endswith("ه") else base  # إصابة → إصابتهم
                for pronoun in pronoun_events["pronouns"]:
                    if stem + _n(pronoun) in pronoun_homographs:
                        continue  # أسرهم: their families
                    for clitic in [""] + list(pronoun_events["clitics"]):
                        self.pronoun_events.setdefault(_n(clitic) + stem + _n(pronoun), category)
        continuing = links["continuing"]
        self.continuing_of, self.continuing_to = _recategorisation("continuing", continuing)
        self.continuing_words = frozenset(_variants({_n(w) for w in continuing["words"]}, article=False))
        self.continuing_negated = frozenset(_n(w) for w in continuing["after_negation"])
        self.continuing_negations = frozenset(_variants({_n(w) for w in continuing["negations"]}, article=False))
        self.continuing_stops = frozenset(_variants({_n(w) for w in continuing["stops"]}, article=False))
        self.continuing_reach = int(continuing["reach"])
        self.continuing_after = int(continuing["after"])
        # every word that may tell it (lexicon.word_flags: CONTINUING_WORD)
        self.continuing_all = self.continuing_words | self.continuing_negated
        participation = links["participation"]
        self.participation_to = str(participation["to"])
        if self.participation_to not in CATEGORIES:
            raise ValueError("participation: unknown figure category")
        self.participation = frozenset(_n(w) for w in participation["words"])
        self.protest_events = frozenset(_n(w) for w in participation["events"])
        self.participation_reach = int(participation["reach"])
        self.march_words = frozenset(_n(w) for w in participation["marches"]["words"])
        self.march_qualifiers = frozenset(_n(w) for w in participation["marches"]["qualifiers"])
        self.body_categories = frozenset(links["bodies"]["of"])
        self.body_yields = frozenset(links["bodies"]["yield_to"])
        self.body_nouns = frozenset(_n(w) for w in links["bodies"]["nouns"])
        decisive = {_n(w) for w in categories["decisive"]}
        self.decisive = {form for form, category in self.inherent.items()
                         if any(form == base or _same_lexeme(base, form) for base in decisive)}

        years = context["years"]
        self.year_range = (int(years["range"][0]), int(years["range"][1]))
        self.year_before = {_n(w) for w in years["before"]}
        self.year_after = {_n(w) for w in years["after"]}
        self.year_nouns = frozenset(_n(w) for w in years["nouns"])
        self.time_before = {_n(w) for w in context["times_of_day"]["before"]}
        self.time_after = {_n(w) for w in context["times_of_day"]["after"]}
        self.ages = {_n(w) for w in context["ages"]}
        self.ids = {_n(w) for w in context["ids"]}
        self.models = frozenset(_n(w) for w in context["models"])
        self.name_numbers = frozenset(_n(w) for w in context["name_numbers"])
        self.name_heads = frozenset(_n(w) for w in context["name_heads"])
        scores = context["scores"]
        self.score_verbs = frozenset(_variants({_n(w) for w in scores["verbs"]}, article=False))
        self.goals = frozenset(_n(w) for w in scores["goals"])
        self.score_reach = int(scores["reach"])
        self.phone_digits = int(context["phones"]["min_digits"])
        self.phone_leading_zero = bool(context["phones"]["leading_zero"])
        self.clause_breaks = set(context["clause_breaks"]) | {_n(c) for c in context["clause_breaks"]}
        self.list_commas = frozenset(context["list_commas"])
        self.name_openers = frozenset(context["name_openers"])
        self.group_names = frozenset(_n(w) for w in context["group_names"])
        self.set_names = PhraseTable()  # "السلطات الثلاث": the first word without its article
        for phrase in context["set_names"]:
            first, *rest = _n(phrase).split()
            self.set_names.add(" ".join([first[2:] if first.startswith(_ARTICLE) else first, *rest]), "set")
        self.quoted_name_heads = frozenset(_n(w) for w in context["quoted_names"]["heads"])
        self.quoted_name_reach = int(context["quoted_names"]["reach"])
        self.recipient_prepositions = frozenset(_n(w) for w in context["recipient_prepositions"])
        self.title_heads = frozenset(_n(w) for w in context["title_chains"]["heads"])
        self.title_directions = frozenset(_n(w) for w in context["title_chains"]["directions"])
        self.title_offices = frozenset(_n(w) for w in context["title_chains"]["offices"])
        self.title_deputies = frozenset(_n(w) for w in context["title_chains"]["deputies"])
        # a lone person after بينهم counts one of the toll before it (context.yaml among_one)
        self.among_one_reach = int(context["among_one"]["reach"])
        self.among_one_naming = frozenset(_n(w) for w in context["among_one"]["naming"])
        # a headline toll of one: its casualty nouns and the marks it may stand after
        self.headline_tolls = frozenset(_n(w) for w in context["headline_tolls"]["nouns"])
        self.headline_toll_after = frozenset(context["headline_tolls"]["after"])
        self.among_one_ranks = frozenset(_n(w) for w in context["among_one"]["ranks"])
        self.among_one_in_body = frozenset(_n(w) for w in context["among_one"]["in_body"])
        # "ثلاثة أطفال كانوا بين القتلى": a predicate "among the group" after a count
        self.among_copulas = frozenset(_n(w) for w in context["among_copulas"])
        self.service_genitives = frozenset(_n(w) for w in context["service_genitives"])
        self.resumptives = frozenset(_n(w) for w in context["resumptives"])
        self.singular_others = frozenset(_n(w) for w in context["singular_others"])
        self.elatives = frozenset(_n(w) for w in context["elatives"])
        self.distributive_before = frozenset(_n(w) for w in context["distributives"]["before"])
        self.distributive_after = frozenset(_n(w) for w in context["distributives"]["after"])
        self.locatives = frozenset(_n(w) for w in context["locatives"])
        self.sides = frozenset(_n(w) for w in context["sides"])
        self.breakdown_openers = frozenset(context["breakdown_openers"])
        self.qualifier_prepositions = frozenset(_n(w) for w in context["qualifier_prepositions"])
        # how many nisba adjectives may stand between such a phrase's noun and its "one"
        self.qualifier_adjectives = int(context["qualifier_adjectives"])
        self.place_types = frozenset(context["place_types"])
        self.rankings = frozenset(_variants({_n(w) for w in context["rankings"]}, article=False))
        self.complements = frozenset(_n(w) for w in context["complements"])
        self.complement_links = frozenset(_n(w) for w in context["complement_links"])
        self.clause_break_pattern = re.compile(
            "[" + re.escape("".join(c for c in context["clause_breaks"] if c not in "\"()[]")) + "\n]")
        self.clause_openers = PhraseTable()
        for phrase in context["clause_openers"]:
            self.clause_openers.add(phrase, "opener")

        self._bases = (set(self.numbers) | set(self.nouns) | set(self.currencies)
                       | self.governing.firsts() | self.post.firsts() | self.weak.firsts() | self.where.firsts()
                       | self.singular_cues.firsts() | self.bounds_before.firsts()
                       | self.bounds_after.firsts() | self.subject_bounds.firsts() | self.range_open.firsts()
                       | self.change.firsts()
                       | self.percent_words.firsts() | self.partitive_words.firsts()
                       | self.partitive_pronouns.firsts() | self.among.firsts() | self.clause_openers.firsts()
                       | self.additions.firsts() | self.other_nouns | self.ratios.firsts() | self.set_names.firsts()
                       | self.totals.firsts() | self.context | self.year_before | self.ages | self.ids | self.time_before
                       | self.captive_nouns | self.infections | self.asides | self.violent_words
                       | self.exchange_words | self.unsaid_crowds | self.unsaid_gatherings | self.name_numbers
                       | self.detention_words | self.authorities
                       | self.participation | self.protest_events | self.natural_words | self.killing_words
                       | self.march_words | self.march_qualifiers | self.continuing_all
                       | self.celebration_words | self.celebration_protest)
        self._cache: dict[str, tuple[Analysis, ...]] = {}
        # words known only as what a sentence names (a violent cause, a disease, an exchange):
        # plain nouns that a number may count ("1025 حادث مرور"، "3 انفجارات")
        self.naming_only = frozenset(
            word for word in (self.violent_words | self.infections | self.natural_words | self.exchange_words)
            - (set(self.numbers) | set(self.nouns) | set(self.currencies) | self.governing.firsts()
               | self.post.firsts() | self.weak.firsts() | self.where.firsts() | self.singular_cues.firsts()
               | self.context | self.killing_words | self.detention_words | self.protest_events)
            if not word.endswith("ا"))  # not how one died, an adverb: "توفي 5 جوعًا"، "قضى 3 بردًا"

        # Words a number can start at (every clitic and article variant): number words and
        # dual nouns; and event nouns after which a singular noun may count one.  A
        # sentence without a digit and without any of these has no figure.
        self.starts = frozenset(_variants(
            [f for f, e in self.numbers.items() if f not in self.not_numbers]
            + [f for f, e in self.nouns.items() if e.number == "dual"]))
        self.singular_starts = frozenset(_variants(self.singular_cues.firsts()))
        self.anchors = self.starts | self.singular_starts
        # و + a singular person noun: "قتل 12 فلسطينيًا وجندي إسرائيلي" counts one more
        self.word_flags = _WordFlags(self)
        self.joined_singulars = frozenset("و" + form for form, noun in self.nouns.items()
                                          if noun.number == "singular" and noun.counts
                                          and noun.unit in self.person_units)
        self.known_cue_forms = (self.governing.starters | self.governing.enders | self.post.starters
                                | self.weak.starters)
        # words known only as the first of a cue of several words ("محاولة اغتيال"، "حالة
        # وفاة"): alone they are plain nouns a number may count ("45 ألف محاولة للهجرة")
        multi_firsts = set()
        for table in (self.governing, self.post, self.weak):
            multi_firsts |= table.multi_word_firsts()
        others = set()
        for table in (self.governing, self.post, self.weak):
            others |= table.firsts() - table.multi_word_firsts()
        self.phrase_firsts = frozenset(word for word in multi_firsts - others
                                       if word not in self.numbers and word not in self.nouns
                                       and word not in self.context)
        self.clause_opener_forms = frozenset(_variants(self.clause_openers.firsts(), article=False))
        # the words the phrases tried after every number may start with: most numbers are
        # followed by none, and skip the phrase lookup
        self.bounds_after_starters = self.bounds_after.starters
        self.percent_starters = self.percent_words.starters
        # month names (khabar.times.calendars), one-word ones with their clitics, and the
        # word pairs of two-word ones (تشرين الأول): digits next to them are dates
        from khabar.times.calendars import hijri_month_names, month_names

        names = [name.split() for name in list(month_names()) + list(hijri_month_names())]
        self.months = frozenset(_variants({n[0] for n in names if len(n) == 1}))
        self.month_pairs = frozenset((n[0], n[-1]) for n in names if len(n) > 1) | frozenset(
            (clitic + n[0], n[-1]) for n in names if len(n) > 1 for clitic in _CLITICS)
        self.month_firsts = frozenset(first for first, _ in self.month_pairs)

    # -- loading ----------------------------------------------------------------------
    def _number(self, form: object) -> NumberForm:
        return self.numbers.setdefault(_n(form), NumberForm())

    def _load_numbers(self, spec: dict) -> None:
        for value, forms in spec["units"].items():
            for form in forms:
                self._number(form).unit = int(value)
        for value, forms in spec["teen_first"].items():
            for form in forms:
                self._number(form).teen_first = int(value)
        for form in spec["teen_second"]:
            self._number(form).teen_second = True
        for value, forms in spec["tens"].items():
            for form in forms:
                self._number(form).ten = int(value)
        for value, forms in spec["hundreds"].items():
            for form in forms:
                self._number(form).hundred = int(value)
        for form in spec["hundred_word"]:
            self._number(form).hundred_word = True
        for value, kinds in spec["scales"].items():
            for kind, forms in kinds.items():
                for form in forms:
                    entry = self._number(form)
                    entry.scale, entry.scale_kind = int(value), kind
        for value, forms in spec["fractions"].items():
            for form in forms:
                self._number(form).fraction = float(value)
        for entry in spec["vague"]:
            for form in entry["forms"]:
                self._number(form).vague = (int(entry["min"]), int(entry["max"]) if entry.get("max") else None)
                self._number(form).vague_added = bool(entry.get("added"))

    def _add_noun(self, unit: str, forms: list[str], counts: bool) -> None:
        written = str(forms[0]).strip()
        normalised = [_n(f) for f in forms]
        singular, plurals = normalised[0], list(normalised[1:])
        for plural in list(plurals):
            if plural.endswith("ين"):
                plurals.append(plural[:-2] + "ون")
            elif plural.endswith("ون"):
                plurals.append(plural[:-2] + "ين")
        marbuta = written.endswith(("ة", "ۀ"))
        entries = {singular: "singular"}
        if len(singular) >= 3 and not marbuta and not singular.endswith(("ا", "ء")):
            entries.setdefault(singular + "ا", "singular")  # accusative: شخصًا، جنديًا
        if len(singular) >= 3:
            # the dual: …ان always; …ين only when it cannot be the sound plural
            stem = singular[:-1] + "ت" if marbuta else singular
            entries.setdefault(stem + "ان", "dual")
            if marbuta:  # the dual in construct: "حالتي وفاة"، "سيارتا إسعاف"
                entries.setdefault(stem + "ي", "dual")
                entries.setdefault(stem + "ا", "dual")
            if singular + "ين" not in plurals and singular + "ون" not in plurals:
                entries.setdefault(stem + "ين", "dual")
        for plural in plurals:
            entries[plural] = "plural"
        for form in _feminine_singulars(forms, normalised):
            entries[form] = "singular"  # "إن طفلة أصيبت"، "مقتل مواطنة": one woman or girl
        if marbuta and counts:
            broken = [form for form in normalised[1:] if not form.endswith(("ات", "ه"))]
            self.feminine_plurals.update(broken + ["ال" + form for form in broken])
        # a feminine singular listed with its sound plural (ممرضة beside ممرضات) has its
        # own dual: "ممرضتين"، "طالبتان" count two women (not the broken plural طلبة)
        for written_form, form in zip(forms[1:], normalised[1:]):
            feminine = str(written_form).strip().endswith(("ة", "ۀ"))
            if feminine and len(form) >= 4 and form[:-1] + "ات" in plurals:
                for ending in ("ان", "ين"):
                    entries.setdefault(form[:-1] + "ت" + ending, "dual")
        for form, number in entries.items():
            # a form listed twice keeps its first unit (lists are ordered by priority)
            self.nouns.setdefault(form, NounForm(unit, number, counts))

    def _load_categories(self, spec: dict) -> None:
        captives = spec["links"]["captives"]
        object_ends = {_n(w) for w in spec["links"]["object_ends"]}
        self._release_words: set[str] = set()
        self.adjacent: set[str] = set()  # verbs that govern only the number right after them
        self.event_nouns: set[str] = set()  # the verbal nouns of the categories (إنقاذ، اعتقال)
        homographs = {_n(w) for w in spec["homographs"]}
        self.provided_verbs = frozenset(_n(w) for w in spec["provided"]["verbs"])
        self.provided_reach = int(spec["provided"]["reach"])
        for category, cues in spec["categories"].items():
            if category not in CATEGORIES:
                raise ValueError(f"unknown figure category {category!r}")
            for noun in cues.get("nouns") or []:
                self.event_nouns.add(_n(noun))
                self.governing.add(noun, category)
                self.singular_cues.add(noun, category)
                if category in captives["to"]:
                    self._release_words.add(_n(noun))
            for verb in cues.get("past") or []:
                for form in set(_past_forms(_n(verb))) - homographs:
                    self.governing.add(form, category, verb=True)
                    self.post.add(form, category, verb=True)
                for form in _past_forms(_n(verb))[:2]:  # قُتل جندي، قُتلت امرأة: one
                    self.singular_cues.add(form, category)
                    self.singular_verbs.add(form)
                    self.singular_verb_forms.add(form)
                if category in captives["to"]:
                    self._release_words.update(_past_forms(_n(verb)))
            for verb in cues.get("present") or []:
                for form in _present_forms(_n(verb)):
                    self.governing.add(form, category, verb=True)
                    self.post.add(form, category, verb=True)
                self.singular_verb_forms.update(_present_forms(_n(verb))[::4])  # يحتجز، تحتجز
                if category in captives["to"]:
                    self._release_words.update(_present_forms(_n(verb)))
            for phrase in cues.get("phrases") or []:
                self.governing.add(phrase, category)
                self.post.add(phrase, category)
                if _n(phrase).split()[-1] in object_ends and len(_n(phrase).split()) > 1:
                    self.singular_cues.add(phrase, category)  # أُفرج عن مواطن، أودى بحياة شاب
            for noun in cues.get("counted") or []:
                self.inherent.setdefault(_n(noun), category)
                self.governing.add(noun, category)
                form = _n(noun)
                if form.endswith(("ين", "ون")):  # the other case: النازحون، النازحين
                    self.governing.add(form[:-2] + ("ون" if form.endswith("ين") else "ين"), category)
            for phrase in cues.get("post") or []:
                self.post.add(phrase, category)
            homes = cues.get("left_homes")
            if homes:  # مغادرة منازلهم، ترك قراهم: every leaving word with every home and pronoun
                for leave in _leaving_words(homes):
                    for home in homes["homes"]:
                        stem = home[:-1] + "ا" if home.endswith("ى") else home  # قرى → قراهم
                        for pronoun in homes["pronouns"]:
                            self.post.add(f"{leave} {stem}{pronoun}", category)
            for phrase in cues.get("weak") or []:
                self.weak.add(phrase, category)
            for phrase in cues.get("where") or []:
                self.where.add(phrase, category)
            for verb in cues.get("adjacent") or []:
                for form in _past_forms(_n(verb)):
                    self.governing.add(form, category, verb=True)
                    self.adjacent.add(form)
        self._add_resumptive(spec["categories"], spec["links"]["resumptive"])
        treatment = spec["links"]["treatment"]
        if treatment["category"] not in CATEGORIES:
            raise ValueError("treatment: unknown figure category")
        self.treated_category = str(treatment["category"])
        self.treatment_phrases = tuple(tuple(_n(p).split()) for p in treatment["phrases"])
        self.treatment_reach = int(treatment["reach"])
        for phrase in treatment["phrases"]:
            self.post.add(phrase, self.treated_category)
        rulings = spec["rulings"]
        self.ruling_verbs = frozenset(_variants({_n(w) for w in rulings["verbs"]}, article=False))
        self.penalties = frozenset(_n(w) for w in rulings["penalties"])
        self.ruling_reach = int(rulings["reach"])
        demands = spec["demands"]
        self.demand_verbs = frozenset(_variants({_n(w) for w in demands["verbs"]}, article=False))
        self.demanded = frozenset(_n(w) for w in demands["releases"])
        self.demand_reach = int(demands["reach"])
        self.demand_to = frozenset(_n(w) for w in demands["to"])
        self.release_purposes = frozenset(_variants({_n(w) for w in demands["purposes"]}, article=False))
        postponed = spec["postponements"]
        for phrase in (spec.get("not_events") or []) + [f"{verb} {thing}" for verb in postponed["verbs"]
                                                         for thing in postponed["objects"]]:
            self.governing.add(phrase, "other")
            self.post.add(phrase, "other")
        self._add_captive_cues(captives, CAPTIVE)
        recovered = captives["recovered"]
        if recovered["to"] not in CATEGORIES:
            raise ValueError("captives.recovered: unknown figure category")
        self.recovered_to = str(recovered["to"])
        self.recovered_cue = self.recovered_to + IF_CAPTIVE
        self._add_captive_cues(recovered, self.recovered_cue)
        # the inherent category reaches every generated form of a counted noun
        for form, noun in list(self.nouns.items()):
            if form in self.inherent:
                continue
            for base, category in list(self.inherent.items()):
                base_noun = self.nouns.get(base)
                if base_noun is not None and base_noun.unit == noun.unit and _same_lexeme(base, form):
                    self.inherent[form] = category
                    break

    def _add_resumptive(self, categories: dict, spec: dict) -> None:
        """The transitive verbs of the categories in links.resumptive with a plural object
        pronoun (قتلتهم، تحتجزهم، اعتقلوهم) as `post` cues: in a relative clause the pronoun is
        the group named before ("عدد الصحافيين الذين قتلتهم إسرائيل ... إلى 237")."""
        skip = {_n(w) for w in spec["intransitive"]}
        homographs = {_n(w) for w in spec["homographs"]}
        pronouns = [_n(p) for p in spec["pronouns"]]
        for category in spec["categories"]:
            cues = categories[category]
            # (the he-form of a three-letter verb only after ف: قتلهم، أسرهم are also its verbal
            # noun with the pronoun, "their killing", which may tell of the group as the killers,
            # "بتهمة قتلهم مدنيين"; "فقتلهما" is the verb)
            stems = [form for verb in cues.get("past") or [] if " " not in verb and _n(verb) not in skip
                     for form in _object_stems(_n(verb), past=True)
                     if len(_n(verb)) != 3 or form != _n(verb)]
            stems += ["ف" + _n(verb) for verb in cues.get("past") or []
                      if " " not in verb and _n(verb) not in skip and len(_n(verb)) == 3]
            stems += [form for verb in cues.get("present") or [] if _n(verb) not in skip
                      for form in _object_stems(_n(verb), past=False)]
            for stem in stems:
                for pronoun in pronouns:
                    if stem + pronoun not in homographs:
                        self.post.add(stem + pronoun, category, verb=True, bare=True)

    # -- lookup -----------------------------------------------------------------------
    def _add_captive_cues(self, spec: dict, cue: str) -> None:
        """The verbs (every past and present person) and nouns of a captives link (links.captives, and
        its `recovered` part) as cues with the payload `cue`, told before and after a count."""
        for verb in spec["past"]:
            for form in _past_forms(_n(verb)):
                self.governing.add(form, cue, verb=True)
                self.post.add(form, cue, verb=True)
            self.singular_verb_forms.update(_past_forms(_n(verb))[:2])
        for verb in spec["present"]:
            for form in _present_forms(_n(verb)):
                self.governing.add(form, cue, verb=True)
                self.post.add(form, cue, verb=True)
            self.singular_verb_forms.update(_present_forms(_n(verb))[::4])
        for noun in spec["nouns"]:
            self.governing.add(noun, cue)

    def analyses(self, word: str) -> tuple[Analysis, ...]:
        """Every reading of a normalised word whose base some list knows, the reading
        without clitics first."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        found: list[Analysis] = []
        bases = self._bases
        for clitic in _CLITICS[::-1]:  # "" first, then the short clitics, then the long
            if clitic and not word.startswith(clitic):
                continue
            rest = word[len(clitic):]
            if not rest:
                continue
            if rest in bases:
                found.append(Analysis(clitic, False, rest))
            if rest.startswith(_ARTICLE) and rest[2:] in bases:
                found.append(Analysis(clitic, True, rest[2:]))
            elif clitic.endswith("ل") and rest.startswith("ل") and rest[1:] in bases:
                found.append(Analysis(clitic, True, rest[1:]))  # لل = ل + الـ
        result = tuple(found)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[word] = result
        return result

    def number(self, word: str) -> tuple[Analysis, NumberForm] | None:
        """The first reading of `word` as a number word."""
        if word in self.not_numbers:
            return None
        for analysis in self.analyses(word):
            entry = self.numbers.get(analysis.base)
            if entry is not None and not (analysis.prefix and analysis.prefix.endswith(self.not_number_clitics)):
                return analysis, entry
        return None

    def noun(self, word: str, *, article: bool = True, clitics: bool = False) -> tuple[Analysis, NounForm] | None:
        """The first reading of `word` as a listed noun."""
        for analysis in self.analyses(word):
            if analysis.prefix and not clitics:
                continue
            if analysis.definite and not article:
                continue
            entry = self.nouns.get(analysis.base)
            if entry is not None:
                return analysis, entry
        return None

    def base(self, word: str) -> str:
        """The word without clitics and article when some list knows it, else the word."""
        found = self.analyses(word)
        return found[0].base if found else word


class _WordFlags(dict):
    """normalised word → what it may start (khabar.figures.numbers.word_flags), computed
    once per distinct word."""

    def __init__(self, lex: "Lexicon") -> None:
        super().__init__()
        self._lex = lex

    def __missing__(self, form: str) -> int:
        from khabar.figures.numbers import word_flags

        if len(self) > 200_000:
            self.clear()
        flags = self[form] = word_flags(form, self._lex)
        return flags


def _recategorisation(name: str, link: dict) -> tuple[frozenset[str], str]:
    """The categories a link of categories.yaml turns (`of`) and the one it turns them into
    (`to`), checked against the ontology's categories."""
    of, to = frozenset(link["of"]), str(link["to"])
    if to not in CATEGORIES or not of <= set(CATEGORIES):
        raise ValueError(f"{name}: unknown figure category")
    return of, to


def _noun_duals(words: list) -> frozenset[str]:
    """The duals (…ان، …ين; ة → ت) of the singular nouns among `words`, normalised: "تفجير" →
    "تفجيرين"، "غارة" → "غارتين".  A word in a pronoun (جراحه), a plural or an adverbial accusative
    (غرقا، متأثرين) has none."""
    out: set[str] = set()
    for word in words:
        written = str(word).strip()
        if len(written) < 3 or written.endswith(("ه", "ها", "هم", "ا", "ين", "ون", "ات", "ى")):
            continue
        stem = _n(written[:-1] + "ت") if written.endswith("ة") else _n(written)
        out.update((stem + "ان", stem + "ين"))
    return frozenset(out)


def _variants(bases: "list[str] | set[str]", article: bool = True) -> set[str]:
    """Every surface a base can take with clitics and the article (و، ب، ال، لل، وبال …)."""
    out: set[str] = set()
    for base in bases:
        for clitic in _CLITICS:
            out.add(clitic + base)
            if article:
                out.add(clitic + ("ل" if clitic.endswith("ل") else _ARTICLE) + base)
                out.add(clitic + _ARTICLE + base)
    return out


def _feminine_singulars(forms: list, normalised: list[str]) -> list[str]:
    """The forms listed after a singular that are its feminine (مواطن … مواطنات، مواطنة;
    صحفي … صحفيات، صحفية): the masculine with ة beside its sound plural in ات, one woman or
    girl (`normalised`: the forms as _n gives them, the singular first); a broken plural in ة
    (بحارة، مارة) has no ات beside it."""
    singular, others = normalised[0], set(normalised[1:])
    return [form for written, form in zip(forms[1:], normalised[1:]) if str(written).strip().endswith("ة")
            and form == singular + "ه" and singular + "ات" in others]


def _leaving_words(homes: dict) -> list[str]:
    """The words of leaving of `left_homes`: its verbal nouns (`leave`) and every past form of
    its finite verbs (`verbs`), which tell the group's flight when they follow it with a home
    and the group's pronoun ("نحو 300 عائلة غادرت منازلها"، "آلاف السكان تركوا بيوتهم")."""
    verbs = [form for verb in homes.get("verbs") or [] for form in _past_forms(_n(verb))]
    return [*homes["leave"], *verbs]


def _past_forms(verb: str) -> list[str]:
    """A past verb's persons (he, she, they, the two); a verb whose last radical is a hamza
    (لجأ, normalised لجا) also writes the plural with the hamza on its و or ي seat, as most
    copy does ("لجؤوا"، "لجئوا" beside "لجأوا")."""
    forms = [verb, verb + "ت", verb + "وا", verb + "ا", verb + "تا", verb + "ن"]
    if len(verb) > 2 and verb.endswith("ا"):
        forms += [verb[:-1] + "ؤوا", verb[:-1] + "ئوا"]
    return forms


def _object_stems(verb: str, past: bool) -> list[str]:
    """The persons of a verb as they stand before an object pronoun: past he, she, they (وا
    loses its alef: قتلوهم), the two (قتلاهم، قتلتاهم); present he, she, they, the two
    (يقتلونهم، يقتلانهم)."""
    if past:
        return [verb, verb + "ت", verb + "و", verb + "ا", verb + "تا"]
    stem = verb[1:] if verb.startswith("ي") else verb
    return [p + stem + s for p in ("ي", "ت") for s in ("", "ون", "ان")]


def _present_forms(verb: str) -> list[str]:
    stem = verb[1:] if verb.startswith("ي") else verb
    return [p + stem + s for p in ("ي", "ت") for s in ("", "ون", "ان", "ن")]


def _same_lexeme(base: str, form: str) -> bool:
    """Whether `form` is an inflection of `base` the loader generated (accusative, dual,
    the dual in construct of a noun in ة, other case)."""
    if form == base + "ا":
        return True
    stem = base[:-1] + "ت" if base.endswith("ه") else base
    if form in (stem + "ان", stem + "ين"):
        return True
    if base.endswith("ه") and form in (stem + "ي", stem + "ا"):
        return True  # "جثتي طفلين"، "رهينتا الاحتلال"
    if base.endswith(("ين", "ون")) and form[:-2] == base[:-2] and form.endswith(("ين", "ون")):
        return True
    return False


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process-wide lexicon."""
    return Lexicon()
