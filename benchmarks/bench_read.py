"""Throughput of `khabar read` against spaCy's blank Arabic tokenizer alone, in one run.

    python benchmarks/bench_read.py [--repeat N] [PATH ...]

Reads every .txt article under corpus/articles (or the given paths), times one first pass of
each over them (cold: no word seen before, as for articles never read), then, warmed up, times
each over the same articles again and prints articles/s and the ratio khabar / spaCy.  Both
cache per word (spaCy's tokenizer and khabar's segmenter), so the warm figures are the steady
state of a long run over one language's news and the cold ones its worst case.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

import sys
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # this checkout's khabar, not the installed one

import khabar
from khabar.assemble import to_record
from khabar.pipeline import build, default_pipeline, run


def build_reading_only():
    """The pipeline with its reading stages only (what the reading issue built)."""
    nlp = build()
    for name in list(nlp.pipe_names):
        if name not in ("khabar_structure", "khabar_sentences"):
            nlp.remove_pipe(name)
    return nlp

ROOT = Path(__file__).resolve().parent.parent


def articles(paths: list[str]) -> list[str]:
    files = [Path(p) for p in paths] or sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    return [f.read_text("utf-8") for f in files]


def rate(function, texts: list[str], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            function(text)
    return repeat * len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = articles(args.paths)
    baseline = spacy.blank("ar")
    default_pipeline()
    spacy_cold = rate(baseline, texts, 1)
    khabar_cold = rate(khabar.read, texts, 1)
    reading = build_reading_only()
    reading_read = lambda text: to_record(run(text, nlp=reading))  # noqa: E731
    spacy_rate = rate(baseline, texts, args.repeat)
    reading_rate = rate(reading_read, texts, args.repeat)
    khabar_rate = rate(khabar.read, texts, args.repeat)
    words = sum(len(t.split()) for t in texts)
    print(f"articles: {len(texts)} ({words:,} words), repeat {args.repeat}")
    print(f"spaCy blank 'ar' tokenizer : {spacy_rate:8.1f} articles/s")
    print(f"khabar reading stages      : {reading_rate:8.1f} articles/s  (tokenizer+clitics, structure, sentences)")
    print(f"khabar read (full pipeline): {khabar_rate:8.1f} articles/s  (all stages)")
    print(f"ratio reading/spaCy        : {reading_rate / spacy_rate:8.2f}")
    print(f"ratio khabar/spaCy         : {khabar_rate / spacy_rate:8.2f}  (target >= 0.5)")
    print(f"first pass, cold caches    : spaCy {spacy_cold:8.1f}, khabar {khabar_cold:8.1f} articles/s, "
          f"ratio {khabar_cold / spacy_cold:.2f}")


if __name__ == "__main__":
    main()
