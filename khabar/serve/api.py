"""The JSON API (/api/…); its OpenAPI document is /openapi.json."""

from __future__ import annotations

import io
from typing import Any, Literal, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from khabar.store import query
from khabar.store.query import EventFilter

router = APIRouter(prefix="/api")

_TEXT = 200   # longest filter value accepted
EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def connection(request: Request):
    return request.app.state.db.read()


def event_filter(
    type: list[str] = Query([], description="PLOVER event type (repeatable)"),
    mode: Optional[str] = Query(None, max_length=_TEXT, description="PLOVER mode"),
    status: Optional[str] = Query(None, max_length=_TEXT,
                                  description="asserted, hypothetical, future, negated or historical"),
    actor: Optional[str] = Query(None, max_length=_TEXT, description="entity id, KB id, Wikidata QID or name"),
    recipient: Optional[str] = Query(None, max_length=_TEXT, description="as actor"),
    place: Optional[str] = Query(None, max_length=_TEXT, description="as actor"),
    entity: Optional[str] = Query(None, max_length=_TEXT, description="an entity in any role"),
    country: Optional[str] = Query(None, max_length=_TEXT, description="ISO 3166-1 alpha-3 of the place"),
    date_from: Optional[str] = Query(None, max_length=32, description="ISO date: events ending on or after"),
    date_to: Optional[str] = Query(None, max_length=32, description="ISO date: events starting on or before"),
    source: Optional[str] = Query(None, max_length=_TEXT, description="outlet that reported the event"),
    q: Optional[str] = Query(None, max_length=_TEXT, description="full-text search in the evidence: the sentences the event was read from"),
    article: Optional[str] = Query(None, max_length=64, description="events reported by this article id"),
) -> EventFilter:
    return EventFilter(type=[t[:40] for t in type[:20]], mode=mode, status=status, actor=actor, recipient=recipient,
                       place=place, entity=entity, country=country, date_from=date_from, date_to=date_to,
                       source=source, q=q, article=article)


@router.get("/stats", summary="What the store holds")
def stats(db=Depends(connection)) -> dict[str, Any]:
    return query.stats(db)


@router.get("/events", summary="Events (merged across reports), filtered and paged")
def events(f: EventFilter = Depends(event_filter), db=Depends(connection),
           sort: Literal["date", "date_asc", "reports", "outlets"] = "date",
           limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0, le=10_000_000)) -> dict[str, Any]:
    return query.events(db, f, limit=limit, offset=offset, sort=sort)


@router.get("/events/facets", summary="Event counts per type, status, mode, country and source")
def event_facets(f: EventFilter = Depends(event_filter), db=Depends(connection)) -> dict[str, Any]:
    return query.event_facets(db, f)


@router.get("/events/{event_id}", summary="One event with every report, its evidence and claim chains")
def event(event_id: int, db=Depends(connection)) -> dict[str, Any]:
    item = query.event(db, event_id)
    if item is None:
        raise HTTPException(404, "no such event")
    return item


@router.get("/timeline", summary="Event counts per period and type")
def timeline(f: EventFilter = Depends(event_filter), db=Depends(connection),
             grain: Optional[Literal["day", "month", "year"]] = None) -> dict[str, Any]:
    return query.timeline(db, f, grain)


@router.get("/places", summary="Event places with coordinates and counts")
def places(f: EventFilter = Depends(event_filter), db=Depends(connection)) -> list[dict[str, Any]]:
    return query.places(db, f)


