"""Round 20: "قبل N أيام/أسابيع" counts from the day the story is on (session 16's decided rule), and
a weekday after the object of a verb of deciding, calling or forecasting is a day to come, and
"طوال اليوم" (all day long) is how long, no time.

The day last told in the count's own paragraph (not one still to come), else the day the body's news
is on (the first day the body names from the publication date, not a headline's day nor a later day
told in passing), else the publication day.  Two counts back in one paragraph both count from the same
day, not one from the other."""

import pytest

from khabar.text.normalise import normalise
from khabar.times.detect import relative_rules
from khabar.times.resolve import decided_acts
from tests.times.test_times_s16 import times

_HEAD = "عنوان الخبر عن الحادث\n\nالمدينة - وكالات\n\n"


@pytest.mark.parametrize("text, published, expected", [
    # the same sentence: from the day it names
    ("أعلنت الشرطة أمس الاثنين القبض على المتهم الذي فر قبل ثلاثة أيام.", "2026-03-10",
     [("أمس الاثنين", "2026-03-09"), ("قبل ثلاثة أيام", "2026-03-06")]),
    # "منذ" and weeks alike
    ("أكد الجيش يوم الأحد أن قواته دخلت المدينة منذ يومين.", "2026-03-10",
     [("يوم الأحد", "2026-03-08"), ("منذ يومين", "2026-03-06")]),
    ("في 3 آذار 2026 أعلن الجيش أنه استعاد البلدة التي خسرها قبل أسبوع.", "2026-03-10",
     [("3 آذار 2026", "2026-03-03"), ("قبل أسبوع", "2026-02-24")]),
    # no day told: the publication day
    ("قتل شخصان في انفجار قبل يومين في بغداد.", "2026-03-10", [("قبل يومين", "2026-03-08")]),
])
def test_days_back_count_from_the_day_told_in_the_paragraph(text, published, expected):
    assert times(text, published) == expected


def test_days_back_in_a_later_paragraph_count_from_the_news_day():
    text = _HEAD + ("أعلنت الحكومة ليل الأحد حل الميليشيا.\n\nواستقبل الرئيس وفدا أمميا يوم الجمعة.\n\n"
                    "وكانت الجماعة قد تبنت قبل أسبوع هجوما على معسكر.")
    assert times(text, "2026-03-10") == [("ليل الأحد", "2026-03-08"), ("يوم الجمعة", "2026-03-06"),
                                         ("قبل أسبوع", "2026-03-01")]


def test_two_counts_back_in_one_paragraph_share_their_day():
    assert times("قال الأهالي أمس الأحد إن المياه انقطعت قبل ثلاثة أيام وعادت قبل يومين.", "2026-03-09") == [
        ("أمس الأحد", "2026-03-08"), ("قبل ثلاثة أيام", "2026-03-05"), ("قبل يومين", "2026-03-06")]


@pytest.mark.parametrize("text, expected", [
    # a day still to come is no day the story is on
    ("تجرى الانتخابات يوم الأحد المقبل. وكانت الهيئة قد أغلقت باب الترشحات قبل أسبوع.",
     [("يوم الأحد المقبل", "2026-03-15"), ("قبل أسبوع", "2026-03-03")]),
    # nor is the headline's day
    ("الأمن يضبط مطلوبا الجمعة\n\nأعلنت مديرية الأمن ضبط مطلوب كان قد فر من دورية قبل يومين.",
     [("الجمعة", "2026-03-06"), ("قبل يومين", "2026-03-08")]),
    # months and years still count from the publication day
    ("أعلنت الوزارة أمس الاثنين أن الأسعار ارتفعت قبل شهرين.",
     [("أمس الاثنين", "2026-03-09"), ("قبل شهرين", "2026-01")]),
])
def test_days_back_keep_the_publication_day_without_a_story_day(text, expected):
    assert times(text, "2026-03-10") == expected


def test_the_decided_acts_lists_load():
    """relative.yaml decided_acts: verbs and verbs of calling (single words), a reach of a few words,
    the words that end a decided act (single words) and the phrases whose بعد is no time."""
    rules = relative_rules()["decided_acts"]
    for key in ("verbs", "calling_verbs", "ends"):
        assert rules[key] and all(isinstance(w, str) and " " not in w for w in rules[key])
    assert isinstance(rules["reach"], int) and 2 <= rules["reach"] <= 8
    assert all(len(p.split()) == 2 for p in rules["remote"])


@pytest.mark.parametrize("text, objects", [
    ("قررت المحافظة تعليق الدراسة", ["تعليق"]),          # form II
    ("قرر المجلس إغلاق المعبر", ["اغلاق"]),               # form IV (hamza normalised away)
    ("توقعت الهيئة استمرار الأمطار", ["استمرار"]),         # form X
    ("داعية إلى وقفة احتجاجية", ["الي"]),                  # a call: its إلى
    ("قررت الحكومة، بعد اجتماع طارئ، تعليق", []),          # a clause break before the object
    ("قررت المحكمة الحكم على المتهم", []),                # no verbal noun of those forms within reach
])
def test_decided_acts_find_the_verbs_objects(text, objects):
    normalised = normalise(text).text
    assert [normalised[p:].split()[0] for p in decided_acts(normalised)] == objects


@pytest.mark.parametrize("text, expected", [
    ("قررت وزارة التربية تعليق الدروس يوم الخميس.", [("يوم الخميس", "2026-03-12")]),
    ("وتوقعت الهيئة العامة للأرصاد الجوية استمرار الأمطار حتى مساء الخميس.", [("مساء الخميس", "2026-03-12")]),
    ("داعية إلى وقفة احتجاجية أمام البرلمان يوم السبت.", [("يوم السبت", "2026-03-14")]),
    ("قررت الحكومة تمديد العمل عن بعد حتى يوم الجمعة.", [("يوم الجمعة", "2026-03-13")]),
    # the decision's own day, before its object
    ("قرر مجلس الوزراء الأحد تأجيل دوام المدارس.", [("الأحد", "2026-03-08")]),
    # a relative clause, a clause break or إثر ends the decided act
    ("دعت الحكومة إلى التحقيق في الانفجار الذي وقع يوم الأحد.", [("يوم الأحد", "2026-03-08")]),
    ("قررت السلطات إغلاق الطريق، وقال الدفاع المدني الأحد إن الأمطار توقفت.", [("الأحد", "2026-03-08")]),
    ("قررت السلطات إغلاق الطريق إثر فيضانات الأحد.", [("الأحد", "2026-03-08")]),
])
def test_a_weekday_of_a_decided_act_is_to_come(text, expected):
    assert times(text, "2026-03-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("بحثت الشرطة عن المشتبه به طوال اليوم.", []),
    ("وظل المحتجون أمام المقر وطيلة اليوم.", []),
    # a named day stays a time, and so does a bare today
    ("ظل المحتجون في الساحة طوال يوم الأحد.", [("يوم الأحد", "2026-03-08")]),
    ("قال الوزير اليوم إن الشرطة بحثت عنه.", [("اليوم", "2026-03-10")]),
])
def test_all_day_long_is_no_time(text, expected):
    assert times(text, "2026-03-10") == expected


def test_the_all_day_heads_load():
    assert all(isinstance(w, str) and " " not in w for w in relative_rules()["all_day_heads"])
