"""Pictures of Pressmark's main states, for the README and for looking at the window.

    python scripts/screenshots.py [--out docs/screens] [--size 1440x900] [--only NAME ...]

Builds the catalogues it shows itself, in a temporary folder: the sample catalogue, ten
years of dated articles (for the timeline) and actors that may be one (for the duplicates
window). Each state opens a fresh window over its catalogue, with fresh settings, as a user
starting Pressmark would see it, does what the user would (select, search, open a window)
and saves ``OUT/NAME.png``. It runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise;
``QT_SCALE_FACTOR=2`` makes HiDPI pictures.

To add a state, write ``def state_name(shot: Shot) -> None`` that opens a window with
``shot.open(catalogue)``, sets it up, and calls ``shot.save()``; then list it in ``STATES``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QPoint, QRect, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPalette, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from catalog import Catalog, InvalidInput, Message, sample_article_path, seed_sample  # noqa: E402
from gui import signal_refcount_fix  # noqa: E402
from gui.app import application, window_size  # noqa: E402
from gui.controller import AppController  # noqa: E402
from gui.errors import ErrorReporter  # noqa: E402
from gui.i18n import install_translators  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.panels.index_banner import task_label as index_task_label  # noqa: E402
from gui.settings import AppSettings  # noqa: E402
from gui.theme import apply_appearance  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
TIMEOUT_MS = 60000
TITLE_BAR = 26  # pixels of the title bar drawn above a dialog

# ----- the catalogues ------------------------------------------------------------------------
PUBLICATIONS = ("The Harbour Ledger", "Saltmere Weekly", "Northshore Courier", "Coastal Review")
SPEAKERS = ("Helen Castellan", "Idris Haddad", "Peter Lindqvist", "Amira Solberg", "Tomas Reyes", "Jonah Whitcombe")
TOPICS = (
    ("harbour wall", "the harbour wall", "repairs to the harbour wall would take two more summers"),
    ("ferry", "the winter ferry", "the winter ferry would keep running while the pier was rebuilt"),
    ("archive", "the town archive", "every flooded register had now been photographed"),
    ("school", "the new school", "the new school would open its doors in September"),
    ("lighthouse", "the old lighthouse", "the old lighthouse was safe to visit again"),
    ("fishing quota", "the fishing quota", "the fishing quota left the small boats too little"),
    ("festival", "the summer festival", "the summer festival had drawn more visitors than ever"),
)


def build_sample(folder: Path) -> Path:
    """The catalogue a new user starts with: the sample article, its quotes accepted and tagged."""
    with Catalog(folder) as catalog:
        seed_sample(catalog, sample_article_path())
    return folder


SENTENCES = (
    "The meeting ran late, and residents filled the back of the hall.",
    "A petition with {n} hundred names was handed in before the vote.",
    "The harbour master read out the costs line by line.",
    "Two councillors asked for the plans to be published first.",
    "Shopkeepers on Quay Street said the works had cost them custom.",
    "The trust's volunteers offered to help with the survey.",
    "An engineer's report from {year} was quoted more than once.",
    "Children from the primary school had drawn the posters outside.",
    "The vote was put off until the spring, to the crowd's dismay.",
    "Letters to the Ledger ran three to one in favour.",
    "The county promised to pay a third of the bill.",
    "Fishermen stood at the door and would not come in.",
)


def article(number: int, year: int) -> tuple[str, str]:
    """A small generated article (title, Markdown text) with one attributed quotation; each
    one's sentences differ, so none reads as a copy of another."""
    word, subject, claim = TOPICS[number % len(TOPICS)]
    speaker = SPEAKERS[number % len(SPEAKERS)]
    title = f"{subject[0].upper()}{subject[1:]}: what {year} brought"
    picked = [SENTENCES[(number * k + k) % len(SENTENCES)] for k in (1, 3, 5, 7)]
    body = " ".join(dict.fromkeys(picked)).format(n=number % 9 + 2, year=year - 1 - number % 5)
    text = (
        f"# {title}\n\n"
        f"Article {number}: on {subject}, in {year}. {body}\n\n"
        f"\"We told the council in {year} that {claim},\" said {speaker}, who has followed {subject} since {year - number % 7 - 1}.\n\n"
        f"The next meeting on {subject} is set for the autumn of {year}; article {number} will follow it.\n"
    )
    return title, text


