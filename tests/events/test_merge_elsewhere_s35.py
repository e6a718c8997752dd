"""Round s35 (merges): a verb a source tells of the record's doer in another place is a side act, not
the act the body told again (component._elsewhere, read where a retold verb would join the record).
Made-up spans and records."""

from types import SimpleNamespace

from khabar.events.component import _elsewhere

ENTITY_OF = {(10, 15): "e2", (40, 46): "e6", (50, 56): "e7"}   # جنين، الخليل، نابلس


def mention(start: int, end: int) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end)


def event(*places: tuple[int, int]) -> SimpleNamespace:
    return SimpleNamespace(place=[mention(s, e) for s, e in places])


def test_a_place_none_of_the_records_is_elsewhere():
    assert _elsewhere({"place": ["e2"]}, event((40, 46)), ENTITY_OF)


def test_a_place_the_record_shares_is_the_same_act():
    assert not _elsewhere({"place": ["e2"]}, event((40, 46), (10, 15)), ENTITY_OF)


def test_a_record_with_no_place_takes_any_place():
    assert not _elsewhere({"place": []}, event((40, 46)), ENTITY_OF)


def test_a_mention_with_no_place_of_its_own_is_no_other_act():
    assert not _elsewhere({"place": ["e2"]}, event(), ENTITY_OF)
    assert not _elsewhere({"place": ["e2"]}, event((90, 95)), ENTITY_OF)   # a span no entity holds


SHELLING = """قوات الدعم السريع تقصف سوقا في أم درمان

قصفت قوات الدعم السريع، صباح اليوم السبت، سوق صابرين في مدينة أم درمان، ما أسفر عن مقتل 50 شخصا.

وقال شاهد عيان إن قوات الدعم السريع قصفت أحياء في مدينة بحري شمالي الخرطوم.
"""


def test_a_shelling_a_witness_tells_in_another_city_is_an_act_of_its_own():
    import khabar

    assaults = [e for e in khabar.read(SHELLING, published="2025-02-01").events if e["type"] == "ASSAULT"]
    assert len(assaults) == 2
    news, side = sorted(assaults, key=lambda e: e["trigger"]["start"])
    assert news["date"] == "2025-02-01" and "قصفت" in {t["text"] for t in news["triggers"]}
    assert side["actor"] == news["actor"] and not set(side["place"]) & set(news["place"])
