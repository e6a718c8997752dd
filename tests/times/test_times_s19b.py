"""Round 19, second wave: relative and anchored times as unseen outlets write them.

An evening clock time after a night told and the next morning is the night's day; Gregorian and
Iranian feasts ("عيد الميلاد"، "رأس السنة الميلادية"، "عيد النوروز"، "عيد العمال") are days without
their year, times only when a preposition or noun of time governs them, and on their eve after
عشية/ليلة (as the Hijri feasts now are); a verb of greeting or celebrating with ب makes a feast the
occasion; a range of weekdays closed by the dual "المقبلين" is next week's; a month named in a
future sentence while it is under way is this year's; a weekday that disagrees with a date a few
days from the anchor does not send the date a year back; a clock time of daily hours (الدوام، ساعات
العمل، يوميا) is no time of the story."""

import pytest

from khabar.times.calendars import _calendar
from khabar.times.detect import relative_rules
from tests.times.test_times_s16 import times


@pytest.mark.parametrize("text, published, expected", [
    # a night's act, the next morning's aftermath, an evening hour: the night's day
    ("قتل نحو 40 جنديا في هجوم ليل الأحد. وتوجه الرئيس صباح اليوم الاثنين إلى المنطقة. "
     "وقال مصدر إن المهاجمين وصلوا قرابة الساعة العاشرة ليلا.", "2024-10-28",
     [("ليل الأحد", "2024-10-27"), ("صباح اليوم الاثنين", "2024-10-28"),
      ("قرابة الساعة العاشرة ليلا", "2024-10-27T22:00")]),
    ("هاجم مسلحون فندقا مساء أمس الاثنين، قبل أن تنهي القوات العملية صباح اليوم الثلاثاء. "
     "وقال شهود إن المهاجمين وصلوا نحو الساعة السابعة مساء.", "2026-03-10",
     [("مساء أمس الاثنين", "2026-03-09"), ("صباح اليوم الثلاثاء", "2026-03-10"),
      ("نحو الساعة السابعة مساء", "2026-03-09T19:00")]),
    # a morning hour stays on the morning's day
    ("هاجم مسلحون القرية ليل الاثنين، وعادت القوات صباح اليوم الثلاثاء. وانتشرت الدوريات في الساعة العاشرة صباحا.",
     "2026-03-10", [("ليل الاثنين", "2026-03-09"), ("صباح اليوم الثلاثاء", "2026-03-10"),
                    ("الساعة العاشرة صباحا", "2026-03-10T10:00")]),
    # no evening told the day before: the morning's day
    ("فتحت مراكز الاقتراع أبوابها صباح اليوم الثلاثاء. ومن المقرر أن تغلق عند الساعة السادسة مساء.", "2026-03-10",
     [("صباح اليوم الثلاثاء", "2026-03-10"), ("الساعة السادسة مساء", "2026-03-10T18:00")]),
])
def test_an_evening_hour_after_a_night_and_the_next_morning_is_the_nights(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("وقع الهجوم في عيد الميلاد.", "2026-03-10", [("عيد الميلاد", "2025-12-25")]),
    ("وتدخل الزيادة حيز التنفيذ مع رأس السنة الميلادية.", "2025-12-20", [("رأس السنة الميلادية", "2026-01-01")]),
    ("وتتوقع السلطات آلاف الزوار خلال عيد النوروز.", "2026-03-10", [("عيد النوروز", "2026-03-21")]),
    ("وأعلن الرئيس الزيادة في عيد العمال الماضي.", "2026-03-10", [("عيد العمال الماضي", "2025-05-01")]),
    # the eve: the day before, Gregorian and Hijri alike
    ("استهدفت الغارة سيارة عشية عيد الميلاد.", "2026-03-10", [("عشية عيد الميلاد", "2025-12-24")]),
    ("أصيب عشرة أشخاص ليلة رأس السنة الميلادية.", "2026-03-10", [("ليلة رأس السنة الميلادية", "2025-12-31")]),
    ("وكان الحادث قد وقع عشية عيد الفطر.", "2026-04-01", [("عشية عيد الفطر", "2026-03-19")]),
    # a part of the day that is no eve keeps the feast's day
    ("وقع الهجوم صباح عيد الميلاد.", "2026-03-10", [("صباح عيد الميلاد", "2025-12-25")]),
])
def test_gregorian_feasts_and_eves(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text", [
    "كارثة العبارة تحول عيد نوروز إلى حداد.",          # the feast as a verb's object
    "ووقعت الكارثة في يوم يصادف عيد نوروز.",           # the same
    "هنأ رئيس الجمهورية المواطنين المسيحيين بعيد الميلاد المجيد.",
    "ويحتفل الأقباط بعيد الميلاد في 7 يناير من كل عام.",
    "وهنأ ولي العهد المواطنين والمقيمين بعيد الفطر المبارك.",
    "احتفلت الفنانة بعيد ميلادها الخمسين.",
])
def test_a_feast_as_the_occasion_is_no_time(text):
    assert [t for t in times(text, "2026-03-10") if "عيد" in t[0]] == []


