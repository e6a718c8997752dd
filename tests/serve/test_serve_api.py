"""The JSON API and the server-rendered pages, against a real SQLite store."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from fastapi.testclient import TestClient

from khabar.serve.app import create_app

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def client(store_path):
    return TestClient(create_app(store_path))


@pytest.fixture(scope="module")
def writer(tmp_path_factory):
    return TestClient(create_app(tmp_path_factory.mktemp("w") / "w.db", token=TOKEN, max_request_bytes=200_000))


def test_openapi_document_lists_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
                 "/api/figures", "/api/entities", "/api/entities/{entity_id}", "/api/claims", "/api/search",
                 "/api/export", "/api/timeline", "/api/places", "/api/stats"):
        assert path in spec["paths"], path
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "mode", "status", "actor", "recipient", "place", "country", "date_from", "date_to", "source", "q",
            "limit", "offset"} <= names
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN
    assert "/api/events" in client.get("/api").text


def test_events_paging_and_filters(client, ids):
    first = client.get("/api/events", params={"limit": 10}).json()
    assert first["total"] > 300 and len(first["items"]) == 10
    second = client.get("/api/events", params={"limit": 10, "offset": 10}).json()
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    dates = [e["date"] for e in first["items"]]
    assert dates == sorted(dates, reverse=True)
    assaults = client.get("/api/events", params={"type": "ASSAULT", "limit": 500}).json()
    assert assaults["total"] and {e["type"] for e in assaults["items"]} == {"ASSAULT"}
    both = client.get("/api/events", params=[("type", "ASSAULT"), ("type", "PROTEST")]).json()
    assert both["total"] > assaults["total"]
    lebanon = client.get("/api/events", params={"country": "LBN", "limit": 500}).json()
    assert lebanon["total"] and all(e["country"] == "LBN" for e in lebanon["items"])
    by_kb = client.get("/api/events", params={"actor": "khabar:organization/hezbollah", "limit": 500}).json()
    by_name = client.get("/api/events", params={"actor": "حزب الله", "limit": 500}).json()
    assert by_kb["total"] == by_name["total"] > 0
    assert all(any(a["kb"] == "khabar:organization/hezbollah" for a in e["actors"]) for e in by_kb["items"])
    window = client.get("/api/events", params={"date_from": "2024-06-01", "date_to": "2024-06-30", "limit": 500}).json()
    assert window["total"] and all("2024-06-01" <= e["date"][:10] <= "2024-06-30" for e in window["items"])
    reuters = client.get("/api/events", params={"source": "Reuters"}).json()
    assert ids["merged"] in {e["id"] for e in reuters["items"]}
    search = client.get("/api/events", params={"q": "النصيرات", "limit": 500}).json()
    assert ids["merged"] in {e["id"] for e in search["items"]}
    status = client.get("/api/events", params={"status": "negated"}).json()
    assert status["total"] == 0
    facets = client.get("/api/events/facets", params={"country": "PSE"}).json()
    assert {"type", "status", "mode", "country", "source"} <= set(facets)
    assert any(f["value"] == "LBN" for f in facets["country"])
    assert client.get("/api/events", params={"limit": 501}).status_code == 422
    assert client.get("/api/events", params={"sort": "DROP"}).status_code == 422


def test_event_detail_keeps_each_reports_evidence_and_chain(client, ids):
    event = client.get(f"/api/events/{ids['merged']}").json()
    assert event["n_reports"] == 2 and event["outlets"] == ["AFP", "Reuters"]
    chains = [[s["text"] for s in r["claim"]["sources"]] for r in event["reports"]]
    assert chains == [["مسؤولون في الدفاع المدني"], ["حماس", "الأمريكية"]]
    assert all(r["sentence_text"]["trigger"] == "قصف" for r in event["reports"])
    assert sorted(f["value"] for f in event["figures"]) == [210, 274]
    assert client.get("/api/events/999999").status_code == 404


def test_figure_tracker_entities_claims_search(client, ids):
    tracker = client.get("/api/figures", params={"conflicts": "true", "category": "killed"}).json()
    group = next(g for g in tracker["items"] if g["event"] and g["event"]["id"] == ids["merged"])
    assert group["conflict"] and sorted(f["outlet"] for f in group["figures"]) == ["AFP", "Reuters"]
    entities = client.get("/api/entities", params={"q": "حزب الله"}).json()
    hezbollah = entities["items"][0]
    assert hezbollah["kb"] == "khabar:organization/hezbollah"
    detail = client.get(f"/api/entities/{hezbollah['id']}").json()
    assert set(detail["events"]) == {"actor", "recipient", "place"}
    assert client.get("/api/entities/999999").status_code == 404
    claims = client.get("/api/claims", params={"entity": "khabar:organization/hamas"}).json()
    assert claims["total"] > 0 and claims["items"][0]["sources"]
    result = client.get("/api/search", params={"q": "اسرائيل"}).json()
    assert result["articles"]["total"] > 0
    assert client.get("/api/timeline").json()["buckets"]
    places = client.get("/api/places").json()
    assert all(-90 <= p["lat"] <= 90 for p in places) and places
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 154 and stats["errors"] == 2


def test_articles_and_the_real_record(client, ids):
    listing = client.get("/api/articles", params={"q": "بلينكن"}).json()
    assert ids["canonical"] in {a["id"] for a in listing["items"]}
    hit = next(a for a in listing["items"] if a["id"] == ids["canonical"])
    assert "بلينكن" in hit["snippet"][1]
    article = client.get(f"/api/articles/{ids['canonical']}").json()
    assert article["record"]["schema"] == "khabar.article/1" and article["record"]["id"] == ids["canonical"]
    assert client.get("/api/articles/nope").status_code == 404


def test_exports_from_the_api(client):
    plover = client.get("/api/export", params={"format": "plover-json", "type": "ASSAULT"})
    assert plover.headers["content-type"].startswith("application/json")
    events = json.loads(plover.content)
    assert events and {e["event"] for e in events} == {"ASSAULT"}
    table = client.get("/api/export", params={"format": "csv", "country": "LBN"})
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert rows and {r["country"] for r in rows} == {"LBN"}
    import pyarrow.parquet as pq

    parquet = client.get("/api/export", params={"format": "parquet"})
    assert pq.read_table(io.BytesIO(parquet.content)).num_rows == client.get("/api/stats").json()["events"]
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422


def test_pages_render(client, ids):
    for path in ("/", "/events", "/events?type=ASSAULT&country=PSE", f"/events/{ids['merged']}", "/articles",
                 "/articles?q=غزة", f"/articles/{ids['canonical']}", "/entities", "/entities?q=حماس", "/entities/1",
                 "/figures", "/figures?conflicts=true", "/timeline", "/timeline?type=ASSAULT", "/map",
                 "/map?type=ASSAULT", "/search?q=غزة", "/search", "/errors", "/api"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert 'dir="rtl"' in response.text and 'lang="ar"' in response.text
        assert "https://" not in response.text.split("<main>")[0]  # no CDN in the page head
    assert client.get("/events/999999").status_code == 404
    assert client.get("/static/world.svg").headers["content-type"].startswith("image/svg")


def test_hostile_article_is_inert_everywhere(client, ids):
    response = client.get(f"/articles/{ids['hostile']}")
    page = response.text
    assert "<script>window.__pwned" not in page and "<img src=x" not in page and "<svg onload" not in page
    assert "&lt;script&gt;window.__pwned" in page
    assert 'href="javascript:' not in page and "<iframe" not in page and "<b onmouseover" not in page
    assert "{{ 7*7 }}" in page and "49" not in page.split('id="text"')[1].split("</div>")[0]
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    for path in ("/events", "/errors", "/entities", "/figures", "/search?q=<script>alert(1)</script>",
                 "/articles?q=\"><script>alert(1)</script>"):
        text = client.get(path).text
        assert "<script>alert" not in text and "<img src=x" not in text, path
    export = client.get("/api/export", params={"format": "csv"}).text
    assert "\n=" not in export and ",=" not in export


def test_hostile_query_parameters(client, store_path):
    for value in ["'; DROP TABLE events; --", "1) OR (1=1", "\" OR \"\"=\"", "%' --", "\\"]:
        for path in ("/api/events", "/api/articles", "/api/entities", "/api/figures", "/events"):
            response = client.get(path, params={"q": value, "actor": value, "country": value, "category": value})
            assert response.status_code == 200, (path, value)
    connection = sqlite3.connect(store_path)
    assert connection.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    connection.close()


def test_request_limits(client):
    assert client.get("/api/events", params={"q": "x" * 5000}).status_code == 414
    assert client.get("/api/events", params={"q": "x" * 300}).status_code == 422
    big = client.post("/api/articles", content=b"x" * 2_000_000, headers={"content-type": "application/json"})
    assert big.status_code == 413


def test_writes_need_the_token(client, writer, canonical_text):
    assert client.post("/api/articles", json={"text": canonical_text}).status_code == 403  # no token: writes off
    assert writer.post("/api/articles", json={"text": canonical_text}).status_code == 401
    bad = {"Authorization": "Bearer wrong"}
    assert writer.post("/api/articles", json={"text": canonical_text}, headers=bad).status_code == 401
    good = {"Authorization": f"Bearer {TOKEN}"}
    created = writer.post("/api/articles", json={"text": canonical_text, "outlet": "المنصة"}, headers=good)
    assert created.status_code == 201 and created.json()["stored"] is True
    article_id = created.json()["id"]
    again = writer.post("/api/articles", json={"text": canonical_text}, headers=good)
    assert again.status_code == 200 and again.json()["stored"] is False
    assert writer.get(f"/api/articles/{article_id}").json()["outlet"] == "المنصة"
    assert writer.post("/api/articles", json={"text": "   "}, headers=good).status_code == 422
    assert writer.post("/api/articles", json={}, headers=good).status_code == 422
    chunked = writer.post("/api/articles", content=iter([b'{"text": "', b"x" * 300_000, b'"}']), headers=good)
    assert chunked.status_code == 413
    assert writer.delete(f"/api/articles/{article_id}").status_code == 401
    assert writer.delete(f"/api/articles/{article_id}", headers=good).json()["deleted"] is True
    assert writer.get(f"/api/articles/{article_id}").status_code == 404
