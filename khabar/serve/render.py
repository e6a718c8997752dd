"""Server-side rendering helpers: the article's highlighted text, item cards, the timeline
chart and the map.  Everything here returns plain data for the templates, which escape
every string (Jinja2 autoescape); nothing here builds HTML from article text.
"""

from __future__ import annotations

from typing import Any

from khabar.serve.mapgen import HEIGHT, WIDTH, project

__all__ = ["TYPE_COLOURS", "article_view", "figure_value", "map_view", "timeline_svg"]

TYPE_COLOURS = {
    "ASSAULT": "#c0392b", "COERCE": "#d35400", "MOBILIZE": "#e67e22", "SANCTION": "#b9770e", "PROTEST": "#f1c40f",
    "THREATEN": "#a04000", "REJECT": "#7d3c98", "ACCUSE": "#8e44ad", "REQUEST": "#2e86c1", "RETREAT": "#17a589",
    "AID": "#27ae60", "COOPERATE": "#229954", "CONCEDE": "#48c9b0", "SUPPORT": "#5dade2", "CONSULT": "#2874a6",
    "AGREE": "#1e8449",
}
_FALLBACK = ["#566573", "#839192", "#5d6d7e", "#7b7d7d"]

TYPE_AR = {
    "AGREE": "اتفاق", "CONSULT": "تشاور", "SUPPORT": "تأييد", "CONCEDE": "تنازل", "COOPERATE": "تعاون",
    "AID": "مساعدة", "RETREAT": "تراجع", "REQUEST": "مطالبة", "ACCUSE": "اتهام", "REJECT": "رفض",
    "THREATEN": "تهديد", "PROTEST": "احتجاج", "SANCTION": "عقوبات", "MOBILIZE": "حشد", "COERCE": "إكراه",
    "ASSAULT": "هجوم",
}
STATUS_AR = {"asserted": "مؤكد", "hypothetical": "افتراضي", "future": "مستقبلي", "negated": "منفي",
             "historical": "تاريخي"}
CATEGORY_AR = {"killed": "قتلى", "wounded": "جرحى", "abducted": "مختطفون", "held": "محتجزون", "released": "مفرج عنهم",
               "rescued": "محررون", "dead": "وفيات", "alive": "أحياء", "missing": "مفقودون", "arrested": "معتقلون",
               "displaced": "نازحون", "protesters": "محتجون", "other": "أخرى"}
ROLE_AR = {"actor": "الفاعل", "recipient": "المستهدف", "place": "المكان"}


def colour(type_: str | None) -> str:
    if type_ in TYPE_COLOURS:
        return TYPE_COLOURS[type_]
    return _FALLBACK[sum(map(ord, type_ or "")) % len(_FALLBACK)]


def figure_value(figure: dict[str, Any]) -> str:
    """A figure's value with its bounds and approximation, in Arabic."""
    def number(value: Any) -> str:
        if value is None:
            return "؟"
        value = float(value)
        return f"{int(value):,}" if value.is_integer() else f"{value:,.2f}"

    value, low, high = figure.get("value"), figure.get("min"), figure.get("max")
    if high is not None and low is None and value == high:
        text = f"أقل من {number(high)}"
    elif low is not None and high is None and value == low:
        text = f"أكثر من {number(low)}"
    elif low is not None and high is not None and low != high:
        text = f"{number(low)}–{number(high)}"
    else:
        text = number(value)
    if figure.get("approx"):
        text = "نحو " + text
    return text


# ---- the article ----------------------------------------------------------------------------

def _in_text(span: Any, length: int) -> tuple[int, int] | None:
    if not isinstance(span, dict):
        return None
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= length:
        return None
    return start, end


