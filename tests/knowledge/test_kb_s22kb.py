"""Knowledge-base breadth, session 19 round s22 (helper kb6): provinces and regions below the state
written with their head noun (Iran, Turkey, Afghanistan, South Sudan, Mali, Niger, Burkina Faso, Chad,
Somalia), villages of Bahrain and areas of Kuwait, land ports written "منفذ", stadiums and plants,
branches of armed forces, and events no pattern finds.  The new files load with their kinds and
types; every subdivision names its head noun; no alias repeats an older entry's, is an ordinary word,
protects a clitic on a common word or carries a town; names several places share link nothing new."""

import pytest

from tests.knowledge.kb_checks import linked, session_alias_problems, session_entries, session_ids, types_of

FILES = ("organizations", "places", "events")
SESSION = "22kb"

# The head nouns outlets write before a subdivision's name: the bare name is its town or a word.
SUBDIVISION_HEADS = ("محافظة", "ولاية", "منطقة", "إقليم", "مقاطعة", "جمهورية")


def _new_ids() -> set[str]:
    return session_ids(SESSION, FILES)


EXPECTED_TYPES = {"khabar:place/semnan-province": "GPE", "khabar:place/western-equatoria": "GPE",
                  "khabar:place/bani-jamra": "GPE", "khabar:place/abdali-crossing": "FAC",
                  "khabar:place/al-bayt-stadium": "FAC", "khabar:place/maran-mountains": "LOC",
                  "khabar:org/irgc-ground-force": "ORG", "khabar:event/tuwairij-run": "EVENT"}


def test_the_new_files_load_with_their_kinds_and_types():
    loaded = types_of(_new_ids())
    assert len(loaded) >= 120 and None not in loaded.values()
    assert {kb_id: loaded[kb_id] for kb_id in EXPECTED_TYPES} == EXPECTED_TYPES


def test_every_new_subdivision_is_written_with_its_head_noun():
    """A province, state or region of a state is named with "محافظة", "ولاية", "منطقة" or "إقليم"
    in every alias: the bare name is its town (يزد، موبتي، نخجوان) or a word (مركزي، البرز)."""
    bare = sorted(a for e in session_entries(SESSION, "places") if e["kind"] == "governorate"
                  for a in e["ar"] if a.split()[0] not in SUBDIVISION_HEADS)
    assert bare == []


@pytest.mark.parametrize("text, kb_id", [
    ("منفذ رفح البري", "khabar:place/rafah-crossing"),          # Egypt's word for a land port
    ("منفذ أرقين", "khabar:place/argeen-crossing"),
    ("منفذ ربيعة", "khabar:place/yarubiyah-crossing"),            # Iraq's side of al-Yarubiyah
    ("ولاية الشمالية", "khabar:place/northern-state-sudan"),      # Egyptian outlets drop the article
    ("بادية الشام", "khabar:place/syrian-desert"),
    ("إقليم البحيرة", "khabar:place/lac-province-chad"),
    ("القوة الجوفضائية للحرس الثوري", "khabar:org/irgc-aerospace-force"),
    ("عملية بزوغ الفجر", "khabar:event/operation-breaking-dawn"),
    ("ستاد الملك فهد الدولي", "khabar:place/king-fahd-stadium"),
])
def test_older_entries_take_the_spellings_outlets_write(text, kb_id):
    assert kb_id in linked(text)


@pytest.mark.parametrize("phrase", [
    "منطقة الساحل", "الساحل", "ولاية البحيرة", "ولاية أدرار", "سد الوحدة",   # several places'
    "العبدلي", "سترة", "جو", "الدير", "مركزي", "البرز",                   # Amman's quarter too, or words
    "الغرفة المشتركة", "البحرية الوطنية", "سلاح المدرعات", "المجلس الرئاسي",  # several states' bodies
    "مجزرة قانا", "حرب الخليج", "حرب قره باغ", "الرمح الذهبي",            # several events', or a phrase
])
def test_shared_names_and_ordinary_words_are_not_new_aliases(phrase):
    assert not linked(phrase) & _new_ids()


def test_no_new_alias_repeats_an_older_one_carries_a_town_or_is_a_word():
    """No new alias names an older entry too, goes on with the town a facility stands in, is an
    ordinary word, or protects a clitic on a common word (tests/knowledge/kb_checks.py)."""
    report = session_alias_problems(SESSION, FILES)
    assert report["aliases"] >= 220 and report["singles"] >= 10
    assert (report["shared"], report["towns"], report["defects"]) == ([], [], [])


def test_code_named_operations_have_a_start_and_rituals_none():
    """An operation's start keeps an article written before it from naming it; a recurring ritual
    (ركضة طويريج، زيارة الأربعين) has no first day news could name it."""
    undated = sorted(e["id"] for e in session_entries(SESSION, "events") if not e.get("start"))
    assert undated == ["arbaeen-pilgrimage", "tuwairij-run"]
