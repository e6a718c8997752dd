"""The times stage as a spaCy component: fills `doc._.times` with record-shaped items.

Times in the date line and byline are the article's metadata, not times it reports, and
are left out; captions keep their own dates.

An article without a publication date (no date line, none given) is not given one; but
when its opening paragraphs date the news in full, with the weekday ("يوم الأربعاء (3 يناير 2024)"),
its relative times are read against that date, and say so: their anchor is that time's id.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

import numpy
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from khabar.reading.component import doc_published
from khabar.text.doctext import doc_text
from khabar.text.normalise import normalise
from khabar.times.detect import Candidate, detect, relative_rules, word_index
from khabar.times.resolve import future_marks, resolve, says_future

if not Doc.has_extension("times"):
    Doc.set_extension("times", default=None)



def _excluded(doc: Doc) -> list[tuple[int, int]]:
    structure = doc._.structure
    if structure is None:
        return []
    return [(line.start, line.end) for line in (structure.date_line, structure.byline) if line is not None]


def _credits(doc: Doc) -> list[tuple[int, int]]:
    """The photo credits' lines: they name a photographer, an agency or an outlet ("تصوير: عدن
    الغد"), so a day word in one is a word of a name, not a time (their dates stay times)."""
    return _caption_lines(doc, "credit")


def _caption_lines(doc: Doc, kind: str | None = None) -> list[tuple[int, int]]:
    """The lines of the photo captions and credits (of one kind when given), in the text."""
    structure = doc._.structure
    if structure is None:
        return []
    return [(caption.line.start, caption.line.end) for caption in structure.captions
            if kind is None or caption.kind == kind]


_NAME_WORD_KINDS = frozenset({"day"})


def find_times(doc: Doc) -> list[dict]:
    """The record's `times` for a Doc that has structure and sentences."""
    text = doc_text(doc)
    normalised = doc.user_data.get("khabar_normalised")
    if normalised is None:
        normalised = doc.user_data["khabar_normalised"] = normalise(text)
    excluded = _excluded(doc)
    to_normalised = _to_normalised(normalised)
    sentences = [(to_normalised(s), to_normalised(e)) for s, e in doc._.sentences or []]
    starts = [s for s, _ in sentences]

    def sentence_of(index: int):
        position = bisect.bisect_right(starts, index) - 1
        return sentences[position] if position >= 0 else None

    index = word_index(normalised.text)
    names = _names(doc)
    credits = _credits(doc)
    candidates = [c for c in detect(normalised, index) if _kept(c, normalised, excluded, names, credits)]
    if names:
        candidates = [_dated_by_its_event(c, normalised, names) for c in candidates]
    window = _dateline_window(doc, to_normalised)
    candidates = _with_dateline_date(normalised.text, window, candidates)
    marks = future_marks(index, normalised.text) + [to_normalised(index) for index in _future_clitics(doc)]
    published = doc_published(doc)
    anchor, label, lead = published, "published", None
    dispatch = _dateline_date(window, candidates)
    if dispatch is not None and (published is None or _dispatched_before(_day_of(dispatch), published)):
        lead = dispatch
        anchor, label = _day_of(lead), "#lead"
    elif dispatch is None and published is not None:
        lead, dispatched = _yearless_dispatch(window, candidates, published)
        if dispatched is not None:
            anchor, label = dispatched, "#lead"
    if published is None and lead is None:
        lead = _lead_date(doc, to_normalised, candidates, marks, sentence_of) or _opening_date(doc, normalised.text, to_normalised, candidates)
        if lead is not None:
            anchor, label = _day_of(lead), "#lead"
    structure = doc._.structure
    headline = structure.headline if structure is not None else None
    headline_span = (to_normalised(headline.start), to_normalised(headline.end)) if headline is not None else None
    asides = [(to_normalised(start), to_normalised(end)) for start, end in _caption_lines(doc)]
    items = resolve(candidates, normalised.text, anchor, sentence_of, marks, label, headline_span, asides)
    lead_id = next((f"t{i + 1}" for i, item in enumerate(items) if item["_c"] is lead), None)
    times = []
    for index, item in enumerate(items):
        candidate = item.pop("_c")
        item.pop("_date", None)
        start, end = normalised.span(candidate.start, candidate.end)
        anchor = item["anchor"]
        if anchor == "#lead":
            anchor = lead_id if candidate is not lead else _own_anchor(lead)
        elif anchor and anchor.startswith("#"):
            anchor = f"t{int(anchor[1:]) + 1}"
        times.append({"id": f"t{index + 1}", "start": start, "end": end, "text": text[start:end],
                      **item, "anchor": anchor})
    return times


