"""The figures probe batteries (tests/figures/figures_probes*.yaml, one file a round or a wave;
each file's header says what it probes): sentences composed in the house styles of many outlets,
each with every figure it must give — or none, for a near-miss.  A probe marked `xfail` is a known
failure, kept with its cause (strict).  A new battery is a new YAML file here, not a new module."""

from pathlib import Path

import pytest
import yaml

from khabar.figures.figures import find_figures

BATTERIES = {path.stem: yaml.safe_load(path.read_text("utf-8"))
             for path in sorted(Path(__file__).parent.glob("figures_probes*.yaml"))}
PROBES = [probe for probes in BATTERIES.values() for probe in probes]


def probe_params(probes: list[dict]):
    """One pytest param a probe, strictly xfail where the probe names a known failure."""
    for probe in probes:
        marks = [pytest.mark.xfail(reason=probe["xfail"], strict=True)] if probe.get("xfail") else []
        yield pytest.param(probe["text"], probe["figures"], marks=marks, id=probe["text"][:40])


def assert_schema(probes: list[dict]) -> None:
    """Each probe has only the battery's keys and each figure its five fields, its text in the sentence."""
    for probe in probes:
        assert set(probe) <= {"text", "figures", "note", "xfail"}
        for figure in probe["figures"]:
            assert len(figure) == 5 and figure[0] in probe["text"]


def assert_probe(text: str, expected: list) -> None:
    """khabar gives exactly the expected figures of `text`, each at its own offsets."""
    found = find_figures(text)
    for figure in found:
        assert text[figure["start"]:figure["end"]] == figure["text"]
    assert [[f["text"], f["value"], f["min"], f["max"], f["category"]] for f in found] == expected


@pytest.mark.parametrize("name", sorted(BATTERIES))
def test_the_battery_follows_its_schema(name):
    probes = BATTERIES[name]
    assert len(probes) >= 15  # a second wave's battery is smaller (figures_probes_s24b: 15-25)
    assert_schema(probes)


def test_each_round_composed_new_sentences():
    texts = [probe["text"] for probe in PROBES]
    assert len(BATTERIES) >= 2 and len(set(texts)) == len(texts)


@pytest.mark.parametrize("text,expected", list(probe_params(PROBES)))
def test_probe(text, expected):
    assert_probe(text, expected)


def test_a_subject_bound_approximates():
    [figure] = find_figures("وناهز عدد المشاركين في المسيرة 5 آلاف شخص.")
    assert (figure["value"], figure["approx"]) == (5000, True)
