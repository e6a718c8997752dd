"""The linker's own data (entities/data/linking.yaml) and the mechanisms it drives."""

import pytest

import khabar
from khabar.entities.link import _extended_name_key, _group_key, linking
from khabar.text.normalise import normalise_word


def entities(text, published="2024-06-10"):
    return khabar.read(text, published=published).entities


def owner(found, surface):
    return [e for e in found if any(m["text"] == surface for m in e["mentions"])]


def test_linking_data_loads_normalised():
    data = linking()
    assert normalise_word("المجلس") in data["back_reference_heads"]
    assert data["group_synonyms"]["محتج"] == data["group_synonyms"]["متظاهر"]
    assert normalise_word("آلاف") in data["count_quantifiers"]
    assert "سلطات" in data["institution_group_heads"]
    assert normalise_word("الدولية") in data["name_extensions"]
    assert normalise_word("أبو") in data["surname_particles"]


def test_linking_data_is_checked(monkeypatch):
    from khabar.entities import link as module

    monkeypatch.setattr(module, "load_yaml", lambda text: {"back_reference_heads": "المجلس"})
    module.linking.cache_clear()
    try:
        with pytest.raises(ValueError, match="back_reference_heads"):
            module.linking()
    finally:
        monkeypatch.undo()
        module.linking.cache_clear()


def test_group_keys_drop_count_quantifiers_and_take_synonyms():
    assert _group_key("الاف محتج") == _group_key("متظاهر")
    assert _group_key("احد شهود") == "احد شهود"      # "one of the witnesses" is no count of them
    assert _group_key("مسلح مجهول") == "مسلح مجهول"


def test_protesters_named_two_ways_are_one_group():
    found = entities("تجمع متظاهرون أمام مقر الحكومة في نواكشوط. وردد المحتجون هتافات تطالب بالإصلاح.")
    assert owner(found, "متظاهرون") == owner(found, "المحتجون") != []


def test_a_crowd_counted_then_named_is_one_group():
    found = entities("خرج آلاف المتظاهرين في مدينة صفاقس. وطالب المتظاهرون بالتشغيل.")
    assert owner(found, "آلاف المتظاهرين") == owner(found, "المتظاهرون") != []


def test_authorities_are_an_organisation():
    found = entities("وقالت السلطات الموريتانية إنها أوقفت ثلاثة مشتبه بهم.")
    assert [e["type"] for e in owner(found, "السلطات الموريتانية")] == ["ORG"]
    found = entities("وقال مسؤولون موريتانيون إن التحقيق مستمر.")
    assert [e["type"] for e in owner(found, "مسؤولون موريتانيون")] == ["GROUP"]


def test_a_name_with_a_descriptive_adjective_is_the_name_before():
    entity = {"type": "FAC", "mentions": [{"text": "مطار الأبيض"}]}
    assert _extended_name_key(normalise_word("مطار الأبيض الدولي"), "FAC", {"k": entity}) == "k"
    assert _extended_name_key(normalise_word("مطار الأبيض الجديد"), "FAC", {"k": entity}) is None
    assert _extended_name_key(normalise_word("مطار الأبيض الدولي"), "ORG", {"k": entity}) is None
    found = entities("وهبطت الطائرة في مطار الأبيض. وأعيد فتح مطار الأبيض الدولي أمس.")
    assert owner(found, "مطار الأبيض") == owner(found, "مطار الأبيض الدولي") != []


def test_a_family_name_with_its_particle_is_the_person_named_before():
    found = entities("وقالت الناشطة سهام بن عمار إن الموقوفين تعرضوا للتعذيب. وأكدت بن عمار أن العائلات لم تبلغ.")
    assert owner(found, "سهام بن عمار") == owner(found, "بن عمار") != []
    found = entities("وقال النائب كمال بن سالم إن الجلسة أرجئت، فيما قال الوزير سامي بن سالم إنه سيستقيل.")
    assert owner(found, "كمال بن سالم") != owner(found, "سامي بن سالم")


def test_council_and_committee_refer_back_but_not_before_a_nisba():
    found = entities("دعا مجلس الأمن الدولي إلى وقف القتال. وقال المجلس إن الوضع خطير.")
    assert owner(found, "مجلس الأمن الدولي") == owner(found, "المجلس") != []
    found = entities("وعقد مجلس الأمن الدولي جلسة، فيما قال المجلس السيادي إنه يرفض القرار.")
    assert not any(owner([e], "مجلس الأمن الدولي") and any(m["text"].startswith("المجلس") for m in e["mentions"])
                   for e in found)


def test_security_forces_named_alone_are_the_forces_named_in_full_not_the_police():
    found = entities("وتبادل المسلحون إطلاق النار مع قوات الأمن الصومالية. وقالت الشرطة الصومالية إن ثلاثة قتلوا. "
                     "وأكدت قوات الأمن أنها طوقت المكان، فيما قالت الأجهزة الأمنية إن العملية انتهت.")
    forces = owner(found, "قوات الأمن الصومالية")
    assert forces == owner(found, "قوات الأمن") == owner(found, "الأجهزة الأمنية") != []
    assert owner(found, "الشرطة الصومالية") != forces
    found = entities("وقالت الشرطة الكينية إن التحقيق جار. وأكدت قوات الأمن أنها اعتقلت مشتبها به.")
    assert owner(found, "الشرطة الكينية") != owner(found, "قوات الأمن")


def test_the_armys_forces_are_the_army_named_before():
    found = entities("أعلن الجيش السوداني السيطرة على الجسر. وقالت قوات الجيش إنها طاردت المتمردين.")
    assert owner(found, "الجيش السوداني") == owner(found, "قوات الجيش") != []
    found = entities("وقالت الشرطة الكينية إن التحقيق جار. وقالت قوات الجيش إنها انتشرت.")
    assert owner(found, "الشرطة الكينية") != owner(found, "قوات الجيش")



def test_a_royal_title_and_given_name_is_the_person_named_in_full():
    found = entities("أدى السلطان هيثم بن طارق اليمين الدستورية. وقال السلطان هيثم إن السلطنة ستواصل نهجها.")
    assert owner(found, "السلطان هيثم بن طارق") == owner(found, "السلطان هيثم") != []
    found = entities("وقال السلطان هيثم إن السلطنة تدعم الحوار. وكان السلطان هيثم بن طارق قد استقبل الوفد.")
    assert owner(found, "السلطان هيثم") == owner(found, "السلطان هيثم بن طارق") != []


def test_a_royal_title_and_given_name_stays_apart_when_two_people_have_it():
    from khabar.entities.link import _join_titled_given_names

    def person(*texts):
        return {"type": "PER", "mentions": [{"start": 0, "end": 0, "text": t} for t in texts]}

    entities_ = {"PER:name:الشيخ نواف": person("الشيخ نواف"), "a": person("الشيخ نواف بن جابر"),
                 "b": person("الشيخ نواف بن سالم")}
    _join_titled_given_names(entities_)
    assert set(entities_) == {"PER:name:الشيخ نواف", "a", "b"}
    entities_ = {"PER:name:الشيخ نواف": person("الشيخ نواف"), "a": person("الشيخ نواف بن جابر")}
    _join_titled_given_names(entities_)
    assert set(entities_) == {"a"} and len(entities_["a"]["mentions"]) == 2
    entities_ = {"PER:name:الرئيس محمد": person("الرئيس محمد"), "a": person("الرئيس محمد بخاري")}
    _join_titled_given_names(entities_)   # الرئيس is no royal title: "الرئيس محمد" names no one
    assert set(entities_) == {"PER:name:الرئيس محمد", "a"}
