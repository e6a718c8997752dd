"""Round-20 recognition mechanisms: a name whose first word after the head is definite ends
before an indefinite word of the language (the verb's object, not its genitive or adjective)."""

import pytest

from tests.entities.test_entities_s16 import _mentions


@pytest.mark.parametrize("text, name, too_long", [
    ("ونظمت نقابة المحامين وقفة احتجاجية أمام المحكمة.", "نقابة المحامين", "نقابة المحامين وقفة"),
    ("ونفذت رابطة المعلمين إضرابا شاملا.", "رابطة المعلمين", "رابطة المعلمين إضرابا"),
    ("ونظم اتحاد الطلاب وقفة أمام الجامعة.", "اتحاد الطلاب", "اتحاد الطلاب وقفة"),
])
def test_a_definite_name_ends_before_an_indefinite_word_of_the_language(text, name, too_long):
    got = _mentions(text)
    assert ("ORG", name) in got and not any(surface.startswith(too_long) for _, surface in got), got


@pytest.mark.parametrize("text, name", [
    ("وقالت رابطة العالم الإسلامي إن المؤتمر ناجح.", "رابطة العالم الإسلامي"),     # definite adjectives stay
    ("وأعلنت نقابة الصحفيين التونسيين إضرابا.", "نقابة الصحفيين التونسيين"),       # a nisba stays
])
def test_a_definite_name_keeps_its_definite_words(text, name):
    assert ("ORG", name) in _mentions(text)


def test_a_person_after_a_title_stays_in_the_name():
    """"مركز الملك عبدالعزيز": an indefinite proper name after a title is the eponym, no object."""
    assert ("ORG", "مركز الملك عبدالعزيز للحوار الوطني") in _mentions("وأعلن مركز الملك عبدالعزيز للحوار الوطني عن جلسة جديدة.")