def article_view(article: dict[str, Any]) -> dict[str, Any]:
    """The article's text cut into segments, each with the cards of the items covering it."""
    record = article["record"]
    text: str = record.get("text") or ""
    length = len(text)
    entity_ids = article.get("entity_ids", {})
    event_ids = article.get("event_ids", {})
    quantities = article.get("quantities", {})
    entities = {e.get("id"): e for e in record.get("entities") or [] if isinstance(e, dict)}
    times = {t.get("id"): t for t in record.get("times") or [] if isinstance(t, dict)}
    claims = {c.get("id"): c for c in record.get("claims") or [] if isinstance(c, dict)}

    def name(local: Any) -> str:
        entity = entities.get(local)
        if not entity:
            return str(local)
        return entity.get("name_ar") or entity.get("name") or str(local)

    cards: list[dict[str, Any]] = []
    marks: list[tuple[int, int, str, int]] = []  # start, end, layer, card index

    def card(layer: str, title: str, rows: list[tuple[str, Any]], links: list[tuple[str, str]] | None = None,
             chain: list[dict] | None = None) -> int:
        cards.append({"key": f"k{len(cards)}", "layer": layer, "title": title,
                      "rows": [(label, value) for label, value in rows if value not in (None, "", [])],
                      "links": links or [], "chain": chain})
        return len(cards) - 1

    meta = record.get("meta") or {}
    structure = []
    for key, label in (("headline", "العنوان"), ("byline", "الكاتب أو القسم"), ("date_line", "سطر التاريخ")):
        span = _in_text(meta.get(key), length)
        if span:
            index = card("meta", label, [("النص", text[span[0]:span[1]])] +
                         ([("تاريخ النشر", meta.get("published"))] if key == "date_line" else []))
            marks.append((*span, "meta-" + key.replace("_", "-"), index))
    for caption in meta.get("captions") or []:
        span = _in_text(caption, length)
        if span:
            kind = "حقوق الصورة" if caption.get("kind") == "credit" else "تعليق صورة"
            marks.append((*span, "meta-caption", card("meta", kind, [("النص", text[span[0]:span[1]])])))
    if _in_text(meta.get("published_span"), length):
        structure.append(meta.get("published"))

    for local, entity in entities.items():
        links = [("صفحة الكيان", f"/entities/{entity_ids[local]}")] if local in entity_ids else []
        geo = entity.get("geo") if isinstance(entity.get("geo"), dict) else {}
        index = card("entity", name(local), [
            ("الاسم", entity.get("name")), ("النوع", entity.get("type")), ("الدولة", entity.get("country")),
            ("القطاع", entity.get("sector")), ("الصفة", entity.get("role")), ("المعرّف", entity.get("kb")),
            ("ويكي بيانات", entity.get("wikidata")),
            ("الإحداثيات", f"{geo.get('lat')}, {geo.get('lon')}" if geo.get("lat") is not None else None)], links)
        for mention in entity.get("mentions") or []:
            span = _in_text(mention, length)
            if span:
                marks.append((*span, "entity", index))

    for local, time in times.items():
        span = _in_text(time, length)
        if span:
            marks.append((*span, "time", card("time", text[span[0]:span[1]], [
                ("القيمة", time.get("value")), ("الدقة", time.get("grain")), ("المرجع", time.get("anchor"))])))

    def chain_of(claim: dict[str, Any]) -> list[dict[str, Any]]:
        chain = []
        for source in claim.get("sources") or []:
            if not isinstance(source, dict):
                continue
            local = source.get("entity")
            chain.append({"text": source.get("text") or name(local), "anonymous": bool(source.get("anonymous")),
                          "country": source.get("country"),
                          "link": f"/entities/{entity_ids[local]}" if local in entity_ids else None})
        chain.append({"text": article.get("outlet") or "الوسيلة الناشرة", "anonymous": False, "country": None,
                      "link": None, "outlet": True})
        return chain

    claim_cards: dict[Any, int] = {}
    for local, claim in claims.items():
        content = _in_text(claim.get("content"), length)
        cue = _in_text(claim.get("cue"), length)
        index = card("claim", "ادعاء منسوب", [
            ("النوع", claim.get("kind")), ("اليقين", claim.get("certainty")), ("المنصة", claim.get("platform")),
            ("صيغة الإسناد", text[cue[0]:cue[1]] if cue else None)], chain=chain_of(claim))
        claim_cards[local] = index
        if content:
            marks.append((*content, "claim", index))
        if cue:
            marks.append((*cue, "claim-cue", index))

    for figure in record.get("figures") or []:
        if not isinstance(figure, dict):
            continue
        span = _in_text(figure, length)
        if not span:
            continue
        links = []
        if figure.get("id") in quantities:
            links.append(("في متتبع الأرقام", f"/figures?quantity={quantities[figure['id']]}"))
        rows = [("القيمة", figure_value(figure)), ("الفئة", CATEGORY_AR.get(figure.get("category"),
                                                                          figure.get("category"))),
                ("الوحدة", figure.get("unit")), ("من", name(figure["who"]) if figure.get("who") else None),
                ("المكان", name(figure["place"]) if figure.get("place") else None),
                ("الزمن", (times.get(figure.get("time")) or {}).get("value"))]
        claim = claims.get(figure.get("claim"))
        marks.append((*span, "figure", card("figure", figure_value(figure), rows, links,
                                            chain=chain_of(claim) if claim else None)))

    for event in record.get("events") or []:
        if not isinstance(event, dict):
            continue
        span = _in_text(event.get("trigger"), length)
        if not span:
            continue
        local = event.get("id")
        links = [("الحدث في كل التقارير", f"/events/{event_ids[local]}")] if local in event_ids else []
        type_ = event.get("type")
        rows = [("النوع", f"{TYPE_AR.get(type_, type_)} ({type_})"), ("الأسلوب", event.get("mode")),
                ("السياق", "، ".join(map(str, event.get("context") or []))),
                ("الحالة", STATUS_AR.get(event.get("status"), event.get("status"))),
                ("الفاعل", "، ".join(name(e) for e in event.get("actor") or [])),
                ("المستهدف", "، ".join(name(e) for e in event.get("recipient") or [])),
                ("المكان", "، ".join(name(e) for e in event.get("place") or [])),
                ("التاريخ", event.get("date") or (times.get(event.get("time")) or {}).get("value")),
                ("الثقة", event.get("confidence"))]
        claim = claims.get(event.get("claim"))
        marks.append((*span, "event", card("event", f"حدث: {TYPE_AR.get(type_, type_)}", rows, links,
                                           chain=chain_of(claim) if claim else None)))

    # cut the text at every boundary; each segment lists the items covering it
    bounds = sorted({0, length, *[m[0] for m in marks], *[m[1] for m in marks]})
    by_start: dict[int, list] = {}
    for mark in marks:
        by_start.setdefault(mark[0], []).append(mark)
    active: list[tuple[int, int, str, int]] = []
    segments = []
    for left, right in zip(bounds, bounds[1:]):
        active = [m for m in active if m[1] > left] + by_start.get(left, [])
        layers = sorted({m[2] for m in active})
        keys = [cards[m[3]]["key"] for m in sorted(active, key=lambda m: (m[1] - m[0]))]
        segments.append({"text": text[left:right], "layers": layers, "keys": list(dict.fromkeys(keys))})
    return {"segments": segments, "cards": cards,
            "counts": {layer: len(record.get(layer) or []) for layer in
                       ("entities", "times", "figures", "events", "claims")}}


