"""Announcing an act is no claim (docs/gold-format.md, "Decided in session 17").

"أعلن" with the verbal noun of an act its subject performs for object ("أعلنت البلدية إغلاق 15 بناية"،
"…، معلنا تثبيت أسعار المحروقات") or with the claim of an act ("أعلنت الحركة مسؤوليتها عن الهجوم") reports
no words: the announcement is the act.  The nouns are data (data/announced_acts.yaml); this module reads
them and tells, over a sentence's normalised words, whether the object of the verb at i is one of them.
It works on plain normalised strings so that the blind gold correction
(corpus/corrections/unclaimed_acts.py) applies the same rule as khabar's claims component.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.datafile import load_yaml
from khabar.text.clitics import proclitics
from khabar.text.normalise import normalise_word

KEYS = ("acts", "responsibility", "lead_ins", "adverbs", "aside_openers", "according_to")
PRONOUNS = ("هما", "هم", "هن", "ها", "ه")   # longest first: a pronoun written on the noun
_PRONOUN_SET = frozenset(PRONOUNS)
OPENING_QUOTES = frozenset('"«“')
CLOSING_QUOTES = frozenset('"»”')
CLAUSE_ENDS = frozenset("،,.؛;؟?!")
QUOTED_WORDS = 3   # a quote of fewer words after an announced act names what it is
OBJECT_REACH = 25   # words read after the verb (an aside between commas is read past)
COMMAS = frozenset("،,")
# one-letter proclitics the tokenizer splits off a word (و ف ب ل ك، and the future س)
PROCLITICS = frozenset(p for p in proclitics(future=True) if len(p) == 1)
SLASH = "/"   # no mark that ends the object's stretch: it joins a month's two names


@dataclass(frozen=True)
class AnnouncedActs:
    """The normalised nouns of data/announced_acts.yaml, without their article."""

    acts: frozenset[str]
    responsibility: frozenset[str]
    lead_ins: frozenset[str]
    adverbs: frozenset[str]
    aside_openers: frozenset[str]
    according_to: frozenset[str]


def parse(raw: dict) -> AnnouncedActs:
    """The lists of the data file, checked: exactly the keys of KEYS, each a list of non-empty words."""
    if set(raw) != set(KEYS):
        raise ValueError(f"announced_acts: keys {sorted(raw)} are not {sorted(KEYS)}")
    sets = {}
    for key in KEYS:
        words = raw[key]
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise ValueError(f"announced_acts: {key} must be a list of words")
        sets[key] = frozenset(_bare(normalise_word(w)) for w in words)
    return AnnouncedActs(**sets)


@lru_cache(maxsize=1)
def announced_acts() -> AnnouncedActs:
    """The shipped lists (read once)."""
    text = resources.files("khabar.claims").joinpath("data/announced_acts.yaml").read_text("utf-8")
    return parse(load_yaml(text))


def _bare(norm: str) -> str:
    """A noun without its article: "الإغلاق" is إغلاق."""
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def _forms(norm: str) -> list[str]:
    """The readings of one normalised word as a noun: itself without its article, without the alif of
    the indefinite accusative ("إغلاقا"), and without a pronoun written on it ("مسؤوليتها" → مسؤولية,
    its ta marbuta written ت before the pronoun; "انسحابه" → انسحاب)."""
    bare = _bare(norm)
    forms = [bare]
    if bare.endswith("ا") and len(bare) > 3:
        forms.append(bare[:-1])
    for pronoun in PRONOUNS:
        stem = bare[:-len(pronoun)]
        if bare.endswith(pronoun) and len(stem) > 2:
            forms.append(marbuta_restored(stem))
    forms.append(marbuta_restored(bare))   # "مسؤوليت" left by a split-off pronoun
    return forms


def marbuta_restored(stem: str) -> str:
    """A stem left by splitting off a pronoun with its ta marbuta back as normalised: the ة
    written ت before the pronoun ("جلالت" of جلالته → "جلاله")."""
    return stem[:-1] + "ه" if stem.endswith("ت") else stem


@lru_cache(maxsize=8192)
def act_noun(norm: str) -> bool:
    """Whether a normalised word is the noun of an act an announcer performs or claims."""
    lists = announced_acts()
    return any(form in lists.acts or form in lists.responsibility for form in _forms(norm))


def _stands_after_subject(norms: Sequence[str], i: int, k: int, name_ends: Callable[[int], bool]) -> bool:
    """Whether word k can be the object of the verb at i: right after the verb (a pronoun subject, or
    the subject before the verb), after a lead-in ("عن"), or after the last word of a subject phrase,
    which has the article, ends a name or a time (`name_ends(k - 1)`), or is an adverb of time ("أعلن الوزير أمس").  A noun after a bare
    noun is its genitive, part of the subject ("جهاز مكافحة الإرهاب"، "لجنة تنظيم الانتخابات")."""
    if k == i + 1:
        return True
    before = norms[k - 1]
    lists = announced_acts()
    if before in lists.lead_ins:
        return _stands_after_subject(norms, i, k - 1, name_ends)
    return before.startswith("ال") or before in lists.adverbs or before in CLOSING_QUOTES or before == ")" or name_ends(k - 1)


def announces_act(norms: Sequence[str], i: int, stops: Callable[[str], bool],
                  name_ends: Callable[[int], bool]) -> bool:
    """Whether the verb (or participle) at i has an announced act for object.  Read up to the first word
    `stops` names (a mark, a complementizer, a relative pronoun: a clause is reported speech) or the
    first pronoun written apart on a noun that is no act ("أعلن رفضه لإغلاق المعبر": the speaker's
    stance, a statement), past an aside set off by commas ("أعلنت الوزارة، في بيان، اعتقال").  An act whose
    clause goes on to quote the announcer's words is reported speech (the rule for annotators: a verb of
    saying with its own clause or quote is a claim)."""
    kept = without_asides(norms, i)
    words = [norms[k] for k in kept]
    for k in range(1, len(words)):
        norm = words[k]
        if norm == SLASH:
            continue   # the two names of a month ("في 12 مايو/أيار إطلاق"), inside what stands before the object
        if stops(norm):
            return False
        if norm in _PRONOUN_SET and k > 1:
            return False
        if act_noun(norm) and _stands_after_subject(words, 0, k, lambda j: name_ends(kept[j] - i)):
            return not _quotes_words(norms, kept[k] + 1)
    return False


def without_asides(norms: Sequence[str], i: int) -> list[int]:
    """The indexes of the words from the verb at i on (OBJECT_REACH of them), without the asides set off by
    commas that an aside opener starts ("، في بيان نشرته وكالة أعماق،"، "، مساء أمس،")."""
    kept, k, end = [], i, min(i + OBJECT_REACH, len(norms))
    while k < end:
        if norms[k] in COMMAS and k + 1 < end and aside_opener(norms[k + 1]):
            close = next((j for j in range(k + 2, end) if norms[j] in COMMAS), None)
            if close is not None:
                k = close + 1
                continue
        kept.append(k)
        k += 1
    return kept


def aside_opener(norm: str) -> bool:
    """Whether a normalised word after a comma opens an aside (aside_openers), with or without its article:
    "، اليوم،"، "، الأربعاء،"، "، العام الماضي،" (the list is read without the article, as every list here)."""
    return norm in announced_acts().aside_openers or _bare(norm) in announced_acts().aside_openers


def relayed_by_report(norms: Sequence[str]) -> bool:
    """Whether the words between an announcing verb and the outlet at the end of its chain hold an
    according-to phrase ("…، وفق ما نقلت وكالة تاس"): the outlet's report of the announcement is a claim."""
    return not announced_acts().according_to.isdisjoint(norms)


