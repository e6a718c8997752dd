"""A run killed with SIGKILL in the middle, then started again, ends with every article
stored exactly once (real worker processes, real SQLite)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMAND = [sys.executable, "-c", "from khabar.cli import main; main()"]


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def test_kill_9_then_rerun_stores_every_article_exactly_once(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    sources = sorted((ROOT / "corpus" / "articles").glob("*.txt"))[:60]
    total = 0
    for copy in range(2):  # distinct texts: each copy carries its own closing line
        for path in sources:
            text = path.read_text("utf-8").rstrip("\n") + f"\n\n(نسخة {copy + 1})\n"
            (folder / f"{copy}-{path.name}").write_text(text, "utf-8")
            total += 1
    db = tmp_path / "k.db"
    args = [*COMMAND, "ingest", str(folder), "--db", str(db), "--workers", "2", "--batch", "4", "-q"]
    process = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while _count(db) < 8 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        assert process.poll() is None, "the run ended before it could be killed"
        stored_at_kill = _count(db)
        os.killpg(process.pid, signal.SIGKILL)  # the run and its workers, mid-batch
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert 8 <= stored_at_kill < total
    result = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == total
        assert connection.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == total
        assert connection.execute("SELECT count(DISTINCT path) FROM articles").fetchone()[0] == total
        assert connection.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
        # the index holds each article once: a word of every copy's closing line finds exactly its copy
        assert connection.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"نسخه\"'"
                                  ).fetchone()[0] == total
    finally:
        connection.close()
    assert f"{total - stored_at_kill}" in result.stderr or "already stored" in result.stderr
