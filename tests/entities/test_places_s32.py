"""Round-s32 mechanisms of place and facility recognition.

- Markets and border ports (patterns.yaml word_named_facility_heads, border_port): "سوق" and "منفذ"
  head a facility only before a word that names one; "سوق العمل" is the labour market and "منفذ
  الهجوم" the attacker, and a border port's name ends with the adjective of a port ("الحدودي"،
  "البري").
- A place's name of no language that starts with a proclitic's letter (patterns.yaml
  split_name_clitics): the tokenizer cuts "بسنديانا" into "ب سنديانا"; right after a place head
  the letter is the name's first letter, not a preposition ("قرية بريف حلب" stays a preposition)."""

from khabar.entities.recognise import _patterns

from tests.entities.reading import entities_of, owner_of


def test_the_market_and_port_heads_are_loaded():
    p = _patterns()
    assert {"سوق", "منفذ"} <= p["word_named_facility_heads"] <= p["facility_heads"]
    assert "الحدودي" in p["border_port"]["adjectives"] and p["border_port"]["reach"] >= 2
    assert {"ب", "س"} <= p["split_name_clitics"]


# --- markets and border ports

def test_a_market_named_by_a_word_of_no_language_is_a_facility():
    entities = entities_of("سقطت قذيفة على سوق كرمالا في وسط البلدة صباح أمس.")
    market = owner_of(entities, "سوق كرمالا")
    assert market is not None and market["type"] == "FAC"


def test_a_market_of_the_language_is_no_facility():
    entities = entities_of("قال الوزير إن سوق العمل تحتاج إلى إصلاح، وإن القصف أصاب سوقا شعبيا وسوق أسبوعية.")
    assert not any(e["type"] == "FAC" for e in entities)


def test_a_border_port_is_named_with_its_adjective():
    entities = entities_of("عبر مئات الزوار منفذ تيمران الحدودي صباح اليوم.")
    port = owner_of(entities, "منفذ تيمران الحدودي")
    assert port is not None and port["type"] == "FAC"


def test_the_perpetrator_is_no_border_port():
    entities = entities_of("قالت الشرطة إن منفذ الهجوم فر، وإن منفذ تفجير السوق ومنفذ عملية القدس اعتقلا.")
    assert not any(e["type"] == "FAC" and "منفذ" in m["text"] for e in entities for m in e["mentions"])


# --- a place's name the tokenizer cut after a proclitic's letter

def test_a_village_whose_name_starts_with_ba_is_one_place():
    entities = entities_of("اندلع حريق في قرية بستاروما شرقي المدينة أمس.")
    village = owner_of(entities, "قرية بستاروما")
    assert village is not None and village["type"] == "GPE"


def test_a_province_whose_name_starts_with_sin_is_one_place():
    entities = entities_of("أجرى الجيش تجربة صاروخية في ولاية سيناريك الساحلية.")
    province = owner_of(entities, "ولاية سيناريك")
    assert province is not None and province["type"] == "GPE"


def test_a_preposition_after_a_place_head_stays_a_preposition():
    entities = entities_of("قتل رجلان في قرية بريف حلب، وأصيب آخر في بلدة بمحافظة إدلب.")
    assert not any(m["text"].startswith(("قرية", "بلدة")) for e in entities for m in e["mentions"])


def test_a_body_named_after_a_market_stays_a_body():
    entities = entities_of("أعلنت هيئة السوق المالية تعليق التداول على أسهم الشركة.")
    body = owner_of(entities, "هيئة السوق المالية")
    assert body is not None and body["type"] == "ORG"


def test_the_market_of_a_known_town_is_a_mention_of_the_town():
    entities = entities_of("سقطت قذيفة على سوق حلب القديمة.")
    assert not any(e["type"] == "FAC" for e in entities)
    assert owner_of(entities, "حلب")["type"] == "GPE"


# --- a finite verb after a place's or facility's head is its relative clause, no name

def test_a_verb_after_an_area_head_is_no_name():
    entities = entities_of("قتل جنديان في منطقة تخضع لسيطرة المسلحين، وانهار مبنى تهدم جزئيا في الزلزال.")
    assert not any(m["text"].startswith(("منطقة", "مبنى")) for e in entities for m in e["mentions"])


def test_a_forest_named_by_a_word_the_lexicon_reads_as_a_dual_verb_is_named():
    entities = entities_of("اندلع حريق في غابة تفران أمس.")
    forest = owner_of(entities, "غابة تفران")
    assert forest is not None and forest["type"] == "LOC"


def test_a_feminine_past_verb_after_a_school_head_is_no_name():
    entities = entities_of("أغلقت الوزارة مدرسة جرفت السيول جدرانها.")
    assert not any(e["type"] == "FAC" for e in entities)


# --- a province named with a bearing

def test_a_province_named_with_a_bearing_and_a_name_of_no_language():
    entities = entities_of("تفشى المرض في إقليم شمال كاروندا منذ الصيف.")
    province = owner_of(entities, "إقليم شمال كاروندا")
    assert province is not None and province["type"] == "GPE"


def test_a_province_head_before_a_bearing_of_a_known_place_is_no_new_name():
    entities = entities_of("انتشر الجيش في ولاية شمال البلاد، وقتل ثلاثة في إقليم شمال شرق نيجيريا.")
    assert not any(m["text"].startswith(("ولاية", "إقليم")) for e in entities for m in e["mentions"])
