"""Resolving detected time expressions to ISO values against the publication date.

News speaks of the past: a date without a year is its most recent past occurrence (7
أكتوبر in June 2024 is 2023-10-07), a bare weekday the most recent such day, unless the
sentence speaks of the future (المقرر، المقبل، سوف); a weekday named with the date picks
the year the date falls on that weekday.  "That day" takes the day last mentioned, and so
does "بعد N units" in a sentence that named a day (a month, a year) before it; "الشهر
نفسه"، "الأسبوع التالي"، "أبريل من العام نفسه" take the month, week or year last mentioned,
and "الاثنين التالي" (or a bare weekday in the clause of a date told weeks before the
anchor) counts from the day told.  One
article speaks of one day in one way: a date without its year takes the year the article
gives the same day elsewhere, a bare weekday in the headline the day the body pins it to.  Without a publication date, relative expressions stay unresolved (value
null): khabar never guesses "today".
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import calendar as _calendar
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from khabar.text.normalise import normalise_word
from khabar.times.calendars import gregorian_to_hijri, hijri_month_days, hijri_to_gregorian
from khabar.times.detect import Candidate, relative_rules

__all__ = ["resolve"]


@lru_cache(maxsize=1)
def _future_cues() -> frozenset[str]:
    return frozenset(normalise_word(w) for w in relative_rules()["future_cues"])


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def future_marks(index: dict[str, list[int]], text: str = "") -> list[int]:
    """Where the text's future cue words stand (المقرر، سوف، لن، …), from its word index, and
    its verbs of a scheduled start in the present tense (تنطلق، تبدأ، يفتتح) that no أن makes
    a subjunctive ("قبل أن يبدأ" tells of the past) and no منذ a few words on makes a state that
    goes on ("يزور واشنطن منذ الأحد")."""
    marks = [position for cue in _future_cues() for position in index.get(cue, ())]
    return marks + [position for verb in _schedule_verbs() for position in index.get(verb, ())
                    if not _AFTER_AN.search(text, max(0, position - 6), position)
                    and not _SINCE_AFTER.match(text, position + len(verb))]


_AFTER_AN = re.compile(r"(?<!\w)ان\s+$")
# "الذي يزور واشنطن منذ الأحد": منذ in the verb's clause, a few words on, makes the visit one that
# goes on since that day (round s24), not one to come
_SINCE_AFTER = re.compile(r"(?:\s+[^\s،,.؛:]+){0,3}?\s+[وف]?منذ(?!\w)")


@lru_cache(maxsize=1)
def _schedule_verbs() -> frozenset[str]:
    return frozenset(normalise_word(w) for w in relative_rules()["schedule_verbs"])


@lru_cache(maxsize=1)
def _decided_act_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], int, re.Pattern[str]]:
    """relative.yaml decided_acts: the verbs (deciding, forecasting) and the verbs of calling as
    patterns, the words that end a decided act, how many words after the verb its object may stand,
    and the phrases whose بعد is no time ("عن بعد")."""
    rules = relative_rules()["decided_acts"]
    words = {key: sorted({normalise_word(w) for w in rules[key]}, key=len, reverse=True)
             for key in ("verbs", "calling_verbs")}
    return (re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(words["verbs"])),
            re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(words["calling_verbs"])),
            frozenset(normalise_word(w) for w in rules["ends"]), int(rules["reach"]),
            re.compile("|".join(r"\s+".join(map(normalise_word, p.split())) for p in rules["remote"])))


# verbal nouns of forms II (تعليق), IV (إغلاق, hamza normalised away), VIII (اجتماع) and X (استئناف),
# bare or with the article
_VERBAL_NOUN = re.compile(r"(?:ال)?(?:ت[^\Wاوي]{2}ي\w|ا[^\Wاوي]{2}ا\w|ا[^\Wاوي]ت[^\Wاوي]ا\w"
                          r"|است[^\Wاوي]{2}ا\w)")
_WORD = re.compile(r"\w+")


_CALL_OBJECT = re.compile(normalise_word("إلى"))


def decided_acts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where the objects of verbs of deciding, forecasting and calling stand in `text[start:end]`
    (normalised): the first verbal noun within reach after "قررت"/"توقعت" ("قررت المحافظة تعليق
    الدراسة"), the "إلى" after a verb of calling ("داعية إلى وقفة"), with no clause break between;
    sorted offsets."""
    end = len(text) if end is None else end
    verbs, calling, _, reach, _ = _decided_act_patterns()
    found = []
    for pattern, objects in ((verbs, _VERBAL_NOUN), (calling, _CALL_OBJECT)):
        for m in pattern.finditer(text, start, end):
            for position, word in enumerate(_WORD.finditer(text, m.end(), end)):
                if position >= reach or _CLAUSE_BREAK.search(text, m.end(), word.start()):
                    break
                if objects.fullmatch(word[0]):
                    found.append(word.start())
                    break
    return sorted(found)


def _after_a_decided_act(sentence: tuple[int, int], position: int, text: str) -> bool:
    """Does a decided, forecast or called-for act stand before `position` in its sentence, with no
    clause break nor relative pronoun (nor بعد/منذ/إثر) between them to end it?  Only the
    sentence's words before the time are read."""
    acts = decided_acts(text, sentence[0], position)
    if not acts:
        return False
    between = text[acts[-1]:position]
    if _CLAUSE_BREAK.search(between):
        return False
    _, _, ends, _, remote = _decided_act_patterns()
    between = remote.sub(" ", between)
    return not any(word in ends or word[1:] in ends for word in _WORD.findall(between))


def says_future(marks: list[int], sentence_start: int, position: int) -> bool:
    """A time speaks of the future when a future cue (a cue word, or a verb with the future
    prefix سـ) stands before it in its sentence: "أعلن مساء الأربعاء أن الإفراج لن يبدأ قبل
    يوم الجمعة" puts Friday in the future, not Wednesday."""
    index = bisect.bisect_left(marks, sentence_start)
    return index < len(marks) and marks[index] < position


