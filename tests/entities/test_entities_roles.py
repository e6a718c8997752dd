"""Titles without a name (tests/entities/data/role_battery.yaml): "وزير الخارجية الأمريكي",
"المستشار الألماني", "ولي العهد السعودي", "الأمين العام للأمم المتحدة", "المبعوث الأممي إلى
اليمن" name the one person who held that office on the article's date."""

from __future__ import annotations

from pathlib import Path

import pytest

import khabar
from khabar.datafile import load_yaml

CASES = load_yaml((Path(__file__).parent / "data" / "role_battery.yaml").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['holder']}@{c['published']}" for c in CASES])
def test_role_names_the_holder_on_the_day(case):
    record = khabar.read(case["text"], published=case["published"]).to_dict()
    assert case["holder"] in [e["name"] for e in record["entities"] if e["type"] == "PER"]


@pytest.mark.parametrize("text", [
    "وقال المستشار القانوني للحكومة إن القرار نافذ.",      # an adviser, not a chancellor
    "وقال ولي العهد إن المملكة تدعم الاستقرار.",            # whose crown prince the text does not say
    "وقالت المتحدثة باسم الأمين العام إن الاجتماع تأجل.",   # the spokesperson's title is hers
])
def test_styled_titles_without_whose_or_of_another_office_name_no_one(text):
    record = khabar.read(text, published="2023-01-01").to_dict()
    assert not [e for e in record["entities"] if e["type"] == "PER" and e.get("kb")]


def test_a_title_before_a_word_the_knowledge_base_matches_but_declines_reads_without_error():
    # "وجه" matched a knowledge-base name that _kb then declined: the title's qualifier scan
    # took None for a mention and the whole article failed to read
    import khabar

    record = khabar.read("رئيس الوزراء وجه بفتح تحقيق في الحادث.").to_dict()
    assert record["text"].startswith("رئيس الوزراء")
