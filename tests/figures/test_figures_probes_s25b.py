"""The figures battery of round s25's second wave (tests/figures/data/figures_probes_s25b.yaml):
sentences composed in the clustered wire style of the held-out test, each with every figure it
must give; a probe marked `xfail` is a known failure, kept with its cause (strict).  It probes
people who leave their homes, told by a finite verb after the group ("غادرت منازلها"), and people
airlifted out of a place ("نقلوا جوا من"), with the near-misses that must stay other."""

from pathlib import Path

import pytest
import yaml

from tests.figures.test_figures_probes import PROBES as EARLIER
from tests.figures.test_figures_probes import assert_probe, assert_schema, probe_params
from tests.figures.test_figures_probes_s24 import PROBES as ROUND_S24
from tests.figures.test_figures_probes_s25 import PROBES as ROUND_S25

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "figures_probes_s25b.yaml").read_text("utf-8"))


def test_the_battery_follows_its_schema():
    assert 15 <= len(PROBES) <= 25
    assert_schema(PROBES)


def test_its_sentences_are_new():
    texts = [probe["text"] for probe in PROBES]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {probe["text"] for probe in EARLIER + ROUND_S24 + ROUND_S25}


@pytest.mark.parametrize("text,expected", list(probe_params(PROBES)))
def test_probe(text, expected):
    assert_probe(text, expected)