def resolve(candidates: list[Candidate], normalised_text: str, anchor: date | None,
            sentence_of: callable, future_marks: list[int] | None = None,
            anchor_label: str = "published", headline: tuple[int, int] | None = None,
            asides: list[tuple[int, int]] | None = None) -> list[dict[str, Any]]:
    """Record-shaped time items (without ids) for the candidates, in order.

    `anchor_label` says what `anchor` is: the publication date ("published"), or the id
    of the time in the text the article's relative times are read against.

    One article speaks of one day in one way: a date without its year that the article
    gives elsewhere with its year ("حتى الأول من مارس" in the headline, "حتى الأول من
    مارس/آذار 2025" in the lead) takes that year, and a bare weekday in the headline
    ("هدنة غزة تبدأ صباح الجمعة") the day the body pins that weekday to ("صباح غد الجمعة").

    `asides` (the photo captions' spans) date their own photo: their times are resolved like any
    other, but the narrative goes on without them ("…، 12 مايو 2019 (أرشيفية)" over a body whose
    "فجرا" is the publication day's dawn, not the archive photo's)."""
    years_of_days = _years_of_days(candidates)
    pinned = _pinned_weekdays(candidates, headline)
    items: list[dict[str, Any]] = []
    last_day: tuple[int, date] | None = None  # (index in items, date) of the last day-grain time
    last_story_day: tuple[int, date] | None = None  # the same, of the last day not told as a report's
    last_past_day: tuple[int, date] | None = None  # the same, of the last day not after the anchor
    last_told_day: tuple[int, date] | None = None  # the same, of the last day not counted back in weeks or more
    story_day: tuple[int, date] | None = None  # the same, of the first day the body tells from the anchor
    last_year: tuple[int, int] | None = None  # (index in items, year) of the last time with a year
    last_month: tuple[int, date] | None = None  # (index in items, first day) of the last time in one month
    days_by_sentence: dict[tuple[int, int] | None, date] = {}
    has_clock = any(candidate.kind == "clock" for candidate in candidates)
    has_same_day = any(candidate.kind == "anaphoric" and candidate.data.get("offset") == 0 for candidate in candidates)
    for candidate in (candidates if has_clock else ()):
        if candidate.kind == "clock":
            continue
        sentence = sentence_of(candidate.start)
        item = _resolve_one(candidate, anchor, False, None, None)
        if item and item.get("_date") and sentence not in days_by_sentence:
            days_by_sentence[sentence] = item["_date"]
    marks = sorted(future_marks or [])
    for candidate in candidates:
        sentence = sentence_of(candidate.start)
        future = says_future(marks, sentence[0], candidate.start) if sentence else False
        if future and (_report_after_cue(normalised_text, marks, candidate.start)
                       or _done_sequence_after_cue(normalised_text, marks, candidate.start)
                       or _cues_quoted_off(normalised_text, marks, sentence[0], candidate.start)
                       or _since_after_cue(normalised_text, marks, candidate.start)):
            future = False
        if (not future and candidate.kind == "weekday" and candidate.data.get("direction") is None
                and sentence is not None and _after_a_decided_act(sentence, candidate.start, normalised_text)):
            future = True   # "قررت المحافظة تعليق الدراسة يوم الأحد": the decided act's day is to come
        if candidate.kind == "clock":
            on = candidate.data.get("on")
            day, label = days_by_sentence.get(sentence, anchor), anchor_label
            if on is not None:
                on_item = _resolve_one(on, anchor, future, last_day, last_year)
                day = on_item.get("_date") if on_item else None
                if day is not None:
                    last_day = last_told_day = (len(items), day)
            elif sentence not in days_by_sentence:
                told = _narrative_day(future, last_told_day, last_past_day, anchor)
                told = _evening_told_before(candidate, items, told)
                if told is not None:
                    day, label = told[1], f"#{told[0]}"
            items.append(_relabel(_clock_item(candidate, day), label))
            continue
        item = None
        if (headline is not None and headline[0] <= candidate.start < headline[1] and candidate.kind == "weekday"
                and candidate.data.get("direction") is None and candidate.data["weekday"] in pinned):
            candidate = _pinned_copy(candidate, pinned[candidate.data["weekday"]])
        elif (candidate.kind == "absolute" and candidate.data.get("year") is None and candidate.data.get("day")
                and candidate.data.get("calendar") == "gregorian" and candidate.data.get("direction") is None
                and (candidate.data["month"], candidate.data["day"]) in years_of_days):
            candidate = Candidate(candidate.start, candidate.end, candidate.kind,
                                  {**candidate.data, "year": years_of_days[candidate.data["month"], candidate.data["day"]]},
                                  candidate.part, candidate.period_part)
        told = _told_frame(candidate, items, sentence, sentence_of, normalised_text) if not future else None
        if told is not None:
            item = _in_told_frame(candidate, told, anchor)
        if item is None and candidate.kind == "ago" and candidate.data["offset"] > 0 and not future and last_day is not None:
            before = items[last_day[0]]["_c"]
            if sentence is not None and sentence_of(before.start) == sentence:
                if not normalised_text[before.end:candidate.start].strip():
                    continue   # "توفيت يوم الجمعة بعد ثلاثة أيام في غيبوبة": how long before that day
                item = _after_day(candidate, last_day)
        if (item is None and candidate.kind == "ago" and candidate.data["offset"] > 0 and not future and items
                and sentence is not None and sentence_of(items[-1]["_c"].start) == sentence):
            item = _after_period(candidate, items)
        if item is None and candidate.kind == "ago" and candidate.data["offset"] > 0 and not future:
            continue   # "المحكمة الدولية بعد 15 عاماً": how long after an unsaid event, no date
        if (item is not None and candidate.kind == "ago" and candidate.data["offset"] > 0 and not future
                and anchor is not None and _begins_after(item["value"], anchor)):
            continue   # "أطاح به الجيش … بعد نحو 30 عاما في الحكم": a past sentence tells no day after its own date
        if item is None and candidate.kind in _SAME_KINDS:
            item = _same_period(candidate, last_day, last_month, last_year, anchor)
        if item is None and candidate.kind == "weekday" and not future:
            item = _weekday_of_a_told_day(candidate, items, last_day, anchor, sentence, sentence_of, normalised_text)
        if (item is None and candidate.kind == "anaphoric" and candidate.data.get("offset") == 0
                and not candidate.data.get("ordinal") and not candidate.data.get("or_anchor") and last_story_day is not None and last_story_day != last_day
                and not _in_a_report(normalised_text, candidate, sentence)):
            # "وفي هجوم ثان في اليوم ذاته" after "أعلن الوزير، أمس الأحد، …": the day of the
            # story told, not the day it was reported on
            item = _resolve_one(candidate, anchor, future, last_story_day, last_year)
        if item is None and _narrative_past_a_coming_day(candidate, future, last_day, anchor):
            # "تجرى الإعادة يوم السبت المقبل" then "انتهى الفرز قبل منتصف الليل": the night of the
            # last day already over, not of the day still to come
            item = _resolve_one(candidate, anchor, future, last_past_day, last_year)
        if item is None and _counts_back_days(candidate, future):
            base = _story_day(candidate, normalised_text, items, last_past_day, story_day)
            if base is not None:
                # "أمس الخميس … وكان قد وصل قبل يومين": N days before the day the story is on
                item = _after_day(candidate, base)
        if item is None:
            item = _resolve_one(candidate, anchor, future, last_day, last_year)
            if item is None:
                continue
            item = _relabel(item, anchor_label)
        item = _night_before_a_dawn(candidate, item, items, last_day)
        if candidate.part:
            item["part"] = candidate.part
            if item["grain"] == "day":
                item["grain"] = "part-of-day"
        items.append(item)
        if asides and any(a <= candidate.start < b for a, b in asides):
            continue   # a caption's date dates its photo; the narrative does not go on from it
        if item.get("_date") is not None:
            last_day = (len(items) - 1, item["_date"])
            if story_day is None and _tells_the_news_day(candidate, item, anchor, anchor_label, headline):
                story_day = last_day
            if not _counted_back_coarsely(candidate):
                last_told_day = last_day
            if anchor is not None and item["_date"] <= anchor:
                last_past_day = last_day
            if has_same_day and not _reported_on(normalised_text, candidate, sentence):
                last_story_day = last_day
        if item["value"] and item["value"][:4].isdigit():
            last_year = (len(items) - 1, int(item["value"][:4]))
            if _IN_ONE_MONTH.fullmatch(item["value"]):
                last_month = (len(items) - 1, date(int(item["value"][:4]), int(item["value"][5:7]), 1))
    return items


def _night_before_a_dawn(c: Candidate, item: dict[str, Any], items: list[dict[str, Any]],
                         last_day: tuple[int, date] | None) -> dict[str, Any]:
    """"ليلا" told after a dawn ("استشهد شاب فجر اليوم … وكان الجيش قد دهم المنزل ليلا"): the night
    that ended at that dawn, dated by its evening, the day before; else `item` unchanged."""
    if (not c.data.get("adverb") or c.part != "night" or last_day is None or item.get("_date") != last_day[1]
            or items[last_day[0]].get("part") != "dawn"):
        return item
    day = last_day[1] - timedelta(days=1)
    return _item(c, day.isoformat(), "day", f"#{last_day[0]}", day=day)


_TOLD_DAY_GAP = 7   # a told day this many days or more before the anchor is not the week being reported
_CLAUSE_BREAK = re.compile(r"[،,؛;:«»\"“”()]")
_BOUNDARY_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:منذ|حتى|قبل|بعد)\s+(?:\S+\s+){0,2}$")


def _narrative_day(future: bool, last_day: tuple[int, date] | None, last_past_day: tuple[int, date] | None,
                   anchor: date | None) -> tuple[int, date] | None:
    """The day the narrative is on, for a clock time whose sentence names no day ("وقالت مصادر إن
    القوة تسللت قرابة السابعة صباحا" after "أمس الخميس"), as (index in items, date): the day last
    named before it, as for a part of the day (session 14's rule); in a sentence that does not look
    ahead, the last day already over when the day last named is still to come; None (the
    publication day) when no such day was named.  `last_day` is the last day told by a day's
    name or date, not one counted back in weeks, months or years ("منذ اندلاع الحرب قبل أسبوعين":
    background, not the day the narrative is on)."""
    if last_day is None:
        return None
    if not future and anchor is not None and last_day[1] > anchor:
        return last_past_day
    return last_day


_LATE_PARTS = frozenset({"evening", "night"})
_EARLY_PARTS = frozenset({"dawn", "morning"})
_EVENING_HOURS = range(17, 24)


