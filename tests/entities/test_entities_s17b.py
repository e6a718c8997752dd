"""Round-17 second-wave mechanisms for the entities event actors and claim sources need: an
honorific before an office with no name is the holder of the article's own state ("سمو ولي
العهد", "جلالة الملك", "أمير البلاد"); an office right after another is each its own holder; the
men of a force in construct with its name are the force ("جنود الاحتلال", "عناصر الأمن"); one armed
agent with a nisba is a group ("قناص إسرائيلي", "مسلح مجهول"), never the adjective of a noun;
"القضاء على" is no judiciary; a definite body's field takes only adjectives after it."""

from pathlib import Path

import pytest
import yaml

import khabar
from khabar.entities.recognise import _patterns
from khabar.text.normalise import normalise_word
from tests.entities.reading import entities_of

_entities = entities_of


def _named(text: str, published: str = "2024-06-10") -> dict[str, str]:
    """Mention text → the name of its entity."""
    return {m["text"]: e["name"] for e in _entities(text, published) for m in e["mentions"]}


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(e["type"], m["text"]) for e in _entities(text) for m in e["mentions"]}


def test_round_17b_lexicons_load_normalised():
    raw = yaml.safe_load((Path(khabar.__file__).parent / "entities" / "data" / "patterns.yaml").read_text("utf-8"))
    p = _patterns()
    for key in ("home_whose", "office_governors", "force_member_heads", "single_agent_heads", "singular_agent_heads",
                "agent_cues"):
        assert isinstance(raw[key], list) and raw[key], key
        assert p[key] == {normalise_word(w) for w in raw[key]}, key
    assert p["honorifics"] == sorted((tuple(normalise_word(t).split()) for t in raw["honorifics"]), key=lambda t: -len(t))
    assert p["force_heads"] == [normalise_word(w) for w in raw["force_heads"]]
    assert set(p["honoured_titles"]) == {normalise_word(t["text"]) for t in raw["honoured_titles"]}
    # a title read only after an honorific is no title of its own, and every monarch style is a title's style
    assert not set(p["honoured_titles"]) & set(p["titles"])
    assert p["monarch_styles"] <= set(p["title_styles"].values())
    # the adjective-like agent heads are group heads, and singular ones
    assert p["single_agent_heads"] <= p["singular_agent_heads"] <= set(map(normalise_word, raw["group_heads"]))
    assert ("القضاء",) in p["institution_not_before"] and "علي" in p["institution_not_before"][("القضاء",)]