def build_decade(folder: Path, years: range = range(2015, 2025)) -> Path:
    """The sample plus dated articles every few months over ten years, their quotes accepted."""
    build_sample(folder)
    with Catalog(folder) as catalog:
        number = 0
        for year in years:
            for month in (1, 3, 4, 6, 9, 11)[: 3 + (year % 4)]:
                number += 1
                _title, text = article(number, year)
                outcome = catalog.documents.import_bytes(text.encode(), f"article-{number:03d}.md")
                uuid = outcome.document_uuid
                catalog.documents.update(
                    uuid, published_at=datetime(year, month, 1 + number % 27, 9, 0), publication=PUBLICATIONS[number % len(PUBLICATIONS)]
                )
                catalog.proposals.accept_all(uuid)
                catalog.tags.apply([uuid], f"Town/{TOPICS[number % len(TOPICS)][0].title()}")
    return folder


def build_duplicates(folder: Path) -> Path:
    """The decade's catalogue plus actors named twice: "Obama" beside "Barack Obama"…"""
    build_decade(folder, range(2021, 2025))
    with Catalog(folder) as catalog:
        for name, kind in (
            ("Barack Obama", "person"), ("Obama", "person"), ("H. Castellan", "person"),
            ("Saltmere Archive Trust", "organisation"), ("The Saltmere Archives Trust", "organisation"),
            ("Idris Hadad", "person"), ("Quay St", "place"),
        ):  # fmt: skip
            try:
                catalog.actors.add(name, kind)
            except InvalidInput:  # the articles brought it already
                pass
    return folder


PROPOSED_STORY = """Ferry pier to close for two winters

By Anwen Price

The pier at Saltmere will close in October while it is rebuilt, the county council said on Tuesday.

"We cannot keep patching a pier that the sea has already half taken," said Maria Ostrova, the council's head of transport. She said the winter ferry would run from the old fish quay until the work was done.

Fishermen were less sure. "The quay was never built for a ferry," Tom Birch, who chairs the Saltmere Fishermen's Association, told the Harbour Ledger. According to Birch, the quay floods at every spring tide.

The Saltmere Archive Trust has offered its hall on Quay Street as a waiting room.
"""


def build_proposals(folder: Path) -> Path:
    """A catalogue with one article just imported, its proposals not yet reviewed."""
    with Catalog(folder) as catalog:
        source = folder.parent / "ferry-pier.txt"
        source.write_text(PROPOSED_STORY, "utf-8")
        catalog.documents.import_paths([source])
    return folder


def build_edited(folder: Path) -> Path:
    """The sample catalogue after a morning's work on its article: fields corrected, a note,
    an actor linked, a tag, so that its History tab has changes to show."""
    build_sample(folder)
    with Catalog(folder) as catalog:
        uuid = catalog.documents.find()[0].uuid
        catalog.documents.update(uuid, section="Heritage", notes="Follow up with the trust in June.")
        catalog.actors.link(uuid, "Idris Haddad", "subject")
        catalog.tags.apply([uuid], "Town/Archive")
        catalog.documents.update(
            uuid, title="Saltmere's flood-damaged archive goes digital, page by page", notes="Follow up with the trust in July."
        )
    return folder


# one statement reprinted by four papers, a little changed in each, and a notice two of them ran
REPRINTS = (
    ("Harbour wall: the council decides", "The Harbour Ledger", datetime(2024, 10, 2, 18, 0),
     "The council met late into the evening.\n\n“The harbour wall will be repaired before the winter storms, whatever the cost "
     "to the town,” said Helen Castellan after the vote.\n\nVolunteers from the trust will help with the survey."),
    ("Council backs the harbour wall", "Saltmere Weekly", datetime(2024, 10, 3, 9, 0),
     "Helen Castellan was clear on Wednesday: \"The harbour wall will be mended before the winter storms, whatever the cost to "
     "the town.\" Not everyone on the quay agreed.\n\nVolunteers from the trust will help with the survey."),
    ("Storm season: what the towns are doing", "Northshore Courier", datetime(2024, 10, 5, 7, 30),
     "Whatever the cost to the town, the harbour wall will be repaired before the winter storms, Saltmere's council says. "
     "In other news, the bakery on Quay Street reopened after the floods."),
    ("Saltmere digs in", "Coastal Review", datetime(2024, 10, 9, 12, 0),
     "THE HARBOUR WALL WILL BE REPAIRED before the winter storms — whatever the cost to the town, said Helen Castellan. "
     "The fishermen's association welcomed the news."),
)


def build_reprints(folder: Path) -> Path:
    """The sample plus one statement reprinted by four papers, each a little changed."""
    build_sample(folder)
    with Catalog(folder) as catalog:
        for number, (title, publication, published, body) in enumerate(REPRINTS, 1):
            outcome = catalog.documents.import_bytes(f"# {title}\n\n{body}\n".encode(), f"reprint-{number}.md")
            catalog.documents.update(outcome.document_uuid, published_at=published, publication=publication)
    return folder


