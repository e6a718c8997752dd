"""The event STATUS battery of round s21 (tests/events/data/status_probes_s21.yaml): composed sentences in many
outlets' styles with the status each coded event must carry (acts demanded or called for, willingness, a hedge
before a derived imperfect, further acts of a list agreed on, aid announced after its masdar, and near-misses that
stay asserted), and unit tests of the round's status mechanisms (khabar/events/code.py; triggers.yaml lists)."""

from datetime import date
from pathlib import Path

import pytest
import yaml

import khabar
from khabar.events.code import (_agreed_conjunct, _announced_pending, _continued, _demanded, _derived_imperfect,
                                _governed_future, _hedged, _n, _previously, _sought, _status,
                                triggers)
from tests.events.test_event_date_batteries import probe_params
from tests.events.test_status_probes_s20 import _words, assert_statuses, assert_well_formed
from tests.events.test_events_trigger_probes import coded_triggers  # noqa: F401  (spies on code_sentence)

DATA = yaml.safe_load((Path(__file__).parent / "data" / "status_probes_s21.yaml").read_text("utf-8"))
PROBES = DATA["probes"]
PUBLISHED = date(2025, 3, 10)


def test_status_battery_is_well_formed():
    assert_well_formed(PROBES, 20)


@pytest.mark.parametrize("probe", probe_params(PROBES))
def test_status_probe(probe, coded_triggers):
    assert_statuses(probe, probe.get("published", DATA["published"]), coded_triggers)


# --- the round's mechanisms one by one (words pre-split as the tokenizer splits them: _words)


def test_the_round_lists_load_normalised():
    t = triggers()
    assert {"طالب", "دعت", "داعيا", "تطالب", "ناشدت"} <= t["demands"] and t["demand_links"] == {"الي", "ب"}
    assert "عقد" in t["demand_light"] and t["demand_reach"] >= 3
    assert {"PROTEST", "CONSULT"} == t["called_types"] and "استعداد" in t["willing"]
    assert t["willing"] <= t["hedge_cues"]


def test_an_act_demanded_or_called_for():
    assert _demanded(_words("و دعت المفوضيه الي اطلاق سراح المهاجرين"), 4)
    assert _demanded(_words("و تطالب بغداد ب انسحاب القوات"), 4)
    assert _demanded(_words("داعيا البرلمان الي عقد جلسه استثنائيه"), 4)               # past a masdar of holding
    assert _demanded(_words("و دعا التجمع الي العصيان المدني و الاضراب العام"), 7)     # a further act of the list
    assert not _demanded(_words("و طالب المحتجون ب محاسبه المسؤولين عن الهجوم"), 7)    # عن: another act
    assert not _demanded(_words("و دعا الي وقف الهجوم"), 4)                            # the ceasefire is asked for
    assert not _demanded(_words("و دعا الرئيس ، الي الاجتماع"), 4)                     # a clause break
    assert not _demanded(_words("و قال الوزير ان الجيش ب دأ الهجوم"), 6)                # no demand


def test_the_demanded_status_follows_the_type(coded_triggers):
    khabar.read("تمهيد.", published="2025-03-10")
    coded_triggers.clear()
    khabar.read("ودعت النقابات إلى إضراب عام، وناشدت الأسر السلطات بالإفراج عن المعتقلين.", published="2025-03-10")
    statuses = {e.type: e.status for e in coded_triggers}
    assert statuses.get("PROTEST") == "future" and statuses.get("RETREAT") == "hypothetical"
    assert statuses.get("REQUEST") == "asserted"                                       # the call itself is made


def test_willingness_is_hypothetical():
    assert _hedged(_words("و ابدت الامم المتحده استعداد ها ل تقديم الدعم"), 0, 8)
    assert _hedged(_words("و الحكومه علي استعداد ل التفاوض"), 0, 5)
    assert not _hedged(_words("في اطار استعداد القوات ل شن هجوم"), 0, 6)              # preparing: no pronoun, no على
    assert _status(_words("و ابدت الامم المتحده استعداد ها ل تقديم الدعم"), 8, None, PUBLISHED) == "hypothetical"


