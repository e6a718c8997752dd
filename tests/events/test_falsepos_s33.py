"""Round s33 (false events): a headline act that no body mention joined, where the body codes an act of the
same type, is left out (component._without_headline_doubles): the body's record holds the act, as gold lists
an event once even if the headline and the body both report it.  Composed articles, none copied from a corpus
article, each with the near-miss that keeps the headline's act."""

from tests.events.reading import coded_events


def _records_of(text: str, kind: str) -> list:
    return [e for e in coded_events(text) if e.type == kind]


def test_a_headline_accusation_told_again_in_the_body_is_one_event():
    text = ("البنتاغون يحمّل موسكو مسؤولية قصف محطة القطار\n\n"
            "حمّل المتحدث باسم وزارة الدفاع الأمريكية جون كيربي، الجمعة، روسيا مسؤولية القصف الذي استهدف محطة "
            "القطار في كراماتورسك.")
    accusations = _records_of(text, "ACCUSE")
    assert [e.actors for e in accusations] == [["John Kirby"]], accusations


def test_a_headline_attack_read_with_its_victims_as_actor_goes_when_the_body_codes_the_attack():
    text = ("مقتل سائقين في هجوم مسلح على شاحناتهم غرب مالي\n\n"
            "قتل مسلحون مجهولون سائقين اثنين، مساء السبت، في هجوم على قافلة شاحنات قرب بلدة ديديني غرب مالي، وفق "
            "ما أعلنت السلطات.")
    attacks = _records_of(text, "ASSAULT")
    assert len(attacks) == 1 and "سائقين" not in attacks[0].actors, attacks


def test_a_headline_act_the_body_codes_nothing_of_its_type_for_stays():
    text = ("البنتاغون يحمّل موسكو مسؤولية قصف محطة القطار\n\n"
            "قال المتحدث باسم وزارة الدفاع الأمريكية جون كيربي، الجمعة، إن القصف الذي استهدف محطة القطار في "
            "كراماتورسك أوقع عشرات القتلى.")
    assert any("يحمّل" in t for e in _records_of(text, "ACCUSE") for t in e.triggers)


def test_a_facility_is_never_an_acts_actor():
    """arguments.yaml idle_entity_types: a facility read as an act's actor (the airport "استهدف بثلاثة صواريخ",
    the hotel the gunmen stormed) is its place or target; component._acting drops it and keeps the others."""
    from khabar.events.code import arguments
    from khabar.events.component import _acting

    assert arguments()["idle_entity_types"] == {"FAC"}
    kinds = {"e1": "FAC", "e2": "GROUP", "e3": "ORG"}
    assert _acting(["e1"], kinds) == []
    assert _acting(["e2", "e1", "e3"], kinds) == ["e2", "e3"]