@pytest.mark.parametrize("text, published, surface, name", [
    ("الرياض (واس) - أكد سمو ولي العهد أن المملكة ماضية في الإصلاح.", "2024-06-10", "سمو ولي العهد", "Mohammed bin Salman"),
    ("الكويت (كونا) - أصدر سمو الأمير مرسوما بحل مجلس الأمة.", "2024-06-10", "سمو الأمير", "Mishal Al-Ahmad Al-Jaber Al-Sabah"),
    ("الكويت (كونا) - أصدر سمو الأمير مرسوما بحل مجلس الأمة.", "2018-06-10", "سمو الأمير", "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
    ("عمان (بترا) - أكد جلالة الملك أن الأردن يقف مع الأشقاء.", "2024-06-10", "جلالة الملك", "Abdullah II of Jordan"),
    ("مسقط (العمانية) - وجه جلالة السلطان بتشكيل لجنة وزارية.", "2024-06-10", "جلالة السلطان", "Haitham bin Tariq"),
    ("الدوحة (قنا) - بعث حضرة صاحب السمو أمير البلاد المفدى برقية تهنئة.", "2024-06-10",
     "حضرة صاحب السمو أمير البلاد", "Tamim bin Hamad Al Thani"),
    ("أبوظبي (وام) - استقبل صاحب السمو رئيس الدولة، في قصر الشاطئ، ضيوف المعرض.", "2024-06-10",
     "صاحب السمو رئيس الدولة", "Mohamed bin Zayed Al Nahyan"),
])
def test_an_honorific_before_an_office_is_the_holder_of_the_articles_state(text, published, surface, name):
    assert _named(text, published).get(surface) == name


def test_a_monarchs_honoured_title_is_the_state_that_has_such_a_monarch():
    # Iraq, named more, has a President: "سمو الأمير" in a Qatari paper is Qatar's Emir
    text = ("الدوحة - وكان سمو الأمير قد ترأس اجتماعات لمتابعة ملف المختطفين في العراق، وقالت بغداد "
            "إن العراق يرحب بالوساطة القطرية.")
    assert _named(text, "2017-04-22").get("سمو الأمير") == "Tamim bin Hamad Al Thani"


@pytest.mark.parametrize("text, absent", [
    ("الكويت - أعلن صاحب السمو الأمير الشيخ مشعل الأحمد حل مجلس الأمة.", "صاحب السمو الأمير"),   # the name says who
    ("الرياض - وأكد ولي ولي العهد أن الرؤية طموحة.", "ولي العهد"),                            # the deputy
    ("الرياض - وأصدر ديوان ولي العهد بيانا حول الزيارة.", "ولي العهد"),                        # his court
])
def test_an_honoured_or_home_title_with_a_name_after_or_a_governor_before_names_no_holder(text, absent):
    assert absent not in {surface for _, surface in _mentions(text)}


@pytest.mark.parametrize("text, first, second", [
    ("واستقبل ولي العهد السعودي الرئيس الفرنسي في قصر اليمامة.", "Mohammed bin Salman", "Emmanuel Macron"),
    ("واستقبل ولي العهد البحريني وزير الخارجية الأمريكي في المنامة.", "Salman bin Hamad Al Khalifa", "Antony Blinken"),
])
def test_an_office_right_after_another_is_its_own_holder(text, first, second):
    names = {e["name"] for e in _entities(text) if e["type"] == "PER"}
    assert {first, second} <= names, names


def test_a_title_inside_a_holders_name_does_not_cut_the_name():
    """"رئيس الجمهورية الباجي قائد السبسي": قائد inside the name is no second office."""
    named = _named("وكان رئيس الجمهورية الباجي قائد السبسي قد تحول إلى مكان الحادثة.", "2015-06-27")
    assert named.get("رئيس الجمهورية") == "Beji Caid Essebsi"


def test_a_vice_president_is_no_president():
    assert _named("وقال الرئيس الإماراتي إن بلاده تدعم الحل.").get("الرئيس الإماراتي") == "Mohamed bin Zayed Al Nahyan"


@pytest.mark.parametrize("text, surface, name", [
    ("وأطلق جنود الاحتلال النار على الشبان.", "جنود الاحتلال", "Israel Defense Forces"),
    ("واعتدى جنود الاحتلال الإسرائيلي على الصحفيين.", "جنود الاحتلال الإسرائيلي", "Israel Defense Forces"),
    ("وهاجم مقاتلو الدعم السريع قرية في الجزيرة.", "مقاتلو الدعم السريع", "Rapid Support Forces"),
    ("وانتشرت عناصر الحشد الشعبي في المدينة.", "عناصر الحشد الشعبي", "Popular Mobilization Forces"),
])
def test_the_men_of_a_force_named_by_the_forces_name_are_the_force(text, surface, name):
    assert _named(text).get(surface) == name


def test_the_men_of_an_institution_named_by_its_kind_are_the_institution():
    assert ("ORG", "عناصر الأمن") in _mentions("واعتقلت عناصر الأمن عشرات المحتجين.")
    # no force name after them: the body the words name, as before
    assert ("ORG", "الشرطة") in _mentions("وأطلقت عناصر الشرطة الغاز المسيل للدموع.")


def test_regime_forces_named_bare_are_the_states_army():
    assert _named("وقصفت قوات النظام بلدة كفرنبل في ريف إدلب.").get("قوات النظام") == "Syrian Arab Army"


@pytest.mark.parametrize("text, group", [
    ("وقتل قناص إسرائيلي فتى فلسطينيا.", "قناص إسرائيلي"),
    ("وأصيب جندي برصاص قناص فلسطيني.", "قناص فلسطيني"),
    ("وقتل مسلح مجهول موظفا في البصرة.", "مسلح مجهول"),
    ("وقتل الشاب على يد مسلح مجهول أمام منزله.", "مسلح مجهول"),
    ("وقال مسلح سوري للوكالة إن فصيله سيطر على الحي.", "مسلح سوري"),
])
def test_one_armed_agent_with_a_nisba_or_modifier_is_a_group(text, group):
    assert ("GROUP", group) in _mentions(text)


@pytest.mark.parametrize("text, absent", [
    ("ونفذ فصيل مسلح فلسطيني الهجوم.", "مسلح فلسطيني"),
    ("وتعرضت الدورية لهجوم مسلح مجهول المصدر.", "مسلح مجهول"),
    ("وقتل مسلح مجهول موظفا في البصرة.", "مسلح مجهول موظفا"),   # the object is no adjective
])
def test_an_armed_adjective_after_a_noun_is_no_agent(text, absent):
    assert absent not in {surface for _, surface in _mentions(text)}


def test_eliminating_is_no_judiciary_but_the_judiciary_stays():
    assert "القضاء" not in {s for _, s in _mentions("وأعلنت وزارة الدفاع الوطني القضاء على إرهابيين في تيبازة.")}
    assert ("ORG", "القضاء") in _mentions("وقال إن القضاء سيفصل في القضية.")


def test_a_definite_bodys_field_takes_adjectives_not_the_object_after_it():
    got = _mentions("وأعلنت اللجنة الوطنية المستقلة للانتخابات النتائج المؤقتة.")
    assert ("ORG", "اللجنة الوطنية المستقلة للانتخابات") in got, got
    assert ("ORG", "المجلس الأعلى للأمن القومي") in _mentions("وقرر المجلس الأعلى للأمن القومي رفع التأهب.")


@pytest.mark.parametrize("text, published, absent", [
    ("وقال نائب رئيس الوزراء العراقي إن الاتفاق قريب.", "2024-06-10", "Mohammed Shia al-Sudani"),
    ("وحضر الشيخ محمد بن راشد آل مكتوم نائب رئيس دولة الإمارات العربية المتحدة.", "2020-01-11",
     "Khalifa bin Zayed Al Nahyan"),
])
def test_a_title_a_noun_governs_names_no_holder(text, published, absent):
    """"نائب رئيس …": the deputy's office; the head's holder is not named."""
    assert absent not in {e["name"] for e in _entities(text, published)}
