"""Round 20 of the reading stage (page_battery_s20.yaml): a date line split over two lines (the clock,
the cue or the weekday on a line of its own), the clock before the date ("10:45 - 12/03/2023"), a
headline that names a day ("ذكرى 8 آذار 1963"), photo credits over a byline, a photo line under the
date line, the page's tools ("حجم الخط", "استمع للخبر"), French and English furniture, and an agency in
parentheses closed by a colon ("(أ ش أ):").  Read wrong, a piece of the date line became the byline,
the headline's day the publication date, or a credit the headline."""

import pytest

from khabar.reading.structure import Line, _caption_kind, _raw_cues, _read_date_line, read_structure
from khabar.text.normalise import normalise_word

BODY = ("أعلنت وزارة الصحة أمس الأحد تسجيل ارتفاع في عدد الإصابات بالحمى في ثلاث محافظات، ودعت المواطنين إلى "
        "مراجعة المراكز الصحية عند ظهور الأعراض، مؤكدة أن الوضع ما زال تحت السيطرة وأن الفرق الطبية تعمل على مدار الساعة.")
HEADLINE = "الصحة تحذر من ارتفاع إصابات الحمى في ثلاث محافظات"


def _page(*head: str, body: str = BODY):
    return read_structure("\n\n".join([HEADLINE, *head, body, "وقال مسؤول إن الوضع مستقر."]))


def _line(text: str) -> Line:
    return Line(0, len(text), text)


def test_round_20_lists_load_as_strings():
    """The lists this round adds (structure.yaml): the page's tools and the words closing an outlet's name."""
    raw = _raw_cues()
    for words in (raw["boilerplate"]["tools"], raw["outlet_tails"], raw["writer_cues"]):
        assert words and all(isinstance(word, str) and word.strip() for word in words)
    assert "تسنيم" in raw["agencies_needing_a_separator"] and "تسنيم" in raw["agencies"]
    # no tool is a kicker: a kicker is a label of the article, a tool the page's
    kickers = {normalise_word(word) for word in raw["boilerplate"]["kickers"]}
    assert not kickers & {normalise_word(word) for word in raw["boilerplate"]["tools"]}


@pytest.mark.parametrize("head, published", [
    (("الأحد، 8 آذار 2026", "10:20 ص"), "2026-03-08T10:20"),
    (("الأحد، 8 آذار 2026", "09:30 م"), "2026-03-08T21:30"),
    (("10:20", "2026-03-08"), "2026-03-08T10:20"),
    (("الأحد 12 مارس 2023", "الساعة 10:45 صباحا"), "2023-03-12T10:45"),
    (("الأحد 8 مارس 2026 - 11:05", "14:00"), "2026-03-08T11:05"),   # the day's own clock stays
    (("نشر بتاريخ:", "الأحد 08 آذار 2026"), "2026-03-08"),
    (("Published:", "12 March 2023"), "2023-03-12"),
    (("الأحد", "08/03/2026"), "2026-03-08"),
])
def test_a_date_line_split_over_two_lines_is_one_date_line(head, published):
    structure = _page(*head)
    assert structure.published == published
    assert structure.byline is None and structure.headline.text == HEADLINE
    assert structure.paragraphs[0].text == BODY


def test_a_short_header_line_beside_the_date_that_is_no_piece_of_it_stays_the_byline():
    structure = _page("الأحد 8 مارس 2026", "كتب: أحمد علي")
    assert structure.byline.text == "كتب: أحمد علي"


@pytest.mark.parametrize("text, published", [
    ("10:45 - 12/03/2023", "2023-03-12T10:45"),
    ("10:45:12 - 12/03/2023", "2023-03-12T10:45"),
    ("10:45 ص - 12/03/2023", "2023-03-12T10:45"),
    ("14:05 | 08 مارس 2026", "2026-03-08T14:05"),
    # English ordinals, the French "le", more cues
    ("Mar 8th, 2026", "2026-03-08"),
    ("March 8th, 2026 at 10:20 am", "2026-03-08T10:20"),
    ("8th of March 2026", "2026-03-08"),
    ("le 8 mars 2026", "2026-03-08"),
    ("le dimanche 8 mars 2026 à 10h20", "2026-03-08T10:20"),
    ("صدر بتاريخ 08/03/2026", "2026-03-08"),
    ("تاريخ ووقت النشر: 08/03/2026 10:20", "2026-03-08T10:20"),
])
def test_date_lines_of_round_20(text, published):
    assert _read_date_line(_line(text))[0] == published


@pytest.mark.parametrize("text", ["ذكرى 8 آذار 1963", "مجزرة 16 أيلول 1982",
                                  "The 8th March 2026 summit", "le sommet du 8 mars 2026"])
def test_a_headline_that_names_a_day_is_no_date_line(text):
    assert _read_date_line(_line(text)) is None


@pytest.mark.parametrize("text", ["تونس - 05-03-2019", "الأحد 8 مارس 2026", "Le 15/03/2026 à 10:24", "Date: 15/03/2026"])
def test_a_place_or_a_label_set_off_from_the_date_keeps_the_date_line(text):
    assert _read_date_line(_line(text)) is not None


def test_photo_credits_over_the_byline_are_credits_not_the_headline():
    structure = _page("تصوير: أحمد سالم", "صورة أرشيفية (رويترز)", "كسلا - مراسلنا", "الأحد 8 مارس 2026")
    assert structure.headline.text == HEADLINE and structure.byline.text == "كسلا - مراسلنا"
    assert [c.kind for c in structure.captions] == ["credit", "credit"]


