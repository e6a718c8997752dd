"""Round 15 mechanisms of the times stage, each in shapes several outlets write: a day without
its year after منذ lies behind the anchor, "منذ يوم 7 أكتوبر" names a day (it counts no day
ago), the Maghrebi "اليوم الموالي" is the day after the one last mentioned, and present-tense
verbs of holding, resuming, opening and closing put a yearless day ahead.  Sentences written
for the test."""

import pytest

import khabar


def times(sentence: str, published: str) -> list[tuple[str, str | None]]:
    return [(t["text"], t["value"]) for t in khabar.read(sentence, published=published).times]


@pytest.mark.parametrize("sentence, published, expected", [
    # a yearless day after منذ, a few days before its coming occurrence: منذ still looks back a year
    ("وتتواصل الحرب منذ 7 أكتوبر دون أفق للحل.", "2024-09-28", [("7 أكتوبر", "2023-10-07")]),
    ("وقتل أكثر من 300 شخص منذ مطلع يوليو بحسب الأمم المتحدة.", "2025-06-25", [("مطلع يوليو", "2024-07")]),
    ("ومنذ 3 ديسمبر، يعتصم المعلمون أمام مقر الوزارة.", "2025-11-30", [("3 ديسمبر", "2024-12-03")]),
    # without منذ the coming-day window still reads a date a few days ahead as the coming one
    ("وتجرى الانتخابات في 7 أكتوبر.", "2024-09-28", [("7 أكتوبر", "2024-10-07")]),
    # "منذ يوم 7 أكتوبر" names a day; it counts no day ago, while "منذ يوم واحد" does
    ("ومنذ يوم 7 أكتوبر قتل الآلاف.", "2024-09-28", [("يوم 7 أكتوبر", "2023-10-07")]),
    ("واعتقل منذ يوم 12 مارس في سجن المدينة.", "2026-04-01", [("يوم 12 مارس", "2026-03-12")]),
    ("وصل الوفد منذ يوم واحد إلى العاصمة.", "2024-09-28", [("منذ يوم", "2024-09-27")]),
    # the Maghrebi and formal day after the one last mentioned
    ("وحلت البعثة بوجدة يوم 14 فبراير، وفي اليوم الموالي التقت الوالي.", "2026-03-12",
     [("يوم 14 فبراير", "2026-02-14"), ("اليوم الموالي", "2026-02-15")]),
    ("وانعقد المؤتمر في 3 مايو، وصدر بيانه الختامي في اليوم اللاحق.", "2025-06-01",
     [("3 مايو", "2025-05-03"), ("اليوم اللاحق", "2025-05-04")]),
    # present-tense verbs of holding, resuming, opening and closing put a yearless day ahead
    ("وتغلق المدارس أبوابها في 15 يوليو لأعمال الصيانة.", "2026-06-21", [("15 يوليو", "2026-07-15")]),
    ("وتجرى الانتخابات التشريعية في 30 نوفمبر.", "2025-10-08", [("30 نوفمبر", "2025-11-30")]),
    ("ويستأنف البرلمان جلساته في 2 فبراير.", "2025-12-20", [("2 فبراير", "2026-02-02")]),
])
def test_round_15_forms(sentence, published, expected):
    assert times(sentence, published) == expected


def test_the_since_words_load():
    """relative.yaml since_before_date: single words, منذ among them; the words that may stand
    between it and the date are single words as well."""
    from khabar.times.detect import relative_rules

    rule = relative_rules()["since_before_date"]
    assert set(rule) == {"words", "between"} and "منذ" in rule["words"]
    assert all(isinstance(w, str) and " " not in w for w in rule["words"] + rule["between"])


@pytest.mark.parametrize("sentence, expected", [
    ("ويومي السبت والأحد شهدت المدينة احتجاجات.", ("يومي السبت والأحد", "2026-06-20/2026-06-21")),
    ("وفي شهري مايو ويونيو ارتفعت الأسعار.", ("شهري مايو ويونيو", "2026-05/2026-06")),
])
def test_a_dual_range_starts_at_its_noun_not_at_a_glued_conjunction(sentence, expected):
    assert times(sentence, "2026-06-21") == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # 8 October 2025 is 16 Rabi II 1447: Dhu al-Qa'da 1446 ended five months before, 1447's is six months ahead
    ("وتراجعت أعداد الزوار في شهر ذي القعدة.", [("شهر ذي القعدة", "2025-04-29/2025-05-27")]),
    ("وتنتهي المرحلة الأولى نهاية شهر رجب.", [("نهاية شهر رجب", "2025-12-21/2026-01-19")]),
    ("وفي شهر صفر سجلت الوزارة 40 حالة.", [("شهر صفر", "2025-07-26/2025-08-23")]),
    # without شهر, a Hijri month name alone stays a name or a word ("صفر" is zero, "رجب" a given name)
    ("وقال رجب إن النتيجة انتهت صفر مقابل هدف.", []),
])
def test_a_hijri_month_after_the_noun_month_is_its_nearest_occurrence(sentence, expected):
    assert times(sentence, "2025-10-08") == expected
