"""Gold correction of session 31's decision (docs/gold-format.md): an armed act told by a noun that carries a
country's nisba ("غارة إسرائيلية"، "العدوان الإسرائيلي"، "ضربة جوية أميركية") with no doer named in its words has
that country as its actor, as the nisba is the country's mention (the entity rule: "Nisba adjectives that stand
for a country are mentions of that GPE").  The army the article names elsewhere is not written in the act's words;
the dev gold gave the country in most such events and the army in the others (round s33 counted 26 and 20).

Rewrites the actor of a gold ASSAULT or COERCE event whose one actor is an organisation of country C, when a word
of its trigger or the word right after the trigger's first place in the text (without a joined و) is a nisba of C
in khabar's knowledge base, not one after a doer or instrument ("الطائرات الإسرائيلية"، "بارجة أمريكية": `DOERS`) (the country's nisba forms, as its recogniser reads them), no mention of that
organisation stands in the trigger's words, and the gold lists C's own entity (a GPE of country C one of whose
mentions is a KB name, alias or nisba of C).  The actor becomes that entity.

Mechanical and blind: it reads only the gold and the article text, and prints nothing but the count of events
changed (per split), so that it can be run over the held-out split without reading it.

    python corpus/corrections/nisba_attacks.py --split test [--apply]
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

from blind import CORPUS, substitute_in_items, walk

sys.path.insert(0, str(CORPUS.parent))   # this checkout's khabar: the knowledge base's nisba forms
from khabar.knowledge.kb import load_countries  # noqa: E402
from khabar.text.normalise import normalise_word  # noqa: E402

ARMED = ("ASSAULT", "COERCE")
# the doers and instruments a nisba may qualify before the act ("واصلت الطائرات الإسرائيلية غاراتها"، "بارجة
# أمريكية أسقطت"): the nisba is then on the doer, whose army the article may name, not on the act
DOERS = frozenset(normalise_word(w) for w in (
    "طائرة", "طائرات", "الطائرات", "الطائرة", "مسيرة", "المسيرة", "مسيرات", "المسيرات", "مقاتلات", "المقاتلات",
    "بارجة", "البارجة", "سفينة", "السفينة", "زوارق", "الزوارق", "دبابة", "دبابات", "الدبابات", "قوات", "القوات",
    "قوة", "القوة", "جنود", "الجنود", "وحدات", "الوحدات", "مدفعية", "المدفعية", "البحرية", "الطيران", "طيران"))
WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")


@lru_cache(maxsize=None)
def _country_forms() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """ISO3 → (its nisba words, every one of its names, aliases and nisbas), normalised as khabar matches them."""
    forms = {}
    for entry in load_countries():
        nisbas = frozenset(a.words[0] for a in entry.aliases if a.via == "nisba" and len(a.words) == 1)
        forms[entry.country] = (nisbas, frozenset(" ".join(a.words) for a in entry.aliases))
    return forms


def _words(text: str) -> list[str]:
    return [normalise_word(w) for w in WORD.findall(text)]


def _has_nisba(text: str, trigger: str, country: str) -> bool:
    """Whether a word of the trigger, or the word right after its first place in the text, is a nisba of the country."""
    at = text.find(trigger)
    if not trigger or at < 0 or country not in _country_forms():
        return False
    nisbas = _country_forms()[country][0]
    words = _words(trigger) + _words(text[at + len(trigger):at + len(trigger) + 40])[:1]
    return any((word in nisbas or word.startswith("و") and word[1:] in nisbas)
               and not (k and words[k - 1] in DOERS) for k, word in enumerate(words))


def _country_entity(raw: dict, country: str) -> str | None:
    """The name of the gold entity of the country itself: a GPE of that country named by one of its KB forms."""
    names = _country_forms().get(country, (frozenset(), frozenset()))[1]
    return next((str(e["name"]) for e in raw.get("entities") or []
                 if e.get("type") == "GPE" and e.get("country") == country
                 and any(" ".join(_words(str(m))) in names for m in e.get("mentions") or [])), None)


def nisba_attack_indexes(raw: dict, text: str) -> list[int]:
    """Indexes of the gold events whose organisation actor the rule makes the country of the act's nisba."""
    entities = {str(e.get("name")): e for e in raw.get("entities") or []}
    found = []
    for index, event in enumerate(raw.get("events") or []):
        actors = event.get("actor") or []
        if event.get("type") not in ARMED or len(actors) != 1:
            continue
        actor = entities.get(str(actors[0]))
        if not actor or actor.get("type") != "ORG" or not actor.get("country"):
            continue
        trigger = str(event.get("trigger") or "")
        if any(str(m) in trigger for m in actor.get("mentions") or []):
            continue
        if _has_nisba(text, trigger, str(actor["country"])) and _country_entity(raw, str(actor["country"])):
            found.append(index)
    return found


def _recode(path: Path, raw: dict, indexes: list[int]) -> None:
    """Set each listed event's actor to the GPE of its organisation's country."""
    entities = {str(e.get("name")): e for e in raw.get("entities") or []}
    for index in indexes:
        event = raw["events"][index]
        country = _country_entity(raw, entities[str(event["actor"][0])]["country"])
        quoted = country.replace("'", "''")
        substitute_in_items(path, "events", len(raw["events"]), [index],
                            lambda _: re.compile(r"actor: *\[[^\]]*\]"), f"actor: ['{quoted}']")


if __name__ == "__main__":
    walk(nisba_attack_indexes, _recode, "armed acts given their nisba's country")
