"""Spec-shaped records built by hand, for tests and benchmarks of the store and the web app.

The reading stages that fill entities, events, figures and claims are built in parallel;
the store, API and pages must work with those layers now.  `ArticleBuilder` writes an
article piece by piece and returns exact spans, so every item it makes satisfies
`text[start:end] == span.text`; `random_record` composes plausible Arabic news articles
from a small cast of actors and places (with KB-style ids and coordinates).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from khabar.record import SCHEMA, article_id

__all__ = ["ACTORS", "PLACES", "ArticleBuilder", "random_record"]


def _entity(kb: str, name: str, name_ar: str, type_: str, country: str | None, sector: str | None = None,
            geo: tuple[float, float, str] | None = None) -> dict[str, Any]:
    return {"kb": kb, "wikidata": None, "name": name, "name_ar": name_ar, "type": type_, "country": country,
            "sector": sector, "role": None,
            "geo": {"lat": geo[0], "lon": geo[1], "precision": geo[2]} if geo else None}


ACTORS = {
    "idf": _entity("khabar:organization/idf", "Israel Defense Forces", "الجيش الإسرائيلي", "ORG", "ISR", "MIL"),
    "hamas": _entity("khabar:organization/hamas", "Hamas", "حماس", "ORG", "PSE", "REB"),
    "hezbollah": _entity("khabar:organization/hezbollah", "Hezbollah", "حزب الله", "ORG", "LBN", "REB"),
    "rsf": _entity("khabar:organization/rsf", "Rapid Support Forces", "قوات الدعم السريع", "ORG", "SDN", "REB"),
    "saf": _entity("khabar:organization/saf", "Sudanese Armed Forces", "الجيش السوداني", "ORG", "SDN", "MIL"),
    "houthis": _entity("khabar:organization/houthis", "Houthis", "الحوثيون", "ORG", "YEM", "REB"),
    "usa": _entity("khabar:country/usa", "United States", "الولايات المتحدة", "GPE", "USA", "GOV"),
    "un": _entity("khabar:organization/un", "United Nations", "الأمم المتحدة", "ORG", "UN", "IGO"),
    "netanyahu": {**_entity("khabar:person/benjamin-netanyahu", "Benjamin Netanyahu", "بنيامين نتنياهو", "PER",
                            "ISR", "GOV"), "wikidata": "Q43723", "role": "Prime Minister of Israel"},
    "civilians": _entity("khabar:group/civilians", "civilians", "المدنيين", "GROUP", None, "CVL"),
}

PLACES = {
    "nuseirat": _entity("khabar:place/nuseirat-camp", "Nuseirat camp", "مخيم النصيرات", "LOC", "PSE", None,
                        (31.449, 34.393, "camp")),
    "gaza": _entity("khabar:place/gaza-city", "Gaza City", "مدينة غزة", "GPE", "PSE", None, (31.52, 34.45, "city")),
    "jenin": _entity("khabar:place/jenin", "Jenin", "جنين", "GPE", "PSE", None, (32.46, 35.30, "city")),
    "el-fasher": _entity("khabar:place/el-fasher", "El Fasher", "الفاشر", "GPE", "SDN", None, (13.63, 25.35, "city")),
    "abu-shouk": _entity("khabar:place/abu-shouk-camp", "Abu Shouk camp", "معسكر أبو شوك", "LOC", "SDN", None,
                         (13.66, 25.33, "camp")),
    "derna": _entity("khabar:place/derna", "Derna", "درنة", "GPE", "LBY", None, (32.76, 22.64, "city")),
    "beirut": _entity("khabar:place/beirut", "Beirut", "بيروت", "GPE", "LBN", None, (33.89, 35.50, "city")),
    "majdal-shams": _entity("khabar:place/majdal-shams", "Majdal Shams", "مجدل شمس", "GPE", "SYR", None,
                            (33.27, 35.77, "town")),
    "sanaa": _entity("khabar:place/sanaa", "Sanaa", "صنعاء", "GPE", "YEM", None, (15.35, 44.21, "city")),
    "idlib": _entity("khabar:place/idlib", "Idlib", "إدلب", "GPE", "SYR", None, (35.93, 36.63, "city")),
    "baghdad": _entity("khabar:place/baghdad", "Baghdad", "بغداد", "GPE", "IRQ", None, (33.31, 44.36, "city")),
    "marrakesh": _entity("khabar:place/marrakesh", "Marrakesh", "مراكش", "GPE", "MAR", None, (31.63, -7.99, "city")),
}

_VERBS = {
    "ASSAULT": [("قصف", "aerial"), ("هاجم", None), ("شن هجومًا على", None), ("استهدف بطائرة مسيرة", "drone")],
    "COERCE": [("اعتقل", "arrest"), ("داهم", "seize")],
    "PROTEST": [("تظاهر في", None)],
    "CONSULT": [("زار", "visit"), ("التقى", None)],
    "RETREAT": [("انسحب من", "withdraw"), ("أفرج عن محتجزين في", "release")],
    "AID": [("قدم مساعدات إلى", None)],
    "ACCUSE": [("اتهم", None)],
    "THREATEN": [("هدد", None)],
}
_CATEGORIES = [("killed", "قتيلًا"), ("wounded", "جريحًا"), ("displaced", "نازحًا"), ("arrested", "معتقلًا")]
_OUTLETS = ["الجزيرة", "رويترز", "فرانس برس", "سكاي نيوز عربية", "الشرق الأوسط", "الأناضول", "بي بي سي عربي"]
_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"]


class ArticleBuilder:
    """Write an article left to right; each piece's span is exact."""

    def __init__(self, *, published: str | None = None, outlet: str | None = None, url: str | None = None,
                 path: str | None = None):
        self.parts: list[str] = []
        self.length = 0
        self.published = published
        self.source = {"path": path, "url": url, "outlet": outlet}
        self.entities: dict[str, dict[str, Any]] = {}
        self.times: list[dict] = []
        self.figures: list[dict] = []
        self.events: list[dict] = []
        self.claims: list[dict] = []
        self.headline: dict | None = None
        self.published_span: dict | None = None
        self.sentences: list[dict] = []
        self._sentence_start: int | None = None

    def add(self, text: str) -> dict[str, Any]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return {"start": start, "end": self.length, "text": text}

    def line(self, text: str) -> dict[str, Any]:
        span = self.add(text)
        self.add("\n\n")
        return span

    def sentence(self) -> None:
        """Mark the start of a sentence (it ends at the next call or at record())."""
        self._close_sentence()
        self._sentence_start = self.length

    def _close_sentence(self) -> None:
        if self._sentence_start is not None and self.length > self._sentence_start:
            text = "".join(self.parts)
            end = self.length
            while end > self._sentence_start and text[end - 1].isspace():
                end -= 1
            self.sentences.append({"start": self._sentence_start, "end": end})
        self._sentence_start = None

    def mention(self, entity: dict[str, Any], text: str | None = None, via: str = "name") -> str:
        """Write a mention of `entity` (its Arabic name by default); its local id."""
        key = entity.get("kb") or entity["name_ar"]
        local = self.entities.get(key)
        if local is None:
            local = {**entity, "id": f"e{len(self.entities) + 1}", "mentions": []}
            self.entities[key] = local
        span = self.add(text if text is not None else entity["name_ar"])
        local["mentions"].append({**span, "via": via})
        return local["id"]

    def time(self, text: str, value: str, grain: str = "day", anchor: str = "published") -> str:
        span = self.add(text)
        local = f"t{len(self.times) + 1}"
        self.times.append({"id": local, **span, "value": value, "grain": grain, "anchor": anchor})
        return local

    def figure(self, text: str, value: float, category: str, unit: str = "person", **extra: Any) -> str:
        span = self.add(text)
        local = f"f{len(self.figures) + 1}"
        self.figures.append({"id": local, **span, "value": value, "min": None, "max": None, "approx": False,
                             "category": category, "unit": unit, "who": None, "event": None, "time": None,
                             "place": None, "claim": None, **extra})
        return local

    def event(self, type_: str, trigger: dict[str, Any], **extra: Any) -> str:
        local = f"v{len(self.events) + 1}"
        item = {"id": local, "type": type_, "mode": None, "context": [], "status": "asserted",
                "trigger": {k: trigger[k] for k in ("start", "end", "text")}, "actor": [], "recipient": [],
                "place": [], "time": None, "date": None, "figures": [], "claim": None,
                "sentence": len(self.sentences), "confidence": 0.9}
        item.update(extra)
        self.events.append(item)
        return local

    def claim(self, cue: dict[str, Any], content: dict[str, Any], sources: list[dict[str, Any]],
              kind: str = "according-to", certainty: str = "asserted", platform: str | None = None) -> str:
        local = f"c{len(self.claims) + 1}"
        self.claims.append({"id": local, "kind": kind, "cue": {k: cue[k] for k in ("start", "end", "text")},
                            "content": {"start": content["start"], "end": content["end"]},
                            "certainty": certainty, "sources": sources, "platform": platform})
        return local

    def item(self, layer: str, local: str) -> dict[str, Any]:
        items = list(self.entities.values()) if layer == "entities" else getattr(self, layer)
        return next(i for i in items if i["id"] == local)

    def record(self) -> dict[str, Any]:
        self._close_sentence()
        text = "".join(self.parts)
        for span in [self.headline, self.published_span]:
            assert span is None or text[span["start"]:span["end"]] == span["text"]
        return {
            "schema": SCHEMA, "id": article_id(text), "language": "ar", "text": text, "source": dict(self.source),
            "meta": {"headline": self.headline, "published": self.published, "published_span": self.published_span,
                     "date_line": None, "byline": None, "captions": [],
                     "body": {"start": 0, "end": len(text)}, "paragraphs": [], "dateline": None},
            "sentences": self.sentences, "entities": list(self.entities.values()), "times": self.times,
            "figures": self.figures, "events": self.events, "claims": self.claims,
        }


