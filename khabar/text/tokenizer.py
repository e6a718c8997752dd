"""The tokenizer: text → spaCy Doc whose tokens split Arabic clitics from their hosts.

Tokens concatenate back to the exact input text (whitespace other than one space
becomes its own token, as in spaCy), so every token's `idx` is an offset into the text
as read.  Each token carries its normalised form in `norm_` and, for Arabic hosts, the
lexicon's lemma in `lemma_`.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc
from spacy.vocab import Vocab

from khabar.text.clitics import Segmenter, default_segmenter
from khabar.text.normalise import normalise_word

__all__ = ["KhabarTokenizer", "TOKEN_PATTERN"]

_ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
_ARABIC_MARKS = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
TOKEN_PATTERN = re.compile(
    rf"(?P<arabic>[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}{_ARABIC_MARKS}]*)"
    rf"|(?P<number>[{_DIGITS}]+(?:[.,\u066b\u066c:/][{_DIGITS}]+)*)"
    r"|(?P<latin>(?:[A-Za-z]\.){2,}|[A-Za-z\u00c0-\u024f]+(?:['’\-&][A-Za-z\u00c0-\u024f]+)*)"
    r"|(?P<space>\s+)"
    r"|(?P<ellipsis>\.{2,}|…)"
    r"|(?P<other>.)",
    re.S,
)


class KhabarTokenizer:
    """A spaCy tokenizer (callable str → Doc) with Arabic clitic segmentation."""

    def __init__(self, vocab: Vocab, segmenter: Segmenter | None = None):
        self.vocab = vocab
        self.segmenter = segmenter or default_segmenter()
        self._lexicon = self.segmenter._lexicon
        self._lemma_ids: dict[tuple[str, bool], int] = {}

    def __call__(self, text: str) -> Doc:
        words, spaces, arabic_hosts = self._split(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        lemma_ids = self._lemma_ids
        lemmas = numpy.empty((len(words), 1), dtype="uint64")
        for index, word in enumerate(words):
            key = (word, index in arabic_hosts)
            lemma_id = lemma_ids.get(key)
            if lemma_id is None:
                lemma_id = lemma_ids[key] = self._learn(word, key[1])
            lemmas[index, 0] = lemma_id
        doc.from_array([LEMMA], lemmas)
        return doc

    def _learn(self, word: str, is_host: bool) -> int:
        """Give the word's lexeme its normalised form; return the id of its lemma."""
        norm = normalise_word(word)
        self.vocab[word].norm_ = norm
        lemma = (self._lexicon.lemma(norm) or norm) if is_host else norm
        return self.vocab.strings.add(lemma)

    def _split(self, text: str) -> tuple[list[str], list[bool], set[int]]:
        words: list[str] = []
        spaces: list[bool] = []
        hosts: set[int] = set()
        segment = self.segmenter.segment
        for match in TOKEN_PATTERN.finditer(text):
            kind = match.lastgroup
            piece = match.group()
            if kind == "space":
                if piece == " " and words and not spaces[-1]:
                    spaces[-1] = True
                    continue
                if words and not spaces[-1] and piece.startswith(" "):
                    spaces[-1] = True
                    piece = piece[1:]
                words.append(piece)
                spaces.append(False)
                continue
            if kind == "arabic":
                pieces = segment(piece)
                for start, end in pieces:
                    words.append(piece[start:end])
                    spaces.append(False)
                hosts.add(len(words) - 1 if len(pieces) == 1 else self._host_index(words, pieces))
                continue
            words.append(piece)
            spaces.append(False)
        return words, spaces, hosts

    @staticmethod
    def _host_index(words: list[str], pieces: tuple[tuple[int, int], ...]) -> int:
        """Index of the host among the pieces just appended: the longest one."""
        first = len(words) - len(pieces)
        lengths = [end - start for start, end in pieces]
        return first + lengths.index(max(lengths))

    # spaCy calls these when saving/loading a pipeline; the tokenizer has no state to keep.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **__: object) -> "KhabarTokenizer":
        return self

    def to_disk(self, _path: object, **__: object) -> None:
        return None

    def from_disk(self, _path: object, **__: object) -> "KhabarTokenizer":
        return self
