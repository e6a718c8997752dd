"""The forms of issue #4, each in the shapes several outlets write it (Gulf, Egyptian,
Levantine, Maghrebi, agency Arabic).  Every sentence is written for the test."""

import pytest

import khabar

PUBLISHED = "2024-06-10"  # a Monday


def times(sentence, published=PUBLISHED):
    record = khabar.read(sentence, published=published)
    return [(t["text"], t["value"]) for t in record.times]


@pytest.mark.parametrize("sentence, expected", [
    # the weekday picks the year: 12 March 2023 was a Sunday, 12 March 2024 a Tuesday
    ("وكان الرئيس قد أعلن الأحد 12 مارس أن المفاوضات ستستأنف.", ("الأحد 12 مارس", "2023-03-12")),
    # a weekday that only the coming date fits: the coming one
    ("اجتمع المجلس يوم الأحد 16 يونيو لبحث الأزمة.", ("يوم الأحد 16 يونيو", "2024-06-16")),
    ("وقالت الشرطة إن الهجوم وقع يوم الخميس 6 يونيو في وسط المدينة.", ("يوم الخميس 6 يونيو", "2024-06-06")),
    ("انطلقت الاحتجاجات يوم الجمعة 13 تشرين الأول في المدن.", ("يوم الجمعة 13 تشرين الأول", "2023-10-13")),
])
def test_a_weekday_named_with_a_yearless_date_picks_its_year(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "والمنطقة في أمسّ الحاجة إلى المساعدات.",
    "وأكد أن النازحين بأمس الحاجة إلى الغذاء.",
])
def test_the_elative_amass_is_no_yesterday(sentence):
    assert times(sentence) == []


@pytest.mark.parametrize("sentence", [
    "تراجعت الأسعار خلال الأيام القليلة الماضية.",
    "وتراجعت الأسعار خلال الأيام الماضية.",
    "يتوقع صدور القرار خلال الساعات المقبلة.",
    "وتسارعت الاتصالات الدبلوماسية خلال الساعات الأخيرة لمنع التصعيد.",
])
def test_an_uncounted_span_behind_is_a_horizon_too(sentence):
    """Vague periods are no times (docs/gold-format.md, session 14): their bounds are a guess."""
    assert times(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("بدأت الحرب على اليمن قبل أكثر من خمس سنوات.", ("قبل أكثر من خمس سنوات", "2019")),
    ("غادر البلاد قبل ما يزيد على ثلاثة أشهر.", ("قبل ما يزيد على ثلاثة أشهر", "2024-03")),
])
def test_a_bound_before_the_count_of_units_ago(sentence, expected):
    assert times(sentence) == [expected]


def test_since_more_than_n_units_is_how_long():
    assert times("وتصاعد العنف في الضفة الغربية منذ أكثر من عام، مع تنفيذ مداهمات يومية.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("اندلعت الاشتباكات في مارس 2023، وفي الشهر نفسه أعلنت الحكومة الطوارئ.", ("الشهر نفسه", "2023-03")),
    ("اندلعت الاشتباكات في مارس 2023، وفي الشهر التالي أعلنت الحكومة الطوارئ.", ("الشهر التالي", "2023-04")),
    ("أغلقت الحدود في 3 مارس 2023، وفي الأسبوع التالي أعيد فتحها.", ("الأسبوع التالي", "2023-W10")),
    ("أغلقت الحدود في 3 مارس 2023، وفي الأسبوع ذاته أعيد فتحها.", ("الأسبوع ذاته", "2023-W09")),
    # the year last mentioned, a month of it, a part of it
    ("اندلعت الاحتجاجات في 2019، وفي أبريل من العام نفسه سقط النظام.", ("أبريل من العام نفسه", "2019-04")),
    ("اندلعت الاحتجاجات في 2019، وفي مطلع العام ذاته سقط النظام.", ("مطلع العام ذاته", "2019-01")),
    # the month last mentioned, a day or a part of it
    ("وجهت التهم في مارس 2021، وفي 22 من الشهر ذاته بدأت المحاكمة.", ("22 من الشهر ذاته", "2021-03-22")),
    ("وجهت التهم في حزيران 2021، وفي الثاني والعشرين من الشهر نفسه بدأت المحاكمة.",
     ("الثاني والعشرين من الشهر نفسه", "2021-06-22")),
    ("وجهت التهم في جوان 2021، وفي مطلع الشهر ذاته اعتقل المتهمون.", ("مطلع الشهر ذاته", "2021-06")),
    # a night of the day last mentioned
    ("قصفت الطائرات الحي يوم 3 مارس 2023، وفي الليلة نفسها نزح السكان.", ("الليلة نفسها", "2023-03-03")),
    ("قصفت الطائرات الحي يوم 3 مارس 2023، وفي تلك الليلة نزح السكان.", ("تلك الليلة", "2023-03-03")),
])
def test_periods_of_the_time_last_mentioned(sentence, expected):
    assert times(sentence)[-1] == expected


