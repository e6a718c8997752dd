"""Knowledge-base breadth, session 19: the police commands of provinces (Iraq's governorates,
Yemen's south, Jordan's directorates, the northern emirates, Khartoum State), civil defence and
civil protection services and state radios named with their state, facilities and places below
the city (Kuwait's district hospitals, Baghdad's quarters, south Lebanon's villages, Yemen's
districts, Khartoum's bridges) and office holders.  The new files load with their kinds and
types; every provincial police command names its province and every civil-defence body its state,
so the bare "الشرطة" / "الدفاع المدني" link nothing; no alias carries the town a facility stands
in, is an ordinary word, opens a person's name with a title or protects a clitic on a common word."""

import pytest

from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import _load_yaml
from tests.knowledge.kb_checks import (aliases_carrying_a_town, linked, names_a_place,
                                       session_alias_defects, session_ids)

FILES = ("organizations", "places", "people")


def _session_19_ids() -> set[str]:
    return session_ids(19, FILES)


# An entry of each new kind, with the entity type its kind gives.
EXPECTED_TYPES = {"khabar:org/diyala-police-command": "ORG", "khabar:place/adan-hospital": "FAC",
                  "khabar:place/western-ghouta": "LOC", "khabar:place/zayouna": "LOC",
                  "khabar:place/tor-al-baha": "GPE", "khabar:place/karak-city": "GPE",
                  "khabar:person/kamel-al-wazir": "PER"}


def test_the_session_19_files_load_with_their_kinds_and_types():
    entries = knowledge_base().entries
    new = [entries.get(kb_id) for kb_id in _session_19_ids()]
    assert len(new) >= 120 and None not in new and all(entry.country for entry in new)
    assert {kb_id: entries[kb_id].type for kb_id in EXPECTED_TYPES} == EXPECTED_TYPES
    assert entries["khabar:place/upper-nile-state"].country == "SSD"


def test_every_police_command_names_its_province():
    """Each alias of a police command is "شرطة <place>" with optional "قيادة"/"مديرية" before
    and "محافظة"/"ولاية" between: the place words alone name a place the KB knows."""
    police = [e for e in _load_yaml("organizations-s19.yaml") if "-police" in e["id"]]
    assert len(police) >= 35
    for entry in police:
        for alias in entry["ar"]:
            words = alias.split()
            head = "شرطة" if "شرطة" in words else "أمن"          # "إدارة أمن عدن"
            rest = words[words.index(head) + 1:]
            if rest and rest[0] in ("محافظة", "ولاية"):
                rest = rest[1:]
            assert rest and (names_a_place(rest) or names_a_place(["محافظة", *rest])), alias


def test_every_civil_defence_body_names_its_state():
    bodies = [e for e in _load_yaml("organizations-s19.yaml") if "civil" in e["id"]]
    assert len(bodies) >= 12
    for entry in bodies:
        for alias in entry["ar"]:
            assert alias.split()[-1].endswith(("ي", "ية")), alias


@pytest.mark.parametrize("text, kb_id", [
    ("شرطة ديالى", "khabar:org/diyala-police-command"),
    ("قيادة شرطة محافظة البصرة", "khabar:org/basra-police-command"),
    ("مديرية شرطة معان", "khabar:org/maan-police-directorate"),
    ("الدفاع المدني المصري", "khabar:org/egyptian-civil-protection"),     # Egypt's is الحماية المدنية
    ("قوة الإطفاء العام", "khabar:org/kuwait-fire-force"),
    ("مصفاة الشعيبة", "khabar:place/shuaiba-refinery"),                   # مصفى / مصفاة
    ("حقل خورمور", "khabar:place/khor-mor-gas-field"),                    # an older entry's missing form
    ("مديرية ذو باب", "khabar:place/dhubab"),                              # an older entry's missing form
    ("كبري المنشية", "khabar:place/manshiya-bridge"),                      # Sudanese كبري
    ("تاكونيت", "khabar:place/tagounite"),
])
def test_a_name_is_found_in_the_spelling_other_outlets_use(text, kb_id):
    assert kb_id in linked(text)


@pytest.mark.parametrize("phrase", [
    "الشرطة", "الدفاع المدني", "الحماية المدنية", "الإذاعة الوطنية",   # whose state the article tells
    "محكمة أمن الدولة",       # Jordan's, and Egypt's emergency state security courts
    "الإطفاء العام",
    "الرصافة",               # Baghdad's and Raqqa's
    "ذيبان",                 # Syria's and Jordan's
    "العباسية",              # Cairo's quarter and a Lebanese town
    "ساحة الأندلس",
    "خيطان", "هجين", "حارم", "المضاربة", "السجانة", "البلديات", "ذباب",   # ordinary words
    "الحاج يوسف", "علي يوسف", "عثمان حسين", "أحمد فهمي",             # a person's, or too common
    "حزام الأسد", "الفريق",
])
def test_shared_names_and_ordinary_words_are_not_session_19_aliases(phrase):
    assert not linked(phrase) & _session_19_ids()


def test_no_alias_carries_the_town_it_stands_in():
    aliases = [a for name in FILES for e in _load_yaml(f"{name}-s19.yaml") for a in e.get("ar") or []]
    assert len(aliases) >= 250
    assert aliases_carrying_a_town(aliases, joiners=("في", "وسط", "ب")) == []


def test_no_session_19_alias_is_an_ordinary_word_or_protects_a_clitic():
    singles, defects = session_alias_defects(19, FILES)
    assert singles >= 10 and defects == []


def test_no_person_alias_opens_with_a_title():
    """A full name opening with a rank or title ("الفريق كامل الوزير") makes the title a given
    name the entities stage trusts: "الفريق أول" became a person in every Sudanese article."""
    from khabar.text.normalise import normalise_word
    titles = {normalise_word(w) for w in ("الفريق", "اللواء", "العميد", "العقيد", "الشيخ", "الرئيس",
                                          "الوزير", "الدكتور", "المشير", "السيد")}
    people = _load_yaml("people-s19.yaml")
    assert len(people) >= 5
    for person in people:
        for alias in person["ar"]:
            assert normalise_word(alias.split()[0]) not in titles, alias


def test_every_office_has_dates():
    offices = [o for e in _load_yaml("people-s19.yaml") for o in e.get("offices") or []]
    assert offices and all(o.get("start") for o in offices)
