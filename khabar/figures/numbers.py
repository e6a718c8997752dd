"""Numbers in Arabic news text, with exact spans.

    digits         274، ٢٧٤، ۲۷۴، 1,500، 1.500، ١٫٥، 1.5 مليون، 3 آلاف
    words          أربعة، ثلاث، الأربعة، مئتين وأربعة وسبعين، خمسة آلاف، أحد عشر، نصف مليون
    shares         نصف السكان (50 percent)، ربع مقاعد المجلس (25 percent)
    vague amounts  عشرات (min 10)، مئات (min 100)، آلاف (min 1000)، عشرات الآلاف، بضعة
    bounds         أقل من 60 (max)، أكثر من 100 / ما يزيد على / ما لا يقل عن (min)،
                   نحو / قرابة / حوالي / زهاء / ما يقارب (approx)، … على الأقل (min)
    ranges         بين 20 و30، من 20 إلى 30، 20 إلى 30، 20-30، بين 20 و30 ألفًا،
                   خمس أو ست (one count or the next)، بين ألفين وثلاثة آلاف
    units          30%، 30 في المئة، 1.5 مليون دولار، 200 دينار أردني، $5
    implicit       duals of counted nouns (جنديين، قتيلان = 2); a singular person noun
                   right after an event noun (مقتل جندي = 1; مقتل أحد الجنود = 1)

The text is cut into words, digit runs and punctuation (`Words`), each with its
normalised form for matching and its exact offsets; `scan` reads the numbers of one
stretch of words.
`find_numbers` does the whole job on a plain string and returns offsets into it.
The word lists live in data/numbers.yaml and data/units.yaml (khabar.figures.lexicon).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khabar.figures.lexicon import Analysis, Lexicon, lexicon
from khabar.text.clitics import default_segmenter, third_person_pronouns
from khabar.text.normalise import normalise_word

__all__ = ["NORMS", "Number", "SINGULAR_POST", "WORD", "Words", "digit_value", "dual_guess", "find_numbers", "kb_reading",
           "possessed", "scan", "singular_nisba", "word_flags"]

# Letters (Arabic, its presentation forms, Latin) and the marks that may sit inside a word
# (diacritics, tatweel, joiners, bidi marks): marks stay in a word's surface and vanish
# from its normalised form.  Explicit ranges keep the pattern fast.
_LETTER = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefcA-Za-z\u00c0-\u024f"
_MARKS = "\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_TOKEN = re.compile(
    # digits; thousands may be grouped by spaces as Maghrebi outlets write them ("10 000")
    rf"(?P<d>\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}}(?![\d.,\u066b\u066c]))+|\d+(?:[.,\u066b\u066c]\d+)*)"
    rf"|(?P<w>[{_LETTER}][{_LETTER}{_MARKS}]*)"
    rf"|(?P<p>[^\s{_MARKS}])"
)


_FLAT = re.compile(_TOKEN.pattern.replace("(?P<d>", "(?:").replace("(?P<w>", "(?:").replace("(?P<p>", "(?:"))


class _NormCache(dict):
    """surface → (normalised form, kind), computed once per distinct surface."""

    def __missing__(self, surface: str) -> tuple[str, str]:
        if len(self) > 300_000:
            self.clear()
        entry = self[surface] = (normalise_word(surface), _TOKEN.match(surface).lastgroup)
        return entry


_NORMS = NORMS = _NormCache()
WORD = re.compile(rf"[{_LETTER}][{_LETTER}{_MARKS}]*")  # a word alone, as the tokens read it


class Words:
    """text[start:end] cut into words ("w"), digit runs ("d") and punctuation ("p").

    `forms` are normalised (khabar.text.normalise.normalise_word: hamza on alef, ta
    marbuta, alef maqsura, diacritics, Arabic-Indic and Persian digits); `starts` and
    `ends` are offsets into `text` as it was given (computed when first asked for)."""

    __slots__ = ("text", "forms", "kinds", "_surfaces", "_begin", "_starts", "_ends")

    def __init__(self, text: str, start: int = 0, end: int | None = None):
        self.text = text
        surfaces = self._surfaces = _FLAT.findall(text, start, len(text) if end is None else end)
        norms = _NORMS
        entries = [norms[surface] for surface in surfaces]
        self.forms = [entry[0] for entry in entries]
        self.kinds = [entry[1] for entry in entries]
        self._begin = start
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None

    def _offsets(self) -> None:
        starts, ends = [], []
        position, find = self._begin, self.text.find
        for surface in self._surfaces:
            position = find(surface, position)
            starts.append(position)
            position += len(surface)
            ends.append(position)
        self._starts, self._ends = starts, ends

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._offsets()
        return self._starts

    @property
    def ends(self) -> list[int]:
        if self._ends is None:
            self._offsets()
        return self._ends

    def __len__(self) -> int:
        return len(self.forms)

    def without(self, drop: set[int]) -> "Words":
        """The same words less the tokens at `drop`, each kept one at its own offsets."""
        kept = [i for i in range(len(self.forms)) if i not in drop]
        other = Words.__new__(Words)
        other.text, other._begin = self.text, self._begin
        other._surfaces = [self._surfaces[i] for i in kept]
        other.forms = [self.forms[i] for i in kept]
        other.kinds = [self.kinds[i] for i in kept]
        starts, ends = self.starts, self.ends
        other._starts, other._ends = [starts[i] for i in kept], [ends[i] for i in kept]
        return other

    def glued(self, left: int, right: int) -> bool:
        """Whether word `left` ends exactly where word `right` starts (no space)."""
        size = len(self.forms)
        return 0 <= left < size and 0 <= right < size and self.ends[left] == self.starts[right]

    def start_after(self, index: int, letters: int) -> int:
        """Offset in `text` after the first `letters` normalised letters of word `index`
        (and the marks that follow them): where a span starts when clitics stay out."""
        position = self.starts[index]
        if not letters:
            return position
        end = self.ends[index]
        text = self.text
        while position < end and letters:
            if normalise_word(text[position]):
                letters -= 1
            position += 1
        while position < end and not normalise_word(text[position]):
            position += 1
        return position


@dataclass(slots=True)
class Number:
    """A number found in `Words`.

    Word indices: [first, last) is the whole expression (bounds, range opener, unit);
    [core, core_end) the numeric words themselves.  `skip` is how many letters of the
    first word are clitics that stay outside the span (بنحو → نحو).
    """

    first: int
    last: int
    core: int
    core_end: int
    value: int | float | None
    min: int | float | None = None
    max: int | float | None = None
    approx: bool = False
    kind: str = "digits"  # digits | words | vague | range | dual | singular
    definite: bool = False
    unit: str | None = None  # percent, or a currency, when the number carries it
    noun: int | None = None  # word index of the counted noun that the number is (dual, singular)
    noun_end: int | None = None
    skip: int = 0
    ordinal: bool = False  # digits right after the article: الـ7
    superseded: bool = False  # the old value of a change: "ارتفع من 200 إلى 274"
    cue: str | None = None  # category of the event noun that made a singular a count
    joined: bool = False  # a singular joined by و to the figure before it (وجندي إسرائيلي)
    among: bool = False  # a lone person after بينهم, one of the toll before it (بينهم طفل)

    def span(self, words: Words) -> tuple[int, int]:
        """(start, end) in the text the words were read from."""
        return words.start_after(self.first, self.skip), words.ends[self.last - 1]


def digit_value(text: str, before_scale: bool = False, group: int = 3) -> int | float:
    """The value of a digit run with separators: "1,500" and "1.500.000" group thousands,
    "1.5" and "1,5" are decimals; before a scale word a single separator is a decimal
    ("1.500 مليون" is 1.5 million)."""
    if " " in text:  # "10 000": thousands grouped by spaces
        text = text.replace(" ", "")
    separators = [c for c in text if c in ".,"]
    if not separators:
        return int(text)
    groups = re.split(r"[.,]", text)
    tails_are_groups = all(len(g) == group for g in groups[1:])
    if len(set(separators)) == 2:
        decimal = text[max(text.rfind("."), text.rfind(","))]
        whole, _, fraction = text.rpartition(decimal)
        whole = whole.replace(".", "").replace(",", "")  # every separator before the decimal one groups
        return _clean(float(f"{whole}.{fraction}"))
    if tails_are_groups and (len(separators) > 1 or (not before_scale and len(groups[0]) <= group)):
        return int("".join(groups))
    if len(separators) == 1:
        return _clean(float(text.replace(",", ".")))
    return int("".join(groups))


def _clean(value: float) -> int | float:
    """A value as an int when it is whole; a product of a decimal and a scale is rounded
    first, so that binary floats do not leak into values ("4.1 ملايين" is 4100000, not
    4099999.9999999995; "7.3 مليار" is 7300000000)."""
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


# -- parsing ------------------------------------------------------------------------------

def scan(words: Words, lex: Lexicon | None = None, start: int = 0, end: int | None = None) -> list[Number]:
    """Every number in words[start:end], left to right, without overlaps."""
    lex = lex or lexicon()
    end = len(words) if end is None else end
    forms, kinds = words.forms, words.kinds
    flags = lex.word_flags
    candidates = [i for i in range(start, end)
                  if kinds[i] == "d" or flags[forms[i]] or forms[i] in lex.headline_tolls]
    found: list[Number] = []
    reached = start
    for index in candidates:
        if index < reached:
            continue
        number = _headline_toll(words, lex, index, start)
        if number is not None:
            found.append(number)
            reached = index + 1
            continue
        flag = 0 if kinds[index] == "d" else flags[forms[index]]
        if not flag or flag & NUMBER_START:
            number = _number_at(words, lex, index, end)
            if number is not None and number.kind == "dual" and _after_dual(words, lex, index):
                number = None
        if number is None and flag & DUAL_SHAPE and not _after_dual(words, lex, index) \
                and not _before_clause(words, lex, index, end):
            # (not "مؤكدتين أن"، "مشيرتين إلى أن": a participle of saying before what is said)
            number = _implicit(words, lex, index, end)
            if number is not None and number.kind != "dual":
                number = None
        if number is None and flag & SINGULAR_CUE and not (index > 0 and forms[index - 1] in lex.body_heads):
            # (not "فريق إنقاذ صيني": a body named by what it does counts no one)
            cue = lex.singular_cues.match(lex, forms, index, end)
            if cue is not None and _nominal_verb(forms, lex, index, cue):
                continue  # "من تجمع بدوي": a past verb's shape after a preposition is a noun
            after = index + (cue[0] if cue is not None else 1)
            if after < end and kinds[after] == "w":
                number = _implicit(words, lex, after, end)
                if number is not None and number.kind != "singular" and number.cue is None:
                    number = None  # a dual is read at its own word (a dual in construct, "أصيب
                    #                رجلا أمن", only here: its shape is the accusative's)
                if number is None and found and cue is not None:
                    number = _one_more(words, lex, after, end, cue, found[-1])
                # … or the verb's object across its subject: "اعتقلت قوات الاحتلال شابًا"
                position = after + 1
                verb = cue is not None and cue[0] == 1 and cue[2].base in lex.singular_verbs
                reach = after + _SUBJECT_REACH + 2 + (  # past a place inside the subject ("مسلحون في ليبيا")
                    _place_in_subject(words, lex, after + 1, after + _SUBJECT_REACH + 2) if verb else 0)
                while verb and number is None and position < min(end, reach) \
                        and kinds[position] == "w" and kinds[position - 1] == "w" \
                        and not flags[forms[position - 1]] & (NUMBER_START | DUAL_SHAPE):
                    if forms[position].endswith("ا") or forms[position - 1] in lex.object_prepositions \
                            or _verb_before_phrase(words, lex, position) is not None:
                        number = _implicit(words, lex, position, end)
                        if number is not None and number.kind != "singular":
                            number = None
                    position += 1
        person = _singular_before_post(words, lex, index, reached, found) \
            if flag & SINGULAR_POST and number is None else None
        if person is not None:
            number = _implicit(words, lex, person, end)  # "لقي عامل حتفه"
            if number is not None and found and found[-1].first > person:
                found.pop()  # the age the person's phrase told ("في الأربعين من عمره"): no figure
            if number is not None and number.kind != "singular":
                number = None
        if number is None and found and flag & JOINED:
            number = _joined_singular(words, lex, index, end) or _among_next(words, lex, index, end, found[-1])
        if number is None and flag & COMPLEMENT:
            number = _reported_one(words, lex, index + 1, end)
        if number is None and forms[index] in lex.one_of:
            number = _one_still_missing(words, lex, index, end)
        if number is None and flag & AMONG_WORD and found:
            number = _among_one(words, lex, index, end, found[-1])
        if number is None and flag & GROUP_WORD and index > 0 and forms[index - 1] in lex.among_named:
            number = _lone_person(words, lex, index + 1, end, joined=False)  # "بين القتلى ممرضة"
        if number is None:
            continue
        found.append(number)
        reached = max(number.last, (number.noun_end or 0), index + 1)
    return found


def _tens_after(words: Words, lex: Lexicon, index: int, end: int) -> bool:
    """Whether a ten joined by و stands right after word `index` ("إحدى وعشرين"): أحد and
    إحدى, one of something elsewhere, count one only there or before a teen's عشر."""
    after = index + 1
    if after >= end or words.kinds[after] != "w":
        return False
    found = lex.number(words.forms[after])
    return found is not None and found[0].prefix == "و" and not found[0].definite and bool(found[1].ten)