def random_record(rng: random.Random, *, day: date | None = None, outlet: str | None = None,
                  events: int = 3, serial: int | None = None) -> dict[str, Any]:
    """A plausible article with `events` events, figures, times and attributed claims."""
    day = day or date(2023, 1, 1) + timedelta(days=rng.randrange(0, 730))
    outlet = outlet or rng.choice(_OUTLETS)
    b = ArticleBuilder(published=day.isoformat(), outlet=outlet,
                       url=f"https://news.example/{day.isoformat()}/{serial if serial is not None else rng.randrange(10**9)}")
    actor_keys = list(ACTORS)
    place_keys = list(PLACES)
    plan = []
    for _ in range(events):
        type_ = rng.choice(list(_VERBS))
        verb, mode = rng.choice(_VERBS[type_])
        plan.append((type_, verb, mode, ACTORS[rng.choice(actor_keys)], ACTORS[rng.choice(actor_keys)],
                     PLACES[rng.choice(place_keys)], day - timedelta(days=rng.randrange(0, 3))))
    first = plan[0]
    b.headline = b.add(f"{first[3]['name_ar']} {first[1]} {first[5]['name_ar']}")
    b.add("\n\n")
    b.add("منشور ")
    b.published_span = b.add(f"{day.day} {_MONTHS[day.month - 1]} {day.year}")
    b.add("\n\n")
    for type_, verb, mode, actor, recipient, place, when in plan:
        b.sentence()
        trigger = b.add(verb)
        b.add(" ")
        a = b.mention(actor)
        b.add(" ")
        r = b.mention(recipient)
        b.add(" في ")
        p = b.mention(place)
        b.add(" ")
        t = b.time(f"يوم {when.day} {_MONTHS[when.month - 1]}", when.isoformat(), anchor="published")
        figures = []
        claim = None
        if type_ in ("ASSAULT", "COERCE", "RETREAT"):
            category, noun = rng.choice(_CATEGORIES)
            count = rng.choice([3, 5, 12, 19, 27, 40, 60, 274]) + (rng.randrange(0, 3) if rng.random() < .3 else 0)
            b.add("، ما أسفر عن ")
            figures.append(b.figure(f"{count} {noun}", count, category, place=p, time=t))
            b.add("، ")
            cue = b.add("حسبما قال")
            b.add(" ")
            source_entity = ACTORS[rng.choice(actor_keys)]
            s = b.mention(source_entity)
            content = {"start": trigger["start"], "end": b.length}
            claim = b.claim(cue, content, [{"entity": s, "text": source_entity["name_ar"], "anonymous": False,
                                            "country": source_entity["country"]}])
        b.add(".\n\n")
        v = b.event(type_, trigger, mode=mode, actor=[a], recipient=[r], place=[p], time=t,
                    date=when.isoformat(), figures=figures, claim=claim)
        for f in figures:
            b.item("figures", f).update(event=v, claim=claim)
    return b.record()


