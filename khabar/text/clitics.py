"""Clitic segmentation: وأعلنت → و + أعلنت, لإطلاق → ل + إطلاق, محتجزيها → محتجزي + ها.

Arabic writes conjunctions, prepositions, the future particle and object/possessive
pronouns attached to their host word.  Matching names, triggers and cues needs the host
alone.  A split is accepted when its host is a known word and the split reading is more
likely than the whole word: the rules (which clitics, in which order, how a host's end is
restored before a pronoun, the clitics' priors) live in data/clitics.yaml; the evidence
comes from two lexicons, simplemma's Arabic forms (is it a word?) and wordfreq's Arabic
frequencies (how common is it?), plus names the knowledge base adds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


from khabar.datafile import load_yaml
from khabar.text.lexicon import Lexicon, default_lexicon
from khabar.text.normalise import normalise_word, normalise_words

__all__ = ["Segmenter", "default_segmenter", "enclitics", "proclitics"]

_MARKS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_yaml(resources.files("khabar.text").joinpath("data/clitics.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _zipf_table() -> dict[str, float]:
    """wordfreq's Arabic frequencies folded onto normalised forms, as zipf values (built once
    per version, see khabar.cache)."""
    from khabar.cache import derived

    return derived("word-frequencies", _build_zipf_table)


def _build_zipf_table() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict("ar")
    folded: dict[str, float] = {}
    for key, frequency in zip(normalise_words(list(frequencies)), frequencies.values(), strict=True):
        folded[key] = folded.get(key, 0.0) + frequency
    return {key: math.log10(value) + 9 for key, value in folded.items()}


@dataclass(frozen=True)
class _Candidate:
    prefix: str
    host: str


class Segmenter:
    """Splits one Arabic word into clitics and host, as (start, end) offsets in the word."""

    def __init__(self, lexicon: Lexicon, zipf: dict[str, float], protected: frozenset[str] = frozenset()):
        rules = _rules()
        self._lexicon = lexicon
        self._zipf = zipf
        self._protected = set(protected)
        self._min_host = int(rules["min_host"])
        self._min_host_zipf = float(rules["min_host_zipf"])
        self._evidence = float(rules["lexicon_evidence"])
        self._article = rules["article"]
        self._article_hosts_split = bool(rules["always_split_article_hosts"])
        self._min_article_stem = int(rules["min_article_stem"])
        self._priors: dict[str, float] = rules["priors"]
        self._future = rules["future"]
        self._conjunctions = frozenset(rules["conjunctions"])
        self._imperfect = tuple(rules["imperfect_prefixes"])
        self._enclitics: list[str] = rules["enclitics"]
        self._stem_enclitics: list[str] = rules["third_person_enclitics"]
        self._weak = set(rules["weak_enclitics"])
        self._restorations = [(r["end"], r["becomes"]) for r in rules["host_restorations"]]
        self._first_person_hosts = frozenset(normalise_word(h) for h in rules["first_person_hosts"])
        self._particle_hosts = frozenset(normalise_word(h) for h in rules["hosts_no_preposition_takes"])
        self._prepositions = frozenset(rules["prepositions"])
        self._accusative_min_zipf = float(rules["accusative_min_zipf"])
        self._pronoun_prepositions = frozenset(normalise_word(h) for h in rules["pronoun_prepositions"])
        self._inflections: list[str] = rules["inflection_endings"]
        self._inflection_min_zipf = float(rules["inflection_stem_min_zipf"])
        self._dual_endings: list[str] = rules["dual_endings"]
        self._plural_endings = tuple(normalise_word(e) for e in rules["plural_endings"])
        self._dual_penalty = float(rules["dual_penalty"])
        self._inflection_last_letters = frozenset(e[-1] for e in self._inflections)
        self._alef_enclitics = tuple(e for e in self._enclitics if e.endswith("ا"))
        self._prefixes = self._prefix_options(rules)
        self._cache: dict[str, tuple[tuple[int, int], ...]] = {}
        self.generation = 0  # grows whenever segmentations may change; callers' caches check it

    def protect(self, names: "set[str] | list[str]") -> None:
        """Names (normalised) that never split and count as known hosts."""
        self._protected.update(names)
        self._cache.clear()
        self.generation += 1

    def _prefix_options(self, rules: dict) -> list[str]:
        options = set()
        for conjunction in [""] + rules["conjunctions"]:
            for particle in [""] + rules["prepositions"] + [rules["future"]]:
                if conjunction + particle:
                    options.add(conjunction + particle)
        return sorted(options, key=len, reverse=True)

    # -- evidence -------------------------------------------------------------------
    def _score(self, normalised: str) -> float:
        return self._zipf.get(normalised, 0.0)

    def _known(self, normalised: str) -> bool:
        return (normalised in self._lexicon or normalised in self._protected
                or self._score(normalised) >= self._min_host_zipf)

    def _inflectable(self, stem: str) -> bool:
        """Is `stem` a frequent listed word of three letters or more that carries no plural
        or dual ending of its own (ترون 'you see' has no dual ترونين)?"""
        return (len(stem) >= 3 and stem in self._lexicon and self._score(stem) >= self._inflection_min_zipf
                and not stem.endswith(self._plural_endings))

    def _dual_score(self, host: str) -> float | None:
        """The score of a dual the lexicon does not list, from its singular: وفدين in ووفدين
        and بوفدين is the dual of وفد (a frequent listed word), less dual_penalty for being
        rarer than the singular; None when `host` is no such dual."""
        for ending in self._dual_endings:
            if host.endswith(ending) and self._inflectable(host[: -len(ending)]):
                return self._score(host[: -len(ending)]) - self._dual_penalty
        return None

    def _split_margin(self, whole: str, host: str, prior: float) -> float:
        """How much likelier the split reading is than the whole word (> 0: split)."""
        if whole in self._protected:
            return -math.inf
        if not self._known(host):
            dual = self._dual_score(host)
            return -math.inf if dual is None else dual + prior + self._evidence - self._score(whole)
        host_score = max(self._score(host), 4.0 if host in self._protected else 0.0)
        listed = host in self._lexicon or host in self._protected
        evidence = self._evidence if listed and whole not in self._lexicon else 0.0
        return host_score + prior + evidence - self._score(whole)

    def _host_forms(self, host_plain: str) -> list[str]:
        """Lookup forms of a host: as written, and without the alef of tanween fath (not
        the alef of ها: فرقها is not ف + رقة)."""
        host = normalise_word(host_plain)
        forms = [host]
        if host.endswith("ا") and len(host) > self._min_host + 1 and not host.endswith(("ها", "هما")):
            forms.append(host[:-1])
        return forms

    def _inflected_stem(self, whole: str) -> tuple[str, str] | None:
        """(ending, stem) when `whole` is a frequent listed word + an inflection ending (the
        dual ين/ان, the accusative alef: وفدين is وفد + ين), else None; not when the alef is
        that of a pronoun (بأسرها)."""
        if whole[-1:] not in self._inflection_last_letters or whole.endswith(self._alef_enclitics):
            return None
        for ending in self._inflections:
            if whole.endswith(ending) and self._inflectable(whole[: -len(ending)]):
                return ending, whole[: -len(ending)]
        return None

    def _inflection_margin(self, inflected: tuple[str, str], host: str, prior: float) -> float:
        """The whole word and the host weighed without the inflection ending both share:
        وفدين is the dual of وفد, not و + فدين, because وفد is far likelier than فد; وساما
        is وسام with its alef, because وسام outweighs سام behind و.  +inf (no objection to a
        split) when the host is a name the knowledge base protects (وأصفهان is no dual of
        واصفه)."""
        if host in self._protected:
            return math.inf
        ending, stem = inflected
        host_stem = host[: -len(ending)] if host.endswith(ending) else ""
        if len(host_stem) < self._min_host:
            return -math.inf
        return self._split_margin(stem, host_stem, prior)

    def _stem_margin(self, plain: str, host_plain: str, prior: float) -> float:
        """The split margin weighed without the attached pronoun both readings share:
        ولجانها is و + لجان + ها because لجان is far likelier than ولجان, and فرقها is
        not ف + رق + ها because فرق is far likelier than رق.  Judged on the letters as
        written, so a final ة (وزارة) is no pronoun ه."""
        for enclitic in self._stem_enclitics:
            if not host_plain.endswith(enclitic):
                continue
            if len(host_plain) - len(enclitic) <= self._min_host:
                return -math.inf  # يانا، حدها: too short a stem to judge by
            whole = max(self._restored(plain[: -len(enclitic)]), key=self._score)   # ولايت|ه is ولاية
            host = max(self._restored(host_plain[: -len(enclitic)]), key=self._score)
            return self._split_margin(whole, host, prior)
        return -math.inf

    # -- segmentation ---------------------------------------------------------------
    def segment(self, word: str) -> tuple[tuple[int, int], ...]:
        """Pieces of `word` as (start, end) offsets; one piece when nothing splits."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self._segment(word)
            self._cache[word] = cached
        return cached

    def _segment(self, word: str) -> tuple[tuple[int, int], ...]:
        letters = [i for i, char in enumerate(word) if char not in _MARKS]
        plain = "".join(word[i] for i in letters)
        if len(plain) <= self._min_host:
            return ((0, len(word)),)
        prefix, margin = self._split_prefix(plain)
        if prefix:
            suffix_margin, enclitic = self._suffix_reading(plain)
            if suffix_margin > margin:  # كلها is كل + ها, not ك + لها; وكلها is و + كل + ها
                prefix, _ = self._split_prefix(plain[: -len(enclitic)])
        host_plain = plain[len(prefix):]
        suffix = self._split_suffix(host_plain, whole_is_word=not prefix)
        cuts = [0]
        for letter_count in range(1, len(prefix) + 1):   # each proclitic its own piece: و + س + يلتقي
            cuts.append(self._surface_cut(word, letters, letter_count))
        if suffix:
            cuts.append(self._surface_cut(word, letters, len(plain) - len(suffix)))
        cuts.append(len(word))
        return tuple((a, b) for a, b in zip(cuts, cuts[1:]) if b > a)

    @staticmethod
    def _surface_cut(word: str, letters: list[int], letter_count: int) -> int:
        """Surface offset just after `letter_count` letters and the marks that follow them."""
        return letters[letter_count] if letter_count < len(letters) else len(word)

    def _split_prefix(self, plain: str) -> tuple[str, float]:
        """The likeliest proclitic sequence of `plain` and how much likelier it is than the
        whole word, or ("", 0.0) when the word is whole."""
        whole = normalise_word(plain)
        inflection = self._inflected_stem(whole)
        whole_protected = whole in self._protected
        best, best_margin = "", 0.0
        for prefix in self._prefixes:
            if not plain.startswith(prefix) or len(plain) - len(prefix) < self._min_host:
                continue
            host_plain = plain[len(prefix):]
            if prefix.endswith(self._future) and not host_plain.startswith(self._imperfect):
                continue
            if prefix[-1] not in self._conjunctions and self._opens_with_conjunction(host_plain):
                continue  # لولا is no ل + ولا: a conjunction comes before a preposition, never after
            prior = sum(self._priors.get(char, -1.0) for char in prefix)
            # the same for every form of the host; a protected name (باشليه، بارنييه) is not
            # weighed as a stem + pronoun: its last letter is no pronoun
            stem_margin = -math.inf if whole_protected else self._stem_margin(plain, host_plain, prior)
            forms = self._host_forms(host_plain)   # forms[0]: the host as written, normalised
            inflected = math.inf if inflection is None else self._inflection_margin(inflection, forms[0], prior)
            # no preposition before an accusative (of the host as written: the same for each form)
            accusative = prefix[-1] in self._prepositions and self._accusative(forms[0])
            for host in forms:
                if host in self._first_person_hosts and whole in self._lexicon and set(prefix) <= self._conjunctions:
                    continue   # ولي العهد: no و + لي ('and I have') in news prose (لبي بي سي is still ل + بي)
                if prefix.endswith("ل") and host.startswith("ل"):
                    host = "ا" + host  # لل = ل + الـ with its alef dropped
                if prefix[-1] in self._prepositions and (host in self._particle_hosts or accusative):
                    continue   # بالي is Bali: no preposition is put before إلى; كوساما no ك + وساما
                margin = min(max(self._split_margin(whole, host, prior), stem_margin), inflected)
                if (self._article_hosts_split and host.startswith(self._article)
                        and self._article_stem_length(host) >= self._min_article_stem
                        and self._score(host) >= self._min_host_zipf):
                    margin = max(margin, 100.0 + len(prefix))
                if margin > best_margin:
                    best, best_margin = prefix, margin
        return best, best_margin

    def _accusative(self, host: str) -> bool:
        """Is `host` the indefinite accusative of a listed noun far likelier without its alef
        (وساما: وسام)?  A preposition governs the genitive, so no ب ل ك stands before one:
        كوساما is a name, not ك + وساما; روسيا, likelier than روسي, is no accusative, nor
        is a host that ends in the pronoun ها (بأسرها)."""
        noun = host[:-1]
        return (host.endswith("ا") and not host.endswith(self._alef_enclitics)   # بأسرها: the alef of ها
                and host not in self._protected and noun in self._lexicon
                and self._score(noun) >= self._score(host) + 1.0)

    def _opens_with_conjunction(self, host_plain: str) -> bool:
        """Does `host_plain` read as a conjunction + word (ولا), by its own segmentation?"""
        if host_plain[0] not in self._conjunctions:
            return False
        pieces = self.segment(host_plain)
        return len(pieces) > 1 and pieces[0] == (0, 1)

    def _suffix_reading(self, plain: str) -> tuple[float, str]:
        """The word read as a stem + pronoun: how much likelier than the whole word, and the
        pronoun ((-inf, "") when no pronoun ends it)."""
        whole = normalise_word(plain)
        best = (-math.inf, "")
        for enclitic in self._enclitics:
            stem_plain = plain[: -len(enclitic)]
            if not plain.endswith(enclitic) or len(stem_plain) < self._min_host or enclitic in self._weak:
                continue
            for stem in self._restored(stem_plain):
                best = max(best, (self._split_margin(whole, stem, self._priors["enclitic"]), enclitic))
        return best

    def _article_stem_length(self, host: str) -> int:
        """Letters after the article of `host`, not counting a pronoun at its end (التها is
        الـ + ت + ها: too short to be a definite noun)."""
        stem = host[len(self._article):]
        for enclitic in self._enclitics:
            if stem.endswith(enclitic) and len(stem) > len(enclitic):
                return len(stem) - len(enclitic)
        return len(stem)

    def _split_suffix(self, host_plain: str, whole_is_word: bool) -> str:
        whole = normalise_word(host_plain)
        if whole in self._protected:
            return ""
        for enclitic in self._enclitics:
            stem_plain = host_plain[: -len(enclitic)]
            if not host_plain.endswith(enclitic) or len(stem_plain) < self._min_host:
                continue
            if enclitic in self._weak and (whole in self._lexicon or self._score(whole) >= 2.0):
                continue
            if enclitic.endswith("ا") and whole[:-1] in self._lexicon and \
                    self._score(whole[:-1]) > self._score(normalise_word(stem_plain)) + 1.0:
                continue  # مليونا, شخصا: the alef of the accusative, not نا or ها (منها stays من + ها)
            if self._accusative_in_nun(whole, enclitic, stem_plain):
                continue
            for stem in self._restored(stem_plain):
                if self._split_margin(whole, stem, self._priors["enclitic"]) > 0:
                    return enclitic
        return ""

    def _accusative_in_nun(self, whole: str, enclitic: str, stem_plain: str) -> bool:
        """Is a word in نا a noun in ن with the alef of the accusative ("كمينا" is كمينًا, not
        كمي + نا), not a preposition with 'us' ("منا")?"""
        noun = whole[:-1]
        return (enclitic == "نا" and noun.endswith("ن") and noun in self._lexicon
                and self._score(noun) >= self._accusative_min_zipf
                and normalise_word(stem_plain) not in self._pronoun_prepositions)

    def _restored(self, stem_plain: str) -> list[str]:
        stems = [normalise_word(stem_plain)]
        for end, becomes in self._restorations:
            if stem_plain.endswith(end):
                stems.append(normalise_word(stem_plain[: -len(end)] + becomes))
        return stems


