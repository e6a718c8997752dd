"""Round s15's linking mechanism: a facility named back by its kind alone (linking.yaml
facility_heads): "مدير المستشفى" after "مستشفى كمال عدوان" is a mention of the hospital, the
last facility whose name opens with that word; with none named before it names nothing, and
it never takes an organisation."""

import pytest

import khabar
from khabar.entities.link import _earlier_of_kind, linking
from khabar.text.normalise import normalise_word


def entities(text, published="2024-06-10"):
    return khabar.read(text, published=published).entities


def owner(found, surface):
    return [e for e in found if any(m["text"] == surface for m in e["mentions"])]


def test_facility_heads_load_normalised_and_are_back_reference_heads():
    data = linking()
    for word in ("المستشفى", "المطار", "المعبر", "الميناء"):
        assert normalise_word(word) in data["back_reference_heads"]      # the recogniser reads them there
        assert normalise_word(word)[2:] in data["facility_heads"]         # keyed like role["refers"]
    assert normalise_word("الوزارة")[2:] not in data["facility_heads"]


@pytest.mark.parametrize("text, full, bare", [
    ("قصفت الطائرات محيط مستشفى العودة في جباليا. وقال مدير المستشفى إن المرضى محاصرون.",
     "مستشفى العودة", "المستشفى"),    # the recogniser may keep "في جباليا" in the name
    ("أغلقت السلطات مطار عدن الدولي بعد هجوم. وقالت إدارة المطار إن الرحلات ستستأنف غدا.",
     "مطار عدن الدولي", "المطار"),
    ("أعادت السلطات فتح معبر كرم أبو سالم أمام الشاحنات. وقال مصدر إن المعبر سيغلق مساء.",
     "معبر كرم أبو سالم", "المعبر"),
])
def test_a_facility_head_joins_the_facility_named_before(text, full, bare):
    found = entities(text)
    [facility] = [e for e in found if any(m["text"].startswith(full) for m in e["mentions"])]
    assert facility["type"] == "FAC"
    assert owner(found, bare) == [facility]


def test_a_facility_head_takes_the_nearest_facility_of_its_kind():
    found = entities("نقل الجرحى إلى مستشفى الأقصى ثم إلى مستشفى ناصر في خان يونس، وقال مدير المستشفى إن الأسرة ممتلئة.")
    assert owner(found, "المستشفى") == owner(found, "مستشفى ناصر")
    assert owner(found, "المستشفى") != owner(found, "مستشفى الأقصى")


def test_a_facility_head_with_no_facility_before_names_nothing():
    found = entities("قال مدير المستشفى إن الأسرة ممتلئة، فيما أعلنت وزارة الصحة حالة الطوارئ.")
    assert not owner(found, "المستشفى")


def test_a_facility_head_never_takes_an_organisation():
    # "مطارات دبي" (the airports' operator) opens with the airport's word but is a body
    n = normalise_word
    entities_so_far = {
        "FAC:a": {"type": "FAC", "country": None, "name_ar": "مطار عدن الدولي", "mentions": [{"text": "مطار عدن الدولي"}]},
        "ORG:b": {"type": "ORG", "country": None, "name_ar": "مطارات دبي", "mentions": [{"text": "مطارات دبي"}]},
    }
    assert _earlier_of_kind(entities_so_far, n("المطار")[2:], None) == "FAC:a"
    del entities_so_far["FAC:a"]
    assert _earlier_of_kind(entities_so_far, n("المطار")[2:], None) is None
    # and a body's head never takes a facility
    hospital = {"FAC:c": {"type": "FAC", "country": None, "name_ar": "هيئة", "mentions": [{"text": "هيئة"}]}}
    assert _earlier_of_kind(hospital, n("الهيئة")[2:], None) is None


def test_facility_heads_must_be_a_list_of_words(monkeypatch):
    from khabar.entities import link as module

    real = module.load_yaml

    def broken(text):
        raw = real(text)
        if "facility_heads" in raw:
            raw["facility_heads"] = "المستشفى"
        return raw

    monkeypatch.setattr(module, "load_yaml", broken)
    module.linking.cache_clear()
    try:
        with pytest.raises(ValueError, match="facility_heads"):
            module.linking()
    finally:
        monkeypatch.undo()
        module.linking.cache_clear()
