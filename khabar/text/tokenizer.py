"""The tokenizer: text → spaCy Doc whose tokens split Arabic clitics from their hosts.

Tokens concatenate back to the exact input text (whitespace other than one space
becomes its own token, as in spaCy), so every token's `idx` is an offset into the text
as read.  Each token carries its normalised form in `norm_` and, for Arabic hosts, the
lexicon's lemma in `lemma_`.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LEMMA, NORM
from spacy.tokens import Doc
from spacy.vocab import Vocab

from khabar.text.clitics import Segmenter, default_segmenter
from khabar.text.normalise import normalise_word

__all__ = ["KhabarTokenizer", "TOKEN_PATTERN", "split_word"]

_ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
_ARABIC_MARKS = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
TOKEN_PATTERN = re.compile(
    rf"(?P<arabic>[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}{_ARABIC_MARKS}]*)"
    rf"|(?P<number>[{_DIGITS}]+(?:[.,\u066b\u066c:/][{_DIGITS}]+)*)"
    r"|(?P<latin>(?:[A-Za-z]\.){2,}|[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9]*(?:['’\-&][A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9]*)*)"   # Le360, H5N1, F16
    r"|(?P<space>\s+)"
    r"|(?P<ellipsis>\.{2,}|…)"
    r"|(?P<other>.)",
    re.S,
)
_WHITESPACE = re.compile(r"(\s+)")
_MAX_CACHED_CHUNKS = 500_000  # bounded memory over a long ingest


def split_word(word: str, segmenter: Segmenter) -> list[tuple[str, bool, bool]]:
    """The pieces of one Arabic word as khabar cuts it: (piece, is it the host — the
    longest piece —, did the host lose its article's alef after لل, as in للدوحة)."""
    pieces = [word[start:end] for start, end in segmenter.segment(word)]
    lengths = [len(piece) for piece in pieces]
    host = lengths.index(max(lengths))
    lost_article = host > 0 and pieces[host - 1] == "ل" and pieces[host].startswith("ل")
    return [(piece, index == host, index == host and lost_article) for index, piece in enumerate(pieces)]


class KhabarTokenizer:
    """A spaCy tokenizer (callable str → Doc) with Arabic clitic segmentation."""

    def __init__(self, vocab: Vocab, segmenter: Segmenter | None = None):
        self.vocab = vocab
        self.segmenter = segmenter or default_segmenter()
        self._lexicon = self.segmenter._lexicon
        self._lemma_ids: dict[tuple[str, bool, bool], tuple[int, int]] = {}
        self._chunks: dict[str, tuple[tuple[str, ...], tuple[int, ...], tuple[bool, ...]]] = {}
        self._generation = self.segmenter.generation

    def __call__(self, text: str) -> Doc:
        words, spaces, values = self._split(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if values:
            doc.from_array([NORM, LEMMA], numpy.array(values, dtype="uint64").reshape(-1, 2))
        return doc

    def _split(self, text: str) -> tuple[list[str], list[bool], list[int]]:
        """Words, trailing-space flags and the flat (norm, lemma) ids of `text`.  News
        repeats its words, so each whitespace-free chunk is segmented once and remembered."""
        words: list[str] = []
        spaces: list[bool] = []
        values: list[int] = []
        if self._generation != self.segmenter.generation or len(self._chunks) > _MAX_CACHED_CHUNKS:
            self._chunks.clear()
            self._generation = self.segmenter.generation
        chunks = self._chunks
        for position, piece in enumerate(_WHITESPACE.split(text)):
            if not piece:
                continue
            if position % 2:  # a run of whitespace
                if words and not spaces[-1] and piece[0] == " ":
                    spaces[-1] = True
                    piece = piece[1:]
                    if not piece:
                        continue
                words.append(piece)
                spaces.append(False)
                values.extend(self._ids(piece, False, False))
                continue
            chunk = chunks.get(piece)
            if chunk is None:
                chunk = chunks[piece] = self._chunk(piece)
            words.extend(chunk[0])
            spaces.extend(chunk[2])
            values.extend(chunk[1])
        return words, spaces, values

    def _chunk(self, chunk: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[bool, ...]]:
        """The tokens of one whitespace-free chunk, their flat (norm, lemma) ids and their
        (all false) trailing-space flags."""
        words: list[str] = []
        values: list[tuple[int, int]] = []
        for match in TOKEN_PATTERN.finditer(chunk):
            piece = match.group()
            if match.lastgroup != "arabic":
                words.append(piece)
                values.append(self._ids(piece, False, False))
                continue
            for word, is_host, lost_article in split_word(piece, self.segmenter):
                words.append(word)
                values.append(self._ids(word, is_host, lost_article))
        return tuple(words), tuple(i for pair in values for i in pair), (False,) * len(words)

    def _ids(self, word: str, is_host: bool, lost_article: bool) -> tuple[int, int]:
        key = (word, is_host, lost_article)
        pair = self._lemma_ids.get(key)
        if pair is None:
            pair = self._lemma_ids[key] = self._learn(word, is_host, lost_article)
        return pair

    def _learn(self, word: str, is_host: bool, lost_article: bool) -> tuple[int, int]:
        """Ids of the word's normalised form and lemma.  A host after لل (للدوحة) lost
        the alef of its article: its norm gets it back (الدوحه), so names still match."""
        norm = normalise_word(word)
        if lost_article:
            norm = "ا" + norm
        lemma = (self._lexicon.lemma(norm) or norm) if is_host else norm
        return self.vocab.strings.add(norm), self.vocab.strings.add(lemma)

    # spaCy calls these when saving/loading a pipeline; the tokenizer has no state to keep.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **__: object) -> "KhabarTokenizer":
        return self

    def to_disk(self, _path: object, **__: object) -> None:
        return None

    def from_disk(self, _path: object, **__: object) -> "KhabarTokenizer":
        return self
