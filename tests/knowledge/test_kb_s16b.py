"""Knowledge-base breadth, session 16 second wave: the new files load with their kinds and types
(security services and parties of the US, UK, France, Germany, Russia and Ukraine; Lebanon's
districts GPE, its towns; Yemen's districts and towns), a title
another state's body shares or an ordinary word links to no new entry, no new alias is an
ordinary word or protects a clitic; and KB names written with the letters Maghrebi, Persian,
Kurdish and Mauritanian outlets use for foreign sounds (ڤ ڨ ڭ گ پ چ ژ ۆ ێ ڵ, folded by
khabar.text.normalise) link to the entries spelt with Arabic letters."""

import pytest

from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import _load_yaml
from tests.knowledge.kb_checks import clitic_protecting_words, linked, ordinary_short_forms, session_ids


def _new_ids() -> set[str]:
    return session_ids("16b", ("organizations", "places"))


def test_the_files_load_with_their_kinds_and_types():
    kb = knowledge_base()
    ids = _new_ids()
    assert len(ids) >= 60
    assert all(kb_id in kb.entries for kb_id in ids)
    assert all(kb.entries[kb_id].country for kb_id in ids)
    assert {"security", "party", "media", "parliament", "ministry", "company"} <= {
        kb.entries[kb_id].category for kb_id in ids if kb_id.startswith("khabar:org/")}
    assert kb.entries["khabar:place/chouf-district"].type == "GPE"
    assert kb.entries["khabar:place/aynata"].type == "GPE"
    assert kb.entries["khabar:place/al-shihr"].type == "GPE"
    assert kb.entries["khabar:org/sbu"].type == "ORG"


@pytest.mark.parametrize("phrase", [
    "المديرية العامة للأمن الداخلي",   # Algeria's DGSI as well as France's
    "حزب النهضة",                      # Tunisia's Ennahda
    "هيئة الغذاء والدواء",             # Saudi Arabia's SFDA
    "الحزب الديمقراطي الحر",           # Germany's and Switzerland's FDP
    "الخضر", "حزب الخضر",              # any country's greens; a name (الخضر)
    "المتن", "بشري", "المنية", "الغازية", "اللبوة", "ناسا", "يارين", "مشغرة",  # words
    "الطيبة", "مدينة البيضاء",          # towns two states have
    "وكالة الأمن القومي",               # any state's
    "بعبدا",                           # the presidential palace (قصر بعبدا) in Lebanese news
])
def test_shared_titles_and_ordinary_words_are_no_new_alias(phrase):
    assert not linked(phrase) & _new_ids()


def test_no_new_one_word_alias_is_an_ordinary_word_or_protects_a_clitic():
    singles = [alias for name in ("organizations-s16b.yaml", "places-s16b.yaml") for entry in _load_yaml(name)
               for alias in entry["ar"] if " " not in alias]
    assert len(singles) >= 15
    assert ordinary_short_forms(singles) == []
    assert clitic_protecting_words(_new_ids()) == []


@pytest.mark.parametrize("text, kb_id", [
    ("ولاية ورڨلة", "khabar:place/ouargla-province"),       # Algerian ڨ for g: ورقلة
    ("ڭلميم", "khabar:city/2548526"),                       # Moroccan ڭ: كلميم
    ("ولاية تگانت", "khabar:place/tagant"),                  # Mauritanian گ: تكانت
    ("مسعود پزشکیان", "khabar:person/masoud-pezeshkian"),    # Persian پ and ک: بزشكيان
    ("عباس عراقچی", "khabar:person/abbas-araghchi"),         # Persian چ and ی: عراقجي
    ("زاپوریژیا", "khabar:place/zaporizhzhia"),              # Persian پ, ژ: زابوريجيا
    ("ڤولوديمير زيلينسكي", "khabar:person/volodymyr-zelenskyy"),   # Levantine ڤ: فولوديمير
    ("مجموعة ڤاغنر", "khabar:org/wagner-group"),
    ("نێچیرڤان بارزانی", "khabar:person/nechirvan-barzani"),  # Kurdish ێ, چ, ڤ
    ("بافڵ طالباني", "khabar:person/bafel-talabani"),         # Kurdish ڵ
    ("دهۆک", "khabar:city/96994"),                          # Kurdish ۆ
])
def test_a_kb_name_written_with_outlets_extra_letters_links(text, kb_id):
    assert kb_id in linked(text)
