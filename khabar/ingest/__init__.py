"""Ingesting news into the store: formats (txt, HTML, JSONL, RSS/Atom, WARC) and the runner."""

from khabar.ingest.runner import Summary, ingest, reprocess

__all__ = ["Summary", "ingest", "reprocess"]
