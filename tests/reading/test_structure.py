import pytest

from khabar.reading.structure import read_structure

BODY = ("قال مسؤولون في وزارة الصحة إن الهجوم الذي وقع فجر اليوم أدى إلى سقوط عدد كبير من الضحايا "
        "بينهم أطفال ونساء، وإن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض في المنطقة المستهدفة.")


def article(*header: str, body: str = BODY) -> str:
    return "\n".join(header) + "\n\n" + body + "\n\n" + body


def _latin_line(text: str) -> str | None:
    """The date (and clock) an English date line gives, or None."""
    from khabar.reading.structure import Line, _latin_date_line

    found = _latin_date_line(Line(0, len(text), text))
    return found and found[0]


def _date_line(text: str) -> str | None:
    """The date (and clock) a date line gives, or None when the line is no date line."""
    from khabar.reading.structure import Line, _read_date_line

    found = _read_date_line(Line(0, len(text), text))
    return found and found[0]


def test_canonical_article(canonical_text):
    s = read_structure(canonical_text)
    assert s.headline.text == "أمريكا تدرس التفاوض مع حماس بمعزل عن إسرائيل للإفراج عن محتجزيها في غزة"
    assert s.byline.text == "قسم الأخبار"
    assert s.published == "2024-06-10"
    assert s.published_span.text == "10 يونيو 2024"
    assert [(c.kind, c.line.text) for c in s.captions] == [
        ("credit", "الحساب الرسمي لرئيس الوزراء الإسرائيلي على إكس"),
        ("caption", "الرئيس الأمريكي جو بايدن ورئيس الوزراء الإسرائيلي بنيامين نتنياهو، 18 أكتوبر 2023"),
    ]
    assert len(s.paragraphs) == 10
    assert s.paragraphs[0].text.startswith("ناقشت")
    assert s.dateline is None


@pytest.mark.parametrize("date_line, published", [
    ("منشور الاثنين 10 يونيو 2024", "2024-06-10"),
    ("نشر في 10/06/2024", "2024-06-10"),
    ("آخر تحديث: ١٠ يونيو ٢٠٢٤ - ١٢:٣٠", "2024-06-10T12:30"),
    ("الاثنين 4 ذو الحجة 1445 هـ الموافق 10 يونيو 2024", "2024-06-10"),
    ("الاثنين 4 ذو الحجة 1445 هـ", "2024-06-10"),
    ("الخميس 13 حزيران 2024", "2024-06-13"),
    ("نشر في: الخميس 13 جوان 2024", "2024-06-13"),
    ("2023-10-07", "2023-10-07"),
    ("تاريخ النشر: 07.10.2023 - 09:15", "2023-10-07T09:15"),
    ("السبت ٢٥ جويلية ٢٠٢٠", "2020-07-25"),
    ("نشر في: 14 مارس ,2019: 10:05 ص GMT", "2019-03-14T10:05"),   # a template's comma before the year
    ("[3/ فبراير/2022]", "2022-02-03"),                           # slashes around a month name
    ("في 02/05/2019 على الساعة 09:45", "2019-05-02T09:45"),       # prepositions around date and clock
    ("الأحد، 12 مايو 2019 08:30 م", "2019-05-12T20:30"),          # م after a clock time is p.m.
    ("الأحد 12 مايو 2019 م", "2019-05-12"),                       # م after a year is the era
])
def test_publication_date_forms(date_line, published):
    s = read_structure(article("عنوان الخبر الرئيسي هنا", date_line))
    assert s.published == published
    assert s.date_line.text == date_line
    assert s.headline.text == "عنوان الخبر الرئيسي هنا"


def test_no_date_line_means_no_date():
    s = read_structure(article("الجيش يعلن السيطرة على البلدة"))
    assert s.published is None and s.date_line is None
    assert s.headline.text == "الجيش يعلن السيطرة على البلدة"
    assert len(s.paragraphs) == 2


def test_a_date_inside_the_body_is_not_the_publication_date():
    body = "قال الجيش في 7 أكتوبر 2023 إنه " + BODY
    s = read_structure(article("عنوان", body=body))
    assert s.published is None


def test_caption_with_date_is_not_a_date_line():
    s = read_structure(article("صورة أرشيفية لمبنى مدمر في خان يونس، 3 مارس 2024", "عنوان الخبر", "قسم الأخبار",
                               "منشور الأحد 10 مارس 2024"))
    assert s.published == "2024-03-10"
    assert [c.kind for c in s.captions] == ["caption"]
    assert s.byline.text == "قسم الأخبار"


@pytest.mark.parametrize("opening, place, agency", [
    ("غزة - (رويترز) -", "غزة", "رويترز"),
    ("أنقرة (الأناضول) -", "أنقرة", "الأناضول"),
    ("بيروت - أ ف ب:", "بيروت", "أ ف ب"),
    ("القاهرة - الأناضول:", "القاهرة", "الأناضول"),
    ("الخرطوم – (رويترز) –", "الخرطوم", "رويترز"),
    ("طرابلس 12 مارس 2024 (وال) -", "طرابلس", "وال"),
    ("الرباط 5-3-2024 (ومع) -", "الرباط", "ومع"),
    ("نيروبي – راديو تمازج –", "نيروبي", "راديو تمازج"),
    ("بغداد - وكالة شفق نيوز -", "بغداد", "وكالة شفق نيوز"),
    ("المنامة في 3 مارس /بنا/", "المنامة", "بنا"),
    ("مسقط في ٧ مايو /العُمانية/", "مسقط", "العُمانية"),
    ("رام الله/ (وفا) -", "رام الله", "وفا"),
    ("إسطنبول/ الأناضول -", "إسطنبول", "الأناضول"),
    ("القدس/رام الله - وفا -", "القدس/رام الله", "وفا"),
    ("بيروت - 11 - 3 - 2025 (وطنية) -", "بيروت", "وطنية"),   # Lebanon's National News Agency
])
def test_agency_datelines(opening, place, agency):
    s = read_structure(article("عنوان الخبر", "منشور 1 مايو 2024", body=f"{opening} {BODY}"))
    assert s.dateline.place.text == place
    assert s.dateline.agency.text == agency


