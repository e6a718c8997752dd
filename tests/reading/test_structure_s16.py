"""Round 16 cues of the reading stage (khabar/reading/data/structure.yaml): the edit cue of a date
line ("آخر تعديل"), the short units of a relative date line ("منذ 25 د"), and the Russian, Iranian,
Palestinian, Spanish, Korean, Japanese, Italian and Somali agencies of datelines, those named like a
person or a word taken only with a closing mark after them."""

import pytest

from khabar.reading.structure import read_structure

BODY = ("قال مسؤولون في وزارة الصحة إن الهجوم الذي وقع فجر اليوم أدى إلى سقوط عدد كبير من الضحايا "
        "بينهم أطفال ونساء، وإن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض في المنطقة المستهدفة.")


def article(*header: str, body: str = BODY) -> str:
    return "\n".join(header) + "\n\n" + body + "\n\n" + BODY


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
