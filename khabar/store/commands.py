"""The store's commands: ingest, errors, reprocess, serve, export, demo.

`register(app)` adds them to the `khabar` command group (khabar/cli.py).  The store is
`--db` (default: $KHABAR_DB, else khabar.db in the current folder).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from khabar.reading.decode import DEFAULT_MAX_BYTES

__all__ = ["register"]

DEFAULT_DB = "khabar.db"


def _db_default() -> str:
    return os.environ.get("KHABAR_DB") or DEFAULT_DB


_DB = typer.Option(None, "--db", help="The store (SQLite file). Default: $KHABAR_DB or ./khabar.db.")


def _db(value: Optional[str]) -> str:
    return value or _db_default()


def _print_summary(summary, verb: str) -> None:
    typer.echo(f"khabar {verb}: {summary.stored} stored · {summary.duplicates} already stored · "
               f"{summary.errors} errors · {summary.seconds:.1f} s ({summary.loading:.1f} s loading the pipeline) · "
               f"{summary.rate:.1f} articles/s", err=True)


def corpus_folder() -> Path | None:
    """The bundled corpus of articles (corpus/articles beside the package, or in the current folder)."""
    import khabar

    for candidate in (Path(khabar.__file__).resolve().parent.parent / "corpus" / "articles",
                      Path.cwd() / "corpus" / "articles"):
        if candidate.is_dir():
            return candidate
    return None


def _manifest_sources(paths: list) -> dict[str, dict[str, str]]:
    """Outlets and URLs of files from manifests; exit 2 with the reason on a bad one."""
    from khabar.errors import ReadError
    from khabar.ingest.manifest import load_manifests

    try:
        return load_manifests(paths)
    except ReadError as error:
        typer.echo(f"khabar: {error}", err=True)
        raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        paths: list[str] = typer.Argument(..., help="Files, folders, globs, or - for standard input."),
        db: Optional[str] = _DB,
        workers: Optional[int] = typer.Option(None, "--workers", "-j",
                                              help="Reading processes (default: one per core; 0: in this process)."),
        format: Optional[str] = typer.Option(None, "--format",
                                             help="Force the format: txt, html, jsonl, rss, warc (default: by name)."),
        batch: int = typer.Option(200, "--batch", help="Articles per transaction."),
        max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse documents larger than this."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
        manifest: Optional[list[str]] = typer.Option(
            None, "--manifest", help="YAML/JSON list of articles (id = file name without extension) giving "
                                     "the outlet and URL of text files; repeatable."),
    ) -> None:
        """Read news (text, HTML, JSONL, RSS/Atom, WARC) into the store."""
        from khabar.ingest.formats import FORMATS
        from khabar.ingest.runner import ingest as run

        if format is not None and format not in FORMATS:
            typer.echo(f"khabar: --format is one of {', '.join(FORMATS)}", err=True)
            raise typer.Exit(2)
        if batch < 1 or (workers is not None and workers < 0):
            typer.echo("khabar: --batch must be ≥ 1 and --workers ≥ 0", err=True)
            raise typer.Exit(2)
        sources = _manifest_sources(manifest or [])
        summary = run(paths, _db(db), workers=workers, batch=batch, format=format, progress=not quiet,
                      max_bytes=max_bytes, stdin=sys.stdin.buffer if "-" in paths else None, sources=sources)
        _print_summary(summary, "ingest")
        for locator, reason in summary.error_list[:10]:
            typer.echo(f"  error: {locator}: {reason}", err=True)
        if summary.errors > 10:
            typer.echo(f"  … {summary.errors - 10} more: khabar errors --db {_db(db)}", err=True)

    @app.command("errors")
    def errors_command(
        db: Optional[str] = _DB,
        limit: int = typer.Option(0, "--limit", help="Show at most this many (0: all)."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
        clear: bool = typer.Option(False, "--clear", help="Forget the recorded errors."),
    ) -> None:
        """List the documents that could not be read, with the reason."""
        from khabar.store import Store

        if not Path(_db(db)).exists():
            typer.echo(f"khabar: no store at {_db(db)}", err=True)
            raise typer.Exit(1)
        with Store(_db(db)) as store:
            if clear:
                typer.echo(f"khabar errors: {store.clear_errors()} cleared", err=True)
                return
            rows = store.errors(limit or None)
        for row in rows:
            if as_json:
                typer.echo(json.dumps(dict(row), ensure_ascii=False))
            else:
                typer.echo(f"{row['locator']}\t{row['format'] or '?'}\t{row['reason']}")
        if not as_json:
            typer.echo(f"{len(rows)} errors", err=True)

    @app.command()
    def reprocess(
        db: Optional[str] = _DB,
        workers: Optional[int] = typer.Option(None, "--workers", "-j", help="Reading processes (default: one per core)."),
        everything: bool = typer.Option(False, "--all", help="Read every article again, not only stale ones."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    ) -> None:
        """Read the stored articles again with the current pipeline (those read by an older one)."""
        from khabar.ingest.runner import reprocess as run

        if not Path(_db(db)).exists():
            typer.echo(f"khabar: no store at {_db(db)}", err=True)
            raise typer.Exit(1)
        summary = run(_db(db), workers=workers, everything=everything, progress=not quiet)
        typer.echo(f"khabar reprocess: {summary.stored} read again · {summary.errors} errors · "
                   f"{summary.seconds:.1f} s", err=True)

    @app.command()
    def serve(
        db: Optional[str] = _DB,
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: this machine only)."),
        port: int = typer.Option(8000, "--port", help="Port."),
        token: Optional[str] = typer.Option(None, "--token", envvar="KHABAR_TOKEN",
                                            help="Token that write endpoints require (none: writes are off)."),
        max_request_bytes: int = typer.Option(1_000_000, "--max-request-bytes", help="Largest request body accepted."),
    ) -> None:
        """Serve the web app and the JSON API over the store."""
        _serve(_db(db), host, port, token, max_request_bytes)

    @app.command()
    def export(
        format: str = typer.Option(..., "--format", "-f", help="plover-json, csv or parquet."),
        out: str = typer.Option("-", "--out", "-o", help="Output file (default: standard output)."),
        db: Optional[str] = _DB,
        type: list[str] = typer.Option([], "--type", help="PLOVER event type (repeatable)."),
        country: Optional[str] = typer.Option(None, "--country", help="ISO 3166-1 alpha-3 of the place."),
        date_from: Optional[str] = typer.Option(None, "--from", help="From this date (ISO)."),
        date_to: Optional[str] = typer.Option(None, "--to", help="Up to this date (ISO)."),
        source: Optional[str] = typer.Option(None, "--source", help="Only events this outlet reported."),
        actor: Optional[str] = typer.Option(None, "--actor", help="Actor: KB id, Wikidata QID or name."),
        q: Optional[str] = typer.Option(None, "--q", help="Full-text search in the reporting articles."),
    ) -> None:
        """Export events as PLOVER JSON, CSV or Parquet."""
        from khabar.export import FORMATS, export as run
        from khabar.store import Store
        from khabar.store.query import EventFilter

        if format not in FORMATS:
            typer.echo(f"khabar: --format is one of {', '.join(FORMATS)}", err=True)
            raise typer.Exit(2)
        if not Path(_db(db)).exists():
            typer.echo(f"khabar: no store at {_db(db)}", err=True)
            raise typer.Exit(1)
        f = EventFilter(type=type, country=country, date_from=date_from, date_to=date_to, source=source,
                        actor=actor, q=q)
        with Store(_db(db), readonly=True) as store:
            if out == "-":
                count = run(store.connection, format, sys.stdout.buffer, f)
                sys.stdout.buffer.flush()
            else:
                with open(out, "wb") as handle:
                    count = run(store.connection, format, handle, f)
        typer.echo(f"khabar export: {count} events", err=True)

    @app.command()
    def demo(
        db: str = typer.Option("khabar-demo.db", "--db", help="The store to fill and serve."),
        host: str = typer.Option("127.0.0.1", "--host"),
        port: int = typer.Option(8000, "--port"),
        workers: Optional[int] = typer.Option(None, "--workers", "-j"),
        serve_after: bool = typer.Option(True, "--serve/--no-serve", help="Serve the app once ingested."),
    ) -> None:
        """Ingest the bundled corpus into a store and serve the web app on it."""
        from khabar.ingest.runner import ingest as run

        folder = corpus_folder()
        if folder is None:
            typer.echo("khabar: the bundled corpus (corpus/articles) is not here", err=True)
            raise typer.Exit(1)
        sources = _manifest_sources(sorted(folder.parent.glob("manifest-*.yaml")))
        summary = run([str(folder)], db, workers=workers, progress=True, sources=sources)
        _print_summary(summary, "ingest")
        if serve_after:
            _serve(db, host, port, None, 1_000_000)


def _serve(db: str, host: str, port: int, token: str | None, max_request_bytes: int) -> None:
    import uvicorn

    from khabar.serve.app import create_app

    if not Path(db).exists():
        typer.echo(f"khabar: no store at {db} (run khabar ingest first)", err=True)
        raise typer.Exit(1)
    app = create_app(db, token=token, max_request_bytes=max_request_bytes)
    typer.echo(f"khabar serve: http://{host}:{port}/  (store {db}; writes {'on' if token else 'off'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
