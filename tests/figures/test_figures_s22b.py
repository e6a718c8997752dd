"""Round s22's second figures pass, one test group per mechanism: a word in ا right after a
preposition is a genitive (a country: "في ليبيا"), no accusative person; a place phrase inside
a verb's subject lets its singular object stand past it; the feminine singular of a listed
person noun counts one woman or girl (طفلة، مواطنة), a broken plural in ة (بحارة) stays a
plural, and a count joined after one of them in a list after بينهم keeps its own noun's
category (55 إصابة); one person told verb first with nisba and age before حتفه; أوقف with
the work it stops after the group is a strike, no arrest; crossing into a country displaces.  Every sentence is written
for the test."""

import pytest

from khabar.figures.lexicon import _feminine_singulars, _n, lexicon
from tests.figures.test_figures_s18 import brief as _found  # (text, value, category), spans checked


def test_the_place_prepositions_are_loaded_normalised():
    assert _n("في") in lexicon().subject_places


@pytest.mark.parametrize("text", [
    "واعتقلت الشرطة في تركيا أمس عددا من المشتبه بهم.",
    "قتل مسلحون في كينيا ليلة أمس في هجوم على قرية.",
    "وأفرجت السلطات في ليبيا عن المعتقلين بعد التحقيق.",
])
def test_a_country_after_a_preposition_is_no_person(text):
    assert _found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("واعتقلت الشرطة الفرنسية ليبيا يشتبه في تورطه.", [("ليبيا", 1, "arrested")]),  # an object
    ("وقتلت قوات الجيش في نيجيريا إرهابيا خلال مداهمة.", [("إرهابيا", 1, "killed")]),
    ("واعتقلت قوات الأمن في بغداد شابا مطلوبا.", [("شابا", 1, "arrested")]),
    ("وأفرج مسلحون في مالي عن مواطن فرنسي.", [("مواطن", 1, "released")]),
])
def test_a_place_phrase_inside_the_subject(text, expected):
    assert _found(text) == expected


def test_a_feminine_singular_needs_its_sound_plural_beside_it():
    citizens, sailors = ["مواطن", "مواطنين", "مواطنات", "مواطنة"], ["بحار", "بحارة"]
    assert _feminine_singulars(citizens, [_n(f) for f in citizens]) == [_n("مواطنة")]
    assert _feminine_singulars(sailors, [_n(f) for f in sailors]) == []  # sailors, a broken plural
    lex = lexicon()
    assert lex.noun(_n("مواطنة"))[1].number == "singular"
    assert lex.noun(_n("طفلة"))[1].number == "singular"
    assert lex.noun(_n("بحارة"))[1].number == "plural"


@pytest.mark.parametrize("text,expected", [
    ("وقالت مصادر طبية إن طفلة أصيبت بشظايا القذيفة.", [("طفلة", 1, "wounded")]),
    ("وأعلنت الوزارة مقتل مواطنة وإصابة ثلاثة آخرين.", [("مواطنة", 1, "killed"), ("ثلاثة آخرين", 3, "wounded")]),
    ("أصيبت شابة برصاص الاحتلال.", [("شابة", 1, "wounded")]),
    ("وأصيب 11 مواطنة بجروح.", [("11 مواطنة", 11, "wounded")]),
    ("قتل 4 من المارة في الانفجار.", [("4 من المارة", 4, "killed")]),
    ("وشدد البيان على قيم المواطنة.", []),
])
def test_one_woman_or_girl(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("لقي شاب تونسي في الأربعين من عمره حتفه طعنا.", [("شاب", 1, "killed")]),
    ("لقي رجل في الستين من عمره حتفه غرقا.", [("رجل", 1, "killed")]),
    ("ولقي مواطن سعودي حتفه في حادث مروري.", [("مواطن", 1, "killed")]),
    ("وقتل 3 أشخاص ولقي رجل في الخمسين من عمره حتفه.", [("3 أشخاص", 3, "killed"), ("رجل", 1, "killed")]),
    ("وبلغ الرجل الخمسين من عمره حين لقي حتفه.", []),  # a definite man; an age is no figure
])
def test_one_person_verb_first_with_nisba_and_age(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("10 شهداء بينهم طفلة و55 إصابة في قصف", [("10 شهداء", 10, "killed"), ("طفلة", 1, "killed"), ("55 إصابة", 55, "wounded")]),
    ("قتل 6 أشخاص بينهم امرأة و3 أطفال.", [("6 أشخاص", 6, "killed"), ("امرأة", 1, "killed"), ("3 أطفال", 3, "killed")]),
])
def test_a_count_after_a_lone_person_of_the_list_keeps_its_own_category(text, expected):
    assert _found(text) == expected


def test_the_stopped_work_lists_are_loaded_normalised():
    lex = lexicon()
    assert _n("أوقف") in lex.stopping_verbs and _n("أوقفوا") in lex.stopping_verbs
    assert _n("العمل") in lex.stopped_objects and _n("أثناء") in lex.stopped_not_after and lex.stopped_reach >= 3


@pytest.mark.parametrize("text,expected", [
    ("أوقف 300 عامل العمل في الميناء.", [("300 عامل", 300, "other")]),
    ("وأوقف مئات الطلاب الدراسة في الجامعة.", [("مئات الطلاب", None, "other")]),
    ("وأوقفت الشرطة 12 شخصا أثناء العمل.", [("12 شخصا", 12, "arrested")]),  # العمل after أثناء
    ("وأوقفت الشرطة 12 شخصا للاشتباه في تورطهم.", [("12 شخصا", 12, "arrested")]),
])
def test_a_group_that_stops_work_is_not_arrested(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("وقالت المفوضية إن 20 ألف شخص عبروا إلى الأراضي التشادية.", [("20 ألف شخص", 20000, "displaced")]),
    ("وعبرت قافلة من 40 شاحنة إلى الأراضي السورية.", [("40 شاحنة", 40, "other")]),
])
def test_crossing_into_a_country(text, expected):
    assert _found(text) == expected
