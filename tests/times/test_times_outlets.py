"""Times in the shapes of many outlets: Hijri dates written every way, weekdays in the
feminine, years after a season or a part of the year.  Every sentence is written for the
test."""

import pytest

import khabar

PUBLISHED = "2024-06-10"  # a Monday; 4 ذو الحجة 1445


def times(sentence, published=PUBLISHED):
    record = khabar.read(sentence, published=published)
    return [(t["text"], t["value"]) for t in record.times]


@pytest.mark.parametrize("sentence, expected", [
    # the Hijri year's mark glued to it
    ("وصل الوفد إلى الرياض يوم 3 شوال 1445هـ للمشاركة في القمة.", ("يوم 3 شوال 1445هـ", "2024-04-12")),
    # an ordinal day of a Hijri month
    ("ويبدأ العام الهجري في الأول من محرم 1446 هجرية وفق التقويم.", ("الأول من محرم 1446 هجرية", "2024-07-07")),
    # six days after the paper (4 Dhu al-Hijja 1445): the coming one, not the one of 1444
    ("وحددت الوزارة الـ10 من ذي الحجة موعدا للاحتفال.", ("الـ10 من ذي الحجة", "2024-06-16")),
    # a Hijri day without its year: its most recent past occurrence, or the next one when said
    ("وقع الحادث في 15 رمضان أثناء صلاة التراويح.", ("15 رمضان", "2024-03-25")),
    ("ويؤدي الحجاج الوقوف بعرفة في 9 ذي الحجة المقبل.", ("9 ذي الحجة المقبل", "2024-06-15")),
])
def test_hijri_dates(sentence, expected):
    assert expected in times(sentence)


def test_a_hijri_month_that_is_a_common_word_needs_a_year():
    assert times("فاز المنتخب المغربي 2 صفر على منافسه في المباراة.") == []
    assert ("15 صفر 1446 هـ", "2024-08-19") in times("وقع الزلزال في 15 صفر 1446 هـ بحسب البيان.")


@pytest.mark.parametrize("sentence, expected", [
    ("وقال الرئيس إنه سيزور باريس الجمعة المقبلة في جولة أوروبية.", ("الجمعة المقبلة", "2024-06-14")),
    ("وكان الرئيس قد زار باريس الجمعة الماضية في جولة أوروبية.", ("الجمعة الماضية", "2024-06-07")),
    ("وتظاهر الآلاف في الرباط الثلاثاء الماضية احتجاجا على الغلاء.", ("الثلاثاء الماضية", "2024-06-04")),
])
def test_a_weekday_in_the_feminine_takes_its_direction(sentence, expected):
    assert expected in times(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("وقعت الاشتباكات في صيف 2022 بين الطرفين.", ("صيف 2022", "2022-06/2022-08")),
    ("اندلعت الثورة في ربيع 2011 في البلاد.", ("ربيع 2011", "2011-03/2011-05")),
    ("بدأت الأزمة في أوائل 2022 مع ارتفاع الأسعار.", ("أوائل 2022", "2022-01/2022-03")),
])
def test_a_bare_year_after_a_season_or_a_part_of_the_year(sentence, expected):
    assert expected in times(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("تستمر الهدنة من 24 نوفمبر إلى 1 ديسمبر وفق الاتفاق.", ("من 24 نوفمبر إلى 1 ديسمبر", "2023-11-24/2023-12-01")),
    ("أغلقت المدارس من 28 ديسمبر إلى 3 يناير 2024 بسبب البرد.",
     ("من 28 ديسمبر إلى 3 يناير 2024", "2023-12-28/2024-01-03")),
    ("جرت الانتخابات من 19 إلى 21 أبريل الماضي.", ("من 19 إلى 21 أبريل الماضي", "2024-04-19/2024-04-21")),
])
def test_a_range_s_first_date_keeps_its_own_month(sentence, expected):
    assert expected in times(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("قُتل 50 شخصًا في الشهرين الماضيين في المدينة.", ("الشهرين الماضيين", "2024-04/2024-05")),
    ("تشهد المنطقة خلال اليومين المقبلين أمطارا غزيرة.", ("اليومين المقبلين", "2024-06-11/2024-06-12")),
    ("تضاعف عدد النازحين خلال العامين الماضيين.", ("العامين الماضيين", "2022/2023")),
])
def test_two_units_in_the_dual_are_a_span(sentence, expected):
    assert expected in times(sentence)


