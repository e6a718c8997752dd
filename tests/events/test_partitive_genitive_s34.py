"""Round s34 (mention boundaries of forces and members): a forces or members noun in idafa after a
verbal noun ("هجوم عناصر …"، "مداهمة قوات …"، "هجوم مسلحين من …") names no party of its own, so the
body after it (in idafa or after من) is the genitive the verbal noun's reading weighs: its agent, or
its patient for a noun of `genitive: patient` (code._partitive_genitive).  Made-up sentences."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded


@pytest.mark.parametrize("text, kind, actor", [
    ("وتأتي الحادثة بعد أسبوع من هجوم عناصر حركة الشباب على ثكنة في جوهر.", "ASSAULT", "Al-Shabaab"),
    ("وتأتي الحادثة بعد أسبوع من هجوم مسلحين من تنظيم داعش على قرية في ديالى.", "ASSAULT", "Islamic State"),
    ("وتأتي الحادثة بعد أسبوع من مداهمة قوات جهاز مكافحة الإرهاب منزلا في الموصل.", "COERCE", "Counter Terrorism"),
])
def test_body_after_forces_noun_is_the_genitive_agent(text, kind, actor):
    assert any(t == kind and any(actor in a for a in actors) for t, actors in coded(text)), coded(text)


def test_patient_noun_keeps_the_body_its_patient():
    import khabar

    record = khabar.read("وأعلن الجيش اللبناني اعتقال عناصر من حزب الله في الجنوب.", published="2025-11-30")
    names = {e["id"]: e["name"] for e in record.entities}
    arrests = [v for v in record.events if v["type"] == "COERCE"]
    assert arrests and not any("Hezbollah" in names[a] for v in arrests for a in v["actor"]), arrests
