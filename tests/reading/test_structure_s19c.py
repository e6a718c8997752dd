"""Round 19 (third wave) of the reading stage: a page that sets a photo's credit and caption over the
headline, then a byline and a date line (page_battery_s19c.yaml).  The byline is a "place - desk" line
("ليبيا بانوراما - متابعات", "عدن - خاص") or a quoted daily joined to its agency by a comma ("باماكو -
«الحياة»، أ ف ب"); the date line may name the Mauritanian month "دجمبر" or close an English template's
clock on an IANA zone ("Jan 18, 2024 12:30 Asia/Tehran").  Read wrong, the byline or the date line became
the headline and the headline a second caption."""

import pytest

from khabar.reading.structure import Line, _is_byline, _is_desk, _read_date_line, read_structure


def _line(text: str) -> Line:
    return Line(0, len(text), text)


@pytest.mark.parametrize("text", ["ليبيا بانوراما - متابعات", "عدن - خاص", "القاهرة - مراسلنا", "تونس - وكالات",
                                  "بغداد - خاص:", "باماكو - «الحياة»، أ ف ب", "الرياض - «عكاظ»، واس"])
def test_place_and_desk_or_quoted_daily_with_agency_is_a_byline(text):
    assert _is_byline(_line(text))


@pytest.mark.parametrize("part", ["متابعات خاصة بالضحايا", "تفاصيل", "متابعات خاصة", "وزير الخارجية"])
def test_a_tail_that_only_opens_with_a_desk_word_is_no_desk(part):
    assert not _is_desk(part)


@pytest.mark.parametrize("text", ["قصف بمسيرة قرب الحدود - متابعات خاصة بالضحايا",
                                  "«الصحة» و«التعليم» توقعان اتفاقية، رويترز"])
def test_headlines_with_a_dash_or_a_comma_are_no_byline(text):
    assert not _is_byline(_line(text))


@pytest.mark.parametrize("text, day", [
    ("الثلاثاء 5 دجمبر 2023 - 09:10", "2023-12-05"),
    ("Jan 18, 2024 12:30 Asia/Tehran", "2024-01-18"),
    ("Mar 3, 2026 18:40 Africa/Cairo", "2026-03-03"),
    ("16 Nov 2025 10:20 America/Argentina/Buenos_Aires", "2025-11-16"),
])
def test_date_lines(text, day):
    read = _read_date_line(_line(text))
    assert read is not None and read[0][:10] == day


@pytest.mark.parametrize("text", ["Jan 18, 2024 12:30 Tehran", "Jan 18, 2024 12:30 asia/tehran now"])
def test_no_zone_without_the_area_slash_city_form(text):
    assert _read_date_line(_line(text)) is None


def test_credit_caption_headline_byline_date_line():
    text = ("(أرشيفية)\n\nمدخل مركز الشرطة في المدينة، الخميس\n\nارتفاع حصيلة تفجير مركز الشرطة إلى 60 قتيلا\n\n"
            "بنغازي - متابعات\n\nالجمعة 9 يناير 2026 | 10:45\n\nبنغازي - رويترز\n\n"
            "ارتفعت حصيلة التفجير الذي استهدف مركز تدريب الشرطة في المدينة أمس إلى ستين قتيلا وعشرات الجرحى، "
            "بحسب ما أعلنت وزارة الصحة في بيان صباح اليوم.\n")
    structure = read_structure(text)
    assert structure.headline.text == "ارتفاع حصيلة تفجير مركز الشرطة إلى 60 قتيلا"
    assert structure.byline.text == "بنغازي - متابعات"
    assert structure.published.startswith("2026-01-09")
    assert [(c.kind, c.line.text) for c in structure.captions] == [
        ("credit", "(أرشيفية)"), ("caption", "مدخل مركز الشرطة في المدينة، الخميس")]
