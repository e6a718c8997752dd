"""The EVENT DATE battery of round s22 (tests/events/data/event_date_probes_s22.yaml): composed
sentences and paragraphs with the date each event must get.
Its battery runs with every round's in tests/events/test_event_date_batteries.py."""

from pathlib import Path

import yaml


DATA = yaml.safe_load((Path(__file__).parent / "data" / "event_date_probes_s22.yaml").read_text("utf-8"))


# --- unit tests of the round's mechanisms (khabar/events/component.py)

import khabar  # noqa: E402
from khabar.events import component  # noqa: E402
from khabar.events.code import triggers  # noqa: E402
from khabar.text.normalise import normalise_word  # noqa: E402


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def _since(text: str, value: str = "2024-05") -> list[dict]:
    start = text.index("منذ") + len("منذ ")
    return [{"start": start, "end": len(text), "text": text[start:], "value": value}]


def _never_verb(offset: int) -> bool:
    return False


def test_since_participles_are_loaded_normalised():
    participles = triggers()["since_participles"]
    assert {normalise_word(w) for w in ("المستمر", "المتواصلة", "المفروض")} <= participles
    assert normalise_word("الموقع") not in participles   # a dated participle is not one of a state that goes on


def test_a_participle_before_mundhu_is_found_within_its_words():
    text = "برفع الحصار المفروض على قطاع غزة منذ عام 2007"
    since = _since(text)[0]
    assert component._since_participle(text, 0, since["start"]) == text.index("المفروض")
    plain = "وتحاصر القوات مدينة الفاشر منذ مايو 2024"
    assert component._since_participle(plain, 0, _since(plain)[0]["start"]) is None
    broken = "الحصار المفروض، وقال إن الوضع منذ مايو 2024"
    assert component._since_participle(broken, 0, _since(broken)[0]["start"]) is None   # a break after it


def test_the_participle_dates_its_noun_and_not_a_verb_before_it():
    text = "وطالبت الرئاسة برفع الحصار المفروض على قطاع غزة منذ عام 2007"
    verb = _span(text, "وطالبت")
    since = _since(text, "2007")
    assert component._began(text, since, verb, [verb], len(text), len(text), lambda offset: True) is None
    noun = "وأدانت قطر العدوان الإسرائيلي المتواصل على غزة منذ أكتوبر 2023"
    trigger = _span(noun, "العدوان")
    since = _since(noun, "2023-10")
    assert component._began(noun, since, trigger, [trigger], len(noun), len(noun), _never_verb) is since[0]


def test_an_apposed_participle_reaches_its_noun_past_a_comma_and_no_further():
    text = "لصد هجوم قوات حفتر على طرابلس، المستمر منذ أبريل 2019"
    trigger = _span(text, "هجوم")
    participle = text.index("المستمر")
    assert component._participle_noun(text, trigger, participle, [trigger], _never_verb)
    unset = "قصف الجيش مواقع للدعم السريع حول مدينة بابنوسة المحاصرة منذ يناير 2024"
    verbish = _span(unset, "قصف")                        # a masdar reading: no verb by the lexicon
    assert not component._participle_noun(unset, verbish, unset.index("المحاصرة"), [verbish], _never_verb)
    assert not component._participle_noun(text, trigger, participle, [trigger], lambda offset: True)
    other = (text.index("قوات"), text.index("قوات") + 4)
    assert not component._participle_noun(text, trigger, participle, [trigger, other], _never_verb)


def test_a_mundhu_time_right_before_the_event_noun_dates_it():
    text = "وشنت قوات الأمن منذ فجر الأحد حملة مداهمات"
    start = text.index("منذ") + len("منذ ")
    since = [{"start": start, "end": text.index(" حملة"), "value": "2026-11-29"}]
    noun = _span(text, "حملة مداهمات")
    assert component._began(text, since, noun, [noun], len(text)) is since[0]
    spaced = "ومنذ فجر الأحد، تشن الطائرات غارات"
    at = spaced.index("فجر")
    set_off = [{"start": at, "end": spaced.index("،"), "value": "2026-11-29"}]
    raids = _span(spaced, "غارات")
    assert component._began(spaced, set_off, raids, [raids], len(spaced)) is None


def test_a_superlative_between_the_trigger_and_mundhu_dates_nothing():
    text = "وشنت الحركة هجوما هو الأعنف منذ عام 2019"
    at = text.index("منذ")
    assert component._after_superlative(text, text.index("وشنت"), at)
    assert not component._after_superlative("وشنت الحركة هجوما على القاعدة منذ عام 2019", 0, 36)
    record = khabar.read("وشنت حركة الشباب هجوما هو الأعنف منذ عام 2019 على قاعدة للجيش الصومالي.",
                         published=DATA["published"])
    assert [v["date"] for v in record.events] == [None]


def test_a_noun_a_participle_dates_reads_its_status_by_that_day():
    """A state's start that منذ gives a verb says nothing of whether it is over (asserted); a noun a
    participle of a state dates takes the status its day gives (more than a week back: historical)."""
    record = khabar.read("وطلبت حكومة الوحدة الوطنية، في 26 نوفمبر الجاري، دعما عسكريا تركيا لصد هجوم قوات حفتر "
                         "على طرابلس، المستمر منذ أبريل 2025.", published=DATA["published"])
    attack = next(v for v in record.events if v["trigger"]["text"] == "هجوم")
    assert (attack["date"], attack["status"]) == ("2025-04", "historical")
    siege = khabar.read("وتحاصر قوات الدعم السريع مدينة الفاشر منذ مايو 2024.", published=DATA["published"])
    assert [(v["date"], v["status"]) for v in siege.events] == [("2024-05", "asserted")]


def test_a_relative_clause_with_mundhu_dates_its_noun():
    text = "أعلن التنظيم، الاثنين، مسؤوليته عن الهجوم الذي شنه مسلحون منذ الأربعاء الماضي"
    since = _since(text, "2026-11-25")
    attack = _span(text, "الهجوم")
    assert component._held_since(text, since, attack, [attack], len(text), _never_verb) == (since[0], True)
    held = _span(text, "الهجوم الذي شنه")                 # a trigger that holds the relative itself
    assert component._ends_relative(text, held) and not component._ends_relative(text, attack)
    assert component._held_since(text, since, held, [held], len(text), _never_verb) == (since[0], True)
    said = _span(text, "أعلن")                             # the verb of saying before it: the noun's, not its
    assert component._held_since(text, since, said, [said, attack], len(text), lambda offset: True)[1] is False