def test_the_night_of_the_day_last_mentioned_is_a_part_of_day():
    record = khabar.read("قصفت الطائرات الحي يوم 3 مارس 2023، وفي الليلة ذاتها نزح السكان.", published=PUBLISHED)
    assert (record.times[-1]["grain"], record.times[-1]["part"], record.times[-1]["anchor"]) == ("part-of-day", "night", "t1")


def test_this_month_s_part_is_still_the_anchor_s():
    assert times("ارتفعت الأسعار مطلع الشهر بنسبة كبيرة.") == [("مطلع الشهر", "2024-06")]


@pytest.mark.parametrize("sentence, expected", [
    ("امتدت الأزمة من 2011 إلى 2015 في البلاد.", ("من 2011 إلى 2015", "2011/2015")),
    ("تراجع الإنتاج بين 2014 و2016 بسبب الحرب.", ("بين 2014 و2016", "2014/2016")),
    # months, the first in the year of the second
    ("يستمر الحظر على الصيد من مارس إلى مايو الماضيين.", ("من مارس إلى مايو الماضيين", "2024-03/2024-05")),
    ("تراجعت الصادرات بين تشرين الثاني وكانون الثاني الماضيين.",
     ("بين تشرين الثاني وكانون الثاني الماضيين", "2023-11/2024-01")),
    # a day word and a date; a yearless end comes after the start (Maghrebi openers and closers)
    ("يتواصل حظر التجول بداية من اليوم وإلى غاية 27 أوت.", ("بداية من اليوم وإلى غاية 27 أوت", "2024-06-10/2024-08-27")),
    ("تغلق الإدارات من اليوم حتى 20 يونيو.", ("من اليوم حتى 20 يونيو", "2024-06-10/2024-06-20")),
    ("وستعلق الدراسة اعتبارا من 15 جوان وإلى غاية 30 سبتمبر.",
     ("اعتبارا من 15 جوان وإلى غاية 30 سبتمبر", "2024-06-15/2024-09-30")),
])
def test_ranges_of_years_months_and_days(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "يتراوح عدد المقاتلين بين 2000 و2500 مقاتل.",
    "ارتفع عدد المصابين من 1900 إلى 2300 شخص.",
])
def test_two_numbers_far_apart_count_something(sentence):
    assert times(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # after a day, a part-of-day adverb names a part of it
    ("وقع الانفجار الأحد فجرا في الميناء.", ("الأحد فجرا", "2024-06-09", "part-of-day")),
    ("دوت صفارات الإنذار أمس ليلا في المدينة.", ("أمس ليلا", "2024-06-09", "part-of-day")),
    # alone, a part of the day reported (last mentioned, else the publication day)
    ("وقالت الوزارة إن قوة من الجيش اعتقلت الوزير فجرا واقتادته إلى مكان مجهول.", ("فجرا", "2024-06-10", "part-of-day")),
    ("قصف الطيران المدينة يوم 3 مارس 2023، ثم عاد ليلا.", ("ليلا", "2023-03-03", "part-of-day")),
])
def test_parts_of_day_said_as_adverbs(sentence, expected):
    record = khabar.read(sentence, published=PUBLISHED)
    assert (record.times[-1]["text"], record.times[-1]["value"], record.times[-1]["grain"]) == expected


@pytest.mark.parametrize("sentence", [
    "يعمل الأطباء في المستشفى ليلا ونهارا.",
    "وتتواصل الغارات صباحا ومساء على القطاع.",
    "ودخلت البلاد عصرا جديدا من الانفتاح.",
])
def test_adverbs_of_all_the_time_are_no_part_of_a_day(sentence):
    assert times(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # counted from the day last mentioned by the words after the weekday
    ("في 7 أكتوبر 2023 شنت الحركة هجوما، وفي يوم الاثنين التالي أعلن الجيش الحصار.", ("يوم الاثنين التالي", "2023-10-09")),
    ("في 7 أكتوبر 2023 شنت الحركة هجوما، وفي الاثنين الذي تلاه أعلن الجيش الحصار.", ("الاثنين الذي تلاه", "2023-10-09")),
    ("اندلعت الاشتباكات في 3 مارس 2023، وفي الأحد السابق كانت الأوضاع هادئة.", ("الأحد السابق", "2023-02-26")),
    ("اجتمع المجلس الجمعة، وفي الاثنين التالي أعلن القرار.", ("الاثنين التالي", "2024-06-10")),
    # a bare weekday after a date its sentence gives, weeks before the anchor: that date's week
    ("اندلعت الاشتباكات يوم 3 مارس 2023 واستمرت حتى الأحد.", ("الأحد", "2023-03-05")),
    ("وقع هجوم 7 أكتوبر 2023 الذي شنته الحركة يوم السبت.", ("يوم السبت", "2023-10-07")),
])
def test_a_weekday_counted_from_a_day_the_text_tells(sentence, expected):
    assert times(sentence)[-1] == expected


