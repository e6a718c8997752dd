"""The `khabar` command: one group, a subcommand per job.

Exit codes: 0 ok, 1 a document could not be read (one-line reason on stderr), 2 usage.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from khabar.datafile import load_yaml
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


@app.command("eval")
def eval_command(
    gold: list[str] = typer.Argument(None, help="Gold YAML files or folders (default: corpus/gold)."),
    split: Optional[str] = typer.Option(None, "--split", help="Only this side of corpus/split.yaml: dev or test."),
    report: Optional[Path] = typer.Option(None, "--report", help="Write the JSON report here."),
    min_f1: list[str] = typer.Option([], "--min-f1", help="COMPONENT=X: exit 1 when its F1 is below X."),
    floors: Optional[Path] = typer.Option(None, "--floors", help="A YAML file of COMPONENT: minimum F1 gates."),
    errors: int = typer.Option(40, "--errors", help="How many misses and false items to list."),
    manifest: Optional[Path] = typer.Option(None, "--manifest",
                                            help="Only the articles this corpus manifest lists (a batch of new articles)."),
) -> None:
    """Score the pipeline against gold annotations: P/R/F1 per component and type."""
    from rich.console import Console

    from khabar.evaluate.run import gold_files, print_scores, run_eval, write_report

    if split not in (None, "dev", "test"):
        typer.echo("khabar: --split is dev or test", err=True)
        raise typer.Exit(2)
    gates: dict[str, float] = {}
    try:
        for item in min_f1:
            name, _, value = item.partition("=")
            gates[name] = float(value)
    except ValueError:
        typer.echo(f"khabar: --min-f1 takes COMPONENT=NUMBER, not {min_f1!r}", err=True)
        raise typer.Exit(2)
    if floors:
        gates.update({k: float(v) for k, v in (load_yaml(floors.read_text("utf-8")) or {}).items()})
    if manifest and not manifest.is_file():
        typer.echo(f"khabar: no manifest at {manifest}", err=True)
        raise typer.Exit(2)
    files = gold_files(gold or ["corpus/gold"], split, manifest=manifest)
    if not files:
        typer.echo("khabar: no gold files", err=True)
        raise typer.Exit(2)
    scores, problems = run_eval(files)
    console = Console()
    print_scores(scores, console, errors=errors)
    for path, reason in problems:
        typer.echo(f"khabar eval: unusable gold (left out of the scores): {path}: {reason}", err=True)
    if report:
        write_report(report, scores, problems)
    failed = [f"{name} F1 {scores.f1(name):.3f} < {floor}" for name, floor in gates.items() if scores.f1(name) < floor]
    for line in failed:
        typer.echo(f"khabar eval: below floor: {line}", err=True)
    # a gold file that cannot be scored is a document not read: exit 1 (the scores leave it out)
    raise typer.Exit(1 if failed or problems else 0)


@app.command("train-ner")
def train_ner_command(
    epochs: int = typer.Option(20, "--epochs", help="Passes over the training sentences."),
    seed: int = typer.Option(13, "--seed"),
    with_dev: bool = typer.Option(False, "--with-dev/--no-dev",
                                  help="Also train on the dev split's gold sentences (docs/ner.md)."),
) -> None:
    """Rebuild khabar's NER model from khabar/entities/data/ner (last file held out)."""
    from rich.console import Console

    from khabar.entities.ner import MODEL, train_ner

    console = Console()
    scores = train_ner(epochs=epochs, seed=seed, log=console.print, with_dev=with_dev)
    for label, values in scores.items():
        if isinstance(values, dict):
            console.print(f"{label:8} P {values['precision']:.3f}  R {values['recall']:.3f}  F1 {values['f1']:.3f}")
    console.print(f"model written to {MODEL}")


def _train_events_model(command: str, gold: Optional[list[Path]], out: Optional[Path], train,
                        shipped: Path) -> None:
    """Train one of the events' models on gold files (default: the dev split) and write its
    weights to `out` or the shipped file, telling what it was fitted on."""
    from rich.console import Console

    from khabar.evaluate.run import gold_files
    from khabar.events.modelslot import write

    console = Console()
    files = gold_files(gold, None) if gold else gold_files(["corpus/gold"], "dev")
    if not files:
        typer.echo(f"khabar {command}: no gold files", err=True)
        raise typer.Exit(2)
    chosen, counts = train(files)
    target = out or shipped
    write(chosen, target)
    console.print(", ".join(f"{k} {v}" for k, v in counts.items()), highlight=False)
    console.print(f"model written to {target}", highlight=False)


@app.command("train-actors")
def train_actors_command(
    gold: Optional[list[Path]] = typer.Option(None, "--gold", help="Gold files or folders (default: the dev split of corpus/gold)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Where to write the weights (default: the shipped file)."),
) -> None:
    """Rebuild the events' actor model (khabar/events/data/actor_model.json) from dev gold."""
    from khabar.events import actmodel
    from khabar.events.actmodel_train import train

    _train_events_model("train-actors", gold, out, train, actmodel.MODEL)


@app.command("train-triggers")
def train_triggers_command(
    gold: Optional[list[Path]] = typer.Option(None, "--gold", help="Gold files or folders (default: the dev split of corpus/gold)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Where to write the weights (default: the shipped file)."),
) -> None:
    """Rebuild the events' trigger-sense model (khabar/events/data/trigger_model.json) from dev gold."""
    from khabar.events import trigmodel
    from khabar.events.trigmodel_train import train

    _train_events_model("train-triggers", gold, out, train, trigmodel.MODEL)


@app.command("kb")
def kb_command(
    query: str = typer.Argument(..., help="A name in Arabic or English, or an id."),
    date: Optional[str] = typer.Option(None, "--date", help="Show the office held on this ISO date."),
    limit: int = typer.Option(10, "--limit"),
) -> None:
    """Look entries up in the knowledge base."""
    from datetime import date as Date

    from rich.console import Console
    from rich.table import Table

    from khabar.knowledge import knowledge_base
    from khabar.display import visual

    day = Date.fromisoformat(date) if date else None
    found = knowledge_base().search(query)[:limit]
    if not found:
        typer.echo(f"khabar kb: nothing for {query!r}", err=True)
        raise typer.Exit(1)
    table = Table()
    for column in ("id", "type", "name", "Arabic", "country", "sector", "office" + (f" on {date}" if date else "")):
        table.add_column(column, no_wrap=column in ("id", "Arabic"))
    for entry in found:
        office = entry.office_on(day) if entry.offices else None
        table.add_row(entry.kb, entry.type, entry.name, visual(entry.name_ar or ""), entry.country or "",
                      entry.sector or "", (office or {}).get("title", ""))
    Console().print(table)


def _register_database_commands() -> None:
    """ingest, errors, reprocess, serve, export, demo (khabar/store/commands.py)."""
    from khabar.store.commands import register

    register(app)


_register_database_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
