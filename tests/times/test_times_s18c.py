"""Round 18, third wave of the times stage.  A deadline word with the conjunction و glued to it
("وحتى"، "ولغاية") closes a range or a deadline as the bare word does: a day or month without its
year after it is the occurrence nearest the anchor, and "ولغاية" joins a range like "لغاية".
Midnight and the late night placed by a word before them ("قبل منتصف الليل"، "في ساعة متأخرة من
الليل"; relative.yaml parts_of_day_phrases) are the night of the day the narrative is on (session
14's part-of-night rule); bare "منتصف الليل" after حتى, a curfew's daily hours, stays no time."""

import pytest

from tests.times.test_times_s16 import times


@pytest.mark.parametrize("sentence, expected", [
    # the glued conjunction keeps the end ahead, as the bare deadline word does
    ("وتستمر الحملة من 15 مارس وحتى 15 أبريل.", [("من 15 مارس وحتى 15 أبريل", "2026-03-15/2026-04-15")]),
    ("وتستمر الحملة من 15 مارس حتى 15 أبريل.", [("من 15 مارس حتى 15 أبريل", "2026-03-15/2026-04-15")]),
    ("وتستمر الحملة من 15 مارس ولغاية 15 أبريل.", [("من 15 مارس ولغاية 15 أبريل", "2026-03-15/2026-04-15")]),
    ("وقررت الولاية تمديد العطلة وحتى نهاية أبريل.", [("نهاية أبريل", "2026-04")]),
    # و before another word is no deadline: a past April with no word before it stays the last one
    ("وأعلنت الوزارة النتائج وفي 15 أبريل بدأ التسجيل.", [("15 أبريل", "2025-04-15")]),
    ("ووصل الوفد في 15 أبريل إلى العاصمة.", [("15 أبريل", "2025-04-15")]),
])
def test_a_glued_deadline_word_keeps_the_nearest_occurrence(sentence, expected):
    assert times(sentence, "2026-03-10") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("وانتهت عمليات الفرز قبل منتصف الليل.", [("قبل منتصف الليل", "2026-03-10")]),
    ("واندلع الحريق في منتصف الليل في السوق.", [("في منتصف الليل", "2026-03-10")]),
    # the narrative's day: the weekday told before it
    ("وهاجم المسلحون الثكنة يوم الأحد، وتواصلت الاشتباكات حتى وقت متأخر من الليل.",
     [("يوم الأحد", "2026-03-08"), ("وقت متأخر من الليل", "2026-03-08")]),
    # a curfew's daily hours: no date
    ("ويمنع التجول يوميا حتى منتصف الليل.", []),
])
def test_midnight_with_a_placing_word_is_the_narratives_night(sentence, expected):
    assert times(sentence, "2026-03-10") == expected


def test_the_deadline_words_and_joiners_load():
    """relative.yaml deadline_words: single words, none glued to و (the reader strips it);
    range_joiners holds each glued joiner's bare form too."""
    from khabar.times.detect import relative_rules
    rules = relative_rules()
    assert rules["deadline_words"] and all(len(w.split()) == 1 and not w.startswith("و") for w in rules["deadline_words"])
    joiners = set(rules["range_joiners"])
    assert all(j[1:] in joiners for j in joiners if j.startswith("و") and len(j) > 1)


@pytest.mark.parametrize("sentence, expected", [
    # a past act after a day still to come: the night of the last day over (here the anchor's)
    ("وتجرى جولة الإعادة يوم السبت المقبل. وقال مصدر إن الفرز انتهى قبل منتصف الليل.",
     [("يوم السبت المقبل", "2026-03-14"), ("قبل منتصف الليل", "2026-03-10")]),
    ("وأعلن الجيش أمس أن الهدنة تبدأ الخميس المقبل. وقصفت الطائرات البلدة ليلا.",
     [("أمس", "2026-03-09"), ("الخميس المقبل", "2026-03-12"), ("ليلا", "2026-03-09")]),
    # a sentence that looks ahead keeps the coming day
    ("وتجرى جولة الإعادة يوم السبت المقبل. وسيبدأ الفرز بعد منتصف الليل.",
     [("يوم السبت المقبل", "2026-03-14"), ("بعد منتصف الليل", "2026-03-14")]),
    # a past day named before: its night, as before
    ("وهاجم المسلحون الثكنة يوم الأحد، ثم انسحبوا فجرا.", [("يوم الأحد", "2026-03-08"), ("فجرا", "2026-03-08")]),
])
def test_a_past_act_takes_no_night_still_to_come(sentence, expected):
    assert times(sentence, "2026-03-10") == expected


