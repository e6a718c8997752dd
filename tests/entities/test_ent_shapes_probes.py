"""The class lexicons and word shapes behind the round-12 entity battery
(tests/entities/data/ent_shapes_probes.yaml, run with the first battery by test_ent_probes.py):
partitive and quantified groups, peoples as a group's adjective, facilities with their nisbas,
ranges and forests, wars by country, events by month, meetings named after unknown places,
bodies with participles."""

import pytest

import khabar


def test_the_new_class_lexicons_load():
    from khabar.entities.recognise import _patterns
    from khabar.text.normalise import normalise_word

    p = _patterns()
    assert normalise_word("العاصمة") in p["common_place_nouns"]
    assert normalise_word("المدينة") in p["common_place_nouns"]
    assert {normalise_word(w) for w in ["مؤتمر", "اتفاق", "ملتقى"]} <= p["events"]["meeting_heads"]
    assert normalise_word("حرب") in p["events"]["country_war_heads"]
    assert normalise_word("مولاي") in p["eponym_titles"]
    assert p["place_heads"][normalise_word("جبال")] == "LOC"
    assert normalise_word("متطابقة") in p["group_modifiers"]
    assert normalise_word("مجهولون") in p["standalone_group_heads"]
    assert normalise_word("منطقة") in p["district_place_heads"] and normalise_word("حي") in p["quarter_heads"]
    assert normalise_word("ملتقى") in p["events"]["idafa_heads"]
    # every meeting head is a first word the event rule is tried at
    assert p["events"]["meeting_heads"] <= p["events"]["first_words"]


def test_definite_adjective_shape():
    from khabar.entities.recognise import _common, _definite_adjective
    from khabar.text.normalise import normalise_word

    for word in ["الدولي", "الجوية", "الأحمر", "الكبرى"]:
        assert _definite_adjective(normalise_word(word)), word
    for word in ["المباراة", "الشهداء", "دولي"]:
        assert not _definite_adjective(normalise_word(word)), word
    assert _common(normalise_word("محملة")) and _common(normalise_word("المباراة"))
    assert not _common("Watch") and not _common(normalise_word("نوفو"))


@pytest.mark.parametrize("fragment", ["عدد من", "عدد من النواب", "حرب أكتوبر", "حرب تشرين الأول/", "مؤتمر دافوس",
                                      "مطار قرطاج", "هيئة الانتخابات المستقلة", "مسؤولون أكراد"])
def test_new_patterns_read_fragments_that_end_where_they_look_ahead(fragment):
    khabar.read(fragment, published="2024-06-10")
