"""Round 17 mechanisms of the times stage: a day named with its weekday and without its year that
falls on that weekday in none of the years next to the anchor's is the most recent earlier year it
falls on, a few years back at most ("منذ هجوم السبت 7 أكتوبر" in 2026 is 7 October 2023); a weekday
that fits no such year leaves the year the anchor gives.  Sentences written for the test."""

import pytest

from tests.times.test_times_s16 import times


@pytest.mark.parametrize("sentence, published, expected", [
    # 7 October is a Saturday in 2023 only of 2022-2027
    ("ومنذ هجوم السبت 7 أكتوبر تغير المشهد في المنطقة.", "2026-03-10", [("السبت 7 أكتوبر", "2023-10-07")]),
    # 4 August is a Tuesday in 2020 and 2026, in none of 2021-2025: in a paper of March 2024, 2020
    ("وأعاد التقرير التذكير بانفجار المرفأ الثلاثاء 4 أغسطس.", "2024-03-10", [("الثلاثاء 4 أغسطس", "2020-08-04")]),
    # a year next to the anchor's that fits is still preferred
    ("وعقدت الجلسة الأحد 12 مارس في القاهرة.", "2024-06-10", [("الأحد 12 مارس", "2023-03-12")]),
])
def test_a_weekday_with_a_day_picks_an_earlier_year_that_fits(sentence, published, expected):
    assert times(sentence, published) == expected


def test_a_weekday_that_fits_no_recent_year_leaves_the_anchors_year():
    # 7 October is a Sunday in 2018 only of 2018-2027: more than four years before 2026, so the
    # past reading of the anchor stands (the weekday may be a slip)
    assert times("وفي الأحد 7 أكتوبر أعلن الجيش التعبئة.", "2026-03-10") == [("الأحد 7 أكتوبر", "2025-10-07")]


def test_the_years_back_load():
    from khabar.times.detect import relative_rules

    assert 1 <= int(relative_rules()["named_weekday_years_back"]) <= 10


@pytest.mark.parametrize("sentence, published, expected", [
    # a deadline word before a month without its year: the occurrence under half a year ahead
    ("وقررت الحكومة تمديد حالة الطوارئ حتى نهاية أبريل.", "2026-03-12", [("نهاية أبريل", "2026-04")]),
    ("وتبقى المدارس مغلقة حتى يناير.", "2025-11-20", [("يناير", "2026-01")]),
    # without a deadline word, or the month more than half a year ahead: the last one over
    ("وقررت الحكومة في نهاية أبريل تمديد حالة الطوارئ.", "2026-03-12", [("نهاية أبريل", "2025-04")]),
    ("واستمرت المعارك حتى نوفمبر.", "2026-03-12", [("نوفمبر", "2025-11")]),
])
def test_a_month_after_a_deadline_word_is_the_coming_one(sentence, published, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("sentence, expected", [
    # relative.yaml's anaphoric and same_periods phrases: the day (week, month) after or before the one told
    ("وأعلنت الحكومة في 5 مارس عن الخطة، وقالت في اليوم الذي تلاه إنها ستبدأ التنفيذ.",
     [("5 مارس", "2026-03-05"), ("اليوم الذي تلاه", "2026-03-06")]),
    ("واندلعت المواجهات في 4 مارس، وحذرت الشرطة في اليوم الذي سبقه من التصعيد.",
     [("4 مارس", "2026-03-04"), ("اليوم الذي سبقه", "2026-03-03")]),
    # "اليوم الذي" with another clause is the day the clause tells, no today
    ("وقالت الوزارة في اليوم الذي سبق الهجوم إن الوضع مستقر.", []),
    # a comma between: today, with an aside on it
    ("وقال الرئيس اليوم، الذي يصادف ذكرى الاستقلال، إن البلاد تمر بمرحلة صعبة.", [("اليوم", "2026-03-10")]),
])
def test_a_day_told_by_a_relative_clause(sentence, expected):
    assert times(sentence, "2026-03-10") == expected