@pytest.mark.parametrize("opening, place, agency", [
    ("واشنطن - (د.ب.أ) -", "واشنطن", "د.ب.أ"),          # initials with dots
    ("برلين - د. ب. أ. -", "برلين", "د. ب. أ."),
    ("الرباط - و م ع:", "الرباط", "و م ع"),               # initials with spaces
    ("بيروت ـ «القدس العربي»:", "بيروت", "القدس العربي"),  # an outlet in quotes
    ("عدن - «الأيام»:", "عدن", "الأيام"),
    ("دمشق - سانا أعلنت", "دمشق", "سانا"),                # no closing mark after a known agency
    ("أنقرة - الأناضول أعلنت", "أنقرة", "الأناضول"),
    ("موسكو - سبوتنيك. أعلنت", "موسكو", "سبوتنيك"),
    ("نواكشوط (وما) -", "نواكشوط", "وما"),
    ("بيت لحم - معا -", "بيت لحم", "معا"),
    ("بيروت في 5 آذار/مارس (أ ف ب) -", "بيروت", "أ ف ب"),   # paired month names in the dispatch date
])
def test_agency_datelines_in_more_house_styles(opening, place, agency):
    s = read_structure(article("عنوان الخبر", "منشور 1 مايو 2024", body=f"{opening} {BODY}"))
    assert s.dateline.place.text == place
    assert s.dateline.agency.text == agency
    assert not s.dateline.span.text.endswith(" ")


@pytest.mark.parametrize("opening", [
    "غزة - وما زال القصف مستمرا",          # وما is a word: an agency only with a closing mark
    "غزة - أب فلسطيني يروي",               # أب is a word, not the initials أ ب
    "القاهرة - الجزيرة التي تبث",          # a channel's name that the sentence goes on from
    "بيروت - «لن نتراجع»: بهذه الكلمات",   # a quote, not an outlet
])
def test_what_follows_a_dateline_place_is_not_always_an_agency(opening):
    s = read_structure(article("عنوان الخبر", "منشور 1 مايو 2024", body=f"{opening} {BODY}"))
    assert s.dateline.place.text == opening.split(" - ")[0]
    assert s.dateline.agency is None


def test_an_outlet_between_dashes_needs_a_known_place_before_it():
    s = read_structure(article("عنوان الخبر", "منشور 1 مايو 2024",
                               body="الوزير الجديد – صحيفة الحزب – " + BODY))
    assert s.dateline is None


def test_dash_in_ordinary_sentence_is_not_a_dateline():
    s = read_structure(article("عنوان", body="قال الرئيس - وهو يتحدث للصحفيين - " + BODY))
    assert s.dateline is None


def test_empty_text():
    s = read_structure("")
    assert s.headline is None and s.paragraphs == []


_BODY = ("أعلنت السلطات المحلية اليوم أن فرق الإنقاذ واصلت عملها طوال الليل في المناطق المتضررة، "
         "وأن عدد الضحايا مرشح للارتفاع مع استمرار البحث تحت الأنقاض في عدة أحياء من المدينة.")


def test_labelled_photo_lines_after_the_date_line_are_captions():
    text = (f"عنوان الخبر عن الزلزال\n\n١٢ مارس/ آذار ٢٠٢٣\n\nصدر الصورة، Reuters\n"
            f"التعليق على الصورة، عمال إنقاذ في موقع مبنى منهار\n\n{_BODY}\n\n{_BODY}\n")
    structure = read_structure(text)
    assert [(c.kind, c.line.text.split("،")[0]) for c in structure.captions] == [
        ("credit", "صدر الصورة"), ("caption", "التعليق على الصورة")]
    assert len(structure.paragraphs) == 2


def test_short_line_closing_on_its_photo_credit_is_a_caption():
    text = (f"عنوان الخبر\n\nالأحد - 12 مارس 2023 مـ\n\nجنود يقفون قرب حاجز على الطريق الرئيسي (رويترز)\n\n"
            f"{_BODY}\n\n{_BODY}\n")
    structure = read_structure(text)
    assert [c.kind for c in structure.captions] == ["caption"]
    assert structure.paragraphs[0].text.startswith("أعلنت")


def test_a_sentence_ending_in_parentheses_stays_body():
    line = "وقال المتحدث إن الوضع هادئ. وأضاف أن التحقيق مستمر (رويترز)"
    text = f"عنوان الخبر\n\nالأحد - 12 مارس 2023 مـ\n\n{line}\n\n{_BODY}\n"
    assert not read_structure(text).captions


def test_place_outlet_line_on_the_first_paragraphs_block_is_its_dateline():
    text = f"عنوان الخبر\n\nالأحد - 12 مارس 2023 مـ\n\nبيروت - دمشق: «الشرق الأوسط»\n{_BODY}\n\n{_BODY}\n"
    structure = read_structure(text)
    assert structure.byline is None
    assert structure.dateline.place.text == "بيروت - دمشق"
    assert structure.dateline.agency.text == "الشرق الأوسط"
    assert text[structure.dateline.agency.start:structure.dateline.agency.end] == "الشرق الأوسط"
    assert len(structure.paragraphs) == 2


