"""Round-s29 mechanisms of entity recognition.

- A capital the generated gazetteer lacks under the name news writes, while its country lists that
  name as a metonym (Washington, Kabul: knowledge/data/places-s29ent.yaml), is the city where it
  stands as a place ("وفي واشنطن،"، "بواشنطن"، "إلى كابول") and stays the country where it acts.
- A locative word governs every conjunct of the list it opens ("في إسطنبول والدوحة"، "إلى عمّان،
  والقاهرة"): a capital that is a later conjunct is the city, as the first one is."""

from tests.entities.reading import entities_of

entities = entities_of


def _read(sentence: str) -> dict[str, str]:
    """Each mention's text → the kb id of its entity."""
    return {m["text"]: e["kb"] for e in entities(sentence) for m in e["mentions"]}


def test_washington_and_kabul_as_places_are_the_cities():
    kinds = _read("وفي واشنطن، أعلن المتحدث أن طائرة إغاثة ستتوجه إلى كابول صباح الغد.")
    assert kinds["واشنطن"] == "khabar:place/washington-dc"
    assert kinds["كابول"] == "khabar:city/1138958"   # geonames' Kabul, spelt كابل there
    kinds = _read("وعقد الوزير مؤتمرا صحفيا بواشنطن أمس.")
    assert kinds["واشنطن"] == "khabar:place/washington-dc"


def test_washington_acting_stays_the_united_states():
    kinds = _read("وقالت واشنطن إنها ستفرض عقوبات جديدة على الشركات.")
    assert kinds["واشنطن"] == "khabar:country/usa"


def test_the_capital_after_the_word_capital_with_the_us_nisba_is_washington():
    kinds = _read("ووقع الطرفان الاتفاق بالعاصمة الأمريكية يوم الثلاثاء.")
    assert kinds["العاصمة الأمريكية"] == "khabar:place/washington-dc"


def test_every_conjunct_of_a_list_after_a_locative_word_is_a_place():
    kinds = _read("وتوزعت الوفود على فنادق في بيروت والدوحة والقاهرة خلال الأسبوع.")
    assert not kinds["الدوحة"].startswith("khabar:country/")
    assert not kinds["القاهرة"].startswith("khabar:country/")
    kinds = _read("ثم يسافر المبعوث إلى الرياض، ومسقط لإجراء مشاورات.")
    assert not kinds["مسقط"].startswith("khabar:country/")


def test_a_list_of_capitals_that_act_stays_their_states():
    kinds = _read("ورحبت الدوحة والقاهرة بالإعلان.")
    assert kinds["الدوحة"] == "khabar:country/qat"
    assert kinds["القاهرة"] == "khabar:country/egy"


def test_a_states_official_title_and_name_are_one_mention_of_the_state():
    # countries-extra.yaml: "مملكة البحرين" and "دولة الكويت" as "دولة قطر" and "جمهورية مصر العربية" were;
    # the title no longer stands outside the mention, so a compound subject after it is formed
    found = _read("ووقعت مملكة البحرين ودولة الكويت اتفاقية للتعاون الأمني.")
    assert found["مملكة البحرين"] == "khabar:country/bhr"
    assert found["دولة الكويت"] == "khabar:country/kwt"
