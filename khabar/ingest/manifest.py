"""Manifests: where files of plain text came from.

A folder of scraped `.txt` files says nothing of its outlets; a manifest does.  It is a
YAML or JSON file with a list `articles` of objects, each with the `id` of a file (its
name without extension) and any of `outlet` and `url`.  Other keys (topic, cluster, …) are
ignored; so is `published`: the article's own date line is read, a manifest date is not
passed off as one.  corpus/manifest-*.yaml are such files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import yaml

from khabar.datafile import load_yaml
from khabar.errors import ReadError
from khabar.ingest.formats import Document

__all__ = ["load_manifests", "with_sources"]

_KEPT = ("outlet", "url")


def load_manifests(paths: Iterable[str | Path]) -> dict[str, dict[str, str]]:
    """file id → {"outlet": …, "url": …} from every manifest; ReadError on a malformed one."""
    sources: dict[str, dict[str, str]] = {}
    for path in paths:
        try:
            data = load_yaml(Path(path).read_text("utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            raise ReadError(f"manifest {path}: cannot read: {error}") from None
        articles = data.get("articles") if isinstance(data, dict) else None
        if not isinstance(articles, list):
            raise ReadError(f"manifest {path}: no list 'articles'")
        for entry in articles:
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                raise ReadError(f"manifest {path}: an article without a string 'id': {entry!r}"[:300])
            kept = {key: entry[key] for key in _KEPT if isinstance(entry.get(key), str) and entry[key].strip()}
            if kept:
                sources[entry["id"]] = kept
    return sources


def with_sources(docs: Iterable[Document], sources: dict[str, dict[str, str]]) -> Iterator[Document]:
    """The documents, files among them given the outlet and URL their manifest entry has
    (what a document already carries, from JSONL or a feed, is kept)."""
    for doc in docs:
        if doc.path is not None:
            entry = sources.get(Path(doc.path).stem)
            if entry:
                doc.outlet = doc.outlet or entry.get("outlet")
                doc.url = doc.url or entry.get("url")
        yield doc
