"""Round s35 (figures): a death told without a cause of its own in an article whose lead names a
violent or sudden cause is that story's killing (categories.yaml links.violent_deaths.lead).
Articles made up for these tests: a headline line, then the body."""

import pytest

from khabar.figures.figures import find_figures
from khabar.figures.lexicon import lexicon


def categories(text: str) -> dict[str, str]:
    return {f["text"]: f["category"] for f in find_figures(text)}


@pytest.mark.parametrize("article,count", [
    # the headline names the flood, the body's toll names no cause
    ("سيول جارفة تضرب المدينة\nوأعلنت وزارة الصحة وفاة 21 شخصا معظمهم طلبة.", "21 شخصا"),
    # the lead's first body sentence names the leak's blast, a later sentence gives the toll
    ("فاجعة في ميناء العقبة\nوقع انفجار في صهريج للغاز صباح اليوم.\nوأكدت الوزارة وفاة 13 عاملا.", "13 عاملا"),
    # clashes in the headline; bodies recovered later in the body
    ("اشتباكات عنيفة في العاصمة\nوأعلن مركز الطوارئ انتشال ست جثث من محيط المقرات.", "ست جثث"),
])
def test_a_death_without_a_cause_in_a_violent_story_is_a_killing(article, count):
    assert categories(article)[count] == "killed"


@pytest.mark.parametrize("article,count", [
    # no violence in the lead: a death announced stays one
    ("الحكومة تعلن نتائج الانتخابات\nوأعلن المتحدث وفاة ثلاثة موقوفين.", "ثلاثة موقوفين"),
    # a cause of nature in the death's own sentence
    ("سيول جارفة تضرب المدينة\nوتوفي 4 أشخاص بسبب الحر الشديد.", "4 أشخاص"),
    # a disease in the lead: the story is an epidemic's, not the blast's
    ("انفجار في عدد الإصابات بالكوليرا\nوأعلنت الوزارة وفاة 40 شخصا.", "40 شخصا"),
    # captives in the death's own sentence: a death announced among them (session 13)
    ("غارة على مخيم\nولا يزال 116 منهم محتجزين، بينهم 42 يقول الجيش إنهم لقوا حتفهم.", "42"),
])
def test_deaths_the_rule_leaves_dead(article, count):
    assert categories(article)[count] == "dead"


def test_the_lead_is_read_from_the_data_file():
    assert lexicon().violent_lead == 3


@pytest.mark.parametrize("text,count,unit", [
    # an armed group's camps struck: the dual counts two facilities
    ("شنت طائرات حربية غارات على معسكرين لحركة الشباب.", "معسكرين", "facility"),
    # storage tanks hit
    ("استهدف هجوم بطائرة مسيرة خزانين للوقود في المحطة.", "خزانين", "facility"),
    # and a count of camps with a numeral
    ("دمرت الغارات 3 معسكرات للتدريب.", "3 معسكرات", "facility"),
])
def test_camps_and_tanks_are_counted_facilities(text, count, unit):
    figures = {f["text"]: f for f in find_figures(text)}
    assert figures[count]["value"] == (2 if count != "3 معسكرات" else 3)
    assert (figures[count]["unit"], figures[count]["category"]) == (unit, "other")


def test_a_definite_dual_of_camps_stays_no_figure():
    # a definite dual of things is no figure unless a casualty count (figures.py)
    assert find_figures("وقال إن المعسكرين دمرا بالكامل.") == []


@pytest.mark.parametrize("text,count", [
    ("وعادت المرأة إلى البرلمان بمقعدين.", "مقعدين"),             # seats won
    ("نفذ التنظيم هجوما بسيارتين مفخختين على الحاجز.", "سيارتين مفخختين"),  # a listed thing with its adjective
    ("واستهدف الهجوم المحطة وبطائرتين مسيرتين.", "طائرتين مسيرتين"),   # و + ب
])
def test_a_listed_counted_dual_after_the_preposition_ba_counts_two(text, count):
    figures = {f["text"]: f for f in find_figures(text)}
    assert figures[count]["value"] == 2


@pytest.mark.parametrize("text", [
    "وأشاد الوزير بالبلدين الشقيقين.",   # a definite dual after ب: no count of things
    "وقالت إن الهدنة تمتد لشهرين.",        # a time unit's dual after ل: a term, not a count (units.yaml terms)
])
def test_a_dual_after_a_preposition_that_counts_nothing_stays_out(text):
    assert [f for f in find_figures(text) if f["value"] == 2 and f["category"] == "other" and f["unit"] != "month"] == []


def test_the_listed_dual_prefixes_are_read_from_the_data_file():
    assert lexicon().listed_dual_prefixes == frozenset({"ب", "وب"})
