"""Times: detection spans and ISO values, resolved against the publication date."""

import pytest

import khabar

PUBLISHED = "2024-06-10"  # a Monday


def times(sentence, published=PUBLISHED):
    record = khabar.read(sentence, published=published)
    return [(t["text"], t["value"], t["grain"]) for t in record.times]


@pytest.mark.parametrize("sentence, expected", [
    ("وقع الهجوم في 7 أكتوبر 2023 على البلدات.", ("7 أكتوبر 2023", "2023-10-07", "day")),
    ("وقع الهجوم في 7/10/2023 على البلدات.", ("7/10/2023", "2023-10-07", "day")),
    ("وصل الوفد في ١٠ يونيو إلى القاهرة.", ("١٠ يونيو", "2024-06-10", "day")),
    ("منذ الـ7 من أكتوبر تغير كل شيء.", ("الـ7 من أكتوبر", "2023-10-07", "day")),
    ("في 7 أكتوبر/تشرين الأول الماضي اندلعت الحرب.", ("7 أكتوبر/تشرين الأول الماضي", "2023-10-07", "day")),
    ("عقد الاجتماع في 3 كانون الثاني 2024 ببيروت.", ("3 كانون الثاني 2024", "2024-01-03", "day")),
    ("جرت الانتخابات يوم 12 جوان الماضي.", ("يوم 12 جوان الماضي", "2023-06-12", "day")),
    ("أعلنت الوزارة في 5 جويلية 2023 النتائج.", ("5 جويلية 2023", "2023-07-05", "day")),
    ("بدأ الصيام في 1 رمضان 1445 هـ كما أعلن.", ("1 رمضان 1445 هـ", "2024-03-11", "day")),
    ("وقع الانفجار أمس في المرفأ.", ("أمس", "2024-06-09", "day")),
    ("وقع الانفجار أول أمس في المرفأ.", ("أول أمس", "2024-06-08", "day")),
    ("يصل الوزير غدًا إلى عمان.", ("غدًا", "2024-06-11", "day")),
    ("قصفت الطائرات المدينة الليلة الماضية.", ("الليلة الماضية", "2024-06-09", "part-of-day")),
    ("اجتمع الوزراء الأربعاء الماضي.", ("الأربعاء الماضي", "2024-06-05", "day")),
    ("اجتمع الوزراء الاثنين الماضي.", ("الاثنين الماضي", "2024-06-03", "day")),
    ("وسيجتمع الوزراء الخميس المقبل.", ("الخميس المقبل", "2024-06-13", "day")),
    ("وقالت الوزارة، الجمعة، إن القصف استمر.", ("الجمعة", "2024-06-07", "day")),
    ("ارتفعت الأسعار الأسبوع الماضي.", ("الأسبوع الماضي", "2024-W23", "week")),
    ("ارتفعت الأسعار الشهر الماضي.", ("الشهر الماضي", "2024-05", "month")),
    ("تراجع النمو العام الماضي.", ("العام الماضي", "2023", "year")),
    ("وصلت الشحنة قبل يومين إلى الميناء.", ("قبل يومين", "2024-06-08", "day")),
    ("اعتقل قبل ثلاثة أيام في الخليل.", ("قبل ثلاثة أيام", "2024-06-07", "day")),
    ("غادر البلاد منذ ثلاثة أشهر تقريبا.", ("منذ ثلاثة أشهر", "2024-03", "month")),
    # a part of a period is valued at the month that holds it (gold: "مطلع العام" = 2023-01)
    ("ارتفعت الأسعار مطلع الشهر بنسبة كبيرة.", ("مطلع الشهر", "2024-06", "month")),
    ("تجرى الانتخابات أواخر العام.", ("أواخر العام", "2024-12", "month")),
    ("يبدأ العمل في المشروع مطلع عام 2025.", ("مطلع عام 2025", "2025-01/2025-03", "range")),
    ("تراجع الاقتصاد منذ منتصف العام الماضي.", ("منتصف العام الماضي", "2023-06/2023-07", "range")),
    ("انخفضت المبيعات مطلع الأسبوع.", ("مطلع الأسبوع", "2024-W24", "week")),
    # seasons, year anaphora, year lexicon
    ("اندلعت الحرب في ربيع عام 2022.", ("ربيع عام 2022", "2022-03/2022-05", "range")),
    ("ارتفعت الأسعار في شتاء العام الماضي.", ("شتاء العام الماضي", "2023-12/2024-02", "range")),
    ("ارتفع التضخم هذه السنة.", ("هذه السنة", "2024", "year")),
    ("ارتفع التضخم خلال السنة الجارية.", ("السنة الجارية", "2024", "year")),
    ("ظل السعر ثابتا منذ مارس من العام الماضي.", ("مارس من العام الماضي", "2023-03", "month")),
    ("نفى غولن، المقيم هناك منذ عام 1999، التهم.", ("عام 1999", "1999", "year")),
    ("تراجعت المشاركة مقارنة بتشريعيات 2017.", ("2017", "2017", "year")),
    ("انتشر الوباء منذ نحو أسبوع في المدينة.", ("منذ نحو أسبوع", "2024-06-03", "day")),
    # several units before or after today
    ("تتركز الإصابات في الأسابيع الأربعة الأخيرة.", ("الأسابيع الأربعة الأخيرة", "2024-05-13/2024-06-09", "range")),
    # ranges
    ("جرى الاستفتاء من السبت إلى الاثنين الماضيين.", ("من السبت إلى الاثنين الماضيين", "2024-06-01/2024-06-03", "range")),
    ("أدلوا بأصواتهم في الفترة من 19 إلى 21 أبريل الجاري.", ("الفترة من 19 إلى 21 أبريل الجاري", "2024-04-19/2024-04-21", "range")),
    ("اندلعت الحرب الأهلية بين عامي 1975 و1990.", ("بين عامي 1975 و1990", "1975/1990", "range")),
    ("قصفت الطائرات الحي مساء الجمعة.", ("مساء الجمعة", "2024-06-07", "part-of-day")),
    ("وفي عام 2020 انفجر المرفأ.", ("عام 2020", "2020", "year")),
    ("وفي 2017 انفجر المرفأ.", ("2017", "2017", "year")),
    ("تأسست الحركة في مارس 2011 وسط الاحتجاجات.", ("مارس 2011", "2011-03", "month")),
])
def test_single_time(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("وصل الوفد اليوم الجمعة إلى القاهرة.", ("اليوم الجمعة", "2024-06-10")),
    ("تظاهر الآلاف أمس الأحد أمام السفارة.", ("أمس الأحد", "2024-06-09")),
    ("وافق المجلس يوم الثلاثاء 4 يونيو الجاري على القانون.", ("يوم الثلاثاء 4 يونيو الجاري", "2024-06-04")),
    ("أعلن ترامب في الثامن من مايو/أيار انسحابه.", ("الثامن من مايو/أيار", "2024-05-08")),
])
def test_expressions_naming_one_day_become_one(sentence, expected):
    assert [(t, v) for t, v, _ in times(sentence)] == [expected]


