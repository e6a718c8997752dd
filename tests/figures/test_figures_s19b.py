"""Session 19's second figures pass: a lone person after بينهم/من بينهم is a figure of 1 in
the category of the toll it hangs on (session 16's decision, docs/gold-format.md).  Every
sentence is written for the test."""

import pytest

from khabar.figures.lexicon import lexicon
from khabar.figures.numbers import _feminine_person
from tests.figures.test_figures_s18 import brief


@pytest.mark.parametrize("text,expected", [
    ("ارتفعت الحصيلة إلى 35 قتيلا، بينهم طفل في الثامنة من عمره.",
     [("35 قتيلا", 35, "killed"), ("طفل", 1, "killed")]),
    ("وأصيب 12 شخصا بينهم مسن بجروح خطيرة.", [("12 شخصا", 12, "wounded"), ("مسن", 1, "wounded")]),
    ("واحتجزت السلطات 8 صيادين من بينهم مصري.", [("8 صيادين", 8, "arrested"), ("مصري", 1, "arrested")]),
])
def test_a_lone_person_takes_the_tolls_category(text, expected):
    assert brief(text) == expected


def test_a_lone_person_counted_by_its_own_event_keeps_it():
    # the part's own noun names what befell it, as "حررت 126 رهينة، بينهم 33 جريحا" does
    assert brief("وحررت القوات 12 رهينة بينهم جريح.") == [("12 رهينة", 12, "rescued"), ("جريح", 1, "wounded")]


def test_the_items_of_a_list_after_among_are_counted_apart():
    # "امرأة وطفلان" after بينهم is 1 and 2 (the decision), where "استشهاد امرأة وطفلين" is 3
    assert brief("وقتل 9 أشخاص بينهم امرأة وطفلان.") == [("9 أشخاص", 9, "killed"), ("امرأة", 1, "killed"),
                                                         ("طفلان", 2, "killed")]
    assert brief("واستشهدت امرأة وطفلان في القصف.") == [("امرأة وطفلان", 3, "killed")]


def test_a_dual_after_among_is_counted_apart_from_the_next_item():
    assert brief("وأصيب 9 أشخاص بينهم طفلان وامرأتان.") == [("9 أشخاص", 9, "wounded"), ("طفلان", 2, "wounded"),
                                                          ("امرأتان", 2, "wounded")]


def test_a_feminine_person_joined_after_a_count_is_one_more():
    assert brief("وقتل 5 جنود ومجندة في الهجوم.") == [("5 جنود", 5, "killed"), ("مجندة", 1, "killed")]
    # a feminine after a count's singular shape shares the count: "12 طالبا وطالبة" is 12
    assert brief("وأصيب 12 طالبا وطالبة في الحادث.") == [("12 طالبا", 12, "wounded")]


@pytest.mark.parametrize("text", [
    "وقتل 7 أشخاص بينهم قائد «كتيبة الفرقان».",  # a quoted name after the rank
    "وقتل 7 أشخاص بينهم محافظ الإقليم.",  # a definite genitive: one office
    "وقتل 7 أشخاص بينهم مسؤول في الحزب الحاكم.",  # a rank in a named body
    "وقتل 7 أشخاص بينهم مصور يدعى أحمد.",  # named
    "وقتل 7 أشخاص بينهم مدنيون.",  # a plural
    "وقتل 7 أشخاص بينهم شقيقه.",  # his brother: a person noun with the pronoun ه, a known person
])
def test_no_lone_person_when_titled_named_or_plural(text):
    assert brief(text) == [("7 أشخاص", 7, "killed")]


def test_no_lone_person_without_a_toll_of_people_before():
    assert brief("وزار الوفد 4 مدارس بينها مدرسة للبنات.") == [("4 مدارس", 4, "other")]
    assert brief("والتقى الرئيس 10 نواب بينهم نائبة.") == [("10 نواب", 10, "other")]


def test_no_lone_person_far_from_the_toll():
    # the among word must follow the toll within context.yaml among_one.reach words
    text = "وقتل 5 أشخاص في الهجوم الذي وقع قرب السوق المركزي للمدينة صباح أمس بينهم طفل."
    assert brief(text) == [("5 أشخاص", 5, "killed")]


def test_an_event_noun_joined_after_a_lone_person_is_no_person():
    assert brief("مقتل 3 أشخاص بينهم شرطي وإصابة 9 آخرين") == [("3 أشخاص", 3, "killed"), ("شرطي", 1, "killed"),
                                                               ("9 آخرين", 9, "wounded")]


@pytest.mark.parametrize("word,feminine", [
    ("طفله", True), ("اسيره", True), ("صحفيه", True), ("مسنه", True),
    ("طفل", False), ("مدرسه", False), ("حاله", False), ("سياره", False),
])
def test_the_feminine_of_a_person_noun(word, feminine):
    assert _feminine_person(word, lexicon()) is feminine


def test_the_among_one_data_loads():
    lex = lexicon()
    assert lex.among_one_reach > 0 and "يدعي" in lex.among_one_naming
    assert "قائد" in lex.among_one_ranks and "في" in lex.among_one_in_body
