"""Round-s30 mechanisms of entity recognition and linking.

- One surface, one entity (docs/gold-format.md, capitals that act for their state): where an article
  writes a capital as a place and elsewhere makes it act for its state, every occurrence of the
  surface is a mention of the city in the record; the events still give the acts to the state."""

import khabar

from tests.entities.reading import entities_of, owner_of


def test_a_capital_written_as_a_place_keeps_its_metonymic_surface_too():
    text = ("وصل وزير الخارجية الإيراني إلى أنقرة أمس في زيارة رسمية. وفي الوقت نفسه، دعت أنقرة إلى وقف فوري "
            "لإطلاق النار، وقالت تركيا إنها مستعدة للوساطة.")
    record = khabar.read(text, published="2024-06-10")
    city = owner_of(record.entities, "أنقرة")
    assert city["kb"] != "khabar:country/tur"
    assert [m["text"] for m in city["mentions"]] == ["أنقرة", "أنقرة"]
    state = owner_of(record.entities, "تركيا")
    assert [m["text"] for m in state["mentions"]] == ["تركيا"]
    # the call is still the state's
    assert any(e["type"] == "REQUEST" and e["actor"] == [state["id"]] for e in record.events)


def test_a_state_named_only_by_its_capital_keeps_the_surface():
    entities = entities_of("توجه الوفد إلى طهران صباح اليوم، وقالت طهران إنها سترحب بالمقترح.")
    assert owner_of(entities, "طهران") is not None
    assert any(e["kb"] == "khabar:country/irn" for e in entities)
