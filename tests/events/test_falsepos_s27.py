"""Round s27 (false events): acts khabar coded where no party acts (a hospital counting its casualties,
people fleeing told by why they moved, declining to comment) and a speaker taken for the doer of an act
his own statement gives to another, each with the near-miss that keeps the act.  Composed sentences,
none copied from a corpus article."""

import pytest

from tests.events.reading import actors_on, coded_events, has_event


def _events(text: str):
    return coded_events(text)


def _has(text: str, kind: str, word: str) -> bool:
    return has_event(coded_events(text), kind, word)


def _actors(text: str, kind: str, word: str) -> list[str]:
    return actors_on(coded_events(text), kind, word)


def test_lists_are_loaded():
    from khabar.events.code import triggers
    from khabar.text.normalise import normalise_word as n

    t = triggers()
    assert n("مستشفى") in t["receiving_facilities"] and n("مشافي") in t["receiving_facilities"]
    assert n("هربا") in t["flight_reasons"] and n("فرارا") in t["flight_reasons"]
    assert n("الكشف") in t["senses_off"][n("رفض")]


# a hospital, a dam or a museum that "received" bodies, water or visitors hosts no visit; a host who receives
# a guest a visit (round s28: the wounded a hospital receives are no aid either, test_falsepos_s28.py)
@pytest.mark.parametrize("text", [
    "وقال مصدر في مستشفى الأمل بطرابلس إن المستشفى استقبل جثث 12 مدنيا بعد الانفجار.",
    "وقالت وزارة الصحة الليبية إن مستشفيات طرابلس استقبلت عشرات الجثث مساء الأحد.",
    "وأكدت وزارة الزراعة المغربية أن السدود بالجهة استقبلت كميات كبيرة من المياه.",
])
def test_facility_receiving_is_no_visit(text):
    assert not _has(text, "CONSULT", ""), _events(text)


@pytest.mark.parametrize("text, kind, word", [
    ("واستقبل الرئيس المصري وزير الخارجية الفرنسي في القاهرة.", "CONSULT", "استقبل"),
    # round s28: the wounded a hospital receives are no AID any more (test_falsepos_s28.py)
    ("ونقلت فرق الهلال الأحمر الفلسطيني المصابين إلى مستشفى رفيديا في نابلس.", "AID", "نقل"),
])
def test_receiving_and_carrying_stay(text, kind, word):
    assert _has(text, kind, word), _events(text)


# "هربا من" tells why people moved, no withdrawal of a party
@pytest.mark.parametrize("text", [
    "وعبر آلاف الماليين الحدود إلى النيجر هربا من المعارك.",
    "وعبر آلاف الإثيوبيين الحدود إلى السودان هربا من المعارك.",
    "وتجمع مئات السكان في محيط مطار بنغازي فرارا من القصف.",
])
def test_fleeing_reason_is_no_withdrawal(text):
    assert not _has(text, "RETREAT", ""), _events(text)


# declining to disclose or comment is no rejection of a demand; a refused proposal stays
@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم الجيش الكيني إن المعارك دارت داخل القاعدة، رافضا الكشف عن عدد القتلى.",
    "ورفض وزير الخارجية الروسي سيرغي لافروف الكشف عن مكان اللقاء.",
])
def test_declining_to_disclose_is_no_rejection(text):
    assert not _has(text, "REJECT", ""), _events(text)


@pytest.mark.parametrize("text", [
    "ورفضت حركة حماس المقترح الإسرائيلي.",
    "ورفضت إيران الاتهامات الأمريكية وطالبت بالكشف عن الأدلة.",
])
def test_rejection_stays(text):
    assert _has(text, "REJECT", "رفض"), _events(text)


# the speaker of a statement is not the doer of an act whose own subject his content clause names
@pytest.mark.parametrize("text, word, speaker", [
    ("وقال وزير الداخلية التشادي محمد أحمد إن ديلو رفض الاستسلام وأطلق النار على القوات.", "أطلق", "محمد أحمد"),
    ("وقال المتحدث باسم الحكومة الكينية عبد الله موسى إن المطلوب رفض تسليم نفسه وأطلق النار على الشرطة.",
     "أطلق", "عبد الله موسى"),
    ("وقالت وزارة الداخلية الأردنية في بيان إن عددا من الشبان الملثمين أضرموا النار في إطارات قرب مركز الشرطة.",
     "أضرم", "Ministry of Interior"),
])
def test_speaker_is_not_the_doer(text, word, speaker):
    assert not any(speaker in a for a in _actors(text, "ASSAULT", word)), _events(text)


@pytest.mark.parametrize("text, kind, word", [
    ("وقال الجيش الإسرائيلي إنه دمر مواقع لحزب الله في جنوب لبنان.", "COERCE", "دمر"),
    ("وقال الجيش اللبناني إن قواته أطلقت النار على مسلحين قرب الحدود.", "ASSAULT", "أطلق"),
    ("وأعلن الجيش الإسرائيلي أن الضربة استهدفت قائدا في حركة حماس.", "ASSAULT", "الضربة"),
])
def test_speakers_own_act_stays(text, kind, word):
    assert _actors(text, kind, word), _events(text)
