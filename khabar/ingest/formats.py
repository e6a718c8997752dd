"""What `khabar ingest` reads: inputs → documents → article text.

Inputs are files, folders (read recursively), globs and `-` (standard input).  A file's
format comes from its name (.txt, .html/.htm, .jsonl/.ndjson, .rss/.atom/.xml, .warc,
.warc.gz) or, failing that, from its first bytes.  Containers (JSONL, feeds, WARC) are
split into documents in the process that owns the store; the CPU work (decoding, HTML
extraction, reading) happens in `to_text` on the workers.

A document that cannot be read becomes an error with its reason and the run goes on:
undecodable or empty text (the reading rules), HTML with no article text, a truncated
or invalid JSONL line, a feed item without content, a WARC record that is not an HTML
response, a broken archive.
"""

from __future__ import annotations

import email.utils
import glob
import gzip
import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any, Iterator

from khabar.errors import ReadError
from khabar.reading.decode import DEFAULT_MAX_BYTES, decode

__all__ = ["FORMATS", "Document", "Input", "documents", "expand", "extract_html", "fragment_text", "iso_date", "sniff",
           "to_text"]

FORMATS = ("txt", "html", "jsonl", "rss", "warc")
_SUFFIXES = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "rss", ".atom": "rss", ".xml": "rss", ".rdf": "rss",
    ".warc": "warc",
}
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Document:
    """One article to read, or one bad document to report."""

    locator: str
    format: str
    path: str | None = None         # read the file itself (txt, html)
    data: bytes | None = None       # raw bytes (txt or html)
    text: str | None = None         # text already decoded
    html: str | None = None         # HTML already decoded
    line: bytes | None = None       # a raw JSONL line
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    error: str | None = None        # known bad before reading
    reprocess: bool = False         # reading a stored article again (no duplicate check)
    source: dict[str, Any] = field(default_factory=dict)


@dataclass
class Input:
    """A file (or standard input) and its format."""

    name: str
    format: str | None
    error: str | None = None


