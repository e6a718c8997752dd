"""khabar eval reads each article knowing its outlet, as khabar ingest --manifest does."""

from __future__ import annotations

from khabar.evaluate.run import _outlets
from tests.conftest import CORPUS


def test_gold_articles_get_their_manifest_outlet():
    files = sorted((CORPUS / "gold").glob("*.yaml"))
    outlets = _outlets(files)
    assert outlets["afp-2023-07-03-jenin-israeli-operation"] == "AFP"
    assert len(outlets) >= len(files) - 1
