"""Round 19, times on new outlets.  A clock time whose sentence names no day is on the day the
narrative is on (the day last named, as a part of the day is by session 14's rule), not on the
publication day; a day only counted back in weeks or more is background and does not move it.
Minutes before the hour ("إلا خمس دقائق"، "إلا ثلثا"، "إلا ربع") are read; noon and night add their
12 hours only to the hours they cover ("الواحدة ظهرا" 13:00, "الواحدة ليلا" 01:00).  A wire dispatch
dated in its dateline a day or two before the page's date line anchors the body's "اليوم".  A date
line opening with the news item's code ("رمز الخبر: N | date") is read as the date line."""

import pytest

import khabar
from khabar.times.detect import relative_rules
from tests.times.test_times_s16 import times


@pytest.mark.parametrize("text, expected", [
    # the day last named in an earlier sentence
    ("اقتحمت القوات البلدة أمس الاثنين. وقال شهود إن الاقتحام بدأ نحو السادسة صباحا.",
     [("أمس الاثنين", "2026-03-09"), ("السادسة صباحا", "2026-03-09T06:00")]),
    # no day named: the publication day, as before
    ("وقال شهود إن الاقتحام بدأ نحو السادسة صباحا.", [("السادسة صباحا", "2026-03-10T06:00")]),
    # its own sentence's day wins over the day named before
    ("اقتحمت القوات البلدة أمس الاثنين. وعادت اليوم عند الساعة الثانية بعد الظهر.",
     [("أمس الاثنين", "2026-03-09"), ("اليوم", "2026-03-10"), ("الساعة الثانية بعد الظهر", "2026-03-10T14:00")]),
    # a past act after a day still to come: the last day already over
    ("وتجرى الإعادة يوم السبت المقبل. وقالت اللجنة إن الفرز انتهى في الساعة الحادية عشرة ليلا.",
     [("يوم السبت المقبل", "2026-03-14"), ("الساعة الحادية عشرة ليلا", "2026-03-10T23:00")]),
    # a day counted back in weeks is background: the day told before it stays the narrative's (and,
    # by session 16's rule, the weeks count back from that Saturday, not from the publication day)
    ("دخلت القافلة السبت في أول دخول منذ اندلاع الحرب قبل أسبوعين. وعبرت المعبر نحو الساعة العاشرة صباحا.",
     [("السبت", "2026-03-07"), ("قبل أسبوعين", "2026-02-21"), ("نحو الساعة العاشرة صباحا", "2026-03-07T10:00")]),
])
def test_a_clock_time_with_no_day_is_on_the_narratives_day(text, expected):
    assert times(text, "2026-03-10") == expected


def test_a_clock_on_the_narratives_day_is_anchored_to_that_day():
    found = khabar.read("اقتحمت القوات البلدة أمس الاثنين. وقال شهود إن الاقتحام بدأ نحو السادسة صباحا.",
                        published="2026-03-10").times
    assert found[1]["anchor"] == found[0]["id"]


@pytest.mark.parametrize("text, value", [
    ("وقع التفجير في حدود الساعة الثانية إلا خمس دقائق ظهرا.", "2026-03-10T13:55"),
    ("بدأ الهجوم عند الثامنة إلا ثلثا مساء.", "2026-03-10T19:40"),
    ("انطلق الموكب في العاشرة إلا ربع صباحا.", "2026-03-10T09:45"),
    ("بدأ القصف الساعة 7 إلا 10 دقائق صباحا.", "2026-03-10T06:50"),
    ("وصل الوفد الساعة الواحدة إلا ربعا ظهرا.", "2026-03-10T12:45"),
    ("وقع الانفجار الساعة الواحدة ظهرا.", "2026-03-10T13:00"),
    ("عقد المجلس اجتماعه الساعة الحادية عشرة ظهرا.", "2026-03-10T11:00"),
    ("سمع دوي الانفجار الساعة الواحدة ليلا.", "2026-03-10T01:00"),
    ("سمع دوي الانفجار الساعة العاشرة ليلا.", "2026-03-10T22:00"),
])
def test_minutes_before_the_hour_and_noon_and_night_hours(text, value):
    assert [v for _, v in times(text, "2026-03-10")] == [value]


def test_less_is_no_clock_without_an_hour():
    assert times("ولم يبق من المهلة إلا خمس دقائق.", "2026-03-10") == []


def test_the_clock_words_load():
    """relative.yaml clock.less_fractions: minutes under an hour; hour_part_spans: 12-hour ranges of
    parts that add hours (hour_parts) only to some hours."""
    rules = relative_rules()
    assert rules["clock"]["less_word"]
    assert all(0 < minutes < 60 for minutes in rules["clock"]["less_fractions"].values())
    for part, (first, last) in rules["hour_part_spans"].items():
        assert part in rules["hour_parts"] and 1 <= first <= last <= 11


def _page(date_line: str, dateline: str) -> str:
    return (f"المفوضية تعلن نسبة المشاركة في الانتخابات\n\n{date_line}\n\n{dateline} أعلنت المفوضية العليا "
            "للانتخابات مساء اليوم أن نسبة المشاركة بلغت 41 في المائة، بعد أن أدلى ملايين الناخبين بأصواتهم "
            "في المحافظات.\n")


@pytest.mark.parametrize("date_line, dateline, value", [
    # the dispatch a day before the page: its day
    ("2026-03-10 10:32:15", "بغداد 9 مارس 2026 (شينخوا)", "2026-03-09"),
    # the page's own day: the same
    ("2026-03-10 10:32:15", "بغداد 10 مارس 2026 (شينخوا)", "2026-03-10"),
    # a dispatch weeks before the page is no dispatch of this page's day: the page's date
    ("2026-03-10 10:32:15", "بغداد 9 فبراير 2026 (شينخوا)", "2026-03-10"),
])
def test_a_dispatch_dated_before_the_page_anchors_its_today(date_line, dateline, value):
    found = khabar.read(_page(date_line, dateline)).times
    assert [t["value"] for t in found if t["text"] == "مساء اليوم"] == [value]


@pytest.mark.parametrize("line, published", [
    ("رمز الخبر: 1887534 | 8 مارس 2026 - 10:45", "2026-03-08T10:45"),
    ("كود الخبر: 99812 | الأحد 8 مارس 2026", "2026-03-08"),
    ("رقم الخبر: 45123 - 8 مارس 2026", "2026-03-08"),
])
def test_a_date_line_opening_with_the_news_code_is_read(line, published):
    text = (f"الرئيس يستقبل وزير الخارجية\n\n{line}\n\nاستقبل الرئيس اليوم وزير الخارجية في القصر، وبحث معه "
            "العلاقات الثنائية وآخر التطورات الإقليمية، بحسب ما أفاد مكتب الرئاسة في بيان صدر عقب اللقاء.\n")
    record = khabar.read(text)
    assert record.meta["published"] == published
    assert record.meta["date_line"]["text"] == line


def test_a_news_code_line_without_a_date_stays_page_furniture():
    text = ("الرئيس يستقبل وزير الخارجية\n\nرمز الخبر: 83314527\n\nالأحد 8 مارس 2026\n\nاستقبل الرئيس اليوم "
            "وزير الخارجية في القصر، وبحث معه العلاقات الثنائية وآخر التطورات الإقليمية، بحسب ما أفاد مكتب "
            "الرئاسة في بيان صدر عقب اللقاء.\n")
    record = khabar.read(text)
    assert record.meta["date_line"]["text"] == "الأحد 8 مارس 2026"
    assert record.meta["headline"]["text"] == "الرئيس يستقبل وزير الخارجية"