def iso_date(value: Any) -> str | None:
    """An ISO date or datetime from what feeds and JSON carry, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "tm_year"):  # time.struct_time (feedparser)
        return datetime(*value[:6], tzinfo=timezone.utc).isoformat(timespec="minutes")
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat(timespec="minutes")
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).isoformat(timespec="minutes")
    except (TypeError, ValueError, IndexError):
        return None


# ---- inputs ---------------------------------------------------------------------------------

def _format_of_name(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith((".warc.gz", ".warc")):
        return "warc"
    if lower.endswith(".gz"):
        return _SUFFIXES.get(Path(lower[:-3]).suffix)
    return _SUFFIXES.get(Path(lower).suffix)


def sniff(head: bytes) -> str:
    """The format of a document from its first bytes."""
    if head[:2] == b"\x1f\x8b":
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(head)).read(4096)
        except (OSError, EOFError):
            head = b""
        if head.startswith(b"WARC/"):
            return "warc"
    if head.startswith(b"WARC/"):
        return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = stripped[:2048].lower()
    if stripped.startswith(b"{"):
        return "jsonl"
    if lower.startswith(b"<?xml") or lower.startswith(b"<rss") or lower.startswith(b"<feed") \
            or lower.startswith(b"<rdf"):
        if b"<rss" in lower or b"<feed" in lower or b"<rdf" in lower:
            return "rss"
        return "html" if b"<html" in lower else "rss"
    if lower.startswith(b"<!doctype html") or lower.startswith(b"<html") or b"<body" in lower or b"<head" in lower:
        return "html"
    return "txt"


def expand(paths: list[str], format: str | None = None) -> list[Input]:
    """Files, folders (recursively: files of a known format), globs and `-`, in order."""
    inputs: list[Input] = []
    seen: set[str] = set()

    def add(name: str, fmt: str | None) -> None:
        if name not in seen:
            seen.add(name)
            inputs.append(Input(name, format or fmt))

    for raw in paths:
        if raw == "-":
            inputs.append(Input("-", format))
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                fmt = _format_of_name(child.name)
                if fmt or format:
                    add(str(child), fmt)
        elif path.is_file():
            add(str(path), _format_of_name(path.name))
        elif any(c in raw for c in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [m for m in matches if Path(m).is_file()]
            if not files:
                inputs.append(Input(raw, None, error="no file matches this pattern"))
            for match in files:
                add(match, _format_of_name(Path(match).name))
        else:
            inputs.append(Input(raw, None, error="no such file or folder"))
    return inputs


def documents(inputs: list[Input], *, stdin: IO[bytes] | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """The documents of every input, in order; never raises for a bad input."""
    for item in inputs:
        if item.error:
            yield Document(item.name, item.format or "?", error=item.error)
            continue
        try:
            if item.name == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                data = stream.read(max_bytes * 64 + 1)
                fmt = item.format or sniff(data[:8192])
                yield from _from_bytes("<stdin>", fmt, data, max_bytes)
                continue
            fmt = item.format
            if fmt is None:
                with open(item.name, "rb") as handle:
                    fmt = sniff(handle.read(8192))
            if fmt in ("txt", "html"):
                yield Document(item.name, fmt, path=item.name)
            elif fmt == "jsonl":
                with _open(item.name) as handle:
                    yield from _jsonl(item.name, handle)
            elif fmt == "rss":
                yield from _feed(item.name, Path(item.name).read_bytes())
            elif fmt == "warc":
                with open(item.name, "rb") as handle:
                    yield from _warc(item.name, handle)
            else:
                yield Document(item.name, str(fmt), error=f"unknown format {fmt!r}")
        except OSError as error:
            yield Document(item.name, item.format or "?", error=f"cannot open: {error.strerror or error}")


def _open(name: str) -> IO[bytes]:
    return gzip.open(name, "rb") if name.lower().endswith(".gz") else open(name, "rb")


def _from_bytes(name: str, fmt: str, data: bytes, max_bytes: int) -> Iterator[Document]:
    if fmt in ("txt", "html"):
        yield Document(name, fmt, data=data)
    elif fmt == "jsonl":
        yield from _jsonl(name, io.BytesIO(data))
    elif fmt == "rss":
        yield from _feed(name, data)
    elif fmt == "warc":
        yield from _warc(name, io.BytesIO(data))
    else:
        yield Document(name, fmt, error=f"unknown format {fmt!r}")


def _jsonl(name: str, handle: IO[bytes]) -> Iterator[Document]:
    for number, line in enumerate(handle, 1):
        if line.strip():
            yield Document(f"{name}:{number}", "jsonl", line=line)


def _feed(name: str, data: bytes) -> Iterator[Document]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        reason = "feed has no items"
        if parsed.get("bozo"):
            reason = f"broken feed: {parsed.get('bozo_exception')}".splitlines()[0][:300]
        yield Document(name, "rss", error=reason)
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for number, entry in enumerate(entries, 1):
        link = entry.get("link") or entry.get("id")
        locator = f"{name}#{number}" + (f" {link}" if link else "")
        content = ""
        for part in entry.get("content") or []:
            if len(part.get("value") or "") > len(content):
                content = part.get("value") or ""
        if not content:
            content = entry.get("summary") or ""
        if not content.strip():
            yield Document(locator, "rss", url=link, error="feed item has no content")
            continue
        published = iso_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        yield Document(locator, "rss", html=content, url=link, published=published, outlet=outlet,
                       title=entry.get("title") or None)


def _warc(name: str, handle: IO[bytes]) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator

    iterator = ArchiveIterator(handle)
    count = 0
    try:
        for record in iterator:
            count += 1
            kind = record.rec_type
            url = record.rec_headers.get_header("WARC-Target-URI")
            if kind not in ("response", "resource"):
                continue  # warcinfo, request, metadata, revisit: not documents
            payload = record.content_stream().read(DEFAULT_MAX_BYTES + 1)
            # (the offset is known once the record is read: warcio reads to its end for it)
            locator = f"{name}@{iterator.get_record_offset()}" + (f" {url}" if url else "")
            if kind == "response" and record.http_headers is not None:
                status = record.http_headers.get_statuscode()
                ctype = record.http_headers.get_header("Content-Type") or ""
                if status and not status.startswith("2"):
                    yield Document(locator, "warc", url=url, error=f"WARC response is HTTP {status}, not a page")
                    continue
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            if not ctype.split(";")[0].strip().lower() in _HTML_TYPES:
                yield Document(locator, "warc", url=url,
                               error=f"non-HTML WARC record ({ctype.split(';')[0].strip() or 'no content type'})")
                continue
            charset = _charset(ctype)
            yield Document(locator, "warc", data=payload, url=url,
                           source={"charset": charset} if charset else {})
    except Exception as error:  # warcio raises assorted errors on damaged archives
        yield Document(f"{name}@record {count + 1}", "warc", error=f"broken WARC archive: {error}".splitlines()[0][:300])


def _charset(content_type: str) -> str | None:
    found = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.I)
    return found[1].lower() if found else None


# ---- worker side: document → text --------------------------------------------------------------

_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", re.I)


def _decode_html(data: bytes, charset: str | None, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise ReadError(f"too large: {len(data):,} bytes (limit {max_bytes:,})")
    declared = charset or (m[1].decode("ascii", "replace").lower() if (m := _META_CHARSET.search(data[:4096])) else None)
    if declared and _is_utf8_text(data):
        declared = "utf-8"   # a page saved as UTF-8 under its old "windows-1256" meta tag: the bytes tell
    if declared:
        declared = {"windows-1256": "cp1256", "iso-8859-6": "iso-8859-6", "utf8": "utf-8"}.get(declared, declared)
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, max_bytes=max_bytes)


def _is_utf8_text(data: bytes) -> bool:
    """Do the bytes decode as UTF-8 with non-ASCII letters in them?  Text in a single-byte
    Arabic code page (Windows-1256, ISO-8859-6) almost never forms valid UTF-8 sequences."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()


