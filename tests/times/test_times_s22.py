"""Round 22: a past weekday that is the page's yesterday is the week before's ("الخميس الماضي" on a
Friday page; yesterday is "أمس الخميس"), an outlet named by a date or a day word is no time (quoted
after ل, a web address, a party), "بعد اليوم" closing a clause is the idiom "no more", and the weekly
rest days ("عطلة نهاية الأسبوع") tell no week."""

import pytest

from khabar.text.normalise import normalise_word
from khabar.times.detect import relative_rules
from tests.times.test_times_s16 import times


@pytest.mark.parametrize("text, published, expected", [
    # Friday page: Thursday the week before; the other days of the week stay the last such day
    ("وكانت الوزارة قد أعلنت الخميس الماضي خطة جديدة.", "2026-03-06", [("الخميس الماضي", "2026-02-26")]),
    ("وكانت الوزارة قد أعلنت الأربعاء الماضي خطة جديدة.", "2026-03-06", [("الأربعاء الماضي", "2026-03-04")]),
    ("وكانت الوزارة قد أعلنت الجمعة الماضية خطة جديدة.", "2026-03-06", [("الجمعة الماضية", "2026-02-27")]),
    ("وكانت الوزارة قد أعلنت السبت الماضي خطة جديدة.", "2026-03-06", [("السبت الماضي", "2026-02-28")]),
    # yesterday with أمس, and a bare weekday, are still yesterday
    ("وأعلنت الوزارة أمس الخميس خطة جديدة.", "2026-03-06", [("أمس الخميس", "2026-03-05")]),
    ("وأعلنت الوزارة الخميس خطة جديدة.", "2026-03-06", [("الخميس", "2026-03-05")]),
    # across a new year
    ("وكان المجلس قد أقر الخميس الماضي الميزانية.", "2027-01-01", [("الخميس الماضي", "2026-12-24")]),
    # a span of past days may end yesterday
    ("وجرى الاستفتاء من السبت إلى الاثنين الماضيين.", "2026-03-10",
     [("من السبت إلى الاثنين الماضيين", "2026-03-07/2026-03-09")]),
])
def test_a_past_weekday_that_is_yesterday_is_the_week_befores(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text", [
    'وقال مصدر عسكري لـ"26 سبتمبر" إن القوات صدت هجوما.',
    "وقال المحافظ لـ«14 أكتوبر» إن الكهرباء ستعود.",
    'وقال مصدر طبي لـ"اليوم التالي" إن المستشفى استقبل جرحى.',
    "وقال أحد السكان لموقع فبراير.كوم إن المياه غمرت المنازل.",
    "وأفاد شهود لموقع مارس.net بأن الاحتجاجات تواصلت.",
    "وحصل رئيس حزب الغد على 656 ألف صوت.",
    "وقال المسؤول لصحيفة 26 سبتمبر إن القوات تقدمت.",
    "وأفادت قناة 14 أكتوبر بأن الكهرباء عادت.",
])
def test_an_outlet_or_party_named_by_a_time_is_no_time(text):
    assert times(text, "2026-03-10") == []


@pytest.mark.parametrize("text, expected", [
    # the same words told as the time of an act stay times
    ('وقال مصدر لـ"الشرق" إن الهجوم وقع في 26 سبتمبر الماضي.', [("26 سبتمبر الماضي", "2025-09-26")]),
    ('وقال المتحدث لـ"الأيام" اليوم إن الاتفاق قريب.', [("اليوم", "2026-03-10")]),
    ("وبلغ التضخم 12 بالمئة في فبراير.وتوقع البنك تراجعه.", [("فبراير", "2026-02")]),
    ("وقال الحزب الغد إن الاتفاق قريب.", [("الغد", "2026-03-11")]),
])
def test_the_same_words_as_times_stay(text, expected):
    assert times(text, "2026-03-10") == expected


@pytest.mark.parametrize("text, expected", [
    ('وأكد المجلس أن "المحافظة لن تكون منطلقا للإرهاب بعد اليوم".', []),
    ("ولن نقبل بهذا الوضع بعد اليوم.", []),
    # "بعد اليوم" inside a sentence that goes on, and "اليوم" alone, stay times
    ("وتبدأ المرحلة الثانية بعد اليوم بثلاثة أيام.", [("اليوم", "2026-03-10")]),
    ("وأعلنت الوزارة اليوم أن الحصيلة ارتفعت.", [("اليوم", "2026-03-10")]),
])
def test_after_today_closing_a_clause_is_an_idiom(text, expected):
    assert times(text, "2026-03-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("وكان الضحايا يقضون عطلة نهاية الأسبوع على الشاطئ.", []),
    ("ويقضي السكان إجازة نهاية الأسبوع في المتنزهات.", []),
    ("وشهدت العاصمة احتجاجات نهاية الأسبوع الماضي.", [("نهاية الأسبوع الماضي", "2026-03-07/2026-03-08")]),
    # governed by a preposition of time, the holiday is the week's end the story tells
    ("وألغيت الفعاليات العامة خلال عطلة نهاية الأسبوع.", [("نهاية الأسبوع", "2026-03-07/2026-03-08")]),
])
def test_the_weekly_rest_days_tell_no_week(text, expected):
    assert times(text, "2026-03-10") == expected


def test_the_round_22_word_lists_load():
    rules = relative_rules()
    for key in ("domain_suffixes", "day_idiom_before", "weekend_holiday_heads", "weekend_holiday_governors"):
        assert rules[key] and all(isinstance(w, str) and " " not in w for w in rules[key]), key
    assert normalise_word("بعد") in {normalise_word(w) for w in rules["day_idiom_before"]}
    assert {"كوم", "com"} <= set(rules["domain_suffixes"])


@pytest.mark.parametrize("text, expected", [
    ("استشهد شاب فجر اليوم في جنين. وكانت قوة قد دهمت منزل عائلته ليلا واعتقلت شقيقه.",
     [("فجر اليوم", "2026-03-10"), ("ليلا", "2026-03-09")]),
    ("اعتقلت القوات فجرا ثلاثة شبان، وكانت قد دهمت الحي ليلا.", [("فجرا", "2026-03-10"), ("ليلا", "2026-03-09")]),
    # after an evening, or with no dawn before it, the night is the day's own
    ("وأطلق مجهولون النار مساء أمس على المنزل، ثم عادوا ليلا وأحرقوا سيارة.",
     [("مساء أمس", "2026-03-09"), ("ليلا", "2026-03-09")]),
    ("وقالت الشرطة إن مجهولين هاجموا الحاجز ليلا.", [("ليلا", "2026-03-10")]),
])
def test_a_night_told_after_a_dawn_is_the_night_before_it(text, expected):
    assert times(text, "2026-03-10") == expected
