"""Round-s33 mechanisms of place recognition.

- A quarter or an area named by a common definite word after its head (patterns.yaml
  area_kind_nouns): "حي الشهداء"، "منطقة الغابات" are places (LOC); "منطقة الحدود"، "منطقة
  العمليات"، "منطقة الحادث" say which area by what lies or happens there, no name."""

from khabar.entities.recognise import _patterns

from tests.entities.reading import entities_of, owner_of


def test_the_area_kind_nouns_are_loaded():
    assert {"الحدود", "العمليات"} <= _patterns()["area_kind_nouns"]


def test_a_quarter_named_by_a_common_word_is_a_place():
    entities = entities_of("اقتحمت القوات حي الشهداء فجر اليوم، واعتقلت ثلاثة شبان.")
    quarter = owner_of(entities, "حي الشهداء")
    assert quarter is not None and quarter["type"] == "LOC"


def test_an_area_named_by_a_common_word_is_a_place():
    entities = entities_of("سقطت قذيفتان على منطقة الغابات شمالي المدينة مساء أمس.")
    area = owner_of(entities, "منطقة الغابات")
    assert area is not None and area["type"] == "LOC"


def test_an_area_named_by_what_lies_or_happens_there_is_no_place():
    entities = entities_of("عززت القوات وجودها في منطقة الحدود، وأغلقت منطقة العمليات ومنطقة الحادث أمام الصحفيين.")
    assert not any(m["text"].startswith("منطقة") for e in entities for m in e["mentions"])


# --- a quarter's head of two letters behind a proclitic the tokenizer left on it

def test_a_quarter_head_glued_to_its_preposition_is_read():
    entities = entities_of("اعتقلت الشرطة المشتبه به بحي الزيتونة في وسط المدينة.")
    quarter = next((e for e in entities for m in e["mentions"] if m["text"].endswith("حي الزيتونة")), None)
    assert quarter is not None and quarter["type"] == "LOC"


# --- a facility named by a foreign word that ends like a feminine past verb

def test_a_facility_named_by_a_word_in_t_after_the_article_letters_is_named():
    entities = entities_of("هاجم مسلحون فندق إليت على الشاطئ مساء الجمعة.")
    hotel = owner_of(entities, "فندق إليت")
    assert hotel is not None and hotel["type"] == "FAC"


# --- an area of an unknown name placed by a bearing in a country is a locality (GPE)

def test_an_area_placed_in_a_country_is_a_locality():
    entities = entities_of("قتل خمسة جنود في هجوم على منطقة كوبالا شمال شرق نيجيريا أمس.")
    area = owner_of(entities, "منطقة كوبالا")
    assert area is not None and area["type"] == "GPE"


def test_an_area_placed_in_a_province_or_the_country_is_a_locality():
    entities = entities_of("ضبطت الشرطة أسلحة بمنطقة زنبرة شمال البلاد، وقتل جندي في منطقة كرتالة جنوب محافظة ديالى.")
    assert owner_of(entities, "منطقة زنبرة")["type"] == "GPE"
    assert owner_of(entities, "منطقة كرتالة")["type"] == "GPE"


def test_an_area_placed_from_a_city_stays_its_quarter():
    entities = entities_of("سقطت قذيفة على منطقة زنبرة شرقي بغداد مساء أمس.")
    assert owner_of(entities, "منطقة زنبرة")["type"] == "LOC"


# --- a given name that is also a town of the city list, before a surname, is a person's

def test_a_given_name_before_a_surname_is_no_town():
    entities = entities_of("وقال وزير الطوارئ فلاديمير بوتشكاريف إن فرق الإنقاذ وصلت، وقالت المنسقة ليز غرانتوفا إن الوضع صعب.")
    assert not any(e["type"] == "GPE" for e in entities)


def test_the_town_of_a_given_name_stays_a_town():
    entities = entities_of("وصل الوفد إلى فلاديمير الروسية أمس.")
    assert any(e["type"] == "GPE" and e["mentions"][0]["text"] == "فلاديمير" for e in entities)


# --- a town named by a common word in the accusative, where the grammar makes it the word

def test_a_common_word_in_the_accusative_is_no_town():
    entities = entities_of("نفذ الطيران عدوانا جويا على الموقع، وأقامت الحكومة جسرا جويا، وتتولى المنظمة دورا رئيسيا.")
    assert not any(e["type"] == "GPE" for e in entities)


def test_a_town_named_so_after_a_preposition_or_in_a_list_stays_a_town():
    entities = entities_of("وصل المستوطنون إلى دورا جنوب الخليل، وقصفت الطائرات بلدات عيترون وجويا.")
    assert {"دورا", "جويا"} <= {m["text"] for e in entities if e["type"] == "GPE" for m in e["mentions"]}
