"""Session 20, third wave: the name after a title is the source when the knowledge base lacks it or knows it
by one word, an announced act's object is read past a counted time ("بعد ساعات") and a month's two names
("12 مايو/أيار")."""

from __future__ import annotations

import pytest

import khabar
from khabar.claims import acts
from khabar.claims.attribute import _stops_object
from khabar.text.normalise import normalise_word
from tests.claims.reading import chains as _chains


@pytest.mark.parametrize("text, name", [
    ("ودان وزير الداخلية البلجيكي يان يامبون الهجوم، مؤكدا أن الأجهزة في حالة استنفار.", "يان يامبون"),
    ("وندد وزير الدفاع الصومالي عبد القادر محمد نور الحادث، مطالبا بـ\"تحقيق عاجل\".", "عبد القادر محمد نور"),
])
def test_a_name_the_kb_lacks_after_a_title_is_the_source_before_the_object(text, name):
    chains = _chains(text)
    assert len(chains) == 1 and name in chains[0][0]


def test_honorifics_before_a_named_person_give_the_person():
    chains = _chains("وقال المرجع الديني آية الله السيد علي السيستاني إن الفتوى باقية.")
    assert chains == [["علي السيستاني"]]


def test_the_preposition_after_a_title_is_no_name():
    # "على" spelled with its alif maqsura is never the given name علي
    assert _chains("وعلق وزير الخارجية على الحادث قائلا إن التحقيق جار.") == [["وزير الخارجية"]]


def test_a_definite_object_after_a_title_alone_makes_no_name():
    assert _chains("ودان وزير الخارجية الأردني الهجوم، مؤكدا أن المملكة تقف إلى جانب مصر.") == [
        ["وزير الخارجية الأردني"]]


def test_the_slash_of_a_month_stops_no_object():
    norms = [normalise_word(w) for w in "أعلن الجيش في 12 مايو / أيار إطلاق عملية".split()]
    time_ends = lambda k: k == 6   # (the time "12 مايو/أيار" closes before the object)
    assert acts.announces_act(norms, 0, _stops_object, time_ends)
    norms[5] = "،"   # a comma there ends the stretch
    assert not acts.announces_act(norms, 0, _stops_object, time_ends)


def test_counted_time_units_are_adverbs_of_the_announced_act():
    adverbs = acts.announced_acts().adverbs
    assert {normalise_word("ساعات"), normalise_word("يومين"), "امس"} <= adverbs
    assert _chains("وأعلنت الوزارة بعد ساعات إغلاق المعبر أمام المسافرين.") == []
    assert _chains("وأعلنت الوزارة بعد ساعات أن المعبر سيغلق.") == [["الوزارة"]]


def test_an_announced_act_past_a_month_with_two_names():
    assert _chains("وأعلن الجيش في 12 مايو/أيار إطلاق عملية عسكرية في ولاية النيل الأزرق.") == []
    assert _chains("وأعلنت وزارة الصحة في 5 آب/أغسطس مقتل 12 شخصا في القصف.") == [["وزارة الصحة"]]


def test_a_verb_form_after_a_preposition_is_its_noun():
    assert _chains("ووقع الطرفان في صرح زايد المؤسس بأبوظبي وثيقة الأخوة الإنسانية.") == []
    assert _chains("ووقع الطرفان الوثيقة في أبوظبي، وصرح زايد المؤسس بأن الوثيقة تاريخية.") != []


def test_kama_opening_a_sentence_leaves_its_verb_the_clause_subject():
    text = "كما دان التحالف بقيادة السعودية الهجوم، متهما \"جماعات إرهابية\" بمحاولة \"زعزعة الأمن\"."
    assert _chains(text) == [["التحالف بقيادة السعودية"]]
    assert _chains("كما دانت وزارة الخارجية المصرية الهجوم على الكنيسة.") == []


def test_a_verb_of_going_on_naming_the_speaker_again_keeps_the_relay():
    text = ("وقال الناطق الرسمي باسم الوزارة سفيان الزعق في تصريح لإذاعة موزاييك إن المنفذة فجرت حزاما ناسفا. "
            "وأضاف الزعق أن الانتحارية لم تكن لها سوابق أمنية.")
    assert _chains(text) == [["سفيان الزعق", "إذاعة موزاييك"], ["الزعق", "إذاعة موزاييك"]]


def test_another_named_speaker_goes_on_with_no_relay():
    text = "وقال وزير الداخلية لقناة الجزيرة إن الوضع تحت السيطرة. وأضاف رئيس الحكومة أن الدولة ستعوض المتضررين."
    assert _chains(text) == [["وزير الداخلية", "قناة الجزيرة"], ["رئيس الحكومة"]]


def test_only_a_verb_of_going_on_carries_the_relay_into_the_next_paragraph():
    opening = "الوزير: الوضع هادئ\n\nوقال الوزير سامي العلي لقناة العربية إن الوضع هادئ.\n\n"
    assert _chains(opening + "وأضاف العلي أن الحدود مغلقة.") == [["سامي العلي", "قناة العربية"],
                                                               ["العلي", "قناة العربية"]]
    assert _chains(opening + "وأكد العلي في مؤتمر صحفي أن التحقيق مستمر.") == [["سامي العلي", "قناة العربية"],
                                                                         ["العلي"]]


@pytest.mark.parametrize("text, source", [
    ("غير أن المتحدث باسم الجيش قال إن العملية انتهت.", "المتحدث باسم الجيش"),
    ("لكن المتحدث باسم وزارة الخارجية الإيرانية قال إن طهران لم تتلق أي رسالة.",
     "المتحدث باسم وزارة الخارجية الإيرانية"),
    ("وإسرائيل قالت إن الصواريخ أطلقت من لبنان.", "إسرائيل"),   # the body opens the clause itself
])
def test_a_speaker_phrase_before_its_verb_is_not_cut_to_the_body_it_names(text, source):
    assert _chains(text) == [[source]]
