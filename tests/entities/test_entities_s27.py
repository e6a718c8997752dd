"""Round-s27 mechanisms of entity recognition.

- A state's forces named by the indefinite "قوات"/"قوة" and its nisba ("قوات فرنسية"، "قوة أمريكية
  خاصة") are its army, the nisba a mention of the country inside (patterns.yaml national_forces).
- The kind a designation gives after the designated ("التي تصنفها أنقرة منظمة إرهابية") is no body of
  the article (patterns.yaml designation_words).
- A definite anonymous group right after a verbal noun of fighting ("لمواجهة الجماعات المسلحة") is the
  kind of foe fought, no party (patterns.yaml combat_nouns)."""

import pytest

import khabar
from khabar.entities.recognise import _patterns, raw_patterns
from khabar.text.normalise import normalise_word
from tests.entities.reading import entities_of, owner_of

_entities = entities_of
_owner = owner_of


def test_round_s27_patterns_load_normalised():
    raw = raw_patterns()
    p = _patterns()
    assert p["national_forces"]["heads"] == {normalise_word(w) for w in raw["national_forces"]["heads"]}
    assert p["national_forces"]["adjectives"] == {normalise_word(w) for w in raw["national_forces"]["adjectives"]}
    assert p["designation_words"] == {normalise_word(w) for w in raw["designation_words"]}
    assert isinstance(p["designation_reach"], int) and p["designation_reach"] > 0
    assert p["combat_nouns"] == {normalise_word(w) for w in raw["combat_nouns"]}


@pytest.mark.parametrize("text, forces, nisba, army, country", [
    ("وقالت مصادر محلية إن قوات فرنسية انتشرت حول المطار بعد الهجوم.",
     "قوات فرنسية", "فرنسية", "French Armed Forces", "FRA"),
    ("وشاركت قوات خاصة أمريكية في عملية الإنزال قرب الحدود.",
     "قوات خاصة أمريكية", "أمريكية", "United States Armed Forces", "USA"),
    ("وذكر شهود أن قوة إسرائيلية خاصة اقتحمت المنزل فجرا.",
     "قوة إسرائيلية خاصة", "إسرائيلية", "Israel Defense Forces", "ISR"),
])
def test_forces_of_a_state_are_its_army(text, forces, nisba, army, country):
    entities = _entities(text)
    owner = _owner(entities, forces)
    assert owner is not None and owner["type"] == "ORG" and owner["name"] == army, owner
    state = _owner(entities, nisba)
    assert state is not None and state["type"] == "GPE" and state["country"] == country


def test_forces_without_a_state_are_no_army():
    entities = _entities("وأرسلت الحكومة قوات إضافية إلى المدينة، فيما طوقت قوة أمنية الحي.")
    for surface in ("قوات إضافية", "قوة أمنية"):
        owner = _owner(entities, surface)
        assert owner is None or owner["type"] != "ORG", owner


@pytest.mark.parametrize("text", [
    "وتنشط الحركة، التي تصنفها أنقرة منظمة إرهابية، في المناطق الجبلية.",
    "وتصنفه كندا والاتحاد الأوروبي وأستراليا منظمة إرهابية منذ سنوات.",
    "وطالب الوزير المجتمع الدولي بتصنيف الميليشيا \"جماعة إرهابية\" ومحاسبة داعميها.",
    "وأعادت الحكومة تصنيف الحركة \"منظمة إرهابية أجنبية مصنفة بشكل خاص\" اعتبارا من الشهر المقبل.",
])
def test_designated_kind_is_no_body(text):
    entities = _entities(text)
    assert not any(e["type"] in ("GROUP", "ORG") and any("إرهابية" in m["text"] for m in e["mentions"])
                   for e in entities), entities


def test_anonymous_body_acting_stays_a_group():
    entities = _entities("وقالت منظمة حقوقية محلية إن عشرات المعتقلين أضربوا عن الطعام.")
    owner = _owner(entities, "منظمة حقوقية محلية")
    assert owner is not None and owner["type"] == "GROUP"


@pytest.mark.parametrize("text", [
    "ودعا الوزير إلى تعزيز التنسيق الأمني لمواجهة الجماعات المسلحة في المنطقة الحدودية.",
    "وتعهد الرئيس الجديد بجعل مكافحة الجماعات المسلحة أولوية حكومته.",
])
def test_kind_fought_is_no_party(text):
    entities = _entities(text)
    assert _owner(entities, "الجماعات المسلحة") is None, entities


def test_armed_groups_acting_stay_a_group():
    entities = _entities("وهاجمت الجماعات المسلحة قرية حدودية فجر الأحد.")
    owner = _owner(entities, "الجماعات المسلحة")
    assert owner is not None and owner["type"] == "GROUP"


def _owner_at_line(text: str, line: int, surface: str) -> dict | None:
    record = khabar.read(text, published="2024-06-10")
    start = sum(len(x) + 1 for x in text.split("\n")[:line])
    return next((e for e in record.entities for m in e["mentions"]
                 if m["text"] == surface and m["start"] >= start), None)


@pytest.mark.parametrize("text, line, agency", [
    ("فيضانات في الجنوب\n\nقابس (وات) - ارتفع منسوب المياه في عدد من الأحياء بعد أمطار غزيرة.", 2, "وات"),
    ("اتفاق جديد\n\nبيروت - معا - أعلن الوزير أن الاتفاق سيوقع الأسبوع المقبل.", 2, "معا"),
])
def test_dateline_agency_is_an_organisation(text, line, agency):
    owner = _owner_at_line(text, line, agency)
    assert owner is not None and owner["type"] == "ORG", owner


def test_dateline_agency_is_the_named_agency_of_its_state():
    text = ("زيارة رسمية\n\nالمنامة - بنا: ونقلت وكالة أنباء البحرين عن الوزير قوله إن الزيارة ناجحة، فيما "
            "قال مسؤول لوكالة إرنا إن المحادثات مستمرة.")
    owner = _owner_at_line(text, 2, "بنا")
    assert owner is not None and owner["name"] == "Bahrain News Agency", owner


def test_dateline_agency_is_not_another_states_agency():
    text = "تبادل سجناء\n\nالدوحة - قنا: وقال المتحدث لوكالة إرنا إن التبادل تم اليوم."
    owner = _owner_at_line(text, 2, "قنا")
    assert owner is not None and owner["type"] == "ORG" and "IRNA" not in owner["name"], owner


def test_dateline_desk_is_no_organisation():
    text = "اشتباكات\n\nطرابلس - وكالات: اندلعت اشتباكات عنيفة في العاصمة الليبية."
    assert _owner_at_line(text, 2, "وكالات") is None
