"""Round 21: the afternoon of a named day in a clock time ("الثانية بعد ظهر اليوم" is 14:00), a day of
the anchor's own month said with الماضي (last year's, as the month alone is), places named by a weekday
(a mosque, a church, a city gate) and the holy month named as what is welcomed (no time)."""

import pytest

from khabar.text.normalise import normalise_word
from khabar.times.detect import relative_rules
from tests.times.test_times_s16 import times


@pytest.mark.parametrize("text, expected", [
    ("ارتفع العدد حتى الساعة الثانية بعد ظهر اليوم إلى 73 شخصا.", [("الساعة الثانية بعد ظهر اليوم", "2026-03-10T14:00")]),
    ("وبدأت الجلسة عند الساعة الثالثة بعد ظهر أمس.", [("الساعة الثالثة بعد ظهر أمس", "2026-03-09T15:00")]),
    ("وانطلقت المسيرة في الرابعة بعد ظهر يوم الأحد.", [("الرابعة بعد ظهر يوم الأحد", "2026-03-08T16:00")]),
    # the part alone and the definite form are as before
    ("وقع الانفجار بعد ظهر اليوم.", [("ظهر اليوم", "2026-03-10")]),
    ("وبدأت الجلسة عند الساعة الثالثة بعد الظهر.", [("الساعة الثالثة بعد الظهر", "2026-03-10T15:00")]),
    # noon itself keeps its span: eleven is still the morning
    ("وقعت الحادثة الساعة الحادية عشرة ظهرا.", [("الساعة الحادية عشرة ظهرا", "2026-03-10T11:00")]),
])
def test_an_afternoon_clock_time_of_a_named_day(text, expected):
    assert times(text, "2026-03-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("بدأت أعمال الحفر في الخامس من مارس الماضي.", [("الخامس من مارس الماضي", "2025-03-05")]),
    ("ووقع الانفجار في 5 مارس الماضي.", [("5 مارس الماضي", "2025-03-05")]),
    ("ووقع الانفجار في 25 مارس الماضي.", [("25 مارس الماضي", "2025-03-25")]),
    # an earlier month of the year stays this year's; with no direction the day is this month's
    ("ووقع الانفجار في 5 فبراير الماضي.", [("5 فبراير الماضي", "2026-02-05")]),
    ("ووقع الانفجار في 5 مارس.", [("5 مارس", "2026-03-05")]),
    # the month alone, as before
    ("ووقعت الحادثة في مارس الماضي.", [("مارس الماضي", "2025-03")]),
])
def test_a_day_of_the_anchors_month_said_past_is_last_years(text, expected):
    assert times(text, "2026-03-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("وتجمع المصلون أمام جامع الجمعة.", []),
    ("وانطلقت المسيرة من باب الأحد نحو البرلمان.", []),
    ("وأقيم القداس في كنيسة الأحد.", []),
    # the gate of the candidacies closes on a day: the weekday is after another word
    ("وأغلقت الهيئة باب الترشح الأحد.", [("الأحد", "2026-03-08")]),
    # a direction makes it a day again
    ("وتجمع المصلون أمام الجامع الجمعة الماضية.", [("الجمعة الماضية", "2026-03-06")]),
])
def test_a_place_named_by_a_weekday_is_no_time(text, expected):
    assert times(text, "2026-03-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("وتستعد الأسواق لاستقبال شهر رمضان بتوفير السلع.", []),
    ("وتشهد الأسواق حركة نشطة استعدادا لاستقبال عيد الفطر.", []),
    ("وتستعد الأسواق لإحياء شهر رمضان.", []),
    # governed by a preposition it dates what happens
    ("وارتفعت الأسعار في شهر رمضان.", [("شهر رمضان", "2026-02-18/2026-03-19")]),
    ("واستقبل الرئيس خلال شهر رمضان وفودا عديدة.", [("شهر رمضان", "2026-02-18/2026-03-19")]),
])
def test_the_holy_month_welcomed_is_the_occasion(text, expected):
    assert times(text, "2026-03-10") == expected


