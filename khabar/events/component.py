"""The events stage as a spaCy component: fills `doc._.events` (record-shaped).

It runs after claims so that an event inside a claim's content points to that claim;
one real action reported twice (headline and body) becomes one event with two triggers.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from khabar.entities.link import add_unnamed_group
from khabar.entities.recognise import Mention, words_of  # noqa: F401
from khabar.events import actmodel, trigmodel
from khabar.events.crowds import crowd_actors
from khabar.datafile import load_yaml
from khabar.events.code import (QUOTES, _dual_singular, _first_day, _imperfect, _lexical, _n, _passive, _reports, anonymous_source, arguments, bare_institutions, clause_starts, code_sentence, contrast_openers, dated_participle, holder_title, honoured_names, journeyed,
                                institution_heads, news_medium, opening_subject, source_body, triggers)
from khabar.reading.component import doc_published
from khabar.text.doctext import doc_text
from khabar.text.normalise import normalise_word

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)



def _paragraph_of(doc: Doc):
    structure = doc._.structure
    starts = [p.start for p in structure.paragraphs] if structure else []

    def paragraph(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1
    return paragraph


# "الحرب المستمرة منذ عام 2014", "منذ اندلاع الحرب في أكتوبر": a time that منذ governs
# (up to five words of its clause before it) is where a state began, not the day of the
# event its sentence reports
_SINCE_AT = re.compile(r"(?<!\w)[وف]?منذ\s+$")
# how far after a trigger's end a منذ time may stand and still close its phrase: a state's noun
# names its two sides and its place before منذ ("تبادل شبه يومي لإطلاق النار بين حزب الله والجيش
# الإسرائيلي على الحدود الجنوبية للبنان منذ الثامن من أكتوبر": 70 characters; round s33 second
# wave, 60 -> 80: dev 2 dates right, 1 event found with a range gold dates wider, 80 and 100 alike)
_SINCE_REACH = 80


def _since_within(words: int) -> re.Pattern:
    """منذ and up to `words` words of its clause, ending where the text searched ends."""
    return re.compile(rf"(?<!\w)[وف]?منذ(?:\s+[^\s،,.؛:()«»\"]+){{0,{words}}}\s+$")


_SINCE = _since_within(5)


def _time_finder(doc: Doc, sentences: list[tuple[int, int]], clauses: dict[int, list[int]], contrasts: dict[int, int | None],
                 published: date | None):
    """The day an event at an offset is about: the time of its own clause (the nearest,
    if the clause has several), else the nearest earlier time in the same paragraph (an
    earlier clause of its sentence included), else none; never a time after منذ (where a
    state began) or after a participle that dates its noun ("الموقع عام 1974"), nor one of a
    later clause of its sentence (a time dates the trigger it
    governs, not every event of the sentence).  `clauses` are the clause starts of each
    sentence (by index), filled as sentences are coded; `contrasts` maps the start of each
    clause opened in contrast (فيما، بينما) to the start of the verb of saying that opens it,
    if one does (see `_contrast_day`)."""
    text = doc_text(doc)
    valued = sorted((t for t in (doc._.times or []) if t.get("value")) if Doc.has_extension("times") else [],
                    key=lambda t: t["start"])
    every, since, named = [], [], []              # since: right after منذ (a subset of those _SINCE sets apart)
    for t in valued:
        opens = t["text"].startswith("منذ")
        if not opens and not _SINCE.search(text, max(0, t["start"] - 80), t["start"]):
            every.append(t)
        elif opens or _SINCE_AT.search(text, max(0, t["start"] - 20), t["start"]):
            since.append(t)
        else:                                     # "منذ تفجير زوبي في 14 أكتوبر 2017": the day of what منذ names
            named.append(t)
    # a time a participle gives its noun ("الموقع عام 1974") dates that noun only
    owned = [t for t in every if dated_participle(text[max(0, t["start"] - 40):t["start"]])]
    times = [t for t in every if t not in owned] if owned else every
    time_starts = [t["start"] for t in times]
    sentence_starts = [s for s, _ in sentences]
    paragraph = _paragraph_of(doc)
    verb_at = _verb_reader(doc)
    perfect_at = _perfect_reader(doc)
    openers = contrast_openers()
    since_ids = {id(t) for t in since}
    attributions = sorted(c["cue"]["start"] for c in ((doc._.claims or []) if Doc.has_extension("claims") else [])
                          if c.get("kind") == "according-to")

    since_dated: dict[int, list[tuple[tuple[int, int], dict]]] = {}   # sentence → its triggers a منذ time dated

    def find(offset: int, triggers: list[tuple[int, int]] = ()):
        """The time of the word at `offset` (`own_time`); where that gives an event trigger none (round
        s34): a verb joined to an earlier act of its sentence that a منذ time dated shares that act's span
        (`_joined_since`); outside a reaction or contrast clause, a verb shares the time after the next
        verb joined to it by "، و" (`_next_verb_time`) or the act the time of the statement it was told in
        (`_statement_time`), else the time of a later قبل أن clause of its sentence (`_before_clause_time`)."""
        time = own_time(offset, triggers)
        if not triggers:
            return time
        k = bisect.bisect_right(sentence_starts, offset) - 1
        if time is not None:
            if id(time) in since_ids:
                trigger = next((t for t in triggers if t[0] == offset), None)
                if trigger is not None:
                    since_dated.setdefault(k, []).append((trigger, time))
            return time
        joined = _joined_since(text, offset, since_dated.get(k, []), triggers, verb_at, perfect_at, openers)
        if joined is not None or k < 0 or _reaction(text, offset, sentences[k][0]) or _in_contrast(offset, k):
            return joined
        shared = _next_verb_time(text, offset, triggers, verb_at, own_time) \
            or _statement_time(text, offset, sentences[k][1], triggers, times, verb_at)
        if shared is not None:
            return shared
        return _before_clause_time(text, offset, sentences[k][1], triggers, times, verb_at, published)

    def _in_contrast(offset: int, k: int) -> bool:
        """Whether the clause that holds the offset opens in contrast (فيما، بينما)."""
        bounds = clauses.get(k)
        if not bounds:
            return False
        c = bisect.bisect_right(bounds, offset) - 1
        return c >= 0 and bounds[c] in contrasts

    def own_time(offset: int, triggers: list[tuple[int, int]] = ()):
        """The time of the word at `offset`; with `triggers` (the sentence's event
        triggers, `offset` one of their starts), a time of the clause after another
        trigger that stands between is that trigger's ("واتهمه بالمسؤولية عن الهجوم …
        السبت الماضي": Saturday is the attack's, not the accusation's), unless commas set
        it off as the clause's adverbial."""
        k = bisect.bisect_right(sentence_starts, offset) - 1
        if k < 0 or offset >= sentences[k][1]:
            return None
        trigger = next((t for t in triggers if t[0] == offset), None) if triggers else None
        for time in owned:                        # "اجتماعه الفصلي المنعقد أمس": the noun the participle dates
            if 0 < time["start"] - offset <= _OWNED_REACH and _one_phrase(text[offset:time["start"]]) \
                    and not any(offset < r[0] < time["start"] for r in triggers) \
                    and not _verb_past_its_object(text, trigger, time, verb_at):   # not past the noun it dates
                return time
        start, end = sentences[k]
        held = _held_since(text, since, trigger, triggers, end, verb_at) if since and trigger is not None else None
        if held is not None and held[1]:          # "العدوان على غزة، المتواصل منذ 7 أكتوبر": the participle's noun
            participled.add(offset)
            return held[0]
        when = _since_when(text, since, trigger) if since and trigger is not None else None
        if when is not None:                      # "منذ أكتوبر 2021، حين استدعته الجزائر": the act that began it
            participled.add(offset)
            return when
        if named and triggers:
            since_named = _since_named(text, trigger, named, triggers)
            if since_named is not None:
                return since_named
        if bisect.bisect_left(time_starts, end) and _reaction(text, offset, start):   # "…، وهو ما رفضته": not an earlier day
            before = bisect.bisect_left(time_starts, offset) - 1
            if before >= 0 and paragraph(time_starts[before]) == paragraph(offset):
                reacted[offset] = times[before]   # … but it came after that act: its status reads that day
            return next((t for t in times if offset < t["start"] < end and not any(
                c in text[offset:t["start"]] for c in _BREAKS)), None)
        bounds = clauses.get(k)
        if bounds:                                # the clause of the sentence that holds the offset
            c = bisect.bisect_right(bounds, offset) - 1
            start, end = max(start, bounds[c]) if c >= 0 else start, bounds[c + 1] if c + 1 < len(bounds) else end
        first, last = bisect.bisect_left(time_starts, start), bisect.bisect_left(time_starts, end)
        if first < last:
            own = times[first:last]
            if not triggers:
                return min(own, key=lambda t: abs(t["start"] - offset))
            relative = _relative_time(text, trigger, own, triggers)
            if relative is not None and verb_at(trigger[0]) and not _through_an_act(text, trigger, relative):
                relative = None                   # "واعتقلت الشرطة الرجل الذي طعن …": the stabbing's day
            if relative is not None:              # "الهجوم الذي شنه مسلحون فجر أمس": the clause dates its noun
                bound.add(offset)
                return relative
            # a time after the trigger with another trigger between them is that one's, unless
            # that one is a verb joined to it by و/ف ("اعتقلت الشرطة شابا وصادرت سيارته مساء السبت")
            near = [t for t in own if t["start"] < offset or _parenthetical(text, t) or not any(
                trigger[1] <= r[0] and r[1] <= t["start"] and not _occasion(text, r[0])
                and not _coordinated_verb(text, trigger, r, verb_at) for r in triggers if r != trigger)]
            near = [t for t in near if t["start"] < offset or not _SEQUENCE.search(text, trigger[1], t["start"])
                    and not (verb_at(trigger[0]) and _in_later_relative(text, trigger, t))]
            if near:
                return min(near, key=lambda t: _gap(t, trigger))
        began = _began(text, since, trigger, triggers, end, sentences[k][1], verb_at, held) if triggers else None
        if began is not None:
            return began
        sentence_first = bisect.bisect_left(time_starts, sentences[k][0])   # the sentence's first time
        if first == last == sentence_first:
            said = _attribution_time(offset, sentences[k][1], attributions, times, time_starts, triggers, published)
            if said is not None:                  # "قررت الحكومة سحب سفيرها، وفق بيان صدر مساء أمس": the report's day
                return said
        if bounds and first == sentence_first:
            later = _later_contrast_time(bounds, c, contrasts, time_starts, sentences[k][1], text, triggers)
            day = _as_day(_day_of(times[later]["value"])) if later is not None else None
            if later is not None and (day is None or published is None or day <= published):
                return times[later]               # "وقصفت المدفعية البلدة، فيما اعتقلت القوات خمسة شبان مساء
                #                                   السبت": the sentence's time (session 16's decision); not a
                #                                   schedule ("فيما يعقد مجلس الأمن جلسة الثلاثاء المقبل")
        if start in contrasts:                    # "…، فيما أطلقت إسرائيل سراح 39 معتقلا"، "…، بينما أعلنت قطر إرسال"
            first = _contrast_day(first, sentence_first, times,
                                  (contrasts[start] or offset) < offset, published)
            if first is None:
                return None
        if first and paragraph(offset) >= 0 and paragraph(time_starts[first - 1]) == paragraph(offset):
            return times[first - 1]
        return None

    def has_time(start: int, end: int) -> bool:
        return bisect.bisect_left(time_starts, start) < bisect.bisect_left(time_starts, end)
    find.has_time = has_time

    valued_starts = [t["start"] for t in valued]

    def in_time(start: int, end: int) -> bool:
        """Whether the span start..end lies inside a time expression ("الرابع من أبريل الماضي"), any
        time found: one after منذ or one a participle owns is a time expression too ("ويشن الجيش
        منذ 28 أغسطس/آب عملية عسكرية": the words between a light verb and its noun)."""
        k = bisect.bisect_right(valued_starts, start)
        return any(valued[m]["end"] >= end for m in range(max(0, k - 2), k))
    find.in_time = in_time

    def time_in(start: int, end: int) -> dict | None:
        """The first time that starts between two offsets, if any."""
        k = bisect.bisect_left(time_starts, start)
        return times[k] if k < len(times) and time_starts[k] < end else None
    find.time_in = time_in
    find.began = {id(t) for t in since}           # times after منذ: where a state began
    participled: set[int] = set()
    find.participled = participled                # nouns a participle of a state dates ("المستمر منذ"): their status reads that day
    bound: set[int] = set()
    find.bound = bound                            # triggers dated by their own relative clause
    reacted: dict[int, dict] = {}
    find.reacted = reacted                        # reactions (their start) → the time of the act they answer
    return find


# "أعلنت الحكومة حالة الطوارئ بعد أن اجتاحت السيول درنة يوم الأحد": a clause that tells an act
# before the trigger's; a time in it is that act's, an earlier moment than the trigger's.  Not
# "قبل أن": the act after it bounds the trigger's closely ("دعا أردوغان المواطنين …، قبل أن يصل
# إلى مطار أتاتورك فجر السبت": the call of that night, tests/events/test_events.py)
# (the other way round, an act of that clause with no time of its own goes on with the main
# clause's: "اقتحم محتجون السفارة فجر الخميس قبل أن تفرقهم الشرطة", as the dev gold has it)
_SEQUENCE = re.compile(r"(?<!\w)(?:بعد\s+(?:أن|ان)|بعدما)(?!\w)")


def _verb_reader(doc: Doc):
    """Whether the word holding an offset is a finite verb by the lexicon (a verb reading
    and no event-noun reading), looked up only when asked."""
    def verb_at(offset: int) -> bool:
        every, starts = words_of(doc), doc.user_data["khabar_word_starts"]
        k = bisect.bisect_right(starts, offset) - 1     # the word holding the offset
        if k < 0 or k >= len(every):
            return False
        word = every[k]
        _, nominal, (verb, _), _ = _lexical(word.norm, word.lemma or word.norm)
        return verb is not None and not nominal
    return verb_at


def _perfect_reader(doc: Doc):
    """Whether the word holding an offset is a verb in the perfect: a finite verb by the lexicon
    (`_verb_reader`) with no imperfect prefix (`_imperfect`)."""
    verb_at = _verb_reader(doc)

    def perfect_at(offset: int) -> bool:
        if not verb_at(offset):
            return False
        every, starts = words_of(doc), doc.user_data["khabar_word_starts"]
        return not _imperfect(every[bisect.bisect_right(starts, offset) - 1])
    return perfect_at


_COMMA_JOIN = re.compile(r"[،,]\s*[وف]$")         # a comma and a split-off و/ف: the next verb of the same subject


def _joined_since(text: str, offset: int, dated: list[tuple[tuple[int, int], dict]], triggers: list,
                  verb_at, perfect_at, openers: set[str]) -> dict | None:
    """The منذ time of an earlier act of the sentence, for a verb in the perfect joined to it as a
    second act of the same span: after a comma and a split-off و ("وشنت قوات الأمن منذ صباح الأحد
    حملة مداهمات، واعتقلت 15 شخصا": arrested in that raid, since Sunday morning) or right after a
    contrast opener (فيما، بينما: "وقطعت السلطات الإنترنت منذ صباح الأربعاء، فيما انتشرت مدرعات
    الجيش"، "قتل فلسطينيون 32 إسرائيليا منذ أكتوبر …، بينما قتلت القوات الإسرائيلية 200").  Asked
    only where the verb's own clause and paragraph gave it no time.  Not an imperfect ("فيما تطالب
    بغداد": a demand that goes on, undated), nor past another verb trigger (that verb's act is
    between), nor a verb of a clause a verb of saying opens ("مضيفة أن قوات الأمن اعتقلت": not
    joined right after the break)."""
    if not dated or not perfect_at(offset):
        return None
    before = [(t, time) for t, time in dated if t[1] <= offset]
    if not before:
        return None
    (first, time) = before[-1]
    if any(first[1] <= r[0] < offset and verb_at(r[0]) for r in triggers):
        return None
    head = text[max(first[1], offset - 12):offset]
    joined = _COMMA_JOIN.search(head) is not None
    opened = re.search(r"(?<!\w)(\S+)\s+$", head)
    if joined or opened is not None and _n(opened.group(1)) in openers:
        return time
    return None


