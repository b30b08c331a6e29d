"""Python's cyclic garbage collector runs on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate when a threshold is
crossed: often a worker thread running a query. A Qt widget that is garbage in a cycle
(a dialog whose connections refer back to it) is then freed there, Shiboken hands the
C++ deletion to the main thread as a pending call, and by the time that runs Qt may have
deleted the object itself (a closed dialog, a test's teardown): a segmentation fault in
``BindingManager::runDeletionInMainThread`` (seen in CI and in gdb). So automatic
collection is switched off and a timer on the GUI thread collects instead (see
``collect_due``); plain reference counting still frees everything else at once, anywhere.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500

_timer: QTimer | None = None


def install(owner: QObject) -> None:
    """Collect on ``owner``'s (the GUI) thread from now on; idempotent."""
    global _timer  # noqa: PLW0603 - one collector per process
    if _timer is not None:
        return
    gc.disable()
    _timer = QTimer(owner)
    _timer.setInterval(INTERVAL_MS)
    _timer.timeout.connect(collect_due)
    _timer.start()


def uninstall() -> None:
    """Back to automatic collection (tests: once no worker thread runs any more)."""
    global _timer  # noqa: PLW0603
    if _timer is None:
        return
    _timer.stop()
    _timer.deleteLater()
    _timer = None
    gc.enable()


def collect_due() -> None:
    """One collection per tick: the young generation, or an older one when due.

    A middle one comes every 10 ticks and a full one every 100 (the thresholds). The
    young one is collected every time, not when 700 objects are net allocated: a
    worker's allocations are mostly freed again by the time the timer looks, and cycles
    would then wait indefinitely.
    """
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = 2 if counts[2] >= thresholds[2] else 1 if counts[1] >= thresholds[1] else 0
    gc.collect(generation)
