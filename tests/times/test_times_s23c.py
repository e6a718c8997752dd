"""Round 23 third wave: an agency dateline that gives day and month only ("بغداد - 28 - 11 (كونا)
--", "الدوحة في 29 نوفمبر /قنا/") and dates its dispatch a day or two before the page is the anchor of
the body's "اليوم", "أمس" and weekdays; its own time keeps the page's date as anchor."""

from datetime import date

import pytest

import khabar
from khabar.times.component import _day_before


@pytest.mark.parametrize("month, day, published, expected", [
    (11, 28, "2026-11-30", date(2026, 11, 28)),
    (11, 29, "2026-11-30", date(2026, 11, 29)),
    (12, 31, "2027-01-01", date(2026, 12, 31)),   # across a new year: the year before the page's
    (11, 30, "2026-11-30", None),                 # the page's own day: the page's date stays
    (11, 22, "2026-11-30", None),                 # older than two days
    (12, 1, "2026-11-30", None),                  # after the page
    (2, 30, "2026-03-01", None),                  # no such day
])
def test_the_dispatch_day_lies_one_or_two_days_before_the_page(month, day, published, expected):
    assert _day_before(month, day, date.fromisoformat(published)) == expected


def _times(text: str, published: str) -> list[tuple[str, str | None, str]]:
    return [(t["text"], t["value"], t["anchor"]) for t in khabar.read(text, published=published).times]


def test_the_body_counts_its_days_from_the_dateline():
    found = _times("الدوحة في 29 نوفمبر /قنا/ التقى الوزير أمس المبعوث الأممي.", "2026-11-30")
    assert found == [("29 نوفمبر", "2026-11-29", "published"), ("أمس", "2026-11-28", "t1")]


def test_a_dateline_of_the_pages_day_changes_nothing():
    found = _times("الكويت - 30 - 11 (كونا) -- أعلنت الوزارة اليوم ضبط شحنة.", "2026-11-30")
    assert found == [("30 - 11", "2026-11-30", "published"), ("اليوم", "2026-11-30", "published")]


def test_a_date_in_the_body_is_no_dispatch_day():
    found = _times("بغداد - (كونا) -- قال الوزير اليوم إن الاجتماع عقد في 28 نوفمبر.", "2026-11-30")
    assert ("اليوم", "2026-11-30", "published") in found
