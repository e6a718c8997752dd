"""Round s30 (wrong actors): a verb joined by و whose subject is dropped shares the subject of the verb it
is coordinated with (code._coordinated_subject), not the nearest name before it.

"ويلاحق الجيش … خلايا تنظيم داعش …، ويتهمها": the army accuses, not the group it hunts (the name nearest
before the joined verb is the first verb's object); "وكان المجلس العسكري قد تسلم السلطة … في شمال البلاد،
وتعهد": the council pledges, not the country a place phrase names.  Across a reported clause whose subject
is named ("إن الصين تحترم …، وتدعم") the joined verb goes on from that subject, as before."""

import pytest

from tests.events.reading import actors_on, coded_events


@pytest.mark.parametrize("text, kind, word, actor, not_actor", [
    ("ويلاحق الجيش العراقي خلايا تنظيم داعش في صحراء الأنبار منذ أشهر، ويتهمها بتنفيذ الهجمات الأخيرة.",
     "ACCUSE", "يتهم", "Iraqi Army", "Islamic State"),
    ("وكان المجلس العسكري قد تسلم السلطة بعد احتجاجات واسعة في شمال البلاد، وتعهد بتنظيم انتخابات خلال عام.",
     "CONCEDE", "تعهد", "المجلس العسكري", None),
])
def test_a_joined_verb_takes_the_subject_of_the_verb_it_goes_on_from(text, kind, word, actor, not_actor):
    events = coded_events(text)
    actors = actors_on(events, kind, word)
    assert actor in actors and not_actor not in actors, events


def test_a_named_subject_of_a_reported_clause_keeps_the_joined_verb():
    text = "وقال المتحدث باسم الخارجية الصينية إن الصين تحترم خيار الشعب العراقي، وتدعم جهود الحكومة العراقية."
    assert actors_on(coded_events(text), "SUPPORT", "تدعم") == ["China"]
