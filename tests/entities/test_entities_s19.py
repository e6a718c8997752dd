"""Round-19 mechanisms for entity recall on new outlets (patterns.yaml): a local branch of a state
service in construct with the place it serves ("شرطة ديالى"، "دائرة صحة ذي قار"، "قيادة عمليات
كركوك"); a diplomatic mission with the body or country it represents and its seat ("بعثة الاتحاد
الأوروبي في تونس"، "سفارة الهند في الكويت"), an embassy that issues a statement being the mission
("بيان لسفارة"); a diplomat named by his post and nisba only ("القائم بالأعمال الإماراتي"); and the
state broadcasters named as the nation's ("التلفزة الوطنية")."""

from pathlib import Path

import pytest
import yaml

import khabar
from khabar.entities.recognise import _patterns
from khabar.text.normalise import normalise_word
from tests.entities.reading import entities_of

RAW = yaml.safe_load((Path(khabar.__file__).parent / "entities" / "data" / "patterns.yaml").read_text("utf-8"))

_entities = entities_of


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(e["type"], m["text"]) for e in _entities(text) for m in e["mentions"]}


def test_the_round_19_lists_have_their_schema_and_load_normalised():
    services = RAW["placed_services"]
    assert set(services) == {"services", "branch_heads", "service_nouns", "place_heads"}
    for words in services.values():
        assert words and all(isinstance(w, str) and " " not in w.strip() for w in words)
    assert set(RAW["missions"]) == {"heads", "place_links"}
    assert set(RAW["missions"]["heads"].values()) <= {"ORG", "embassy"}
    assert all(kind in RAW["state_bodies"]["facility_kinds"] for kind in RAW["missions"]["heads"].values() if kind != "ORG")
    p = _patterns()
    assert normalise_word("صحة") in p["placed_services"]["service_nouns"]
    assert normalise_word("محافظة") in p["placed_services"]["place_heads"]
    assert normalise_word("بعثة") in p["missions"]["heads"]
    assert normalise_word("القائم بالأعمال").replace(" ", "") in p["unnamed_envoys"]
    assert normalise_word("بيان") in p["state_bodies"]["issuer_cues"]


@pytest.mark.parametrize("text, body, place", [
    ("وقالت شرطة ديالى إن المسلحين فروا.", "شرطة ديالى", "ديالى"),
    ("وأعلنت دائرة صحة دهوك ارتفاع الحصيلة.", "دائرة صحة دهوك", "دهوك"),
    ("وقالت قيادة عمليات كركوك إن القوات انتشرت.", "قيادة عمليات كركوك", "كركوك"),
    ("وذكرت شرطة محافظة معان أن المشتبه به قتل.", "شرطة محافظة معان", "محافظة معان"),
    ("وقالت شرطة ولاية الخرطوم إن اللصوص فروا.", "شرطة ولاية الخرطوم", "ولاية الخرطوم"),
])
def test_a_local_branch_of_a_service_spans_its_place(text, body, place):
    got = _mentions(text)
    assert ("ORG", body) in got and ("GPE", place) in got, sorted(got)


@pytest.mark.parametrize("text, absent", [
    ("وقالت شرطة عراقية إن الانفجار وقع ليلا.", "شرطة عراقية"),          # a nisba is no place
    ("وقالت دائرة الأرصاد إن الحر سيشتد.", "دائرة الأرصاد"),              # no service noun of the list
    ("ووصلت القافلة إلى مديرية حيس جنوبي الحديدة.", "مديرية حيس"),       # a district, no service
])
def test_no_branch_without_a_service_and_a_known_place(text, absent):
    got = _mentions(text)
    assert ("ORG", absent) not in got, sorted(got)


def test_a_body_the_knowledge_base_names_whole_is_not_cut_at_its_place():
    got = _mentions("وأكدت شرطة عمان السلطانية أن الحادث قيد التحقيق.")
    assert ("ORG", "شرطة عمان السلطانية") in got and ("ORG", "شرطة عمان") not in got


