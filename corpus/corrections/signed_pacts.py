"""Gold correction of session 19's decision (docs/gold-format.md): signing a memorandum of understanding or an
agreement of cooperation (economic, trade, investment, energy, security or defence: "وقع البلدان مذكرة تفاهم"،
"توقيع اتفاقية تعاون"، "اتفاقية شراكة اقتصادية") is COOPERATE, as docs/ontology's table writes "وقّع اتفاقية تعاون";
signing a settlement (peace, a ceasefire, a truce, a border demarcation, a reconciliation) is AGREE.

Retypes a gold AGREE event whose trigger is a form of وقّع/توقيع/أبرم/إبرام, or the memorandum itself ("مذكرة تفاهم"),
when the trigger or the eight words after it in the text (within the sentence) name cooperation (تفاهم، تعاون، شراكة، تجارة، اقتصاد، استثمار، تمويل، قرض، التكامل) and
no settlement (سلام، وقف إطلاق النار، هدنة، ترسيم/تعيين الحدود، تسوية، مصالحة، الأعمال العدائية، تبادل).  The k-th gold
event with a trigger is read at the k-th occurrence of that trigger in the text.

Mechanical and blind: it reads only the gold's events and the words after their triggers, and prints nothing but the
count of events retyped (per split), so that it can be run over the held-out split without reading it.

    python corpus/corrections/signed_pacts.py --split test [--apply]
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from blind import occurrence_end, retype_items, walk

SIGNING = re.compile(r"^(?:و|ف|ب|ل)?(?:وقع|وقعت|وقعا|وقعتا|وقعوا|يوقع|سيوقع|ستوقع|يوقعان|توقيع|التوقيع|بتوقيع"
                     r"|أبرم|أبرمت|أبرما|أبرمتا|يبرم|إبرام)(?:\s|$)"
                     r"|^(?:و|ب|ل)?(?:ال)?مذكر(?:ة|ات|تي|تا) (?:ال)?تفاهم")   # the memorandum named as the trigger
COOPERATION = re.compile(r"تفاهم|تعاون|شراك|تجار|اقتصاد|استثمار|تمويل|قرض|تكامل")
SETTLEMENT = re.compile(r"سلام|إطلاق النار|اطلاق النار|هدن|ترسيم|تعيين الحدود|تسوي|مصالح|العدائي|تبادل")
SENTENCE_END = re.compile(r"[.!?؟\n]")


def pact_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold AGREE events that sign a pact of cooperation."""
    seen: Counter[str] = Counter()
    found = []
    for index, event in enumerate(raw.get("events") or []):
        trigger = str(event.get("trigger") or "").strip()
        nth = seen[trigger]
        seen[trigger] += 1
        if event.get("type") == "AGREE" and SIGNING.search(trigger):
            after = _words_after(text, trigger, nth)
            if COOPERATION.search(f"{trigger} {after}") and not SETTLEMENT.search(after):
                found.append(index)
    return found


def _words_after(text: str, trigger: str, nth: int, count: int = 8) -> str:
    """The `count` words after the nth occurrence of the trigger, within its sentence ("" when absent)."""
    start = occurrence_end(text, trigger, nth)
    if start is None:
        return ""
    stop = SENTENCE_END.search(text, start)
    return " ".join(text[start:stop.start() if stop else len(text)].split()[:count])


def _retype(path: Path, raw: dict, indexes: list[int]) -> None:
    retype_items(path, "events", len(raw["events"]), indexes, "COOPERATE")


if __name__ == "__main__":
    walk(pact_indexes, _retype, "events retyped COOPERATE")