CATALOGUES: dict[str, Callable[[Path], Path]] = {
    "sample": build_sample, "decade": build_decade, "duplicates": build_duplicates, "proposals": build_proposals,
    "edited": build_edited, "reprints": build_reprints,
}  # fmt: skip


# ----- taking pictures -------------------------------------------------------------------
@dataclass
class Shot:
    """One state's picture: ``open`` a window over a catalogue, set it up, ``save``."""

    name: str
    out: Path
    work: Path
    size: tuple[int, int]
    catalogues: dict[str, Path] = field(default_factory=dict)
    controller: AppController | None = None
    window: MainWindow | None = None

    def catalogue(self, name: str) -> Path:
        """The folder of the catalogue ``name`` (built the first time it is asked for)."""
        if name not in self.catalogues:
            self.catalogues[name] = CATALOGUES[name](self.work / "catalogues" / name)
        return self.catalogues[name]

    def open(self, catalogue: str = "sample") -> MainWindow:
        """A fresh window (fresh settings) over a copy-free open of ``catalogue``, its first
        document selected and every panel's reading done."""
        path = self.catalogue(catalogue)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.work / "settings" / self.name))
        settings = AppSettings(QSettings(str(self.work / "settings" / f"{self.name}.ini"), QSettings.Format.IniFormat))
        settings.set_author_name("Screenshots")
        self.controller = AppController(settings, ErrorReporter(), ask_author=None)
        ready: list[bool] = []
        loop = QEventLoop()
        self.controller.ready.connect(lambda: (ready.append(True), loop.quit()))
        window = self.controller.open(path, create=False)
        if window is None:
            raise SystemExit(f"{self.name}: the catalogue {path} did not open")
        self.window = window
        window.resize(*self.size)
        window.show()
        if not ready:
            QTimer.singleShot(TIMEOUT_MS, loop.quit)
            loop.exec()
        self.settle()
        return window

    def settle(self, ms: int = 150) -> None:
        """Let queued work and painting finish: the worker's tasks, then ``ms`` of events."""
        assert self.window is not None
        tasks = self.window.workspace.tasks
        waited = 0
        while (tasks.busy or waited < ms) and waited < TIMEOUT_MS:
            loop = QEventLoop()
            QTimer.singleShot(25, loop.quit)
            loop.exec()
            waited += 25
        QApplication.processEvents()

    def save(self, *above: QWidget) -> Path:
        """Save the window, with the windows ``above`` it (dialogs) drawn where they stand,
        as ``OUT/NAME.png``."""
        assert self.window is not None
        self.settle()
        picture = self.window.grab()
        painter = QPainter(picture)
        for widget in above:
            widget.repaint()
            at = widget.mapToGlobal(QPoint(0, 0)) - self.window.mapToGlobal(QPoint(0, 0))
            painter.drawPixmap(at, widget.grab())
            draw_frame(painter, widget, at)
        painter.end()
        path = self.out / f"{self.name}.png"
        if not picture.save(str(path), "PNG"):
            raise SystemExit(f"{self.name}: could not write {path}")
        return path

    def close(self) -> None:
        if self.window is not None:
            self.window.close_without_asking()
        if self.controller is not None:
            self.controller.shutdown()
        self.window = self.controller = None


def draw_frame(painter: QPainter, widget: QWidget, at: QPoint) -> None:
    """A plain title bar and border around ``widget`` drawn at ``at``: offscreen there is no
    window manager to draw them, and a dialog without them melts into the window."""
    palette = widget.palette()
    bar = QRect(at.x() - 1, at.y() - TITLE_BAR, widget.width() + 2, TITLE_BAR)
    painter.fillRect(bar, palette.color(QPalette.ColorRole.Window).darker(115))
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, widget.windowTitle())
    painter.setPen(QPen(QColor(0, 0, 0, 110), 1))
    painter.drawRect(at.x() - 1, at.y() - TITLE_BAR, widget.width() + 1, widget.height() + TITLE_BAR)


def place_beside(window: QWidget, dialog: QWidget, height: int) -> None:
    """Put ``dialog``, as wide as it wants, over the right part of ``window`` (offscreen
    there is no window manager to place it)."""
    width = min(window.width() - 80, max(dialog.sizeHint().width(), dialog.width()))
    dialog.resize(width, height)
    dialog.move(window.mapToGlobal(QPoint(window.width() - width - 40, window.height() - height - 50)))