def test_place_outlet_line_in_the_header_block_stays_a_byline():
    text = f"عنوان الخبر\n\nبيروت - دمشق: «الشرق الأوسط»\nالأحد - 12 مارس 2023 مـ\n\n{_BODY}\n"
    structure = read_structure(text)
    assert structure.byline.text == "بيروت - دمشق: «الشرق الأوسط»"
    assert structure.dateline is None


def test_lone_punctuation_is_no_word_of_a_byline():
    s = read_structure(article("تعزيزات عسكرية جديدة تصل إلى الحدود الشمالية", "سكاي نيوز / وكالات - دبي",
                               "5 أبريل 2022"))
    assert s.headline.text == "تعزيزات عسكرية جديدة تصل إلى الحدود الشمالية"
    assert s.byline.text == "سكاي نيوز / وكالات - دبي"
    assert s.captions == []


def test_short_label_under_the_date_line_is_a_section():
    s = read_structure(article("عنوان الخبر الرئيسي هنا", "5 أبريل 2022", "الصحة العالمية"))
    assert s.byline.text == "الصحة العالمية"
    assert len(s.paragraphs) == 2


def test_short_line_without_full_stop_between_header_and_body_is_a_caption():
    caption = "رجال الإنقاذ يبحثون عن ناجين بين أنقاض المباني في المدينة القديمة"
    s = read_structure(f"عنوان الخبر الرئيسي هنا\n\nالأحد، 12 مايو 2019\n\n{caption}\n\n{BODY}\n\n{BODY}")
    assert [(c.kind, c.line.text) for c in s.captions] == [("caption", caption)]
    assert len(s.paragraphs) == 2


def test_short_first_paragraph_ending_a_sentence_stays_body():
    lead = "أعلنت وزارة الصحة اليوم ارتفاع عدد الضحايا إلى عشرين شخصا."
    s = read_structure(f"عنوان الخبر الرئيسي هنا\n\nالأحد، 12 مايو 2019\n\n{lead}\n\n{BODY}")
    assert s.captions == []
    assert s.paragraphs[0].text == lead


def test_agency_on_its_own_line_above_the_first_paragraph_is_its_dateline():
    text = f"عنوان الخبر\n\n12 مارس 2023\n\nعمّان - بترا :\n{BODY}\n\n{BODY}\n"
    s = read_structure(text)
    assert (s.dateline.place.text, s.dateline.agency.text) == ("عمّان", "بترا")
    assert len(s.paragraphs) == 2


@pytest.mark.parametrize("line, place, agency", [
    ("طهران/ الأناضول", "طهران", "الأناضول"),
    ("نيامي - أ ف ب", "نيامي", "أ ف ب"),
    ("الخرطوم / سونا", "الخرطوم", "سونا"),
])
def test_place_and_wire_agency_alone_above_the_body_is_its_dateline(line, place, agency):
    text = f"عنوان الخبر\n\n12 مارس 2023\n\n{line}\n\n{BODY}\n\n{BODY}\n"
    s = read_structure(text)
    assert s.byline is None
    assert (s.dateline.place.text, s.dateline.agency.text) == (place, agency)
    assert text[s.dateline.agency.start:s.dateline.agency.end] == agency
    assert len(s.paragraphs) == 2


@pytest.mark.parametrize("line", ["بغداد/ المدى", "الرباط - هسبريس", "مونت كارلو الدولية / أ ف ب",
                                  "بيروت - وكالات"])
def test_place_with_the_outlets_own_desk_alone_above_the_body_stays_the_byline(line):
    s = read_structure(f"عنوان الخبر\n\n12 مارس 2023\n\n{line}\n\n{BODY}\n\n{BODY}\n")
    assert s.byline.text == line and s.dateline is None


def test_description_closed_by_its_credit_in_parentheses_is_a_caption():
    s = read_structure(article("AFP", "جنود من الجيش يقفون عند حاجز (صورة أرشيفية)", "",
                               "الجيش يعلن السيطرة على المدينة بعد معارك استمرت أسابيع", "5 أبريل 2022"))
    assert [(c.kind, c.line.text) for c in s.captions] == [
        ("credit", "AFP"), ("caption", "جنود من الجيش يقفون عند حاجز (صورة أرشيفية)")]


def test_a_date_line_with_dashes_between_its_parts():
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام في العاصمة", "القاهرة ـ «الصحيفة»",
                               "14 - مارس - 2022"))
    assert s.published == "2022-03-14"
    assert s.date_line.text == "14 - مارس - 2022"


@pytest.mark.parametrize("credit", ["جيتي", "غيتي إيمجز", "AA", "Getty Images"])
def test_photo_agency_names_alone_are_credits(credit):
    s = read_structure(article(credit, "متظاهرون يرفعون لافتات أمام مقر البرلمان في العاصمة",
                               "البرلمان يرجئ التصويت على قانون الانتخابات", "منشور الأحد 3 مارس 2024"))
    assert [(c.kind, c.line.text) for c in s.captions] == [
        ("credit", credit), ("caption", "متظاهرون يرفعون لافتات أمام مقر البرلمان في العاصمة")]


def test_a_description_closed_by_a_dashed_credit_is_a_caption():
    s = read_structure(article("تصوير: محمد علي", "وزير المالية خلال مؤتمر صحفي سابق - صورة أرشيفية",
                               "البرلمان يرجئ التصويت على قانون الانتخابات", "منشور الأحد 3 مارس 2024"))
    assert [c.kind for c in s.captions] == ["credit", "caption"]


