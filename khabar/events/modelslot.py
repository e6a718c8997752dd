"""Where a trained model of the events stage is held while the pipeline runs (the actor model,
the trigger-sense model): its shipped weights, loaded once from their JSON data file; a model set
for a while instead (`with slot.use(model):`, for cross-validation and tests); and the rows a
training run collects from the pipeline meanwhile (`with slot.collection() as rows:`).  One
place for this, so that each model's module keeps only its features and its decision."""

from __future__ import annotations

import json
import math
from contextlib import contextmanager
from itertools import repeat
from pathlib import Path
from typing import Any, Callable, Generic, Iterator, TypeVar

Model = TypeVar("Model")
_ZEROS = repeat(0.0)                              # the weight of a feature a model does not know


class ModelSlot(Generic[Model]):
    """The model in force for one component: the shipped one unless `use` set another."""

    def __init__(self, path: Path, load: Callable[[dict[str, Any]], Model]):
        self._path, self._load = path, load
        self._shipped: list[Model | None] = []       # the shipped weights, once read
        self._override: list[Model | None] = []      # models set by use(), innermost last
        self._collector: list[list] = []             # one list of rows per open collection

    def shipped(self) -> Model | None:
        """The shipped weights (None when the data file is absent), read on first use."""
        if not self._shipped:
            self._shipped.append(self._load(json.loads(self._path.read_text("utf-8")))
                                 if self._path.is_file() else None)
        return self._shipped[0]

    def model(self) -> Model | None:
        """The model in force: one set by use(), else the shipped weights."""
        return self._override[-1] if self._override else self.shipped()

    @contextmanager
    def use(self, chosen: Model | None) -> Iterator[Model | None]:
        """`with slot.use(model):` the pipeline codes with that model (None: with none)."""
        self._override.append(chosen)
        try:
            yield chosen
        finally:
            self._override.pop()

    @contextmanager
    def collection(self) -> Iterator[list]:
        """`with slot.collection() as rows:` what the pipeline hands to collect() meanwhile."""
        self._collector.append([])
        try:
            yield self._collector[-1]
        finally:
            self._collector.pop()

    def collecting(self) -> bool:
        return bool(self._collector)

    def rows(self) -> list:
        """The innermost open collection's rows."""
        return self._collector[-1]


def bucket(n: int) -> str:
    """A count in a few ranges (0, 1, 2, 3-5, 6-10, 11+), as both models' features write it."""
    return "0" if n <= 0 else "1" if n == 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


def logistic(weights: dict[str, float], bias: float, features: list[str]) -> float:
    """A logistic regression's probability for sparse features (unknown ones weigh nothing)."""
    z = bias + sum(map(weights.get, features, _ZEROS))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def write(chosen: Any, path: Path) -> None:
    """A model's weights as the JSON data file the slot loads (sorted keys: byte-deterministic)."""
    path.write_text(json.dumps(chosen.as_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
