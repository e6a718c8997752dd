"""Round s33, second figures pass: a headline's toll of one (context.yaml headline_tolls), a bare
singular casualty noun opening the sentence or the clause after a colon ("قتيل و5 جرحى …")."""

from __future__ import annotations

import pytest

import khabar
from khabar.figures.lexicon import lexicon


def _figures(text: str) -> list[tuple[str, int | None, str]]:
    return [(f["text"], f["value"], f["category"]) for f in khabar.read(text, published="2024-06-10").figures]


def test_the_headline_tolls_load_normalised():
    lex = lexicon()
    assert {"قتيل", "شهيد", "جريحه"} <= lex.headline_tolls and ":" in lex.headline_toll_after
    assert "مصاب" not in lex.headline_tolls  # also one sick of a disease


@pytest.mark.parametrize("text, expected", [
    ("قتيل و5 جرحى في انفجار عبوة ناسفة بسوق المدينة", [("قتيل", 1, "killed"), ("5 جرحى", 5, "wounded")]),
    ("شهيدة برصاص قوات الاحتلال قرب حاجز عسكري", [("شهيدة", 1, "killed")]),
    ("هجوم على قرية شرقية: جريح و3 مفقودين بعد الغارة", [("جريح", 1, "wounded"), ("3 مفقودين", 3, "missing")]),
])
def test_a_headline_toll_of_one_counts_one(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن الشهيد كان عائدا من عمله.",  # definite: a known person
    "وزار الوزير عائلة شهيد سقط الشهر الماضي.",  # inside a clause, no cue counts it
    "مصاب بالحمى يغادر المستشفى بعد أسبوع",  # not a listed toll noun
])
def test_no_toll_of_one_elsewhere(text):
    assert _figures(text) == []


@pytest.mark.parametrize("text", [
    "وقال المسؤول إن نحو ثلاثة آلاف شخص لجؤوا إلى المدارس هربا من القصف.",
    "وقال المسؤول إن نحو ثلاثة آلاف شخص لجئوا إلى المدارس هربا من القصف.",
    "وقال المسؤول إن نحو ثلاثة آلاف شخص لجأوا إلى المدارس هربا من القصف.",
])
def test_a_hamza_final_verb_reads_in_each_plural_spelling(text):
    assert _figures(text) == [("نحو ثلاثة آلاف شخص", 3000, "displaced")]


def test_the_hamza_plurals_are_past_forms():
    from khabar.figures.lexicon import _past_forms
    assert {"لجؤوا", "لجئوا", "لجاوا"} <= set(_past_forms("لجا"))
    assert _past_forms("قتل") == ["قتل", "قتلت", "قتلوا", "قتلا", "قتلتا", "قتلن"]


@pytest.mark.parametrize("text, expected", [
    ("وقال مسؤولون محليون إن أعداد النازحين من القرى تجاوزت 40 ألف شخص.", [("تجاوزت 40 ألف شخص", 40000, "displaced")]),
    ("وارتفعت أعداد الجرحى في المدينة إلى 75.", [("75", 75, "wounded")]),
])
def test_the_plural_total_reads_as_the_singular(text, expected):
    # أعداد, the plural of عدد, links a group to its total as عدد does
    assert _figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وواصل مئات السكان، السبت، الفرار من القرى الحدودية.", [("مئات السكان", None, "displaced")]),
    ("وقالت الوزارة إن 40 شخصا، مساء أمس، قتلوا في الغارة.", [("40 شخصا", 40, "killed")]),
])
def test_a_time_between_commas_after_the_group_keeps_its_verb(text, expected):
    assert _figures(text) == expected


def test_an_attribution_between_commas_still_cuts_the_verb():
    assert _figures("ووصل 300 شخص، وفق الشرطة، ثم قتلوا الوقت في الانتظار.") == [("300 شخص", 300, "other")]


@pytest.mark.parametrize("text, expected", [
    ("وأدى القصف إلى مقتل 9 مدنيين على الأقل ومسعف.", [("9 مدنيين على الأقل", 9, "killed"), ("مسعف", 1, "killed")]),
    ("وأصيب 4 جنود تقريبا وشرطي في الاشتباك.", [("4 جنود تقريبا", 4, "wounded"), ("شرطي", 1, "wounded")]),
])
def test_a_joined_singular_after_the_bound_of_the_figure_before(text, expected):
    assert _figures(text) == expected
