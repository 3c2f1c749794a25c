"""Importing a web archive: ``python bench/web_archive_bench.py [--pages N] [--padding MB]``.

Writes a WARC.gz of N article pages (the shared corpus's 57 pages in turn, each given its own
address and a numbered sentence so that none is a duplicate), each followed by a picture, a
script and a style sheet, plus ``--padding`` MB of pictures; then imports it into a fresh
catalogue and prints the archive's size, the seconds the import took, pages a second, the
peak memory of this process, and the tally. Offline; everything lives in a temporary folder
that is removed at the end. Needs ../shared beside the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from catalog.archive_import import archive_tallies  # noqa: E402
from catalog.catalog import Catalog  # noqa: E402
from tests.catalog.importers.crawls import Crawl  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "html"


def write_crawl(path: Path, pages: int, padding_mb: int) -> None:
    truth = [json.loads(line) for line in (CORPUS / "ground_truth.jsonl").read_text("utf-8").splitlines()]
    crawl = Crawl()
    for n in range(pages):
        entry = truth[n % len(truth)]
        html = (CORPUS / entry["html"]).read_bytes()
        # inside the article (after its headline), so that each capture's text differs
        marker = f"<p>Capture number {n} of the benchmark, kept apart from the others.</p>".encode()
        html = html.replace(b"</h1>", b"</h1>" + marker, 1) if b"</h1>" in html else html.replace(b"</body>", marker + b"</body>", 1)
        url = f"https://bench{n}.example/{entry['id'].replace('/', '-')}"
        html = html.replace(entry["url"].encode(), url.encode()) if entry["url"] else html
        crawl.response(url, html, encode="gzip", chunk=True)
        crawl.response(f"{url}/logo.png", b"\x89PNG\r\n\x1a\n" + os.urandom(20_000), "image/png")
        crawl.response(f"{url}/app.js", b"console.log(1);" * 200, "application/javascript")
        crawl.response(f"{url}/site.css", b"body{color:#000}" * 200, "text/css")
    for n in range(padding_mb):
        crawl.response(f"https://pictures.example/{n}.jpg", os.urandom(1_000_000), "image/jpeg")
    path.write_bytes(crawl.bytes())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--padding", type=int, default=100, help="MB of pictures besides the pages")
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)  # the archive only, in a child process
    args = parser.parse_args()
    if args.write:
        write_crawl(args.write, args.pages, args.padding)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="pressmark-warc-bench-"))
    try:
        path = folder / "bench.warc.gz"
        # written by another process, so that the peak memory below is the import's alone
        command = [sys.executable, __file__, "--pages", str(args.pages), "--padding", str(args.padding), "--write", str(path)]
        subprocess.run(command, check=True)
        size = path.stat().st_size
        with Catalog(folder / "catalogue") as catalog:
            start = time.perf_counter()
            outcomes = catalog.documents.import_paths([path])
            seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        (tally,) = archive_tallies(outcomes)
        print(f"archive {size / 1e6:.1f} MB, {args.pages} pages: {seconds:.1f} s, {args.pages / seconds:.1f} pages/s, peak {peak:.0f} MB")
        print(tally.line())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
