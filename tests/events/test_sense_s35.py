"""Round s35 (trigger sense checks): a deployment carried out by the light verb نفّذ ("نفذ الجيش
انتشارا واسعا") is a MOBILIZE, like the withdrawal it already took ("نفذ انسحابا")."""

from tests.events.reading import coded_events, has_event


def test_a_deployment_carried_out_is_a_mobilisation():
    events = coded_events("ونفذ الجيش اللبناني انتشارا واسعا في شوارع مدينة صيدا بعد الاشتباكات.")
    assert has_event(events, "MOBILIZE", "انتشارا")


def test_a_spread_named_without_the_light_verb_is_none():
    events = coded_events("وحذرت وزارة الصحة المغربية من انتشار الوباء في مدينة فاس.")
    assert not any(e.type == "MOBILIZE" for e in events)
