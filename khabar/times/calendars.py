"""Calendars: Gregorian month names as every Arabic region writes them (Egyptian/Gulf
يونيو, Levantine/Iraqi حزيران, Maghrebi جوان), Hijri months, weekdays, and the reading
of absolute dates ("10 يونيو 2024", "10/06/2024", "4 ذو الحجة 1445 هـ") with their spans.

Matching runs over the offset-preserving normalised text (khabar.text.normalise), so
hamza forms, Arabic-Indic digits and diacritics do not matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources


from khabar.datafile import load_yaml
from khabar.text.normalise import normalise_word

__all__ = ["AbsoluteDate", "find_absolute_dates", "hijri_to_gregorian", "month_names", "weekday_names"]


@lru_cache(maxsize=1)
def _calendar() -> dict:
    return load_yaml(resources.files("khabar.times").joinpath("data/calendar.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def direction_words() -> dict[str, str]:
    """Normalised word → which occurrence it names: past, next or current
    (data/relative.yaml `directions`: "الماضي" → past, "المقبل" → next, "الجاري" → current)."""
    rules = load_yaml(resources.files("khabar.times").joinpath("data/relative.yaml").read_text("utf-8"))
    return {normalise_word(word): kind for kind, words in rules["directions"].items() for word in words}


def _names(section: str) -> dict[str, int]:
    return {normalise_word(name): int(number) for number, names in _calendar()[section].items() for name in names}


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Normalised Gregorian month name → month number."""
    return _names("gregorian_months")


@lru_cache(maxsize=1)
def hijri_month_names() -> dict[str, int]:
    """Normalised Hijri month name → month number."""
    return _names("hijri_months")


@lru_cache(maxsize=1)
def _not_day_heads() -> frozenset[str]:
    """Nouns an ordinal after them counts instead of a day (data/calendar.yaml `not_day_heads`)."""
    return frozenset(normalise_word(word) for word in _calendar()["not_day_heads"])


def _previous_word(text: str, index: int) -> str:
    """The last word before `index` (within 24 characters), past any non-word characters,
    read back character by character (what a regex search for the last word did, without
    trying a pattern at every position of the window)."""
    low = max(0, index - 24)
    end = index
    while end > low and not _is_word_char(text[end - 1]):
        end -= 1
    start = end
    while start > low and _is_word_char(text[start - 1]):
        start -= 1
    return text[start:end]