def _evening_told_before(c: Candidate, items: list[dict[str, Any]],
                         told: tuple[int, date] | None) -> tuple[int, date] | None:
    """The day of an evening clock time ("وصل المهاجمون نحو الساعة السابعة والنصف مساء") when the
    day the narrative is on was told as its morning ("صباح اليوم السبت") right after the day before
    was told as its evening or night ("مساء أمس الجمعة"، "ليل الأحد"): the story of a night's act and
    the next morning's aftermath, whose evening hour is the night's, not the morning's day.  Else
    `told` unchanged."""
    if told is None or c.data.get("hour") not in _EVENING_HOURS or items[told[0]].get("part") not in _EARLY_PARTS:
        return told
    for index in range(told[0] - 1, -1, -1):
        day = items[index].get("_date")
        if day is None or day == told[1]:
            continue
        if day == told[1] - timedelta(days=1) and items[index].get("part") in _LATE_PARTS:
            return index, day
        return told
    return told


_NEWS_DAY_KINDS = frozenset({"day", "weekday"})


def _tells_the_news_day(c: Candidate, item: dict[str, Any], anchor: date | None, anchor_label: str,
                        headline: tuple[int, int] | None) -> bool:
    """Is `item` the first day the body names from the anchor ("أعلنت الحكومة ليل الأحد"،
    "اختتم القادة القمة أمس الخميس"): the day the news is on, which the story goes on from?
    A day still to come, a headline's day and a date given in full are not."""
    return (c.kind in _NEWS_DAY_KINDS and anchor is not None and item.get("anchor") == anchor_label
            and item["_date"] <= anchor and not (headline is not None and headline[0] <= c.start < headline[1]))


def _counts_back_days(c: Candidate, future: bool) -> bool:
    """"قبل يومين"، "منذ ثلاثة أيام"، "قبل أسبوع": an exact count of days or weeks back, in a
    sentence that does not look ahead (session 16: counted from the day the narrative is on)."""
    return (c.kind == "ago" and c.data["offset"] < 0 and c.data.get("unit") in ("day", "week")
            and not future)


def _story_day(c: Candidate, text: str, items: list[dict[str, Any]], last_past_day: tuple[int, date] | None,
               story_day: tuple[int, date] | None) -> tuple[int, date] | None:
    """The day "قبل N أيام" counts back from (session 16): the day last told in its own paragraph
    ("أمس الخميس … وكان قد وصل قبل يومين"; not one still to come), else the day the body's news is on (the first day
    it names from the publication date: "ليل الأحد" of the lead, not a Friday visit told in
    passing three paragraphs on), else None (the publication day)."""
    if last_past_day is None or "\n" in text[items[last_past_day[0]]["_c"].end:c.start]:
        return story_day
    told = items[last_past_day[0]]
    if told["_c"].kind == "ago":   # "وصل قبل يومين وغادر قبل يوم": both from the same day
        return (int(told["anchor"][1:]), items[int(told["anchor"][1:])]["_date"]) if told["anchor"][:1] == "#" else None
    return last_past_day


def _counted_back_coarsely(c: Candidate) -> bool:
    """"قبل أسبوعين"، "منذ نحو عام": a day counted back from the anchor in units longer than a day."""
    return c.kind == "ago" and c.data.get("unit") not in (None, "day", "hour")


def _narrative_past_a_coming_day(c: Candidate, future: bool, last_day: tuple[int, date] | None,
                                 anchor: date | None) -> bool:
    """Is `c` a part of the day the narrative is on ("قبل منتصف الليل"، "قبيل الفجر": anaphoric with
    `or_anchor`) in a sentence that does not look ahead, while the day last named lies after the
    anchor?  A past act happens on no day still to come: it takes the last day already over."""
    return (c.kind == "anaphoric" and bool(c.data.get("or_anchor")) and not c.data.get("ordinal")
            and c.data.get("offset") == 0 and not future
            and last_day is not None and anchor is not None and last_day[1] > anchor)


def _weekday_of_a_told_day(c: Candidate, items: list[dict[str, Any]], last_day: tuple[int, date] | None,
                           anchor: date | None, sentence, sentence_of, text: str) -> dict[str, Any] | None:
    """A weekday counted from a day the text tells rather than from the publication date.

    "السبت التالي" / "الجمعة السابقة": the first such weekday after (before) the day last
    mentioned.  A bare weekday after a date its own sentence gives, weeks before the
    anchor, is that date's week: "اندلعت الاشتباكات يوم 3 مارس 2023 واستمرت حتى الأحد" is
    Sunday 5 March 2023 (the first such day from the date on) — unless the date is only a
    boundary ("منذ 7 أكتوبر … وفق ما أعلنت الوزارة السبت" is this week's Saturday) or a
    clause break stands between them ("في الحرب التي اندلعت في 7 أكتوبر 2023، بحسب ما
    أعلنت الوزارة السبت")."""
    direction = c.data.get("direction")
    if direction in ("following", "preceding"):
        if last_day is None:
            return _item(c, None, "day", None)
        day = last_day[1]
        if direction == "following":
            day += timedelta(days=(c.data["weekday"] - day.isoweekday() - 1) % 7 + 1)
        else:
            day -= timedelta(days=(day.isoweekday() - c.data["weekday"] - 1) % 7 + 1)
        return _item(c, day.isoformat(), "day", f"#{last_day[0]}", day=day)
    if direction is not None or last_day is None or anchor is None or sentence is None:
        return None
    if (anchor - last_day[1]).days < _TOLD_DAY_GAP:
        return None
    told = items[last_day[0]]
    told_c = told["_c"]
    if (told["anchor"] != "absolute" or sentence_of(told_c.start) != sentence
            or _BOUNDARY_BEFORE.search(text, max(0, told_c.start - 30), told_c.start)
            or _breaks_the_story(text, told_c.end, c.start)):
        return None
    day = last_day[1] + timedelta(days=(c.data["weekday"] - last_day[1].isoweekday()) % 7)
    return _item(c, day.isoformat(), "day", f"#{last_day[0]}", day=day)


_COMMA = re.compile(r"[،,]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")


@lru_cache(maxsize=1)
def _story_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """relative.yaml report_words, narrative_joiners, waw_initial_words, normalised."""
    rules = relative_rules()
    return tuple(frozenset(normalise_word(w) for w in rules[key])
                 for key in ("report_words", "narrative_joiners", "waw_initial_words"))


def _breaks_the_story(text: str, start: int, end: int) -> bool:
    """Whether a clause break between a told day and a weekday after it ends the story of
    that day: any break but one comma does; after one comma, a clause that opens with و or
    ثم and says nothing of a report carries it on ("… 14 مارس 2023، والتقى الأربعاء"),
    one of reporting ("، بحسب ما أعلنت الوزارة السبت") does not."""
    breaks = _CLAUSE_BREAK.findall(text, start, end)
    if not breaks:
        return False
    if len(breaks) > 1 or not _COMMA.fullmatch(breaks[0]):
        return True
    clause = _ARABIC_WORD.findall(text, text.index(breaks[0], start, end) + 1, end)
    if not clause:
        return True
    report, joiners, waw_words = _story_words()
    first = clause[0]
    if not (first in joiners or (first.startswith("و") and len(first) > 3 and first not in waw_words)):
        return True
    return any(word in report or (word.startswith("و") and word[1:] in report) for word in clause)


_CLAUSE_MARKS = "،,؛;"
_CLAUSE_OPENING = re.compile(r"[،,؛;]\s*(?P<w>[\u0621-\u064A]+)")


def _report_after_cue(text: str, marks: list[int], position: int) -> bool:
    """Does a clause of reporting (a verb of saying, or its circumstantial participle: مشيرة، مؤكدا),
    or one opened by فيما/بينما, open between the last future cue and a time ("وأكد كلا الاثنين أنهما
    لن يترشحا، وقالت اللجنة الاثنين إن …")?  Its verb tells its own day; the cue of the clause before
    does not reach it."""
    index = bisect.bisect_left(marks, position) - 1
    if index < 0:
        return False
    # the last clause before the time ("، حسب ما أعلنت الوزارة، يوم الأحد": a report set off
    # between commas leaves the time in the clause of the cue)
    comma = max(text.rfind(mark, marks[index], position) for mark in _CLAUSE_MARKS)
    if comma < 0:
        return False
    opening = _CLAUSE_OPENING.match(text, comma)
    return (opening is not None and opening.start("w") < position
            and (_is_report_word(opening["w"]) or opening["w"] in _clause_conjunctions()
                 or opening["w"] in _report_participles()))


@lru_cache(maxsize=1)
def _report_participles() -> frozenset[str]:
    """relative.yaml `report_participles`: circumstantial participles of saying that open a clause of
    their own after a comma ("…، مشيرة إلى أنها اعتقلت …")."""
    return frozenset(normalise_word(w) for w in relative_rules()["report_participles"])


