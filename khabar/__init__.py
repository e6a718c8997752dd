"""khabar (خبر): Arabic news articles → source-attributed event records.

    >>> import khabar
    >>> record = khabar.read(text, published="2024-06-10")
    >>> record.to_json()

`read` takes text; `read_bytes` and `read_file` decode raw bytes first (UTF-8, UTF-16,
Windows-1256, ISO-8859-6) and refuse empty, binary or oversized input with ReadError.
"""

from __future__ import annotations

import re
from pathlib import Path

from khabar.errors import ReadError
from khabar.reading.decode import DEFAULT_MAX_BYTES, decode
from khabar.record import Record

__all__ = ["DEFAULT_MAX_BYTES", "ReadError", "Record", "read", "read_bytes", "read_file"]
__version__ = "0.1.0"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read(text: str, *, published: str | None = None, source: dict | None = None) -> Record:
    """The khabar record of one article given as text."""
    from khabar.assemble import to_record
    from khabar.pipeline import run

    if not isinstance(text, str):
        raise TypeError("read() takes str; use read_bytes() for raw bytes")
    text = _without_lone_surrogates(text)
    if published is not None:
        published = _checked_date(published)
    return to_record(run(text, published=published, source=source))


def read_bytes(data: bytes, *, published: str | None = None, source: dict | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """Decode raw bytes, then read them; ReadError when they cannot be read."""
    return read(decode(data, max_bytes=max_bytes), published=published, source=source)


def read_file(path: str | Path, *, published: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """Read an article file; ReadError when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"too large: {size:,} bytes (limit {max_bytes:,})")
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"cannot open: {error.strerror or error}") from None
    return read_bytes(data, published=published, source={"path": str(path)}, max_bytes=max_bytes)


def _without_lone_surrogates(text: str) -> str:
    """Lone surrogates (never produced by decoding, but possible in a Python str) become
    U+FFFD, one for one, so offsets are unchanged and the record can be written as UTF-8."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def _checked_date(value: str) -> str:
    from datetime import date, datetime

    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value).isoformat(timespec="minutes")
    except ValueError:
        raise ValueError(f"not an ISO date: {value!r}") from None
