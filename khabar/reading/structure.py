"""The layout of a scraped article: credits, captions, headline, byline, date line, body.

Scraped Arabic news puts photo credits and captions first, then the headline, a byline or
section, a date line, then the body, whose first paragraph may open with an agency
dateline ("غزة - (رويترز) -").  This module finds each part as a span of the text as
read.  It decides from the shape of the lines and from cue words kept in
data/structure.yaml, never from one outlet's markup.  The publication date is read from
the date line only: no date line, no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property, lru_cache
from importlib import resources


from khabar.datafile import load_yaml
from khabar.text.normalise import normalise, normalise_word
from khabar.times.calendars import find_absolute_dates

__all__ = ["Aside", "Caption", "Dateline", "Line", "Structure", "read_structure"]


_WORD_PIECE = re.compile(r"[^\W_][^\s]*|[^\s]*[^\W_]")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @cached_property
    def words(self) -> int:
        """Its words, not counting lone punctuation ("الحرة / وكالات - واشنطن" has three)."""
        return len(_WORD_PIECE.findall(self.text))


@dataclass(frozen=True)
class Caption:
    kind: str  # "caption" | "credit"
    line: Line


@dataclass(frozen=True)
class Aside:
    """A line of the page that is not the article's text: a link to another article,
    tags, share buttons, an invitation to follow or subscribe."""

    kind: str  # "related" | "page"
    line: Line


@dataclass(frozen=True)
class Dateline:
    """An agency dateline opening the body: its place and agency as spans."""

    span: Line
    place: Line | None
    agency: Line | None


@dataclass
class Structure:
    headline: Line | None = None
    byline: Line | None = None
    date_line: Line | None = None
    published: str | None = None          # ISO date or datetime read from the date line
    published_span: Line | None = None    # the date inside the date line
    captions: list[Caption] = field(default_factory=list)
    dateline: Dateline | None = None
    paragraphs: list[Line] = field(default_factory=list)
    asides: list[Aside] = field(default_factory=list)

    @property
    def body(self) -> tuple[int, int] | None:
        if not self.paragraphs:
            return None
        return self.paragraphs[0].start, self.paragraphs[-1].end


def _alternation(words) -> str:
    """A regex alternation of the words, normalised, longest first."""
    return "|".join(re.escape(normalise_word(w)) for w in sorted(words, key=len, reverse=True))


def _agency_alternation(names) -> str:
    """The agencies' alternation, where an agency written as initials matches them with
    spaces or dots between ("د ب أ", "د.ب.أ", "أ. ف. ب."): outlets write their initials
    every way.  Initials run together ("ومع") match only where the list writes them so:
    "أب" is a word."""
    patterns = set()
    for name in names:
        normalised = normalise_word(name)
        letters = re.split(r"[\s.]+", normalised.strip(". "))
        if len(letters) > 1 and all(len(letter) == 1 for letter in letters):
            patterns.add((len(normalised), r"[\s.]+".join(map(re.escape, letters)) + r"\.?"))
        else:
            patterns.add((len(normalised), re.escape(normalised)))
    return "|".join(pattern for _, pattern in sorted(patterns, reverse=True))


@lru_cache(maxsize=1)
def _raw_cues() -> dict:
    """data/structure.yaml as written, read once for the cues built from it."""
    return load_yaml(resources.files("khabar.reading").joinpath("data/structure.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _cues() -> dict:
    raw = _raw_cues()
    agency = _agency_alternation(raw["agencies"])
    agency_alone = _agency_alternation(set(raw["agencies"]) - set(raw["agencies_needing_a_separator"]))
    return {
        "date_cue": re.compile(rf"^\W*(?:{_alternation(raw['date_line_cues'])})(?!\w)"),
        "update_cue": re.compile(rf"^\W*(?:{_alternation(raw['update_cues'])})(?!\w)"),
        "byline_cue": re.compile(rf"^\W*(?:{_alternation(raw['byline_cues'])})(?!\w)"),
        "writer_cue": re.compile(rf"^\W*(?:{_alternation(raw['writer_cues'])})(?!\w)"),
        # "مقديشو - التاريخ: 08/03/2026": a place of one or two words and a dash before the cue
        "placed_date_cue": re.compile(rf"^\W*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[-–—]\s*(?:{_alternation(raw['date_line_cues'])})(?!\w)"),
        "bracketed_date_cue": re.compile(rf"\(\s*(?:{_alternation(raw['date_line_cues'])})(?!\w)"),
        "credit_cue": re.compile(rf"(?:^|\W)(?:{_alternation(raw['credit_cues'])})(?!\w)"),
        "agency": agency,
        "agency_alone": agency_alone,
        "outlet_head": _alternation(raw["outlet_heads"]),
        "agency_name": re.compile(rf"(?:{agency})"),   # fullmatch: the line is an agency
        # fullmatch: a wire agency, not an outlet's or a desk's name that other words share
        "wire_agency": re.compile(rf"(?:{agency_alone})"),
        "date_line_words": frozenset(normalise_word(str(w)) for w in raw["date_line_words"]),
        "trailer": re.compile(rf"^\W*(?:{_alternation(raw['trailer_cues'])})(?!\w)"),
        "caption_label": re.compile(rf"^(?:{_alternation(raw['caption_labels'])})\s*[،,:]"),
        "caption_only_label": re.compile(rf"^(?:{_alternation(raw['caption_only_labels'])})\s*[،,:]"),
        "credit_label": re.compile(rf"^(?:{_alternation(raw['credit_labels'])})\s*[،,:]"),
        # "الصورة من فيديو نشره الدفاع المدني": a still from footage someone published
        "video_still": re.compile(rf"^\W*(?:ال)?صور[ةه]? (?:ماخوذ[ةه] )?من (?:{_alternation(raw['video_still']['video_words'])})"
                                  rf" (?:{_alternation(raw['video_still']['publish_words'])})(?!\w)"),
        "ago_line": _ago_line(raw["relative_date_line"]),
        # "السنة 12", "العدد: 4021", "قراءة 3 دقائق": a part beside a date line's date, at most three words after its cue
        "date_line_aside": re.compile(rf"^\W*{_date_line_aside(raw)}"),
        # the same aside closing the part that holds the date ("17 مايو 2022 مـ رقم العدد [ 15876]")
        "date_line_tail_aside": re.compile(rf"(?<!\w){_date_line_aside(raw)}"),
        "related": re.compile(rf"^\W*(?:{_alternation(raw['boilerplate']['related'])})(?!\w)"),
        "page_line": re.compile(rf"^\W*(?:{_alternation(raw['boilerplate']['short'])})(?!\w)"),
        "photo_line": re.compile(rf"^\W*(?:{_alternation(raw['photo_words'])})(?!\w)"),
        # "1250 مشاهدة", and counters joined by bars or dots ("1250 مشاهدة | 4 تعليقات")
        "counter_line": re.compile(rf"^(?:\W*\d[\d,.]*\s*(?:{_alternation(raw['boilerplate']['counters'])})(?!\w))+\W*$"),
        "kicker": re.compile(rf"^\W*(?:{_alternation(raw['boilerplate']['kickers'])})\W*$"),
        "tag_label": re.compile(rf"^\W*(?:{_alternation(raw['boilerplate']['tag_labels'])})\W*$"),
        "tool_line": re.compile(rf"^\W*(?:{_alternation(raw['boilerplate']['tools'])})\W*$"),
        # "شارك: فيسبوك تويتر واتساب"; the label before each button too ("شارك على فيسبوك شارك على تويتر")
        "share_row": re.compile(rf"^(?:\W*(?:{_alternation(raw['boilerplate']['share_labels'])})\s*:?)?"
                                rf"(?:\W*(?:(?:{_alternation(raw['boilerplate']['share_labels'])})\s+(?:علي|عبر|في)\s+)?"
                                rf"(?:{_alternation(raw['boilerplate']['share_words'])})(?!\w)){{2,}}\W*$"),
        "share_word": re.compile(rf"^\W*(?:{_alternation(raw['boilerplate']['share_words'])})\W*$"),
        "breadcrumb_heads": frozenset(normalise_word(w) for w in raw["boilerplate"]["breadcrumb_heads"]),
        "breadcrumb_any": re.compile(_char_class(raw["boilerplate"]["breadcrumb_separators"])),
        "trail_signs": re.compile(_char_class([*raw["boilerplate"]["breadcrumb_separators"], "#"])),
        # spaced: "«الصحة» و«التعليم» توقعان" closes quotes with the same sign
        "breadcrumb_arrow": re.compile(r"\s" + _char_class(raw["boilerplate"]["breadcrumb_arrows"]) + r"\s"),
        "photo_marks": tuple(raw["photo_marks"]),
        "dash_aside_openers": frozenset(normalise_word(w) for w in raw["dash_aside_openers"]),
        "max_header": int(raw["max_header_line_words"]),
        "min_body": int(raw["min_body_words"]),
    }


def _char_class(chars) -> str:
    """A regex class of the single characters listed."""
    return "[" + "".join(map(re.escape, chars)) + "]"


def _ago_line(words: dict) -> re.Pattern[str]:
    """A relative date line, normalised: an `ago` cue, then a count and a unit ("منذ 3 ساعات",
    "منذ يوم واحد"), or two joined by و ("منذ 6 ساعات و20 دقيقة"); or a day word and a clock
    ("أمس 10:42 م")."""
    amount = (rf"(?:\d+\s+)?(?:{_alternation(words['units'])})"
              rf"(?:\s+(?:{_alternation(words['one'])}))?")
    # the clock of "أمس 10:42 م", its colon read as a space (_ago_line_words)
    clock = r"\d{1,2}\s+\d{2}(?:\s+(?:ص|م|صباحا|مساء))?"
    return re.compile(rf"^(?:(?:{_alternation(words['ago'])})\s*:?\s+{amount}(?:\s+و\s*{amount})?"
                      rf"|(?:{_alternation(words['days'])})\s+(?:الساعه\s+)?{clock})$")


_AFTER_NOON = re.compile(r"\s*(?:م|مساء|مساءا|pm|p\.m\.)(?![^\W_])")  # right after a clock time ("04:12 م")
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])[:.]([0-5]\d)(?::[0-5]\d)?(?!\d)")   # "02:15:00 م": the seconds before the half
_DATE_LINE_FILLER = re.compile(r"^[\W\d\s]*$")
_SITE_NAME = re.compile(r"(?<![\w.])[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+(?![\w.])")   # arabic.news.cn, www.x.com
# the letters of an ISO 8601 timestamp: T between the date and the clock, Z (UTC) after the clock
# ("2026-03-08T10:05:00Z", "…T10:05:00.000Z"); they are no words of a sentence
# a site's own name opening a line, with the bar or dash after it ("aawsat.com | …")
_LEADING_SITE = re.compile(r"^\s*[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+\s*[|•\-–—]")
_ISO_LETTERS = re.compile(r"(?<=\d)T(?=\d)|(?<=\d)Z(?![^\W\d_])", re.IGNORECASE)


def _lines(text: str) -> list[Line]:
    lines = []
    for match in re.finditer(r"[^\n\r]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            lines.append(Line(start, end, text[start:end]))
    return lines


# Separators that some sites' templates put between the parts of a date, which dates in prose
# never have: "05 يونيو ,2017", "20/ يوليو/2024", "9 - أكتوبر - 2020" (a slash or dash between a
# number and a month name).
_DATE_PART_SEPARATOR = re.compile(r"(?<=[^\W\d_])\s*[,،](?=\s*\d{4}(?!\d))|(?<=\d)\s*[/\-–—](?=\s*[^\W\d_])"
                                   r"|(?<=[^\W\d_])\s*[/\-–—](?=\s*\d)")
# the dash after a clock before the date ("10:45 - 12/03/2023"), which the date reader takes for a range
_CLOCK_DASH = re.compile(r"(?<=\d:\d\d)\s*[\-–—](?=\s*\d{1,4}[/.\-]\d)")


def _read_date_line(line: Line) -> tuple[str, Line] | None:
    """The publication date of a date line, or None when `line` is not one."""
    url = _url_date_line(line)
    if url:
        return url
    normalised = normalise(line.text)
    # blank the template separators out, one char for one, so offsets stay those of the line
    searched = _DATE_PART_SEPARATOR.sub(_spaces, normalised.text)
    if ":" in searched:
        searched = _CLOCK_DASH.sub(_spaces, searched)
    dates = [d for d in find_absolute_dates(searched) if d.year is not None and d.day is not None]
    if not dates:
        return _month_day_year_line(line, normalised) or _latin_date_line(line) or _short_year_line(line, normalised)
    cues = _cues()
    # "www.alsudani.news | تاريخ النشر: …": a cue after the site's own name opens the line as well
    unsited = _SITE_NAME.sub(_spaces, normalised.text)
    has_cue = bool(cues["date_cue"].search(unsited) or cues["placed_date_cue"].search(normalised.text))
    # Without a cue, the line must be (almost) nothing but the date: weekday, date, time.
    leftover = searched
    for found in dates:
        leftover = leftover[: found.start] + " " * (found.end - found.start) + leftover[found.end:]
    # "arabic.news.cn | 2020-01-23 14:05:32": the site's own name; both blanked one char for one, as
    # _without_asides, _without_desk and the clock search below use offsets of the unshortened line
    leftover = _SITE_NAME.sub(_spaces, leftover)
    leftover = _ISO_LETTERS.sub(_spaces, leftover)   # "2026-03-08T10:05:00Z"
    has_cue = has_cue or bool(cues["bracketed_date_cue"].search(normalised.text))   # "(تم التحديث: …)"
    leftover = _without_asides(leftover, normalised.text)   # "منذ 4 ساعات | 08 أكتوبر 2025": the post's age beside its date
    leftover = _without_zone(leftover)   # "21:45 (توقيت مكة المكرمة)": the clock's zone, named by its city
    leftover = _without_desk(leftover, normalised.text, dates[-1].end)   # "… 05 مساءً / مأرب برس - خاص": the outlet's desk after a slash
    leftover_words = [w for w in re.findall(r"[^\W\d_]+", leftover) if w not in _DATE_WORDS()]
    if not has_cue:
        # "… 11:20 | آخر تحديث: الأحد 16 نوفمبر 2025 - 13:40", "الأحد 16 نوفمبر 2025 آخر تحديث: 12:20":
        # a cue after the date introduces the update, and is no word of a sentence
        after = re.findall(r"[^\W\d_]+", leftover[dates[0].end:])
        cued_after = [w for w in after if w in _update_words()]
        leftover_words = [w for w in leftover_words if w not in cued_after]
    if not has_cue and (len(leftover_words) > 1 or line.text.rstrip().endswith(_FULL_STOPS)):
        return None  # a sentence that holds a date, not a date line
    if not has_cue and _named_by_its_date(normalised.text[:dates[0].start]):
        return None  # "ذكرى 8 آذار 1963": a headline that names a day, not a date line
    gregorian = [d for d in dates if d.calendar == "gregorian"] or dates
    # "آخر تحديث: 17/11/2025 | تاريخ النشر: 16/11/2025": the update first, the publication after it
    chosen = gregorian[1] if len(gregorian) > 1 and cues["update_cue"].match(unsited) else gregorian[0]
    value = chosen.iso()
    time_match = _TIME.search(leftover, 0 if chosen is gregorian[0] else chosen.end)   # the chosen date's clock
    if time_match and chosen.day is not None:
        hour = int(time_match[1])
        if hour < 12 and _AFTER_NOON.match(leftover, time_match.end()):
            hour += 12  # "04:12 م"
        value = datetime(chosen.year, chosen.month, chosen.day, hour, int(time_match[2])).isoformat(timespec="minutes")
    start, end = normalised.span(chosen.start, chosen.end)
    return value, Line(line.start + start, line.start + end, line.text[start:end])


_WORD_THEN_DATE = re.compile(r"^\s*(?P<word>[\u0621-\u064a]+)\s+$")


def _named_by_its_date(before: str) -> bool:
    """Is what stands before a date line's date (normalised) one Arabic word joined to it by a space
    alone, no weekday nor date word ("ذكرى 8 آذار 1963", "مجزرة 16 أيلول")?  A date line sets a place or
    a label off from its date by a dash or a colon ("تونس - 05-03-2019"); a word run into the date is
    the head noun the day names, a headline's."""
    match = _WORD_THEN_DATE.match(before)
    return bool(match) and match["word"] not in _DATE_WORDS()


