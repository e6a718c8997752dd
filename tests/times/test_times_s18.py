"""Round 18 of the times stage: the plural sermons or prayers of Friday ("خطب الجمعة"، "صلوات
الجمعة") are those of every Friday, no one day (relative.yaml generic_weekday_heads).  The singular
sermon and a weekday with a direction keep their day."""

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
