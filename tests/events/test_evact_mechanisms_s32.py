"""Round s32 (false events): an attack a person tells is not his.

A person who speaks in a sentence and tells an attack after his cue ("وقال الناطق باسم الوزارة فلان إن منفذة
العملية … فجرت حزاما ناسفا"، "إن الناقلة غرقت بعد استهدافها"، "إن الانفجارين نجما عن عبوتين جرى تفجيرهما") reports
the attack; he did not do it (component._speaker_of_reported_act, arguments.yaml reported_attack_types).
The attack is an actorless mention: it joins the attack told before it, or stands without an actor.  A body
that speaks keeps its act ("أعلن الجيش أنه قصف"), and so does a person whose own forces the clause makes its
subject ("قال قائد الجيش إن قواته قصفت")."""

import pytest

from tests.events.reading import actors_on, coded_events


@pytest.mark.parametrize("text, word, speaker", [
    ("وقال المتحدث باسم وزارة الداخلية خالد الحسني في تصريح للإذاعة إن منفذة العملية، وهي امرأة في "
     "الثلاثين من عمرها، فجرت حزاما ناسفا قرب دورية أمنية، ما أسفر عن إصابة خمسة أشخاص.", "فجرت", "خالد الحسني"),
    ("وقال المتحدث باسم الشركة المالكة جون سميث إن الناقلة غرقت بالكامل بعد استهدافها بزوارق مسيرة وصواريخ.",
     "استهداف", "جون سميث"),
    ("وقال وزير الداخلية خالد الحسني للتلفزيون الرسمي إن الانفجارين نجما عن عبوتين ناسفتين جرى تفجيرهما عن بعد.",
     "تفجير", "خالد الحسني"),
])
def test_a_person_who_tells_an_attack_is_not_its_actor(text, word, speaker):
    events = coded_events(text)
    assert speaker not in actors_on(events, "ASSAULT", word), events


def test_a_body_that_tells_its_own_attack_keeps_it():
    text = "وأعلن الجيش السوداني في بيان أنه قصف مواقع قوات الدعم السريع في أم درمان."
    assert actors_on(coded_events(text), "ASSAULT", "قصف") == ["Sudanese Armed Forces"]


def test_a_person_whose_own_forces_strike_keeps_the_attack():
    text = "وقال قائد الجيش الفريق أحمد سالم إن قواته قصفت مواقع المسلحين في الجبل."
    assert actors_on(coded_events(text), "ASSAULT", "قصفت") == ["أحمد سالم"]


def test_a_person_who_reports_a_detention_in_his_clause_is_not_its_actor():
    """reported_act_types: an arrest (and a withdrawal, a sanction, a protest, a mobilisation) a person tells
    inside the clause his cue opens with أن is not his act (component._speaker_of_reported_act)."""
    text = ("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو تطالب بالإفراج عن الصحفي، مضيفة أن "
            "احتجازه كان تعسفيا.")
    assert "Maria Zakharova" not in actors_on(coded_events(text), "COERCE", "احتجاز")


def test_the_act_a_cue_names_as_its_object_stays_the_speakers():
    """…but the cue's own object is the speaker's act: he declares the mobilisation himself."""
    text = 'وأعلن المشير خليفة حفتر "النفير العام" في صفوف قواته بعد الهجوم.'
    assert actors_on(coded_events(text), "MOBILIZE", "النفير") == ["Khalifa Haftar"]