def test_a_part_of_the_same_day_is_the_day_last_mentioned():
    found = times("اعتقل الشاب فجر الأربعاء، وأفرج عنه مساء اليوم نفسه.")
    assert ("مساء اليوم نفسه", "2024-06-05") in found
    assert times("وقالت الوزارة مساء اليوم إن القصف تواصل.") == [("مساء اليوم", "2024-06-10")]


@pytest.mark.parametrize("sentence, expected", [
    ("وكان الاتفاق قد وقع في 2 مايو، وبعد أسبوع من ذلك انهار.", ("بعد أسبوع من ذلك", "2024-05-09")),
    ("وكان الاتفاق قد وقع في 2 مايو، وقبل يومين من ذلك اجتمع الوفدان.", ("قبل يومين من ذلك", "2024-04-30")),
])
def test_units_from_that_day_count_from_the_day_last_mentioned(sentence, expected):
    assert expected in times(sentence)


def test_units_from_another_event_are_no_time():
    assert times("وبعد أسبوعين من مقتله اندلعت الاحتجاجات في المدينة.") == []


def test_the_next_year_follows_the_year_last_mentioned():
    assert ("العام التالي", "2021") in times("في عام 2020 تفشى الوباء، وفي العام التالي وقع الانقلاب.")
    assert ("السنة الموالية", "2015") in times("نظمت الانتخابات في 2014، وفي السنة الموالية عدل الدستور.")


def test_a_weekday_and_its_date_joined_by_almuwafiq_are_one_day():
    assert times("وأعلنت الوزارة يوم الجمعة الموافق 7 يونيو عن الإجراءات.") == [("يوم الجمعة الموافق 7 يونيو", "2024-06-07")]


@pytest.mark.parametrize("sentence, expected", [
    ("وقع الهجوم في الأسبوع الأول من مايو في المدينة.", [("الأسبوع الأول من مايو", "2024-05-01/2024-05-07")]),
    ("تراجع النمو في النصف الثاني من مايو 2023 بشكل كبير.", [("مايو 2023", "2023-05")]),
    # the tens of the month are its last days from the 21st (relative.yaml hijri_tens), no day 10
    ("وبدأ العمل في العشر الأواخر من رمضان الماضي.", [("العشر الأواخر من رمضان", "2024-03-31/2024-04-09")]),
])
def test_an_ordinal_after_a_part_noun_is_no_day_of_the_month(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("وقع الهجوم الخميس 6/6 في المدينة.", [("الخميس 6/6", "2024-06-06")]),
    ("صدر القرار بتاريخ 5/6 عن المحكمة.", [("5/6", "2024-06-05")]),
    ("فاز الفريق 3/1 على منافسه في المباراة.", []),   # a score
])
def test_a_day_and_month_in_digits_after_a_day_word(sentence, expected):
    assert times(sentence) == expected


def _undated(body):
    return [(t["text"], t["value"]) for t in khabar.read("عنوان الخبر هنا\n\n" + body).times]


def test_an_agency_dateline_in_figures_is_a_time():
    text = "عنوان الخبر هنا\n\nالكويت - 14 - 2 (كونا) -- اختتم مؤتمر الكويت أعماله اليوم الأربعاء."
    got = [(t["text"], t["value"]) for t in khabar.read(text, published="2018-02-14").times]
    assert got == [("14 - 2", "2018-02-14"), ("اليوم الأربعاء", "2018-02-14")]


@pytest.mark.parametrize("body, expected", [
    # an undated article's relative times are read against its dateline's full date
    ("القاهرة - 5 يونيو 2024 (رويترز) - قالت وزارة الصحة أمس الثلاثاء إن الإصابات ارتفعت.",
     [("5 يونيو 2024", "2024-06-05"), ("أمس الثلاثاء", "2024-06-04")]),
    ("بيروت، 3 آب 2020 (أ ف ب) - قال مسؤولون أمس إن الانفجار وقع في المرفأ.",
     [("3 آب 2020", "2020-08-03"), ("أمس", "2020-08-02")]),
    ("الكويت - 14 - 2 - 2018 (كونا) -- اختتم مؤتمر الكويت أعماله اليوم الأربعاء.",
     [("14 - 2 - 2018", "2018-02-14"), ("اليوم الأربعاء", "2018-02-14")]),
])
def test_an_undated_article_reads_its_relative_times_against_the_dateline(body, expected):
    assert _undated(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a date the lead tells is no dateline: "yesterday" stays unresolved
    ("في 7 أكتوبر 2023 شنت حماس هجوما، وقال مسؤولون أمس إن الحرب مستمرة.",
     [("7 أكتوبر 2023", "2023-10-07"), ("أمس", None)]),
    ("قتل 5 - 7 أشخاص في الهجوم.", []),
    # a date between dashes after words that are no dateline (the reading stage finds none:
    # no place, no agency) dates nothing
    ("صرح وزير الخارجية - 5 يونيو 2024 (بيان) - بأن المحادثات فشلت أمس.",
     [("5 يونيو 2024", "2024-06-05"), ("أمس", None)]),
])
def test_only_a_dateline_s_date_dates_the_dispatch(body, expected):
    assert _undated(body) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the early part of a year the text names is its first quarter; of one counted from today, January
    ("خفضت مصر قيمة عملتها منذ أوائل عام 2022 ثلاث مرات.", ("أوائل عام 2022", "2022-01/2022-03")),
    ("ويبدأ التشغيل مطلع العام المقبل بحسب الوزارة.", ("مطلع العام المقبل", "2025-01")),
    ("وتنتهي الأشغال نهاية عام 2025 وفق العقد.", ("نهاية عام 2025", "2025-12")),
    # "بداية" names the point the year begins
    ("وأجرت الوساطة عدة عمليات تبادل منذ بداية عام 2023 بين البلدين.", ("بداية عام 2023", "2023-01")),
    ("وبلغ التضخم ذروته منتصف 2023 قبل أن يتراجع.", ("منتصف 2023", "2023-06/2023-07")),
])
def test_the_early_part_of_a_named_year_and_other_parts(sentence, expected):
    assert expected in times(sentence)


