"""The EVENT ACTORS AND IDENTITY battery of round s24 (tests/events/data/actor_identity_probes_s24.yaml):
composed sentences in many outlets' styles with who must act, who must not (the victim of a passive, a
news medium that reports), and how many acts the record keeps; and the mechanisms behind them."""

from pathlib import Path

import pytest
import yaml

from khabar.entities.recognise import words_of
from khabar.pipeline import run
from tests.events.test_evact_probes import _coded, check_probe

DATA = yaml.safe_load((Path(__file__).parent / "data" / "actor_identity_probes_s24.yaml").read_text("utf-8"))
PROBES = DATA["probes"]
FIELDS = {"outlet", "text", "expect", "not_actor", "recipient", "absent", "count", "xfail"}


def test_battery_is_well_formed():
    assert 40 <= len(PROBES) <= 60
    texts = [p["text"] for p in PROBES]
    assert len(texts) == len(set(texts))
    for probe in PROBES:
        assert set(probe) <= FIELDS and probe["text"] and probe["outlet"]
        assert probe.get("expect") or probe.get("not_actor") or probe.get("absent") or probe.get("count")
        for kind, name in probe.get("expect", []) + probe.get("not_actor", []) + probe.get("recipient", []):
            assert kind.isupper() and name
        for kind, n in probe.get("count", []):
            assert kind.isupper() and isinstance(n, int) and n >= 0


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=p["xfail"]))
                                   if p.get("xfail") else p for p in PROBES],
                         ids=[f"{k}-{p['outlet']}" for k, p in enumerate(PROBES)])
def test_probe(probe):
    coded = _coded(probe["text"], DATA["published"])
    check_probe(probe, coded)
    for kind, n in probe.get("count", []):
        assert sum(t == kind for t, _, _, _ in coded) == n, (kind, n, coded)


def _first_mention(text: str, surface: str):
    doc = run(text)
    words = words_of(doc)
    start = text.index(surface)
    return words, next(m for m in doc._.mentions if m.start == start)


def test_news_medium_reads_heads_and_the_knowledge_base():
    from khabar.events.code import news_medium

    assert news_medium(*_first_mention("وقال مراسل الجزيرة في غزة إن القصف مستمر.", "مراسل"))
    assert news_medium(*_first_mention("وقالت وكالة أعماق إن مقاتليه هاجموا الثكنة.", "وكالة"))
    # a state's service the knowledge base files as an "agency" is no news medium
    assert not news_medium(*_first_mention("وأفاد جهاز الإسعاف والطوارئ بأن فرقه أجلت 64 عائلة.", "جهاز"))
    assert not news_medium(*_first_mention("وقالت الشرطة الألمانية إنها اعتقلت رجلا.", "الشرطة"))


def test_media_lists_are_loaded():
    from khabar.events.code import arguments
    from khabar.text.normalise import normalise_word as n

    a = arguments()
    assert (n("مراسل"),) in a["media_heads"] and (n("مراسل"),) in a["correspondent_heads"]
    assert (n("وكالة"), n("الأنباء")) in a["media_heads"] and (n("وكالة"),) not in a["media_heads"]
    assert a["media_act_types"] == {"ACCUSE", "REQUEST", "REJECT", "SUPPORT"}
    assert {n("سابق"), n("سابقة")} <= a["other_act_words"]


def test_passive_of_named_needs_no_object_and_no_agent():
    passive = [("وقالت الشرطة إن الشاب أحمد حسن قُتل في منزله.", "ASSAULT")]
    active = ["وقالت الشرطة إن الشاب أحمد حسن قتل والده في منزلهما.",     # its object right after it
              "وأكدت الوزارة أن الجيش الإسرائيلي قتل في غارة على رفح عشرة فلسطينيين."]   # an institution, a count
    for text, kind in passive:
        assert all(t != kind or not actors for t, actors, _, _ in _coded(text, DATA["published"])), _coded(text)
    for text in active:
        assert any(t == "ASSAULT" and actors for t, actors, _, _ in _coded(text, DATA["published"])), _coded(text)