_BODY = "وقصفت الطائرات مواقع في ريف المدينة فجرا، ثم أعلن الجيش في اليوم نفسه إسقاط مسيرة.\n"


def _page(caption: str) -> str:
    return f"غارات على ريف المدينة\n\nالأحد 8 مارس 2026\n\n{caption}\n\n{_BODY}"


@pytest.mark.parametrize("caption", [
    "وزير الدفاع خلال زيارة سابقة إلى الجبهة، 12 مايو 2019 (أ ف ب)",
    "عناصر من الدفاع المدني في موقع القصف، 7 مارس 2026",
])
def test_a_captions_date_does_not_carry_into_the_body(caption):
    """The caption keeps its date as a time; the body's dawn and "اليوم نفسه" are of the day the
    body is on (the publication day), not of the photo's."""
    import khabar
    got = [(t["text"], t["value"]) for t in khabar.read(_page(caption)).times]
    date = caption.rsplit("، ", 1)[1].split(" (")[0]
    assert (date, {"12 مايو 2019": "2019-05-12", "7 مارس 2026": "2026-03-07"}[date]) in got
    assert ("فجرا", "2026-03-08") in got and ("اليوم نفسه", "2026-03-08") in got


def test_a_body_day_still_carries():
    """The same body with its own day named: the narrative goes on from it."""
    import khabar
    text = _page("عناصر من الدفاع المدني في موقع القصف، 7 مارس 2026").replace("فجرا", "فجر الجمعة")
    got = [(t["text"], t["value"]) for t in khabar.read(text).times]
    assert ("فجر الجمعة", "2026-03-06") in got and ("اليوم نفسه", "2026-03-06") in got


@pytest.mark.parametrize("sentence, expected", [
    # a Hijri date and its Gregorian day set off by a bracket, a dash, a slash or a comma: one day
    ("وأقيمت الصلاة في 20 رمضان 1447 هـ (9 مارس 2026) بالمسجد الحرام.",
     [("20 رمضان 1447 هـ (9 مارس 2026)", "2026-03-09")]),
    ("وأقيمت الصلاة في 9 مارس 2026 (20 رمضان 1447 هـ) بالمسجد الحرام.",
     [("9 مارس 2026 (20 رمضان 1447 هـ)", "2026-03-09")]),
    ("وولد في 5 رجب 1380 هـ / 23 ديسمبر 1960 م في مكة.", [("5 رجب 1380 هـ / 23 ديسمبر 1960 م", "1960-12-23")]),
    # a day apart (the moon sighted a day early): still one day, the Gregorian one told
    ("وتوفي الشيخ فجر الجمعة 11 رمضان 1447 هـ - 27 فبراير 2026 م.",
     [("فجر الجمعة 11 رمضان 1447 هـ - 27 فبراير 2026 م", "2026-02-27")]),
    # two different days stay two times; a range stays a range
    ("وانتهت المهلة في 20 رمضان 1447 هـ - 9 أبريل 2026.",
     [("20 رمضان 1447 هـ", "2026-03-09"), ("9 أبريل 2026", "2026-04-09")]),
    ("وبين 10 محرم 1447 هـ و9 مارس 2026 جرت أحداث كثيرة.",
     [("بين 10 محرم 1447 هـ و9 مارس 2026", "2025-07-05/2026-03-09")]),
    # two Gregorian dates with a dash between: two times
    ("وزار الوفد المدينة في 3 مارس 2026 - 5 مارس 2026 مرتين.",
     [("3 مارس 2026", "2026-03-03"), ("5 مارس 2026", "2026-03-05")]),
])
def test_a_day_in_two_calendars_is_one_time(sentence, expected):
    assert times(sentence, "2026-03-10") == expected
