"""Issue 14: the record list's kind tabs carry each kind's icon, with its name beside it
where the column has room and alone where it has not, never widening the column."""

from __future__ import annotations

from gui.panels.record_list import RecordListPanel
from tests.gui.support import spoken_tab_names

NAMES = ["Documents", "Quotes", "Actors"]


def test_the_kinds_show_icons_and_their_names_only_where_the_names_fit(qtbot, workspace):
    panel = RecordListPanel(workspace.catalog)
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    qtbot.waitExposed(panel)
    tabs = panel.kinds
    assert all(not tabs.tabIcon(i).isNull() for i in range(tabs.count()))
    assert tabs.names_shown and [tabs.tabText(i) for i in range(tabs.count())] == NAMES
    assert tabs.tabToolTip(0) == "List documents"
    with_names = tabs.sizeHint().width()
    assert with_names <= panel.width()

    panel.resize(with_names - 1, 400)  # a pixel short of room for the names
    qtbot.waitUntil(lambda: not tabs.names_shown)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["", "", ""]
    assert [tabs.tabToolTip(i) for i in range(tabs.count())] == NAMES  # an icon alone is named by its tip
    assert spoken_tab_names(tabs) == NAMES
    icons_alone = tabs.sizeHint().width()
    assert icons_alone < with_names and tabs.tabRect(tabs.count() - 1).right() < panel.width()
    tabs.grab()  # the icons alone paint, each in the middle of its tab

    panel.resize(with_names, 400)
    qtbot.waitUntil(lambda: tabs.names_shown)
    assert [tabs.tabText(i) for i in range(tabs.count())] == NAMES and spoken_tab_names(tabs) == NAMES
    # whatever shows, the column may be as narrow as the icons alone
    assert tabs.minimumSizeHint().width() == icons_alone
    assert panel.minimumSizeHint().width() < with_names


def test_the_kind_icons_are_drawn_again_in_a_new_palette(qtbot, qapp, workspace):
    from gui.theme import apply_appearance

    panel = RecordListPanel(workspace.catalog)
    qtbot.addWidget(panel)
    tabs = panel.kinds
    before = tabs.tabIcon(0).cacheKey()
    apply_appearance(qapp, "dark")  # as View → Appearance → Dark does
    try:
        qtbot.waitUntil(lambda: tabs.tabIcon(0).cacheKey() != before)
    finally:
        apply_appearance(qapp, "system")
