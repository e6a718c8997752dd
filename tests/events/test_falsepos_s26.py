"""Round s26 (false events): words whose letters write a trigger but whose sense here is another, each
with the near-miss that keeps the act.  Composed sentences, none copied from a corpus article."""

import pytest

from tests.events.reading import coded_events, has_event


def _events(text: str):
    return coded_events(text)


def _has(text: str, kind: str, word: str) -> bool:
    return has_event(coded_events(text), kind, word)


def test_lists_are_loaded():
    from khabar.events.code import triggers
    from khabar.text.normalise import normalise_word as n

    t = triggers()
    assert n("أسر") in t["kin_nouns"] and n("بعد") in t["kin_time_words"]
    assert n("جريمة") in t["described_deeds"] and n("مخططا") in t["described_deeds"]
    assert n("بين") in t["verbs"][n("توسط")]["needs"]
    assert t["compound_prepositions"][n("أجل")] == {n("من")}


# أسرة (family) with its pronoun is no capture; the masdar after a time word and the verb stay
@pytest.mark.parametrize("text", [
    "وأقام الرئيس اللبناني ميشال عون مأدبة حضرها أفراد أسرته مساء الجمعة.",
    "ويقيم الرئيس السوداني عمر البشير مع أسرته في مقر إقامته منذ أشهر.",
    "وأمر الرئيس التونسي قيس سعيد بمواساة أسرهم وصرف تعويضات لهم.",
])
def test_family_is_no_capture(text):
    assert not _has(text, "ASSAULT", "أسر"), _events(text)


@pytest.mark.parametrize("text", [
    "وقال الضابط إن المسلحين أعدموا الرهائن بعد أسرهم في الكمين.",
    "وقال الجيش إن المسلحين قتلوا جنديا وأسروا اثنين آخرين.",
])
def test_capture_stays(text):
    assert _has(text, "ASSAULT", "أسر"), _events(text)


# توسط with a direct object is standing in the middle (a photo caption), no mediation
@pytest.mark.parametrize("text", [
    "الرئيس التركي رجب طيب أردوغان يتوسط الرئيس الصومالي ورئيس الوزراء الإثيوبي في أنقرة، الأربعاء",
    "العاهل المغربي الملك محمد السادس يتوسط ولي العهد ورئيس الحكومة خلال حفل الاستقبال",
    "وقال الجيش العراقي إن المسلحين هاجموا النقطة بأسلحة خفيفة ومتوسطة فجر اليوم.",
])
def test_standing_in_the_middle_is_no_mediation(text):
    assert not _has(text, "CONSULT", "توسط"), _events(text)


@pytest.mark.parametrize("text", [
    "وتوسطت سلطنة عمان بين الرياض وطهران خلال الأشهر الماضية.",
    "وقال الوسطاء إن الهدنة التي توسطت فيها مصر وقطر صمدت.",
    "وتوسطت الجزائر في صفقة تبادل المحتجزين بين البلدين.",
])
def test_mediation_stays(text):
    assert _has(text, "CONSULT", "توسط"), _events(text)


# an imperfect verb right after an indefinite noun of a deed says what the deed is, no strike told
@pytest.mark.parametrize("text", [
    "وقال المتحدث إن الأجهزة الأمنية أحبطت مخططا تخريبيا كان يستهدف منشآت حيوية.",
    "واعتبرت الخارجية المصرية الخطوة عملا عدائيا يستهدف استقرار المنطقة.",
])
def test_described_deed_is_no_strike(text):
    assert not _has(text, "ASSAULT", "تستهدف") and not _has(text, "ASSAULT", "يستهدف"), _events(text)


@pytest.mark.parametrize("text", [
    "وقالت وزارة الدفاع إن طائراتها تستهدف مواقع المسلحين في الجبال منذ الفجر.",
    "واستهدف الجيش الإسرائيلي مخزنا للأسلحة قرب المطار مساء السبت.",
])
def test_strikes_stay(text):
    assert _has(text, "ASSAULT", "ستهدف"), _events(text)


# "من أجل" is "for"; a word written with ة is a noun, never a verb with its object pronoun ه
@pytest.mark.parametrize("text", [
    "ووقع الجانبان إعلان الجزائر من أجل شراكة متجددة بين البلدين.",
    "وقال العميد أحمد المسماري إن طلبة الكلية كانوا في الساحة.",
])
def test_compound_preposition_and_marbuta_are_no_acts(text):
    assert not any(t in ("REJECT", "REQUEST") for t, *_ in _events(text)), _events(text)


@pytest.mark.parametrize("text, kind", [
    ("وأدانت منظمة يونيسف الهجوم، داعية إلى الإفراج عن الأطفال.", "REQUEST"),   # a feminine participle in ة
    ("وأدانت الخارجية المصرية الهجوم، مطالبة المجتمع الدولي بالتحرك.", "REQUEST"),
    ("وطالب الرئيس الفرنسي إيمانويل ماكرون بوقف إطلاق النار.", "REQUEST"),
])
def test_participles_and_verbs_stay(text, kind):
    assert any(t == kind for t, *_ in _events(text)), _events(text)


def test_letters_exchanged_are_no_release():
    text = ("ونقل رئيس الوزراء الياباني شينزو آبي رسالة من الرئيس الأمريكي دونالد ترامب، لكن خامنئي قال إنه لا يرى "
            "ترامب أهلا لتبادل الرسائل.")
    assert not any(t == "RETREAT" for t, *_ in _events(text)), _events(text)


def test_a_decision_to_deport_stays():
    text = "وأصدرت السلطات المغربية قرارا بترحيل عشرات المهاجرين غير النظاميين."
    assert any(t == "COERCE" for t, *_ in _events(text)), _events(text)
