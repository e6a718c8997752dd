"""`khabar ingest` on every format, with real files built here: text, HTML, JSONL,
RSS and Atom feeds, WARC and WARC.gz archives, standard input; bad documents become
errors and the run goes on.  Reading happens in this process (workers=0) to keep the
tests fast; the worker processes are exercised by the kill -9 test."""

from __future__ import annotations

import html
import io
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli import app
from khabar.ingest import ingest, reprocess
from khabar.ingest.formats import expand, iso_date, sniff
from khabar.store import Store

ROOT = Path(__file__).resolve().parents[2]
# the corpus articles these tests read, by name: a new corpus article must not change them
ARTICLE_IDS = (
    "addustour-2018-06-05-razzaz-designated-tax-protests",
    "afp-2018-05-14-gaza-border-protests",
    "afp-2023-07-03-jenin-israeli-operation",
    "afp-2023-10-21-rafah-first-aid-trucks",
    "afp-2023-11-25-second-hostage-release-delay",
    "afp-2024-02-29-gaza-aid-convoy-killings",
    "afp-2024-05-27-rafah-tent-camp-strike",
    "afp-2024-07-27-majdal-shams-rocket",
    "ahram-2019-04-23-egypt-referendum-results",
    "ahram-2021-05-21-gaza-ceasefire-egypt",
    "ahram-2024-02-23-ras-el-hekma-deal",
    "alakhbar-2020-08-19-hariri-tribunal-verdict",
    "alakhbarinfo-2019-06-24-mauritania-election-protests",
    "alarabiya-2017-06-05-qatar-ties-severed",
    "alayam-2023-09-14-bahrain-us-security-agreement",
    "albayan-2022-08-22-mogadishu-hayat-hotel-siege",
    "alghad-2018-10-26-dead-sea-flash-flood",
    "alhurra-2020-06-17-caesar-act-sanctions",
    "alittihad-2019-02-05-human-fraternity-document",
    "aljazeera-2018-11-05-us-sanctions-iran-oil",
    "aljazeera-2021-01-05-al-ula-gcc-summit",
    "aljazeera-2023-02-14-syria-two-crossings-opened",
    "aljazeera-2023-02-27-huwara-settler-attack",
    "aljazeera-2023-07-04-jenin-camp-displaced",
    "aljazeera-2023-10-18-ahli-hospital-blast",
)
ARTICLES = [ROOT / "corpus" / "articles" / f"{name}.txt" for name in ARTICLE_IDS]


@pytest.fixture(scope="module", autouse=True)
def _warm():
    from khabar.pipeline import default_pipeline

    default_pipeline()


def article(index: int) -> str:
    return ARTICLES[index].read_text("utf-8")