@pytest.mark.parametrize("opening, place, agency", [
    ("الكويت - 14 - 2 (كونا) -- ", "الكويت", "كونا"),
    ("عمان 3 آذار (بترا)- ", "عمان", "بترا"),
    ("المنامة - 21 - 11 (بنا) -- ", "المنامة", "بنا"),
])
def test_a_dateline_with_the_day_between_place_and_agency(opening, place, agency):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "منشور الأحد 3 مارس 2024", body=opening + BODY))
    assert (s.dateline.place.text, s.dateline.agency.text) == (place, agency)


def test_an_official_agency_dateline_on_a_line_of_its_own():
    header = "الحكومة تعلن خطة جديدة للنقل العام\n\n3 مارس 2024 م 12:40\n\n"
    opening = "جدة 22 شعبان 1445 هـ الموافق 3 مارس 2024 م واس\n"
    s = read_structure(header + opening + BODY + "\n\n" + BODY)
    assert (s.dateline.place.text, s.dateline.agency.text) == ("جدة", "واس")
    assert s.captions == [] and len(s.paragraphs) == 2 and s.paragraphs[0].text == BODY


def test_a_date_line_of_the_publication_and_the_update():
    """Published and updated on one line: the first date, the update's cue between the dates;
    one date after words that are no cue stays a sentence."""
    read = _date_line
    assert read("الأحد 16 نوفمبر 2025 - 11:20 | آخر تحديث: الأحد 16 نوفمبر 2025 - 13:40") == "2025-11-16T11:20"
    assert read("16 نوفمبر 2025 آخر تحديث 17 نوفمبر 2025") == "2025-11-16"
    assert read("16 تشرين2 2025") == "2025-11-16" and read("3 كانون2 2026") == "2026-01-03"
    assert read("تاريخ الخبر: 16/11/2025") == "2025-11-16"
    # the update first: the publication's date and clock after it
    assert read("آخر تحديث: 17/11/2025 - 09:00 | تاريخ النشر: 16/11/2025 - 18:20") == "2025-11-16T18:20"
    assert not read("وصل الوفد 16 نوفمبر 2025 وغادر 17 نوفمبر 2025")
    # the update's cue after the one date, with its clock; a sentence after a date stays one
    assert read("الأحد 16 نوفمبر 2025 آخر تحديث: 12:20").startswith("2025-11-16")
    assert not read("16 نوفمبر 2025 هذا الخبر") and not read("الوزير يعلن 16 نوفمبر 2025 موعدا")


def test_an_update_line_above_the_publication_line():
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "",
                               "آخر تحديث: 17/11/2025 - 09:00", "تاريخ النشر: 16/11/2025 - 18:20"))
    assert s.published == "2025-11-16T18:20" and s.date_line.text == "تاريخ النشر: 16/11/2025 - 18:20"
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "",
                               "تاريخ النشر: 16/11/2025 - 18:20", "آخر تحديث: 17/11/2025 - 09:00"))
    assert s.published == "2025-11-16T18:20"


def test_a_date_line_under_the_article():
    """A cued date line as the page's last line, with none above: the date line, not body; a
    closing sentence that opens with a cue word stays body."""
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام") + "\n\nتاريخ النشر: 16/11/2025\n")
    assert s.published == "2025-11-16" and s.date_line.text == "تاريخ النشر: 16/11/2025" and len(s.paragraphs) == 2
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام") + "\n\nنشر التقرير في 16 نوفمبر 2025 وأثار جدلا.\n")
    assert s.published is None and len(s.paragraphs) == 3
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "منشور الأحد 3 مارس 2024") + "\n\nتحديث: 4 مارس 2024\n")
    assert s.published == "2024-03-03"


@pytest.mark.parametrize("line, byline", [
    ("كتب - أحمد علي | 16 نوفمبر 2025", "كتب - أحمد علي"),
    ("بواسطة أحمد علي - 16 نوفمبر 2025", "بواسطة أحمد علي"),
    ("الكاتب: أحمد علي | 16/11/2025", "الكاتب: أحمد علي"),
    # a weekday before its own comma stays with the date, not with the byline
    ("كتب: أحمد علي | الأحد، 16 نوفمبر 2025 02:15 م", "كتب: أحمد علي"),
    ("بقلم أحمد علي - الأحد، 16 نوفمبر 2025", "بقلم أحمد علي"),
])
def test_a_dated_byline(line, byline):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", line))
    assert s.byline.text == byline and s.published[:10] == "2025-11-16"


def test_an_official_agency_dateline_on_a_line_of_its_own_without_a_date_line():
    """With no date line above, the agency's dated line on the body's block is still the dateline,
    not the headline; a short line above the body that is no dateline stays the headline."""
    opening = "الرياض 25 جمادى الأولى 1447 هـ الموافق 16 نوفمبر 2025 م واس\n"
    s = read_structure("الحكومة تعلن خطة جديدة للنقل العام\n\n" + opening + BODY + "\n\n" + BODY)
    assert s.headline.text == "الحكومة تعلن خطة جديدة للنقل العام" and s.captions == []
    assert (s.dateline.place.text, s.dateline.agency.text) == ("الرياض", "واس") and s.paragraphs[0].text == BODY
    s = read_structure("الحكومة تعلن خطة جديدة للنقل العام\n\nالوزير يتفقد المشروع في 16 نوفمبر 2025\n" + BODY)
    assert s.headline.text == "الوزير يتفقد المشروع في 16 نوفمبر 2025" and s.dateline is None


