"""Finding claims and their isnad: who said it, relayed by whom.

Reporting verbs match by lemma in any inflection (قال، وأعلنت، يقولون); according-to
phrases (حسب، وفق، نقلًا عن) by their words.  The source of a verb is its subject —
the entity right after it (VSO) or right before it (SVO), or, when the verb carries its
subject as a pronoun (وأوضح), the last source of the paragraph.  A relay follows the
source ("لشبكة أخبار NBC"), or precedes it in "نقلت صحيفة X عن مصدر Y".  An
according-to phrase opening a paragraph ("وحسب الشبكة الأمريكية،") is the relay of every
claim in that paragraph until another source takes over.  Chains are ordered from the
originator to the last relay before the outlet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from khabar.entities.recognise import Mention, MentionIndex, Word
from khabar.text.normalise import normalise_word

__all__ = ["Claim", "find_claims"]


@dataclass
class Claim:
    kind: str
    cue: tuple[int, int]
    content: tuple[int, int]
    sources: list[Mention] = field(default_factory=list)
    certainty: str = "asserted"
    platform: str | None = None


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    raw = yaml.safe_load(resources.files("khabar.claims").joinpath("data/cues.yaml").read_text("utf-8"))
    n = normalise_word
    return {
        "verbs": {n(k): v for k, v in raw["verbs"].items()},
        "verb_forms": {n(k): v for k, v in raw["verb_forms"].items()},
        "participles": {n(k): v for k, v in raw["participles"].items()},
        "according": sorted((tuple(n(p).split()) for p in raw["according_to"]), key=len, reverse=True),
        "according_first": {n(p).split()[0] for p in raw["according_to"]},
        "believed": {n(w) for w in raw["believed_words"]},
        "hedged": {n(w) for w in raw["hedged_words"]},
        "platforms": {tuple(n(k).split()): v for k, v in raw["platforms"].items()},
    }


class _Sentence(MentionIndex):
    """A sentence's words and the mentions in it."""

    def __init__(self, words: list[Word], mentions: list[Mention], text: str):
        super().__init__(words, mentions)
        self.text = text

    mention_at = MentionIndex.at
    mention_ending_before = MentionIndex.ending_before


def _verb_certainty(word: Word) -> str | None:
    cues = _cues()
    if word.norm.startswith("ال"):
        return None  # a verb never takes the article: التابعة is "affiliated", not تابع "went on"
    return cues["verb_forms"].get(word.norm) or cues["verbs"].get(word.lemma or word.norm)


def _feminine(word: Word) -> bool:
    """A feminine verb form: past قالت/أعلنت, imperfect تقول/تعلن."""
    return word.norm.endswith("ت") or (word.norm.startswith("ت") and len(word.norm) >= 4)


