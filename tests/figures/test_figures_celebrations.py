"""A crowd that celebrates, welcomes or mourns is no protest (docs/gold-format.md, "Crowds";
categories.yaml links.celebrations): its size is category other, while a crowd that demands or
denounces, or one counted by a protester noun, stays protesters."""

from __future__ import annotations

import pytest

import khabar
from khabar.figures.lexicon import lexicon


def _figures(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["category"]) for f in khabar.read(text, published="2024-06-10").figures]


def test_the_celebration_lists_load_normalised():
    lex = lexicon()
    assert lex.celebration_of == {"protesters"} and lex.celebration_to == "other"
    assert {"احتفالا", "استقبال", "تشييع", "جنازه"} <= lex.celebration_words
    assert {"مطالبين", "تنديدا"} <= lex.celebration_protest
    assert not lex.celebration_words & lex.celebration_protest


@pytest.mark.parametrize("text, expected", [
    ("وخرج آلاف الفلسطينيين إلى شوارع غزة فور سريان التهدئة احتفالا.", [("آلاف الفلسطينيين", "other")]),
    ("وفي رام الله، احتشد مئات الفلسطينيين لاستقبال المعتقلين المفرج عنهم.", [("مئات الفلسطينيين", "other")]),
    ("وشيّع آلاف الفلسطينيين، أمس، جثامين الشهداء في مسيرة انطلقت من المستشفى.", [("آلاف الفلسطينيين", "other")]),
    ("وخرج مئات المواطنين إلى الشوارع في بورتسودان ابتهاجا.", [("مئات المواطنين", "other")]),
])
def test_a_celebrating_welcoming_or_mourning_crowd_is_other(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وخرج آلاف المواطنين إلى الشوارع معبرين عن ابتهاجهم ومطالبين برحيل رموز النظام.",
     [("آلاف المواطنين", "protesters")]),
    ("واحتفل آلاف المتظاهرين في الساحة بسقوط الرئيس.", [("آلاف المتظاهرين", "protesters")]),
    ("وخرج عشرات الآلاف إلى الشوارع تنديدا بالقرار.", [("عشرات الآلاف", "protesters")]),
    ("وتظاهر آلاف المحتجين في العاصمة احتجاجا على الاحتفال بذكرى الاتفاق.", [("آلاف المحتجين", "protesters")]),
])
def test_a_demanding_crowd_or_one_counted_as_protesters_stays_protesters(text, expected):
    assert _figures(text) == expected
