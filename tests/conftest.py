"""Shared fixtures: the project's corpus, and the canonical article."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CANONICAL = CORPUS / "articles" / "manassa-2024-06-10-us-hamas.txt"


@pytest.fixture(scope="session")
def canonical_text() -> str:
    return CANONICAL.read_text("utf-8")


@pytest.fixture(scope="session")
def canonical_record(canonical_text):
    import khabar

    return khabar.read(canonical_text)