def test_a_weekday_after_a_boundary_date_is_the_reporting_week_s():
    sentence = "قتل 4385 فلسطينيا منذ السابع من تشرين الأول/أكتوبر 2023، وفق ما أعلنت الوزارة السبت."
    assert times(sentence)[-1] == ("السبت", "2024-06-08")


@pytest.mark.parametrize("sentence, expected", [
    ("وقع الزلزال الكبير عام 2023م في المدينة.", ("عام 2023م", "2023")),
    ("وقع الزلزال في 25 مارس 2024م في المدينة.", ("25 مارس 2024م", "2024-03-25")),
    ("يتوقع أن يكتمل المشروع بحلول 2030 وفق الخطة.", ("2030", "2030")),
])
def test_years_with_the_era_mark_or_by_a_deadline(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # Levantine آب and Maghrebi ماي are words too: named a month by شهر or a direction
    ("وقع الانفجار في آب الماضي في المرفأ.", ("آب الماضي", "2023-08")),
    ("وقع الانفجار في شهر آب الماضي في المرفأ.", ("آب الماضي", "2023-08")),
    ("نظمت الانتخابات في ماي الفارط في كامل الولايات.", ("ماي الفارط", "2024-05")),
])
def test_months_that_are_also_words_with_shahr_or_a_direction(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "قال أب الضحية إن ابنه قتل في القصف.",
    "وقالت ماي إن الحكومة ستستقيل.",
])
def test_months_that_are_also_words_alone_are_no_times(sentence):
    assert times(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("تأسست الشركة عام 1998 وبدأت عملها بعد عامين.", ("بعد عامين", "2000")),
    ("سحبت الدول سفراءها في مارس 2014 في أزمة انتهت بعد ثمانية أشهر.", ("بعد ثمانية أشهر", "2014-11")),
])
def test_after_n_units_counts_from_the_year_or_month_its_sentence_told(sentence, expected):
    assert times(sentence)[-1] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("هاجر كثيرون من القرية في التسعينيات إلى الخارج.", ("التسعينيات", "1990/1999")),
    ("تعود جذور الأزمة إلى السبعينات حين بدأت الحرب.", ("السبعينات", "1970/1979")),
])
def test_a_decade_named_alone_is_of_the_twentieth_century(sentence, expected):
    assert times(sentence) == [expected]


def test_a_decade_that_may_be_this_century_s_is_left_alone():
    assert times("هاجر كثيرون من القرية في العشرينيات إلى الخارج.") == []


def test_an_ordinal_after_a_half_is_no_day_of_the_month():
    assert times("ويعقد الاجتماع في النصف الثاني من الشهر المقبل في جنيف.") == [("الشهر المقبل", "2024-07")]


@pytest.mark.parametrize("sentence, expected", [
    ("أعلنت الحكومة خطة للأعوام الخمسة المقبلة في البلاد.", ("للأعوام الخمسة المقبلة", "2025/2029")),
    ("وفقا للأرقام الرسمية للعام الماضي تراجع النمو.", ("للعام الماضي", "2023")),
    ("وقال مسؤول إن الأرقام الرسمية للأيام الثلاثة الماضية مرتفعة.", ("للأيام الثلاثة الماضية", "2024-06-07/2024-06-09")),
])
def test_periods_after_the_preposition_lam_that_takes_the_article_s_alif(sentence, expected):
    assert times(sentence) == [expected]


def test_after_noon_is_a_part_of_a_clock_time():
    assert times("وصل الوفد الساعة 2:30 بعد الظهر إلى المدينة.") == [("الساعة 2:30 بعد الظهر", "2024-06-10T14:30")]


@pytest.mark.parametrize("sentence", [
    "ويحتفل الأقباط بعيد الميلاد في 7 يناير من كل عام.",
    "ويحيي الفلسطينيون ذكرى النكبة في 15 مايو من كل سنة.",
])
def test_a_day_of_every_year_is_no_time(sentence):
    assert times(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("يبدأ الصيام غرة رمضان المقبل في كل الدول.", ("غرة رمضان المقبل", "2025-03-01")),
    ("أعلنت المحكمة العليا أن غرة شوال 1445 كانت يوم الأربعاء.", ("غرة شوال 1445", "2024-04-10")),
    ("وقعت الحادثة في غرة يناير 2020 في العاصمة.", ("غرة يناير 2020", "2020-01-01")),
])
def test_ghurra_is_the_first_day_of_the_month(sentence, expected):
    assert times(sentence)[0] == expected