@lru_cache(maxsize=1)
def _done_sequence() -> re.Pattern[str]:
    """relative.yaml `done_sequence`: the openers of a clause of sequence (بعد أن، بعدما) and the
    verb right after them, as one pattern over normalised text (group `v`: that verb)."""
    openers = "|".join(r"\s+".join(map(normalise_word, o.split())) for o in relative_rules()["done_sequence"])
    return re.compile(rf"(?<!\w)[وف]?(?:{openers})\s+(?P<v>[\u0621-\u064A]+)")


def _done_sequence_after_cue(text: str, marks: list[int], position: int) -> bool:
    """Does a clause of sequence with a verb in the perfect stand between the last future cue
    and a time ("قبل هجوم روسي متوقع في دونباس، بعد أن سحبت موسكو قواتها … في نهاية مارس")?
    It tells an act already done: the cue of the plan before it does not reach its time.  An
    imperfect after the opener keeps the plan's future ("سيزور باريس بعد أن يلتقي نظيره يوم
    الخميس": a day to come)."""
    index = bisect.bisect_left(marks, position) - 1
    if index < 0:
        return False
    return any(_perfect_looking(m["v"]) for m in _done_sequence().finditer(text, marks[index], position))


def _perfect_looking(verb: str) -> bool:
    """A normalised verb that reads as a perfect: a suffix of the perfect (ت، وا، تا), or no
    prefix of the imperfect (ي، ت، ن) before it ("سحبت"، "رشق"، "اعلن"); "يلتقي"، "تنتهي" do not."""
    return verb.endswith(("ت", "وا", "تا")) or not verb.startswith(("ي", "ت", "ن"))


# a quotation closed before the time: straight, guillemet or curly quotes (round s26)
_QUOTED = re.compile(r'"[^"\n]*"|«[^»\n]*»|“[^”\n]*”')
_QUOTED_NAME_WORDS = 3   # a quoted name or title, not a quoted sentence whose plan the text goes on with


def _cues_quoted_off(text: str, marks: list[int], sentence_start: int, position: int) -> bool:
    """Do all the future cues before a time in its sentence stand inside a short quotation (a name or a
    title of three words at most) closed before the time (a quoted name read as a future verb,
    "ناقلة النفط "ستينا إمبيرو" … احتجزها الحرس مساء الجمعة")?  A name is no verb of the sentence: its سـ does not put the sentence's time ahead.  A
    longer quoted sentence may set a plan the text goes on with ("سيعود الأسبوع المقبل"، على أن تعقد
    جولة في نهاية يناير), so it keeps its cue."""
    cues = marks[bisect.bisect_left(marks, sentence_start):bisect.bisect_left(marks, position)]
    if not cues:
        return False
    spans = [m.span() for m in _QUOTED.finditer(text, sentence_start, position)
             if len(m[0].split()) <= _QUOTED_NAME_WORDS]
    return all(any(start < cue < end for start, end in spans) for cue in cues)


_SINCE = re.compile(r"(?<!\w)[وف]?منذ(?!\w)")


def _since_after_cue(text: str, marks: list[int], position: int) -> bool:
    """Does منذ stand between the last future cue and a time ("سيلتقي بوتين غدا، في أول لقاء منذ بدء
    الغزو في 24 فبراير")?  "Since" counts from a past point: the time it governs is no day to come."""
    index = bisect.bisect_left(marks, position) - 1
    return index >= 0 and _SINCE.search(text, marks[index], position) is not None


@lru_cache(maxsize=1)
def _clause_conjunctions() -> frozenset[str]:
    """relative.yaml `clause_conjunctions`: words after a comma that open a clause of its own."""
    return frozenset(normalise_word(w) for w in relative_rules()["clause_conjunctions"])


_REPORT_REACH = 3   # words before a day that may be its verb of saying ("أعلن، أمس الأحد")


@lru_cache(maxsize=4096)
def _is_report_word(word: str) -> bool:
    """A reporting word (relative.yaml report_words), after و and before a pronoun suffix
    ("وأعلنت", "أعلنه")."""
    report = _story_words()[0]
    if word.startswith("و") and len(word) > 3:
        word = word[1:]
    return word in report or (word.endswith(("ه", "ها")) and (word[:-1] in report or word[:-2] in report))


def _reported_on(text: str, c: Candidate, sentence) -> bool:
    """Is the day told as the day something was said ("قد أعلن، أمس الأحد، أن …", "بحسب ما
    أعلنه مسؤولون الإثنين"): a word of reporting among the few words before it in its sentence."""
    start = max(sentence[0] if sentence else 0, c.start - 48)
    return any(_is_report_word(w) for w in _ARABIC_WORD.findall(text, start, c.start)[-_REPORT_REACH:])


def _in_a_report(text: str, c: Candidate, sentence) -> bool:
    """Is an anaphoric day told as a day something was said ("وفي اليوم نفسه أعلنت الوزارة"):
    a word of reporting among the few words around it in its sentence.  Then it is the day
    last mentioned, report or not."""
    if sentence is None:
        return True
    before = _ARABIC_WORD.findall(text, max(sentence[0], c.start - 48), c.start)[-_REPORT_REACH:]
    after = _ARABIC_WORD.findall(text, c.end, min(sentence[1], c.end + 48))[:_REPORT_REACH]
    return any(_is_report_word(w) for w in before + after)


_TOLD_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_FRAMED_KINDS = {"absolute", "month", "ago"}
# a time that opens its sentence ("وفي 20 مايو …", "وبعد شهر، …") carries the story on from
# the sentence before; one inside it ("وقال الجيش في 3 يونيو") may report today's news
_OPENING_TIME = re.compile(r"\W*[وف]?(?:(?:في|خلال|يوم)\s+)?")


def _told_frame(c: Candidate, items: list[dict[str, Any]], sentence, sentence_of, text: str) -> tuple[int, date, str] | None:
    """The period a narrative is about: the time told just before `c` with its year, in its
    sentence, or in the sentence right before it in the same paragraph when `c` opens its
    own ("اندلعت الحرب في 15 أبريل 2023. وفي 20 مايو وقّع الطرفان هدنة"), unless that time
    is only a boundary ("منذ 2014") — as (index in items, its first day, its grain)."""
    if c.kind not in _FRAMED_KINDS or not items or sentence is None:
        return None
    if c.kind == "ago" and (c.data["offset"] <= 0 or c.data.get("unit") not in ("day", "week", "month", "year")):
        return None
    if c.kind == "absolute" and not (c.data.get("year") is None and c.data.get("calendar") == "gregorian"
                                     and c.data.get("direction") is None and c.data.get("year_offset") is None):
        return None
    if c.kind == "month" and (c.data.get("direction") is not None or c.data.get("year_offset") is not None
                              or c.data.get("same_year")):
        return None
    told = items[-1]
    m = _TOLD_VALUE.fullmatch(told["value"] or "")
    if m is None or not _told_in_full(items, len(items) - 1):
        return None
    told_c = told["_c"]
    told_sentence = sentence_of(told_c.start)
    if told_sentence is None:
        return None
    if told_sentence != sentence and (told_sentence[1] > sentence[0] or text[told_sentence[1]:sentence[0]].strip()
                                      or "\n" in text[told_c.end:c.start]
                                      or not _OPENING_TIME.fullmatch(text, sentence[0], c.start)):
        return None   # neither its sentence nor, opening the next one in its paragraph, the story going on
    if _BOUNDARY_BEFORE.search(text, max(0, told_c.start - 30), told_c.start):
        return None
    try:
        first = date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None
    return len(items) - 1, first, "day" if m[3] else "month" if m[2] else "year"


def _told_in_full(items: list[dict[str, Any]], index: int) -> bool:
    """Whether a time's year comes from the text, not the publication date: it is given in
    full ("15 أبريل 2023"), or read against one given in full, link by link ("في عام 2011
    اندلعت الثورة في 25 يناير … وتنحى مبارك في 11 فبراير": the story goes on in 2011)."""
    for _ in range(len(items)):
        anchor = items[index]["anchor"]
        if anchor == "absolute":
            return True
        if not (anchor and anchor[0] == "#" and anchor[1:].isdigit()):
            return False
        index = int(anchor[1:])
    return False


