"""Knowledge base, round s33 (helper entities): news spellings of world cities that geonames writes
otherwise (they join the generated city) and three cities the generated list lacks."""

import pytest

from khabar.knowledge import knowledge_base
from tests.knowledge.kb_checks import linked, ordinary_short_forms, session_entries


# City names the lexicon lists as names, with no other reading (checked: none is a word of the language)
LISTED_CITY_NAMES = {"كانبيرا", "كراكاس", "سيئول", "جاكرتا"}


def test_the_new_aliases_are_no_ordinary_words():
    """No one-word alias of the file is an ordinary word of the lexicon (tests/knowledge/kb_checks.py),
    but the city names the lexicon lists as names."""
    singles = [a for e in session_entries("33ent", "places") for a in e["ar"] if " " not in a]
    assert len(singles) >= 9 and set(ordinary_short_forms(singles)) <= LISTED_CITY_NAMES


@pytest.mark.parametrize("text, name", [
    ("كانبيرا", "Canberra"), ("كراكاس", "Caracas"), ("سيئول", "Seoul"), ("جاكرتا", "Jakarta"),
    ("زيوريخ", "Zürich"), ("شنغهاي", "Shanghai"), ("مكسيكو سيتي", "Mexico City"),
])
def test_news_spellings_join_the_generated_city(text, name):
    entries = knowledge_base().entries
    assert any(entries[kb_id].name == name and entries[kb_id].kind == "city" for kb_id in linked(text))


@pytest.mark.parametrize("text, kb_id", [("كوناكري", "khabar:place/conakry"), ("سوتشي", "khabar:place/sochi"),
                                         ("دافوس", "khabar:place/davos")])
def test_cities_the_generated_list_lacks_are_places(text, kb_id):
    assert kb_id in linked(text) and knowledge_base().entries[kb_id].type == "GPE"
