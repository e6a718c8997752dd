"""The per-user cache of derived tables (khabar.cache), on a real directory."""

from __future__ import annotations

import os

import pytest

from khabar import cache


@pytest.fixture
def directory(tmp_path, monkeypatch):
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting_builder(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_table_is_built_once_then_loaded(directory):
    build, calls = counting_builder({"كتاب": 4.5})
    assert cache.derived("table", build) == {"كتاب": 4.5}
    assert cache.derived("table", build) == {"كتاب": 4.5}
    assert len(calls) == 1
    assert len(list(directory.glob("table-*.pickle"))) == 1


def test_a_new_version_builds_again_and_replaces_the_old_file(directory, monkeypatch):
    build, calls = counting_builder([1, 2])
    cache.derived("table", build)
    monkeypatch.setattr(cache, "_version", lambda: "another-version")
    cache.derived("table", build)
    assert len(calls) == 2
    assert [p.name for p in directory.glob("table-*.pickle")] == ["table-another-version.pickle"]


def test_off_builds_every_time(monkeypatch):
    monkeypatch.setenv("KHABAR_CACHE_DIR", "off")
    build, calls = counting_builder("x")
    cache.derived("table", build)
    cache.derived("table", build)
    assert len(calls) == 2 and cache.cache_directory() is None


def test_a_damaged_file_is_rebuilt(directory):
    build, calls = counting_builder({"a": 1})
    cache.derived("table", build)
    (stored,) = directory.glob("table-*.pickle")
    stored.write_bytes(b"\x80\x05not a pickle")
    assert cache.derived("table", build) == {"a": 1}
    assert len(calls) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through directory permissions")
def test_an_unwritable_cache_still_gives_the_table(directory):
    directory.mkdir()
    directory.chmod(0o500)
    try:
        build, calls = counting_builder([3])
        assert cache.derived("table", build) == [3]
    finally:
        directory.chmod(0o700)


def test_a_cache_path_that_is_a_file_still_gives_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(blocker))
    build, calls = counting_builder([3])
    assert cache.derived("table", build) == [3]


def test_the_package_digest_follows_the_code(tmp_path):
    assert cache.package_digest() != cache.package_digest(frozenset({"text"}))
    assert cache.package_digest() == cache.package_digest()


def test_a_changed_normalisation_table_changes_the_version(monkeypatch):
    """Every derived table (lexicon, word frequencies, knowledge base) is stored normalised, so
    a change to khabar/text/data/normalisation.yaml (a letter folded anew) must change the key
    under which they are cached: a stale table cannot be loaded back."""
    from pathlib import Path

    before = cache.package_digest()
    real = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        data = real(path)
        return data + "\n  \"ڤ\": \"x\"\n".encode() if path.name == "normalisation.yaml" else data
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert cache.package_digest() != before


def test_the_knowledge_base_from_the_cache_finds_what_the_built_one_finds(directory):
    from khabar.knowledge.kb import _build_knowledge_base

    built = _build_knowledge_base()
    cache.derived("knowledge-base", _build_knowledge_base)
    loaded = cache.derived("knowledge-base", lambda: pytest.fail("should come from the cache"))
    words = ("القطريين",)
    assert [e.kb for e, _ in loaded.lookup(words)] == [e.kb for e, _ in built.lookup(words)] != []