@lru_cache(maxsize=1)
def enclitics() -> frozenset[str]:
    """The attached pronouns the tokenizer splits off a host (normalised): a token that is
    one of them, glued to the word before it, is that word's pronoun."""
    return frozenset(normalise_word(e) for e in _rules()["enclitics"])


@lru_cache(maxsize=2)
def proclitics(*, future: bool = False) -> tuple[str, ...]:
    """Every written prefix of clitics a word may carry, longest first (وب، ول … و، ف، ب، ل، ك):
    a conjunction, a preposition, or both, as data/clitics.yaml orders them; with `future`, the
    future particle too, alone or after a conjunction (س، وس، فس).  For stages that strip a
    prefix off a surface themselves instead of reading the tokenizer's split."""
    rules = _rules()
    conjunctions, prepositions = rules["conjunctions"], rules["prepositions"]
    forms = [c + p for c in conjunctions for p in prepositions] + list(conjunctions) + list(prepositions)
    if future:
        forms += [c + rules["future"] for c in conjunctions] + [rules["future"]]
    return tuple(sorted(dict.fromkeys(forms), key=len, reverse=True))


@lru_cache(maxsize=1)
def default_segmenter() -> Segmenter:
    """The process-wide segmenter over the default lexicons."""
    return Segmenter(default_lexicon(), _zipf_table())


def third_person_pronouns() -> frozenset[str]:
    """The third-person pronouns the tokenizer splits off a verb or noun (ه، ها، هم، هما، هن: the
    `third_person_enclitics` of data/clitics.yaml), for stages that read a word as its host's object
    or possessor ("ترشح|ه ل|رئاسة")."""
    return frozenset(normalise_word(p) for p in _rules()["third_person_enclitics"])
