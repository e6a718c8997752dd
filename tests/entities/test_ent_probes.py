"""Entity recognition probe batteries: composed sentences in many outlets' styles
(tests/entities/data/ent_probes.yaml, and ent_shapes_probes.yaml with the shapes the first
lacked; ent_probes_s13.yaml, ent_probes_s14.yaml, ent_probes_s15.yaml, ent_probes_s15b.yaml ent_probes_s16.yaml, ent_probes_s17.yaml, ent_probes_s17b.yaml, ent_probes_s18.yaml, ent_probes_s18b.yaml, ent_probes_s18c.yaml, ent_probes_s19.yaml, ent_probes_s19b.yaml, ent_probes_s20.yaml, ent_probes_s20b.yaml, ent_probes_s21.yaml, ent_probes_s21b.yaml, ent_probes_s22.yaml, ent_probes_s22b.yaml, ent_probes_s23.yaml, ent_probes_s24.yaml, ent_actor_probes_s24b.yaml, ent_probes_s25.yaml and groups_probes_s25.yaml from later rounds), each with the mentions
khabar must find and the near-misses it must not."""

from pathlib import Path

import pytest
import yaml

import khabar

BATTERIES = {name: yaml.safe_load((Path(__file__).parent / "data" / f"{name}.yaml").read_text("utf-8"))["probes"]
             for name in ("ent_probes", "ent_shapes_probes", "ent_probes_s13", "ent_probes_s14", "ent_probes_s15",
                                 "ent_probes_s15b", "ent_probes_s16", "ent_probes_s17", "ent_probes_s17b", "ent_probes_s18",
                                 "ent_probes_s18b", "ent_probes_s18c", "ent_probes_s19", "ent_probes_s19b", "ent_probes_s20",
                                 "ent_probes_s20b", "ent_probes_s21", "ent_probes_s21b", "ent_probes_s22", "ent_probes_s22b",
                                 "ent_probes_s23", "ent_probes_s24", "ent_actor_probes_s24b", "ent_probes_s25",
                                 "groups_probes_s25")}


def _cases():
    for name, probes in BATTERIES.items():
        for n, probe in enumerate(probes):
            marks = [pytest.mark.xfail(reason=probe["known_failure"], strict=True)] if probe.get("known_failure") else []
            yield pytest.param(probe, id=f"{name}-{n:03d}", marks=marks)


@pytest.mark.parametrize("probe", list(_cases()))
def test_entity_probe(probe):
    found = khabar.read(probe["text"], published="2024-06-10").entities
    got = {(e["type"], m["text"]) for e in found for m in e["mentions"]}
    texts = {text for _, text in got}
    for kind, surface in probe.get("expect") or []:
        assert (kind, surface) in got, (kind, surface, sorted(got))
    for surface in probe.get("absent") or []:
        assert surface not in texts, (surface, sorted(got))
    if probe.get("same"):   # two surfaces that must be mentions of one entity
        owners = [{e["id"] for e in found for m in e["mentions"] if m["text"] == s} for s in probe["same"]]
        assert owners[0] and owners[0] == owners[1], (probe["same"], sorted(got))


@pytest.mark.parametrize("name", sorted(BATTERIES))
def test_the_battery_is_well_formed(name):
    probes = BATTERIES[name]
    assert len(probes) >= (15 if name in ("ent_actor_probes_s24b", "groups_probes_s25") else 25 if name in ("ent_probes_s18b", "ent_probes_s18c", "ent_probes_s19b", "ent_probes_s20b",
                                          "ent_probes_s21b", "ent_probes_s22b")
                           else 40 if name in ("ent_probes_s21", "ent_probes_s22", "ent_probes_s23", "ent_probes_s24", "ent_probes_s25") else 60)   # short later-wave batteries
    for probe in probes:
        assert set(probe) <= {"text", "expect", "absent", "same", "known_failure"}, probe
        for kind, surface in probe.get("expect") or []:
            assert kind in {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "GROUP"} and surface in probe["text"]
        for surface in probe.get("absent") or []:
            assert surface in probe["text"]