def _nominal_verb(forms: list[str], lex: Lexicon, index: int, cue: tuple) -> bool:
    """Whether the one-word past verb `cue` at `index` stands right after a preposition
    (categories.yaml links.singular_nominal_after), where Arabic puts no verb: it is a noun
    of the same shape ("من تجمع بدوي"، "في تجمع سكني": a community, no gathering), and the
    singular after it counts no one.  Event nouns ("عن مقتل قائد") are no verbs and stay."""
    return index > 0 and forms[index - 1] in lex.singular_nominal_after \
        and cue[0] == 1 and forms[index] in lex.singular_verbs


_DUAL_CLITICS = frozenset("وفبلك")  # one-letter clitics a dual noun may carry


def _after_dual(words: Words, lex: Lexicon, index: int) -> bool:
    """Whether the dual-shaped word at `index` agrees with a dual noun right before it, a
    clitic on that noun or not ("بسيارتين مفخختين"، "بطائرتين مسيرتين"): an adjective, no
    count of its own."""
    if index == 0 or words.kinds[index - 1] != "w":
        return False
    form = words.forms[index]
    if form[:1] in "وف" and lex.word_flags[form[1:]] & (NUMBER_START | DUAL_SHAPE):
        return False  # "مستشفيين ومدرستين": a noun joined to it, no adjective
    before = words.forms[index - 1]
    found = lex.noun(before, clitics=True)
    if found is not None:
        return found[1].number == "dual"
    flags = lex.word_flags
    return bool(flags[before] & DUAL_SHAPE or (before[:1] in _DUAL_CLITICS and flags[before[1:]] & DUAL_SHAPE))


# What a word may start (lexicon.Lexicon.word_flags): a number, a dual read from its shape,
# a cue that counts the singular after it, a singular joined by و to a figure; and what it
# names: captives or their release (CAPTIVE_WORD), a disease (INFECTION_WORD), an exchange
# (EXCHANGE_WORD), a violent or sudden cause of death (VIOLENT_WORD), taking people
# (DETENTION_WORD), an authority that may take them (AUTHORITY_WORD), a protest (PROTEST_WORD).
NUMBER_START, DUAL_SHAPE, SINGULAR_CUE, JOINED, CAPTIVE_WORD, INFECTION_WORD = 1, 2, 4, 8, 16, 32
EXCHANGE_WORD, VIOLENT_WORD, DETENTION_WORD, AUTHORITY_WORD, PROTEST_WORD = 64, 128, 256, 512, 1024
SINGULAR_POST = 2048  # a cue after a singular person noun that counts it: "لقي عامل حتفه"
# a cause of death that is no violence (NATURAL_WORD: hunger, cold, illness) and a word
# that tells a killing (KILLING_WORD: قتل، مقتل، شهيد)
NATURAL_WORD, KILLING_WORD = 4096, 8192
MARCH_WORD = 16384  # a march that may be a protest's or a drone (مسيرة)
CONTINUING_WORD = 32768  # a verb of continuing that may tell a group is still held (لا يزال)
COMPLEMENT = 65536  # a complementiser that may open a reported toll of one: "أن جنديًا قُتل"
# a celebration, a welcome or a funeral (CELEBRATION_WORD), and a demand or a denunciation
# that makes a crowd a protest after all (DEMAND_WORD): categories.yaml links.celebrations
CELEBRATION_WORD, DEMAND_WORD = 131072, 262144
AMONG_WORD = 524288  # the last word of a partitive "among" (بينهم، من بينهم): a lone person may follow
GROUP_WORD = 1048576  # a definite group noun with a category of its own (القتلى، الجرحى): "بين القتلى ممرضة"
# the lexicon's word sets whose base forms set each "what it names" bit
_NAMING_FLAGS = (("captive_nouns", CAPTIVE_WORD), ("infections", INFECTION_WORD), ("exchange_words", EXCHANGE_WORD),
                 ("violent_words", VIOLENT_WORD), ("detention_words", DETENTION_WORD),
                 ("authorities", AUTHORITY_WORD), ("protest_events", PROTEST_WORD),
                 ("natural_words", NATURAL_WORD), ("killing_words", KILLING_WORD),
                 ("march_words", MARCH_WORD), ("continuing_all", CONTINUING_WORD),
                 ("celebration_words", CELEBRATION_WORD), ("celebration_protest", DEMAND_WORD))


def word_flags(form: str, lex: Lexicon) -> int:
    """The NUMBER_START … JOINED bits of a normalised word."""
    flags = 0
    if form in lex.starts:
        flags |= NUMBER_START
    elif form.endswith(lex.dual_guess.endings) and dual_guess(form, lex) is not None:
        flags |= DUAL_SHAPE
    if form in lex.singular_starts:
        flags |= SINGULAR_CUE
    if form in lex.joined_singulars or (form[:1] == "و" and (form[-1:] == "ي" or _feminine_person(form[1:], lex))):
        flags |= JOINED  # (and a feminine one: "بينهم شرطية وصحفية")
    if form in lex.singular_posts:
        flags |= SINGULAR_POST
    if form in lex.complements:
        flags |= COMPLEMENT
    if form in lex.among.enders:
        flags |= AMONG_WORD
    if group_category(form, lex) is not None:
        flags |= GROUP_WORD
    for analysis in lex.analyses(form):
        for words_named, flag in _NAMING_FLAGS:
            if analysis.base in getattr(lex, words_named):
                flags |= flag
    return flags


def _number_at(words: Words, lex: Lexicon, index: int, end: int) -> Number | None:
    kind = words.kinds[index]
    if kind == "d":
        core = _digits_core(words, lex, index, end)
    elif kind == "w":
        core = _words_core(words, lex, index, end) or _implicit(words, lex, index, end)
    else:
        return None
    if core is None:
        return None
    if core.kind == "dual" and _time_dual(lex, words.forms[core.noun]):
        _bound_before(words, lex, core)  # "في مدة أقصاها شهران": a term's bound
    if core.kind in ("dual", "singular"):
        return core
    _gloss(words, lex, core, end)
    _range(words, lex, core, end)
    if core.kind != "range":
        _bound_before(words, lex, core)
        if core.min is None and core.max is None and not core.approx:
            _subject_bound(words, lex, core)
    _unit_after(words, lex, core, end)
    if core.kind != "range":
        _bound_after(words, lex, core, end)
    return core


def _time_dual(lex: Lexicon, word: str) -> bool:
    """Whether a dual names two units of time (شهرين، يومين): a term's length, which a
    bound before it may limit."""
    noun = lex.noun(word, clitics=True)
    return noun is not None and not noun[1].counts and noun[1].unit == "time"


def _gloss(words: Words, lex: Lexicon, number: Number, end: int) -> None:
    """A number in parentheses, as official statements write a count: digits alone ("القبض
    على (5) مقيمين") or the same number in the other script after it ("5 (خمسة) معتقلين"،
    "ثلاثة (3) أشخاص").  The parentheses join the number; its counted noun comes after."""
    forms, kinds = words.forms, words.kinds
    if number.value is None or number.unit is not None:
        return
    core, after = number.core, number.core_end
    if kinds[core] == "d" and after == core + 1 and core > 0 and forms[core - 1] == "(" \
            and after < end and forms[after] == ")" and number.first == core:
        number.first, number.core_end = core - 1, after + 1
        number.last = max(number.last, after + 1)
        return
    if after + 2 >= end or forms[after] != "(" or kinds[after + 1] not in ("d", "w"):
        return
    close = after + 2
    while close < end and close - after <= 6 and forms[close] != ")":
        close += 1
    if close >= end or forms[close] != ")":
        return
    if kinds[after + 1] == "d":
        inner = digit_value(forms[after + 1], group=lex.thousands_group) if close == after + 2 else None
    else:
        found = _words_core(words, lex, after + 1, close)
        inner = found.value if found is not None and found.core_end == close else None
    if inner is not None and inner == number.value:
        number.core_end = close + 1
        number.last = max(number.last, close + 1)


