"""Round s31 (wrong actors): three readings that gave an act to the wrong party.

A stance expressed "عن" ("أعرب الرئيس الفرنسي عن تضامن فرنسا"، "أعرب الأمين العام عن تأييد المجلس"): the
noun's genitive is the expresser's state or body, who acts is the subject of أعرب/عبّر/أبدى
(code._expressed_stance, _expresser), as the dev gold codes it; where that verb names no subject of its
own ("اتصالا أعرب فيه عن تضامن المملكة") the genitive stays.

A light verb joined by و ("…، وعقد اجتماعا طارئا"، "…، وفرضت عقوبات") goes on from the subject of the
clause verb before it, as a plain verb does (code._coordinated_subject, round s30), not from the name
nearest before it (an object, a place after a preposition).

A name a preposition governs, directly or across the office title written before it ("رسالة إلى قادة
الاتحاد الأوروبي دعتهم فيها"، "اتصال أجراه X برئيس الوزراء Y، طالبه فيه"), is the object of that preposition
and never the subject of the verb after it (code._governed_name): the verb of a clause describing the
letter or the call is its sender's.

A body's own aircraft, soldiers and fighters in its claim ("قال الجيش إن طائراته قصفت"، "إن جنودها
قتلوا") are the body acting (arguments.yaml own_state "self", as its forces and units already were), and
a ministry's are its state's army where the article names it (commanded_forces)."""

import pytest

from tests.events.reading import actors_on, coded_events


@pytest.mark.parametrize("text, kind, word, actor, not_actor", [
    ("وأعرب الرئيس الفرنسي إيمانويل ماكرون عن تضامن فرنسا مع الشعب الجزائري.",
     "SUPPORT", "تضامن", "Emmanuel Macron", "France"),
    ("وعبر الأمين العام لجامعة الدول العربية أحمد أبو الغيط عن تأييد الجامعة لقرارات الحكومة السودانية.",
     "SUPPORT", "تأييد", "Ahmed Aboul Gheit", "Arab League"),
])
def test_a_stance_expressed_is_its_expresser_act(text, kind, word, actor, not_actor):
    events = coded_events(text)
    actors = actors_on(events, kind, word)
    assert actor in actors and not_actor not in actors, events


def test_a_stance_with_no_named_expresser_keeps_its_genitive():
    text = "وأجرى ملك البحرين اتصالا هاتفيا بالرئيس الإماراتي، أعرب فيه عن تضامن المملكة مع الإمارات."
    assert actors_on(coded_events(text), "SUPPORT", "تضامن") == ["Bahrain"]


@pytest.mark.parametrize("text, kind, word, actor, not_actor", [
    ("وفي باريس، ألغى الرئيس إيمانويل ماكرون لقاء كان مقررا حول الجزائر، وعقد اجتماعا طارئا مع وزرائه.",
     "CONSULT", "عقد", "Emmanuel Macron", "Algeria"),
    ("وكانت الحكومة البريطانية قد انتقدت روسيا بشدة في مايو، وفرضت عقوبات على شركات روسية.",
     "SANCTION", "فرضت", "Government of the United Kingdom", "Russia"),
])
def test_a_joined_light_verb_takes_the_subject_of_the_verb_it_goes_on_from(text, kind, word, actor, not_actor):
    events = coded_events(text)
    actors = actors_on(events, kind, word)
    assert actor in actors and not_actor not in actors, events


def test_a_ministry_s_soldiers_are_its_state_s_army():
    text = ("وقالت وزارة الدفاع التركية إن جنودها قتلوا ثلاثة مسلحين في شمال العراق، "
            "وأضاف الجيش التركي أنه يواصل عملياته.")
    events = coded_events(text)
    assert actors_on(events, "ASSAULT", "قتلوا") == ["Turkish Armed Forces"], events


@pytest.mark.parametrize("text, kind, word, actor, not_actor", [
    ("وفي روما، وجهت رئيسة الوزراء جورجيا ميلوني رسالة إلى قادة الاتحاد الأوروبي دعتهم فيها إلى التحرك فورا.",
     "REQUEST", "دعت", "Giorgia Meloni", "قادة الاتحاد الأوروبي"),
    ("وجاء القرار بعد يوم من اتصال هاتفي أجراه الرئيس الفرنسي إيمانويل ماكرون برئيس الوزراء البريطاني كير "
     "ستارمر، طالبه فيه باتخاذ خطوات ملموسة.",
     "REQUEST", "طالب", "Emmanuel Macron", "Keir Starmer"),
])
def test_a_name_a_preposition_governs_is_no_subject_of_the_verb_after_it(text, kind, word, actor, not_actor):
    events = coded_events(text)
    actors = actors_on(events, kind, word)
    assert actor in actors and not_actor not in actors, events