def _according_at(words: list[Word], i: int) -> int:
    cues = _cues()
    if words[i].norm not in cues["according_first"]:
        return 0
    for phrase in cues["according"]:
        if tuple(w.norm for w in words[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _relay(sentence: _Sentence, i: int) -> tuple[Mention, int] | None:
    """ل + an organisation or outlet right after the source: "لشبكة أخبار NBC"."""
    words = sentence.words
    if i < len(words) and words[i].norm == "ل":
        found = sentence.mention_at(i + 1)
        if found and found[0].type in ("ORG", "PER"):
            return found
    return None


def _with_relay(sentence: _Sentence, found: tuple[Mention, int]) -> tuple[list[Mention], int]:
    """A source and, when "ل + outlet" follows it, the outlet that relayed it; with the index
    of the word after them."""
    source, after = found
    relay = _relay(sentence, after)
    return ([source, relay[0]], relay[1]) if relay else ([source], after)


def _certainty(words: list[Word], base: str) -> str:
    if base != "asserted":
        return base
    cues = _cues()
    norms = {w.norm for w in words}
    if norms & cues["believed"]:
        return "believed"
    if norms & cues["hedged"]:
        return "hedged"
    return "asserted"


def _platform(words: list[Word]) -> str | None:
    for i in range(len(words)):
        if words[i].norm in ("علي", "عبر", "في") or words[i].norm == "منصه":
            for phrase, platform in _cues()["platforms"].items():
                if tuple(w.norm for w in words[i + 1:i + 1 + len(phrase)]) == phrase:
                    return platform or None
    return None


def _content(sentence: _Sentence, after: int) -> tuple[int, int]:
    words = sentence.words
    start_index = after
    while start_index < len(words) and (words[start_index].is_punct and words[start_index].norm not in ('"', "«")
                                        or words[start_index].norm in ("ان", "انه", "انها", "انهم")):
        start_index += 1
    if start_index >= len(words):
        return words[-1].end, words[-1].end
    return words[start_index].start, words[-1].end


def _quoted(sentence: _Sentence, start: int) -> bool:
    return any(w.norm in ('"', "«") and w.start >= start for w in sentence.words)


def find_claims(sentences: list[tuple[list[Word], list[Mention], bool]], text: str) -> list[Claim]:
    """Claims in a paragraph's sentences (words, mentions, is_first_of_paragraph)."""
    claims: list[Claim] = []
    governing: Mention | None = None       # the according-to source now in force
    opened_here = False                    # … opened in the current paragraph
    last_sources: list[Mention] | None = None
    for words, mentions, first in sentences:
        if first:
            opened_here = False
        sentence = _Sentence(words, mentions, text)
        i = 0
        while i < len(words):
            length = _according_at(words, i)
            if length:
                claim, governing_now, i = _according_to(sentence, i, length, claims, governing)
                if claim:
                    claims.append(claim)
                    last_sources = claim.sources
                if governing_now is not None:
                    governing, opened_here = governing_now, True
                continue
            participle = _cues()["participles"].get(words[i].norm)
            if participle and last_sources and claims:
                # "…، مشيرة إلى أن …": the same speaker goes on
                start, end = _content(sentence, i + 1)
                if end > start:
                    claims.append(Claim("paraphrase", (words[i].start, words[i].end), (start, end),
                                        list(last_sources), _certainty([w for w in words if w.start >= start], participle)))
                i += 1
                continue
            certainty = _verb_certainty(words[i])
            if certainty and not words[i].is_punct:
                claim = _reported(sentence, i, certainty, last_sources, governing, opened_here)
                if claim:
                    claims.append(claim)
                    last_sources = claim.sources
            i += 1
    return claims


def _subject(sentence: _Sentence, i: int) -> tuple[Mention, int] | None:
    """The named subject of the verb at word i: right after it (a person may come after
    their title: "وأكد المتحدث باسم الجيش … فلان"), or right before it."""
    after = sentence.mention_at(i + 1)
    if after:
        return after
    for j in range(i + 2, min(i + 12, len(sentence.words))):
        if sentence.words[j].is_punct:
            break
        found = sentence.mention_at(j)
        if found and found[0].type == "PER" and found[0].role:
            return found
    before = sentence.mention_ending_before(i)
    if before and before[0].type in ("PER", "ORG", "GPE", "GROUP"):
        return before[0], i + 1
    return None


def _reported(sentence: _Sentence, i: int, certainty: str, last_sources: list[Mention] | None,
              governing: Mention | None, opened_here: bool) -> Claim | None:
    """A claim made by the verb at word i.

    The according-to source in force relays it when it was opened in this paragraph, or,
    in later paragraphs, when the speaker is anonymous (officials who talked to that
    outlet) — not when a named speaker speaks for itself."""
    words = sentence.words
    subject = _subject(sentence, i)
    relayed = False
    if subject:
        sources, after = _with_relay(sentence, subject)
        relayed = len(sources) > 1
        source = sources[0]
        if not relayed and words[i].lemma and normalise_word(words[i].lemma) == normalise_word("نقل") and \
                after < len(words) and words[after].norm == "عن" and sentence.mention_at(after + 1):
            quoted, after = sentence.mention_at(after + 1)
            sources = [quoted, source]  # نقلت صحيفة X عن مصدر Y: Y said it, X relayed it
    elif last_sources and not (_feminine(words[i]) and last_sources[0].type == "PER"):
        # a pronoun subject: the last speaker (a feminine verb cannot point back to a man)
        sources, after = list(last_sources), i + 1
        relayed = True
    else:
        return None
    if governing is not None and not relayed and governing not in sources and \
            (opened_here or sources[0].anonymous):
        sources.append(governing)
    start, end = _content(sentence, after)
    if end <= start:
        return None
    kind = "quote" if _quoted(sentence, start) else "paraphrase"
    content_words = [w for w in words if w.start >= start]
    return Claim(kind, (words[i].start, words[i].end), (start, end), sources,
                 _certainty(content_words, certainty), _platform(words[i:]))


def _according_to(sentence: _Sentence, i: int, length: int, claims: list[Claim],
                  governing: Mention | None) -> tuple[Claim | None, Mention | None, int]:
    """حسب/وفق/نقلًا عن X: a claim whose source is X (and, with a following verb, its subject)."""
    words = sentence.words
    j = i + length
    verb = None
    if j < len(words) and _verb_certainty(words[j]):  # حسبما قال X
        verb = j
        j += 1
    found = sentence.mention_at(j)
    if not found:
        return None, None, i + length
    sources, after = _with_relay(sentence, found)
    source = sources[0]
    cue = (words[i].start, words[verb if verb is not None else i + length - 1].end)
    opens_sentence = i <= 1 and after < len(words) and words[after].norm in ("،", ",")
    if opens_sentence:
        # "ووفق موقع الحرة، يعتقد مسؤولون إسرائيليون …": the claim's originator is the
        # subject of the clause that follows; the according-to source relays it
        k = after + 1
        originator = None
        for index in range(k, min(k + 3, len(words))):
            if _verb_certainty(words[index]):
                subject = _subject(sentence, index)
                if subject and subject[0] is not source:
                    originator = subject
                break
        if originator:
            # the clause's verb is handled here, not again as its own claim
            start, end = _content(sentence, originator[1])
            claim = Claim("according-to", cue, (start, end), [originator[0]] + sources,
                          _certainty([w for w in words if w.start >= start], "asserted"), _platform(words))
            return claim, source, len(words)
        start, end = _content(sentence, after)
        return None, source, after
    # a trailing "…، حسبما قال X لY": the content is what came before the cue
    content_start = words[0].start
    content_end = words[i - 1].end if i > 0 else words[i].start
    claim = Claim("according-to", cue, (content_start, content_end), sources,
                  _certainty(words[:i], "asserted"), _platform(words))
    return claim, None, after