def _digits_core(words: Words, lex: Lexicon, index: int, end: int) -> Number | None:
    forms = words.forms
    after = index + 1
    scale = _scale_at(words, lex, after, end)
    value = digit_value(forms[index], before_scale=scale is not None, group=lex.thousands_group)
    number = Number(index, after, index, after, value)
    last_scale = None
    while scale is not None:
        number.value = _clean(number.value * scale)
        number.core_end = number.last = number.core_end + 1
        last_scale = scale
        scale = _scale_at(words, lex, number.core_end, end, below=scale)
    if last_scale is not None:
        _digits_remainder(words, lex, number, last_scale, end)
    if index > 0 and forms[index - 1] in lex.ordinal_article and words.kinds[index - 1] == "w":
        number.first = index - 1
        number.definite = number.ordinal = True
    # percent and currency signs glued before the digits: %30، $5
    if index > 0 and words.kinds[index - 1] == "p" and words.glued(index - 1, index):
        sign = forms[index - 1]
        if sign in lex.percent_signs:
            number.first, number.unit = index - 1, "percent"
        elif sign in lex.currency_signs:
            number.first, number.unit = index - 1, lex.currency_signs[sign]
    return number


def _digits_remainder(words: Words, lex: Lexicon, number: Number, scale: int, end: int) -> None:
    """"35 ألفًا و173", "3 آلاف وخمسمئة": the smaller part after a scaled number."""
    position = number.core_end
    if position >= end or words.kinds[position] != "w":
        return
    rest: Number | None = None
    found = lex.number(words.forms[position])
    if found is not None and found[0].prefix == "و" and not found[0].definite and found[1].fraction:
        # "3 ملايين ونصف"، "مليون ونصف المليون": a fraction of the scale
        number.value = _clean(number.value + found[1].fraction * scale)
        number.core_end = number.last = position + 1 + _same_scale(words, lex, position + 1, end, scale)
        return
    if words.forms[position] == "و" and position + 1 < end and words.kinds[position + 1] == "d" \
            and words.glued(position, position + 1):
        rest = _digits_core(words, lex, position + 1, end)
    elif lex.number(words.forms[position]) is not None and lex.number(words.forms[position])[0].prefix == "و":
        rest = _words_core(words, lex, position, end, conjoined=True)
    if rest is None or rest.value is None or rest.unit is not None or not 0 < rest.value < scale:
        return
    number.value = _clean(number.value + rest.value)
    number.core_end = number.last = rest.core_end


def _scale_at(words: Words, lex: Lexicon, index: int, end: int, below: int | None = None) -> int | None:
    """The multiplier of a bare scale word (ألف، آلاف، مليون، مليار) at `index`."""
    if index >= end or words.kinds[index] != "w":
        return None
    found = lex.number(words.forms[index])
    if found is None:
        return None
    analysis, entry = found
    if entry.scale is None or not analysis.bare or entry.scale_kind == "dual":
        return None
    if below is not None and entry.scale >= below:
        return None
    return entry.scale


_ORDER = {"hundred": 3, "unit": 2, "teen": 1, "ten": 1, "fraction": 0}
_NO_SCALE = 10 ** 15


def _words_core(words: Words, lex: Lexicon, index: int, end: int, conjoined: bool = False) -> Number | None:
    """A number written in words from `index`: simple, compound (مئتين وأربعة وسبعين),
    scaled (خمسة آلاف), teen (أحد عشر), fraction of a scale (نصف مليون) or vague (عشرات).

    Within a group the parts come hundreds, units, tens (مئتين وأربعة وسبعين = 274); a
    scale word closes the group and multiplies it (خمسة وعشرين ألفًا = 25000); each later
    group is smaller than the scale before it."""
    forms, kinds = words.forms, words.kinds
    found = lex.number(forms[index])
    if found is None:
        return None
    first_analysis, entry = found
    if conjoined and first_analysis.prefix not in ("و", ""):
        return None
    if entry.vague is not None and not (entry.scale and entry.scale_kind != "plural"):
        return _vague(words, lex, index, end, first_analysis, entry)
    if entry.fraction is not None and not conjoined:
        share = _share(words, lex, index, end, first_analysis, entry)
        if share is not None:
            return share

    definite = first_analysis.definite
    total: float = 0
    group: float = 0
    group_start = index  # where the current group's first word stands
    slot: str | None = None  # the last part of the current group
    last_scale = _NO_SCALE
    position = index
    analysis = first_analysis
    while position < end and kinds[position] == "w":
        if position > index:
            found = lex.number(forms[position])
            if found is None:
                break
            analysis, entry = found
            if analysis.prefix not in ("و", "") or (analysis.definite and not definite):
                break
        first = position == index
        additive = first or analysis.prefix == "و"
        following = None
        if position + 1 < end and kinds[position + 1] == "w":
            following = lex.number(forms[position + 1])
            if following is not None and not following[0].bare:
                following = None
        state = (total, group, slot, last_scale)
        step = 1
        if additive and (entry.teen_first or (entry.unit and entry.unit < 10)) and following \
                and following[1].teen_second and slot in (None, "hundred"):
            group += (entry.teen_first or entry.unit) + 10
            slot, step = "teen", 2
        elif additive and entry.teen_first == 1 and slot in (None, "hundred") \
                and _tens_after(words, lex, position, end):
            group += 1  # "إحدى وعشرين ناشطة"، "أحد وثلاثين": one, before a ten joined by و
            slot = "unit"
        elif additive and entry.unit and following and following[1].hundred_word \
                and 3 <= entry.unit <= 9 and slot is None:
            group += entry.unit * 100
            slot, step = "hundred", 2
        elif additive and entry.unit and slot in (None, "hundred"):
            group += entry.unit
            slot = "unit"
        elif additive and entry.ten and slot in (None, "hundred", "unit"):
            group += entry.ten
            slot = "ten"
        elif additive and entry.hundred and slot is None:
            group += entry.hundred
            slot = "hundred"
        elif first and entry.scale and entry.scale_kind != "plural":
            total = entry.scale * (2 if entry.scale_kind == "dual" or _dual_construct(words, lex, position, end) else 1)
            last_scale = entry.scale
        elif not first and not analysis.prefix and entry.scale and group and entry.scale < last_scale \
                and entry.scale_kind != "dual" and (entry.scale_kind != "plural" or 3 <= group <= 10):
            total += group * entry.scale
            group, slot, last_scale = 0, None, entry.scale
        elif first and entry.fraction and following and following[1].scale \
                and following[1].scale_kind == "singular":
            group, slot = entry.fraction, "fraction"
        elif not first and analysis.prefix == "و" and entry.fraction and slot is None and last_scale < _NO_SCALE:
            total += entry.fraction * last_scale
            position += 1 + _same_scale(words, lex, position + 1, end, last_scale)
            break
        else:
            break
        if group >= last_scale:
            total, group, slot, last_scale = state
            break
        if group and not state[1]:
            group_start = position
        position += step
    if position == index:
        return None
    if group and total and position < end and kinds[position] == "w" and group_start > index:
        # "بين ألفين وثلاثة آلاف": a group followed by a scale as large as the one before
        # it starts a number of its own (the second of a range), it adds nothing to the first
        after = lex.number(forms[position])
        if after is not None and after[0].bare and after[1].scale and after[1].scale >= last_scale:
            group, slot, position = 0, None, group_start
    value = _clean(total + group)
    if not value:
        return None
    if slot == "unit" and not total and position + 1 < end and forms[position] in lex.plural_fractions:
        share = _share(words, lex, position, end, Analysis("", False, forms[position]), None)
        if share is not None:  # "ثلاثة أرباع السكان": three quarters, a share in percent
            share.first = share.core = index
            share.value = _clean(round(group * lex.plural_fractions[forms[position]] * 100, 6))
            share.skip = len(first_analysis.prefix)
            return share
    number = Number(index, position, index, position, value, kind="words", definite=definite,
                    skip=len(first_analysis.prefix))
    if not group and last_scale < _NO_SCALE and position < end and words.forms[position] == "و":
        _digits_remainder(words, lex, number, last_scale, end)  # "مليونان و300 ألف"
    return number


def _same_scale(words: Words, lex: Lexicon, index: int, end: int, scale: int) -> int:
    """1 when word `index` repeats the scale a fraction was of ("مليون ونصف مليون"، "ونصف
    المليون"), else 0."""
    if index >= end or words.kinds[index] != "w":
        return 0
    found = lex.number(words.forms[index])
    if found is None or found[0].prefix or found[1].scale != scale or found[1].scale_kind != "singular":
        return 0
    return 1


def _dual_construct(words: Words, lex: Lexicon, index: int, end: int) -> bool:
    """Whether a scale word ending in alef starts a number and stands in construct with a
    noun: the dual "ألفا شخص" (two thousand people), not the accusative "ألفًا"."""
    form = words.forms[index]
    after = index + 1
    if not form.endswith("ا") or after >= end or words.kinds[after] != "w":
        return False
    word = words.forms[after]
    return lex.number(word) is None and word not in lex.not_nouns and not word.startswith(("و", "ال"))


def _share(words: Words, lex: Lexicon, index: int, end: int, analysis, entry) -> Number | None:
    """A fraction of a group is a share, in percent: "نصف السكان" = 50، "ربع مقاعد
    المجلس" = 25 — the fraction in construct with a noun that is neither a scale
    (نصف مليون) nor a time unit (نصف ساعة)."""
    after = index + 1
    if after >= end or words.kinds[after] != "w" or analysis.definite:
        return None
    word = words.forms[after]
    if lex.number(word) is not None:
        return None
    noun = lex.noun(word)
    if noun is not None and not noun[1].counts:
        return None
    if noun is None and not word.startswith("ال"):
        return None
    return Number(index, after, index, after, _clean(entry.fraction * 100) if entry is not None else 0,
                  kind="words", unit="percent", skip=len(analysis.prefix))


def _vague(words: Words, lex: Lexicon, index: int, end: int, analysis, entry) -> Number | None:
    """عشرات، مئات، آلاف، بضعة — optionally of a scale or of a vague amount: عشرات الآلاف،
    بضعة آلاف، بضع عشرات (30 to 90); a few and ten: بضع عشرة (13 to 19); or a few more than the number after و: نيف وعشرون
    (21 to 29)."""
    low, high = entry.vague
    forms, kinds = words.forms, words.kinds
    position = index + 1
    if entry.vague_added:
        rest = None
        if position + 1 < end and forms[position] == "و" and kinds[position + 1] == "d" \
                and words.glued(position, position + 1):
            rest = _digits_core(words, lex, position + 1, end)
        elif position < end and kinds[position] == "w":
            found = lex.number(forms[position])
            if found is not None and found[0].prefix == "و" and found[1].vague is None:
                rest = _words_core(words, lex, position, end, conjoined=True)
        if rest is None or not rest.value or rest.unit is not None or not isinstance(rest.value, int):
            return None
        return Number(index, rest.last, index, rest.core_end, None, min=rest.value + low, max=rest.value + high,
                      kind="vague", skip=len(analysis.prefix))
    if position < end and kinds[position] == "w":
        found = lex.number(forms[position])
        if found is not None and not found[0].prefix and found[1].scale and found[1].scale_kind == "plural":
            low, high = low * found[1].scale, (high * found[1].scale if high else None)
            position += 1
        elif high and found is not None and found[0].bare and found[1].vague is not None \
                and found[1].vague[1] is None and not found[1].vague_added:
            low, high = low * found[1].vague[0], high * found[1].vague[0]  # بضع عشرات، بضع مئات
            position += 1
        elif high and high < 10 and found is not None and found[0].bare and found[1].teen_second:
            low, high = low + 10, high + 10  # بضع عشرة، بضعة عشر: 13 to 19
            position += 1
    return Number(index, position, index, position, None, min=low, max=high, kind="vague",
                  definite=analysis.definite, skip=len(analysis.prefix))


