"""Web archives and saved pages the tests make: WARC, WARC.gz and WACZ files written with
warcio from pages of the shared corpus (../shared/corpus/html), and MHTML files written with
the standard library's ``email`` package; each with the ground truth of its pages."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.conftest import shared_path

ARTICLES = ("readability/aclu", "readability/ars-1", "readability/wapo-1")
SOFTWARE = "ArchiveWeb.page 0.12.8 (made by the Pressmark tests)"
# as browsers write it: long header lines (the page's address) left unfolded
MHTML_POLICY = SMTP.clone(max_line_length=998)


@dataclass
class Page:
    """A page of the corpus: its bytes and what its ground truth says it is."""

    id: str
    html: bytes
    url: str
    title: str


def corpus_page(page_id: str) -> Page:
    truth_file = shared_path("corpus", "html", "ground_truth.jsonl")
    for line in truth_file.read_text("utf-8").splitlines():
        truth = json.loads(line)
        if truth["id"] == page_id:
            html = shared_path("corpus", "html", *truth["html"].split("/")).read_bytes()
            return Page(page_id, html, truth["url"], truth["title"])
    raise LookupError(page_id)


def home_page(links: int = 60) -> bytes:
    """A news site's front page: a list of headlines, each a link, and little else."""
    items = "\n".join(
        f'<li><a href="/2024/03/story-{n}">Harbour board story number {n} makes the news today</a></li>'
        for n in range(links)
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The Coastal Ledger — news from the harbour</title>
<meta property="og:type" content="website"><meta property="og:site_name" content="The Coastal Ledger">
</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><h1>Latest news</h1><ul>{items}</ul></main>
<footer><p>© The Coastal Ledger</p></footer></body></html>""".encode()


def chunked(body: bytes, size: int = 4000) -> bytes:
    """``body`` in HTTP/1.1 chunked transfer coding."""
    out = io.BytesIO()
    for start in range(0, len(body), size):
        piece = body[start : start + size]
        out.write(b"%x\r\n%s\r\n" % (len(piece), piece))
    out.write(b"0\r\n\r\n")
    return out.getvalue()


class Crawl:
    """Writes one WARC (``gzip``: WARC.gz) record by record, as a crawler would."""

    def __init__(self, gzip_records: bool = True, software: str = SOFTWARE, filename: str = "crawl.warc.gz"):
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzip_records)
        self.offsets: list[int] = []
        self.digests: dict[str, tuple[str, str]] = {}  # uri -> (payload digest, date)
        info = self.writer.create_warcinfo_record(filename, {"software": software, "format": "WARC File Format 1.1"})
        self._write(info)

    def _write(self, record) -> None:
        self.offsets.append(self.buffer.tell())
        self.writer.write_record(record)

    def response(
        self, uri: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK",
        encode: str = "", chunk: bool = False, headers: list[tuple[str, str]] | None = None,
    ) -> None:  # fmt: skip
        """A request and its response; the body gzip-``encode``d and ``chunk``ed if asked."""
        request = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", uri.split("/")[2])], is_http_request=True)
        self._write(self.writer.create_warc_record(uri, "request", http_headers=request, payload=io.BytesIO(b""), length=0))
        fields = [("Content-Type", content_type), *(headers or [])]
        if encode == "gzip":
            body = gzip.compress(body)
            fields.append(("Content-Encoding", "gzip"))
        if chunk:
            body = chunked(body)
            fields.append(("Transfer-Encoding", "chunked"))
        else:
            fields.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(status, fields, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=http)
        self._write(record)
        self.digests[uri] = (record.rec_headers.get_header("WARC-Payload-Digest"), record.rec_headers.get_header("WARC-Date"))

    def redirect(self, uri: str, location: str) -> None:
        http = StatusAndHeaders("301 Moved Permanently", [("Location", location), ("Content-Length", "0")], protocol="HTTP/1.1")
        self._write(self.writer.create_warc_record(uri, "response", payload=io.BytesIO(b""), length=0, http_headers=http))

    def revisit(self, uri: str) -> None:
        """The page at ``uri`` fetched again, its payload identical to the first capture's."""
        digest, date = self.digests[uri]
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = self.writer.create_revisit_record(uri, digest=digest, refers_to_uri=uri, refers_to_date=date, http_headers=http)
        self._write(record)

    def bytes(self) -> bytes:
        return self.buffer.getvalue()


def standard_crawl(gzip_records: bool = True) -> tuple[Crawl, list[Page]]:
    """A crawl of three corpus articles (one behind a redirect, one gzip-encoded and
    chunked), a front page, a picture, a script, a style sheet, a missing page and a
    revisit of the first article."""
    pages = [corpus_page(page_id) for page_id in ARTICLES]
    crawl = Crawl(gzip_records)
    first, second, third = pages
    crawl.redirect(first.url.replace("https://", "http://"), first.url)
    crawl.response(first.url, first.html, encode="gzip", chunk=True)
    crawl.response("https://www.aclu.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
    crawl.response("https://www.aclu.org/app.js", b"console.log('hello');", "application/javascript")
    crawl.response("https://www.aclu.org/site.css", b"body { color: black }", "text/css")
    crawl.response(second.url, second.html, chunk=True)
    crawl.response("https://ledger.example/", home_page())
    crawl.response("https://ledger.example/gone", b"<html><body>Not found</body></html>", status="404 Not Found")
    crawl.response(third.url, third.html, encode="gzip")
    crawl.revisit(first.url)
    return crawl, pages


def wacz(path: Path, warcs: dict[str, bytes], pages: list[Page] | None = None) -> Path:
    """A WACZ at ``path`` holding ``warcs`` (name -> WARC.gz bytes) and a page list."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in warcs.items():
            archive.writestr(f"archive/{name}", data, compress_type=zipfile.ZIP_STORED)
        if pages is not None:
            lines = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})]
            lines += [json.dumps({"id": str(n), "url": p.url, "title": p.title, "ts": "2024-03-05T09:30:00Z"}) for n, p in enumerate(pages)]
            archive.writestr("pages/pages.jsonl", "\n".join(lines) + "\n")
        package = {"profile": "data-package", "wacz_version": "1.1.1", "software": "ArchiveWeb.page 0.12.8", "resources": []}
        archive.writestr("datapackage.json", json.dumps(package))
    return path


def mhtml(page: Page, encoding: str = "quoted-printable", date: str = "Tue, 05 Mar 2024 09:30:00 +0100") -> bytes:
    """The page saved as a browser saves "a single file": multipart/related, the HTML part
    (``encoding``: quoted-printable or base64) with its address, then a picture."""
    message = EmailMessage(policy=MHTML_POLICY)
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = page.url
    message["Subject"] = page.title
    message["Date"] = date
    message["MIME-Version"] = "1.0"
    message.make_related()
    html = EmailMessage(policy=MHTML_POLICY)
    html.set_content(page.html, maintype="text", subtype="html", cte=encoding, params={"charset": "utf-8"})
    html["Content-ID"] = "<frame-root@mhtml.blink>"
    html["Content-Location"] = page.url
    message.attach(html)
    picture = EmailMessage(policy=MHTML_POLICY)
    picture.set_content(b"\x89PNG\r\n\x1a\n" + bytes(100), maintype="image", subtype="png", cte="base64")
    picture["Content-Location"] = page.url.rsplit("/", 1)[0] + "/logo.png"
    message.attach(picture)
    return message.as_bytes()
