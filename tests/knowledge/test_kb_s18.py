"""Knowledge-base breadth, session 18: facilities and places below the city, ministries named
with their state's nisba beyond the five portfolios organizations-ministries.yaml lists, police
forces, armed groups and office holders.  The new files load with their kinds and types, every
ministry is a GOV ministry of an Arab League state named "وزارة <portfolio> <nisba>", a name two
bodies or places share links to no new entry, no alias carries the town a facility stands in,
and no new alias is an ordinary word or protects a clitic on a common word (the long portfolio
names with و, "والماء", "والنفط", are left out for that)."""

import pytest

from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import _load_yaml
from tests.knowledge.kb_checks import (aliases_carrying_a_town, linked, session_alias_defects,
                                       session_ids)

FILES = ("organizations", "places", "people")


def _session_18_ids() -> set[str]:
    return session_ids(18, FILES)


def test_the_session_18_files_load_with_their_kinds_and_types():
    kb = knowledge_base()
    ids = _session_18_ids()
    assert len(ids) >= 180
    assert all(kb_id in kb.entries for kb_id in ids)
    places = [kb.entries[kb_id] for kb_id in ids if kb_id.startswith("khabar:place/")]
    assert sum(entry.type == "FAC" for entry in places) >= 60
    assert kb.entries["khabar:place/hama-national-hospital"].type == "FAC"
    assert kb.entries["khabar:place/al-mutanabbi-street"].type == "LOC"
    assert kb.entries["khabar:place/jabal-sbeih"].type == "LOC"
    assert kb.entries["khabar:place/marka-camp"].type == "LOC"
    assert kb.entries["khabar:place/hobyo"].type == "GPE"
    assert kb.entries["khabar:org/justice-ministry-sudan"].country == "SDN"
    assert kb.entries["khabar:person/mustafa-ghaleb-mukhif"].country == "IRQ"
    assert all(kb.entries[kb_id].country for kb_id in ids)


def test_every_new_ministry_is_named_with_its_state():
    """Each alias is "وزارة <portfolio> <feminine nisba>": a bare "وزارة العدل" names whichever
    state the article is about and must stay unlinked."""
    ministries = [e for e in _load_yaml("organizations-s18.yaml") if e.get("kind") == "ministry"]
    assert len(ministries) >= 70
    for entry in ministries:
        assert entry["sector"] == "GOV"
        for alias in entry["ar"]:
            words = alias.split()
            assert words[0] == "وزارة" and len(words) >= 3 and words[-1].endswith("ية"), alias


@pytest.mark.parametrize("text, kb_id", [
    ("مشفى حماة الوطني", "khabar:place/hama-national-hospital"),        # Syrian مشفى
    ("مستشفى السويداء الوطني", "khabar:place/suwayda-national-hospital"),
    ("مطار الصقال", "khabar:place/sayqal-airbase"),
    ("مستشفى خليل سليمان", "khabar:place/jenin-governmental-hospital"),  # Jenin's hospital by its name
    ("مصفاة صافر", "khabar:place/marib-refinery"),
    ("معبر الجوسية", "khabar:place/jousieh-crossing"),                  # an older entry's missing form
    ("معبر فيش خابور", "khabar:place/semalka-crossing"),
    ("رأس اجدير", "khabar:place/ras-ajdir-crossing"),                   # Libyan اجدير
    ("أم بدة", "khabar:place/ombada"),
    ("مستشفى الجامعة الأميركية", "khabar:place/aubmc"),
    ("البنك المركزي الليبي", "khabar:org/central-bank-of-libya"),
    ("وزارة التربية الوطنية الجزائرية", "khabar:org/education-ministry-algeria"),
    ("وزارة الشؤون الدينية والأوقاف السودانية", "khabar:org/awqaf-ministry-sudan"),
    ("النخبة الشبوانية", "khabar:org/shabwani-elite-forces"),
    ("إحسان عبدالجبار", "khabar:person/ihsan-abdul-jabbar-ismail"),
    ("مستشفى القصر العيني", "khabar:place/qasr-el-aini-hospital"),      # an older entry's missing form
    ("منشية ناصر", "khabar:place/manshiyat-naser"),
    ("ثلاث نيعقوب", "khabar:place/talat-nyaaqoub"),                     # Moroccan تلات / ثلاث
    ("عين قزام", "khabar:place/in-guezzam"),
    ("معبر جوج بغال", "khabar:place/zouj-bghal-crossing"),              # Moroccan جوج for زوج
    ("مصفاة جيزان", "khabar:place/jazan-refinery"),
    ("قيادة العمليات المشتركة", "khabar:org/iraqi-joint-operations-command"),
])
def test_a_name_is_found_in_the_spelling_other_outlets_use(text, kb_id):
    assert kb_id in linked(text)


@pytest.mark.parametrize("phrase", [
    "وزارة العدل", "وزارة الإعلام", "وزارة النفط",   # whose state the article tells
    "الجيش الليبي",          # claimed by both Libyan camps
    "الحكومة الليبية",       # two governments
    "مستشفى الصدر التعليمي",  # Najaf's and Basra's
    "الباب الشرقي",          # Baghdad's and Damascus'
    "ميناء طرابلس",          # Libya's and Lebanon's
    "جامعة طرابلس",          # Libya's and Lebanon's
    "مستشفى ابن سينا",       # many towns'
    "مستشفى العودة",         # Jabalia's and Nuseirat's (older entries tell them by town)
    "هيئة النزاهة",          # Iraq's and, at the head of a longer name, Jordan's
    "حي التضامن",            # Damascus' and Tunis'
    "مسجد الإمام الصادق",    # Kuwait's and many others
    "كرري", "طويلة", "كتم", "الفولة", "سحاب", "الأزرق", "الخيام", "عبدون", "بلي",
    "شبرا", "الخبر", "سترة", "جرادة", "الكرم", "المرسى", "المعادي", "وربة", "كريمة", "باردو",
])
def test_shared_names_and_ordinary_words_are_not_session_18_aliases(phrase):
    assert not linked(phrase) & _session_18_ids()


def test_no_alias_carries_the_town_it_stands_in():
    aliases = [a for name in FILES for e in _load_yaml(f"{name}-s18.yaml") for a in e.get("ar") or []]
    assert len(aliases) >= 250

    assert aliases_carrying_a_town(aliases, joiners=("في", "وسط", "ب")) == []
    assert aliases_carrying_a_town(["مستشفى الشفاء في غزة"]) == ["مستشفى الشفاء في غزة"]


def test_no_session_18_alias_is_an_ordinary_word_or_protects_a_clitic():
    singles, defects = session_alias_defects(18, FILES)
    assert singles >= 5 and defects == []


def test_every_office_has_dates():
    offices = [o for e in _load_yaml("people-s18.yaml") for o in e.get("offices") or []]
    assert offices and all(o.get("start") for o in offices)
