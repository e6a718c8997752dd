"""Round s25 (actors): who acts when the press quotes a clause from its verb on, when an anonymous
source speaks from inside a body, when a party claims an attack, and who is asked in a request's idafa.  The battery
tests/events/data/actor_probes_s25.yaml (sentences composed in many outlets' styles, with near-misses)
and the mechanisms it probes: code._opens_quote, code._source_within, code._claimed_acts and
code._addressee_genitive."""

from pathlib import Path

import pytest
import yaml

from tests.events.test_evact_probes import FIELDS
from tests.events.test_evact_probes import test_probe as check_probe

BATTERY = yaml.safe_load((Path(__file__).parent / "data" / "actor_probes_s25.yaml").read_text("utf-8"))
PROBES = BATTERY["probes"]


def test_battery_is_well_formed():
    assert 40 <= len(PROBES) <= 60
    texts = [p["text"] for p in PROBES]
    assert len(texts) == len(set(texts))
    assert len({p["outlet"] for p in PROBES}) == len(PROBES)   # one outlet style each
    for probe in PROBES:
        assert set(probe) <= FIELDS and probe["text"] and probe["outlet"]
        assert probe.get("expect") or probe.get("absent") or probe.get("not_actor")


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=p["xfail"]))
                                   if p.get("xfail") else p for p in PROBES],
                         ids=[f"{k}-{p['outlet']}" for k, p in enumerate(PROBES)])
def test_probe(probe):
    check_probe(dict(probe, published=BATTERY["published"]))   # the evact battery's checks, one probe


def _words_and_args(text: str):
    from khabar.entities.recognise import words_of
    from khabar.events.code import _Args
    from khabar.pipeline import run

    doc = run(text)
    words = words_of(doc)
    args = _Args(words, sorted(doc._.mentions, key=lambda m: m.start))
    args.timed = None
    return text, words, args


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


def test_source_within_reads_the_body_not_a_place():
    from khabar.events.code import _source_within

    text, _, args = _words_and_args("وقال مصدر في قوات الدعم السريع إن قواته انسحبت.")
    source = next(m for m, _ in args.starts.values() if m.type == "GROUP")
    assert [text[m.start:m.end] for m in _source_within(args, source)] == ["قوات الدعم السريع"]
    text, _, args = _words_and_args("وقال مصدر أمني في بيشاور إن قواته اعتقلت مشتبها به.")
    source = next(m for m, _ in args.starts.values() if m.type == "GROUP")
    assert _source_within(args, source) == []


def test_claim_lists_are_loaded():
    from khabar.events.code import arguments

    a = arguments()
    assert {"تبناه", "تبنته", "تبناهما"} <= a["claim_relatives"] and "اعلنت" in a["claim_verbs"]
    assert a["announcing_verbs"] <= a["claim_verbs"] and "نفت" not in a["claim_verbs"]
    assert {"مسؤوليته", "مسؤوليتها"} <= a["responsibility_nouns"] and "عنه" in a["responsibility_pronouns"]
    assert a["claimed_act_types"] == {"ASSAULT"}
    assert {"ب", "الي", "علي"} == a["request_content_prepositions"]   # normalised: إلى → الي