def test_editors_initials_under_the_article_are_not_body():
    header = "الحكومة تعلن خطة جديدة للنقل العام\nمنشور الأحد 3 مارس 2024\n\n"
    s = read_structure(header + BODY + "\n\n" + BODY + " (النهاية)\nع ب د / م ج ب\n")
    assert len(s.paragraphs) == 2 and s.paragraphs[-1].text.endswith("(النهاية)")


@pytest.mark.parametrize("ago", ["منذ 3 ساعات", "قبل يومين", "نشر منذ ٤٥ دقيقة", "آخر تحديث: منذ 45 دقيقة",
                                 "منذ يوم واحد", "قبل ساعة واحدة", "منذ 6 ساعات و20 دقيقة"])
def test_a_date_line_that_only_says_how_long_ago_dates_nothing(ago):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام في العاصمة", "رام الله- «القدس العربي»:", ago))
    assert s.headline.text == "الحكومة تعلن خطة جديدة للنقل العام في العاصمة"
    assert s.date_line.text == ago and s.published is None
    assert s.captions == [] and len(s.paragraphs) == 2


@pytest.mark.parametrize("header, published", [
    (["الجزيرة نت", "آخر تحديث: 15/3/2024 03:12 (بتوقيت مكة)"], "2024-03-15"),
    (["الرياض: «الشرق الأوسط»", "نُشر: 16:07-14 مارس 2024 م ـ 04 رَمضان 1445 هـ"], "2024-03-14"),
    (["أبوظبي - سكاي نيوز عربية", "نشر في: 14 مارس 2024 - 10:23 بتوقيت أبوظبي"], "2024-03-14"),
    (["Published 14 مارس/ آذار 2024"], "2024-03-14"),
    (["بوابة الوسط | القاهرة", "الخميس 14 مارس 2024, 10:25 صباحا"], "2024-03-14"),
    (["RT Arabic", "نُشر في: 14.03.2024 | 10:23 GMT"], "2024-03-14"),
    (["فرانس24/ أ ف ب", "نشرت في: 14/03/2024 - 10:23"], "2024-03-14"),
    (["أنقرة/ الأناضول", "14.03.2024"], "2024-03-14"),
    (["المصدر: دبي - البيان", "التاريخ: 14 مارس 2024"], "2024-03-14"),
    (["نشر في: الخميس 14 مارس 2024 - 10:23 م | آخر تحديث: الخميس 14 مارس 2024 - 10:23 م"], "2024-03-14"),
    (["الخميس 14 مارس 2024 - 10:23", "الرباط - هسبريس"], "2024-03-14"),
    (["الجمعة 14 حزيران 2024 - 10:23"], "2024-06-14"),
    (["2024/6/14"], "2024-06-14"),
])
def test_outlets_header_templates(header, published):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام في العاصمة", *header))
    assert s.headline.text == "الحكومة تعلن خطة جديدة للنقل العام في العاصمة"
    assert s.published[:10] == published and len(s.paragraphs) == 2


def test_the_page_s_own_lines_are_set_apart_from_the_body():
    related = "اقرأ أيضاً: مقتل 5 أشخاص في غارة على مخيم جنوب المدينة"
    page = ["الكلمات المفتاحية: غزة، إسرائيل، حماس", "شارك هذا الخبر", "فيسبوك تويتر واتساب"]
    text = ("الحكومة تعلن خطة جديدة للنقل العام\nمنشور الأحد 3 مارس 2024\n\n" + BODY + "\n\n" + related
            + "\n\n" + BODY + "\n\n" + "\n".join(page) + "\n")
    s = read_structure(text)
    assert [p.text for p in s.paragraphs] == [BODY, BODY]
    assert [(a.kind, a.line.text) for a in s.asides] == [("related", related)] + [("page", line) for line in page]
    assert all(text[a.line.start:a.line.end] == a.line.text for a in s.asides)


@pytest.mark.parametrize("opening", [
    "شارك آلاف المتظاهرين في مسيرة حاشدة جابت شوارع العاصمة مساء أمس للمطالبة بالإفراج عن المعتقلين.",
    "إعلان الحكومة حالة الطوارئ جاء بعد أيام من الاحتجاجات في المدن الكبرى.",
])
def test_body_lines_that_merely_begin_with_a_page_word_stay(opening):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "منشور الأحد 3 مارس 2024",
                               body=opening + "\n\n" + BODY))
    assert s.asides == [] and s.paragraphs[0].text == opening


def test_the_record_keeps_the_asides_with_their_offsets():
    import khabar

    text = ("الحكومة تعلن خطة جديدة للنقل العام\nمنشور الأحد 3 مارس 2024\n\n" + BODY
            + "\n\nاقرأ أيضا: مقتل 5 أشخاص في غارة على مخيم\n\n" + BODY + "\n")
    record = khabar.read(text)
    (aside,) = record.meta["asides"]
    assert aside["kind"] == "related" and text[aside["start"]:aside["end"]] == aside["text"]
    assert not any(f["start"] >= aside["start"] and f["end"] <= aside["end"] for f in record.figures)


