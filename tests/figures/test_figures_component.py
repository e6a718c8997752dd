"""The figures stage in the pipeline, end to end on the canonical article."""

import pytest
from spacy.tokens import Doc

import khabar
from khabar.figures.figures import find_figures
from khabar.pipeline import build, run


def test_the_stage_is_in_the_pipeline():
    assert "khabar_figures" in build().pipe_names
    assert Doc.has_extension("figures")


@pytest.fixture(scope="module")
def canonical_figures(canonical_record):
    return canonical_record.figures


def test_canonical_article_figures(canonical_text, canonical_figures):
    for figure in canonical_figures:
        assert canonical_text[figure["start"]:figure["end"]] == figure["text"]
    new = [f for f in canonical_figures if "ref" not in f]
    # "تمت في مبنيين منفصلين": a dual after a preposition of place counts since round s32 (12 dev
    # gold figures listed so, 3 left out, this article's gold among the three: a question for the lead)
    things = [f for f in new if f["unit"] != "person"]
    assert [(f["text"], f["value"], f["category"]) for f in things] == [("مبنيين", 2, "other")]
    new = [f for f in new if f["unit"] == "person"]
    got = {f["value"]: f for f in new}
    assert len(new) == 9 and len(got) == 9
    assert got[60]["text"] == "أقل من 60 شخصًا"
    assert (got[60]["max"], got[60]["min"], got[60]["category"]) == (60, None, "alive")
    assert got[251]["category"] in ("abducted", "held") and got[251]["text"] == "251 شخصًا"
    assert got[105]["category"] == "released"
    assert got[43]["category"] == "dead"
    assert got[274]["category"] == "killed" and got[274]["text"] == "274 شخصًا"
    assert got[698]["category"] == "wounded" and got[698]["text"] == "698 إصابة"
    assert got[4]["category"] == "rescued" and got[4]["text"] == "4 محتجزين"
    assert got[5]["category"] == "held" and got[5]["text"] == "5 أمريكيين"
    assert got[3]["category"] == "killed" and got[3]["text"] == "3 مواطنين"
    for figure in new:
        assert figure["unit"] == "person" and figure["approx"] is False
        if figure["value"] != 60:
            assert figure["min"] is None and figure["max"] is None


def test_canonical_article_back_references(canonical_figures):
    refs = [f for f in canonical_figures if "ref" in f]
    four = next(f for f in canonical_figures if f["value"] == 4 and "ref" not in f)
    assert [(f["text"], f["value"], f["ref"], f["category"]) for f in refs] == [
        ("المحتجزين الأربعة", 4, four["id"], "rescued")] * 2
    assert [f["id"] for f in canonical_figures] == [f"f{i}" for i in range(1, len(canonical_figures) + 1)]


def test_canonical_dates_are_not_figures(canonical_text, canonical_figures):
    for date in ("18 أكتوبر 2023", "10 يونيو 2024", "7 أكتوبر"):
        start = canonical_text.index(date)
        assert not any(f["start"] < start + len(date) and start < f["end"] for f in canonical_figures)


def test_component_and_function_agree(canonical_text):
    doc = run(canonical_text)
    entities = doc._.entities if Doc.has_extension("entities") else None
    # the events stage links figures to events, claims, times and places afterwards
    linked = ("event", "claim", "time", "place")
    own = lambda figures: [{k: v for k, v in f.items() if k not in linked} for f in figures]  # noqa: E731
    assert own(doc._.figures) == own(find_figures(canonical_text, sentences=doc._.sentences, entities=entities))


ARTICLE = """غزة - (وكالات) -
أسفر قصف إسرائيلي على مدينة رفح فجر اليوم عن مقتل 18 فلسطينيًا، بينهم 6 أطفال، وإصابة العشرات.

وقالت وزارة الصحة إن حصيلة القتلى ارتفعت إلى أكثر من 35 ألفًا منذ 7 أكتوبر 2023.

وأعلن الجيش مقتل جندي وإصابة 3 آخرين بجروح خطيرة، ونقل الجنود الثلاثة إلى المستشفى.

وخصصت الأمم المتحدة 250 مليون دولار لإغاثة نحو 1.7 مليون نازح."""


def test_a_whole_article_through_the_pipeline():
    record = khabar.read(ARTICLE)
    got = [(f["text"], f["value"], f["min"], f["approx"], f["category"], f["unit"], f.get("ref"))
           for f in record.figures]
    assert got == [
        ("18 فلسطينيًا", 18, None, False, "killed", "person", None),
        ("6 أطفال", 6, None, False, "killed", "person", None),
        ("العشرات", None, 10, False, "wounded", "person", None),
        ("أكثر من 35 ألفًا", 35000, 35000, False, "killed", "person", None),
        ("جندي", 1, None, False, "killed", "person", None),
        ("3 آخرين", 3, None, False, "wounded", "person", None),
        ("الجنود الثلاثة", 3, None, False, "wounded", "person", "f6"),
        ("250 مليون دولار", 250000000, None, False, "other", "USD", None),
        ("نحو 1.7 مليون نازح", 1700000, None, True, "displaced", "person", None),
    ]
