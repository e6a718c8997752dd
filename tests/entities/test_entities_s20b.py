"""Round-20 second-wave mechanisms: the bare state institution a spokesperson speaks for
("الناطق باسم الحكومة …") is an entity of the article's state, an office ("رئيس الحكومة …")
names none; a known person after a bare institution does not say whose it is."""

import pytest

import khabar
from tests.entities.test_entities_s16 import _mentions


@pytest.mark.parametrize("text, body, person", [
    ("وقال الناطق باسم الحكومة عبد الرحمن كلام الله إن السلطات فتحت تحقيقا.", "الحكومة", "عبد الرحمن كلام الله"),
    ("وقال المتحدث باسم الجيش العميد يحيى رسول إن القوات تقدمت.", "الجيش", "يحيى رسول"),
    ("وأوضح المتحدث باسم الشرطة صادق دوديشي أن الانفجار وقع قرب الوزارة.", "الشرطة", "صادق دوديشي"),
])
def test_the_bare_institution_a_spokesperson_speaks_for_is_an_entity(text, body, person):
    got = _mentions(text)
    assert ("ORG", body) in got and ("PER", person) in got, got


def test_an_office_names_no_body():
    got = _mentions("وقال رئيس الحكومة سعد الدين العثماني إن الوضع مستقر.")
    assert ("PER", "سعد الدين العثماني") in got and not any(surface == "الحكومة" for _, surface in got), got


def test_a_body_named_whole_after_the_spokesperson_is_read_whole():
    got = _mentions("وقال المتحدث باسم الحكومة العراقية باسم العوادي إن الوضع مستقر.")
    assert ("ORG", "الحكومة العراقية") in got and ("ORG", "الحكومة") not in got, got


def test_the_spoken_for_government_is_the_articles_states():
    record = khabar.read("أعلنت السلطات التشادية النتائج. وقال الناطق باسم الحكومة محمد علي إن الهدوء عاد إلى نجامينا.",
                         published="2024-05-10")
    government = [e for e in record.entities if any(m["text"] == "الحكومة" for m in e["mentions"])]
    assert government and government[0]["type"] == "ORG" and government[0]["country"] == "TCD", government


def _entity_of(record, surface: str) -> dict | None:
    return next((e for e in record.entities if any(m["text"] == surface for m in e["mentions"])), None)


def test_a_bare_capital_joins_the_capital_the_article_named():
    record = khabar.read("وشهدت العاصمة الليبية طرابلس اشتباكات عنيفة، وقال سكان إن العاصمة تعيش حالة من الذعر.",
                         published="2022-08-28")
    city = _entity_of(record, "العاصمة الليبية طرابلس")
    assert city is not None and {m["text"] for m in city["mentions"]} == {"العاصمة الليبية طرابلس", "العاصمة"}


@pytest.mark.parametrize("text, country", [
    ("وقتل 12 عنصرا من الأمن الرئاسي التونسي في تفجير حافلة بالعاصمة، مساء الثلاثاء.", "TUN"),   # not in _capitals
    ("وقالت الشرطة الجزائرية إن المسيرات عمت العاصمة وعدة ولايات أخرى.", "DZA"),
])
def test_a_bare_capital_is_the_capital_of_the_articles_country(text, country):
    capital = _entity_of(khabar.read(text, published="2024-06-10"), "العاصمة")
    assert capital is not None and capital["type"] == "GPE" and capital["country"] == country and capital["kb"], capital


@pytest.mark.parametrize("text", [
    "وتجري الانتخابات في العاصمة.",                                         # no country: nothing to resolve
    "ونقلت الحكومة المصرية مقارها إلى العاصمة الإدارية الجديدة شرق القاهرة.",  # another place
    "وقال مسؤول إن العاصمة المؤقتة عدن شهدت هدوءا حذرا.",
    "وتوافد الحجاج السعوديون إلى العاصمة المقدسة لأداء العمرة.",
])
def test_a_capital_followed_by_a_definite_word_or_with_no_country_is_no_bare_capital(text):
    assert _entity_of(khabar.read(text, published="2024-06-10"), "العاصمة") is None


@pytest.mark.parametrize("text, body", [
    ("وأعلن الناطق باسم الرئاسة نبيل أبو ردينة رفض القرار.", "الرئاسة"),          # alone a post as often
    ("وقال المتحدث باسم الخارجية ناصر كنعاني إن طهران ترفض الاتهامات.", "الخارجية"),  # elliptic, no nisba
])
def test_a_state_body_a_spokesperson_speaks_for_needs_no_qualifier(text, body):
    assert ("ORG", body) in _mentions(text)


def test_a_post_sought_is_no_body():
    assert not any(surface.endswith("الرئاسة") for _, surface in _mentions("وأعلن الوزير السابق ترشحه للرئاسة."))
