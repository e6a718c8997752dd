"""Knowledge-base breadth, session 15: the new data files load with their kinds and offices,
names the KB had under one spelling are found under the spellings other outlets use, no new
alias or short form is an ordinary word or another person's name, and no new alias protects
a clitic on a common word from splitting."""

from datetime import date

import pytest

from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import _load_yaml
from khabar.text.normalise import normalise_word


def _linked(text: str) -> set[str]:
    return {e.kb for e, _ in knowledge_base().lookup(tuple(normalise_word(text).split()))}


def _session_15_ids() -> set[str]:
    return {f"khabar:{kind}/{e['id']}" for kind, pattern in
            [("org", "organizations-s15.yaml"), ("place", "places-s15.yaml"), ("person", "people-s15.yaml")]
            for e in _load_yaml(pattern)}


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
    assert kb_id in _linked(text)


@pytest.mark.parametrize("kb_id, day, office", [
    ("khabar:person/ihor-klymenko", date(2024, 7, 1), "interior-minister"),
    ("khabar:person/denys-monastyrsky", date(2022, 6, 1), "interior-minister"),
    ("khabar:person/denys-monastyrsky", date(2023, 6, 1), None),
    ("khabar:person/sadiq-al-kabir", date(2020, 6, 1), "central-bank-governor"),
    ("khabar:person/sadiq-al-kabir", date(2025, 1, 1), None),
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
    return shorts + ["دوبريندت", "كروزيتو", "بيانتيدوسي"]   # added to older entries this session


def test_no_session_15_short_form_is_an_ordinary_word():
    """A surname that names the person alone must not be a word of the language news uses."""
    from khabar.text.clitics import _zipf_table
    from khabar.text.lexicon import default_lexicon
    lexicon, zipf = default_lexicon(), _zipf_table()
    shorts = _new_short_forms()
    assert len(shorts) >= 8
    assert [s for s in shorts if normalise_word(s) in lexicon and zipf.get(normalise_word(s), 0.0) >= 1.5] == []


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
    assert not _linked(phrase) & _session_15_ids()


def test_no_session_15_alias_protects_a_clitic_on_a_common_word():
    """Every word of an alias is protected from clitic splitting (KnowledgeBase.name_words); an
    alias word that is a proclitic on a frequent word, which no older entry protected already,
    would stop the tokenizer splitting it everywhere (see test_kb_s14)."""
    from khabar.text.clitics import _zipf_table
    zipf = _zipf_table()
    kb, new_ids = knowledge_base(), _session_15_ids()
    older = {w for entry in kb.entries.values() if entry.kb not in new_ids and entry.curated
             for alias in entry.aliases for w in alias.words}
    new_words = {w for kb_id in new_ids for alias in kb.entries[kb_id].aliases for w in alias.words}

    def split_reading_dominates(word: str) -> bool:
        rests = [word[1:]] + (["ال" + word[2:]] if word.startswith("لل") else [])
        return max(zipf.get(rest, 0.0) for rest in rests) >= 4.5 and \
            max(zipf.get(rest, 0.0) for rest in rests) > zipf.get(word, 0.0) + 1.0
    assert sorted(w for w in new_words - older if w[:1] in "وفبلك" and split_reading_dominates(w)) == []
