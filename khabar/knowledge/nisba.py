"""Nisba adjectives: the relational adjectives Arabic forms from place names.

قطر → قطري، قطرية، قطريون، قطريين، القطري، القطرية، القطريون، القطريين، قطريتان …
News names countries through these far more often than by name ("الوسطاء القطريين"), so
every country gets all its forms, generated from a stem by the rule below; curated stems
(countries-extra.yaml) replace the rule only where it is wrong (الولايات المتحدة → أمريكي).
"""

from __future__ import annotations

__all__ = ["nisba_forms", "nisba_stem"]

# masculine, feminine, plurals, duals, and the indefinite accusative (إسرائيليًا)
_SUFFIXES = ("ي", "ية", "يون", "يين", "يان", "يتان", "يتين", "يات", "يا", "يون")


def nisba_stem(name: str) -> str | None:
    """The masculine singular nisba of a one-word country name, by rule; None if unsure."""
    words = name.split()
    if len(words) != 1:
        return None
    word = words[0]
    if word.startswith("ال"):
        word = word[2:]
    for ending, cut in (("ية", 2), ("يا", 2), ("ا", 1), ("ة", 1)):
        if word.endswith(ending) and len(word) - cut >= 2:
            return word[:-cut] + "ي"
    return word + "ي"


def nisba_forms(masculine: str) -> list[str]:
    """Every form of a nisba adjective from its masculine singular (أمريكي → …)."""
    words = masculine.split()
    if not words or not words[0].endswith("ي"):
        return []
    base = words[0][:-1]
    rest = (" " + " ".join(words[1:])) if len(words) > 1 else ""
    forms = []
    for suffix in _SUFFIXES:
        for article in ("", "ال"):
            tail = rest
            if rest and article:
                tail = " " + " ".join("ال" + w for w in words[1:])
            forms.append(f"{article}{base}{suffix}{tail}")
    return forms
