"""Start the desktop application: ``run(argv)``.

Options: ``--catalog PATH`` (default: ``$PRESSMARK_CATALOG``, the last catalogue, or the
user data folder) and ``--screenshot OUT.png`` (open the window on that catalogue with its
first document selected, save a PNG of the window once painted and its panels filled, and
exit 0), at ``--size WIDTHxHEIGHT`` (default 1440x900; 1024x768 shows how a small screen
sees it). The window opens in the appearance last chosen (View → Appearance), in the
interface language chosen (View → Language, or ``$PRESSMARK_LANG=ar``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from catalog import CATALOG_ENV_VAR as ENV_VAR
from catalog import __version__
from gui import signal_refcount_fix
from gui.controller import AppController
from gui.errors import ErrorReporter, install_excepthook
from gui.i18n import chosen_language, install_translators
from gui.icons import icon
from gui.settings import AppSettings, app_settings_store
from gui.theme import apply_appearance

SCREENSHOT_SIZE = (1440, 900)
SCREENSHOT_TIMEOUT_MS = 60000


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pressmark", description="Pressmark's desktop window.")
    parser.add_argument("--catalog", type=Path, metavar="PATH", help=f"catalogue folder (default: ${ENV_VAR} or the last one)")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="save a picture of the window and exit")
    parser.add_argument("--size", type=window_size, metavar="WxH", default=SCREENSHOT_SIZE, help="the screenshot's size (default 1440x900)")
    parser.add_argument("--version", action="version", version=f"Pressmark {__version__}")
    return parser.parse_args(argv)


def window_size(text: str) -> tuple[int, int]:
    """``1024x768`` as (1024, 768); argparse reports anything else as a bad option."""
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit() and int(width) >= 320 and int(height) >= 240):
        raise argparse.ArgumentTypeError(f"“{text}” is not a window size: write it as 1024x768 (at least 320x240)")
    return int(width), int(height)


def application(argv: list[str]) -> QApplication:
    """The QApplication (made once per process), named for QSettings."""
    app = QApplication.instance() or QApplication(["pressmark", *argv])
    app.setOrganizationName("Pressmark")
    app.setApplicationName("Pressmark")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("pressmark"))
    app.aboutToQuit.connect(forget_offscreen_clipboard)
    return app


def forget_offscreen_clipboard() -> None:
    """Empty the clipboard of Qt's offscreen platform (screenshots, tests) before Qt goes away:
    a copied citation left there crashes the process as it exits (PySide6 6.12: the offscreen
    clipboard deletes data Python has already freed). A real desktop keeps what was copied."""
    if QGuiApplication.platformName() == "offscreen":
        QGuiApplication.clipboard().clear()


def run(argv: list[str] | None = None) -> int:
    """Run the window until it closes (or, with ``--screenshot``, until the picture is saved).

    Returns the process exit code: 0 on success, 1 when the screenshot could not be made,
    2 for bad options.
    """
    try:
        args = parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its INFO narrates every migration step
    signal_refcount_fix.install()
    app = application([])
    settings = AppSettings(app_settings_store())
    apply_appearance(app, settings.appearance())  # View → Appearance, as last chosen
    install_translators(app, chosen_language(settings.language()))  # View → Language, or $PRESSMARK_LANG
    reporter = ErrorReporter()
    previous_hook = sys.excepthook
    install_excepthook(reporter)
    # a screenshot must not wait for anyone to type their name
    controller = AppController(settings, reporter, ask_author=None) if args.screenshot else AppController(settings, reporter)
    catalog_path = args.catalog or (Path(os.environ[ENV_VAR]) if os.environ.get(ENV_VAR) else None)
    try:
        if args.screenshot is not None:
            return screenshot(controller, catalog_path, args.screenshot, args.size)
        if controller.start(catalog_path) is None:
            # no window opened: the dialog saying why is all there is, so wait until it is read
            # (the reporter's dialogs do not block, and the process would end under it)
            for box in list(reporter.shown):
                box.exec()
            return 1
        return app.exec()
    finally:
        controller.shutdown()
        sys.excepthook = previous_hook


def settle(window, timeout_ms: int = SCREENSHOT_TIMEOUT_MS) -> bool:
    """Let the window's panels finish the reading that opening started (the counts after a
    seeded sample, the timeline), so a picture shows them filled; False on timeout."""
    tasks = window.workspace.tasks
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(lambda: None if tasks.busy else loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    if tasks.busy:
        poll.start()
        loop.exec()
        poll.stop()
    QApplication.processEvents()
    return not tasks.busy


def screenshot(controller: AppController, catalog_path: Path | None, out: Path, size: tuple[int, int] = SCREENSHOT_SIZE) -> int:
    """Open the window, wait until its start-up work is done and it is painted, save ``out``."""
    loop = QEventLoop()
    ready: list[bool] = []
    controller.ready.connect(lambda: (ready.append(True), loop.quit()))
    window = controller.start(catalog_path)
    if window is None:
        return 1
    window.resize(*size)
    if not ready:
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
        loop.exec()
    if not ready or controller.window is not window:
        logging.getLogger(__name__).error("the window did not finish opening in time")
        return 1
    settle(window)
    window.repaint()
    QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(out), "PNG")
    return 0 if saved and out.stat().st_size > 0 else 1