def _page_tree(html: str):
    """The page parsed once (lxml) without its scripts and styles, for what khabar reads
    beside trafilatura (photo captions, a date line); None when lxml cannot parse it."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, Exception):
        return None
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    return tree


def _date_line(tree) -> str | None:
    """A short line of the page that holds an absolute Arabic date (khabar's date reading)."""
    from khabar.text.normalise import normalise
    from khabar.times.calendars import find_absolute_dates

    for bad in tree.xpath("//noscript"):
        bad.drop_tree()
    candidates = [e.text_content() for e in tree.xpath("//time")]
    body = tree.xpath("//body") or [tree]
    candidates += [e.text_content() for e in body[0].iter() if isinstance(e.tag, str) and e.tag not in ("time",)]
    for line in candidates[:3000]:
        line = " ".join(line.split())
        if not line or len(line.split()) > 12:
            continue
        dates = find_absolute_dates(normalise(line).text)
        if any(d.year is not None and d.day is not None for d in dates):
            return line
    return None


_CAPTION_WORDS = 40   # a figcaption longer than this is body text set in a figure, not a caption
_NOT_ARTICLE = "ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header"


def _figure_captions(tree, limit: int = 4) -> list[str]:
    """The photo captions and credits of the page (<figcaption>), outside its navigation,
    side bars and footer: the scraped-text convention sets them above the headline."""
    captions: list[str] = []
    for element in tree.xpath(f"//figcaption[not({_NOT_ARTICLE})]"):
        line = " ".join(element.text_content().split())
        if line and len(line.split()) <= _CAPTION_WORDS and line not in captions:
            captions.append(line)
    return captions[:limit]


_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "section", "article",
           "header", "footer", "tr", "pre"}


def fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed item's content), one paragraph per block."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError, TypeError) as error:
        raise ReadError(f"broken HTML: {type(error).__name__}") from None
    for bad in root.xpath(".//script|.//style|.//noscript|.//iframe"):
        bad.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    text = "\n\n".join(line for line in lines if line)
    if not text:
        raise ReadError("feed item has no text")
    return text + "\n"