@pytest.mark.parametrize("line, kind", [
    ("جنود قرب الحدود مع لبنان (رويترز)", "caption"),
    ("التعليق على الصورة، جنود قرب الحدود", "caption"),
    ("صورة: جنود قرب الحدود مع لبنان", "caption"),
    ("مصدر الصورة، Getty Images", "credit"),
])
def test_photo_lines_between_paragraphs_are_captions(line, kind):
    s = read_structure("الحكومة تعلن خطة جديدة للنقل العام\nمنشور الأحد 3 مارس 2024\n\n"
                       + BODY + "\n\n" + line + "\n\n" + BODY)
    assert [(c.kind, c.line.text) for c in s.captions] == [(kind, line)]
    assert line not in [p.text for p in s.paragraphs]


def test_a_short_paragraph_that_ends_a_sentence_before_its_credit_stays_body():
    line = "وقال المتحدث إن الوضع مستقر. (رويترز)"
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "منشور الأحد 3 مارس 2024",
                               body=BODY + "\n\n" + line))
    assert line in [p.text for p in s.paragraphs] and s.captions == []


@pytest.mark.parametrize("line", ["© جميع الحقوق محفوظة لصحيفة الغد 2024", "جميع الحقوق محفوظة"])
def test_copyright_lines_are_asides(line):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "منشور الأحد 3 مارس 2024", body=BODY + "\n\n" + line))
    assert [a.line.text for a in s.asides] == [line, line]  # article() repeats the body


@pytest.mark.parametrize("text", ["وتوفي في 30 ديسمبر 2019.", "الأحد 12 مارس 2023"])
def test_a_one_line_text_is_body_not_a_date_line(text):
    s = read_structure(text)
    assert s.date_line is None and s.published is None and [p.text for p in s.paragraphs] == [text]


def test_a_sentence_with_a_date_in_the_header_is_no_date_line():
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", "وتوفي في 30 ديسمبر 2019."))
    assert s.date_line is None and s.published is None


@pytest.mark.parametrize("credit", ["(الوطن)", "الوطن"])
def test_a_photo_line_naming_the_page_itself_is_a_credit(credit):
    s = read_structure(article(credit, "عمال الإنقاذ يبحثون بين الأنقاض في الحي القديم، 3 مارس 2024",
                               "الحكومة تعلن خطة جديدة للنقل العام", "الوطن - محليات", "منشور الأحد 3 مارس 2024"))
    assert [c.kind for c in s.captions] == ["credit", "caption"]


@pytest.mark.parametrize("line, published", [("سبتمبر 5, 2020", "2020-09-05"), ("الخميس، مارس 14, 2024", "2024-03-14"),
                                             ("نوفمبر 16, 2025 | 12:20 م", "2025-11-16")])
def test_a_blog_template_date_line_month_day_comma_year(line, published):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام", line))
    assert s.published == published
    assert s.byline is None


def test_month_day_comma_year_inside_a_sentence_is_no_date_line():
    s = read_structure(article("الحكومة تعلن في سبتمبر 5, 2020 خطة جديدة للنقل العام", "منشور الأحد 3 مارس 2024"))
    assert s.published == "2024-03-03"


@pytest.mark.parametrize("signed, byline, date_line, published", [
    ("كتب: أحمد علي | الإثنين 10-06-2024 14:30", "كتب: أحمد علي", "الإثنين 10-06-2024 14:30", "2024-06-10T14:30"),
    ("بقلم: سامي يوسف - 10 يونيو 2024", "بقلم: سامي يوسف", "10 يونيو 2024", "2024-06-10"),
    ("كتبت منى سعيد، السبت 3 أغسطس 2019", "كتبت منى سعيد", "السبت 3 أغسطس 2019", "2019-08-03"),
])
def test_a_byline_that_carries_the_date_gives_both(signed, byline, date_line, published):
    s = read_structure(article("عنوان الخبر على سطر واحد", signed))
    assert s.headline.text == "عنوان الخبر على سطر واحد"
    assert (s.byline.text, s.date_line.text, s.published) == (byline, date_line, published)


def test_a_byline_without_a_date_is_no_date_line():
    s = read_structure(article("عنوان الخبر على سطر واحد", "كتب: أحمد علي - القاهرة"))
    assert s.published is None and s.date_line is None


def test_a_labelled_caption_above_the_headline_is_a_caption_not_a_credit():
    s = read_structure(article("صدر الصورة، Getty Images", "التعليق على الصورة، فرق الإنقاذ تبحث عن ناجين",
                               "عنوان الخبر على سطر واحد", "منشور 1 مايو 2024"))
    assert [(c.kind, c.line.text.split("،")[0]) for c in s.captions] == [("credit", "صدر الصورة"), ("caption", "التعليق على الصورة")]
    assert s.headline.text == "عنوان الخبر على سطر واحد"


@pytest.mark.parametrize("header, kept_apart", [
    (["عاجل", "عنوان الخبر على سطر واحد", "منشور 1 مايو 2024"], "عاجل"),
    (["بالفيديو", "عنوان الخبر على سطر واحد", "منشور 1 مايو 2024"], "بالفيديو"),
    (["عنوان الخبر على سطر واحد", "منشور 1 مايو 2024", "عدد المشاهدات: 1520"], "عدد المشاهدات: 1520"),
])
def test_a_kicker_or_a_page_counter_in_the_header_is_set_apart(header, kept_apart):
    s = read_structure(article(*header))
    assert s.headline.text == "عنوان الخبر على سطر واحد" and s.published == "2024-05-01"
    assert s.captions == [] and s.byline is None
    assert [a.line.text for a in s.asides] == [kept_apart]


def test_a_headline_that_opens_with_a_kicker_is_still_the_headline():
    s = read_structure(article("عاجل: مقتل خمسة في غارة على المدينة", "منشور 1 مايو 2024"))
    assert s.headline.text == "عاجل: مقتل خمسة في غارة على المدينة" and s.asides == []