def _own_anchor(lead: Candidate) -> str:
    """The anchor of the lead date itself: none for a full date, the page's date for a dateline's
    day and month (its year is the page's)."""
    return "absolute" if lead.data.get("year") else "published"


def _inside(start: int, lines: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in lines)


def _kept(candidate: Candidate, normalised, excluded: list[tuple[int, int]], names: list,
          credits: list[tuple[int, int]]) -> bool:
    """A candidate outside the date line and byline, not wholly inside a name, and no day word
    of a photo credit (a word of a name there)."""
    start = normalised.to_original(candidate.start)
    if _inside(start, excluded) or candidate.kind in _NAME_WORD_KINDS and _inside(start, credits):
        return False
    return not (names and _inside_a_name(start, normalised.to_original(candidate.end), names))


_NUMERIC_DAY_MONTH = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*[\-/]\s*(\d{1,2})(?:\s*[\-/]\s*((?:19|20)\d\d))?(?![\d/.])")


def _dateline_window(doc: Doc, to_normalised) -> tuple[int, int] | None:
    """Where an agency dateline (the reading stage's doc structure) may date its dispatch:
    after its place, before its agency ("القاهرة - 5 يونيو 2024 (رويترز) -"), in
    normalised offsets."""
    structure = doc._.structure
    dateline = structure.dateline if structure is not None else None
    if dateline is None:
        return None
    start = dateline.place.end if dateline.place is not None else dateline.span.start
    end = dateline.agency.start if dateline.agency is not None else dateline.span.end
    return to_normalised(start), to_normalised(end)


def _with_dateline_date(text: str, window: tuple[int, int] | None, candidates: list) -> list:
    """An agency dateline dates its dispatch with day and month in figures ("الكويت - 14 - 2
    (كونا) --"): that date is a time, day first, as Arabic agencies write it."""
    if window is None:
        return candidates
    match = _NUMERIC_DAY_MONTH.search(text, *window)
    if match is None:
        return candidates
    day, month = int(match[1]), int(match[2])
    year = int(match[3]) if match[3] else None
    try:
        date(year or 2000, month, day)
    except ValueError:
        return candidates
    if any(c.start < match.end() and match.start() < c.end for c in candidates):
        return candidates
    found = Candidate(match.start(), match.end(), "absolute",
                      {"year": year, "month": month, "day": day, "calendar": "gregorian", "direction": None,
                       "days": None, "deadline": False})
    return sorted([*candidates, found], key=lambda c: c.start)


def _dateline_date(window: tuple[int, int] | None, candidates: list):
    """The full date of the dispatch in the agency dateline opening the body ("القاهرة - 5
    يونيو 2024 (رويترز) -", "بيروت، 3 آب 2020 (أ ف ب)"): the article's relative times
    are read against it."""
    return next((c for c in _dateline_days(window, candidates) if c.data.get("year")), None)


def _dateline_days(window: tuple[int, int] | None, candidates: list):
    """The Gregorian dates with a day that stand inside the dateline's window, in order."""
    if window is None:
        return
    for candidate in candidates:
        if candidate.start >= window[1]:
            break
        if (candidate.start >= window[0] and candidate.end <= window[1] and candidate.kind == "absolute"
                and candidate.data.get("day") and candidate.data.get("calendar") == "gregorian"):
            yield candidate


def _yearless_dispatch(window: tuple[int, int] | None, candidates: list,
                       published: date) -> tuple[object | None, date | None]:
    """The day of a dispatch whose dateline gives day and month only ("بغداد - 28 - 11 (كونا) --",
    "الدوحة في 28 نوفمبر /قنا/", "سيول، 28 نوفمبر (يونهاب) --"), when it falls a day or two before
    the page's date (the year is the page's, or the one before across a new year): the body's
    "اليوم", "أمس" and weekdays count from that day.  The dateline's own time keeps the page's date
    as its anchor (its year comes from there).  Returns the dateline's time and that day, or Nones."""
    candidate = next((c for c in _dateline_days(window, candidates)
                      if c.data.get("year") is None and c.data.get("month")), None)
    if candidate is None:
        return None, None
    dispatched = _day_before(candidate.data["month"], candidate.data["day"], published)
    return (candidate, dispatched) if dispatched is not None else (None, None)


