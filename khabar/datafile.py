"""Reading khabar's YAML data files (lexicons, gazetteers, settings, gold annotations).

One loader for all of them: PyYAML's safe loader, through libyaml's C parser where PyYAML
was built with it (the usual wheel is).  The pure-Python parser takes seconds over the
lexicons, which a one-article `khabar read` and every worker of an ingest would pay.
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["load_yaml"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The data of one YAML document, read safely (plain data types only)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