def _quotes_words(norms: Sequence[str], k: int) -> bool:
    """Whether the clause from word k on (to its first comma or full stop) quotes the announcer's words: a
    quote of QUOTED_WORDS words or more ("تأجيل تسليم الدفعة "إلى حين التزام الاحتلال ببنود الاتفاق""); a
    shorter one is a name ("إطلاق صندوق "ألتيرا"")."""
    opened = None
    for j in range(k, len(norms)):
        norm = norms[j]
        if opened is None and norm in CLAUSE_ENDS:
            return False
        if opened is None and norm in OPENING_QUOTES:
            opened = j
        elif opened is not None and norm in CLOSING_QUOTES:
            return _written_words(norms[opened + 1:j]) >= QUOTED_WORDS
    return opened is not None and _written_words(norms[opened + 1:]) >= QUOTED_WORDS


def _written_words(norms: Sequence[str]) -> int:
    """How many written words the tokens are: a one-letter proclitic split off its word (PROCLITICS:
    "و" of "وشاملة"، a name's first letter read as the future "س": "ستينا" as س + تينا) is no word of its own,
    so "كاملة وشاملة" and the ship "ستينا مارين" are two words, as the gold correction (whole words) counts them."""
    return sum(1 for norm in norms if norm not in PROCLITICS)
