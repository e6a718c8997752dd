"""The Arabic word lexicon that drives clitic splitting and lemmas.

khabar does not keep its own list of Arabic word forms: simplemma (MIT) ships about
300,000 Arabic inflected forms with their lemmas, which is what clitic segmentation
needs to tell a real host word (أعلنت in وأعلنت) from a word that merely begins with a
clitic letter (بايدن).  Names that the knowledge base knows are added by the caller.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.datafile import load_yaml
from khabar.text.normalise import normalise_word, normalise_words

__all__ = ["Lexicon", "default_lexicon"]

_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")


class Lexicon:
    """Normalised word form → normalised lemma."""

    def __init__(self, forms: dict[str, str]):
        self._lemmas = forms

    def __contains__(self, normalised_form: str) -> bool:
        return normalised_form in self._lemmas

    def lemma(self, normalised_form: str) -> str | None:
        """The lemma of a normalised form, or None when the form is unknown."""
        return self._lemmas.get(normalised_form)

    def __len__(self) -> int:
        return len(self._lemmas)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """simplemma's Arabic forms, normalised, with the team's corrections (data/lemmas.yaml);
    loaded once per process (and built once per version, see khabar.cache)."""
    from khabar.cache import derived

    return derived("lexicon", _build_lexicon)


def _build_lexicon() -> Lexicon:
    from importlib import resources

    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    raw = DefaultDictionaryFactory().get_dictionary("ar")._dict  # bytes → bytes
    keys = normalise_words([key.decode() for key in raw])
    values = normalise_words([value.decode() for value in raw.values()])
    forms: dict[str, str] = {}
    for normalised, lemma in zip(keys, values, strict=True):
        if _ARABIC_WORD.match(normalised):
            forms.setdefault(normalised, lemma)
    curated = load_yaml(resources.files("khabar.text").joinpath("data/lemmas.yaml").read_text("utf-8"))
    forms.update({normalise_word(form): normalise_word(lemma) for form, lemma in curated.items()})
    return Lexicon(forms)
