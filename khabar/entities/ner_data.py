"""Training sentences for khabar's NER from gold files (docs/gold-format.md, docs/ner.md).

A gold file lists each entity with its type and the distinct surface forms it takes; every
place a surface form stands in the article is a mention (that is how the scorer reads gold).
The converter splits the article into sentences with khabar's own splitter (each line, then
each sentence of it), labels every mention that falls on whole tokens of khabar's tokenizer
(a form found inside a longer word, "مصر" in "مصري", is no mention there), keeps the longer
of two overlapping mentions, and gives the sentence with character offsets relative to it.

Only dev gold may be converted: test and fresh batches are never trained on (the callers
pass dev files).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from khabar.evaluate.gold import Gold, load_gold
from khabar.text.sentences import split_sentences

__all__ = ["GOLD_TYPES", "Sentence", "gold_mentions", "gold_sentences", "sentences_of_files"]

GOLD_TYPES = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "GROUP", "EVENT")

Sentence = tuple[str, list[tuple[int, int, str]]]


@lru_cache(maxsize=1)
def _tokenizing_pipeline():
    """khabar's tokenizer in a blank pipeline, built once for every article converted."""
    from khabar.entities.ner import blank_pipeline

    return blank_pipeline()


def _token_bounds(text: str) -> tuple[set[int], set[int]]:
    """Offsets where a token of khabar's tokenizer starts and where one ends."""
    doc = _tokenizing_pipeline().make_doc(text)
    return {t.idx for t in doc}, {t.idx + len(t.text) for t in doc}


def gold_mentions(gold: Gold, labels: tuple[str, ...] = GOLD_TYPES) -> list[tuple[int, int, str]]:
    """(start, end, type) of every gold mention on whole tokens, overlaps resolved to the
    longer mention (the earlier on a tie), sorted by offset."""
    starts, ends = _token_bounds(gold.text)
    found = []
    for entity in gold.section("entities"):
        label = entity.get("type")
        if label not in labels:
            continue
        for surface in entity.get("mentions") or []:
            found.extend((a, b, label) for a, b in gold.spans(str(surface)) if a in starts and b in ends)
    kept: list[tuple[int, int, str]] = []
    for span in sorted(set(found), key=lambda s: (-(s[1] - s[0]), s[0])):
        if not any(span[0] < k[1] and k[0] < span[1] for k in kept):
            kept.append(span)
    return sorted(kept)


def gold_sentences(gold: Gold, labels: tuple[str, ...] = GOLD_TYPES) -> list[Sentence]:
    """The article's sentences (line by line, then khabar's splitter) with their mentions;
    a mention that a sentence boundary cuts is left out."""
    text = gold.text
    mentions = gold_mentions(gold, labels)
    out: list[Sentence] = []
    cursor = 0
    for line in text.split("\n"):
        line_start, cursor = cursor, cursor + len(line) + 1
        for start, end in split_sentences(text, line_start, line_start + len(line)):
            inside = [(a - start, b - start, t) for a, b, t in mentions if a >= start and b <= end]
            out.append((text[start:end], inside))
    return out


def sentences_of_files(files: list[Path], labels: tuple[str, ...] = GOLD_TYPES) -> list[Sentence]:
    """Training sentences of every gold file, in file order."""
    return [s for path in files for s in gold_sentences(load_gold(path), labels)]