def test_a_copyright_credit_above_the_headline_stays_a_credit():
    s = read_structure(article("© أ ف ب", "عنوان الخبر على سطر واحد", "منشور 1 مايو 2024"))
    assert [(c.kind, c.line.text) for c in s.captions] == [("credit", "© أ ف ب")]


@pytest.mark.parametrize("byline", ["يورونيوز مع أ ف ب", "العربية.نت مع وكالات", "الحرة + رويترز"])
def test_a_desk_with_the_agencies_it_used_is_a_byline(byline):
    s = read_structure(article("صورة أرشيفية لعمال إنقاذ في موقع الزلزال (أ ف ب)", "عنوان الخبر على سطر واحد",
                               byline, "نشرت في 29/03/2025 - 14:05"))
    assert s.headline.text == "عنوان الخبر على سطر واحد" and s.byline.text == byline


def test_an_outlet_first_dateline_and_its_own_photo_credit():
    s = read_structure(article("الأخبار", "أنصار المعارضة خلال احتجاج في العاصمة مساء الأحد",
                               "عنوان الخبر على سطر واحد", "الاثنين 24 يونيو 2019 - 18:40",
                               body="الأخبار (نواكشوط) – " + BODY))
    assert (s.dateline.place.text, s.dateline.agency.text) == ("نواكشوط", "الأخبار")
    assert [c.kind for c in s.captions] == ["credit", "caption"]


def test_a_bracketed_place_after_an_ordinary_word_is_no_dateline():
    s = read_structure(article("عنوان الخبر", "منشور 1 مايو 2024",
                               body="قال الوزير الذي يقود الحكومة منذ سنوات (نواكشوط) – " + BODY))
    assert s.dateline is None or s.dateline.agency is None


@pytest.mark.parametrize("line, byline", [
    ("سكاي نيوز عربية - الخميس 31 أكتوبر 2019", "سكاي نيوز عربية"),
    ("الشرق الأوسط - الخميس 31 أكتوبر 2019", "الشرق الأوسط"),
])
def test_an_outlets_name_before_the_date_is_byline_and_date_line(line, byline):
    s = read_structure(f"عنوان الخبر على سطر واحد هنا\n\n{line}\n\n{BODY}\n")
    assert s.byline.text == byline and s.published.startswith("2019-10-31")


def test_an_organisation_that_is_no_medium_before_a_date_is_no_byline():
    s = read_structure(f"عنوان الخبر على سطر واحد هنا\n\nوزارة الصحة - الخميس 31 أكتوبر 2019\n\n{BODY}\n")
    assert s.byline is None or s.byline.text != "وزارة الصحة"


def test_a_dateline_alone_as_the_first_block_is_no_paragraph():
    s = read_structure(f"عنوان الخبر على سطر واحد هنا\n\n11 يناير 2020\n\nمسقط ـ العمانية:\n\n{BODY}\n\n{BODY}\n")
    assert (s.dateline.place.text, s.dateline.agency.text) == ("مسقط", "العمانية")
    assert len(s.paragraphs) == 2


@pytest.mark.parametrize("date_line, published", [
    ("22 آبان 1396 هـ.ش - 13 تشرين الثاني 2017", "2017-11-13"),    # the Iranian agencies' solar date first
    ("نشر في الصباح يوم 20 - 03 - 2015", "2015-03-20"),             # a Tunisian archive's spaced dashes
])
def test_date_lines_of_iranian_and_tunisian_archives(date_line, published):
    s = read_structure(f"عنوان الخبر على سطر واحد هنا\n\n{date_line}\n\n{BODY}\n")
    assert s.headline.text == "عنوان الخبر على سطر واحد هنا" and s.published.startswith(published)


def test_a_latin_agency_and_photographer_line_is_a_credit():
    s = read_structure(article("Keystone / Salvatore Di Nolfi", "المدير العام للمنظمة خلال مؤتمر صحفي في جنيف",
                               "", "عنوان الخبر على سطر واحد", "17 يوليو 2019 - 21:35"))
    assert [c.kind for c in s.captions] == ["credit", "caption"]


def test_an_english_date_line_is_read_whole_only():
    """An English date line of a site's template gives the date (with its clock time); an English
    phrase that only holds a month and a year, or an impossible day, is no date line."""
    read = _latin_line
    assert read("Mar 4, 2020") == "2020-03-04"
    assert read("Published: 4 Mar 2020 10:30") == "2020-03-04T10:30"
    assert read("Updated Mar. 4, 2020 | 4:30 PM") == "2020-03-04T16:30"
    assert not read("May 2020 report") and not read("Mar 41, 2020") and not read("Mar 4, 2020 was a day")


def test_an_english_date_line_with_seconds_a_zone_or_a_two_word_cue():
    """The RSS date (weekday, day, month, year, clock with seconds, zone) and the cues "Published
    On", "Last updated:" of English templates; a zone alone after a date is still no clock."""
    read = _latin_line
    assert read("Sun, 16 Nov 2025 10:20:00 GMT") == "2025-11-16T10:20"
    assert read("Sun, 16 Nov 2025 22:05:09 +0300") == "2025-11-16T22:05"
    assert read("16 Nov 2025 - 4:30 PM GMT+3") == "2025-11-16T16:30"
    assert read("Published On 16 Nov 2025") == "2025-11-16"
    assert read("Last updated: Nov 16, 2025 - 10:20 AM") == "2025-11-16T10:20"
    assert read("16-Nov-2025") == "2025-11-16" and read("16/Nov/2025 10:20") == "2025-11-16T10:20"
    assert not read("16-Nov/2025")
    assert not read("Sun, 16 Nov 2025 GMT report") and not read("Published On 16 Nov 2025 by the desk")


