"""The readable terminal view of a record (rich): layout first, then every extracted item
next to the words it came from."""

from __future__ import annotations

import textwrap
from typing import Any, Callable

from rich.console import Console
from rich.table import Table

from khabar.display import visual
from khabar.record import Record

__all__ = ["show"]


def show(record: Record, *, reorder: bool = True, tokens: bool = False, console: Console | None = None) -> None:
    """Print `record` for a person to check."""
    console = console or Console()
    width = max(30, console.width - 40)

    def ar(value: str) -> str:
        """Wrap in logical order first, so each visual line reads right to left on its own."""
        if not reorder:
            return value
        return "\n".join(visual(line) for line in textwrap.wrap(value, width) or [""])

    meta = record.meta
    text = record.text

    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold cyan", justify="right")
    header.add_column()
    header.add_row("headline", ar(meta["headline"]["text"]) if meta.get("headline") else "—")
    header.add_row("published", str(meta.get("published") or "— (no date line)"))
    if meta.get("date_line"):
        header.add_row("date line", ar(meta["date_line"]["text"]))
    header.add_row("byline", ar(meta["byline"]["text"]) if meta.get("byline") else "—")
    if meta.get("dateline"):
        dateline = meta["dateline"]
        header.add_row("dateline", ar(f"{dateline['place']['text'] if dateline['place'] else ''} · "
                                      f"{dateline['agency']['text'] if dateline['agency'] else ''}"))
    header.add_row("body", f"{len(meta.get('paragraphs') or [])} paragraphs, {len(record.sentences)} sentences")
    header.add_row("id", record.id)
    console.print(header)

    if meta.get("captions"):
        table = Table(title="captions and credits", title_justify="left")
        table.add_column("kind")
        table.add_column("text")
        table.add_column("offsets", justify="right")
        for caption in meta["captions"]:
            table.add_row(caption["kind"], ar(caption["text"]), f"{caption['start']}–{caption['end']}")
        console.print(table)

    for layer, columns in _LAYER_COLUMNS.items():
        items = getattr(record, layer)
        if not items:
            continue
        table = Table(title=f"{layer} ({len(items)})", title_justify="left")
        for column, _ in columns:
            table.add_column(column)
        for item in items:
            table.add_row(*[_cell(getter(item, text), ar) for _, getter in columns])
        console.print(table)

    if tokens and record.tokens:
        console.print(" | ".join(ar(t["text"]) for t in record.tokens))


def _cell(value: Any, ar: Callable[[str], str]) -> str:
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or "—"
    return ar(str(value))


def _evidence(item: dict[str, Any], text: str) -> str:
    span = item.get("trigger") or item.get("cue") or item
    if "start" in span:
        return text[span["start"]:span["end"]]
    return ""


_LAYER_COLUMNS: dict[str, list[tuple[str, Callable[[dict[str, Any], str], Any]]]] = {
    "entities": [("id", lambda i, t: i["id"]), ("type", lambda i, t: i["type"]), ("name", lambda i, t: i["name"]),
                 ("mentions", lambda i, t: [m["text"] for m in i["mentions"]])],
    "times": [("id", lambda i, t: i["id"]), ("text", _evidence), ("value", lambda i, t: i["value"]),
              ("grain", lambda i, t: i["grain"])],
    "figures": [("id", lambda i, t: i["id"]), ("text", _evidence), ("value", lambda i, t: i.get("value")),
                ("bounds", lambda i, t: f"{i.get('min')}..{i.get('max')}"), ("category", lambda i, t: i["category"])],
    "events": [("id", lambda i, t: i["id"]), ("type", lambda i, t: i["type"]), ("status", lambda i, t: i["status"]),
               ("trigger", _evidence), ("actor", lambda i, t: i.get("actor")), ("date", lambda i, t: i.get("date"))],
    "claims": [("id", lambda i, t: i["id"]), ("cue", _evidence),
               ("sources", lambda i, t: " ← ".join(s["text"] for s in i.get("sources", [])))],
}
