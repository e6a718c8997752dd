"""Round 17 second pass of the times stage: the tens of a Hijri month ("العشر الأواخر من رمضان"), an
evening joined to the next weekday as one night ("مساء الثلاثاء-الأربعاء"), a weekday said to be a
feast's day ("أن السبت هو أول أيام شهر رمضان"), the small hours with no day named as parts of the
narrative's day ("قبيل الفجر"), a present-tense commemoration of a day without its year (the
occurrence nearest the anchor).  Sentences written for the test; Hijri days by the Umm al-Qura
tables khabar ships (Ramadan 1447: 2026-02-18 to 03-19; Ramadan 1445: 2024-03-11 to 04-09)."""

import pytest

from khabar.times.detect import relative_rules
from tests.times.test_times_s16 import times


@pytest.mark.parametrize("sentence, published, expected", [
    # the last ten run from the 21st to the month's end, 29 or 30
    ("وتكثر زيارات المعتمرين في العشر الأواخر من رمضان.", "2026-03-10",
     [("العشر الأواخر من رمضان", "2026-03-10/2026-03-19")]),
    ("واعتكف المصلون في العشر الأواخر من رمضان الماضي.", "2024-06-01",
     [("العشر الأواخر من رمضان", "2024-03-31/2024-04-09")]),
    ("وتشتد الحركة في الأيام العشر الأخيرة من شهر رمضان المبارك.", "2026-01-10",
     [("الأيام العشر الأخيرة من شهر رمضان المبارك", "2026-03-10/2026-03-19")]),
    # the first and the middle ten
    ("ودعت الوزارة إلى الصيام في العشر الأوائل من ذي الحجة.", "2026-06-04",
     [("العشر الأوائل من ذي الحجة", "2026-05-18/2026-05-27")]),
    ("وتتراجع الأسعار في العشر الأواسط من رمضان.", "2026-03-10",
     [("العشر الأواسط من رمضان", "2026-02-28/2026-03-09")]),
    # no Hijri month after من: no time
    ("وقال إن العشر الأواخر من المتسابقين خرجوا من المنافسة.", "2026-03-10", []),
])
def test_the_tens_of_a_hijri_month(sentence, published, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("وشهدت المدينة مساء الثلاثاء-الأربعاء مواجهات عنيفة.", [("مساء الثلاثاء-الأربعاء", "2025-11-18/2025-11-19")]),
    ("وشهدت المدينة مساء الثلاثاء / الأربعاء مواجهات.", [("مساء الثلاثاء / الأربعاء", "2025-11-18/2025-11-19")]),
    ("واستمرت المواجهات مساء الخميس حتى الجمعة.", [("مساء الخميس حتى الجمعة", "2025-11-13/2025-11-14")]),
    # و between: two times (two sittings, one each day)
    ("وعقد المجلس جلستين مساء الثلاثاء والأربعاء.", [("مساء الثلاثاء", "2025-11-18"), ("الأربعاء", "2025-11-19")]),
    # not the day after: two times
    ("وعقد المجلس جلسة مساء الثلاثاء-الخميس.", [("مساء الثلاثاء", "2025-11-18"), ("الخميس", "2025-11-20")]),
])
def test_an_evening_joined_to_the_next_weekday_is_one_night(sentence, expected):
    assert times(sentence, "2025-11-20") == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # 1 Ramadan 1446 is Saturday 2025-03-01: the coming Saturday, not the last one
    ("وأعلن المجلس الأعلى للقضاء أن السبت هو أول أيام شهر رمضان.", "2025-02-26",
     [("السبت", "2025-03-01"), ("أول أيام شهر رمضان", "2025-03-01")]),
    # the sighting a day after the calendar's: the weekday said is the day
    ("وأعلن المجلس أن الأحد هو أول أيام شهر رمضان.", "2025-02-26",
     [("الأحد", "2025-03-02"), ("أول أيام شهر رمضان", "2025-03-01")]),
    # the feast first, the weekday after it
    ("وأعلن مجلس الإفتاء أن غرة شوال ستكون يوم الجمعة.", "2026-03-10",
     [("غرة شوال", "2026-03-20"), ("يوم الجمعة", "2026-03-20")]),
    # a weekday said to be no feast keeps its own reading
    ("وقالت الوزارة إن السبت هو يوم عطلة رسمية.", "2026-05-10", [("السبت", "2026-05-09")]),
])
def test_a_weekday_said_to_be_a_feasts_day(sentence, published, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("وقبيل الفجر سمع السكان دوي انفجارات.", [("قبيل الفجر", "2025-11-20")]),
    # after a named day: that day's small hours, not the publication's
    ("واقتحمت القوات البلدة يوم الجمعة، وقبيل الفجر انسحبت.", [("يوم الجمعة", "2025-11-14"), ("قبيل الفجر", "2025-11-14")]),
    ("واقتحمت القوات البلدة يوم الجمعة، وبعد منتصف الليل انسحبت.",
     [("يوم الجمعة", "2025-11-14"), ("بعد منتصف الليل", "2025-11-14")]),
    # a part of today said with اليوم stays today's
    ("واقتحمت القوات البلدة يوم الجمعة، وانسحبت فجر اليوم.", [("يوم الجمعة", "2025-11-14"), ("فجر اليوم", "2025-11-20")]),
])
def test_the_small_hours_with_no_day_named_are_the_narratives_day(sentence, expected):
    assert times(sentence, "2025-11-20") == expected


