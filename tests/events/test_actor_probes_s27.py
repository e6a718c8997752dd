"""Round s27 (lost actors): a meeting, talks or a visit after "بعد، عقب، إثر، قبل، في ختام" is its clause subject's
act (code._during with triggers.yaml `during_after`; the opening verb's subject, code.opening_subject).  The battery
tests/events/data/actor_probes_s27.yaml (composed sentences with near-misses) and the word list.
The battery runs with the argument family's in tests/events/test_evact_probes.py; here, the mechanisms' own tests."""


def test_after_words_are_during_words():
    from khabar.events.code import triggers

    t = triggers()
    assert {"بعد", "عقب", "ختام"} <= t["during_after"] <= t["during"]
    assert "خلال" in t["during"] and "خلال" not in t["during_after"]
