"""Round 16 cues of the reading stage (khabar/reading/data/structure.yaml): the edit cue of a date
line ("آخر تعديل"), the short units of a relative date line ("منذ 25 د"), and the Russian, Iranian,
Palestinian, Spanish, Korean, Japanese, Italian and Somali agencies of datelines, those named like a
person or a word taken only with a closing mark after them; a page counter written number first
("5 دقائق قراءة") and a photo credit between the headline and the date line."""

import pytest

from khabar.reading.structure import read_structure
from tests.reading.test_structure import BODY, article


@pytest.mark.parametrize("line, published", [
    ("آخر تعديل: 15/09/2026 - 10:20", "2026-09-15"),
    ("تاريخ التعديل 16 سبتمبر 2026", "2026-09-16"),
])
def test_an_edit_cue_opens_a_date_line(line, published):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", line))
    assert s.date_line.text == line and s.published.startswith(published)
    assert s.byline is None


def test_an_edit_line_above_the_publication_line_gives_way_to_it():
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "آخر تعديل: 17/09/2026",
                               "تاريخ النشر: 15/09/2026"))
    assert s.published.startswith("2026-09-15")


@pytest.mark.parametrize("ago", ["منذ 25 د", "منذ 3 س"])
def test_a_short_unit_makes_a_relative_date_line(ago):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام في العاصمة", ago))
    assert s.date_line.text == ago and s.published is None and s.byline is None


@pytest.mark.parametrize("opening, place, agency", [
    ("موسكو - تاس.", "موسكو", "تاس"),
    ("موسكو - ريا نوفوستي:", "موسكو", "ريا نوفوستي"),
    ("طهران - فارس:", "طهران", "فارس"),
    ("غزة - صفا -", "غزة", "صفا"),
    ("القدس المحتلة - قدس برس:", "القدس المحتلة", "قدس برس"),
    ("روما (آكي) -", "روما", "آكي"),
    ("مقديشو (صونا) -", "مقديشو", "صونا"),
])
def test_more_agencies_of_datelines(opening, place, agency):
    s = read_structure(article("عنوان الخبر", "منشور 1 مايو 2024", body=f"{opening} {BODY}"))
    assert (s.dateline.place.text, s.dateline.agency.text) == (place, agency)


@pytest.mark.parametrize("opening", ["غزة - صفا الجو في القطاع", "طهران - فارس الشاب الذي"])
def test_an_agency_named_like_a_word_needs_a_closing_mark(opening):
    s = read_structure(article("عنوان الخبر", "منشور 1 مايو 2024", body=f"{opening} {BODY}"))
    assert s.dateline.agency is None


@pytest.mark.parametrize("counter", ["5 دقائق قراءة", "1250 مشاهدة", "0 تعليق", "٣ دقائق للقراءة"])
def test_a_counter_written_number_first_is_a_page_line(counter):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "15 سبتمبر 2026", counter))
    assert s.byline is None and s.published == "2026-09-15"
    assert [aside.line.text for aside in s.asides] == [counter]


def test_a_number_before_a_word_that_is_no_counter_stays_in_the_header():
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "15 سبتمبر 2026", "3 وزراء"))
    assert not s.asides


@pytest.mark.parametrize("credit", ["صورة أرشيفية (رويترز)", "تصوير: سامر حداد"])
def test_a_photo_credit_between_headline_and_date_line_is_a_credit(credit):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", credit, "15 سبتمبر 2026"))
    assert s.headline.text == "الحكومة تعلن خطة جديدة للنقل العام" and s.byline is None
    assert [(c.kind, c.line.text) for c in s.captions] == [("credit", credit)]


def test_an_agency_line_between_headline_and_date_line_is_no_credit():
    # "place - wire agency" right above the date line that closes the header is the body's dateline
    # (docs/gold-format.md; round s35, as the gold reads Anadolu's "عمان/ الأناضول" over "24.07.2017")
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "القاهرة - رويترز", "15 سبتمبر 2026"))
    assert s.byline is None and s.captions == []
    assert (s.dateline.place.text, s.dateline.agency.text) == ("القاهرة", "رويترز")
