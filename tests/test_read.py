"""The public surface: khabar.read and `khabar read`."""

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import khabar
from khabar.record import SCHEMA

from tests.conftest import CANONICAL, CORPUS


def all_spans(data):
    """Every dict with start/end/text anywhere in a record."""
    if isinstance(data, dict):
        if {"start", "end", "text"} <= data.keys() and isinstance(data.get("text"), str) and data is not None:
            yield data
        for value in data.values():
            if value is not data.get("text"):
                yield from all_spans(value)
    elif isinstance(data, list):
        for item in data:
            yield from all_spans(item)


def test_record_shape(canonical_record, canonical_text):
    data = canonical_record.to_dict()
    assert data["schema"] == SCHEMA
    assert data["text"] == canonical_text
    assert data["meta"]["published"] == "2024-06-10"
    assert data["meta"]["published_span"]["text"] == "10 يونيو 2024"
    for layer in ("entities", "times", "figures", "events", "claims"):
        assert isinstance(data[layer], list)
    spans = list(all_spans({k: v for k, v in data.items() if k != "text"}))
    assert len(spans) >= 5
    for span in spans:
        assert canonical_text[span["start"]:span["end"]] == span["text"]


def test_published_override_and_source(canonical_text):
    record = khabar.read(canonical_text, published="2024-06-11", source={"outlet": "Al-Manassa"})
    assert record.published == "2024-06-11"
    assert record.meta["published_span"] is None
    assert record.source["outlet"] == "Al-Manassa"
    with pytest.raises(ValueError):
        khabar.read(canonical_text, published="last monday")


def test_id_is_stable_and_content_based(canonical_text):
    assert khabar.read(canonical_text).id == khabar.read(canonical_text).id
    assert khabar.read(canonical_text).id != khabar.read(canonical_text + " ").id


def test_read_bytes_refuses_bad_input():
    with pytest.raises(khabar.ReadError):
        khabar.read_bytes(b"\x00\x01\x02")
    with pytest.raises(khabar.ReadError):
        khabar.read_bytes(b"")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.one_of(st.sampled_from(list("وأعلنتإسرائيلحماس١٠٢ 7أكتوبر/\n\n.،؟\"«»-()")),
                                  st.characters()), max_size=400))
def test_read_never_raises_and_spans_are_exact(text):
    data = khabar.read(text).to_dict(tokens=True)
    text = khabar._without_lone_surrogates(text)
    assert data["text"] == text
    for span in all_spans({k: v for k, v in data.items() if k != "text"}):
        assert text[span["start"]:span["end"]] == span["text"]
    for sentence in data["sentences"]:
        assert 0 <= sentence["start"] < sentence["end"] <= len(text)


_ARTICLE_WORDS = [path.read_text("utf-8").split(" ") for path in sorted((CORPUS / "articles").glob("*.txt"))]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_read_never_raises_on_fragments_of_real_articles(data):
    """Cut anywhere, real news prose ends on a title, a preposition or a half-open quote: the
    stages must not run off the end of a sentence (random characters rarely reach them)."""
    words = _ARTICLE_WORDS[data.draw(st.integers(0, len(_ARTICLE_WORDS) - 1))]
    start = data.draw(st.integers(0, len(words) - 1))
    fragment = " ".join(words[start:start + data.draw(st.integers(1, 40))])
    record = khabar.read(fragment).to_dict()
    for span in all_spans({k: v for k, v in record.items() if k != "text"}):
        assert fragment[span["start"]:span["end"]] == span["text"]


def test_a_pronoun_cue_after_a_claim_with_no_source_reads():
    """A fragment of the canonical article that starts mid-paragraph leaves a claim with no source
    before a pronoun cue (يعتقد); choosing the claim whose speaker agrees with the cue must skip it,
    not index its empty source list (found by the fragments property test above)."""
    words = (CORPUS / "articles" / "manassa-2024-06-10-us-hamas.txt").read_text("utf-8").split(" ")
    record = khabar.read(" ".join(words[246:286])).to_dict()
    assert record["claims"] is not None


def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "khabar.cli", *args], input=stdin,
                          capture_output=True, timeout=120)


def test_cli_json(tmp_path):
    result = run_cli("read", "--json", str(CANONICAL))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["meta"]["headline"]["text"].startswith("أمريكا تدرس")


def test_cli_stdin_windows_1256_and_view():
    text = CANONICAL.read_text("utf-8").replace("\u00a0", " ")
    result = run_cli("read", "-", stdin=text.encode("cp1256"))
    assert result.returncode == 0, result.stderr
    assert b"2024-06-10" in result.stdout
    assert b"credit" in result.stdout and b"caption" in result.stdout


def test_cli_exit_codes(tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    result = run_cli("read", str(binary))
    assert result.returncode == 1
    assert result.stderr.decode().strip().count("\n") == 0
    assert "binary" in result.stderr.decode()
    assert run_cli("read", str(tmp_path / "missing.txt")).returncode == 1
    assert run_cli("read").returncode == 2
    assert run_cli("read", "--published", "yesterday", str(CANONICAL)).returncode == 2
    big = tmp_path / "big.txt"
    big.write_text("خبر " * 2000, "utf-8")
    result = run_cli("read", "--max-bytes", "1000", str(big))
    assert result.returncode == 1 and "too large" in result.stderr.decode()
