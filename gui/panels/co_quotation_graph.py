"""Who is quoted with whom: the busiest speakers as a small graph painted with QPainter.

A node is a speaker, its area grows with the speaker's quote count; an edge joins two
speakers quoted in the same documents, thicker the more documents they share. The layout is
deterministic (a few force-directed steps from a circle), so the same data always draws the
same picture. Clicking a node emits ``actor_chosen(uuid)``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from gui.i18n import translate

MAX_NODES = 30
PAIR_LIMIT = 600  # the most shared pairs the catalogue is asked for
LAYOUT_STEPS = 150
CANVAS = (600.0, 520.0)  # the nominal drawing area the layout keeps names apart on
LABEL_BOX = (118.0, 66.0)  # a node with its name under it, on that canvas
LABEL_WIDTH = 112


@dataclass(frozen=True)
class GraphNode:
    uuid: str
    name: str
    quotes: int


@dataclass(frozen=True)
class GraphEdge:
    first: str  # node uuids
    second: str
    documents: int


def graph_data(summaries, pairs, limit: int = MAX_NODES) -> tuple[list[GraphNode], list[GraphEdge]]:
    """Up to ``limit`` speakers, taken pair by pair from the pairs sharing the most documents
    (listed most quoted first), and the edges between them. ``summaries`` are ``ActorSummary`` rows, ``pairs`` ``CoQuotation``s."""
    quotes = {s.uuid: s.quotes for s in summaries}
    names: dict[str, str] = {}
    for pair in sorted(pairs, key=lambda p: -p.documents):  # the strongest pairs come in whole
        missing = [ref for ref in (pair.first, pair.second) if ref.uuid not in names]
        if len(names) + len(missing) <= limit:
            names.update((ref.uuid, ref.name) for ref in missing)
    ranked = sorted(names, key=lambda u: (-quotes.get(u, 0), names[u].lower(), u))
    kept = set(ranked)
    nodes = [GraphNode(u, names[u], quotes.get(u, 0)) for u in ranked]
    edges = [GraphEdge(p.first.uuid, p.second.uuid, p.documents) for p in pairs if p.first.uuid in kept and p.second.uuid in kept]
    return nodes, edges


def load_graph(catalog, limit: int = MAX_NODES) -> tuple[list[GraphNode], list[GraphEdge]]:
    """Read the graph from the catalogue (a pure read: safe on the worker)."""
    return graph_data(catalog.actors.summaries(), catalog.actors.co_quotations(limit=PAIR_LIMIT), limit)


def layout(nodes: list[GraphNode], edges: list[GraphEdge], steps: int = LAYOUT_STEPS) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]²: a circle (most quoted first), relaxed by Fruchterman–Reingold."""
    count = len(nodes)
    if count == 0:
        return {}
    if count == 1:
        return {nodes[0].uuid: (0.0, 0.0)}
    pos = [[math.cos(2 * math.pi * i / count - math.pi / 2), math.sin(2 * math.pi * i / count - math.pi / 2)] for i in range(count)]
    index = {n.uuid: i for i, n in enumerate(nodes)}
    links = [(index[e.first], index[e.second]) for e in edges]
    k = 2.0 / math.sqrt(count)
    temperature = 0.2
    for _ in range(steps):
        shift = [[0.0, 0.0] for _ in range(count)]
        for i in range(count):
            for j in range(i + 1, count):
                dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
                d2 = max(dx * dx + dy * dy, 1e-6)
                f = k * k / d2
                shift[i][0] += dx * f
                shift[i][1] += dy * f
                shift[j][0] -= dx * f
                shift[j][1] -= dy * f
        for i, j in links:
            dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
            d = max(math.hypot(dx, dy), 1e-3)
            f = 0.4 * d / k  # gentle: linked speakers stay far enough apart to show the line
            shift[i][0] -= dx * f
            shift[i][1] -= dy * f
            shift[j][0] += dx * f
            shift[j][1] += dy * f
        for i in range(count):
            # a weak pull to the centre keeps unconnected speakers on the page
            shift[i][0] -= pos[i][0] * 0.5
            shift[i][1] -= pos[i][1] * 0.5
            length = max(math.hypot(*shift[i]), 1e-9)
            step = min(length, temperature)
            pos[i][0] += shift[i][0] / length * step
            pos[i][1] += shift[i][1] / length * step
        temperature = max(0.005, temperature * 0.97)
    return {n.uuid: p for n, p in zip(nodes, _separate(_normalised(pos)), strict=True)}