@router.get("/articles", summary="Articles, newest first or by relevance to q")
def articles(db=Depends(connection), q: Optional[str] = Query(None, max_length=_TEXT),
             outlet: Optional[str] = Query(None, max_length=_TEXT),
             date_from: Optional[str] = Query(None, max_length=32), date_to: Optional[str] = Query(None, max_length=32),
             limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    return query.articles(db, q=q, outlet=outlet, date_from=date_from, date_to=date_to, limit=limit, offset=offset)


@router.get("/articles/{article_id}", summary="One article: its record (schema khabar.article/1)")
def article(article_id: str, db=Depends(connection)) -> dict[str, Any]:
    item = query.article(db, article_id[:64])
    if item is None:
        raise HTTPException(404, "no such article")
    return item


@router.get("/figures", summary="The figure tracker: quantities reported by several figures, side by side")
def figures(db=Depends(connection), category: Optional[str] = Query(None, max_length=40),
            conflicts: bool = Query(False, description="only quantities reported with different values"),
            entity: Optional[str] = Query(None, max_length=_TEXT),
            quantity: Optional[str] = Query(None, max_length=_TEXT, description="one quantity key"),
            limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    result = query.figure_tracker(db, category=category, conflicts=conflicts, entity=entity, limit=limit,
                                  offset=offset) if not quantity else None
    if quantity:
        rows = query._figure_rows(db, "f.quantity = ?", [quantity])
        return {"total": 1 if rows else 0, "items": [{"quantity": quantity, "figures": rows,
                                                      "conflict": len({r["value"] for r in rows}) > 1}]}
    return result


@router.get("/entities", summary="Entities across articles")
def entities(db=Depends(connection), q: Optional[str] = Query(None, max_length=_TEXT),
             type: Optional[str] = Query(None, max_length=20),
             limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    return query.entities(db, q=q, type=type, limit=limit, offset=offset)


@router.get("/entities/{entity_id}", summary="One entity: roles, events by role, figures, claims it sources")
def entity(entity_id: int, db=Depends(connection)) -> dict[str, Any]:
    item = query.entity(db, entity_id)
    if item is None:
        raise HTTPException(404, "no such entity")
    return item


@router.get("/claims", summary="Attributed claims with their chains of sources")
def claims(db=Depends(connection), article: Optional[str] = Query(None, max_length=64),
           entity: Optional[str] = Query(None, max_length=_TEXT),
           limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    return query.claims(db, article=article, entity=entity, limit=limit, offset=offset)


@router.get("/search", summary="Articles, entities and events matching a text")
def search(q: str = Query(..., min_length=1, max_length=_TEXT), db=Depends(connection),
           limit: int = Query(20, ge=1, le=100)) -> dict[str, Any]:
    return query.search(db, q, limit)


@router.get("/errors", summary="Documents that could not be ingested, with the reason")
def errors(db=Depends(connection), limit: int = Query(200, ge=1, le=5000), offset: int = Query(0, ge=0)):
    rows = db.execute("SELECT id, locator, format, reason, at, seen FROM errors ORDER BY id LIMIT ? OFFSET ?",
                      (limit, offset)).fetchall()
    total = db.execute("SELECT count(*) FROM errors").fetchone()[0]
    return {"total": total, "items": [dict(r) for r in rows]}


@router.get("/export", summary="Export events as PLOVER JSON, CSV or Parquet",
            responses={200: {"content": {"application/json": {}, "text/csv": {},
                                         "application/vnd.apache.parquet": {}}}})
def export(format: Literal["plover-json", "csv", "parquet"] = "plover-json",
           f: EventFilter = Depends(event_filter), db=Depends(connection)) -> Response:
    from khabar.export import MEDIA_TYPES, SUFFIXES, export as run

    buffer = io.BytesIO()
    run(db, format, buffer, f)
    return Response(buffer.getvalue(), media_type=MEDIA_TYPES[format],
                    headers={"Content-Disposition": f'attachment; filename="khabar-events.{SUFFIXES[format]}"'})


class ArticleIn(BaseModel):
    text: Optional[str] = Field(None, description="the article as plain text")
    html: Optional[str] = Field(None, description="or the article's HTML page")
    url: Optional[str] = Field(None, max_length=2000)
    published: Optional[str] = Field(None, max_length=40)
    outlet: Optional[str] = Field(None, max_length=200)


@router.post("/articles", summary="Read an article and store it (needs the token)", status_code=201)
def add_article(body: ArticleIn, request: Request, response: Response) -> dict[str, Any]:
    import khabar
    from khabar.errors import ReadError
    from khabar.ingest.formats import Document, to_text
    from khabar.store.prepare import prepare

    database = request.app.state.db
    database.check_token(request)
    if not (body.text or body.html):
        raise HTTPException(422, "give text or html")
    doc = Document("api", "html" if body.html and not body.text else "txt", text=body.text,
                   html=None if body.text else body.html, url=body.url, published=body.published,
                   outlet=body.outlet)
    try:
        text, published, source = to_text(doc)
        try:
            record = khabar.read(text, published=published, source=source)
        except ValueError as error:
            if isinstance(error, ReadError):
                raise
            raise HTTPException(422, f"published: {error}") from None
    except ReadError as error:
        raise HTTPException(422, f"cannot read: {error}") from None
    store = database.writer()
    result = store.add([prepare(record.to_dict(), published_given=published, format=doc.format)])
    if not result.stored:
        response.status_code = 200
    return {"id": record.id, "stored": bool(result.stored), "events": len(record.events)}


@router.delete("/articles/{article_id}", summary="Remove an article and what was read from it (needs the token)")
def delete_article(article_id: str, request: Request) -> dict[str, Any]:
    database = request.app.state.db
    database.check_token(request)
    if not database.writer().delete(article_id[:64]):
        raise HTTPException(404, "no such article")
    return {"id": article_id, "deleted": True}
