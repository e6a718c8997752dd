"""Round-s34 mechanisms of place recognition.

- A place's word inside a fixed phrase of ordinary Arabic is no place (patterns.yaml
  place_idioms): "مسقط رأسه" is a birthplace, "القوة القاهرة" force majeure, "صلاة المغرب" the
  sunset prayer, "قطر السفينة" towing a ship; the same words alone still name their places."""

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
