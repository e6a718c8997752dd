"""Session 17's second figures pass: known sets named by a definite count, numbers inside a
quoted programme name, the people something is given to, and وفّر (provided) read as و + فرّ
(fled).  Every sentence is written for the test."""

import pytest

from khabar.figures.figures import find_figures
from khabar.figures.lexicon import lexicon


def brief(text):
    found = find_figures(text)
    for figure in found:
        assert text[figure["start"]:figure["end"]] == figure["text"]
    return [(f["text"], f["value"], f["category"]) for f in found]


# -- a known set's name (context.yaml set_names) --------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال إن رؤساء السلطات الثلاث اجتمعوا في القصر الجمهوري.",
    "ودعا البطريرك الرئاسات الثلاث إلى التوافق.",
    "ووجه الرئيس رسالة للسلطات الثلاث.",  # لل: the clitic and the article
    "واجتمع وزراء دول مجلس التعاون الست في الرياض.",
])
def test_a_known_set_named_by_a_definite_count_is_no_figure(text):
    assert brief(text) == []


def test_a_definite_count_outside_the_list_stays_a_figure():
    # the same numbers after a noun that names no known set are back-references or counts
    assert brief("ونقل الجرحى الثلاثة إلى المستشفى.") == [("الجرحى الثلاثة", 3, "wounded")]
    assert brief("وأدين المتهم بالتهم الخمس الموجهة إليه.") == [("بالتهم الخمس", 5, "other")]


def test_every_set_name_is_loaded_as_a_phrase_ending_in_a_number():
    lex = lexicon()
    assert lex.set_names.longest >= 3
    for first in lex.set_names.firsts():
        assert not first.startswith("ال")  # matched with or without the article


# -- a quoted name (context.yaml quoted_names) ----------------------------------------------

@pytest.mark.parametrize("text", [
    "وأطلقت الوزارة مبادرة «مليون منزل» في العاصمة.",
    "وانطلقت حملة \"100 ألف شجرة\" في المدينة.",
    "ونظم الطلاب وقفة تحت شعار «ألف يوم من الصمود».",
    "وأعلن المجلس بمشروع «500 مسكن» للأسر الفقيرة.",  # a clitic on the head
])
def test_a_number_in_a_quoted_programme_name_counts_nothing(text):
    assert brief(text) == []


def test_a_quote_after_a_definite_head_is_speech_and_its_count_stays():
    assert brief("وقال المسؤول إن العملية \"أجبرت مئات الأسر على النزوح\".") \
        == [("مئات الأسر", None, "displaced")]


def test_a_count_after_the_closing_quote_stays():
    assert brief("وفي إطار مبادرة \"مليون شجرة\" زرع المتطوعون 40 ألف شجرة.") \
        == [("40 ألف شجرة", 40000, "other")]


# -- those given to (context.yaml recipient_prepositions) ------------------------------------

@pytest.mark.parametrize("text", [
    "ووزعت الجمعية 600 كسوة على النازحين.",
    "وقدمت البلدية 400 فرشة للنازحين.",
])
def test_the_displaced_given_to_do_not_make_the_things_displaced(text):
    [(_, _, category)] = brief(text)
    assert category == "other"


def test_joining_the_displaced_is_still_displacement():
    assert brief("وانضم 5 آلاف شخص إلى النازحين في المخيمات.") == [("5 آلاف شخص", 5000, "displaced")]


def test_people_of_a_category_given_to_are_no_cue_of_the_group_counted():
    assert brief("وأصيب 3 جنود خلال إطلاقهم النار على المتظاهرين.") == [("3 جنود", 3, "wounded")]


# -- وفّر: provided (categories.yaml provided) ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("وقد وفر المشروع 500 فرصة عمل للشباب.", [("500 فرصة", 500, "other")]),
    ("وفرت الحكومة 300 وظيفة في القطاع العام.", [("300 وظيفة", 300, "other")]),
])
def test_things_provided_are_no_people_who_fled(text, expected):
    assert brief(text) == expected


def test_listed_people_after_the_same_letters_still_fled():
    assert brief("وفرت 300 عائلة من القرية بعد الهجوم.") == [("300 عائلة", 300, "displaced")]


# -- قضوا with its cause (categories.yaml dead.post) -----------------------------------------

def test_those_who_died_of_a_violent_cause_are_killed():
    assert brief("وقال المرصد إن 30 مقاتلا قضوا جراء القصف.") == [("30 مقاتلا", 30, "killed")]


def test_those_who_died_of_cold_are_dead():
    assert brief("وقال إن 12 مدنيا قضوا بسبب البرد.") == [("12 مدنيا", 12, "dead")]


def test_spending_years_in_prison_is_no_death():
    assert brief("وأفرج عن 5 أسرى قضوا 20 عاما في السجون.") == [("5 أسرى", 5, "released")]
