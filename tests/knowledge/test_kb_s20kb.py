"""Knowledge-base breadth, session 20 (helper kb4): municipalities and city secretariats named with
their town, republican guards named with their state, Lebanon's and Libya's public bodies and
companies, Chad's and Mauritania's chambers and parties, the Maghreb's unions, the Gulf's islands,
quarters of Aleppo, Homs, Damascus and Baghdad, Amman's circles and a few office holders.  The new
files load with their kinds and types; every municipality names a town the KB knows, so the bare
"البلدية" or "الحرس الجمهوري" links nothing; no alias carries the town a facility stands in, is an
ordinary word, opens a person's name with a title or protects a clitic on a common word; older
entries found the spellings outlets write (bare طنب الكبرى، صنافير; Syrian مشفى)."""

import pytest

from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import _load_yaml
from khabar.text.normalise import normalise_word
from tests.knowledge.kb_checks import (aliases_carrying_a_town, linked, names_a_place,
                                       session_alias_defects, session_ids)

FILES = ("organizations", "places", "people")
SESSION = "20kb"


def _new_ids() -> set[str]:
    return session_ids(SESSION, FILES)


def _new_entries(name: str) -> list[dict]:
    return _load_yaml(f"{name}-s{SESSION}.yaml")


# An entry of each new kind, with the entity type its kind gives.
EXPECTED_TYPES = {"khabar:org/gaza-municipality": "ORG", "khabar:org/syrian-republican-guard": "ORG",
                  "khabar:place/balhaf-lng": "FAC", "khabar:place/amman-fourth-circle": "LOC",
                  "khabar:place/das-island": "LOC", "khabar:place/bayaa-baghdad": "LOC",
                  "khabar:place/nahrawan": "GPE", "khabar:person/henri-khoury": "PER"}


def test_the_new_files_load_with_their_kinds_and_types():
    entries = knowledge_base().entries
    new = [entries.get(kb_id) for kb_id in _new_ids()]
    assert len(new) >= 90 and None not in new and all(entry.country for entry in new)
    assert {kb_id: entries[kb_id].type for kb_id in EXPECTED_TYPES} == EXPECTED_TYPES


def test_every_municipality_names_a_town_the_kb_knows():
    """Each alias of a municipality or city secretariat is "بلدية|أمانة [مدينة|منطقة|محافظة] <town>"
    and the town words name a place, alone or after مدينة / بلدة (البيرة alone is "the beer", الخيام
    "the tents"): the body is told by its town, never bare."""
    bodies = [e for e in _new_entries("organizations") if e["id"].endswith("-municipality")
              or e["id"].startswith("amanat-")]
    assert len(bodies) >= 20
    for entry in bodies:
        for alias in entry["ar"]:
            head, *rest = alias.split()
            assert head in ("بلدية", "أمانة"), alias
            if rest and rest[0] in ("مدينة", "منطقة", "محافظة"):
                rest = rest[1:]
            if rest and rest[-1] == "الكبرى":              # أمانة عمان الكبرى
                rest = rest[:-1]
            assert rest and any(names_a_place(head + rest) for head in ([], ["مدينة"], ["بلدة"])), alias


def test_no_new_alias_is_an_older_entrys():
    """A new entry never repeats an alias of an older one (which would split one thing in two)."""
    entries = knowledge_base().entries
    new = _new_ids()
    for kb_id in new:
        for alias in entries[kb_id].aliases:
            assert not linked(" ".join(alias.words)) - new, (kb_id, alias.words)


@pytest.mark.parametrize("text, kb_id", [
    ("طنب الكبرى", "khabar:place/greater-tunb"),              # bare, as in "جزر طنب الكبرى وطنب الصغرى"
    ("صنافير", "khabar:place/sanafir-island"),
    ("تيران", "khabar:place/tiran-island"),
    ("مشفى المواساة", "khabar:place/mouwasat-hospital"),       # Syrian outlets' مشفى
    ("مطار ديوري هاماني", "khabar:place/niamey-airport"),
    ("كوبري أكتوبر", "khabar:place/6th-october-bridge"),
    ("الكلاسة", "khabar:place/al-kalasa"),
    ("أمانة عمان", "khabar:org/greater-amman-municipality"),
    ("بلدية خانيونس", "khabar:org/khan-younis-municipality"),
])
def test_a_name_is_found_in_the_spelling_outlets_write(text, kb_id):
    assert kb_id in linked(text)


@pytest.mark.parametrize("phrase", [
    "البلدية", "المجلس البلدي", "الأمانة العامة", "أمانة العاصمة",   # whose town the article tells
    "الحرس الجمهوري", "الحرس الرئاسي", "المخابرات",                 # whose state the article tells
    "الشعلة", "المشهد", "الشعار", "البياع", "براوة",                # ordinary words, or "in Rawa"
    "الشيخ عثمان",                                                   # a title and a name
    "جزيرة وربة", "نجم الجبوري",                # left out: وربة "and his Lord", نجم "star" as a given name
    "وزارة الطاقة والمياه اللبنانية",            # left out: "والمياه" would stop "و + المياه" splitting
    "حي الأشرفية", "حي صلاح الدين", "ساحة الساعة", "شارع الستين",     # several towns'
])
def test_shared_names_and_ordinary_words_are_not_new_aliases(phrase):
    assert not linked(phrase) & _new_ids()


def test_no_alias_carries_the_town_it_stands_in():
    aliases = [a for name in FILES for e in _new_entries(name) for a in e.get("ar") or []]
    assert len(aliases) >= 120
    assert aliases_carrying_a_town(aliases, joiners=("في", "وسط", "ب")) == []


def test_no_new_alias_is_an_ordinary_word_or_protects_a_clitic():
    singles, defects = session_alias_defects(SESSION, FILES)
    assert singles >= 8 and defects == []


def test_no_person_alias_opens_with_a_title_and_every_office_has_dates():
    titles = {normalise_word(w) for w in ("الفريق", "اللواء", "العميد", "الشيخ", "الرئيس", "الوزير",
                                          "الدكتور", "المحافظ", "السيد")}
    people = _new_entries("people")
    assert len(people) >= 5
    for person in people:
        for alias in person["ar"]:
            assert normalise_word(alias.split()[0]) not in titles, alias
        assert person["offices"] and all(o.get("start") and "end" in o for o in person["offices"])