def _day_before(month: int, day: int, published: date) -> date | None:
    """The day and month in the page's year or the year before that lies 1 to _DISPATCH_DAYS days
    before `published`, or None."""
    for year in (published.year, published.year - 1):
        try:
            dispatched = date(year, month, day)
        except ValueError:
            continue
        if _dispatched_before(dispatched, published):
            return dispatched
    return None


_DISPATCH_DAYS = 2   # a wire dispatch is put on the page at most this many days after its dateline's date


def _dispatched_before(dispatched: date, published: date) -> bool:
    """Does the dateline date its dispatch a day or two before the page's date line ("بغداد 18 ديسمبر
    2023 (شينخوا)" under "2023-12-19 10:32:15")?  The body was written on the dispatch's day: its
    "اليوم" and "أمس" count from that day, not from the day the page went up."""
    return 0 < (published - dispatched).days <= _DISPATCH_DAYS


def _day_of(candidate: Candidate) -> date:
    """The day a full date candidate names."""
    return date(candidate.data["year"], candidate.data["month"], candidate.data["day"])


def _names(doc: Doc) -> list:
    """The entity mentions (in text order, as the recogniser gives them); names among them
    of relative.yaml `name_types` hold no time."""
    return (doc._.mentions if Doc.has_extension("mentions") else None) or []


@lru_cache(maxsize=1)
def _name_types() -> frozenset[str]:
    return frozenset(relative_rules()["name_types"])


def _inside_a_name(start: int, end: int, mentions: list) -> bool:
    """A time expression wholly inside a name is a word of the name ("«المصري اليوم»"): the
    mention starting at or before it, found by bisection, not a pass over all of them."""
    position = bisect.bisect_right(mentions, start, key=_start_of)
    types = _name_types()
    return any(m.start <= start and end <= m.end and m.type in types for m in mentions[max(0, position - 2):position])


_EVENT_START = re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?")


def _dated_by_its_event(candidate: Candidate, normalised, mentions: list) -> Candidate:
    """A date without its year inside the name of an event the knowledge base dates ("ثورة
    25 يناير", "هجمات 11 سبتمبر", "ثورة يناير") is the event's day or month, in the event's
    year, whatever the article's date."""
    data = candidate.data
    if (candidate.kind not in ("absolute", "month") or data.get("year") is not None or data.get("direction")
            or data.get("year_offset") is not None or data.get("calendar", "gregorian") != "gregorian"):
        return candidate
    start, end = normalised.to_original(candidate.start), normalised.to_original(candidate.end)
    position = bisect.bisect_right(mentions, start, key=_start_of)
    for mention in mentions[max(0, position - 2):position]:
        if mention.type != "EVENT" or not (mention.start <= start and end <= mention.end):
            continue
        for entry in mention.candidates:
            known = _EVENT_START.fullmatch(entry.start or "")
            if (known and int(known[2]) == data["month"]
                    and (data.get("day") is None or (known[3] and int(known[3]) == data["day"]))):
                return Candidate(candidate.start, candidate.end, "absolute",
                                 {"year": int(known[1]), "month": data["month"], "day": data.get("day"),
                                  "calendar": "gregorian", "direction": None, "days": None, "deadline": False},
                                 candidate.part, candidate.period_part)
    return candidate


def _start_of(mention) -> int:
    return mention.start


def _future_clitics(doc: Doc) -> list[int]:
    """Character offsets of the future-prefix tokens (one array pass, no Token objects):
    the prefix سـ as the tokenizer splits it off a verb (relative.yaml `future_prefix_tokens`)."""
    orth = doc.to_array([ORTH, IDX])
    strings = doc.vocab.strings
    forms = orth[:, 0]
    prefixes = relative_rules()["future_prefix_tokens"]
    found = forms == numpy.uint64(strings.add(prefixes[0]))
    for form in prefixes[1:]:
        found |= forms == numpy.uint64(strings.add(form))
    return orth[found, 1].tolist()
_LEAD_PARAGRAPHS = 2