# a line that is only the article's address with the date in its path, the one date some pages
# print ("https://www.example.sd/news/2026/03/08/drought-plan", ".../2026-03-08/...")
_URL_DATE = re.compile(r"^\s*(?:https?://)?(?:[\w-]+\.)+[A-Za-z]{2,}(?:/[^\s/]+)*?"
                       r"/(?P<year>(?:19|20)\d{2})([/-])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?:[/.?#-]\S*)?\s*$")


def _dated_part(line: Line, ymd: tuple[int, int, int], start: int, end: int) -> tuple[str, Line] | None:
    """The ISO day of year, month and day read from line.text[start:end], with that part of the
    line; None when no such day exists (31 February)."""
    try:
        day = datetime(*ymd)
    except ValueError:
        return None
    return day.date().isoformat(), Line(line.start + start, line.start + end, line.text[start:end])


def _url_date_line(line: Line) -> tuple[str, Line] | None:
    """The date in the path of a line that is only the article's address, or None."""
    match = _URL_DATE.match(line.text)
    if not match:
        return None
    return _dated_part(line, (int(match["year"]), int(match["month"]), int(match["day"])),
                       match.start("year"), match.end("day"))


_LINE_PART = re.compile(r"[^|•\-–—]+")


def _date_line_aside(raw: dict) -> str:
    """The pattern of an aside a date line ends on: its cue (date_line_asides) and at most three words."""
    return rf"(?:{_alternation(raw['date_line_asides'])})\s*:?(?:\s+[^\s|•\-–—]+){{0,3}}\s*$"


def _without_asides(leftover: str, line: str) -> str:
    """The leftover of a date line (its normalised `line` with the dates blanked) with the
    parts between bars or dashes of the line that are no sentence blanked, one char for one:
    how long ago the post went up ("منذ 4 ساعات | 08 أكتوبر 2025", a relative date line of its
    own) and the page's asides beside the date (issue number, the paper's year, reading time:
    date_line_asides), also where such an aside closes the date's own part with no bar before it
    ("17 مايو 2022 مـ رقم العدد [ 15876]")."""
    cues = _cues()
    for part in _LINE_PART.finditer(line):
        text = leftover[part.start():part.end()]
        words = _ago_line_words(text)
        if words and (cues["ago_line"].match(words) or cues["date_line_aside"].match(" ".join(text.split()))
                      or cues["counter_line"].match(words)):   # "08 مارس 2026 | 3 دقائق قراءة": a counter, number first
            leftover = leftover[:part.start()] + " " * (part.end() - part.start()) + leftover[part.end():]
            continue
        tail = cues["date_line_tail_aside"].search(text)
        original = line[part.start():part.end()]
        if tail and text[:tail.start()] != original[:tail.start()] and text[tail.start():] == original[tail.start():]:
            # the aside closes the part the date stands in: the date (blanked in `leftover`) before it, none in it
            start = part.start() + tail.start()
            leftover = leftover[:start] + " " * (part.end() - start) + leftover[part.end():]
    return leftover


@lru_cache(maxsize=1)
def _month_day_year() -> re.Pattern[str]:
    from khabar.times.calendars import month_names, weekday_names

    return re.compile(rf"^\W*(?:(?:{_alternation(weekday_names())})\s*[،,]?\s*)?(?P<month>{_alternation(month_names())})"
                      rf"\s+(?P<day>\d{{1,2}})\s*[,،]\s*(?P<year>\d{{4}})"
                      # a clock after it: "نوفمبر 16, 2025 | 12:20 م"
                      rf"(?:\s*[|\-–—,،]?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*(?:ص|م|صباحا|مساء))?)?\W*$")


def _month_day_year_line(line: Line, normalised) -> tuple[str, Line] | None:
    """A date line in the English order of blog templates, "سبتمبر 5, 2020" (month, day,
    comma, year): read only as a whole line, where it can be nothing else."""
    from khabar.times.calendars import month_names

    match = _month_day_year().match(normalised.text)
    if not match:
        return None
    return _dated_part(line, (int(match["year"]), month_names()[match["month"]], int(match["day"])),
                       *normalised.span(match.start("month"), match.end("year")))


@lru_cache(maxsize=1)
def _short_year() -> re.Pattern[str]:
    from khabar.times.calendars import weekday_names

    return re.compile(rf"^\W*(?:{_alternation(_raw_cues()['date_line_cues'])})\s*:?\s*"
                      rf"(?:(?:{_alternation(weekday_names())})\s*[،,]?\s*)?"
                      r"(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{2})(?!\d)"
                      r"(?:\s*[|\-–—]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:ص|م|صباحا|مساء))?)?\W*$")


def _short_year_line(line: Line, normalised) -> tuple[str, Line] | None:
    """A cued date line whose year has two digits ("نشر بتاريخ: 08/10/25"): the day, month and
    year of this century.  Only after a cue and as a whole line: bare, "08/10/25" may be a score
    or a reference."""
    match = _short_year().match(normalised.text)
    if not match:
        return None
    return _dated_part(line, (2000 + int(match["year"]), int(match["month"]), int(match["day"])),
                       *normalised.span(match.start("day"), match.end("year")))


# a time zone as the IANA database names it, "Area/City", which CMS templates print after the clock
# ("Jan 18, 2024 12:30 Asia/Tehran", "12:30 Africa/Cairo", "America/Argentina/Buenos_Aires")
_IANA_ZONE = r"[A-Z][a-z]+(?:/[A-Z][A-Za-z_\-]+){1,2}"


@lru_cache(maxsize=1)
def _latin_date() -> tuple[re.Pattern[str], dict[str, int]]:
    """The whole-line pattern of an English date line and its month names' numbers."""
    raw = _raw_cues()
    months = {name: int(number) for number, names in raw["latin_months"].items() for name in names}
    month = _alternation(sorted(months, key=len, reverse=True))
    weekday = _alternation(raw["latin_weekdays"])
    cue = _alternation(raw["date_line_cues"])
    zone = _alternation(raw["latin_time_zones"]) + "|" + _IANA_ZONE
    clock = (r"(?:\s*[,|\-–—]?\s*(?:at\s+|à\s+)?(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::\d{2})?"
             rf"(?:\s*(?P<half>am|pm|a\.m\.|p\.m\.))?(?:\s*(?:{zone})(?:\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?)?|\s*[+-]\d{{2}}:?\d{{2}})?)?")
    # the writer a blog template names after the date or before it ("Posted on 8 March 2026 by
    # admin", "Posted by admin on March 8, 2026"): one to three words, the first no article ("by the
    # desk" goes on as a phrase)
    name = r"(?!(?:the|a|an)\b)[^\W\d_][\w.'\-]*(?:\s+[^\W\d_][\w.'\-]*){0,2}?"
    author, author_first = rf"(?:\s*[,|\-–—]?\s*by\s+{name})?", rf"by\s+{name}\s+on\s+"
    # the English ordinal of the day ("Mar 8th, 2026", "8th of March 2026"); French puts "le" before
    # the day or its weekday ("le 8 mars 2026", "le dimanche 8 mars 2026")
    ordinal = r"(?:st|nd|rd|th)?"
    pattern = re.compile(
        rf"^\W*(?:(?:{cue})\s*:?\s*)?(?:{author_first})?(?:le\s+)?(?:(?:{weekday})\.?,?\s+)?(?:le\s+)?"
        rf"(?:(?P<month1>{month})\.?\s+(?P<day1>\d{{1,2}}){ordinal},?\s+(?P<year1>\d{{4}})"
        rf"|(?P<day2>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<month2>{month})\.?,?\s+(?P<year2>\d{{4}})"
        rf"|(?P<day3>\d{{1,2}})(?P<sep>[\-/])(?P<month3>{month})(?P=sep)(?P<year3>\d{{4}})){clock}{author}\W*$",
        re.IGNORECASE)
    return pattern, months