def _after_a_dual(words: Words, lex: Lexicon, index: int, word: str) -> bool:
    """Whether the dual-shaped word at `index` agrees with a dual noun right before it, its
    ending the same (ان after ان، ين after ين) and no clitic on it: an adjective of that noun.
    A counted dual takes its adjectives into its own figure ("جنديان إسرائيليان"); one that is
    no count ("مصدران أمنيان"، "شريكان أساسيان") leaves its adjective counting nothing either."""
    if index == 0 or words.kinds[index - 1] != "w" or word.startswith(("و", "ف")):
        return False
    before = words.forms[index - 1]
    ending = "ان" if word.endswith("ان") else "ين"
    if not before.endswith(ending) or before.startswith("ال") != word.startswith("ال"):
        return False
    listed = lex.noun(before, clitics=True)
    if listed is not None:
        return listed[1].number == "dual"
    # a dual no list knows ("مصدران"، "شريكان"): no name ("لبنان"، "إيران"), number or particle
    return len(before) >= 5 and kb_reading(before) != "name" and lex.number(before) is None \
        and before not in lex.not_nouns


def _before_clause(words: Words, lex: Lexicon, index: int, end: int) -> bool:
    """Whether the word at `index` stands right before a reported clause — a complement
    ("مؤكدتين أن") or a preposition of pointing and one ("مشيرتين إلى أن"): a dual-shaped word
    there is a participle of saying, no count."""
    forms = words.forms
    after = index + 1
    if after < end and forms[after] in lex.complement_links:
        after += 1
    return after < end and forms[after] in lex.complements


def _implicit(words: Words, lex: Lexicon, index: int, end: int) -> Number | None:
    """Counts without a numeral: a dual counted noun (جنديين = 2), or after an event noun
    a singular person noun (مقتل جندي = 1) or أحد + a definite plural (مقتل أحد الجنود)."""
    forms, kinds = words.forms, words.kinds
    word = forms[index]
    noun = lex.noun(word, clitics=True)
    guessed = None if noun is not None else dual_guess(word, lex)
    if (noun is not None and noun[1].number == "dual") or guessed is not None:
        if guessed is not None:
            prefix, definite, unit = guessed
        else:
            prefix, definite, unit = noun[0].prefix, noun[0].definite, None
        if prefix not in ("", "و", "ف") and not (noun is not None and not noun[1].counts
                                                 and prefix in lex.term_dual_prefixes) \
                and not (noun is not None and noun[1].counts and not definite
                         and prefix in lex.listed_dual_prefixes):
            return None  # (a time unit's dual may take ل: "هدنة لشهرين", a term or nothing; a listed
            #              counted noun's ب: "فازت بمقعدين")
        if definite and word.endswith("ين") and index > 0 and forms[index - 1] in lex.partitive_of:
            return None  # "عددا من العاملين": a definite …ين after من is the sound plural
        if guessed is not None and _numbered_name(words, index, end):
            return None  # "مجلة «أوريان 21»"، "قناة الحدث 24": a name that ends in a number
        if guessed is not None and index > 0 and forms[index - 1] in lex.among_one_naming:
            return None  # "طالب يدعى أوغستين": a name told by a naming verb, no nisba dual
        if _after_a_dual(words, lex, index, word):
            return None  # "مصدران أمنيان"، "شريكان أساسيان": the adjective of a dual noun that counts nothing
        number = Number(index, index + 1, index, index + 1, 2, kind="dual", definite=definite,
                        noun=index, noun_end=index + 1, skip=len(prefix), unit=unit)
        following = index + 1
        # an adjective agrees with its dual noun: "رحلتين تجاريتين"، "جنديان إسرائيليان"
        while following < end and kinds[following] == "w" and following < index + 3:
            agreeing = dual_guess(forms[following], lex)
            if agreeing is None:
                listed = lex.noun(forms[following])
                if listed is not None and listed[1].number == "dual":
                    agreeing = ("", listed[0].definite, listed[1].unit)
            if agreeing is None or agreeing[0] or agreeing[1] != definite:
                break
            following += 1
        number.last = number.core_end = number.noun_end = following
        after = lex.number(forms[following]) if following < end and kinds[following] == "w" else None
        if after is not None and after[0].bare and after[1].unit == 2:
            number.last = number.core_end = number.noun_end = following + 1
        return number
    if word in lex.one_of_pronouns:
        return _one_of_them(words, lex, index)
    person = (noun is not None and noun[0].bare and noun[1].number == "singular" and noun[1].counts
              and noun[1].unit in lex.person_units and noun[1].unit != "case")
    one_of = word in lex.one_of and index + 1 < end
    if not (person or one_of or (noun is None and singular_nisba(word, lex) and lex.number(word) is None
                                 and lex.noun(word + "ن") is None)):
        return None  # a number word is no nisba: "أصيب مائتي شخص" is two hundred; nor is a
        #              sound plural in construct: "قتل متظاهري يناير" (متظاهرين)
    if index == 0 or kinds[index - 1] != "w":
        return None
    cue = lex.singular_cues.match_ending(lex, forms, index - 1)
    across = False
    if cue is None and not one_of:
        cue = _cue_across_subject(words, lex, index)
        across = cue is not None
        cue = cue or _singular_post(words, lex, index, end)
    if cue is None:
        return None
    if not across and noun is not None and cue[0] == 1 and cue[2].base in lex.singular_verbs \
            and noun[0].base in lex.event_nouns:
        return None  # "أصيبت السفينة إصابة مباشرة"، "أصيب إصابة بليغة": the verb's own verbal
        #              noun after it (a cognate accusative) tells how, it counts no one
    category = cue[1]
    if one_of:
        plural = lex.noun(forms[index + 1])
        if plural is None:
            plural = possessed(forms[index + 1], lex)  # "مقتل أحد جنوده": definite by its pronoun
        if _group_of_one(words, lex, index, end, plural):
            return Number(index, index + 2, index, index + 1, 1, kind="singular", noun=index + 1,
                          noun_end=index + 2, cue=category)
        return None
    if index + 1 < end and (forms[index + 1] in lex.name_openers or (
            kinds[index + 1] == "w" and forms[index + 1].startswith("ال") and lex.number(forms[index + 1]) is None)
            or _title_chain(words, lex, index, end)):
        return None  # "قُتل قائد «فيلق القدس»"، "مقتل رئيس الوزراء": a title of one known person
    if index + 1 < end and forms[index + 1] in lex.resumptives:
        return None  # "مظاهرة طالب فيها المحتجون": a verb of a relative clause, no person
    if noun is not None and noun[0].base in lex.elatives and _construct_genitive(words, lex, index + 1, end):
        return None  # "حتى تحرير آخر شبر من البلاد": the last inch, no one more
    following = lex.number(forms[index + 1]) if index + 1 < end and kinds[index + 1] == "w" else None
    last = index + 2 if following is not None and following[0].bare and following[1].unit == 1 else index + 1
    # a verb's shape with a preposition on it is its verbal noun ("بحبس مواطن وثلاثة وافدين"،
    # "بقتل شاب"): what follows is its object, no subject of a verb
    verb = not across and cue[0] == 1 and cue[2].base in lex.singular_verbs \
        and not cue[2].prefix.strip(_VERB_CLITICS)
    if verb and _has_object(words, lex, last, end):
        return None  # "قتل جندي إسرائيلي فلسطينيًا": the soldier is the subject of an active verb
    if verb and _dual_construct_subject(words, lex, index, end):
        return Number(index, index + 2, index, index + 2, 2, kind="dual", noun=index, noun_end=index + 2,
                      cue=category)
    return Number(index, last, index, last, 1, kind="singular", noun=index, noun_end=index + 1, cue=category)


_VERB_CLITICS = "وف"  # the only clitics a past verb may carry before it


def _construct_genitive(words: Words, lex: Lexicon, index: int, end: int) -> bool:
    """Whether the word at `index` is an indefinite noun an elative before it governs ("آخر
    شبر"): a word, no particle, preposition, adverb, time or number, no definite word and no
    clitic preposition or conjunction on it ("وأصيب آخر بجروح"، "وقتل آخر وأصيب ثلاثة")."""
    if index >= end or words.kinds[index] != "w":
        return False
    form = words.forms[index]
    return not (form in lex.not_nouns or form in lex.asides or form in lex.time_before
                or form.startswith(("ال", "ب", "و", "ف", "ل")) or lex.number(form) is not None)


def _one_of_them(words: Words, lex: Lexicon, index: int) -> Number | None:
    """"One of them" in one word (أحدهم، إحداهن) right after an event noun or verb that counts
    one ("إصابة أحدهم بجروح"، "مقتل أحدهما"): a count of one, as "مقتل أحد الجنود" is; with no
    event before it ("قال أحدهم") it counts nothing."""
    if index == 0 or words.kinds[index - 1] != "w":
        return None
    cue = lex.singular_cues.match_ending(lex, words.forms, index - 1)
    if cue is None:
        return None
    return Number(index, index + 1, index, index + 1, 1, kind="singular", noun=index, noun_end=index + 1, cue=cue[1])


def _group_of_one(words: Words, lex: Lexicon, index: int, end: int, plural) -> bool:
    """Whether the plural after أحد/إحدى at `index` (its analysis `plural`) is a definite group
    of people one is taken from: definite by the article or a pronoun ("أحد الجنود"، "أحد
    جنوده") or by the genitive it is in construct with ("أحد أفراد الشرطة"، "أحد عناصر الأمن"،
    "أحد أفراد طاقم الطائرة": round s33, the partitive's usual form in wire copy)."""
    if plural is None or plural[0].prefix or plural[1].number != "plural" or plural[1].unit not in lex.person_units:
        return False
    return plural[0].definite or _in_construct(words, lex, index + 2, end)


def _in_construct(words: Words, lex: Lexicon, position: int, end: int) -> bool:
    """Whether the word at `position` is the genitive of an indefinite plural right before it:
    a noun, no particle, preposition, number or clitic-joined word ("أفراد الشرطة"، "عناصر
    الأمن"، "أفراد طاقمها"; not "أفراد في الشرطة", "أفراد و…")."""
    if position >= end or words.kinds[position] != "w":
        return False
    form = words.forms[position]
    joined = form[:1] in ("و", "ف") and lex.noun(form) is None and lex.noun(form[1:]) is not None
    return not (form in lex.not_nouns or lex.number(form) is not None or joined)


