"""Round-s34: the Syrian army's General Command named whole is one body (knowledge base
organizations-states.yaml), so the army words inside its name ("للجيش والقوات المسلحة") make no
army entity of their own and a later bare "الجيش" is the home state's army."""

from tests.entities.reading import entities_of


def test_the_general_command_is_one_body_and_the_bare_army_the_state_army() -> None:
    found = {e["kb"]: {m["text"] for m in e["mentions"]} for e in entities_of(
        "ذكرت القيادة العامة للجيش والقوات المسلحة في بيان أن الجيش أسقط طائرتين مسيرتين فوق ريف اللاذقية.")}
    assert found.get("khabar:org/syrian-army-general-command") == {"القيادة العامة للجيش والقوات المسلحة"}
    assert "الجيش" in found.get("khabar:org/syrian-arab-army", set())
