"""Issue 14, look and feel: an icon on every action and record type that follows the palette,
View → Appearance and View → Panes remembered, columns fitted to their text, and empty
lists that say how records come."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QToolBar, QWidgetAction

from gui.dialogs.report_dialog import ReportDialog
from gui.icons import GLYPHS, icon
from gui.main_window import PANES, MainWindow
from gui.settings import AppSettings
from gui.theme import apply_appearance, is_dark, swatch
from tests.gui.support import wait_idle

ARTICLE = """# Lifeboat crew honoured

The Harbour Ledger

The Saltmere lifeboat crew received a bravery award on Friday.

"We only did what the sea asked of us," said coxswain Ruth Avery.
"""


@pytest.fixture
def system_look(qapp):
    """Whatever a test switches to, the next test starts in the system's look again."""
    yield
    apply_appearance(qapp, "system")


def menu_actions(menu: QMenu) -> list:
    """Every action of ``menu`` and of its submenus (each filled as when it opens)."""
    menu.aboutToShow.emit()
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            found.extend(menu_actions(action.menu()))
    return found


def ink(pixmap_icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour an icon is drawn in: its most opaque pixel's."""
    image = pixmap_icon.pixmap(QSize(24, 24), 1.0, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return max(pixels, key=lambda colour: colour.alpha())


def test_checkable_entries_show_their_state_by_their_icon(window, qapp):
    shown = window.pane_actions["timeline"]
    on = ink(shown.icon())
    image_on = shown.icon().pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal, QIcon.State.On).toImage()
    image_off = shown.icon().pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal, QIcon.State.Off).toImage()
    assert on.alpha() and image_on != image_off  # a ticked box, an empty one


def test_every_menu_and_toolbar_action_has_an_icon(window, gui_env):
    gui_env.settings.remember_catalog(gui_env.catalog_path)  # Open recent has an entry
    # the menus of the bar (an untitled one is the bar's own overflow of its titles)
    menus = [menu for menu in window.menuBar().findChildren(QMenu) if menu.parent() is window.menuBar() and menu.title()]
    actions = [action for menu in menus for action in menu_actions(menu)]
    toolbar = window.findChild(QToolBar, "main-toolbar")
    actions += [a for a in toolbar.actions() if not a.isSeparator() and not isinstance(a, QWidgetAction)]
    assert len(actions) > 50
    missing = [a.text() for a in actions if a.icon().isNull()]
    assert missing == []
    assert {a.objectName() for a in actions} >= {f"pane_{name}" for name in PANES} | {"appearance_dark", "import_files", "undo"}


def test_icons_exist_for_each_kind_of_record_and_are_crisp_at_twice_the_pixels(qapp):
    for kind in ("document", "quote", "person", "organisation", "place", "event", "tag", "publication", "saved_search", "trash"):
        assert kind in GLYPHS and not icon(kind).isNull()
        pixmap = icon(kind).pixmap(QSize(16, 16), 2.0)
        # drawn at 32 pixels for a 16-point icon, not scaled up from 16
        assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (32, 32, 2.0)
        image = pixmap.toImage()
        assert any(image.pixelColor(x, y).alpha() for x in range(32) for y in range(32))
    assert icon("no such icon").isNull()
    tag_colour = swatch("#c0392b").pixmap(QSize(12, 12), 2.0)
    assert (tag_colour.width(), tag_colour.devicePixelRatio()) == (24, 2.0)


def test_appearance_is_remembered_changes_the_palette_and_recolours_the_icons(qtbot, window, gui_env, system_look):
    app = QApplication.instance()
    importing = window.actions_.import_files  # enabled: drawn in the palette's ink
    assert gui_env.settings.appearance() == "system" and window.appearance_actions["system"].isChecked()
    assert ink(importing.icon()).lightness() < 128  # dark ink on the light system palette
    window.appearance_actions["dark"].trigger()
    assert is_dark(app.palette()) and app.style().name().lower() == "fusion"
    # the palette change reaches the window as an event: the icons are drawn again, light on dark
    qtbot.waitUntil(lambda: ink(importing.icon()).lightness() > 128)
    assert ink(window.actors.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)).lightness() > 128
    # the choice outlives the window: a new settings object over the same store reads it
    assert AppSettings(gui_env.settings.store).appearance() == "dark"
    window.appearance_actions["light"].trigger()
    assert not is_dark(app.palette())
    qtbot.waitUntil(lambda: ink(importing.icon()).lightness() < 128)
    assert AppSettings(gui_env.settings.store).appearance() == "light"
    with pytest.raises(ValueError):
        gui_env.settings.set_appearance("sepia")


def test_the_quote_highlights_stay_readable_in_the_dark_palette(window, system_look):
    from gui.theme import quote_background

    window.set_appearance("dark")
    palette = QApplication.instance().palette()
    text = palette.color(palette.ColorRole.Text)
    for kind in ("quotation", "pull_quote", "excerpt"):
        for strong in (False, True):
            background = quote_background(kind, palette, strong)
            assert text.lightness() - background.lightness() > 100, (kind, strong)


