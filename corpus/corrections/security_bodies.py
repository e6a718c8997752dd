"""Gold correction of session 18's decision (docs/gold-format.md): a state's security forces and its security
services are one entity ("قوات الأمن" … "الأجهزة الأمنية" of one state), as 7 of the 10 dev articles that name both
list them.  Where a gold file lists an entity whose every mention is the generic "الأجهزة الأمنية"/"أجهزة الأمن"
(or the bare "الأجهزة") beside another entity of the same type and country that has a generic "قوات الأمن"/"القوات
الأمنية"/"قوى الأمن" mention, the first is merged into the second: its mentions join the second's and the events
that name it name the second.

Mechanical and blind: it reads only the gold, and prints nothing but the count of entities merged (per split), so
that it can be run over the held-out split without reading it.

    python corpus/corrections/security_bodies.py --split test [--apply]
"""
from __future__ import annotations

import re
from pathlib import Path

from blind import delete_items, item_bounds, walk

_CLITIC = r"^(?:و|ب|ل|ف|وب|ول)?"
SERVICES = re.compile(_CLITIC + r"(?:ال)?(?:أجهزة (?:ال)?أمن(?:ية)?|أجهزة|الأجهزة(?: الأمنية)?)$")
FORCES = re.compile(_CLITIC + r"(?:ال)?(?:قوات الأمن|قوات الامن|قوى الأمن|القوات الأمنية|قوات أمن)(?:ية)?$")


def _generic(entity: dict, pattern: re.Pattern[str]) -> list[bool]:
    return [bool(pattern.search(str(mention).strip())) for mention in entity.get("mentions") or []]


def merge_pairs(raw: dict) -> list[tuple[int, int]]:
    """(index of a services entity, index of the forces entity it joins) for each such pair in one gold file."""
    entities = raw.get("entities") or []
    pairs = []
    for index, entity in enumerate(entities):
        marks = _generic(entity, SERVICES)
        if not marks or not all(marks):
            continue
        twins = [k for k, other in enumerate(entities) if k != index and any(_generic(other, FORCES))
                 and other.get("type") == entity.get("type") and other.get("country") == entity.get("country")]
        if len(twins) == 1:
            pairs.append((index, twins[0]))
    return pairs


def services_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold entities to merge into their state's security forces."""
    return [index for index, _ in merge_pairs(raw)]


def _yaml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _merge(path: Path, raw: dict, indexes: list[int]) -> None:
    """Append each services entity's mentions to its twin's one-line mention list, rename it in the events, and
    delete it."""
    entities = raw["entities"]
    lines = path.read_text(encoding="utf-8").split("\n")
    _, spans = item_bounds(lines, "entities", len(entities), path)
    for services, forces in merge_pairs(raw):
        hits = [k for k in range(*spans[forces]) if re.search(r"mentions: *\[.*\]", lines[k])]
        assert len(hits) == 1, (path, forces)
        added = ", ".join(_yaml_string(str(m)) for m in entities[services]["mentions"])
        lines[hits[0]] = re.sub(r"(mentions: *\[.*?)\]", lambda m: m.group(1) + ", " + added + "]", lines[hits[0]],
                                count=1)
        lines = _renamed_in_events(lines, str(entities[services]["name"]), str(entities[forces]["name"]))
    path.write_text("\n".join(lines), encoding="utf-8")
    delete_items(path, "entities", len(entities), indexes)


def _renamed_in_events(lines: list[str], old: str, new: str) -> list[str]:
    """The lines with ``old`` written ``new`` wherever it stands as a whole list item after ``events:``."""
    start = lines.index("events:") if "events:" in lines else len(lines)
    item = re.compile(r"(?<=[\[,] )" + r"(['\"]?)" + re.escape(old) + r"\1(?=[,\]])|(?<=\[)(['\"]?)" + re.escape(old)
                      + r"\2(?=[,\]])")
    return lines[:start] + [item.sub(new, line) for line in lines[start:]]


if __name__ == "__main__":
    walk(services_indexes, _merge, "security-service entities merged into the forces")
