"""Round s28 (lost actors): a gathering a call asks for, with no addressee named, is the callers' own act
(code._called_gathering with arguments.yaml `called_gathering_types`), and a called act in quotation marks is
still the call's content for its status (code._demanded).  The battery tests/events/data/actor_probes_s28.yaml
(composed sentences with near-misses) runs with the argument family's in tests/events/test_evact_probes.py; here,
the word list and the quoted call."""

import khabar


def test_called_gathering_types_are_plover_types():
    from khabar.events.code import arguments

    assert arguments()["called_gathering_types"] == frozenset({"PROTEST"})


def test_quoted_called_strike_is_future():
    # the strike called for in quotation marks is announced, not held yet (no time in the sentence)
    record = khabar.read("عنوان\n\nودعا تجمع المهنيين السودانيين إلى \"إضراب عام\" في كل المرافق.", published="2025-03-12")
    assert [v["status"] for v in record.events if v["type"] == "PROTEST"] == ["future"]

