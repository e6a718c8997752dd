"""The figures battery of round s25 (tests/figures/data/figures_probes_s25.yaml): sentences
composed in the clustered wire style of the held-out test, each with every figure it must give;
a probe marked `xfail` is a known failure, kept with its cause (strict).  It probes a toll's parts
told with بينهما and من ضمنهم, lists of nouns that each name their toll, mixed tolls of two verbs
with one subject, a passive verb's lone subject after a resumptive or a place, "one of them" after
an event, participles and names that only look like duals, and bodies in an article of violence."""

from pathlib import Path

import pytest
import yaml

from tests.figures.test_figures_probes import PROBES as EARLIER
from tests.figures.test_figures_probes import assert_probe, assert_schema, probe_params
from tests.figures.test_figures_probes_s24 import PROBES as ROUND_S24

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "figures_probes_s25.yaml").read_text("utf-8"))


def test_the_battery_follows_its_schema():
    assert 40 <= len(PROBES) <= 60
    assert_schema(PROBES)


def test_its_sentences_are_new():
    texts = [probe["text"] for probe in PROBES]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {probe["text"] for probe in EARLIER + ROUND_S24}


@pytest.mark.parametrize("text,expected", list(probe_params(PROBES)))
def test_probe(text, expected):
    assert_probe(text, expected)
