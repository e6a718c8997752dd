"""Evaluation: the gold format (docs/gold-format.md), matching a record to gold, scores."""

from khabar.evaluate.gold import Gold, load_gold, load_split
from khabar.evaluate.score import Scores, evaluate

__all__ = ["Gold", "Scores", "evaluate", "load_gold", "load_split"]