@pytest.mark.parametrize("sentence", [
    "يقضي الأسير حكما بالسجن منذ 15 عاما في سجن النقب.",
    "ويقبع المعتقلون في السجون منذ ثلاث سنوات دون محاكمة.",
])
def test_since_after_a_lasting_state_is_how_long(sentence):
    assert times(sentence) == []


def test_the_new_word_lists_load_with_their_shapes():
    from khabar.times.calendars import _calendar
    from khabar.times.detect import relative_rules

    rules = relative_rules()
    parts = set(rules["parts_of_day"].values())
    assert all(rule["unit"] in {"week", "month"} and rule["offset"] in {-1, 0, 1} for rule in rules["same_periods"].values())
    assert all(rule["part"] in parts and isinstance(rule["offset"], int) for rule in rules["anaphoric_parts"].values())
    assert set(rules["part_adverbs"].values()) <= parts
    assert set(rules["weekday_anaphoric_directions"]) == {"following", "preceding"}
    assert all(isinstance(words, list) and words for words in rules["day_following_blockers"].values())
    for key in ("ago_bounds", "recurring_after", "plural_adjectives", "part_adverb_blockers", "same_markers"):
        assert rules[key] and all(isinstance(word, str) for word in rules[key])
    assert isinstance(rules["year_range_span"], int) and isinstance(rules["centuries"]["bare_decades_from"], int)
    assert _calendar()["first_day_words"]


@pytest.mark.parametrize("sentence, expected", [
    ("ارتفعت الصادرات خلال الثلاثي الأول من سنة 2024 في البلاد.", ("الثلاثي الأول من سنة 2024", "2024-01/2024-03")),
    ("ارتفعت الصادرات خلال السداسي الأول من العام الجاري في البلاد.", ("السداسي الأول من العام الجاري", "2024-01/2024-06")),
    ("انطلقت الحملة الانتخابية نهار السبت في بيروت.", ("نهار السبت", "2024-06-08")),
])
def test_maghrebi_quarters_and_halves_and_the_daytime_of_a_day(sentence, expected):
    assert times(sentence) == [expected]


def test_two_near_years_joined_by_a_dash_are_a_range():
    assert times("أقرت الحكومة الخطة الخمسية 2020-2025 في البلاد.") == [("2020-2025", "2020/2025")]
    assert times("سجل 2000-2500 مقاتل في صفوف القوات.") == []


def test_a_weekday_in_another_clause_than_the_told_date_is_the_reporting_week_s():
    sentence = "قتل 4385 فلسطينيا في الحرب التي اندلعت في 7 أكتوبر 2023، بحسب ما أعلنت الوزارة السبت."
    assert times(sentence)[-1] == ("السبت", "2024-06-08")


@pytest.mark.parametrize("sentence, expected", [
    ("وقعت الحادثة في يونيو من العام 2023 في المدينة.", ("يونيو من العام 2023", "2023-06")),
    ("وقعت الحادثة في 5 يونيو من العام 2023 في المدينة.", ("5 يونيو من العام 2023", "2023-06-05")),
    # the year named by a period right after the month, without من
    ("وقعت الحادثة في يونيو العام الماضي في المدينة.", ("يونيو العام الماضي", "2023-06")),
    ("وقعت الحادثة في 5 يونيو العام الماضي في المدينة.", ("5 يونيو العام الماضي", "2023-06-05")),
])
def test_a_month_of_a_year_named_with_the_article_or_by_a_period(sentence, expected):
    assert times(sentence) == [expected]


def test_a_part_of_day_adverb_after_a_bare_number_is_no_day_part():
    assert times("وصل القطار عند 7 صباحا إلى المحطة.") == []


