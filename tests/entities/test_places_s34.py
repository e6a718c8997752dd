"""Round-s34 mechanisms of place recognition.

- A place's word inside a fixed phrase of ordinary Arabic is no place (patterns.yaml
  place_idioms): "مسقط رأسه" is a birthplace, "القوة القاهرة" force majeure, "صلاة المغرب" the
  sunset prayer, "قطر السفينة" towing a ship; the same words alone still name their places.
- The city inside a suburb the knowledge base lists whole and names after it (patterns.yaml
  region_town_heads: "الضاحية الجنوبية لبيروت") is a place too.
- The old quarter of a city named by its kind and "old" alone (patterns.yaml old_quarters:
  "البلدة القديمة"، "المدينة القديمة"، "الحي القديم") is a quarter (LOC), one entity for its mentions."""

import pytest

from khabar.entities.recognise import _bare_forms, _patterns

from tests.entities.reading import entities_of


def _names(text: str) -> set[str]:
    return {m["text"] for e in entities_of(text) if e["type"] in ("GPE", "LOC") for m in e["mentions"]}


def test_the_place_idioms_are_loaded():
    assert {"مسقط", "المغرب"} <= set(_patterns()["place_idioms"])


def test_bare_forms_take_off_proclitics():
    assert {"القوه", "بالقوه"} <= _bare_forms("وبالقوه") and "القوه" in _bare_forms("للقوه")


@pytest.mark.parametrize("text, word", [
    ("ووري جثمان الشاعر الثرى في مسقط رأسه بعد ظهر الجمعة.", "مسقط"),
    ("عاد اللاعب إلى مسقط رأس والده لقضاء العطلة.", "مسقط"),
    ("أعلنت شركة الكهرباء حالة القوة القاهرة بعد تعطل المحطة.", "القاهرة"),
    ("تجمع المصلون بعد صلاة المغرب أمام المسجد الكبير.", "المغرب"),
    ("تعمل فرق الإنقاذ على قطر السفينة الجانحة إلى أقرب ميناء.", "قطر"),
    ("قال شهود العين إن الانفجار هز الحي بأكمله.", "العين"),
])
def test_a_place_word_in_an_idiom_is_no_place(text: str, word: str):
    assert word not in _names(text)


def test_the_same_words_alone_are_places():
    names = _names("زار الوزير مسقط ثم القاهرة والمغرب وقطر قبل أن يعود.")
    assert {"مسقط", "القاهرة", "المغرب", "قطر"} <= names


def _typed(text: str) -> set[tuple[str, str]]:
    return {(e["type"], m["text"]) for e in entities_of(text) for m in e["mentions"]}


@pytest.mark.parametrize("text, region, town", [
    ("دوى انفجار قوي في الضاحية الجنوبية لبيروت مساء الخميس.", "الضاحية الجنوبية لبيروت", "بيروت"),
])
def test_the_city_of_a_listed_suburb_is_a_place_too(text: str, region: str, town: str):
    found = _typed(text)
    assert ("LOC", region) in found and ("GPE", town) in found


def test_a_listed_countryside_gets_no_town():
    found = _typed("سقطت ثلاث قذائف على بلدة في ريف حلب الشمالي فجر الأحد.")
    assert ("GPE", "حلب") not in found


def test_an_old_quarter_is_a_place():
    entities = entities_of("أغلقت الشرطة أبواب البلدة القديمة أمام الزوار، ثم أعادت فتح البلدة القديمة مساء.")
    quarters = [e for e in entities if e["type"] == "LOC" and e["mentions"][0]["text"] == "البلدة القديمة"]
    assert len(quarters) == 1 and len(quarters[0]["mentions"]) == 2


def test_old_alone_makes_no_quarter():
    assert not any(e["type"] == "LOC" for e in entities_of("باع التاجر السيارة القديمة بثمن زهيد."))
