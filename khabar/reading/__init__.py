"""Reading: bytes → text (decode) and text → article structure (structure)."""

from khabar.reading.decode import DEFAULT_MAX_BYTES, decode
from khabar.reading.structure import Structure, read_structure

__all__ = ["DEFAULT_MAX_BYTES", "Structure", "decode", "read_structure"]