_LATIN_ASIDE_BAR = re.compile(r"\s[|·•]\s|\|")   # the bar or dot between a Latin date and what a template sets beside it


def _latin_before_aside(pattern: re.Pattern[str], text: str) -> re.Match | None:
    """"Published: 08 Mar 2026, 10:20 AM | Updated: 09 Mar 2026", "March 8, 2026 · 3 min read": the
    publication before a bar or a dot, where the update follows it (the publication dates the page, as in
    Arabic lines) or the page's counter or reading time."""
    bar = _LATIN_ASIDE_BAR.search(text)
    if not bar:
        return None
    rest = " ".join(normalise_word(text[bar.end():]).split())
    cues = _cues()
    if not (cues["update_cue"].match(rest) or cues["counter_line"].match(rest) or cues["date_line_aside"].match(rest)):
        return None
    return pattern.match(text, 0, bar.start())


def _latin_date_line(line: Line) -> tuple[str, Line] | None:
    """A date line in English ("Mar 4, 2020", "Published 4 March 2020 10:30", "16-Nov-2025"), as some Arabic
    sites' templates print it: read only as a whole line, where it can be nothing else."""
    pattern, months = _latin_date()
    # "aawsat.com | Updated: 08 March 2026 14:30 GMT": the site's own name before the date, blanked
    text = _LEADING_SITE.sub(_spaces, line.text)
    match = pattern.match(text) or _latin_before_aside(pattern, text)
    if not match:
        return None
    month, day, year = next((f"month{n}", f"day{n}", f"year{n}") for n in (1, 2, 3) if match[f"month{n}"])
    try:
        value = datetime(int(match[year]), months[match[month].lower()], int(match[day]))
    except ValueError:
        return None
    text = value.date().isoformat()
    if match["hour"]:
        hour = int(match["hour"])
        if match["half"]:                         # "4:30 PM" is 16:30, "12:10 AM" 00:10
            hour = hour % 12 + (12 if match["half"].lower().startswith("p") else 0)
        if hour < 24:
            text = value.replace(hour=hour, minute=int(match["minute"])).isoformat(timespec="minutes")
    start = min(match.start(month), match.start(day))
    end = match.end(year)
    return text, Line(line.start + start, line.start + end, line.text[start:end])


def _take_inner_captions(structure: Structure) -> None:
    """Photo captions and credits between the body's paragraphs ("التعليق على الصورة، …", a
    short line closing on its credit "(رويترز)" with no sentence before it) are captions."""
    inner = [(line, kind) for line in structure.paragraphs[1:]
             if (kind := _caption_kind(line)) and not line.text[:line.text.rfind("(")].rstrip().endswith(_FULL_STOPS)]
    if not inner:
        return
    inner = _with_described_photos(structure.paragraphs, inner)
    structure.captions.extend(Caption(kind, line) for line, kind in inner)
    taken = {line for line, _ in inner}
    structure.paragraphs = [line for line in structure.paragraphs if line not in taken]


_FULL_STOPS = (".", "!", "؟", "?", "…")


def _with_described_photos(paragraphs: list[Line], inner: list[tuple[Line, str]]) -> list[tuple[Line, str]]:
    """Add the unlabelled description under a photo's credit between paragraphs (DW Arabic:
    "صورة من: Fadel Senna/AFP", then what the photo shows): a short line that ends no
    sentence, right after the credit, is that photo's caption."""
    taken = {line for line, _ in inner}
    found = list(inner)
    for line, kind in inner:
        i = paragraphs.index(line)
        if kind != "credit" or i + 2 >= len(paragraphs):
            continue   # the body's last line is no photo's description
        following = paragraphs[i + 1]
        if following not in taken and following.words <= _cues()["max_header"] \
                and not following.text.rstrip().endswith(_FULL_STOPS):
            found.append((following, "caption"))
    return sorted(found, key=lambda pair: pair[0].start)


def _set_asides_apart(structure: Structure) -> None:
    """Move the page's own lines (links to other articles, tags, share rows) out of the body:
    what they say is not what the article reports."""
    asides, labelled = [], False
    for line in structure.paragraphs:
        kind = _aside_kind(line) or ("page" if labelled and _is_tag_list(line) else None)
        if kind:
            asides.append(Aside(kind, line))
        labelled = kind == "page" and bool(_cues()["tag_label"].match(" ".join(normalise_word(line.text).split())))
    if not asides or len(asides) == len(structure.paragraphs):
        return  # a text made of nothing else is read as it stands
    set_apart = {aside.line for aside in asides}
    structure.asides = asides
    structure.paragraphs = [line for line in structure.paragraphs if line not in set_apart]


_TAG_LIST_WORDS = 12   # words at most of a tag list under its label


def _is_tag_list(line: Line) -> bool:
    """The tags under a tag box's label: a short line that ends no sentence."""
    return line.words <= _TAG_LIST_WORDS and not line.text.rstrip().endswith(_FULL_STOPS)


def _aside_kind(line: Line) -> str | None:
    kind = _header_line_kind(line)
    if kind is None and line.words == 1 and _ADDRESS.match(line.text.strip()):
        return "page"   # "https://www.assawsana.com" at a print view's foot (over the headline it signs: _is_masthead)
    return "page" if kind == "navigation" else kind


def _header_line_kind(line: Line) -> str | None:
    """What a short line of the page is, if it is the page's own: "related" (a link to another
    article), "navigation" (a share row, a hashtag row or a breadcrumb trail) or "page" (a page
    line or a counter: "عدد المشاهدات: 1520"، "5 دقائق قراءة")."""
    cues = _cues()
    if line.words > cues["max_header"]:
        return None
    normalised = " ".join(normalise_word(line.text).split())
    if cues["related"].match(normalised):
        return "related"
    if cues["share_row"].match(normalised):
        return "navigation"
    if line.words <= 8 and cues["page_line"].match(normalised):
        return "page"
    if cues["trail_signs"].search(line.text) and (line.words <= _TRAIL_WORDS or "#" in line.text) and _is_trail(line):   # "الرئيسية » أخبار » حوادث", "#السودان #الفاشر"
        return "navigation"
    if cues["counter_line"].match(normalised) or cues["tool_line"].match(normalised):
        return "page"   # "5 دقائق قراءة", "1250 مشاهدة": a counter, number first; "حجم الخط": a tool
    if line.words <= 2 and cues["share_word"].match(normalised):
        return "page"   # "فيسبوك", "نسخ الرابط": one share button a line, as a copied page sets them
    if line.words == 1 and _SLUG.match(line.text.strip()):
        return "page"   # "army-seizes-new-positions-near-the-border": the page's English slug
    return None


# a line that is the page's English slug, nothing else: three words or more joined by hyphens
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}$")
# a line that is the page's address, nothing else: "https://site.com/news/88412", "www.site.com/article/12"
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$")


_HASHTAG_ROW = re.compile(r"^\s*#[^\s#]+(?:\s+#[^\s#]+)+\s*$")   # "#السودان #الفاشر #الدعم_السريع"
_TRAIL_PART_WORDS = 3   # words at most of one part of a breadcrumb trail ("أخبار محلية")
_TRAIL_WORDS = 8        # words at most of the whole trail


def _is_trail(line: Line) -> bool:
    """The page's own navigation set as a line: a row of hashtags ("#السودان #الفاشر"), or a
    breadcrumb trail of short parts ("الرئيسية » أخبار » حوادث"; structure.yaml breadcrumb_*),
    which opens with the home page's name or joins three parts or more by arrows (» ›): a
    slash or a bar alone also joins a place and an outlet ("المعلومة/ بغداد")."""
    if "#" in line.text and _HASHTAG_ROW.match(line.text):
        return True
    cues = _cues()   # the separators as written: normalisation reads » as a quote
    if line.words > _TRAIL_WORDS or not cues["breadcrumb_any"].search(line.text):
        return False
    parts = cues["breadcrumb_any"].split(line.text)
    headed = " ".join(normalise_word(parts[0]).split()) in cues["breadcrumb_heads"]
    if not headed:
        parts = cues["breadcrumb_arrow"].split(line.text)
    return len(parts) >= (2 if headed else 3) and all(0 < len(part.split()) <= _TRAIL_PART_WORDS for part in parts)


def _is_page_furniture(line: Line) -> bool:
    """A line of the page's header that belongs to no part of the article: a kicker alone
    on its line ("عاجل", "بالفيديو") or a page line ("عدد المشاهدات: 1520"), but not a
    photo credit that opens as a page line does ("© أ ف ب"), nor a date line that opens with the
    news item's code ("رمز الخبر: 1887534 | 23 سبتمبر 2018 - 10:45": the date is the article's).
    A row of share buttons, hashtags or a breadcrumb trail is the page's though the networks it
    names read as a credit ("شارك: فيسبوك تويتر واتساب")."""
    if _cues()["kicker"].match(" ".join(normalise_word(line.text).split())):
        return True
    kind = _header_line_kind(line)
    if kind == "navigation":
        return True
    return kind == "page" and not _is_credit(line) and _read_date_line(line) is None


def _relative_date_line(lines: list[Line]) -> int | None:
    """The index of a date line that only says how long ago the article was published
    ("منذ 3 ساعات"): relative to a moment the text does not give, so it dates nothing."""
    pattern = _cues()["ago_line"]
    return next((i for i, line in enumerate(lines) if i and line.words <= 6
                 and pattern.match(_ago_line_words(line.text))), None)


# a clock alone on its line ("10:20 ص", "الساعة 14:05"), as a template sets it under or over the day
_CLOCK_LINE = re.compile(r"^\W*(?:الساعه\s*:?\s*)?(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?"
                         r"(?P<half>\s*(?:ص|م|صباحا|مساء|am|pm))?\W*$", re.IGNORECASE)


def _set_date_pieces_apart(lines: list[Line], date_index: int, header_limit: int, furniture: list[Line],
                           structure: Structure) -> tuple[int, int]:
    """A date line split over two lines: the clock on a line of its own under or over the day
    ("الأحد، 8 آذار 2026" then "10:20 ص"), the cue alone over it ("نشر بتاريخ:" then the day), or
    the weekday alone over a numeric day ("الأحد" then "08/03/2026").  Such a piece is the date
    line's, never a byline or a headline: moved from `lines` to `furniture`, and the clock read into
    the publication date when the day has none.  The date line's index and the header's end, after."""
    pieces = []
    for i in (date_index - 1, date_index + 1):
        if not 0 <= i < header_limit or lines[i].words > 3:
            continue
        clock = _CLOCK_LINE.match(normalise_word(lines[i].text))
        if clock:
            _set_clock(structure, clock)
            pieces.append(i)
        elif i < date_index and _is_date_cue_or_weekday(lines[i]):
            pieces.append(i)
    for i in sorted(pieces, reverse=True):
        furniture.append(lines.pop(i))
    return date_index - sum(i < date_index for i in pieces), header_limit - len(pieces)


def _set_clock(structure: Structure, clock: re.Match) -> None:
    """Give the publication day the clock of a line of its own, if it has none yet."""
    if not structure.published or len(structure.published) != 10:
        return
    hour = int(clock["hour"])
    if hour < 12 and clock["half"] and clock["half"].strip().lower() in ("م", "مساء", "pm"):
        hour += 12
    structure.published = f"{structure.published}T{hour:02d}:{clock['minute']}"