def _normalised(pos: list[list[float]]) -> list[list[float]]:
    """``pos`` centred and scaled into [-1, 1] on each axis."""
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    sx, sy = max((max(xs) - min(xs)) / 2, 1e-6), max((max(ys) - min(ys)) / 2, 1e-6)
    return [[(x - cx) / sx, (y - cy) / sy] for x, y in pos]


def _separate(pos: list[list[float]], rounds: int = 120) -> list[tuple[float, float]]:
    """Push apart nodes whose name boxes would overlap on a canvas of ``CANVAS`` pixels."""
    half_w, half_h = CANVAS[0] / 2, CANVAS[1] / 2
    points = [[x * half_w, y * half_h] for x, y in pos]
    box_w, box_h = LABEL_BOX
    for _ in range(rounds):
        moved = False
        for i in range(len(points)):
            for j in range(i + 1, len(points)):
                dx, dy = points[j][0] - points[i][0], points[j][1] - points[i][1]
                over_x, over_y = box_w - abs(dx), box_h - abs(dy)
                if over_x <= 0 or over_y <= 0:
                    continue
                moved = True
                if over_x * box_h < over_y * box_w:  # the cheaper way out, relative to the box
                    push = (over_x / 2 + 0.5) * (1 if dx > 0 or (dx == 0 and i % 2) else -1)
                    points[i][0] -= push
                    points[j][0] += push
                else:
                    push = (over_y / 2 + 0.5) * (1 if dy > 0 or (dy == 0 and i % 2) else -1)
                    points[i][1] -= push
                    points[j][1] += push
        if not moved:
            break
    return [(x, y) for x, y in _normalised(points)]