HOSTILE = '<script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned = 2">'


def report(*, outlet: str, published: str, killed: int, day: str, source: dict[str, Any] | None = None,
           place: str = "nuseirat", actor: str = "idf", url: str | None = None,
           anonymous_relay: bool = False) -> dict[str, Any]:
    """One article reporting an air strike on a place with a death toll, attributed to a source."""
    b = ArticleBuilder(published=published, outlet=outlet, url=url or f"https://{outlet}.example/{published}/{killed}")
    b.headline = b.add(f"غارة على {PLACES[place]['name_ar']}")
    b.add("\n\n")
    b.sentence()
    trigger = b.add("قصف")
    b.add(" ")
    a = b.mention(ACTORS[actor])
    b.add(" ")
    p = b.mention(PLACES[place])
    b.add(" ")
    t = b.time("صباح السبت", day, grain="part-of-day")
    b.add("، ما أدى إلى مقتل ")
    f = b.figure(f"{killed} شخصًا", killed, "killed", place=p, time=t)
    b.add("، ")
    cue = b.add("حسبما قال")
    b.add(" ")
    src = source or {"entity": None, "text": "مسؤولون في الدفاع المدني", "anonymous": True, "country": "PSE"}
    sources = [dict(src)]
    if src.get("entity") == "hamas":
        sources[0]["entity"] = b.mention(ACTORS["hamas"])
    else:
        b.add(src["text"])
    if anonymous_relay:
        b.add(" لشبكة ")
        relay = b.mention(ACTORS["usa"], "الأمريكية")
        sources.append({"entity": relay, "text": "الأمريكية", "anonymous": False, "country": "USA"})
    content = {"start": trigger["start"], "end": b.length}
    c = b.claim(cue, content, sources, kind="according-to")
    b.add(".\n")
    v = b.event("ASSAULT", trigger, mode="aerial", context=["military"], actor=[a], recipient=[], place=[p],
                time=t, date=day, figures=[f], claim=c)
    b.item("figures", f).update(event=v, claim=c)
    return b.record()