def _next_verb_time(text: str, offset: int, triggers: list, verb_at, own_time) -> dict | None:
    """The time after the next verb of the sentence, for a verb its clause and paragraph left undated
    that the next verb trigger joins by a comma and a split-off و, no verb between ("وأغلقت قوات الأمن
    الطرق المؤدية إلى التقاطع، واعتقلت ثلاثة مشتبه بهم ليل الجمعة"، "وانتشرت القوة في محيط المبنى،
    وأوقفت، مساء أمس، شخصين"): the verbs of one subject share the adverbials after both, as
    `_coordinated_verb` has it where no comma stands between; the comma only closes the first verb's
    object.  Only a time after the second verb, of its own clause (`own_time`)."""
    trigger = next((t for t in triggers if t[0] == offset), None)
    if trigger is None or not verb_at(offset):
        return None
    following = min((t for t in triggers if t[0] >= trigger[1] and verb_at(t[0])), default=None)
    if following is None or not _COMMA_JOIN.search(text[trigger[1]:following[0]]):
        return None
    time = own_time(following[0], triggers)
    return time if time is not None and time["start"] > following[1] else None


_STATEMENT_WORDS = 3                              # words from the statement's noun to its time ("في بيان صدر مساء الأربعاء")


def _statement_time(text: str, offset: int, sentence_end: int, spans: list, times: list[dict],
                    verb_at) -> dict | None:
    """The time of the statement an act was told in, for a trigger its clause and paragraph left
    undated: a preposition of triggers.yaml `statement_aside_openers` and a noun of `statement_aside_nouns`
    after the verb, then, within a few words and no break, a time ("دان مجلس الأمن الهجوم في بيان صدر
    مساء الأربعاء"، "أدانت الخارجية الهجوم في بيان الاثنين"): a condemnation, a denial or a call made in a
    statement is made when the statement was, though the act's object (الهجوم) stands between as a
    trigger of its own.  Not past a verb trigger (the lexicon's: "أدانت" may read as a noun too, so the
    trigger itself is not asked to be one)."""
    trigger = next((t for t in spans if t[0] == offset), None)
    if trigger is None:
        return None
    t = triggers()
    words = list(re.finditer(r"[^\s،,.؛:؟!]+|[،,.؛:؟!]", text[trigger[1]:sentence_end]))
    for i in range(len(words) - 1):
        if words[i].group() in _BREAKS:
            return None
        if _n(words[i].group()) in t["statement_aside_openers"] and _n(words[i + 1].group()) in t["statement_aside_nouns"]:
            at = trigger[1] + words[i].start()
            if any(trigger[1] <= r[0] < at and verb_at(r[0]) for r in spans if r != trigger):
                return None
            after = words[i + 2:i + 3 + _STATEMENT_WORDS]
            stop = next((trigger[1] + w.start() for w in after if w.group() in _BREAKS),
                        trigger[1] + (after[-1].end() if after else words[i + 1].end()))
            return next((x for x in times if trigger[1] + words[i + 1].end() < x["start"] < stop), None)
    return None


_BEFORE = re.compile(r"(?<!\w)[وف]?قبل\s+(?:أن|ان)(?!\w)")


def _before_clause_time(text: str, offset: int, sentence_end: int, triggers: list, times: list[dict],
                        verb_at, published: date | None) -> dict | None:
    """The time of a قبل أن clause later in the sentence, for an act its own clause and paragraph left
    undated: the act right before another bounds it closely, the same night or day ("طوقت قوة من الجيش
    المبنى وتبادلت إطلاق النار مع المسلح، قبل أن يفجر نفسه فجر الثلاثاء"، "أوقفت السلطات ستة أساتذة
    قبل أن تفرج عنهم صباح الأحد"), as the clause rule already has it where no trigger of that clause
    stands between.  Not past a verb trigger of another clause (one joined by و to the act is its
    own: "طوقت … وتبادلت"), nor a time after publication (an act it precedes that is still to come)."""
    trigger = next((t for t in triggers if t[0] == offset), None)
    if trigger is None:
        return None
    before = _BEFORE.search(text, trigger[1], sentence_end)
    if before is None:
        return None
    if any(trigger[1] <= r[0] < before.start() and verb_at(r[0]) and not _coordinated_verb(text, trigger, r, verb_at)
           for r in triggers if r != trigger):
        return None
    time = next((t for t in times if before.end() <= t["start"] < sentence_end), None)
    if time is None:
        return None
    day = _as_day(_day_of(time["value"]))
    return None if day is None or published is not None and day > published else time


def _coordinated_verb(text: str, trigger: tuple[int, int], other: tuple[int, int], verb_at) -> bool:
    """`other` is a verb joined by و/ف to the trigger's clause with no break between them
    ("أدانت الوزارة ورفضت، في بيان …"، "اعتقلت الشرطة شابا وصادرت سيارته مساء السبت"): the
    verbs of one subject share the clause's adverbials, so a time after both dates both."""
    start = other[0] - 1                          # the conjunction the segmenter split off the verb
    return 0 < start and text[start] in ("و", "ف") and text[start - 1].isspace() \
        and not any(c in text[trigger[1]:start] for c in _BREAKS) and verb_at(other[0])


def _attribution_time(offset: int, sentence_end: int, attributions: list[int], times: list[dict],
                      time_starts: list[int], triggers: list, published) -> dict | None:
    """The time of a later attribution of the act's sentence ("قررت الحكومة سحب سفيرها، وفق بيان
    للخارجية صدر مساء أمس الثلاثاء"، "قتل خمسة أشخاص، بحسب ما أعلنت الوزارة اليوم"), for an act whose
    own clause and the sentence before it have no time: the act is reported under that dated
    statement and takes the sentence's time (docs/gold-format.md, session 16: "an act reported
    under a dated verb of saying takes the sentence's time").  The first time after the first
    according-to cue after the act, with no other trigger between them, not after publication."""
    cue = bisect.bisect_right(attributions, offset)
    if cue >= len(attributions) or attributions[cue] >= sentence_end:
        return None
    at = bisect.bisect_left(time_starts, attributions[cue])
    if at >= len(times) or time_starts[at] >= sentence_end \
            or any(attributions[cue] < r[0] < time_starts[at] for r in triggers):
        return None
    day = _as_day(_day_of(times[at]["value"]))
    return times[at] if day is None or published is None or day <= published else None


_OWN_NOUN_WORDS = 3                               # words from a verb trigger's end to a time its participle gives it


def _verb_past_its_object(text: str, trigger: tuple[int, int] | None, time: dict, verb_at) -> bool:
    """A verb trigger with its subject or object before a participle's time ("واستنكرت جمعية الوفاق
    الأحكام الصادرة أمس"، "وانتقد الحزب القانون المصادق عليه في …"): the participle dates that noun,
    not the verb's act; a verb is no noun phrase however few breaks stand in it.  A trigger whose
    own words end right before the participle ("عقد جلسته المقررة …") keeps it."""
    if trigger is None or not verb_at(trigger[0]):
        return False
    return len(text[trigger[1]:time["start"]].split()) > _OWN_NOUN_WORDS


_UNTIL = re.compile(r"(?<!\w)(?:حتى|لغاية|غاية)\s*$")


def _later_contrast_time(bounds: list[int], c: int, contrasts: dict[int, int | None], time_starts: list[int],
                         sentence_end: int, text: str, triggers: list[tuple[int, int]]) -> int | None:
    """The index of the first time inside a later clause of the sentence opened in contrast
    (فيما، بينما), for an act of clause `c` with no time of its own and none before it in its
    sentence: the lead decided (session 16, docs/gold-format.md) that the main clause beside a
    فيما/بينما clause with a time takes it, by the rule "the sentence's time, else the nearest
    earlier one in the paragraph".  Only the time of that clause's own act: not one that bounds
    a duration ("حتى صباح اليوم"), nor one after a second event of the clause, which dates that
    event ("فيما دعا عباس إلى اجتماع طارئ مساء الاثنين": the meeting's day), nor a time set off by a comma
    after the verb that announces in it ("…، فيما أعلنت قطر، الخميس، إرسال فرق إغاثة": the announcement's
    day, whether or not the announcement is a claim).  None otherwise."""
    contrast = next((b for b in bounds[c + 1:] if b in contrasts), None)
    if contrast is None:
        return None
    stop = next((b for b in bounds if b > contrast), sentence_end)
    inside = bisect.bisect_left(time_starts, contrast)
    if inside >= len(time_starts) or time_starts[inside] >= stop:
        return None
    at = time_starts[inside]
    if _UNTIL.search(text, max(0, at - 12), at) or sum(contrast <= t[0] < at for t in triggers) > 1:
        return None
    announcer = contrasts[contrast]
    if announcer is not None and announcer < at and text[:at].rstrip()[-1:] in _COMMAS:
        return None
    return inside


def _contrast_day(first: int, sentence_first: int, times: list[dict], announces: bool, published) -> int | None:
    """Where the search for an earlier time starts (the index after the last time that may
    date it) for an act in a clause opened in contrast (فيما، بينما) with no time of its own.
    The clause's own act goes on with its sentence's narrative day ("أفرجت حماس ليل السبت عن
    13 رهينة …، فيما أطلقت إسرائيل سراح 39 معتقلا": Saturday night), unless that day is
    after publication, a schedule the act is no part of ("ومن المقرر أن يزور ماكرون بيروت يوم
    الخميس، بينما أرسلت دول عدة فرق إنقاذ"): then only a time before its sentence.  An act
    another party announces in it ("…، فيما أعلنت السلطات اعتقال نحو ألف شخص") is told with no
    day of its own: none (None)."""
    if announces:
        return None
    if first > sentence_first:
        day = _as_day(_day_of(times[first - 1]["value"]))
        if day is None or published is None or day <= published:
            return first
    return sentence_first


def _relative_time(text: str, trigger: tuple[int, int], own: list[dict], spans: list) -> dict | None:
    """The time of a relative clause on the trigger's noun ("الهجوم الذي شنه مسلحو الجماعة
    فجر أمس الاثنين"، "الغارة الإسرائيلية التي استهدفت مبنى … مساء أمس الثلاثاء"): the first
    time after the trigger with no clause break between, where a relative pronoun opens the
    words after the noun (or ends the trigger); it dates that noun, even where a time of the
    reporting verb stands nearer before it."""
    after = [t for t in own if t["start"] >= trigger[1]]
    if not after:
        return None
    time = after[0]
    if not _clear_between(text, trigger, time["start"], spans):
        return None
    between = text[trigger[1]:time["start"]]
    words = (text[trigger[0]:trigger[1]] + " " + between).split()[:6]
    return time if any(map(_is_relative, words)) else None


def _in_later_relative(text: str, trigger: tuple[int, int], time: dict) -> bool:
    """A time after the trigger that a relative clause holds: a relative pronoun after the trigger,
    no clause break between it and the time ("وتوعد الرئيس المنتخب، الذي يتسلم مهامه في الثاني من
    أبريل المقبل، بملاحقة القتلة": the takeover's day, not the vow's).  Asked for a verb only: its
    relative clause tells of its subject or object, while after an event noun one most often tells of
    that act itself, however far ("العدوان الأمريكي البريطاني على اليمن، الذي بدأ في 12 يناير")."""
    between = text[trigger[1]:time["start"]]
    pronoun = max((m.end() for m in re.finditer(r"\S+", between) if _is_relative(m.group())), default=None)
    return (pronoun is not None and not any(c in between[pronoun:] for c in _BREAKS)
            and not _through_an_act(text, trigger, time))   # "خلال المداهمة التي نفذتها فجر الأحد": the arrests' too


# words that make the noun after them the act a verb's act happened in or through ("قتل 92 جنديا في الهجوم
# الذي شنه"، "بالغارة التي"، "جراء القصف الذي"): its relative clause's time is the verb's too
_THROUGH = re.compile(r"(?<!\w)(?:خلال|أثناء|اثناء|إبان|في|جراء|إثر|اثر|بال\w+)(?!\w)")


def _through_an_act(text: str, trigger: tuple[int, int], time: dict) -> bool:
    """Does a word of occasion or cause stand between a verb and the relative pronoun its time follows?
    Without one the relative clause hangs on the verb's subject or object ("واعتقلت الشرطة الرجل الذي
    طعن ثلاثة أشخاص مساء السبت": the stabbing's day, not the arrest's)."""
    between = text[trigger[1]:time["start"]]
    pronoun = next((m.start() for m in re.finditer(r"\S+", between) if _is_relative(m.group())), len(between))
    return bool(_THROUGH.search(between, 0, pronoun))


_SINCE_NAMES = _since_within(2)
_WHEN_CLAUSE = re.compile(r"\s*[،,]?\s*(?:حين|حينما|عندما)\s+[^،,.؛:؟!\n]*$")


def _since_when(text: str, since: list[dict], trigger: tuple[int, int]) -> dict | None:
    """A time after منذ that a clause of حين/عندما names the act of ("لم يقتل أي جندي منذ فبراير
    2020، حين وقعت واشنطن اتفاقا"، "ثاني سحب للسفير منذ أكتوبر 2021، حين استدعته الجزائر"): the
    day the period began is the day of the act that clause tells, so it dates the triggers of that
    clause (up to its first break), though a منذ time dates no other act."""
    return next((t for t in since if t["end"] <= trigger[0] and trigger[0] - t["end"] <= _SINCE_REACH * 2
                 and _WHEN_CLAUSE.fullmatch(text, t["end"], trigger[0])), None)


def _since_named(text: str, trigger: tuple[int, int], named: list[dict], spans: list) -> dict | None:
    """The time of an act named right after منذ ("الأكثر دموية منذ تفجير زوبي في 14 أكتوبر
    2017"، "الأوسع منذ احتجاجات نوفمبر 2019"، "منذ اندلاع الاحتجاجات مساء الجمعة"): the
    earlier act the news is measured from, dated by the time that closes its phrase (one of
    the times set apart as a منذ phrase's, `named`), with no break or other trigger between."""
    if not _SINCE_NAMES.search(text, max(0, trigger[0] - 40), trigger[0]):
        return None
    time = next((t for t in named if t["start"] >= trigger[1]), None)
    return time if time is not None and _clear_between(text, trigger, time["start"], spans) else None


def _began(text: str, since: list[dict], trigger: tuple[int, int] | None, triggers: list, end: int,
           sentence_end: int | None = None, verb_at=None,
           held: tuple[dict | None, bool] | None = None) -> dict | None:
    """The time after منذ that dates the act a trigger tells, the state it began: right after
    the trigger's phrase in its clause, no comma or other trigger between ("وتحاصر قوات الدعم
    السريع مدينة الفاشر منذ مايو الماضي"، "أغلقوا منذ أبريل الماضي عددا من الحقول"، "وحجبت
    السلطات منذ مساء السبت"), or right before its event noun ("وشنت قوات الأمن منذ فجر الأحد
    حملة مداهمات"); not after a superlative ("أول مفاوضات مباشرة منذ ربيع 2022", "أعنف هجوم
    منذ أشهر": the last time such a thing happened, not this one's day).  Where a participle of a
    state that goes on stands before منذ (`_since_participle`), the time is its noun's only
    (`held`: `_held_since`'s answer for the sentence, where the caller has it already)."""
    if trigger is None or not since:
        return None
    before = next((t for t in since if t.get("end") is not None and t["end"] <= trigger[0]
                   and (not text[t["end"]:trigger[0]].strip()
                        or _since_head(text, t["end"], trigger, triggers, verb_at))), None)
    if before is not None:                        # "شنت القوات منذ فجر الأحد حملة مداهمات"
        return None if _after_superlative(text, trigger[0]) else before
    if held is None:
        held = _held_since(text, since, trigger, triggers, sentence_end if sentence_end is not None else end, verb_at)
    held, described = held
    if held is not None:                          # "طالبت برفع الحصار المفروض … منذ 2007": the siege's, not the demand's
        return held if described else None
    began = next((t for t in since if trigger[1] <= t["start"] <= min(end, trigger[1] + _SINCE_REACH)
                  and _clear_between(text, trigger, t["start"], triggers)), None)
    return None if began is None or _after_superlative(text, trigger[0], began["start"]) else began


_SINCE_HEAD_WORDS = 3


def _since_head(text: str, since_end: int, trigger: tuple[int, int], spans: list, verb_at=None) -> bool:
    """The words between a منذ time and a trigger after it are the head of the trigger's own
    noun phrase: at most `_SINCE_HEAD_WORDS` of them (a clitic written onto the trigger aside),
    no break or quotation, relative pronoun, other trigger or word of triggers.yaml
    `since_head_stops` ("ويشهد الجنوب منذ الأحد تبادلا يوميا لإطلاق النار"، "استضاف العراق منذ
    أبريل خمس جولات من المحادثات"): the time dates the act that noun tells, as one right before it.
    A verb reading is not asked: an accusative masdar ("تبادلا") reads as a dual verb."""
    between = text[since_end:trigger[0]]
    if any(c in between for c in _BREAKS + '"«»\n') or any(since_end <= r[0] < trigger[0] and text[since_end:r[0]].strip()
                                                             for r in spans if r != trigger):
        return False                              # a trigger right after the time heads this phrase ("تبادلا … لإطلاق النار")
    words = list(re.finditer(r"\S+", between))
    if words and words[-1].end() == len(between):   # a clitic on the trigger ("لإطلاق"), not a word of its own
        if len(words[-1].group()) > 3:
            return False
        words = words[:-1]
    if not 1 <= len(words) <= _SINCE_HEAD_WORDS:
        return False
    stops = triggers()["since_head_stops"]
    return not any(normalise_word(w.group()) in stops or _is_relative(w.group()) for w in words)


