"""Session 19's (round s22) figures pass, one test group per mechanism: a "one" that tells what
kind (per one, of one family); a dual-shaped word before digits is a name; detention terms and
periods after a time preposition; a count joined to a list's first item after "بين" + a group;
coordination across a place phrase; survivors and the drowned by their own nouns; a verb held
apart from its particle; a part of the things counted before (منها); protest verbs and marches;
bodies with the marks of violence; a loan's period; a dual in construct that names its two.
Every sentence is written for the test."""

import pytest

from khabar.figures.lexicon import _n, lexicon
from tests.figures.test_figures_s18 import brief as _found  # (text, value, category), spans checked


def test_the_new_lists_are_loaded_normalised():
    lex = lexicon()
    assert lex.qualifier_adjectives >= 1 and lex.among_named_list_reach >= 3
    assert _n("توقيفهم") in lex.terms_before and _n("مددا") in lex.terms_before
    assert lex.split_particle == _n("على") and _n("قضت") in lex.split_verbs and lex.split_category == "killed"
    assert _n("المحكمة") in lex.split_barriers and lex.split_reach >= 3
    assert {_n("منها"), _n("منهما")} <= lex.thing_pronouns
    assert _n("قرض") in lex.loan_heads and _n("بقرض") in lex.loan_heads and _n("مدى") in lex.loan_openers
    assert lex.inherent[_n("ناجيا")] == "rescued" and lex.inherent[_n("غريق")] == "killed"


@pytest.mark.parametrize("text,expected", [
    ("وبلغت أجرة النقل 15 دينارا للشخص الواحد.", [("15 دينارا", 15, "other")]),
    ("وقتل خمسة أشخاص من عشيرة عربية واحدة في الاشتباك.", [("خمسة أشخاص", 5, "killed")]),
    ("وأصيب أربعة عمال من شركة واحدة.", [("أربعة عمال", 4, "wounded")]),
    ("وأصيب شخص واحد بجروح طفيفة.", [("شخص واحد", 1, "wounded")]),  # still a count of one
])
def test_a_one_that_tells_what_kind_is_no_count(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    'وقال المحلل لموقع "أوريان 21" إن الوضع خطير.',
    'وبثت قناة "الحدث 24" صورا من الموقع.',
])
def test_a_dual_shaped_word_before_digits_is_a_name(text):
    assert _found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("وقرر المدعي العام توقيفهم عشرة أيام.", [("عشرة أيام", 10, "other")]),
    ("وصدرت بحقهم أحكام بالسجن مددا تصل إلى سبع سنوات.", [("تصل إلى سبع سنوات", 7, "other")]),
    ("وأطلق سراحه بعد توقيفه أربعة أيام.", []),  # how long it lasted
    ("وقالت أسرته إنه مريض منذ سجنه ست سنوات.", []),
])
def test_detention_terms_and_what_lasted(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("وأوضح أن بين القتلى عمدة البلدة وسبعة من مرافقيه.", ("سبعة من مرافقيه", 7, "killed")),
    ("وأفاد بأن من بين الجرحى مراسل القناة و3 مصورين.", ("3 مصورين", 3, "wounded")),
])
def test_a_count_after_a_lists_first_item_takes_the_named_group(text, expected):
    assert _found(text) == [expected]


def test_a_list_item_is_no_count_of_a_group_without_a_category():
    assert _found("وكان بين الحضور رئيس البلدية وأربعة مستشارين.") == [("أربعة مستشارين", 4, "other")]


@pytest.mark.parametrize("text,expected", [
    ("وارتفع عدد القتلى إلى 30 شخصا، بينهم 18 في درعا و12 في السويداء.",
     [("30 شخصا", 30, "killed"), ("18", 18, "killed"), ("12", 12, "killed")]),
    ("واعتقلت الشرطة 9 أشخاص في صفاقس و5 آخرين في سوسة.",
     [("9 أشخاص", 9, "arrested"), ("5 آخرين", 5, "arrested")]),
])
def test_coordination_across_a_place_phrase(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("غرق مركب قبالة طبرق: 9 جثث و33 ناجيا.", [("9 جثث", 9, "killed"), ("33 ناجيا", 33, "rescued")]),
    ("وعثر المسعفون على ناجيين اثنين تحت الركام.", [("ناجيين اثنين", 2, "rescued")]),
    ("وانتشل الغواصون جثث 12 غريقا من البحيرة.", [("12 غريقا", 12, "killed")]),
])
def test_survivors_and_the_drowned_by_their_own_nouns(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("وقضت القوات الخاصة فجر اليوم على 6 مسلحين.", [("6 مسلحين", 6, "killed")]),
    ("وقضت المحكمة الابتدائية على 4 متهمين بالسجن.", [("4 متهمين", 4, "other")]),
    ("وقضت النيران على 30 منزلا.", [("30 منزلا", 30, "other")]),
])
def test_a_verb_held_apart_from_its_particle(text, expected):
    assert _found(text) == expected


def test_a_part_of_the_things_counted_before():
    assert _found("وأطلقت 6 قذائف، سقطت اثنتان منها في البحر.")[0] == ("6 قذائف", 6, "other")
    assert _found("ودمرت العاصفة 50 خيمة، 20 منها بالكامل.") == [("50 خيمة", 50, "other"),
                                                                     ("20 منها", 20, "other")]


@pytest.mark.parametrize("text,expected", [
    ("وبعد دفن الضحية، احتج العشرات من سكان القرية أمام المعتمدية.",
     [("العشرات من سكان", None, "protesters")]),
    ("وجاب مئات من المعلمين شوارع عمان في مسيرة حاشدة.", [("مئات من المعلمين", None, "protesters")]),
    ("وجاب آلاف المشجعين شوارع وهران احتفالا بالفوز.", [("آلاف المشجعين", None, "other")]),
])
def test_protest_verbs_and_marches(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("ونقلت إلى المستشفى جثث 7 أشخاص عليها آثار طلقات نارية.", [("7 أشخاص", 7, "killed")]),
    ("وتوفي 4 أشخاص بسبب الكوليرا في المخيم.", [("4 أشخاص", 4, "dead")]),
])
def test_bodies_with_the_marks_of_violence(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("وحصل المغرب على قرض بقيمة 300 مليون دولار على مدى 24 شهرا.",
     [("300 مليون دولار", 300000000, "other"), ("24 شهرا", 24, "other")]),
    ("واستمرت المعارك على مدى 24 شهرا.", []),
])
def test_a_loans_period_is_a_term(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "وبحث الجانبان مستقبل قاعدتي الشعيرات والتيفور.",
    "وقررت مدينتا شيان ولانتشو إغلاق المدارس.",
    "وقالت الوزارة إن القرار يضر بمصالح دولتي المصب.",
])
def test_a_dual_in_construct_that_names_its_two_is_no_figure(text):
    assert _found(text) == []


def test_a_dual_of_unnamed_things_stays_a_figure():
    assert _found("وقصفت الطائرات قاعدتين عسكريتين.") == [("قاعدتين عسكريتين", 2, "other")]


@pytest.mark.parametrize("text,expected", [
    ("وقالت الشرطة إن عاملا في الأربعينات من عمره لقي حتفه.", [("عاملا", 1, "killed")]),
    ("وأفادت بأن شابا في العشرين من عمره أصيب بجروح.", [("شابا", 1, "wounded")]),
    ("وقالت إن رجلا في الخمسين من عمره قتل زوجته.", []),  # the one who killed
])
def test_one_person_told_with_an_age_phrase(text, expected):
    assert _found(text) == expected
