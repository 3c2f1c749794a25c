"""Draws list items whose text is a little HTML (search hits with highlighted matches)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui import theme


class HtmlDelegate(QStyledItemDelegate):
    """Renders ``DisplayRole`` as rich text; ``<b class="match">`` is shown highlighted."""

    def _document(self, option: QStyleOptionViewItem, html: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        colour = theme.match_colour(option.palette).name()
        document.setDefaultStyleSheet(f"b.match {{ background-color: {colour}; }} .muted {{ color: gray; }}")
        document.setHtml(html)
        document.setTextWidth(max(100, option.rect.width() - 8))
        return document

    def paint(self, painter, option, index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        html = options.text
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = self._document(options, html)
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(QPalette.ColorRole.HighlightedText))
        else:
            context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(QPalette.ColorRole.Text))
        painter.save()
        painter.translate(options.rect.topLeft().x() + 4, options.rect.topLeft().y() + 2)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        if options.widget is not None:
            options.rect.setWidth(options.widget.viewport().width())
        document = self._document(options, options.text)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)

