"""The event STATUS battery of round s20 (tests/events/data/status_probes_s20.yaml): composed sentences in many
outlets' styles with the status each coded event must carry (future, hypothetical, negated, historical, and
near-misses that stay asserted), and unit tests of the status mechanisms of that round (khabar/events/code.py)."""

from datetime import date
from pathlib import Path

import pytest
import yaml

import khabar
from khabar.entities.recognise import Word
from khabar.events.code import (_agreed_on, _any_negated, _denied_content, _governed_future, _n, _proposed,
                                _reach_start, _status, _told_done, triggers)
from tests.events.test_event_date_batteries import probe_params
from tests.events.test_events_trigger_probes import coded_triggers  # noqa: F401  (spies on code_sentence)

STATUSES = {"asserted", "hypothetical", "future", "negated", "historical"}
DATA = yaml.safe_load((Path(__file__).parent / "data" / "status_probes_s20.yaml").read_text("utf-8"))
PROBES = DATA["probes"]
PUBLISHED = date(2025, 3, 10)


def assert_well_formed(probes: list[dict], least: int) -> None:
    """A status battery of `least` to 60 distinct probes in as many outlets' styles at least, each word in its text,
    and every status among them (near-misses, asserted, too)."""
    assert least <= len(probes) <= 60
    assert len({p["text"] for p in probes}) == len(probes)
    assert len({p["outlet"] for p in probes}) >= least              # many outlets' styles
    for probe in probes:
        assert set(probe) <= {"outlet", "text", "statuses", "published", "xfail"} and probe["statuses"]
        for word, status in probe["statuses"]:
            assert word in probe["text"] and status in STATUSES
    assert {status for p in probes for _, status in p["statuses"]} == STATUSES


def test_status_battery_is_well_formed():
    assert_well_formed(PROBES, 30)


def assert_statuses(probe: dict, published: str, coded_triggers: list) -> None:
    """Every coded event over a probe's word, before the record keeps only those with an actor, carries the
    probe's status for it (the first such event): status is the clause's, whoever acts."""
    khabar.read("تمهيد.", published=published)            # a first read warms the pipeline up
    coded_triggers.clear()
    khabar.read(probe["text"], published=published)
    coded = [(e.type, probe["text"][e.trigger[0]:e.trigger[1]], e.status) for e in coded_triggers]
    for word, status in probe["statuses"]:
        over = [s for _, trigger, s in coded if trigger and (word in trigger or trigger in word)]
        assert over and over[0] == status, (word, status, coded)


@pytest.mark.parametrize("probe", probe_params(PROBES))
def test_status_probe(probe, coded_triggers):
    assert_statuses(probe, probe.get("published", DATA["published"]), coded_triggers)


# --- the round's mechanisms one by one (khabar/events/code.py; triggers.yaml status lists)

def _words(text: str) -> list[Word]:
    """Words of a pre-split text (س, ب, ل and و written apart as the tokenizer splits them)."""
    return [Word(_n(token), 0, 0, is_punct=token in "،,.") for token in text.split()]


def test_the_status_lists_load_normalised():
    t = triggers()
    assert t["status_reach"] >= 8 and {"عن", "بعد", "منذ", "المتهمون"} <= t["status_reach_stops"]
    assert {"يستعد", "تستعد", "المؤمل", "المرتقبه"} <= t["future"] and "يواصل" in t["continuations"]
    assert {"اي", "ايه"} == t["any_words"] and {"اقترحت", "مقترحا"} <= t["proposing"]
    assert "مشروع" in t["drafts"] and "قرار" in t["drafted"] and "يستبعد" in t["unlikely"]
    assert {"الغاء", "الغت"} <= t["negating_heads"]


def test_the_reach_ends_at_a_break_a_relative_or_a_stop():
    words = _words("و يرتقب ان يصل المبعوث الي عدن ل اجراء محادثات")
    assert _reach_start(words, 9) == 0
    assert _reach_start(_words("ستحاسب المسؤولين عن قصف"), 3) == 3                 # عن: another act
    assert _reach_start(_words("يتوقع ارتفاع حصيله الهجوم الذي استهدف السوق"), 5) == 5
    assert _reach_start(_words("قالت ، المتهمون ب تفجير"), 4) == 3               # the charged act
    assert _reach_start(_words("قال الوزير ، ان الحكومه"), 4) == 3               # the comma


def test_a_future_cue_governs_across_the_reach():
    words = _words("و يرتقب ان يصل المبعوث الي عدن ل اجراء محادثات")
    assert _governed_future(words, 0, 9)
    assert _governed_future(_words("و س تعقد الجوله الثانيه من المفاوضات"), 0, 6)
    assert not _governed_future(_words("و س يواصل المحققون التحقيق في الهجوم"), 0, 6)   # continuing
    assert not _governed_future(_words("و قال المحققون ان التحقيق في الهجوم"), 0, 6)
    assert _status(words, 9, None, PUBLISHED, "light") == "future"
    assert _status(_words("و يرتقب ان يصل المبعوث الي عدن ل اجراء محادثات"), 9, None, PUBLISHED, "verb") == "asserted"


