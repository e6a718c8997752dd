"""Round-s26 mechanisms of entity recognition.

Soldiers of a state named by its nisba ("جنود أمريكيون"، "جنودا مصريين") are its army: the knowledge
base's army of the nisba's country (patterns.yaml national_soldiers), the nisba a mention of the
country inside; the definite "الجنود المصريون" and a state whose army the knowledge base lacks are left
to the other rules."""

import pytest

import khabar
from khabar.entities.recognise import _patterns, raw_patterns
from khabar.text.normalise import normalise_word
from tests.entities.reading import entities_of, owner_of

_entities = entities_of
_owner = owner_of


def test_national_soldiers_load_normalised():
    raw = raw_patterns()["national_soldiers"]
    p = _patterns()["national_soldiers"]
    assert p["heads"] == {normalise_word(w) for w in raw["heads"]}
    assert p["army_phrases"][0] == (normalise_word("الجيش"),)


@pytest.mark.parametrize("text, soldiers, nisba, army, country", [
    ("وقال مسؤول في البنتاغون إن جنود أمريكيون أصيبوا في الهجوم على القاعدة قرب الحدود.",
     "جنود أمريكيون", "أمريكيون", "United States Armed Forces", "USA"),
    ("وذكرت مصادر قبلية أن مسلحين هاجموا موقعا عسكريا وقتلوا جنودا مصريين قرب العريش.",
     "جنودا مصريين", "مصريين", "Egyptian Armed Forces", "EGY"),
    ("وقتل أربعة جنود نيجريين في كمين نصبه مسلحون قرب الحدود مع مالي.",
     "جنود نيجريين", "نيجريين", "Niger Armed Forces", "NER"),
])
def test_soldiers_of_a_state_are_its_army(text, soldiers, nisba, army, country):
    entities = _entities(text)
    owner = _owner(entities, soldiers)
    assert owner is not None and owner["type"] == "ORG" and owner["name"] == army, owner
    state = _owner(entities, nisba)
    assert state is not None and state["type"] == "GPE" and state["country"] == country


def test_soldiers_join_the_army_named_in_the_article():
    entities = _entities("وأعلن الجيش الإسرائيلي مقتل جندي، فيما قال شهود إن جنود إسرائيليون أطلقوا النار على المحتجين.")
    assert _owner(entities, "جنود إسرائيليون") is _owner(entities, "الجيش الإسرائيلي")


def test_definite_soldiers_are_no_army():
    entities = _entities("وتحدث الجنود المصريون العائدون من السودان عن ظروف احتجاز صعبة.")
    owner = _owner(entities, "الجنود المصريون")
    assert owner is None or owner["type"] != "ORG"


def test_called_public_loads_normalised():
    raw = raw_patterns()["called_public"]
    p = _patterns()["called_public"]
    assert p["heads"] == {normalise_word(w) for w in raw["heads"]}
    assert normalise_word("داعيا") in p["verbs"] and p["reach"] >= 2


@pytest.mark.parametrize("text, surface", [
    ("وأعلنت الداخلية حظر التجول في المدينة، ودعت السلطات المحلية المواطنين إلى البقاء في منازلهم.", "المواطنين"),
    ("وندد رئيس الوزراء بالاعتداء، داعيا السكان إلى التعاون مع الأجهزة الأمنية.", "السكان"),
    ("وناشدت إدارة مستشفى المدينة المواطنين التبرع بالدم لإنقاذ الجرحى.", "المواطنين"),
    ("وكانت الشرطة قد طلبت من الأهالي الابتعاد عن ضفاف النهر.", "الأهالي"),
])
def test_the_public_a_call_addresses_is_a_group(text, surface):
    owner = _owner(_entities(text), surface)
    assert owner is not None and owner["type"] == "GROUP", owner


@pytest.mark.parametrize("text, surface", [
    ("ودعا الوزير إلى حماية المواطنين من خطر الفيضانات.", "المواطنين"),   # calls for their protection
    ("وقالت الوزارة إن الخدمة مجانية لجميع المواطنين والمقيمين.", "المواطنين"),   # no call
    ("وطالب السكان بإصلاح الطريق المؤدي إلى القرية قبل موسم الأمطار.", "السكان"),   # the caller, not the called
])
def test_the_public_with_no_call_on_it_is_no_group(text, surface):
    assert _owner(_entities(text), surface) is None


@pytest.mark.parametrize("text, government, place", [
    ("وأعلنت حكومة ولاية النيل الأزرق حظر التجوال في مدينة الدمازين بعد اشتباكات قبلية.",
     "حكومة ولاية النيل الأزرق", "ولاية النيل الأزرق"),
    ("ولم تعلق حكومة ولاية كادونا على مطالب الخاطفين حتى مساء الثلاثاء.", "حكومة ولاية كادونا", "كادونا"),
])
def test_the_government_of_a_region_is_a_body_with_its_place_inside(text, government, place):
    entities = _entities(text)
    body, region = _owner(entities, government), _owner(entities, place)
    assert body is not None and body["type"] == "ORG", body
    assert region is not None and region["type"] == "GPE" and region is not body


def test_a_bare_regional_government_is_one_with_the_one_named_before():
    entities = _entities("وطالبت حكومة ولاية كادونا بتعزيزات أمنية، وقال متحدث إن حكومة الولاية ستدفع تعويضات.")
    assert _owner(entities, "حكومة الولاية") is _owner(entities, "حكومة ولاية كادونا") is not None


@pytest.mark.parametrize("text, absent", [
    ("وقالت حكومة الولايات المتحدة إنها ستواصل دعم الحلفاء.", "حكومة الولايات"),   # a country's name goes on
    ("وأعلنت حكومة السودان الحداد ثلاثة أيام.", "حكومة السودان"),   # no region
])
def test_no_regional_government_where_a_name_or_a_country_follows(text, absent):
    entities = _entities(text)
    owner = _owner(entities, absent)
    assert owner is None or owner["name"] != absent