def test_year_part_months_load():
    from khabar.times.resolve import _year_part_months

    parts, early = _year_part_months()
    assert set(parts) == {0, 1, 2} and all(1 <= a <= b <= 12 for a, b in (*parts.values(), early))


@pytest.mark.parametrize("sentence, expected", [
    # an exact count of years back is about today's month then, not the whole year
    ("وكان سعر الدولار نحو 700 ليرة قبل عام بحسب مواقع متخصصة.", ("قبل عام", "2023-06")),
    ("وانتخب رئيسا للبلدية قبل ثلاث سنوات في اقتراع مبكر.", ("قبل ثلاث سنوات", "2021-06")),
    # a vague count keeps the year
    ("وغادر البلاد قبل نحو عامين إلى تركيا.", ("قبل نحو عامين", "2022")),
    ("بدأت الحرب قبل أكثر من خمس سنوات في البلاد.", ("قبل أكثر من خمس سنوات", "2019")),
])
def test_years_ago_are_a_month_unless_the_count_is_vague(sentence, expected):
    assert expected in times(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # a night named with the weekday after it runs over both days
    ("واشتدت الغارات ليل السبت الأحد على المدينة.", ("ليل السبت الأحد", "2024-06-08/2024-06-09")),
    ("واشتدت الغارات ليلة السبت-الأحد على المدينة.", ("ليلة السبت-الأحد", "2024-06-08/2024-06-09")),
    ("واشتدت الغارات ليل السبت إلى الأحد على المدينة.", ("ليل السبت إلى الأحد", "2024-06-08/2024-06-09")),
    # a night of one weekday stays that day
    ("واشتدت الغارات ليل الجمعة على المدينة.", ("ليل الجمعة", "2024-06-07")),
])
def test_a_night_over_two_days(sentence, expected):
    assert expected in times(sentence)


def test_two_different_weekdays_side_by_side_are_not_one_day():
    texts = [text for text, _ in times("واجتمع المجلس السبت الاثنين في جلسة طارئة.")]
    assert texts == ["السبت", "الاثنين"]


def test_night_span_joiners_load():
    from khabar.times.detect import relative_rules

    joiners = relative_rules()["night_span_joiners"]
    assert joiners and all(isinstance(w, str) and w for w in joiners)


@pytest.mark.parametrize("sentence, expected", [
    # after one comma, a clause that carries the story on keeps the told day's week
    ("التقى الوزير نظيره يوم 14 مارس 2023، والتقى الأربعاء رئيس الحكومة.", ("الأربعاء", "2023-03-15")),
    ("التقى الوزير نظيره يوم 14 مارس 2023، ثم زار الأربعاء مصنعا للسلاح.", ("الأربعاء", "2023-03-15")),
    # a clause of reporting is the day of the report
    ("قتل 200 شخص في الحرب التي اندلعت في 7 أكتوبر 2023، بحسب ما أعلنت الوزارة السبت.", ("السبت", "2024-06-08")),
    ("قتل 200 شخص في الحرب التي اندلعت في 7 أكتوبر 2023، وقالت الوزارة السبت إن العدد ارتفع.",
     ("السبت", "2024-06-08")),
    # a word that begins with و of its own is no conjunction
    ("التقى الطرفان في 14 مارس 2024، وسط تحذيرات أطلقت الأربعاء.", ("الأربعاء", "2024-06-05")),
])
def test_a_weekday_after_a_told_day_across_a_comma(sentence, expected):
    assert expected in times(sentence)


