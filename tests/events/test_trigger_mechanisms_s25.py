"""Round s25's trigger mechanisms on their own (their sentences: tests/events/data/trigger_probes_s25.yaml, loaded by
test_events_trigger_probes.py): a time adverbial costs a trigger's needs window nothing (`_timed_reach`); a bare
ambiguous form with a counted needed word after a name or an adjunct is the act (`_counted_need`)."""

from types import SimpleNamespace

from khabar.entities.recognise import Word
from khabar.events.code import _counted_need, _n, _needs_met, _timed_reach, triggers


def _words(text: str) -> list[Word]:
    words, at = [], 0
    for token in text.split():
        words.append(Word(_n(token), at, at + len(token)))
        at += len(token) + 1
    return words


def _args(words: list[Word], timed_words: set[int] = frozenset(), names: dict[int, int] | None = None):
    spans = [(words[k].start, words[k].end) for k in timed_words]
    return SimpleNamespace(words=words, at=lambda k: (None, names[k]) if names and k in names else None,
                           timed=lambda start, end: any(s < end and start < e for s, e in spans))


def test_a_time_adverbial_widens_the_needs_window_by_its_words():
    spec = triggers()["verbs"]["نشر"]
    words = _words("نشرت اوغنده في وقت سابق من الشهر الجاري قوات خاصه")
    assert not _needs_met(words, 0, spec)                                        # قوات is the 9th word
    reach = _timed_reach(_args(words, {6, 7}), 0, spec)
    assert reach == 6 + 6 and _needs_met(words, 0, spec, reach)                 # في وقت سابق من الشهر الجاري
    assert _timed_reach(_args(words), 0, spec) is None                          # no time told there: no widening
    plain = _words("نشرت الصحيفه في عددها الاخير صورا كثيره للمدينه وقوات")
    assert _timed_reach(_args(plain), 0, spec) is None


def test_framing_words_alone_are_no_time():
    spec = triggers()["verbs"]["نشر"]
    words = _words("نشرت الوزاره في وقت سابق من اعلانها قوات")
    assert _timed_reach(_args(words), 0, spec) is None                          # وقت سابق without a told time


def test_a_counted_force_after_a_name_or_an_adjunct_makes_the_bare_form_the_act():
    spec = triggers()["verbs"]["نشر"]
    words = _words("ونشر بموجبه نحو الفي جندي روسي")
    assert _counted_need(words, 0, spec, _args(words))
    named = _words("رغم نشر باريس نحو 4500 جندي")
    assert _counted_need(named, 1, spec, _args(named, names={2: 3}))            # باريس: the masdar's subject
    assert not _counted_need(named, 1, spec, _args(named))                      # an unnamed noun first: no
    assert not _counted_need(_words("نشر صورا ل 300 جندي"), 0, spec, _args(_words("نشر صورا ل 300 جندي")))
    uncounted = _words("ونشر بموجبه الجنود")
    assert not _counted_need(uncounted, 0, spec, _args(uncounted))               # the window-2 rule's case, not this one


def test_the_lists_the_mechanisms_read():
    t = triggers()
    assert {"وقت", "سابق", "،"} <= t["time_frames"]
    assert {"بموجبه", "فيها"} <= t["deployed_adjuncts"]
    assert {"منصه", "رادارات", "زوارق"} <= t["military_hardware"] and "منازل" not in t["military_hardware"]
    assert t["verbs"]["دمر"]["retype"][:2] == ["military_hardware", "ASSAULT"]