def _in_told_frame(c: Candidate, told: tuple[int, date, str], anchor: date | None) -> dict[str, Any] | None:
    """A date or month without its year, or "بعد N units", read in the period the narrative
    is about (_told_frame) rather than against the publication date: the first such day
    (month) from the told time on ("في نوفمبر 2020 … وأفرج عنه في 5 مارس" is 5 March 2021),
    N units after it.  Only where that falls before the anchor; without an anchor it is the
    only reading the text gives."""
    index, first, grain = told
    if c.kind == "ago":
        if ({"day": 0, "week": 0, "month": 1, "year": 2}[c.data["unit"]]
                < {"day": 0, "month": 1, "year": 2}[grain]):
            return None   # "بعد يومين" counts from a day, not from a month or a year
        item = _after_day(c, (index, first))
        if anchor is not None and item["value"] and item["value"] > anchor.isoformat():
            return None
        return item
    month, day = c.data["month"], c.data.get("day") if c.kind == "absolute" else None
    year = first.year if (month, day or 1) >= (first.month, first.day if day else 1) else first.year + 1
    try:
        resolved = date(year, month, day or 1)
    except ValueError:
        return None
    if c.kind == "absolute" and day and c.data.get("named_weekday") not in (None, resolved.isoweekday()):
        return None
    if anchor is not None and resolved > anchor:
        return None
    if day:
        return _item(c, resolved.isoformat(), "day", f"#{index}", day=resolved)
    last = date(year, month, _calendar.monthrange(year, month)[1])
    return _item(c, f"{year:04d}-{month:02d}", "month", f"#{index}", period=(resolved, last))


_IN_ONE_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d(?:T[\d:]+Z?)?)?")
_SAME_KINDS = {"same_period", "month", "month_day"}


def _same_period(c: Candidate, last_day: tuple[int, date] | None, last_month: tuple[int, date] | None,
                 last_year: tuple[int, int] | None, anchor: date | None = None) -> dict[str, Any] | None:
    """Periods of the time last mentioned: "الشهر نفسه", "الأسبوع التالي", "أبريل من العام
    نفسه" (that month of the year last mentioned), "22 من الشهر ذاته" (that day of the month
    last mentioned).  None for the kinds' other readings (read against the anchor)."""
    if c.kind == "month":
        if not c.data.get("same_year"):
            return None
        if last_year is None:
            return _item(c, None, "month", None)
        return _item(c, f"{last_year[1]:04d}-{c.data['month']:02d}", "month", f"#{last_year[0]}")
    if c.kind == "month_day":
        if c.data["direction"] != "same":
            return None
        if last_month is None:
            return _item(c, None, "day", None)
        try:
            day = last_month[1].replace(day=c.data["day"])
        except ValueError:
            return None
        return _item(c, day.isoformat(), "day", f"#{last_month[0]}", day=day)
    unit, offset = c.data["unit"], c.data["offset"]
    if unit == "week":
        if last_day is None:
            return _item(c, None, "week", None)
        monday = last_day[1] - timedelta(days=last_day[1].isoweekday() - 1) + timedelta(weeks=offset)
        return _item(c, _iso_week(monday), "week", f"#{last_day[0]}")
    if last_month is None:
        return _item(c, None, "month", None)
    first = _shift_months(last_month[1], offset)
    if "year" in c.data or "year_offset" in c.data:
        # "الشهر نفسه من العام الماضي": the month last mentioned, of the year named
        year = c.data.get("year") or (anchor.year + c.data["year_offset"] if anchor is not None else None)
        if year is None:
            return _item(c, None, "month", None)
        return _item(c, f"{year:04d}-{first.month:02d}", "month", f"#{last_month[0]}")
    return _item(c, f"{first.year:04d}-{first.month:02d}", "month", f"#{last_month[0]}")


def _years_of_days(candidates: list[Candidate]) -> dict[tuple[int, int], int]:
    """(month, day) → year for the days the article dates in full, when it gives one year."""
    years: dict[tuple[int, int], set[int]] = {}
    for c in candidates:
        if c.kind == "absolute" and c.data.get("year") is not None and c.data.get("day") is not None:
            years.setdefault((c.data["month"], c.data["day"]), set()).add(c.data["year"])
    return {key: next(iter(found)) for key, found in years.items() if len(found) == 1}


def _pinned_weekdays(candidates: list[Candidate], headline: tuple[int, int] | None) -> dict[int, Candidate]:
    """Weekday → the first expression after the headline that pins it to one day: with its
    date or a day word ("الجمعة 24 نوفمبر", "غد الجمعة") or a direction ("الجمعة المقبل")."""
    if headline is None:
        return {}
    pinned: dict[int, Candidate] = {}
    for c in candidates:
        if c.start < headline[1]:
            continue
        weekday = c.data.get("named_weekday") if c.kind in ("absolute", "day") else (
            c.data["weekday"] if c.kind == "weekday" and c.data.get("direction") in ("past", "next", "current") else None)
        if weekday is None and c.kind == "clock" and c.data.get("on") is not None:
            on = c.data["on"]
            weekday = on.data.get("named_weekday") if on.kind in ("absolute", "day") else None
            c = on if weekday is not None else c
        if weekday is not None and weekday not in pinned:
            pinned[weekday] = c
    return pinned


def _pinned_copy(candidate: Candidate, pinned: Candidate) -> Candidate:
    """The headline's weekday, read as the body's expression that pins it, at its own span."""
    return Candidate(candidate.start, candidate.end, pinned.kind, dict(pinned.data), candidate.part, pinned.period_part)


def _after_day(c: Candidate, last_day: tuple[int, date]) -> dict[str, Any]:
    """"في 19 يونيو …، تلته بعد يومين ضربة": N units after the day the sentence named
    before, in a sentence that does not speak of the future."""
    index, day = last_day
    unit, offset = c.data["unit"], c.data["offset"]
    if unit in ("day", "week"):
        resolved = day + timedelta(days=offset * (7 if unit == "week" else 1))
        return _item(c, resolved.isoformat(), "day", f"#{index}", day=resolved)
    if unit == "month":
        first = _shift_months(day, offset)
        return _item(c, f"{first.year:04d}-{first.month:02d}", "month", f"#{index}")
    return _item(c, str(day.year + offset), "year", f"#{index}")


_YEAR_VALUE = re.compile(r"(\d{4})(?:-(\d\d))?")
_VALUE_START = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")


def _begins_after(value: str | None, anchor: date) -> bool:
    """Does the time of an ISO value (a day, a month, a year) begin after the anchor's day?"""
    m = _VALUE_START.match(value or "")
    if m is None:
        return False
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    if m[3]:
        return (year, month, day) > (anchor.year, anchor.month, anchor.day)
    if m[2]:
        return (year, month) > (anchor.year, anchor.month)
    return year > anchor.year


def _after_period(c: Candidate, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """"تأسست الشركة عام 1998 وبدأت عملها بعد عامين", "في مارس 2014 … انتهت بعد ثمانية
    أشهر": N years (months) after the year (month) its sentence told before it."""
    told = items[-1]
    m = _YEAR_VALUE.fullmatch(told["value"] or "")
    if m is None or told["anchor"] != "absolute":
        return None
    index = len(items) - 1
    unit, offset = c.data["unit"], c.data["offset"]
    if unit == "year":
        return _item(c, str(int(m[1]) + offset), "year", f"#{index}")
    if unit == "month" and m[2]:
        first = _shift_months(date(int(m[1]), int(m[2]), 1), offset)
        return _item(c, f"{first.year:04d}-{first.month:02d}", "month", f"#{index}")
    return None


def _century(c: Candidate, anchor: date | None) -> dict[str, Any]:
    """A century (or a decade of one) as a range of years: the 19th is 1800/1899."""
    number = c.data["number"]
    if number is None:
        if anchor is None:
            return _item(c, None, "range", None)
        number = anchor.year // 100 + 1 + c.data["relative"]
        how = "published"
    else:
        how = "absolute"
    first = (number - 1) * 100
    if c.data.get("decade") is not None:
        first += c.data["decade"] * 10
        return _item(c, f"{first}/{first + 9}", "range", how)
    return _item(c, f"{first}/{first + 99}", "range", how)


def _relabel(item: dict[str, Any], anchor_label: str) -> dict[str, Any]:
    if item.get("anchor") == "published":
        item["anchor"] = anchor_label
    return item


def _clock_item(c: Candidate, day: date | None) -> dict[str, Any]:
    """A clock time on `day`: the day its sentence names, else the day the narrative is on."""
    hour, minute = c.data["hour"], c.data["minute"]
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}{'Z' if c.data.get('utc') else ''}" if day else None
    return {"_c": c, "value": value, "grain": "time", "anchor": "published" if day else None, "_date": None}


