"""Round s35 of the reading stage: date lines whose date is followed by the paper's issue number with no
bar before it ("17 مايو 2022 مـ رقم العدد [ 15876]", Asharq Al-Awsat's print template) or by a Latin clock
half and an update ("14-09-2022 10:15 AM | آخر تحديث: …", Jordanian sites' template) are date lines: the
publication date is read, and the headline and byline above them are no captions.  A "place/ agency" line
right above the date line that closes the header ("عمان/ الأناضول", then "24.07.2017") is the body's dateline."""

import pytest

from khabar.reading.structure import Line, _read_date_line, read_structure

BODY = ("قال مسؤولون في وزارة الصحة إن الهجوم الذي وقع فجر اليوم أدى إلى سقوط عدد كبير من الضحايا "
        "بينهم أطفال ونساء، وإن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض في المنطقة المستهدفة.")


def _date_line(text: str) -> str | None:
    found = _read_date_line(Line(0, len(text), text))
    return found and found[0]


@pytest.mark.parametrize("line, date", [
    ("الثلاثاء - 16 شوال 1443 هـ - 17 مايو 2022 مـ رقم العدد [ 15876]", "2022-05-17"),
    ("الثلاثاء - 15 ذو القعدة 1443 هـ - 14 يونيو 2022 مـ رقم العدد [ 15904 ]", "2022-06-14"),
    ("الأربعاء 8 أكتوبر 2025 العدد 4021", "2025-10-08"),
    ("14-09-2022 10:15 AM | آخر تحديث: 14-09-2022 02:30 PM", "2022-09-14T10:15"),
    ("14-09-2022 02:30 PM", "2022-09-14T14:30"),
    # a sentence whose subject is "العدد": the cue stands before the date, no aside closing it
    ("ارتفاع العدد في 14 يونيو 2022 إلى 15", None),
    ("وصل العدد 14 يونيو 2022 الى 15", None),
])
def test_a_date_line_closed_by_the_issue_number_or_a_latin_clock(line, date):
    assert _date_line(line) == date


def test_the_print_template_header_reads_headline_byline_and_date():
    headline = "بوركينا فاسو: حصيلة هجوم سيتنغا ترتفع إلى 79 قتيلاً وحداد وطني لثلاثة أيام"
    byline = "واغادوغو - لندن: «الشرق الأوسط»"
    date_line = "الثلاثاء - 15 ذو القعدة 1443 هـ - 14 يونيو 2022 مـ رقم العدد [ 15904 ]"
    structure = read_structure("\n\n".join([headline, byline, date_line, BODY, BODY]))
    assert structure.headline.text == headline
    assert structure.byline.text == byline
    assert structure.date_line.text == date_line
    assert structure.published == "2022-06-14"
    assert structure.captions == []


@pytest.mark.parametrize("dateline, date_line, place, agency", [
    ("عمان/ الأناضول", "24.07.2017", "عمان", "الأناضول"),
    ("إسلام آباد/ الأناضول", "01.08.2023", "إسلام آباد", "الأناضول"),
    ("نيامي - أ ف ب", "الاثنين 31 يوليو 2023", "نيامي", "أ ف ب"),
])
def test_a_place_and_agency_line_over_the_closing_date_line_is_the_dateline(dateline, date_line, place, agency):
    headline = "الأردن يتمسك بالتحقيق مع حارس السفارة الإسرائيلية"
    structure = read_structure("\n\n".join([headline, dateline, date_line, BODY, BODY]))
    assert structure.byline is None
    assert (structure.dateline.place.text, structure.dateline.agency.text) == (place, agency)
    assert structure.date_line.text == date_line
    assert len(structure.paragraphs) == 2


@pytest.mark.parametrize("byline", ["فرانس24 / أ ف ب", "بغداد/ المدى"])
def test_an_outlet_line_over_the_closing_date_line_stays_the_byline(byline):
    headline = "الأردن يتمسك بالتحقيق مع حارس السفارة الإسرائيلية"
    structure = read_structure("\n\n".join([headline, byline, "نشرت في: 13/06/2019 - 16:40", BODY, BODY]))
    assert structure.byline.text == byline
    assert structure.dateline is None