def test_a_hedge_before_a_derived_imperfect():
    assert _derived_imperfect(_n("ترسل")) and _derived_imperfect(_n("تستهدف")) and _derived_imperfect(_n("يطلق"))
    assert not _derived_imperfect(_n("استهدف")) and not _derived_imperfect(_n("تقرير"))
    assert _status(_words("ان واشنطن قد ترسل نحو جندي"), 3, None, PUBLISHED, "light") == "hypothetical"
    assert _status(_words("ان القوات قد اعتقلت ثلاثه"), 3, None, PUBLISHED, "verb") == "asserted"   # a perfect


def test_further_acts_of_a_list_agreed_on():
    words = _words("اتفقت السعوديه و ايران علي استئناف العلاقات و اعاده فتح سفارتي هما")
    assert _agreed_conjunct(words, 8)
    assert _status(words, 8, None, PUBLISHED, "noun") == "future"
    assert _agreed_conjunct(_words("اتفق البلدان علي احترام السياده ، و علي تفعيل الاتفاقيه"), 7)
    assert not _agreed_conjunct(_words("قال البلدان علي احترام السياده و تفعيل الاتفاقيه"), 6)   # no agreeing
    assert not _agreed_conjunct(_words("اتفق الطرفان علي وقف النار . و غارات"), 7)              # another sentence
    words = _words("اتفق الطرفان علي وقف النار ، و شنت الطائرات غارات")
    assert _status(words, 7, None, PUBLISHED, "light") == "asserted"                         # a verb: a new clause


def test_aid_announced_after_its_masdar():
    words = _words("فيما اعلنت الحكومه ارسال فرق انقاذ")
    assert _announced_pending(words, 3) and _announced_pending(words, 4)                   # the masdar, or after it
    assert not _announced_pending(words, 5)
    assert not _announced_pending(_words("و وصلت الحكومه ارسال فرق انقاذ"), 4)               # no declaring word
    aside = _words("قد اعلن في كلمت ه خلال افتتاح الجلسه الرئيسيه ل المؤتمر تقديم دوله الكويت")
    assert triggers()["announce_reach"] >= 12 and _announced_pending(aside, 12)           # past where it was said
    assert not _announced_pending(_words("اعلن الوزير ذلك ، و تقديم المساعدات"), 6)            # a clause break


def test_the_act_a_verb_of_continuing_carries_on_is_future():
    assert _continued(_words("س تواصل التعاون"), 1, 2)
    assert _continued(_words("س تواصل وحدات الجيش « حرب ها"), 1, 5)                     # past its subject and a quote
    assert not _continued(_words("س يواصل المحققون التحقيق في الهجوم"), 1, 5)            # after a preposition
    assert _governed_future(_words("ان المملكه س تواصل التعاون"), 0, 4)
    assert not _governed_future(_words("و س يواصل المحققون التحقيق في الهجوم"), 0, 6)


def test_an_undated_act_done_before_is_historical():
    words = _words("لكن المفوضيه سبق ان اتهمت منظمات")
    assert _previously(words, 0, 4) and _status(words, 4, None, PUBLISHED, "verb") == "historical"
    assert _previously(_words("و سبق ل حركه الشباب ان شنت هجمات"), 0, 6)
    assert not _previously(_words("و سبق الجلسه سقوط صواريخ"), 0, 3)                  # ordering two acts
    assert _status(words, 4, date(2025, 3, 9), PUBLISHED, "verb") == "asserted"        # dated within the week


def test_an_act_sought_is_hypothetical():
    assert _sought(_words("انها تسعى الي تمديد الهدنه"), 0, 4)
    assert _sought(_words("و تسعى القوات الي السيطره"), 0, 4)                        # past its subject
    assert not _sought(_words("و تسعى القوات ، الي السيطره"), 0, 5)                   # a clause break
    assert not _sought(_words("تسعى الي تحقيق النمو الاقتصادي بعد الحرب"), 0, 6)      # too far past the link
    assert _status(_words("انها تسعى الي تمديد الهدنه"), 4, None, PUBLISHED) == "hypothetical"
    assert _status(_words("انها س تسعى الي اجراء مفاوضات"), 5, None, PUBLISHED) == "future"   # the future first
