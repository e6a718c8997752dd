"""Round s34 (gold events with no trigger coded): a general form of Arabic news writing the lexicon lacked.

Speaking or getting in touch WITH a party (تحدث مع، تواصل مع): a talk between them, CONSULT, as تباحث and تشاور
are.  Only with مع at once after the verb (تحدث: past a short subject or an adverb); speaking about a matter (عن)
or to the press is no talk with a party, and تواصل with an object before مع is the imperfect of واصل ("continues")."""

import pytest

from tests.events.reading import coded_events, has_event


@pytest.mark.parametrize("text, word", [
    ("وقال الرئيس الفرنسي إيمانويل ماكرون إنه تحدث مع نظيره البرازيلي مساء الأحد.", "تحدث"),
    ("وقال الرئيس الفرنسي إيمانويل ماكرون إنه سيتحدث مع الرئيس البرازيلي قبل القمة.", "يتحدث"),
    ("وقال المتحدث باسم الخارجية النرويجية إن أوسلو تواصلت مع الحكومة الكولومبية.", "تواصلت"),
])
def test_talking_with_a_party_is_consultation(text, word):
    assert has_event(coded_events(text), "CONSULT", word), coded_events(text)


@pytest.mark.parametrize("text, word", [
    ("وتحدث الرئيس الفرنسي إيمانويل ماكرون عن التعاون مع تونس.", "تحدث"),
    ("وتحدث الرئيس الفرنسي إيمانويل ماكرون مع الصحفيين في باريس.", "تحدث"),
    ("وتواصل هولندا مباحثاتها التجارية مع تونس.", "تواصل"),
    ("وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا على تواصل مع أسر البحارة.", "تواصل"),
])
def test_talking_about_or_to_the_press_or_continuing_is_no_consultation(text, word):
    assert not has_event(coded_events(text), "CONSULT", word), coded_events(text)