def test_the_shapes_battery_has_distinct_probes_that_each_check_something():
    probes = BATTERIES["ent_shapes_probes"]
    texts = [probe["text"] for probe in probes]
    assert len(set(texts)) == len(texts)
    for probe in probes:
        assert probe.get("expect") or probe.get("absent"), probe


def test_group_adjectives_load_with_their_forms():
    from khabar.entities.recognise import _patterns
    from khabar.text.normalise import normalise_word

    p = _patterns()
    for form in ["ميداني", "ميدانية", "ميدانيون", "ميدانيين", "مجهولون", "مجهولين", "غربي", "أخرى"]:
        assert normalise_word(form) in p["group_modifiers"], form
    assert normalise_word("المفقودين") in p["head_modifiers"][normalise_word("عائلات")]
    assert normalise_word("المفقودين") not in p["group_modifiers"]
    assert normalise_word("عناصر") in p["modifier_only_group_heads"]
    assert normalise_word("قرية") in p["settlement_heads"]
    assert normalise_word("بسبب") in p["stops"]


def test_group_adjectives_do_not_shadow_knowledge_base_nisbas():
    """A nisba the knowledge base reads as a body or country ("أممي") gives the group its
    country: it must not be listed as a plain adjective."""
    from khabar.entities.recognise import _adjective_forms, _patterns  # noqa: F401
    from khabar.knowledge import knowledge_base
    from khabar.text.normalise import normalise_word

    raw = yaml.safe_load((Path(khabar.__file__).parent / "entities" / "data" / "patterns.yaml").read_text("utf-8"))
    index = knowledge_base().index
    for form in _adjective_forms(raw["group_adjective_bases"]):
        assert not any(a.via == "nisba" for _, a in index.get((form,), ())), form
    assert normalise_word("أممي") not in _adjective_forms(raw["group_adjective_bases"])


@pytest.mark.parametrize("fragment", ["وقال مصدر أمني", "وقال مصادر ميدانية", "في منطقة \"", "مطار الملك", "ثورة 25",
                                      "قرية الطيبة", "مركز كارنيغي ل", "حي باب", "عائلات المفقودين"])
def test_new_patterns_read_fragments_that_end_where_they_look_ahead(fragment):
    """Each new pattern looks a word or two ahead; a text that ends there reads without error."""
    khabar.read(fragment, published="2024-06-10")


def test_round_13_group_and_head_lexicons_load():
    """The class lexicons the round-13 battery rests on load, normalised, from patterns.yaml."""
    from khabar.entities.recognise import _patterns
    from khabar.text.normalise import normalise_word

    p = _patterns()
    assert {normalise_word(w) for w in ["رجال", "زعماء", "شيوخ", "وجهاء"]} <= p["construct_group_heads"]
    assert normalise_word("قادة") not in p["construct_group_heads"]
    assert normalise_word("الشبان") in p["counted_people"]
    assert {normalise_word(w) for w in ["المصابين", "اللاجئين", "الأسرى"]} <= p["tallied_people"]
    assert not p["counted_people"] & p["tallied_people"]
    assert normalise_word("مقتل") in p["toll_nouns"]
    assert normalise_word("أسر") in p["head_modifiers"] and normalise_word("الضحايا") in p["head_modifiers"][normalise_word("أسر")]
    assert {normalise_word(w) for w in ["متحف", "جامع", "كنيس", "قاعة"]} <= p["facility_heads"]
    assert normalise_word("قاعة") not in p["facility_idafa_heads"]
    assert p["place_heads"][normalise_word("تقاطع")] == "LOC" and normalise_word("شاطئ") in p["feature_heads"]
    events = p["events"]
    assert normalise_word("عيد") in events["idafa_heads"] and normalise_word("احتجاجات") in events["place_heads"]


def test_kidnappers_load_as_group_heads():
    """ent_actor_probes_s24b: kidnappers and pirates stand alone as a group; the unvowelled
    المختطفين (as often the abductees) does not."""
    from khabar.entities.recognise import _patterns
    from khabar.text.normalise import normalise_word

    p = _patterns()
    for form in ["الخاطفون", "الخاطفين", "القراصنة"]:
        assert normalise_word(form) in p["standalone_group_heads"], form
    assert normalise_word("المختطفين") not in p["standalone_group_heads"]
