"""Round 21 of the reading stage (page_battery_s21.yaml): pages copied from apps, aggregators, AMP and
print views.  A photo's credit with a note in parentheses ("© أ ف ب (صورة أرشيفية)"), the site's name
or address over the headline, an outlet stamped with the post's age ("سكاي نيوز عربية · منذ 5 ساعات"),
an English publication line with its update after a bar, the headline printed twice, an English slug,
counters joined by a bar, share buttons one a line or each with its label, a breadcrumb with a dash and
the links of a print view or an aggregator.  Read wrong, such a line became the headline, a caption, the
byline or a paragraph, or the page lost its date."""

import pytest

from khabar.reading.structure import (Line, _bracketed_caption, _credit_with_note, _header_line_kind, _is_credit, _is_masthead,
                                      _raw_cues, read_structure)
from khabar.text.normalise import normalise_word

HEADLINE = "الصحة تحذر من ارتفاع إصابات الحمى في ثلاث محافظات"
BODY = ("أعلنت وزارة الصحة أمس الأحد تسجيل ارتفاع في عدد الإصابات بالحمى في ثلاث محافظات، ودعت المواطنين إلى "
        "مراجعة المراكز الصحية عند ظهور الأعراض، مؤكدة أن الوضع ما زال تحت السيطرة وأن الفرق الطبية تعمل على مدار الساعة.")
LAST = "وقال مسؤول إن الوضع مستقر."


def _read(*lines: str):
    return read_structure("\n\n".join(lines))


def _line(text: str) -> Line:
    return Line(0, len(text), text)


def test_round_21_lists_load_as_strings():
    """The entries this round adds to structure.yaml are strings, and no tool is a page line's cue
    (a tool is read as a whole line only)."""
    board = _raw_cues()["boilerplate"]
    for words in (board["tools"], board["short"], board["related"], board["breadcrumb_separators"]):
        assert words and all(isinstance(word, str) and word.strip() for word in words)
    assert {"نسخة للطباعة", "تابع الخبر من المصدر"} <= set(board["tools"])
    assert {"رابط الخبر", "كلمات البحث"} <= set(board["short"])
    assert "-" in board["breadcrumb_separators"]
    # a tag box's label alone is a page line itself, else the tags under it are never looked for
    for label in board["tag_labels"]:
        assert _header_line_kind(_line(label)) == "page", label


@pytest.mark.parametrize("text, credit", [
    ("© أ ف ب (صورة أرشيفية)", True),
    ("رويترز (أرشيف)", True),
    ("© Getty Images (أرشيفية)", True),
    ("عناصر من الجيش السوداني (صورة أرشيفية)", False),   # a description closed by its credit: a caption
    ("جنود خلال دورية قرب الحدود (أرشيف)", False),
])
def test_a_source_before_a_parenthesised_note_is_a_credit(text, credit):
    assert _credit_with_note(_line(text)) is credit
    assert _is_credit(_line(text)) is credit


def test_the_credit_with_a_note_over_its_caption_stays_the_photos_credit():
    structure = _read("© أ ف ب (صورة أرشيفية)", "عناصر من الجيش خلال دورية في شمال البلاد", HEADLINE,
                      "راديو الشرق - باريس", "الأحد 8 مارس 2026", BODY, LAST)
    assert [(c.kind, c.line.text) for c in structure.captions] == [
        ("credit", "© أ ف ب (صورة أرشيفية)"), ("caption", "عناصر من الجيش خلال دورية في شمال البلاد")]
    assert structure.headline.text == HEADLINE and structure.byline.text == "راديو الشرق - باريس"


@pytest.mark.parametrize("text, masthead", [
    ("عربي بوست", True),
    ("الشروق أونلاين", True),
    ("https://hasna.net/article/88412", True),
    ("سي بي سي تي في", False),                  # a two-word tail is no masthead's: any line ends in "في"
    ("عربي بوست 24", False),
    ("الصحة تحذر من ارتفاع إصابات الحمى نت", False),   # longer than a site's name
    ("اقتصاد", False),
])
def test_a_sites_name_or_address_is_a_masthead(text, masthead):
    assert _is_masthead(_line(text)) is masthead


def test_an_amp_pages_name_over_the_headline_signs_it():
    structure = _read("عربي بوست", HEADLINE, "2026/03/08", BODY, LAST)
    assert structure.byline.text == "عربي بوست" and structure.headline.text == HEADLINE
    assert structure.captions == [] and structure.published == "2026-03-08"


