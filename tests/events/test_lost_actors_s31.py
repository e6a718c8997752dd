"""Round s31 (lost actors): an attack told by its target, whose author the text does not name.

"ارتفعت حصيلة القصف الذي استهدف السوق"، "إثر هجوم بطائرة مسيرة استهدف حقل الغاز": the wires tell the news
attack by a verb of striking right after its noun (arguments.yaml striking_verbs), and leave its author
unnamed.  The noun used to be dropped (an actorless noun with no attack recorded before it); it now stands
as an event without an actor (component._struck_unnamed) — unless the article names an attacker for
another attack (the author is then told elsewhere and the actorless record is left out), or the attack
is a suicide one (its bomber did it)."""

import pytest

from tests.events.reading import coded_events, has_event


@pytest.mark.parametrize("text, word", [
    ("ارتفعت حصيلة القصف الذي استهدف سوقا شعبيا في المدينة أمس الأحد إلى 40 قتيلا.", "القصف"),
    ("قتل خمسة عمال وأصيب ثلاثة آخرون ليل الخميس إثر هجوم بطائرة مسيرة استهدف حقلا للنفط شمال البلاد.", "هجوم"),
])
def test_an_attack_told_by_its_target_stands_without_an_actor(text, word):
    events = coded_events(text)
    assert has_event(events, "ASSAULT", word), events
    assert all(not e.actors for e in events if e.type == "ASSAULT"), events


def test_a_suicide_attack_told_by_its_target_is_not_kept_actorless():
    text = "ارتفعت حصيلة التفجير الانتحاري الذي استهدف سوقا شعبيا في المدينة أمس الأحد إلى 40 قتيلا."
    assert not has_event(coded_events(text), "ASSAULT", "التفجير")


def test_the_unnamed_attack_is_left_out_where_an_attacker_is_named():
    text = ("ارتفعت حصيلة القصف الذي استهدف سوقا شعبيا في المدينة أمس الأحد إلى 40 قتيلا. "
            "وفي الأثناء، شن الجيش غارات على مواقع المتمردين في الريف.")
    events = coded_events(text)
    assert not has_event(events, "ASSAULT", "القصف"), events
    assert any(e.type == "ASSAULT" and e.actors for e in events), events