def test_a_ba_feast_after_a_clause_break_is_a_time():
    assert times("هنأ الرئيس المواطنين، وقتل شخصان بعيد الفطر.", "2026-03-10") == [("بعيد الفطر", "2026-03-20")]


@pytest.mark.parametrize("text, value", [
    ("وتستمر الحملة من الأحد حتى الخميس المقبلين.", "2026-03-15/2026-03-19"),
    ("وتستمر الحملة من الأربعاء حتى الخميس المقبلين.", "2026-03-11/2026-03-12"),
    # the singular: the Thursday to come, from the Sunday gone
    ("وتستمر الحملة من الأحد حتى الخميس المقبل.", "2026-03-08/2026-03-12"),
])
def test_a_range_of_weekdays_closed_by_the_dual_coming(text, value):
    assert [v for _, v in times(text, "2026-03-10")] == [value]


@pytest.mark.parametrize("text, value", [
    ("وسيعقد الاجتماع نهاية آذار.", "2026-03"),
    ("وسيعقد الاجتماع منتصف مارس.", "2026-03"),
    ("وسيعقد الاجتماع في آذار.", "2026-03"),
    ("وسيعقد الاجتماع في آذار المقبل.", "2027-03"),
    ("وسيعقد الاجتماع مطلع آذار.", "2027-03"),
    ("وسيعقد الاجتماع في نيسان.", "2026-04"),
])
def test_a_month_under_way_in_a_future_sentence_is_this_years(text, value):
    assert [v for _, v in times(text, "2026-03-10")] == [value]


@pytest.mark.parametrize("text, value", [
    # Thursday 5 March 2026 written as a Wednesday, five days before the paper: the date
    ("انطلقت يوم الأربعاء 5 مارس حملة التلقيح.", "2026-03-05"),
    # months away: the weekday still says which year
    ("وقع الهجوم الأحد 12 يناير.", "2025-01-12"),
])
def test_a_weekday_that_disagrees_with_a_near_date(text, value):
    assert [v for _, v in times(text, "2026-03-10")] == [value]


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت الوزارة أن الدوام الرسمي يبدأ الساعة العاشرة صباحا.", []),
    ("وتكون ساعات العمل من الثامنة صباحا حتى الثانية ظهرا.", []),
    ("ويبث البرنامج يوميا في الساعة التاسعة مساء.", []),
    # the word of daily hours in the sentence before: the clock is the story's
    ("قتل خمسة أشخاص يوميا. ووقع الانفجار عند الساعة العاشرة صباحا.", [("الساعة العاشرة صباحا", "2026-03-10T10:00")]),
    # a day named with the clock: the story's, whatever the words before
    ("وبدأ الدوام الساعة الثامنة من صباح اليوم.", [("الساعة الثامنة من صباح اليوم", "2026-03-10T08:00")]),
])
def test_a_clock_time_of_daily_hours_is_no_time(text, expected):
    assert times(text, "2026-03-10") == expected


def test_the_feast_data_load():
    """calendar.yaml gregorian_feasts: each a Gregorian month and day that exists; feast_eve_words
    are parts of the day; relative.yaml feast_occasion_ba_verbs and weekday_pair_next are words."""
    calendar = _calendar()
    for name, rule in calendar["gregorian_feasts"].items():
        assert set(rule) == {"month", "day"} and 1 <= rule["month"] <= 12 and 1 <= rule["day"] <= 31, name
        assert name not in calendar["hijri_feasts"]
    rules = relative_rules()
    assert set(calendar["feast_eve_words"]) <= set(rules["parts_of_day"])
    assert all(isinstance(word, str) and " " not in word for word in calendar["gregorian_feast_governors"])
    assert all(isinstance(word, str) and " " not in word for word in rules["feast_occasion_ba_verbs"])
    assert set(rules["weekday_pair_next"]) <= set(rules["plural_directions_of_weekdays"]["next"])
    assert rules["daily_window_words"] and all(isinstance(word, str) for word in rules["daily_window_words"])
