"""Round s26 (wrong actors): a ministry's or a government's "قواتها" in its claim is its state's army where the
article names it (code._commanded_forces, component._state_armies).  The battery
tests/events/data/actor_probes_s26.yaml (composed sentences with near-misses) and the two word lists.
The battery runs with the argument family's in tests/events/test_evact_probes.py; here, the mechanisms' own tests."""


def test_forces_lists():
    from khabar.events.code import arguments

    a = arguments()
    assert {"قواتها", "قواته", "وحداتها", "قوات"} <= a["commanded_forces"] and "فرقها" not in a["commanded_forces"]
    assert {"القوات", "الجيش"} <= a["army_heads"]