@pytest.mark.parametrize("sentence, expected", [
    # the nearest occurrence: ahead, or just over
    ("وتحيي البلاد في 25 مايو ذكرى الاستقلال.", [("25 مايو", "2026-05-25")]),
    ("ويحتفل العالم في 8 مارس باليوم العالمي للمرأة.", [("8 مارس", "2026-03-08")]),
    # in the past tense, the last one; every year, no time
    ("وأحيت البلاد في 25 مايو ذكرى الاستقلال.", [("25 مايو", "2025-05-25")]),
    ("ويحيي المغاربة في 18 نوفمبر من كل عام ذكرى الاستقلال.", []),
    # the verb in another clause does not reach the date
    ("ويحتفل السكان بالعيد، وكانت الحرب قد اندلعت في 25 مايو.", [("25 مايو", "2025-05-25")]),
])
def test_a_present_tense_commemoration_takes_the_nearest_occurrence(sentence, expected):
    assert times(sentence, "2026-03-10") == expected


def test_the_second_pass_word_lists_load():
    """relative.yaml hijri_tens (heads, ranks 1-3, epithets), evening_span_joiners (a subset of the
    night's, without و), weekday_feast_equations and commemoration_verbs (single words), the
    commemoration window, and the narrative part phrases (offset 0)."""
    rules = relative_rules()
    tens = rules["hijri_tens"]
    assert tens["heads"] and set(tens["ranks"].values()) == {1, 2, 3} and tens["epithets"]
    assert set(rules["evening_span_joiners"]) < set(rules["night_span_joiners"]) and "و" not in rules["evening_span_joiners"]
    for key in ("weekday_feast_equations", "commemoration_verbs"):
        assert rules[key] and all(isinstance(w, str) and " " not in w for w in rules[key]), key
    assert 1 <= int(rules["commemoration_window"]) <= 8
    narrative = [p for p, rule in rules["parts_of_day_phrases"].items() if rule.get("narrative")]
    assert "قبيل الفجر" in narrative and all(rules["parts_of_day_phrases"][p]["offset"] == 0 for p in narrative)


@pytest.mark.parametrize("sentence, expected", [
    # the verb "the two blew up": after قد or أن, before a reflexive or an explosive
    ("وكان انتحاريان قد فجرا نفسيهما قرب حسينية.", []),
    ("وزعم التنظيم أن اثنين من عناصره فجرا حزامين ناسفين وسط الحشود.", []),
    ("وقال إن المهاجمين اللذين فجرا السيارة قتلا.", []),
    # the adverb: dawn of the narrative's day
    ("واعتقلت القوات فجرا خمسة شبان.", [("فجرا", "2025-11-20")]),
])
def test_fajran_the_verb_is_no_dawn(sentence, expected):
    assert times(sentence, "2025-11-20") == expected


def test_during_the_night_is_the_night_into_the_narratives_day():
    # with no day named, the night into the publication's day (as before); after "فجر الأحد", that night
    assert times("وأفاد شهود بأن المياه اجتاحت المنازل خلال الليل.", "2024-08-26") == [("خلال الليل", "2024-08-25/2024-08-26")]
    assert times("وانهار السد فجر الأحد، وأفاد شهود بأن المياه اجتاحت المنازل خلال الليل.", "2024-08-26") == [
        ("فجر الأحد", "2024-08-25"), ("خلال الليل", "2024-08-24/2024-08-25")]


def test_the_verb_spellings_of_part_adverbs_load():
    """relative.yaml part_adverb_verbs: each a part adverb with single words before and after."""
    rules = relative_rules()
    for adverb, sides in rules["part_adverb_verbs"].items():
        assert adverb in rules["part_adverbs"] and set(sides) == {"before", "after"}
        assert all(isinstance(w, str) and " " not in w for words in sides.values() for w in words)
