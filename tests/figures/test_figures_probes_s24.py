"""The figures batteries of round s24 (tests/figures/data/figures_probes_s24*.yaml): sentences
composed in the clustered wire style of the held-out test, each with every figure it must give; a
probe marked `xfail` is a known failure, kept with its cause (strict).  The first wave's battery
(figures_probes_s24) probes tolls, crews and releases; the second wave's (figures_probes_s24b)
who a toll's victims were, told with بين and a definite group noun."""

from pathlib import Path

import pytest
import yaml

from tests.figures.test_figures_probes import PROBES as EARLIER
from tests.figures.test_figures_probes import assert_probe, assert_schema, probe_params

SIZES = {"figures_probes_s24": (40, 60), "figures_probes_s24b": (15, 25)}  # probes a battery holds
BATTERIES = {name: yaml.safe_load((Path(__file__).parent / "data" / f"{name}.yaml").read_text("utf-8"))
             for name in SIZES}
PROBES = [probe for probes in BATTERIES.values() for probe in probes]


@pytest.mark.parametrize("name", sorted(SIZES))
def test_the_battery_follows_its_schema(name):
    low, high = SIZES[name]
    assert low <= len(BATTERIES[name]) <= high
    assert_schema(BATTERIES[name])


def test_its_sentences_are_new():
    texts = [probe["text"] for probe in PROBES]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {probe["text"] for probe in EARLIER}


@pytest.mark.parametrize("text,expected", list(probe_params(PROBES)))
def test_probe(text, expected):
    assert_probe(text, expected)
