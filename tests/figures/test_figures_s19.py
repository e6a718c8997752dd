"""Session 19's figures pass: a deadline a future verb announces, slaughter and the active of
assassination as killings, rainfall as a cause of death, a general by rank, the feminine dual
of a person noun, a list past a force's genitive, a deputy's title, trades as person nouns, a
feminine verb after families, and a verbal noun with a preposition.  Every sentence is
written for the test."""

import pytest

from khabar.figures.figures import _future_verb, find_figures
from khabar.figures.lexicon import lexicon
from tests.figures.test_figures_s18 import brief


# -- a deadline a future verb announces (units.yaml terms.within.future_prefix) -------------

@pytest.mark.parametrize("text,expected", [
    ("سيعلن القرار خلال 24 ساعة.", ("24 ساعة", 24, "other")),
    ('وقال إن الهيئة ستصدر النتائج "خلال عشرة أيام".', ("عشرة أيام", 10, "other")),
    ("وأضاف أن الحكومة ستشكل خلال أسبوعين.", ("أسبوعين", 2, "other")),
    ("وتهدف الخطة إلى بناء المساكن خلال أربع سنوات.", ("أربع سنوات", 4, "other")),
])
def test_a_future_verb_before_within_sets_a_term(text, expected):
    assert brief(text) == [expected]


@pytest.mark.parametrize("text", [
    "وسيطرت القوات على البلدة خلال يومين.",  # a past verb in س, no future
    "وأعلنت الهيئة النتائج خلال ثلاثة أيام.",  # the past: how long it took
    "وستة أشخاص وصلوا خلال ساعتين.",  # a number word in س
    "وسيارة الإسعاف وصلت خلال عشر دقائق.",
])
def test_no_term_without_a_future_verb(text):
    assert [f for f in brief(text) if f[1] != 6] == []


@pytest.mark.parametrize("word,future", [
    ("سيعلن", True), ("وستجتمع", True), ("سنعمل", True),
    ("سيطرت", False), ("ستة", False), ("سيارة", False), ("سنوات", False), ("يعلن", False),
])
def test_the_future_particle_is_read_from_the_segmenter(word, future):
    assert _future_verb(word, lexicon()) is future


# -- killings: ذبح, the active اغتال ---------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("وأظهر التسجيل ذبح 12 رهينة.", ("12 رهينة", 12, "killed")),
    ("واغتالوا 4 ضباط أمام مقر الشرطة.", ("4 ضباط", 4, "killed")),
])
def test_slaughter_and_assassination_kill(text, expected):
    assert brief(text) == [expected]


def test_animals_slaughtered_are_no_toll():
    assert brief("وذبح المزارعون 300 رأس من الأغنام.") == [("300 رأس", 300, "other")]


# -- rainfall as a cause (violent_deaths.words), a general, a feminine dual -----------------

def test_deaths_beside_rainfall_are_killings():
    assert brief("وسجلت الولاية ثلاث وفيات بسبب التساقطات المطرية.") == [("ثلاث وفيات", 3, "killed")]


def test_deaths_beside_an_illness_stay_deaths():
    assert brief("وسجلت الولاية ثلاث وفيات بسبب الكوليرا.") == [("ثلاث وفيات", 3, "dead")]


def test_a_general_by_rank_counts_one():
    assert brief("وأعلن الجيش مقتل جنرال في الهجوم.") == [("جنرال", 1, "killed")]
    assert brief("وقال الجنرال إن الهجوم فشل.") == []


def test_the_feminine_dual_of_a_person_noun_counts_two_people():
    [figure] = find_figures("وأصيبت سائحتان في الحادث.")
    assert (figure["value"], figure["category"], figure["unit"]) == (2, "wounded", "person")


# -- a force's genitive in a list (context.yaml service_genitives) -------------------------

@pytest.mark.parametrize("text,expected", [
    ("وأصيب 20 شخصا، بينهم 15 عون أمن وطفلان.",
     [("20 شخصا", 20, "wounded"), ("15 عون", 15, "wounded"), ("طفلان", 2, "wounded")]),
    ("وقتل 3 رجال شرطة ومدني في الهجوم.", [("3 رجال", 3, "killed"), ("مدني", 1, "killed")]),
])
def test_a_list_goes_on_past_a_forces_genitive(text, expected):
    assert brief(text) == expected


def test_a_singular_genitive_still_shares_the_number():
    assert brief("وقتل 100 رجل أمن ومدني.") == [("100 رجل", 100, "killed")]


# -- a deputy of an office (context.yaml title_chains.offices) ------------------------------

@pytest.mark.parametrize("text", [
    "واتهم المشتبه به بقتل نائب مدير شرطة المحافظة.",
    "وأعلن مقتل نائب رئيس البلدية في الهجوم.",
])
def test_a_deputy_of_an_office_is_a_title_no_count(text):
    assert brief(text) == []


def test_a_member_of_parliament_still_counts_one():
    assert brief("وأعلن مقتل نائب في البرلمان.") == [("نائب", 1, "killed")]


# -- trades and callings (units.yaml counted.person) ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("وأسفر الحادث عن وفاة سائق.", [("سائق", 1, "killed")]),
    ("واعتقلت الشرطة 4 مراهقين.", [("4 مراهقين", 4, "arrested")]),
    ("وأصيبت راهبتان في الهجوم على الدير.", [("راهبتان", 2, "wounded")]),
])
def test_trades_and_callings_count_people(text, expected):
    assert brief(text) == expected


def test_a_definite_driver_counts_no_one():
    assert brief("وقال السائق إن الطريق كان مغلقا.") == []


# -- the broken plural of a noun in ة takes a feminine singular verb (lexicon.feminine_plurals)

@pytest.mark.parametrize("text,expected", [
    ("وقال إن مئات الأسر فرت نحو الحدود.", [("مئات الأسر", None, "displaced")]),
    ("وأضاف أن 40 أسرة نزحت من القرية.", [("40 أسرة", 40, "displaced")]),
])
def test_a_feminine_verb_after_families_tells_of_them(text, expected):
    assert brief(text) == expected


def test_the_broken_plurals_of_nouns_in_ta_marbuta_are_listed():
    lex = lexicon()
    assert {"اسر", "الاسر"} <= lex.feminine_plurals and "جنود" not in lex.feminine_plurals


def test_a_masculine_group_still_passes_over_a_feminine_verb():
    assert brief("وقال إن 20 جنديا فرت عائلاتهم.") == [("20 جنديا", 20, "other")]


# -- a verb's shape with a preposition is its verbal noun (numbers._implicit) ---------------

def test_a_singular_after_a_verbal_noun_with_a_preposition_counts_one():
    assert brief("وأمرت النيابة بحبس مواطن وثلاثة وافدين.") == [("مواطن", 1, "arrested"),
                                                              ("ثلاثة وافدين", 3, "arrested")]


def test_the_subject_of_an_active_verb_still_counts_no_one():
    assert brief("وحبس مواطن ثلاثة أشخاص في منزله.") == [("ثلاثة أشخاص", 3, "arrested")]
