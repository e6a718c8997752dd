"""Session 18's (round s21, second wave) figures pass: أخلى and إخلاء evacuate people as أجلى
does (session 18: people evacuated are displaced), while a count of an unknown noun after them
is of places or things emptied; a present-tense verb of reaching (يبلغ، تبلغ) joins a total to
its bare number; a rescue effort or crew (عمليات الإنقاذ، فرق الإنقاذ) names the rescuers, not the
rescued; people moved to safe places are displaced.  Every sentence is written for the test."""

import pytest

from khabar.figures.lexicon import _n, lexicon
from tests.figures.test_figures_s18 import brief as _found  # (text, value, category), spans checked


def test_the_new_lists_are_loaded_normalised():
    lex = lexicon()
    assert {_n("أخلت"), _n("إخلاء"), _n("أخلي")} <= lex.emptying
    assert lex.emptying_reach >= 3
    assert {_n("يبلغ"), _n("تبلغ")} <= lex.total_joins
    assert {_n("عمليات"), _n("فرق")} <= lex.efforts and lex.effort_of == {"rescued"}


@pytest.mark.parametrize("text", [
    "وأخلت فرق الإطفاء عشرات السكان من البناية المشتعلة.",
    "وقالت البلدية إنها أخلت 35 عائلة من الحي المهدد بالانهيار.",
    "وأعلن الجيش إخلاء نحو ألف مدني من القرى الحدودية.",
    "وأخلي 60 نزيلا من الفندق بعد تسرب الغاز.",
])
def test_people_evacuated_by_akhla_are_displaced(text):
    [(_, _, category)] = _found(text)
    assert category == "displaced"


@pytest.mark.parametrize("text", [
    "وأخلت القوات 4 مواقع على الطريق الدولي.",
    "وقررت البلدية إخلاء 12 كشكا في الساحة العامة.",
])
def test_places_emptied_count_no_people(text):
    [(_, _, category)] = _found(text)
    assert category == "other"


def test_the_release_and_the_wounded_keep_their_categories():
    assert _found("وأخلت النيابة سبيل 9 موقوفين.") == [("9 موقوفين", 9, "released")]
    assert _found("وأجلت المروحيات 6 جرحى إلى العاصمة.") == [("6 جرحى", 6, "wounded")]


def test_a_present_tense_total_joins_its_bare_number():
    assert _found("ويبلغ عدد المعلمين المتعاقدين نحو 3 آلاف.") == [("نحو 3 آلاف", 3000, "other")]
    # a bare number after no total stays nothing
    assert _found("ويبلغ طول الجسر نحو 3 آلاف.") == []


def test_a_rescue_effort_names_no_rescued():
    assert _found("وارتفع عدد المتطوعين في جهود الإنقاذ إلى نحو 600 متطوع.") == [("نحو 600 متطوع", 600, "other")]
    # the verb of rescuing still governs its object past the crew that is its subject
    assert _found("وأنقذت طواقم الإنقاذ 8 أشخاص من الغرق.") == [("8 أشخاص", 8, "rescued")]
    # only rescue: a campaign of arrests still arrests
    assert _found("ونفذت القوات عمليات اعتقال طالت 15 مواطنا.") == [("15 مواطنا", 15, "arrested")]


@pytest.mark.parametrize("text,category", [
    ("وجرى نقل نحو 900 شخص إلى أماكن آمنة بعيدا عن مجرى الوادي.", "displaced"),
    ("وتم ترحيل 12 حاوية إلى الميناء.", "other"),
])
def test_people_moved_to_safety_are_displaced(text, category):
    [(_, _, found)] = _found(text)
    assert found == category
