"""Round s15's linking mechanisms: a facility named back by its kind alone (linking.yaml
facility_heads): "مدير المستشفى" after "مستشفى كمال عدوان" is a mention of the hospital, the
last facility whose name opens with that word; with none named before it names nothing, and
it never takes an organisation.  And a bare "الوزارة" with no ministry named before is the
ministry of the last minister's title (linking.yaml minister_ministry)."""

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


@pytest.mark.parametrize("key, value", [
    ("facility_heads", "المستشفى"),                                            # a word, not a list
    ("minister_ministry", {"titles": "وزير", "ministry": "وزارة", "no_ministry": []}),
    ("outlet_place_heads", {"الجزيرة": "جزيرة كبيرة"}),                        # s16b: a place head is one word
    ("leader_bodies", {"حكومة": ["الحكومة"]}),                                 # s16b: a phrase, not a list
])
def test_the_loader_rejects_a_malformed_entry(monkeypatch, key, value):
    from khabar.entities import link as module

    real = module.load_yaml

    def broken(text):
        raw = real(text)
        if key in raw:
            raw[key] = value
        return raw

    monkeypatch.setattr(module, "load_yaml", broken)
    module.linking.cache_clear()
    try:
        with pytest.raises(ValueError, match=key):
            module.linking()
    finally:
        monkeypatch.undo()
        module.linking.cache_clear()


# --- "الوزارة" after a minister's title: the minister's ministry (linking.yaml minister_ministry)

@pytest.mark.parametrize("text, name", [
    ("وقال وزير الخزانة الأمريكي ستيفن منوتشين في مؤتمر صحفي إن الوزارة أدرجت 700 كيان.",
     "United States Department of the Treasury"),                     # the nisba says whose
    ("وقالت وزيرة الصحة البحرينية إن اللقاح آمن. ولم تحدد الوزارة موعدا لبدء الحملة.",
     "Ministry of Health (Bahrain)"),
])
def test_a_bare_ministry_after_a_ministers_title_is_that_ministry(text, name):
    [ministry] = owner(entities(text, "2020-06-10"), "الوزارة")
    assert ministry["type"] == "ORG" and ministry["name"] == name


def test_a_ministry_the_base_does_not_know_is_named_by_its_portfolio():
    found = entities("وقال وزير السياحة في مؤتمر صحفي إن الوزارة ستطلق حملة جديدة في الربيع.")
    [ministry] = owner(found, "الوزارة")
    assert ministry["type"] == "ORG" and "السياحه" in normalise_word(ministry["name"])


def test_a_ministry_named_before_keeps_its_back_reference():
    # the ministry named in full, then its minister: one ministry, not a second one
    found = entities("أعلنت وزارة الصحة المصرية تسجيل 50 إصابة. وقال وزير الصحة إن الوزارة ستتابع الوضع.")
    assert owner(found, "الوزارة") == owner(found, "وزارة الصحة المصرية")


@pytest.mark.parametrize("text", [
    "أعلنت الوزارة أن الامتحانات ستجري في موعدها.",                     # no minister named before
    "وقال وزير الدولة للشؤون الخارجية إن الوزارة ستتابع القضية.",      # a minister of state: no such ministry
    "وقال رئيس الوزراء إن الوزارة ستتابع القضية.",                      # the premier is no minister of a portfolio
])
def test_a_bare_ministry_with_no_portfolio_named_before_names_nothing(text):
    assert not owner(entities(text), "الوزارة")



# --- a group counted by a phrase of two words (linking.yaml count_quantifiers)

def test_group_keys_drop_a_two_word_quantifier():
    from khabar.entities.link import _group_key
    assert _group_key("عدد من نواب") == _group_key("بعض نواب") == "نواب"
    assert _group_key("العديد من سكان") == "سكان"
    assert _group_key("عدد من") == "عدد من"           # nothing left to count: the key stays


def test_some_mps_and_a_number_of_mps_are_one_group():
    found = entities("وطالب بعض النواب بعقد جلسة طارئة، فيما رفض عدد من النواب القرار.")
    assert owner(found, "بعض النواب") == owner(found, "عدد من النواب") != []


def test_a_counted_group_takes_up_the_longer_description_named_before():
    found = entities("وطالب بعض النواب في مجلس الأمة بعقد جلسة طارئة، فيما رفض عدد من النواب تأجيل الاستجواب.")
    assert owner(found, "عدد من النواب") == owner(found, "بعض النواب في مجلس الأمة") != []


def test_a_counted_group_of_other_people_stays_apart():
    found = entities("وطالب بعض النواب في مجلس الأمة بعقد جلسة طارئة، فيما اعتقلت الشرطة عدد من الناشطين.")
    assert owner(found, "بعض النواب في مجلس الأمة") != owner(found, "عدد من الناشطين")
