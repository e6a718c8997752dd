"""Decoding raw bytes into text, or refusing them with a clear reason.

Arabic news comes as UTF-8 (with or without BOM), UTF-16 with BOM, and from older sites
Windows-1256 or ISO-8859-6.  The two legacy code pages share many byte values but map
others to different letters, so each candidate decoding is scored by how Arabic its
words look (the share of words the lexicon knows) and the best one wins.
"""

from __future__ import annotations

import codecs
import re

from khabar.errors import ReadError

__all__ = ["DEFAULT_MAX_BYTES", "decode"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_LEGACY = ("cp1256", "iso-8859-6")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of `data`, or ReadError saying why it cannot be read."""
    if len(data) > max_bytes:
        raise ReadError(f"too large: {len(data):,} bytes (limit {max_bytes:,})")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(_strict(data[3:], "utf-8"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(_strict(data, "utf-16"))
    if not data.strip():
        raise ReadError("empty document")
    if b"\x00" in data:
        raise ReadError("binary data (NUL bytes); not a text document")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked(_best_legacy(data))


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ReadError(f"invalid {encoding} at byte {error.start}") from None


def _checked(text: str) -> str:
    if not text.strip():
        raise ReadError("empty document")
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(8, len(text) // 100):
        raise ReadError("binary data (control characters); not a text document")
    return text


def _best_legacy(data: bytes) -> str:
    candidates = []
    for encoding in _LEGACY:
        try:
            candidates.append((_arabic_score(text := data.decode(encoding)), encoding, text))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise ReadError("unknown encoding: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6")
    score, _, text = max(candidates)
    if score <= 0:
        raise ReadError("unknown encoding: no readable Arabic or UTF-8 text")
    return text


def _arabic_score(text: str) -> float:
    """Share of Arabic-looking words that the lexicon knows (0 when there are none)."""
    from khabar.text.lexicon import default_lexicon
    from khabar.text.normalise import normalise_word

    lexicon = default_lexicon()
    words = _ARABIC_WORD.findall(text)
    if not words:
        return 0.0
    sample = words[:400]
    return sum(normalise_word(w) in lexicon for w in sample) / len(sample)