def test_a_mission_spans_its_body_and_seat_with_both_as_mentions():
    got = _mentions("وعبرت بعثة الاتحاد الأوروبي في تونس عن تضامنها مع الضحايا.")
    assert {("ORG", "بعثة الاتحاد الأوروبي في تونس"), ("ORG", "الاتحاد الأوروبي"), ("GPE", "تونس")} <= got


def test_a_mission_whose_name_goes_on_is_left_to_the_knowledge_base():
    got = _mentions("وقالت بعثة الأمم المتحدة المتكاملة للمساعدة في السودان إن الوضع هادئ.")
    assert ("ORG", "بعثة الأمم المتحدة") not in got, sorted(got)


def test_an_embassy_is_the_building_unless_it_speaks_or_issues():
    assert ("FAC", "سفارة فرنسا في الجزائر") in _mentions("وتجمع المحتجون أمام سفارة فرنسا في الجزائر.")
    assert ("ORG", "سفارة الهند في الكويت") in _mentions("بحسب بيان لسفارة الهند في الكويت.")
    assert ("ORG", "السفارة الأمريكية في بغداد") in _mentions("وقال المتحدث باسم السفارة الأمريكية في بغداد إن الطاقم بخير.")
    assert ("FAC", "السفارة الأمريكية في بغداد") in _mentions("وتجمعوا أمام السفارة الأمريكية في بغداد.")


def test_a_diplomat_named_by_post_and_nisba_is_a_group_of_his_country():
    entities = _entities("واستدعت الخارجية القائم بالأعمال الإماراتي وسلمته مذكرة احتجاج.")
    group = next(e for e in entities if any(m["text"] == "القائم بالأعمال الإماراتي" for m in e["mentions"]))
    assert group["type"] == "GROUP" and group["country"] == "ARE"
    got = _mentions("وقررت الحكومة سحب القائم بالأعمال العراقي في ستوكهولم.")
    assert ("GROUP", "القائم بالأعمال العراقي في ستوكهولم") in got and ("GPE", "ستوكهولم") in got


def test_a_diplomat_whose_name_follows_is_no_group():
    got = _mentions("والتقى الوزير القائم بالأعمال الأمريكي جوي هود في مكتبه.")
    assert not any(kind == "GROUP" for kind, _ in got), sorted(got)


@pytest.mark.parametrize("text, surface", [
    ("وقال المتحدث في تصريح للإذاعة الوطنية إن الوضع تحت السيطرة.", "لإذاعة الوطنية"),
    ("وأكد الوزير في تصريح للتلفزة الوطنية أن التحقيقات متواصلة.", "لتلفزة الوطنية"),
    ("وبث التلفزيون الوطني صورا للرئيس.", "التلفزيون الوطني"),
])
def test_a_broadcaster_named_as_the_nations_is_an_organisation(text, surface):
    assert ("ORG", surface) in _mentions(text)


def test_the_maghrebs_state_television_carrying_a_speech_is_its_platform_not_a_relay():
    """"في كلمة بثتها التلفزة الوطنية": now that التلفزة الوطنية is an entity, the channel rule
    (claims cues.yaml own_channel_heads) must read التلفزة as a TV head, or it becomes a relay."""
    text = 'وأعلن رئيس الجمهورية، في كلمة بثتها التلفزة الوطنية، أن الهجوم "غير مسبوق".'
    claims = khabar.read(text, published="2016-03-08").claims
    assert claims and claims[0]["platform"] == "TV"
    assert [s["text"] for s in claims[0]["sources"]] == ["رئيس الجمهورية"]


@pytest.mark.parametrize("text, kind", [
    ("وأدانت وزارة الخارجية القطرية والسفارة البريطانية في الدوحة الهجوم.", "ORG"),
    ('ودانت بعثة الاتحاد الإفريقي في الصومال "أميصوم" والسفارة الأمريكية في مقديشو الهجوم.', "ORG"),
    ("وتجمع المحتجون أمام وزارة الخارجية والسفارة الأمريكية في مقديشو.", "FAC"),
])
def test_an_embassy_joined_to_the_subject_of_a_feminine_verb_acts_with_it(text, kind):
    assert (kind, "السفارة الأمريكية في مقديشو" if "مقديشو" in text else "السفارة البريطانية في الدوحة") in _mentions(text)
