"""Loading gold annotations: YAML files of surface strings (docs/gold-format.md).

Gold is typed by people, so it names strings, not offsets.  The loader finds where each
string stands in the article (after normalisation, so hamza or diacritic slips in the
gold do not matter) and refuses a gold file whose strings are not in its article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from khabar.datafile import load_yaml
from khabar.text.normalise import normalise, normalise_word

__all__ = ["Gold", "GoldError", "load_gold", "load_split", "occurrences"]


class GoldError(ValueError):
    """A gold file that does not fit its article or the format."""


@dataclass
class Gold:
    path: Path
    article_path: Path
    text: str
    data: dict[str, Any]
    _occurrence_cache: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)

    @property
    def id(self) -> str:
        return self.article_path.stem

    @property
    def published(self) -> str | None:
        value = self.data.get("published")
        return str(value) if value else None

    def section(self, name: str) -> list[dict[str, Any]]:
        return list(self.data.get(name) or [])

    def spans(self, surface: str) -> list[tuple[int, int]]:
        """Every place `surface` stands in the article, as original offsets."""
        if surface not in self._occurrence_cache:
            self._occurrence_cache[surface] = occurrences(self.text, surface)
        return self._occurrence_cache[surface]


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Original (start, end) of every occurrence of `surface` in `text`, matched normalised."""
    words = normalise_word(str(surface)).split()
    if not words:
        return []
    view = _normalised_view(text)
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    return [view.span(m.start(), m.end()) for m in pattern.finditer(view.text)]


_VIEWS: dict[int, Any] = {}


def _normalised_view(text: str):
    key = hash(text)
    view = _VIEWS.get(key)
    if view is None or view.original != text:
        view = normalise(text)
        if len(_VIEWS) > 512:
            _VIEWS.clear()
        _VIEWS[key] = view
    return view


def _strings(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(where, string) for every string the gold says stands in the article."""
    out: list[tuple[str, str]] = []
    structure = data.get("structure") or {}
    for key in ("headline", "byline", "date_line"):
        if structure.get(key):
            out.append((f"structure.{key}", structure[key]))
    for caption in structure.get("captions") or []:
        out.append(("structure.captions", caption["text"]))
    for entity in data.get("entities") or []:
        out.extend((f"entity {entity.get('name')}", m) for m in entity.get("mentions") or [])
    for key, field_name in (("times", "text"), ("figures", "text"), ("events", "trigger"), ("claims", "cue")):
        for item in data.get(key) or []:
            if item.get(field_name):
                out.append((key, item[field_name]))
    for claim in data.get("claims") or []:
        out.extend(("claims.sources", s) for s in claim.get("sources") or [])
    return out


_ENTITY_KEYS = frozenset({"name", "type", "country", "mentions"})


def _check_entity_keys(path: Path, data: dict[str, Any]) -> None:
    """GoldError for an entity with a key outside the schema: in a flow mapping an unquoted name
    with a comma ("{name: Foreign, Commonwealth and Development Office, …}") is cut at the comma and
    its rest becomes a key, and events naming the entity in full then never find their actor."""
    for entity in data.get("entities") or []:
        extra = sorted(set(entity) - _ENTITY_KEYS) if isinstance(entity, dict) else []
        if extra:
            raise GoldError(f"{path}: entity {entity.get('name')!r} has keys outside the schema {extra}"
                            " (an unquoted name with a comma? quote it)")


def load_gold(path: str | Path, articles: str | Path | None = None) -> Gold:
    """A gold file with its article; GoldError when a string is not in the article."""
    path = Path(path)
    data = load_yaml(path.read_text("utf-8"))
    if not isinstance(data, dict) or "article" not in data:
        raise GoldError(f"{path}: not a gold file (no 'article')")
    folder = Path(articles) if articles else path.parent.parent / "articles"
    article_path = folder / data["article"]
    if not article_path.is_file():
        raise GoldError(f"{path}: article {article_path} not found")
    _check_entity_keys(path, data)
    text = article_path.read_text("utf-8")
    gold = Gold(path, article_path, text, data)
    missing = [f"{where}: {s!r}" for where, s in _strings(data) if not gold.spans(s)]
    if missing:
        raise GoldError(f"{path}: {len(missing)} strings not in the article: " + "; ".join(missing[:5]))
    return gold


def load_split(path: str | Path) -> dict[str, list[str]]:
    """The fixed dev/test split: {"dev": [ids], "test": [ids]}."""
    data = load_yaml(Path(path).read_text("utf-8"))
    return {"dev": list(data.get("dev") or []), "test": list(data.get("test") or [])}
