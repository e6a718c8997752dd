"""Knowledge-base breadth, session 22 round s25 (helper kb): the standing cast of the regions test-style
writing covers — the South Caucasus and Georgia, Russia and Ukraine, Pakistan and Afghanistan, Nigeria and
the Sahel, the Horn and the Gulf.  The new files load with their kinds and types; no alias repeats an older
entry's, is an ordinary word, protects a clitic on a common word or carries a town; offices are dated
and ordered; names that are words or that several referents share link nothing new.  The sentences are
in tests/knowledge/kb_probes_s25.yaml (run by test_kb_probes.py)."""

import pytest

from tests.knowledge.kb_checks import linked, session_alias_problems, session_entries, session_ids, types_of

FILES = ("people", "organizations", "places")
SESSION = "25kb"

EXPECTED_TYPES = {"khabar:person/zakir-hasanov": "PER", "khabar:person/babagana-zulum": "PER",
                  "khabar:org/azertac": "ORG", "khabar:org/us-fifth-fleet": "ORG",
                  "khabar:place/stepanakert": "GPE", "khabar:place/quetta": "GPE",
                  "khabar:place/zamfara-state": "GPE", "khabar:place/panjgur": "GPE"}


def _new_ids() -> set[str]:
    return session_ids(SESSION, FILES)


def test_the_new_files_load_with_their_types():
    loaded = types_of(_new_ids())
    assert len(loaded) >= 58 and None not in loaded.values()   # (two ministers moved to people-s25ent.yaml)
    assert {kb_id: loaded[kb_id] for kb_id in EXPECTED_TYPES} == EXPECTED_TYPES


def test_no_new_alias_repeats_an_older_one_carries_a_town_or_is_a_word():
    """No new alias names an older entry too, goes on with a town, is an ordinary word, protects a
    clitic on a common word or opens a name with an ordinary word (tests/knowledge/kb_checks.py)."""
    report = session_alias_problems(SESSION, FILES)
    assert report["aliases"] >= 130 and report["singles"] >= 38
    assert (report["shared"], report["towns"], report["defects"]) == ([], [], [])


def test_offices_are_dated_in_order():
    """Every office has a start, and an end (where given) that does not come before it."""
    for person in session_entries(SESSION, "people"):
        for office in person.get("offices") or ():
            start, end = str(office["start"]), office.get("end")
            assert end is None or str(end) >= start, (person["id"], office)


@pytest.mark.parametrize("text, kb_id", [
    ("ستيباناكيرت", "khabar:place/stepanakert"),     # one town under its Armenian name …
    ("خانكندي", "khabar:place/stepanakert"),         # … and its Azerbaijani one
    ("الأسطول الخامس الأميركي", "khabar:org/us-fifth-fleet"),
    ("وكالة الأنباء الأذربيجانية", "khabar:org/azertac"),
    ("ولاية زامفارا", "khabar:place/zamfara-state"),
])
def test_outlets_spellings_link_the_new_entries(text, kb_id):
    assert kb_id in linked(text)


@pytest.mark.parametrize("phrase", [
    "أرارات", "رانا", "حمد الله", "فطرت", "بردعة", "جبرائيل", "جوهر", "ولام",   # words, or first names alone
    "ولاية كادونا", "ولاية سوكوتو",    # the gold reads the bare town as the state: one referent
    "الجيش الأبيض", "الجبهة الثورية", "الحركة الوطنية المتحدة",   # medical staff, or several states' bodies
])
def test_words_and_shared_names_link_nothing_new(phrase):
    assert not linked(phrase) & _new_ids()