def test_proposals_drafts_and_likelihoods_are_hypothetical():
    assert _proposed(_words("اقترح الوسطاء عقد جوله مفاوضات"), 0, 4)
    assert _proposed(_words("يدعو مشروع قرار امريكي الي وقف"), 0, 5)
    assert not _proposed(_words("افتتح مشروع سكني بعد قصف"), 0, 4)               # a building project
    assert _proposed(_words("و لا يستبعد مراقبون ان تقصف"), 0, 5)
    assert _status(_words("و طرح الوسطاء مقترحا يقضي ب انسحاب"), 6, None, PUBLISHED) == "hypothetical"


def test_any_after_a_negation_or_a_denial_negates():
    assert _any_negated(_words("و لم يتم تسجيل اي اعتقالات"), 0, 5)
    assert _any_negated(_words("و نفت الرئاسه وجود اي مفاوضات"), 0, 5)
    assert not _any_negated(_words("و حذرت الوزاره من اي هجوم"), 0, 5)            # no negation: a warning
    assert not _any_negated(_words("و لم يعلن اي طرف مسؤوليته عن الهجوم"), 0, 7)   # أي before a party, not the act
    assert _status(_words("و لم تشهد المدينه اي احتجاجات"), 5, None, PUBLISHED) == "negated"


def test_a_denied_clause_negates_its_first_act():
    assert _denied_content(_words("و نفى المتحدث باسم الجيش ان يكون الجيش قد قصف"), 0, 9)
    assert not _denied_content(_words("و نفى ان يكون له علاقه ب الهجوم"), 0, 7)     # a preposition between
    assert not _denied_content(_words("و اكد المتحدث ان الجيش قصف"), 0, 5)          # no denial
    assert _status(_words("و نفى المتحدث ان يكون الجيش قد قصف"), 7, None, PUBLISHED, "verb") == "negated"


def test_a_relative_clause_in_the_perfect_tells_a_noun_done():
    words = _words("و يتوقع مراقبون ارتفاع حصيله الهجوم الذي استهدف السوق")
    assert _told_done(words, 5)
    assert _status(words, 5, None, PUBLISHED) == "asserted"
    going_on = _words("الاحتجاجات التي تشهد ها البلاد")
    going_on[2] = Word("تشهد", 0, 0, lemma="شهد")
    assert not _told_done(going_on, 0)                                          # an imperfect: going on
    assert not _told_done(_words("الاجتماع الذي كان مقررا"), 0)                # كان may tell a plan
    assert _status(_words("الهجوم الذي وقع"), 0, date(2025, 3, 12), PUBLISHED) == "asserted"


def test_cancelling_negates_and_cutting_short_is_no_future():
    assert _status(_words("و اعلن الرئيس الغاء زيارته"), 4, None, PUBLISHED) == "negated"
    assert _status(_words("و اعلن انه س يختصر زيارته"), 5, None, PUBLISHED) == "asserted"   # the visit goes on
    assert _status(_words("و اعلن انه س يبدا زيارته"), 5, None, PUBLISHED) == "future"


def test_months_or_years_after_an_act_make_it_historical():
    assert _status(_words("بعد نحو ثلاث سنوات من سيطره التنظيم"), 5, None, PUBLISHED) == "historical"
    assert _status(_words("و تاتي الغارات بعد اشهر من العدوان"), 6, None, PUBLISHED) == "historical"
    assert _status(_words("بعد نحو خمسه اشهر من المفاوضات"), 5, None, PUBLISHED) == "asserted"   # lasted so long
    assert _status(_words("بعد ساعات من الهجوم"), 3, None, PUBLISHED) == "asserted"               # hours: near
    assert _status(_words("ثلاث سنوات من الحرب"), 3, None, PUBLISHED) == "asserted"              # no بعد


def test_what_parties_agree_on_is_future():
    assert _agreed_on(_words("و اتفقت الاطراف ايضا علي الاجتماع"), 5)
    assert _agreed_on(_words("تم الاتفاق علي وقف"), 3)
    assert not _agreed_on(_words("اتفقت الاطراف ، علي الاجتماع"), 4)                # a clause break
    assert _status(_words("اتفقت روسيا و اوكرانيا علي تبادل"), 5, None, PUBLISHED) == "future"
    assert _status(_words("قالت روسيا و اوكرانيا علي تبادل"), 5, None, PUBLISHED) == "asserted"