def test_an_outlet_stamped_with_the_posts_age_is_the_byline_and_the_stamp_the_date_line():
    structure = _read(HEADLINE, "سكاي نيوز عربية · منذ 5 ساعات", BODY, LAST)
    assert structure.headline.text == HEADLINE
    assert structure.byline.text == "سكاي نيوز عربية" and structure.date_line.text == "منذ 5 ساعات"
    assert structure.published is None


def test_a_stamped_line_that_names_no_outlet_is_no_byline():
    structure = _read(HEADLINE, "الجيش السوداني · منذ 5 ساعات", BODY, LAST)
    assert structure.byline is None or structure.byline.text != "الجيش السوداني"


@pytest.mark.parametrize("line, published", [
    ("Published: 08 Mar 2026, 10:20 AM | Updated: 09 Mar 2026, 08:00 AM", "2026-03-08T10:20"),
    ("March 8, 2026 | Last updated: March 9, 2026", "2026-03-08"),
])
def test_an_english_publication_before_its_update_dates_the_page(line, published):
    structure = _read(HEADLINE, line, BODY, LAST)
    assert structure.published == published and structure.headline.text == HEADLINE


def test_an_english_date_before_a_bar_that_no_update_follows_is_no_date_line():
    structure = _read(HEADLINE, "March 8, 2026 | Sudan war", BODY, LAST)
    assert structure.published is None


@pytest.mark.parametrize("head", [
    (HEADLINE, HEADLINE, "08/03/2026"),
    (HEADLINE, "08/03/2026", HEADLINE),
])
def test_the_headline_printed_twice_is_the_pages(head):
    structure = _read(*head, BODY, LAST)
    assert structure.headline.text == HEADLINE and structure.captions == []
    assert [p.text for p in structure.paragraphs] == [BODY, LAST]
    assert any(aside.line.text == HEADLINE for aside in structure.asides)


def test_a_body_that_opens_with_the_headlines_words_is_body():
    body = HEADLINE + "، بحسب ما أعلنت الوزارة أمس الأحد بعد تسجيل ارتفاع في عدد الإصابات في ثلاث محافظات."
    structure = _read(HEADLINE, "08/03/2026", body, LAST)
    assert [p.text for p in structure.paragraphs] == [body, LAST]


@pytest.mark.parametrize("text, kind", [
    ("army-seizes-new-positions-near-eastern-border", "page"),
    ("1250 مشاهدة | 4 تعليقات", "page"),
    ("👁️ 1,250 مشاهدة", "page"),
    ("شارك على فيسبوك شارك على تويتر شارك على واتساب", "navigation"),
    ("فيسبوك", "page"),
    ("نسخ الرابط", "page"),
    ("الرئيسية - أخبار محلية", "navigation"),
    ("نسخة للطباعة", "page"),
    ("تابع الخبر من المصدر", "page"),
    ("رابط الخبر: https://www.assawsana.com/article/88412", "page"),
    ("الخبر التالي", "related"),
    # near-misses
    ("Sudan-army", None),                       # two parts: a name, no slug
    ("الأيام 24 - محمد الصديقي", None),          # a dash with no home page before it
    ("1250 مشاهدا في الملعب", None),
    ("فيسبوك تحذف آلاف الحسابات", None),
    ("تابع الخبر من المصدر أن الوزارة سترد", None),
])
def test_the_pages_own_lines(text, kind):
    assert _header_line_kind(_line(text)) == kind


def test_share_buttons_one_a_line_at_the_foot_are_no_paragraphs():
    structure = _read(HEADLINE, "08/03/2026", BODY, LAST, "شارك هذا الخبر", "فيسبوك", "تويتر", "واتساب", "نسخ الرابط")
    assert [p.text for p in structure.paragraphs] == [BODY, LAST]


def test_a_networks_name_over_a_caption_still_credits_the_photo():
    structure = _read("فيسبوك", "جنود خلال دورية قرب الحدود الشرقية", HEADLINE, "08/03/2026", BODY, LAST)
    assert [c.kind for c in structure.captions] == ["credit", "caption"]



# second pass: more app, print and AMP lines

@pytest.mark.parametrize("line, published", [
    ("March 8, 2026 · 3 min read", "2026-03-08"),
    ("March 8, 2026 | 1,250 views", "2026-03-08"),
])
def test_an_english_date_beside_the_pages_counter_dates_the_page(line, published):
    structure = _read(HEADLINE, "Mohamed Ali", line, BODY, LAST)
    assert structure.published == published and structure.headline.text == HEADLINE
    assert structure.byline.text == "Mohamed Ali"