@pytest.mark.parametrize("line, kind", [("صورة تعبيرية", "credit"), ("مخبز في مدينة نابلس (أرشيف)", "caption")])
def test_a_photo_line_under_the_date_line_is_the_photos(line, kind):
    structure = _page("08/03/2026", line)
    assert structure.byline is None and structure.paragraphs[0].text == BODY
    assert [(c.kind, c.line.text) for c in structure.captions] == [(kind, line)]


@pytest.mark.parametrize("text", ["حادث سير على الطريق الدولي (الطقس)", "مخبز في مدينة نابلس (سكان المدينة الغاضبين)"])
def test_a_bracketed_tail_that_credits_nothing_is_no_caption(text):
    assert _caption_kind(_line(text)) is None


@pytest.mark.parametrize("tool", ["حجم الخط", "A+ A-", "استمع للخبر", "Listen to this article", "طباعة", "Imprimer"])
def test_the_pages_tools_are_set_apart(tool):
    for head in ((tool, "12/03/2023"), ("12/03/2023", tool)):
        structure = _page(*head)
        assert structure.byline is None and structure.published == "2023-03-12"
        assert [a.line.text for a in structure.asides] == [tool]


def test_a_headline_opening_with_a_tools_word_is_the_headline():
    text = "طباعة 10 آلاف نسخة من المصحف في المدينة المنورة"
    structure = read_structure("\n\n".join([text, "08/03/2026", BODY]))
    assert structure.headline.text == text and not structure.asides


@pytest.mark.parametrize("head", [("مباشر",), ("Partager Facebook Twitter",), ("3 min de lecture",)])
def test_live_labels_french_share_rows_and_counters_are_the_pages(head):
    structure = read_structure("\n\n".join([*head, HEADLINE, "08/03/2026", BODY]))
    assert structure.headline.text == HEADLINE and structure.byline is None


def test_an_english_update_line_above_the_publication_line():
    structure = _page("Last update: 09/03/2026 08:00", "نشر في: 08/03/2026")
    assert structure.published == "2026-03-08" and structure.byline is None


def test_a_french_byline_with_its_date():
    structure = _page("Par Youssef Alaoui - 08/03/2026")
    assert structure.byline.text == "Par Youssef Alaoui" and structure.published == "2026-03-08"


@pytest.mark.parametrize("opening, agency", [("(أ ش أ): ", "أ ش أ"), ("(رويترز) - ", "رويترز"), ("(الأناضول)- ", "الأناضول")])
def test_an_agency_in_parentheses_opens_the_body(opening, agency):
    structure = _page("08/03/2026", body=opening + BODY)
    assert structure.dateline.agency.text == agency and structure.dateline.place is None


def test_a_short_paragraph_opening_with_a_photo_word_is_body():
    first = "صور الأقمار الصناعية تظهر حجم الدمار في القرى."
    structure = _page("08/03/2026", body=first)
    assert structure.paragraphs[0].text == first and not structure.captions


def test_an_agency_named_like_a_person_signs_its_own_page_without_a_closing_mark():
    """"تسنيم" is a woman's name: as "فارس" and "صفا", a dateline takes it only with a closing mark."""
    text = "\n\n".join([HEADLINE, "2022/10/27 - 10:20", "طهران - تسنيم", BODY])
    structure = read_structure(text)
    assert structure.byline.text == "طهران - تسنيم" and structure.dateline is None
    structure = _page("08/03/2026", body="طهران (تسنيم) - " + BODY)
    assert structure.dateline.agency.text == "تسنيم"


@pytest.mark.parametrize("opening, place, agency", [
    ("الخرطوم - التغيير: ", "الخرطوم", "التغيير"),
    ("الخرطوم – سودان تربيون – ", "الخرطوم", "سودان تربيون"),
    ("بغداد / المعلومة / ", "بغداد", "المعلومة"),
    ("القدس المحتلة / سما / ", "القدس المحتلة", "سما"),
    ("بغداد (الفرات نيوز) - ", "بغداد", "الفرات نيوز"),
    ("صنعاء - المصدر أونلاين: ", "صنعاء", "المصدر أونلاين"),
])
def test_a_dateline_names_the_outlet_that_sent_the_report(opening, place, agency):
    dateline = _page("08/03/2026", body=opening + BODY).dateline
    assert (dateline.place.text, dateline.agency.text) == (place, agency)


@pytest.mark.parametrize("opening, place", [
    ("دمشق - العاصمة السورية - ", "دمشق"),     # the place's epithet
    ("القاهرة - وزير الصحة: ", "القاهرة"),      # a speaker
    ("دمشق - السورية: ", "دمشق"),             # a people's adjective
    ("رفح (جنوب غزة) - ", None),               # the place's region
])
def test_no_outlet_between_a_place_and_its_closing_mark(opening, place):
    dateline = _page("08/03/2026", body=opening + BODY).dateline
    assert dateline is None or (dateline.agency is None and dateline.place.text == place)


def test_what_the_writer_is_under_his_byline_is_neither_byline_nor_headline():
    structure = _page("بقلم: عثمان ميرغني", "كاتب وصحفي سوداني", "الأحد 8 مارس 2026")
    assert structure.headline.text == HEADLINE and structure.byline.text == "بقلم: عثمان ميرغني"
    assert not structure.captions and structure.paragraphs[0].text == BODY


def test_a_short_byline_under_a_headline_that_opens_with_a_desk_word_stays_the_byline():
    headline = "أخبار سارة للمتقاعدين في الأردن"   # "أخبار" opens bylines too, but names no writer
    structure = read_structure("\n\n".join([headline, "محمد الراجي", "الأحد 8 مارس 2026", BODY]))
    assert structure.headline.text == headline and structure.byline.text == "محمد الراجي"
