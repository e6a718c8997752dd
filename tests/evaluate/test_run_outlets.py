"""khabar eval reads each article knowing its outlet, as khabar ingest --manifest does."""

from __future__ import annotations

from khabar.evaluate.run import gold_sources
from tests.conftest import CORPUS


def test_gold_articles_get_their_manifest_outlet():
    files = sorted((CORPUS / "gold").glob("*.yaml"))
    sources = gold_sources(files)
    assert sources["afp-2023-07-03-jenin-israeli-operation"] == {"outlet": "AFP"}
    assert len(sources) >= len(files) - 1


def test_a_manifest_keeps_the_gold_files_of_its_articles_only(tmp_path):
    from khabar.evaluate.run import gold_files, manifest_ids

    manifest = CORPUS / "manifest-E.yaml"
    ids = manifest_ids(manifest)
    files = gold_files([CORPUS / "gold"], manifest=manifest)
    assert sorted(f.stem for f in files) == sorted(ids)
    assert "spa-2024-06-23-hajj-heat-deaths" in ids and len(ids) == 14
    assert gold_files([CORPUS / "gold"], split="test", manifest=manifest) == []  # batch E is all dev


def test_eval_refuses_a_missing_manifest(tmp_path):
    from typer.testing import CliRunner

    from khabar.cli import app

    result = CliRunner().invoke(app, ["eval", "--manifest", str(tmp_path / "none.yaml")])
    assert result.exit_code == 2
