"""End to end in a real headless Chromium (Debian's, driven by Playwright): the pages load
without script or policy errors, a filter narrows the events table, an article opens from
an event and hovering or tapping a span shows what it became, and a hostile article stays
inert."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and not shutil.which("chromium"),
                                reason="Debian's chromium is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def base_url(store_path):
    import uvicorn

    from khabar.serve.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store_path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield page
    context.close()


def test_every_page_loads_without_errors(page, base_url, ids):
    for path in ("/", "/events", f"/events/{ids['merged']}", "/timeline", "/map", "/figures", "/entities",
                 "/entities/1", "/articles", f"/articles/{ids['canonical']}", "/search?q=غزة", "/errors", "/api"):
        response = page.goto(base_url + path)
        assert response.status == 200, path
        assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.problems == []  # includes any Content-Security-Policy violation
    page.goto(base_url + "/map")
    assert page.locator("#map circle.place").count() > 5
    assert page.evaluate("document.querySelector('#map image').getBBox().width") > 0
    page.goto(base_url + "/timeline")
    assert page.locator("#timeline rect.bar").count() > 10


def test_filter_the_events_table(page, base_url):
    page.goto(base_url + "/events")
    everything = int(page.locator("#total").inner_text().replace(",", ""))
    page.select_option("#filter-type", "PROTEST")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/events?*type=PROTEST*")
    protests = int(page.locator("#total").inner_text().replace(",", ""))
    assert 0 < protests < everything
    badges = page.locator("table.events tbody .badge").evaluate_all("els => els.map(e => e.dataset.type)")
    assert badges and set(badges) == {"PROTEST"}
    page.locator(".facets a.facet[data-facet=country]").first.click()
    page.wait_for_load_state()
    assert int(page.locator("#total").inner_text().replace(",", "")) <= protests
    assert "country=" in page.url and "type=PROTEST" in page.url


def test_open_an_article_from_an_event_and_hover_a_span(page, base_url, ids):
    page.goto(f"{base_url}/events/{ids['merged']}")
    assert page.locator(".report").count() == 2
    page.locator(".report .report-head a").first.click()
    page.wait_for_url("**/articles/*")
    detail = page.locator("#detail")
    assert detail.is_hidden()
    page.hover("#text .m-event")
    detail.wait_for(state="visible")
    assert "هجوم" in detail.inner_text() and "ASSAULT" in detail.inner_text()
    page.hover("#text .m-figure")
    assert "قتلى" in detail.inner_text()
    assert "سلسلة الإسناد" in detail.inner_text()  # the figure's claim and its chain of sources
    page.keyboard.press("Escape")
    assert detail.is_hidden()
    page.click("#layers input[data-layer=entity]")
    assert "hide-entity" in page.get_attribute("#text", "class")
    link = page.locator("#detail a.card-link")
    page.hover("#text .m-event")
    assert link.first.get_attribute("href").startswith("/events/")


def test_tap_a_span_on_a_phone(browser, base_url, ids):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(f"{base_url}/articles/{ids['hostile']}")
    page.locator("#text .m-figure").first.tap()
    detail = page.locator("#detail")
    detail.wait_for(state="visible")
    box = detail.bounding_box()
    assert box["width"] >= 380 and box["y"] + box["height"] <= 845  # a bottom sheet on a phone
    context.close()


def test_hostile_article_renders_inert(page, base_url, ids):
    page.goto(f"{base_url}/articles/{ids['hostile']}")
    page.hover("#text .m-entity")
    page.hover("#text .m-claim")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#text img, #text script, #text svg, #text iframe, #text b, #detail b").count() == 0
    assert "<script>window.__pwned" in page.locator("#text").inner_text()
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.problems == []
    page.goto(f"{base_url}/search?q=<img src=x onerror=alert(1)>")
    page.goto(f"{base_url}/errors")
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.problems == []
