"""Knowledge-base breadth, session 15: the new data files load with their kinds and offices,
names the KB had under one spelling are found under the spellings other outlets use, no new
alias or short form is an ordinary word or another person's name, and no new alias protects
a clitic on a common word from splitting."""

from datetime import date

import pytest

from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import _load_yaml
from tests.knowledge.kb_checks import (clitic_protecting_words, linked, ordinary_given_names, ordinary_short_forms,
                                       session_ids)


def _session_15_ids() -> set[str]:
    return session_ids(15)


def test_the_session_15_files_load_with_their_kinds_and_types():
    kb = knowledge_base()
    ids = _session_15_ids()
    assert len(ids) >= 90
    assert all(kb_id in kb.entries for kb_id in ids)
    kinds = {kb.entries[kb_id].category for kb_id in ids if kb_id.startswith("khabar:org/")}
    assert {"party", "company", "government", "ngo"} <= kinds
    assert kb.entries["khabar:place/imsaad-crossing"].type == "FAC"
    assert kb.entries["khabar:place/umayyad-square"].type == "LOC"     # a square, as the gold has them
    assert kb.entries["khabar:place/amhara-region"].type == "GPE"      # a governed region
    assert all(kb.entries[kb_id].country for kb_id in ids)


@pytest.mark.parametrize("text, kb_id", [
    ("يشار جولر", "khabar:person/yasar-guler"),                    # Egyptian ج for g
    ("خالد بن خليفة آل ثاني", "khabar:person/khalid-bin-khalifa"),  # without the grandfather
    ("عبد الله علي اليحيا", "khabar:person/abdullah-al-yahya"),      # with the father
    ("جير بيدرسن", "khabar:person/geir-pedersen"),
    ("تاي أتسقي سلاسي", "khabar:person/taye-atske-selassie"),         # ق for the Amharic ejective
    ("جيديون طيموتيوس", "khabar:person/gedion-timothewos"),
    ("دوبريندت", "khabar:person/alexander-dobrindt"),
    ("كروزيتو", "khabar:person/guido-crosetto"),
    ("بيانتيدوسي", "khabar:person/matteo-piantedosi"),
    ("معسكر زمزم", "khabar:place/zamzam-camp"),                      # Sudanese معسكر for a camp
    ("اتحاد الشغل", "khabar:org/ugtt"),                              # Tunisian short name
    ("مطار المزة", "khabar:place/mezzeh-airbase"),
    ("سومو", "khabar:org/somo"),
])
def test_a_known_name_is_found_in_the_spelling_other_outlets_use(text, kb_id):
    assert kb_id in linked(text)


@pytest.mark.parametrize("kb_id, day, office", [
    ("khabar:person/ihor-klymenko", date(2024, 7, 1), "interior-minister"),
    ("khabar:person/denys-monastyrsky", date(2022, 6, 1), "interior-minister"),
    ("khabar:person/denys-monastyrsky", date(2023, 6, 1), None),
    ("khabar:person/naji-issa", date(2025, 1, 1), "central-bank-governor"),
    ("khabar:person/hichem-fourati", date(2019, 6, 1), "interior-minister"),
    ("khabar:person/hichem-fourati", date(2021, 6, 1), None),
    ("khabar:person/ibrahim-bartaji", date(2021, 8, 15), None),
    ("khabar:person/samir-rifai", date(2010, 6, 1), "head-of-government"),
    ("khabar:person/salah-al-din-al-namroush", date(2020, 10, 1), "defence-minister"),
])
def test_a_new_office_holds_only_within_its_dates(kb_id, day, office):
    held = knowledge_base().entries[kb_id].office_on(day)
    assert (held or {}).get("office") == office


def _new_short_forms() -> list[str]:
    shorts = [s for person in _load_yaml("people-s15.yaml") for s in person.get("short") or []]
    return shorts + ["دوبريندت", "كروزيتو", "بيانتيدوسي", "بهتشلي"]   # added to older entries this session


def test_no_session_15_short_form_is_an_ordinary_word():
    """A surname that names the person alone must not be a word of the language news uses."""
    shorts = _new_short_forms()
    assert len(shorts) >= 8
    assert ordinary_short_forms(shorts) == []


def test_no_session_15_name_opens_with_an_ordinary_word():
    """The first word of every full name becomes a given name the entities stage trusts
    (recognise._first_names): مهد "cradle" (Mahad Salad) and الصديق "the friend" (Sadiq al-Kabir)
    made "مهد الاحتجاجات" and "الصديق الوفي" people, and were left out."""
    assert ordinary_given_names(_session_15_ids()) == []


@pytest.mark.parametrize("phrase", [
    "هجين",            # hybrid: Hajin only with its head noun
    "الكسوة",          # the clothing: al-Kiswah only with its head noun
    "الغازية",         # carbonated: Ghazieh only with its head noun
    "يافع",            # adolescent: Yafa only with its head noun
    "تواصل",           # contact: Tewassoul only as حزب تواصل
    "شمسان",           # Aden's mountain, not Taiz's governor
    "سانغاري",         # a common Sahel surname
    "الحويج",          # a Libyan surname
    "الجبهة الثورية",   # any revolutionary front
    "هيئة النزاهة",     # any state's integrity body
    "الجامعة الإسلامية",  # Gaza's and Medina's
    "جبهة نهم",        # a front line is not the district's name
])
def test_ordinary_words_and_shared_names_are_not_session_15_aliases(phrase):
    assert not linked(phrase) & _session_15_ids()


def test_no_session_15_alias_protects_a_clitic_on_a_common_word():
    """Every word of an alias is protected from clitic splitting (KnowledgeBase.name_words); a new
    alias word that is a proclitic on a frequent word would stop the tokenizer splitting it
    everywhere (بلاي for بيلاي, للعمال, ومكافحة were caught so and left out)."""
    assert clitic_protecting_words(_session_15_ids()) == []
