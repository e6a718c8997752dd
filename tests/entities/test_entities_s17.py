"""Round-17 recognition mechanisms: a source or officer "في" an institution named by its kind
alone ("مصدر في الشرطة") is a group with that body; a summit named by the community of states
that holds it ("قمة مجموعة العشرين") is an event; a definite facility head named by its nisba
adjectives ("المستشفى الوطني", "السجن المدني") is a facility; a street named by its number
("شارع 204") is a place; an anonymous body after a charge or designation ("الانضمام إلى
جماعة إرهابية") or a participle-shaped noun after a verbal-noun head ("تنظيم مسيرة") is no body."""

from pathlib import Path

import pytest
import yaml

import khabar
from khabar.entities.recognise import _patterns
from khabar.text.normalise import normalise_word


def _mentions(text: str) -> set[tuple[str, str]]:
    found = khabar.read(text, published="2024-06-10").entities
    return {(e["type"], m["text"]) for e in found for m in e["mentions"]}


def _texts(text: str) -> set[str]:
    return {surface for _, surface in _mentions(text)}


def test_round_17_lexicons_load_normalised():
    raw = yaml.safe_load((Path(khabar.__file__).parent / "entities" / "data" / "patterns.yaml").read_text("utf-8"))
    p = _patterns()
    for key in ("definite_facility_heads", "definite_facility_excluded", "numbered_street_heads"):
        assert isinstance(raw[key], list) and raw[key], key
        assert p[key] == {normalise_word(w) for w in raw[key]}, key
    assert p["events"]["body_meeting_heads"] == {normalise_word(w) for w in raw["events"]["body_meeting_heads"]}
    assert p["events"]["meeting_body_kinds"] == set(raw["events"]["meeting_body_kinds"])
    # a head of a definite facility is never an excluded adjective, and each body-meeting head opens an event
    assert not p["definite_facility_heads"] & p["definite_facility_excluded"]
    assert p["events"]["body_meeting_heads"] <= p["events"]["first_words"]


@pytest.mark.parametrize("text, group, body", [
    ("وقال مصدر في الشرطة إن المشتبه به اعتقل فجرا.", "مصدر في الشرطة", "الشرطة"),
    ("وقال ضابط في الجيش إن الوحدة انسحبت.", "ضابط في الجيش", "الجيش"),
    ("وقال مسؤول في الحكومة إن القرار نهائي.", "مسؤول في الحكومة", "الحكومة"),
])
def test_a_source_in_an_institution_named_by_its_kind_is_a_group_with_it(text, group, body):
    got = _mentions(text)
    assert ("GROUP", group) in got and ("ORG", body) in got, got


def test_a_source_in_a_known_institution_keeps_the_longer_name():
    got = _mentions("وقال مسؤولون في الجيش الإسرائيلي إن القوات تقدمت.")
    assert ("GROUP", "مسؤولون في الجيش الإسرائيلي") in got, got


@pytest.mark.parametrize("text, event, body", [
    ("وتعقد قمة مجموعة العشرين في نيودلهي الشهر المقبل.", "قمة مجموعة العشرين", "مجموعة العشرين"),
    ("وشارك الرئيس في قمة حلف الناتو في واشنطن.", "قمة حلف الناتو", "حلف الناتو"),
])
def test_a_summit_of_a_community_of_states_is_an_event(text, event, body):
    got = _mentions(text)
    assert ("EVENT", event) in got and ("ORG", body) in got, got


@pytest.mark.parametrize("text, absent", [
    ("وقال إن قمة شركة أرامكو ستعقد في دبي.", "قمة شركة أرامكو"),   # a company is no community of states
    ("ووصل المتسلقون إلى قمة جبل طوبقال.", "قمة جبل طوبقال"),          # the top of a mountain
])
def test_a_summit_needs_an_intergovernmental_body(text, absent):
    assert absent not in _texts(text)


@pytest.mark.parametrize("text, facility", [
    ("ونقل الجرحى إلى المستشفى الوطني في الرقة.", "المستشفى الوطني"),
    ("ونقل المتهم إلى السجن المدني بنواكشوط.", "السجن المدني"),
    ("وأقيمت المباراة على الملعب البلدي أمس.", "الملعب البلدي"),
    ("واستهدف القصف المستشفى السعودي في الفاشر.", "المستشفى السعودي"),
])
def test_a_definite_facility_named_by_its_nisba_is_a_facility(text, facility):
    assert ("FAC", facility) in _mentions(text)


@pytest.mark.parametrize("text, absent", [
    ("وقال إن المستشفى الرئيسي خرج عن الخدمة.", "المستشفى الرئيسي"),
    ("وقال إن المستشفى يحتاج إلى أجهزة تنفس.", "المستشفى"),
    ("وتوقف العمل في المستشفى الميداني أمس.", "المستشفى الميداني"),
])
def test_a_facility_only_placed_or_ranked_is_no_name(text, absent):
    assert absent not in _texts(text)


