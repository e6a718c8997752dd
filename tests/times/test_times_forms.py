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
    ("اجتمع المجلس يوم الأحد 16 يونيو لبحث الأزمة.", ("الأحد 16 يونيو", "2024-06-16")),
    ("وقالت الشرطة إن الهجوم وقع يوم الخميس 6 يونيو في وسط المدينة.", ("الخميس 6 يونيو", "2024-06-06")),
    ("انطلقت الاحتجاجات يوم الجمعة 13 تشرين الأول في المدن.", ("الجمعة 13 تشرين الأول", "2023-10-13")),
])
def test_a_weekday_named_with_a_yearless_date_picks_its_year(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "والمنطقة في أمسّ الحاجة إلى المساعدات.",
    "وأكد أن النازحين بأمس الحاجة إلى الغذاء.",
])
def test_the_elative_amass_is_no_yesterday(sentence):
    assert times(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("تراجعت الأسعار خلال الأيام القليلة الماضية.", ("الأيام القليلة الماضية", "2024-06-05/2024-06-09")),
    ("ويتوقع الإعلان عن الحكومة في الأيام القليلة المقبلة.", ("الأيام القليلة المقبلة", "2024-06-11/2024-06-15")),
])
def test_a_few_units_before_or_after_today(sentence, expected):
    assert times(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("بدأت الحرب على اليمن قبل أكثر من خمس سنوات.", ("قبل أكثر من خمس سنوات", "2019")),
    ("غادر البلاد قبل ما يزيد على ثلاثة أشهر.", ("قبل ما يزيد على ثلاثة أشهر", "2024-03")),
])
def test_a_bound_before_the_count_of_units_ago(sentence, expected):
    assert times(sentence) == [expected]
