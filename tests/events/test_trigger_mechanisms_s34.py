"""Round s34 (gold events with no trigger coded): two general forms of Arabic news writing the lexicon missed.

Speaking or getting in touch WITH a party (تحدث مع، تواصل مع): a talk between them, CONSULT, as تباحث and تشاور
are.  Only with مع at once after the verb (تحدث: past a short subject or an adverb); speaking about a matter (عن)
or to the press is no talk with a party, and تواصل with an object before مع is the imperfect of واصل ("continues").

Carrying or bringing out people told by a plural object pronoun on the verb (نقلتهم، أخرجتهم): the pronoun stands
for the people the verb needs named (`people_object`), AID; not the masdar ("جرى نقلهم"، "أثناء تنقلهم": their
transfer, their travel) nor a report quoted from them ("نقلت عنهم")."""

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




@pytest.mark.parametrize("text, word", [
    ("ورحبت اللجنة الدولية للصليب الأحمر بالإفراج عن الصيادين، وقالت إن فرقها نقلتهم عبر الحدود.", "نقلت"),
    ("وحاصرت النيران العمال في المصنع قبل أن تصل إليهم قوات الأمن الكينية وأخرجتهم من الباب الخلفي.", "أخرجت"),
])
def test_carrying_people_told_by_a_pronoun_is_aid(text, word):
    assert has_event(coded_events(text), "AID", word), coded_events(text)


@pytest.mark.parametrize("text", [
    "واتهمت الجزائر القوات المغربية بقتل ثلاثة سائقين أثناء تنقلهم على الطريق الصحراوي.",
    "ونقلت اللجنة الدولية للصليب الأحمر عنهم قولهم إن الوضع صعب.",
    "ونقلت اللجنة الدولية للصليب الأحمر تعازيها إلى أسرهم.",
    "وقالت اللجنة الدولية للصليب الأحمر إن 14 صيادا جرى نقلهم عبر الحدود.",
])
def test_their_travel_or_words_reported_is_no_aid(text):
    assert not any(e.type == "AID" for e in coded_events(text)), coded_events(text)