def _is_date_cue_or_weekday(line: Line) -> bool:
    """Is `line` only a date line's cue ("نشر بتاريخ:", "Published:") or only a weekday ("الأحد")?"""
    from khabar.times.calendars import weekday_names

    words = " ".join(normalise_word(line.text).replace(":", " ").split()).strip(" .،,-–—|")
    if words in weekday_names() or words.lower() in _latin_weekdays():
        return True
    cue = _cues()["date_cue"].match(words)
    return bool(cue) and not words[cue.end():].strip()


@lru_cache(maxsize=1)
def _latin_weekdays() -> frozenset[str]:
    return frozenset(w.lower() for w in _raw_cues()["latin_weekdays"])


_STAMP_REACH = 2   # lines from the date line where a page sets the post's age (over the headline too)


def _set_stamps_apart(lines: list[Line], date_index: int, header_limit: int,
                      furniture: list[Line]) -> tuple[int, int]:
    """On a page dated by a date line, a header line near it that only says how long ago the post
    went up ("منذ 3 ساعات", "آخر تحديث: منذ 5 دقائق") is the page's, neither byline nor headline:
    moved from `lines` to `furniture`.  The date line's index and the header's end, after."""
    pattern = _cues()["ago_line"]
    near = range(max(0, date_index - _STAMP_REACH), min(header_limit, date_index + _STAMP_REACH + 1))
    stamps = [i for i in near if i != date_index and lines[i].words <= 6 and _may_be_stamp(lines[i].text)
              and pattern.match(_ago_line_words(lines[i].text))]
    for i in reversed(stamps):
        furniture.append(lines.pop(i))
    return date_index - sum(i < date_index for i in stamps), header_limit - len(stamps)


@lru_cache(maxsize=1)
def _stamp_ends() -> frozenset[str]:
    """The words a relative date line ends with: a unit ("منذ 3 ساعات"), the count after it ("منذ
    يوم واحد"), or the half of the day after a clock ("أمس 10:42 م")."""
    words = _raw_cues()["relative_date_line"]
    ends = [*words["units"], *words["one"], "ص", "م", "صباحا", "مساء"]
    return frozenset(ends) | frozenset(normalise_word(w) for w in ends)   # as written and as normalised


def _may_be_stamp(text: str) -> bool:
    """A cheap first test of a relative date line on its last word alone (a unit, "one", a clock
    or its half of the day, as the data writes it or normalised), before the whole line is
    normalised and matched."""
    words = text.split()
    last = words[-1].strip(".:،,)") if words else ""
    return bool(last) and (last[-1].isdigit() or last in _stamp_ends())


def _stamped_byline(lines: list[Line], reach: int) -> tuple[int | None, tuple[Line] | None]:
    """A byline that opens with its cue and ends, after a bar or a dash, with how long ago the
    post went up ("كتب: محمد علي | منذ 3 ساعات"), or an outlet's name so stamped, as apps and
    aggregators print the source of what they copy ("سكاي نيوز عربية · منذ 5 ساعات"), among the first
    `reach` lines, or the stamp first and the cued byline after it ("منذ 3 ساعات | المصدر: عكاظ"): its
    index, with the line replaced in `lines` by its stamp (the date line, no date), and the byline part;
    (None, None) when there is none.  As with a dated byline, the stamp is no
    part of the byline."""
    cues = _cues()
    for index in range(1, min(reach, len(lines))):
        line = lines[index]
        if line.words > 12:
            continue
        separators = list(_BYLINE_DATE_SEPARATOR.finditer(line.text))
        if not separators:
            continue
        cut = separators[-1]
        tail, head = line.text[cut.end():], line.text[:cut.start()]
        if tail.strip() and cues["ago_line"].match(_ago_line_words(tail)) \
                and (cues["byline_cue"].match(normalise_word(line.text)) or _names_an_outlet(head, media_only=True)):
            lines[index] = Line(line.start + cut.end(), line.end, tail)
            return index, (Line(line.start, line.start + cut.start(), head),)
        # "منذ 3 ساعات | المصدر: عكاظ": the stamp first, then the cued byline
        if len(separators) == 1 and _may_be_stamp(head) and cues["ago_line"].match(_ago_line_words(head)) \
                and cues["byline_cue"].match(normalise_word(tail)):
            lines[index] = Line(line.start, line.start + cut.start(), head)
            return index, (Line(line.start + cut.end(), line.end, tail),)
    return None, None


def _ago_line_words(text: str) -> str:
    """A short line's words, normalised, without the colons a template puts after its cue
    ("آخر تحديث: منذ 45 دقيقة" reads as "آخر تحديث منذ 45 دقيقة")."""
    return " ".join(normalise_word(text).replace(":", " ").split())


def _is_update_line(line: Line) -> bool:
    """Does a date line open with an update cue ("آخر تحديث: …", "Updated …")?"""
    return bool(_cues()["update_cue"].match(normalise_word(line.text)))


_ZONE = re.compile(r"\(?\s*ب?توقيت(?:\s+[^\W\d_]+){1,2}\s*\)?")   # "(توقيت مكة المكرمة)", "بتوقيت القاهرة"
_DESK_WORDS = 5   # words at most of the desk a date line ends with after a slash


def _spaces(match: re.Match) -> str:
    """As many spaces as `match` has characters: a blank that keeps later offsets."""
    return " " * len(match.group())


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _without_zone(leftover: str) -> str:
    """The leftover of a date line with its clock's time zone blanked, one char for one: the
    zone word and the city or country after it ("بتوقيت القاهرة", "(توقيت مكة المكرمة)"), which
    date_line_words cannot list for every city."""
    for match in reversed(list(_ZONE.finditer(leftover))):
        leftover = _blank(leftover, match.start(), match.end())
    return leftover


def _without_desk(leftover: str, line: str, after: int) -> str:
    """The leftover of a date line with the outlet's desk or writer after its last slash or bar
    blanked, one char for one: Yemeni and other sites close the date line with the outlet or the
    desk that wrote the story ("الأحد 19 يناير 2020 الساعة 05 مساءً / مأرب برس - خاص", "… / المصدر
    أونلاين - متابعات"), blog templates with the writer ("8 مارس 2026 | كتب: محمد علي").  The part
    after the mark must read as a byline (a cue, an outlet, a "place - outlet" pair) of a few words.
    The mark is looked for in the normalised `line`, as the date's separators are blanked in the
    leftover; one inside the date is before `after`."""
    slash = max(line.rfind("/"), line.rfind("|"))
    if slash < after:
        return leftover
    desk = leftover[slash + 1:].strip()
    part = Line(0, len(desk), desk)
    if not desk or part.words > _DESK_WORDS or not _is_byline(part):
        return leftover
    return _blank(leftover, slash, len(leftover))


@lru_cache(maxsize=1)
def _update_words() -> frozenset[str]:
    """The words of the update cues: after the publication date on its line ("… 11:20 | آخر
    تحديث: …") they open the update, not a sentence."""
    return frozenset(word for cue in _raw_cues()["update_cues"] for word in normalise_word(cue).split())


@lru_cache(maxsize=1)
def _DATE_WORDS() -> frozenset[str]:
    """Words a date line may hold besides its date and no cue (structure.yaml's
    date_line_words, and the weekday names)."""
    from khabar.times.calendars import weekday_names

    return frozenset(weekday_names()) | _cues()["date_line_words"]


# a tatweel separates only after a space or doubled ("رام الله ــ العربي الجديد"); one glued to a
# letter is a clitic's mark ("بـ\"الأشرار\""), not a separator
_PLACE_OUTLET = re.compile(r"^(?P<places>[^\d\n]{2,50})\s*(?:(?<!\S)ـ+|ـ{2,}|-|–|—|:)+\s*(?P<outlet>[^\d\n]{2,40})$")


def _is_byline(line: Line) -> bool:
    """A byline or section: a cue word ("قسم الأخبار", "بقلم"), or the "places — outlet"
    shape of Arabic dailies ("رام الله ــ العربي الجديد", "الدوحة - غزة: «الشرق الأوسط»")."""
    if line.words > 8 or _bracketed_caption(line):
        return False
    normalised = normalise_word(line.text)
    if _cues()["credit_label"].match(normalised):
        return False   # "مصدر الصورة، IRGC / AFP" (BBC): a photo's credit, however like "desk / agency" it reads
    if _cues()["byline_cue"].search(normalised) or (line.words <= 4 and _names_an_outlet(line.text)):
        return True
    if line.words <= 6 and _with_agency().search(normalised):
        return True   # "يورونيوز مع أ ف ب", "العربية.نت مع وكالات": the page's desk with the agencies it used
    match = _PLACE_OUTLET.match(line.text.strip())
    if match and (_names_an_outlet(match["outlet"]) or _names_an_outlet(match["places"])
                  or _is_desk(match["outlet"])):
        return True
    # "مونت كارلو الدولية / أ ف ب": the page's desk and the agency it used, after a slash
    desk, slash, agency = line.text.strip().rstrip(":").rpartition("/")   # "يمن مونيتور/ صنعاء/ خاص:"
    return bool(slash) and bool(desk.strip()) and bool(_cues()["agency_name"].fullmatch(normalise_word(agency.strip())))


_DESK_PART_WORDS = 2   # words at most of a desk after "place -" ("متابعات", "خاص", "مراسلنا")


def _is_desk(part: str) -> bool:
    """Is the part after a "place -" or "outlet -" dash only the desk that wrote the story, a byline
    cue of a word or two ("ليبيا بانوراما - متابعات", "عدن - خاص", "الخرطوم - مراسلنا")?  Such a line
    signs the page whatever place or outlet stands before the dash."""
    normalised = normalise_word(part.strip()).rstrip(" :.")
    return len(normalised.split()) <= _DESK_PART_WORDS and bool(_cues()["byline_cue"].fullmatch(normalised))


@lru_cache(maxsize=1)
def _with_agency() -> re.Pattern[str]:
    # "مع" or "+" only: the slash form ("مونت كارلو الدولية / أ ف ب") is read by _is_byline itself
    return re.compile(rf"\S\s+(?:مع|\+)\s*(?:{_cues()['agency']})\s*$")


@lru_cache(maxsize=1)
def _quoted_name() -> re.Pattern[str]:
    """A name in quotes (normalised: every quote reads '"'), then nothing but the agencies it
    worked with and a closing mark ("«عرب بوست»", "«الشرق الأوسط»:", "«القدس العربي» ووكالات", "«الحياة»، أ ف ب");
    not a headline that opens with a quoted name ("«الصحة» و«التعليم» توقعان اتفاقية")."""
    return re.compile(rf'^"[^"\n]+"(?:\s*(?:و|مع|\+|[،,])\s*(?:{_cues()["agency"]}))?[\s:\-–—.]*$')


def _names_an_outlet(text: str, *, media_only: bool = False) -> bool:
    """Is `text` a news outlet or agency (quoted «…», a known agency, or a media
    organisation of the knowledge base)?  With `media_only`, a quoted name does not do and
    the knowledge base's organisation must be a medium (sector MED): "وزارة الصحة" is none."""
    normalised = _bare_name(text)
    if _cues()["agency_name"].fullmatch(normalised):
        return True
    stripped = text.strip()
    if not media_only and stripped.startswith(("«", "\"", "“")) and _quoted_name().match(normalise_word(stripped)):
        return True
    from khabar.knowledge import knowledge_base

    return any(entry.type == "ORG" and (not media_only or entry.sector == "MED")
               for entry, _ in knowledge_base().lookup(tuple(normalised.split())))


_DESCRIBED_THEN_CREDITED = re.compile(r"^(?:\S+\s+){3,}\([^()]+\)$")  # "عناصر من الجيش السوداني (صورة أرشيفية)"
_DASHED_CREDIT = re.compile(r"^(?P<described>(?:\S+\s+){3,})[-–—|]\s*(?P<credit>\S+(?:\s+\S+){0,2})$")  # "… وزير الصحة - صورة أرشيفية"