def _lead_date(doc: Doc, to_normalised, candidates: list, marks: list[int], sentence_of) -> object | None:
    """The first full date (day, month and year) given with its weekday in the article's
    opening paragraphs: the way a lead dates its news ("يوم الأربعاء (3 يناير 2024)"),
    unlike a date that names something else ("بعد اجتماع 5 مايو 2023").

    A lead that leaves the year out ("اليوم الاثنين 5 نوفمبر") still names it: a day and
    month fall on a given weekday once in 5 to 11 years, and the news is no older than the
    latest year the article speaks of in the past (not after a future cue): the first such
    year from that one on is the lead's."""
    structure = doc._.structure
    if structure is None or not structure.paragraphs:
        return None
    end = to_normalised(structure.paragraphs[:_LEAD_PARAGRAPHS][-1].end)
    start = to_normalised(structure.paragraphs[0].start)
    for candidate in candidates:
        if candidate.start >= end:
            break
        if (candidate.start >= start and candidate.kind == "absolute" and candidate.data.get("weekday_named")
                and candidate.data.get("day") is not None):
            if candidate.data.get("year") is None and candidate.data.get("calendar") == "gregorian":
                year = _year_of_weekday(candidate, _latest_past_year(candidates, marks, sentence_of))
                if year is None:
                    continue
                candidate.data["year"] = year
            if candidate.data.get("year") is not None:
                return candidate
    return None


_OPENING_WORDS = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[،,\-–]?\s*(?:في\s+)?")


def _opening_date(doc: Doc, text: str, to_normalised, candidates: list):
    """A full Gregorian date right after the one or two words of a place that open the body
    ("الرياض 11 رمضان 1446 هـ الموافق 11 مارس 2025 م واس -", "الدوحة في 11 مارس 2025 /قنا/"):
    an agency's dateline that the reading stage did not take for one; it dates the dispatch."""
    structure = doc._.structure
    if structure is None or not structure.paragraphs:
        return None
    start = to_normalised(structure.paragraphs[0].start)
    for candidate in candidates:
        if candidate.start > start + 40:
            break
        if (candidate.start >= start and candidate.kind == "absolute" and candidate.data.get("year")
                and candidate.data.get("day") and candidate.data.get("calendar") == "gregorian"
                and (opening := _OPENING_WORDS.fullmatch(text, start, candidate.start))
                and not _is_preposition(opening.group().split()[0])):
            return candidate   # (not "في 5 مايو 2023 اندلعت …": a story's date, no place before it)
    return None


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    return frozenset(normalise(w).text for w in relative_rules()["month_prepositions"])


def _is_preposition(word: str) -> bool:
    return word in _prepositions() or (word[:1] in "وف" and word[1:] in _prepositions())


_WEEKDAY_CYCLE = 11   # a day and month come back to one weekday within 11 years


def _year_of_weekday(candidate, earliest: int | None) -> int | None:
    """The first year from `earliest` on whose day and month fall on the named weekday."""
    if earliest is None or candidate.data.get("named_weekday") is None:
        return None
    for year in range(earliest, earliest + _WEEKDAY_CYCLE + 1):
        try:
            if date(year, candidate.data["month"], candidate.data["day"]).isoweekday() == candidate.data["named_weekday"]:
                return year
        except ValueError:
            continue
    return None


def _latest_past_year(candidates: list, marks: list[int], sentence_of) -> int | None:
    """The latest year the article names without a future cue before it in its sentence."""
    ordered = sorted(marks)
    years = [c.data["year"] for c in candidates
             if c.kind in ("absolute", "year") and c.data.get("year") is not None
             and not (sentence_of(c.start) and says_future(ordered, sentence_of(c.start)[0], c.start))]
    return max(years, default=None)


def _to_normalised(normalised):
    """original offset → normalised offset (the lowest one at or after it), from the
    normalised view's break points in one pass instead of a search per offset."""
    points, shifts = normalised._norm_points, normalised._shifts
    origins = [p + s for p, s in zip(points, shifts)]

    def convert(original_index: int) -> int:
        position = bisect.bisect_right(origins, original_index) - 1
        if position < 0:
            return min(original_index, points[0]) if points else original_index
        index = original_index - shifts[position]
        if position + 1 < len(points) and index > points[position + 1]:
            return points[position + 1]
        return index

    return convert


def normalised_offset(normalised, original_index: int) -> int:
    """The normalised offset of an original offset (sentence bounds only need to be near)."""
    low, high = 0, len(normalised.text)
    while low < high:
        middle = (low + high) // 2
        if normalised.to_original(middle) < original_index:
            low = middle + 1
        else:
            high = middle
    return low


@Language.component("khabar_times")
def times_component(doc: Doc) -> Doc:
    """Detect and resolve every time expression."""
    doc._.times = find_times(doc)
    return doc