def _resolve_one(c: Candidate, anchor: date | None, future: bool,
                 last_day: tuple[int, date] | None, last_year: tuple[int, int] | None) -> dict[str, Any] | None:
    kind = c.kind
    if kind == "absolute":
        return _absolute(c, anchor, future)
    if kind == "year":
        year = c.data["year"]
        return _item(c, str(year), "year", "absolute", period=(date(year, 1, 1), date(year, 12, 31)))
    if kind == "same_year":
        if last_year is None:
            return _item(c, None, "year", None)
        year = last_year[1] + c.data.get("offset", 0)
        return _item(c, str(year), "year", f"#{last_year[0]}", period=(date(year, 1, 1), date(year, 12, 31)))
    if kind == "range":
        return _range(c, anchor, future, last_day, last_year)
    if kind == "after_that":
        if c.data["unit"] == "year" and last_year is not None:
            # "تأسست عام 2010، وبعد ذلك بعامين …": N years from the year last named, a day's or a year's
            return _item(c, str(last_year[1] + c.data["offset"]), "year", f"#{last_year[0]}")
        return _after_day(c, last_day) if last_day is not None else _item(c, None, "day", None)
    if kind == "century":
        return _century(c, anchor)
    if kind == "anaphoric":
        if ((last_day is None or c.data.get("consecutive")) and (c.data.get("ordinal") or c.data.get("or_anchor"))
                and anchor is not None):
            # "اليوم الثاني للعدوان" with no day before it: the day the article reports
            return _item(c, anchor.isoformat(), "day", "published", day=anchor)
        if last_day is None:
            return _item(c, None, "day", None)
        day = last_day[1] + timedelta(days=c.data["offset"])
        return _item(c, day.isoformat(), "day", f"#{last_day[0]}", day=day)
    if anchor is None:
        return _item(c, None, _grain_of(c), None)
    if kind == "season":
        return _season(c, anchor, future)
    if kind == "day":
        day = anchor + timedelta(days=c.data["offset"])
        return _item(c, day.isoformat(), "day", "published", day=day)
    if kind == "weekday":
        return _weekday(c, anchor, future)
    if kind == "month":
        return _month(c, anchor, future)
    if kind == "period":
        return _period(c, anchor, future)
    if kind == "ago":
        return _ago(c, anchor)
    if kind == "span":
        if c.data.get("narrative") and last_day is not None:   # "خلال الليل" after "فجر الأحد": that night
            return _relabel(_span(c, last_day[1]), f"#{last_day[0]}")
        return _span(c, anchor)
    if kind == "month_day":
        first = _shift_months(anchor, {"past": -1, "next": 1, "current": 0}[c.data["direction"]])
        try:
            day = first.replace(day=c.data["day"])
        except ValueError:
            return None
        return _item(c, day.isoformat(), "day", "published", day=day)
    return None


def _grain_of(c: Candidate) -> str:
    return {"period": c.data.get("unit", "day"), "ago": c.data.get("unit", "day"), "month": "month",
            "span": "range"}.get(c.kind, "day")


@lru_cache(maxsize=1)
def _year_part_months() -> tuple[dict[int, tuple[int, int]], tuple[int, int]]:
    """relative.yaml: part of a year → (first month, last month), and the months of the
    early part of a year the text names ("أوائل 2022")."""
    rules = relative_rules()
    parts = {int(part): (months[0], months[1]) for part, months in rules["year_part_months"].items()}
    early = rules["year_early_part"]["months"]
    return parts, (early[0], early[1])


def _item(c: Candidate, value: str | None, grain: str, anchor: str | None, *, day: date | None = None,
          period: tuple[date, date] | None = None) -> dict[str, Any]:
    item = {"_c": c, "value": value, "grain": grain, "anchor": anchor, "_date": day}
    if c.data.get("week_of_month") and value is not None and grain == "month":
        return _week_of_month(item, c.data["week_of_month"])
    if value is None or grain != "year":
        if c.period_part is not None and value is not None:
            item["period_part"] = ("start", "middle", "end")[c.period_part]
        return item
    year = int(value[:4])
    if c.data.get("season"):
        first, last = c.data["season"]
        item["value"] = f"{year}-{first:02d}/{year + (last < first)}-{last:02d}"
        item["grain"] = "range"
    elif c.period_part is not None:
        # the months that hold the part; the early part of a named year is its first quarter
        # (relative.yaml year_part_months, year_early_part)
        parts, early = _year_part_months()
        first, last = early if c.kind == "year" and c.data.get("early_part") else parts[c.period_part]
        item["value"] = f"{year}-{first:02d}" if first == last else f"{year}-{first:02d}/{year}-{last:02d}"
        item["grain"] = "month" if first == last else "range"
        item["period_part"] = ("start", "middle", "end")[c.period_part]
    return item


def _week_of_month(item: dict[str, Any], rank: int) -> dict[str, Any]:
    """The days of a month's week by rank: 1–7, 8–14, …; the last is its last seven days."""
    year, month = int(item["value"][:4]), int(item["value"][5:7])
    length = _calendar.monthrange(year, month)[1]
    first = length - 6 if rank < 0 else 7 * (rank - 1) + 1
    start, end = date(year, month, first), date(year, month, min(length, first + 6))
    item.update(value=f"{start.isoformat()}/{end.isoformat()}", grain="range")
    return item


def _range(c: Candidate, anchor: date | None, future: bool, last_day, last_year) -> dict[str, Any] | None:
    """"من السبت إلى الاثنين الماضيين": both ends resolved, the first read back from the second."""
    first, second = c.data["from"], c.data["to"]
    if second.kind == "weekday":   # "من السبت إلى الاثنين الماضيين" on a Tuesday: the span ends yesterday
        second = dataclasses.replace(second, data={**second.data, "range_end": True})
    end = _resolve_one(second, anchor, future, last_day, last_year)
    if end is None:
        return None
    if first.kind == "weekday" and end.get("_date") is not None:
        back = (end["_date"].isoweekday() - first.data["weekday"]) % 7
        start_day = end["_date"] - timedelta(days=back)
        if second.data.get("pair_next") and anchor is not None and start_day <= anchor:
            # "من الأحد حتى الخميس المقبلين": both days to come, the week after
            start_day += timedelta(weeks=1)
            end = {**end, "value": (end["_date"] + timedelta(weeks=1)).isoformat()}
        start_value = start_day.isoformat()
    elif (first.kind == "absolute" and first.data.get("year") is None and first.data.get("calendar") != "hijri"
          and first.data.get("day") and end["value"] and end["grain"] == "day"):
        # "من 19 إلى 21 أبريل": the second's month; "من 24 نوفمبر إلى 1 ديسمبر": its own,
        # in the year that puts it before the second ("من 28 ديسمبر إلى 3 يناير 2024")
        year, month = int(end["value"][:4]), first.data.get("month") or int(end["value"][5:7])
        if month > int(end["value"][5:7]):
            year -= 1
        start_value = f"{year:04d}-{month:02d}-{first.data['day']:02d}"
    elif first.kind == "month" and first.data.get("year_offset") is None and end["value"] and end["grain"] == "month":
        # "من مارس إلى مايو الماضيين": the second's year, or the one before when it runs over
        year = int(end["value"][:4]) - (first.data["month"] > int(end["value"][5:7]))
        start_value = f"{year:04d}-{first.data['month']:02d}"
    else:
        start = _resolve_one(first, anchor, future, last_day, last_year)
        start_value = start["value"] if start else None
        if (start and start.get("_date") and end.get("_date") and end["_date"] < start["_date"]
                and second.kind == "absolute" and second.data.get("year") is None and second.data.get("direction") is None):
            # "من اليوم حتى 20 يونيو": a range ends after it starts, so a yearless end is the coming one
            end = _resolve_one(second, anchor, True, last_day, last_year) or end
    if start_value is None or end["value"] is None:
        return _item(c, None, "range", None)
    return _item(c, f"{start_value}/{end['value']}", "range", end["anchor"])