class CoQuotationGraph(QWidget):
    """The painted graph. ``set_graph(nodes, edges)``; emits ``actor_chosen(uuid)`` on a click."""

    actor_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.nodes: list[GraphNode] = []
        self.edges: list[GraphEdge] = []
        self.current = ""  # a speaker to ring (the actor whose record opened the view)
        self._positions: dict[str, tuple[float, float]] = {}
        self._hover = ""
        self.setMouseTracking(True)
        self.setMinimumSize(480, 420)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def set_graph(self, nodes: list[GraphNode], edges: list[GraphEdge], current: str = "") -> None:
        self.nodes, self.edges, self.current = nodes, edges, current
        self._positions = layout(nodes, edges)
        self.update()

    # ----- geometry ----------------------------------------------------------------------
    def node_radius(self, node: GraphNode) -> float:
        most = max((n.quotes for n in self.nodes), default=1) or 1
        return 6.0 + 16.0 * math.sqrt(node.quotes / most)

    def node_centre(self, uuid: str) -> QPointF:
        x, y = self._positions[uuid]
        margin_x, margin_top, margin_bottom = LABEL_WIDTH / 2 + 8, 30.0, 40.0  # names go under nodes
        half_w = max(10.0, self.width() / 2 - margin_x)
        half_h = max(10.0, (self.height() - margin_top - margin_bottom) / 2)
        return QPointF(self.width() / 2 + x * half_w, margin_top + half_h + y * half_h)

    def node_at(self, point: QPointF) -> str:
        """The uuid of the node under ``point`` (the smallest one when they overlap), or ""."""
        hits = []
        for node in self.nodes:
            centre = self.node_centre(node.uuid)
            radius = self.node_radius(node)
            if math.hypot(point.x() - centre.x(), point.y() - centre.y()) <= radius + 2:
                hits.append((radius, node.uuid))
        return min(hits)[1] if hits else ""

    # ----- Qt ----------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self.nodes:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate("CoQuotationGraph", "No speakers are quoted together yet."))
            return
        most_shared = max((e.documents for e in self.edges), default=1) or 1
        edge_colour = QColor(palette.color(QPalette.ColorRole.Text))
        for edge in sorted(self.edges, key=lambda e: e.documents):
            near = self._hover in (edge.first, edge.second) or self.current in (edge.first, edge.second)
            colour = QColor(palette.color(QPalette.ColorRole.Highlight)) if near else QColor(edge_colour)
            share = (edge.documents - 1) / (most_shared - 1) if most_shared > 1 else 0.0
            colour.setAlphaF(0.85 if near else 0.45 + 0.35 * share)
            painter.setPen(QPen(colour, 1.5 + 5.0 * share, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(self.node_centre(edge.first), self.node_centre(edge.second))
        metrics = QFontMetrics(self.font())
        fill = QColor("#4a7fb5")
        for node in self.nodes:
            centre, radius = self.node_centre(node.uuid), self.node_radius(node)
            chosen = node.uuid in (self.current, self._hover)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight) if chosen else fill.darker(140), 3 if chosen else 1))
            painter.setBrush(fill.lighter(125) if chosen else fill)
            painter.drawEllipse(centre, radius, radius)
        for node in self.nodes:  # names last, on a backing, so no line or node hides them
            centre, radius = self.node_centre(node.uuid), self.node_radius(node)
            label = metrics.elidedText(node.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
            width = metrics.horizontalAdvance(label) + 6
            box = QRectF(centre.x() - width / 2, centre.y() + radius + 2, width, metrics.height())
            backing = QColor(palette.color(QPalette.ColorRole.Base))
            backing.setAlphaF(0.8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(backing)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def mouseMoveEvent(self, event) -> None:
        hover = self.node_at(event.position())
        if hover != self._hover:
            self._hover = hover
            node = next((n for n in self.nodes if n.uuid == hover), None)
            self.setToolTip(f"{node.name}: {node.quotes} quotes" if node else "")
            self.setCursor(Qt.CursorShape.PointingHandCursor if node else Qt.CursorShape.ArrowCursor)
            self.update()

    def mousePressEvent(self, event) -> None:
        uuid = self.node_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else ""
        if uuid:
            self.actor_chosen.emit(uuid)
        else:
            super().mousePressEvent(event)


class CoQuotationDialog(QDialog):
    """View → Quoted together…: the graph in its own window (not modal), loaded on the worker.
    Forwards the graph's ``actor_chosen(uuid)``."""

    actor_chosen = Signal(str)

    def __init__(self, catalog, tasks, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("CoQuotationGraph", "Quoted together"))
        self._catalog = catalog
        self._tasks = tasks
        self.caption = QLabel(translate("CoQuotationGraph", "Reading who is quoted with whom…"))
        self.caption.setWordWrap(True)
        self.graph = CoQuotationGraph()
        self.graph.setAccessibleName(translate("CoQuotationGraph", "Speakers quoted together"))
        self.graph.actor_chosen.connect(self.actor_chosen)  # signal to signal (see signal_refcount_fix)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.graph, 1)
        self.resize(760, 640)

    def load(self, current: str = "") -> None:
        """Read the graph on the worker and show it; ``current`` is a speaker to ring."""
        self._tasks.run(translate("CoQuotationGraph", "Reading co-quotations"), lambda _progress, _cancel: load_graph(self._catalog),
                        lambda graph: self.show_graph(*graph, current=current))  # fmt: skip

    def show_graph(self, nodes: list[GraphNode], edges: list[GraphEdge], current: str = "") -> None:
        self.graph.set_graph(nodes, edges, current)
        self.graph.setAccessibleDescription(
            translate("CoQuotationGraph", "{speakers} speakers, {pairs} pairs quoted in the same documents").format(speakers=len(nodes), pairs=len(edges))
        )
        self.caption.setText(
            translate(
                "CoQuotationGraph",
                "{speakers} speakers from the pairs that share the most documents. "
                "Larger circles: more quotes; thicker lines: more documents in common. Click a speaker to list it.",
            ).format(speakers=len(nodes))
            if nodes else ""
        )  # fmt: skip