def _one_still_missing(words: Words, lex: Lexicon, index: int, end: int) -> Number | None:
    """One of a definite group of people (أحد at `index`) told missing or struck right after the
    group, past its genitive and adjectives (at most `_GROUP_REACH` words): a missing state
    ("ولا يزال أحد البحارة في عداد المفقودين"، "أحد أفراد طاقمها لا يزال مفقودا"; categories.yaml
    links.missing_states) or, since round s33, a verb of what befell one ("أحد حراسه الشخصيين
    أصيب بجروح"، "أحد أفراد طاقم الطائرة أصيب"، "أحد الجنود قتل في الاشتباك": the passive,
    not an active verb with an object, "أحد الجنود قتل فلسطينيا").  A count of one, as "مقتل
    أحد الجنود" is one killed, with the event after the group instead of before it."""
    forms = words.forms
    if index + 2 >= end or words.kinds[index + 1] != "w":
        return None
    plural = lex.noun(forms[index + 1]) or possessed(forms[index + 1], lex)
    if not _group_of_one(words, lex, index, end, plural):
        return None
    for position in range(index + 2, min(end, index + 2 + _GROUP_REACH)):
        for phrase in lex.missing_states:
            if tuple(forms[position:position + len(phrase)]) == phrase:
                return Number(index, index + 2, index, index + 1, 1, kind="singular", noun=index + 1,
                              noun_end=index + 2, cue=lex.missing_category)
        cue = lex.singular_cues.match(lex, forms, position, end, article=False)
        if cue is not None and cue[0] == 1 and cue[2].base in lex.singular_verbs and not cue[2].prefix:
            if _has_object(words, lex, position + 1, end) or _person_object(words, lex, position + 1, end):
                return None  # "أحد الجنود قتل فلسطينيا": the one is the subject of an active verb
            return Number(index, index + 2, index, index + 1, 1, kind="singular", noun=index + 1,
                          noun_end=index + 2, cue=cue[1])
        if words.kinds[position] != "w" or forms[position] in lex.not_nouns:
            break
    return _one_of_toll(words, lex, index, plural)


def _one_of_toll(words: Words, lex: Lexicon, index: int, plural) -> Number | None:
    """One of a toll told as the subject of a reported clause (round s33): أحد right after a
    complementiser (أن، إن، بأن) before a definite group whose noun carries its category
    ("أعلنت الخارجية أن أحد القتلى مواطن جورجي"، "أن أحد الضحايا يحمل الجنسية التونسية"): one
    of that category.  Not after a noun ("شقيق أحد الضحايا"، "جثة أحد ضحايا الغرق": someone of
    theirs) nor a verb of saying ("قال أحد الأسرى المحررين": a witness)."""
    before = words.forms[index - 1] if index > 0 else ""
    if not (before in lex.complements or before[:1] in ("و", "ف") and before[1:] in lex.complements) \
            or not plural[0].definite:
        return None  # (with its conjunction: "وأن أحد القتلى فارق الحياة")
    category = next((lex.inherent[a.base] for a in lex.analyses(words.forms[index + 1]) if a.base in lex.inherent),
                    None)
    if category is None:
        return None
    return Number(index, index + 2, index, index + 1, 1, kind="singular", noun=index + 1, noun_end=index + 2,
                  cue=category)


_GROUP_REACH = 3  # words after the group before its state or verb: "أحد أفراد طاقم الطائرة أصيب"


def _numbered_name(words: Words, index: int, end: int) -> bool:
    """Whether the word at `index` is followed right away by digits: a counted dual never
    is (Arabic puts no numeral after a dual), so a word that only looks like a nisba dual
    there is part of a name with a number ("أوريان 21"، an outlet or a model)."""
    return index + 1 < end and words.kinds[index + 1] == "d"


def _title_chain(words: Words, lex: Lexicon, person: int, end: int) -> bool:
    """Whether the words after the singular person noun at `person` name a place or a body
    it is in construct with: a head of context.yaml title_chains before a definite or a
    compass word ("والي ولاية غرب دارفور"، "قائد لواء العمالقة"), or a compass word after an
    office ("والي غرب دارفور"), or a deputy before an office ("نائب مدير الشرطة") — the title
    of one known person, no count of one."""
    forms, kinds = words.forms, words.kinds
    index = person + 1
    if kinds[index] != "w":
        return False
    if _listed_base(forms[person], lex) in lex.title_deputies and _office_or_person(forms[index], lex):
        return True  # "نائب مدير شرطة المحافظة"، "نائب قائد الشرطة": the deputy of an office
    if forms[index] in lex.title_directions:
        return _listed_base(forms[person], lex) in lex.title_offices
    following = index + 1
    return forms[index] in lex.title_heads and following < end and kinds[following] == "w" \
        and (forms[following].startswith("ال") or forms[following] in lex.title_directions) \
        and lex.number(forms[following]) is None


def _office_or_person(word: str, lex: Lexicon) -> bool:
    """Whether `word` is an office (title_chains.offices) or an indefinite singular person
    noun ("قائد"، "وزير"): what a deputy's title goes on with."""
    return word in lex.title_offices or _is_person(word, lex)


def _listed_base(word: str, lex: Lexicon) -> str:
    """A singular noun as listed, without the و or ف before it ("ووالي" → "والي")."""
    noun = lex.noun(word, clitics=True)
    return noun[0].base if noun is not None else word


_ONE_MORE_REACH = 8  # words between the group counted before and the ordinal of one more


def _among_one(words: Words, lex: Lexicon, among: int, end: int, before: Number) -> Number | None:
    """A lone person right after the partitive ending at word `among` (بينهم، من بينهم:
    units.yaml partitive.among), close after the number `before` it hangs on: one of that
    toll, by session 16's decision ("35 قتيلا، بينهم طفل"، "15 شهيدا بينهم امرأة وطفلان")."""
    if lex.among.match_ending(lex, words.forms, among) is None \
            or among - max(before.last, before.noun_end or 0) > lex.among_one_reach:
        return None
    return _lone_person(words, lex, among + 1, end, joined=False)


def group_category(form: str, lex: Lexicon) -> str | None:
    """The category of a definite group noun that names what befell its members (القتلى
    killed, الجرحى wounded, المفقودين missing; categories.yaml inherent), None for any other
    word: after بين it names the group a lone person or a count is part of."""
    for analysis in lex.analyses(form):
        if analysis.definite and not analysis.prefix.strip("ال"):
            category = lex.inherent.get(analysis.base)
            if category is not None:
                return category
    return None


def _person_noun(noun, lex: Lexicon) -> bool:
    """Whether a listed noun reading is a bare singular person noun that counts (no case)."""
    return (noun is not None and noun[0].bare and noun[1].number == "singular" and noun[1].counts
            and noun[1].unit in lex.person_units and noun[1].unit != "case")


def _feminine_person(word: str, lex: Lexicon) -> bool:
    """Whether `word` is the feminine singular in ة of a singular person noun: طفلة of طفل,
    أسيرة of أسير, صحفية of صحفي (units.yaml lists many such forms only as the singular that
    counts after 11 to 99, "29 أسيرة", or not at all).  A word listed as a noun of things is
    none (مدرسة: a school before a teacher)."""
    if not word.endswith("ه") or len(word) <= 3:
        return False
    listed = lex.noun(word)
    return (listed is None or listed[1].unit in lex.person_units) and _person_noun(lex.noun(word[:-1]), lex)


_VOWEL_MARKS = re.compile("[\u064b-\u0652\u0640]")  # short vowels, shadda, sukun and tatweel


def _feminine_at(words: Words, lex: Lexicon, index: int, word: str) -> bool:
    """Whether the word at `index` (read as `word`, its clitics off) is a feminine person
    noun written with ة: normalising makes ة and the pronoun ه one letter, and "قتل والده"
    (his father) names a known person, no count of one."""
    return _feminine_person(word, lex) and _ta_marbuta(words, index)


def _ta_marbuta(words: Words, index: int) -> bool:
    """Whether the word at `index` ends in ة as written (its marks off)."""
    return _VOWEL_MARKS.sub("", words.text[words.starts[index]:words.ends[index]]).endswith("ة")


def _possessed_person(words: Words, lex: Lexicon, index: int, word: str) -> bool:
    """Whether the word at `index` is a person noun with the pronoun ه on it, as written
    ("شقيقه"، "والده": his brother, his father): one known person, no count."""
    return word.endswith("ه") and not _ta_marbuta(words, index) and _person_noun(lex.noun(word[:-1]), lex)


def _rank_in_body(words: Words, lex: Lexicon, person: int, end: int) -> bool:
    """Whether the person noun at `person` is a rank (context.yaml among_one.ranks) in a
    named body: one of among_one.in_body, then a definite word ("قائد في الحرس الثوري"،
    "مسؤول في حزب الله"): one known person's title, no lone member of a toll."""
    forms, kinds = words.forms, words.kinds
    after = person + 1
    return _listed_base(forms[person], lex) in lex.among_one_ranks and after + 1 < end \
        and forms[after] in lex.among_one_in_body and kinds[after + 1] == "w" \
        and (forms[after + 1].startswith("ال") or forms[after + 1] in lex.title_heads)


def _among_next(words: Words, lex: Lexicon, index: int, end: int, before: Number) -> Number | None:
    """The next lone person of a list after بينهم, joined by و right after the one before
    ("بينهم امرأة وطفل": 1 and 1, as "بينهم امرأة وطفلان" is 1 and 2)."""
    if not before.among or not 0 <= index - before.last <= _AMONG_ADJECTIVES \
            or not all(_plain_adjective(words, lex, k) for k in range(before.last, index)):
        return None  # (across the one before's adjectives: "بينهم أسير محرر وطفل")
    return _lone_person(words, lex, index, end, joined=True)


_AMONG_ADJECTIVES = 2  # words that may qualify a lone person before the next item of the list


def _plain_adjective(words: Words, lex: Lexicon, index: int) -> bool:
    """Whether word `index` may be an indefinite adjective of the noun before it: a word, no
    article, no و, no preposition ("محرر"، "حامل"; not "في"، "والطفل")."""
    form = words.forms[index]
    return words.kinds[index] == "w" and not form.startswith(("ال", "و")) \
        and form not in lex.qualifier_prepositions and lex.number(form) is None


