"""Round s31 (false events): an act coded with a party that did not do it.

"قُتل المعارض أحمد سالم"، "واختُطف الصحفي سمير قاسم": a past passive written with its damma has no
subject after it; the name there is whom the act was done to (code._passive_patient), not who killed or
abducted.  An agent cue after it ("برصاص الجيش"، "على يد") still names the actor.

"ودان الحزب في بيان قتل الناشط"، 'وأدان الرئيس الفلسطيني محمود عباس "قتل المدنيين"': a verb of
reacting takes the killing as its object across an unpunctuated aside, an opening quote or the speaker's
title (code._past_reaction_aside, _reacted_masdar); the condemner did not kill."""

import pytest

from tests.events.reading import actors_on, coded_events


@pytest.mark.parametrize("text, kind, word, victim", [
    ("قُتل المعارض البارز أحمد سالم مساء أمس قرب منزله في العاصمة.", "ASSAULT", "قُتل", "أحمد سالم"),
    ("واختُطف الصحفي سمير قاسم من مكتبه في وسط المدينة.", "ASSAULT", "اختُطف", "سمير قاسم"),
])
def test_the_name_after_a_vocalised_passive_is_not_its_actor(text, kind, word, victim):
    events = coded_events(text)
    assert victim not in actors_on(events, kind, word), events


def test_an_agent_cue_still_names_the_actor_of_a_passive():
    events = coded_events("وقُتل الجندي برصاص الجيش الإسرائيلي قرب الحدود.")
    assert "Israel Defense Forces" in actors_on(events, "ASSAULT", "قُتل"), events


@pytest.mark.parametrize("text, condemner", [
    ("كما دان حزب الله في بيان قتل الناشط، مطالبا الأجهزة الأمنية بكشف الفاعلين.", "Hezbollah"),
    ('وأدان الرئيس الفلسطيني محمود عباس "قتل المدنيين" في المدينة.', "Mahmoud Abbas"),
    ("ودانت الجامعة العربية، في بيان مساء الأحد، خطف الصحفيين الثلاثة.", "Arab League"),
])
def test_the_condemner_of_a_killing_did_not_do_it(text, condemner):
    events = coded_events(text)
    assert condemner not in actors_on(events, "ASSAULT", "قتل") + actors_on(events, "ASSAULT", "خطف"), events


def test_a_passive_with_no_earlier_act_stands_with_its_victim_as_recipient():
    import khabar
    record = khabar.read("وقُتل الصحفي البارز سمير قاسم في انفجار عبوة ناسفة أمام منزله.", published="2025-11-30")
    names = {e["id"]: e["name"] for e in record.entities}
    killed = [v for v in record.events if v["type"] == "ASSAULT" and any("قُتل" in t["text"] for t in v["triggers"])]
    assert killed and not killed[0]["actor"], record.events
    assert any("سمير قاسم" in names.get(r, r) for r in killed[0]["recipient"]), record.events