def extract_html(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """The article text of an HTML page and what trafilatura found about it
    (title, author, date, sitename).  The text is laid out as scraped articles are: the
    photo captions (<figcaption>), the title, a date line taken from the page when
    trafilatura finds no date, then the main text."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False,
                                            date_extraction_params={"extensive_search": False,
                                                                    "original_date": True})
        if found is not None and hasattr(found, "as_dict"):
            found = found.as_dict()
    except Exception as error:  # trafilatura/lxml on hostile markup
        raise ReadError(f"broken HTML: {type(error).__name__}") from None
    if not found or not (found.get("text") or "").strip():
        raise ReadError("broken HTML: no article text found")
    body = found["text"].strip()
    title = " ".join((found.get("title") or "").split()) or None
    lines = [line for line in body.splitlines()]
    if title and lines and " ".join(lines[0].split()) == title:
        body = "\n".join(lines[1:]).strip()
    date_value = found.get("date") if found.get("date") else None
    tree = _page_tree(html) if title or not date_value else None
    captions = [c for c in _figure_captions(tree) if c not in body] if title and tree is not None else []
    parts = (["\n".join(captions)] if captions else []) + ([title] if title else [])
    if not date_value and tree is not None:
        line = _date_line(tree)
        if line and line not in body[:500]:
            parts.append(line)
    parts.append("\n\n".join(p.strip() for p in body.split("\n") if p.strip()))
    meta = {"title": title, "author": found.get("author"), "date": date_value, "sitename": found.get("sitename")}
    return "\n\n".join(parts) + "\n", meta


def to_text(doc: Document, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str | None, dict[str, Any]]:
    """(text, published given, source) of a document; ReadError when it cannot be read."""
    if doc.error:
        raise ReadError(doc.error)
    source: dict[str, Any] = {"path": None, "url": doc.url, "outlet": doc.outlet}
    published = doc.published
    fmt = doc.format
    html: str | None = doc.html
    text: str | None = doc.text
    if doc.line is not None:
        try:
            item = json.loads(doc.line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise ReadError("invalid or truncated JSON line") from None
        if not isinstance(item, dict):
            raise ReadError("JSON line is not an object")
        source["url"] = item.get("url") if isinstance(item.get("url"), str) else None
        source["outlet"] = item.get("outlet") if isinstance(item.get("outlet"), str) else None
        published = iso_date(item.get("published"))
        if isinstance(item.get("text"), str) and item["text"].strip():
            text = item["text"]
            if len(text.encode("utf-8")) > max_bytes:
                raise ReadError(f"too large: text over {max_bytes:,} bytes")
        elif isinstance(item.get("html"), str) and item["html"].strip():
            html = item["html"]
        else:
            raise ReadError("JSON line has neither text nor html")
    elif doc.path is not None:
        source["path"] = doc.path
        try:
            size = Path(doc.path).stat().st_size
            if size > max_bytes:
                raise ReadError(f"too large: {size:,} bytes (limit {max_bytes:,})")
            data = Path(doc.path).read_bytes()
        except OSError as error:
            raise ReadError(f"cannot open: {error.strerror or error}") from None
        if fmt == "html":
            html = _decode_html(data, None, max_bytes)
        else:
            text = decode(data, max_bytes=max_bytes)
    elif doc.data is not None:
        if fmt in ("html", "warc"):
            html = _decode_html(doc.data, doc.source.get("charset"), max_bytes)
        else:
            text = decode(doc.data, max_bytes=max_bytes)
    if html is not None and fmt == "rss":
        text = fragment_text(html)
        if doc.title:
            text = " ".join(doc.title.split()) + "\n\n" + text
        html = None
    if html is not None:
        text, meta = extract_html(html, source.get("url"))
        published = published or iso_date(meta.get("date"))
        if meta.get("author"):
            source["author"] = meta["author"]
        if not source.get("outlet") and meta.get("sitename"):
            source["outlet"] = meta["sitename"]
        if doc.title and not meta.get("title"):
            text = doc.title.strip() + "\n\n" + text
    if text is None:
        raise ReadError("empty document")
    if not text.strip():
        raise ReadError("empty document")
    source.update({k: v for k, v in doc.source.items() if k not in ("charset",)})
    return text, published, source