def _held_since(text: str, since: list[dict], trigger: tuple[int, int], triggers: list, stop: int,
                verb_at) -> tuple[dict | None, bool]:
    """The first time after منذ past the trigger (before `stop`) that a participle of a state
    that goes on governs ("هجوم قوات حفتر على طرابلس، المستمر منذ أبريل 2019"), and whether the
    trigger is the noun that participle describes; (None, False) where no such participle stands."""
    held = next((t for t in since if trigger[1] <= t["start"] < stop), None)
    if held is None:
        return None, False
    participle = _since_participle(text, trigger[1], held["start"])
    if participle is None and _ends_relative(text, trigger) \
            and len(text[trigger[1]:held["start"]].split()) <= _PARTICIPLE_WORDS + 1:
        participle = trigger[1]                   # "الهجوم الذي شنه مسلحون منذ الأربعاء": the trigger holds the relative
    if participle is None or any(participle < r[0] < held["start"] for r in triggers if r != trigger):
        return None, False
    relative = participle >= trigger[1] and _is_relative(text[participle:].split(maxsplit=1)[0])
    #                                               "مخيم جنين، الذي لم يشهد … منذ 2002": a relative past a comma is the place's
    return held, _participle_noun(text, trigger, participle, triggers, verb_at, apposed=not relative)


_RELATIVE_PRONOUNS = frozenset(triggers()["relatives"]) - {"ما", "من"}   # ما and من are also other words


def _is_relative(word: str) -> bool:
    """A relative pronoun (triggers.yaml `relatives`, but ما and من, which are also other words)."""
    return normalise_word(word) in _RELATIVE_PRONOUNS


def _ends_relative(text: str, trigger: tuple[int, int]) -> bool:
    """The trigger's own words hold a relative pronoun after its noun ("الهجوم الذي شنه")."""
    return any(_is_relative(w) for w in text[trigger[0]:trigger[1]].split()[1:])


_PARTICIPLE_WORDS = 6                             # words from a participle of a state to منذ ("المتواصلة في مخيم عين الحلوة قرب صيدا منذ")
_PARTICIPLE_REACH = 90                            # characters from the noun to its participle ("هجوم قوات … على طرابلس، المستمر")


def _since_participle(text: str, start: int, since_at: int) -> int | None:
    """The start of a participle of a state that goes on (triggers.yaml `since_participles`:
    المستمر، الدائرة، المفروض …) or of a relative pronoun ("الهجوم الذي شنه مسلحون منذ الأربعاء")
    among the last words before the منذ that governs the time at `since_at`, with no clause break
    between it and منذ; None where there is none."""
    cut = text.rfind("منذ", start, since_at)
    if cut < 0:
        return None
    participles = triggers()["since_participles"] | _RELATIVE_PRONOUNS
    words = list(re.finditer(r"\S+", text[start:cut]))[-(_PARTICIPLE_WORDS + 1):]
    for match in reversed(words):
        word = match.group()
        if any(c in word for c in _BREAKS):
            return None
        if normalise_word(word) in participles or (word[0] == "و" and normalise_word(word[1:]) in participles):
            return start + match.start()
    return None


def _participle_noun(text: str, trigger: tuple[int, int], participle: int, spans: list, verb_at,
                     apposed: bool = True) -> bool:
    """The trigger is the noun the participle at `participle` describes: the nearest trigger before
    it, no verb, at most `_OWN_NOUN_WORDS` words before it ("الغارات الإسرائيلية المتواصلة منذ"), or
    within `_PARTICIPLE_REACH` where one comma right before the participle sets it off ("هجوم قوات
    حفتر على طرابلس، المستمر منذ"; not a relative pronoun, `apposed` False: "قصف مخيم جنين، الذي
    لم يشهد عملية مماثلة منذ عام 2002" is the camp's), with no other clause break between."""
    between = text[trigger[1]:participle].rstrip()
    set_off = apposed and between.endswith(("،", ","))   # "…، المستمر منذ": set off, it may close a longer phrase
    between = between[:-1] if set_off else between
    if not set_off and len(between.split()) > _OWN_NOUN_WORDS:   # "قصف … مدينة بابنوسة المحاصرة منذ": the town's
        return False
    return participle - trigger[1] <= _PARTICIPLE_REACH and not any(c in between for c in _BREAKS) \
        and not any(trigger[1] <= r[0] < participle for r in spans if r != trigger) \
        and not (verb_at is not None and verb_at(trigger[0]))


def _clear_between(text: str, trigger: tuple[int, int], start: int, spans: list) -> bool:
    """No clause break and no other trigger stands between the end of `trigger` and `start`."""
    return not any(c in text[trigger[1]:start] for c in _BREAKS) \
        and not any(trigger[1] <= r[0] < start for r in spans if r != trigger)


def _after_superlative(text: str, start: int, since_at: int | None = None) -> bool:
    """The trigger follows (or opens with) a superlative or an ordinal: "أول"، "أكبر"، "أعنف"
    (triggers.yaml first_since_heads), or one stands between it and the منذ time at `since_at`
    ("شنت الحركة هجوما هو الأعنف منذ عام 2019")."""
    heads = triggers()["first_since_heads"]
    before = text[max(0, start - 20):start].split()[-1:]
    between = text[start:since_at].split() if since_at is not None else []
    words = [normalise_word(w) for w in before + text[start:start + 12].split()[:1] + between]
    return any(w in heads or (w.startswith("ال") and w[2:] in heads) for w in words)


_COMMAS = "،,"
_REACTION = re.compile(r"\s*(?:و?(?:هو|هي|هم)\s+(?:ما|الأمر\s+الذي|\S+\s+(?:التي|الذي|الذين))|في\s+خطوة)\s+\S*\s*$")


def _reaction(text: str, offset: int, start: int) -> bool:
    """The trigger opens a clause that tells a reaction to the act told before it ("…،
    وهو ما رفضته وزارة الخارجية"، "وهي التصريحات التي اعتبرتها أوساط رسمية"، "في خطوة نددت
    بها دول عربية"): the times before it are that act's; the reaction's day is not told."""
    cut = max(text.rfind("،", start, offset), text.rfind(",", start, offset))   # the clause opens after its comma
    return bool(_REACTION.match(text, cut + 1 if cut >= 0 else start, offset))
_BREAKS = "،,.؛:؟!"
_OWNED_REACH = 60                                 # characters from a trigger to the time its participle gives it


def _one_phrase(between: str) -> bool:
    """The words from a trigger to a time are one noun phrase (the noun, its idafa and
    adjectives, the participle): no clause break, preposition or relative pronoun."""
    if any(c in between for c in _BREAKS):
        return False
    stops = triggers()["subject_stop"]
    return not any(normalise_word(w) in stops for w in between.split()[1:])


_OCCASION = re.compile(r"(?<!\w)(?:خلال|أثناء|اثناء|إبان|في)\s+$")


def _occasion(text: str, start: int) -> bool:
    """A trigger after خلال/أثناء/إبان/في is the occasion of the act before it ("واقتاد
    مقاتلو حماس نحو 240 رهينة خلال هجومهم … في السابع من أكتوبر"): its time is that act's too."""
    return bool(_OCCASION.search(text, max(0, start - 8), start))


def _parenthetical(text: str, time: dict) -> bool:
    """A time set off by commas ("توعد نتنياهو، خلال زيارته …، الاثنين، بردّ"): an
    adverbial of its clause's verb, whatever stands between."""
    before, after = text[max(0, time["start"] - 3):time["start"]].rstrip(), text[time["end"]:time["end"] + 3].lstrip()
    return bool(before) and before[-1] in _COMMAS and bool(after) and after[0] in _COMMAS


def _gap(time: dict, trigger: tuple[int, int]) -> int:
    """Characters between a time and a trigger, on either side."""
    return time["start"] - trigger[1] if time["start"] >= trigger[1] else max(0, trigger[0] - time["end"])


@lru_cache(maxsize=1)
def day_offsets() -> tuple[dict[tuple[str, ...], int], frozenset[str]]:
    """data/day_offsets.yaml: the phrases that set an act a count of days from its clause's
    time (normalised words → days), and the nouns of a lasting activity they do not move."""
    raw = load_yaml(resources.files("khabar.events").joinpath("data/day_offsets.yaml").read_text("utf-8"))
    offsets = {tuple(normalise_word(w) for w in phrase.split()): int(days) for phrase, days in raw["offsets"].items()}
    return offsets, frozenset(normalise_word(w) for w in raw["lasting"])


_WORD = re.compile(r"[\w\u0640]+")


def _day_offset(text: str, trigger: tuple[int, int], time: dict | None) -> int:
    """The days an act noun stands from the time found for it: a phrase of distance right
    before the trigger ("غداة احتجاز"، "بعد يوم من هجوم"، "عشية الاستفتاء"; day_offsets.yaml)
    dates the noun by the clause's time moved by its count, for that time tells the news act the
    phrase is counted from.  None (0) where the time is the noun's own, after the phrase ("بعد
    يومين من مقتل الناشطة …، الجمعة"), where it is no single day, or where the noun is of a
    lasting activity ("بعد يومين من المواجهات": two days of clashes, up to the clause's day).
    Not for a phrase a bare و opens (see below)."""
    if time is None or time["end"] > trigger[0] or _as_day(_day_of(time.get("value"))) is None \
            or len(_day_of(time["value"])) != 10:
        return 0
    offsets, lasting = day_offsets()
    before = [normalise_word(w) for w in _WORD.findall(text[max(0, time["end"], trigger[0] - 30):trigger[0]])]
    first = _WORD.match(text, trigger[0])
    noun = normalise_word(first.group(0)) if first else ""
    if noun.removeprefix("ال") in lasting or noun in lasting:
        return 0
    # not after a bare و: "واعتقلت الشرطة، الاثنين، شابا، وغداة اعتقاله داهمت منزله" fronts the phrase
    # for the next verb, and the time before it is the act the noun names again ("وذلك غداة" goes on)
    return next((days for phrase, days in offsets.items() if tuple(before[-len(phrase):]) == phrase), 0)


_PHRASE_BREAK = re.compile(r"[،,؛;.!?:\n]")


def _phrase_end(text: str, offset: int) -> int:
    """The offset of the first break (a comma, a full stop, a semicolon) after `offset`: the end of
    the phrase a noun after a phrase of distance heads, where a time of its own would stand."""
    found = _PHRASE_BREAK.search(text, offset)
    return found.start() if found else len(text)


def _shifted(time: dict, days: int) -> dict:
    """A copy of a day's time moved by `days` (its hour dropped: the act's hour is not told)."""
    moved = _as_day(_day_of(time["value"])) + timedelta(days=days)
    return {**time, "value": moved.isoformat()}


def _status_day(time: dict | None, published: date | None) -> date | None:
    """The day an event's status is read from: a day, or a month's first; for a week or a span
    ("الأسبوع المقبل" 2026-W50, "خلال الفترة من 5 إلى 9 ديسمبر"), its first day where it begins
    after the news (still to come), else none.  Not a past span's last day: such a span is often
    a time an act inherits from an earlier clause ("تعرض لاعتداء في صيف العام الماضي …، مطالبا":
    the call is not of that summer), and reading it made dev status fall (+2 -3)."""
    value = _day_of((time or {}).get("value"))
    day = _as_day(value)
    if day is not None or not value or published is None:
        return day
    first = _first_day(time)
    return first if first is not None and first > published else None


def _day_of(value: str | None) -> str | None:
    """An event's date is a day (or a coarser period): a clock time's hour comes off
    ("2021-05-21T02:00" → "2021-05-21")."""
    return value.split("T", 1)[0] if value else value


