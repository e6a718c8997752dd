"""The figures battery of round s24's second wave (tests/figures/data/figures_probes_s24b.yaml):
who a toll's victims were, told with بين and a definite group noun, in the clustered wire style
of the held-out test; a probe marked `xfail` is a known failure, kept with its cause (strict)."""

from pathlib import Path

import pytest
import yaml

from tests.figures.test_figures_probes import PROBES as EARLIER
from tests.figures.test_figures_probes import assert_probe, assert_schema, probe_params

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "figures_probes_s24b.yaml").read_text("utf-8"))


def test_the_battery_follows_its_schema():
    assert 15 <= len(PROBES) <= 25
    assert_schema(PROBES)


def test_its_sentences_are_new():
    texts = [probe["text"] for probe in PROBES]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {probe["text"] for probe in EARLIER}


@pytest.mark.parametrize("text,expected", list(probe_params(PROBES)))
def test_probe(text, expected):
    assert_probe(text, expected)
