"""Gold correction of session 19's decision (docs/gold-format.md): a call or demand ("دعا X إلى …"، "طالب X بـ …"،
"ناشد"، "حث"، the crowd's "مطالبين بـ") is a claim only where its own words are quoted in its clause ("دعا إلى «وقف
فوري لإطلاق النار»"); told without a quote it is the REQUEST event alone: it reports no words a reader checks
against their source.

Removes each gold claim of kind paraphrase whose cue is a form of دعا، طالب، ناشد or حث (verb, participle or verbal
noun, with و/ف before it) and whose clause in the text holds no quote.  The k-th gold claim with a cue is read at the
k-th occurrence of that cue in the text; its clause runs to the sentence's end or to a comma that opens another
clause ("، فيما"، "، بينما"، "، مضيفا" …).  A quoted name is no quote of the call's words: one right after لـ (a relay,
"لـ«الغد»") or after a noun that names an outlet, a body or a platform ("نواب «التغيير»"، "حزب «القوات»").

Mechanical and blind: it reads only the gold's claims and the text around their cues, and prints nothing but the count
of claims removed (per split), so that it can be run over the held-out split without reading it.

    python corpus/corrections/plain_calls.py --split test [--apply]
"""
from __future__ import annotations

import re
from collections import Counter

from blind import occurrence_end, run

CALL = re.compile(
    r"^(?:و|ف)?(?:"
    r"دعا|دعت|دعوا|دعيا|دعتا|يدعو|تدعو|يدعون|ندعو|داعيا|داعية|داعين|دعوة|دعوته|دعوتها|دعوتهم|دعوات|الدعوة"
    r"|طالب|طالبت|طالبوا|طالبا|يطالب|تطالب|يطالبون|نطالب|مطالبا|مطالبة|مطالبين|مطالبات|المطالبة|مطالبته|مطالبتها"
    r"|ناشد|ناشدت|ناشدوا|يناشد|تناشد|يناشدون|مناشدا|مناشدة|مناشدين|مناشدته"
    r"|حث|حثت|حثوا|يحث|تحث|يحثون|حاثا|حاثة)(?:\s|$)")
DIACRITICS = re.compile(r"[\u064B-\u0652\u0640]")   # tanwin and short vowels ("داعياً"), tatweel
QUOTED = re.compile(r'«[^»]*»|"[^"]*"|“[^”]*”')   # a quoted span, read whole (its closing mark opens nothing)
CLAUSE_END = re.compile(
    r"[.!?؟\n]|،\s*(?:فيما|بينما|في حين|غير أن|لكن|إلا أن|حيث|مضيفا|مضيفة|قائلا|قائلة|مؤكدا|مؤكدة|مشيرا|مشيرة"
    r"|و(?:قال|قالت|أضاف|أضافت|أكد|أكدت))")
NAMING = re.compile(r"(?:^|\s)(?:لـ?|ل|صحيفة|جريدة|قناة|موقع|وكالة|شبكة|إذاعة|تلفزيون|حزب|حركة|تيار|كتلة|نواب|تجمع"
                    r"|تحالف|تطبيق|منصة|عملية|مبادرة|هيئة|جبهة|ائتلاف|لجنة|مجموعة|جماعة)\s*$")


def call_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold claims the decision removes: calls and demands with no quote of their words."""
    seen: Counter[str] = Counter()
    found = []
    for index, claim in enumerate(raw.get("claims") or []):
        cue = DIACRITICS.sub("", str(claim.get("cue") or "")).strip()
        nth = seen[cue]
        seen[cue] += 1
        if claim.get("kind") == "paraphrase" and CALL.search(cue) and not _quotes_its_words(text, cue, nth):
            found.append(index)
    return found


def _quotes_its_words(text: str, cue: str, nth: int) -> bool:
    """Whether the clause of the nth occurrence of the cue holds a quote that is not a quoted name."""
    bare = DIACRITICS.sub("", text)   # offsets move, but the clause is read in the bare text alone
    start = occurrence_end(bare, cue, nth)
    if start is None:
        return False
    end = CLAUSE_END.search(bare, start)
    clause_end = end.start() if end else len(bare)
    for quoted in QUOTED.finditer(bare, start):
        if quoted.start() >= clause_end:
            break
        if not NAMING.search(bare[max(start, quoted.start() - 12):quoted.start()]):
            return True
    return False


if __name__ == "__main__":
    run("claims", call_indexes)