def parts(text: str) -> tuple[str, str, list[str]]:
    """Headline, date line and paragraphs of a corpus article (first lines, then the body)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0], lines[1], lines[2:]


def page(text: str, *, date_meta: str | None = None, charset: str = "utf-8") -> str:
    headline, date_line, paragraphs = parts(text)
    meta = f'<meta property="article:published_time" content="{date_meta}">' if date_meta else ""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>{html.escape(headline)}'
            f'</title>{meta}<meta property="og:site_name" content="الموقع"></head><body><nav><a href="/">الرئيسية</a>'
            f' <a href="/news">أخبار</a></nav><main><article><h1>{html.escape(headline)}</h1>'
            f'<div class="date">{html.escape(date_line)}</div>{body}</article></main>'
            f'<footer>جميع الحقوق محفوظة</footer></body></html>')


def counts(db: Path) -> dict[str, int]:
    with Store(db) as store:
        return store.counts()


def rows(db: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_text_files_folders_globs_and_bad_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(article(i), "utf-8")
    (folder / "empty.txt").write_bytes(b"   \n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "cp1256.txt").write_bytes(article(3).encode("cp1256", errors="ignore"))
    (folder / "ignored.png").write_bytes(b"\x89PNG")
    db = tmp_path / "k.db"
    summary = ingest([str(folder), str(tmp_path / "missing.txt"), str(tmp_path / "nothing-*.txt")], db, workers=0)
    assert summary.stored == 4 and summary.errors == 4, summary.error_list
    reasons = dict(summary.error_list)
    assert reasons[str(folder / "empty.txt")] == "empty document"
    assert "binary" in reasons[str(folder / "binary.txt")]
    assert reasons[str(tmp_path / "missing.txt")] == "no such file or folder"
    assert counts(db)["errors"] == 4
    again = ingest([str(folder / "*.txt")], db, workers=0)
    assert again.stored == 0 and again.duplicates == 4
    assert counts(db)["articles"] == 4


def test_html_page_uses_trafilatura_and_khabar_date_reading(tmp_path):
    text = (ROOT / "corpus" / "articles" / "sudantribune-2024-10-15-abu-shouk-toll.txt").read_text("utf-8")
    headline, date_line, paragraphs = parts(text)
    (tmp_path / "page.html").write_text(page(text), "utf-8")
    (tmp_path / "dated.htm").write_text(page(article(1), date_meta="2021-03-04T10:00:00+00:00"), "utf-8")
    (tmp_path / "broken.html").write_text("<html><body><div><p></p></div></body></html>", "utf-8")
    db = tmp_path / "k.db"
    summary = ingest([str(tmp_path)], db, workers=0)
    assert summary.stored == 2 and summary.errors == 1
    assert "broken HTML" in summary.error_list[0][1]
    with Store(db) as store:
        records = {Path(json.loads(r[0])["source"]["path"]).name: json.loads(r[0])
                   for r in store.execute("SELECT record FROM articles")}
    first = records["page.html"]
    assert first["meta"]["headline"]["text"] == headline
    assert paragraphs[0][:40] in first["text"] and "جميع الحقوق" not in first["text"]
    assert first["source"]["outlet"] == "الموقع"
    assert first["meta"]["published"] == "2024-10-15"  # read by khabar from the page's date line
    assert first["text"][slice(*[first["meta"]["published_span"][k] for k in ("start", "end")])] == "١٥ أكتوبر ٢٠٢٤"
    assert records["dated.htm"]["meta"]["published"].startswith("2021-03-04")  # trafilatura's date wins


_FLOOD = ("<p>قال مسؤولون في وزارة الصحة إن عدد ضحايا الفيضانات التي ضربت ولاية نهر النيل ارتفع إلى 87 قتيلا، "
          "فيما تضرر أكثر من 14 ألف منزل بشكل كلي أو جزئي، بحسب بيان رسمي صدر مساء الأحد.</p>"
          "<p>وأضاف البيان أن فرق الإنقاذ تواصل البحث عن مفقودين في القرى المعزولة، وأن الحكومة طلبت مساعدات "
          "عاجلة من المنظمات الدولية لتوفير الخيام والأدوية ومياه الشرب للمتضررين.</p>")


def test_html_mislabelled_charset_and_figure_captions(tmp_path):
    """A page saved as UTF-8 under its old Windows-1256 meta tag is read as UTF-8 (the bytes
    tell), a real Windows-1256 page as Windows-1256; the article's <figcaption> becomes the
    caption line above the headline, while a side bar's does not."""
    head = '<html lang="ar"><head><meta charset="windows-1256"><title>ارتفاع ضحايا الفيضانات في السودان</title></head>'
    page_ = (head + '<body><article><h1>ارتفاع ضحايا الفيضانات في السودان</h1>'
             '<figure><img src="a.jpg"><figcaption>منازل غمرتها المياه في ولاية نهر النيل (أ ف ب)</figcaption></figure>'
             f'<div class="date">الأحد، 6 سبتمبر 2020 - 08:15 م</div>{_FLOOD}</article>'
             '<aside><figure><figcaption>صورة لخبر آخر عن الطقس</figcaption></figure></aside></body></html>')
    (tmp_path / "utf8-labelled-1256.html").write_bytes(page_.encode("utf-8"))
    (tmp_path / "real-1256.html").write_bytes(page_.encode("cp1256"))
    db = tmp_path / "k.db"
    summary = ingest([str(tmp_path)], db, workers=0)
    # both decode to the same text, so the second is a duplicate of the first
    assert (summary.stored, summary.duplicates, summary.errors) == (1, 1, 0)
    with Store(db) as store:
        records = [json.loads(r[0]) for r in store.execute("SELECT record FROM articles")]
    for record in records:
        meta = record["meta"]
        assert meta["headline"]["text"] == "ارتفاع ضحايا الفيضانات في السودان"
        assert meta["published"].startswith("2020-09-06")
        assert [c["text"] for c in meta["captions"]] == ["منازل غمرتها المياه في ولاية نهر النيل (أ ف ب)"]
        assert "لخبر آخر" not in record["text"]