def test_a_street_by_its_number_is_a_place_but_a_year_is_not():
    assert ("LOC", "شارع 204") in _mentions("وتجمع الحجاج في شارع 204 قرب منى.")
    assert "شارع 2024" not in _texts("وأغلقت البلدية شارع 2024 أمام السيارات.")


@pytest.mark.parametrize("text, absent", [
    ("واعتقلت الشرطة خمسة أشخاص بتهمة الانضمام إلى جماعة إرهابية.", "جماعة إرهابية"),
    ('بعد توجيه تهمة "إهانة هيئة نظامية" له.', "هيئة نظامية"),
    ('ودعا المجتمع الدولي إلى تصنيفها "جماعة إرهابية".', "جماعة إرهابية"),
    ("وأعلن الاتحاد عن تنظيم مسيرة وطنية ضد الإرهاب.", "تنظيم مسيرة وطنية"),
    ("حاول المحتجون تنظيم مسيرة في الحي.", "تنظيم مسيرة"),
])
def test_a_kind_of_body_a_charge_names_or_a_verbal_noun_is_no_body(text, absent):
    assert absent not in _texts(text)


@pytest.mark.parametrize("text, group", [
    ("وهاجمت جماعة مسلحة حاجزا للجيش.", "جماعة مسلحة"),
    ("وقالت منظمة حقوقية إسرائيلية إن الاعتقالات تعسفية.", "منظمة حقوقية إسرائيلية"),
    ("وقال تنظيم مسلح إنه نفذ الهجوم.", "تنظيم مسلح"),
])
def test_an_anonymous_body_that_acts_stays_a_group(text, group):
    assert ("GROUP", group) in _mentions(text)


def test_round_17_body_lexicons_load_normalised():
    raw = yaml.safe_load((Path(khabar.__file__).parent / "entities" / "data" / "patterns.yaml").read_text("utf-8"))
    p = _patterns()
    for key in ("participle_shaped_nouns", "charge_nouns"):
        assert isinstance(raw[key], list) and raw[key], key
        assert p[key] == {normalise_word(w) for w in raw[key]}, key
    # a participle-shaped noun is never a group adjective, else "جماعة مسلحة" could be read as a noun
    assert not p["participle_shaped_nouns"] & p["group_modifiers"]


def _entities(text: str) -> list[tuple[str, list[str]]]:
    return [(e["type"], [m["text"] for m in e["mentions"]])
            for e in khabar.read(text, published="2024-06-10").entities]


def test_bare_authorities_are_an_organisation_of_the_article():
    assert ("ORG", ["السلطات"]) in _entities("وقالت السلطات إن الوضع تحت السيطرة.")


def test_bare_authorities_after_a_state_s_authorities_are_they():
    found = _entities("وقالت السلطات السعودية إن الحجاج بخير. وأضافت السلطات أن الموسم نجح.")
    assert ("ORG", ["السلطات السعودية", "السلطات"]) in found, found


def test_the_authorities_kind_is_an_institution_kind_in_both_files():
    from khabar.entities.link import linking

    kind = linking()["institution_group_kind"]
    assert kind in {k for phrases in _patterns()["institutions"].values() for _, k in phrases}


def test_authorities_with_a_group_adjective_keep_it():
    found = _mentions("وقال مسؤول في السلطات المحلية إن الطرق أغلقت.")
    assert ("ORG", "السلطات المحلية") in found and ("ORG", "السلطات") not in found, found


@pytest.mark.parametrize("text, station", [
    ("وقال الوزير لشمس أف أم إن المفاوضات انتهت.", "شمس أف أم"),     # شمس alone is the sun
    ("وقال في تصريح لجوهرة أف أم إن الاتفاق جيد.", "جوهرة أف أم"),
    ("وأكد لإذاعة موزاييك FM أن الحكومة ستتحرك.", "موزاييك FM"),
])
def test_a_radio_station_is_its_name_and_band(text, station):
    assert ("ORG", station) in _mentions(text)


def test_um_without_a_band_is_no_station():
    found = _mentions("وقال في أم درمان إن الوضع هادئ.")
    assert ("GPE", "أم درمان") in found and not any(kind == "ORG" for kind, _ in found), found


def test_radio_bands_load_as_normalised_phrases():
    raw = yaml.safe_load((Path(khabar.__file__).parent / "entities" / "data" / "patterns.yaml").read_text("utf-8"))
    assert _patterns()["radio_bands"] == {tuple(normalise_word(w) for w in b.split()) for b in raw["radio_bands"]}
    assert all(1 <= len(band) <= 2 for band in _patterns()["radio_bands"])