_LONG_DESCRIPTION = 6  # words before a dashed credit that make the line a description whatever the credit names


def _described_then_credited(line: Line) -> bool:
    """A description closed by its credit, in parentheses or after a dash: a caption.  After a
    dash the credit says so ("… وزير الصحة - صورة أرشيفية"), or the description is long enough
    that a credit word opening it tells what the photo shows ("صورة أرشيفية لعناصر من قوات سوريا
    الديمقراطية في ريف دير الزور - نورث برس")."""
    if _DESCRIBED_THEN_CREDITED.match(line.text):
        return not _credit_with_note(line)
    dashed = _DASHED_CREDIT.match(line.text)
    if not dashed:
        return False
    return bool(_cues()["credit_cue"].search(normalise_word(dashed["credit"]))) \
        or len(dashed["described"].split()) >= _LONG_DESCRIPTION


def _bracketed_caption(line: Line) -> bool:
    """A photo's description and its credit set wholly in parentheses ("(جنود خلال دورية قرب الحدود -
    رويترز)"), as print and AMP views keep a caption: no "places - outlet" byline."""
    text = line.text.strip()
    if not (text.startswith("(") and text.endswith(")")) or "(" in text[1:-1] or ")" in text[1:-1]:
        return False
    dashed = _DASHED_CREDIT.match(text[1:-1].strip())   # the credit must name a source: "(… - تحرير …)" is a trailer
    return bool(dashed) and (bool(_cues()["credit_cue"].search(normalise_word(dashed["credit"])))
                             or _names_an_outlet(dashed["credit"]))


def _credit_with_note(line: Line) -> bool:
    """A credit closed by a note in parentheses ("© أ ف ب (صورة أرشيفية)", "رويترز (أرشيف)"): what
    stands before the parenthesis is itself a source (a photo mark opens it, or it is an agency or an
    outlet), so the line describes nothing."""
    before = line.text[:line.text.rindex("(")].strip()
    marks = _cues()["photo_marks"]
    return before.lower().startswith(marks) or _names_an_outlet(before)


_BYLINE_DATE_SEPARATOR = re.compile(r"\s*(?:\||\s[·•]\s|\s[\-–—]\s|[،,]\s)\s*")   # a middle dot: apps' source lines


def _dated_byline(line: Line) -> tuple[Line, Line, tuple[str, Line]] | None:
    """(byline, date line, the date read from it) of a byline that carries the publication
    date after a bar, a dash or a comma: "كتب: أحمد علي | الإثنين 10-06-2024 14:30",
    "بقلم: سامي يوسف - 10 يونيو 2024", or the outlet's own name before the date."""
    cued = bool(_cues()["byline_cue"].match(normalise_word(line.text)))
    # the last separator first: the date closes the line, and a dash may follow the cue
    # ("كتب - أحمد علي | 16 نوفمبر 2025" is signed by "كتب - أحمد علي", not by "كتب")
    separators = list(_BYLINE_DATE_SEPARATOR.finditer(line.text))
    for index in range(len(separators) - 1, -1, -1):
        head_end = separators[index].start()
        head = Line(line.start, line.start + head_end, line.text[:head_end])
        if not cued and not (head.words <= 4 and _names_an_outlet(head.text, media_only=True)) \
                and not _place_and_outlet(head):
            continue   # "الشرق الأوسط - الخميس 31 أكتوبر 2019": the outlet's name is a byline too
        tail = Line(line.start + separators[index].end(), line.end, line.text[separators[index].end():])
        read = _read_date_line(tail) if head.text.strip() and tail.text else None
        if read:
            return _with_its_weekday(line, separators[:index], head, tail, read)
    return None


def _place_and_outlet(head: Line) -> bool:
    """Is `head` the "place - outlet" byline of a diaspora or regional site, before the date on
    its line ("لندن - «عرب بوست» | 8 مارس 2026")?  The outlet quoted or known, a few words."""
    if head.words > 6:
        return False
    match = _PLACE_OUTLET.match(head.text.strip())
    return bool(match) and _names_an_outlet(match["outlet"])


def _with_its_weekday(line: Line, before: list[re.Match], head: Line, tail: Line,
                      read: tuple[str, Line]) -> tuple[Line, Line, tuple[str, Line]]:
    """A weekday set off by its own comma belongs to the date after it, not to the byline
    ("كتب: محمد حسن | الأربعاء، 8 أكتوبر 2025" is signed by "كتب: محمد حسن")."""
    from khabar.times.calendars import weekday_names

    if not before or normalise_word(head.text[before[-1].end():].strip()) not in weekday_names():
        return head, tail, read
    cut = before[-1]
    return (Line(line.start, line.start + cut.start(), line.text[:cut.start()]),
            Line(line.start + cut.end(), line.end, line.text[cut.end():]), read)


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def _is_credit(line: Line) -> bool:
    """A photo credit: short, naming a source (agency, account, photographer), no date.
    A description closed by its credit in parentheses is a caption, and so is a
    description that a caption label opens ("التعليق على الصورة، فرق الإنقاذ …")."""
    if _cues()["caption_only_label"].match(normalise_word(line.text[:_LABEL_REACH])):
        return False   # not "الصورة: …", which opens credits too ("الصورة: رويترز")
    normalised = normalise_word(line.text)
    if find_absolute_dates(normalise(line.text).text) or _described_then_credited(line):
        return False
    if line.words <= 4 and _names_an_outlet(line.text):
        return True
    if line.words <= 6 and not _ARABIC_LETTER.search(line.text) and "/" in line.text \
            and not _ADDRESS.match(line.text.strip()):
        return True   # "Keystone / Salvatore Di Nolfi": an agency and its photographer, in Latin letters (no address)
    if _cues()["video_still"].match(normalised):
        return True   # "الصورة من فيديو نشره الدفاع المدني": the picture's source, not what it shows
    cue = _cues()["credit_cue"].search(normalised)
    if cue and cue.start() <= 1 and line.words > _PHOTO_DESCRIPTION and _PHOTO_OF.match(normalised):
        return False   # "صورة من موقع الانفجارين قرب المرقد في كرمان": what the photo shows, a caption
    return bool(cue) and (line.words <= 8 or cue.start() <= 1)


_PHOTO_OF = re.compile(r"^\W*(?:ال)?صور[ةه]? (?:(?:ال)?ارشيفي[ةه] )?(?:(?:من|تظهر|يظهر|توضح|تجمع)\b|ل\S)")
# "صورة من …", "صورة تظهر …", "صورة أرشيفية لمنظومة …": what the photo shows
_PHOTO_DESCRIPTION = 5  # words: a photo line opening "صورة من" longer than this describes, not credits


def _bare_name(text: str) -> str:
    """A photo line's text as a name: normalised, without the brackets or quotes around it."""
    return normalise_word(text.strip().strip("()«»\"“”"))


def _names_own_outlet(line: Line, byline: Line | None) -> bool:
    """A photo line that is only the page's own name ("(المدن)", "روداو" above a byline
    "روداو - أربيل", "صفا" under a caption and over a byline "غزة - صفا"): the outlet credits
    its own photographer, so the line is a credit."""
    name = _bare_name(line.text).split()
    if not name or len(name) > 3 or byline is None:
        return False
    signed = normalise_word(byline.text).split()
    return signed[:len(name)] == name or len(signed) > len(name) and signed[-len(name):] == name


_MASTHEAD_WORDS = 4   # words at most of a site's name on a line of its own ("المصدر أونلاين", "عربي بوست")


def _is_section_label(line: Line) -> bool:
    """A section's name opening the page right over the headline ("اقتصاد", "شؤون دولية"): one or
    two common words of the language, no credit (a credit names a source: "رويترز", "أرشيف"), no
    kicker ("عاجل").  Over a photo caption, such a word is the photo's credit ("الأخبار")."""
    from khabar.text.lexicon import default_lexicon

    words = normalise_word(line.text.strip()).split()
    if not 1 <= len(words) <= 2 or _is_credit(line) or _cues()["kicker"].match(" ".join(words)):
        return False
    lexicon = default_lexicon()
    return all(word.isalpha() and word in lexicon for word in words)


_SHORT_CREDIT = 4        # words at most of a photo's source set beside its description
_PHOTO_DESCRIBED = 5     # words at least of the description it is set beside


def _credit_beside_description(captions: list[Caption], above: list[Line]) -> list[Caption]:
    """Over the headline, a photo is a description and its source: of two photo lines next to
    each other, a short one that is no sentence and holds no date ("الزمان", "الحرية نت - خاص",
    "(الرئاسة)") beside a description of five words or more is the photo's credit, whatever
    source it names (an outlet or a body the knowledge base lacks, a common word)."""
    described = {c.line for c in captions if c.kind == "caption" and c.line.words >= _PHOTO_DESCRIBED}
    if not described:
        return captions
    position = {line: i for i, line in enumerate(above)}
    result = []
    for caption in captions:
        line, i = caption.line, position.get(caption.line)
        if (caption.kind == "caption" and i is not None and line.words <= _SHORT_CREDIT
                and not line.text.endswith(_FULL_STOPS)
                and any(0 <= j < len(above) and above[j] in described for j in (i - 1, i + 1))
                and not find_absolute_dates(normalise(line.text).text)):
            caption = Caption("credit", line)
        result.append(caption)
    return result


def _is_masthead(line: Line) -> bool:
    """The site's own name on a line of its own, in the "… أونلاين" form Arabic news sites
    take (الشروق أونلاين، النهار أونلاين، الشعب أونلاين) or closed by another word of an outlet's name
    (structure.yaml outlet_tails: "عربي بوست", "الحرية نت"), as an AMP page or an app prints its logo,
    or its web address, as a print view prints it (under the headline, the s18 battery reads it so too):
    the page signs with it like a byline."""
    if _ADDRESS.match(line.text.strip()):
        return True   # "https://hasna.net/article/88412": the page's address, as a print view sets it
    words = normalise_word(line.text.strip()).split()
    return len(words) <= _MASTHEAD_WORDS and _ends_as_outlet(tuple(words)) and all(word.isalpha() for word in words)


def read_structure(text: str) -> Structure:
    """The layout of the article `text`, each part as a span of `text`."""
    lines = _lines(text)
    structure = Structure()
    if not lines:
        return structure
    cues = _cues()
    header_limit = next((i for i, line in enumerate(lines) if line.words >= cues["min_body"]), None)
    if header_limit is None:   # no long paragraph: the first whole sentence opens the body
        header_limit = next((i for i, line in enumerate(lines) if i and _opens_short_body(line)), len(lines))
    furniture = [line for line in lines[:header_limit] if _is_page_furniture(line)]
    if furniture and len(furniture) < len(lines):
        lines = [line for line in lines if line not in furniture]
        header_limit -= len(furniture)
    date_index = None
    signed = None   # a byline that carries the date: "كتب: أحمد علي | الإثنين 10-06-2024 14:30"
    for index in range(min(header_limit, 12) if len(lines) > 1 else 0):  # one line is the text itself
        fits = lines[index].words <= cues["max_header"]
        read = _read_date_line(lines[index]) if fits else None
        if read is None and fits:
            signed = _dated_byline(lines[index])
            if signed:
                lines[index], read = signed[1], signed[2]
        if read:
            date_index = index
            structure.date_line = lines[index]
            structure.published, structure.published_span = read
            second = _read_date_line(lines[index + 1]) \
                if index + 1 < len(lines) and lines[index + 1].words <= cues["max_header"] else None
            if second:
                # "آخر تحديث: …" under "تاريخ النشر: …": the page's second date, set apart; above
                # it, the publication line under it is the date line
                if _is_update_line(lines[index]) and not _is_update_line(lines[index + 1]):
                    structure.date_line = lines[index + 1]
                    structure.published, structure.published_span = second
                    furniture.append(lines.pop(index))
                else:
                    furniture.append(lines.pop(index + 1))
                header_limit -= 1
            break
    if date_index is not None:
        date_index, header_limit = _set_date_pieces_apart(lines, date_index, header_limit, furniture, structure)
        date_index, header_limit = _set_stamps_apart(lines, date_index, header_limit, furniture)
    if date_index is None:
        date_index = _relative_date_line(lines[:min(header_limit, 12)])
        if date_index is None:   # "كتب: محمد علي | منذ 3 ساعات": the byline, then the post's age
            date_index, signed = _stamped_byline(lines, min(header_limit, 12))
        if date_index is not None:
            structure.date_line = lines[date_index]  # "منذ 3 ساعات": the date line, no date
    last_header, headline_index = _place_headline(lines, date_index, header_limit, structure, text)
    if signed and structure.byline is None:
        structure.byline = signed[0]
    if headline_index is not None:
        structure.headline = lines[headline_index]
        for line in lines[:headline_index]:
            if line is structure.date_line or line is structure.byline:
                continue
            if structure.byline is None and (_is_masthead(line) or headline_index == 1 and _is_section_label(line)):
                structure.byline = line   # "الشعب أونلاين", "اقتصاد" over the headline: the page's name, its section
                continue
            credit = _is_credit(line) or _names_own_outlet(line, structure.byline)
            if not credit and structure.byline is not None and headline_index == 1 and _is_section_label(line):
                furniture.append(line)   # "سياسة" over the headline of a page signed under it: the page's
                continue
            structure.captions.append(Caption("credit" if credit else "caption", line))
        if len(structure.captions) > 1:   # a credit beside a description: two photo lines at least
            structure.captions = _credit_beside_description(structure.captions, lines[:headline_index])
        structure.captions.sort(key=lambda caption: caption.line.start)
    structure.paragraphs = lines[last_header + 1:]
    if structure.byline is lines[last_header] and structure.paragraphs:
        # "جنيف: «الشرق الأوسط»" on the first paragraph's block is its dateline, not a byline
        structure.dateline = _glued_place_outlet(text, structure.byline, structure.paragraphs[0]) \
            or _own_line_dateline(structure.byline)
        if structure.dateline:
            structure.byline = None
    elif _byline_over_closing_date_line(lines, last_header, structure):
        # "عمان/ الأناضول" over the date line that closes the header: the body's dateline all the same
        structure.dateline = _own_line_dateline(structure.byline)
        if structure.dateline:
            structure.byline = None
    _take_leading_captions(text, structure)
    furniture.extend(_take_repeated_headline(structure))
    _set_asides_apart(structure)
    if furniture:
        structure.asides = sorted([Aside("page", line) for line in furniture] + structure.asides,
                                  key=lambda aside: aside.line.start)
    _take_inner_captions(structure)
    if structure.date_line is None:
        _take_closing_date_line(structure)
    if len(structure.paragraphs) > 1 and _is_sign_off(structure.paragraphs[-1]):
        structure.paragraphs.pop()
    if structure.paragraphs and _is_trailer(structure.paragraphs[-1]):
        # Reuters-style closing credit "(إعداد … - تحرير …)": a byline at the end, not body
        trailer = structure.paragraphs.pop()
        structure.byline = structure.byline or trailer
    if structure.paragraphs and structure.dateline is None:
        structure.dateline = _find_dateline(text, structure.paragraphs[0])
        first = structure.paragraphs[0]
        if structure.dateline and len(structure.paragraphs) > 1 \
                and not text[structure.dateline.span.end:first.end].strip(" :-–—ـ"):
            structure.paragraphs.pop(0)   # "مسقط ـ العمانية:" alone on its line: the dateline, no paragraph
    if structure.dateline and structure.dateline.agency:
        # "الأخبار" above the headline of a page whose dateline is "الأخبار (نواكشوط) –": its own photo
        agency = normalise_word(structure.dateline.agency.text)
        structure.captions = [Caption("credit", c.line) if c.kind == "caption" and _bare_name(c.line.text) == agency
                              else c for c in structure.captions]
    return structure


def _take_repeated_headline(structure: Structure) -> list[Line]:
    """The headline printed twice, as pages copied from a title and its heading or from an app's card
    are ([headline, headline, date] or [headline, date, headline, body]): the copy, over the headline as a
    photo line or under it before the body, is the page's, neither a caption nor a paragraph.  Returns
    the copies taken out of the captions and the first paragraph."""
    headline = structure.headline
    if headline is None:
        return []
    first = structure.paragraphs[:1] if len(structure.paragraphs) > 1 else []
    candidates = [line for line in [caption.line for caption in structure.captions] + first
                  if line.words == headline.words]   # words first: most pages have no such line to normalise
    if not candidates:
        return []
    text = " ".join(normalise_word(headline.text).split())
    copies = [line for line in candidates if " ".join(normalise_word(line.text).split()) == text]
    structure.captions = [caption for caption in structure.captions if caption.line not in copies]
    if first and first[0] in copies:
        structure.paragraphs.pop(0)
    return copies


_SENTENCE_END = tuple(".!?؟:…\"»”)")
_SHORT_BODY_WORDS = 12  # a finished sentence this long is body, though shorter than min_body


_SHORTEST_SENTENCE = 5  # words: "جنين (أ ف ب) - انسحب الجيش من المخيم."


def _whole_sentence(line: Line, words: int) -> bool:
    """A line of at least `words` words that ends on a full stop (a headline or a caption does not)."""
    return line.words >= words and line.text.endswith(_FULL_STOPS)


def _reads_as_body(line: Line) -> bool:
    """Is `line` a paragraph of the body: long, or a whole sentence of a dozen words or more
    (sites such as Sputnik's and RT's write first paragraphs of one short sentence)?"""
    return line.words >= _cues()["min_body"] or _whole_sentence(line, _SHORT_BODY_WORDS)


def _opens_short_body(line: Line) -> bool:
    """In an article of short paragraphs only: is `line` the first of the body, a whole sentence?"""
    return _whole_sentence(line, _SHORTEST_SENTENCE)


def _is_section(lines: list[Line]) -> bool:
    """A section label under the date line ("النمو الاقتصادي"): a line of at most four
    words that ends no sentence, then the body's first paragraph."""
    if len(lines) < 2:
        return False
    label, body = lines
    return label.words <= 4 and not label.text.endswith(_SENTENCE_END) and _reads_as_body(body)


def _is_bare_caption(line: Line, following: Line) -> bool:
    """A photo caption set between the header and the body without label or credit: a
    short line that ends no sentence, before a paragraph of the body that does."""
    return (4 < line.words < _cues()["min_body"] and not line.text.endswith(_SENTENCE_END)
            and following.words > line.words and following.text.endswith(_SENTENCE_END))


def _take_leading_captions(text: str, structure: Structure) -> None:
    """Lines between the header and the body that are not body: photo captions and
    credits ("التعليق على الصورة، …", a short line closing on its credit "(أ.ف.ب)"), and a
    "places: «outlet»" line written on the first paragraph's own block (no blank line
    between them), which opens the body as its dateline does."""
    paragraphs = structure.paragraphs
    while len(paragraphs) > 1:
        line = paragraphs[0]
        dateline = _dated_agency_line(text, line, paragraphs[1])
        if dateline:
            structure.dateline = dateline
            paragraphs.pop(0)
            break
        kind = _caption_kind(line) or ("caption" if _is_bare_caption(line, paragraphs[1]) else None) \
            or ("credit" if _is_short_photo_credit(line) else None)
        if kind:
            structure.captions.append(Caption(kind, line))
            paragraphs.pop(0)
            continue
        dateline = _glued_place_outlet(text, line, paragraphs[1])
        if dateline:
            structure.dateline = dateline
            paragraphs.pop(0)
        break


_SHORT_PHOTO_LINE = 6   # words at most of a photo's credit set alone between the header and the body


def _is_short_photo_credit(line: Line) -> bool:
    """A photo's credit of a few words, no sentence, between the header and the body ("صورة تعبيرية",
    "تصوير: أحمد سالم"); a paragraph that opens with a photo word ("صور الأقمار الصناعية تظهر …") is body."""
    return line.words <= _SHORT_PHOTO_LINE and not line.text.endswith(_FULL_STOPS) and _is_photo_credit(line)


_LABEL_REACH = 40  # characters: longer than any caption or credit label


def _caption_kind(line: Line) -> str | None:
    """"caption" or "credit" for a labelled or credited photo line after the header."""
    normalised = normalise_word(line.text[:_LABEL_REACH])  # a label opens the line
    cues = _cues()
    if cues["credit_label"].match(normalised):
        return "credit"
    if cues["caption_label"].match(normalised):
        return "caption"
    if _bracketed_caption(line):
        return "caption"
    if line.words >= cues["min_body"] or not line.text.endswith(")") or "(" not in line.text:
        return None
    credit = line.text[line.text.rindex("(") + 1:-1]
    if line.text.rindex("(") > 0 and len(credit.split()) <= 6 and _credits_a_photo(credit) \
            and not re.search(r"[.!?؟]\s", line.text):
        return "caption"
    return None


def _credits_a_photo(credit: str) -> bool:
    """Does the bracketed tail of a short line credit a photo: an outlet or agency ("(أ.ف.ب)"), or,
    in three words at most, a credit word ("(أرشيف)", "(صورة أرشيفية)", "(تصوير: أحمد سالم)")?"""
    if _names_an_outlet(credit):
        return True
    return len(credit.split()) <= 3 and bool(_cues()["credit_cue"].match(normalise_word(credit).lstrip()))


def _glued_place_outlet(text: str, line: Line, following: Line) -> Dateline | None:
    if text.count("\n", line.end, following.start) != 1 or line.words > 8:
        return None
    match = _PLACE_OUTLET.match(line.text)
    if not match:
        return None
    outlet = match["outlet"].strip().rstrip(":-–— ").strip()
    quoted = outlet.startswith(("«", "\"", "“"))
    agency = _cues()["agency_name"].fullmatch(normalise_word(outlet))
    if not (quoted and _names_an_outlet(outlet)) and not agency:  # "جنيف: «الشرق الأوسط»", "الحديدة - سبأ :"
        return None
    places = line.text[match.start("places"):match.end("places")].rstrip()
    inner_start = line.text.index(outlet, match.start("outlet")) + (1 if quoted else 0)
    inner = outlet.strip("«»\"“”")
    return Dateline(line, Line(line.start, line.start + len(places), places),
                    Line(line.start + inner_start, line.start + inner_start + len(inner), inner))


def _byline_over_closing_date_line(lines: list[Line], last_header: int, structure: Structure) -> bool:
    """Is the byline the line right above the date line, and the date line the header's last line
    ("عمان/ الأناضول", then "24.07.2017", then the body)?  A "place/ agency" line there stands where
    the dateline would, with only the page's date between it and the body."""
    return (structure.byline is not None and structure.date_line is not None and last_header >= 1
            and structure.date_line is lines[last_header] and lines[last_header - 1] is structure.byline)


_PLACE_AGENCY_LINE = re.compile(r"^(?P<place>[^\W\d_][^\-–—:/(\n]{1,30}?)\s*[\-–—/:]+\s*(?P<agency>[^\W\d_][^\n]{0,30}?)\s*[\-–—:]?\s*$")


def _own_line_dateline(line: Line) -> Dateline | None:
    """"طهران/ الأناضول", "نيامي - أ ف ب" alone on the last line above the body: the place the
    report was sent from and the wire agency that sent it, which is the body's dateline
    (docs/gold-format.md) whether or not a blank line parts it from the first paragraph.  A
    place with the outlet's own name ("بغداد/ المدى", "الرباط - هسبريس") stays the byline."""
    match = _PLACE_AGENCY_LINE.match(line.text)
    if not match or len(match["place"].split()) > 3:
        return None
    if not _cues()["wire_agency"].fullmatch(normalise_word(match["agency"])):
        return None
    if not _is_place(tuple(normalise_word(match["place"]).split())):
        return None
    return Dateline(line, Line(line.start + match.start("place"), line.start + match.end("place"), match["place"]),
                    Line(line.start + match.start("agency"), line.start + match.end("agency"), match["agency"]))


def _dated_agency_line(text: str, line: Line, following: Line) -> Dateline | None:
    """"الرياض 17 ذو الحجة 1445 هـ الموافق 23 يونيو 2024 م واس": the dateline of official
    agencies, a line of its own on the first paragraph's block: a place, the date, the agency."""
    if text.count("\n", line.end, following.start) != 1 or line.words > 16:
        return None
    normalised = normalise(line.text)
    dates = find_absolute_dates(normalised.text)
    if not dates:
        return None
    agency = re.search(rf"(?:^|\s)\(?(?P<agency>{_cues()['agency']})\)?[\s\-–—:]*$", normalised.text[dates[-1].end:])
    place = normalised.text[:dates[0].start].strip(" -–—:،,")
    if not agency or not place or not _is_place(tuple(place.split())):
        return None
    agency_start = dates[-1].end + agency.start("agency")
    return Dateline(line, _sub_line(line, normalised, (0, len(place))),
                    _sub_line(line, normalised, (agency_start, agency_start + len(agency["agency"]))))


_SIGN_OFF = re.compile(r"^[^\W\d_](?:\s+[^\W\d_])*(?:\s*/\s*[^\W\d_](?:\s+[^\W\d_])*)+$")  # "ع ب د / م ج ب"


_CLOSING_REACH = 2   # the last paragraphs where a page may set its date line
_CLOSING_WORDS = 8   # words at most of such a line: cue, weekday, date, clock


def _take_closing_date_line(structure: Structure) -> None:
    """A date line with its cue under the article ("نشر في 16 نوفمبر 2025", "تاريخ النشر:
    16/11/2025" at the page's end), on a page with none above: the date line, not body.  The
    page's last line may also be a bare date ("08/10/2025", "الأربعاء 8 أكتوبر 2025"): a
    sentence never is, and _read_date_line takes a line without a cue only when it holds
    nothing but the date."""
    paragraphs = structure.paragraphs
    for index in range(len(paragraphs) - 1, max(0, len(paragraphs) - _CLOSING_REACH) - 1, -1):
        line = paragraphs[index]
        cued = _cues()["date_cue"].match(normalise_word(line.text))
        if (index == 0 or line.words > _CLOSING_WORDS or line.text.rstrip().endswith(_FULL_STOPS)
                or not (cued or index == len(paragraphs) - 1)):
            continue   # not "نشر التقرير في 16 نوفمبر 2025 وأثار جدلا واسعا.": a sentence of the body
        read = _read_date_line(line)
        if read:
            structure.date_line = paragraphs.pop(index)
            structure.published, structure.published_span = read
            return


def _is_sign_off(line: Line) -> bool:
    """The editors' initials that agencies put under an article: not body."""
    return line.words <= 12 and bool(_SIGN_OFF.match(line.text.strip()))


def _is_trailer(line: Line) -> bool:
    text = line.text.strip()
    return text.startswith("(") and text.endswith(")") and line.words <= 30 and \
        bool(_cues()["trailer"].search(normalise_word(text)))


def _place_headline(lines: list[Line], date_index: int | None, header_limit: int,
                    structure: Structure, text: str) -> tuple[int, int | None]:
    """(index of the last header line, index of the headline) — and the byline found.  Without
    a date line, an official agency's dated dateline right above the body is no header line."""
    if date_index is not None:
        last = date_index
        index = date_index - 1
        if index < 0 and date_index + 1 < header_limit:
            return _headline_below_date(lines, date_index, structure)
        if index == 0 and date_index + 1 < header_limit and _outlet_above_date(lines[0], lines[date_index + 1]):
            structure.byline = lines[0]
            return _headline_below_date(lines, date_index, structure)
        index = _photo_credits_above(lines, index, structure)
        if index >= 0 and _is_byline(lines[index]):
            structure.byline = lines[index]
            index = _photo_credits_above(lines, index - 1, structure)
        elif date_index + 1 < len(lines) and (_is_byline(lines[date_index + 1])
                                               or _is_section(lines[date_index + 1:date_index + 3])) \
                and not _is_photo_credit(lines[date_index + 1]):   # "صورة تعبيرية" under the date line: the photo's
            structure.byline = lines[date_index + 1]
            last = date_index + 1
        elif index >= 2 and _writers_note(lines[index], lines[index - 1]):
            # "بقلم: أحمد علي" over "كاتب وصحفي سوداني": the byline, then what the writer is (no part of the page read)
            structure.byline = lines[index - 1]
            index -= 2
        elif index >= 1 and _short_between(lines[index], lines[index - 1]) and date_index < header_limit:
            # a short line between headline and date line is a byline or section
            structure.byline = lines[index]
            index -= 1
        return last, (index if index >= 0 else None)
    # No date line: the headline is the last short line before the first long one,
    # skipping a byline right above the body.
    if header_limit == 0 or header_limit >= len(lines):
        header_limit = 1 if len(lines) > 1 else 0
    index = header_limit - 1
    if index >= 1 and _dated_agency_line(text, lines[index], lines[header_limit]):
        index -= 1   # "الرياض 25 جمادى الأولى 1447 هـ … واس" on the body's block opens the body
    last = index
    shorter_than_above = index >= 1 and lines[index].words <= 4 < lines[index - 1].words
    if index >= 1 and (_is_byline(lines[index]) or shorter_than_above):
        # a short line between a longer headline and the body is a byline or section
        structure.byline = lines[index]
        index -= 1
    return last, (index if index >= 0 else None)


def _photo_credits_above(lines: list[Line], index: int, structure: Structure) -> int:
    """Take the photo credits that stand under the headline, from `index` up ("صورة أرشيفية
    (رويترز)", "تصوير: أحمد سالم" over the date line, or over the byline that is over it), as the
    page's credits; the index of the line above them."""
    while index >= 1 and _is_photo_credit(lines[index]):
        structure.captions.append(Caption("credit", lines[index]))
        index -= 1
    return index


def _is_photo_credit(line: Line) -> bool:
    """A credit that opens with a photo word (structure.yaml `photo_words`: "صورة أرشيفية
    (رويترز)", "تصوير: محمد علي"), not a byline that names an agency ("القاهرة - رويترز")."""
    opens = bool(_cues()["photo_line"].match(normalise_word(line.text))) \
        or line.text.lstrip().lower().startswith(_cues()["photo_marks"])   # "© وكالة الأنباء السعودية"
    return opens and _is_credit(line)


_WRITERS_NOTE_WORDS = 6   # words at most of what an opinion page says its writer is ("كاتب وصحفي سوداني")


def _writers_note(note: Line, above: Line) -> bool:
    """Is `note`, right over the date line, what the writer is, under a byline that opens with its cue
    ("بقلم: أحمد علي" over "كاتب وصحفي سوداني", "أستاذ العلوم السياسية بجامعة الخرطوم")?  A few words, no
    sentence, no photo's credit, under a cued byline of a few words."""
    return (note.words <= _WRITERS_NOTE_WORDS and above.words <= 6 and not note.text.endswith(_SENTENCE_END)
            and bool(_cues()["writer_cue"].match(normalise_word(above.text)))
            and not _is_byline(note) and not _is_credit(note))


def _short_between(line: Line, above: Line) -> bool:
    """Whether a line between the headline and the date line is short enough to be a byline:
    four words, or up to seven in the "outlet - author" or "place - author" shape under a longer
    headline ("هبة بريس - عبد اللطيف بركة", "الرباط - محمد بن عبد الله")."""
    if line.words <= 4:
        return True
    return line.words <= 7 and above.words > line.words and bool(_NAME_DASH_NAME.match(line.text.strip()))


_NAME_DASH_NAME = re.compile(r"^[^\W_][^\n]{1,40}?\s[\-–—]\s+[^\W\d_][^\n]{1,40}$")   # "الأيام 24 - محمد الصديقي"


def _outlet_above_date(above: Line, below: Line) -> bool:
    """Does a page open with its own name over the date line ("شعب بريس", then "الاثنين 02
    مارس 2020 - 22:47", then the title)?  The name is a line of at most three words or a byline
    ("يمن مونيتور/ صنعاء/ خاص:"), and the line under the date, a header line much longer than
    it and no byline, is the headline."""
    return ((above.words <= 3 or _is_byline(above)) and below.words >= above.words + 3 and not _is_byline(below)
            and _caption_kind(below) is None and not _is_credit(below))


def _headline_below_date(lines: list[Line], date_index: int, structure: Structure) -> tuple[int, int]:
    """(last header line, headline) of a page that sets its date line above the headline
    ("الثلاثاء 15 أكتوبر 2019", then the title), with a byline or section under it."""
    headline = date_index + 1
    below = lines[headline + 1:headline + 3]
    if below and (_is_byline(below[0]) or _is_section(below)):
        structure.byline = below[0]
        return headline + 1, headline
    return headline, headline


# the day (and month) some agencies put between place and agency: "الكويت - 14 - 2 (كونا) --",
# "عمان 12 تموز (بترا)-", with paired month names "بيروت في 5 آذار/مارس (أ ف ب) -"
_ONE_DATELINE_DATE = (r"\d{1,2}\s*(?:[\-/]\s*\d{1,2}(?:\s*[\-/]\s*\d{2,4})?"
                      r"|[^\W\d_]+(?:\s[^\W\d_]+)?(?:\s*/\s*[^\W\d_]+)?(?:\s+\d{4})?)(?:\s*(?:هـ|ه|م)(?!\w))?")
# the day of a dateline, or a Hijri day with the Gregorian one it matches (the Saudi agency's "الرياض 16 ربيع
# الآخر 1447 هـ الموافق 08 أكتوبر 2025 م واس"; the era marks are taken with their dates)
_DATELINE_DATE = rf"(?P<day>{_ONE_DATELINE_DATE}(?:\s+الموافق\s+{_ONE_DATELINE_DATE})?\s*)?"


@lru_cache(maxsize=1)
def _dateline_pattern() -> re.Pattern[str]:
    """An agency dateline at the start of a paragraph (normalised): place, an optional day,
    the agency in brackets, slashes or between dashes."""
    cues = _cues()
    agency = cues["agency"]
    return re.compile(
        rf"^(?P<place>[^\W\d_][^\-–—:(/\n]{{0,30}}?(?:/[^\W\d_][^\-–—:(/\n]{{0,20}}?)?)\s*(?:[\-–—/]\s*)?(?:في\s+)?{_DATELINE_DATE}"
        rf"(?:\([^)\n]{{2,40}}\)\s*)?(?:[\-–—/]\s*)?"
        rf"(?:/\s*(?P<agency4>{agency})\s*/"   # the Gulf agencies' "الدوحة في 29 فبراير /قنا/"
        rf"|(?:\(\s*(?P<agency1>{agency})\s*\)|(?P<agency2>{agency})"
        rf"|(?P<agency3>(?:{cues['outlet_head']})\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?=\s*[\-–—]))"
        rf"|[«\"“]\s*(?P<agency5>[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}})\s*[»\"”])"
        rf"(?:\s*(?:[\-–—:/]|\.(?=\s)|$)|(?P<open>(?<=\))(?=\s+[^\W\d_])))"   # Xinhua's "بكين 12 مارس (شينخوا) أعلنت"
        rf"|(?<=[\-–—\s])(?P<agency6>{cues['agency_alone']})\s+(?=[^\W\d_]))"   # "دمشق - سانا أعلنت"
    )


