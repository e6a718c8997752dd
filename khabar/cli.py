"""The `khabar` command: one group, a subcommand per job.

Exit codes: 0 ok, 1 a document could not be read (one-line reason on stderr), 2 usage.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from khabar.errors import ReadError
from khabar.reading.decode import DEFAULT_MAX_BYTES

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="khabar (خبر): Arabic news articles → source-attributed event records.")


@app.callback()
def _group() -> None:
    """khabar (خبر): Arabic news articles → source-attributed event records."""


def _fail(reason: str, name: str) -> None:
    typer.echo(f"khabar: {name}: {reason}", err=True)
    raise typer.Exit(1)


@app.command()
def read(
    path: str = typer.Argument(..., help="An article file, or - for standard input."),
    as_json: bool = typer.Option(False, "--json", help="Print the record as JSON (schema khabar.article/1)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (ISO), overriding the text's."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse documents larger than this."),
    tokens: bool = typer.Option(False, "--tokens", help="Include tokens (with clitics split) in the output."),
    reorder: bool = typer.Option(True, "--reorder/--no-reorder",
                                 help="Reorder and join Arabic for left-to-right terminals (off: terminal does bidi)."),
) -> None:
    """Read one article and print its record."""
    import khabar

    name = "<stdin>" if path == "-" else path
    try:
        if published is not None:
            published = khabar._checked_date(published)
    except ValueError as error:
        typer.echo(f"khabar: --published: {error}", err=True)
        raise typer.Exit(2)
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            record = khabar.read_bytes(data, published=published, source={"path": None}, max_bytes=max_bytes)
        else:
            if not Path(path).is_file():
                _fail("no such file", name)
            record = khabar.read_file(path, published=published, max_bytes=max_bytes)
    except ReadError as error:
        _fail(str(error), name)
        return
    if as_json:
        typer.echo(record.to_json(tokens=tokens))
    else:
        from khabar.view import show

        show(record, reorder=reorder, tokens=tokens)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
