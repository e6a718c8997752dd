"""The round-14 segmentation battery (data/segmentation_s14.yaml), judged by a segmenter
built as the pipeline builds it: the default lexicons, the knowledge base's names protected."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from khabar.datafile import load_yaml
from khabar.pipeline import _protect_names
from khabar.text.clitics import Segmenter, _zipf_table
from khabar.text.lexicon import default_lexicon
from khabar.text.tokenizer import KhabarTokenizer

_BATTERY = Path(__file__).parent / "data" / "segmentation_s14.yaml"


def _items() -> list[dict]:
    return load_yaml(_BATTERY.read_text("utf-8"))["items"]


def _cases():
    for n, item in enumerate(_items()):
        marks = [pytest.mark.xfail(reason=item["known_failure"], strict=True)] if item.get("known_failure") else []
        yield pytest.param(item, id=f"seg_s14-{n:03d}", marks=marks)


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    segmenter = Segmenter(default_lexicon(), _zipf_table())
    _protect_names(KhabarTokenizer(spacy.blank("ar").vocab, segmenter))
    return segmenter


def test_battery_is_well_formed():
    items = _items()
    assert len(items) >= 150
    for item in items:
        assert set(item) <= {"word", "expect", "known_failure"}
        assert "".join(item["expect"]) == item["word"], item["word"]


@pytest.mark.parametrize("item", list(_cases()))
def test_segmentation_probe(item, segmenter):
    word = item["word"]
    assert [word[a:b] for a, b in segmenter.segment(word)] == item["expect"]