def test_the_panes_hidden_stay_hidden_in_the_next_window(qtbot, window, gui_env, workspace):
    assert all(widget.isVisible() for widget in window.panes().values())
    window.pane_actions["more"].trigger()
    window.pane_actions["details"].trigger()
    assert not window.left_tabs.isVisible() and not window.record.side.isVisible()
    assert window.record.reader.isVisible() and window.tags.isVisible()
    assert not gui_env.settings.pane_shown("more") and gui_env.settings.pane_shown("timeline")
    window.close_without_asking()
    again = MainWindow(workspace, gui_env.settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.left_tabs.isVisible() and not again.pane_actions["more"].isChecked()
    assert not again.record.side.isVisible() and again.centre.timeline.isVisible()
    # saving a search brings its list back into sight
    with qtbot.waitSignal(again.saved.saved, timeout=10000):
        again.saved.save("Harbour", "harbour")
    assert again.left_tabs.isVisible() and again.left_tabs.currentWidget() is again.saved
    assert gui_env.settings.pane_shown("more")
    again.close_without_asking()


def test_the_title_takes_the_room_the_fitted_columns_leave(qtbot, window):
    window.resize(1900, 900)
    window.main.setSizes([240, 1000, 660])
    records = window.centre.records
    table = records.table
    qtbot.waitUntil(lambda: table.viewport().width() > 900)
    records._fit_first_column()
    widths = [table.columnWidth(i) for i in range(records.model.columnCount())]
    assert sum(widths) == table.viewport().width()  # nothing scrolls, nothing is left blank
    published = [c.title for c in records.model.columns].index("Published")
    assert widths[published] >= table.fontMetrics().horizontalAdvance("2024-03-14")
    assert widths[0] > max(widths[1:])  # the title is the widest


def test_an_empty_catalogue_offers_to_import_and_its_button_imports(qtbot, gui_env, monkeypatch, tmp_path):
    workspace = gui_env.workspace(gui_env.open_catalog(sample=False))
    window = MainWindow(workspace, gui_env.settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, workspace)
    records = window.centre.records
    assert records.pages.currentWidget() is records.empty and records.empty.isVisible()
    assert records.empty.title.text() == "Drop articles here" and records.empty.button.isVisible()
    assert window.tags.pages.currentWidget() is window.tags.empty and "Ctrl+T" in window.tags.empty.hint.text()
    assert window.actors.pages.currentWidget() is window.actors.empty
    assert window.actors.empty.title.text() == "No actors yet" and "Proposals" in window.actors.empty.hint.text()
    records.set_kind("quote")
    assert records.empty.title.text() == "No quotes yet" and not records.empty.button.isVisible()
    records.set_kind("document")
    article = tmp_path / "lifeboat.md"
    article.write_text(ARTICLE, "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args, **_kw: ([str(article)], ""))
    qtbot.mouseClick(records.empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=20000)
    wait_idle(qtbot, workspace)
    assert records.model.rowCount() == 1 and records.pages.currentWidget() is records.table
    window.commands.dialog.close()
    window.close_without_asking()


def test_a_list_narrowed_to_nothing_says_so_and_how_to_see_all(window, workspace):
    records = window.centre.records
    records.set_kind("quote")
    records.set_filter("publication", "Nowhere Gazette", "Publication: Nowhere Gazette")
    assert records.pages.currentWidget() is records.empty
    assert records.empty.title.text() == "Nothing here" and "Publication: Nowhere Gazette" in records.empty.hint.text()
    records.clear_filter()
    assert records.pages.currentWidget() is records.table


def test_a_search_that_finds_nothing_says_so_and_what_to_try(qtbot, window):
    centre = window.centre
    window.search.set_text("saltmere zeppelin")
    qtbot.waitUntil(lambda: centre.stack.currentWidget() is centre.no_hits, timeout=10000)
    assert centre.searching
    assert "saltmere zeppelin" in centre.no_hits.title.text()
    assert "fewer words" in centre.no_hits.hint.text()
    window.search.set_text("tag:nothing-like-this")
    qtbot.waitUntil(lambda: "tag:nothing-like-this" in centre.no_hits.title.text(), timeout=10000)
    assert "drop a filter" in centre.no_hits.hint.text()
    window.search.set_text("saltmere")
    qtbot.waitUntil(lambda: centre.stack.currentWidget() is centre.results, timeout=10000)
    window.search.set_text("")
    assert centre.stack.currentWidget() is centre.records


def test_the_actor_filter_that_matches_no_one_says_so(window, workspace):
    window.actors.filter.setText("zzzz")
    assert window.actors.pages.currentWidget() is window.actors.empty
    assert "zzzz" in window.actors.empty.hint.text()
    window.actors.filter.clear()
    assert window.actors.pages.currentWidget() is window.actors.view


def test_record_types_show_their_icon_in_the_lists(window, workspace):
    group = window.actors.model.index(0, 0)
    assert isinstance(group.data(Qt.ItemDataRole.DecorationRole), QIcon)
    records = window.centre.records
    records.set_kind("actor")
    assert not records.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert records.model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is None
    records.set_kind("document")
    assert records.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None  # all alike: no icon
    assert not window.publications.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()


def test_the_screenshot_settles_before_the_picture(qtbot, gui_env, tmp_path):
    """``--screenshot`` waits for the panels' reading, so the picture shows them filled."""
    from gui.app import settle

    workspace = gui_env.workspace()
    window = MainWindow(workspace, gui_env.settings)
    qtbot.addWidget(window)
    window.publications.refresh()
    assert settle(window, 20000) and not workspace.tasks.busy
    assert window.publications.model.rowCount() == 1
    window.close_without_asking()


def test_the_icons_module_names_only_glyphs_the_font_has(qapp):
    import qtawesome

    for name, glyphs in GLYPHS.items():
        for glyph in glyphs if isinstance(glyphs, tuple) else (glyphs,):
            assert not qtawesome.icon(glyph).isNull(), name  # an unknown glyph raises


def test_settings_read_back_the_look_and_fall_back_to_the_system_one(gui_env):
    settings = gui_env.settings
    assert settings.appearance() == "system" and settings.pane_shown("timeline")
    settings.store.setValue("view/appearance", "sepia")  # a value written by hand, or by a later version
    assert settings.appearance() == "system"
    settings.set_pane_shown("timeline", False)
    assert not AppSettings(settings.store).pane_shown("timeline") and AppSettings(settings.store).pane_shown("details")
