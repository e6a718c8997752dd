"""Round 18 of the times stage: the plural sermons or prayers of Friday ("خطب الجمعة"، "صلوات
الجمعة") are those of every Friday, no one day (relative.yaml generic_weekday_heads).  The singular
sermon and a weekday with a direction keep their day.  A day or month without its year put off to
after إلى ("أجلت المحكمة الجلسة إلى 15 أبريل"; postponement_words) is the occurrence nearest the
anchor, as after a deadline word."""

import pytest

from tests.times.test_times_s16 import times


@pytest.mark.parametrize("sentence, expected", [
    ("ودعت الوزارة الأئمة إلى توحيد موضوع خطب الجمعة حول ترشيد الاستهلاك.", []),
    ("وتقام صلوات الجمعة في المساجد الكبرى وحدها.", []),
    # a direction names the day whatever the head
    ("وتناولت خطب الجمعة الماضية ملف الغلاء.", [("الجمعة الماضية", "2026-03-06")]),
    # a past verb and a weekday with يوم: the day
    ("وألقى الشيخ خطبة يوم الجمعة في الجامع الكبير.", [("يوم الجمعة", "2026-03-06")]),
])
def test_the_plural_sermons_of_friday_are_every_friday(sentence, expected):
    assert times(sentence, "2026-03-10") == expected


def test_the_weekday_head_lists_load():
    """relative.yaml weekday_name_heads and generic_weekday_heads: non-empty lists of single words,
    none in both (a head is either a name's or a generic plural's)."""
    from khabar.times.detect import relative_rules
    rules = relative_rules()
    names, generic = rules["weekday_name_heads"], rules["generic_weekday_heads"]
    for words in (names, generic):
        assert words and all(isinstance(w, str) and len(w.split()) == 1 for w in words)
    assert not set(names) & set(generic)


@pytest.mark.parametrize("sentence, expected", [
    # put off to a day or a month without its year: the occurrence nearest the anchor (here ahead)
    ("وأجلت المحكمة الجلسة إلى 15 أبريل للنطق بالحكم.", [("15 أبريل", "2026-04-15")]),
    ("وقررت الوزارة تأجيل الامتحانات إلى 3 مايو بسبب الأمطار.", [("3 مايو", "2026-05-03")]),
    ("وأرجأت المفوضية الانتخابات إلى يونيو.", [("يونيو", "2026-06")]),
    # nearest, not always ahead: a session put off to a day just past
    ("وكانت المحكمة قد أجلت القضية إلى 5 مارس.", [("5 مارس", "2026-03-05")]),
    # no word of putting off in the clause: the day is the last one over
    ("وعاد الوفد إلى 15 أبريل في روايته للأحداث.", [("15 أبريل", "2025-04-15")]),
    ("وأجلت المحكمة الجلسة، وعاد المتهم إلى السجن حتى وصل إلى 15 أبريل.", [("15 أبريل", "2025-04-15")]),
])
def test_a_day_put_off_to_is_the_nearest(sentence, expected):
    assert times(sentence, "2026-03-10") == expected


def test_the_postponement_words_load():
    """relative.yaml postponement_words: single words; postponement_window a small count."""
    from khabar.times.detect import relative_rules
    rules = relative_rules()
    assert rules["postponement_words"] and all(len(w.split()) == 1 for w in rules["postponement_words"])
    assert 1 <= int(rules["postponement_window"]) <= 10
