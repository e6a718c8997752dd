"""Round 18 of the reading stage: a site's own name in a date line ("www.marebpress.net | …") is
blanked one character for one, so the parts cut later at offsets of the whole line (the post's
age between bars, the desk after the last slash, the clock of the chosen date) are cut where they
are; a date cue or an update cue after the site's name opens the line as at its start."""

import pytest

from khabar.reading.structure import read_structure
from tests.reading.test_structure import article
from tests.reading.test_structure_s17 import HEADLINE


@pytest.mark.parametrize("line, published, date", [
    # the desk after the last slash: cut at the slash of the whole line, not some letters into the desk
    ("www.marebpress.net | الأحد 19 يناير 2020 الساعة 17:05 / مأرب برس - خاص", "2020-01-19T17:05",
     "19 يناير 2020"),
    # the post's age between bars, its offsets those of the whole line
    ("almashhad.example.com | منذ 4 ساعات | 08 أكتوبر 2025", "2025-10-08", "08 أكتوبر 2025"),
    # the writer after the bar
    ("alsudani.news.sd | 2020-01-23 14:05:32 | كتب: محمد علي", "2020-01-23T14:05", "2020-01-23"),
    # a cue after the site's name; the update first, the publication and its clock after it
    ("www.alsudani.news | تاريخ النشر: 16/11/2025 - 10:30", "2025-11-16T10:30", "16/11/2025"),
    ("www.alsudani.news | آخر تحديث: 17/11/2025 | تاريخ النشر: 16/11/2025 - 10:30", "2025-11-16T10:30",
     "16/11/2025"),
])
def test_a_site_name_keeps_the_offsets_of_its_date_line(line, published, date):
    text = article(HEADLINE, line)
    s = read_structure(text)
    assert s.date_line is not None and s.date_line.text == line
    assert s.published == published
    span = s.published_span
    assert span.text == date and text[span.start:span.end] == date


@pytest.mark.parametrize("line", [
    # a site's name before a sentence that holds a date is no date line
    "www.example.com | اشتباكات عنيفة في المدينة يوم 19 يناير 2020 بين الجيش والمسلحين",
])
def test_a_site_name_before_a_sentence_makes_no_date_line(line):
    s = read_structure(article(HEADLINE, line))
    assert s.date_line is None or s.date_line.text != line


@pytest.mark.parametrize("line, published, date", [
    # the page's address alone, its path dated with slashes or dashes
    ("https://www.example-news.sd/news/2026/03/08/drought-plan", "2026-03-08", "2026/03/08"),
    ("www.example-gulf.ae/ar/2026-03-08/local/12345", "2026-03-08", "2026-03-08"),
    # an English template after the site's own name
    ("aawsat.example.com | Updated: 08 March 2026 14:30 GMT", "2026-03-08T14:30", "08 March 2026"),
    # a place and a dash before the cue (Somali sites)
    ("مقديشو - التاريخ: 08/03/2026", "2026-03-08", "08/03/2026"),
])
def test_an_address_a_site_or_a_place_before_the_date(line, published, date):
    s = read_structure(article(HEADLINE, line))
    assert s.date_line is not None and s.date_line.text == line
    assert s.published == published and s.published_span.text == date


@pytest.mark.parametrize("line", [
    "https://www.example-news.sd/news/2026/13/45/drought-plan",   # no such day
    "https://www.example-news.sd/news/drought-plan-12345",         # no date in the path
])
def test_an_address_without_a_real_date_is_no_date_line(line):
    s = read_structure(article(HEADLINE, line))
    assert s.published is None


def test_a_place_and_a_quoted_outlet_sign_the_date_after_the_bar():
    s = read_structure(article(HEADLINE, "لندن - «عرب بوست» | 8 مارس 2026"))
    assert s.byline is not None and s.byline.text == "لندن - «عرب بوست»"
    assert s.published == "2026-03-08" and s.headline.text == HEADLINE