def _lone_person(words: Words, lex: Lexicon, index: int, end: int, joined: bool) -> Number | None:
    """A bare singular person noun or nisba at `index` (after و when `joined`) counted as
    one after بينهم.  A titled person (a definite word, a quoted name or a title chain after
    it: "بينهم قائد اللواء الرابع"), a named one ("بينهم صحفي يدعى …", context.yaml
    among_one.naming) or a plural ("بينهم أفراد من الشرطة") is none."""
    forms, kinds = words.forms, words.kinds
    if index >= end or kinds[index] != "w":
        return None
    word = forms[index]
    if joined:
        if not word.startswith("و"):
            return None
        word = word[1:]
        if word in lex.known_cue_forms:
            return None  # "بينهم شرطي وإصابة 28 آخرين": an event noun joined, no person
    if _possessed_person(words, lex, index, word):
        return None  # "بينهم شقيقه": his brother, a known person
    noun = lex.noun(word)
    if not (_person_noun(noun, lex) or _feminine_at(words, lex, index, word)
            or (noun is None and singular_nisba(word, lex) and lex.number(word) is None
                and lex.noun(word + "ن") is None)):
        return None
    after = index + 1
    if after < end and (forms[after] in lex.name_openers or (
            kinds[after] == "w" and forms[after].startswith("ال") and lex.number(forms[after]) is None)
            or _title_chain(words, lex, index, end) or _rank_in_body(words, lex, index, end)):
        return None  # "بينهم قائد «الكتيبة»"، "بينهم مدير المستشفى": one known person's title
    if any(forms[k] in lex.among_one_naming for k in range(after, min(end, after + lex.among_one_reach))):
        return None  # "بينهم صحفي يدعى …": a named person
    following = lex.number(forms[after]) if after < end and kinds[after] == "w" else None
    last = after + 1 if following is not None and following[0].bare and following[1].unit == 1 else after
    return Number(index, last, index, last, 1, kind="singular", noun=index, noun_end=index + 1,
                  skip=int(joined), among=True)


def _one_more(words: Words, lex: Lexicon, index: int, end: int, cue, before: Number) -> Number | None:
    """One more of the group counted just before, told by an indefinite ordinal alone right
    after a toll verb: "قتل عنصران من الشرطة وأصيب ثالث" (1 wounded), "وأصيبت رابعة بجروح".
    Not after an event noun ("مقتل ثالث"), nor before a noun it ranks ("قتل ثالث أسير خلال
    أسبوع": the third prisoner), nor far from the count it adds to."""
    forms, kinds = words.forms, words.kinds
    if forms[index] not in lex.one_more or cue[0] != 1 or cue[2].base not in lex.singular_verbs \
            or index - max(before.last, before.noun_end or 0) > _ONE_MORE_REACH:
        return None
    following = index + 1
    if following < end and kinds[following] == "w" and forms[following] not in lex.not_nouns \
            and not forms[following].startswith(("ب", "و")):
        return None  # "وأصيب ثالث بجروح"، "وأصيب ثالث في"، "وأصيب رابع وهو": no noun it ranks
    return Number(index, following, index, following, 1, kind="singular", noun=index, noun_end=following,
                  cue=cue[1])


def _dual_construct_subject(words: Words, lex: Lexicon, index: int, end: int) -> bool:
    """Whether the person noun in ا at `index`, right after a passive verb, is a dual in
    construct before an indefinite genitive ("أصيب رجلا أمن"، "قتل عنصرا شرطة"): the
    verb's subject is nominative, so its ا is the dual's, not the accusative's.  An
    adjective in the accusative after it ("رجلا مسنا"), a particle or an imperfect verb
    ("اعتقلت شخصا يشتبه في تورطه": the object, then what it is suspected of) is no genitive."""
    forms, kinds = words.forms, words.kinds
    word = forms[index]
    if not word.endswith("ا") or index + 1 >= end or kinds[index + 1] != "w":
        return False
    stem = lex.noun(word[:-1], article=False, clitics=True)
    if stem is None or stem[1].number != "singular" or stem[0].definite:
        return False
    genitive = forms[index + 1]
    return not (genitive.startswith("ال") or genitive.endswith("ا") or genitive in lex.not_nouns
                or lex.number(genitive) is not None or genitive in lex.known_cue_forms
                or _imperfect_shaped(genitive, lex))


def _imperfect_shaped(word: str, lex: Lexicon) -> bool:
    """Whether a word no list knows has the shape of an imperfect verb of the third person
    (يشتبه، يعمل): ي and at least three letters, no nisba ending (يمني)."""
    return word.startswith("ي") and len(word) >= 4 and not word.endswith(("ي", "ية")) \
        and not lex.analyses(word)


_SUBJECT_REACH = 3  # words of a verb's subject between the verb and its singular object


def _cue_across_subject(words: Words, lex: Lexicon, index: int):
    """The cue verb whose singular object word `index` is, across the verb's subject: an
    accusative ("اعتقلت قوات الاحتلال شابًا") or after the verb's preposition ("أفرجت
    السلطات عن صحفي فرنسي"); the subject is a few words, no punctuation."""
    forms, kinds = words.forms, words.kinds
    verb = _verb_before_phrase(words, lex, index)
    if verb is not None:
        return verb
    if forms[index - 1] in lex.object_prepositions:
        start = index - 2
    elif forms[index].endswith("ا") and not forms[index].startswith("ال") \
            and forms[index - 1] not in lex.singular_nominal_after:
        start = index - 1  # (after في a word in ا is a genitive, a place: "السلطات في ليبيا")
    else:
        return None
    reach = _SUBJECT_REACH + _place_in_subject(words, lex, max(0, start - _SUBJECT_REACH - 2), start)
    for position in range(start, max(-1, start - reach - 1), -1):
        if kinds[position] != "w":
            return None
        cue = lex.singular_cues.match_ending(lex, forms, position)
        if cue is not None:
            if position == start or cue[0] != 1 or cue[2].base not in lex.singular_verbs:
                return None
            return cue
    return None


def _verb_before_phrase(words: Words, lex: Lexicon, index: int):
    """The cue verb whose subject word `index` is when one short phrase stands between them:
    a resumptive ("تفجير قتل فيه شرطي"، "هجوم قتل خلاله جندي": the relative clause's verb, its
    subject after the pronoun that binds the clause to its noun) or a place or occasion of one
    definite word ("وقتل في الهجوم شرطي"): Arabic puts the passive's subject after such a phrase.
    Only a past verb of one word that counts one (units.yaml singular cues) right before it."""
    forms, kinds = words.forms, words.kinds
    if forms[index - 1] in lex.resumptives:
        at = index - 2
    elif index >= 3 and forms[index - 2] in lex.subject_places and forms[index - 1].startswith("ال") \
            and kinds[index - 2] == "w":
        at = index - 3
    else:
        return None
    if at < 0 or kinds[at] != "w" or kinds[index - 1] != "w":
        return None
    cue = lex.singular_cues.match_ending(lex, forms, at)
    if cue is None or cue[0] != 1 or cue[2].base not in lex.singular_verbs:
        return None
    return cue


def _place_in_subject(words: Words, lex: Lexicon, start: int, stop: int) -> int:
    """How many more words a verb's subject may take for a place phrase inside it
    ("اعتقلت الشرطة في تركيا شابا"، "أفرج مسلحون في ليبيا عن مواطن"): 2 when a preposition
    of place (categories.yaml links.subject_places) stands in words[start:stop], else 0."""
    return _PLACE_PHRASE if any(words.forms[i] in lex.subject_places for i in range(start, min(stop, len(words)))) else 0


_PLACE_PHRASE = 2  # في and the place's name


_PARTITIVE_REACH = 3  # words of a "من …" phrase between a reported one and its verb


def _reported_one(words: Words, lex: Lexicon, index: int, end: int) -> Number | None:
    """One person told after a complementiser, then what befell them: an indefinite
    singular person noun in the accusative (or in ة), a "من …" phrase of a few words, then a
    past verb cue in the singular or a singular post phrase: "أن جنديًا من قوات الأمن لقي
    حتفه"، "إن شابًا استشهد برصاص الاحتلال"."""
    forms, kinds = words.forms, words.kinds
    if index + 1 >= end or kinds[index] != "w":
        return None
    word = forms[index]
    noun = lex.noun(word)
    person = noun is not None and noun[0].bare and noun[1].number == "singular" and noun[1].counts \
        and noun[1].unit in lex.person_units and noun[1].unit != "case"
    if not (word.endswith(("ا", "ه")) and (person or (noun is None and singular_nisba(word, lex)))):
        return None  # (ة is normalised to ه: "امرأة")
    verb = index + 1
    if nisba_adjective(forms[verb], lex) and verb + 1 < end:
        verb += 1  # "أن جنديًا إسرائيليًا قتل"
    verb += _age_aside(words, lex, verb, end)  # "إن مواطنًا في السبعينات من عمره لقي حتفه"
    if forms[verb] == "من":
        verb += 2
        while verb < min(end, index + 2 + _PARTITIVE_REACH) and kinds[verb] == "w" \
                and forms[verb] not in lex.singular_verbs and forms[verb] not in lex.singular_post_verbs:
            verb += 1
    if verb >= end or kinds[verb] != "w":
        return None
    if forms[verb] in lex.singular_verbs:
        if _has_object(words, lex, verb + 1, end) or _person_object(words, lex, verb + 1, end):
            return None  # "أن رجلًا قتل زوجته": the one who killed
        category = lex.singular_cues.match(lex, forms, verb, verb + 1)
    elif forms[verb] in lex.singular_post_verbs:
        category = _singular_post(words, lex, verb, end)
    else:
        return None
    if category is None:
        return None
    return Number(index, index + 1, index, index + 1, 1, kind="singular", noun=index, noun_end=index + 1,
                  cue=category[1])


_AGE_ASIDE = 4  # "في السبعينات من عمره": في, the decade, من, the age word


def _age_aside(words: Words, lex: Lexicon, index: int, end: int) -> int:
    """The number of words of an age phrase at word `index` after a person ("في الأربعين من
    عمره"، "في العشرينيات من عمرها": Gulf and Maghrebi police copy), 0 when there is none:
    it stands between the person and what befell them."""
    forms = words.forms
    if index + _AGE_ASIDE >= end or forms[index] != "في" or forms[index + 2] != "من" \
            or forms[index + 3] not in lex.ages:
        return 0
    return _AGE_ASIDE


def _singular_post(words: Words, lex: Lexicon, index: int, end: int):
    """The cue after a singular person noun that tells it met its end: "لقي عامل حتفه"
    (categories.yaml links.singular_posts), past the person's nisba and age ("لقي سائق
    مغربي في الخمسين من عمره حتفه")."""
    post = index + 1
    while post < min(end, index + 1 + _NISBA_REACH) and nisba_adjective(words.forms[post], lex):
        post += 1
    post += _age_aside(words, lex, post, end)
    if post >= end or words.forms[post] not in lex.singular_posts:
        return None
    return lex.post.match(lex, words.forms, post, end)


_NISBA_REACH = 2  # nisbas after a person: "مواطن كوري جنوبي"


def _singular_before_post(words: Words, lex: Lexicon, index: int, reached: int, found: list[Number]) -> int | None:
    """The word of the singular person before the post phrase at `index` (حتفه), or None: the
    age phrase right before it, when there is one, read once for both steps."""
    start = index - _AGE_ASIDE
    aged = start >= 0 and _age_aside(words, lex, start, index + 1) > 0
    return _person_before_post(words, lex, index, _before_age(index, reached, found, aged), aged)