def place_below(window: QWidget, dialog: QWidget, width: int, height: int) -> None:
    """Put ``dialog`` over the lower part of ``window``, from its left, ``width`` wide at most."""
    dialog.resize(min(window.width() - 80, width), height)
    dialog.move(window.mapToGlobal(QPoint(40, window.height() - height - 50)))


def widen_centre(window: MainWindow, record: int = 480) -> None:
    """Give the centre the room of the record but ``record`` pixels, as a user dragging the
    splitter would."""
    left = window.main.sizes()[0]
    window.main.setSizes([left, window.width() - left - record, record])


# ----- the states ------------------------------------------------------------------------
def state_sample(shot: Shot) -> None:
    """The sample catalogue as a new user first sees it."""
    shot.open("sample")
    shot.save()


def state_quoting(shot: Shot) -> None:
    """A quote chosen in the quotes list: it shows in its document, with its record beside."""
    save_quote_chosen(shot)


def save_quote_chosen(shot: Shot) -> None:
    """Open the sample catalogue, choose the first quote in the quotes list, and save."""
    window = shot.open("sample")
    window.show_kind("quote")
    window.centre.records.select_first()
    shot.settle()
    shot.save()


def state_search(shot: Shot) -> None:
    """A search with its facets (type, speaker, tag, year) above the hits."""
    window = shot.open("decade")
    widen_centre(window)
    window.search.set_text("council")
    shot.settle(400)
    shot.save()


def state_actor_duplicates(shot: Shot) -> None:
    """An actor's page (what they said, in date order) and the Possible duplicates window."""
    window = shot.open("duplicates")
    catalog = window.workspace.catalog
    castellan = next(a for a in catalog.actors.find(type="person") if a.name == "Helen Castellan")
    window.actors.actor_chosen.emit(castellan.uuid)
    window.record.actor_page.setCurrentIndex(1)  # what they said, in date order
    shot.settle()
    dialog = window.show_duplicates()
    place_beside(window, dialog, 380)
    shot.settle(400)
    shot.save(dialog)
    dialog.close()


def state_timeline(shot: Shot) -> None:
    """Ten years of articles: the timeline by year, with room to read it."""
    save_timeline(shot)


def save_timeline(shot: Shot) -> None:
    """Open the decade's catalogue, give the timeline room, and save."""
    window = shot.open("decade")
    widen_centre(window)
    window.centre.splitter.setSizes([window.height() - 420, 280])
    shot.settle()
    shot.save()


def state_dark(shot: Shot) -> None:
    """The sample catalogue with a quote selected, in the dark palette."""
    app = QApplication.instance()
    apply_appearance(app, "dark")
    try:
        save_quote_chosen(shot)
    finally:
        apply_appearance(app, "system")


def _in_arabic(shot: Shot, save) -> None:
    """Make the picture ``save`` makes with the Arabic interface installed, then English again."""
    app = QApplication.instance()
    install_translators(app, "ar")
    try:
        save(shot)
    finally:
        install_translators(app, "en")


def state_arabic(shot: Shot) -> None:
    """The sample catalogue in the Arabic interface (as ``PRESSMARK_LANG=ar`` starts it): the
    whole window mirrored right to left, a quote selected."""
    _in_arabic(shot, save_quote_chosen)


def state_arabic_timeline(shot: Shot) -> None:
    """The decade's timeline in the Arabic interface: mirrored with the window, the earliest
    year at the right, the legend read from the right."""
    _in_arabic(shot, save_timeline)


def state_arabic_history(shot: Shot) -> None:
    """A document's History tab in the Arabic interface: its changes listed, the newest one's
    fields before and after."""

    def save(shot: Shot) -> None:
        window = shot.open("edited")
        widen_centre(window, record=900)
        window.record.document_page.setSizes([380, 520])  # the reader, and the tabs with room for the history
        window.record.side.setCurrentWidget(window.record.history)
        shot.settle()
        shot.save()

    _in_arabic(shot, save)


def state_arabic_index_banner(shot: Shot) -> None:
    """The banner above the panels while the search index is rebuilt, in the Arabic
    interface, with the rebuild's progress in the status bar. A rebuild of the sample is over
    before a picture can be taken, so the banner and the status bar are shown the news of one
    under way, as the task runner would send it."""

    def save(shot: Shot) -> None:
        window = shot.open("sample")
        tasks = window.workspace.tasks
        window.index_banner.start(Message("index_other_version"))
        tasks.task_started.emit(index_task_label(), True)
        tasks.progressed.emit(index_task_label(), 1200, 4800, Message("progress_indexing"))
        window.status.progress.show()
        window.status.cancel_button.show()
        shot.save()

    _in_arabic(shot, save)


