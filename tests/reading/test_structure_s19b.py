"""Round 19 of the reading stage: the page's own lines around a date line that outlets not in the
corpus print (page_battery_s19b.yaml): a row of share buttons after a label ("شارك: فيسبوك تويتر"),
a row of hashtags, a breadcrumb trail over the headline, the post's age beside a dated line, a
"©" credit between the headline and the date line, a section over the headline of a page signed
under it; and a headline that opens with quoted names is no outlet's byline."""

import pytest

from khabar.reading.structure import Line, _is_page_furniture, _is_trail, _raw_cues, read_structure
from tests.reading.test_structure import article
from tests.reading.test_structure_s17 import HEADLINE


def _line(text: str) -> Line:
    return Line(0, len(text), text)


def test_new_cues_are_lists_of_strings():
    raw = _raw_cues()
    boilerplate = raw["boilerplate"]
    for key in ("share_labels", "breadcrumb_heads", "breadcrumb_separators", "breadcrumb_arrows"):
        assert boilerplate[key] and all(isinstance(word, str) and word.strip() for word in boilerplate[key]), key
    for key in ("breadcrumb_separators", "breadcrumb_arrows"):
        assert all(len(sign) == 1 for sign in boilerplate[key]), key   # single signs: they make a regex class
    assert raw["photo_marks"] and all(isinstance(mark, str) for mark in raw["photo_marks"])


@pytest.mark.parametrize("text", [
    "الرئيسية » أخبار » حوادث",
    "الرئيسية / سياسة",
    "Home › News › Sudan",
    "أخبار » سياسة » عربي ودولي",          # no home page: three parts joined by arrows
    "#السودان #الفاشر #الدعم_السريع",
])
def test_trails_and_hashtag_rows(text):
    assert _is_trail(_line(text)) and _is_page_furniture(_line(text))


@pytest.mark.parametrize("text", [
    "«الصحة» و«التعليم» توقعان اتفاقية",   # closing quotes, not arrows
    "أخبار » سياسة",                         # two parts without the home page: not enough
    "المعلومة/ بغداد",                       # outlet and place: a byline
    "#عاجل",                                  # one hashtag
    "الرئيسية » وزارة الطاقة تعلن برنامجا جديدا لتقنين الكهرباء في البلاد",   # a part that long is no trail
])
def test_no_trail(text):
    assert not _is_trail(_line(text))


@pytest.mark.parametrize("text", ["شارك: فيسبوك تويتر واتساب", "شارك فيسبوك تويتر تلغرام", "فيسبوك تويتر"])
def test_share_rows_are_the_pages_though_they_name_networks(text):
    assert _is_page_furniture(_line(text))


@pytest.mark.parametrize("lines", [
    [HEADLINE, "15 مارس 2026", "شارك: فيسبوك تويتر واتساب"],
    [HEADLINE, "15 مارس 2026", "#السودان #الفاشر"],
    ["الرئيسية » أخبار » حوادث", HEADLINE, "15 مارس 2026"],
])
def test_page_lines_are_neither_byline_nor_caption(lines):
    s = read_structure(article(*lines))
    assert s.headline.text == HEADLINE and s.byline is None and s.captions == []
    assert s.published == "2026-03-15" and len(s.asides) == 1


@pytest.mark.parametrize("lines", [
    [HEADLINE, "منذ 3 ساعات", "نشر في: 15 مارس 2026"],
    [HEADLINE, "آخر تحديث: منذ 5 دقائق", "نشر في 15 مارس 2026 - 09:10"],
    ["منذ ساعتين", HEADLINE, "الأحد 15 مارس 2026"],
    [HEADLINE, "15 مارس 2026", "قبل 45 دقيقة"],
])
def test_the_posts_age_beside_a_dated_line_is_the_pages(lines):
    s = read_structure(article(*lines))
    assert s.headline.text == HEADLINE and s.byline is None and s.captions == []
    assert s.published.startswith("2026-03-15")
    assert [a.line.text for a in s.asides] == [line for line in lines if "منذ" in line or "قبل" in line]


def test_the_posts_age_alone_is_still_the_date_line():
    s = read_structure(article(HEADLINE, "منذ 3 ساعات"))
    assert s.date_line.text == "منذ 3 ساعات" and s.published is None and s.headline.text == HEADLINE


def test_a_copyright_credit_under_the_headline_is_the_photos():
    s = read_structure(article(HEADLINE, "© وكالة الأنباء السعودية", "15 مارس 2026"))
    assert s.byline is None and [(c.kind, c.line.text) for c in s.captions] == [("credit", "© وكالة الأنباء السعودية")]
    assert s.headline.text == HEADLINE and s.published == "2026-03-15"


def test_a_section_over_a_headline_signed_under_it_is_the_pages():
    s = read_structure(article("سياسة", HEADLINE, "بقلم: سامر خليل", "15 مارس 2026"))
    assert s.byline.text == "بقلم: سامر خليل" and s.captions == [] and s.headline.text == HEADLINE
    assert [a.line.text for a in s.asides] == ["سياسة"]
    alone = read_structure(article("سياسة", HEADLINE, "15 مارس 2026"))   # unsigned: the section is the byline
    assert alone.byline.text == "سياسة"


def test_a_headline_opening_with_quoted_names_is_no_outlets_byline():
    headline = "«الصحة» و«التعليم» توقعان اتفاقية"
    s = read_structure(article(headline, "الأحد 15 مارس 2026"))
    assert s.headline.text == headline and s.byline is None
    signed = read_structure(article(HEADLINE, "«عرب بوست»", "الأحد 15 مارس 2026"))
    assert signed.byline.text == "«عرب بوست»"


def test_a_byline_closed_by_the_posts_age():
    s = read_structure(article(HEADLINE, "كتب: محمد علي | منذ 3 ساعات"))
    assert s.byline.text == "كتب: محمد علي" and s.date_line.text == "منذ 3 ساعات"
    assert s.published is None and s.headline.text == HEADLINE
    uncued = read_structure(article(HEADLINE, "محمد علي | منذ 3 ساعات"))   # no byline cue: not split
    assert uncued.byline is None or uncued.byline.text != "محمد علي"


@pytest.mark.parametrize("lines, credit", [
    (["الزمان", "عناصر من الشرطة خلال دورية في المدينة", HEADLINE, "15 مارس 2026"], "الزمان"),
    (["الحرية نت - خاص", "محتجون يغلقون طريقا في وسط المدينة مساء الثلاثاء", HEADLINE, "15 مارس 2026"],
     "الحرية نت - خاص"),
    (["محافظ تعز خلال افتتاح مشروع المياه في المدينة", "(المكتب الإعلامي)", HEADLINE, "15 مارس 2026"],
     "(المكتب الإعلامي)"),
])
def test_a_short_source_beside_a_photos_description_is_its_credit(lines, credit):
    s = read_structure(article(*lines))
    assert s.headline.text == HEADLINE
    assert [c.line.text for c in s.captions if c.kind == "credit"] == [credit]
    assert len([c for c in s.captions if c.kind == "caption"]) == 1


def test_two_short_photo_lines_stay_as_they_are():
    # no description of five words or more beside it: nothing tells a source from a short caption
    s = read_structure(article("الزمان", "دورية للشرطة", HEADLINE, "15 مارس 2026"))
    assert [c.kind for c in s.captions] == ["caption", "caption"]
