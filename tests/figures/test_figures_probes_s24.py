"""The figures battery of round s24 (tests/figures/data/figures_probes_s24.yaml): sentences composed
in the clustered wire style of the held-out test, each with every figure it must give; a probe
marked `xfail` is a known failure, kept with its cause (strict)."""

from pathlib import Path

import pytest
import yaml

from khabar.figures.figures import find_figures
from tests.figures.test_figures_probes import PROBES as EARLIER

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "figures_probes_s24.yaml").read_text("utf-8"))


def _params():
    for probe in PROBES:
        marks = [pytest.mark.xfail(reason=probe["xfail"], strict=True)] if probe.get("xfail") else []
        yield pytest.param(probe["text"], probe["figures"], marks=marks, id=probe["text"][:40])


def test_the_battery_follows_its_schema():
    assert 40 <= len(PROBES) <= 60
    for probe in PROBES:
        assert set(probe) <= {"text", "figures", "note", "xfail"}
        for figure in probe["figures"]:
            assert len(figure) == 5 and figure[0] in probe["text"]


def test_its_sentences_are_new():
    texts = [probe["text"] for probe in PROBES]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {probe["text"] for probe in EARLIER}


@pytest.mark.parametrize("text,expected", list(_params()))
def test_probe(text, expected):
    found = find_figures(text)
    for figure in found:
        assert text[figure["start"]:figure["end"]] == figure["text"]
    assert [[f["text"], f["value"], f["min"], f["max"], f["category"]] for f in found] == expected
