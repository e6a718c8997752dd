"""Figures: numbers that count something, with what they count and what happened to it.

A number (khabar.figures.numbers) becomes a figure when it counts something:

- its **counted noun** — right after it ("274 شخصًا"، "5 أمريكيين"، "698 إصابة"), after a
  partitive ("43 من المحتجزين"، "105 منهم"), or before it when the number is an attribute
  ("المحتجزين الأربعة"، "شخص واحد") — gives the `unit` (person, family, building, …);
  a nisba ("أمريكيين"، "فلسطينيًا") or a sound masculine plural ("صيادين") counts people;
- or, without a noun, an event cue right before it ("ارتفع عدد القتلى إلى 274"), which
  makes it a count of people;
- percentages and money are figures by their unit; measures ("350 كيلومترًا"، "2750 طنا")
  are counted nouns of their own unit, category `other`.

Not figures: numbers in dates ("7 أكتوبر 2023"، "10/06/2024": next to a month name of
khabar.times.calendars, or in a numeric date), years ("عام 2023"), clock
times, ages ("عمره 30 عامًا"), durations ("منذ 8 أشهر"، "استمرت لمدة 3 أيام" — a time unit is
not a counted noun, unless the count is a term: "بالسجن 18 عاما"، "مهلة عشرة أيام"),
ordinals ("الـ7"), phone numbers and ids ("القرار 2334"، "F-16").

The **category** (shared/spec/ontology.md) comes from cue words in the clause, in order
of precedence:

0. a counted noun that decides by itself: bodies are dead, قتلى killed, whatever the cue;
1. an event cue governing the number: "مقتل 274"، "تحرير 4"، "إطلاق سراح 105 منهم"
   (a few words may stand between; another figure or a clause break may not);
2. what the clause says after the counted noun: "3 مواطنين يعتقد أنهم قتلوا"،
   "أقل من 60 شخصًا ما زالوا على قيد الحياة";
3. "بينهم 5 أطفال": the category of the figure the group is part of; a lone person after
   بينهم ("35 قتيلا بينهم طفل") is a figure of 1 of that toll (session 16's decision);
4. the counted noun's own category: "698 إصابة"، "5 قتلى"، "محتجزين" — a captive's
   status yields to the event of the figure it is coordinated with;
5. "13 إسرائيليًا و10 تايلانديين": the category of the figure it is coordinated with;
6. the nearest event cue earlier in the clause, across other figures but not into a
   relative clause ("… التي شارك فيها نحو ألف جندي");
7. weak cues ("رفات"); otherwise `other`.

A death that no cause of its own decides ("21 وفاة") is a killing in an article whose lead names
a violent or sudden cause (a flood, a blast, clashes): `killed` counts deaths from an outside
cause whatever word tells them (docs/gold-format.md, session 13).

Casualty categories count people (and families, cases): for buildings, vehicles, money, …
the category is `other`.  A count without a numeral (a dual, a singular after an event
noun) is kept only when it is a casualty count.

A **repeated mention** — a definite number ("المحتجزين الأربعة"، "الـ4 محتجزين") with the
same value and unit as an earlier figure — is emitted with `ref` set to that figure's id;
one that counts things the article named without counting them ("الدول الأربع" after four
countries) with `ref` set to the id of the last of those entities.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import reduce
from operator import or_

from khabar.figures.lexicon import IF_CAPTIVE, Lexicon, lexicon
from khabar.figures.numbers import (AUTHORITY_WORD, CAPTIVE_WORD, CONTINUING_WORD, DETENTION_WORD, DUAL_SHAPE,
                                    CELEBRATION_WORD, COMPLEMENT, DEMAND_WORD, EXCHANGE_WORD, INFECTION_WORD, KILLING_WORD, MARCH_WORD, NATURAL_WORD, NORMS, NUMBER_START, PROTEST_WORD, SINGULAR_CUE, SINGULAR_POST,
                                    VIOLENT_WORD, WORD, Number, Words, kb_reading, nisba_adjective, possessed, scan, singular_nisba,
                                    group_category, trailing_bound, GROUP_WORD, partitive_noun)
from khabar.text.clitics import default_segmenter
from khabar.text.normalise import normalise_word
from khabar.text.sentences import split_sentences

__all__ = ["find_figures", "may_hold_figures"]

_DIGIT = re.compile(r"\d")
_STARTS = NUMBER_START | DUAL_SHAPE | SINGULAR_CUE | SINGULAR_POST | GROUP_WORD  # a word a figure may start at (or end at; a group "بين القتلى" before a lone person)
_LATIN = re.compile(r"[a-z]")
_CLITICS_ONLY = re.compile(r"[وف]?[بلك]?(ال|ل)?")  # what may stand glued before digits: "و24"، "بـ24"، "الـ24"
_GOVERNING_GAP = 3   # words (other than `context` words) between a governing cue and its number
_ASIDE_GOVERNING_GAP = 6  # … when the number follows an aside between commas: the verb's subject with
#                           its place ("أوقفت وحدات الحرس الوطني بصفاقس، أمس الأحد، خمسة أشخاص")
_POST_REACH = 8      # words after the counted noun searched for what happened to the group
_QUALIFIER_REACH = 3  # words of a من phrase between two coordinated figures
_INVERTED_TOTAL_REACH = 10  # words after a total noun told after its value ("إلى 78 عدد القتلى …")
_SUBJECT_REACH = 3   # words of a subject between a verb and its object ("فككت مصالح الأمن عصابة")
_GENITIVE_REACH = 3   # words of a genitive after a figure's noun, before a و and the next ("سبعة من مرتبات
#                      الأمن العام وقوات الدرك ومواطنان": its own و-joined construct in it)


@dataclass(slots=True)
class _Figure:
    start: int
    end: int
    value: int | float | None
    min: int | float | None
    max: int | float | None
    approx: bool
    category: str
    explicit: bool  # category read from a governing or following cue (not inherited)
    unit: str | None
    definite: bool  # may repeat an earlier figure
    who_spans: list[tuple[int, int]]
    implicit: bool = False  # a count without a numeral (مقتل جندي، جنديين)
    sentence: int = 0
    infection: bool = False  # its sentence names a disease
    captives: bool = False  # its counted noun names captives (أسرى، محتجزين)
    noun: str | None = None  # its counted noun's stem (no article, …ون read as …ين), for back-references
    among: bool = False  # a lone person or a dual right after بينهم: an item of the toll's list, counted apart


def find_figures(text: str, *, sentences: list[tuple[int, int]] | None = None,
                 entities: list[dict] | None = None, lex: Lexicon | None = None) -> list[dict]:
    """The figures of `text` as record dicts (shared/spec/record.md), in text order.

    `sentences` are (start, end) offsets (default: lines split into sentences);
    `entities` the record's entities, to link a counted group to its entity (`who`);
    A headline figure that the body reports again is listed at both places, as the gold
    lists it (docs/gold-format.md): each is a mention a reader can check.
    Sentences without a digit or a word a number may start at are skipped unread."""
    lex = lex or lexicon()
    if sentences is None:
        sentences = []
        position = 0
        for line in text.split("\n"):
            sentences.extend(split_sentences(text, position, position + len(line)))
            position += len(line) + 1
    found: list[_Figure] = []
    seized = _ship_seized(text, sentences, lex)
    for index, (start, end) in enumerate(sentences):
        if may_hold_figures(text, start, end, lex):
            for figure in _sentence_figures(text, start, end, lex, seized):
                figure.sentence = index
                found.append(figure)
    # an infection is no wound: "حالات الإصابة بالكوليرا"; in an article about an epidemic,
    # a count of cases is one of infections even where its sentence names no disease
    epidemic = None
    infected = []  # a singular without a numeral counted by an infection noun is no count
    for figure in found:
        if figure.category not in lex.infection_categories:
            continue
        if figure.infection:
            figure.category = "other"
        elif figure.unit in lex.infection_units:
            if epidemic is None:
                epidemic = any(other.infection for other in found)
            if epidemic:
                figure.category = "other"
        if figure.category == "other" and figure.implicit and figure.value == 1:
            infected.append(figure)  # "حالة إصابة مشتبه بالكوليرا": a suspected case, no one wounded
    if infected:
        found = [figure for figure in found if figure not in infected]
    # deaths told with the injured are a toll of violence: "وصول 7 جثامين و25 إصابة إلى
    # المستشفى"، "وفاة 5 أشخاص وإصابة 10 آخرين" (an infection is no injury, see above)
    injured = {figure.sentence for figure in found if figure.category in lex.violent_injuries}
    for figure in found:
        if figure.sentence in injured and figure.category in lex.violent_of and not figure.captives:
            figure.category = lex.violent_to
    _bodies_of_violence(text, found, lex)
    _deaths_of_a_violent_story(text, found, sentences, lex)
    _escaped_captives(text, found, sentences, lex)
    _arrivals_of_flight(text, found, sentences, lex)
    _one_more(text, found, lex)
    if entities:
        named = [(e, m) for e in entities if not e.get("anonymous") for m in e.get("mentions") or []
                 if m.get("via") != "nisba"]
        names = [(m["start"], m["end"]) for _, m in named if "start" in m and "end" in m]
        # a name is no count of one: "مقتل سليماني" (a nisba-shaped name after an event noun);
        # an anonymous group is no name ("رهينتين أميركيتين" still counts two)
        persons = [m for e, m in named if e.get("type") == "PER"]
        surnames = _surnames(persons)
        people = sorted(m["start"] for m in persons if "start" in m)
        starts = sorted(start for start, _ in names if start is not None)
        found = [f for f in found if not f.implicit
                 or not (any(start < f.end and f.start < end for start, end in names)
                         or _a_surname(text[f.start:f.end], surnames)
                         or _named_after(text, f, people, lex)
                         or _names_its_two(text, f, persons, starts))]
    records = _records(text, found, entities or [], lex)
    if entities:
        _link_places(text, records, entities, lex)
    return records


_NAME_PROCLITICS = "وفبل"  # a one-letter proclitic a surname may take: "ولمرسي" is not one, "لمرسي" is


def _surnames(person_mentions: list[dict]) -> frozenset[str]:
    """The last word of each name a named person (PER) goes by in the article (its mentions other than
    nisbas), normalised: "محمد مرسي" gives مرسي, so that the surname alone elsewhere ("بقتل مرسي"، "وفاة
    رئيسي"، "وأصيب كمالوندي نفسه"), which the entities list once by its full form, is no count of one either."""
    return frozenset(normalise_word(m["text"].split()[-1]) for m in person_mentions if m.get("text"))


def _a_surname(span: str, surnames: frozenset[str]) -> bool:
    """Whether the one-word text of an implicit figure is a surname of the article (see _surnames)."""
    if not surnames or len(span.split()) != 1:
        return False
    form = normalise_word(span)
    return form in surnames or (len(form) > 3 and form[0] in _NAME_PROCLITICS and form[1:] in surnames)


_TITLE_GAP_WORDS = 3  # words of a body between a person noun and the name it titles ("قائد فيلق القدس قاسم سليماني")
_TITLE_GAP_STOPS = frozenset("،,.:;؛!?()[]\n")


def _named_after(text: str, figure: "_Figure", people: list[int], lex: Lexicon) -> bool:
    """Whether a lone person counted one is the title of a named person whose name follows it
    after at most a few words of the body it serves, in one phrase ("مقتل قائد فيلق القدس قاسم
    سليماني"، "مقتل مصور وكالة «رويترز» عصام عبد الله"): one known person, no count, as a person
    named by يدعى is none.  No punctuation, digit or event word ("مقتل شاب واعتقال …") between."""
    if figure.value != 1:
        return False
    index = bisect_left(people, figure.end)
    if index == len(people):
        return False
    gap = text[figure.end:people[index]]
    words = [normalise_word(word.strip("«»\"'“”")) for word in gap.split()]
    return len(words) <= _TITLE_GAP_WORDS and not any(c in _TITLE_GAP_STOPS or c.isdigit() for c in gap) \
        and not any(word in lex.known_cue_forms or word[1:] in lex.known_cue_forms for word in words)


_PAIR_JOIN = re.compile(r"\s+و\s*$")  # the و that joins the second name of a pair


def _names_its_two(text: str, figure: "_Figure", persons: list[dict], starts: list[int]) -> bool:
    """Whether a definite dual is followed right away by the two named people it counts, joined
    by و ("إعادة اعتقال الأسيرين زكريا الزبيدي ومحمد العارضة"): the names are the information, the
    2 only counts them, as a dual in construct that names its two places is no figure
    (docs/gold-format.md, session 15)."""
    if figure.value != 2 or not figure.definite or not text[figure.start:figure.end].lstrip("وف").startswith("ال"):
        return False
    first = next((m for m in persons if m.get("start") is not None
                  and 0 < m["start"] - figure.end <= 1 and not text[figure.end:m["start"]].strip()), None)
    if first is None:
        return False
    index = bisect_left(starts, first["end"])
    return index < len(starts) and 0 < starts[index] - first["end"] <= 3 \
        and bool(_PAIR_JOIN.search(text[first["end"]:starts[index]]))


def _bodies_of_violence(text: str, figures: list["_Figure"], lex: Lexicon) -> None:
    """Bodies counted in an article that counts the killed or the wounded elsewhere are of its
    violence (categories.yaml links.bodies.nouns): "انتشلت فرق الإنقاذ 78 جثة" after a shipwreck's
    toll is killed, by the gold's rule that bodies are killed where the text gives an outside
    cause — the article gives it, not always the body's own sentence.  Bodies of captives, or
    in an article with no violent toll ("جثث 4 صيادين مفقودين"), stay dead."""
    violent = {lex.violent_to} | lex.violent_injuries
    if not any(figure.category in violent for figure in figures):
        return
    for figure in figures:
        if figure.category not in lex.body_categories or figure.captives:
            continue
        # the body noun in the figure or governing it right before ("جثث 15 منهم"); the word before
        # read from the right (rsplit), not by splitting all the text before every figure
        told = text[:figure.start].rsplit(None, 1)[-1:] + text[figure.start:figure.end].split()
        if any(analysis.base in lex.body_nouns for word in told for analysis in lex.analyses(normalise_word(word))):
            figure.category = lex.violent_to


def _sentence_flags(text: str, start: int, end: int, lex: Lexicon) -> int:
    """What the words of text[start:end] may name (lexicon.word_flags), or-ed together."""
    flags, norms = lex.word_flags, NORMS
    return reduce(or_, (flags[norms[word][0]] for word in WORD.findall(text, start, end)), 0)


_NOT_VIOLENCE = NATURAL_WORD | INFECTION_WORD  # a cause of nature or a disease named with a death
_NOT_THE_STORY = _NOT_VIOLENCE | CAPTIVE_WORD  # … or captives, whose deaths are announced (session 13)


def _deaths_of_a_violent_story(text: str, figures: list["_Figure"], sentences: list[tuple[int, int]],
                               lex: Lexicon) -> None:
    """Deaths told without a cause of their own ("21 وفاة"، "وفاة مواطن"، "والوفيات 13") in an
    article whose lead (its first sentences, categories.yaml links.violent_deaths.lead: the
    headline and the body's opening) names a violent or sudden cause (links.violent_deaths.words:
    a flood, a blast, clashes) and no cause of nature or disease, are that story's killings, by
    the gold's rule that `killed` counts deaths from an outside cause whatever word tells them
    (docs/gold-format.md, session 13): the lead gives the cause the body's sentence leaves out.
    A death whose own sentence names a violent word was decided there (one among captives
    "خلال الهجوم" stays announced); so were deaths whose own sentence names captives ("116
    منهم محتجزين، بينهم 42 يقول الجيش إنهم لقوا حتفهم"), a cause of nature or a disease."""
    if not sentences or not any(figure.category in lex.violent_of for figure in figures):
        return
    lead = reduce(or_, (_sentence_flags(text, start, end, lex) for start, end in sentences[:lex.violent_lead]), 0)
    if not lead & VIOLENT_WORD or lead & _NOT_VIOLENCE:
        return
    for figure in figures:
        if figure.category not in lex.violent_of or figure.captives or figure.infection:
            continue
        start, end = sentences[figure.sentence]
        if not _sentence_flags(text, start, end, lex) & (_NOT_THE_STORY | VIOLENT_WORD):
            figure.category = lex.violent_to  # (a sentence naming violence was decided on its own)


def _link_places(text: str, records: list[dict], entities: list[dict], lex: Lexicon) -> None:
    """Each figure's `place`: the place named in its own clause — the first after it
    ("أصيب 12 آخرون في خان يونس"), else the last before it ("في رفح، قتل 5").  A figure
    whose clause names none is left to the events stage (the sentence's place)."""
    places = sorted((m["start"], m["end"], e["id"]) for e in entities if e.get("type") in lex.place_types
                    and e.get("id") for m in e.get("mentions") or []
                    if "start" in m and "end" in m and m.get("via") != "nisba")
    if not places:
        return
    starts = [start for start, _, _ in places]
    breaks = lex.clause_break_pattern
    for record in records:
        begin, end = record["start"], record["end"]
        found = breaks.search(text, end)
        stop = found.start() if found else len(text)
        index = bisect_left(starts, end)
        if index < len(places) and places[index][0] < stop:
            record["place"] = places[index][2]
            continue
        line = text.rfind("\n", 0, begin) + 1
        opening = max((m.end() for m in breaks.finditer(text, line, begin)), default=line)
        index = bisect_left(starts, begin) - 1
        if index >= 0 and places[index][0] >= opening and places[index][1] <= begin:
            record["place"] = places[index][2]


_WORD = re.compile(r"\w+")


def _ship_seized(text: str, sentences: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether a sentence of the article names a seizure beside a ship ("احتجز الحرس الثوري
    ناقلة النفط"، "استيلاء الحوثيين على السفينة"; categories.yaml links.seized_crews): its
    crew, counted anywhere in the article, is held.  An attempt is none ("محاولة اختطاف سفينة")."""
    for start, end in sentences:
        forms = _WORD.findall(normalise_word(text[start:end]))
        if lex.vessel_words.isdisjoint(forms):
            continue
        if any(form in lex.seizure_words and (i == 0 or forms[i - 1] not in lex.seizure_attempts)
               for i, form in enumerate(forms)):
            return True
    return False


def _crew(words: Words, lex: Lexicon, noun: tuple[int, int] | None) -> bool:
    """Whether a count's noun, or one of the few words after it, is a ship's crew ("25 بحارا"،
    "12 من أفراد طاقمها")."""
    if noun is None:
        return False
    return any(form in lex.crew_words for form in words.forms[noun[0]:noun[1] + lex.crew_reach])


def may_hold_figures(text: str, start: int, end: int, lex: Lexicon | None = None) -> bool:
    """A cheap test: a sentence without digits, number words, duals (listed or shaped
    like one) or the event nouns that count a singular has no figure."""
    if _DIGIT.search(text, start, end):
        return True
    lex = lex or lexicon()
    flags, norms = lex.word_flags, NORMS
    found = WORD.findall(text, start, end)
    for word in found:
        if flags[norms[word][0]] & _STARTS:
            return True
    return bool(found) and norms[found[0]][0] in lex.headline_tolls  # a headline toll of one opens it: "شهيد في قصف …"


# -- one sentence -------------------------------------------------------------------------

def _sentence_figures(text: str, start: int, end: int, lex: Lexicon, seized: bool = False) -> list[_Figure]:
    """The figures of the sentence text[start:end]; `seized`: the article tells of a ship
    seized (its crew is held)."""
    words = Words(text, start, end)
    numbers = scan(words, lex)
    if not numbers:
        return []
    quoted = _quoted_counts(words, lex)
    if quoted:
        words = Words.without(words, quoted)  # «نحو 20 عنصرا»: the count read as if unquoted
        numbers = scan(words, lex)
    readings: list[tuple[Number, tuple[int, int] | None, str | None]] = []
    consumed = 0  # a counted noun is not a number of its own ("اثنان آخران")
    for number in numbers:
        if number.first < consumed:
            continue
        reading = _reading(words, lex, number)
        if reading is not None and consumed and _qualifies(number, reading[0]) \
                and _follows(words, lex, min(number.first, (reading[0] or (number.first,))[0]), consumed) \
                and not _new_item(words, lex, reading[0]):
            continue  # "اثنان منهم أمريكيان"، "4 من أفراد عائلة واحدة"، "9 أشخاص من عائلة
            #           واحدة": it describes the count before
        if reading is not None:
            readings.append((number, *reading))
            if reading[0] is not None:
                consumed = max(consumed, reading[0][1])
    if not readings:
        return []
    clauses = _Clauses(words, lex)
    # what the sentence names: captives or their release, a disease (lexicon.word_flags)
    named = reduce(or_, map(lex.word_flags.__getitem__, words.forms), 0)
    exchange, violent = bool(named & EXCHANGE_WORD), bool(named & VIOLENT_WORD)
    # a disease named beside a fire, a blast or a strike, not as what one is struck by
    # ("حريق في مركز العزل الخاص بمصابي كورونا"; not "أصيب 20 بالكوليرا"), qualifies a place or
    # the victims: the injured are wounded, no infections
    captive, infection = bool(named & CAPTIVE_WORD), bool(named & INFECTION_WORD)
    infection = infection and (not violent or _struck_by_disease(words, lex))
    detained = named & (DETENTION_WORD | AUTHORITY_WORD) == DETENTION_WORD | AUTHORITY_WORD
    protest = bool(named & PROTEST_WORD) or (bool(named & MARCH_WORD) and _march(words, lex))
    # a celebration, a welcome or a funeral and no demand: its crowd is no protest
    celebrating = bool(named & CELEBRATION_WORD) and not named & DEMAND_WORD
    natural = bool(named & NATURAL_WORD)
    still = bool(named & CONTINUING_WORD)
    if violent and natural:
        violent = _violent(words, lex)  # "وفاة 3 حجاج بضربات شمس": a stroke of the sun is heat
    # a death of captives no one is said to have caused (لقوا حتفهم، قضوا) is one announced:
    # "4 من الرهائن لقوا حتفهم"; not a killing ("مقتل 7 رهائن") nor a violent death
    unkilled = not violent and not named & KILLING_WORD
    # every number and counted noun is a barrier a governing cue does not reach across
    # (with the event a noun of cases takes in the genitive: "99 حالة وفاة و46 إصابة" — the
    # وفاة is the cases', it governs no number after it)
    taken = sorted({i for number, noun, _ in readings if not number.superseded
                    for i in range(min(number.first, noun[0] if noun else number.first),
                                   max(number.last, noun[1] + _genitive_size(words, lex, noun, captive)
                                       if noun else number.last))})
    starts = [n.first for n, _, _ in readings if not n.superseded]
    figures: list[_Figure] = []
    previous_category: str | None = None
    for number, noun, unit in readings:
        if number.superseded or _one_as_kind(words, lex, number):
            continue
        span_first = min(number.first, noun[0]) if noun else number.first
        span_last = max(number.last, noun[1]) if noun else number.last
        if unit is None and noun is None and figures and figures[-1].unit is not None and span_first > 0 \
                and lex.out_of.match_ending(lex, words.forms, span_first - 1) is not None:
            # "105 مقاعد من أصل 407": the whole the figure before is part of, its noun left unsaid
            figures.append(_Figure(
                start=words.start_after(span_first, number.skip), end=words.ends[span_last - 1],
                value=number.value, min=number.min, max=number.max, approx=number.approx,
                category="other", explicit=False, unit=figures[-1].unit, definite=False, who_spans=[],
                infection=infection))
            continue
        if unit is None and noun is None and figures and figures[-1].unit is not None \
                and number.last < len(words.forms) and words.forms[number.last] in lex.thing_pronouns:
            noun, unit = (number.last, number.last + 1), figures[-1].unit  # "ثلاثة منها": part of the figure before
            span_last = number.last + 1
        if unit is None and noun is None and (whole := _whole_after(words, lex, number, readings)) is not None:
            unit = whole  # "أسقطت 5 من أصل 8 صواريخ": a part of the whole after it, their noun told once
        reach = _before_aside(words, lex, span_first, taken)
        if unit is None and number.cue is None and _governing(words, lex, reach, clauses, taken, captive) is None \
                and _linked(words, lex, reach, taken, captive, last=span_last) is None \
                and _resolved(lex.post.match(lex, words.forms, number.last), captive) is None \
                and not _mixed_after(words, lex, span_last) \
                and _among_group(words, lex, span_first, taken) is None \
                and not (previous_category and span_first > 0
                         and (lex.among.match_ending(lex, words.forms, span_first - 1) is not None
                              or _after_counterpart(words.forms, lex, span_first)
                              or _coordinated(words, lex, number, span_first, taken,
                                              clauses.bounds(span_first)[0], across=True))):
            if noun is None and number.kind == "vague" and (
                    (protest and _takes_part(words, lex, reach, clauses))
                    or _unsaid_crowd(words, lex, number, span_first, clauses, taken, starts, previous_category,
                                     captive)
                    or _unsaid_gathering(words, lex, span_first, clauses)):
                unit = "person"  # "خرج عشرات الآلاف إلى الشوارع": a crowd, its people unsaid
            elif noun is None and (total := _counted_total(words, lex, span_first, taken)) is not None:
                unit = total  # "بلغ عدد المهاجرين 30 ألفا": the total's own noun is counted
            elif noun is None and span_first > 0 and words.forms[span_first - 1] in lex.people_totals:
                unit = "person"  # "الأساتذة، البالغ عددهم نحو 55 ألفا": the people named before
            elif noun is not None or not _large_amount(words, lex, number):
                continue  # counts nothing that we can tell (بينهم 30: part of the group before)
            else:
                unit = lex.tamyiz_unit  # "منها 10 مليارات سيولة و5 مليارات من الودائع": an amount
        if number.joined and not _coordinated(words, lex, number, span_first, taken, clauses.bounds(span_first)[0]):
            continue  # "وجندي إسرائيلي" counts one only after a figure it is joined to
        if number.among and not _toll_before(figures, lex) and _among_named(words, lex, span_first) is None:
            continue  # "استقبل وفدا من 5 أعضاء بينهم امرأة": one only of a toll of people
        if unit is not None and unit != lex.tamyiz_unit and unit not in lex.person_units:
            category, explicit = "other", False  # money, a measure, a duration: no event befalls them
        else:
            category, explicit = _category(words, lex, number, noun, span_first, clauses, taken, starts,
                                           previous_category, captive)
        if exchange and not explicit and category in lex.captive_categories:
            category = lex.exchanged  # "الصفقة تشمل 1056 أسيرًا": captives in a swap are freed
        if exchange and category == lex.recovered_to and _recovered(words, lex, span_first):
            category = lex.exchanged  # "استعادت إسرائيل 13 رهينة ضمن صفقة التبادل": taken back in a swap
        if violent and category in lex.violent_of and not _captives(words, lex, noun):
            category = lex.violent_to  # "وفاة 5 أشخاص في حادث مرور": a violent death
        if category in lex.violent_of and not (infection or natural) \
                and _inherent_of(lex, words, noun) in lex.violent_injuries:
            category = lex.violent_to  # "بعد وفاة اثنين من المصابين": the injured died of their injuries
            #                            (not "وفاة 4 مصابين بالكوليرا": the sick of a disease)
        if category in lex.natural_of and ((unkilled and _captives(words, lex, noun)) or (
                not named & KILLING_WORD and _part_of_captives(words, lex, noun, previous_category)
                and not any(lex.word_flags[form] & VIOLENT_WORD for form in words.forms[span_last:]))):
            category = lex.natural_to  # "4 من الرهائن لقوا حتفهم"، "بينهم 42 يقول الجيش إنهم لقوا حتفهم"
        if category in lex.escape_of and (_captives(words, lex, noun) or _fighters(words, lex, noun)
                                          or _captives_part(words, lex, noun, previous_category)):
            category = lex.escape_to  # "فر نحو 400 سجين من السجن"، "12 مسلحا فروا": an escape, no displacement
        if category in lex.evacuated_of and (own := _inherent_of(lex, words, noun)) in lex.evacuated_keep:
            category = own  # "أجلت عشرات الجرحى": still the wounded
        if category in lex.mixed_of and (_mixed_toll(words, lex, span_first, captive)
                                         or _mixed_after(words, lex, span_last)):
            category = lex.mixed_to  # "مصرع وإصابة 15 شخصا": the killed and the wounded in one count
        if category == lex.treated_category and not violent and _inherent_of(lex, words, noun) is None \
                and _treated_after(words, lex, span_last) and not _wounded_before(words, lex, span_first):
            category = "other"  # "95 حاجا لا يزالون يتلقون العلاج": patients of heat or illness
            #                     ("50 مصابا يتلقون العلاج" stays wounded by its own noun)
        if category in lex.critical_of and 0 < span_first and span_last < len(words.forms) \
                and words.forms[span_first - 1] in lex.critical_before and words.forms[span_last] in lex.critical_after:
            category = lex.critical_to  # "حالة 15 منهم حرجة": the state of some of the injured
        if category in lex.dismantled_of and _dismantled(words, lex, span_first):
            category = lex.dismantled_to  # "تفكيك خلية تتكون من خمسة عناصر": its members arrested
        if category in lex.doers_of and span_first > 0 and words.forms[span_first - 1] in lex.doer_verbs:
            category = lex.doers_to  # "في هجوم شنه ثلاثة مسلحين": the attackers, the verb's subject
        if category in lex.pulled_of and _pulled_out(words, lex, span_first, clauses):
            category = lex.pulled_to  # "أخرجت الفرق 100 شخص أحياء من تحت الأنقاض": rescued
        if seized and category in lex.seized_of and not explicit and _crew(words, lex, noun):
            category = lex.seized_to  # "ويضم طاقم السفينة 25 بحارا" of a ship seized: held with it
        if detained and category in lex.detained_of:
            category = lex.detained_to  # "احتجزت الشرطة 5 أشخاص": taken by an authority
        if still and category in lex.continuing_of and _still(words, lex, span_first, span_last, clauses):
            category = lex.continuing_to  # "ما زالت الجماعة تعتقل 11 شخصًا": still held
        if category in lex.celebration_of and _inherent_of(lex, words, noun) not in lex.celebration_of \
                and ((celebrating and not protest) or _celebrated_here(words, lex, clauses, span_first)):
            category = lex.celebration_to  # "خرج آلاف المواطنين احتفالا بالتوقيع": no protest
        if protest and category == "other" and not explicit \
                and (_takes_part(words, lex, reach, clauses) or _took_part(words, lex, span_last, clauses)):
            category = lex.participation_to  # "شارك أكثر من 100 ألف شخص في مظاهرة"
            explicit = True  # those who take part are people, whatever noun counts them (300 محام)
        if unit is None or (unit == lex.tamyiz_unit and category in lex.people_events and noun is not None
                            and (explicit or words.forms[noun[0]] == "من") and words.forms[noun[0]] not in lex.naming_only
                            and number.kind in ("digits", "words", "vague")
                            and not _provided(words, lex, span_first, clauses)
                            and not (category in lex.evacuated_of and _emptied(words, lex, span_first))):
            unit = "person"  # "قُتل 3 رعاة": what a killing governs, no list naming it, are people;
            #                  "و20 من الفصائل": a part of a group joined to a killing
        if unit not in lex.person_units:
            category = "other"
        if category == "other" and ((number.kind == "singular" and not number.joined)
                                    or (number.kind == "dual" and (number.definite or _two_sides(words, lex, number)))):
            continue  # a singular, a definite dual (البلدين) or two sides (بين عشيرتين) only as a casualty count
        if category == "other" and _named_pair(words, number):
            continue  # "قاعدتي حميميم الجوية وطرطوس البحرية"، "دولتي المصب": the two it names (session 15)
        if category == "other" and number.definite and span_last < len(words.forms) \
                and words.forms[span_last] in lex.group_names:
            continue  # "الدول الخمس دائمة العضوية": a group's name (context.yaml group_names)
        if category == "other" and number.value == 1 and _one_of_the_most(words, lex, noun):
            continue  # "يعد واحدا من أبرز رجال الأعمال": a rank among a group, no count
        if noun is not None:  # after the noun, or after an attributive number ("شخص واحد على الأقل")
            span_last += trailing_bound(words, lex, number, span_last, len(words))
        previous_category = category if category != "other" else previous_category
        skip = number.skip if span_first == number.first else int(_item_clitic(words, lex, span_first))
        figures.append(_Figure(
            start=words.start_after(span_first, skip),
            end=words.ends[span_last - 1],
            value=number.value, min=number.min, max=number.max, approx=number.approx,
            category=category, explicit=explicit, unit=unit,
            definite=number.definite and number.kind in ("words", "digits", "dual") and noun is not None,
            who_spans=_who_spans(words, lex, noun, clauses),
            implicit=number.kind in ("dual", "singular"), infection=infection,
            captives=category in lex.violent_of and _captives(words, lex, noun),
            noun=_noun_stem(words.forms[noun[0]]) if noun is not None else None,
            among=number.among or (number.kind == "dual" and span_first > 0
                                   and lex.among.match_ending(lex, words.forms, span_first - 1) is not None)))
    return _joined_implicit(words.text, figures, lex) if len(figures) > 1 else figures


def _whole_after(words: Words, lex: Lexicon, number: Number, readings) -> str | None:
    """The unit of the whole a bare number is a part of, told right after it by a phrase of
    `part_of` (units.yaml partitive) and a counted number ("أسقطت الدفاعات 5 من أصل 8 صواريخ"، "فاز الحزب بـ3 من مجموع 5
    مقاعد": round s33), or None: the noun is said once, after the whole, and counts both."""
    found = lex.part_of.match(lex, words.forms, number.last) if number.last < len(words.forms) else None
    if found is None:
        return None
    after = number.last + found[0]
    return next((unit for other, noun, unit in readings if other.first == after and noun is not None), None)


def _listed_before(words: Words, lex: Lexicon, number: Number, first: int, found, noun: tuple[int, int] | None
                  ) -> bool:
    """Whether the cue `found` that governs the count at word `first` is only the item before it
    in a list: a counted noun of a toll ("شهيد"، "قتيل") joined to the count by و, whose own
    noun names another toll ("شهيد و12 إصابة"، "قتيل و5 إصابات"); bodies keep their cue."""
    if found[2].base not in lex.inherent or found[1] in lex.body_categories:
        return False
    joined = (number.skip and words.forms[first][:1] == "و") or (first > 0 and words.forms[first - 1] == "و")
    own = _inherent_of(lex, words, noun)
    return joined and own is not None and own != found[1]


def _emptied(words: Words, lex: Lexicon, first: int) -> bool:
    """Whether a word of emptying a place (categories.yaml evacuated_injured.places: أخلى،
    إخلاء) stands up to its reach before the count at `first`: what it empties are places or
    things unless the counted noun is a known person ("أخلى الجيش 3 مواقع")."""
    return any(analysis.base in lex.emptying
               for position in range(max(0, first - lex.emptying_reach), first)
               for analysis in lex.analyses(words.forms[position]))


def _treated_after(words: Words, lex: Lexicon, last: int) -> bool:
    """Whether a phrase of treatment (categories.yaml links.treatment) starts within reach
    after the counted group ending at word `last`: what made it a count of the injured."""
    forms = words.forms
    for start in range(last, min(len(forms), last + lex.treatment_reach)):
        if any(tuple(forms[start:start + len(phrase)]) == phrase for phrase in lex.treatment_phrases):
            return True
    return False


def _wounded_before(words: Words, lex: Lexicon, first: int) -> bool:
    """Whether a cue of the treated category (أصيب، إصابة) stands right before the group
    starting at word `first`: "وأصيب 14 آخرون نقلوا إلى المستشفى" are wounded whatever the
    sentence names as the cause; only a count told by its treatment alone may be patients."""
    if first < 1 or words.kinds[first - 1] != "w":
        return False
    found = _resolved(lex.governing.match_ending(lex, words.forms, first - 1), False)
    return found is not None and found[1] == lex.treated_category


def _dismantled(words: Words, lex: Lexicon, first: int) -> bool:
    """Whether the count at word `first` gives the members of a cell, a network or a gang
    that the sentence says was dismantled: a join right before it (من، تضم) and the body
    within reach before, after a dismantling word with at most its subject between ("وفككت
    مصالح الأمن عصابة تضم 5 أشخاص"; categories.yaml links.dismantled)."""
    forms = words.forms
    if first < 3 or forms[first - 1] not in lex.dismantle_joins:
        return False
    return any(forms[k] in lex.dismantled_bodies
               and any(forms[j] in lex.dismantle_acts for j in range(max(0, k - _SUBJECT_REACH - 1), k))
               for k in range(first - 2, max(0, first - 1 - lex.dismantle_reach), -1))


def _pulled_out(words: Words, lex: Lexicon, first: int, clauses: "_Clauses") -> bool:
    """Whether a verb or verbal noun of bringing out stands within reach before the count at
    word `first`, in its clause ("انتشلت فرق الإنقاذ عشرة … أحياء"; categories.yaml
    links.pulled_out): the group was pulled out alive, a rescue."""
    low = max(clauses.bounds(first)[0], first - lex.pull_reach)
    return any(words.forms[k] in lex.pull_acts for k in range(low, first))


def _toll_before(figures: list[_Figure], lex: Lexicon) -> bool:
    """Whether the figure right before is a toll of people (a casualty category, in a person
    unit): what a lone person after بينهم is one of."""
    return bool(figures) and figures[-1].category != "other" and figures[-1].unit in lex.person_units


def _provided(words: Words, lex: Lexicon, first: int, clauses: "_Clauses") -> bool:
    """Whether a verb that reads as و + a verb of fleeing but is one of its own (وفّر،
    وفّرت: provided; categories.yaml provided) stands within reach before the count in its
    clause: "وفر المشروع 500 فرصة عمل" counts things provided, no people who fled."""
    low = max(clauses.bounds(first)[0], first - lex.provided_reach)
    return any(words.forms[k] in lex.provided_verbs for k in range(low, first))


def _one_of_the_most(words: Words, lex: Lexicon, noun: tuple[int, int] | None) -> bool:
    """Whether a count of one takes its group through a partitive of rank (units.yaml
    partitive.ranked: "واحد من أبرز القادة"، "واحدة من كبار المسؤولين"): it describes one
    as among the first of a group; only an event it befalls makes it a count."""
    if noun is None or words.forms[noun[0]] != "من" or noun[0] + 1 >= noun[1]:
        return False
    return words.forms[noun[0] + 1] in lex.partitive_ranked


def _one_as_kind(words: Words, lex: Lexicon, number: Number) -> bool:
    """Whether an attributive one tells what kind, not how many: the definite "per one"
    ("200 دينار للراكب الواحد"، "في اليوم الواحد") or the one group a count came from, after
    a qualifier preposition (context.yaml) and the group's noun with up to
    `qualifier_adjectives` nisba adjectives ("أربعة مدنيين من عائلة كردية واحدة"،
    "ثلاثة شبان من قرية واحدة").  Neither is a count of one person."""
    forms, kinds = words.forms, words.kinds
    first = number.first
    if number.value != 1 or number.kind != "words" or first == 0 or kinds[first - 1] != "w":
        return False
    if number.definite:
        return forms[first - 1].startswith(lex.definite_articles)
    position = first - 1
    while position > 0 and position >= first - lex.qualifier_adjectives and _nisba_shaped(forms[position], lex):
        position -= 1
    noun = forms[position]
    return position > 0 and forms[position - 1] in lex.qualifier_prepositions and not noun.startswith("ال") \
        and lex.number(noun) is None and lex.among.match(lex, forms, position, position + 1) is None


_CONSTRUCT_DUAL = ("تي", "تا")  # the dual in construct of a noun in ة: قاعدتي، مدينتا


def _named_pair(words: Words, number: Number) -> bool:
    """Whether a dual in construct counts the two things it names at once (session 15: no
    figure): its genitive is definite ("دولتي المصب"), a name the knowledge base knows, or
    the first of two joined by و ("مدينتا هوانغقانغ وإتشو"، "قاعدتي حميميم الجوية وطرطوس")."""
    forms, kinds = words.forms, words.kinds
    if number.kind != "dual" or number.noun is None or not forms[number.noun].endswith(_CONSTRUCT_DUAL):
        return False
    genitive = number.noun_end
    if genitive is None or genitive >= len(forms) or kinds[genitive] != "w":
        return False
    following = forms[genitive]
    if following.startswith("ال") or kb_reading(following) == "name":
        return True
    return any(forms[i][:1] == "و" and len(forms[i]) > 2 and kinds[i] == "w"
               for i in range(genitive + 1, min(len(forms), genitive + 3)))


def _noun_stem(form: str) -> str | None:
    """A counted noun as a back-reference or a headline repeats it: without the article, in
    one case ("الصحفيون" and "صحفيين" → "صحفيين"); None for a partitive من."""
    if form == "من":
        return None
    if form.startswith("ال") and len(form) > 4:
        form = form[2:]
    # one case for the plural and the dual: الصحفيون/صحفيين، جنديان/جنديين
    return form[:-2] + "ين" if form.endswith(("ون", "ان")) and len(form) > 4 else form


def _after_counterpart(forms: list[str], lex: Lexicon, first: int) -> bool:
    """Whether the number at `first` is the other side of an exchange: right after مقابل,
    or after مقابل كل (a rate: "مقابل كل عشرة محتجزين")."""
    if first < 1:
        return False
    if forms[first - 1] in lex.counterparts:
        return True
    return first >= 2 and forms[first - 1] in lex.counterpart_each and forms[first - 2] in lex.counterparts


def _joined_implicit(text: str, figures: list[_Figure], lex: Lexicon) -> list[_Figure]:
    """Counts without numerals joined by و under one cue are one group: "استشهاد امرأة
    وطفلين" is 3 killed, "مقتل رجل وامرأة" 2 — the later count takes its category from
    the first (it has no cue of its own) and adds to it.  Only people make one group: things
    of different kinds are counted apart ("دمرت الغارة مستشفيين ومدرستين" is 2 and 2), and
    so are the items of a list after بينهم ("15 شهيدا بينهم امرأة وطفلان" is 1 and 2)."""
    merged: list[_Figure] = []
    people = lex.person_units
    for figure in figures:
        before = merged[-1] if merged else None
        if before is not None and before.implicit and figure.implicit and not figure.explicit and not before.among \
                and before.category == figure.category and before.unit == figure.unit \
                and before.unit in people \
                and before.value is not None and figure.value is not None and before.min is None \
                and text[before.end:figure.start].strip() == "و":
            before.end, before.value = figure.end, before.value + figure.value
            before.who_spans = before.who_spans + figure.who_spans
            continue
        merged.append(figure)
    return merged


def _violent(words: Words, lex: Lexicon) -> bool:
    """Whether a violent word of the sentence names violence: not when a cause of nature
    qualifies it right after it ("ضربة شمس"، "ضربات الشمس")."""
    forms = words.forms
    for index, form in enumerate(forms):
        if any(a.base in lex.violent_words for a in lex.analyses(form)):
            following = forms[index + 1] if index + 1 < len(forms) else ""
            if not any(a.base in lex.natural_words for a in lex.analyses(following)):
                return True
    return False


def _inherent_of(lex: Lexicon, words: Words, noun: tuple[int, int] | None) -> str | None:
    """The category the counted noun itself gives (متظاهرين: protesters), if any."""
    if noun is None:
        return None
    return next((c for c in (_inherent(lex, words.forms[i]) for i in range(noun[0], noun[1])) if c), None)


def _still(words: Words, lex: Lexicon, first: int, last: int, clauses: "_Clauses") -> bool:
    """Whether a verb of continuing (لا يزال، ما زالت) tells of the count at words
    [first, last): before it in its clause, no word of another event's time between, or
    right after it (categories.yaml links.continuing)."""
    forms = words.forms
    low, high = clauses.bounds(first)

    def at(position: int) -> bool:
        form = forms[position]
        return form in lex.continuing_words or (
            form in lex.continuing_negated and position > 0 and forms[position - 1] in lex.continuing_negations)

    for position in range(first - 1, max(low, first - lex.continuing_reach) - 1, -1):
        if forms[position] in lex.continuing_stops:
            break
        if at(position):
            return True
    # after the group, its predicate: not a clause joined by و ("اعتقلت 5 أشخاص ولا يزال البحث جاريا")
    return last < high and forms[last][:1] not in ("و", "ف") \
        and any(at(position) for position in range(last, min(high, last + lex.continuing_after)))


def _march(words: Words, lex: Lexicon) -> bool:
    """Whether the sentence names a march of protest: a word that is also a drone (مسيرة)
    followed by what qualifies a crowd's march ("المسيرات السلمية"، "مسيرة حاشدة")."""
    forms = words.forms
    for index in range(len(forms) - 1):
        if any(a.base in lex.march_words for a in lex.analyses(forms[index])) \
                and any(a.base in lex.march_qualifiers for a in lex.analyses(forms[index + 1])):
            return True
    return False


def _takes_part(words: Words, lex: Lexicon, first: int, clauses: "_Clauses") -> bool:
    """Whether a word of taking part (شارك، بمشاركة، ضمت) stands a few words before word
    `first`, in its clause (categories.yaml links.participation)."""
    low = clauses.bounds(first)[0] if first < len(words) else 0
    forms = words.forms
    for position in range(first - 1, max(low, first - 1 - lex.participation_reach) - 1, -1):
        if any(analysis.base in lex.participation for analysis in lex.analyses(forms[position])):
            return True
    return False


def _took_part(words: Words, lex: Lexicon, last: int, clauses: "_Clauses") -> bool:
    """Whether a word of taking part stands right after the group that ends before word
    `last`, in its clause: "أن نحو 87 ألف شخص شاركوا في الاحتجاجات" (links.participation)."""
    if last >= len(words.forms) or words.kinds[last] != "w" or last >= clauses.bounds(last)[1]:
        return False
    return any(analysis.base in lex.participation for analysis in lex.analyses(words.forms[last]))


def _unsaid_crowd(words: Words, lex: Lexicon, number: Number, first: int, clauses: "_Clauses",
                  taken: list[int], starts: list[int], previous: str | None, captive: bool) -> bool:
    """Whether a vague amount without its noun is a crowd: a crowd's category said by a cue
    ("تظاهر الآلاف"), or one of the verbs of a crowd going out right before it
    (categories.yaml links.unsaid_crowds: "خرج عشرات الآلاف إلى الشوارع"; not a funeral's)."""
    category, explicit = _category(words, lex, number, None, first, clauses, taken, starts, previous, captive)
    if category not in lex.crowds:
        return False
    return explicit or (first > 0 and lex.base(words.forms[first - 1]) in lex.unsaid_crowds)


def _struck_by_disease(words: Words, lex: Lexicon) -> bool:
    """Whether the sentence names a disease with ب, as what one is struck by ("بالكوليرا"،
    "بفيروس كورونا") — categories.yaml links.infections."""
    return any(form.startswith("ب") and _CLITICS_AND_ARTICLE.sub("", form, count=1) in lex.infections
               for form in words.forms)


def _celebrated_here(words: Words, lex: Lexicon, clauses: "_Clauses", first: int) -> bool:
    """Whether the clause of word `first` names a celebration, a funeral, a welcome or a
    queue (categories.yaml links.celebrations words) and no protest or demand: "خرج آلاف
    المواطنين للاحتفال بالقرارات، بعد ساعات من احتجاجات" — the crowd's own clause decides."""
    low, high = clauses.bounds(first)
    flags = reduce(or_, map(lex.word_flags.__getitem__, words.forms[low:high]), 0)
    return bool(flags & CELEBRATION_WORD) and not flags & (DEMAND_WORD | PROTEST_WORD)


def _unsaid_gathering(words: Words, lex: Lexicon, first: int, clauses: "_Clauses") -> bool:
    """Whether a vague amount without its noun right after a verb of mourning, praying,
    welcoming or taking part (categories.yaml links.unsaid_gatherings) counts a crowd: its
    clause names a funeral, a prayer or a celebration ("شيع الآلاف جثمان الشهيد"، "أدى عشرات
    الآلاف صلاة الجمعة"); its category is then the celebrations' (no protest)."""
    return first > 0 and lex.base(words.forms[first - 1]) in lex.unsaid_gatherings \
        and _celebrated_here(words, lex, clauses, first)


def _captives(words: Words, lex: Lexicon, noun: tuple[int, int] | None) -> bool:
    """Whether the counted noun names captives (its own category is a captive's)."""
    return noun is not None and any(_inherent(lex, words.forms[i]) in lex.captive_categories
                                    for i in range(noun[0], noun[1]))


def _part_of_captives(words: Words, lex: Lexicon, noun: tuple[int, int] | None, previous: str | None) -> bool:
    """Whether a count with no noun of its own, or only a partitive pronoun ("منهم"), is part of
    the captives the figure before counts ("لا يزال 116 محتجزين، بينهم 42 لقوا حتفهم"): their
    deaths are announced, not a killing the sentence tells, even where it names the attack that
    took them before the count (categories.yaml links.captive_deaths); a strike named after it
    tells how they died ("بينهم 6 لقوا حتفهم في غارة": killed)."""
    if previous not in lex.captive_categories:
        return False
    return noun is None or (noun[1] - noun[0] == 1
                            and lex.partitive_pronouns.match(lex, words.forms, noun[0], article=False) is not None)


def _captives_part(words: Words, lex: Lexicon, noun: tuple[int, int] | None, previous: str | None) -> bool:
    """Whether a count's noun is only a partitive pronoun ("منهن") after a figure of captives:
    part of them ("خطفوا 276 طالبة، فر 57 منهن"), whose flight is an escape (categories.yaml
    links.escapes.flight).  A count with no noun at all is not taken for them ("اعتقلت 20 شخصا
    ونزح 3 آلاف")."""
    return noun is not None and _part_of_captives(words, lex, noun, previous)


def _escaped_captives(text: str, figures: list["_Figure"], sentences: list[tuple[int, int]], lex: Lexicon) -> None:
    """A group that fled (a word of links.escapes.flight in its sentence) whose counted noun is
    that of an earlier figure of captives in the article, and who are no more than those, escaped
    its captors, it was not displaced: "اختطف مسلحون 287 تلميذا … وأضاف أن 25 تلميذا تمكنوا من
    الفرار" (category escapes.to).  A group of another noun ("خطف مسلحون 30 شخصا، وفر 500 من
    السكان") or more than the captives ("خطف 30 شخصا … فرار 5 آلاف شخص") stays displaced."""
    captives: dict[str, float] = {}  # counted noun -> the largest count of captives of it so far
    for figure in figures:
        if figure.noun is None or figure.value is None:
            continue
        # the singular after 11-99 takes the accusative's ا: "200 قروي" and "35 قرويا" are one noun
        noun = figure.noun[:-1] if figure.noun.endswith("ا") and len(figure.noun) > 3 else figure.noun
        if figure.category in lex.escape_of and figure.value <= captives.get(noun, 0):
            start, end = sentences[figure.sentence]
            if not lex.flight_words.isdisjoint(_WORD.findall(normalise_word(text[start:end]))):
                figure.category = lex.escape_to
        if figure.category in lex.captive_categories:
            captives[noun] = max(captives.get(noun, 0), figure.value)


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def _one_more(text: str, figures: list["_Figure"], lex: Lexicon) -> None:
    """A lone person counted one takes the adjective of "another" or the ordinal right after it
    into its text (context.yaml singular_others): "وقُتل جندي ثالث"، "بعد وفاة مصاب آخر"، "أن شرطيا آخر
    أصيب" — one more of a toll told before, as the gold writes it."""
    for figure in figures:
        if not figure.implicit or figure.value != 1 or figure.unit not in lex.person_units:
            continue
        found = _NEXT_WORD.match(text, figure.end)
        if found is not None and normalise_word(found.group(1)) in lex.singular_others:
            figure.end = found.end()


_TOKEN = re.compile(r"\w+|[^\w\s]")


def _arrivals_of_flight(text: str, figures: list["_Figure"], sentences: list[tuple[int, int]], lex: Lexicon) -> None:
    """A group of people that nothing else decided, told as arriving at a place (a plural verb of
    links.arrivals.verbs, then إلى) after it in its sentence, in an article that counts the
    displaced elsewhere, is a count of those who fled: "قالت المفوضية إن أكثر من 3 آلاف شخص،
    بينهم ألفا طفل، وصلوا إلى البلدة منذ السبت" (relief and wire copy on an exodus).  Arrivals in
    an article that counts no flight stay what they were ("14 ألف مهاجر وصلوا إلى السواحل"), and
    so do armed men arriving (links.escapes.fighters: "30 مسلحا وصلوا إلى القرية")."""
    if not any(figure.category == lex.arrival_into for figure in figures):
        return
    for figure in figures:
        if figure.category not in lex.arrival_of or figure.explicit or figure.unit not in lex.person_units \
                or (figure.value is not None and figure.value <= 2):
            continue
        if _names_fighters(_WORD.findall(normalise_word(text[figure.start:figure.end])), lex):
            continue  # "30 مسلحا وصلوا إلى القرية": attackers come, they do not flee (links.escapes.fighters)
        tokens = [normalise_word(t) for t in _TOKEN.findall(text[figure.end:sentences[figure.sentence][1]])]
        seen = 0
        for index, token in enumerate(tokens):
            if not token or token in lex.list_commas:
                continue
            if not token[0].isalnum() or seen >= lex.arrival_reach:
                break
            if token in lex.arrival_verbs:
                if index + 1 < len(tokens) and tokens[index + 1] in lex.arrival_to:
                    figure.category = lex.arrival_into
                break
            if _bare(token) in lex.complements:
                break  # "قال 40 طبيبا إن زملاءهم غادروا البلاد": the verb is of another clause
            if token in lex.departure_after or (token in lex.departure_out and (
                    index + 1 >= len(tokens) or tokens[index + 1] not in lex.arrival_to)):
                figure.category = lex.arrival_into  # "30 ألف شخص خرجوا خلال اليومين الماضيين"
                break
            seen += 1
        if figure.category in lex.arrival_of and _departs_before(text, figure, sentences, lex):
            figure.category = lex.arrival_into  # "فقد عبر نحو 150 ألف شخص من السودان إلى تشاد"


def _departs_before(text: str, figure: "_Figure", sentences: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether a verb of leaving or crossing in verb-subject order (categories.yaml
    links.departures.before) stands up to reach_before words before the figure in its clause:
    "يفترض أن تخرج في المرحلة الأولى نحو خمسة آلاف شخص".  Punctuation other than a list comma
    ends the clause."""
    tokens = [normalise_word(t) for t in _TOKEN.findall(text[sentences[figure.sentence][0]:figure.start])]
    seen = 0
    for token in reversed(tokens):
        if not token or token in lex.list_commas:
            continue
        if not token[0].isalnum() or seen >= lex.departure_reach_before or _bare(token) in lex.complements:
            return False
        if _bare(token) in lex.departure_before:
            return True
        seen += 1
    return False


def _bare(token: str) -> str:
    """A normalised word without a leading conjunction و or ف ("وغادر" → "غادر", "وإن" → "إن")."""
    return token[1:] if len(token) > 3 and token[0] in "وف" else token


def _fighters(words: Words, lex: Lexicon, noun: tuple[int, int] | None) -> bool:
    """Whether the counted noun names armed men, attackers or thieves (categories.yaml
    escapes.fighters), whose flight is no displacement."""
    return noun is not None and _names_fighters(words.forms[noun[0]:noun[1]], lex)


def _names_fighters(forms, lex: Lexicon) -> bool:
    """Whether one of these normalised word forms names armed men, attackers or thieves (categories.yaml
    escapes.fighters): by its base, without its clitics and article, or without an accusative alif."""
    fighters = lex.fleeing_fighters
    return any(lex.base(form) in fighters or _CLITICS_AND_ARTICLE.sub("", form) in fighters
               or form.removesuffix("ا") in fighters for form in forms)


def _before_aside(words: Words, lex: Lexicon, first: int, taken: list[int]) -> int:
    """Where a cue before word `first` is looked for: across an aside between commas that
    opens with an attribution or a time (categories.yaml links.asides) and holds no other
    figure — "قُتل، بحسب وزارة الصحة، 12 شخصًا"، "بلغت الحصيلة، حتى مساء الأحد، 37 ألفًا"،
    "اعتقلت قوات الاحتلال، فجر اليوم الأربعاء، 25 مواطنًا" — the opening comma; across an
    opening quote glued to the number ("قتلت «عشرات المسلحين»") the quote; else `first`."""
    forms, kinds = words.forms, words.kinds
    close = first - 1
    if close >= 1 and kinds[close] == "p" and forms[close] in lex.name_openers and words.glued(close, first) \
            and not words.glued(close - 1, close):
        return close  # an opening quote: "قتلت «عشرات الإرهابيين»" — the cue stands before it
    if close >= 1 and kinds[close] == "p" and forms[close] == ":" and kinds[close - 1] == "w" \
            and _inherent(lex, forms[close - 1]) is not None:
        return close  # a label and its count: "عدد الشهداء: 45"، "القتلى: 4، الجرحى: 17"
    if close < 2 or kinds[close] != "p" or forms[close] not in lex.list_commas:
        return first
    position = close - 1
    while position > max(0, close - 1 - lex.aside_reach) and kinds[position] != "p" and not _is_taken(taken, position):
        position -= 1
    if kinds[position] == "p" and forms[position] in lex.list_commas and position + 1 < close \
            and lex.base(forms[position + 1]) in lex.asides:
        return position
    return first


def _post_aside(words: Words, lex: Lexicon, comma: int) -> int | None:
    """The closing comma of a gloss of the group that opens right after the comma at
    `comma` with one of links.post_asides ("، أي ما يعادل 75% من السكان،"، "، معظمهم من
    النساء،") or a time of links.post_time_asides ("، الأحد،"، "، صباح اليوم،") and holds at most links.asides.reach words; None if there is none."""
    forms, kinds = words.forms, words.kinds
    if comma + 1 >= len(forms) or kinds[comma] != "p" or forms[comma] not in lex.list_commas:
        return None
    if forms[comma + 1] not in lex.post_asides and lex.base(forms[comma + 1]) not in lex.post_time_asides:
        return None  # (not an attribution: "وصل 300 شخص، وفق الشرطة، ثم قتلوا الوقت"; a time is
        #              one: "واصل آلاف المدنيين، الأحد، الفرار")
    close = comma + 1
    while close < len(forms) and close <= comma + 1 + lex.aside_reach \
            and not (kinds[close] == "p" and forms[close] in lex.list_commas):
        if kinds[close] == "p" and forms[close] in lex.clause_breaks:
            return None
        close += 1
    return close if close < len(forms) and kinds[close] == "p" and forms[close] in lex.list_commas else None


def _new_item(words: Words, lex: Lexicon, noun: tuple[int, int] | None) -> bool:
    """Whether the counted noun before an attributive واحد/اثنان opens with و a new item of
    a list ("… وثلاثة تنزانيين وأمريكيين اثنين"): it describes no count before it."""
    return noun is not None and _item_clitic(words, lex, noun[0])


def _item_clitic(words: Words, lex: Lexicon, position: int) -> bool:
    """Whether the word at `position` is a counted noun or a nisba with a و glued to it."""
    word = words.forms[position]
    if not word.startswith("و") or len(word) < 4 or lex.noun(word) is not None:
        return False
    rest = word[1:]
    return lex.noun(rest) is not None or _nisba_dual(rest, lex) or singular_nisba(rest, lex) \
        or possessed(rest, lex) is not None  # "وأطفالها الثلاثة"


def _follows(words: Words, lex: Lexicon, first: int, consumed: int) -> bool:
    """Whether word `first` comes right after the counted noun that ends at `consumed`,
    or after a preposition that follows it ("9 أشخاص من عائلة واحدة"، "في منزل واحد")."""
    return first == consumed or (first == consumed + 1 and words.forms[consumed] in lex.qualifier_prepositions)


def _two_sides(words: Words, lex: Lexicon, number: Number) -> bool:
    """Whether a dual of things names the two sides of a relation ("اشتباكات بين عشيرتين"،
    "وساطة بين قبيلتين"): right after a word of `sides`.  A dual after a preposition of place
    still counts (round s32): "قتل 80 شخصا في انفجارين"، "احتجزوا في شقتين"، "في قاعدتين
    بالنيجر" are listed in the dev gold of reuters, france24, bbcarabic, alhurra, nina and
    aljazeera (12 figures), left out only in three (manassa "في مبنيين", two "في تفجيرين")."""
    first = number.first
    return first > 0 and words.forms[first - 1] in lex.sides


def _mixed_toll(words: Words, lex: Lexicon, first: int, captive: bool) -> bool:
    """Whether the figure starting at word `first` comes right after two event nouns of
    different casualty categories joined by و ("مصرع وإصابة 15 شخصا"، "مقتل وجرح العشرات"):
    one count of both groups (categories.yaml links.mixed_tolls); after a verb the second
    cue tells of another group ("قتلوا وأصيب أكثر من 40 آخرين")."""
    forms = words.forms
    if first < 2 or not forms[first - 1].startswith("و") or words.kinds[first - 2] != "w":
        return False
    second = _resolved(lex.governing.match(lex, forms, first - 1, first), captive)
    before = _resolved(lex.governing.match(lex, forms, first - 2, first - 1), captive)
    return second is not None and before is not None and _two_tolls(lex, before[1], second[1]) \
        and (before[2].base in lex.event_nouns or _opening_verb(forms, first - 2)
             or _one_subject(forms[first - 2], forms[first - 1]))
    # a verbal noun first (مقتل وجرح) or a verb that opens its sentence or clause ("وقتل وجرح
    # 12 شخصًا"), not one after its subject ("قتلوا وأصيب 40 آخرون"، "جندي قتل وأصيب 4 آخرون")
    # unless both verbs agree with that one subject and take the count as their object
    # ("زعم أن مقاتليه قتلوا وأصابوا نحو 20 عنصرا")


def _one_subject(verb: str, other: str) -> bool:
    """Whether two joined verbs both carry the plural subject suffix وا ("قتلوا وأصابوا"،
    "قتلوا وجرحوا"): one subject acts in both, so a count after them is the object of both; a
    passive second verb with no suffix ("قتلوا وأصيب 40 آخرون") tells of another group."""
    return verb.endswith("وا") and other.endswith("وا")


def _opening_verb(forms: list[str], position: int) -> bool:
    """Whether the verb at `position` opens its clause (first word, or joined by و/ف) and
    agrees with no subject before it (no plural or dual ending: قتلوا، قتلا)."""
    form = forms[position]
    return (position == 0 or form[:1] in ("و", "ف")) and not form.endswith(("وا", "ا"))


def _mixed_after(words: Words, lex: Lexicon, last: int) -> bool:
    """Whether the figure ending before word `last` counts the killed and the wounded at
    once: told "بين قتيل وجريح" after it, or its singular counted noun shared by another of
    a different category ("أكثر من 100 شهيد وجريح")."""
    forms = words.forms
    if last + 2 < len(forms) and forms[last] in lex.sides and forms[last + 2].startswith("و"):
        return _different_tolls(lex, forms[last + 1], forms[last + 2][1:])
    if 0 < last < len(forms) and forms[last].startswith("و"):
        noun = lex.noun(forms[last - 1])
        return noun is not None and noun[1].number == "singular" \
            and _different_tolls(lex, forms[last - 1], forms[last][1:])
    return False


def _different_tolls(lex: Lexicon, one: str, other: str) -> bool:
    """Whether two counted nouns carry two different casualty categories (قتيل، جريح)."""
    return _two_tolls(lex, _inherent(lex, one), _inherent(lex, other))


def _two_tolls(lex: Lexicon, first: str | None, second: str | None) -> bool:
    """Whether two categories are two different casualty tolls one count may hold together
    (categories.yaml links.mixed_tolls: killed and wounded)."""
    return first is not None and second is not None and first != second \
        and first in lex.mixed_of and second in lex.mixed_of


def _breakdown(words: Words, lex: Lexicon, first: int, taken: list[int]) -> bool:
    """Whether the figure starting at word `first` opens a bracket right after another
    figure ("قتل 11 شخصا (7 رجال و4 نساء)"): a breakdown of that figure's group."""
    return first > 1 and words.kinds[first - 1] == "p" and words.forms[first - 1] in lex.breakdown_openers \
        and _is_taken(taken, first - 2)


def _qualifies(number: Number, noun: tuple[int, int] | None) -> bool:
    """Whether a count without a numeral of its own — a dual read from its shape, "X
    واحد" — may be an adjective or a genitive of the figure right before it rather than a
    count: "اثنان منهم أمريكيان"، "من أفراد عائلة واحدة" (a و before it makes it a count:
    "3 أشخاص وطفلان")."""
    if number.kind == "dual":
        return number.unit is not None and not number.skip
    return number.kind == "words" and number.value in (1, 2) and noun is not None and noun[0] < number.first


def _large_amount(words: Words, lex: Lexicon, number: Number) -> bool:
    """Whether the number ends in a scale word of at least `tamyiz.amount_scale` (مليون،
    مليارات): an amount worth keeping though its noun is left unsaid."""
    last = number.core_end - 1
    if number.value is None or words.kinds[last] != "w":
        return False
    found = lex.number(words.forms[last])
    return found is not None and (found[1].scale or 0) >= lex.amount_scale


def _in_date(words: Words, lex: Lexicon, index: int) -> bool:
    """Whether the digits at `index` are part of a date: next to a month name ("7 أكتوبر"،
    "الـ7 من أكتوبر"، "أكتوبر 2023"، "أكتوبر/تشرين الأول 2023"، "4 ذو الحجة 1445") or in a
    numeric date ("10/06/2024"، "2024-06-10"، "10.06.2024")."""
    forms, kinds = words.forms, words.kinds
    count = len(forms)
    form = forms[index]
    if form.count(".") == 2:
        # "10.06.2024" (day.month.year) or "2024.06.10", but not "1.833.164", whose groups
        # of three digits are thousands: a date's middle part is a month of one or two digits
        parts = form.split(".")
        if all(part.isdigit() for part in parts) and len(parts[1]) <= 2:
            return True
    for step in (-1, 1):
        joint, other = index + step, index + 2 * step
        if 0 <= other < count and forms[joint] in ("/", "-", ".") and kinds[other] == "d" \
                and words.glued(min(index, joint), max(index, joint)) and words.glued(min(joint, other), max(joint, other)):
            if forms[joint] != "-" or len(form) == 4 or len(forms[other]) == 4:
                return True
            third = other + step  # "2024-06-10" has three parts; "10-15" is a range
            if 0 <= third + step < count and forms[third] == "-" and kinds[third + step] == "d":
                return True
    months, firsts, pairs = lex.months, lex.month_firsts, lex.month_pairs
    after = index + 1
    if after < count and forms[after] == "من":
        after += 1
    if after < count and (forms[after] in months or (forms[after] in firsts and after + 1 < count
                                                     and (forms[after], forms[after + 1]) in pairs)):
        return True
    before = index - 1
    if before >= 0 and forms[before] in ("/", "-") and before > 0:
        before -= 1
    if before >= 0 and (forms[before] in months or (before > 0 and (forms[before - 1], forms[before]) in pairs)):
        return not _counts_next(words, lex, index)
    return False


def _counts_next(words: Words, lex: Lexicon, index: int) -> bool:
    """Whether the digits at `index` go on into a scale word or a counted noun: after a month
    name they are then a count, not the year ("بلغ عدد القتلى منذ أكتوبر 45 ألفا"، "منذ
    مارس 300 مدني"); a year is followed by neither ("أكتوبر 2023 قتل"), and four digits
    that may be a year stay one ("شنت في أبريل 2019 هجوما")."""
    digits = words.forms[index]
    if digits.isdigit() and len(digits) == 4 and lex.year_range[0] <= int(digits) <= lex.year_range[1]:
        return False
    following = index + 1
    if following >= len(words.forms) or words.kinds[following] != "w":
        return False
    word = words.forms[following]
    found = lex.number(word)
    if found is not None:
        return bool(found[1].scale)
    noun = lex.noun(word, article=False)
    return noun is not None and noun[1].counts


def _reading(words: Words, lex: Lexicon, number: Number
             ) -> tuple[tuple[int, int] | None, str | None] | None:
    """(counted noun word range, unit) of a number, or None when it is not a count."""
    forms, kinds = words.forms, words.kinds
    core = number.core
    if kinds[core] == "d":
        if _not_a_count(words, lex, number):
            return None
    if number.first > 1 and lex.ratios.match_ending(lex, forms, number.first - 1) is not None:
        return None  # "9 من كل 10 أشخاص": the whole of a ratio (units.yaml partitive.ratios)
    if kinds[core] == "w" and _named_or_ordinal(words, lex, number):
        return None  # "عبد الواحد"، "الخامس والعشرين من أكتوبر": a name, an ordinal
    if number.definite and kinds[core] == "w" and number.first > 0 \
            and lex.set_names.match_ending(lex, forms, number.first) is not None:
        return None  # "السلطات الثلاث"، "دول الخليج الست": a known set's name (context.yaml set_names)
    if _in_quoted_name(words, lex, number):
        return None  # "مبادرة «مليون منزل»": a programme's name (context.yaml quoted_names)
    if _ratio_share(words, lex, number):
        return None  # … and its share: "9" and "واحد" in "واحد من كل 50 فلسطينيا"
    if number.first > 1 and kinds[number.first - 1] == "w" and kinds[number.first - 2] == "w" \
            and _base(words, lex, number.first - 2) in lex.models:
        return None  # "من طراز بوينغ 737": a model (context.yaml models)
    if number.first > 0 and not number.skip and kinds[number.first - 1] == "w" \
            and forms[number.first - 1] in lex.rankings:
        return None  # "أسوأ ثلاث أزمات": a rank (context.yaml rankings)
    if number.kind == "words" and number.value == 1 and _distributive(words, lex, number):
        return None  # "كل واحد منهم"، "واحدة تلو الأخرى": each one, one after another
    if number.kind in ("dual", "singular"):
        noun = lex.noun(forms[number.noun], clitics=True)
        if noun is not None and not noun[1].counts:
            if number.kind == "dual" and not noun[0].definite and _term(words, lex, number, number.noun):
                return (number.noun, number.noun_end), noun[1].unit  # "مهلة شهرين"، "هدنة لشهرين"
            return None
        return (number.noun, number.noun_end), number.unit or (noun[1].unit if noun is not None else "person")
    if number.unit is not None:
        return None, number.unit
    position = number.last
    if number.kind == "words" and number.value in (1, 2) and not number.definite and not number.ordinal:
        # واحد and اثنان follow what they count ("أمريكيين اثنين"، "جندي أمريكي واحد"); a
        # word after them is no noun of theirs ("اثنين وبريطانيا")
        noun_range, unit = _counted_before(words, lex, number, definite=False)
        if noun_range is not None:
            return noun_range, unit
    if (number.ordinal or (number.definite and number.kind == "words")) and position < len(forms) \
            and (forms[position].startswith("ال") or (number.definite and number.kind == "words")):
        # a definite number between two definite words: the one after is an adjective of the
        # noun before ("الرهائن الـ17 المحتجزين"، "المرشحون الأربعة الخاسرون"); alone the
        # definite word after is the counted noun ("حبس الـ4 المتهمين"); a definite number
        # word takes no noun after it at all ("المعتقلين الخمسة سيمثلون": a verb follows)
        noun_range, unit = _counted_before(words, lex, number, definite=True)
        if noun_range is not None:
            return noun_range, unit
        if number.first > 0 and not number.skip:
            noun = lex.noun(forms[number.first - 1], clitics=True)
            if noun is not None and not noun[1].counts and noun[0].definite:
                return None  # "الأشهر الستة الأولى": a duration, its adjective (الأولى) counts nothing
    noun_range, unit, excluded = _counted_after(words, lex, number, position)
    if excluded:
        return None
    if noun_range is None and number.kind == "words" and (
            (number.definite and not number.ordinal) or number.value in (1, 2)):
        noun_range, unit = _counted_before(words, lex, number, definite=number.definite)
        if noun_range is None and number.first > 0 and not number.skip:
            noun = lex.noun(forms[number.first - 1], clitics=True)
            if noun is not None and not noun[1].counts:
                if number.value in (1, 2) and not number.definite and not noun[0].definite \
                        and _term(words, lex, number, number.first - 1):
                    return (number.first - 1, number.first), noun[1].unit  # "لمدة سنة واحدة": a term
                return None  # يوم واحد، الأسابيع الأربعة: a duration
    if noun_range is None and number.ordinal:
        noun_range, unit = _counted_before(words, lex, number, definite=True)
        if noun_range is not None:
            return noun_range, unit  # "الرهائن الـ17": the definite plural it counts stands before
    if number.ordinal and (noun_range is None or noun_range[0] < number.last):
        return None  # الـ7: an ordinal, unless a counted plural follows (الـ4 محتجزين)
    if number.ordinal:
        noun = lex.noun(forms[noun_range[0]])
        if noun is None or noun[1].number != "plural":
            # … or, from 11 on, the singular in the accusative that counts after the number
            # ("الـ12 شخصًا"، "الـ15 متهمًا"), which no ordinal takes
            word = forms[noun_range[0]]
            accusative = number.value is not None and number.value >= 11 and word.endswith("ا") \
                and noun is not None and lex.noun(word[:-1]) is not None
            if not accusative and not _plural_guess(word, lex):
                return None
    if noun_range is None or (kinds[core] == "d" and (unit == lex.tamyiz_unit or forms[noun_range[0]] == "من")):
        # an id or an age: "القرار 2334"، "رحلة رقم 302 تحطمت" (a guessed noun does not
        # save it; a listed one does: "رقم 5 آلاف شخص" is no phrase of news)
        previous = _base(words, lex, number.first - 1)
        before = _base(words, lex, number.first - 2)
        if previous in lex.ids or previous in lex.ages or before in lex.ages \
                or (previous is not None and _without_clitic(previous) in lex.ids):
            return None  # … "طبقا للفصل 80 من الدستور"، "بالمادة 5"
    if noun_range is not None and _score(words, lex, noun_range):
        return None  # "فاز الفريق بثلاثة أهداف نظيفة": a match score (context.yaml scores)
    if noun_range is not None and _singular_after_a_unit(words, lex, number, noun_range):
        return None  # "لست خبيرا" (I am not an expert): no six
    return noun_range, unit


_CLITICS_AND_ARTICLE = re.compile(r"^[وفبل]?(?:ال|لل)?")


def _in_quoted_name(words: Words, lex: Lexicon, number: Number) -> bool:
    """Whether the number stands within `reach` words after a quote mark that opens a name
    right after a naming word ("مبادرة «مليون منزل»"، "حملة "100 مليون صحة""، "تحت شعار
    «10 آلاف وظيفة»": context.yaml quoted_names): it names a programme, a campaign or a
    slogan, no count the text reports.  The first punctuation back from the number decides;
    the naming word has no article (a clitic may stand on it): after a definite one a quote
    opens a speaker's words ("وقال إن العملية "أجبرت آلاف السكان على الفرار"")."""
    forms, kinds = words.forms, words.kinds
    for position in range(number.first - 1, max(0, number.first - 1 - lex.quoted_name_reach), -1):
        if kinds[position] != "p":
            continue
        if forms[position] not in lex.name_openers or kinds[position - 1] != "w":
            return False
        head = forms[position - 1]  # without the article: "العملية "أجبرت آلاف السكان"" is a quote
        return head in lex.quoted_name_heads or (head[:1] in "وفبل" and head[1:] in lex.quoted_name_heads)
    return False


def _named_or_ordinal(words: Words, lex: Lexicon, number: Number) -> bool:
    """Whether a number word is the second word of a personal name ("عبد الواحد": context.yaml
    name_heads) or the tens of a compound ordinal, joined by و to the ordinal of its units
    right before it ("الخامس والعشرين من أكتوبر": numbers.yaml compound_ordinals), or the
    ten right after one ("الحادية عشرة صباحا", 11-19 with no و)."""
    if number.first == 0 or words.kinds[number.first - 1] != "w":
        return False
    forms = words.forms
    before = _CLITICS_AND_ARTICLE.sub("", forms[number.first - 1], count=1)
    if before in lex.name_heads:
        return True
    if number.value == 10 and not forms[number.first].startswith("و") and before in lex.compound_ordinals:
        return True  # "الساعة الحادية عشرة صباحا"، "للمرة الثالثة عشرة": the tens of an ordinal of 11-19
    return forms[number.first].startswith("و") and number.value is not None \
        and 20 <= number.value <= 90 and before in lex.compound_ordinals


def _distributive(words: Words, lex: Lexicon, number: Number) -> bool:
    """Whether the one at `number` is distributive, no count: "each one" after كل ("سنسعى وراء كل
    واحد منهم") or "one after another" before تلو ("واحدة تلو الأخرى"; context.yaml distributives)."""
    forms, kinds = words.forms, words.kinds
    before, after = number.first - 1, number.core_end
    return (before >= 0 and kinds[before] == "w" and forms[before] in lex.distributive_before) \
        or (after < len(forms) and kinds[after] == "w" and forms[after] in lex.distributive_after)


def _singular_after_a_unit(words: Words, lex: Lexicon, number: Number, noun: tuple[int, int]) -> bool:
    """Whether a one-word number of 3 to 10 in letters stands before a singular noun in the
    accusative, which such a number never counts (it takes a plural: "ست سنوات"): the word
    is no number ("لست خبيرا": I am not an expert)."""
    if number.kind != "words" or number.value is None or not 3 <= number.value <= 10 \
            or number.last != number.first + 1 or noun[0] != number.last:
        return False
    word = words.forms[noun[0]]
    found = lex.noun(word)
    return found is not None and found[1].number == "singular" and word.endswith("ا")


def _score(words: Words, lex: Lexicon, noun: tuple[int, int]) -> bool:
    """Whether the counted noun counts goals after a verb of winning or scoring shortly before:
    a match score ("فاز الأهلي بثلاثة أهداف"، "سجل المهاجم 3 أهداف"), not targets struck."""
    forms = words.forms
    if forms[noun[0]] not in lex.goals:
        return False
    return any(forms[i] in lex.score_verbs for i in range(max(0, noun[0] - lex.score_reach), noun[0]))


def _ratio_share(words: Words, lex: Lexicon, number: Number) -> bool:
    """Whether the number is the share of a ratio: a ratio phrase, then another number
    ("9 من كل 10"، "واحد من كل 50 فلسطينيا"); "خمسة من كل طرف" (five from each side) counts."""
    found = lex.ratios.match(lex, words.forms, number.last, article=False)
    if found is None:
        return False
    after = number.last + found[0]
    return after < len(words.forms) and (words.kinds[after] == "d" or lex.number(words.forms[after]) is not None)


def _without_clitic(word: str) -> str:
    """A definite word without the preposition or conjunction glued to its article
    ("للفصل" → "الفصل"، "بالمادة" → "المادة"); other words as they are."""
    if word.startswith("لل") and len(word) > 4:
        return "ال" + word[2:]
    if word[:1] in "وفبك" and word[1:3] == "ال":
        return word[1:]
    return word


def _not_a_count(words: Words, lex: Lexicon, number: Number) -> bool:
    """Dates, years, clock times, phone numbers and ids written in digits."""
    forms, kinds = words.forms, words.kinds
    core = number.core
    if _in_date(words, lex, core):
        return True
    digits = forms[core]
    previous = core - 1 if core > 0 else None
    following = core + 1 if core + 1 < len(forms) else None
    # clock times 12:30 and numeric dates 10/06/2024 not caught above
    if following is not None and forms[following] in (":", "/") and words.glued(core, following) \
            and following + 1 < len(forms) and kinds[following + 1] == "d":
        return True
    if previous is not None and forms[previous] in (":", "/") and words.glued(previous, core) \
            and previous > 0 and kinds[previous - 1] == "d":
        return True
    if previous is not None and _base(words, lex, previous) in lex.time_before:
        return True
    if following is not None and number.core_end == core + 1 and (
            forms[following] in lex.time_after or _base(words, lex, following) in lex.time_after):
        return True
    # ids glued to Latin letters or hyphenated to a word: F-16، كوفيد-19، 5G
    if previous is not None and (forms[previous] in ("-", "–", "+") or _LATIN.search(forms[previous])) \
            and words.glued(previous, core):
        if forms[previous] == "+" or _LATIN.search(forms[previous]) or (
                previous > 0 and kinds[previous - 1] == "w" and words.glued(previous - 1, previous)):
            return True
    if following is not None and _LATIN.match(forms[following]) and words.glued(core, following):
        return True
    # … or after a word of a name that ends in a number, a noun after it or not ("فرانس 24")
    if previous is not None and _base(words, lex, previous) in lex.name_numbers:
        return True
    # … or glued to an Arabic word, not a clitic: an outlet's name ("لكوردستان24"، "فرانس24"، "عربي21")
    if previous is not None and kinds[previous] == "w" and words.glued(previous, core) \
            and not _CLITICS_ONLY.fullmatch(forms[previous]):
        return True
    # phone numbers and long ids
    plain = digits.isdigit()
    if plain and (len(digits) >= lex.phone_digits or (lex.phone_leading_zero and len(digits) > 1
                                                       and digits.startswith("0"))):
        return True
    # years: 2023 after عام، في، منذ … or before م، هـ; after a word that names the year
    # itself (عام، سنة) any year, however early: "عام 4000 قبل الميلاد"، "سنة 622"
    # (a share or an amount is no year: "الدين العام 96 في المئة"، where العام is "public", round s33)
    if plain and len(digits) <= 4 and number.core_end == core + 1 and previous is not None \
            and number.unit is None and forms[previous] in lex.year_nouns and kinds[previous] == "w" \
            and not (following is not None and lex.noun(forms[following], article=False) is not None):
        return True  # … unless a counted noun follows: "منذ بداية العام 143 شهيدا"
    if plain and len(digits) == 4 and number.core_end == core + 1 and number.unit is None \
            and lex.year_range[0] <= int(digits) <= lex.year_range[1]:
        if previous is not None and (_base(words, lex, previous) in lex.year_before
                                     or forms[previous] in lex.year_before):
            return True
        if following is not None and forms[following] in lex.year_after:
            return True
    return False


def _counted_after(words: Words, lex: Lexicon, number: Number, position: int
                   ) -> tuple[tuple[int, int] | None, str | None, bool]:
    """The counted noun after a number: (word range, unit, excluded).  `excluded` is true
    when the noun is a time unit (a duration, an age)."""
    forms, kinds = words.forms, words.kinds
    if position >= len(forms) or kinds[position] != "w":
        return None, None, False
    # a vague amount takes its noun as a definite genitive (عشرات الأشخاص); once definite
    # itself (الآلاف) it takes one only through من (الآلاف من المتظاهرين)
    construct = not (number.kind == "vague" and number.definite)
    article = number.kind == "vague" or number.definite
    word = forms[position]
    noun = lex.noun(word, article=True) if construct else None
    if noun is not None:
        analysis, entry = noun
        if not entry.counts:
            if not analysis.definite and _term(words, lex, number, position):
                return (position, position + 1), entry.unit, False
            return None, None, True
        if not analysis.definite or article:
            return (position, position + 1), entry.unit, False
    if construct and _person_guess(word, lex, article):
        return (position, position + 1), "person", False
    if construct and _noun_guess(word, lex, number):
        return (position, position + 1), lex.tamyiz_unit, False
    # partitive: 43 من المحتجزين، 105 منهم، 5 من بين القتلى
    pronoun = lex.partitive_pronouns.match(lex, forms, position, article=False)
    if pronoun is not None and not pronoun[2].prefix:
        return (position, position + pronoun[0]), "person", False
    partitive = lex.partitive_words.match(lex, forms, position, article=False)
    if partitive is not None and not partitive[2].prefix:
        after = position + partitive[0]
        if after < len(forms) and kinds[after] == "w":
            noun = lex.noun(forms[after]) or possessed(forms[after], lex)  # من المحتجزين، من عناصرها
            construct = noun is None and forms[after].endswith("ي") and after + 1 < len(forms) \
                and kinds[after + 1] == "w"
            if construct:
                # "من معتقلي المعارضة"، "من مسلحي حركة الشباب": a sound plural in construct,
                # before a definite genitive or one in construct itself
                noun = lex.noun(forms[after] + "ن")
                if noun is None and _plural_guess(forms[after] + "ن", lex):
                    return (position, after + 1), "person", False  # "من منتسبي الأجهزة"
            if noun is not None and noun[1].counts and noun[1].number == "plural":
                return (position, after + 1), noun[1].unit, False
            if noun is not None and noun[1].counts and noun[0].definite and noun[1].unit in lex.person_units \
                    and after + 1 < len(forms) and forms[after + 1] in lex.group_pronouns:
                return (position, after + 1), noun[1].unit, False  # "6 من المشتبه بهم": a plural by its pronoun
            if forms[after].startswith("ال") and _person_guess(forms[after][2:], lex, False):
                return (position, after + 1), "person", False
            if noun is None and _possessed_sound_plural(forms[after], lex):
                return (position, after + 1), "person", False  # "3 من مرافقيه"، "5 من مقاتليها"
            several = number.value is None or number.value > 2 or number.kind == "digits"  # not "واحد من أبرز"
            if noun is None and several and partitive[0] == 1 \
                    and _partitive_guess(forms[after], lex):
                # "7 من الكوادر"، "مئات الآلاف من الوظائف": a definite plural no list knows
                return (position, after + 1), lex.tamyiz_unit, False
            if noun is None and several and partitive[0] == 1 \
                    and after + 1 < len(forms) and kinds[after + 1] == "w" \
                    and _partitive_guess(forms[after + 1], lex, known=True) \
                    and _partitive_guess("ال" + forms[after], lex):
                # "مئات الآلاف من فرص العمل": … or one in construct before a definite noun
                return (position, after + 2), lex.tamyiz_unit, False
    return None, None, False


def _possessed_sound_plural(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a sound masculine plural no list knows, in construct with an
    attached pronoun (its ن dropped): "مرافقيه"، "مقاتليها"، "مناصريهم"."""
    pieces = default_segmenter().segment(word)
    if len(pieces) != 2 or pieces[0][0] != 0:
        return False
    host = word[:pieces[0][1]]
    return host.endswith("ي") and _plural_guess(host + "ن", lex)


def _partitive_guess(word: str, lex: Lexicon, known: bool = False) -> bool:
    """Whether `word`, after a number and من, is a definite noun no list knows that the
    number counts part of: with the article and a stem of at least 3 letters that is no
    particle, month, number, cue or clitic on a known word (`known`: a definite genitive
    after it, that lists may know: "من فرص العمل")."""
    if not word.startswith("ال") or len(word) < 5:
        return False
    stem = word[2:]
    if stem in lex.not_nouns or stem in lex.months or lex.number(stem) is not None \
            or word in lex.known_cue_forms or stem in lex.known_cue_forms:
        return False
    return known or not (lex.analyses(word) or lex.analyses(stem) or _nisba_shaped(word, lex)
                         or _verb_shaped(stem, lex))


def _term(words: Words, lex: Lexicon, number: Number, unit_at: int) -> bool:
    """Whether the count of time units at word `unit_at` is a term: a sentence, a
    deadline, a term of office ("بالسجن 18 عاما"، "مهلة عشرة أيام"، "5 سنوات حبسا")."""
    forms, kinds = words.forms, words.kinds
    after = unit_at + 1
    if after < len(forms) and forms[after] in lex.terms_after:
        return True
    position = number.first - 1
    if position >= 0 and kinds[position] == "w" and forms[position] in lex.terms_adjacent:
        # "هدنة لشهرين"، "حالة الطوارئ لثلاثة أشهر": a term told right after its noun
        return not _lasted(words, lex, position, number.first)
    floor = max(-1, position - lex.terms_far_reach)
    while position > floor and kinds[position] == "w":
        form = forms[position]
        if form in lex.term_breaks:
            return False  # "إغلاق المعبر قبل 3 أيام": how long ago, no term (units.yaml terms.breaks)
        if form in lex.terms_before and number.first - position <= lex.terms_reach \
                or form in lex.terms_far:
            if position > 0 and forms[position - 1] in lex.term_breaks:
                return False  # "أفرج عنه بعد توقيفه 3 أيام"، "منذ سجنه 5 سنوات": how long it lasted
            return not _lasted(words, lex, position, number.first)
        position -= 1
    return _loan_period(words, lex, number) or _deadline_within(words, lex, number, unit_at)


def _loan_period(words: Words, lex: Lexicon, number: Number) -> bool:
    """Whether the period is the one a loan runs or is repaid over (units.yaml terms.loans):
    على or على مدى right before the number and a loan named within reach before them, in the
    clause ("تسهيل ممدد بقيمة 3 مليارات دولار على مدى 46 شهرا"، "بقرض … يسدد على 22 عاما")."""
    before = number.first - 1
    if before < 0 or words.forms[before] not in lex.loan_openers:
        return False
    return _clause_before_has(words, before, lex.loan_reach, lex.loan_heads)


def _clause_before_has(words: Words, at: int, reach: int, wanted) -> bool:
    """Whether one of the `reach` words before word `at` is in `wanted`, reading back over
    words and digits only (the clause, across "رقم 3"; a mark ends it)."""
    forms, kinds = words.forms, words.kinds
    position, floor = at - 1, max(-1, at - 1 - reach)
    while position > floor and kinds[position] in ("w", "d"):
        if forms[position] in wanted:
            return True
        position -= 1
    return False


def _deadline_within(words: Words, lex: Lexicon, number: Number, unit_at: int) -> bool:
    """Whether "خلال/في غضون N unit" sets a deadline: a clause that agrees or orders what is
    to be done ("نص على"، "على أن"، "يجب"، a directive: terms.within.future) before it, and no
    word of the past after the unit ("نص الاتفاق على انسحاب القوات في غضون 14 شهرا"، "على أن
    تجرى انتخابات خلال 50 يوما"; not "شن 350 غارة خلال 48 ساعة" nor "خلال 24 ساعة الماضية").
    A verb in the future announces a date to keep ("سيعلن المجلس النتائج خلال عشرة أيام"):
    the dev gold lists it in 3 of the 4 articles that have one (session 19)."""
    forms, kinds = words.forms, words.kinds
    before = number.first - 1
    if before < 0 or kinds[before] != "w" or forms[before] not in lex.terms_within:
        return False
    if unit_at + 1 < len(forms) and forms[unit_at + 1] in lex.terms_past:
        return False
    position = before - 1
    floor = max(-1, before - 1 - lex.terms_within_reach)
    while position > floor and (kinds[position] in ("w", "d") or forms[position] in _QUOTES):
        form = forms[position]
        if form in lex.terms_within_future or _future_verb(form, lex) or (
                form in lex.terms_subjunctive and position > 0 and forms[position - 1] in lex.terms_subjunctive_after):
            return True
        position -= 1
    return False


def _future_verb(word: str, lex: Lexicon) -> bool:
    """Whether the clitic segmenter splits the future particle (units.yaml
    terms.within.future_prefix) off `word` before a verb: "سيعلن"، "وستجتمع" (not "سيطرت"،
    "ستة"، "سيارة", which it leaves whole)."""
    if not word.startswith(("س", "وس", "فس")):
        return False
    pieces = default_segmenter().segment(word)
    return any(word[start:end] == lex.terms_future_prefix for start, end in pieces[:-1])


def _lasted(words: Words, lex: Lexicon, term_at: int, number_at: int) -> bool:
    """Whether a verb of lasting or stopping stands in the clause before the term word at
    `term_at` (at most `terms.lasted_reach` words before it) or between it and the number:
    how long something went on, no term ("استمرت المفاوضات لمدة 3 أيام"، "الحداد الذي استمر
    3 أيام"، "توقفت حركة القطارات على الخط لمدة ساعتين")."""
    if any(words.forms[i] in lex.terms_lasted for i in range(term_at + 1, number_at)):
        return True
    return _clause_before_has(words, term_at, lex.terms_lasted_reach, lex.terms_lasted)


_QUOTES = frozenset('"«»“”')  # a quoted deadline stays in its clause: 'تقدم نتائجها "خلال خمسة أيام"'


def _counted_before(words: Words, lex: Lexicon, number: Number, definite: bool
                    ) -> tuple[tuple[int, int] | None, str | None]:
    """The counted noun before an attributive number: "المحتجزين الأربعة"، "شخص واحد"."""
    position = number.first - 1
    if position < 0 or words.kinds[position] != "w" or number.skip or number.value is None:
        return None, None
    word = words.forms[position]
    if not definite and position > 0 and words.kinds[position - 1] == "w":
        host = _adjective_host(words, lex, position, number.value)
        if host is not None:
            return (host[0], number.last), host[1]
    noun = lex.noun(word, clitics=True) or (possessed(word, lex) if definite else None)  # مدارسها الـ40
    if noun is not None:
        analysis, entry = noun
        if number.value == 1 and analysis.base in lex.once_idioms:
            return None, None  # "لمرة واحدة": once, an idiom (units.yaml once_idioms)
        if entry.counts and analysis.definite == definite:
            wanted = "plural" if number.value > 2 else ("dual" if number.value == 2 else "singular")
            # the dual in the accusative and genitive reads as the sound plural: "معتقلين اثنين"
            sound_dual = number.value == 2 and entry.number == "plural" and word.endswith("ين")
            if entry.number == wanted or sound_dual or (definite and entry.number == "plural"):
                return (position, number.last), entry.unit
        return None, None
    if not definite and number.value == 1 and singular_nisba(word, lex):
        return (position, number.last), "person"  # "روماني واحد": one Romanian
    if not definite and number.value == 2 and _nisba_dual(word, lex):
        return (position, number.last), "person"  # "وأمريكيين اثنين": two Americans
    stripped = lex.analyses(word)
    if definite:
        bare = word[2:] if word.startswith("ال") else None
        for analysis in stripped:
            if analysis.definite:
                bare = analysis.base
        if bare and number.value > 2 and _plural_guess(bare, lex):
            return (position, number.last), "person"
        if (number.ordinal or number.value <= 10) and number.value > 2 \
                and _definite_host(word, lex, broken=number.ordinal):
            # "بالتهم الخمس"، "مراحله الثلاث"، "نوافذه الـ12": a cardinal of 3 to 10 after a
            # definite noun agrees with a plural (a singular takes the ordinal: الجولة
            # الخامسة); from 11 on the cardinal is the ordinal too ("الذكرى الثلاثين")
            return (position, number.last), lex.tamyiz_unit
    return None, None


def _nisba_dual(word: str, lex: Lexicon) -> bool:
    """An indefinite nisba in the dual or the sound plural, with or without a conjunction
    (أمريكيين، وأمريكيين، فرنسيان), that an attributive اثنان after it counts."""
    if word[:1] in "وف" and len(word) > lex.nisba_min + 2:
        word = word[1:]
    return not word.startswith("ال") and word.endswith(("يين", "يان")) and len(word) >= lex.nisba_min + 2 \
        and word not in lex.not_nisba


def _adjective_host(words: Words, lex: Lexicon, position: int, value: int) -> tuple[int, str] | None:
    """The counted noun before a nisba adjective that an attributive واحد/اثنان follows:
    "جندي أمريكي واحد"، "صحفيين أجنبيين اثنين" — (its word, its unit), when the noun is a
    listed counted noun of the number's number (a sound plural reads as the dual too:
    "مواطنين" is مواطنَين) and the adjective is shaped like its nisba."""
    adjective = words.forms[position]
    if value == 1:
        if not nisba_adjective(adjective, lex):
            return None
    elif not adjective.endswith(("يين", "يان", "يتين", "يتان")) or len(adjective) < lex.nisba_min + 2:
        return None
    noun = lex.noun(words.forms[position - 1], clitics=True)
    if noun is None or not noun[1].counts or noun[0].definite:
        return None
    wanted = ("singular",) if value == 1 else ("dual", "plural")
    if noun[1].number not in wanted:
        return None
    return position - 1, noun[1].unit


def _definite_host(word: str, lex: Lexicon, broken: bool) -> bool:
    """Whether `word`, a word no list knows, is a definite noun a definite cardinal after
    it may count: with the article, alone or after a clitic (التهم، بالتهم، للملفات), or
    with an attached pronoun (فرقه، نوافذه).  `broken`: only one shaped like a broken
    plural of four or more letters (مفاعل، مفاعيل: نوافذ، مراكز، صواريخ) — after digits with
    the article ("الدورة الـ28"، "المؤتمر الـ12") a singular noun is common, it takes an
    ordinal."""
    stem = None
    for article in lex.definite_articles:
        if word.startswith(article) and len(word) - len(article) >= 3:
            stem = word[len(article):]
            break
    if stem is None:
        pieces = default_segmenter().segment(word)
        if len(pieces) == 3 and pieces[0] == (0, 1) and word[0] in "وف":
            pieces = pieces[1:]  # "ونوافذه": a conjunction before the possessed noun
        if len(pieces) != 2 or pieces[0][1] - pieces[0][0] < 3:
            return False
        stem = word[pieces[0][0]:pieces[0][1]]
    if stem in lex.not_nouns or stem in lex.months or lex.number(stem) is not None \
            or stem in lex.known_cue_forms or lex.noun(stem) is not None:
        return False
    if broken:
        return not stem.endswith("ه") and ((len(stem) == 5 and stem[2] == "ا")
                                           or (len(stem) == 6 and stem[2] == "ا" and stem[4] == "ي"))
    return True


def _person_guess(word: str, lex: Lexicon, article: bool) -> bool:
    """A word that counts people though no list names it: a nisba (أمريكيين،
    فلسطينيًا، عراقي) or a sound masculine plural (صيادين)."""
    if word in lex.nisba_broken:
        return True  # before the article's test: ألمان normalises to a word starting with ال
    if article and word.startswith("ال"):
        word = word[2:]
    elif word.startswith("ال"):
        return False
    if _conjoined(word, lex):
        return False  # "بلغ عدد القتلى 45 والجرحى 120": a new phrase, not the counted noun
    if word in lex.not_nisba or word in lex.not_plural or lex.number(word) is not None:
        return False
    if _plural_guess(word, lex):
        return True
    if len(word) >= lex.nisba_min:
        for ending in lex.nisba_singular:
            if word.endswith(ending) and len(word) > len(ending) + 1 and word[-len(ending) - 1] != "ا":
                return True
    return False


def _noun_guess(word: str, lex: Lexicon, number: Number) -> bool:
    """A word no list knows that stands where a number's counted noun (tamyiz) stands:
    indefinite after a numeral ("ثلاث مدن"، "17 ملفا"), definite after a vague amount
    ("عشرات المدن"); not a particle, not a cue, not a number, not a clitic on a known word."""
    if number.kind == "vague":
        if not word.startswith("ال"):
            return False
        word = word[2:]
    elif word.startswith("ال") or number.definite:
        return False  # a definite number is an attribute (الأيام العشرة), it takes no tamyiz
    if len(word) < 3 or word in lex.not_nouns or word in lex.not_nisba or word in lex.not_plural \
            or word in lex.months or _verb_shaped(word, lex):
        return False
    if word not in lex.phrase_firsts and word not in lex.naming_only \
            and (lex.analyses(word) or word in lex.known_cue_forms):
        return False  # a known word; the first of a cue of several words alone is a noun (محاولة),
        #               and so is a word known only as what a sentence names (1025 حادث مرور)
    return len(default_segmenter().segment(word)) == 1  # no clitic: ولبنان، لاقتحامها


def _conjoined(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a clitic conjunction or preposition on a definite or known word
    ("والجرحى"، "بالمستشفى"): it starts a phrase of its own, it is no counted noun."""
    if any(analysis.prefix for analysis in lex.analyses(word)):
        return True
    return word.startswith(lex.clitic_articles)


def _verb_shaped(word: str, lex: Lexicon) -> bool:
    """An imperfect verb (يعتقد) or a past one with a subject suffix (قتلوا، تحطمت): not a
    noun counted by the number before it ("بينهم 35 يعتقد أنهم قتلوا")."""
    shapes = lex.verb_shapes
    if word.startswith(shapes.starts):
        return True
    return word.endswith(shapes.ends) and not word.endswith(shapes.ends_not)


def _plural_guess(word: str, lex: Lexicon) -> bool:
    """A plural that counts people though no counted list names it: a nisba's sound plural
    (أمريكيين), a people's broken plural (units.yaml nisba.broken_plurals: أتراك، روس) or
    another sound masculine plural (صيادين)."""
    if word in lex.nisba_broken:
        return True
    if word in lex.not_nisba or word in lex.not_plural or len(word) < lex.sound_min:
        return False
    for ending in lex.nisba_plural:
        if word.endswith(ending) and word[-len(ending) - 1] != "ا":
            return True
    if word.endswith(lex.sound_endings) and not (word[0] in "يت" and word.endswith("ون")):
        return word[-3] != "ا"
    return False


# -- categories ---------------------------------------------------------------------------

def _category(words: Words, lex: Lexicon, number: Number, noun: tuple[int, int] | None,
              first: int, clauses: "_Clauses", taken: list[int], starts: list[int],
              previous: str | None, captive: bool = False) -> tuple[str, bool]:
    """(category, whether a governing or following cue said it) of the number whose
    figure starts at word `first`; `previous` is the category of the figure before it in
    the sentence, `captive` whether the sentence speaks of captives (a captive's return
    is a release: "أطلقت إسرائيل 39 أسيرًا"، "عاد 230 أوكرانيًا في عملية تبادل")."""
    if noun is not None:
        forms, captives = words.forms, lex.captive_categories
        captive = any(_inherent(lex, forms[i]) in captives for i in range(noun[0], noun[1])) or captive
    category, said = _category_read(words, lex, number, noun, first, clauses, taken, starts, previous, captive)
    if category == "released" and _demanded(words, lex, first):
        # a release only demanded: the count keeps its own noun's category ("بالإفراج عن 300 معتقل"),
        # none said when it has none ("لضمان الإفراج عن 18 بحارا": the article may tell it)
        own = _inherent_of(lex, words, noun)
        return own or "other", said and own is not None
    return category, said


_RELEASE_REACH = 3  # words between a release noun and its number: "بإطلاق سراح 5"، "بالإفراج عن 5"


def _demanded(words: Words, lex: Lexicon, first: int) -> bool:
    """Whether the release that governs the number at word `first` is only demanded: a
    release noun after ب or إلى right before the number, with a verb or noun of demanding up
    to `demands.reach` words before it ("طالبت المنظمة بالإفراج عن 12 صحفيا"، "دعت إلى إطلاق
    سراح 300 معتقل"; categories.yaml demands); an order to release stays a release.  So is a
    release in construct after a noun of purpose or effort (demands.purposes: "لضمان الإفراج عن 18
    بحارا"، "سعيا للإفراج عن 3 رهائن"): aimed at, not done."""
    forms = words.forms
    for k in range(first - 1, max(-1, first - 1 - _RELEASE_REACH), -1):
        after_to = k > 0 and forms[k - 1] in lex.demand_to
        if k > 0 and forms[k - 1] in lex.release_purposes \
                and any(a.base in lex.demanded for a in lex.analyses(forms[k])):
            return True
        if any(a.base in lex.demanded and (a.prefix.endswith("ب") or (after_to and not a.prefix))
               for a in lex.analyses(forms[k])):
            return any(forms[i] in lex.demand_verbs for i in range(max(0, k - lex.demand_reach), k))
    return False




def _category_read(words: Words, lex: Lexicon, number: Number, noun: tuple[int, int] | None,
                   first: int, clauses: "_Clauses", taken: list[int], starts: list[int],
                   previous: str | None, captive: bool) -> tuple[str, bool]:
    forms = words.forms
    low, high = clauses.bounds(first)
    if number.cue is not None:  # مقتل جندي: the event noun that made it a count
        return number.cue, True
    if number.among:  # "35 قتيلا بينهم طفل": the toll's; "حررت 12 رهينة بينهم جريح": its own
        return _own_event(lex, forms, noun) or _among_named(words, lex, first) or previous or "other", False
    # the whole a count is part of is not what befell the part: "أنقذت 90 شخصًا من أصل 120
    # مريضًا" (units.yaml partitive.out_of); a definite whole its own noun names a toll of
    # is that toll: "اثنان من بين الجرحى الخمسة" (the five are wounded)
    if first > 0 and lex.out_of.match_ending(lex, forms, first - 1) is not None \
            and not (number.definite and _inherent_of(lex, words, noun) is not None):
        return "other", True
    # 0. a counted noun that decides by itself: bodies are dead whatever the cue
    if noun is not None:
        for index in range(noun[0], noun[1]):
            for analysis in lex.analyses(forms[index]):
                if analysis.base in lex.decisive:
                    return lex.inherent[analysis.base], True
    plural = number.value is None or number.value > 2
    # 0b. "القتلى الأجانب هم أمريكي وامرأتان": a member of the group whose list the clause is
    listed = _group_predicate(words, lex, first)
    if listed is not None:
        return listed, True
    # 1a. the event a noun of cases takes in the genitive ("50 حالة وفاة") says what they
    #     are over a total's noun before them ("ارتفع عدد ضحايا التسمم إلى 14 حالة وفاة")
    genitive = _genitive_event(words, lex, noun, high, captive)
    if genitive is not None:
        return genitive, True
    # 1. a cue governing the number, across an aside between commas ("قُتل، بحسب الوزارة، 12")
    reach = _before_aside(words, lex, first, taken)
    governing = _linked(words, lex, reach, taken, captive, last=noun[1] if noun is not None else number.last)
    if _stops_work(words, lex, reach, noun[1] if noun is not None else number.last, high):
        # "أوقف عشرات السائقين العمل احتجاجا": a strike, no arrest; what follows decides
        after = _post_category(words, lex, number, noun, taken, starts, clauses, high, plural, captive)
        return after or "other", after is not None
    if governing is not None:
        return governing, True
    found = _governing_match(words, lex, reach, clauses, taken, captive,
                             gap_limit=_ASIDE_GOVERNING_GAP if reach < first else _GOVERNING_GAP)
    if found is not None and found[0] == 1 and found[2].base in lex.losing_verbs:
        lost = _lost_object(words, lex, noun[1] if noun is not None else number.last, high)
        if lost is not None:
            return lost, True
    if found is not None and _listed_before(words, lex, number, first, found, noun):
        return _inherent_of(lex, words, noun), True  # "شهيد و12 إصابة": a list's earlier item
    if found is not None:
        if found[1] in lex.body_categories and found[0] == 1 and found[2].base in lex.decisive:
            # "شيعوا جثامين 12 طفلًا قتلوا": the bodies of people the clause says were killed
            after = _post_category(words, lex, number, noun, taken, starts, clauses, high, plural, captive)
            if after in lex.body_yields:
                return after, True
        return found[1], True
    # 2. what the clause says after the counted noun
    after = _post_category(words, lex, number, noun, taken, starts, clauses, high, plural, captive)
    if after is not None:
        return after, True
    undergone = _undergone(words, lex, number, noun, first, high, captive)
    if undergone is not None:
        return undergone, True
    told = _pronoun_event(words, lex, number, noun, taken, plural)
    if told is not None:
        return told, True
    # 3. "من بين القتلى 6 أطفال": part of the group named right before, by its own category
    #    (a group told as the subject of a list was asked at 0b)
    named = _among_named(words, lex, first) or _among_listed(words, lex, first, taken)
    if named is not None:
        return named, True
    #    "بينهم 5 أطفال"، "20 منهم": part of the previous figure's group; "مقابل 150
    #    معتقلا": the other side of the exchange the previous figure is part of; with no
    #    figure before it in the sentence, part of the group the sentence named before it
    #    ("ونقل المصابون إلى المستشفى، وحالة 3 منهم خطيرة")
    part = first > 0 and (lex.among.match_ending(lex, forms, first - 1) is not None or (
        noun is not None and noun[1] - noun[0] == 1
        and lex.partitive_pronouns.match(lex, forms, noun[0], article=False) is not None))
    if previous is None and part:
        named = _named_group(words, lex, first, taken)
        if named is not None:
            return named, False
    if previous is not None and first > 0 and (lex.among.match_ending(lex, forms, first - 1) is not None
                                               or _among_after_one(words, lex, number, first)
                                               or _after_counterpart(forms, lex, first)
                                               or _breakdown(words, lex, first, taken)):
        own = _own_event(lex, forms, noun)
        if own is not None and own != previous and (lex.among.match_ending(lex, forms, first - 1) is not None
                                                     or _among_after_one(words, lex, number, first)):
            return own, False  # "حررت 126 رهينة، بينهم 33 جريحا"، "84 إصابة، بينها 9 وفيات";
            #                    "10 شهداء بينهم طفلة و55 إصابة": the wounded, a toll of their own
        return previous, False
    if previous is not None and noun is not None and noun[1] - noun[0] == 1 \
            and lex.partitive_pronouns.match(lex, forms, noun[0], article=False) is not None:
        return previous, False
    # 4. the counted noun's own category
    if noun is not None:
        for index in range(noun[0], noun[1]):
            category = _inherent(lex, forms[index])
            if category is not None:
                if previous in lex.yields.get(category, ()) and _coordinated(words, lex, number, first, taken, low,
                                                                              across=True) \
                        and not _own_noun_before(words, lex, first, taken, previous):
                    return previous, False  # "الإفراج عن 50 رهينة و150 أسيرا": captives released
                # … said again by where they are held: "عشرات الأسرى ما زالوا في سجون التحالف"
                return category, _where(words, lex, number, noun, high, captive) == category
    # 4b. where the group is held, when its noun has no category of its own: "عشرات الأسرى
    #     ما زالوا في سجون التحالف" (أسرى is held by itself; "9 آلاف فلسطيني في سجون")
    found = _where(words, lex, number, noun, high, captive)
    if found is not None:
        return found, True
    # 5. "مقتل 5 أشخاص و3 أطفال"، "13 رهينة إسرائيلية وأربعة تايلانديين": coordinated with
    #    the figure right before (its counted noun may take an adjective)
    if previous is not None and _coordinated(words, lex, number, first, taken, low, across=True):
        return previous, False
    #    "…، إلى جانب 5 صحفيين"، "و6 آخرين يشتبه في تورطهم": more of the group before
    if previous is not None and _added(words, lex, number, noun, first):
        return previous, False
    # 6. the nearest cue earlier in the clause, then 7. weak cues anywhere in the clause (a
    #    crowd's verbs count only a crowd: "خرج الآلاف"، not "استقبلت البلاد 15 مليون سائح")
    def cue_at(position, match):
        if _body_name(forms, position, lex):
            return None
        found = _ruled(lex, forms, position, _resolved(match(lex, forms, position), captive))
        if found is not None and _effort(lex, forms, position - found[0] + 1 if match == lex.governing.match_ending
                                         else position, found[1]):
            return None  # "في عمليات الإنقاذ إلى نحو ألفي عنصر": the rescuers' work
        if found is not None and found[0] == 1 and found[2].base in lex.adjacent and position != first - 1:
            return None  # "فقدت إسرائيل 3 جنود": a verb of the passive reading only right before
        if _genitive_group(words, lex, found, position, low):
            return None
        return found

    for keys, match in ((lex.governing.enders, lex.governing.match_ending), (lex.weak.starters, lex.weak.match)):
        found = _nearest_earlier(forms, first - 1, low, keys, lambda position: cue_at(position, match),
                                 lex.cue_barriers)
        if found is not None and not (found[1] in lex.crowds and match == lex.weak.match and number.kind != "vague"):
            return found[1], False
    # 8. a conjunct of a person a cue in an earlier clause governs, across asides:
    #    "قُتل قائد اللواء العميد منير اليافعي، و35 من جنوده، صباح الخميس"
    conjunct = _conjunct_across(words, lex, number, noun, first, low, high, taken, captive)
    if conjunct is not None:
        return conjunct, False
    return "other", False


_CONJUNCT_NAME = 6  # words between a clause's joining word and a count joined to them ("إلى جانب الجنرال مجور داك و27")
_CONJUNCT_REACH = 30  # words back from a conjunct's clause to the cue that governs its first conjunct


def _opens_conjunct(words: Words, lex: Lexicon, number: Number, first: int, low: int) -> bool:
    """Whether the clause [low, …) holding the count at word `first` is a conjunct added to
    a person named before it: it opens with و glued to the count ("، و35 من جنوده"), a lone و,
    or an adding phrase (links.additions: "، إلى جانب 25 شخصا"، "، إلى جانب الجنرال مجور داك
    و27 جنديا"), and between that opening and the count stand only a few words, none of them
    verb-shaped (a name, a title)."""
    forms = words.forms
    if first == low and number.skip and forms[first][:1] == "و":
        return True
    if forms[low] == "و":
        opening = low + 1
    else:
        added = lex.additions.match(lex, forms, low, article=False)
        if added is None:
            return False
        opening = low + added[0]
    if first - opening > _CONJUNCT_NAME or any(words.kinds[i] != "w" or _verb_shaped(forms[i], lex)
                                              for i in range(opening, first)):
        return False
    return first == opening or (first > opening and (forms[first - 1] == "و"
                                                     or (first == number.first and number.skip
                                                         and forms[first][:1] == "و")))


def _conjunct_across(words: Words, lex: Lexicon, number: Number, noun: tuple[int, int] | None,
                     first: int, low: int, high: int, taken: list[int], captive: bool) -> str | None:
    """The category of the event cue that governs the person a count is joined to, in a
    clause before the count's own, across the commas of asides (a title's nickname, a time,
    an apposition): "قُتل قائد اللواء العميد منير اليافعي المكنى «أبو اليمامة»، و35 من
    جنوده"، "واعتقلت قوات الأمن الجنرال صالح ديبي، عم الرئيس، إلى جانب 25 شخصا".  News
    writing adds the men around a named victim or detainee as a conjunct set off by commas;
    the conjunct shares its head's verb.  Only when the count's clause opens as a conjunct
    (`_opens_conjunct`) and says nothing after the count (no verb-shaped word: "و3 من رفاقه
    نجوا" is told by its own verb); the search back stops at another figure, a clause opener
    (فيما، بينما), a relative pronoun or a vehicle's load verb (links.loads), or a break
    that is no comma."""
    forms, kinds = words.forms, words.kinds
    if low == 0 or kinds[low - 1] != "p" or forms[low - 1] not in lex.list_commas:
        return None
    if not _opens_conjunct(words, lex, number, first, low):
        return None
    after = max(noun[1] if noun is not None else number.last, number.last)
    if any(_verb_shaped(forms[i], lex) for i in range(after, high) if kinds[i] == "w"):
        return None
    position = low - 2
    while position >= max(0, low - 1 - _CONJUNCT_REACH):
        form = forms[position]
        if _is_taken(taken, position) or form in lex.cue_barriers:
            return None
        if kinds[position] == "p":
            if form not in lex.list_commas and form not in lex.name_openers and form not in _QUOTES:
                return None
        elif form in lex.clause_opener_forms and lex.clause_openers.match(lex, forms, position, article=False):
            return None
        elif form in lex.governing.enders and not _body_name(forms, position, lex):
            found = _resolved(lex.governing.match_ending(lex, forms, position), captive)
            if found is not None and not (found[0] == 1 and found[2].base in lex.inherent):
                return found[1]
        position -= 1
    return None


def _pronoun_event(words: Words, lex: Lexicon, number: Number, noun: tuple[int, int] | None,
                   taken: list[int], plural: bool) -> str | None:
    """What befell a group, told later in its sentence by an event noun with the group's
    pronoun ("سيارة تقل 3 مقاتلين …، ما أدى إلى مقتلهم"): the noun's category, when no
    other figure stands between (categories.yaml links.pronoun_events)."""
    if not plural and number.value != 2:
        return None
    forms = words.forms
    start = max(number.last, noun[1] if noun is not None else 0)
    for position in range(start, min(len(forms), start + lex.pronoun_event_reach)):
        if _is_taken(taken, position):
            return None
        category = lex.pronoun_events.get(forms[position])
        if category is not None:
            return category
    return None


def _own_event(lex: Lexicon, forms: list[str], noun: tuple[int, int] | None) -> str | None:
    """The category a part's counted noun carries when it names what befell them (جرحى
    wounded, وفيات dead, قتلى killed), not a status the whole may have left (أسيرات held,
    معتقلين arrested: categories.yaml links.yields): a part of a group counted by such a noun
    is counted by it ("حررت 126 رهينة، بينهم 33 جريحا")."""
    if noun is None:
        return None
    for index in range(noun[0], noun[1]):
        category = _inherent(lex, forms[index])
        if category is not None:
            return None if category in lex.yields else category
    return None


def _stops_work(words: Words, lex: Lexicon, first: int, position: int, high: int) -> bool:
    """Whether the verb right before the group at `first` is one of stopping (categories.yaml
    links `stopped_work`) and the work, studies or traffic it stops stands within a few words
    after the group (`position` on), in its clause: the arrest verb's other sense, "stop"
    ("أوقف عشرات السائقين المغاربة العالقين … العمل")."""
    if first < 1 or words.kinds[first - 1] != "w" or words.forms[first - 1].lstrip("وف") not in lex.stopping_verbs:
        return False
    stop = min(high, position + lex.stopped_reach + 1)
    return any(words.kinds[i] == "w" and words.forms[i] in lex.stopped_objects
               and words.forms[i - 1] not in lex.stopped_not_after for i in range(position, stop))


def _lost_object(words: Words, lex: Lexicon, position: int, high: int) -> str | None:
    """What a group lost, right after it, after a verb of losing (categories.yaml links
    `lost_objects`): the category of a listed object with its pronoun ("منازلهم"
    displaced, "حياتهم" killed), "other" for another possessed noun ("وظائفهم"), None
    when no object follows (the group went missing) or a cue of its own does ("حتفهم")."""
    if position >= high or words.kinds[position] != "w":
        return None
    word = words.forms[position]
    if word in lex.lost_objects:
        return lex.lost_objects[word]
    if lex.post.match(lex, words.forms, position, high) is not None or word in lex.known_cue_forms:
        return None
    for pronoun in lex.lost_pronouns:
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 3 and not word.startswith("ال") \
                and len(default_segmenter().segment(word)) == 2:
            return "other"
    return None


def _among_after_one(words: Words, lex: Lexicon, number: Number, first: int) -> bool:
    """Whether the number is the second item of a list after بينهم whose first item is one
    person told by a bare singular ("قتل 4 أفراد، بينهم امرأة وطفلان"): part of the group
    before, like the first item."""
    forms = words.forms
    if first < 2 or not (number.skip or forms[first - 1] == "و") or words.kinds[first - 1] != "w":
        return False
    one = first - 1 if forms[first - 1] != "و" else first - 2
    if one < 1:
        return False
    noun = lex.noun(forms[one], article=False)
    single = (noun is not None and noun[1].counts and noun[1].number == "singular"
              and noun[1].unit in lex.person_units) or singular_nisba(forms[one], lex)
    return single and lex.among.match_ending(lex, forms, one - 1) is not None


def _among_group(words: Words, lex: Lexicon, first: int, taken: list[int]) -> str | None:
    """The category of the group a count is part of, named right before it ("من بين القتلى 6 أطفال") or
    listed before it ("بين القتلى نائب المفوض وثلاثة جنود"); None when neither."""
    return _among_named(words, lex, first) or _among_listed(words, lex, first, taken) \
        or _group_predicate(words, lex, first)


_PREDICATE_PRONOUNS = frozenset({"هم", "هن", "هما"})
_PREDICATE_REACH = 16  # words between the pronoun and a count of its list
_PREDICATE_ADJECTIVES = 2  # words between the group noun and its pronoun ("القتلى الأجانب هم")


def _group_predicate(words: Words, lex: Lexicon, first: int) -> str | None:
    """The category of a definite group noun told as the subject of a list: the group, at most
    two words (its adjectives), a pronoun (هم، هن) and then who they are, the count at word `first`
    among them: "وأوضح أن القتلى الأجانب هم أمريكي وامرأتان من الفلبين"، "الموقوفين هم مواطن تركي
    واثنان من باكستان" — a nominal sentence whose predicate lists the group's members.  The list
    ends at a full stop, a colon, a clause opener (فيما: "القتيلين هما فلان وفلان، فيما أصيب ثلاثة
    أشخاص") or a complementiser (أن، إن: "مشيرا إلى أن")."""
    forms, kinds = words.forms, words.kinds
    floor = max(0, first - _PREDICATE_REACH)
    for position in range(first - 1, floor, -1):
        form = forms[position]
        if kinds[position] == "p" and form not in ("،", ","):
            return None
        if lex.word_flags[form] & COMPLEMENT or form in lex.clause_opener_forms:
            return None
        if form in _PREDICATE_PRONOUNS:
            for group in range(position - 1, max(-1, position - 2 - _PREDICATE_ADJECTIVES), -1):
                if kinds[group] != "w":
                    break
                category = group_category(forms[group], lex)
                if category is not None:
                    return category
            return None
    return None


def _among_named(words: Words, lex: Lexicon, first: int) -> str | None:
    """The category of a definite group noun between "بين" and the number at word `first`:
    "ومن بين القتلى 6 أطفال"، "وكان بين الجرحى 3 صحفيين" (units.yaml partitive.among_named),
    also across the group's own definite count: "وكان بين القتلى الـ12 ثلاثة جنود"."""
    first = _before_definite_count(words, lex, first)
    if first < 2 or words.forms[first - 2] not in lex.among_named or words.kinds[first - 1] != "w":
        return None
    return group_category(words.forms[first - 1], lex)


def _among_listed(words: Words, lex: Lexicon, first: int, taken: list[int]) -> str | None:
    """The category of the group after "بين" for a count joined by و to a list's first item
    that is no count: "بين القتلى نائب مفوض المدينة وثلاثة جنود"، "ومن بين المصابين مدير
    المستشفى و4 ممرضين" — the first item (a title, a name) stands between the group and
    the count, at most `among_named_list_reach` words, no number nor clause break among them."""
    forms, kinds = words.forms, words.kinds
    if first > 0 and forms[first - 1] == "و":
        position = first - 2
    elif forms[first][:1] == "و" and lex.number(forms[first][1:]) is not None:
        position = first - 1  # "وثلاثة": the و on the number word
    else:
        return None
    floor = max(1, position - lex.among_named_list_reach)
    while position > floor and kinds[position] == "w" and not _is_taken(taken, position) \
            and forms[position] not in lex.clause_breaks and lex.number(forms[position]) is None:
        category = _among_named(words, lex, position)
        if category is not None:
            return category
        position -= 1
    return None


_DEFINITE_COUNT_WORDS = 3  # "الـ12" (ال، 12)، "الاثني عشر"، "الخمسة"


def _before_definite_count(words: Words, lex: Lexicon, first: int) -> int:
    """Where a definite count right before word `first` starts ("القتلى الـ12 ثلاثة"،
    "الجرحى الاثني عشر 5"), or `first` when there is none."""
    forms, kinds = words.forms, words.kinds
    position = first - 1
    while position >= 0 and first - position <= _DEFINITE_COUNT_WORDS and (
            kinds[position] == "d" or forms[position] in lex.ordinal_article
            or (kinds[position] == "w" and lex.number(forms[position]) is not None)):
        position -= 1
    start = position + 1
    if start == first or not (forms[start] in lex.ordinal_article or forms[start].startswith("ال")):
        return first
    return start


def _named_group(words: Words, lex: Lexicon, first: int, taken: list[int]) -> str | None:
    """The category of the nearest definite group noun before word `first` in its sentence
    whose own category is an event's, not a status (units and categories.yaml: المصابون
    wounded, القتلى killed; not الأسرى, held until the clause says more), with no other
    figure between."""
    forms = words.forms
    for position in range(first - 1, -1, -1):
        if _is_taken(taken, position):
            return None
        for analysis in lex.analyses(forms[position]):
            if analysis.definite:
                category = lex.inherent.get(analysis.base)
                if category is not None:
                    return None if category in lex.yields else category
    return None


def _post_category(words: Words, lex: Lexicon, number: Number, noun: tuple[int, int] | None,
                   taken: list[int], starts: list[int], clauses: "_Clauses", high: int,
                   plural: bool, captive: bool) -> str | None:
    """What the clause says happened to the counted group after it: "3 مواطنين يعتقد أنهم
    قتلوا"، "أقل من 60 شخصًا ما زالوا على قيد الحياة"; a verb in the singular does not
    tell of a plural group ("أم لخمسة أطفال نزحت")."""
    forms = words.forms
    after = noun[1] if noun is not None and noun[1] > number.last else number.last
    # a quote opening after the group ("أن الرهينتين «أصبحا أحرارا»") or closing on it ('إن "أكثر من 200
    # شخص" قتلوا', wire copy): the clause goes on past the mark
    if after + 1 < len(forms) and words.kinds[after] == "p" and forms[after] in lex.name_openers \
            and words.glued(after, after + 1) and not words.glued(after - 1, after) \
            or _closing_quote(words, after):
        after += 1
        high = max(high, clauses.bounds(after)[1])
    among = _among_predicate(words, lex, after, high)
    if among is not None:
        return among  # "ثلاثة أطفال على الأقل كانوا بين القتلى"
    following = starts[bisect_right(starts, number.first)] if bisect_right(starts, number.first) < len(starts) else len(forms)
    limit = min(len(forms), after + _POST_REACH, following)
    position = after
    limit = min(limit, high)
    # a feminine noun (عائلة، أسر، نساء in ة or ات, or the broken plural of one in ة: الأسر) takes
    # a verb in the feminine singular: "200 عائلة فرت من منازلها"، "مئات الأسر فرت" tell of the group
    feminine = noun is not None and (forms[noun[1] - 1].endswith(("ه", "ات"))
                                     or forms[noun[1] - 1] in lex.feminine_plurals)
    found, position = _scan_post(lex, forms, position, limit, plural, captive, feminine)
    if found is not None and not _governs_next(lex, forms, position, found, following):
        return found[1]
    # … and after the figures coordinated with it: "لاستقبال 24 امرأة و15 قاصرا أُفرج عنهم"
    while position == following < high and (forms[following].startswith("و") or forms[following - 1] == "و"):
        position = following
        while position < high and _is_taken(taken, position):
            position += 1
        index = bisect_right(starts, following)
        following = starts[index] if index < len(starts) else len(forms)
        limit = min(len(forms), position + _POST_REACH, following, high)
        found, position = _scan_post(lex, forms, position, limit, plural, captive)
        if found is not None:
            return found[1]
    # … and across a parenthesis about part of the group: "آلاف الأوكرانيين، بينهم مدنيون،
    # ما زالوا محتجزين"، "14 ألف فلسطيني، نحو 40 بالمئة منهم أطفال، قتلوا"
    if position == high and high < len(forms) and position < after + _POST_REACH:
        inner_low, inner_high = clauses.bounds(high + 1)
        among = lex.among
        if inner_high < len(forms) and words.kinds[inner_high] == "p" and any(
                forms[i] in among.starters and among.match(lex, forms, i, inner_high, article=False) is not None
                for i in range(inner_low, inner_high)):
            position = inner_high + 1
            limit = min(len(forms), position + _POST_REACH, clauses.bounds(position)[1])
            found, position = _scan_post(lex, forms, position, limit, plural, captive)
            if found is not None:
                return found[1]
    # … and across a gloss of the group between commas ("1.7 مليون شخص، أي ما يعادل 75% من
    # السكان، على النزوح"، "400 ألف شخص، معظمهم من النساء والأطفال، على النزوح"), figures
    # inside it or not
    aside_end = _post_aside(words, lex, high) if position == high and position < after + _POST_REACH else None
    if aside_end is not None:
        position = aside_end + 1
        limit = min(len(forms), position + _POST_REACH, clauses.bounds(position)[1])
        found, position = _scan_post(lex, forms, position, limit, plural, captive)
        if found is not None:
            return found[1]
    # … and at the head of the next clause: "12 طفلًا تتراوح أعمارهم بين 10 و16 عامًا،
    # قُتلوا بضربة"، "وثلاثة قادة آخرين، قالت إنهم استشهدوا" (across a report of it)
    if position == high and high + 1 < len(forms) and forms[high] in lex.list_commas \
            and high <= after + _POST_REACH:
        position = high + 1
        while position < min(len(forms), high + 1 + lex.reported_reach) and forms[position] in lex.reported:
            position += 1
        found, _ = _scan_post(lex, forms, position, min(len(forms), position + 1), plural, captive)
        if found is not None and (plural or found[2].base not in lex.singular_verb_forms):
            return found[1]
    return None


def _among_predicate(words: Words, lex: Lexicon, after: int, high: int) -> str | None:
    """The category of a group the clause puts a count among, right after the count: a
    copula (context.yaml among_copulas), من or not, بين and a definite group noun with a
    category of its own ("ثلاثة أطفال على الأقل كانوا بين القتلى"، "سبعة جنود كانوا من بين
    المصابين").  Wire copy tells who the victims were this way; the count is part of that
    toll, as "بين القتلى ثلاثة أطفال" is."""
    forms = words.forms
    if after < high and forms[after] in lex.bounds_after_starters:
        found = lex.bounds_after.match(lex, forms, after, high)
        after += found[0] if found is not None else 0  # "ثلاثة أطفال على الأقل كانوا …"
    if after >= high or forms[after] not in lex.among_copulas:
        return None
    position = after + 1
    if position < high and forms[position] == "من":
        position += 1
    if position + 1 >= high or forms[position] not in lex.among_named or words.kinds[position + 1] != "w":
        return None
    return group_category(forms[position + 1], lex)


def _closing_quote(words: Words, position: int) -> bool:
    """Whether word `position` is a quote mark that closes on the word before it (glued to it,
    not to the word after), with a word after it: the group's words were quoted, what is
    said of the group follows outside the quote."""
    return 0 < position < len(words.forms) - 1 and words.kinds[position] == "p" \
        and words.forms[position] in _QUOTES and words.glued(position - 1, position) \
        and not words.glued(position, position + 1)


def _governs_next(lex: Lexicon, forms: list[str], position: int, found, following: int) -> bool:
    """Whether the cue found at `position` after a figure stands right before the next figure
    and governs it: "ارتكب 4 مجازر راح ضحيتها 52 شهيدا" (the 52 were killed, not the massacres)."""
    end = position + found[0]
    return end == following and lex.governing.match_ending(lex, forms, end - 1) is not None


def _genitive_size(words: Words, lex: Lexicon, noun: tuple[int, int], captive: bool) -> int:
    """How many words the event a noun of cases takes in the genitive has ("حالة وفاة"), 0
    when it takes none."""
    forms = words.forms
    if noun[1] >= len(forms) or forms[noun[1]] not in lex.governing.starters:
        return 0
    counted = lex.noun(forms[noun[1] - 1])
    if counted is None or counted[1].unit not in lex.event_genitive:
        return 0
    found = _resolved(lex.governing.match(lex, forms, noun[1], len(forms)), captive)
    return found[0] if found is not None and found[2].bare else 0


def _genitive_event(words: Words, lex: Lexicon, noun: tuple[int, int] | None, high: int,
                    captive: bool) -> str | None:
    """The event a noun of cases takes in the genitive right after it: "50 حالة وفاة"."""
    if noun is None or noun[1] >= high:
        return None
    forms = words.forms
    counted = lex.noun(forms[noun[1] - 1])
    if counted is None or counted[1].unit not in lex.event_genitive:
        return None
    found = _resolved(lex.governing.match(lex, forms, noun[1], high), captive)
    return found[1] if found is not None and found[2].bare else None


def _where(words: Words, lex: Lexicon, number: Number, noun: tuple[int, int] | None, high: int,
           captive: bool) -> str | None:
    forms = words.forms
    after = noun[1] if noun is not None and noun[1] > number.last else number.last
    starters = lex.where.starters
    for position in range(after, min(high, after + _POST_REACH)):
        if forms[position] in starters:
            found = _resolved(lex.where.match(lex, forms, position, high), captive)
            if found is not None:
                return found[1]
    return None


def _undergone(words: Words, lex: Lexicon, number: Number, noun: tuple[int, int] | None, first: int,
               high: int, captive: bool) -> str | None:
    """The event a group undergoes, named by a verbal noun with ل after the group when a
    verb of undergoing (تعرض) stands before the number or right after the group: "تعرض 3
    صحفيين للاعتقال"، "40 طفلًا تعرضوا للاختطاف"."""
    forms = words.forms
    position = noun[1] if noun is not None else number.last
    if position < high and forms[position] in lex.undergo:
        position += 1
    elif not any(forms[i] in lex.undergo or (forms[i][:1] in "وف" and forms[i][1:] in lex.undergo)
                 for i in range(max(0, first - lex.undergo_reach), first)):
        return None
    if position >= high or not forms[position].startswith("ل"):
        return None
    found = _resolved(lex.governing.match(lex, forms, position, high), captive)
    if found is None or found[2].prefix != "ل" or not found[2].definite:
        return None
    return found[1]


def _coordinated(words: Words, lex: Lexicon, number: Number, first: int, taken: list[int], low: int,
                 across: bool = False) -> bool:
    """Whether the figure starting at word `first` is joined by و (its own word or the
    number's clitic) to the figure right before, across at most one adjective; `across`
    also across a phrase with من or في (context.yaml qualifier_prepositions) that qualifies
    the figure before ("35 عنصرًا من قوات النظام و20 من الفصائل"، "بينهم 39 في مدينة واجيما
    و23 في مدينة سوزو")."""
    forms = words.forms
    if first == number.first and number.skip and forms[first][0] in "وف":
        before = first - 1
    elif first < number.first and _item_clitic(words, lex, first):
        before = first - 1  # "وأمريكيين اثنين": the و on the noun before its number
    elif first > 0 and forms[first - 1] in ("و", "ف"):
        before = first - 2
    else:
        return False
    if before >= 0 and forms[before] in lex.list_commas:
        before -= 1  # "17 فلبينيًا، و3 بلغاريين": a list's comma before its و
        # … also the comma that closes the qualifier of the item before (`across`): "بينهم نحو
        # 300 من أبناء المحافظة، و257 عنصرًا" — the qualifier is read back from the comma
        low = min(low, max(0, before - (_QUALIFIER_REACH + 1 if across else 0)))
    bound = lex.bounds_after.match_ending(lex, forms, before) if before > low else None
    if bound is not None and before - bound[0] >= low and _is_taken(taken, before - bound[0]):
        before -= bound[0]  # the bound of the figure before: "11 مدنيا على الأقل وصحفي"
    if number.joined and before >= low and not _is_taken(taken, before):
        partitive = partitive_noun(words, lex, before)
        if partitive >= low and _is_taken(taken, partitive):
            before = partitive  # past the partitive's genitive: "أربعة من أفراد الأجهزة الأمنية ومواطن"
    if before >= low and not _is_taken(taken, before) and (_nisba_shaped(forms[before], lex)
                                                           or forms[before] in lex.service_genitives):
        before -= 1  # an adjective, or a force's genitive: "15 عون أمن وطفلان"
    if across and before >= low and not _is_taken(taken, before):
        position = before
        while position >= max(low, before - _QUALIFIER_REACH) and not _is_taken(taken, position) \
                and words.kinds[position] == "w":
            if forms[position] in lex.qualifier_prepositions and position > low and _is_taken(taken, position - 1):
                return True  # "40 معتقلا من سجناء الرأي و12 …"، "بينهم 39 في مدينة واجيما و23 …"
            if forms[position] in lex.known_cue_forms and _inherent(lex, forms[position]) is None:
                break  # a cue of its own: the phrase is no qualifier of the figure before
            position -= 1
        # "خمسة آلاف من سجناء الحركة وما يصل إلى ألف …": the definite genitive of the
        # figure's own noun
        if before - position <= _GENITIVE_REACH and position >= low and _is_taken(taken, position) \
                and _genitive_chain(forms, lex, position + 1, before + 1):
            return True
    return before >= low and _is_taken(taken, before)


def _genitive_chain(forms: list[str], lex: Lexicon, start: int, end: int) -> bool:
    """Whether words start..end-1 are the genitive of the noun before them: definite words
    ("من سجناء الحركة"), or a construct that ends in a definite one ("من قادة كتائب القسام"،
    "من ضباط الفرقة الرابعة"); no particle or preposition stands in it (units.yaml
    tamyiz.not_nouns: "في الرقة" is a place, not a genitive)."""
    if start >= end or not forms[end - 1].startswith("ال"):
        return False
    return all(forms[i].startswith("ال") or forms[i] not in lex.not_nouns for i in range(start, end))


def _added(words: Words, lex: Lexicon, number: Number, noun: tuple[int, int] | None, first: int) -> bool:
    """Whether the count at word `first` adds to the group of the figure before it: joined
    by و, its noun is one for more of the same ("و6 آخرين"; not "البحث جار عن اثنين آخرين",
    which another word governs), or a phrase of adding stands right before it ("إلى جانب 5
    صحفيين"، "إضافة إلى 3 مسعفين"; categories.yaml links.additions)."""
    forms = words.forms
    joined = (first == number.first and number.skip and forms[first][:1] == "و") \
        or (first > 0 and forms[first - 1] == "و")
    if joined and noun is not None and any(lex.base(forms[i]) in lex.other_nouns
                                           for i in range(noun[0], noun[1])):
        return True
    if first > 0 and words.kinds[first - 1] == "w" and lex.additions.match_ending(lex, forms, first - 1) is not None:
        return True
    # the count is the last item of what the phrase adds, after a named person or two (round s33):
    # "قتل أحد أفراد الطاقم، إلى جانب الجنرال مجور داك و27 جنديا"، "فضلا عن مدير المستشفى و3 ممرضين"
    before = first - 1 if first > 0 and forms[first - 1] == "و" else first
    if not joined or before == first and not number.skip:
        return False
    for position in range(before - 1, max(-1, before - 1 - _ADDED_REACH), -1):
        if words.kinds[position] != "w":
            return False
        if lex.additions.match_ending(lex, forms, position) is not None:
            return True
    return False


_ADDED_REACH = 4  # words between a phrase of adding and the و of its last item ("إلى جانب الجنرال مجور داك و")


def _body_name(forms: list[str], position: int, lex: Lexicon) -> bool:
    """Whether the word at `position` is an event noun in construct after a word for a body
    that does it: "فرق الإنقاذ"، "طواقم الإسعاف"، "فريق إنقاذ صيني" name rescuers, they tell
    no rescue (an indefinite one only when it is a verbal noun, not a verb: "قوات اعتقلت")."""
    if position == 0 or forms[position - 1] not in lex.body_heads:
        return False
    form = forms[position]
    return form.startswith("ال") or form in lex.event_nouns


def _nearest_earlier(forms, position: int, low: int, keys, match, barriers=frozenset()):
    """The first cue that `match` finds going back from `position` to `low`, trying only
    words in `keys` (the words such cues end or start with); a word in `barriers` (a
    relative pronoun, a vehicle's load verb: categories.yaml links.loads) stops the search."""
    while position >= low:
        if forms[position] in barriers:
            return None
        if forms[position] in keys:
            found = match(position)
            if found is not None:
                return found
        position -= 1
    return None


def _genitive_group(words: Words, lex: Lexicon, found, position: int, low: int) -> bool:
    """Whether the cue `found` at `position` is a counted group in the genitive of another
    noun ("شهادات المصابين"، "أهالي الضحايا"): it names them, it tells nothing of a number
    after it (after a total or a word of `context` it does: "عدد القتلى 45")."""
    return found is not None and found[0] == 1 and found[2].definite and not found[2].prefix \
        and found[2].base in lex.inherent and position > low and words.kinds[position - 1] == "w" \
        and words.forms[position - 1] not in lex.context and lex.base(words.forms[position - 1]) not in lex.context


def _governing(words: Words, lex: Lexicon, first: int, clauses: "_Clauses", taken: list[int],
               captive: bool = False) -> str | None:
    """The category of an event cue right before word `first` ("مقتل 274"، "عن مقتل 274"،
    "قتلت القوات الإسرائيلية 5"): a few words may stand between, not a clause break or
    another figure."""
    found = _governing_match(words, lex, first, clauses, taken, captive)
    return found[1] if found is not None else None


def _ruled(lex: Lexicon, forms: list[str], position: int, found):
    """A penalty after ب at `position` that a verb of ruling before it passes ("قضت المحكمة،
    اليوم، بإعدام 7 متهمين") is a sentence, no event: the match read as category other."""
    if found is None or found[0] != 1 or found[2].base not in lex.penalties or not found[2].prefix.endswith("ب"):
        return found
    if any(forms[i] in lex.ruling_verbs for i in range(max(0, position - lex.ruling_reach), position)):
        return found[0], "other", found[2]
    return found


def _resolved(found, captive: bool):
    """A cue match with a captives-only cue (lexicon.IF_CAPTIVE) read: a release among
    captives (lexicon.CAPTIVE), or captives freed by force for a cue of taking back
    ("استعادت القوات 4 رهائن": lexicon.recovered_cue), nothing elsewhere."""
    if found is None or not found[1].endswith(IF_CAPTIVE):
        return found
    return (found[0], found[1][:-len(IF_CAPTIVE)], found[2]) if captive else None


def _recovered(words: Words, lex: Lexicon, first: int) -> bool:
    """Whether a cue of taking back (links.captives.recovered) stands in the sentence before
    the count at word `first`."""
    forms = words.forms
    return any(found is not None and found[1] == lex.recovered_cue
               for found in (lex.governing.match_ending(lex, forms, i) for i in range(first)))


def _governing_match(words: Words, lex: Lexicon, first: int, clauses: "_Clauses", taken: list[int],
                     captive: bool = False, gap_limit: int = _GOVERNING_GAP):
    """The cue `_governing` reads, as PhraseTable.match gives it (size, category, analysis), at
    most `gap_limit` words before `first`: more when the number follows an aside between commas
    (a time, an attribution), as agency copy sets the aside after the whole subject, its place
    phrase included ("اعتقلت قوات الاحتلال في مدينة الخليل، فجر اليوم، خمسة مواطنين")."""
    forms = words.forms
    low = clauses.bounds(first)[0]
    position = first - 1
    gap = 0
    enders, context = lex.governing.enders, lex.context
    while position >= low and not _is_taken(taken, position):
        form = forms[position]
        if form in lex.governing_stops:
            break  # "البحث عن 15 مفقودًا": the search takes the number, not a cue before it;
            #        "غرق قارب يقل 80 مهاجرا": the boat carried them, the cue befell the boat
        if form in enders and not _body_name(forms, position, lex):
            found = _ruled(lex, forms, position, _resolved(lex.governing.match_ending(lex, forms, position), captive))
            if found is not None and not (found[0] == 1 and found[2].base in lex.adjacent and position != first - 1) \
                    and not _genitive_group(words, lex, found, position, low) \
                    and not _effort(lex, forms, position - found[0] + 1, found[1]):
                return found  # "فقد 12 صيادًا"، not "فقدت إسرائيل 3 جنود" nor "في عمليات الإنقاذ إلى 900"
        if form not in context and lex.base(form) not in context:
            gap += 1
            if gap > gap_limit:
                break
        position -= 1
    return None


def _colon_apposition(words: Words, lex: Lexicon, first: int) -> int | None:
    """The index of an apposition pronoun right before a colon that stands right before
    word `first` ("قتل 6 جنود، هم: ضابط وخمسة مجندين"), else None."""
    if first < 2 or words.kinds[first - 1] != "p" or words.forms[first - 1] != ":":
        return None
    return first - 2 if words.forms[first - 2] in lex.appositions else None


def _linked(words: Words, lex: Lexicon, first: int, taken: list[int], captive: bool = False,
            last: int | None = None) -> str | None:
    """The category a cue farther back gives the number whose figure starts at word
    `first`, through the grammar that links them (categories.yaml `links`):

    - the object of a cue's preposition, across the verb's subject, adverbs and a
      parenthesis: "أفرجت حركة حماس ليل السبت عن 13 رهينة";
    - a total and its value: "ارتفع عدد الرهائن المفرج عنهم منذ الجمعة إلى 41"، "بلغ عدد
      المفرج عنهم 41 رهينة" — the last event cue between the total noun and the number,
      else the last counted noun there;
    - a pronoun for a group named before: "المعتقلين المفرج عنهم، وهم ست نساء" — the last
      event cue (else counted noun) a few words before;
    - a total told after its value, the predicate first (the Syrian Observatory's style):
      "ليرتفع إلى 78 عدد المدنيين الذين قتلوا" — the last event cue after the total noun,
      up to the clause's end and at most the totals' reach (`last`: the word after the figure).
    Another figure in between breaks either link."""
    if first == 0:
        return None
    forms = words.forms
    before = forms[first - 1]
    if before in lex.object_prepositions:
        position, floor = first - 2, max(-1, first - 2 - lex.object_reach)
        enders = lex.governing.enders
        while position > floor and not _is_taken(taken, position):
            form = forms[position]
            if form in lex.clause_opener_forms and lex.clause_openers.match(lex, forms, position, article=False):
                break
            if form in lex.object_takers:
                break  # "تواصل فرق الإنقاذ البحث عن 15 مفقودًا": the preposition is the search's
            if form in enders and not _body_name(forms, position, lex):
                found = _resolved(lex.governing.match_ending(lex, forms, position), captive)
                if found is not None and not (found[0] == 1 and found[2].base in lex.inherent):
                    return found[1]  # an event cue; a counted noun (كتائب الشهيد) names, it does not govern
            position -= 1
        return None
    if before == lex.split_particle and (split := _split_verb(words, lex, first - 1, taken)) is not None:
        return split
    pronoun = first - 1 if before in lex.appositions else _colon_apposition(words, lex, first)
    if pronoun is not None:  # "هم: ثلاثة طلاب": a colon may stand after the pronoun
        return _last_cue(lex, forms, max(0, pronoun - lex.apposition_reach), pronoun, captive)
    starters = lex.totals.starters
    if before not in lex.total_joins:
        # "بلغ عدد المفرج عنهم 41 رهينة": the join stands before the total noun
        position, floor = first - 1, max(-1, first - 1 - lex.total_reach)
        if starters.isdisjoint(forms[floor + 1:first]):
            return None
        index = bisect_left(taken, first) - 1
        if index >= 0:
            floor = max(floor, taken[index])  # not across another figure
        while position > floor and words.kinds[position] != "p":
            if forms[position] in starters and lex.totals.match(lex, forms, position, article=True) is not None:
                if position > 0 and forms[position - 1] in lex.total_joins:
                    return _last_cue(lex, forms, position, first, captive) or _toll(lex, forms[position])
                return None
            position -= 1
        return None
    if last is not None and last < len(forms) and forms[last] in starters \
            and lex.totals.match(lex, forms, last, article=True) is not None:
        stop = last + 1
        while stop < min(len(forms), last + _INVERTED_TOTAL_REACH) and words.kinds[stop] != "p":
            stop += 1
        return _last_cue(lex, forms, last, stop, captive) or _toll(lex, forms[last])
    position, floor = first - 2, max(-1, first - 2 - lex.total_reach)
    while position > floor and not _is_taken(taken, position):
        if forms[position] in starters and lex.totals.match(lex, forms, position, article=True) is not None:
            break
        position -= 1
    else:
        return None
    if position <= floor or _is_taken(taken, position):
        return None
    return _last_cue(lex, forms, position, first - 1, captive) or _toll(lex, forms[position])


def _split_verb(words: Words, lex: Lexicon, particle: int, taken: list[int]) -> str | None:
    """The category of a verb held apart from its particle at word `particle` by its subject
    and adverbs (categories.yaml links.split: "قضت وحدات الجيش صباح أمس على إرهابيين اثنين"),
    within reach, in the same clause, not across a figure nor a barrier (a court's ruling)."""
    forms, kinds = words.forms, words.kinds
    position, floor = particle - 1, max(-1, particle - 1 - lex.split_reach)
    while position > floor and kinds[position] in ("w", "d") and not _is_taken(taken, position):
        form = forms[position]
        if form in lex.split_barriers:
            return None
        if form in lex.split_verbs or (form[:1] in "وف" and form[1:] in lex.split_verbs):
            return lex.split_category if _people_after(words, lex, particle) else None
        position -= 1
    return None


_PEOPLE_REACH = 4  # words after a particle where a count's people noun stands ("على ثلاثة آلاف مسلح")


def _people_after(words: Words, lex: Lexicon, particle: int) -> bool:
    """Whether the first word past the number after the particle at word `particle` is a
    listed person noun or one shaped like people (a nisba, a sound plural): "قضى على 20
    محلا تجاريا" (shops, a fire) kills no one."""
    forms, kinds = words.forms, words.kinds
    for position in range(particle + 1, min(len(forms), particle + 1 + _PEOPLE_REACH)):
        form = forms[position]
        if kinds[position] == "d" or lex.number(form) is not None:
            continue
        noun = lex.noun(form, clitics=True)
        return (noun is not None and noun[1].unit in lex.person_units) or _person_guess(form, lex, False)
    return False


def _counted_total(words: Words, lex: Lexicon, first: int, taken: list[int]) -> str | None:
    """The unit of the counted noun of a total whose value is the bare number starting at
    word `first` ("بلغ عدد المهاجرين 30 ألفا"، "تجاوز عدد الناخبين الذين أدلوا بأصواتهم
    مليونين"، "ارتفع عدد المدارس المتضررة إلى 40"), else None (categories.yaml
    links.counted_totals): the total noun is followed by a definite plural of a listed
    counted noun, and a join stands right before the number or before the total noun, or a
    bounding verb before the total noun — not across punctuation or another figure."""
    forms, kinds = words.forms, words.kinds
    position, floor = first - 1, max(-1, first - 1 - lex.counted_total_reach)
    while position > floor and kinds[position] == "w" and not _is_taken(taken, position):
        if forms[position] in lex.counted_total_nouns:
            return _total_unit(words, lex, position, first)
        position -= 1
    return None


def _total_unit(words: Words, lex: Lexicon, total: int, first: int) -> str | None:
    """The unit of the definite plural right after the total noun at `total` when the total
    is joined to the number at `first` (see _counted_total)."""
    forms = words.forms
    if total + 1 >= first:
        return None
    found = lex.noun(forms[total + 1])
    if found is None or not found[0].definite or found[1].number != "plural" or not found[1].counts:
        return None
    joined = forms[first - 1] in lex.total_joins or (total > 0 and forms[total - 1] in lex.total_joins)
    if not joined and total > 0 and words.kinds[total - 1] == "w":
        joined = lex.subject_bounds.match_ending(lex, forms, total - 1) is not None
    return found[1].unit if joined else None


def _toll(lex: Lexicon, form: str) -> str | None:
    """The category of a toll told without a cue ("ارتفعت الحصيلة إلى 58"), None for
    another total noun (العدد: of what, the clause does not say)."""
    return lex.toll_category if form in lex.tolls else None


def _last_cue(lex: Lexicon, forms: list[str], start: int, end: int, captive: bool = False) -> str | None:
    """The category of the last event cue in forms[start:end], else of the last counted
    noun there (a counted noun names the group: الرهائن); not a cue that qualifies an effort
    or a crew (links.efforts: "في عمليات الإنقاذ" names the rescuers' work, not the rescued)."""
    event = named = None
    tables = (lex.governing, lex.post)
    for index in range(start, end):
        for table in tables:
            if forms[index] not in table.starters:
                continue
            found = _resolved(table.match(lex, forms, index, end), captive)
            if found is None or _effort(lex, forms, index, found[1]):
                continue
            if found[0] == 1 and found[2].base in lex.inherent:
                named = found[1]
            else:
                event = found[1]
    return event or named


_LIST_ITEM_REACH = 2  # words back from a count to the noun of the list item before it ("300 قتيل و…")


def _own_noun_before(words: Words, lex: Lexicon, first: int, taken: list[int], previous: str) -> bool:
    """Whether the figure before the count at word `first` took `previous` from its own counted
    noun ("خلفت الحرب 300 قتيل و14 مليون نازح"، "500 جريح وألف نازح"): a list of nouns that each
    name what befell their group, so a status noun after it keeps its own category; the yield
    of a status noun is to an event that governs both items ("قتل 5 أشخاص و3 من النازحين")."""
    for position in range(first - 1, max(-1, first - 1 - _LIST_ITEM_REACH), -1):
        if _is_taken(taken, position) and _inherent(lex, words.forms[position]) == previous:
            return True
    return False


def _effort(lex: Lexicon, forms: list[str], index: int, category: str) -> bool:
    """Whether the cue of `category` that starts at forms[index] qualifies an effort or a crew
    (links.efforts: "عمليات الإنقاذ"، "فرق الإنقاذ"): it names who act, not what befell a group."""
    return category in lex.effort_of and index > 0 and forms[index - 1] in lex.efforts


def _inherent(lex: Lexicon, word: str) -> str | None:
    for analysis in lex.analyses(word):
        category = lex.inherent.get(analysis.base)
        if category is not None:
            return category
    return None


def _scan_post(lex: Lexicon, forms: list[str], position: int, limit: int,
               plural: bool = False, captive: bool = False, feminine: bool = False) -> tuple[tuple | None, int]:
    """The first cue after a figure in forms[position:limit] ("قتلوا"، "أفرج عنهم"), and
    where the scan stopped (at `limit`, or unmoved when it starts past it).  For a
    `plural` group a verb in the singular is passed over: it tells of someone else — unless
    the group is `feminine` and the verb is too ("200 عائلة فرت").  A one-word cue right
    after a preposition of place is a noun of the place: "في أحياء جنوب المدينة"
    (neighbourhoods, not the living)."""
    starters = lex.post.starters
    singular = lex.singular_verb_forms
    start = position
    while position < limit:
        if forms[position] in starters:
            found = _resolved(lex.post.match(lex, forms, position, limit), captive)
            if found is not None and found[0] == 1 and position != start and found[2].definite \
                    and not found[2].prefix and forms[position - 1] not in lex.context:
                found = None  # "شيع آلاف الفلسطينيين جثامين الشهداء"، "3 صحفيين أثناء تغطيتهم
                #               التظاهرات": a definite noun in construct after another tells
                #               nothing of the group (it does as its adjective, right after
                #               it, or after a preposition: "دفع 300 ألف شخص إلى النزوح")
            if found is not None and found[0] == 1 and position > start and forms[position - 1] in lex.locatives:
                found = None
            if found is not None and found[0] == 1 and position > 0 and found[2].definite \
                    and _to_recipients(lex, forms, position, found[2]):
                found = None  # "وزع 500 حقيبة على النازحين": the people given to, not the group counted
            if found is not None and not (plural and found[0] == 1 and found[2].base in singular
                                          and not (feminine and forms[position].endswith("ت"))
                                          and forms[min(position + 1, len(forms) - 1)] not in lex.group_pronouns):
                return found, position  # "أُفرج عنهم": a passive in the singular, its pronoun plural
        position += 1
    return None, position


def _to_recipients(lex: Lexicon, forms: list[str], position: int, analysis) -> bool:
    """Whether the definite person noun of a category at forms[position] ("النازحين"،
    "المعتقلين") follows a preposition of giving, as a word (على) or a clitic (للنازحين):
    it names those something is given to or aimed at (context.yaml recipient_prepositions),
    not the group a number before it counts."""
    if lex.inherent.get(analysis.base) is None:
        return False
    return forms[position - 1] in lex.recipient_prepositions \
        or analysis.prefix.lstrip("وف") in lex.recipient_prepositions


def _is_taken(taken: list[int], position: int) -> bool:
    index = bisect_left(taken, position)
    return index < len(taken) and taken[index] == position


_QUOTED_COUNT_WORDS = 5  # words of a count in quotes: «نحو 20 عنصرا»، "أكثر من ألف مدني"، "العشرات"


def _quoted_counts(words: Words, lex: Lexicon) -> set[int]:
    """The positions of the quote marks that enclose a count and nothing else: a number (or a
    bound before it) right after the opening mark, at most _QUOTED_COUNT_WORDS words, no other
    punctuation inside ('قتلوا وأصابوا «نحو 20 عنصرا»'، 'أن "العشرات" من الجنود قتلوا').  The
    quotes only mark the figure as the source's words: the count is read as if they were not
    there, so a cue before them and a noun or a verb after them still reach it.  Not after a
    naming word (context.yaml quoted_names: "مبادرة "100 مليون شجرة"": a name, no count)."""
    forms, kinds = words.forms, words.kinds
    found: set[int] = set()
    for open_at, form in enumerate(forms):
        if form not in _QUOTES or kinds[open_at] != "p" or open_at + 1 >= len(forms):
            continue
        first = open_at + 1
        head = forms[open_at - 1] if open_at > 0 else ""
        if head in lex.quoted_name_heads or (head[:1] in "وفبل" and head[1:] in lex.quoted_name_heads):
            continue  # "تحت شعار «10 آلاف وظيفة»": a programme's or a slogan's name (_in_quoted_name)
        if not (kinds[first] == "d" or lex.word_flags[forms[first]] & NUMBER_START
                or lex.bounds_before.match(lex, forms, first, len(forms)) is not None):
            continue
        close_at = first
        while close_at < len(forms) and kinds[close_at] != "p" and close_at - first < _QUOTED_COUNT_WORDS:
            close_at += 1
        if close_at < len(forms) and forms[close_at] in _QUOTES and close_at > first \
                and (forms[close_at] != form or form in "\"'") and (form, forms[close_at]) != ("»", "«"):
            found.update((open_at, close_at))
    return found


_QUOTED_NAME_WORDS = 3  # words of a name in straight quotes: "الشباب المسلم"، "أبو اليمامة"
_NO_NAMES: frozenset[int] = frozenset()


def _quoted_names(words: Words) -> frozenset[int]:
    """The positions of straight quotes that enclose a short name and nothing else (a group,
    a nickname, an operation: 'اغتال مسلحون من "الشباب المسلم" قائد …'): they mark a name, like
    «», and end no clause; a quote of speech holds more words or punctuation of its own."""
    forms, kinds = words.forms, words.kinds
    if '"' not in forms:
        return _NO_NAMES  # most sentences: no scan
    quotes = [i for i, form in enumerate(forms) if form == '"' and kinds[i] == "p"]
    names: set[int] = set()
    for open_at, close_at in zip(quotes[::2], quotes[1::2]):
        inner = range(open_at + 1, close_at)
        if 0 < len(inner) <= _QUOTED_NAME_WORDS \
                and all(kinds[i] == "w" and not any(c.isdigit() for c in forms[i]) for i in inner):
            names.update((open_at, close_at))
    return frozenset(names)


class _Clauses:
    """Where the clauses of a sentence start and end: punctuation (، ؛ : quotes brackets)
    ends one, a clause opener (بينما، فيما، كما …) starts one."""

    __slots__ = ("_starts", "_stops", "_size")

    def __init__(self, words: Words, lex: Lexicon):
        breaks, openers = lex.clause_breaks, lex.clause_opener_forms
        forms, kinds = words.forms, words.kinds
        names = _quoted_names(words)
        cuts = [i for i, form in enumerate(forms)
                if (kinds[i] == "p" and form in breaks and i not in names) or (form in openers and kinds[i] == "w")]
        starts, stops = [], []
        for index in cuts:
            if kinds[index] == "p":
                starts.append(index + 1)
                stops.append(index)
            elif lex.clause_openers.match(lex, forms, index, article=False) is not None:
                starts.append(index)
                stops.append(index)
        self._starts, self._stops, self._size = starts, stops, len(forms)

    def bounds(self, index: int) -> tuple[int, int]:
        """[low, high) word indices of the clause that holds word `index`."""
        position = bisect_right(self._starts, index)
        low = self._starts[position - 1] if position else 0
        position = bisect_right(self._stops, index)
        high = self._stops[position] if position < len(self._stops) else self._size
        return low, high


def _base(words: Words, lex: Lexicon, index: int) -> str | None:
    if index < 0 or index >= len(words.forms):
        return None
    return lex.base(words.forms[index])


# -- who ----------------------------------------------------------------------------------

def _who_spans(words: Words, lex: Lexicon, noun: tuple[int, int] | None,
               clauses: "_Clauses") -> list[tuple[int, int]]:
    """Spans of the counted words that may name the group: the counted noun and the
    nisba adjectives right after it ("5 أمريكيين"، "10 جنود إسرائيليين")."""
    if noun is None:
        return []
    indices = [i for i in range(noun[0], noun[1]) if words.kinds[i] == "w"]
    index = noun[1]
    high = clauses.bounds(noun[0])[1]
    while index < min(high, noun[1] + 2) and words.kinds[index] == "w" \
            and _nisba_shaped(words.forms[index], lex):
        indices.append(index)
        index += 1
    return [(words.starts[i], words.ends[i]) for i in indices]


def _nisba_shaped(word: str, lex: Lexicon) -> bool:
    """An adjective of origin or affiliation: أمريكيين، الإسرائيلية، فلسطينيًا."""
    if word.startswith("ال"):
        word = word[2:]
    if len(word) < 4 or word in lex.not_nisba:
        return False
    return word.endswith(("ي", "يه", "يين", "يون", "يات", "يا")) and lex.number(word) is None


def _entity_for(spans: list[tuple[int, int]], mentions: list[tuple[int, int, str]]) -> str | None:
    for start, end in spans:
        for mention_start, mention_end, entity in mentions:
            if mention_start < end and start < mention_end:
                return entity
    return None


# -- records ------------------------------------------------------------------------------

def _summed(originals: list[tuple[_Figure, dict]], figure: _Figure) -> dict | None:
    """The first of the figures of one earlier sentence that a definite number adds up:
    "أفرجت حماس عن 13 إسرائيليًا و4 تايلانديين … الرهائن الـ17" (2 to 4 figures in a
    row, of the same unit)."""
    if figure.value is None:
        return None
    size = len(originals)
    for first in range(size - 1, -1, -1):
        total, sentence = 0, originals[first][0].sentence
        for last in range(first, min(size, first + 4)):
            earlier = originals[last][0]
            if earlier.sentence != sentence or earlier.value is None or earlier.min is not None \
                    or earlier.unit != figure.unit:
                break
            total += earlier.value
            if total == figure.value and last > first:
                return originals[first][1]
            if total > figure.value:
                break
    return None


def _named_before(figure: _Figure, entities: list[dict], lex: Lexicon) -> str | None:
    """The entity named last before a definite count of things that the article named
    without counting them ("… السعودية والإمارات والبحرين ومصر … الدول الأربع"), when at
    least as many entities of the unit's types (units.yaml `named_references`) are named
    before it; else None."""
    if figure.value is None or figure.min is not None or not 2 <= figure.value <= lex.named_reference_most:
        return None
    named = _kinds_named_before(figure, entities, lex)
    if len(named) < figure.value:
        return None
    return max(named, key=named.__getitem__)


def _kinds_named_before(figure: _Figure, entities: list[dict], lex: Lexicon) -> dict[str, int]:
    """The entities of the types a figure's unit may name (units.yaml `named_references`)
    mentioned before it: id -> the end of the last such mention."""
    types = lex.named_reference_types.get(figure.unit or "")
    named: dict[str, int] = {}
    if not types:
        return named
    for entity in entities:
        if entity.get("type") not in types or not entity.get("id"):
            continue
        ends = [m["end"] for m in entity.get("mentions") or [] if "end" in m and m["end"] <= figure.start]
        if ends:
            named[entity["id"]] = max(ends)
    return named


def _records(text: str, figures: list[_Figure], entities: list[dict], lex: Lexicon) -> list[dict]:
    mentions = [(m["start"], m["end"], e["id"]) for e in entities for m in e.get("mentions") or []
                if e.get("id") and "start" in m and "end" in m]
    records: list[dict] = []
    originals: list[tuple[_Figure, dict]] = []
    for figure in figures:
        record = {
            "id": f"f{len(records) + 1}",
            "start": figure.start, "end": figure.end, "text": text[figure.start:figure.end],
            "value": figure.value, "min": figure.min, "max": figure.max, "approx": figure.approx,
            "category": figure.category, "unit": figure.unit,
            "who": _entity_for(figure.who_spans, mentions) if mentions else None,
            "event": None, "time": None, "place": None, "claim": None,
        }
        if figure.definite:
            # the same value of the same unit, or of the same noun, whatever unit each was
            # given ("4 مجندات" freed are people; "المجندات الأربع" alone reads as things)
            earlier = next((r for f, r in reversed(originals)
                            if f.value == figure.value and figure.value is not None
                            and (f.unit == figure.unit or (f.noun is not None and f.noun == figure.noun))), None)
            if earlier is None:
                earlier = _summed(originals, figure)
            if earlier is None and entities:
                named = _named_before(figure, entities, lex)
                if named is not None:
                    record["ref"] = named  # the last of the things it counts, an entity
                    records.append(record)
                    continue
            if earlier is not None:
                record["ref"] = earlier["id"]
                record["unit"] = earlier["unit"] or record["unit"]  # what it repeats counts the same things
                if not figure.explicit:
                    record["category"] = earlier["category"]
                record["who"] = record["who"] or earlier["who"]
                records.append(record)
                continue
        originals.append((figure, record))
        records.append(record)
    return records