def _season(c: Candidate, anchor: date, future: bool = False) -> dict[str, Any]:
    """"الصيف الماضي": the last such season over before the anchor's month; "الشتاء المقبل":
    the first to begin after it; "الصيف الحالي": the one the anchor is in (else this year's);
    a quarter named alone ("خلال الربع الثاني"): the latest begun, or in a future sentence the
    one the anchor is in or the next to begin."""
    first, last = c.data["season"]
    length = (last - first) % 12           # months after the first (winter runs into the next year)
    now = anchor.year * 12 + anchor.month - 1
    start = anchor.year * 12 + first - 1   # this calendar year's occurrence, as a month index
    direction = c.data["direction"]
    if c.data.get("latest"):
        if start > now and not future:
            start -= 12
        elif future and start + length < now:
            start += 12
    elif direction == "past":
        while start + length >= now:
            start -= 12
    elif direction == "next":
        while start <= now:
            start += 12
        while start - 12 > now:
            start -= 12
    elif not start <= now <= start + length and start - 12 <= now <= start - 12 + length:
        start -= 12                        # "الشتاء الحالي" in January: the one begun in December
    end = start + length
    value = f"{start // 12:04d}-{start % 12 + 1:02d}/{end // 12:04d}-{end % 12 + 1:02d}"
    return _item(c, value, "range", "published")


def _span(c: Candidate, anchor: date) -> dict[str, Any]:
    """Several units up to yesterday (sign -1) or from tomorrow on (sign 1)."""
    unit, count, sign = c.data["unit"], c.data["count"], c.data["sign"]
    if unit in ("day", "hour", "week"):
        if unit == "hour":
            days = max(1, -(-count // 24))
            first, last = (anchor - timedelta(days=days), anchor) if sign < 0 else (anchor, anchor + timedelta(days=days))
        elif unit == "day":
            first, last = ((anchor - timedelta(days=count), anchor - timedelta(days=1)) if sign < 0
                           else (anchor + timedelta(days=1), anchor + timedelta(days=count)))
        elif sign < 0:   # whole weeks (Monday on, as "الأسبوع الماضي" is one) up to yesterday
            monday = anchor - timedelta(days=anchor.isoweekday() - 1)
            first, last = monday - timedelta(weeks=count), anchor - timedelta(days=1)
        else:
            first = anchor + timedelta(days=8 - anchor.isoweekday())
            last = first + timedelta(weeks=count, days=-1)
        value = f"{first.isoformat()}/{last.isoformat()}"
    elif unit == "month":
        first, last = (_shift_months(anchor, -count), _shift_months(anchor, -1)) if sign < 0 else \
            (_shift_months(anchor, 1), _shift_months(anchor, count))
        value = f"{first.year:04d}-{first.month:02d}/{last.year:04d}-{last.month:02d}"
    else:
        first_year, last_year = (anchor.year - count, anchor.year - 1) if sign < 0 else (anchor.year + 1, anchor.year + count)
        value = f"{first_year}/{last_year}"
    return _item(c, value, "range", "published")


def _hijri_without_year(c: Candidate, anchor: date | None, future: bool) -> dict[str, Any] | None:
    """"28 رمضان الماضي": the Hijri day's most recent past occurrence (or next, when said)."""
    if anchor is None:
        return _item(c, None, "day", None)
    month, day = c.data["month"], c.data["day"]
    year = gregorian_to_hijri(anchor)[0]
    direction = c.data.get("direction")
    if c.data.get("nearest") and direction is None and not future:
        return _hijri_nearest(c, anchor, year, month, day)
    if day is None:
        return _hijri_month(c, anchor, year, month, direction)
    try:
        resolved = hijri_to_gregorian(year, month, day)
        coming = hijri_to_gregorian(year + 1, month, day) if resolved <= anchor else resolved
        if direction is None and 0 < (coming - anchor).days <= _coming_day_window():
            resolved = coming   # "3 جمادى الآخرة" five days ahead: the coming one, as for Gregorian days
        elif direction == "next" or (future and direction is None):
            if resolved < anchor:
                resolved = hijri_to_gregorian(year + 1, month, day)
        elif direction != "current" and resolved > anchor:
            resolved = hijri_to_gregorian(year - 1, month, day)
    except (ValueError, OverflowError):
        return None
    item = _item(c, resolved.isoformat(), "day", "published", day=resolved)
    item["calendar"] = "hijri"
    return item


def _on_said_weekday(item: dict[str, Any], weekday: int) -> dict[str, Any]:
    """A feast's day that the text says falls on a weekday ("أن السبت هو أول أيام رمضان"): the
    calendar's day, or the day before or after it that is that weekday (the moon's sighting may
    set a feast a day off the computed calendar); the calendar's day when neither is."""
    day = item.get("_date")
    if day is None or day.isoweekday() == weekday:
        return item
    for shift in (-1, 1):
        moved = day + timedelta(days=shift)
        if moved.isoweekday() == weekday:
            return {**item, "value": moved.isoformat(), "_date": moved}
    return item


def _ten_of_month(item: dict[str, Any], rank: int) -> dict[str, Any]:
    """A Hijri month's range cut to its first (1), middle (2) or last (3) ten days: the last runs
    from the 21st to the month's end, 29 or 30 ("العشر الأواخر من رمضان")."""
    if not item.get("value") or "/" not in item["value"]:
        return item
    first, last = (date.fromisoformat(part) for part in item["value"].split("/"))
    start = first + timedelta(days=10 * (rank - 1))
    end = last if rank == 3 else start + timedelta(days=9)
    return {**item, "value": f"{start.isoformat()}/{end.isoformat()}"}


def _hijri_nearest(c: Candidate, anchor: date, year: int, month: int, day: int | None) -> dict[str, Any] | None:
    """A feast or the holy month named without a year or a direction ("عيد الأضحى", "شهر رمضان
    المبارك"): the occurrence under way on the anchor, else the closer of the last and the next."""
    best = None
    try:
        for hijri_year in (year - 1, year, year + 1):
            first, last = hijri_month_days(hijri_year, month)
            if day is not None:
                first = last = hijri_to_gregorian(hijri_year, month, day)
            distance = 0 if first <= anchor <= last else min(abs((first - anchor).days), abs((last - anchor).days))
            if best is None or distance < best[0]:
                best = (distance, first, last)
    except (ValueError, OverflowError):
        return None
    _, first, last = best
    if day is not None:
        item = _item(c, first.isoformat(), "day", "published", day=first)
    else:
        item = _item(c, f"{first.isoformat()}/{last.isoformat()}", "range", "published")
    item["calendar"] = "hijri"
    return item


def _hijri_month(c: Candidate, anchor: date, year: int, month: int, direction: str | None) -> dict[str, Any] | None:
    """"رمضان الماضي": the last such month over before the anchor; "المقبل": the first
    to begin after it; "الجاري": the one of the anchor's Hijri year."""
    try:
        first, last = hijri_month_days(year, month)
        if direction == "past":
            while last >= anchor:
                year -= 1
                first, last = hijri_month_days(year, month)
        elif direction == "next":
            while first <= anchor:
                year += 1
                first, last = hijri_month_days(year, month)
    except (ValueError, OverflowError):
        return None
    item = _item(c, f"{first.isoformat()}/{last.isoformat()}", "range", "published")
    item["calendar"] = "hijri"
    return item


def _absolute(c: Candidate, anchor: date | None, future: bool) -> dict[str, Any] | None:
    item = _absolute_day(c, anchor, future)
    if item is None or not c.data.get("eve") or item.get("_date") is None:
        return item
    eve = item["_date"] - timedelta(days=1)   # "عشية عيد الميلاد": the day before the feast's
    return {**item, "value": eve.isoformat(), "_date": eve}


def _absolute_day(c: Candidate, anchor: date | None, future: bool) -> dict[str, Any] | None:
    year, month, day = c.data["year"], c.data["month"], c.data["day"]
    if year is None and c.data.get("calendar") == "hijri":
        item = _hijri_without_year(c, anchor, future)
        if item and c.data.get("said_weekday"):
            return _on_said_weekday(item, c.data["said_weekday"])
        return _ten_of_month(item, c.data["tens"]) if item and c.data.get("tens") else item
    if c.data.get("days") is not None:   # a Hijri month of a given year: its Gregorian days
        first, last = c.data["days"]
        item = _item(c, f"{first.isoformat()}/{last.isoformat()}", "range", "absolute")
        item["calendar"] = "hijri"
        return item
    how = "absolute"
    if year is None:
        if anchor is None:
            return _item(c, None, "day" if day else "month", None)
        if c.data.get("year_offset") is not None:   # "30 يونيو من العام المقبل"
            year = anchor.year + c.data["year_offset"]
            try:
                resolved = date(year, month, day) if day else None
            except ValueError:
                return None
            if resolved is None:
                return _item(c, f"{year:04d}-{month:02d}", "month", "published")
            return _item(c, resolved.isoformat(), "day", "published", day=resolved)
        year = anchor.year
        candidate = date(year, month, min(day or 1, _calendar.monthrange(year, month)[1]))
        direction = c.data.get("direction")
        coming = _coming_occurrence(year, month, day, anchor) if direction is None and day else None
        if coming is not None:
            # "في 24 نوفمبر" in a paper of 19 November, "في 3 يناير" in one of 28 December: the
            # coming one, not one most of a year back
            year = coming.year
        elif direction == "current":
            pass
        elif direction == "next" or (future and direction is None):
            if candidate < anchor:
                year += 1
        elif c.data.get("told_direction") == "past" and month == anchor.month:
            # "الخامس من أغسطس الماضي" in a paper of August: last year's, as "أغسطس الماضي" is (a
            # "past" read from منذ before the day is no word of the text: "منذ 2 أغسطس" is this month's)
            year -= 1
        elif candidate > anchor:
            year -= 1
            if c.data.get("deadline") and (anchor - date(year, month, min(day or 1, _calendar.monthrange(year, month)[1]))) > (candidate - anchor):
                year += 1   # "يستمر الحظر حتى 30 يونيو": a deadline is the nearer occurrence
        if day and direction is None:
            year = _year_of_named_weekday(year, month, day, c.data.get("named_weekday"), anchor)
        how = "published"
    if day is None:
        first = date(year, month, 1)
        return _item(c, f"{year:04d}-{month:02d}", "month", how,
                     period=(first, date(year, month, _calendar.monthrange(year, month)[1])))
    try:
        resolved = date(year, month, day)
    except ValueError:
        return None
    item = _item(c, resolved.isoformat(), "day", how, day=resolved)
    if c.data.get("calendar") == "hijri":
        item["calendar"] = "hijri"
    return item


@lru_cache(maxsize=1)
def _coming_day_window() -> int:
    return int(relative_rules()["coming_day_window"])


def _coming_occurrence(year: int, month: int, day: int, anchor: date) -> date | None:
    """The next occurrence of a day named without its year (day and month of the anchor's
    year, else of the year after) when it lies at most `coming_day_window` days after the
    anchor; else None.  Its past reading would be most of a year back, which news dates with
    its year, so a day just ahead is the coming one whatever the verb's tense."""
    for y in (year, year + 1):
        try:
            coming = date(y, month, day)
        except ValueError:
            continue
        if coming > anchor:
            return coming if (coming - anchor).days <= _coming_day_window() else None
    return None


def _year_of_named_weekday(year: int, month: int, day: int, weekday: int | None, anchor: date) -> int:
    """"الأحد 12 مارس" without its year: the weekday says which year is meant.  When the
    year read from the anchor does not put the day on that weekday, the year next to the
    anchor's (the one before, the anchor's own, the one after) that does, nearest the
    anchor, is taken ("الأحد 16 يونيو" in a paper of Monday 10 June 2024 is the coming
    Sunday; "الأحد 12 مارس" there is 12 March 2023).  When none of them does, the most recent
    earlier year that does, up to `named_weekday_years_back` years back: a day recalled years
    later ("منذ هجوم السبت 7 أكتوبر" in 2026 is 7 October 2023).  A day read within
    `coming_day_window` days of the anchor keeps its year whatever the weekday ("يوم الأربعاء 5
    مارس" in a paper of Tuesday 10 March 2026, a Thursday): a weekday that disagrees with a date a
    few days away is a slip of the pen, not a day a year back."""
    if weekday is None or _on_weekday(year, month, day) == weekday:
        return year
    try:
        if abs((date(year, month, day) - anchor).days) <= _coming_day_window():
            return year
    except ValueError:
        pass
    fitting = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _on_weekday(y, month, day) == weekday]
    if not fitting:
        back = int(relative_rules()["named_weekday_years_back"])
        earlier = (y for y in range(anchor.year - 2, anchor.year - 1 - back, -1) if _on_weekday(y, month, day) == weekday)
        return next(earlier, year)
    return min(fitting, key=lambda y: abs((date(y, month, day) - anchor).days))


def _on_weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).isoweekday()
    except ValueError:
        return None