def _as_day(value: str | None) -> date | None:
    if not value or "/" in value or "W" in value:
        return None
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2][:2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


@Language.component("khabar_events")
def events_component(doc: Doc) -> Doc:
    """Code the article's events."""
    text = doc_text(doc)
    sentences = doc._.sentences or []
    mentions = sorted((doc._.mentions or []) if Doc.has_extension("mentions") else [], key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    entity_of = {}
    for entity in (doc._.entities or []) if Doc.has_extension("entities") else []:
        for mention in entity["mentions"]:
            entity_of[(mention["start"], mention["end"])] = entity["id"]
    known: dict[str, list] = {}

    def named() -> list:
        """The entity mentions in text order, normalised, for bare institution phrases
        (built on first need)."""
        if "named" not in known:
            every, starts = words_of(doc), doc.user_data["khabar_word_starts"]
            heads = institution_heads()
            found = []
            for m in mentions:
                if m.type not in ("ORG", "GROUP", "GPE") or (m.start, m.end) not in entity_of:
                    continue
                a = bisect.bisect_left(starts, m.start)
                if a < len(every) and every[a].norm in heads:   # only names an institution head begins
                    found.append((m.start, " ".join(w.norm for w in every[a:bisect.bisect_left(starts, m.end, a)]), m))
            known["named"] = found
        return known["named"]
    pair_before = _pairs(mentions, text, entity_of)
    by_span = {(m.start, m.end): m for m in mentions}
    state_party = _state_parties(doc, by_span)
    person_named = _people_by_name(mentions, text)
    title_holder = _title_holders(mentions, text, entity_of)
    clauses: dict[int, list[int]] = {}
    contrasts: dict[int, int | None] = {}
    published = doc_published(doc)
    find_time = _time_finder(doc, sentences, clauses, contrasts, published)
    # the claims' and the unquoted calls' speakers: who spoke is the subject of the verb or participle of speech
    spoken = ((doc._.claims or []) + (doc._.calls or [])) if Doc.has_extension("claims") else []
    claims = sorted(spoken, key=lambda c: c["cue"]["start"])
    cue_starts = [c["cue"]["start"] for c in claims]
    coded = []
    sentence_firsts = [s[0] for s in sentences]

    def day(trigger: tuple[int, int], triggers: list[tuple[int, int]]):
        """The trigger's time and the day its status is read from (none for a time after
        منذ: when a state began says nothing of whether it is over; but a noun a participle of a
        state dates, "هجوم حفتر على طرابلس، المستمر منذ أبريل 2019", is read by that day, as the
        dev gold's rule of session 18 dates its status)."""
        time = find_time(trigger[0], triggers)
        if _circumstantial(text, trigger):       # "اتهم …، الاثنين، … الحادث الذي تسبب أمس الأحد …، متوعدا بالرد": Monday
            k = bisect.bisect_right(sentence_firsts, trigger[0]) - 1
            first = find_time.time_in(sentences[k][0], trigger[0]) if k >= 0 else None
            if first is not None or time is not None and k >= 0 and time["start"] >= sentences[k][0]:
                time = first
        status_time = time if time is not None else find_time.reacted.get(trigger[0])
        exempt = id(status_time) in find_time.began and trigger[0] not in find_time.participled
        shift = _day_offset(text, trigger, time)
        if shift:                                 # "…، السبت، غداة احتجاز الناقلة": Friday's seizure
            own = find_time.time_in(trigger[1], _phrase_end(text, trigger[1]))
            time = status_time = own or _shifted(time, shift)   # "بعد يومين من هجوم … في 20 نوفمبر": its own
        return time, None if exempt else _status_day(status_time, published)
    day.has_time = find_time.has_time
    day.in_time = find_time.in_time
    openers = contrast_openers()
    two_party = arguments()["two_party_types"]
    paragraph = _paragraph_of(doc)
    carried, carried_in, journey = None, None, None
    chosen = actmodel.model()                     # the trained actor model, for events the rules left without one
    seen_types: set[str] = set()                  # the types of the events coded so far (a noun may name one again)
    recent: dict[int, list[str]] = {}             # paragraph → the actor entities of its events so far, in order
    salience = {e["id"]: len(e["mentions"]) for e in (doc._.entities or [])} if Doc.has_extension("entities") else {}
    dignitary: dict = {}                          # honorific → the last person named after it, for "وقال سموه"
    credits = _photo_credits(doc)
    make_group = _group_maker(doc, text, entity_of)
    for index, (start, end) in enumerate(sentences):
        if _bracketed(text, start, end) or (start, end) in credits:
            continue                              # "(إعداد … - تحرير …)", "صورة: بشار طالب / أ ف ب": credits, no report
        words = words_of(doc, start, end)
        inside = mentions[bisect.bisect_left(mention_starts, start):bisect.bisect_left(mention_starts, end)]
        bare = bare_institutions(words, inside, named)
        if bare:
            for mention, source in bare:
                entity_of[(mention.start, mention.end)] = entity_of[(source.start, source.end)]
            inside = sorted(inside + [mention for mention, _ in bare], key=lambda m: m.start)
        in_sentence = claims[bisect.bisect_left(cue_starts, start):bisect.bisect_left(cue_starts, end)]
        frames = _frames(in_sentence, words, inside, start, end, by_span, person_named)
        if find_time.has_time(start, end):       # clauses matter only to a sentence's own times
            cues = {c["cue"]["start"] for c in in_sentence}
            clauses[index] = clause_starts(words, cues)
            contrasts.update(_contrast_clauses(words, openers, cues))
        found = code_sentence(words, inside, index, day, published, frames, text, pair_before,
                              carried if paragraph(start) == carried_in else None, state_party, person_named,
                              journey if paragraph(start) == carried_in else None, dignitary, title_holder)
        found = [event for event in found if not _in_a_name(event.trigger, inside)]
        crowd_actors(found, words, inside, make_group)
        coded.extend(found)
        dignitary = {**dignitary, **honoured_names(words, inside)}
        for event in found:                       # "التقى X الرئيس Y … . واتفق الجانبان": the two who met
            if event.type in two_party and len(event.actor) == 1 and len(event.recipient) == 1 \
                    and event.actor[0].type in _PARTIES and event.recipient[0].type in _PARTIES \
                    and entity_of.get((event.actor[0].start, event.actor[0].end)) \
                    != entity_of.get((event.recipient[0].start, event.recipient[0].end)):
                pair_before.add(event.trigger[1], event.actor[0], event.recipient[0])
        subject = next((e.actor for e in found if e.actor), None) or \
            next(([m] for _, m in frames if m.type in ("PER", "ORG", "GPE", "GROUP")), None) or \
            (opening_subject(words, inside, text) if inside else None)
        previous = carried if paragraph(start) == carried_in else None
        if subject:                               # the sentence's subject, for a pronoun verb opening the next
            carried, carried_in = subject, paragraph(start)
            journey = _journey_of(words)          # … and whether it travelled (the next meeting is with a host)
        if found and (chosen is not None and any(map(chosen.fills, found)) or actmodel.collecting()):
            _model_actors(found, doc, index, sentences, paragraph, mentions, mention_starts, entity_of,
                          in_sentence, previous, chosen, seen_types, recent.get(paragraph(start), []), salience)
        seen_types.update(e.type for e in found)
        recent.setdefault(paragraph(start), []).extend(
            entity_of[(m.start, m.end)] for e in found for m in e.actor[:1] if (m.start, m.end) in entity_of)
    coded = _outside_times(coded, doc)
    coded = _aims_stated(coded, doc)
    _armies_act(coded, doc, entity_of)
    doc._.events = _records(coded, text, entity_of, find_time, doc)
    _link_figures(doc, sentences, find_time, entity_of, mentions)
    return doc


def _contrast_clauses(words: list, openers: set[str], cues: set[int]) -> dict[int, int | None]:
    """The starts of the clauses a contrast opener (فيما، بينما) begins, each with the start
    of the verb of saying right after the opener ("فيما أعلنت السلطات اعتقال …"), or None;
    where that verb is a claim's cue it opens a clause of its own, keyed by its start too."""
    found: dict[int, int | None] = {}
    for j, word in enumerate(words[:-1]):
        if word.norm in openers:
            after = words[j + 1]
            verb = after.start if after.start in cues or _announces(after) else None
            found[word.start] = verb
            if verb in cues:
                found[verb] = verb
    return found


def _announces(word) -> bool:
    """A verb of saying or announcing (triggers.yaml reporting, contrast_announcers)."""
    announcers = triggers()["contrast_announcers"]
    return _reports(word) or word.norm in announcers or normalise_word(word.lemma or word.norm) in announcers


def _model_actors(found: list, doc: Doc, index: int, sentences: list, paragraph, mentions: list,
                  mention_starts: list[int], entity_of: dict, claims: list, previous: list | None,
                  chosen: "actmodel.ActorModel | None", seen: set[str], recent: list[str],
                  salience: dict[str, int]) -> None:
    """The trained actor model (khabar/events/actmodel.py) gives an event the rules left
    without an actor its best candidate, when that scores past the model's threshold; the
    candidates are the actor mentions of the trigger's sentence and of the sentences of its
    paragraph before it (actmodel.BACK); `seen` are the types of the events coded before,
    `recent` the actor entities of the paragraph's earlier events, `salience` each entity's
    count of mentions.  While training data is collected every event's
    candidates are handed to the collector instead."""
    collect = actmodel.collecting()
    wanted = found if collect else [e for e in found if chosen.fills(e)]
    if not wanted:
        return
    start, end = sentences[index]
    first = index
    while first > 0 and index - first < actmodel.BACK and paragraph(sentences[first - 1][0]) == paragraph(start):
        first -= 1
    window = sentences[first][0]
    text = doc_text(doc)
    words = words_of(doc, window, end)
    every = doc.user_data["khabar_word_starts"]
    first_word = bisect.bisect_left(every, window)
    ctx = actmodel.Context(words, start, entity_of=entity_of, starts=every[first_word:first_word + len(words)],
                           speakers={(s["start"], s["end"]) for c in claims for s in c["sources"] if "start" in s},
                           carried={entity_of.get((m.start, m.end)) for m in previous or []} - {None},
                           recent=recent, salience=salience, top=max(salience.values(), default=0),
                           headline=_headline_entities(doc, sentences, mentions, mention_starts, entity_of))
    sentence_starts = doc.user_data.get("khabar_sentence_starts")
    if sentence_starts is None:                   # built once per doc
        sentence_starts = doc.user_data["khabar_sentence_starts"] = [s for s, _ in sentences]
    heads = institution_heads()

    def sentence_of(offset: int) -> int:
        return bisect.bisect_right(sentence_starts, offset) - 1

    def facts_of(event) -> dict:
        i = bisect.bisect_left(ctx.starts, event.trigger[0])
        j = max(i + 1, bisect.bisect_left(ctx.starts, event.trigger[1]))
        verb = words[i] if i < len(words) else None
        norm = normalise_word(text[event.trigger[0]:event.trigger[1]])
        return {"index": i, "length": j - i, "reporting": _reports, "seen": event.type in seen,
                "earlier": [e.actor[0] for e in found if e.actor and e.trigger[0] < event.trigger[0]],
                "sentence_actors": {entity_of.get((m.start, m.end)) for e in found if e is not event
                                    for m in e.actor} - {None},
                "object_actors": {(m.start, m.end) for e in found if e.trigger[0] >= event.trigger[1]
                                  for m in e.actor if m.start >= e.trigger[1]},
                "definite": norm.startswith("ال") or norm[:1] in "بلوف" and norm[1:3] == "ال" or norm.startswith("لل"),
                "passive": verb is not None and event.kind in ("verb", "participle") and _passive(text, verb),
                "agreement": actmodel.agreement(verb, text) if verb is not None
                and event.kind in ("verb", "participle") else (lambda m: None),
                "country": lambda m: m.type == "GPE" and any(c.kind == "country" for c in m.candidates),
                "head": lambda m: _first_norm(text, m) in heads}
    scored = actmodel.sentence_features(wanted, index, start, window, mentions, mention_starts, ctx, sentence_of, facts_of)
    if collect:
        actmodel.collect(scored, entity_of)
        if chosen is None:
            return
    # whom the sentence's events receive (a guest, a counterpart) is not the actor the text leaves unnamed
    received = {entity_of.get((m.start, m.end)) for e in found for m in e.recipient}
    for event, ranked in scored:
        if not ranked or not chosen.fills(event):
            continue
        top, p = actmodel.best([(m, f) for m, f in ranked if entity_of.get((m.start, m.end)) not in received
                                and not news_medium(words, m)             # a medium reports, never acts
                                and not (event.claim_from is not None     # a party of the quoted claim a
                                         and event.claim_from <= m.start < event.trigger[0])], chosen)
        #                                           participle goes on from ("إن X «…»، مطالبا"), code._quoted_claim_start
        if top is not None and p >= chosen.threshold_of(event.kind):   # (candidates are of actor types only)
            event.actor = source_body(top, event.type) if anonymous_source(top, _first_norm(text, top)) else [top]
            event.confidence = round(min(event.confidence, 0.4) + 0.1, 2)


def _headline_entities(doc: Doc, sentences: list, mentions: list, mention_starts: list[int],
                       entity_of: dict) -> frozenset[str]:
    """The entity ids of the actor-type mentions of the article's first sentence (its headline),
    built once per doc: the party a headline names is often the actor of the acts told after."""
    found = doc.user_data.get("khabar_headline_entities")
    if found is None:
        start, end = sentences[0] if sentences else (0, 0)
        found = frozenset(entity_of[(m.start, m.end)]
                          for m in mentions[bisect.bisect_left(mention_starts, start):bisect.bisect_left(mention_starts, end)]
                          if m.type in actmodel.ACTOR_TYPES and (m.start, m.end) in entity_of)
        doc.user_data["khabar_headline_entities"] = found
    return found


def _first_norm(text: str, mention) -> str:
    """The normalised first word of a mention."""
    surface = text[mention.start:mention.end].split(maxsplit=1)
    return normalise_word(surface[0]) if surface else ""


def _journey_of(words: list) -> "callable":
    """Whether a sentence told a journey (journeyed()), read only when a later verb asks."""
    return lambda: journeyed(words)


_PARTIES = frozenset({"PER", "ORG", "GPE"})     # who meets or signs as one of two sides


def _pairs(mentions: list, text: str, entity_of: dict):
    """`pair_before(offset, types)`: the last two parties of those types the article named
    together ("روسيا وأوكرانيا"، "بين السعودية وإيران") before an offset."""
    pairs = []
    for first, second in zip(mentions, mentions[1:]):
        if text[first.end:second.start].strip() == "و" and first.via != "nisba" and second.via != "nisba" \
                and (first.start, first.end) in entity_of and (second.start, second.end) in entity_of \
                and entity_of[(first.start, first.end)] != entity_of[(second.start, second.end)]:
            pairs.append((second.end, first, second))
    ends = [end for end, _, _ in pairs]

    def add(end: int, first, second) -> None:
        """A pair an act set up ("أجرى X اتصالا مع Y"): the two parties a later "الجانبان" is."""
        k = bisect.bisect_right(ends, end)
        ends.insert(k, end)
        pairs.insert(k, (end, first, second))

    def pair_before(offset: int, types: set[str], keep=None) -> list:
        """The last pair before the offset whose two parties are of those types (and pass `keep`)."""
        for k in range(bisect.bisect_right(ends, offset) - 1, -1, -1):
            _, first, second = pairs[k]
            if first.type in types and second.type in types and (keep is None or keep(first) and keep(second)):
                return [first, second]
        return []
    pair_before.add = add
    return pair_before


def _state_parties(doc: Doc, by_span: dict):
    """`state_party(country, kind)`: the mention of that country (kind "country") or of its
    government ("government", else the country) that the article names, for "إن بلاده"; kind
    "forces" is its army (`_state_armies`), with no country in its place."""
    found: dict[tuple[str, str], list] = {}

    def build() -> None:                          # on first need: few articles say "بلاده"
        heads = arguments()["government_heads"]
        _state_armies(doc, by_span, found)
        for entity in (doc._.entities or []) if Doc.has_extension("entities") else []:
            code, first = entity.get("country"), (entity.get("mentions") or [None])[0]
            if not code or first is None or (first["start"], first["end"]) not in by_span:
                continue
            if entity.get("type") == "GPE" and (entity.get("kb") or "").startswith("khabar:country/"):
                found.setdefault((code, "country"), [by_span[(first["start"], first["end"])]])
            elif entity.get("type") == "ORG" and any(normalise_word(m["text"]).split(maxsplit=1)[0] in heads
                                                     for m in entity["mentions"]):
                found.setdefault((code, "government"), [by_span[(first["start"], first["end"])]])
        found[("", "built")] = []

    def state_party(country: str, kind: str) -> list:
        if ("", "built") not in found:
            build()
        if kind == "forces":
            return list(found.get((country, kind)) or [])
        return list(found.get((country, kind)) or found.get((country, "country")) or [])
    return state_party


def _state_armies(doc: Doc, by_span: dict, found: dict) -> None:
    """Each state's army as the article names it, under (country, "forces"): a military body the
    knowledge base links (sector MIL), else an unlinked body of that country whose name opens on an
    army's head (arguments.yaml army_heads: "القوات الأذربيجانية"); of several, the one named most."""
    heads = arguments()["army_heads"]
    best: dict[str, tuple[int, int, dict]] = {}
    for entity in (doc._.entities or []) if Doc.has_extension("entities") else []:
        code, mentions = entity.get("country"), entity.get("mentions") or []
        if entity.get("type") != "ORG" or not code or not mentions or entity.get("anonymous"):
            continue
        linked = entity.get("sector") == "MIL"
        if not linked and (entity.get("kb") or normalise_word(mentions[0]["text"]).split(maxsplit=1)[0] not in heads):
            continue
        rank = (int(linked), len(mentions))
        if (mentions[0]["start"], mentions[0]["end"]) in by_span and (code not in best or rank > best[code][:2]):
            best[code] = (*rank, entity)
    for code, (_, _, entity) in best.items():
        first = entity["mentions"][0]
        found[(code, "forces")] = [by_span[(first["start"], first["end"])]]


def _people_by_name(mentions: list, text: str):
    """`person_named(word, offset)`: the last person the article named before an offset
    whose name ends in that (normalised) word ("بنيامين نتنياهو" for "مكتب نتنياهو")."""
    people = [m for m in mentions if m.type == "PER" and m.via != "nisba"]

    def person_named(word: str, offset: int) -> list:
        for m in reversed(people):
            if m.start < offset and normalise_word(text[m.start:m.end].split()[-1]) == word:
                return [m]
        return []
    return person_named


_TITLE_WORDS = 4                                  # words of a title before the body it is held in


def _title_holders(mentions: list, text: str, entity_of: dict):
    """`title_holder(title, body, offset)`: the last person the article named before an offset
    right after a title held in the same body ("شيخ الأزهر أحمد الطيب"، "وزير الخارجية الأمريكي
    ماركو روبيو"), for the title and body alone later.  Built on first need."""
    table: dict | None = None

    def build() -> dict:
        found: dict = {}
        for k, person in enumerate(mentions):
            if person.type != "PER" or person.via == "nisba":
                continue
            for title, body in (_title_before(mentions, k, text), _title_after(mentions, k, text)):
                if title and (body.start, body.end) in entity_of:
                    found.setdefault((title, entity_of[(body.start, body.end)]), []).append(person)
        return found

    def title_holder(title: str, body, offset: int) -> list:
        nonlocal table
        if table is None:
            table = build()
        key = (title, entity_of.get((body.start, body.end)))
        earlier = [p for p in table.get(key, []) if p.start < offset]
        return earlier[-1:]
    return title_holder


def _title_before(mentions: list, k: int, text: str) -> tuple:
    """(title, body) of a person named right after them, a comma at most between
    ("شيخ الأزهر أحمد الطيب"، "المدير العام لمنظمة الصحة العالمية، تيدروس أدهانوم")."""
    body = mentions[k - 1] if k else None
    if body is None or body.type not in ("ORG", "GPE") or text[body.end:mentions[k].start].strip(" ،,"):
        return None, None
    return next((t for t in map(holder_title, _words_before(text, body.start)) if t), None), body


def _title_after(mentions: list, k: int, text: str) -> tuple:
    """(title, body) in apposition after a person ("أحمد الطيب شيخ الأزهر الشريف"، "تيدروس،
    المدير العام لمنظمة الصحة العالمية"): the title's first word right after the name."""
    body = mentions[k + 1] if k + 1 < len(mentions) else None
    if body is None or body.type not in ("ORG", "GPE"):
        return None, None
    between = text[mentions[k].end:body.start].strip(" ،,").split()
    if not 0 < len(between) <= _TITLE_WORDS - 1 or any(w[-1:] in "،,.:؛\"«»()" for w in between):
        return None, None
    return holder_title(normalise_word(between[0])), body


def _words_before(text: str, start: int) -> list[str]:
    """The normalised words right before an offset, nearest first, up to punctuation."""
    words = []
    for raw in reversed(text[max(0, start - 60):start].split()[-_TITLE_WORDS:]):
        if raw[-1:] in "،,.:؛\"«»()":
            break
        words.append(normalise_word(raw))
    return words


def _photo_credits(doc: Doc) -> set[tuple[int, int]]:
    """The spans of the page's photo-credit lines ("صورة: بشار طالب / أ ف ب"، "مصدر الصورة، Getty"):
    a photographer's or agency's name, which may read as a verb (طالب), reports no act."""
    structure = doc._.structure
    if structure is None:
        return set()
    return {(caption.line.start, caption.line.end) for caption in structure.captions if caption.kind == "credit"}


def _photo_captions(doc: Doc) -> list[tuple[int, int]]:
    """The spans of the page's photo-caption lines ("مواطنون يتفقدون منزلا مدمرا … عقب انسحاب قوات الاحتلال")."""
    structure = doc._.structure
    if structure is None:
        return []
    return [(caption.line.start, caption.line.end) for caption in structure.captions if caption.kind == "caption"]


def _beyond_captions(records: list[dict], captions: list[tuple[int, int]]) -> list[dict]:
    """The records less the photo captions' own scenes: a record every trigger of which stands in a caption line,
    of a type no record outside the captions has.  A caption describes a picture ("قوات الأمن تنتشر قرب المطعم"،
    "فرق الإنقاذ تبحث عن ناجين"، "خلال اجتماع أمني"): an act of a kind no headline or body sentence tells is a
    scene, not an event of the report, and the gold leaves it out (docs/gold-format.md: 2 dev gold events told in a
    caption alone).  Where the body tells an act of the caption's type, the caption's record may be that act under
    other names (it pairs with the body's gold event: 13 of 23 on dev) and stays.  Round s35, dev: 14 records left
    out, 11 over no gold event (A..AM 7 of 10, AN.. 4 of 4)."""
    if not captions:
        return records

    def in_caption(trigger: dict) -> bool:
        return any(start <= trigger["start"] < end for start, end in captions)

    scenes = {id(r) for r in records if all(in_caption(t) for t in r["triggers"])}
    told = {r["type"] for r in records if id(r) not in scenes}
    return [r for r in records if r["type"] in told or id(r) not in scenes]


NAMED_TYPES = frozenset({"GPE", "LOC", "FAC", "PER"})   # names whose words are no act of the sentence


def _in_a_name(trigger: tuple[int, int], mentions: list) -> bool:
    """The trigger is a word inside the name of a place or a person, part of the name and no act:
    "إسلام آباد" (Islamabad, not إسلام "surrender"), "مقاطعة السبخة" (a district, not a boycott).
    Names of bodies and events are left: their words may tell the act ("لجنة التحقيق")."""
    return any(m.type in NAMED_TYPES and m.start <= trigger[0] and trigger[1] <= m.end and m.end - m.start > trigger[1] - trigger[0]
               for m in mentions)


def _bracketed(text: str, start: int, end: int) -> bool:
    """A sentence wholly in parentheses, such as a wire's closing credits."""
    inner = text[start:end].strip()
    return len(inner) > 2 and inner[0] == "(" and inner[-1] == ")" and ")" not in inner[1:-1]


def _frames(claims: list[dict], words, inside, start: int, end: int,
            by_span: dict | None = None, person_named=None) -> list[tuple[int, Mention]]:
    """(word index of the cue, originator mention) of the claims whose cue is in the sentence;
    the originator may be named in an earlier sentence (`by_span`: every mention by its span),
    or by his family name alone where the entity stage gave that no mention ("وأكد الأصبحي …،
    داعياً": `person_named`, the person named in full before whose name ends in that word)."""
    frames = []
    word_starts = [w.start for w in words]
    for claim in claims:
        cue = claim["cue"]["start"]
        if not (start <= cue < end) or not claim["sources"]:
            continue
        source = claim["sources"][0]
        mention = next((m for m in inside if m.start == source["start"] and m.end == source["end"]), None) \
            or _bracketed_source(inside, source)
        if mention is None and source["start"] < start and by_span is not None:
            # "… . وأضاف أنه التقى": the speaker named in an earlier sentence goes on speaking
            mention = by_span.get((source["start"], source["end"]))
        if mention is None and person_named is not None and source.get("text") and " " not in source["text"].strip():
            named = person_named(normalise_word(source["text"].strip()), source["start"])
            mention = named[0] if named else None
        if mention is not None:
            frames.append((bisect.bisect_left(word_starts, cue), mention))
    return frames


def _bracketed_source(inside, source: dict) -> "Mention | None":
    """The name of a claim source that the press follows with its acronym or another name in brackets
    ("أعلن الدفاع المدني السوري (الخوذ البيضاء) أن فرقه …"، "قالت قوات سوريا الديمقراطية (قسد) إن …"): the
    source spans both, the entity stage gives the name its own mention; that mention is the originator."""
    text = source.get("text") or ""
    found = [m for m in inside if m.start == source["start"] and m.end < source["end"]
             and text[m.end - source["start"]:].lstrip().startswith(("(", "«", '"'))
             and text.rstrip().endswith((")", "»", '"'))]
    return max(found, key=lambda m: m.end, default=None)


def _link_figures(doc: Doc, sentences, find_time, entity_of, mentions) -> None:
    """Each figure points to the event that lists it, the claim that reports it, the time
    of its sentence (or paragraph) and a place its sentence names."""
    if not Doc.has_extension("figures") or not doc._.figures:
        return
    event_of = {f: e["id"] for e in doc._.events for f in e["figures"]}
    claims = (doc._.claims or []) if Doc.has_extension("claims") else []
    places = [m for m in mentions if m.type in ("GPE", "LOC", "FAC") and m.via != "nisba" and (m.start, m.end) in entity_of]
    place_starts = [m.start for m in places]     # mentions come sorted by start
    sentence_starts = [a for a, _ in sentences]
    for figure in doc._.figures:
        start = figure["start"]
        figure["event"] = figure.get("event") or event_of.get(figure["id"])
        figure["claim"] = figure.get("claim") or next(
            (c["id"] for c in claims if c["content"]["start"] <= start < c["content"]["end"]), None)
        if not figure.get("time"):
            figure["time"] = (find_time(start) or {}).get("id")
        k = bisect.bisect_right(sentence_starts, start) - 1
        if k >= 0 and start < sentences[k][1] and not figure.get("place"):
            p = bisect.bisect_left(place_starts, sentences[k][0])
            place = places[p] if p < len(places) and places[p].start < sentences[k][1] else None
            figure["place"] = entity_of[(place.start, place.end)] if place else None


# acts of arms: a country named by a nisba on them ("غارة إسرائيلية", "قوات أمريكية") acts through its army
ARMED_TYPES = {"ASSAULT", "COERCE"}


def _armies_act(coded: list, doc: Doc, entity_of: dict) -> None:
    """An armed act whose actor is a country only by a nisba on its doer ("بارجة أمريكية أسقطت
    صاروخا"، "واصلت الطائرات الإسرائيلية غاراتها") is its armed forces' act, when the article names
    those forces: the actor becomes that army's mention (the one the article names most).  Not a
    nisba on the act's own noun ("غارة إسرائيلية"، "العدوان الإسرائيلي"، "ضربة جوية أميركية"): the
    text names no doer there, and the nisba is the country's mention (docs/gold-format.md, session
    31), so the country acts."""
    entities = (doc._.entities or []) if Doc.has_extension("entities") else []
    armies: dict[str, dict] = {}
    for entity in entities:
        if entity.get("type") == "ORG" and entity.get("sector") == "MIL" and entity.get("country") \
                and not entity.get("anonymous"):
            best = armies.get(entity["country"])
            if best is None or len(entity["mentions"]) > len(best["mentions"]):
                armies[entity["country"]] = entity
    if not armies:
        return
    for event in coded:
        if event.type not in ARMED_TYPES or not event.actor or any(m.via != "nisba" for m in event.actor) \
                or _nisba_of_act(doc.text, event):
            continue
        countries = {m.country for m in event.actor}
        if len(countries) != 1 or next(iter(countries)) not in armies:
            continue
        army = armies[next(iter(countries))]["mentions"][0]
        found = next((m for m in _mentions_of(doc) if (m.start, m.end) == (army["start"], army["end"])), None)
        if found is not None:
            event.actor = [found]


_ACT_ADJECTIVE = re.compile(r"^\s*(?:\S+\s+)?$")   # at most one word (an adjective: جوية) between noun and nisba


def _nisba_of_act(text: str, event) -> bool:
    """Whether the event's nisba qualifies the act's own noun: a noun trigger with its nisba right
    after it, at most one word between ("غارة إسرائيلية"، "ضربة جوية أميركية")."""
    if event.kind == "verb":
        return False
    end = event.trigger[1]
    return any(end <= m.start and _ACT_ADJECTIVE.match(text[end:m.start]) and "،" not in text[end:m.start]
               for m in event.actor)


def _mentions_of(doc: Doc) -> list:
    return (doc._.mentions or []) if Doc.has_extension("mentions") else []


def _group_maker(doc: Doc, text: str, entity_of: dict):
    """A maker of GROUP entities for crowds the entity stage left unnamed (khabar/events/crowds.py):
    (start, end) → its mention, one entity per surface, added to the doc's entities; where the
    article names its protesters by their noun ("متظاهرون"), the crowd is a mention of them."""
    entities = doc._.entities if Doc.has_extension("entities") and doc._.entities is not None else None
    by_name: dict[str, dict] = {}
    nouns = arguments()["crowd_protester_nouns"]
    protesters = next((e for e in entities or [] if e["type"] == "GROUP" and normalise_word(e["name"]) in nouns), None)

    def make(start: int, end: int) -> Mention:
        mention = Mention(start, end, "GROUP", "crowd", anonymous=True)
        if entities is not None and (start, end) not in entity_of:
            surface = text[start:end]
            entity = protesters or by_name.get(surface)   # the article's protesters: one party with the crowd
            if entity is None:
                entity = by_name[surface] = add_unnamed_group(entities, surface)
            entity["mentions"].append({"start": start, "end": end, "text": surface, "via": "crowd"})
            entity_of[(start, end)] = entity["id"]
        return mention
    return make


def _agentless_fall(event, text: str) -> bool:
    """An attack told as projectiles that fell ("سقوط صواريخ كاتيوشا على المنطقة الخضراء"، "بعد
    سقوط قذائف في محيطه"): the trigger opens on a word of falling (arguments.yaml agentless_falls),
    and the text names no one who fired them."""
    first = normalise_word(text[event.trigger[0]:event.trigger[1]].split(" ", 1)[0])
    return event.type == "ASSAULT" and first in arguments()["agentless_falls"]


def _told_unnamed(event) -> bool:
    """A verb of a reported clause whose subject is a noun that names no entity ("وقال المتحدث إن
    الانتحاري فجر نفسه"): the act is told as done, by a doer the text leaves unnamed; the speaker is
    not its actor (code._unnamed_clause_subject), and it stands as an event of its own."""
    return getattr(event, "unnamed_agent", False) and event.kind in ("verb", "light")


_STRUCK_REACH = 4                                 # words from an attack noun to the verb that tells its target


def _struck_unnamed(event, text: str) -> bool:
    """An attack noun whose target a verb of striking tells right after it (arguments.yaml striking_verbs),
    directly, past an instrument or an adjective, or in a relative clause: "ارتفعت حصيلة القصف الذي استهدف
    الكلية"، "إثر هجوم بطائرة مسيرة استهدف حقل الغاز"، "التفجير الذي ضرب تجمع الحافلات".  The wires tell
    the news attack so when its author is not named (not a suicide attack: its bomber did it); it stands
    as an event of its own, without an actor, when no attack was recorded before it, and is left out
    where the article gives another attack an actor (its author is told there: _records)."""
    if event.type != "ASSAULT" or event.kind != "noun":
        return False
    lists = arguments()
    for raw in text[event.trigger[1]:event.trigger[1] + 80].split()[:_STRUCK_REACH]:
        word = raw.strip("،,.؛:!?()«»\"'")
        if not word:
            return False
        norm = normalise_word(word)
        if norm in lists["striking_verbs"]:
            return True
        if norm in lists["doer_adjectives"]:
            return False                          # "التفجير الانتحاري": the bomber is its doer
        if word != raw:                           # a clause break before any verb of striking
            return False
    return False


def _passive_told(event) -> bool:
    """A past passive written with its damma whose patient is named after it ("وقُتل السفير الأمريكي
    كريستوفر ستيفنز في هجوم"، "قُتل المعارض … أمس"): an act told as done to that person, by a doer the
    text leaves unnamed (code._passive_patient); with no earlier act of its type to join, it stands as an
    event of its own, with no actor."""
    return getattr(event, "passive_patient", False) and event.kind == "verb" and bool(event.recipient)


def _speaker_of_named_act(event, actor: list[str], text: str, claims: list[dict], sentences: list,
                          kinds: dict) -> bool:
    """A definite event noun whose only actors are persons who speak in its sentence ("وقال المتحدث
    باسم الشرطة إن خمسة مسلحين شاركوا في الهجوم"، "تعهد الملك بمحاسبة كل من شارك في الهجوم، وقال في
    بيان …"، "وقال الشيخ محمد بن زايد، خلال اللقاء، إن …"): the noun names an act told before, and the
    person who speaks of it reports, promises or comments; he is not its doer.  The noun is then an
    actorless mention of the act already told (`_records`).  A noun after the cue with no إن/أن between is the
    cue's own object, an act the speaker performs ('وأعلن حفتر "النفير العام"'، "وأعلن الفريق …، رئيس أركان
    الجيش، النفير العام"), and keeps him; one before the cue or inside the reported clause does not.  Only persons: a body that speaks of an
    act by the article may be the party that did it ("وأعلنت الوزارة أن الحملة أسفرت …")."""
    if event.kind != "noun" or not actor or _indefinite_noun(text[event.trigger[0]:event.trigger[1]]):
        return False
    if any(kinds.get(a) != "PER" for a in actor) or event.sentence >= len(sentences):
        return False
    first, last = sentences[event.sentence]
    said = [c for c in claims if first <= c["cue"]["start"] < last]
    if any(c["cue"]["end"] <= event.trigger[0] and not _COMPLEMENTIZER.search(text[c["cue"]["end"]:event.trigger[0]])
           for c in said):
        return False                              # 'وأعلن حفتر "النفير العام"': the cue's own object, an act he performs
    speakers = {s.get("entity") for c in said for s in c.get("sources") or [] if s.get("entity")}
    return set(actor) <= speakers


def _speaker_of_reported_act(event, actor: list[str], text: str, claims: list[dict], sentences: list,
                             kinds: dict) -> bool:
    """An act whose only actors are persons who speak in its sentence, told after the cue of their own claim:
    an attack (arguments.yaml reported_attack_types) anywhere after the cue, inside what they report or as its
    object ("وقال الناطق باسم الوزارة فلان إن منفذة العملية … فجرت حزاما ناسفا"، "وقال المتحدث فلان إن السفينة
    غرقت بعد استهدافها بزوارق"، "قال وزير الداخلية فلان إن الانفجارين نجما عن عبوتين جرى تفجيرهما عن بعد"): the
    official, the spokesman or the witness tells the attack, he did not do it (acharaa, alalam, aljazeera,
    almayadeen, alqudsalarabi, atheer: no gold event of his); an arrest, a withdrawal, a sanction, a protest or a
    mobilisation (reported_act_types) only inside a clause the cue opens with إن/أن ("وقال المتحدث باسم الجيش فلان
    إن قوات الفرقة انسحبت من مواقعها"، "وأعلن الناطق باسم الرئاسة فلان أن القيادة قررت وقف التنسيق"، "مضيفة أن
    احتجازه كان مثالا"), since a cue's own object is an act the speaker performs ('وأعلن حفتر "النفير العام"'،
    "وأعلن الفريق فلان حالة استنفار"، "أعلن اعتقال عدد من المشتبه بهم").  The act is then an actorless mention
    (`_records`).  `_speaker_of_named_act` reads the definite nouns of any type wherever they stand.  A body that
    speaks keeps the act ("وقال الجيش إن قواته قصفت"، "أعلنت الحركة أنها استهدفت"): only persons, and a person
    whose own side the reported clause makes the subject keeps it (`_own_side_between`)."""
    lists = arguments()
    if event.type in lists["reported_attack_types"]:
        in_clause = False
    elif event.type in lists["reported_act_types"]:
        in_clause = True
    else:
        return False
    if not actor or event.sentence >= len(sentences) or any(kinds.get(a) != "PER" for a in actor):
        return False
    first, last = sentences[event.sentence]
    for claim in claims:
        if not first <= claim["cue"]["start"] < last or claim["cue"]["end"] > event.trigger[0]:
            continue
        speakers = {s.get("entity") for s in claim.get("sources") or [] if s.get("entity")}
        between = text[claim["cue"]["end"]:event.trigger[0]]
        if set(actor) <= speakers and not _own_side_between(text, claim["cue"]["end"], event.trigger[0]) \
                and (not in_clause or _COMPLEMENTIZER.search(between)):
            return True
    return False


def _own_side_between(text: str, start: int, end: int) -> bool:
    """Between a cue and an act it reports, a word that makes the speaker's side its subject: his own forces
    ("قال قائد الجيش إن قواته قصفت"، "إن قواتهم استهدفت": arguments.yaml own_state) or a complementizer with his
    pronoun ("قال إنه أطلق النار": pronoun_complementizers)."""
    lists = arguments()
    for raw in text[start:end].split():
        word = normalise_word(raw.strip("،,.؛:!?()«»\"'"))
        if word in lists["own_state"] or word in lists["pronoun_complementizers"]:
            return True
    return False


_COMPLEMENTIZER = re.compile(r"(?:^|\s)ب?[إأا]ن(?:ه|ها|هم)?(?=\s|$)")   # "إن"، "أن"، "بأن"، "إنه": a reported clause opens


def _acting(actor: list[str], kinds: dict) -> list[str]:
    """The actors an entity of its type can be: a facility (arguments.yaml idle_entity_types) is the place or the
    target of an act, never its doer ("وقال إن المطار استهدف بثلاثة صواريخ"، "ثم اقتحم خمسة مسلحين الفندق"، "اتهم
    القوات الروسية بتفجير السد"): read as the actor, it is dropped and the act goes on as an actorless mention (it
    joins the act told before it).  Round s33: on dev every facility khabar gave an act (14 records, 11 over no
    gold trigger, the other 3 over a gold event of another actor) was its place or target."""
    idle = arguments()["idle_entity_types"]
    return [a for a in actor if kinds.get(a) not in idle]


def _ids(mentions, entity_of) -> list[str]:
    return list(dict.fromkeys(entity_of[(m.start, m.end)] for m in mentions if (m.start, m.end) in entity_of))


def _outside_times(coded: list, doc: Doc) -> list:
    """Events whose trigger is not a word of a time expression: "فجرًا" in "الساعة الواحدة
    فجرًا" is dawn, not the verb فجّر (blew up)."""
    spans = sorted((t["start"], t["end"]) for t in (doc._.times or [])) if Doc.has_extension("times") else []
    if not spans:
        return coded
    starts = [start for start, _ in spans]

    def in_time(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and offset < spans[k][1]

    return [event for event in coded if not in_time(event.trigger[0])]


def _aims_stated(coded: list, doc: Doc) -> list:
    """Events whose trigger is not a verb of aiming in the imperfect after its own subject, in the body
    (round s30, `aim_verbs`: "إن الحكومة تستهدف وقف الاستيراد"، "إن الحملة «تستهدف التعديات فقط»"، "قال
    إنها تستهدف «البنية التحتية»"، "نشاطات تستهدف أمن الأردن"، "هذا العمل الجبان يستهدف قيم المواطنة"):
    a body's present tense after its subject tells what a party, a plan or a deed aims at, or does as a
    habit; it reports no strike (almal, almesryoon, alhurra, khaberni, aljazeera, alarabiya: no gold event).
    The verb first ("ومنذ نوفمبر، يستهدف الحوثيون سفنا": VSO, a campaign told), a headline's present
    (the news tense: "محتجون … يستهدفون القنصلية"), "كان/كانت" before it (the past progressive of acts
    done: "القناصة كانوا يستهدفون الرؤوس") and "س/سوف/لن" (the future) are left as they were."""
    aims = triggers()["aim_verbs"]
    if not aims:
        return coded
    structure = doc._.structure
    body = structure.headline.end if structure is not None and structure.headline is not None else 0
    words = words_of(doc)
    starts = doc.user_data["khabar_word_starts"]
    keep = []
    for event in coded:
        if event.kind == "verb" and event.trigger[0] >= body:
            k = bisect.bisect_left(starts, event.trigger[0])
            if k < len(words) and words[k].start == event.trigger[0] and _aim_after_subject(words, k, aims):
                continue
        keep.append(event)
    return keep


def _aim_after_subject(words: list, k: int, aims: set[str]) -> bool:
    """Word k is an imperfect verb of `aims` whose subject stands right before it (past an opening quote):
    a noun or a pronoun ("الحكومة تستهدف"، "إنها تستهدف"، "قواتها «تستهدف»"), not a punctuation mark,
    a conjunction, كان or a particle of the future or of negation (handled as their own readings), and not a
    force that strikes (aim_force_subjects: "إن طائراتها تستهدف مواقع المسلحين منذ الفجر": strikes under way)."""
    word = words[k]
    if _n(word.lemma or "") not in aims or not _imperfect(word):
        return False
    j = k - 1
    while j >= 0 and words[j].norm in _OPENING_QUOTES:
        j -= 1
    if j < 0 or words[j].is_punct:
        return False
    before = words[j].norm
    not_subjects = triggers()["aim_not_subjects"]
    if before in not_subjects or before.isdigit():
        return False
    return not _force_subject(words, j, not_subjects)


def _force_subject(words: list, j: int, not_subjects: set[str]) -> bool:
    """Whether the subject phrase ending at word j holds a force that strikes (aim_force_subjects), its head
    up to _AIM_SUBJECT_REACH words back, past its adjectives and pronoun: "إن قواتها تستهدف"، "إن الطائرات
    الإسرائيلية تستهدف منذ الصباح أحياء": strikes under way, no aim."""
    forces = triggers()["aim_force_subjects"]
    for i in range(j, max(-1, j - _AIM_SUBJECT_REACH), -1):
        if words[i].is_punct or words[i].norm in not_subjects:
            return False
        if words[i].norm in forces:
            return True
    return False


_AIM_SUBJECT_REACH = 3   # words of a subject phrase before an aim verb read for its head ("الطائرات الحربية الإسرائيلية")


_OPENING_QUOTES = QUOTES | {"'"}   # triggers.yaml's quotes, and the apostrophe some outlets quote with


_FINITE = ("verb", "participle", "light")     # how an act told by its own verb was found


def _two_acts(first: dict, event, headline, text: str = "", retold: bool = False) -> bool:
    """Two finite verbs of two sentences of the body are two acts, however alike ("دعا
    أردوغان إلى …" … "وطالب أردوغان الولايات المتحدة بتسليمه"): the body tells its acts one
    after another; only the headline's act is told again (and a definite noun names one told).
    Verbal nouns joined by و in one sentence are the several acts of one verb.  A verb `retold`
    inside a source's claim of a later sentence ("وزعمت الحركة أن مقاتليها استهدفوا مسؤولين"،
    "وأفاد مراسلنا بأن قوات الاحتلال اقتحمت المخيم"), or in a sentence that names the act back by a
    definite noun ("وقتل عشرات المدنيين في القصف"), tells the act the body told: the verb rules
    below do not split it off (its day, a background "وكانت … قد", a promise or another-act noun
    still do)."""
    if event.joined and first["sentence"] == event.sentence:
        return True                               # "تجميد البرلمان، ورفع الحصانة، وإعفاء رئيس الحكومة": one verb's acts
    if first["sentence"] == event.sentence and first["_kind"] == event.kind == "noun" \
            and _indefinite_noun(first["trigger"]["text"]) and _indefinite_noun(text[event.trigger[0]:event.trigger[1]]) \
            and normalise_word(first["trigger"]["text"]) != normalise_word(text[event.trigger[0]:event.trigger[1]]) \
            and not _instrument_of(first, event, text):
        return True                               # "توغل إسرائيلي سابق … تلته بعد يومين ضربة بمسيّرة": two acts named apart
    if first["sentence"] == event.sentence and first["_kind"] in _FINITE and event.kind in _FINITE \
            and not event.elaborates and _joined_verb(event, text) and not _on_the_same_patients(event, text):
        return True                               # "اعتقلت … وصادرت": each verb an act
    if _new_noun_in_body(first, event, headline, text) or _other_act_noun(event, text):
        return True                               # "… بعد ساعات من هجوم واسع شنه التنظيم"، "وفي هجوم آخر"
    if retold or headline is None and event.status == "historical":
        return False                              # "وقالت الجماعة إنها قتلت نحو 300 عنصر"، a lead dated by "وكانت … قد"
    if event.kind in _TOLD and first["_told"] and event.sentence not in first["_told"]:
        return True                               # the headline's act is told once in the body: a second verb is another act
    return (first["_kind"] in _TOLD and event.kind in _TOLD and first["trigger"]["start"] >= _body_start(headline)
            and first["sentence"] != event.sentence)


def _elsewhere(first: dict, event, entity_of: dict) -> bool:
    """The mention names a place, and none of its places is the record's, which names its own
    ("انسحبت قوات البيشمركة من كركوك" … "ميدانيا، انسحبت قوات البيشمركة، فجر اليوم، من قضاء سنجار"،
    "ارتكبت مجزرة … في سوق صابرين" … "كما قصفت الدعم السريع … أحياء في مدينة بحري"): a side act of
    the same doer in another place, not the act the body told, even where a source tells it.  Places
    only: a target named apart is often the same one named two ways (s35: recipients split a negated
    act, "لم يبحث الأمر مع الرئيسين", and no gold act)."""
    own, told = set(_ids(event.place, entity_of)), set(first["place"])
    return bool(own and told and not own & told)


def _named_back(coded: list, text: str) -> set[tuple[int, str]]:
    """(sentence, type) of the sentences that name an act of that type back by a definite noun
    ("وقتل عشرات المدنيين في القصف"، "وأصيب ثلاثة جراء الهجوم"): a verb of such a sentence tells
    the act told before, not a new one (`_two_acts`)."""
    return {(e.sentence, e.type) for e in coded
            if e.kind == "noun" and not _indefinite_noun(text[e.trigger[0]:e.trigger[1]])}


def _instrument_of(first: dict, event, text: str) -> bool:
    """A noun right after one of the act's triggers, joined to it by ب or as its genitive: the
    act's instrument ("في هجوم بسيارة مفخخة"، "غارة بطائرة مسيرة"، "بتفجير سيارة مفخخة"), not
    another act."""
    return any(re.fullmatch(r"\s+ب?", text[t["end"]:event.trigger[0]]) for t in first["triggers"])


_TOLD = ("verb", "light")     # how the body tells an act by a finite verb of its own ("قصفت"، "شنت … غارة")


def _body_start(headline) -> int:
    """Where the body begins: after the headline, or at the text's start when it has none (a
    lead without a headline tells its acts one after another as any body does)."""
    return headline.end if headline is not None else 0


def _tells(event, actor: list[str], text: str, headline) -> bool:
    """A body mention that tells an act in full: a finite verb ("قصفت"، "شنت … غارة"), or an
    indefinite event noun with an actor of its own ("قتل خمسة في غارة شنتها طائرات إسرائيلية"):
    once the body has told the headline's act so, a later sentence's verb or indefinite noun tells
    another act (`_two_acts`, `_new_noun_in_body`)."""
    if event.trigger[0] < _body_start(headline):
        return False
    return event.kind in _TOLD or event.kind == "noun" and bool(actor) \
        and _indefinite_noun(text[event.trigger[0]:event.trigger[1]])


def _other_act_noun(event, text: str) -> bool:
    """An indefinite event noun qualified as another act by the adjective right after it ("وفي
    هجوم آخر"، "بعد يوم من غارة مماثلة"، "في عملية أخرى"، "وغارة ثانية على بلدة الخيام"، "في هجوم
    منفصل"; arguments.yaml other_act_words): never the act told before it."""
    if event.kind != "noun" or not _indefinite_noun(text[event.trigger[0]:event.trigger[1]]):
        return False
    after = text[event.trigger[1]:event.trigger[1] + 40].split()[:2]
    if len(after) == 2 and _relational_adjective(after[0]):
        after = after[1:]                         # "في توغل إسرائيلي سابق"، "غارة جوية أخرى": past the act's adjective
    return bool(after) and normalise_word(after[0].strip("،,.؛:")) in arguments()["other_act_words"]


def _relational_adjective(word: str) -> bool:
    """An indefinite word ending in ي or ية with no punctuation after it: a nisba or relational adjective of
    the act ("إسرائيلي"، "جوية"، "صاروخي") that may stand between the act's noun and the word that sets it
    apart ("سابق"، "أخرى")."""
    norm = normalise_word(word)
    return not norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > 3 and word[-1] not in "،,.؛:"


def _background_of_news(first: dict, event, value: str | None, headline) -> bool:
    """A dated act the text tells as long past ("وكانت الجزائر قد استدعت سفيرها في 19 مارس")
    beside the news act of the same type and actor ("الجزائر تعلق معاهدة الصداقة"): the
    background the news follows, another act (gold-format.md: separate acts are separate).
    Only a dated historical act of another sentence, on a day the other act does not carry,
    is kept apart: in one sentence the acts share their frame ("قتلوا … واحتجزوا … في 7
    أكتوبر").  The other act is the headline's, or dated: an undated act of the body may be
    the one the later sentence dates ("أعلنت واشنطن انسحابها من الاتفاق" … "وكانت قد انسحبت
    في الثامن من مايو")."""
    historical = event.status == "historical" and value is not None
    news = first["date"] is not None or headline is not None and first["trigger"]["start"] < headline.end
    return historical and news and first["status"] != "historical" and first["date"] != value \
        and first["sentence"] != event.sentence


def _campaign_since(first: dict, event, value: str | None, long_since: bool) -> bool:
    """An act its منذ time dates to a day long before the news ("ويشن الحوثيون منذ نوفمبر/تشرين
    الثاني الماضي هجمات على سفن"، "ويشن الجيش الإسرائيلي منذ 28 أغسطس/آب عملية عسكرية"): the
    campaign or state the news act belongs to, begun then and going on, beside the act of the news
    ("استهداف سفينة"): two acts, as the dev gold lists them.  Only a time more than the historical
    span (triggers.yaml historical_days) before publication, and another sentence than the act it
    would join, not dated that day: a منذ time of the news day ("وشنت قوات الأمن منذ فجر الأحد حملة
    مداهمات") tells the news act itself.  `long_since` is `_long_since` of the event, asked once per event."""
    return long_since and first["sentence"] != event.sentence and first["date"] != value


def _long_since(event, value: str | None, began: set[int], published: date | None) -> bool:
    """The event is dated by a منذ time more than the historical span before publication: a
    campaign or state begun long ago ("ويشن الحوثيون منذ نوفمبر الماضي هجمات"), no twin of the
    headline's act (`_headline_days`) nor one with it (`_campaign_since`)."""
    if not value or event.time is None or id(event.time) not in began or published is None:
        return False
    day = _first_day(event.time)
    return day is not None and (published - day).days > triggers()["historical_days"]


_UNREALISED = ("future", "hypothetical")          # statuses of an act not (yet) done


def _promise_of_more(first: dict, event) -> bool:
    """An act promised or supposed beside one done, of the same type and actor ("واشنطن تفرض
    عقوبات على 39 شخصا" … "متوعدا بمزيد من العقوبات"، "يستقبل أخنوش ويكلفه" … "سيشرع في
    مشاورات مع الأحزاب"، "أعلنت الرئاسة أن الرئيس سيستقيل" beside the resignation): two acts, the
    second not done yet (gold-format.md: one event per real action).  Within one sentence the
    statuses of one act told twice often differ by tense alone ("يعقد المجلس مساء اليوم جلسة
    … وقال دبلوماسيون إن المجلس سيعقد الجلسة"), so only acts of two sentences are kept apart."""
    return (event.status in _UNREALISED) != (first["status"] in _UNREALISED) and first["sentence"] != event.sentence


def _new_noun_in_body(first: dict, event, headline, text: str) -> bool:
    """An event noun without the article in a later sentence of the body than an act the body
    told already ("قتل 11 جنديا في هجوم شنه داعش على مقر للجيش" … "ويأتي الهجوم بعد ساعات من
    هجوم واسع شنه التنظيم على سجن غويران"): the indefinite names a new act; the body names
    one it told with the article ("وتبنى التنظيم الهجوم").  The headline's act may still be
    named again without the article, so this holds only between two body sentences."""
    in_body = first["trigger"]["start"] >= _body_start(headline) or bool(first["_told"])
    return event.kind == "noun" and in_body and first["sentence"] != event.sentence \
        and event.sentence not in first["_told"] and _indefinite_noun(text[event.trigger[0]:event.trigger[1]])


def _joined_verb(event, text: str) -> bool:
    """A verb joined to the clause before it by و or ف ("وصادرت"، "، ودعا"): a further act of
    the same subject.  A circumstantial participle of the same type ("ودان … العدوان، محملاً
    العدو المسؤولية"، "ودعا … مطالبا الطرفين"، "ورحبت …، مثمنة") goes on with the verb's act: the
    dev gold lists one event in 11 of 14 such sentences (round s22)."""
    start = event.trigger[0]
    return text[start:start + 1] in ("و", "ف") and event.kind == "verb" \
        or text[max(0, start - 2):start] in ("و ", "ف ")


_OBJECT_PRONOUNS = ("هم", "هما", "ها", "ته", "وه")   # a joined verb's object pronoun, as its last letters


def _on_the_same_patients(event, text: str) -> bool:
    """A joined verb whose object is a pronoun for those the act before it took ("أوقفت 44 شخصا
    … وأحالتهم إلى محكمة أمن الدولة"، "اختطفوا نحو 150 … واقتادوهم"): the same act carried on
    with its patients, not another act."""
    end = event.trigger[1]
    while end < len(text) and not text[end].isspace() and text[end] not in _BREAKS:
        end += 1
    return normalise_word(text[event.trigger[0]:end]).endswith(_OBJECT_PRONOUNS)


def _indefinite_noun(trigger: str) -> bool:
    """An event noun without the article (after a fused preposition: بال، لل): it names a new
    act, not one told already."""
    norm = normalise_word(trigger)
    return not (norm.startswith("ال") or norm[:1] in "بلوف" and norm[1:3] == "ال" or norm.startswith("لل"))


def _own_other_day(first: dict, event, value: str | None, text: str) -> bool:
    """A definite event noun of the same sentence as an act told before it, dated by a time
    of its own after it on another day ("أعلن الجيش أنه قتل القيادي … عن القصف الإسرائيلي على
    مجدل شمس السبت الماضي"): another act, not the one told."""
    return bool(value and first["date"] and value != first["date"] and first["sentence"] == event.sentence
                and event.time and event.time["start"] > event.trigger[1])


def _one_country(actor: list[str], countries: dict) -> str | None:
    """The one country all of an actor's entities belong to, or None."""
    found = {countries.get(a) for a in actor}
    return next(iter(found)) if len(found) == 1 and None not in found else None


def _mention_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """The entity mentions as (start, end, type), sorted, for the trigger-sense model."""
    mentions = (doc._.mentions or []) if Doc.has_extension("mentions") else []
    return sorted((m.start, m.end, m.type) for m in mentions)


@lru_cache(maxsize=1)
def circumstantial() -> dict:
    """data/circumstantial.yaml: the shape of a circumstantial participle after the main clause."""
    raw = load_yaml(resources.files("khabar.events").joinpath("data/circumstantial.yaml").read_text("utf-8"))
    return {"separator": raw["separator"], "prefix": normalise_word(raw["prefix"]),
            "endings": tuple(normalise_word(e) for e in raw["endings"]), "min_stem": int(raw["min_stem"]),
            "basic": frozenset(normalise_word(w) for w in raw["basic"])}


def _circumstantial(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the trigger is a circumstantial participle (الحال) of a derived verb right after a comma
    ("…، متوعدا بالرد"، "…، متهمة إياهم"، "…، معتبرة أنه انتهاك") or a listed one of the basic form
    ("…، داعيا الأطراف إلى الحوار"): its subject's act alongside the main verb, on the main clause's
    day, not on the day of a clause between or of its own object (`day`).
    Not a listed event noun of that shape ("…، موافقة المجلس")."""
    data, words = circumstantial(), text[trigger[0]:trigger[1]].split()
    if not words or text[max(0, trigger[0] - len(data["separator"])):trigger[0]] != data["separator"]:
        return False
    norm = normalise_word(words[0].strip("،,.؛:\"«»"))
    if norm in data["basic"]:
        return True
    return norm.startswith(data["prefix"]) and norm.endswith(data["endings"]) \
        and len(norm) - 2 >= data["min_stem"] and _event_noun(norm) is None


def _headline_days(events: list[dict], headline) -> None:
    """A headline has no time of its own: an undated headline event takes the day of its twin
    in the body, the first dated event of the same type that shares an actor ("السعودية
    والإمارات والبحرين ومصر تقطع علاقاتها مع قطر" … "أعلنت مصر فجر اليوم الاثنين قطع
    علاقاتها"): the headline tells the body's act, on the body's day; a background act the body
    tells as long past ("وكانت الجزائر قد استدعت سفيرها في 19 مارس") is no twin of the news
    act ("الجزائر تعلق معاهدة الصداقة"), as `_background_of_news` keeps it apart.  Failing a twin, it
    takes the day of its own first dated body mention, a noun the body names it by with no
    actor of its own ("أكثر من 50 قتيلا بغارات روسية" … "قتل 53 مدنيا، اليوم الاثنين، في
    ثلاث غارات جوية"), which `_records` kept in `_body_day`."""
    for event in events:
        if event["date"] or not headline.start <= event["trigger"]["start"] < headline.end:
            continue
        twin = next((m for m in events if m["date"] and m["trigger"]["start"] >= headline.end
                     and m["type"] == event["type"] and set(m["actor"]) & set(event["actor"])
                     and (m.get("status") != "historical" or event.get("status") == "historical")
                     and not m.get("_campaign")), None)
        if twin is not None:
            event["date"], event["time"] = twin["date"], twin["time"]
        elif event.get("_body_day"):
            event["date"], event["time"] = event["_body_day"][:2]


@lru_cache(maxsize=1)
def headline_verbs() -> dict:
    """data/headline_verbs.yaml: the affixes that find a headline's present-tense verb told again in
    the lead, and the lead's length (every word normalised)."""
    raw = load_yaml(resources.files("khabar.events").joinpath("data/headline_verbs.yaml").read_text("utf-8"))
    words = {key: tuple(sorted({normalise_word(w) for w in raw[key]}, key=len, reverse=True))
             for key in ("imperfect", "perfect_heads", "endings", "conjunctions", "noun_prefixes")}
    return {**words, "lead_paragraphs": int(raw["lead_paragraphs"]), "lead_min_chars": int(raw["lead_min_chars"])}


def _verb_stem(word: str) -> str | None:
    """The stem of a headline's present-tense verb, its person prefix taken off ("يختتم" -> "ختتم"،
    "تعترف" -> "عترف"), if at least three letters are left."""
    norm = normalise_word(word.strip("،,.؛:\"«»"))
    stem = norm[1:] if norm[:1] in headline_verbs()["imperfect"] and not _doubled_noun(norm) else None
    return stem if stem and len(stem) >= 3 else None


def _doubled_noun(norm: str) -> bool:
    """Whether a normalised word has the shape of the doubled form's verbal noun, تفعيل ("تعليق"،
    "تقديم"): a noun that a light verb governs ("يقرر تقديم شكوى"), not a present-tense verb."""
    return len(norm) == 5 and norm[0] == "ت" and norm[3] == "ي"


def _same_verb(word: str, stem: str) -> bool:
    """Whether a body word is the headline verb's stem told again, in the perfect or imperfect
    ("استقبل"، "اختتم"، "أحكمت"، "يعترف"، "منح"), a و/ف written onto it, or a three-letter stem's
    verbal noun of the doubled form ("تعلق" … "أعلنت المنظمة تعليق عملياتها"، "تجمد" … "بتجميد")."""
    data = headline_verbs()
    norm = normalise_word(word.strip("،,.؛:\"«»()"))
    if norm[:1] in data["conjunctions"] and len(norm) > len(stem):
        norm = norm[1:]
    heads = ("",) + data["imperfect"] + data["perfect_heads"]
    if any(norm == head + stem + end for head in heads for end in ("",) + data["endings"]):
        return True
    prefix = next((p for p in data["noun_prefixes"] if norm.startswith(p + "ت")), "")
    norm = norm[len(prefix):]
    return len(stem) == 3 and _doubled_noun(norm) and norm[1:3] + norm[4] == stem


def _lead_spans(text: str, body_start: int) -> list[tuple[int, int]]:
    """The body's first paragraphs (`lead_paragraphs`) long enough to tell a sentence."""
    data, spans = headline_verbs(), []
    for block in re.finditer(r"[^\n]+", text[body_start:]):
        if len(block.group().strip()) >= data["lead_min_chars"]:
            spans.append((body_start + block.start(), body_start + block.end()))
            if len(spans) == data["lead_paragraphs"]:
                break
    return spans


def _headline_lead_days(events: list[dict], headline, text: str, find_time) -> None:
    """An undated headline act told by a present-tense verb ("مؤتمر الكويت يختتم أعماله"، "واشنطن
    تعترف بسيادة المغرب"، "السلطان يستقبل نتنياهو") that `_headline_days` found no dated twin for:
    Arabic news retells the headline's act in its lead by the same verb, in the perfect ("اختتم مؤتمر
    الكويت أعماله اليوم الأربعاء"، "استقبل السلطان، مساء أمس الأول الخميس، …"), where the body
    may code it as no record of its own (another subject, a trigger gap); that word's time in the lead
    (its clause's, else its paragraph's earlier one) is the act's day."""
    spans = _lead_spans(text, headline.end)
    for event in events:
        if event["date"] or event["_kind"] not in _TOLD or not headline.start <= event["trigger"]["start"] < headline.end:
            continue
        stem = _verb_stem(event["trigger"]["text"].split()[0])
        if stem is None:
            continue
        for start, end in spans:
            word = next((m for m in re.finditer(r"\S+", text[start:end]) if _same_verb(m.group(), stem)), None)
            time = find_time(start + word.start()) if word is not None else None
            if time is not None and _day_of(time.get("value")):
                event["date"], event["time"] = _day_of(time.get("value")), time.get("id")
                break


def _discussion_only(record: dict, words: list, starts: list[int]) -> bool:
    """Every trigger of the CONSULT record is a verb of discussing (triggers.yaml discussion_verbs: بحث،
    ناقش، تباحث، استعرض, read by the lemma of the word the trigger begins at)."""
    if record["type"] != "CONSULT":
        return False
    verbs = triggers()["discussion_verbs"]
    for trigger in record["triggers"]:
        k = bisect.bisect_left(starts, trigger["start"])
        if k >= len(words) or words[k].start != trigger["start"]:
            return False
        if _n(words[k].lemma or words[k].norm) not in verbs and words[k].norm not in verbs:
            return False
    return True


def _discussions_of_meetings(records: list[dict], words: list, starts: list[int]) -> list[dict]:
    """A CONSULT record told only by a verb of discussing, in a sentence another CONSULT record (a call, a
    meeting, a reception, a visit) also stands in, is that meeting's subject told, not a second act: "وبحث
    الوزير مع نظيره، في اتصال هاتفي، …"، "أجرى اتصالا هاتفيا مع ولي العهد، بحثا خلاله …"، "واستقبل الوزير وفدا
    من الشركة، وبحث معه …"، "أن يلتقي … لبحث الهجوم".  Its triggers join the meeting's record, which keeps its
    own actor and mode (the discussing verb's subject is often the guest or the topic's owner).  Round s35, dev
    A..AM: 8 such records in 8 articles of 8 outlets, all over no gold event; none matched."""
    meetings = [r for r in records if r["type"] == "CONSULT" and not _discussion_only(r, words, starts)]
    kept = []
    for record in records:
        meeting = next((m for m in meetings if m["sentence"] == record["sentence"]), None) \
            if _discussion_only(record, words, starts) else None
        if meeting is None:
            kept.append(record)
            continue
        meeting["triggers"] = sorted(meeting["triggers"] + record["triggers"], key=lambda t: t["start"])
    return kept


def _without_headline_doubles(records: list[dict], headline, body_start: int, countries: dict) -> list[dict]:
    """The records told in the headline alone (every trigger in the headline line) where the body codes an act
    of the same type: left out.  A headline names the article's act in its own short words ("الإمارات وإسرائيل
    توقعان معاهدة"، "الداخلية تتهم التنظيم"، "مسلحون يخطفون 300 تلميذ") and the body tells it again in full; an
    event is listed once even if the headline and the body both report it (docs/gold-format.md), and the body's
    record holds it.  A headline record no body mention joined (`_headline_twin`, the merges above) is that act
    under other names (a country for its army, the victim read as the doer, a nisba) and a second, false event.
    A body act of the other side ("القوات الروسية تقصف خاركيف" … "واستهدفت مسيرات أوكرانية مستودعا":
    `_countries_clash`) is another act, no twin; a headline record that shares an actor with a body act of its
    type names its parties in full ("السعودية والإمارات تقطعان العلاقات" … "أعلنت السعودية قطع علاقاتها") and
    stays, as `_headline_days` dates it; and a headline act the body codes nothing of its type for stays (the body
    may tell it only as a noun no record holds).  Round s33, measured on dev: 35 records left out, 30 of them over
    no gold trigger, no anchored match lost."""
    def doubled(record: dict) -> bool:
        if not all(headline.start <= t["start"] < headline.end for t in record["triggers"]):
            return False
        twins = [other for other in records if other["type"] == record["type"] and other["trigger"]["start"] >= body_start]
        return any(not _countries_clash(record["actor"], other["actor"], countries) for other in twins) \
            and not any(set(record["actor"]) & set(other["actor"]) for other in twins)
    return [r for r in records if not doubled(r)]


def _headline_twin(records, event, actor: list[str], value: str | None, headline, body_ids: set[str],
                   countries: dict) -> dict | None:
    """The headline's act that a body verb tells again with its actor written another way
    ("محتجون يهاجمون السفارة الفرنسية" … "وأضرم محتجون غاضبون النار"، "الطيران الكيني يقصف
    معسكرين" … "شنت طائرات حربية كينية غارات"): a headline verb of the same type and mode (a
    headline noun's actor is often its victim: "قتلى بينهم جنود أمريكيون في تفجيرين"),
    not yet told in the body (one trigger), whose actors the body never names, merges with the
    body's first act of its type told by a finite verb, whose mode the headline may leave unsaid
    ("يقصف" … "شنت طائرات … غارات") (gold-format.md: a headline and a body
    sentence about the same act are one event).  A headline actor the body names again is a party
    of its own: its act is merged by actor, and another party's act stays apart; a background act
    ("وكانت … قد"، status historical), one on another day, or one whose actor belongs to another
    country ("وقصفت القوات الروسية خاركيف" … "كما استهدفت المسيرات الأوكرانية مصفاة") is no twin."""
    if event.kind not in _TOLD or event.trigger[0] < headline.end or event.status == "historical":
        return None
    return next((m for m in records if headline.start <= m["trigger"]["start"] < headline.end
                 and m["_kind"] in _TOLD and len(m["triggers"]) == 1 and m["type"] == event.type and m["mode"] in (event.mode, None)
                 and m["actor"] and not set(m["actor"]) & body_ids and m["status"] != "historical"
                 and not _countries_clash(m["actor"], actor, countries)
                 and (m["date"] == value or not m["date"] or not value)), None)


def _countries_clash(first: list[str], second: list[str], countries: dict) -> bool:
    """Two actors whose entities belong to known countries, none shared: two parties, never one
    named two ways."""
    ours, theirs = ({countries.get(a) for a in side} - {None} for side in (first, second))
    return bool(ours and theirs) and not ours & theirs


def _other_parties(actor: list[str], recipient: list[str]) -> list[str]:
    """The recipients that are not the actor: one party never acts on itself in the record.  A VSO
    subject read again as the verb's object ("ودعا رئيس الحكومة مسرور بارزاني المتظاهرين"), another
    mention of the actor's entity taken as the object, or a merge of two mentions of one act (the
    recipient of one the actor of the other) leaves the same entity on both sides; it stays the actor."""
    return [r for r in recipient if r not in actor]


def _unnamed_seed(event, value: str | None, headline, text: str) -> bool:
    """A dated body noun of an act with no actor written, before any record of its type: the article
    names its act first ("ارتفعت حصيلة التفجير الانتحاري الذي استهدف متنزها …، مساء أمس") and tells who
    did it only later, naming it back ("وتبنت الجماعة الهجوم"، "نفذت الضربة"; `_names_back`): its day is
    that act's.  Not a verb (an act told with no doer, "قُتل"), not a death (triggers.yaml `death`:
    "مقتل" tells the toll), not another act ("في هجوم آخر"), nor a historical one."""
    if event.kind != "noun" and not _relative_verb(event, text) or not value or event.status == "historical" \
            or event.trigger[0] < _body_start(headline):
        return False
    entry = _event_noun(text[event.trigger[0]:event.trigger[1]].split()[0])
    return not (entry and entry.get("death")) and not _other_act_noun(event, text)


def _relative_verb(event, text: str) -> bool:
    """A verb right after a relative pronoun: the relative clause of a noun, which tells that noun's act
    ("ارتفعت حصيلة الهجوم بصاروخ باليستي الذي استهدف مساء أمس مسجدا"، "العملية التي استهدفت الموقع
    فجر اليوم"), its doer unnamed where the noun has none: a seed as the noun would be."""
    before = text[max(0, event.trigger[0] - 20):event.trigger[0]].split()
    return event.kind == "verb" and bool(before) and _is_relative(before[-1])


def _event_noun(word: str) -> dict | None:
    """The lexicon entry of a word that is an event noun on its own (triggers.yaml `nouns`), if it is one;
    a dual names two such acts and reads as its singular (code._dual_singular: "وتبنى التنظيم الهجومين"،
    "نفذت الحركة التفجيرين")."""
    norm = normalise_word(word.strip("،,.؛:\"«»"))
    nouns = triggers()["nouns"]
    entry = nouns.get((norm,))
    if entry is None:
        singular = _dual_singular(norm)
        entry = nouns.get((singular,)) if singular else None
    return entry


def _names_back(event, text: str) -> bool:
    """An act told by a definite event noun, alone or after its light verb ("وتبنت الجماعة الهجوم"،
    "نفذت الضربة"، "تنفيذ الهجوم"، "وقع الاتفاق"): the noun names an act the article has already told.
    Not a light verb's noun that names no act alone ("أطلقوا النار"، "ألقت القبض")."""
    words = text[event.trigger[0]:event.trigger[1]].split()
    if event.kind not in ("noun", "light") or not words:
        return False
    noun = words[0] if event.kind == "noun" else words[-1]
    return noun.startswith("ال") and _event_noun(noun) is not None


def _seed(event, value: str | None, time: dict | None, own_clause: bool = False) -> tuple:
    """A dated mention as `_seed_for` reads it: (mode, day, time id, sentence, whether its own relative
    clause dated it)."""
    return (event.mode, value, (time or {}).get("id"), event.sentence, own_clause)


def _own_clause_seed(seed: tuple, event) -> bool:
    """Whether a seed's day outweighs the day of the sentence that names its act back: the seed was dated by
    its own relative clause ("التفجير الانتحاري الذي ضرب كنيسة مار إلياس … مساء الأحد الماضي"), the act's own
    day, in an earlier sentence than the one naming it back ("وقالت الجماعة … الاثنين إن أحد عناصرها نفّذ
    الهجوم"), whose time is the claim's or the report's."""
    return seed[4] and seed[3] < event.sentence


def _named_back_seed(record: dict, event, text: str, seeds: list[tuple] | None) -> tuple | None:
    """The seed whose day an undated attack record takes when an actorless definite noun names it back
    ("وأدان رئيس الوزراء الهجوم"): the seeds the first record of its type took (`popped` in `_records`: the act the
    article named first, with its day, before telling its doer: "ارتفعت حصيلة الهجوم الذي استهدف فندقا …، عصر أمس
    الاثنين" … "واستهدف مسلحو الحركة الفندق"), one of an earlier sentence than the record's.  Only an attack
    (arguments.yaml `reported_attack_types`: the act a toll names first), not a historical record, not a record
    dated already (dev s35: the same for every type broke an aid and a meeting record)."""
    if record["date"] or record["status"] == "historical" or event.type not in arguments()["reported_attack_types"] \
            or not _names_back(event, text):
        return None
    seed = _seed_for(seeds, record["mode"])
    return seed if seed is not None and seed[3] < record["sentence"] else None


def _seed_for(seeds: list[tuple] | None, mode: str | None) -> tuple | None:
    """The first seed (`_unnamed_seed`) whose mode is the record's, or where one of the two leaves
    it unsaid ("التفجير" … "وتبنت الجماعة الهجوم")."""
    return next((s for s in seeds or () if s[0] is None or mode is None or s[0] == mode), None)


def _unnamed_doers(actor: list[str], by_id: dict) -> bool:
    """An actor written only by unnamed words ("مسلحون"، "المهاجمين"، "مجموعات مسلحة"): every entity anonymous,
    none the bomber whose own blast may be an act apart (arguments.yaml retold_apart_words)."""
    apart = arguments()["retold_apart_words"]
    return bool(actor) and all(by_id.get(a, {}).get("anonymous")
                               and not {normalise_word(w) for w in (by_id[a].get("name_ar") or "").split()} & apart
                               for a in actor)


def _retold_by_unnamed(records: list[dict], entities: list[dict]) -> list[dict]:
    """One attack told twice, once by its unnamed doers and once by the armed group named for it ("هجوم شنه
    مسلحون على النقطة" … "وتبنت جماعة نصرة الإسلام والمسلمين الهجوم"، "اقتحم المهاجمون الفندق" … "هجوم حركة
    الشباب"): one event (gold-format.md: one event per real action), the group's.  A record of a
    retold_attack_types type whose actors are all unnamed (`_unnamed_doers`) joins the first record of its type
    on the same day (or both undated) whose actor is named and of a retold_claimant_sectors sector (a
    non-state armed group), unless one side is the other's recipient (the group's fight with the gunmen);
    its triggers and actors go to that record.  An undated one ("وأطلق المسلحون النار") joins the group's act
    where the news tells one alone (its background, status historical, aside).  A state's forces who kill the
    gunmen act apart and are no such record.  Round s33, measured on dev: 19 records joined, 15 of them over
    no gold trigger (the same day alone: 12, 10)."""
    lists = arguments()
    by_id = {e["id"]: e for e in entities}
    named = [r for r in records if r["type"] in lists["retold_attack_types"]
             and any(not by_id.get(a, {}).get("anonymous") and by_id.get(a, {}).get("sector") in lists["retold_claimant_sectors"]
                     for a in r["actor"])]
    out = []
    for record in records:
        if record["type"] in lists["retold_attack_types"] and _unnamed_doers(record["actor"], by_id):
            apart = [m for m in named if m["type"] == record["type"] and not set(m["actor"]) & set(record["recipient"])
                     and not set(record["actor"]) & set(m["recipient"])]
            same = next((m for m in apart if m["date"] == record["date"]), None)
            if same is None and not record["date"]:
                # "أطلقوا النار" with no day of its own: the one act of the group the news tells (not its background)
                told = [m for m in apart if m["status"] != "historical"]
                same = told[0] if len(told) == 1 else None
            if same is not None:
                same["triggers"] = same["triggers"] + record["triggers"]
                same["actor"] = same["actor"] + [a for a in record["actor"] if a not in same["actor"]]
                continue
        out.append(record)
    return out


def _records(coded, text: str, entity_of: dict, find_time, doc: Doc) -> list[dict]:
    figures = sorted((doc._.figures or []) if Doc.has_extension("figures") else [], key=lambda f: f["start"])
    figure_starts = [f["start"] for f in figures]
    claims = (doc._.claims or []) if Doc.has_extension("claims") else []
    sentences = doc._.sentences or []
    structure = doc._.structure
    headline = structure.headline if structure is not None else None
    entities = (doc._.entities or []) if Doc.has_extension("entities") else []
    countries = {e["id"]: e.get("country") for e in entities}
    kinds = {e["id"]: e.get("type") for e in entities}
    merged: dict[tuple, dict] = {}
    published = doc_published(doc)
    named_back = _named_back(coded, text)
    seeds: dict[str, list[tuple]] = {}           # type → the dated actorless mentions no record took yet
    popped: dict[str, list[tuple]] = {}          # type → the seeds the first record of that type took (`_named_back_seed`)
    body_ids = {i for (s, _), i in entity_of.items() if headline is None or s >= headline.end}
    for event in coded:
        actor = _acting(_ids(event.actor, entity_of), kinds)
        reported = _speaker_of_reported_act(event, actor, text, claims, sentences, kinds)
        if reported or _speaker_of_named_act(event, actor, text, claims, sentences, kinds):
            actor = []                            # "وقال المتحدث إن مسلحين شاركوا في الهجوم": he tells it
        # an attack told by its target, its author unnamed; or by a person who speaks of it ("وقال الناطق فلان
        # إن منفذة العملية فجرت حزاما ناسفا"): kept without an actor, left out where another attack names its author
        struck = not actor and (reported and event.type in arguments()["reported_attack_types"]
                                or _struck_unnamed(event, text))
        struck_seed = False                       # … and dated: a seed too (below)
        time = event.time
        value = _day_of((time or {}).get("value"))
        long_since = _long_since(event, value, find_time.began, published)   # a campaign begun long ago
        start, end = event.trigger
        if actor:
            # one real action reported twice (headline and body): same type, mode and actors,
            # on the same day or with one side undated; a definite event noun ("الهجوم
            # الإسرائيلي") names the act already told, whatever day its sentence speaks of
            definite = text.startswith("ال", start)
            retold = any(c["content"]["start"] <= start < c["content"]["end"] for c in claims) \
                or (event.sentence, event.type) in named_back
            same = next((m for k, m in merged.items() if k[:3:2] == (event.type, tuple(sorted(actor)))
                         and (k[1] == event.mode or _instrument_of(m, event, text))
                         and (definite and not _own_other_day(m, event, value, text)
                              or m["date"] == value or not m["date"] or not value)
                         and not _two_acts(m, event, headline, text,
                                           retold and not _elsewhere(m, event, entity_of))
                         and not _background_of_news(m, event, value, headline)
                         and not _campaign_since(m, event, value, long_since)
                         and not _promise_of_more(m, event)), None)
            if same is None and definite and _nisba_of_act(text, event):
                # "الهجوم الإسرائيلي" after "شن الجيش الإسرائيلي هجوما": the definite noun names the act its army
                # was told doing; the nisba's country is that army's (session 31: the country acts only where
                # the act's own words give no more)
                same = next((m for m in merged.values() if m["type"] == event.type
                             and not _own_other_day(m, event, value, text)
                             and _one_country(m["actor"], countries) == _one_country(actor, countries) is not None),
                            None)
            if same is None and headline is not None:
                # the headline's act told again in the body by a party of the same country
                # ("لبنان يعلن حالة الطوارئ" … "وأعلن مجلس الوزراء حالة الطوارئ"): one act, the
                # country acting through the party the body names
                same = next((m for m in merged.values() if headline.start <= m["trigger"]["start"] < headline.end
                             and len(m["triggers"]) == 1 and (m["type"], m["mode"]) == (event.type, event.mode)
                             and all(kinds.get(a) == "GPE" for a in m["actor"])
                             and not any(kinds.get(a) == "GPE" for a in actor)
                             and (m["date"] == value or not m["date"] or not value)
                             and _one_country(m["actor"], countries) == _one_country(actor, countries) is not None), None)
                if same is not None:
                    same["actor"] = list(dict.fromkeys(same["actor"] + actor))
            if same is None and headline is not None:
                same = _headline_twin(merged.values(), event, actor, value, headline, body_ids, countries)
                if same is not None:
                    same["actor"] = list(dict.fromkeys(same["actor"] + actor))   # one party, named two ways
                    same["mode"] = event.mode     # the body tells how it acted
            if same is None and len(actor) == 2:
                # "التقى X الرئيس Y … وبحث الرئيسان …": the meeting of the two told again
                same = next((m for m in merged.values() if m["type"] == event.type and len(m["actor"]) == 1
                             and set(actor) == set(m["actor"]) | set(m["recipient"])), None)   # by phone or not
        elif _agentless_fall(event, text):
            # projectiles that fell with no agent written ("سقوط قذائف في محيط المطار"): an attack
            # of its own whose actor the text leaves unnamed, kept without one (one per day)
            same = next((m for m in merged.values() if not m["actor"] and m["_fall"] and m["date"] == value), None)
        else:
            # an event noun with no actor of its own ("الهجوم", "الهدنة") names one already
            # reported; alone it is not coded
            same = next((m for m in reversed(merged.values()) if (m["type"], m["mode"]) == (event.type, event.mode)), None)
            if same is None and (_told_unnamed(event) or struck or _passive_told(event)):
                # "قال المتحدث إن المهاجم أطلق النار": an act told with its doer.  An attack told by its target
                # is left out at the end where another attack names its author; its day then goes on, as a
                # seed's, to the record that names it back ("وتبنت الجماعة الهجوم")
                struck_seed = struck and _unnamed_seed(event, value, headline, text)
            elif same is None or _other_act_noun(event, text):   # unnamed, kept without an actor
                if same is None and _unnamed_seed(event, value, headline, text):
                    seeds.setdefault(event.type, []).append(_seed(event, value, time, start in find_time.bound))
                continue                          # "بعد يوم من غارة مماثلة": another act, whose actor is not written
        if same is not None:
            if not actor and not value and start >= _body_start(headline):
                seed = _named_back_seed(same, event, text, popped.get(event.type))
                if seed is not None:              # "ارتفعت حصيلة الهجوم الذي استهدف الفندق، عصر أمس" … "واستهدف
                    same["date"], same["time"] = seed[1], seed[2]   # مسلحو الحركة الفندق" … "وأدان الوزير الهجوم"
            same["triggers"].append({"start": start, "end": end, "text": text[start:end]})
            if _tells(event, actor, text, headline):
                same["_told"].add(event.sentence)
            for field in ("recipient", "place"):
                same[field] = list(dict.fromkeys(same[field] + _ids(getattr(event, field), entity_of)))
            own_clause = start in find_time.bound     # dated by its own relative clause
            if not same["date"] and value and not actor and headline is not None \
                    and headline.start <= same["trigger"]["start"] < headline.end <= start \
                    and (not same["_body_day"] or own_clause and same["_body_day"][2] == event.sentence):
                same["_body_day"] = (value, (time or {}).get("id"), event.sentence)   # the headline's act named in the body
            if value and same["date"] != value and same["_dated_in"] == event.sentence and own_clause:
                same["date"], same["time"] = value, (time or {}).get("id")   # its own clause's day, not the report's
            elif not same["date"] and value and actor:
                same["date"], same["time"], same["_dated_in"] = value, (time or {}).get("id"), event.sentence
                if same["status"] == "asserted" and event.status == "historical":
                    same["status"] = event.status   # the day it takes tells its status: long before the news
            continue
        pending = seeds.pop(event.type, None)     # the first record of its type is the act they named
        if pending:
            popped.setdefault(event.type, pending)
        if struck_seed:
            seeds.setdefault(event.type, []).append(_seed(event, value, time, start in find_time.bound))
        if actor and event.status != "historical" and event.trigger[0] >= _body_start(headline) \
                and _names_back(event, text):
            seed = _seed_for(pending, event.mode)
            if seed is not None and (not value or _own_clause_seed(seed, event)):
                value, time = seed[1], {"id": seed[2]}   # "ارتفعت حصيلة التفجير الذي استهدف … مساء أمس" … "وأعلنت
                #                                   الجماعة مسؤوليتها عن الهجوم": the day its first mention gave
        key = (event.type, event.mode, tuple(sorted(actor)), len(merged))
        sentence = sentences[event.sentence] if event.sentence < len(sentences) else (start, end)
        claim = next((c["id"] for c in claims if c["content"]["start"] <= start < c["content"]["end"]), None)
        merged[key] = {
            "id": None, "type": event.type, "mode": event.mode, "context": [], "status": event.status,
            "trigger": {"start": start, "end": end, "text": text[start:end]},
            "triggers": [{"start": start, "end": end, "text": text[start:end]}],
            "actor": actor, "recipient": _ids(event.recipient, entity_of), "place": _ids(event.place, entity_of),
            "time": (time or {}).get("id"), "date": value,
            "figures": [f["id"] for f in figures[bisect.bisect_left(figure_starts, sentence[0]):
                                                 bisect.bisect_left(figure_starts, sentence[1])]],
            "claim": claim, "sentence": event.sentence, "confidence": event.confidence, "_kind": event.kind,
            "_told": {event.sentence} if _tells(event, actor, text, headline) else set(),
            "_fall": not actor, "_body_day": None, "_dated_in": event.sentence if value else None,
            "_campaign": long_since, "_struck": struck,
        }
    out = list(merged.values())
    if any(m["type"] == "ASSAULT" and m["actor"] for m in out):
        out = [m for m in out if not m["_struck"]]   # the attack told by its target, its author named elsewhere
    if headline is not None:
        _headline_days(out, headline)
        _headline_lead_days(out, headline, text, find_time)
    if headline is not None and structure.body is not None:
        out = _without_headline_doubles(out, headline, structure.body[0], countries)
    out = _discussions_of_meetings(out, words_of(doc), doc.user_data["khabar_word_starts"])
    out = _beyond_captions(out, _photo_captions(doc))
    out = trigmodel.apply(out, lambda: trigmodel.Context(text, words_of(doc), doc.user_data["khabar_word_starts"],
                                                         sentences, headline.end if headline is not None else 0, kinds,
                                                         _mention_spans(doc)))
    out = _retold_by_unnamed(out, entities)
    for index, event in enumerate(out, start=1):
        event["id"] = f"v{index}"
        event["recipient"] = _other_parties(event["actor"], event["recipient"])
        del event["_kind"], event["_told"], event["_fall"], event["_body_day"], event["_dated_in"], event["_campaign"], event["_struck"]
    return out
