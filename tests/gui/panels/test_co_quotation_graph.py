"""The "Quoted together" graph: built from the sample's speakers, clickable, reachable."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from gui.panels.co_quotation_graph import CoQuotationGraph, layout, load_graph


def _sample_speakers(catalog) -> set[str]:
    return {q.speaker.uuid for q in catalog.quotes.find() if q.speaker is not None}


def test_graph_has_a_node_for_each_sample_speaker_quoted_with_another(qtbot, gui_env):
    catalog = gui_env.open_catalog()
    nodes, edges = load_graph(catalog)
    speakers = _sample_speakers(catalog)
    paired = {p.first.uuid for p in catalog.actors.co_quotations()} | {p.second.uuid for p in catalog.actors.co_quotations()}
    assert paired, "the sample quotes speakers together"
    assert {n.uuid for n in nodes} == paired
    assert paired <= speakers
    assert edges and all(e.documents >= 1 for e in edges)
    assert [n.quotes for n in nodes] == sorted((n.quotes for n in nodes), reverse=True)
    assert layout(nodes, edges) == layout(nodes, edges)  # deterministic


def test_clicking_a_node_emits_its_actor(qtbot, gui_env, tmp_path):
    catalog = gui_env.open_catalog()
    graph = CoQuotationGraph()
    qtbot.addWidget(graph)
    graph.resize(640, 520)
    graph.set_graph(*load_graph(catalog))
    graph.show()
    qtbot.waitExposed(graph)
    assert graph.grab().save(str(tmp_path / "graph.png"))
    target = graph.nodes[-1]
    centre = graph.node_centre(target.uuid).toPoint()
    assert graph.node_at(graph.node_centre(target.uuid)) == target.uuid
    with qtbot.waitSignal(graph.actor_chosen, timeout=1000) as blocker:
        qtbot.mouseClick(graph, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [target.uuid]
    with qtbot.assertNotEmitted(graph.actor_chosen):
        qtbot.mouseClick(graph, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


def test_view_menu_opens_the_graph_and_a_click_filters_the_list(qtbot, window, workspace):
    action = window.actions_.quoted_together
    assert action in window.menuBar().actions()[2].menu().actions()
    action.trigger()
    dialog = window.co_quotations
    qtbot.waitUntil(lambda: bool(dialog.graph.nodes), timeout=10000)
    node = dialog.graph.nodes[0]
    qtbot.mouseClick(dialog.graph, Qt.MouseButton.LeftButton, pos=dialog.graph.node_centre(node.uuid).toPoint())
    assert window.record.uuid == node.uuid
    assert window.centre.records.model.filters == {"actor": node.uuid}
    assert window.centre.records.filter_label == f"Actor: {node.name}"
    dialog.close()


def test_actor_record_opens_the_graph_with_the_actor_ringed(qtbot, window, workspace):
    speaker = next(iter(_sample_speakers(workspace.catalog)))
    window.record.show_actor(speaker)
    qtbot.mouseClick(window.record.actor.graph_button, Qt.MouseButton.LeftButton)
    dialog = window.co_quotations
    qtbot.waitUntil(lambda: bool(dialog.graph.nodes), timeout=10000)
    assert dialog.graph.current == speaker
    dialog.close()
