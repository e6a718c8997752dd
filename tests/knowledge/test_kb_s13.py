"""Knowledge-base breadth, session 13: theophoric names written joined or apart, and the new
data files' short forms and aliases."""

import pytest

from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import _abd_spellings, _load_yaml
from khabar.text.normalise import normalise_word


def _linked(text: str) -> set[str]:
    return {e.kb for e, _ in knowledge_base().lookup(tuple(normalise_word(text).split()))}


@pytest.mark.parametrize("names, other", [
    (["عبد الله بو حبيب"], ["عبدالله بو حبيب"]),
    (["عبداللطيف الزياني"], ["عبد اللطيف الزياني"]),
    # every compound of a name is written the other way at once, both ways round
    (["عبدالله بن عبد العزيز"], ["عبدالله بن عبدالعزيز", "عبد الله بن عبد العزيز"]),
    (["جامعة الملك عبد العزيز"], ["جامعة الملك عبدالعزيز"]),
])
def test_a_theophoric_compound_has_its_other_spelling(names, other):
    assert _abd_spellings(names) == other


@pytest.mark.parametrize("name", ["عبد ربه منصور هادي", "عبدو حسين", "محمد عبد", "عبدي فارح"])
def test_no_other_spelling_without_a_compound_of_the_article(name):
    # "عبد ربه" has no article after عبد; "عبدو", "عبدي" are names of their own
    assert _abd_spellings([name]) == []


@pytest.mark.parametrize("text, kb_id", [
    ("عبداللطيف الزياني", "khabar:person/abdullatif-al-zayani"),   # the data writes it apart
    ("راشد بن عبدالله آل خليفة", "khabar:person/rashid-bin-abdullah"),
    ("عبد اللطيف آل الشيخ", "khabar:person/abdullatif-al-sheikh"),   # the data writes it joined
    ("مطار الأمير محمد بن عبد العزيز", "khabar:place/prince-mohammad-airport"),
])
def test_the_kb_finds_a_name_in_either_spelling(text, kb_id):
    assert kb_id in _linked(text)


def test_no_session_13_short_form_is_an_ordinary_word():
    """A surname that names the person alone must not be a word of the language news uses."""
    from khabar.text.clitics import _zipf_table
    from khabar.text.lexicon import default_lexicon
    lexicon, zipf = default_lexicon(), _zipf_table()
    shorts = [s for person in _load_yaml("people-s13.yaml") for s in person.get("short") or []]
    assert shorts
    assert [s for s in shorts if normalise_word(s) in lexicon and zipf.get(normalise_word(s), 0.0) >= 1.5] == []


@pytest.mark.parametrize("phrase", [
    "مبادلة",          # exchange (مبادلة الأسرى)
    "الشباب السعودي",   # the Saudi youth
    "الاتفاق السعودي",  # the Saudi agreement
    "الطيران العماني",  # Oman's air force as much as its airline
    "الجوية الجزائرية", # of القوات الجوية الجزائرية
    "العقبة",          # the obstacle
    "الحسنة",          # the good deed
    "ينبع",            # it springs
    "جنيف 2",          # a dateline: جنيف 2 يونيو
    "الوعد الصادق",     # Hezbollah's 2006 raid and Iran's 2024 strike
    "معركة الكرامة",    # Jordan's 1968 battle and the Sudanese army's war since 2023
    "الثورة السورية",   # the 2011 uprising, not the civil war's entry (the event patterns name it)
])
def test_ordinary_words_and_shared_names_are_not_session_13_aliases(phrase):
    new_ids = {f"khabar:{kind}/{e['id']}" for kind, pattern in
               [("org", "organizations-s13.yaml"), ("place", "places-s13.yaml"), ("event", "events-s13.yaml"),
                ("person", "people-s13.yaml")] for e in _load_yaml(pattern)}
    assert not _linked(phrase) & new_ids