def test_a_count_from_another_event_is_not_a_date():
    assert times("وتأتي العملية بعد أسبوعين من مقتل سبعة فلسطينيين.") == []


def test_year_left_out_takes_the_future_when_the_text_says_so():
    assert times("ومن المقرر أن تعقد القمة في 20 سبتمبر بالرياض.") == [("20 سبتمبر", "2024-09-20", "day")]
    assert times("عقدت القمة في 20 سبتمبر بالرياض.") == [("20 سبتمبر", "2023-09-20", "day")]


def test_anaphoric_day_takes_the_day_last_mentioned():
    record = khabar.read("اندلعت الاشتباكات في 3 مارس. وقتل في ذلك اليوم عشرة أشخاص. وقال الجيش اليوم إن الوضع هادئ.",
                         published=PUBLISHED)
    values = {t["text"]: (t["value"], t["anchor"]) for t in record.times}
    assert values["3 مارس"] == ("2024-03-03", "published")
    assert values["ذلك اليوم"] == ("2024-03-03", "t1")
    assert values["اليوم"] == ("2024-06-10", "published")


@pytest.mark.parametrize("sentence", [
    "وقال أحد المسؤولين إن الوضع صعب.",
    "قتل 274 شخصا وأصيب 698 آخرون.",
    "الحرب المستمرة منذ 8 أشهر دمرت القطاع.",
    "وكان عمره 30 عامًا عند اعتقاله.",
    "شارك الأحد عشر لاعبا في المباراة.",
    "يحتفل العالم باليوم العالمي للاجئين.",
    "وجاء التبادل بعد يوم واحد من هجوم واسع.",
    "ويأتي الهجوم بعد نحو عام على جريمة الخطف.",
])
def test_not_times(sentence):
    assert times(sentence) == []


def test_relative_times_stay_unresolved_without_a_publication_date():
    record = khabar.read("عنوان\n\nوقع الانفجار أمس في المرفأ، بعد اجتماع 5 مايو 2023.")
    values = {t["text"]: t["value"] for t in record.times}
    assert values == {"أمس": None, "5 مايو 2023": "2023-05-05"}


def test_date_line_is_metadata_not_a_reported_time(canonical_record):
    texts = [t["text"] for t in canonical_record.times]
    assert "10 يونيو 2024" not in texts


def test_canonical_article_times(canonical_record):
    got = [(t["text"], t["value"]) for t in canonical_record.times]
    assert got == [
        ("18 أكتوبر 2023", "2023-10-18"),
        ("7 أكتوبر/تشرين الأول", "2023-10-07"),
        ("ذلك اليوم", "2023-10-07"),
        ("الأحد", "2024-06-09"),
        ("7 أكتوبر", "2023-10-07"),
        ("نوفمبر/تشرين الثاني الماضي", "2023-11"),
        ("صباح السبت الماضي", "2024-06-08"),
        ("اليوم", "2024-06-10"),
    ]
    anaphoric = canonical_record.times[2]
    assert anaphoric["anchor"] == "t2"


def test_calendar_data_loads_and_covers_every_month():
    from khabar.times.calendars import hijri_month_names, month_names, weekday_names

    assert set(month_names().values()) == set(range(1, 13))
    assert set(hijri_month_names().values()) == set(range(1, 13))
    assert set(weekday_names().values()) == set(range(1, 8))
    for name in ["حزيران", "جوان", "يونيو", "كانون الأول", "أوت", "غشت"]:
        from khabar.text.normalise import normalise_word
        assert normalise_word(name) in month_names()


@pytest.mark.parametrize("sentence, expected", [
    ("بدأت العملية نحو الساعة الواحدة فجرا.", ("نحو الساعة الواحدة فجرا", "2024-06-10T01:00")),
    ("وصل الوفد الساعة العاشرة صباحا يوم السبت الماضي.", ("الساعة العاشرة صباحا يوم السبت الماضي", "2024-06-08T10:00")),
    ("اجتمع الوزراء يوم السبت الماضي وانتهى الاجتماع الساعة العاشرة صباحا.", ("الساعة العاشرة صباحا", "2024-06-08T10:00")),
    ("تنطلق القمة الساعة 4:30 مساء.", ("الساعة 4:30 مساء", "2024-06-10T16:30")),
    ("انتهى الاجتماع عند الساعة الثالثة والنصف عصرا.", ("الساعة الثالثة والنصف عصرا", "2024-06-10T15:30")),
])
def test_clock_times_take_the_day_of_their_sentence(sentence, expected):
    assert next((t, v) for t, v, _ in times(sentence) if "T" in (v or "")) == expected


def test_years_joined_to_a_year_are_years():
    assert times("شهدت تركيا انقلابات في أعوام 1960 و1971 و1980.") == [
        ("أعوام 1960", "1960", "year"), ("1971", "1971", "year"), ("1980", "1980", "year")]
    assert [v for _, v, _ in times("تنتهي الولاية في عام 2024 بدلا من 2022.")] == ["2024", "2022"]


def test_same_year_takes_the_year_last_mentioned():
    got = times("خطف الفتى في يوليو 2014، وقتلت العائلة في صيف العام نفسه.")
    assert got[-1] == ("صيف العام نفسه", "2014-06/2014-08", "range")


def test_a_present_verb_of_a_scheduled_start_speaks_of_the_future():
    assert times("وتنطلق الحملة الخميس في كل المدن.") == [("الخميس", "2024-06-13", "day")]
    assert times("وتبدأ الامتحانات في 20 يوليو.") == [("20 يوليو", "2024-07-20", "day")]
    # after أن the verb tells of the past; the past tense and verbs of lasting do too
    assert times("توقف القصف قبل أن يبدأ مجددا الخميس.") == [("الخميس", "2024-06-06", "day")]
    assert times("وانطلقت الحملة الخميس في كل المدن.") == [("الخميس", "2024-06-06", "day")]
    assert times("وتستمر الاحتجاجات منذ الخميس.") == [("الخميس", "2024-06-06", "day")]


def test_a_curfews_nightly_hours_are_no_time():
    assert times("وفرض حظر التجوال من السادسة مساء حتى السادسة صباحا.") == []
    assert times("ويغلق الجسر يوميا من العاشرة ليلا حتى الخامسة صباحا.") == []
    # without a word of a nightly window, or with the days named, the hours are the story's
    assert len(times("وامتد الاجتماع من التاسعة مساء إلى الثانية صباحا.")) == 2
    assert len(times("واستمر القصف من العاشرة مساء أمس حتى الرابعة فجر اليوم رغم حظر التجول.")) == 2


def test_years_after_that_count_from_the_year_last_named():
    assert times("تأسست الشركة عام 2010، وبعد ذلك بعامين طرحت أسهمها.")[-1] == ("بعد ذلك بعامين", "2012", "year")
    assert times("انتخب عام 2005، وقبل ذلك بعام كان وزيرا.")[-1] == ("قبل ذلك بعام", "2004", "year")
    # with no time before it, it stays unresolved
    assert times("وقبل ذلك بثلاث سنوات كانت الشركة قد تأسست.") == [("قبل ذلك بثلاث سنوات", None, "day")]


def test_the_nth_day_of_something_is_the_day_reported():
    # with a day before it: that day; with none: the publication day
    got = times("أفرج عن 17 محتجزا مساء السبت في اليوم الثالث من الهدنة.")
    assert got[-1] == ("اليوم الثالث", "2024-06-08", "day")
    assert times("اليوم الثاني لعدوان جنين: نزوح آلاف السكان") == [("اليوم الثاني", "2024-06-10", "day")]
    # "for the Nth day in a row" counts how long something goes on, like a duration: no time
    # (4 of the 5 dev articles that write it list no time for it)
    got = times("ضربت الطائرات الأحد. وتواصلت الاحتفالات لليوم الثاني على التوالي.")
    assert got == [("الأحد", "2024-06-09", "day")]
    assert times("وواصل الغواصون لليوم الثالث البحث عن المفقودين.") == []


def test_a_future_cue_only_moves_the_times_after_it():
    got = times("وكان هنغبي قد أعلن مساء الأربعاء أن الإفراج لن يبدأ قبل يوم الجمعة.")
    assert [(t, v) for t, v, _ in got] == [("مساء الأربعاء", "2024-06-05"), ("يوم الجمعة", "2024-06-14")]
    # the future prefix is read from the tokens: "سياسي" is no future verb
    got = times("وقال في بيان إنه يدعم الحل السياسي، وكان قد أعلن وقف العمليات اعتبارا من صباح الأربعاء.")
    assert got == [("صباح الأربعاء", "2024-06-05", "part-of-day")]


def test_clock_times_take_the_day_named_after_them():
    got = times("تدخل الهدنة حيز التنفيذ في السابعة من صباح غد الجمعة، على أن يفرج عنهم في الرابعة عصراً من اليوم نفسه.",
                published="2023-11-23")
    assert [(t, v) for t, v, _ in got] == [("السابعة من صباح غد الجمعة", "2023-11-24T07:00"),
                                          ("الرابعة عصراً من اليوم نفسه", "2023-11-24T16:00")]
    got = times("صمدت الهدنة منذ سريانها يوم الجمعة في الساعة السابعة صباحا (0500 بتوقيت جرينتش).",
                published="2023-11-24")
    assert got[-1] == ("0500 بتوقيت جرينتش", "2023-11-24T05:00Z", "time")


def test_without_a_date_line_relative_times_are_read_against_the_leads_full_date():
    text = ("عنوان الخبر\n\nأعلنت كييف وموسكو، يوم الأربعاء (الثالث من يناير/ كانون الثاني 2024)، "
            "إتمام عملية تبادل للأسرى بعد مفاوضات طويلة بين الطرفين.\n\n"
            "وكان الطرفان قد اتفقا في الثاني من يناير على التفاصيل، وقال مسؤول أمس إن التبادل تم.")
    record = khabar.read(text)
    assert record.published is None
    values = {t["text"]: (t["value"], t["anchor"]) for t in record.times}
    lead = next(t["id"] for t in record.times if t["value"] == "2024-01-03")
    assert values["الثاني من يناير"] == ("2024-01-02", lead)
    assert values["أمس"] == ("2024-01-02", lead)


def test_relative_data_loads():
    from khabar.times.detect import relative_rules

    rules = relative_rules()
    assert set(rules["plural_units"].values()) <= {"day", "week", "month", "hour", "year"}
    assert set(rules["plural_directions"].values()) == {-1, 1}
    assert all(len(months) == 2 for months in rules["seasons"].values())


def test_a_hijri_day_without_its_year_takes_the_anchors_hijri_year():
    assert times("اندلع التصعيد في ٢٨ رمضان الماضي في القطاع.", published="2021-05-21") == [
        ("٢٨ رمضان الماضي", "2021-05-10", "day")]
    assert times("يبدأ الصيام في 1 رمضان المقبل.", published="2021-05-21") == [("1 رمضان المقبل", "2022-04-02", "day")]
    assert times("حصل على 5 صفر في الامتحان.") == []  # no direction: not a date


def test_word_lists_of_the_detector_are_data():
    from khabar.times.calendars import direction_words
    from khabar.times.detect import relative_rules

    rules = relative_rules()
    assert set(rules["directions"]) == {"past", "next", "current"}
    assert set(direction_words().values()) == {"past", "next", "current"}
    assert set(rules["plural_directions_of_weekdays"]) <= {"past", "next"}
    assert set(rules["bare_periods"].values()) <= {"week", "month", "year"}
    for key in ("year_words", "year_prepositions", "approximators", "singular_units", "consecutive",
                "range_joiners", "period_part_prepositions", "period_nouns", "future_prefix_tokens"):
        assert rules[key] and all(isinstance(w, str) and w for w in rules[key]), key
    assert {"hour_nouns", "half", "quarter", "less_word", "less_fractions", "gmt", "gmt_cue", "minute_nouns", "minute_numbers"} <= set(rules["clock"])
    assert all(0 < m < 60 for m in rules["clock"]["minute_numbers"].values())


@pytest.mark.parametrize("sentence, expected", [
    # Tunisian and Algerian outlets say الفارط / المنقضي for "last"
    ("اجتمع المجلس يوم الخميس الفارط بالعاصمة.", ("يوم الخميس الفارط", "2024-06-06", "day")),
    ("صدر القرار في 12 ماي المنقضي.", ("12 ماي المنقضي", "2024-05-12", "day")),
    ("ارتفعت الأسعار في مارس الفارط.", ("مارس الفارط", "2024-03", "month")),
])
def test_maghrebi_words_for_last(sentence, expected):
    assert times(sentence) == [expected]


def test_a_future_cue_with_a_conjunction_counts():
    # "ولن": the conjunction does not hide the cue
    got = times("وأعلن المتحدث مساء الأربعاء ولن تبدأ المحادثات قبل الجمعة.")
    assert [(t, v) for t, v, _ in got] == [("مساء الأربعاء", "2024-06-05"), ("الجمعة", "2024-06-14")]


@pytest.mark.parametrize("sentence, expected", [
    ("تراجعت الصادرات السنة الفارطة بشكل حاد.", ("السنة الفارطة", "2023", "year")),
    ("عقد الاجتماع الأسبوع المنقضي في تونس.", ("الأسبوع المنقضي", "2024-W23", "week")),
    ("فاز الحزب في انتخابات العام قبل الماضي.", ("العام قبل الماضي", "2022", "year")),
    ("وقعت الاشتباكات الأسبوع قبل الماضي.", ("الأسبوع قبل الماضي", "2024-W22", "week")),
])
def test_more_periods(sentence, expected):
    assert times(sentence) == [expected]


def test_a_lead_without_its_year_takes_it_from_the_weekday_and_the_years_the_article_names():
    # 5 November fell on a Monday in 2018 (and in 2012 and 2029); the article speaks of 2015
    text = ("عنوان الخبر\n\nدخلت العقوبات حيز التنفيذ اليوم الاثنين 5 نوفمبر/تشرين الثاني، وفق ما أعلنته الوزارة.\n\n"
            "وكان الاتفاق قد وقع عام 2015، وتظاهر الآلاف أمس الأحد، وتراجعت الصادرات منذ أغسطس/آب الماضي.")
    record = khabar.read(text)
    assert record.published is None
    values = {t["text"]: t["value"] for t in record.times}
    assert values["اليوم الاثنين 5 نوفمبر/تشرين الثاني"] == "2018-11-05"
    assert values["أمس الأحد"] == "2018-11-04"
    assert values["أغسطس/آب الماضي"] == "2018-08"
    # without a year anywhere, or when the weekday does not fit, the lead dates nothing
    alone = khabar.read("عنوان الخبر\n\nدخلت العقوبات حيز التنفيذ اليوم الاثنين 5 نوفمبر، وفق ما أعلنته الوزارة.")
    assert {t["text"]: t["value"] for t in alone.times}["اليوم الاثنين 5 نوفمبر"] is None


def test_after_n_units_counts_from_the_day_its_sentence_named():
    # 29 June without a year, 19 days after the paper (beyond the coming-day window): 2023
    got = times("قتل سبعة في توغل في 29 حزيران/يونيو استخدمت فيه مروحيات، تلته بعد يومين ضربة بمسيرة.")
    assert got[-1] == ("بعد يومين", "2023-07-01", "day")
    record = khabar.read("اجتمع الوزراء في 3 مارس، ثم وقعوا الاتفاق بعد أسبوع.", published=PUBLISHED)
    after = record.times[-1]
    assert (after["value"], after["anchor"]) == ("2024-03-10", "t1")
    # right after the day it is how long before it; in a future sentence it counts from today
    assert times("توفيت يوم الجمعة الماضي بعد ثلاثة أيام في غيبوبة.") == [("يوم الجمعة الماضي", "2024-06-07", "day")]
    assert times("وقال إن المفاوضات ستستأنف الأحد المقبل على أن توقع الاتفاقية بعد أسبوع.")[-1] == (
        "بعد أسبوع", "2024-06-17", "day")


def test_since_after_a_state_in_its_clause_is_a_duration():
    assert times("كانت الشحنة مخزنة في أحد عنابر المرفأ منذ ست سنوات دون إجراءات.") == []
    assert times("قتل الشاب في مواجهات اندلعت منذ ثلاثة أيام في المخيم.") == [("منذ ثلاثة أيام", "2024-06-07", "day")]


@pytest.mark.parametrize("sentence, expected", [
    # a day of the anchor's month, the one before or the one after
    ("تنطلق الانتخابات في 20 الجاري بمشاركة واسعة.", ("20 الجاري", "2024-06-20", "day")),
    ("وصل الوفد يوم 28 من الشهر الماضي إلى الرياض.", ("28 من الشهر الماضي", "2024-05-28", "day")),
    ("يعقد المؤتمر في العاشر من الشهر المقبل.", ("العاشر من الشهر المقبل", "2024-07-10", "day")),
    ("أعلنت الهيئة النتائج في الـ15 الجاري.", ("الـ15 الجاري", "2024-06-15", "day")),
    # N units after or before the day last mentioned
    ("أغلق المعبر يوم الأحد 2 يونيو، ثم أعيد فتحه بعد ذلك بيومين.", ("بعد ذلك بيومين", "2024-06-04", "day")),
    ("أغلق المعبر يوم الأحد 2 يونيو، وكان الجيش قد أنذر السكان قبلها بثلاثة أيام.", ("قبلها بثلاثة أيام", "2024-05-30", "day")),
    # centuries and their decades
    ("شيد القصر في القرن التاسع عشر على ضفة النيل.", ("القرن التاسع عشر", "1800/1899", "range")),
    ("بني المسجد في القرن الـ17 ميلاديا.", ("القرن الـ17", "1600/1699", "range")),
    ("اندلعت الحرب الأهلية في سبعينيات القرن الماضي.", ("سبعينيات القرن الماضي", "1970/1979", "range")),
    ("تعد الأزمة الأسوأ منذ بداية القرن الحادي والعشرين.", ("القرن الحادي والعشرين", "2000/2099", "range")),
    # the last 24 hours
    ("شنت القوات 21 هجوما على المدينة خلال اليوم الأخير.", ("اليوم الأخير", "2024-06-09/2024-06-10", "range")),
    ("سجلت الوزارة 40 إصابة خلال الـ24 ساعة الماضية.", ("الـ24 ساعة الماضية", "2024-06-09/2024-06-10", "range")),
    # parts of today said with a demonstrative
    ("يلتقي الوزير نظيره هذا المساء في عمان.", ("هذا المساء", "2024-06-10", "part-of-day")),
])
def test_more_forms(sentence, expected):
    got = times(sentence)
    assert expected in got, got


@pytest.mark.parametrize("sentence", [
    "قال عبد الأحد محمد إن الوضع صعب.",
    "وكان اليوم الأخير من الهدنة هادئا.",
    "نال المرشح 20 الماضي من الأصوات.",
])
def test_more_not_times(sentence):
    assert times(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a Hijri month named without its day is the range of its Gregorian days
    ("ارتفعت الأسعار خلال شهر رمضان 1445 هـ بنسبة كبيرة.", ("شهر رمضان 1445 هـ", "2024-03-11/2024-04-09", "range")),
    ("تراجعت الهجمات في رمضان الماضي.", ("رمضان الماضي", "2024-03-11/2024-04-09", "range")),
    ("يبدأ الموسم في ذي الحجة المقبل.", ("ذي الحجة المقبل", "2025-05-28/2025-06-25", "range")),
])
def test_hijri_months(sentence, expected):
    assert times(sentence) == [expected]


def test_one_article_speaks_of_one_day_in_one_way():
    text = ("البشير رئيسا لحكومة انتقالية حتى الأول من مارس\n\n"
            "أعلن محمد البشير اليوم تكليفه برئاسة حكومة انتقالية حتى الأول من مارس/آذار 2025، وفق ما قال.")
    record = khabar.read(text, published="2024-12-10")
    assert [(t["text"], t["value"]) for t in record.times][0] == ("الأول من مارس", "2025-03-01")
    text = ("قطر: هدنة غزة تبدأ صباح الجمعة\n\n"
            "أعلنت قطر الخميس أن الهدنة ستدخل حيز التنفيذ في السابعة من صباح غد الجمعة بالتوقيت المحلي.")
    record = khabar.read(text, published="2023-11-23")
    assert [(t["text"], t["value"]) for t in record.times][0] == ("صباح الجمعة", "2023-11-24")
    # in the body a bare weekday keeps its own reading
    text = ("عنوان الخبر\n\nوقالت الوزارة إن القصف تجدد الجمعة، وأكدت أن الهدنة تبدأ الجمعة المقبل في الموعد.")
    record = khabar.read(text, published="2023-11-23")
    assert [(t["text"], t["value"]) for t in record.times] == [("الجمعة", "2023-11-17"), ("الجمعة المقبل", "2023-11-24")]


@pytest.mark.parametrize("sentence, expected", [
    # past weeks are whole weeks from a Monday (as "الأسبوع الماضي" is), up to yesterday
    ("تراجعت الإصابات خلال الأسابيع الأربعة الأخيرة.", ("الأسابيع الأربعة الأخيرة", "2017-07-17/2017-08-14", "range")),
    # overnight, during the day, after midnight: the anchor's day and the night into it
    ("قصفت الطائرات مبنى البرلمان خلال الليل.", ("خلال الليل", "2017-08-14/2017-08-15", "range")),
    ("أجلت الطواقم عشرات العائلات خلال النهار.", ("خلال النهار", "2017-08-15", "part-of-day")),
    ("ظهر الرئيس على التلفزيون بعد منتصف الليل.", ("بعد منتصف الليل", "2017-08-15", "part-of-day")),
])
def test_spans_and_parts_of_the_anchor_day(sentence, expected):
    assert times(sentence, published="2017-08-15") == [expected]


def test_a_header_line_is_read_for_dates_once():
    from khabar.times.calendars import _dates_of_line, find_absolute_dates

    _dates_of_line.cache_clear()
    line = "الاثنين 10 يونيو 2024"
    first = find_absolute_dates(line)
    second = find_absolute_dates(line)
    assert first == second and [d.iso() for d in first] == ["2024-06-10"]
    assert _dates_of_line.cache_info().hits == 1
    second.clear()   # callers get their own list
    assert find_absolute_dates(line) == first


@pytest.mark.parametrize("sentence, expected", [
    ("عقد الاجتماع في العام 2019 بالقاهرة.", [("العام 2019", "2019", "year")]),
    ("في مثل هذا اليوم من عام 1948 أعلن قيام الدولة.", [("عام 1948", "1948", "year")]),
    ("تعقد القمة يومي 12 و13 يونيو المقبل.", [("12 و13 يونيو المقبل", "2024-06-12/2024-06-13", "range")]),
    ("زار الوفد المدينة في 5 و20 مايو.", [("5", "2024-05-05", "day"), ("20 مايو", "2024-05-20", "day")]),
])
def test_years_anniversaries_and_pairs_of_days(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("في الربع الأخير من 2023 تراجع النمو.", ("الربع الأخير من 2023", "2023-10/2023-12", "range")),
    ("نما الاقتصاد في الربع الثاني من عام 2022.", ("الربع الثاني من عام 2022", "2022-04/2022-06", "range")),
    ("خلال النصف الأول من العام الجاري نما الاقتصاد.", ("النصف الأول من العام الجاري", "2024-01/2024-06", "range")),
    ("تراجعت الصادرات في النصف الثاني من العام الماضي.", ("النصف الثاني من العام الماضي", "2023-07/2023-12", "range")),
])
def test_quarters_and_halves_of_a_year(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("وقع الانفجار في تمام الساعة السادسة وسبع دقائق مساء.", "2024-06-10T18:07"),
    ("بدأ القصف الساعة 10 و20 دقيقة صباحا.", "2024-06-10T10:20"),
])
def test_clock_minutes_in_words(sentence, expected):
    assert [v for _, v, g in times(sentence) if g == "time"] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("تنتهي الولاية في 30 يونيو من العام المقبل.", ("30 يونيو من العام المقبل", "2025-06-30", "day")),
    ("وقع الهجوم في السابع من أكتوبر/تشرين الأول من العام الماضي.",
     ("السابع من أكتوبر/تشرين الأول من العام الماضي", "2023-10-07", "day")),
    ("وقع الزلزال في 6 فبراير من هذا العام.", ("6 فبراير من هذا العام", "2024-02-06", "day")),
])
def test_a_date_of_a_named_year(sentence, expected):
    assert times(sentence) == [expected]
