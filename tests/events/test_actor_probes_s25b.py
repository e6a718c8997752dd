"""Round s25 second wave (actors): a body's vehicles and weapons as a verb's subject — armour, warships,
bombers and launchers stand for their owner (triggers.yaml `instruments`, read by code._instruments).  The
battery tests/events/data/actor_probes_s25b.yaml (sentences composed in many outlets' styles, with
near-misses) and the list itself.
The battery runs with the argument family's in tests/events/test_evact_probes.py; here, the mechanisms' own tests."""


def test_armour_and_warships_are_instruments():
    from khabar.events.code import _instruments, triggers

    found = triggers()["instruments"]
    assert {"مدرعات", "قاذفات", "راجمات"} <= found and not {"سفينه", "ناقله", "شاحنه"} & found
    words = [type("W", (), {"norm": n})() for n in ("مدرعات", "حربيه")]
    assert _instruments(words, 0, 2)