def test_jsonl_with_text_html_and_broken_lines(tmp_path):
    lines = [
        json.dumps({"text": article(0), "url": "https://a.example/1", "published": "2024-06-10", "outlet": "منصة"},
                   ensure_ascii=False),
        json.dumps({"html": page(article(1)), "url": "https://b.example/2", "outlet": "B"}, ensure_ascii=False),
        json.dumps({"url": "https://c.example/3"}),
        '{"text": "truncated',
        "",
        "[1, 2]",
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    db = tmp_path / "k.db"
    summary = ingest([str(path)], db, workers=0)
    assert summary.stored == 2 and summary.errors == 3
    reasons = dict(summary.error_list)
    assert reasons[f"{path}:3"] == "JSON line has neither text nor html"
    assert reasons[f"{path}:4"] == "invalid or truncated JSON line"
    assert reasons[f"{path}:6"] == "JSON line is not an object"
    got = rows(db, "SELECT url, outlet, published, published_given, format FROM articles ORDER BY url")
    assert got[0] == ("https://a.example/1", "منصة", "2024-06-10", "2024-06-10", "jsonl")
    assert got[1][:2] == ("https://b.example/2", "B")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>وكالة الاختبار</title><link>https://feed.example/</link><description>أخبار</description>
{items}
</channel></rss>"""
ITEM = """<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>
<description>ملخص قصير</description><content:encoded><![CDATA[{content}]]></content:encoded></item>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>أطلس</title><id>urn:feed</id><updated>2024-06-10T00:00:00Z</updated>
<entry><title>{title}</title><id>urn:1</id><link href="https://atom.example/1"/><updated>2024-06-10T08:30:00Z</updated>
<content type="html">{content}</content></entry>
<entry><title>بلا محتوى</title><id>urn:2</id><link href="https://atom.example/2"/><updated>2024-06-10T08:30:00Z</updated></entry>
</feed>"""


def test_rss_and_atom_feeds_with_full_content(tmp_path):
    headline, _, paragraphs = parts(article(2))
    content = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    items = ITEM.format(title=html.escape(headline), link="https://feed.example/1", date="Mon, 10 Jun 2024 09:15:00 GMT",
                        content=content)
    (tmp_path / "news.rss").write_text(RSS.format(items=items), "utf-8")
    (tmp_path / "feed.atom").write_text(ATOM.format(title=html.escape(parts(article(4))[0]), content=html.escape(
        "".join(f"<p>{html.escape(p)}</p>" for p in parts(article(4))[2]))), "utf-8")
    (tmp_path / "broken.xml").write_text("<rss><channel><item>", "utf-8")
    db = tmp_path / "k.db"
    summary = ingest([str(tmp_path)], db, workers=0)
    assert summary.stored == 2, summary.error_list
    assert summary.errors == 2  # the atom entry without content, the broken feed
    got = {r[0]: r[1:] for r in rows(db, "SELECT url, outlet, published, headline FROM articles")}
    assert got["https://feed.example/1"] == ("وكالة الاختبار", "2024-06-10T09:15+00:00", headline)
    assert got["https://atom.example/1"][0] == "أطلس"
    assert any("no content" in reason for _, reason in summary.error_list)


def _warc(path: Path, gz: bool, pages: list[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "khabar tests"}))
        for url, body in pages:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                          http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode("utf-8")),
                                                          http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG\r\n"), http_headers=image))
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/gone", "response",
                                                      payload=io.BytesIO(b"<html>gone</html>"), http_headers=missing))


def test_warc_and_warc_gz(tmp_path):
    _warc(tmp_path / "crawl.warc", False, [("https://news.example/a", page(article(5)))])
    _warc(tmp_path / "crawl.warc.gz", True, [("https://news.example/b", page(article(6))),
                                              ("https://news.example/c", page(article(7)))])
    (tmp_path / "damaged.warc.gz").write_bytes((tmp_path / "crawl.warc.gz").read_bytes() + b"not a WARC record\r\n\r\n")
    db = tmp_path / "k.db"
    summary = ingest([str(tmp_path / "crawl.warc"), str(tmp_path / "crawl.warc.gz")], db, workers=0)
    assert summary.stored == 3
    reasons = [reason for _, reason in summary.error_list]
    assert reasons.count("non-HTML WARC record (image/png)") == 2
    assert reasons.count("WARC response is HTTP 404, not a page") == 2
    assert sorted(r[0] for r in rows(db, "SELECT url FROM articles")) == [
        "https://news.example/a", "https://news.example/b", "https://news.example/c"]
    assert {r[0] for r in rows(db, "SELECT outlet FROM articles")} == {"الموقع"}
    damaged = ingest([str(tmp_path / "damaged.warc.gz")], db, workers=0)
    assert damaged.stored == 0 and damaged.duplicates >= 1
    assert any("broken WARC" in reason for _, reason in damaged.error_list)


def test_standard_input_and_format_sniffing(tmp_path):
    db = tmp_path / "k.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", "-", "--db", str(db), "--workers", "0", "-q"], input=article(8).encode())
    assert result.exit_code == 0, result.output
    assert counts(db)["articles"] == 1
    jsonl = json.dumps({"text": article(9)}, ensure_ascii=False).encode()
    result = runner.invoke(app, ["ingest", "-", "--db", str(db), "--workers", "0", "-q"], input=jsonl)
    assert counts(db)["articles"] == 2 and rows(db, "SELECT format FROM articles ORDER BY n")[1] == ("jsonl",)
    assert sniff(b"WARC/1.0\r\n") == "warc" and sniff(b"<?xml version='1.0'?><rss>") == "rss"
    assert sniff(b"<!DOCTYPE html><html>") == "html" and sniff(b'{"text": 1}') == "jsonl"
    assert sniff("خبر".encode()) == "txt"
    assert [i.format for i in expand([str(tmp_path / "x.warc.gz"), str(tmp_path / "y.ndjson")])] == [None, None]
    assert iso_date("Mon, 10 Jun 2024 09:15:00 GMT") == "2024-06-10T09:15+00:00"
    assert iso_date("2024-06-10") == "2024-06-10" and iso_date("nonsense") is None


def test_errors_command_and_progress_bar(tmp_path):
    (tmp_path / "good.txt").write_text(article(10), "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    db = tmp_path / "k.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db), "--workers", "0"])
    assert result.exit_code == 0
    assert "1 stored" in result.output and "1 errors" in result.output
    result = runner.invoke(app, ["errors", "--db", str(db)])
    assert str(tmp_path / "bad.txt") in result.output and "binary" in result.output
    result = runner.invoke(app, ["errors", "--db", str(db), "--json"])
    assert json.loads(result.output.splitlines()[0])["format"] == "txt"
    assert runner.invoke(app, ["errors", "--db", str(tmp_path / "none.db")]).exit_code == 1
    assert runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db), "--format", "pdf"]).exit_code == 2


def test_reprocess_reads_stale_articles_again(tmp_path):
    (tmp_path / "a.txt").write_text(article(11), "utf-8")
    jsonl = tmp_path / "b.jsonl"
    jsonl.write_text(json.dumps({"text": article(12), "published": "2020-01-02", "outlet": "O"},
                                ensure_ascii=False) + "\n", "utf-8")
    db = tmp_path / "k.db"
    ingest([str(tmp_path)], db, workers=0)
    before = rows(db, "SELECT id, record, published FROM articles ORDER BY n")
    connection = sqlite3.connect(db)
    connection.execute("UPDATE articles SET pipeline = 'old'")
    connection.commit()
    connection.close()
    assert reprocess(db, workers=0).stored == 2
    after = rows(db, "SELECT id, record, published, pipeline FROM articles ORDER BY n")
    assert [r[:3] for r in after] == before  # same pipeline: the same records; the outside date is kept
    assert after[1][2] == "2020-01-02" and all(r[3] != "old" for r in after)
    assert reprocess(db, workers=0).stored == 0  # nothing stale left
    assert reprocess(db, workers=0, everything=True).stored == 2
    result = CliRunner().invoke(app, ["reprocess", "--db", str(db), "--workers", "0", "-q"])
    assert result.exit_code == 0 and "0 read again" in result.output


def test_reprocess_with_worker_processes_rewrites_every_stale_article(tmp_path):
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(article(20 + n), "utf-8")
    db = tmp_path / "k.db"
    assert ingest([str(tmp_path)], db, workers=2).stored == 5
    before = rows(db, "SELECT id, record FROM articles ORDER BY n")
    events = rows(db, "SELECT count(*) FROM reports")[0][0]
    connection = sqlite3.connect(db)
    connection.execute("UPDATE articles SET pipeline = 'old'")
    connection.commit()
    connection.close()
    assert reprocess(db, workers=2, batch=2).stored == 5
    assert rows(db, "SELECT id, record FROM articles ORDER BY n") == before
    assert rows(db, "SELECT count(*) FROM reports")[0][0] == events  # layers rebuilt, not doubled
    assert rows(db, "SELECT count(*) FROM articles WHERE pipeline = 'old'")[0][0] == 0
