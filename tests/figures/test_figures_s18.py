"""Session 18's figures pass: totals of a counted noun told with no cue, a verb's shape
after a preposition, one joined to a ten, a vehicle's load, livestock and arms models read
aloud.  Every sentence is written for the test."""

import pytest

from khabar.figures.figures import find_figures
from khabar.figures.lexicon import lexicon
from khabar.text.normalise import normalise_word


def brief(text):
    found = find_figures(text)
    for figure in found:
        assert text[figure["start"]:figure["end"]] == figure["text"]
    return [(f["text"], f["value"], f["category"]) for f in found]


# -- a total of a counted noun (categories.yaml links.counted_totals) -----------------------

@pytest.mark.parametrize("text,expected", [
    ("وبلغ عدد المهاجرين 30 ألفا.", ("30 ألفا", 30000, "other")),
    ("وارتفع عدد المدارس المتضررة إلى 40.", ("40", 40, "other")),
    ("وتخطى عدد الناخبين المسجلين في المحافظة 12 ألفا.", ("12 ألفا", 12000, "other")),
])
def test_a_bare_number_after_a_total_of_a_counted_noun_counts_it(text, expected):
    assert brief(text) == [expected]


def test_the_total_keeps_the_unit_of_its_noun():
    [figure] = find_figures("وارتفع عدد المدارس المتضررة إلى 40.")
    assert figure["unit"] == lexicon().noun("المدارس")[1].unit


@pytest.mark.parametrize("text", [
    "وقال إن عدد المهاجرين كبير في المنطقة.",  # no number
    "وناقش المجلس عدد المهاجرين في جلسته 12 مرة.",  # no join before the number or the total
    "وبلغ عدد الدورة 12 في الترتيب.",  # no listed counted noun after the total
])
def test_no_total_value_without_its_join_or_its_noun(text):
    assert [f for f in brief(text) if f[0] == "12"] == []


def test_a_bounding_verb_reaches_across_a_relative_clause():
    [figure] = find_figures("وتجاوز عدد المهاجرين الذين وصلوا إلى الجزر 30 ألفا.")
    assert (figure["value"], figure["min"]) == (30000, 30000)


# -- a verb's shape after a preposition (links.singular_nominal_after) ---------------------

@pytest.mark.parametrize("text", [
    "وهدمت الجرافات منشآت في تجمع بدوي شرق القدس.",
    "وتقع المدرسة داخل تجمع سكني مكتظ.",
])
def test_a_past_verb_after_a_preposition_counts_no_one(text):
    assert brief(text) == []


def test_the_verb_and_an_event_noun_after_a_preposition_still_count_one():
    assert brief("وتجمع شاب أمام المبنى.") == [("شاب", 1, "protesters")]
    assert brief("وأسفر الهجوم عن مقتل شرطي.") == [("شرطي", 1, "killed")]


# -- one joined to a ten --------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("واعتقل أحد وثلاثون شخصا.", ("أحد وثلاثون شخصا", 31, "arrested")),
    ("وأصيبت إحدى وعشرون امرأة.", ("إحدى وعشرون امرأة", 21, "wounded")),
])
def test_one_before_a_ten_joined_by_waw_adds_one(text, expected):
    assert brief(text) == [expected]


def test_one_of_a_group_stays_apart_from_a_ten_after_it():
    assert brief("وقتل أحد الحراس وعشرون مدنيا.") == [("أحد الحراس", 1, "killed"),
                                                       ("عشرون مدنيا", 20, "killed")]


# -- a vehicle's load (links.loads) ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وانقلب زورق يقل 60 مهاجرا قرب لامبيدوزا.",
    "وغرقت سفينة على متنها 30 بحارا.",
])
def test_a_load_is_not_what_befell_the_vehicle(text):
    [(_, _, category)] = brief(text)
    assert category == "other"


def test_what_the_sentence_says_befell_the_load_still_counts():
    assert brief("واستهدفت غارة سيارة تقل 3 مقاتلين، ما أدى إلى مقتلهم.") == [("3 مقاتلين", 3, "killed")]


def test_a_bound_with_the_same_letters_is_no_load():
    assert brief("وقتل ما لا يقل عن 9 أشخاص.") == [("ما لا يقل عن 9 أشخاص", 9, "killed")]


def test_loads_are_loaded_normalised():
    lex = lexicon()
    assert {"يقل", "متنه", "يؤوي"} <= lex.loads
    assert lex.loads <= lex.cue_barriers and lex.relatives <= lex.cue_barriers


# -- livestock and arms models ---------------------------------------------------------------

def test_livestock_is_counted_and_is_no_person():
    lex = lexicon()
    for word in ("رؤوس", "أبقار", "أضاحي"):
        assert lex.noun(normalise_word(word))[1].unit == "livestock"
    assert brief("وصادرت الجمارك 120 رأسا من الإبل.") == [("120 رأسا", 120, "other")]


@pytest.mark.parametrize("text", [
    "وحلقت مقاتلات إف 35 فوق المدينة.",
    "وأسقطت الدفاعات طائرة سو 25 فوق الجبهة.",
])
def test_a_model_number_after_its_letters_counts_nothing(text):
    assert brief(text) == []


# -- police reports (units.yaml counted.record) ---------------------------------------------

@pytest.mark.parametrize("text", [
    "وحررت مباحث التموين 85 محضرا.",
    "وأسفرت الحملة عن تحرير 12 محضر إشغال طريق.",
])
def test_reports_written_up_are_no_people_freed(text):
    [(_, _, category)] = brief(text)
    assert category == "other"


def test_report_nouns_are_loaded_as_a_unit_of_their_own():
    lex = lexicon()
    assert lex.noun(normalise_word("محاضر"))[1].unit == "record"
    assert "record" not in lex.person_units
