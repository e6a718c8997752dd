"""Workers write what they read: a busy store never makes a worker wait mid-run, nothing
read is lost, and the counts the run reports come from the commits (real SQLite)."""

from __future__ import annotations

import random

import pytest

from khabar.ingest.runner import _BatchWriter, _Counters
from khabar.store import Store, prepare
from khabar.store.synthetic import random_record


@pytest.fixture
def records():
    rng = random.Random(11)
    return [prepare(random_record(rng, serial=n)) for n in range(5)]


def test_a_busy_store_defers_the_batch_to_a_later_article(tmp_path, records):
    path = tmp_path / "w.db"
    Store(path).close()
    counters = _Counters()
    writer = _BatchWriter(str(path), batch=2, commit_seconds=60, counters=counters)
    other = Store(path)
    try:
        with other.transaction():  # another worker is committing
            writer.add(records[0])
            writer.add(records[1])  # due, but the lock is taken: no wait, kept pending
            assert len(writer.pending) == 2 and counters.stored.value == 0
        writer.add(records[2])  # the lock is free at the next article: all three go in
        assert writer.pending == [] and counters.stored.value == 3
        assert other.counts()["articles"] == 3
    finally:
        writer.close()
        other.close()


def test_closing_a_writer_commits_what_is_pending_and_counts_duplicates(tmp_path, records):
    path = tmp_path / "w.db"
    Store(path).close()
    counters = _Counters()
    writer = _BatchWriter(str(path), batch=100, commit_seconds=60, counters=counters)
    for prepared in (records[0], records[1], records[0]):  # the same text twice in one batch
        writer.add(prepared)
    writer.add(error=("broken.html", "broken HTML: ParserError", "html"))
    assert counters.stored.value == 0
    writer.close()
    assert (counters.stored.value, counters.duplicates.value) == (2, 1)
    with Store(path) as store:
        assert store.counts()["articles"] == 2 and store.counts()["errors"] == 1


def test_ingest_with_workers_counts_what_the_workers_committed(tmp_path):
    from khabar.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    text = "منشور الاثنين 10 يونيو 2024\n\nقال مسؤولون إن الجيش قصف المخيم، ما أدى إلى مقتل {} أشخاص.\n"
    for n in range(6):
        (folder / f"{n}.txt").write_text(text.format(n + 3), "utf-8")
    (folder / "again.txt").write_text(text.format(3), "utf-8")  # the text of 0.txt once more
    (folder / "empty.txt").write_text("", "utf-8")
    summary = ingest([str(folder)], tmp_path / "s.db", workers=2, batch=2)
    assert (summary.stored, summary.duplicates, summary.errors) == (6, 1, 1)
    with Store(tmp_path / "s.db") as store:
        assert store.counts()["articles"] == 6 and store.counts()["errors"] == 1


def test_a_document_that_kills_its_worker_is_an_error_and_the_run_goes_on(tmp_path, monkeypatch):
    import os

    from khabar.ingest import ingest, runner

    real = runner.to_text

    def to_text(doc, max_bytes):  # stands for a parser crash or the kernel's out-of-memory killer
        if "crash" in doc.locator:
            os._exit(9)
        return real(doc, max_bytes)

    monkeypatch.setattr(runner, "to_text", to_text)  # forked workers inherit it
    folder = tmp_path / "in"
    folder.mkdir()
    text = "منشور الاثنين 10 يونيو 2024\n\nقال مسؤولون إن الجيش قصف المخيم، ما أدى إلى مقتل {} أشخاص.\n"
    for n in range(8):
        (folder / f"{n}.txt").write_text(text.format(n + 3), "utf-8")
    (folder / "crash.txt").write_text(text.format(99), "utf-8")
    summary = ingest([str(folder)], tmp_path / "s.db", workers=2, batch=1)
    crashed = [locator for locator, reason in summary.error_list if reason == runner._CRASHED]
    assert crashed == [str(folder / "crash.txt")]
    # the dead worker's own uncommitted articles (kept back while another worker held the
    # lock) are lost with it, and said so; the same ingest again stores them
    lost = [reason for locator, reason in summary.error_list if locator == "(store)"]
    assert summary.stored + sum(int(reason.split()[0]) for reason in lost) == 8
    again = ingest([str(folder)], tmp_path / "s.db", workers=2, batch=1)
    assert again.stored == 8 - summary.stored and again.duplicates == summary.stored
    with Store(tmp_path / "s.db") as store:
        assert store.counts()["articles"] == 8
        assert [row["locator"] for row in store.errors()] == [str(folder / "crash.txt")]


def test_articles_a_dying_worker_committed_are_stored_not_duplicates(tmp_path, monkeypatch):
    """One worker commits every article at once (batch 1, no other writer), so the article it
    read before the crash is in the store when its chunk is read again: it counts as stored
    by this run, not as a duplicate of an earlier one."""
    import os

    from khabar.ingest import ingest, runner

    real = runner.to_text

    def to_text(doc, max_bytes):
        if "crash" in doc.locator:
            os._exit(9)
        return real(doc, max_bytes)

    monkeypatch.setattr(runner, "to_text", to_text)
    folder = tmp_path / "in"
    folder.mkdir()
    text = "منشور الاثنين 10 يونيو 2024\n\nقال مسؤولون إن الجيش قصف المخيم، ما أدى إلى مقتل {} أشخاص.\n"
    for n in range(6):
        (folder / f"{n}.txt").write_text(text.format(n + 3), "utf-8")
    (folder / "1-crash.txt").write_text(text.format(99), "utf-8")  # second of the first chunk of four
    summary = ingest([str(folder)], tmp_path / "s.db", workers=1, batch=1)
    assert [reason for _, reason in summary.error_list] == [runner._CRASHED]
    assert (summary.stored, summary.duplicates, summary.errors) == (6, 0, 1)
    again = ingest([str(folder)], tmp_path / "s.db", workers=1, batch=1)
    assert (again.stored, again.duplicates) == (0, 6)


def test_the_run_s_rate_leaves_the_pipeline_s_loading_out(tmp_path):
    from khabar.ingest import Summary, ingest

    assert Summary(stored=10, seconds=7.0, loading=5.0).rate == 5.0
    assert Summary(stored=0, seconds=0.0).rate == 0.0
    (tmp_path / "a.txt").write_text("منشور الاثنين 10 يونيو 2024\n\nقال مسؤولون إن الجيش قصف المخيم.\n", "utf-8")
    summary = ingest([str(tmp_path / "a.txt")], tmp_path / "s.db", workers=0)
    assert summary.stored == 1 and 0 <= summary.loading <= summary.seconds