def _person_before_post(words: Words, lex: Lexicon, index: int, reached: int, aged: bool) -> int | None:
    """The word of the singular person before the post phrase at `index` (حتفه), across
    an age phrase (`aged`: one ends right before it) and the person's nisbas ("لقي شاب تونسي
    في الأربعين من عمره حتفه": شاب), or None when the word before is no word of this clause."""
    forms, kinds = words.forms, words.kinds
    position = index - 1
    if aged and index - _AGE_ASIDE >= reached:
        position -= _AGE_ASIDE
    first = position
    while first - 1 >= max(reached, position - _NISBA_REACH) and nisba_adjective(forms[first], lex) \
            and kinds[first - 1] == "w" and lex.noun(forms[first - 1]) is not None:
        first -= 1
    if position < reached or kinds[position] != "w":
        return None
    return first if first != position and _is_person(forms[first], lex) else position


def _before_age(index: int, reached: int, found: list[Number], aged: bool) -> int:
    """Where the words before the post phrase at `index` may be read from: before the age
    phrase right before it (`aged`) when the last number found is that age ("في الخمسين من
    عمره"), else `reached`."""
    start = index - _AGE_ASIDE
    if found and aged and start < found[-1].first < index and (len(found) < 2 or found[-2].last <= start - 1):
        return min(reached, start - 1 - _NISBA_REACH)
    return reached


def _is_person(word: str, lex: Lexicon) -> bool:
    """Whether `word` is an indefinite singular noun of a person (شاب، سائق)."""
    noun = lex.noun(word)
    return noun is not None and noun[0].bare and noun[1].number == "singular" \
        and noun[1].unit in lex.person_units


def possessed(word: str, lex: Lexicon):
    """A listed noun with an attached pronoun (جنوده، عناصرها، مقاتليه: the construct
    plural drops its ن), read as definite: (Analysis, NounForm) or None; with و or ف
    before it ("وأطفالها") the analysis carries that prefix."""
    found = _possessed_host(word, lex)
    if found is None and word[:1] in ("و", "ف") and len(word) > 4:
        found = _possessed_host(word[1:], lex)
        if found is not None:
            return Analysis(word[0], True, found[0].base), found[1]
    return found


def _possessed_host(word: str, lex: Lexicon):
    pieces = default_segmenter().segment(word)
    if len(pieces) != 2 or pieces[0][0] != 0:
        return None
    host = word[:pieces[0][1]]
    # the ة of a feminine host is ت before its pronoun (زوجته، طفلتها): listed in ة, normalised ه
    for form in (host, host + "ن") + ((host[:-1] + "ه",) if host.endswith("ت") else ()):
        found = lex.nouns.get(form)
        if found is not None:
            return Analysis("", True, form), found
    return None


def _has_object(words: Words, lex: Lexicon, position: int, end: int) -> bool:
    """Whether an accusative object follows a noun phrase that ends before `position` (its
    nisba adjectives skipped): a person noun or nisba in the accusative, or a number."""
    forms, kinds = words.forms, words.kinds
    while position < end and kinds[position] == "w" and nisba_adjective(forms[position], lex):
        position += 1
    if position >= end:
        return False
    if kinds[position] == "d":
        return True
    word = forms[position]
    if lex.number(word) is not None:
        return True
    if word.startswith("ال"):
        return False
    noun = lex.noun(word)
    if noun is not None and noun[1].unit in lex.person_units:
        # accusative: رجلًا; a dual or a sound plural in -ين (رجلين، مدنيين)
        return word.endswith("ا") or (noun[1].number != "singular" and word.endswith("ين"))
    return word.endswith("ا") and singular_nisba(word, lex)


def _person_object(words: Words, lex: Lexicon, position: int, end: int) -> bool:
    """Whether a definite or possessed person noun stands at `position`: the object of the
    verb before it ("قتل زوجته"، "اعتقل الطفل")."""
    if position >= end or words.kinds[position] != "w":
        return False
    word = words.forms[position]
    noun = lex.noun(word) or possessed(word, lex)
    if noun is not None and noun[0].definite and noun[1].unit in lex.person_units:
        return True
    # a host the segmenter leaves whole, ه read as ة (والده: "his father", not "a mother")
    for pronoun in _OBJECT_PRONOUNS:
        host = lex.nouns.get(word[:-len(pronoun)]) if word.endswith(pronoun) else None
        if host is not None and host.unit in lex.person_units:
            return True
    return False


_OBJECT_PRONOUNS = tuple(sorted(third_person_pronouns(), key=len, reverse=True))   # the longest ending first


def nisba_adjective(word: str, lex: Lexicon) -> bool:
    """A nisba that agrees with an indefinite noun in the nominative or genitive (إسرائيلي)."""
    return word.endswith("ي") and singular_nisba(word, lex)


def _headline_toll(words: Words, lex: Lexicon, index: int, start: int) -> Number | None:
    """A headline's toll of one: a bare singular casualty noun (context.yaml headline_tolls)
    that opens the sentence or the clause after a colon counts one in its own category
    ("قتيل و8 جرحى بمسيرة"، "اقتحام لجنين: شهيد و13 مصابا"), as "قتيلان" counts two; inside a
    clause the noun needs a cue or a figure it is joined to (_implicit, _joined_singular)."""
    forms, kinds = words.forms, words.kinds
    if forms[index] not in lex.headline_tolls or kinds[index] != "w":
        return None
    if index > start and not (kinds[index - 1] == "p" and forms[index - 1] in lex.headline_toll_after):
        return None
    return Number(index, index + 1, index, index + 1, 1, kind="singular", noun=index, noun_end=index + 1)


def _joined_singular(words: Words, lex: Lexicon, index: int, end: int) -> Number | None:
    """A singular person noun joined by و to the figure before it and qualified — by a
    nisba or by "واحد" — so that it counts one of its own: "قُتل 12 فلسطينيًا وجندي
    إسرائيلي"، "بينهم 17 فلبينيًا وروماني واحد".  Unqualified ("50 امرأة وطفلًا") it may
    share the number before it, and is left to it."""
    forms, kinds = words.forms, words.kinds
    noun = lex.noun(forms[index], article=False, clitics=True)
    word = forms[index][1:]
    if noun is not None:
        single = noun[1].number == "singular" or _feminine_at(words, lex, index, word)  # "وأربعة أطفال ومعلمة"
        if noun[0].prefix != "و" or not single or noun[1].unit not in lex.person_units \
                or not noun[1].counts or word.endswith("ا"):
            return None
    elif not (forms[index].startswith("و") and (singular_nisba(word, lex) or _feminine_at(words, lex, index, word))
              and not word.endswith("ا")):
        return None
    after = index + 1
    following = lex.number(forms[after]) if after < end and kinds[after] == "w" else None
    if following is not None and following[0].bare and following[1].unit == 1:
        last = after + 1
    elif after < end and kinds[after] == "w" and nisba_adjective(forms[after], lex):
        last = after + 1
    elif (noun is None or noun[1].unit == "person") and word not in lex.known_cue_forms \
            and _after_plural(words, lex, index):  # not an event noun: "5 أشخاص وإصابة 12 آخرين"
        last = index + 1
    else:
        return None
    return Number(index, last, index, last, 1, kind="singular", noun=index, noun_end=last, skip=1,
                  joined=True)


def _after_plural(words: Words, lex: Lexicon, index: int) -> bool:
    """Whether the word before the joined singular at `index` is a plural or dual person noun
    ("قتل 3 جنود ومدني"، "قتل شرطيان ومدني") or one in the accusative that counts after 11 to
    99 ("أفرج عن 13 إسرائيليا وفلبيني"): no number that counts those counts a singular not
    in that case too, so the singular is one person of its own; after a singular in the
    genitive ("100 جندي ومدني"، "50 امرأة وطفل") it may share the number."""
    if index == 0 or words.kinds[index - 1] != "w":
        return False
    before = index - 1
    bound = lex.bounds_after.match_ending(lex, words.forms, before) if index > 2 else None
    if bound is not None and words.kinds[before - bound[0]] == "w":
        before -= bound[0]  # "قتل 11 مدنيا على الأقل وصحفي": past the bound of the count before
    before = partitive_noun(words, lex, before)  # "أربعة من أفراد الأجهزة الأمنية ومواطن"
    word = words.forms[before]
    if word in lex.service_genitives and before > 0 and words.kinds[before - 1] == "w":
        word = words.forms[before - 1]  # "3 رجال شرطة ومدني": past a force's genitive
    noun = lex.noun(word)
    if noun is not None and noun[1].counts and noun[1].unit in lex.person_units \
            and noun[1].number in ("plural", "dual"):
        return True
    accusative = (noun is not None and noun[1].counts and noun[1].unit in lex.person_units
                  and noun[1].number == "singular" and word.endswith("ا")) \
        or (word.endswith("ا") and singular_nisba(word[:-1], lex))
    # … and the singular shows its case: a noun in ى or ة reads the same in the accusative
    # ("12 طفلا وفتى": children and youths, one count)
    return accusative and words.text[words.ends[index] - 1] not in "ىةه"


def partitive_noun(words: Words, lex: Lexicon, last: int) -> int:
    """The plural a partitive counts ("أربعة من أفراد الأجهزة الأمنية"، "ثلاثة من عناصر الشرطة
    المحلية") when word `last` ends its definite genitive (at most _PARTITIVE_GENITIVE definite
    words after the noun that follows من): a singular joined after the genitive joins the
    partitive's plural, not the genitive ("… ومواطن" is one more person); else `last`."""
    forms, kinds = words.forms, words.kinds
    position = last
    while position > max(1, last - _PARTITIVE_GENITIVE) and kinds[position] == "w" and forms[position].startswith("ال"):
        position -= 1
    if position < last and position >= 1 and kinds[position] == "w" and not forms[position].startswith("ال") \
            and forms[position - 1] in lex.partitive_words.firsts():
        return position
    return last


_PARTITIVE_GENITIVE = 3  # definite words of a partitive noun's genitive ("الأجهزة الأمنية")
_ARTICLE_CLITICS = ("لل", "بال", "كال")  # a preposition and the article, as a definite word starts


