"""A per-user cache of the tables khabar derives at startup from its data files and from the
lexicons of installed packages (wordfreq's frequencies, simplemma's forms, the knowledge
base built from its YAML).

Building them takes seconds, which a one-article `khabar read` pays in full; loading them
back takes a fraction of that.  Each table is stored once per version of what it is built
from (khabar's code and data, the packages' versions, Python's), so a change to any of them
builds it again; nothing is ever fetched.  The cache lives in $KHABAR_CACHE_DIR, else
$XDG_CACHE_HOME/khabar, else ~/.cache/khabar; KHABAR_CACHE_DIR=off turns it off.  A cache
that cannot be read or written is ignored: the table is then built as without one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Callable, TypeVar

__all__ = ["cache_directory", "derived", "package_digest"]

T = TypeVar("T")
_PACKAGES = ("wordfreq", "simplemma", "spacy")
_SOURCE_SUFFIXES = (".py", ".yaml", ".json", ".jsonl", ".txt")


def package_digest(leave_out: frozenset[str] = frozenset()) -> str:
    """A digest of khabar's code and data files, without the top-level parts in `leave_out`."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.parts[0] in leave_out or "__pycache__" in relative.parts or not path.is_file():
            continue
        if path.suffix not in _SOURCE_SUFFIXES:
            continue
        digest.update(str(relative).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def _version() -> str:
    packages = []
    for name in _PACKAGES:
        try:
            packages.append(f"{name}{metadata.version(name)}")
        except metadata.PackageNotFoundError:
            packages.append(name)
    key = f"{package_digest()}|{'|'.join(packages)}|{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def cache_directory() -> Path | None:
    """Where derived tables are kept, or None when the cache is off."""
    chosen = os.environ.get("KHABAR_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "khabar"


def derived(name: str, build: Callable[[], T]) -> T:
    """The table `name`: from the cache when it holds this version of it, else built by
    `build()` and kept for the next process."""
    directory = cache_directory()
    if directory is None:
        return build()
    path = directory / f"{name}-{_version()}.pickle"
    try:
        with path.open("rb") as stored:
            return pickle.load(stored)  # noqa: S301 - the user's own cache, written below
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError):
        pass
    value = build()
    _keep(directory, name, path, value)
    return value


def _keep(directory: Path, name: str, path: Path, value: object) -> None:
    """Write `value` atomically (processes building it at once each rename a whole file) and
    drop the versions of `name` it replaces."""
    temporary: Path | None = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=f".{name}-", delete=False) as handle:
            temporary = Path(handle.name)
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for old in directory.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
