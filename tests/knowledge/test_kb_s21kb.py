"""Knowledge-base breadth, session 18 round s21 (helper kb5): natural places and regions (rivers,
lakes, seas, mountains, deserts, valleys, islands) of the Arab world, the Sahel, the Horn, Iran,
Turkey, the Caucasus and Afghanistan/Pakistan, named events with a code name or no place in their
name, and bodies by kind (Iraq's operations commands and shrine administrations, Algeria's military
regions, armed groups of the peripheries).  The new files load with their kinds and types; every
natural place carries its head noun and is LOC, never FAC; no alias repeats an older entry's, is an
ordinary word, protects a clitic on a common word or carries the town a body stands in; the bare
code words and names several states share link nothing new."""

import pytest

from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import _load_yaml, load_places
from tests.knowledge.kb_checks import (aliases_carrying_a_town, aliases_shared_with_older, linked,
                                       session_alias_defects, session_aliases, session_ids)

FILES = ("organizations", "places", "events")
SESSION = "21kb"

# Head nouns of natural places: a place whose canonical name opens with one is ground, water or an
# island, never a building.
NATURAL_HEADS = ("نهر", "النهر", "بحيرة", "البحيرات", "بحر", "البحر", "خليج", "مضيق", "جبل", "جبال",
                 "صحراء", "الصحراء", "وادي", "سهل", "جزيرة", "جزر", "أرخبيل", "شط", "خور")


def _new_ids() -> set[str]:
    return session_ids(SESSION, FILES)


def _new_entries(name: str) -> list[dict]:
    return _load_yaml(f"{name}-s{SESSION}.yaml")


EXPECTED_TYPES = {"khabar:place/zagros-mountains": "LOC", "khabar:place/lake-urmia": "LOC",
                  "khabar:place/nagorno-karabakh": "GPE", "khabar:place/mardin-province": "GPE",
                  "khabar:event/cyclone-shaheen": "EVENT", "khabar:event/expo-2030-riyadh": "EVENT",
                  "khabar:org/imam-hussein-shrine-administration": "ORG",
                  "khabar:org/algeria-1st-military-region": "ORG"}


def test_the_new_files_load_with_their_kinds_and_types():
    entries = knowledge_base().entries
    new = [entries.get(kb_id) for kb_id in _new_ids()]
    assert len(new) >= 180 and None not in new
    assert {kb_id: entries[kb_id].type for kb_id in EXPECTED_TYPES} == EXPECTED_TYPES


def test_every_natural_place_is_ground_or_water_never_a_building():
    """Islands, mountains, lakes and rivers are LOC in the gold (جبل الزاوية، بحيرة تشاد، جزيرة
    توتي): no place of any file whose name opens with a natural head noun is a landmark (FAC);
    Mount Hermon and the Gulf's islands were until this round."""
    wrong = [e.kb for e in load_places() if e.name_ar.split()[0] in NATURAL_HEADS and e.type == "FAC"]
    assert wrong == []
    assert sum(e["ar"][0].split()[0] in NATURAL_HEADS for e in _new_entries("places")) >= 90


def test_every_new_natural_place_names_its_head_noun():
    """A one-word alias of a new natural place would be the bare name ("ديالى" is the governorate,
    "وان" is "وأن"): each new region's aliases have two words or more, except a few names that news
    writes bare and that are no word (تهامة، الأهقار، مطيبيجة)."""
    bare = sorted(a for e in _new_entries("places") if e["kind"] == "region" for a in e["ar"] if " " not in a)
    assert bare == sorted(["تهامة", "الأهقار", "مطيبيجة"])


@pytest.mark.parametrize("text, kb_id", [
    ("حوض المتوسط", "khabar:place/mediterranean-sea"),               # the basin, as Turkish and Libyan outlets write
    ("زلزال 6 شباط", "khabar:event/turkey-syria-earthquake-2023"),    # the Levantine month
    ("واج", "khabar:org/aps"),                                        # Algeria's agency in its credit line
    ("الجبهة الشعبية لتحرير تيغراي", "khabar:org/tplf"),
    ("الإدارة الذاتية", "khabar:org/aanes"),
    ("المخلب القفل", "khabar:event/operation-claw-lock"),
    ("درع السودان", "khabar:org/sudan-shield-forces"),
])
def test_older_entries_take_the_spellings_outlets_write(text, kb_id):
    assert kb_id in linked(text)


@pytest.mark.parametrize("phrase", [
    "غصن الزيتون", "الوعد الصادق", "وحدة الساحات",        # code words that alone are ordinary phrases or several events'
    "إعلان جدة", "اتفاق سوتشي", "اتفاق الدوحة", "حرب يونيو",  # several events'
    "ديالى", "وان", "فان", "كلس", "الريف", "الساحل", "اللجاة",   # a governorate, "وأن", "فإن", "lime", "the countryside", "the coast", "refuge"
    "المنطقة العسكرية الأولى", "الجماعة الإسلامية", "المقاومة الوطنية", "العتبة",   # several states' or an ordinary word
])
def test_shared_names_and_ordinary_words_are_not_new_aliases(phrase):
    assert not linked(phrase) & _new_ids()


def test_no_new_alias_repeats_an_older_one_carries_a_town_or_is_a_word():
    """No new alias names an older entry too, goes on with the town a body stands in, is an
    ordinary word, or protects a clitic on a common word (tests/knowledge/kb_checks.py)."""
    aliases = session_aliases(SESSION, FILES)
    singles, defects = session_alias_defects(SESSION, FILES)
    assert len(aliases) >= 300 and singles >= 15
    assert aliases_shared_with_older(_new_ids()) == []
    assert aliases_carrying_a_town(aliases, joiners=("في", "وسط", "ب")) == []
    assert defects == []


def test_events_have_a_start_unless_their_name_predates_any_date():
    """An event's start keeps an article written before it from naming it; only Expo 2030, whose
    name was written from the bid on, has none."""
    missing = [e["id"] for e in _new_entries("events") if not e.get("start")]
    assert missing == ["expo-2030-riyadh"]
