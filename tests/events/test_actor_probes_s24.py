"""Round s24 (actmiss): the actor khabar did not find.  The battery tests/events/data/actor_probes_s24.yaml
(sentences composed in many outlets' styles) and the mechanisms it probes: a VSO verb's subject after
phrases set off by commas (code._past_asides), a spokesperson's body acting through its forces
(code._spoken_for), a repelled act that is the other side's (arguments.yaml repelling_verbs), and the
genitive of an event noun that is no pronoun's antecedent unless it acts.
The battery runs with the argument family's in tests/events/test_evact_probes.py; here, the mechanisms' own tests."""

import pytest

from tests.events.test_evact_probes import BATTERIES, _coded


def _words_and_args(text: str):
    from khabar.entities.recognise import words_of
    from khabar.events.code import _Args
    from khabar.pipeline import run

    doc = run(text)
    words = words_of(doc)
    args = _Args(words, sorted(doc._.mentions, key=lambda m: m.start))
    args.timed = None
    return text, words, args


@pytest.mark.parametrize("text, verb, subject", [
    ("وأعلنت، في بيان رسمي، خلال مؤتمر صحفي، وزارة الداخلية القبض على متهمين.", "أعلنت", "وزارة"),
    ("وأدانت، في بيان، مصر الهجوم.", "أدانت", "مصر"),
    ("وأعلنت الوزارة القبض على متهمين.", "أعلنت", "الوزارة"),          # no aside: the word after the verb
])
def test_past_asides_reaches_the_subject(text, verb, subject):
    from khabar.events.code import _past_asides

    text, words, args = _words_and_args(text)
    i = next(k for k, w in enumerate(words) if text[w.start:w.end] == verb)
    at = _past_asides(args, i + 1)
    assert text[words[at].start:words[at].end] == subject


def test_past_asides_stops_at_a_clause():
    from khabar.events.code import _past_asides

    _, _, args = _words_and_args("وأضافت، قال فيه الوزير إن الشرطة، فرقت المحتجين.")   # a clause, no aside
    assert _past_asides(args, 1) == 1


def test_spoken_for_reads_the_body_after_the_title():
    from khabar.events.code import _spoken_for

    text, _, args = _words_and_args("وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن قواته قصفت مواقع.")
    speaker = next(m for m, _ in args.starts.values() if m.type == "PER")
    assert [text[m.start:m.end] for m in _spoken_for(args, speaker)] == ["الجيش الإسرائيلي"]
    _, _, args = _words_and_args("وقال وزير الدفاع الإسرائيلي يوآف غالانت إن قواته ستواصل العمليات.")
    speaker = next(m for m, _ in args.starts.values() if m.type == "PER")
    assert _spoken_for(args, speaker) == []                   # a minister speaks for no body after باسم


def test_repelling_verbs_are_loaded():
    from khabar.events.code import Word, _repels, arguments

    listed = arguments()["repelling_verbs"]
    assert {"صد", "صدت", "احبطت", "تصدت"} <= listed        # normalised: أحبطت → احبطت
    assert _repels(Word("وصدت", 0, 0)) and not _repels(Word("قصفت", 0, 0))


def test_idafa_genitive_is_no_antecedent(monkeypatch):
    """The rules alone (the actor model off): the dissolved government does not impose the curfew."""
    from khabar.events import actmodel

    monkeypatch.setattr(actmodel, "model", lambda: None)
    coded = _coded("وأعلن العسكريون في بوركينا فاسو حل الحكومة وتعليق العمل بالدستور وإغلاق الحدود حتى إشعار آخر، "
                   "وفرض حظر التجول.", BATTERIES["actor_probes_s24"]["published"])
    assert not any("الحكومة" in actors for _, actors, _, _ in coded), coded
