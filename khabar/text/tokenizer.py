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
        words, spaces, arabic_hosts, article_hosts = self._split(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        ids = self._lemma_ids
        values = numpy.empty((len(words), 2), dtype="uint64")
        for index, word in enumerate(words):
            key = (word, index in arabic_hosts, index in article_hosts)
            pair = ids.get(key)
            if pair is None:
                pair = ids[key] = self._learn(*key)
            values[index] = pair
        doc.from_array([NORM, LEMMA], values)
        return doc

    def _learn(self, word: str, is_host: bool, lost_article: bool) -> tuple[int, int]:
        """Ids of the word's normalised form and lemma.  A host after لل (للدوحة) lost
        the alef of its article: its norm gets it back (الدوحه), so names still match."""
        norm = normalise_word(word)
        if lost_article:
            norm = "ا" + norm
        lemma = (self._lexicon.lemma(norm) or norm) if is_host else norm
        return self.vocab.strings.add(norm), self.vocab.strings.add(lemma)

    def _split(self, text: str) -> tuple[list[str], list[bool], set[int], set[int]]:
        words: list[str] = []
        spaces: list[bool] = []
        hosts: set[int] = set()
        article_hosts: set[int] = set()
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
                host = len(words) - 1 if len(pieces) == 1 else self._host_index(words, pieces)
                hosts.add(host)
                if host > 0 and len(pieces) > 1 and words[host - 1].endswith("ل") and words[host].startswith("ل") \
                        and piece.startswith(words[host - 1]):
                    article_hosts.add(host)
                continue
            words.append(piece)
            spaces.append(False)
        return words, spaces, hosts, article_hosts

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