def test_a_french_date_line_of_a_maghrebi_template():
    """Maghrebi sites' French templates: a cue "Publié le" or "Mis à jour le" before a numeric date,
    a French weekday and month name, a clock written "10h30"; a French phrase that holds no whole
    date line stays none."""
    assert _date_line("Publié le 08/10/2025 à 10h30") == "2025-10-08"
    assert _latin_line("mercredi 8 octobre 2025") == "2025-10-08"
    assert _latin_line("Publié le : 8 février 2026 à 10h30") == "2026-02-08T10:30"
    assert _latin_line("Mis à jour le 3 août 2025 à 09:15") == "2025-08-03T09:15"
    assert not _latin_line("le 8 octobre 2025 la réunion") and not _latin_line("octobre 2025")


def test_an_update_line_in_french_above_the_publication_line_is_not_the_date():
    text = article("الحكومة تصادق على مرسوم الدعم", "Mis à jour le 09/10/2025 à 11:02 | Publié le 08/10/2025 à 10:30")
    assert read_structure(text).published.startswith("2025-10-08")


@pytest.mark.parametrize("opening, place, agency", [
    ("الرياض 16 ربيع الآخر 1447 هـ الموافق 08 أكتوبر 2025 م واس أعلنت", "الرياض", "واس"),
    ("جدة 3 رجب 1447هـ الموافق 23 ديسمبر 2025م واس – أعلنت", "جدة", "واس"),
    ("الدمام 05 شعبان 1446 هـ واس أعلنت", "الدمام", "واس"),
])
def test_a_saudi_dateline_with_hijri_and_gregorian_days(opening, place, agency):
    """The Saudi agency's dateline: place, the Hijri day and era mark, الموافق and the Gregorian day,
    then the agency with no closing mark (the days before it mark the dateline)."""
    s = read_structure(article("المملكة تدين الهجوم", body=opening + " " + BODY))
    assert s.dateline.place.text == place
    assert s.dateline.agency.text == agency


def test_an_agency_word_after_a_place_without_a_day_or_dash_needs_its_mark():
    """Without a day between them, a wire agency right after a place still needs a dash before it."""
    s = read_structure(article("عنوان الخبر هنا", body="دمشق سانا " + BODY))
    assert s.dateline is None or s.dateline.agency is None


@pytest.mark.parametrize("line, date", [
    ("نشر بتاريخ: 08/10/25", "2025-10-08"),
    ("تاريخ النشر: الأربعاء 08-10-25 14:22", "2025-10-08"),
    ("08/10/25", None),                      # bare, it may be a reference or a score
    ("نشر بتاريخ: 31/02/25", None),          # no such day
])
def test_a_cued_date_line_with_a_two_digit_year(line, date):
    assert _date_line(line) == date


@pytest.mark.parametrize("line, relative", [
    ("أمس 10:42 م", True), ("اليوم 09:15", True), ("أمس الساعة 10:42", True),
    ("أمس", False), ("اليوم نتائج الانتخابات", False),
])
def test_a_day_word_with_the_posts_clock_is_a_relative_date_line(line, relative):
    """"أمس 10:42 م" dates the post relative to a moment the page does not give: the date line,
    with the publication date unknown."""
    s = read_structure(article("الحكومة تعلن خطة طوارئ لمواجهة السيول", line))
    assert (s.date_line is not None and s.date_line.text == line and s.published is None) == relative


@pytest.mark.parametrize("closing, published", [
    ("08/10/2025", "2025-10-08"),
    ("الأربعاء 8 أكتوبر 2025", "2025-10-08"),
    ("وكانت الحكومة قد أعلنت الخطة في 8 أكتوبر 2025", None),   # a sentence of the body
])
def test_a_bare_date_closing_the_page_is_its_date_line(closing, published):
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام") + "\n\n" + closing + "\n")
    assert s.published == published


def test_a_bare_date_above_the_last_paragraph_stays_body():
    s = read_structure(article("الحكومة تعلن خطة جديدة للنقل العام") + "\n\n08/10/2025\n\nوقال الوزير إن الخطة ستنفذ.\n")
    assert s.published is None


@pytest.mark.parametrize("line, date", [
    ("منذ 4 ساعات | 08 أكتوبر 2025", "2025-10-08"),
    ("08 أكتوبر 2025 | قبل يومين", "2025-10-08"),
    ("2025/10/08 02:15:00 م", "2025-10-08T14:15"),     # the half after the seconds
    ("منذ 4 ساعات قال الوزير 08 أكتوبر 2025", None),   # words of a sentence beside the date
])
def test_a_date_line_with_the_posts_age_beside_it(line, date):
    assert _date_line(line) == date


@pytest.mark.parametrize("line, date", [
    ("الأربعاء 8 أكتوبر 2025 - السنة 12 - العدد 4021", "2025-10-08"),
    ("08/10/2025 | قراءة 3 دقائق", "2025-10-08"),
    ("الأربعاء 8 أكتوبر 2025 | وقت القراءة: 3 دقائق", "2025-10-08"),
    ("العدد الكبير من القتلى سقط في 8 أكتوبر 2025", None),   # a sentence, no aside between bars
    ("8 أكتوبر 2025 | العدد الكبير من القتلى سقط في المدينة", None),
])
def test_a_date_line_with_the_papers_issue_or_reading_time_beside_it(line, date):
    assert _date_line(line) == date
