"""Knowledge-base breadth, session 17: facilities and places below the city.  The new files
load with their kinds and types (hospitals, prisons, airports, ports, fields and dams FAC;
squares, mountains, islands LOC; camps LOC; quarters by what they govern), a name is found in
the spellings other outlets use, a name two places share or an ordinary word links to no new
entry, no alias carries the town it stands in ("... في مقديشو" would swallow the town's own
mention), and no new alias is an ordinary word or protects a clitic on a common word."""

import pytest

from khabar.knowledge import knowledge_base
from khabar.knowledge.kb import _load_yaml
from tests.knowledge.kb_checks import (aliases_carrying_a_town, clitic_protecting_words, linked, names_a_place,
                                       ordinary_short_forms, session_ids)

FILES = ("organizations", "places")


def _session_17_ids() -> set[str]:
    return session_ids(17, FILES)


def test_the_session_17_files_load_with_their_kinds_and_types():
    kb = knowledge_base()
    ids = _session_17_ids()
    assert len(ids) >= 300
    assert all(kb_id in kb.entries for kb_id in ids)
    places = [kb.entries[kb_id] for kb_id in ids if kb_id.startswith("khabar:place/")]
    assert sum(entry.type == "FAC" for entry in places) >= 180
    assert kb.entries["khabar:place/mouwasat-hospital"].type == "FAC"
    assert kb.entries["khabar:place/al-sabeen-square"].type == "LOC"
    assert kb.entries["khabar:place/farchana-camp"].type == "LOC"
    assert kb.entries["khabar:place/barzeh"].type == "LOC"            # a quarter of Damascus (session 16)
    assert kb.entries["khabar:place/bab-al-tabbaneh"].type == "LOC"   # a quarter that governs nothing
    assert kb.entries["khabar:place/farchana-camp"].country == "TCD"
    assert kb.entries["khabar:org/dijlah-tv"].category == "media"
    assert all(kb.entries[kb_id].country for kb_id in ids
               if kb_id not in {"khabar:place/strait-of-gibraltar", "khabar:place/durra-gas-field"})


@pytest.mark.parametrize("text, kb_id", [
    ("مشفى المجتهد", "khabar:place/mujtahid-hospital"),           # Syrian مشفى for مستشفى
    ("مطار أبو الضهور العسكري", "khabar:place/abu-al-duhur-airbase"),  # ض for ظ
    ("سجن قرتشك", "khabar:place/qarchak-prison"),
    ("ضريح شاه چراغ", "khabar:place/shah-cheragh"),              # Persian چ folds to ج
    ("قصر دولما بهجة", "khabar:place/dolmabahce-palace"),
    ("مطار أنجمينا الدولي", "khabar:place/ndjamena-airport"),      # Chadian أنجمينا
    ("قاعدة فلامنجو", "khabar:place/flamingo-naval-base"),         # Egyptian ج for g
    ("مصفى بيجي", "khabar:place/baiji-refinery"),                  # Iraqi مصفى
    ("سدة سامراء", "khabar:place/samarra-barrage"),                # Iraqi سدة
    ("مستشفيات البشير", "khabar:place/al-bashir-hospital"),         # Jordanian plural
    ("مديرية حمرويني", "khabar:place/hamar-weyne-district"),
    ("حقل بابا كركر", "khabar:place/baba-gurgur"),
    ("سجن الناصرية المركزي", "khabar:place/nasiriyah-central-prison"),
    ("سادكوب", "khabar:org/sadcop"),
    ("الخطوط الجوية السورية", "khabar:org/syrian-air"),             # an older entry's missing form
    ("غرفة عمليات ردع العدوان", "khabar:org/military-operations-command-syria"),
])
def test_a_name_is_found_in_the_spelling_other_outlets_use(text, kb_id):
    assert kb_id in linked(text)


@pytest.mark.parametrize("phrase", [
    "مستشفى الثورة",     # Sanaa's, Taiz's and Hodeidah's
    "ساحة الشهداء",      # Beirut's and Algiers'
    "ساحة التحرير",      # Baghdad's and Sanaa's
    "ميدان التحرير",     # Cairo's and Sanaa's
    "الأشرفية",          # Beirut's and Aleppo's
    "قصر الشعب",         # Damascus' and Algiers'
    "القصر الجمهوري",    # every republic's
    "الدورة", "السكري", "الصحافة", "الجميزة", "الكرنتينا", "مصفح", "يعبد", "بيتا", "كافوري",
    "مسجد الروضة",       # many mosques
    "كنيسة مار إلياس",   # many churches
    "مقام الشهيد",       # any martyr's shrine
    "الدوار الرابع",     # any city's fourth roundabout
    "العتبة الحسينية",   # the shrine's administration, a body, not the building
    "مصفاة الشعيبة",     # Basra's and Kuwait's
    "سد الوحدة",         # Jordan's and Morocco's
])
def test_shared_names_and_ordinary_words_are_not_session_17_aliases(phrase):
    assert not linked(phrase) & _session_17_ids()


def test_no_alias_carries_the_town_it_stands_in():
    """"مستشفى رجب طيب أردوغان في مقديشو" as one alias would take مقديشو into the hospital's span,
    where the gold lists the hospital and the city apart."""
    aliases = [a for name in FILES for e in _load_yaml(f"{name}-s17.yaml") for a in e.get("ar") or []]
    assert len(aliases) >= 500

    assert aliases_carrying_a_town(aliases) == []
    assert names_a_place(["مقديشو"]) and not names_a_place(["تي", "في"])


def test_no_session_17_alias_is_an_ordinary_word_or_protects_a_clitic():
    singles = [a for name in FILES for e in _load_yaml(f"{name}-s17.yaml") for a in e.get("ar") or [] if " " not in a]
    assert len(singles) >= 10
    assert ordinary_short_forms(singles) == []
    assert clitic_protecting_words(_session_17_ids()) == []


@pytest.mark.parametrize("port, town", [
    ("ميناء أم قصر", "أم قصر"), ("ميناء المخا", "المخا"), ("ميناء البريقة", "البريقة"), ("ميناء راس لانوف", "راس لانوف"),
])
def test_a_port_is_a_facility_apart_from_its_town(port, town):
    """Older files listed "ميناء أم قصر" as a form of the town (GPE); the gold types the port FAC."""
    kb = knowledge_base()
    port_ids, town_ids = linked(port), linked(town)
    assert port_ids and all(kb.entries[i].type == "FAC" for i in port_ids)
    assert not port_ids & town_ids
