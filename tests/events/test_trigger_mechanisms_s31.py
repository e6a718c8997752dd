"""Round s31 (gold events with no trigger coded): two general Arabic forms of a PLOVER type the lexicon lacked.

Neutralising fighters (حيّد، تحييد), the word armies' and security services' statements use for killing or
disabling them: ASSAULT, with militants or attackers named after it (triggers.yaml `neutralized`), or, for its
pronoun, named before it; a state or an institution kept out of a conflict ("تحييد لبنان") is no attack.

Standing by a party ("تقف إلى جانب"): solidarity declared, SUPPORT; a promise to stand by (`not_future`: "ستقف")
is no act yet, and وقف without "إلى جانب" after it stays no event.

Shooting an aircraft down (إسقاط طائرة): ASSAULT; a nisba after a genitive the patient noun needs is the patient's, not the actor
(code._needed_patient)."""

import pytest

from tests.events.reading import actors_on, coded_events, has_event


@pytest.mark.parametrize("text, word", [
    ("وقال الجيش في بيان إن قواته حيّدت عشرين مسلحا قرب الحدود.", "حيّدت"),
    ("وتمكنت قوات الأمن من تحييد المهاجمين بعد ساعتين من الاشتباك.", "تحييد"),
])
def test_neutralising_fighters_is_an_attack(text, word):
    assert has_event(coded_events(text), "ASSAULT", word), coded_events(text)


@pytest.mark.parametrize("text", [
    "ودعا الحزب في بيانه إلى تحييد لبنان عن صراعات المنطقة.",
    "وشدد الرئيس على ضرورة تحييد المؤسسة العسكرية عن السياسة.",
])
def test_neutrality_is_no_attack(text):
    assert not has_event(coded_events(text), "ASSAULT", "تحييد"), coded_events(text)


def test_standing_by_a_state_is_support():
    events = coded_events("وقال وزير الخارجية إن باريس تقف إلى جانب النيجر في هذه المحنة.")
    assert "France" in actors_on(events, "SUPPORT", "تقف"), events


@pytest.mark.parametrize("text", [
    "وأكد الرئيس أن فرنسا ستقف إلى جانب مالي.",
    "وقف إطلاق النار في غزة منذ الصباح.",
    "وأكد الرئيس في اتصال هاتفي وقوف بلاده إلى جانب باكستان.",
])
def test_standing_by_promised_or_a_halt_is_no_support(text):
    assert not any(e.type == "SUPPORT" for e in coded_events(text)), coded_events(text)


def test_an_aircraft_shot_down_is_an_attack_of_the_claimant_not_of_the_aircraft_nation():
    events = coded_events("وأعلنت حركة الشباب إسقاط طائرة عسكرية كينية قرب الحدود.")
    actors = actors_on(events, "ASSAULT", "إسقاط")
    assert "Al-Shabaab (Somalia)" in actors and "Kenya" not in actors, events


@pytest.mark.parametrize("text", [
    "ودعا المتظاهرون في العاصمة إلى إسقاط الحكومة.",
    "وقررت المحكمة إسقاط التهم عن المتهمين.",
])
def test_dropping_charges_or_a_government_is_no_attack(text):
    assert not has_event(coded_events(text), "ASSAULT", "إسقاط"), coded_events(text)


def test_an_imperfect_keeping_the_waw_is_form_iv_not_standing_by():
    events = coded_events("وقالت مصادر محلية إن قوات الأمن لم يوقفوا المستوطنين.")
    assert has_event(events, "COERCE", "يوقفوا"), events
