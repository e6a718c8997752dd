"""Round s24's second-wave trigger mechanism on its own: a trigger marked `object_first` (استعاد، استعادة) needs its
word before the clause's first preposition that opens no time (`_before_preposition`); its sentences:
tests/events/data/trigger_probes_s24b.yaml."""

from khabar.entities.recognise import Word
from khabar.events.code import _before_preposition, _n, _needs_met, triggers


def _words(text: str) -> list[Word]:
    return [Word(_n(token), 0, 0) for token in text.split()]


def _kept(text: str) -> list[str]:
    return [w.norm for w in _before_preposition(_words(text))]


def test_window_ends_at_a_preposition_that_opens_no_time():
    assert _kept("الامن في المدينه") == ["الامن"]
    assert _kept("الجيش مدينه سنجه") == ["الجيش", "مدينه", "سنجه"]
    assert _kept("في يناير الماضي مدينه ود") == ["الماضي", "مدينه", "ود"]          # a month's في is skipped
    assert _kept("في الاسبوع الماضي بلده") == ["الماضي", "بلده"]                 # time_nouns
    assert _kept("في 2017 اجزاء") == ["اجزاء"]                                    # a year
    assert _kept("من تنظيم داعش") == []


def test_recapture_needs_a_place_or_control_as_its_object():
    t = triggers()
    spec = t["verbs"]["استعاد"]
    assert spec["type"] == "COERCE" and spec["mode"] == "seize" and spec["object_first"]
    assert {"السيطره", "مدينه", "المواقع", "سيادتها"} <= spec["needs"] and "الامن" not in spec["needs"]
    assert t["nouns"][("استعاده",)]["needs"] == spec["needs"]
    assert "السيطره" in t["light"]["استعاد"]                                      # the phrase, its subject inside
    assert _needs_met(_words("استعاد الجيش مدينه سنجه"), 0, spec)
    assert _needs_met(_words("استعادت في الاسبوع الماضي بلده عدن"), 0, spec)
    assert not _needs_met(_words("استعاده الامن في المدينه"), 0, spec)
    assert not _needs_met(_words("استعاد عافيته بعد الوعكه"), 0, spec)
