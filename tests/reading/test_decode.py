import codecs

import pytest

from khabar.errors import ReadError
from khabar.reading.decode import decode

ARABIC = "أعلنت وزارة الصحة في غزة اليوم أن عدد القتلى ارتفع إلى 274 شخصا، بينما أصيب 698 آخرون في الهجوم على مخيم النصيرات."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings(encoding):
    data = ARABIC.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode(data) == ARABIC


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6"])
def test_legacy_arabic_code_pages_are_told_apart(encoding):
    text = ARABIC.replace("أ", "ا").replace("إ", "ا") if encoding == "iso-8859-6" else ARABIC
    assert decode(text.encode(encoding)) == text


def test_cp1256_with_letters_iso_lacks():
    text = "گفت وزير الخارجية إن المفاوضات ستستأنف في الدوحة الأسبوع المقبل، وفق ما نقلت وكالة الأنباء."
    assert decode(text.encode("cp1256")) == text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"abc\x00def", "binary"),
    (bytes(range(256)) * 4, "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
])
def test_refused_with_reason(data, reason):
    with pytest.raises(ReadError, match=reason):
        decode(data)


def test_size_limit_is_configurable():
    data = ARABIC.encode("utf-8")
    with pytest.raises(ReadError, match="too large"):
        decode(data, max_bytes=len(data) - 1)
    assert decode(data, max_bytes=len(data)) == ARABIC


def test_invalid_utf16_is_refused():
    with pytest.raises(ReadError):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8")  # lone surrogate
