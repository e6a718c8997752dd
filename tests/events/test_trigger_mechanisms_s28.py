"""Round s28's trigger mechanisms (gold events with no trigger coded), each on sentences composed for the test, none
copied from the corpus."""

import khabar
from khabar.events.code import triggers


def _events(text: str) -> list[tuple[str, str | None, list[str]]]:
    record = khabar.read(text)
    names = {e["id"]: e["name"] for e in record.entities}
    return [(e["type"], e.get("mode"), [names.get(a, a) for a in e.get("actor") or []]) for e in record.events]


# pelting (رشق) is told with its projectile; the bare form with unnamed people in the nominative after it is the
# verb before its subject, even past a time and a long object ("رشق متظاهرون غاضبون صباح الأحد موكب الوزير بالحجارة")
def test_the_bare_form_of_pelting_with_its_subject_in_the_nominative_is_the_act():
    assert ("ASSAULT", None, ["متظاهرون غاضبون"]) in _events(
        "وفي البصرة، رشق متظاهرون غاضبون صباح الأحد موكب الوزير بالحجارة.")
    assert ("ASSAULT", None, ["محتجون"]) in _events("وفي حمص، رشق محتجون سيارات الشرطة بالحجارة.")


def test_pelting_needs_its_projectile():
    assert not [e for e in _events("وأطلق ناشطون رشقا من الانتقادات ضد الحكومة.") if e[0] == "ASSAULT"]
    assert "الحجاره" in triggers()["verbs"]["رشق"]["needs"]


def test_the_masdar_of_pelting_reaches_its_projectile_past_its_object():
    from khabar.events import code
    from khabar.entities.recognise import words_of
    from khabar.pipeline import run

    words = words_of(run("وشهدت ليلة السبت رشق عناصر الدرك بالحجارة في وسط المدينة."))
    i = next(k for k, w in enumerate(words) if w.norm == "رشق")
    spec = triggers()["verbs"]["رشق"]
    assert code._needs_met(words, i, {**spec, "window": spec["bare_window"]})
    assert not code._needs_met(words, i, {**spec, "window": 2})   # the window a bare form had before


def test_nominative_agents_make_a_bare_form_a_verb_and_a_genitive_does_not():
    from khabar.events import code
    from khabar.entities.recognise import words_of
    from khabar.pipeline import run

    words = words_of(run("رشق محتجون الجنود بالحجارة، وشهدت المدينة رشق المحتجين بالحجارة."))
    after = [k + 1 for k, w in enumerate(words) if w.norm == "رشق"]
    assert code._nominative_agents(words, after[0])
    assert not code._nominative_agents(words, after[1])


# looting is seizure (PLOVER COERCE, mode seize): نهب, its imperfect and its plural
def test_looting_is_coercion_by_seizure():
    assert ("COERCE", "seize", ["مجموعة مسلحة"]) in _events("ونهبت مجموعة مسلحة مقر البنك المركزي في المدينة.")
    assert any(kind == "COERCE" and mode == "seize" for kind, mode, _ in _events(
        "وقالت اللجنة إن قوات الدعم السريع هاجمت القرية قبل أن تقتحمها وتنهب المنازل."))
    # its bare form opening its clause before unnamed people is the verb, and they go on to the next verb
    events = _events("ونهب مسلحون متجر الذهب وأحرقوا سيارتين.")
    assert ("COERCE", "seize", ["مسلحون"]) in events and ("ASSAULT", None, ["مسلحون"]) in events, events