def _is_word_char(char: str) -> bool:
    """What the regex word class matches: Unicode letters, digits and the underscore."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=1)
def _hijri_needs_year() -> frozenset[str]:
    """Hijri month names that are also common words (data/calendar.yaml `hijri_needs_year`)."""
    return frozenset(_key(normalise_word(name)) for name in _calendar()["hijri_needs_year"])


@lru_cache(maxsize=1)
def ordinal_days() -> dict[str, int]:
    """Normalised ordinal day words → day of month ("السابع" → 7)."""
    return _names("ordinal_days")


@lru_cache(maxsize=1)
def weekday_names() -> dict[str, int]:
    """Normalised weekday name → ISO weekday (1 = Monday)."""
    return _names("weekdays")


def _alternation(names: "list[str] | dict[str, int]") -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


@dataclass(frozen=True)
class AbsoluteDate:
    """A date written out in full or in part, found at [start, end) of the searched text."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None
    calendar: str  # "gregorian" | "hijri" (converted: year/month/day are Gregorian, unless the
    #                 year is left out: then month and day are Hijri, resolved against the anchor)
    direction: str | None = None  # past / next / current, said after a year-less date (الماضي / المقبل / الجاري)
    days: "tuple[date, date] | None" = None  # a Hijri month of a given year named without its day: its first and last days

    def iso(self) -> str:
        if self.year is None:
            raise ValueError("a date without a year has no ISO value by itself")
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cal = _calendar()
    months = _alternation(month_names())
    hijri = _alternation(hijri_month_names())
    hijri_marks = _alternation([normalise_word(m) for m in cal["hijri_markers"]])
    greg_marks = _alternation([normalise_word(m) for m in cal["gregorian_markers"]])
    word_end = r"(?![\w])"
    # 10 يونيو 2024 | الـ7 من أكتوبر | 7 أكتوبر/تشرين الأول 2023 | يونيو 2024
    # an ordinal after the preposition ل takes the article's alif: "الموافق للخامس عشر من يونيو"
    ordinals = rf"(?:ال|(?<=ل)ل)(?:{_alternation([name[2:] for name in ordinal_days()])})"
    # "غرة رمضان", "غرة شهر شوال 1445", "الفاتح من سبتمبر": the first day of the month named after it
    firsts = _alternation([normalise_word(w) for w in cal["first_day_words"]])
    directions = _alternation(direction_words())
    # a day glued to the word before it, a typing slip: "في15 مارس", "يوم15 مارس"
    glued = "|(?=\\d)(?:" + "|".join(rf"(?<=(?<!\w){re.escape(normalise_word(w))})" for w in cal["glued_day_heads"]) + ")"
    gregorian = re.compile(
        rf"(?:(?<!\w)|(?<=(?<!\w)[وفبل]){glued})(?:(?:ال(?:ـ)?\s*)?(?P<day>\d{{1,2}})\s*(?:من\s+)?|(?P<ordinal>{ordinals})\s+من\s+|(?:ال)?(?P<first>{firsts})\s+(?:من\s+)?)?"
        rf"(?:شهر\s+)?(?P<month>{months}){word_end}"
        rf"(?:(?:\s*[/(\-]\s*|\s+)(?:{months}){word_end}(?:\s*\))?)?"
        # the year, its mark glued to it or apart: "2024 م"، "2024م"
        rf"(?:\s*(?:من\s+)?(?:(?:ال)?عام\s+|(?:ال)?سنه\s+)?(?P<year>(?:19|20)\d\d)(?:{word_end}|(?=(?:{greg_marks}){word_end}))"
        rf"(?:\s*(?:{greg_marks}){word_end})?)?"
        rf"(?:\s+(?P<direction>{directions}){word_end})?"
    )
    hijri_date = re.compile(
        rf"(?:(?<!\w)|(?<=(?<!\w)[وفبل]){glued})(?:(?:ال(?:ـ)?\s*)?(?P<day>\d{{1,2}})\s*(?:من\s+)?|(?P<ordinal>{ordinals})\s+من\s+|(?:ال)?(?P<first>{firsts})\s+(?:من\s+)?)?"
        rf"(?:شهر\s+)?(?P<month>{hijri}){word_end}"
        # the year, its mark glued to it or apart: "1445 هـ"، "1445هـ"
        rf"(?:\s*(?:(?:من\s+)?(?:عام|سنه)\s+)?(?P<year>1[34]\d\d)(?:{word_end}|(?=(?:{hijri_marks})(?![^\W\d_])))"
        rf"(?:\s*(?:{hijri_marks})(?![^\W\d_]))?"
        # a Hijri month without its year: "28 رمضان الماضي"، "10 ذي الحجة" (see _find_absolute_dates)
        rf"|\s+(?P<direction>{directions}){word_end})?"
    )
    numeric = re.compile(
        # day first; a dash or a slash may stand between spaces, as in Tunisian archives ("20 - 03 - 2015")
        # and Sudanese papers ("15 / 1 / 2026")
        r"(?<![\d/.\-])(?:(?P<day>\d{1,2})(?:[/.\-]|\s[/\-]\s)(?P<month>\d{1,2})(?:[/.\-]|\s[/\-]\s)(?P<year>(?:19|20)\d\d)"
        r"|(?P<iyear>(?:19|20)\d\d)(?P<sep>[-/.])(?P<imonth>\d{1,2})(?P=sep)(?P<iday>\d{1,2})"
        # a Hijri date in digits, its year 13xx or 14xx (no Gregorian year a paper dates by):
        # "10/9/1446هـ", and the Saudi official year first "1446/9/10هـ"
        r"|(?P<hday>\d{1,2})[/.\-](?P<hmonth>\d{1,2})[/.\-](?P<hyear>1[34]\d\d)"
        r"|(?P<hiyear>1[34]\d\d)(?P<hsep>[-/.])(?P<himonth>\d{1,2})(?P=hsep)(?P<hiday>\d{1,2}))(?![\d/.\-]\d)"
        rf"(?:(?<=\d\d\d\d)(?<![12][09]\d\d)\s*(?:{hijri_marks})(?![^\W\d_]))?"
    )
    # a Hijri year named alone, its mark after it: "عام 1445 هـ", "سنة 1446هـ", "1447 للهجرة"
    hijri_year = re.compile(
        rf"(?:(?<![\w/.\-])|(?<=(?<!\w)[وفبل]))(?:(?:ال)?(?:عام|سنه)\s+)?(?P<year>1[34]\d\d)\s*(?:{hijri_marks})(?![^\W\d_])")
    return gregorian, hijri_date, numeric, hijri_year


def gregorian_to_hijri(day: date) -> tuple[int, int, int]:
    """The Hijri (Umm al-Qura) year, month and day of a Gregorian date."""
    from hijridate import Gregorian

    hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    return hijri.year, hijri.month, hijri.day


