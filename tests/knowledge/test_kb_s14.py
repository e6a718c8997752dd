"""Knowledge-base breadth, session 14: the new data files load with their kinds and offices,
names the KB had under one spelling are found under the spellings other outlets use, and
no new alias or short form is an ordinary word or another person's name."""

from datetime import date

import pytest

from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import _load_yaml
from tests.knowledge.kb_checks import clitic_protecting_words, linked, ordinary_short_forms, session_ids


def _session_14_ids() -> set[str]:
    return session_ids(14, ("organizations", "places", "people", "events"))


def test_the_session_14_files_load_with_their_kinds():
    kb = knowledge_base()
    ids = _session_14_ids()
    assert len(ids) >= 70
    assert all(kb_id in kb.entries for kb_id in ids)
    kinds = {kb.entries[kb_id].category for kb_id in ids if kb_id.startswith("khabar:org/")}
    assert {"security", "company", "ministry", "party"} <= kinds
    assert kb.entries["khabar:place/safwan-crossing"].category == "crossing"
    assert kb.entries["khabar:place/sheikh-maqsoud"].category == "neighbourhood"


@pytest.mark.parametrize("text, kb_id", [
    ("شايع الزنداني", "khabar:person/shaya-al-zindani"),          # the KB wrote شائع
    ("فارسين أغابيكيان", "khabar:person/varsen-aghabekian"),      # the KB wrote أغابكيان
    ("سيكسيه ماسرا", "khabar:person/succes-masra"),               # the KB wrote سوكسيه
    ("رجب طيب أردوجان", "khabar:person/recep-tayyip-erdogan"),    # Egyptian ج for g
    ("أردوجان", "khabar:person/recep-tayyip-erdogan"),
    ("هرتسي هليفي", "khabar:person/herzi-halevi"),
    ("عباس عراقتشي", "khabar:person/abbas-araghchi"),             # تش for the Persian چ
    ("زيلنسكي", "khabar:person/volodymyr-zelenskyy"),
    ("إبراهيم كالن", "khabar:person/ibrahim-kalin"),
    ("دبرصيون جبر ميكائيل", "khabar:person/debretsion-gebremichael"),
    ("عبد اللطيف حموشي", "khabar:person/abdellatif-hammouchi"),   # without the article
    ("علي محمد الأمين زين", "khabar:person/ali-lamine-zeine"),
    ("هانا تيته", "khabar:person/hanna-tetteh"),
    ("إلبيت", "khabar:org/elbit-systems"),
    ("عثمان صالح", "khabar:person/osman-saleh-mohammed"),
])
def test_a_known_name_is_found_in_the_spelling_other_outlets_use(text, kb_id):
    assert kb_id in linked(text)


@pytest.mark.parametrize("kb_id, day, office", [
    ("khabar:person/succes-masra", date(2024, 3, 1), "head-of-government"),
    ("khabar:person/succes-masra", date(2024, 6, 1), None),
    ("khabar:person/allamaye-halina", date(2024, 6, 1), "head-of-government"),
    ("khabar:person/allamaye-halina", date(2024, 3, 1), None),
    ("khabar:person/mohsen-al-mandalawi", date(2024, 5, 1), "speaker"),
    ("khabar:person/mohsen-al-mandalawi", date(2024, 11, 15), None),
    ("khabar:person/amer-bisat", date(2025, 3, 1), "minister"),
    ("khabar:person/amer-bisat", date(2024, 12, 1), None),
    ("khabar:person/khaled-nouri", date(2024, 10, 1), "interior-minister"),
])
def test_a_new_office_holds_only_within_its_dates(kb_id, day, office):
    held = knowledge_base().entries[kb_id].office_on(day)
    assert (held or {}).get("office") == office


def _new_short_forms() -> list[str]:
    shorts = [s for person in _load_yaml("people-s14.yaml") for s in person.get("short") or []]
    # short forms this session added to older entries (other spellings of their surnames)
    return shorts + ["أغابيكيان", "دبرتسيون", "حموشي", "أردوجان", "هليفي", "عراقتشي", "زيلنسكي"]


def test_no_session_14_short_form_is_an_ordinary_word():
    """A surname that names the person alone must not be a word of the language news uses."""
    shorts = _new_short_forms()
    assert len(shorts) >= 10
    assert ordinary_short_forms(shorts) == []


@pytest.mark.parametrize("phrase", [
    "طويلة",           # long (fem.): Tawila only with its head noun
    "الطينة",          # the mud: Tine only with its head noun
    "صمود",            # steadfastness: the coalition only as تحالف صمود
    "أمن الدولة",       # the state's security, any state's service
    "الأمن الوطني",     # national security, any state's service
    "جهاز الأمن الوطني",  # Iraq's, Egypt's, Yemen's ... only with the state's name
    "تميم",            # Qatar's emir, not Iraq's planning minister
    "مكي",             # Meccan (الحرم المكي)
    "السيد",           # Mr, sayyid
    "كرامي",           # Lebanon's Karami family (عمر، فيصل كرامي), not the education minister
    "صندل",            # sandal(wood)
    "المرتضى",         # Lebanon's culture minister Mortada and Ali's epithet as much as the Houthi negotiator
    "بدر",             # a first name and the battle of Badr
    "هاني",            # a first name
    "برمة",            # a clay pot (Sudanese, Egyptian)
    "بلحاج",           # a common Maghrebi surname (the Algerian Ali Belhadj)
    "التاجوري",        # of Tajoura: a common Libyan surname
    "الفرطوسي",        # a common Iraqi surname
    "الميرغني",        # the whole Mirghani family
    "القرشي",          # every Islamic State leader's nom de guerre ends so
    "الرؤية",          # "the vision": a plan only with its country and year
    "رؤية",
])
def test_ordinary_words_and_shared_names_are_not_session_14_aliases(phrase):
    assert not linked(phrase) & _session_14_ids()


def test_a_development_plan_is_an_event_no_article_before_its_launch_names():
    vision = knowledge_base().entries["khabar:event/saudi-vision-2030"]
    assert vision.type == "EVENT"
    assert vision.begins_after(date(2015, 6, 1)) and not vision.begins_after(date(2016, 6, 1))



def test_no_session_14_alias_protects_a_clitic_on_a_common_word():
    """Every word of an alias is protected from clitic splitting (KnowledgeBase.name_words), so
    an alias word that is a proclitic on a frequent word, and that no older entry protected
    already, stops the tokenizer splitting it everywhere: "المديرية العامة لقوات الدرك" made
    "القيادة العامة لقوات سوريا الديمقراطية" lose the SDF, since لقوات no longer split."""
    assert clitic_protecting_words(_session_14_ids(), first_words=False) == []
