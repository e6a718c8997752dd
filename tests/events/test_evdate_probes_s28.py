"""Round s28 (the merges/dates helper): a منذ time dates the event noun past the head words of its own phrase
(`_since_head`); the probes of tests/events/data/evdate_probes_s28.yaml run in test_event_date_batteries.py."""

from khabar.events.code import triggers
from khabar.events.component import _since_head
from khabar.text.normalise import normalise_word


def _at(text: str, since: str, trigger: str) -> tuple[int, tuple[int, int]]:
    end = text.index(since) + len(since)
    start = text.index(trigger, end)
    return end, (start, start + len(trigger))


def test_head_words_of_the_noun_phrase():
    text = "واستضافت الدوحة منذ مارس أربع جولات من المحادثات"
    end, trigger = _at(text, "مارس", "المحادثات")
    assert _since_head(text, end, trigger, [trigger])


def test_a_clitic_on_the_trigger_is_no_word_of_its_own():
    text = "ويشهد الجنوب منذ الأحد تبادلا يوميا لإطلاق النار"
    end, trigger = _at(text, "الأحد", "إطلاق النار")
    head = (text.index("تبادلا"), text.index("تبادلا") + len("تبادلا"))
    assert _since_head(text, end, trigger, [head, trigger])   # the trigger right after the time heads the phrase


def test_a_stop_a_relative_a_comma_a_trigger_between_or_too_many_words():
    for text, since, noun, others in [
        ("وتحاصر القوات منذ مايو المدينة وسط قصف", "مايو", "قصف", []),
        ("ويحتجز المسلحون منذ يناير السفينة التي هاجموها", "يناير", "هاجموها", []),
        ("ويشهد الجنوب منذ الأحد، وفق مصادر، قصفا", "الأحد", "قصفا", []),
        ("واستضافت الدوحة منذ مارس عددا كبيرا جدا من المحادثات", "مارس", "المحادثات", []),
        ("واعتقلت الشرطة منذ الأحد شبانا إثر مقتل شرطي", "الأحد", "مقتل", []),
        ("وتشن الشرطة منذ الأحد حملة اعتقالات", "الأحد", "اعتقالات", ["حملة"]),
    ]:
        end, trigger = _at(text, since, noun)
        spans = [trigger] + [(text.index(w, end), text.index(w, end) + len(w)) for w in others]
        if others:   # a trigger between that is not right after the time ("حملة" is dated itself)
            text = text.replace("منذ الأحد حملة", "منذ الأحد واسعة حملة")
            end, trigger = _at(text, since, noun)
            spans = [trigger, (text.index("حملة"), text.index("حملة") + 4)]
        assert not _since_head(text, end, trigger, spans), text


def test_stops_are_loaded_normalised():
    stops = triggers()["since_head_stops"]
    assert {normalise_word(w) for w in ("في", "على", "وسط")} <= stops and normalise_word("من") not in stops