def hijri_month_days(year: int, month: int) -> tuple[date, date]:
    """The first and last Gregorian days of a Hijri (Umm al-Qura) month."""
    from hijridate import Hijri

    first = Hijri(year, month, 1)
    start = first.to_gregorian()
    return start, date.fromordinal(start.toordinal() + first.month_length() - 1)


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Hijri (Umm al-Qura) date."""
    from hijridate import Hijri

    return Hijri(year, month, day).to_gregorian()


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1)
def _month_first_words() -> tuple[set[str], set[str]]:
    return ({name.split()[0] for name in month_names()}, {name.split()[0] for name in hijri_month_names()})


_HIJRI_YEAR_HINT = re.compile(r"1[34]\d\d\s*(?:ه|للهجر)")
_NUMERIC_HINT = re.compile(r"\d{1,4}(?:[/.\-]|\s[/\-]\s)\d{1,2}(?:[/.\-]|\s[/\-]\s)\d{1,4}")
_LOOK_BACK = 64    # characters before a month name a date may begin ("الحادي والثلاثين من شهر …")
_LOOK_AHEAD = 128  # characters after it a date may end ("… تشرين الأول/أكتوبر من عام 2023 الماضي")


def find_absolute_dates(normalised: str, vocabulary: "set[str] | None" = None,
                        index: "dict[str, list[int]] | None" = None) -> list[AbsoluteDate]:
    """Every absolute date in a normalised text, left to right, without overlaps.

    `vocabulary`, the set of the text's words, lets a text without any month name skip
    the month scans; `index` (word → where it starts, khabar.times.detect.word_index)
    lets them look only around the month names instead of at every character.  A short
    text read alone (a header line: the structure stage reads each one as a date line, then
    as a credit) is read once and remembered."""
    if index is None and vocabulary is None and len(normalised) <= _LINE:
        return list(_dates_of_line(normalised))
    return _find_absolute_dates(normalised, vocabulary, index)


_LINE = 240


@lru_cache(maxsize=1024)
def _dates_of_line(normalised: str) -> tuple[AbsoluteDate, ...]:
    return tuple(_find_absolute_dates(normalised, None, None))


def _find_absolute_dates(normalised: str, vocabulary: "set[str] | None",
                         index: "dict[str, list[int]] | None") -> list[AbsoluteDate]:
    gregorian, hijri_date, numeric, hijri_year = _patterns()
    gregorian_words, hijri_words = _month_first_words()
    if index is not None:
        vocabulary = set(index)
    has_gregorian = vocabulary is None or bool(gregorian_words & vocabulary)
    has_hijri = vocabulary is None or bool(hijri_words & vocabulary)
    found: list[AbsoluteDate] = []
    for match in (matches_around(hijri_date, normalised, index, hijri_words) if has_hijri else ()):
        if match["ordinal"] and _previous_word(normalised, match.start("ordinal")) in _not_day_heads():
            continue
        month = hijri_month_names()[_key(match["month"])]
        day = int(match["day"]) if match["day"] else (ordinal_days()[_ordinal_key(match["ordinal"])] if match["ordinal"]
                                                      else 1 if match["first"] else None)
        if match["year"] is None:
            # "28 رمضان الماضي", "رمضان الماضي", "10 ذي الحجة": resolved against the anchor's
            # Hijri year; without a direction only a day of a month whose name is no common
            # word ("2 صفر" is a score), or a month after the noun شهر
            if match["direction"] is None and (day is None or _key(match["month"]) in _hijri_needs_year()) \
                    and not (day is None and "شهر" in normalised[match.start():match.start("month")]):
                continue   # ("شهر ذي القعدة", "شهر رجب": the noun شهر makes the name a month)
            if day is None or 1 <= day <= 30:
                found.append(AbsoluteDate(match.start(), match.end(), None, month, day, "hijri",
                                          direction_words()[match["direction"]] if match["direction"] else None))
            continue
        try:
            if day:
                converted, days = hijri_to_gregorian(int(match["year"]), month, day), None
            else:   # "رمضان 1445 هـ": the whole month
                days = hijri_month_days(int(match["year"]), month)
                converted = days[0]
        except (ValueError, OverflowError):
            continue
        found.append(AbsoluteDate(match.start(), match.end(), converted.year, converted.month,
                                  converted.day if day else None, "hijri", days=days))
    for match in hijri_year.finditer(normalised) if _HIJRI_YEAR_HINT.search(normalised) else ():
        # "عام 1445 هـ": the whole Hijri year, from its first day of Muharram to its last of Dhu al-Hijja
        year = int(match["year"])
        try:
            days = (hijri_month_days(year, 1)[0], hijri_month_days(year, 12)[1])
        except (ValueError, OverflowError):
            continue
        found.append(AbsoluteDate(match.start(), match.end(), days[0].year, days[0].month, None, "hijri", days=days))
    for match in (matches_around(gregorian, normalised, index, gregorian_words) if has_gregorian else ()):
        if not (match["day"] or match["year"] or match["ordinal"] or match["first"]):
            continue  # a bare month name is not a date by itself
        if match["ordinal"] and _previous_word(normalised, match.start("ordinal")) in _not_day_heads():
            # "الأسبوع الأول من مايو"، "النصف الثاني من مايو 2023": no day; the month with its
            # year is the date (alone, the month is read as a month)
            if match["year"]:
                found.append(AbsoluteDate(match.start("month"), match.end(), int(match["year"]),
                                          month_names()[_key(match["month"])], None, "gregorian"))
            continue
        day = int(match["day"]) if match["day"] else (ordinal_days()[_ordinal_key(match["ordinal"])] if match["ordinal"]
                                                      else 1 if match["first"] else None)
        year = int(match["year"]) if match["year"] else None
        month = month_names()[_key(match["month"])]
        if _valid(year, month, day):
            found.append(AbsoluteDate(match.start(), match.end(), year, month, day, "gregorian",
                                      direction_words()[match["direction"]] if year is None and match["direction"] else None))
    for hint in _NUMERIC_HINT.finditer(normalised):
        match = numeric.match(normalised, hint.start())
        if match is None:
            continue
        if match["hyear"] or match["hiyear"]:
            year, month, day = ((int(match["hyear"]), int(match["hmonth"]), int(match["hday"])) if match["hyear"]
                                else (int(match["hiyear"]), int(match["himonth"]), int(match["hiday"])))
            if 1 <= month <= 12 and 1 <= day <= 30:
                try:
                    converted = hijri_to_gregorian(year, month, day)
                except (ValueError, OverflowError):
                    continue
                found.append(AbsoluteDate(match.start(), match.end(), converted.year, converted.month,
                                          converted.day, "hijri"))
            continue
        if match["year"]:
            year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
        else:
            year, month, day = int(match["iyear"]), int(match["imonth"]), int(match["iday"])
        if _valid(year, month, day):
            found.append(AbsoluteDate(match.start(), match.end(), year, month, day, "gregorian"))
    if "/" in normalised:
        # "يوم 13/6"، "الخميس 13/6": a day and a month in digits, named a day by the word before
        heads = _short_date_heads()
        for match in _SHORT_NUMERIC.finditer(normalised):
            day, month = int(match["day"]), int(match["month"])
            if _valid(None, month, day) and _previous_word(normalised, match.start()) in heads:
                found.append(AbsoluteDate(match.start(), match.end(), None, month, day, "gregorian"))
    return _without_overlaps(found)


# (a full stop or a dash after it ends the sentence or the clause unless a digit follows: "يوم 14/3.")
_SHORT_NUMERIC = re.compile(r"(?<![\w/.\-])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/]|[.\-]\d|\s*\d)")


@lru_cache(maxsize=1)
def _short_date_heads() -> frozenset[str]:
    return frozenset([normalise_word(w) for w in _calendar()["short_date_heads"]] + list(weekday_names()))


def matches_around(pattern: re.Pattern[str], text: str, index: "dict[str, list[int]] | None", words: set[str]):
    """The pattern's matches left to right: over the whole text without an index, else
    only those that hold one of `words` (month names), searched from a little before it."""
    if index is None:
        yield from pattern.finditer(text)
        return
    starts = sorted({p for word in words for p in index.get(word, ())})
    resume = 0
    for start in starts:
        if start < resume:
            continue   # inside the last match
        position = max(resume, start - _LOOK_BACK)
        limit = min(len(text), start + _LOOK_AHEAD)
        while (match := pattern.search(text, position, limit)) is not None and match.start() <= start + 2:
            position = match.end() if match.end() > match.start() else match.start() + 1
            if match.end() > start:
                yield match
                resume = match.end()
                break


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name)


def _ordinal_key(name: str) -> str:
    """An ordinal day's key: one read after ل ("لخامس عشر") gets back its article ("الخامس عشر")."""
    name = _key(name)
    return "ا" + name if name.startswith("ل") and not name.startswith("ال") else name


def _without_overlaps(dates: list[AbsoluteDate]) -> list[AbsoluteDate]:
    kept: list[AbsoluteDate] = []
    for candidate in sorted(dates, key=lambda d: (d.start, -(d.end - d.start))):
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept
