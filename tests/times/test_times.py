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
    ("جرت الانتخابات يوم 12 جوان الماضي.", ("12 جوان الماضي", "2023-06-12", "day")),
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
    ("ارتفعت الأسعار مطلع الشهر بنسبة كبيرة.", ("مطلع الشهر", "2024-06-01/2024-06-10", "range")),
    ("تجرى الانتخابات أواخر العام.", ("أواخر العام", "2024-09-01/2024-12-31", "range")),
    ("قصفت الطائرات الحي مساء الجمعة.", ("مساء الجمعة", "2024-06-07", "part-of-day")),
    ("وفي عام 2020 انفجر المرفأ.", ("عام 2020", "2020", "year")),
    ("تأسست الحركة في مارس 2011 وسط الاحتجاجات.", ("مارس 2011", "2011-03", "month")),
])
def test_single_time(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("وصل الوفد اليوم الجمعة إلى القاهرة.", ("اليوم الجمعة", "2024-06-10")),
    ("تظاهر الآلاف أمس الأحد أمام السفارة.", ("أمس الأحد", "2024-06-09")),
    ("وافق المجلس يوم الثلاثاء 4 يونيو الجاري على القانون.", ("الثلاثاء 4 يونيو الجاري", "2024-06-04")),
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
    "قال إن اليوم الأول من المفاوضات كان صعبا.",
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
    ("وصل الوفد الساعة العاشرة صباحا يوم السبت الماضي.", ("الساعة العاشرة صباحا", "2024-06-08T10:00")),
    ("تنطلق القمة الساعة 4:30 مساء.", ("الساعة 4:30 مساء", "2024-06-10T16:30")),
    ("انتهى الاجتماع عند الساعة الثالثة والنصف عصرا.", ("الساعة الثالثة والنصف عصرا", "2024-06-10T15:30")),
])
def test_clock_times_take_the_day_of_their_sentence(sentence, expected):
    assert [(t, v) for t, v, _ in times(sentence)][0] == expected