# ---- charts -----------------------------------------------------------------------------------

def timeline_svg(data: dict[str, Any], width: int = 960, height: int = 300) -> dict[str, Any]:
    """Stacked bars per period and type, as shapes for the template's SVG."""
    buckets = data["buckets"]
    left, right, top, bottom = 44, 12, 12, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(data["series"][t][b] for t in data["types"]) for b in buckets]
    peak = max(totals or [1]) or 1
    step = plot_w / max(1, len(buckets))
    bar = max(1.0, step * 0.8)
    bars = []
    for i, bucket in enumerate(buckets):
        y = top + plot_h
        for type_ in data["types"]:
            count = data["series"][type_][bucket]
            if not count:
                continue
            h = count / peak * plot_h
            y -= h
            bars.append({"x": round(left + i * step + (step - bar) / 2, 2), "y": round(y, 2), "w": round(bar, 2),
                         "h": round(h, 2), "fill": colour(type_), "type": type_, "bucket": bucket, "count": count})
    every = max(1, len(buckets) // 10)
    labels = [{"x": round(left + i * step + step / 2, 2), "text": b} for i, b in enumerate(buckets) if i % every == 0]
    ticks = []
    for fraction in (0, .25, .5, .75, 1):
        value = round(peak * fraction)
        ticks.append({"y": round(top + plot_h - (value / peak) * plot_h, 2), "text": value})
    return {"width": width, "height": height, "bars": bars, "labels": labels, "ticks": ticks,
            "axis_y": top + plot_h, "left": left, "right": width - right,
            "legend": [{"type": t, "fill": colour(t), "label": TYPE_AR.get(t, t)} for t in data["types"]]}


def map_view(places: list[dict[str, Any]]) -> dict[str, Any]:
    """Projected event places and a view box around them."""
    points = []
    peak = max([p["n"] for p in places] or [1])
    for place in places:
        x, y = project(place["lat"], place["lon"])
        points.append({**place, "x": round(x, 2), "y": round(y, 2), "weight": place["n"] / peak})
    if points:
        xs = [p["x"] for p in points]
        ys = [p["y"] for p in points]
        pad = 24
        x0, x1 = max(0, min(xs) - pad), min(WIDTH, max(xs) + pad)
        y0, y1 = max(0, min(ys) - pad), min(HEIGHT, max(ys) + pad)
        w, h = max(x1 - x0, 120), max(y1 - y0, 60)
        if w / h < 2:  # keep a 2:1 frame
            grow = 2 * h - w
            x0, w = max(0, x0 - grow / 2), 2 * h
        else:
            grow = w / 2 - h
            y0, h = max(0, y0 - grow / 2), w / 2
        box = (round(x0, 1), round(y0, 1), round(min(w, WIDTH), 1), round(min(h, HEIGHT), 1))
    else:
        box = (0, 0, WIDTH, HEIGHT)
    radius_unit = box[2] / 120
    for point in points:
        point["r"] = round(radius_unit * (0.6 + 1.6 * point["weight"] ** 0.5), 2)
    return {"points": points, "box": box, "width": WIDTH, "height": HEIGHT, "stroke": round(box[2] / 900, 3)}
