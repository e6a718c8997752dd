"""An armed act told by a noun with a country's nisba has the country as actor, even where the article names its
army; a nisba on the doer (a warship, aircraft) is the army's (docs/gold-format.md, session 31)."""
from __future__ import annotations

import khabar


def actors(text: str) -> list[tuple[str, str, list[str]]]:
    record = khabar.read(text, published="2024-06-10")
    names = {e["id"]: e["name"] for e in record.entities}
    return [(e["type"], e["trigger"]["text"], [names[a] for a in e["actor"]]) for e in record.events]


def test_a_raid_noun_with_its_nisba_is_the_countrys_act_though_the_army_is_named():
    coded = actors("وقال الجيش الإسرائيلي إن الوضع هادئ. وقتل خمسة أشخاص في غارة إسرائيلية على مخيم جباليا.")
    assert ("ASSAULT", "غارة", ["Israel"]) in coded


def test_an_aggression_noun_with_its_nisba_is_the_countrys_act():
    coded = actors("وأعلن الجيش الإسرائيلي انتهاء العملية. وندد الرئيس بالعدوان الإسرائيلي على مخيم جنين.")
    assert ("ASSAULT", "العدوان", ["Israel"]) in coded


def test_a_nisba_on_the_doer_is_the_named_armys_act():
    coded = actors("وقال الجيش الأمريكي إن بارجة أمريكية أسقطت صاروخا أطلقه الحوثيون.")
    assert ("ASSAULT", "أسقطت", ["United States Armed Forces"]) in coded