def _find_dateline(text: str, paragraph: Line) -> Dateline | None:
    """An agency dateline at the start of the body: "غزة - (رويترز) -", "أنقرة (الأناضول) -"."""
    head = paragraph.text[:80]
    normalised = normalise(head)
    match = _dateline_pattern().match(normalised.text)
    if not match:
        return (_agency_then_place_dateline(paragraph, normalised) or _place_then_own_outlet_dateline(paragraph, normalised)
                or _place_only_dateline(paragraph, normalised)
                or _outlet_first_dateline(paragraph, normalised) or _place_then_outlet_dateline(paragraph, normalised)
                or _outlet_from_place_dateline(paragraph, normalised) or _agency_only_dateline(paragraph, normalised))
    if len(match["place"].split()) > 3:
        return None
    if (match["agency3"] or match["agency5"] or match["agency6"] or match["open"] is not None) \
            and not _is_place(tuple(match["place"].split())):
        return None  # an outlet not on the list, or an agency without a closing mark, only after a known place
    if match["agency5"] and not _quoted_outlet(match["agency5"]):
        return _place_only_dateline(paragraph, normalised)  # 'بيروت - «لن نتراجع»:' quotes, names no outlet
    if match["agency6"] and not match["day"] and not re.search(r"[\-–—]\s*$", normalised.text[:match.start("agency6")]):
        return _place_only_dateline(paragraph, normalised)  # with no closing mark, the agency follows a dash or a day
    end = match.end()
    while end > 0 and normalised.text[end - 1].isspace():
        end -= 1
    span_start, span_end = normalised.span(0, end)
    place_start, place_end = match.span("place")
    while place_end > place_start and normalised.text[place_end - 1] in "،, ":
        place_end -= 1                            # "بكين، 5 مارس (شينخوا)": the comma before the day is no place's
    place = _sub_line(paragraph, normalised, (place_start, place_end))
    group = next(name for name in ("agency1", "agency2", "agency3", "agency4", "agency5", "agency6") if match[name])
    agency_line = _sub_line(paragraph, normalised, match.span(group))
    return Dateline(Line(paragraph.start + span_start, paragraph.start + span_end,
                         paragraph.text[span_start:span_end]), place, agency_line)


@lru_cache(maxsize=1)
def _agency_only_pattern() -> re.Pattern[str]:
    # "(رويترز) -", and the colon of Egyptian sites ("(أ ش أ): أعلنت")
    return re.compile(rf"^\(\s*(?P<agency>{_cues()['agency']})\s*\)\s*(?:[\-–—]+|:)\s")


@lru_cache(maxsize=1)
def _agency_then_place_pattern() -> re.Pattern[str]:
    return re.compile(rf"^(?P<agency>{_cues()['agency']})\s*[\-–—]+\s*(?P<place>[^\W\d_][^\-–—:(/\n]{{1,30}}?)\s*[\-–—]+\s")


def _agency_then_place_dateline(paragraph: Line, normalised) -> Dateline | None:
    """"وطنية - عكار - أفادت …": the agency first, then the place, each closed by a dash (the
    house style of Lebanon's National News Agency); the place must be one the knowledge base knows."""
    match = _agency_then_place_pattern().match(normalised.text)
    if not match or len(match["place"].split()) > 3 or not _is_place(tuple(match["place"].split())):
        return None
    return _opening_dateline(paragraph, normalised, match, "place", "agency")


def _agency_only_dateline(paragraph: Line, normalised) -> Dateline | None:
    """"(رويترز) - ارتفعت أسعار النفط …": an agency dateline whose place the page left out."""
    match = _agency_only_pattern().match(normalised.text)
    if not match:
        return None
    return _opening_dateline(paragraph, normalised, match, None, "agency")


_OUTLET_PLACE = re.compile(r"^(?P<agency>[^\W\d_][^()\n\-–—:]{1,30}?)\s*\(\s*(?P<place>[^\W\d_][^()\n]{1,30}?)\s*\)\s*[\-–—:]+")


def _outlet_first_dateline(paragraph: Line, normalised) -> Dateline | None:
    """"الأخبار (نواكشوط) –", "سونا (الخرطوم) -": the outlet first, its place in brackets."""
    match = _OUTLET_PLACE.match(normalised.text)
    if not match or not _is_place(tuple(match["place"].split())):
        return None
    if len(match["agency"].split()) > (3 if _names_an_outlet(match["agency"]) else 2):
        return None   # the shape itself says outlet for a short name ("الأخبار", a word too common to list)
    return _opening_dateline(paragraph, normalised, match, "place", "agency")   # (it ends on its dash)


_PLACE_BRACKETED_OUTLET = re.compile(
    r"^(?P<place>[^\W\d_][^()\n\-–—:]{1,30}?)\s*\(\s*(?P<agency>[^\W\d_][^()\n]{1,30}?)\s*\)\s*[\-–—:]+")


def _place_then_outlet_dateline(paragraph: Line, normalised) -> Dateline | None:
    """"السليمانية (كوردستان24)-": a known place, then in brackets the outlet that sent the
    report, one the agency list lacks (a known place in the brackets is the place's region)."""
    match = _PLACE_BRACKETED_OUTLET.match(normalised.text)
    if not match:
        return None
    place, agency = tuple(match["place"].split()), tuple(match["agency"].split())
    if len(place) > 3 or len(agency) > 3 or not _is_place(place):
        return None
    if any(_is_place((word,)) for word in agency) and not _ends_as_outlet(agency):
        return None   # "رفح (جنوب غزة) -": the place's region, no outlet ("(الفرات نيوز)" is one)
    return _opening_dateline(paragraph, normalised, match, "place", "agency")


def _ends_as_outlet(words: tuple[str, ...]) -> bool:
    """Does a name (normalised words) end with a word outlets end their names with ("الفرات نيوز",
    "مأرب برس", "المصدر أونلاين"; structure.yaml outlet_tails)?"""
    return len(words) > 1 and words[-1] in _outlet_tails()


@lru_cache(maxsize=1)
def _outlet_tails() -> frozenset[str]:
    return frozenset(normalise_word(w) for w in _raw_cues()["outlet_tails"])


_OWN_OUTLET_NAME = r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}"
# "الخرطوم - التغيير:", "الخرطوم – سودان تربيون –", "القدس المحتلة / سما /": a place, then a name closed by a
# colon or a second dash, or between slashes (the slashes of the Gulf agencies' "/قنا/")
_PLACE_THEN_OWN_OUTLET = re.compile(
    rf"^(?P<place>[^\W\d_][^\-–—:(/\n]{{1,30}}?)\s*(?:[\-–—]+\s*(?P<dashed>{_OWN_OUTLET_NAME})\s*(?:[\-–—]+|:)"
    rf"|/\s*(?P<slashed>{_OWN_OUTLET_NAME})\s*/)\s")


def _dashed_outlet(name: tuple[str, ...]) -> bool:
    """Is a name between a place's dash and a colon or dash an outlet: a medium the knowledge base
    knows ("سودان تربيون"), a name closed as outlets close theirs ("المصدر أونلاين"), or one definite word
    the knowledge base names nothing else by ("التغيير"; not "السورية", a people's adjective)?"""
    from khabar.knowledge import knowledge_base

    if _names_an_outlet(" ".join(name), media_only=True) or _ends_as_outlet(name):
        return True
    return len(name) == 1 and name[0].startswith("ال") and \
        all(entry.type == "ORG" for entry, _ in knowledge_base().lookup(name))


def _place_then_own_outlet_dateline(paragraph: Line, normalised) -> Dateline | None:
    """"الخرطوم - التغيير: أطلقت …", "الخرطوم – سودان تربيون – أعلن …", "القدس المحتلة / سما / أعلنت …": a
    known place, then the name of the outlet that sent the report (its own or one the agency list
    lacks), closed by a colon or a dash, or between slashes.  The name is at most three words, no place
    ("غزة - رفح -") and no aside ("السودان - الذي يعيش أزمة -")."""
    match = _PLACE_THEN_OWN_OUTLET.match(normalised.text)
    if not match:
        return None
    place, name = tuple(match["place"].split()), tuple((match["dashed"] or match["slashed"]).split())
    # between slashes, the shape itself is a dateline's: a known place may take its epithet ("القدس المحتلة")
    known = _is_place(place) or bool(match["slashed"]) and len(place) == 2 and _is_place(place[:1])
    if len(place) > 3 or not known or name[0] in _cues()["dash_aside_openers"] or _is_place(name):
        return None
    if match["dashed"] and not _dashed_outlet(name):
        return None   # "دمشق - العاصمة السورية -", "القاهرة - وزير الصحة:": an aside, a speaker
    return _opening_dateline(paragraph, normalised, match, "place", "dashed" if match["dashed"] else "slashed")


_OUTLET_FROM_PLACE = re.compile(
    r"^(?P<agency>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+من\s+(?P<place>[^\W\d_][^()\n\-–—:]{1,30}?)\s*:")


def _outlet_from_place_dateline(paragraph: Line, normalised) -> Dateline | None:
    """"إيلاف من لندن:": the outlet, then "from" and the known place it reports from; a
    reporter's cue ("مراسلنا من غزة:") is a byline's word, not an outlet."""
    match = _OUTLET_FROM_PLACE.match(normalised.text)
    place = tuple(match["place"].split()) if match else ()
    if not match or len(place) > 3 or not _is_place(place):
        return None
    if _cues()["byline_cue"].search(match["agency"]) or _is_place(tuple(match["agency"].split())):
        return None
    return _opening_dateline(paragraph, normalised, match, "place", "agency")


def _quoted_outlet(name: str) -> bool:
    """Is a name in quotes after a dateline's place an outlet ("«القدس العربي»",
    "«الشرق الأوسط»")?  Outlets are named by a definite noun or are in the knowledge base."""
    from khabar.knowledge import knowledge_base

    words = tuple(name.split())
    return words[0].startswith("ال") or any(entry.type == "ORG" for entry, _ in knowledge_base().lookup(words))


_PLACE_DASH = re.compile(r"^(?P<place>[^\W\d_][^\-–—:(\n]{1,30}?)\s*[\-–—]+\s")


def _place_only_dateline(paragraph: Line, normalised) -> Dateline | None:
    """"غزة- أفرجت …": a dateline without an agency, accepted only on a known place."""
    match = _PLACE_DASH.match(normalised.text)
    if not match or len(match["place"].split()) > 3:
        return None
    following = normalised.text[match.end():].split(maxsplit=1)
    if following and following[0] in _cues()["dash_aside_openers"]:
        return None   # "السودان - الذي يعيش أزمة … - يواجه": an aside about the place, no dateline
    if not _is_place(tuple(match["place"].split())):
        return None
    return _opening_dateline(paragraph, normalised, match, "place", None)


def _opening_dateline(paragraph: Line, normalised, match: re.Match, place: str | None,
                      agency: str | None) -> Dateline:
    """The dateline a pattern matched at the start of `paragraph` (over its normalised text),
    with the spans of its named `place` and `agency` groups (None: the dateline has none)."""
    start, end = normalised.span(0, match.end())
    return Dateline(Line(paragraph.start + start, paragraph.start + end, paragraph.text[start:end].rstrip()),
                    _sub_line(paragraph, normalised, match.span(place)) if place else None,
                    _sub_line(paragraph, normalised, match.span(agency)) if agency else None)


def _is_place(words: tuple[str, ...]) -> bool:
    """Do these (normalised) words name a country, city or region of the knowledge base?"""
    from khabar.knowledge import knowledge_base

    return any(entry.type in ("GPE", "LOC") and alias.via != "nisba" for entry, alias in knowledge_base().lookup(words))


def _sub_line(paragraph: Line, normalised, span: tuple[int, int]) -> Line:
    start, end = normalised.span(*span)
    while end > start and paragraph.text[end - 1].isspace():
        end -= 1
    return Line(paragraph.start + start, paragraph.start + end, paragraph.text[start:end])

