"""Round s33 (victims): who condemns or mourns an act of force is not its actor (arguments.yaml lament_verbs,
code._lamented_by_subject), and a plural nisba right after a verbal noun whose genitive is its patient names the
victims, not their state acting (code._nisba_people_patient).  Made-up sentences."""

from khabar.events.code import Word, _laments, arguments
from khabar.text.normalise import normalise_word as n
from tests.events.test_evact_mechanisms_s16b import coded


def _actors(text: str, kind: str) -> list[list[str]]:
    return [actors for t, actors in coded(text) if t == kind]


def test_lament_verbs_are_loaded_and_their_forms_read():
    assert n("ندد") in arguments()["lament_verbs"]
    for form in ("أدانت", "وأدانت", "تدينان", "يندد", "ونددت", "استنكرت", "ينعى", "وشجبت"):
        assert _laments(Word(n(form), 0, 0)), form
    for form in ("أعلن", "قال", "دعا", "أكدت"):
        assert not _laments(Word(n(form), 0, 0)), form


def test_condemners_before_their_verb_are_not_the_killers():
    for actors in _actors("فرنسا وألمانيا تدينان اغتياله", "ASSAULT"):
        assert "France" not in actors and "Germany" not in actors, actors


def test_a_named_striker_stays():
    assert ["Israel Defense Forces"] in _actors(
        "وأعلنت وزارة الصحة الفلسطينية مقتل شاب برصاص الجيش الإسرائيلي قرب نابلس.", "ASSAULT")


def test_plural_nisba_after_a_death_is_the_victims():
    assert all("Jordan" not in actors for actors in _actors("مقتل أردنيين ثلاثة في حادث إطلاق نار", "ASSAULT"))
    assert all("Lebanon" not in actors for actors in _actors("اختطاف لبنانيين اثنين قرب الحدود", "ASSAULT"))


def test_singular_nisba_after_the_act_still_acts():
    assert ["Israel"] in _actors("استهداف إسرائيلي لمواقع الحزب في الجنوب", "ASSAULT")