def dual_guess(word: str, lex: Lexicon) -> tuple[str, bool, str] | None:
    """A word no list knows that is shaped like a dual (units.yaml `duals`), as (clitic
    prefix, definite, unit): a nisba dual counts two people ("أوكرانيان"، "أمريكيتين"), a
    feminine dual two things ("رحلتين"، "طائرتين")."""
    guess = lex.dual_guess
    if not word.endswith(guess.endings):
        return None
    cache = guess.cache
    cached = cache.get(word, False)
    if cached is not False:
        return cached
    found = None
    for prefix in ("و", "ف", ""):  # a clitic stays out of the span when the rest is a dual too
        if prefix and not word.startswith(prefix):
            continue
        if prefix and _known_form(word):
            continue  # "فلسطينيان" is a nisba of its own, its ف no clitic
        rest = word[len(prefix):]
        definite = rest.startswith("ال")
        if definite:
            rest = rest[2:]
        if rest in guess.not_duals or lex.analyses(rest) or lex.number(rest) is not None:
            continue
        # the stem is measured without a preposition glued to the article: "للبيان"، "بالبيان"
        # (ل، ب، ك + ال) are "البيان" (a statement), no nisba dual of a stem "للب"
        stem = rest[2:] if not definite and rest.startswith(_ARTICLE_CLITICS) else rest
        if stem is not rest and (stem in guess.not_duals or lex.analyses(stem)):
            continue
        known = kb_reading(rest)
        if known == "name":
            continue  # "بزشكيان": a name the knowledge base knows, no nisba dual
        if known is None and (rest[:1] in ("ي", "ت") or rest[:2] in ("سي", "ست")) and rest.endswith("يان"):
            continue  # an imperfect verb of two: "مسلحان يرتديان"، "تجريان"، "ستتوليان" (a nisba
            #           dual is known)
        for ending in guess.nisba:
            if rest.endswith(ending) and len(stem) - len(ending) >= guess.min_stem:
                found = (prefix, definite, "person")
                break
        else:
            for ending in guess.feminine:
                if rest.endswith(ending) and len(stem) - len(ending) >= guess.min_stem \
                        and not rest.endswith(guess.not_endings):
                    found = (prefix, definite, lex.tamyiz_unit)
                    break
        if found is not None:
            break
    if len(cache) > 50_000:
        cache.clear()
    cache[word] = found
    return found


def kb_reading(word: str) -> str | None:
    """How the knowledge base knows a whole word: "nisba" (يمنيان، فلسطينيتين), "name" (a
    person's or a place's name or alias: بزشكيان), or None when it does not know it."""
    from khabar.knowledge import knowledge_base

    found = knowledge_base().index.get((word,))
    if not found:
        return None
    return "nisba" if any(alias.via == "nisba" for _, alias in found) else "name"


def _known_form(word: str) -> bool:
    """Whether the knowledge base knows the whole word as a name or a nisba (فلسطينيان،
    فرنسيتان): a و or ف it starts with is then part of it, not a clitic."""
    from khabar.knowledge import knowledge_base  # loaded once per process, by the entities stage first

    return bool(knowledge_base().index.get((word,)))


def singular_nisba(word: str, lex: Lexicon) -> bool:
    """An indefinite singular nisba (فلسطيني، فلسطينيا) — a person."""
    if word in lex.not_nisba or word.startswith("ال") or len(word) < lex.nisba_min:
        return False
    for ending in lex.nisba_singular:
        if word.endswith(ending) and len(word) > len(ending) + 1 and word[-len(ending) - 1] != "ا":
            return True
    return False


def _range(words: Words, lex: Lexicon, number: Number, end: int) -> None:
    """Turn `number` into a range when a second number joins it (بين 20 و30، 20 إلى 30)."""
    forms = words.forms
    opener = lex.range_open.match_ending(lex, forms, number.first - 1) if number.first > 0 else None
    opened = opener is not None
    position = number.last
    if position >= end:
        return
    joins = lex.range_join_open if opened else lex.range_join
    second: Number | None = None
    join = forms[position]
    alternative = not opened and join in lex.range_alternatives
    if (join in joins or alternative) and position + 1 < end:
        if words.kinds[position + 1] == "d":
            second = _digits_core(words, lex, position + 1, end)
        elif words.kinds[position + 1] == "w":
            second = _words_core(words, lex, position + 1, end)
    elif opened and number.kind == "words" and words.kinds[position] == "w":
        found = lex.number(forms[position])
        if found is not None and found[0].prefix == "و":  # بين عشرين وثلاثين
            second = _words_core(words, lex, position, end, conjoined=True)
            if second is not None:
                second.skip = 0
    if second is None or second.value is None or number.value is None or second.kind == "vague":
        return
    if not opened and number.kind == "words" and number.value == 1:
        return  # "لليلة واحدة إلى 27.25": one qualifies its noun, it opens no range
    low, high = number.value, second.value
    scale = _trailing_scale(words, lex, second)
    if scale and low * scale <= high and not _trailing_scale(words, lex, number):
        low = _clean(low * scale)
    if not low < high:
        return
    if alternative and (second.kind != number.kind or number.ordinal or second.ordinal
                        or high > low * lex.alternative_most):
        return  # "5 أو 50"، "الثالث أو الرابع": no range of one count
    if opener is not None and opener[0] == 1 and forms[number.first - 1] == "من" and _changing(words, lex, number.first - 1):
        number.superseded = True  # من X إلى Y after ارتفع: X is the old value
        return
    first = number.first - opener[0] if opened else number.first
    number.first, number.last, number.core_end = first, second.last, second.core_end
    number.value, number.min, number.max, number.kind = None, low, high, "range"
    number.skip = len(opener[2].prefix) if opened else number.skip
    number.unit = second.unit or number.unit


def _trailing_scale(words: Words, lex: Lexicon, number: Number) -> int | None:
    last = number.core_end - 1
    if last <= number.core or words.kinds[last] != "w":
        return None
    found = lex.number(words.forms[last])
    return found[1].scale if found is not None and found[0].bare and found[1].scale else None


def _changing(words: Words, lex: Lexicon, before: int) -> bool:
    """Whether a change verb (ارتفع، تراجع) stands in the clause before word `before`."""
    position = before - 1
    while position >= 0 and words.forms[position] not in lex.clause_breaks:
        if lex.change.match(lex, words.forms, position) is not None:
            return True
        position -= 1
    return False


def _bound_before(words: Words, lex: Lexicon, number: Number) -> None:
    if number.first == 0:
        return
    found = lex.bounds_before.match_ending(lex, words.forms, number.first - 1)
    if found is None:
        return
    size, kind, analysis = found
    if kind == "max" and analysis.prefix.endswith("ل"):
        return  # "ارتفعت الأسعار لتصل إلى 85 دولارًا": the value reached, no upper bound
    if number.ordinal:  # "ما يقارب الـ60 شخصًا": a bound counts, it takes no ordinal
        number.ordinal = number.definite = False
    number.first -= size
    number.skip = len(analysis.prefix)
    _apply_bound(number, kind)


def _subject_bound(words: Words, lex: Lexicon, number: Number) -> None:
    """A verb of exceeding before the total whose value the number is: "تجاوز عدد القتلى
    500" (min), "لم يتجاوز عدد المشاركين 300" (max) — numbers.yaml subject_bounds."""
    forms, kinds = words.forms, words.kinds
    position = number.first - 1
    floor = max(0, number.first - 1 - lex.subject_bound_reach)
    while position > floor and kinds[position] == "w":
        if forms[position] in lex.totals.starters and lex.totals.match(lex, forms, position) is not None:
            if kinds[position - 1] != "w":
                return
            found = lex.subject_bounds.match_ending(lex, forms, position - 1)
            if found is not None and not found[2].prefix.strip(_VERB_CLITICS):
                _apply_bound(number, found[1])
            return
        if lex.word_flags[forms[position]] & NUMBER_START:
            return
        position -= 1


def _bound_after(words: Words, lex: Lexicon, number: Number, end: int, at: int | None = None) -> int:
    """A bound right after the number (or after word `at`); returns the words it took."""
    position = number.last if at is None else at
    if position >= end or words.forms[position] not in lex.bounds_after_starters:
        return 0  # most numbers: no bound after them, and no phrase to try
    found = lex.bounds_after.match(lex, words.forms, position, end)
    if found is None or found[2].prefix not in ("", "و", "ف"):
        return 0
    size, kind, _ = found
    after = position + size + 1  # the word after a "من" that may follow the bound
    if after < end and words.forms[after - 1] == "من" \
            and lex.bounds_before.match(lex, words.forms, position + size - 1, end) is not None \
            and (words.kinds[after] == "d" or lex.word_flags[words.forms[after]] & NUMBER_START):
        return 0  # "وأكثر من 200": the bound of the next number (not "على الأقل من مدن الضفة")
    _apply_bound(number, kind)
    if at is None:
        number.last += size
    return size


def _apply_bound(number: Number, kind: object) -> None:
    if number.value is None:
        return
    if kind == "max":
        number.max = number.value
    elif kind == "min":
        number.min = number.value
    elif kind == "approx":
        number.approx = True


def _unit_after(words: Words, lex: Lexicon, number: Number, end: int) -> None:
    """Percent and currency after the number: 30%، 30 في المئة، 1.5 مليون دولار أمريكي."""
    if number.unit is not None:
        return
    forms = words.forms
    position = number.core_end
    if position >= end:
        return
    if forms[position] in lex.percent_signs:
        number.unit = "percent"
        number.last = max(number.last, position + 1)
        return
    found = lex.percent_words.match(lex, forms, position, end) if forms[position] in lex.percent_starters else None
    if found is not None:
        number.unit = "percent"
        number.last = max(number.last, position + found[0])
        return
    if forms[position] in lex.currency_signs:
        number.unit = lex.currency_signs[forms[position]]
        number.last = max(number.last, position + 1)
        return
    if forms[position] == "من" and position + 1 < end and any(
            a.definite and not a.prefix and a.base in lex.currencies for a in lex.analyses(forms[position + 1])):
        position += 1  # مئات الملايين من الدولارات
    for analysis in lex.analyses(forms[position]):
        currency = lex.currencies.get(analysis.base)
        if currency is None or analysis.prefix:
            continue
        unit, last = currency.unit, position + 1
        if last < end and currency.qualified:
            qualifier = lex.base(forms[last])
            for key, code in currency.qualified.items():
                if qualifier == key or qualifier in (key + "ه", "ال" + key, "ال" + key + "ه"):
                    unit, last = code, last + 1
                    break
        number.unit = unit
        number.last = max(number.last, last)
        return


def trailing_bound(words: Words, lex: Lexicon, number: Number, at: int, end: int) -> int:
    """A bound after the counted noun ("60 شخصًا على الأقل"): apply it, return its size."""
    return _bound_after(words, lex, number, end, at=at)


@dataclass(frozen=True, slots=True)
class FoundNumber:
    """A number with offsets into the text it was found in."""

    start: int
    end: int
    text: str
    value: int | float | None
    min: int | float | None
    max: int | float | None
    approx: bool
    kind: str
    unit: str | None
    definite: bool
    ordinal: bool


def find_numbers(text: str) -> list[FoundNumber]:
    """Every number in `text` (see the module doc), with offsets into `text`."""
    words = Words(text)
    found = []
    for number in scan(words):
        start, end = number.span(words)
        found.append(FoundNumber(start, end, text[start:end], number.value, number.min, number.max,
                                 number.approx, number.kind, number.unit, number.definite, number.ordinal))
    return found
