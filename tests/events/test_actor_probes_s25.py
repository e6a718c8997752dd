"""Round s25 (actors): who acts when the press quotes a clause from its verb on, when an anonymous
source speaks from inside a body, when a party claims an attack, and who is asked in a request's idafa.  The battery
tests/events/data/actor_probes_s25.yaml (sentences composed in many outlets' styles, with near-misses)
and the mechanisms it probes: code._opens_quote, code._source_within, code._claimed_acts and
code._addressee_genitive.
The battery runs with the argument family's in tests/events/test_evact_probes.py; here, the mechanisms' own tests."""

import pytest

from tests.events.test_actor_probes_s24 import _words_and_args


@pytest.mark.parametrize("text, verb, opens", [
    ('إن بلاده "استعادت سيادتها".', "استعادت", True),
    ("أن حكومته «لن تتفاوض».", "تتفاوض", False),     # the mark stands before لن, not before the verb
    ('وقال إن "الوضع خطير" أضاف الوزير.', "أضاف", False),   # a closing mark touches the word before it
])
def test_opens_quote(text, verb, opens):
    from khabar.events.code import _opens_quote

    text, words, _ = _words_and_args(text)
    i = next(k for k, w in enumerate(words) if text[w.start:w.end] == verb)
    assert _opens_quote(words, i - 1) is opens


def test_before_particles_crosses_an_opening_quote():
    from khabar.events.code import _before_particles

    text, words, _ = _words_and_args('إن بلاده «لن تتفاوض».')
    i = next(k for k, w in enumerate(words) if text[w.start:w.end] == "تتفاوض")
    assert text[words[_before_particles(words, i)].start:words[_before_particles(words, i)].end] == "بلاده"


@pytest.mark.parametrize("text, body", [
    ("وقال مصدر في قوات الدعم السريع إن قواته انسحبت.", ["قوات الدعم السريع"]),
    ("وقال مصدر أمني في بيشاور إن قواته اعتقلت مشتبها به.", []),       # a place, no body
])
def test_source_within_reads_the_body_not_a_place(text, body):
    from khabar.events.code import _source_within

    text, _, args = _words_and_args(text)
    source = next(m for m, _ in args.starts.values() if m.type == "GROUP")
    assert [text[m.start:m.end] for m in _source_within(args, source)] == body


def test_claim_lists_are_loaded():
    from khabar.events.code import arguments

    a = arguments()
    assert {"تبناه", "تبنته", "تبناهما"} <= a["claim_relatives"] and "اعلنت" in a["claim_verbs"]
    assert a["announcing_verbs"] <= a["claim_verbs"] and "نفت" not in a["claim_verbs"]
    assert {"مسؤوليته", "مسؤوليتها"} <= a["responsibility_nouns"] and "عنه" in a["responsibility_pronouns"]
    assert a["claimed_act_types"] == {"ASSAULT"}
    assert {"ب", "الي", "علي"} == a["request_content_prepositions"]   # normalised: إلى → الي
