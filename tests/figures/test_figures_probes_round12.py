"""Round 12's figures probe battery (tests/figures/figures_probes_round12.yaml): new
shapes composed in many outlets' styles, each with every figure it must give — or none,
for a near-miss.  A probe marked `xfail` is a known failure, kept with its cause."""

from pathlib import Path

import pytest
import yaml

from khabar.figures.figures import find_figures

PROBES = yaml.safe_load((Path(__file__).parent / "figures_probes_round12.yaml").read_text("utf-8"))


def _params():
    for probe in PROBES:
        marks = [pytest.mark.xfail(reason=probe["xfail"], strict=True)] if probe.get("xfail") else []
        yield pytest.param(probe["text"], probe["figures"], marks=marks, id=probe["text"][:40])


def test_the_round12_battery_follows_its_schema():
    assert len(PROBES) >= 60
    first = yaml.safe_load((Path(__file__).parent / "figures_probes.yaml").read_text("utf-8"))
    assert not {p["text"] for p in PROBES} & {p["text"] for p in first}  # new sentences only
    for probe in PROBES:
        assert set(probe) <= {"text", "figures", "note", "xfail"}
        for figure in probe["figures"]:
            assert len(figure) == 5 and figure[0] in probe["text"]


@pytest.mark.parametrize("text,expected", list(_params()))
def test_round12_probe(text, expected):
    found = find_figures(text)
    for figure in found:
        assert text[figure["start"]:figure["end"]] == figure["text"]
    assert [[f["text"], f["value"], f["min"], f["max"], f["category"]] for f in found] == expected
