"""Knowledge-base breadth, session 15 second pass: the new data files load with their kinds,
the short forms outlets use for bodies the KB had (البرلمان الليبي، الشرطة المغربية) and other
spellings of its people and places link to them, a title every state's body shares links to
no one state's body without its nisba, and no new alias is an ordinary word, opens a name with
one, or protects a clitic on a common word (Sudan's NISS, جهاز الأمن والمخابرات الوطني, is left
out: its والمخابرات would stop "الأمن والمخابرات" splitting everywhere)."""

import pytest

from khabar.knowledge import knowledge_base
from tests.knowledge.kb_checks import clitic_protecting_words, linked, ordinary_given_names, session_ids


def _new_ids() -> set[str]:
    return session_ids("15b", ("organizations", "places"))


def test_the_second_pass_files_load_with_their_kinds_and_types():
    kb = knowledge_base()
    ids = _new_ids()
    assert len(ids) >= 25
    assert all(kb_id in kb.entries for kb_id in ids)
    assert {kb.entries[i].category for i in ids if i.startswith("khabar:org/")} >= {"court", "government", "security"}
    assert kb.entries["khabar:place/ceuta"].type == "GPE"
    assert kb.entries["khabar:place/al-hawban"].country == "YEM"
    assert all(kb.entries[kb_id].country for kb_id in ids)


@pytest.mark.parametrize("text, kb_id", [
    ("البرلمان الليبي", "khabar:org/libyan-house-of-representatives"),
    ("البرلمان الكويتي", "khabar:org/kuwait-national-assembly"),
    ("البرلمان الموريتاني", "khabar:org/mauritanian-national-assembly"),
    ("البرلمان التونسي", "khabar:org/tunisian-assembly"),
    ("الشرطة المغربية", "khabar:org/morocco-dgsn"),
    ("المحكمة الاتحادية العليا العراقية", "khabar:org/iraqi-federal-supreme-court"),
    ("رمطان العمامرة", "khabar:person/ramtane-lamamra"),
    ("أيمن بن عبد الرحمان", "khabar:person/aymen-benabderrahmane"),   # Algerian ان
    ("شوغل مايغا", "khabar:person/choguel-kokalla-maiga"),
    ("دبرصيون جبرمكائيل", "khabar:person/debretsion-gebremichael"),
    ("معسكر كلمة", "khabar:place/kalma-camp"),                          # Sudanese معسكر for a camp
    ("تبستي", "khabar:place/tibesti"),
    ("جوندر", "khabar:place/gondar"),                                   # Egyptian ج for g
    ("جكجكا", "khabar:place/jijiga"),
])
def test_a_known_body_or_name_is_found_in_the_form_other_outlets_use(text, kb_id):
    assert kb_id in linked(text)


@pytest.mark.parametrize("phrase", [
    "محكمة النقض", "النيابة العامة", "مجلس القضاء الأعلى", "المحكمة العليا",   # every state's
    "المحكمة الدستورية العليا",   # Egypt's and Palestine's
    "مقلي", "جرادة", "كرن", "عتق",   # fried, a locust, ..., manumission
    "البرلمان الجزائري",   # two chambers: not one body
])
def test_shared_titles_and_ordinary_words_are_not_second_pass_aliases(phrase):
    new = _new_ids() | {"khabar:org/egypt-court-of-cassation", "khabar:org/libya-supreme-court"}
    assert not linked(phrase) & new
    assert "khabar:org/algerian-national-peoples-assembly" not in linked(phrase)


def test_no_second_pass_name_opens_with_an_ordinary_word_or_protects_a_clitic():
    ids = _new_ids()
    assert ordinary_given_names(ids) == []
    assert clitic_protecting_words(ids) == []
