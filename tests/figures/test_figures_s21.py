"""Session 18's (round s21) figures pass: a group's verb past a closing quote, armed men who flee
(no displacement), shelters that tell the displaced, carrying to hospital as treatment, a term in
واحد after its unit and a closure decreed for a stated length, a relative verb shaped like a
person noun, deputies of more offices.  Every sentence is written for the test."""

import pytest

from khabar.figures.lexicon import _n, lexicon
from tests.figures.test_figures_s18 import brief as _found  # (text, value, category), spans checked


# -- the data and its loader ------------------------------------------------------------------

def test_the_new_lists_are_loaded_normalised():
    lex = lexicon()
    assert {_n("مسلحين"), _n("لصوص"), _n("إرهابي")} <= lex.fleeing_fighters
    assert {_n("فيها"), _n("خلاله")} <= lex.resumptives
    assert {_n("قبل"), _n("منذ")} <= lex.term_breaks
    assert _n("إقفال") in lex.terms_before and _n("نقيب") in lex.title_offices
    assert tuple(_n("نقلوا إلى المستشفى").split()) in lex.treatment_phrases


# -- what happened to the group, said after it ------------------------------------------------

def test_a_verb_after_a_closing_quote_tells_of_the_quoted_group():
    assert _found('وقال الناطق إن "نحو 40 مدنيا" قتلوا في القصف.') == [("نحو 40 مدنيا", 40, "killed")]
    # an opening quote on the next words does not make the group's verb
    assert _found('وقال الناطق إن 40 مدنيا "يعانون" من الجوع.') == [("40 مدنيا", 40, "other")]


@pytest.mark.parametrize("text,category", [
    ("وقالت الشرطة إن خمسة مسلحين فروا إلى جهة مجهولة بعد الهجوم.", "other"),
    ("وأفاد شهود بأن عشرات اللصوص فروا قبل وصول الأمن.", "other"),
    ("وقالت الأمم المتحدة إن 3 آلاف مدني فروا من البلدة.", "displaced"),
])
def test_armed_men_who_flee_are_no_displaced(text, category):
    [(_, _, found)] = _found(text)
    assert found == category


def test_a_shelter_tells_the_displaced_only_when_the_noun_has_no_category():
    assert _found("ويقيم 12 ألف شخص في مراكز الإيواء منذ الفيضانات.")[0][2] == "displaced"
    assert _found("وقتل 4 أشخاص في مراكز الإيواء بقصف مدفعي.")[0][2] == "killed"


def test_carrying_to_hospital_is_treatment_unless_a_wounded_cue_governs():
    assert _found("وقال الدفاع المدني إن 6 أشخاص نقلوا إلى المستشفى إثر الانفجار.")[0][2] == "wounded"
    # patients of heat carried to hospital stay no casualties
    assert _found("وقال إن 40 حاجا نقلوا إلى المستشفى بسبب الحر.")[0][2] == "other"
    # … but a count the verb of wounding governs stays wounded whatever the sentence names
    assert _found("وقتل جنديان وأصيب 9 آخرون نقلوا إلى المستشفى العسكري.")[-1][2] == "wounded"


# -- terms ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("ومددت الحكومة ولاية البعثة لمدة عام واحد.", [("عام واحد", 1, "other")]),
    ("وقررت الوزارة تعليق الدراسة ثلاثة أيام في المحافظة.", [("ثلاثة أيام", 3, "other")]),
    ("وأعلنت البلدية إغلاق السوق المركزي أسبوعين للصيانة.", [("أسبوعين", 2, "other")]),
    ("وبقي المسافرون في المطار يوما واحدا.", []),
    ("وأعلنت السلطات تعليق الرحلات قبل ثلاثة أيام.", []),
    ("وكانت المحكمة قد قضت بسجنه منذ خمس سنوات.", []),
])
def test_a_term_is_a_period_decreed_not_one_that_dates(text, expected):
    assert _found(text) == expected


# -- no person --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ونظم الأهالي وقفة هتف خلالها المشاركون ضد الفساد.",
    "وخرجت مسيرة طالب فيها المحتجون بالإفراج عن المعتقلين.",
    "واعتقلت الشرطة نائب نقيب المحامين في العاصمة.",
    "وأصيب مساعد الأمين العام للحزب في الحادث.",
])
def test_a_relative_verb_or_a_deputy_is_no_person_counted(text):
    assert _found(text) == []


def test_a_lone_person_of_the_new_units_is_counted():
    assert _found("وأعلنت الخارجية مقتل أحد رعاياها في الانفجار.") == [("أحد رعاياها", 1, "killed")]
    assert _found("وأصيب متعاقد أجنبي في القصف.") == [("متعاقد", 1, "wounded")]


# -- crowds -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("وفضت الشرطة اعتصاما نظمه مئات العمال أمام مقر الشركة.", [("مئات العمال", None, "protesters")]),
    ("ونظم آلاف السكان وقفة احتجاجية ضد قطع المياه.", [("آلاف السكان", None, "protesters")]),
    ("ونظمت البلدية 12 دورة تكوينية للموظفين.", [("12 دورة", 12, "other")]),
])
def test_those_who_organise_a_protest_are_protesters(text, expected):
    assert _found(text) == expected


def test_a_bare_number_after_a_total_of_people_counts_them():
    assert lexicon().people_totals >= {_n("عددهم"), _n("وعددهم")}
    assert _found("وغادر العمال الأجانب، وعددهم نحو 900، المصنع.") == [("نحو 900", 900, "other")]
    assert _found("واعتقلت الشرطة المشتبه بهم، وعددهم 12، في المدينة.")[0][1] == 12
    # a number after the total of things names no unit
    assert _found("والمتاجر، وعددها 40، أغلقت.") == []
