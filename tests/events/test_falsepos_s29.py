"""Round s29 (false events): mechanisms that keep khabar from coding an event where the text tells none.

A person who speaks of an act named by a definite noun reports it; he is not its doer
(component._speaker_of_named_act): "وقال المتحدث باسم الشرطة … إن ستة مسلحين شاركوا في الهجوم" is
the attack told before, no second attack by the spokesman.  The noun joins the act it names, or is
dropped as an actorless mention when none was told."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded


@pytest.mark.parametrize("text, speaker", [
    ("شنت حركة الشباب هجوما على فندق في مقديشو. وقال المتحدث باسم الشرطة عبد الله محمد نور إن ستة مسلحين "
     "شاركوا في الهجوم.", "عبد الله محمد نور"),
    ("قتل عشرون شخصا في تفجير استهدف مسجدا في القطيف. وتعهد الملك سلمان بن عبد العزيز بملاحقة كل من شارك "
     "في الهجوم، وقال في كلمة إن الجناة سينالون جزاءهم.", "Salman bin Abdulaziz Al Saud"),
])
def test_a_speaker_is_not_the_doer_of_the_act_he_names(text, speaker):
    assaults = [a for t, a in coded(text) if t == "ASSAULT"]
    assert all(speaker not in a for a in assaults), coded(text)


def test_the_named_act_keeps_its_doer():
    text = ("شنت حركة الشباب هجوما على فندق في مقديشو. وقال المتحدث باسم الشرطة عبد الله محمد نور إن ستة مسلحين "
            "شاركوا في الهجوم.")
    assert ("ASSAULT", ["Al-Shabaab (Somalia)"]) in coded(text), coded(text)


def test_a_person_who_announces_his_own_act_keeps_it():
    text = "وأعلن وزير الداخلية سامي الخطيب، أمس، القبض على ثلاثة مشتبه بهم في الهجوم على السوق."
    assert any(t == "COERCE" and any("سامي الخطيب" in x for x in a) for t, a in coded(text)), coded(text)


# The subject of a verb of damage that is a strike, a blast or a shell (code._act_subject, triggers.yaml
# act_subjects) tells what that act did: the strike is the event, coded from its own noun; its damage is
# no second act (no COERCE by the strike's side).  Forces that destroy still act.

@pytest.mark.parametrize("text, side", [
    ("وقال رئيس البلدية إن القصف الإسرائيلي دمر عشرات المنازل في البلدة.", "Israel"),
    ("وأفاد الدفاع المدني بأن غارة روسية دمرت مخبزا في مدينة أريحا.", "Russian Federation"),
    # session 31: a nisba on the act's own noun is its country's act (docs/gold-format.md), the army named or not
    ("وأعلن الجيش أن ضربة أمريكية دمرت مقرا لتنظيم الدولة في الرقة.", "United States"),
])
def test_damage_done_by_a_strike_is_no_act_of_its_own(text, side):
    found = coded(text)
    assert [t for t, _ in found] == ["ASSAULT"] and found[0][1] == [side], found


def test_forces_that_destroy_still_act():
    assert ("COERCE", ["Israel Defense Forces"]) in coded("ودمرت القوات الإسرائيلية شوارع رئيسية في مخيم جنين.")


def test_act_subjects_load():
    from khabar.events.code import triggers
    from khabar.text.normalise import normalise_word as n
    subjects = triggers()["act_subjects"][n("دمر")]
    assert {n("غارة"), n("الانفجار"), n("القصف")} <= subjects and n("القوات") not in subjects
