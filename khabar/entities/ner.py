"""khabar's statistical NER: a spaCy NER trained on the team's annotated sentences.

No Arabic NER model can be installed offline, so khabar trains its own on
khabar/entities/data/ner/*.jsonl (sentences written by the team in the style of Arabic
outlets, names given as surface strings in order).  The model finds names the knowledge
base does not know; the entities stage adds what it finds where no knowledge-base or
pattern mention stands.  `khabar train-ner` rebuilds it into khabar/entities/models/ner.

The last file of the set (sorted by name) is held out: never trained on, used to report
precision, recall and F1 per type.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc
from spacy.training import Example

from khabar.text.tokenizer import KhabarTokenizer

__all__ = ["LABELS", "MODEL", "blank_pipeline", "evaluate_ner", "fit", "held_out_files", "load_ner",
           "load_sentences", "train_ner"]

DATA = Path(__file__).resolve().parent / "data" / "ner"
MODEL = Path(__file__).resolve().parent / "models" / "ner"
LABELS = ("PER", "ORG", "GPE", "LOC", "FAC")


def held_out_files() -> tuple[list[Path], list[Path]]:
    """(training files, held-out files)."""
    files = sorted(DATA.glob("*.jsonl"))
    return files[:-1], files[-1:]


def load_sentences(files: list[Path]) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, label)]) per sentence; names are found left to right."""
    out = []
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            text, spans, cursor = item["text"], [], 0
            for surface, label in item["entities"]:
                index = text.find(surface, cursor)
                if index < 0 or label not in LABELS:
                    continue
                spans.append((index, index + len(surface), label))
                cursor = index + len(surface)
            out.append((text, spans))
    return out


def _examples(nlp, sentences) -> list[Example]:
    examples = []
    for text, spans in sentences:
        doc = nlp.make_doc(text)
        ents = []
        for start, end, label in spans:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and not any(span.start < e.end and e.start < span.end for e in ents):
                ents.append(span)
        examples.append(Example.from_dict(doc, {"entities": [(e.start_char, e.end_char, e.label_) for e in ents]}))
    return examples


def blank_pipeline():
    """spaCy's blank Arabic pipeline with khabar's tokenizer (clitics split off)."""
    nlp = spacy.blank("ar")
    nlp.tokenizer = KhabarTokenizer(nlp.vocab)
    return nlp




def fit(sentences: list[tuple[str, list[tuple[int, int, str]]]], epochs: int = 12, seed: int = 13,
        log=print) -> Any:
    """A blank pipeline with an NER trained on `sentences` (labels outside LABELS dropped).

    Seeded (Python's and spaCy's generators) so that two trainings on one machine give the
    same model."""
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    nlp = blank_pipeline()
    ner = nlp.add_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    kept = [(text, [s for s in spans if s[2] in LABELS]) for text, spans in sentences]
    train = _examples(nlp, kept)
    optimizer = nlp.initialize(lambda: train)
    for epoch in range(epochs):
        random.shuffle(train)
        losses: dict[str, float] = {}
        for batch in spacy.util.minibatch(train, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        log(f"epoch {epoch + 1}/{epochs}: loss {losses.get('ner', 0):.1f}")
    return nlp


def dev_gold_sentences() -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Training sentences of the dev split's gold (never test, never a fresh batch)."""
    from khabar.entities.ner_data import sentences_of_files
    from khabar.evaluate.run import gold_files

    root = Path(__file__).resolve().parents[2] / "corpus" / "gold"
    return sentences_of_files(gold_files([root], split="dev"), LABELS)


def train_ner(epochs: int = 12, seed: int = 13, output: Path = MODEL, log=print,
              with_dev: bool = False) -> dict[str, Any]:
    """Train on all but the held-out file (and, with `with_dev`, the dev gold's sentences),
    save to `output`, return held-out scores."""
    train_files, test_files = held_out_files()
    sentences = load_sentences(train_files) + (dev_gold_sentences() if with_dev else [])
    nlp = fit(sentences, epochs, seed, log)
    output.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(output)
    scores = evaluate_ner(load_sentences(test_files), nlp)
    (output / "scores.json").write_text(json.dumps(scores, indent=2), "utf-8")
    return scores


@dataclass(frozen=True)
class Policy:
    """How the model's names join the rule mentions: as gap fillers only (where no rule
    mention overlaps), of these types, of at least this many words."""

    types: frozenset[str] = frozenset({"PER", "ORG"})
    min_words: int = 2

    @classmethod
    def parse(cls, text: str) -> "Policy":
        """"PER,ORG:2" -> types PER and ORG, two words or more."""
        types, _, words = text.partition(":")
        return cls(frozenset(t for t in types.split(",") if t), int(words or 1))


DEFAULT_POLICY = Policy()
_OVERRIDE: list[tuple[Any, Policy]] = []


def enabled() -> bool:
    """Whether the entities stage consults the model: KHABAR_NER=1, or a model put in use."""
    return bool(_OVERRIDE) or os.environ.get("KHABAR_NER") == "1"


def active() -> tuple[Any, Policy] | None:
    """(pipeline, policy) the entities stage uses, or None when no model is built."""
    if _OVERRIDE:
        return _OVERRIDE[-1]
    nlp = load_ner()
    return (nlp, DEFAULT_POLICY) if nlp is not None else None


@contextmanager
def use(nlp: Any, policy: Policy = DEFAULT_POLICY) -> Iterator[None]:
    """Read with this model and policy inside the block (cross-validation, tests)."""
    _OVERRIDE.append((nlp, policy))
    try:
        yield
    finally:
        _OVERRIDE.pop()


@lru_cache(maxsize=1)
def load_ner():
    """The shipped NER component on a blank pipeline, or None when no model is built."""
    if not (MODEL / "model").exists():
        return None
    nlp = blank_pipeline()
    ner = nlp.add_pipe("ner")
    ner.from_disk(MODEL)
    return nlp


def predict(nlp, doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of the names the model finds in a processed Doc."""
    ner = nlp.get_pipe("ner")
    copy = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    copy = ner(copy)
    return [(e.start_char, e.end_char, e.label_) for e in copy.ents]


def evaluate_ner(sentences, nlp=None) -> dict[str, Any]:
    """Precision, recall and F1 per label on annotated sentences (exact spans)."""
    nlp = nlp or load_ner()
    counts = {label: [0, 0, 0] for label in LABELS}
    for text, spans in sentences:
        predicted = {(e.start_char, e.end_char, e.label_) for e in nlp(text).ents}
        gold = set()
        doc = nlp.make_doc(text)
        for start, end, label in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                gold.add((span.start_char, span.end_char, label))
        for label in LABELS:
            p = {x for x in predicted if x[2] == label}
            g = {x for x in gold if x[2] == label}
            counts[label][0] += len(p & g)
            counts[label][1] += len(p - g)
            counts[label][2] += len(g - p)
    result = {}
    total = [0, 0, 0]
    for label, (tp, fp, fn) in counts.items():
        total = [a + b for a, b in zip(total, (tp, fp, fn))]
        result[label] = _prf(tp, fp, fn)
    result["overall"] = _prf(*total)
    result["sentences"] = len(sentences)
    return result


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}
