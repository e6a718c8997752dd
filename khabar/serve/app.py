"""The web app: a JSON API (with its OpenAPI document) and server-rendered Arabic pages.

    from khabar.serve.app import create_app
    app = create_app("khabar.db", token="…")       # uvicorn.run(app, host="127.0.0.1")

Safety: every page is rendered by Jinja2 with autoescaping, so article text, names and
URLs are inert; a Content-Security-Policy allows scripts, styles and images from the app
only (no inline script, no CDN); SQL takes user input as parameters only; request bodies,
query strings and page sizes are bounded; write endpoints answer only to the token given
at start (and are off without one).  Reads use read-only SQLite connections.
"""

from __future__ import annotations

import hmac
import sqlite3
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.staticfiles import StaticFiles

__all__ = ["Database", "create_app"]

STATIC = Path(__file__).parent / "static"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
_SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class Database:
    """Read-only connections, one per thread, and one guarded writer."""

    def __init__(self, path: str | Path, token: str | None = None):
        self.path = Path(path)
        self.token = token
        self._local = threading.local()
        self._writer = None
        self._write_lock = threading.Lock()
        from khabar.store.db import Store

        Store(self.path).close()  # create or migrate once, before read-only use

    def read(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(f"file:{self.path.resolve()}?mode=ro", uri=True, check_same_thread=False)
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA busy_timeout = 10000")
            connection.execute("PRAGMA cache_size = -32768")
            connection.execute("PRAGMA mmap_size = 268435456")
            self._local.connection = connection
        return connection

    def writer(self):
        from khabar.store.db import Store

        with self._write_lock:
            if self._writer is None:
                self._writer = Store(self.path)
            return self._writer

    def check_token(self, request: Request) -> None:
        if not self.token:
            raise HTTPException(403, "writes are off: start the server with --token")
        given = request.headers.get("authorization", "")
        given = given[7:] if given.lower().startswith("bearer ") else request.headers.get("x-khabar-token", "")
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            raise HTTPException(401, "a valid token is required", headers={"WWW-Authenticate": "Bearer"})


class Limits:
    """ASGI middleware: bounded request bodies, paths and query strings; security headers."""

    def __init__(self, app: Any, max_body: int, max_query: int = 4096):
        self.app = app
        self.fastapi = app
        self.max_body = max_body
        self.max_query = max_query

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + \
                    [(n, v) for n, v in _SECURITY_HEADERS if n not in names]
            await send(message)

        if len(scope.get("query_string") or b"") > self.max_query or len(scope.get("path") or "") > 2048:
            await _plain(secured, 414, "request URI too long")
            return
        for name, value in scope.get("headers") or []:
            if name == b"content-length":
                try:
                    if int(value) > self.max_body:
                        await _plain(secured, 413, "request body too large")
                        return
                except ValueError:
                    await _plain(secured, 400, "bad content-length")
                    return
        received = 0
        started = False
        rejected = False

        async def limited() -> dict:
            nonlocal received, rejected, started
            if rejected:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body") or b"")
                if received > self.max_body:
                    # answer 413 now; the app sees the client go away and its own answer is dropped
                    rejected = True
                    if not started:
                        started = True
                        await _plain(secured, 413, "request body too large")
                    return {"type": "http.disconnect"}
            return message

        async def tracking(message: dict) -> None:
            nonlocal started
            if rejected:
                return
            if message["type"] == "http.response.start":
                started = True
            await secured(message)

        await self.app(scope, limited, tracking)


async def _plain(send: Any, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def create_app(db: str | Path, *, token: str | None = None, max_request_bytes: int = 1_000_000) -> Any:
    """The ASGI app over the store at `db`."""
    from khabar.serve.api import router as api_router
    from khabar.serve.pages import router as pages_router

    app = FastAPI(title="khabar", version=_version(), docs_url=None, redoc_url=None,
                  description="Arabic news → source-attributed events. The store behind it is SQLite; "
                              "every list is paged (limit ≤ 500). Write endpoints need the server's token "
                              "(Authorization: Bearer …).")
    app.state.db = Database(db, token)
    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return Limits(app, max_request_bytes)


def _version() -> str:
    import khabar

    return khabar.__version__
