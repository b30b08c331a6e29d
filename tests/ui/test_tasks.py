"""Background ops: the worker thread never drops the last reference to the op's callbacks."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QWidget

from ui.tasks import Op, readers

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


class Sentinel:
    """Records the thread that frees it (a widget freed off the GUI thread deadlocks Qt)."""

    freed_on: ClassVar[list[str]] = []

    def __del__(self) -> None:
        Sentinel.freed_on.append(threading.current_thread().name)


def test_callbacks_are_released_on_the_gui_thread(qtbot: QtBot) -> None:
    Sentinel.freed_on.clear()
    parent = QWidget()
    qtbot.addWidget(parent)
    for _ in range(30):
        held = Sentinel()
        done: list[int] = []

        def work() -> int:
            time.sleep(0.002)
            return 1

        op = Op(parent, work).failure(lambda e, s=held: print(s, e))  # only ref: the op
        op.success(done.append)
        del held
        with qtbot.waitSignal(op.finished, timeout=5000):
            op.run()
        del op
        readers().waitForDone(5000)  # the worker has let go of everything it held
        qtbot.wait(1)
    assert len(Sentinel.freed_on) == 30
    assert set(Sentinel.freed_on) == {threading.main_thread().name}


def test_a_widget_deleted_while_its_work_runs_gets_no_result(qtbot: QtBot) -> None:
    """Panels close while their queries run: nothing is delivered to them, nothing leaks."""
    from ui import tasks

    got: list[object] = []
    for i in range(200):
        parent = QWidget()
        release = threading.Event()

        def work(n: int = i, gate: threading.Event = release) -> int:
            gate.wait(1)
            return n

        op = Op(parent, work).success(got.append)
        op.run()
        parent.deleteLater() if i % 2 else parent.close()
        if i % 2 == 0:
            del parent  # Python owned: deleted now, on this thread, while the work waits
        qtbot.wait(0)
        release.set()
        with qtbot.waitSignal(op.finished, timeout=5000):
            pass
        del op
    readers().waitForDone(5000)
    qtbot.wait(10)
    assert got == []
    assert tasks._live == {}


class CycleWidget(QWidget):
    """A widget in a reference cycle: only the cyclic collector frees it."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self

    def __del__(self) -> None:
        CycleWidget.freed_on.append(threading.current_thread().name)


def test_cyclic_garbage_is_collected_on_the_gui_thread_only(qtbot: QtBot) -> None:
    """A worker allocating heavily must not free a widget (Shiboken would then delete it
    from a pending call, racing Qt: the CI segfault)."""
    import gc

    from ui import gc_main

    assert not gc.isenabled()  # the UI tests run as the app does (conftest)
    CycleWidget.freed_on.clear()
    for _ in range(5):
        CycleWidget()
    stop = threading.Event()

    def churn() -> None:
        while not stop.is_set():
            [[i] for i in range(1000)]  # cyclic-GC-tracked allocations: would trigger it

    worker = threading.Thread(target=churn, name="churn")
    worker.start()
    time.sleep(0.3)
    stop.set()
    worker.join()
    assert CycleWidget.freed_on == []
    qtbot.waitUntil(lambda: len(CycleWidget.freed_on) == 5, timeout=3 * gc_main.INTERVAL_MS)
    assert set(CycleWidget.freed_on) == {threading.main_thread().name}