# files of a morning's import: an article, what cannot be imported, one already there, a reference list
INBOX = {
    "quay-street.md": "# Quay Street reopens\n\nThe bakery on Quay Street reopened after the floods, its owner said on Monday.\n",
    "notes.md": "",
    "scan.txt": "\x00\x01\x02\x03" * 64,
    "library.ris": (
        "TY  - NEWS\nTI  - Saltmere's flood-damaged archive goes digital, one soaked page at a time\nUR  - https://ledger.example/s/4kq2\n"
        "DO  - 10.5555/ledger.17\nER  -\n\nTY  - JOUR\nTI  - Paper that survives water\nAU  - Castellan, Helen\nPY  - 2023\nER  -\n\n"
        "TY  - JOUR\nAU  - Nobody, Named\nER  -\n"
    ),
}


def state_arabic_import_report(shot: Shot) -> None:
    """The report after an import in the Arabic interface: an article imported, a reference
    list's entries enriching, adding and skipped, a copy of an article already there, and the
    files refused with why."""

    def save(shot: Shot) -> None:
        window = shot.open("sample")
        inbox = shot.work / "inbox"
        inbox.mkdir(exist_ok=True)
        for name, text in INBOX.items():
            (inbox / name).write_text(text, "utf-8")
        (inbox / "archive-copy.md").write_bytes(sample_article_path().read_bytes())
        window.commands.import_paths([inbox])
        shot.settle()
        dialog = window.commands.dialog
        assert isinstance(dialog, QWidget)
        place_below(window, dialog, 1100, 420)
        shot.settle(300)
        shot.save(dialog)
        dialog.close()

    _in_arabic(shot, save)


def state_arabic_reused_passages(shot: Shot) -> None:
    """View → Reused passages… in the Arabic interface: the statement four papers carried,
    opened, the first appearance highlighted and the words that differ marked."""

    def save(shot: Shot) -> None:
        window = shot.open("reprints")
        dialog = window.show_reused()
        shot.settle()
        table = dialog.table
        first = table.topLevelItem(0)
        if first is not None:  # opened, nothing selected: the first appearance shows its own colour
            first.setExpanded(True)
            table.clearSelection()
        place_below(window, dialog, 1200, 460)
        shot.settle(300)
        shot.save(dialog)
        dialog.close()

    _in_arabic(shot, save)


def state_proposals(shot: Shot) -> None:
    """An article just imported: its proposals marked in the reader, one open to accept or
    reject in place, and the Proposals tab grouping them with their evidence."""
    window = shot.open("proposals")
    record = window.record
    record.side.setCurrentWidget(record.proposals)
    shot.settle()
    record.reader.go_to_proposal(1, origin=0)
    shot.settle()
    shot.save()


def state_arabic_proposals(shot: Shot) -> None:
    """The proposals of an article just imported, in the Arabic interface: the groups' headings,
    each proposal's title and evidence, the bar open on one in the reader."""
    _in_arabic(shot, state_proposals)


def state_empty(shot: Shot) -> None:
    """An empty catalogue: "Drop articles here" and an Import button where the list would be."""
    folder = shot.work / "catalogues" / "empty"
    Catalog(folder).close()
    shot.catalogues["empty"] = folder
    shot.open("empty")
    shot.save()


STATES: list[Callable[[Shot], None]] = [
    state_sample, state_quoting, state_proposals, state_search, state_actor_duplicates, state_timeline, state_dark, state_arabic,
    state_arabic_timeline, state_arabic_history, state_arabic_index_banner, state_arabic_import_report, state_arabic_reused_passages,
    state_arabic_proposals,
    state_empty,
]  # fmt: skip


def state_name(state: Callable[[Shot], None]) -> str:
    return state.__name__.removeprefix("state_").replace("_", "-")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screens", help="folder for the PNGs (default docs/screens)")
    parser.add_argument("--size", type=window_size, default=(1440, 900), help="window size (default 1440x900)")
    parser.add_argument("--only", nargs="*", default=[], metavar="NAME", help=f"only these states ({', '.join(map(state_name, STATES))})")
    args = parser.parse_args(argv)
    unknown = set(args.only) - {state_name(s) for s in STATES}
    if unknown:
        parser.error(f"no state named {', '.join(sorted(unknown))}")
    signal_refcount_fix.install()
    application([])
    args.out.mkdir(parents=True, exist_ok=True)
    catalogues: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix="pressmark-screens-") as work:
        for state in STATES:
            name = state_name(state)
            if args.only and name not in args.only:
                continue
            shot = Shot(name, args.out, Path(work), args.size, catalogues)
            try:
                state(shot)
            finally:
                shot.close()
            print(f"wrote {args.out / name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
