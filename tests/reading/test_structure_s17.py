"""Round 17 mechanisms of the reading stage: a date line may end in the outlet's desk after a slash
("… الساعة 05 مساءً / مأرب برس - خاص", as Yemeni sites write it) and in its clock's time zone named
by a city ("(توقيت مكة المكرمة)"); neither makes the line a sentence.  A slash part that is no
byline, or a zone word inside a sentence, still leaves the line a sentence."""

import pytest

from khabar.reading.structure import read_structure
from tests.reading.test_structure import article

HEADLINE = "الحكومة تعلن خطة جديدة للنقل العام"


@pytest.mark.parametrize("line, published", [
    ("الأحد 19 يناير-كانون الثاني 2020 الساعة 05 مساءً / مأرب برس - خاص", "2020-01-19"),
    ("الثلاثاء 10 مارس 2026 الساعة 11:20 صباحاً / المصدر أونلاين - متابعات", "2026-03-10"),
    ("10 مارس 2026 / عدن - خاص", "2026-03-10"),
    ("10 مارس 2026 - 21:45 (توقيت مكة المكرمة)", "2026-03-10"),
    ("15 سبتمبر 2026 الساعة 12:40 بتوقيت الرياض", "2026-09-15"),
])
def test_a_desk_or_a_zone_closes_a_date_line(line, published):
    s = read_structure(article(HEADLINE, line))
    assert s.headline.text == HEADLINE
    assert s.date_line.text == line and s.published.startswith(published)


@pytest.mark.parametrize("line", [
    # after the slash a clause, not a desk: the line is a sentence that holds a date
    "10 مارس 2026 / الحكومة تقرر رفع أسعار الخبز في المدن الكبرى",
    # the zone word in a sentence leaves its other words
    "أعلنت الوزارة في 10 مارس 2026 بتوقيت القاهرة تعديل المواعيد",
])
def test_a_slash_clause_or_a_zone_in_a_sentence_makes_no_date_line(line):
    s = read_structure(article(HEADLINE, line))
    assert s.date_line is None or s.date_line.text != line
