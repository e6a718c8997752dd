"""Manifests give text files the outlet and URL their text does not carry."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli import app
from khabar.errors import ReadError
from khabar.ingest import ingest
from khabar.ingest.manifest import load_manifests

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "corpus" / "articles").glob("*.txt"))


def _outlets(db: Path) -> dict[str, str | None]:
    connection = sqlite3.connect(db)
    try:
        return dict(connection.execute("SELECT path, outlet FROM articles").fetchall())
    finally:
        connection.close()


def test_manifest_outlets_reach_the_stored_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, source in (("one", ARTICLES[0]), ("two", ARTICLES[1])):
        (folder / f"{name}.txt").write_text(source.read_text("utf-8"), "utf-8")
    manifest = tmp_path / "m.yaml"
    manifest.write_text("articles:\n- id: one\n  outlet: Reuters\n  url: https://example.org/one\n"
                        "  published: '1999-01-01'\n- id: elsewhere\n  outlet: AFP\n", "utf-8")
    db = tmp_path / "k.db"
    summary = ingest([str(folder)], db, workers=0, sources=load_manifests([manifest]))
    assert summary.stored == 2
    outlets = _outlets(db)
    assert outlets[str(folder / "one.txt")] == "Reuters"
    assert outlets[str(folder / "two.txt")] is None  # not in the manifest: nothing invented
    connection = sqlite3.connect(db)
    published = connection.execute("SELECT published FROM articles WHERE path LIKE '%one.txt'").fetchone()[0]
    assert published != "1999-01-01"  # a manifest date is not passed off as the article's


def test_bundled_manifests_cover_the_corpus():
    sources = load_manifests(sorted((ROOT / "corpus").glob("manifest-*.yaml")))
    stems = {path.stem for path in ARTICLES}
    assert len(stems & set(sources)) >= len(stems) - 1  # the canonical article has its own outlet line
    assert all(entry.get("outlet") for entry in sources.values())


@pytest.mark.parametrize("content", ["articles: 3\n", "- a\n- b\n", "articles:\n- outlet: X\n", "a: [\n"])
def test_malformed_manifest_is_refused_with_its_reason(tmp_path, content):
    manifest = tmp_path / "bad.yaml"
    manifest.write_text(content, "utf-8")
    with pytest.raises(ReadError, match="manifest"):
        load_manifests([manifest])
    result = CliRunner().invoke(app, ["ingest", str(ARTICLES[0]), "--db", str(tmp_path / "k.db"),
                                      "--manifest", str(manifest), "-q", "-j", "0"])
    assert result.exit_code == 2 and "manifest" in result.output
