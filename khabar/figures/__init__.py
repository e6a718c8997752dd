"""Figures: numbers that count something (khabar.figures.numbers finds the numbers,
khabar.figures.figures decides what they count; component.py is the spaCy stage)."""

from khabar.figures.figures import find_figures
from khabar.figures.numbers import find_numbers

__all__ = ["find_figures", "find_numbers"]
