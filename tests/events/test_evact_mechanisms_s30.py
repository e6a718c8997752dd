"""Round s30 (wrong actors): a verb joined by و whose subject is dropped shares the subject of the verb it
is coordinated with (code._coordinated_subject), not the nearest name before it.

"ويلاحق الجيش … خلايا تنظيم داعش …، ويتهمها": the army accuses, not the group it hunts (the name nearest
before the joined verb is the first verb's object); "وكان المجلس العسكري قد تسلم السلطة … في شمال البلاد،
وتعهد": the council pledges, not the country a place phrase names.  Across a reported clause whose subject
is named ("إن الصين تحترم …، وتدعم") the joined verb goes on from that subject, as before.

Round s30 (lost actors): subjects that open a clause and that khabar did not pair with its verb or noun.

"وكانت الولايات المتحدة وبريطانيا قد شنتا، في 30 مايو، غارات"، "إن الجيش والشرطة اعتقلوا …": names joined
by و that open a clause before a dual or plural verb are all its subject (code._coordinated_opening); the
second name alone used to be read as the second of a pair, no subject, and the act was dropped.
"وقال المتحدث إن البلدين اتفقا": a dual anaphor after a complementizer opens the reported clause and
stands for the two parties named together before (code._opening_pair), whatever lemma its verb got."""

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



@pytest.mark.parametrize("text, kind, word, actors", [
    ("وكانت فرنسا وألمانيا قد شنتا، في العاشر من مايو، غارات على مواقع التنظيم.",
     "ASSAULT", "غارات", {"France", "Germany"}),
    ("وقالت المنظمة إن الجيش السوداني وقوات الدعم السريع أغلقوا الطرق المؤدية إلى المدينة.",
     "COERCE", "أغلقوا", {"Sudanese Armed Forces", "Rapid Support Forces"}),
])
def test_names_joined_before_a_plural_verb_are_its_subject(text, kind, word, actors):
    events = coded_events(text)
    assert actors <= set(actors_on(events, kind, word)), events


def test_a_dual_after_a_complementizer_stands_for_the_pair():
    text = "عقدت مصر والأردن اجتماعا في عمان أمس. وقال المتحدث إن البلدين اتفقا على تعزيز التعاون في مجال الطاقة."
    events = coded_events(text)
    assert {"Egypt", "Jordan"} <= set(actors_on(events, "AGREE", "اتفقا")), events


def test_a_feminine_dual_of_a_short_stem_is_read_dual():
    from khabar.events.code import _feminine_dual_verb

    class W:
        norm, lemma = "شنتا", "شن"
    assert _feminine_dual_verb(W())
    W.norm = "شنت"
    assert not _feminine_dual_verb(W())


def test_a_time_between_a_control_verb_and_its_noun_costs_no_word():
    """"وأعلنت ألمانيا مساء الأحد انتهاء عمليات الإجلاء": the time words no longer use up the five words
    code._controller reads back from the noun to its verb (a time costs nothing, as an aside does)."""
    events = coded_events("وأعلنت ألمانيا مساء الأحد انتهاء عمليات الإجلاء من الخرطوم.")
    assert "Germany" in actors_on(events, "AID", "الإجلاء"), events