def test_story_words_load():
    from khabar.times.resolve import _story_words

    report, joiners, waw_words = _story_words()
    assert report and joiners and waw_words
    assert all(word.startswith("و") for word in waw_words)


@pytest.mark.parametrize("sentence, expected", [
    # a Hijri date and the Gregorian one it matches, joined by الموافق, are one day
    ("الرياض 17 ذو الحجة 1445 هـ الموافق 23 يونيو 2024 م واس - أعلنت الوزارة.",
     [("17 ذو الحجة 1445 هـ الموافق 23 يونيو 2024 م", "2024-06-23")]),
    ("وقع الحادث في 15 رمضان 1445هـ الموافق 25 مارس 2024 قرب الحدود.",
     [("15 رمضان 1445هـ الموافق 25 مارس 2024", "2024-03-25")]),
    # two dates without a joiner stay two
    ("وجرت الجولتان في 5 مارس 2021، 7 مارس 2021 في جنيف.",
     [("5 مارس 2021", "2021-03-05"), ("7 مارس 2021", "2021-03-07")]),
])
def test_two_calendars_joined_by_muwafiq_are_one_day(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the day's noun before yesterday or tomorrow is the time's, as before a weekday
    ("قتل ثلاثة أشخاص يوم أمس في غارة على البلدة.", [("يوم أمس", "2024-06-09")]),
    ("وأفرج عن الرهائن يوم أول أمس في رفح.", [("يوم أول أمس", "2024-06-08")]),
    ("ويصل الوفد يوم غد إلى القاهرة.", [("يوم غد", "2024-06-11")]),
])
def test_yawm_before_yesterday_or_tomorrow(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # a January day just ahead of a December paper is the coming one
    ("ويبدأ المؤتمر في 3 يناير في العاصمة.", "2023-12-28", ("3 يناير", "2024-01-03")),
    # farther ahead, or said as past, it stays the last one
    ("وقع الهجوم في 28 يناير على الحدود.", "2023-12-28", ("28 يناير", "2023-01-28")),
    ("وقع الهجوم في 3 يناير الماضي على الحدود.", "2023-12-28", ("3 يناير الماضي", "2023-01-03")),
    # a December day in a January paper is the one just over
    ("وقع الهجوم في 28 ديسمبر على الحدود.", "2024-01-05", ("28 ديسمبر", "2023-12-28")),
    # a day a few days ahead of the paper, in any month, is the coming one, whatever the tense
    ("وعقد المؤتمر في 24 نوفمبر في الرياض.", "2025-11-19", ("24 نوفمبر", "2025-11-24")),
    ("وعقد المؤتمر في 2 ديسمبر في الرياض.", "2025-11-19", ("2 ديسمبر", "2025-12-02")),
    # beyond the window, a day after the paper without a future cue stays the last one
    ("وعقد المؤتمر في 20 ديسمبر في الرياض.", "2025-11-19", ("20 ديسمبر", "2024-12-20")),
    # the paper's own day and the days before it stay in its year
    ("وعقد المؤتمر في 19 نوفمبر في الرياض.", "2025-11-19", ("19 نوفمبر", "2025-11-19")),
    ("وعقد المؤتمر في 12 نوفمبر في الرياض.", "2025-11-19", ("12 نوفمبر", "2025-11-12")),
    # a Hijri day just ahead (the paper is of 28 Jumada I 1447) is the coming one too
    ("وأقيم الحفل في 3 جمادى الآخرة.", "2025-11-19", ("3 جمادى الآخرة", "2025-11-24")),
    ("وأقيم الحفل في 20 جمادى الأولى.", "2025-11-19", ("20 جمادى الأولى", "2025-11-11")),
])
def test_a_day_without_its_year_near_the_paper(sentence, published, expected):
    assert expected in times(sentence, published=published)


def test_the_moroccan_first_of_the_month():
    assert times("وتنطلق الحملة ابتداء من فاتح دجنبر المقبل.", published="2025-11-19") == [("فاتح دجنبر المقبل", "2025-12-01")]
    assert times("وصل إلى الحكم في الفاتح من سبتمبر 1969.") == [("الفاتح من سبتمبر 1969", "1969-09-01")]
    assert times("وزار جامع السلطان محمد الفاتح في إسطنبول.") == []


def test_coming_day_window_loads():
    from khabar.times.resolve import _coming_day_window

    assert 0 < _coming_day_window() < 31
