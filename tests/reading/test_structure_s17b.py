"""Round 17 second pass of the reading stage: a date line may close with its writer after a bar
("8 مارس 2026 | كتب: محمد علي"), as it could with the desk after a slash; an English template may
name the writer after or before the date ("Posted on 8 March 2026 by admin", "Posted by admin on
March 8, 2026"); an ISO timestamp may end in Z (UTC).  A clause after the bar, or "by" with an
article, still leaves a sentence."""

import pytest

from khabar.reading.structure import read_structure
from tests.reading.test_structure import article
from tests.reading.test_structure_s17 import HEADLINE


@pytest.mark.parametrize("line, published", [
    ("8 مارس 2026 | كتب: محمد علي", "2026-03-08"),
    ("الأحد 8 مارس 2026 - 10:05 | المصدر: وكالات", "2026-03-08T10:05"),
    ("Posted on 8 March 2026 by admin", "2026-03-08"),
    ("Posted by admin on March 8, 2026", "2026-03-08"),
    ("Posted by John Smith on March 8, 2026 at 4:05 pm", "2026-03-08T16:05"),
    ("2026-03-08T10:05:00Z", "2026-03-08T10:05"),
    ("2026-03-08T10:05:00.000Z", "2026-03-08T10:05"),
])
def test_a_writer_or_an_iso_zone_letter_closes_a_date_line(line, published):
    s = read_structure(article(HEADLINE, line))
    assert s.headline.text == HEADLINE
    assert s.date_line.text == line and s.published == published


@pytest.mark.parametrize("line", [
    # after the bar a clause, not a writer: a sentence that holds a date
    "8 مارس 2026 | اشتباكات عنيفة في المدينة بين الجيش والمسلحين",
    # "by" with an article goes on as a phrase
    "Published On 16 Nov 2025 by the desk",
])
def test_a_clause_after_the_bar_or_by_the_makes_no_date_line(line):
    s = read_structure(article(HEADLINE, line))
    assert s.date_line is None or s.date_line.text != line