@pytest.mark.parametrize("sentence, expected", [
    # a deadline without its year is the occurrence nearest the anchor
    ("يستمر حظر التجول في البلاد حتى 30 يونيو.", ("30 يونيو", "2024-06-30")),
    ("يستمر حظر التجول حتى 27 أوت في كامل الولايات.", ("27 أوت", "2024-08-27")),
    # a past one stays past
    ("استمرت الحرب في البلاد حتى 30 مايو.", ("30 مايو", "2024-05-30")),
    ("استمرت الحرب في البلاد حتى 30 ديسمبر.", ("30 ديسمبر", "2023-12-30")),
    # without a deadline word, the most recent past
    ("وقعت المعركة في البلاد في 30 يونيو.", ("30 يونيو", "2023-06-30")),
])
def test_a_yearless_deadline_is_its_nearest_occurrence(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # a year, a month, a day told first: the yearless date after it is in that period
    ("في عام 2019 اندلعت الاحتجاجات في البلاد، وفي 5 مارس خرج الآلاف إلى الشوارع.", ("5 مارس", "2019-03-05")),
    ("اعتقل في يناير 2020 وأفرج عنه في 5 مارس بكفالة.", ("5 مارس", "2020-03-05")),
    # the first such day from the told time on
    ("اعتقل في نوفمبر 2020 وأفرج عنه في 5 مارس بكفالة.", ("5 مارس", "2021-03-05")),
    ("وفي 2 أغسطس 1990 اجتاح العراق الكويت، وفي 17 يناير بدأت عملية عاصفة الصحراء.", ("17 يناير", "1991-01-17")),
    # the sentence right before, in the same paragraph
    ("اندلعت الحرب في 15 أبريل 2023. وفي 20 مايو وقع الطرفان هدنة قصيرة.", ("20 مايو", "2023-05-20")),
    ("وقعت الهجمات في 11 سبتمبر 2001. وبعد شهر، بدأ الغزو.", ("بعد شهر", "2001-10")),
    # a month without its year
    ("انتخب رئيسا في يونيو 2014، وفي يناير أعلن خطة إصلاح.", ("يناير", "2015-01")),
])
def test_a_yearless_time_in_a_narrative_of_an_earlier_period(sentence, expected):
    assert times(sentence)[-1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a time that is only a boundary frames nothing
    ("وتخوض الحركة تمردا منذ عام 2007، وفي 5 مارس شنت هجوما جديدا.", ("5 مارس", "2024-03-05")),
    # another paragraph is another story
    ("اندلعت الحرب في 15 أبريل 2023.\n\nوفي 20 مايو وقع الطرفان هدنة قصيرة.", ("20 مايو", "2024-05-20")),
    # a direction word reads against the publication date
    ("انتخب رئيسا في يونيو 2014، وفي يناير الماضي أعلن خطة إصلاح.", ("يناير الماضي", "2024-01")),
    # the future, too
    ("اعتقل في يناير 2020، ومن المقرر أن تبدأ محاكمته في 5 مارس.", ("5 مارس", "2025-03-05")),
])
def test_a_narrative_frame_needs_a_told_time_right_before(sentence, expected):
    assert times(sentence)[-1] == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # a season over before the anchor's month; winter runs into the next year
    ("وفي الخريف الماضي بدأت الأزمة.", PUBLISHED, ("الخريف الماضي", "2023-09/2023-11")),
    ("وكان الجفاف قد ضرب البلاد الصيف الماضي.", PUBLISHED, ("الصيف الماضي", "2023-06/2023-08")),
    ("وتراجعت الأمطار خلال فصل الشتاء الماضي.", PUBLISHED, ("فصل الشتاء الماضي", "2023-12/2024-02")),
    ("وتراجعت الأمطار خلال الشتاء الماضي.", "2024-01-15", ("الشتاء الماضي", "2022-12/2023-02")),
    # the first to begin after the anchor, and the one it is in
    ("ويتوقع أن تنتهي الأشغال في الربيع المقبل.", PUBLISHED, ("الربيع المقبل", "2025-03/2025-05")),
    ("وتستعد البلاد للشتاء المقبل.", PUBLISHED, ("للشتاء المقبل", "2024-12/2025-02")),
    ("وارتفعت أسعار التدفئة خلال الشتاء الحالي.", "2024-01-15", ("الشتاء الحالي", "2023-12/2024-02")),
])
def test_a_season_named_by_its_direction(sentence, published, expected):
    assert times(sentence, published) == [expected]


def test_a_season_without_a_direction_or_year_is_no_time():
    assert times("وتشهد المنطقة في الصيف موجات حر شديدة.") == []


@pytest.mark.parametrize("sentence", [
    "وأضاف الوزير، في تصريحات لـ«المصري اليوم»، أن الدولة قدمت خدمات التشخيص مجانا.",
    "وقال في مقابلة مع قناة روسيا اليوم إن الحرب مستمرة.",
    "ونقلت صحيفة \"الغد\" عن مصدر حكومي أن القرار نهائي.",
])
def test_a_time_word_inside_an_organisation_s_name_is_part_of_the_name(sentence):
    assert times(sentence) == []


def test_an_event_s_name_keeps_its_time():
    assert times("وقتل المئات في هجوم 7 أكتوبر 2023 على البلدات الإسرائيلية.") == [("7 أكتوبر 2023", "2023-10-07")]


def test_the_nth_day_of_a_month_is_a_date_not_the_nth_day_of_the_story():
    assert times("وتقرر استئناف مشاركة الوفود اعتباراً من اليوم السابع من أيار الجاري.", "2023-05-20") == [
        ("السابع من أيار الجاري", "2023-05-07")]


