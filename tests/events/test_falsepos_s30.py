"""Round s30 (false events): a verb of aiming in the imperfect after its own subject, in the body, tells
an aim or a habit, no strike (component._aims_stated, triggers.yaml aim_verbs).  Composed sentences,
none copied from a corpus article, each with the near-miss that keeps the act."""

import pytest

from tests.events.reading import coded_events, has_event


def _has(text: str, kind: str, word: str) -> bool:
    return has_event(coded_events(text), kind, word)


def test_list_is_loaded():
    from khabar.events.code import triggers
    from khabar.text.normalise import normalise_word as n

    assert n("استهدف") in triggers()["aim_verbs"]
    # the words that are no subject and the forces are loaded, normalised as the words they meet (an
    # unloaded key read as an empty list once made the no-subject check silently inert)
    assert {n("التي"), n("أن"), n("بأن"), n("سوف")} <= triggers()["aim_not_subjects"]
    assert {n("قواتها"), n("الطائرات")} <= triggers()["aim_force_subjects"]


@pytest.mark.parametrize("text", [
    "العنوان الرئيسي للخبر\n\nوقال الجيش الأردني إنها تستهدف \"مواقع المسلحين\" فقط في المنطقة.",
    "العنوان الرئيسي للخبر\n\nوأطلق الجيش عملية عسكرية في الشمال، وقال المتحدث باسمه إن العملية تستهدف البنية التحتية للمسلحين.",
])
def test_aim_after_its_subject_is_no_strike(text):
    assert not _has(text, "ASSAULT", "تستهدف"), coded_events(text)


@pytest.mark.parametrize("text", [
    "العنوان الرئيسي للخبر\n\nوأعلن الجيش الأردني أن قواته استهدفت مواقع المسلحين في المنطقة فجر اليوم.",
    "العنوان الرئيسي للخبر\n\nومنذ أشهر، يستهدف المسلحون القوافل على الطريق الدولي.",
    "العنوان الرئيسي للخبر\n\nوقالت وزارة الدفاع إن طائراتها تستهدف مواقع المسلحين في الجبال منذ الفجر.",
])
def test_strike_told_stays(text):
    assert _has(text, "ASSAULT", "ستهدف"), coded_events(text)



def test_a_force_named_with_its_adjectives_before_an_aim_verb_still_strikes():
    """The force that heads the subject may stand two or three words before the verb, past its nisba adjectives
    ("الطائرات الحربية الإسرائيلية تستهدف"): strikes under way, as with the force right before it; a body that
    is no force, with its adjectives, still states an aim."""
    assert _has("وقال شهود عيان إن المقاتلات الحربية الروسية تستهدف منذ ساعات الفجر قرى ريف إدلب الجنوبي.",
                "ASSAULT", "تستهدف")
    assert not _has("وقال الوزير إن الحكومة الليبية الجديدة تستهدف خفض العجز في الموازنة العامة.",
                    "ASSAULT", "تستهدف")