def test_the_new_words_load():
    rules = relative_rules()
    assert {normalise_word(w) for w in ("جامع", "كنيسة", "باب")} <= {normalise_word(w) for w in rules["name_number_heads"]}
    assert normalise_word("لاستقبال") in {normalise_word(w) for w in rules["feast_occasion_heads"]}
    assert rules["hour_parts"]["بعد ظهر"] == 12


@pytest.mark.parametrize("text, expected", [
    ("وتجددت الاشتباكات مساء أمس، الاثنين، بين قوات الأمن ومحتجين.", [("مساء أمس، الاثنين", "2026-03-09")]),
    ("وقال المتحدث ظهر اليوم، الثلاثاء، إن الحصيلة ارتفعت.", [("ظهر اليوم، الثلاثاء", "2026-03-10")]),
    # a weekday with its own date after the comma stays a time of its own
    ("وأعلنت الوزارة فجر اليوم، الثلاثاء 10 من آذار، أن الحصيلة ارتفعت.",
     [("فجر اليوم", "2026-03-10"), ("الثلاثاء 10 من آذار", "2026-03-10")]),
    ("وأعلنت الوزارة فجر اليوم، الثلاثاء العاشر من آذار، أن الحصيلة ارتفعت.",
     [("فجر اليوم", "2026-03-10"), ("الثلاثاء العاشر من آذار", "2026-03-10")]),
])
def test_a_bare_weekday_in_commas_names_the_day_before_it(text, expected):
    assert times(text, "2026-03-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("ودان الرئيس الهجوم، مؤكدا أن فرنسا «ستقف إلى جانب مالي»، فيما اعتقلت قوات الأمن ليل الجمعة شخصين.",
     [("ليل الجمعة", "2026-03-06")]),
    ("وقال إن الحكومة ستعلن النتائج، بينما تظاهر المئات الأحد أمام المبنى.", [("الأحد", "2026-03-08")]),
    # without the conjunction the cue still reaches the time
    ("وقال إن الحكومة ستعلن النتائج الأحد أمام المبنى.", [("الأحد", "2026-03-15")]),
    # a cue inside the فيما clause makes its own time one to come
    ("وغادر الوفد الرياض أمس، فيما سيصل الوفد العماني الخميس.", [("أمس", "2026-03-09"), ("الخميس", "2026-03-12")]),
])
def test_a_future_cue_does_not_reach_a_fima_clause(text, expected):
    assert times(text, "2026-03-10") == expected


def test_the_clause_conjunctions_load():
    words = relative_rules()["clause_conjunctions"]
    assert words and all(isinstance(w, str) and " " not in w for w in words)


@pytest.mark.parametrize("text, expected", [
    ("وقتل في اشتباك بخلدة في آب من العام الماضي.", [("آب من العام الماضي", "2025-08")]),
    ("وكانت الانتخابات قد جرت في ماي من السنة الماضية.", [("ماي من السنة الماضية", "2025-05")]),
    ("ويبدأ المشروع في آب من العام المقبل.", [("آب من العام المقبل", "2027-08")]),
    # a father, and the father of last year, are no month
    ("وقال أب لثلاثة أطفال إن منزله دمر.", []),
    ("وقال الأب من العام الماضي إن ابنه مفقود.", [("العام الماضي", "2025")]),
])
def test_an_ambiguous_month_of_a_named_year(text, expected):
    assert times(text, "2026-03-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("وصل الوفد صباح أمس إلى بيروت. وبعد الظهر، توجه الوفد إلى الناقورة.",
     [("صباح أمس", "2026-03-09"), ("بعد الظهر", "2026-03-09")]),
    ("وبعد الظهيرة، عاد المحتجون إلى الساحة.", [("بعد الظهيرة", "2026-03-10")]),
    # a clock time keeps it as its part
    ("وبدأت الجلسة عند الساعة الثالثة بعد الظهر.", [("الساعة الثالثة بعد الظهر", "2026-03-10T15:00")]),
])
def test_the_afternoon_with_no_day_named_is_the_narratives_day(text, expected):
    assert times(text, "2026-03-10") == expected