@pytest.mark.parametrize("sentence", [
    "ويتوقع الإعلان عن الحكومة في الأيام القليلة المقبلة.",
    "ويرى اقتصاديون أن الصادرات قد تتراجع خلال الأشهر المقبلة.",
    "وتوعد بمزيد من العقوبات خلال الأسابيع المقبلة.",
])
def test_an_uncounted_span_ahead_is_a_horizon_not_a_time(sentence):
    assert times(sentence) == []


def test_all_night_long_is_a_duration_but_during_the_night_a_time():
    assert times("وقال إنه اختبأ في غرفة بالطابق الثاني طوال الليل.") == []
    assert times("وأفاد شهود بأن المياه اجتاحت المنازل خلال الليل.") == [("خلال الليل", "2024-06-09/2024-06-10")]


@pytest.mark.parametrize("sentence, expected", [
    ("ويتوقع الإعلان عن الحكومة خلال الأيام الثلاثة المقبلة.", ("الأيام الثلاثة المقبلة", "2024-06-11/2024-06-13")),
])
def test_a_counted_span_ahead_is_a_time(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "المحكمة الدولية بعد 15 عاماً: إدانة متهم واحد.",
    "وعاد اللاجئون إلى قراهم بعد ثلاث سنوات.",
])
def test_after_n_units_in_the_past_with_no_day_told_is_how_long_not_when(sentence):
    assert times(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the future counts from the publication date
    ("وقال الوزير إن الحكومة ستعلن النتائج بعد أسبوع.", ("بعد أسبوع", "2024-06-17")),
    # the past from the day its sentence told
    ("هاجم المسلحون القرية في 3 مارس 2023، وعادوا بعد يومين.", ("بعد يومين", "2023-03-05")),
])
def test_after_n_units_counts_from_the_anchor_or_a_told_day(sentence, expected):
    assert times(sentence)[-1] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("وبحسب مصادر أمنية، نقل المعتقلون نهاية الأسبوع الماضي إلى الشمال.", ("نهاية الأسبوع الماضي", "2024-06-08/2024-06-09")),
    ("ستعقد القمة نهاية الأسبوع الجاري في الرياض.", ("نهاية الأسبوع الجاري", "2024-06-15/2024-06-16")),
    ("يزور الرئيس باريس نهاية الأسبوع المقبل.", ("نهاية الأسبوع المقبل", "2024-06-22/2024-06-23")),
    # said of the past on a Monday: the weekend just over
    ("وتظاهر الآلاف خلال عطلة نهاية الأسبوع في العاصمة.", ("نهاية الأسبوع", "2024-06-08/2024-06-09")),
])
def test_the_end_of_a_week_is_its_weekend(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "وطالب نواب في تصريحات لـ\"الغد\" بمحاسبة المقصرين.",
    "وقال الوزير لصحيفة «اليوم» إن الخطة جاهزة.",
])
def test_a_day_word_that_is_all_a_quotation_holds_is_a_name(sentence):
    assert times(sentence) == []


def test_a_day_word_inside_a_longer_quotation_is_a_time():
    assert times("وقال الوزير: «وصلنا اليوم إلى اتفاق».") == [("اليوم", "2024-06-10")]


@pytest.mark.parametrize("sentence, expected", [
    ("صدر القرار في الأسبوع الأول من مايو.", ("الأسبوع الأول من مايو", "2024-05-01/2024-05-07")),
    ("في الأسبوع الثالث من يناير 2023 اندلعت الاحتجاجات.", ("الأسبوع الثالث من يناير 2023", "2023-01-15/2023-01-21")),
    ("وقعت الهجمات خلال الأسبوع الأخير من الشهر الماضي.", ("الأسبوع الأخير من الشهر الماضي", "2024-05-25/2024-05-31")),
    ("وعاد الهدوء في الأسبوع الثاني من أكتوبر الماضي.", ("الأسبوع الثاني من أكتوبر الماضي", "2023-10-08/2023-10-14")),
])
def test_a_week_of_a_month_by_its_rank(sentence, expected):
    assert times(sentence) == [expected]


def test_a_week_of_a_war_is_no_week_of_a_month():
    assert times("ونزح الآلاف خلال الأسبوع الأول من الحرب.") == []


def test_a_date_inside_the_next_sentence_reports_the_news_not_the_story_before():
    got = times("واندلعت الحرب في السودان في 15 أبريل 2023. وقال الجيش في 3 يونيو إنه استعاد مواقع.")
    assert got[-1] == ("3 يونيو", "2024-06-03")


