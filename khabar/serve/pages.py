"""The web pages: server-rendered, Arabic, right to left (templates/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

from khabar.serve.api import EVENT_TYPES, connection, event_filter
from khabar.serve.render import (CATEGORY_AR, ROLE_AR, STATUS_AR, TYPE_AR, article_view, colour, figure_value,
                                 map_view, timeline_svg)
from khabar.store import query
from khabar.store.query import EventFilter

router = APIRouter(include_in_schema=False)
PAGE = 50


def _url(path: str, params: dict[str, Any] | None = None, **changes: Any) -> str:
    merged = dict(params or {})
    for key, value in changes.items():
        if value is None or value == [] or value == "":
            merged.pop(key, None)
        else:
            merged[key] = value
    pairs = []
    for key, value in merged.items():
        for item in (value if isinstance(value, list) else [value]):
            pairs.append((key, item))
    return path + ("?" + urlencode(pairs) if pairs else "")


def _safe_href(url: Any) -> str | None:
    """A link only to http(s) pages: never javascript:, data: or anything else."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(Path(__file__).parent / "templates")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(url=_url, safe_href=_safe_href, colour=colour, figure_value=figure_value, TYPE_AR=TYPE_AR,
                       STATUS_AR=STATUS_AR, CATEGORY_AR=CATEGORY_AR, ROLE_AR=ROLE_AR, EVENT_TYPES=EVENT_TYPES)
    env.filters["num"] = lambda v: f"{v:,}" if isinstance(v, int) else v
    return env


_ENV = _environment()


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    html = _ENV.get_template(template).render(request_path=request.url.path, **context)
    return HTMLResponse(html)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db=Depends(connection)):
    return render(request, "home.html", stats=query.stats(db),
                  events=query.events(db, EventFilter(), limit=10, total=False)["items"],
                  articles=query.articles(db, limit=10)["items"],
                  conflicts=query.figure_tracker(db, conflicts=True, limit=5)["items"])


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, f: EventFilter = Depends(event_filter), db=Depends(connection),
                sort: str = Query("date", max_length=20), page: int = Query(1, ge=1, le=100_000)):
    result = query.events(db, f, limit=PAGE, offset=(page - 1) * PAGE, sort=sort)
    params = f.params()
    if sort != "date":
        params["sort"] = sort
    return render(request, "events.html", result=result, facets=query.event_facets(db, f), f=f, params=params,
                  page=page, pages=max(1, -(-result["total"] // PAGE)), sort=sort)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: int, db=Depends(connection)):
    item = query.event(db, event_id)
    if item is None:
        raise HTTPException(404, "no such event")
    return render(request, "event.html", event=item)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, db=Depends(connection), q: str | None = Query(None, max_length=200),
                  outlet: str | None = Query(None, max_length=200), page: int = Query(1, ge=1, le=100_000)):
    result = query.articles(db, q=q, outlet=outlet, limit=PAGE, offset=(page - 1) * PAGE)
    params = {k: v for k, v in (("q", q), ("outlet", outlet)) if v}
    return render(request, "articles.html", result=result, q=q or "", outlet=outlet, params=params, page=page,
                  pages=max(1, -(-result["total"] // PAGE)))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, db=Depends(connection)):
    item = query.article(db, article_id[:64])
    if item is None:
        raise HTTPException(404, "no such article")
    return render(request, "article.html", article=item, view=article_view(item),
                  events=query.events(db, EventFilter(article=item["id"]), limit=100)["items"])


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, db=Depends(connection), q: str | None = Query(None, max_length=200),
                  type: str | None = Query(None, max_length=20), page: int = Query(1, ge=1, le=100_000)):
    result = query.entities(db, q=q, type=type, limit=PAGE, offset=(page - 1) * PAGE)
    params = {k: v for k, v in (("q", q), ("type", type)) if v}
    return render(request, "entities.html", result=result, q=q or "", type=type, params=params, page=page,
                  pages=max(1, -(-result["total"] // PAGE)))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: int, db=Depends(connection)):
    item = query.entity(db, entity_id)
    if item is None:
        raise HTTPException(404, "no such entity")
    return render(request, "entity.html", entity=item)


@router.get("/figures", response_class=HTMLResponse)
def figures_page(request: Request, db=Depends(connection), category: str | None = Query(None, max_length=40),
                 conflicts: bool = False, quantity: str | None = Query(None, max_length=200),
                 page: int = Query(1, ge=1, le=100_000)):
    if quantity:
        rows = query._figure_rows(db, "f.quantity = ?", [quantity])
        result = {"total": 1 if rows else 0, "items": [{"quantity": quantity, "category": rows[0]["category"] if rows
                                                        else None, "figures": rows, "n_figures": len(rows),
                                                        "n_values": len({r["value"] for r in rows}),
                                                        "n_outlets": len({r["outlet"] for r in rows}),
                                                        "conflict": len({r["value"] for r in rows}) > 1,
                                                        "event": None, "who": None, "place": None}]}
    else:
        result = query.figure_tracker(db, category=category, conflicts=conflicts, limit=20, offset=(page - 1) * 20)
    params = {k: v for k, v in (("category", category), ("conflicts", "true" if conflicts else None)) if v}
    return render(request, "figures.html", result=result, category=category, conflicts=conflicts, params=params,
                  page=page, pages=max(1, -(-result["total"] // 20)))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, f: EventFilter = Depends(event_filter), db=Depends(connection),
                  grain: str | None = Query(None, max_length=10)):
    data = query.timeline(db, f, grain if grain in ("day", "month", "year") else None)
    return render(request, "timeline.html", chart=timeline_svg(data), data=data, f=f, params=f.params())


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, f: EventFilter = Depends(event_filter), db=Depends(connection)):
    return render(request, "map.html", view=map_view(query.places(db, f)), f=f, params=f.params())


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, db=Depends(connection), q: str = Query("", max_length=200)):
    result = query.search(db, q, 20) if q.strip() else None
    return render(request, "search.html", q=q, result=result)


@router.get("/errors", response_class=HTMLResponse)
def errors_page(request: Request, db=Depends(connection), page: int = Query(1, ge=1, le=100_000)):
    rows = [dict(r) for r in db.execute("SELECT locator, format, reason, at, seen FROM errors ORDER BY id "
                                        "LIMIT ? OFFSET ?", (PAGE, (page - 1) * PAGE))]
    total = db.execute("SELECT count(*) FROM errors").fetchone()[0]
    return render(request, "errors.html", rows=rows, total=total, page=page, pages=max(1, -(-total // PAGE)),
                  params={})


@router.get("/api", response_class=HTMLResponse)
def api_page(request: Request):
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            params = [p.get("name") for p in operation.get("parameters", [])]
            endpoints.append({"method": method.upper(), "path": path, "summary": operation.get("summary"),
                              "params": params})
    return render(request, "api.html", endpoints=endpoints)
