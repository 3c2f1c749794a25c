"""The Reuters-21578 stories as benchmark input, read in place from ``../shared``.

:func:`load_stories` reads ``../shared/corpus/reuters21578/jsonl/*.jsonl`` (the ``shared``
folder beside the repository; never copied into it) and keeps the stories that have a title
and a body, each text once: the corpus repeats some stories, and Pressmark would refuse the
repeats as duplicates while FTS5 would index them twice. :func:`write_news_pages` writes each
story as a saved news page in Markdown (the format of
:mod:`catalog.importers.news_markdown`), one file a story named by its ``NEWID``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "reuters21578" / "jsonl"
PUBLICATION = "REUTERS"
_PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t]*\n|[ \t]{2,})")
_AUTHOR_NOISE = re.compile(r"^\s*by\s+|,?\s*reuters?\s*$", re.I)
_LINK_UNSAFE = re.compile(r"[\[\]()]")


@dataclass(frozen=True)
class Story:
    """One Reuters story: ``body`` is its paragraphs separated by blank lines."""

    newid: int
    title: str
    author: str  # "" when the story has no byline
    published_at: datetime
    body: str

    @property
    def file_name(self) -> str:
        return f"{self.newid:05d}.md"


def load_stories(limit: int | None = None, corpus: Path = CORPUS) -> list[Story]:
    """The first ``limit`` usable stories in corpus order. Raises FileNotFoundError without a corpus."""
    files = sorted(corpus.glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no Reuters corpus at {corpus}")
    stories: list[Story] = []
    seen: set[str] = set()
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                story = _story(json.loads(line))
                if story is None:
                    continue
                fingerprint = " ".join(story.body.split())
                if fingerprint in seen:
                    continue
                seen.add(fingerprint)
                stories.append(story)
                if limit is not None and len(stories) >= limit:
                    return stories
    return stories


def corpus_size(corpus: Path = CORPUS) -> int:
    """How many stories the corpus files hold, usable or not."""
    return sum(1 for path in corpus.glob("*.jsonl") for _ in path.open(encoding="utf-8"))


def _story(record: dict) -> Story | None:
    title = " ".join((record.get("title") or "").split())
    body = _paragraphs(record.get("body") or "")
    published = _date(record.get("date") or "")
    if not title or not body or published is None:
        return None
    author = _AUTHOR_NOISE.sub("", " ".join((record.get("author") or "").split()))
    return Story(int(record["newid"]), title, _LINK_UNSAFE.sub("", author), published, body)


def _paragraphs(raw: str) -> str:
    raw = raw.replace("\x03", "").strip()
    paragraphs = (" ".join(part.split()) for part in _PARAGRAPH_BREAK.split(raw))
    return "\n\n".join(p for p in paragraphs if p)


def _date(text: str) -> datetime | None:
    """``26-FEB-1987 15:01:01.79``; one story has a broken time, so fall back to the day."""
    text = text.strip()
    try:
        return datetime.strptime(text.split(".")[0], "%d-%b-%Y %H:%M:%S")
    except ValueError:
        pass
    try:
        return datetime.strptime(text.split()[0], "%d-%b-%Y")
    except (ValueError, IndexError):
        return None


def news_page(story: Story) -> str:
    """The story as a saved news page: masthead, headline, byline with date, body."""
    byline = story.author or "Reuters"
    date = story.published_at.strftime("%b %d, %Y %H:%M")
    # a headline that starts with '#' would read as a deeper heading
    title = story.title.lstrip("#").strip() or "Untitled"
    return f"# {PUBLICATION}\n\n## {title}\n\n[{byline}](#), {date}\n\n{story.body}\n"


def write_news_pages(stories: list[Story], folder: Path) -> list[Path]:
    """Write every story into ``folder`` (created if needed); returns the paths in story order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for story in stories:
        path = folder / story.file_name
        path.write_text(news_page(story), encoding="utf-8")
        paths.append(path)
    return paths


def newid_of(path: Path | str) -> int:
    """The story id a page written by :func:`write_news_pages` was named by."""
    return int(Path(path).stem)