@pytest.mark.parametrize("sentence, expected", [
    # an effective-from phrase before a yearless date: the occurrence nearest the anchor (10 June 2024)
    ("وقالت الوزارة إن التعرفة الجديدة تسري ابتداء من الأول من يوليو.", [("الأول من يوليو", "2024-07-01")]),
    ("يطبق القرار اعتباراً من 15 أوت على كل الولايات.", [("15 أوت", "2024-08-15")]),
    ("وتلتزم الشركات بالأسعار الجديدة بدءا من 20 يونيو.", [("20 يونيو", "2024-06-20")]),
    # a near past one stays past
    ("وأوقفت الحكومة التصدير اعتبارا من 20 مايو.", [("20 مايو", "2024-05-20")]),
    # without such a phrase, the most recent past
    ("وقعت الاشتباكات في الأول من يوليو قرب الحدود.", [("الأول من يوليو", "2023-07-01")]),
])
def test_a_yearless_date_an_order_takes_effect_from_is_its_nearest_occurrence(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the dual noun and two months running: one span
    ("وسيستمر الخفض خلال شهري يوليو وأغسطس المقبلين.", [("شهري يوليو وأغسطس المقبلين", "2024-07/2024-08")]),
    ("تراجعت الصادرات في شهري مارس وأبريل.", [("شهري مارس وأبريل", "2024-03/2024-04")]),
    ("ارتفعت الأسعار بشهري كانون الثاني وشباط الماضيين.", [("بشهري كانون الثاني وشباط الماضيين", "2024-01/2024-02")]),
    # two months apart are two times; two months without the dual noun too
    ("ارتفعت الأسعار في شهري يناير ومارس.", [("يناير", "2024-01"), ("مارس", "2024-03")]),
    ("ارتفعت الأسعار في يناير وفبراير.", [("يناير", "2024-01"), ("فبراير", "2024-02")]),
])
def test_a_dual_month_noun_joins_two_months_running(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a month to a part of the year, a month to a month period: one range
    ("يتقلص الخفض من يوليو حتى نهاية العام الجاري.", [("من يوليو حتى نهاية العام الجاري", "2024-07/2024-12")]),
    ("تبقى الرسوم مجمدة من سبتمبر حتى مطلع العام المقبل.", [("من سبتمبر حتى مطلع العام المقبل", "2024-09/2025-01")]),
    ("تراجعت المبيعات من مارس إلى الشهر الماضي.", [("من مارس إلى الشهر الماضي", "2024-03/2024-05")]),
    # without the opening من, two times
    ("سجل التضخم في يوليو ونهاية العام الماضي أعلى مستوياته.", [("يوليو", "2023-07"), ("نهاية العام الماضي", "2023-12")]),
])
def test_a_range_from_a_month_to_a_part_of_a_year_or_a_month_period(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a comma sets a dated day off from "today": two times, as the annotators list them
    ("أعلنت الفصائل، فجر اليوم، الاثنين 10 من حزيران، سيطرتها على المدينة.",
     [("فجر اليوم", "2024-06-10"), ("الاثنين 10 من حزيران", "2024-06-10")]),
    # side by side, in brackets, with a joiner or a bare weekday set off by commas (round 21: the one
    # dev article that writes it, madamasr-2019-09-22, lists "مساء أمس، السبت" as one time): one day
    ("وقال الوزير أمس، الأحد، إن المفاوضات مستمرة.", [("أمس، الأحد", "2024-06-09")]),
    ("وقال الوزير اليوم الاثنين إن المفاوضات مستمرة.", [("اليوم الاثنين", "2024-06-10")]),
    ("وقال الوزير أمس (الأحد) إن المفاوضات مستمرة.", [("أمس (الأحد)", "2024-06-09")]),
    ("وصل الوفد يوم الجمعة، الموافق 7 حزيران، إلى العاصمة.", [("يوم الجمعة، الموافق 7 حزيران", "2024-06-07")]),
])
def test_a_comma_after_today_or_yesterday_keeps_the_dated_day_apart(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a day word right after an outlet's head noun is the outlet's name
    ("نقلت قناة الغد عن مصادر أن المفاوضات توقفت.", []),
    ("وقال المتحدث لصحيفة اليوم إن الخطة جاهزة.", []),
    ("وذكرت جريدة الغد الأردنية أن الحكومة تدرس الخطة.", []),
    # the outlet with its article, or the day after a verb: a time
    ("ونشر الموقع اليوم تقريرا جديدا عن الأزمة.", [("اليوم", "2024-06-10")]),
    ("وتبث القناة غدا مقابلة مع الرئيس.", [("غدا", "2024-06-11")]),
])
def test_a_day_word_after_an_outlet_head_is_the_outlets_name(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the Friday preacher or imam is a person, not a day
    ("وقال إمام الجمعة في طهران إن إيران سترد.", []),
    ("واعتقل الناشط بعد مقاطعته خطيب الجمعة في أحد المساجد.", []),
    # the prayer of a Friday, or a preacher speaking on Friday: a day
    ("وخرج المصلون بعد صلاة الجمعة في مسيرات.", [("الجمعة", "2024-06-07")]),
    ("وقال خطيب المسجد الجمعة إن الصبر واجب.", [("الجمعة", "2024-06-07")]),
])
def test_the_friday_preacher_is_no_day(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a story told in a year the text gives goes on in it, date after date
    ("وفي عام 2011، اندلعت الثورة في 25 يناير واستمرت حتى تنحي الرئيس في 11 فبراير.",
     [("عام 2011", "2011"), ("25 يناير", "2011-01-25"), ("11 فبراير", "2011-02-11")]),
    ("اعتقل الصحفي في نوفمبر 2020، وأحيل إلى المحكمة في 3 يناير، ثم أفرج عنه في 15 مارس.",
     [("نوفمبر 2020", "2020-11"), ("3 يناير", "2021-01-03"), ("15 مارس", "2021-03-15")]),
    # a day read against the publication date frames no story: the next date is read against it too
    ("عاد الوفد أمس، وكان قد غادر في 3 مايو.", [("أمس", "2024-06-09"), ("3 مايو", "2024-05-03")]),
])
def test_a_story_goes_on_in_the_year_the_text_gave_it(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    # "the same day" of an event told after a day something was reported: the event's day
    ("قتل عشرة أشخاص في تفجير مساء السبت. وكان الوزير قد أعلن، أمس الأحد، أن الحصيلة ارتفعت. "
     "وفي هجوم ثان في اليوم ذاته، انفجرت سيارة مفخخة.", ("اليوم ذاته", "2024-06-08")),
    ("اقتحمت القوات المخيم فجر الخميس، بحسب ما أفاد به شهود الجمعة. وفي اليوم نفسه قصفت الطائرات "
     "حيا مجاورا.", ("اليوم نفسه", "2024-06-06")),
    # the same day of a report ("أعلنت"): the day last mentioned
    ("قتل عشرة أشخاص في تفجير مساء السبت. وكان الوزير قد أعلن، أمس الأحد، أن الحصيلة ارتفعت. "
     "وفي اليوم نفسه أعلنت الشرطة اعتقال مشتبه به.", ("اليوم نفسه", "2024-06-09")),
    # no report between: the day last mentioned
    ("قصفت الطائرات المدينة الخميس، وفي اليوم نفسه انقطعت الكهرباء.", ("اليوم نفسه", "2024-06-06")),
])
def test_the_same_day_is_the_story_s_day_not_a_report_s(text, expected):
    assert times(text)[-1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a quarter named alone: the latest begun by the anchor (10 June 2024), the coming one in a future sentence
    ("وتوقع محللون أن تبقى الأسعار تحت الضغط خلال الربع الثاني.", [("الربع الثاني", "2024-04/2024-06")]),
    ("ونما الاقتصاد بنسبة 2 في المئة في الربع الأخير.", [("الربع الأخير", "2023-10/2023-12")]),
    ("وسيرتفع الإنتاج في الثلاثي الثالث حسب الوزارة.", [("الثلاثي الثالث", "2024-07/2024-09")]),
    # the quarter of something else, or a fraction: no time
    ("وتقدم الفريق في الربع الأول من المباراة.", []),
    ("وخسر الفريق في الربع الأول لصالح منافسه.", []),
    # a half named alone is no time (a match's as often as a year's)
    ("وسجل الفريق هدفين في النصف الأول.", []),
])
def test_a_quarter_named_alone_is_the_anchor_s_latest(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a habitual adverb before a month, a yearless date or a range of them: every year, no time
    ("يذكر أن موسم الأمطار يمتد عادة من يونيو إلى أكتوبر.", []),
    ("ويحتفل الأقباط سنويا في 7 يناير بعيد الميلاد.", []),
    ("وتنخفض أسعار الخضر في العادة في أغسطس.", []),
    # without one, or with a year given: a time
    ("وقال إن أسعار الخضر انخفضت في أغسطس.", [("أغسطس", "2023-08")]),
    ("وكانت الأمطار عادة تبدأ في يونيو 2019 مبكرا.", [("يونيو 2019", "2019-06")]),
])
def test_a_habitual_month_or_date_is_no_time(sentence, expected):
    assert times(sentence) == expected


def test_the_mauritanian_august_is_a_month():
    """Mauritanian outlets write August أغشت (Moroccan غشت, Algerian أوت)."""
    assert times("وجرى الاستفتاء في 5 أغشت 2017 وسط مقاطعة المعارضة.") == [("5 أغشت 2017", "2017-08-05")]
