"""Round s28 (false events): acts khabar coded where the dev gold has no event, each with the near-miss
that keeps the act.  Composed sentences, none copied from a corpus article."""

import pytest

from tests.events.reading import coded_events, has_event


def _events(text: str):
    return coded_events(text)


def _has(text: str, kind: str, word: str) -> bool:
    return has_event(coded_events(text), kind, word)


# a hospital that received the wounded or the dead tells a toll: no aid, no visit (17 of the 19 dev sentences of
# this shape have no gold event)
@pytest.mark.parametrize("text", [
    "وقال مصدر في مستشفى الأمل بطرابلس إن المستشفى استقبل 40 جريحا بعد الانفجار.",
    "وأفادت مديرية الصحة بأن مشافي المدينة استقبلت أكثر من 70 مصابا منذ صباح السبت.",
    "وقال مدير المشفى إن المشفى استقبل 15 جثمانا و30 جريحا.",
])
def test_hospital_receiving_wounded_is_no_aid(text):
    assert not _has(text, "AID", "استقبل") and not _has(text, "CONSULT", "استقبل"), _events(text)


# near-misses: carrying the wounded and a host receiving a guest stay coded
@pytest.mark.parametrize("text, kind, word", [
    ("ونقلت فرق الهلال الأحمر المصابين إلى مستشفى المدينة.", "AID", "نقل"),
    ("واستقبل الملك الأردني وزير الخارجية الأمريكي في عمان.", "CONSULT", "استقبل"),
])
def test_receiving_guest_and_carrying_stay(text, kind, word):
    assert _has(text, kind, word), _events(text)


# the present of استهدف denied names a habit or a will, no strike ("لا تستهدف المدنيين"، "لم تكن لتستهدف"): 7 dev
# uses, no gold event
@pytest.mark.parametrize("text", [
    "وقالت وزارة الدفاع في بيان إن قواتها لا تستهدف المدنيين.",
    "وأكد الوزير أن بلاده لم تكن لتستهدف منشأة مدنية.",
    "وأكد المتحدث أن الجيش لا يستهدف الصحفيين وأن الحادث قيد المراجعة.",
])
def test_present_of_targeting_is_no_strike(text):
    assert not _has(text, "ASSAULT", "ستهدف"), _events(text)


# near-misses: the past strikes, and so does the present of a side's ongoing campaign
@pytest.mark.parametrize("text", [
    "وقالت وزارة الدفاع إن قواتها تستهدف مواقع عسكرية فقط.",
    "وقال الجيش إنه استهدف مواقع للمسلحين قرب الحدود.",
    "واستهدفت طائرة إسرائيلية مسيرة سيارة في جنوب لبنان.",
])
def test_past_of_targeting_strikes(text):
    assert _has(text, "ASSAULT", "ستهدف"), _events(text)