def test_published_ago_beside_an_update_leaves_the_update_to_date_the_page():
    structure = _read(HEADLINE, "تم النشر منذ 3 ساعات", "آخر تحديث: 08/03/2026 - 14:00", BODY, LAST)
    assert structure.headline.text == HEADLINE and structure.captions == []
    assert structure.published == "2026-03-08T14:00"


def test_a_print_views_own_date_does_not_date_the_page():
    structure = _read(HEADLINE, "تاريخ الطباعة: 09/03/2026", "تاريخ النشر: 08/03/2026", BODY, LAST)
    assert structure.published == "2026-03-08" and structure.byline is None


def test_an_aggregators_quoted_from_line_stamped_with_its_age_is_the_byline():
    structure = _read(HEADLINE, "نقلاً عن العربية · منذ ساعة", BODY, LAST)
    assert structure.headline.text == HEADLINE and structure.byline.text == "نقلاً عن العربية"


@pytest.mark.parametrize("text, caption", [
    ("(جنود خلال دورية قرب الحدود - رويترز)", True),
    ("(عناصر من الجيش خلال دورية قرب الحدود - أرشيفية)", True),
    ("(تغطية صحفية علي صوافطة من رام الله - إعداد سلمى نجم للنشرة العربية - تحرير منير البويطي)", False),  # a trailer
    ("(الخرطوم - رويترز)", False),          # too short to describe: a place and its agency
    ("جنود خلال دورية قرب الحدود - رويترز", False),   # not wholly in parentheses
])
def test_a_caption_wholly_in_parentheses(text, caption):
    assert _bracketed_caption(_line(text)) is caption


def test_a_caption_in_parentheses_under_the_date_line_is_no_byline():
    structure = _read(HEADLINE, "08/03/2026", "(جنود خلال دورية قرب الحدود - رويترز)", BODY, LAST)
    assert structure.byline is None
    assert [(c.kind, c.line.text) for c in structure.captions] == [("caption", "(جنود خلال دورية قرب الحدود - رويترز)")]


@pytest.mark.parametrize("tail, paragraphs", [
    (("الوسوم", "الجيش الحدود الشرقية"), 2),
    (("كلمات البحث", "الجيش، الحدود الشرقية، السودان"), 2),
    (("طبع من موقع السوسنة", "https://www.assawsana.com"), 2),
    (("العودة إلى الصفحة الرئيسية",), 2),
    # near-miss: a short last paragraph under a line that is no tag label stays
    (("إعلان", "والله ولي التوفيق"), 3),
])
def test_the_pages_foot(tail, paragraphs):
    structure = _read(HEADLINE, "08/03/2026", BODY, LAST, *tail)
    assert len(structure.paragraphs) == paragraphs


# third pass: what a date line sets beside its date

@pytest.mark.parametrize("line, published", [
    ("الأحد 8 مارس 2026 | القسم: سياسة", "2026-03-08"),
    ("08 مارس 2026 | 3 دقائق قراءة", "2026-03-08"),
    ("08/03/2026 - 10:20 | 1250 مشاهدة", "2026-03-08T10:20"),
])
def test_a_section_or_a_counter_beside_the_date_leaves_the_date_line(line, published):
    structure = _read(HEADLINE, line, BODY, LAST)
    assert structure.published == published and structure.headline.text == HEADLINE
    assert structure.captions == []


def test_a_sentence_beside_a_date_is_still_no_date_line():
    structure = _read(HEADLINE, "08 مارس 2026 | وصل الوفد إلى العاصمة صباحا", BODY, LAST)
    assert structure.published is None


def test_the_posts_age_before_a_cued_source_is_the_date_line_and_the_source_the_byline():
    structure = _read(HEADLINE, "منذ 3 ساعات | المصدر: عكاظ", BODY, LAST)
    assert structure.headline.text == HEADLINE and structure.captions == []
    assert structure.byline.text == "المصدر: عكاظ" and structure.date_line.text == "منذ 3 ساعات"


def test_the_posts_age_before_an_uncued_name_stays_one_line():
    structure = _read(HEADLINE, "منذ 3 ساعات | الجيش السوداني", BODY, LAST)
    assert structure.byline is None or structure.byline.text != "الجيش السوداني"