def hostile_record() -> dict[str, Any]:
    """An article whose text, names and source try to inject markup and script."""
    b = ArticleBuilder(published="2024-06-09", outlet='<script>alert("outlet")</script>',
                       url="javascript:alert(document.cookie)")
    b.headline = b.add("عنوان " + HOSTILE)
    b.add("\n\n")
    b.sentence()
    trigger = b.add("هاجم")
    b.add(" ")
    evil = {**ACTORS["hamas"], "kb": None, "name": '"><svg onload=alert(1)>', "name_ar": "جماعة <b onmouseover=alert(1)>x</b>"}
    a = b.mention(evil)
    b.add(" ")
    p = b.mention(PLACES["gaza"])
    b.add(" " + HOSTILE + " ")
    f = b.figure("7 قتلى", 7, "killed", place=p)
    b.add(' {{ 7*7 }} {% raw %} ${7*7} javascript:alert(1) ')
    cue = b.add("قال")
    b.add(" ")
    content = b.add('"<iframe src=javascript:alert(1)></iframe>"')
    c = b.claim(cue, content, [{"entity": a, "text": "<script>alert('source')</script>", "anonymous": False,
                                "country": "PSE"}])
    b.add(".\n")
    b.event("ASSAULT", trigger, actor=[a], place=[p], date="2024-06-09", figures=[f], claim=c)
    return b.record()
