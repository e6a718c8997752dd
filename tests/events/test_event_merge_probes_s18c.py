"""The event MERGING battery of session 18's third wave (data/event_merge_probes_s18c.yaml):
paragraphs composed in many outlets' styles, with how many events of a type an actor must have
(one per real act: a headline and its body twin are one, a background act and a new act named
without the article are others) and the day an event must keep; and the two merging rules
of khabar/events/component.py it probes, on hand-made events."""

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

import khabar
from khabar.events import component

BATTERY = yaml.safe_load((Path(__file__).parent / "data" / "event_merge_probes_s18c.yaml").read_text("utf-8"))
PROBES = BATTERY["probes"]
FIELDS = {"outlet", "text", "count", "date", "status", "xfail"}


def _events(text: str) -> list[tuple[str, list[str], str | None, list[str], str]]:
    record = khabar.read(text, published=BATTERY["published"])
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], [names[a] for a in v["actor"]], v["date"], [t["text"] for t in v["triggers"]], v["status"])
            for v in record.events]


def test_battery_is_well_formed():
    # a third wave's battery holds 20 probes or more, none repeated, each with a check
    assert len(PROBES) >= 20 and len({p["text"] for p in PROBES}) == len(PROBES)
    for probe in PROBES:
        assert set(probe) <= FIELDS and probe["text"] and probe["outlet"] and probe.get("count")
        for kind, actor, n in probe["count"]:
            assert kind.isupper() and actor and isinstance(n, int) and n >= 0
        for kind, word, day in probe.get("date", []):
            assert kind.isupper() and word and (day is None or len(day) >= 4)
        for kind, word, status in probe.get("status", []):
            assert kind.isupper() and word and status in {"asserted", "future", "hypothetical", "negated", "historical"}


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=p["xfail"]))
                                   if p.get("xfail") else p for p in PROBES],
                         ids=[f"{k}-{p['outlet']}" for k, p in enumerate(PROBES)])
def test_probe(probe):
    events = _events(probe["text"])
    for kind, actor, n in probe["count"]:
        assert sum(1 for t, actors, _, _, _ in events if t == kind and actor in actors) == n, (kind, actor, n, events)
    for kind, word, day in probe.get("date", []):
        assert any(t == kind and when == day and any(word in x for x in triggers)
                   for t, _, when, triggers, _ in events), (kind, word, day, events)
    for kind, word, status in probe.get("status", []):
        assert any(t == kind and state == status and any(word in x for x in triggers)
                   for t, _, _, triggers, state in events), (kind, word, status, events)


def _first(start: int, sentence: int, date: str | None = None, status: str = "asserted", told=()) -> dict:
    return {"trigger": {"start": start}, "sentence": sentence, "date": date, "status": status, "_told": set(told)}


HEADLINE = SimpleNamespace(start=0, end=30)


def test_a_dated_background_act_is_kept_apart_from_the_news_act():
    later = SimpleNamespace(status="historical", sentence=3)
    # the headline's act, undated, and a body act on another day: both stay apart from it
    assert component._background_of_news(_first(5, 0), later, "2024-07-30", HEADLINE)
    assert component._background_of_news(_first(40, 1, "2025-11-30"), later, "2024-07-30", HEADLINE)
    # not: the same sentence, the same day, an undated body act, a historical first act, an undated later act
    assert not component._background_of_news(_first(40, 3, "2025-11-30"), later, "2024-07-30", HEADLINE)
    assert not component._background_of_news(_first(40, 1, "2024-07-30"), later, "2024-07-30", HEADLINE)
    assert not component._background_of_news(_first(40, 1), later, "2024-07-30", HEADLINE)
    assert not component._background_of_news(_first(40, 1, "2023", "historical"), later, "2024-07-30", HEADLINE)
    assert not component._background_of_news(_first(5, 0), later, None, HEADLINE)
    news = SimpleNamespace(status="asserted", sentence=3)
    assert not component._background_of_news(_first(5, 0), news, "2025-11-29", HEADLINE)


def test_an_indefinite_noun_of_a_later_body_sentence_names_a_new_act():
    text = "x" * 40 + " هجوم واسع" + " الهجوم"
    indefinite = SimpleNamespace(kind="noun", sentence=4, trigger=(41, 45))
    definite = SimpleNamespace(kind="noun", sentence=4, trigger=(51, 57))
    assert text[41:45] == "هجوم" and text[51:57] == "الهجوم"
    assert component._new_noun_in_body(_first(35, 2), indefinite, HEADLINE, text)
    # the headline's act told in the body by a verb of sentence 2 counts as the body's
    assert component._new_noun_in_body(_first(5, 0, told={2}), indefinite, HEADLINE, text)
    assert not component._new_noun_in_body(_first(35, 2), definite, HEADLINE, text)
    assert not component._new_noun_in_body(_first(35, 4), indefinite, HEADLINE, text)       # one sentence
    assert not component._new_noun_in_body(_first(5, 0), indefinite, HEADLINE, text)        # the headline's act
    assert not component._new_noun_in_body(_first(5, 0, told={4}), indefinite, HEADLINE, text)
    # no headline (round s22): the whole text is body, and the rule holds between its sentences
    assert component._new_noun_in_body(_first(35, 2), indefinite, None, text)
    assert not component._new_noun_in_body(_first(35, 4), indefinite, None, text)
    verb = SimpleNamespace(kind="verb", sentence=4, trigger=(41, 45))
    assert not component._new_noun_in_body(_first(35, 2), verb, HEADLINE, text)


def test_a_promised_act_of_another_sentence_is_another_act():
    done = _first(40, 1, "2025-11-30")
    assert component._promise_of_more(done, SimpleNamespace(status="future", sentence=2))
    assert component._promise_of_more(done, SimpleNamespace(status="hypothetical", sentence=3))
    assert component._promise_of_more(_first(5, 0, status="future"), SimpleNamespace(status="asserted", sentence=2))
    # not: the same sentence, two unrealised acts, two acts done, a past act beside one done
    assert not component._promise_of_more(done, SimpleNamespace(status="future", sentence=1))
    assert not component._promise_of_more(_first(5, 0, status="future"), SimpleNamespace(status="hypothetical", sentence=2))
    assert not component._promise_of_more(done, SimpleNamespace(status="asserted", sentence=2))
    assert not component._promise_of_more(done, SimpleNamespace(status="historical", sentence=2))
