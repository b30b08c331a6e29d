"""qtmodeltester on every item model; paging, actions-as-data, panels registry, language."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence

from moderator.items import ItemKind, Status
from moderator.query import QueueQuery
from ui import actions, panels
from ui.triage.filters_view import FiltersView
from ui.triage.queue_model import QueueTableModel


def test_queue_model_passes_modeltester_and_pages(qtbot, qtmodeltester, demo_ws):  # type: ignore[no-untyped-def]
    me = demo_ws.moderators.current("Sanne de Vries")
    model = QueueTableModel(demo_ws, me, page_size=50)
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_query(QueueQuery(all_statuses=True))
    assert model.rowCount() == 50 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.page_loaded, timeout=5000):
            model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.total is not None, timeout=5000)
    assert model.rowCount() == model.total == demo_ws.queue.count(QueueQuery(all_statuses=True))
    assert len({model.item_id(r) for r in range(model.rowCount())}) == model.rowCount()
    qtmodeltester.check(model)


def test_stale_pages_are_dropped(qtbot, demo_ws):  # type: ignore[no-untyped-def]
    me = demo_ws.moderators.current("Sanne de Vries")
    model = QueueTableModel(demo_ws, me)
    model.set_query(QueueQuery())
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_query(QueueQuery(statuses=frozenset({Status.HANDLED})))
    qtbot.wait(100)
    assert {model.summary(r).status for r in range(model.rowCount())} == {Status.HANDLED}


def test_filters_model_passes_modeltester(qtbot, qtmodeltester, demo_ws):  # type: ignore[no-untyped-def]
    me = demo_ws.moderators.current("Sanne de Vries")
    view = FiltersView(demo_ws, me)
    qtbot.addWidget(view)
    view.load_accounts()
    qtbot.waitUntil(lambda: view.count_of("filter:dm") is not None, timeout=5000)
    assert view.count_of("filter:dm") == demo_ws.queue.count(
        view.current_query().with_(kinds=frozenset({ItemKind.DM})))
    qtmodeltester.check(view.model())
    accounts = demo_ws.accounts.list()
    with qtbot.waitSignal(view.query_changed, timeout=2000) as sig:
        view.select_account(accounts[0].id)
    assert sig.args[0].account_ids == frozenset({accounts[0].id})


def test_actions_are_data_with_overridable_shortcuts(qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = [s.id for s in actions.ACTIONS]
    assert len(ids) == len(set(ids)) and all("." in i for i in ids)
    parent = QObject()
    built = actions.build(parent, {"item.hide": ["Ctrl+H", "Shift+H"]})
    assert built["item.hide"].shortcuts() == [QKeySequence("Ctrl+H"), QKeySequence("Shift+H")]
    assert built["item.warn"].shortcut() == QKeySequence("W")
    keys = [b.shortcut().toString() for b in built.values() if not b.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"


def test_every_panel_and_dialog_loads() -> None:
    for spec in (*panels.PANELS, *panels.DIALOGS):
        assert callable(spec.load())


def test_english_catalogue_is_complete() -> None:
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources/translations/moderator_en.ts"
    open_ = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
             if m.find("translation") is not None
             and m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert open_ == [], f"run tools/translations.py and translate: {open_[:5]}"


def test_language_switch_retranslates(qtbot, demo_ws, make_window):  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    assert window.tabs.tabText(0) == "Wachtrij"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Queue", timeout=3000)
    assert window.built["item.hide"].text() == "Hide"
    assert window.triage.filters.model().index(0, 0).data() == "QUEUE"
    assert window.triage.model.headerData(3, Qt.Orientation.Horizontal) == "Author"
    # the rows' own words follow too (statuses, kinds), and the status bar
    statuses = {window.triage.model.index(r, 8).data()
                for r in range(window.triage.model.rowCount())}
    assert "flagged" in statuses and "gemarkeerd" not in statuses
    assert window.scoring.text() and "model" in window.scoring.text().lower()
    assert "Toxiciteit" not in window.scoring.text()
    window.triage.filters.select_filter("dm")
    qtbot.waitUntil(lambda: window.triage._title.text() == "DMs", timeout=3000)
    window.set_language("nl")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Wachtrij", timeout=3000)
