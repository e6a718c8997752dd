"""The claims probe batteries (tests/claims/data/claims_probes*.yaml, one file a round): sentences and paragraphs
composed in the house styles of many outlets, each with the chains of the claims khabar must
find, and near-misses that must find none.  A probe marked `xfail` states a known failure and
why; it must go on failing (strict), so that a fix shows here and its mark is removed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import khabar
from khabar.datafile import load_yaml
from khabar.text.normalise import normalise

BATTERIES = sorted((Path(__file__).parent / "data").glob("claims_*probes*.yaml"))
_MARKS = re.compile(r"[«»\"“”()]")


def _battery(path: Path) -> list[dict]:
    return load_yaml(path.read_text("utf-8"))["probes"]


def _probes() -> list[dict]:
    return [probe for path in BATTERIES for probe in _battery(path)]


def _norm(text: str) -> str:
    return " ".join(_MARKS.sub(" ", normalise(text).text).split())


def _same(got: str, expected: str) -> bool:
    """One string holds the other, normalised and without quote marks (the scorer's overlap)."""
    a, b = _norm(got), _norm(expected)
    return a in b or b in a


def _least(stem: str) -> tuple[int, int]:
    """(probes, near-misses) a battery holds at least: a round's first battery 60 and 20, a second wave's
    (suffix b) 30 and 20, a third, short wave's (suffix c) 20 and 8, and so does each battery of the short
    rounds from s21 on (about 100 minutes: 20-40 probes, suffix _s21, _s22 …)."""
    found = re.search(r"_s(\d+)([a-z]?)$", stem)
    if found and (found.group(2) == "c" or int(found.group(1)) >= 21):
        return 20, 8
    return (30 if found and found.group(2) == "b" else 60), 20


@pytest.mark.parametrize("stem, least", [("claims_probes", (60, 20)), ("claims_probes_s16b", (30, 20)),
                                         ("claims_probes_s20c", (20, 8)), ("claims_probes_s21", (20, 8)),
                                         ("claims_chain_probes_s15", (60, 20))])
def test_the_least_size_follows_the_suffix(stem, least):
    assert _least(stem) == least


@pytest.mark.parametrize("path", BATTERIES, ids=[path.stem for path in BATTERIES])
def test_the_battery_is_well_formed(path):
    probes = _battery(path)
    least, near_misses = _least(path.stem)
    assert least <= len(probes) <= 200
    ids = [p["id"] for p in _probes()]
    assert len(ids) == len(set(ids))   # unique across the batteries
    for probe in probes:
        assert set(probe) <= {"id", "text", "claims", "certainty", "kind", "platform", "xfail"}, probe["id"]
        assert isinstance(probe["claims"], list)
        for key in ("certainty", "kind", "platform"):
            if key in probe:
                assert len(probe[key]) == len(probe["claims"]), probe["id"]
    assert sum(1 for p in probes if not p["claims"]) >= near_misses


@pytest.mark.parametrize("probe", [pytest.param(p, id=p["id"], marks=[pytest.mark.xfail(reason=p["xfail"], strict=True)]
                                                if p.get("xfail") else []) for p in _probes()])
def test_probe(probe):
    claims = khabar.read(probe["text"], published="2024-06-10").claims
    got = [[s["text"] for s in c["sources"]] for c in claims]
    expected = probe["claims"]
    assert len(got) == len(expected), got
    for chain, wanted in zip(got, expected):
        assert len(chain) == len(wanted) and all(_same(g, w) for g, w in zip(chain, wanted)), got
    for key in ("certainty", "kind", "platform"):
        if key in probe:
            assert [c[key] for c in claims] == probe[key]