def _weekday(c: Candidate, anchor: date, future: bool) -> dict[str, Any]:
    target = c.data["weekday"]
    direction = c.data.get("direction")
    back = (anchor.isoweekday() - target) % 7
    if direction == "past":
        # "الخميس الماضي" on a Friday page is the Thursday before yesterday: news names yesterday
        # "أمس (الخميس)", and "X الماضي" a day of the week before (dev gold: every such item); the
        # end of a span of past days ("من السبت إلى الاثنين الماضيين") may be yesterday
        day = anchor - timedelta(days=back if back > 1 or (back == 1 and c.data.get("range_end")) else back + 7)
    elif direction == "before_last":   # "الثلاثاء قبل الماضي": a week before the last one
        day = anchor - timedelta(days=(back or 7) + 7)
    elif direction == "next" or future:
        ahead = (target - anchor.isoweekday()) % 7
        day = anchor + timedelta(days=ahead or (7 if direction else 0))
    else:
        day = anchor - timedelta(days=back)
    return _item(c, day.isoformat(), "day", "published", day=day)


def _month(c: Candidate, anchor: date, future: bool) -> dict[str, Any]:
    month = c.data["month"]
    direction = c.data.get("direction")
    year = anchor.year
    if c.data.get("year_offset") is not None:  # "مارس من العام الماضي"
        year = anchor.year + c.data["year_offset"]
    elif direction == "past":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif direction == "next" or (future and direction is None):
        # "وسيعقد الاجتماع نهاية آذار" in a paper of 10 March: the month under way still has days
        # to come (its middle or end, or the month at large); "المقبل" or its start is the next one
        this_one = month > anchor.month or (direction is None and month == anchor.month and c.period_part != 0)
        year = anchor.year if this_one else anchor.year + 1
    elif direction == "current":
        year = anchor.year
    elif c.data.get("deadline") and 0 < (month - anchor.month) % 12 < 6:
        year = anchor.year + (month < anchor.month)   # a deadline waits for the one under half a year ahead
    elif month > anchor.month:
        year = anchor.year - 1
    first = date(year, month, 1)
    return _item(c, f"{year:04d}-{month:02d}", "month", "published",
                 period=(first, date(year, month, _calendar.monthrange(year, month)[1])))


_WEEKEND = (6, 7)   # the end of a week, as news says "نهاية الأسبوع": its Saturday and Sunday (ISO 6, 7)


def _period(c: Candidate, anchor: date, future: bool = False) -> dict[str, Any]:
    unit, offset = c.data["unit"], c.data["offset"]
    if unit == "week" and c.period_part == 2:
        # "نهاية الأسبوع الماضي": the weekend of that week; this week's, said of the past
        # before it comes, is the one just over, unless a deadline waits for it ("حتى نهاية الأسبوع")
        monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=offset)
        first, last = (monday + timedelta(days=d - 1) for d in _WEEKEND)
        if offset == 0 and not future and not c.data.get("deadline") and first > anchor:
            first, last = first - timedelta(weeks=1), last - timedelta(weeks=1)
        item = _item(c, f"{first.isoformat()}/{last.isoformat()}", "range", "published", period=(first, last))
        item["period_part"] = "end"
        return item
    if unit == "week":
        monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=offset)
        return _item(c, _iso_week(monday), "week", "published", period=(monday, monday + timedelta(days=6)))
    if unit == "month":
        first = _shift_months(anchor, offset)
        last = date(first.year, first.month, _calendar.monthrange(first.year, first.month)[1])
        return _item(c, f"{first.year:04d}-{first.month:02d}", "month", "published", period=(first, last))
    year = anchor.year + offset
    return _item(c, str(year), "year", "published", period=(date(year, 1, 1), date(year, 12, 31)))


def _ago(c: Candidate, anchor: date) -> dict[str, Any]:
    unit, offset = c.data["unit"], c.data["offset"]
    if unit == "day":
        day = anchor + timedelta(days=offset)
        return _item(c, day.isoformat(), "day", "published", day=day)
    if unit == "week":
        day = anchor + timedelta(weeks=offset)
        return _item(c, day.isoformat(), "day", "published", day=day)
    if unit == "month":
        first = _shift_months(anchor, offset)
        return _item(c, f"{first.year:04d}-{first.month:02d}", "month", "published")
    if offset < 0 and not c.data.get("vague"):
        # "قبل عام": about the anchor's month that many years back, not the whole year; a
        # vague count ("قبل أكثر من خمس سنوات") keeps the year
        return _item(c, f"{anchor.year + offset:04d}-{anchor.month:02d}", "month", "published")
    return _item(c, str(anchor.year + offset), "year", "published")
