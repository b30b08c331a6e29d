"""The one way to run background work from the UI (Anki's ``Op`` builder on a QThreadPool).

    Op(parent, lambda: ws.queue.page(query)).success(model.append_page).run()

The work function runs on a pool thread; ``success``/``failure``/``progress`` callbacks
run on the GUI thread (delivered through a signal of a QObject living there). Writes go
through the single-thread ``writer`` pool so the SQLite workspace has one writer.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")

_readers: QThreadPool | None = None
_writer: QThreadPool | None = None
_slow: QThreadPool | None = None
_live: set[Op[Any]] = set()  # keeps running ops (and their bridge QObjects) alive


def readers() -> QThreadPool:
    """The pool for reads and model work."""
    global _readers  # noqa: PLW0603 - one pool per process, created lazily
    if _readers is None:
        _readers = QThreadPool()
        _readers.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
    return _readers


def writer() -> QThreadPool:
    """The single-thread pool for database writes."""
    global _writer  # noqa: PLW0603
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)
    return _writer


def slow() -> QThreadPool:
    """One thread for slow reads (counts over large tables), so pages never queue behind them."""
    global _slow  # noqa: PLW0603
    if _slow is None:
        _slow = QThreadPool()
        _slow.setMaxThreadCount(1)
    return _slow


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op: Op[Any] | None = op

    def run(self) -> None:
        # This thread must not hold the op's last reference: its callbacks (a failure
        # handler, a closure) can hold the only reference to a widget, and a widget
        # released here would be destroyed off the GUI thread (seen as a deadlock in
        # QObject's destructor). The GUI thread's ``_live`` keeps the op until finished.
        op, self._op = self._op, None
        assert op is not None, "an op runs once"
        bridge = op.bridge
        try:
            signal, value = bridge.done, (op.fn(op.report) if op.wants_progress else op.fn())
        except Exception as e:  # every failure goes to the GUI thread
            signal, value = bridge.failed, e
        del op
        _emit(signal, value)
        _emit(bridge.finished)


def _emit(signal: Any, *args: Any) -> None:
    # The widget that started the work (and so the bridge, its child) may have been
    # deleted while the work ran; its result then has nowhere to go.
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


class Op(Generic[T]):
    """A unit of background work with callbacks on the GUI thread."""

    default_failure: Callable[[Exception], None] | None = None

    def __init__(self, parent: QObject | None, fn: Callable[..., T], *,
                 write: bool = False, progress: bool = False, slow: bool = False) -> None:
        self.fn = fn
        self.wants_progress = progress
        self.cancelled = threading.Event()
        self.bridge = _Bridge(parent)
        self.finished = self.bridge.finished
        self._write = write
        self._slow = slow
        self._failure: Callable[[Exception], None] | None = None
        self.bridge.failed.connect(self._on_failed)
        self.bridge.finished.connect(self._on_finished)

    def success(self, fn: Callable[[T], None]) -> Op[T]:
        """Call ``fn(result)`` on the GUI thread when the work succeeds."""
        self.bridge.done.connect(fn)
        return self

    def failure(self, fn: Callable[[Exception], None]) -> Op[T]:
        """Call ``fn(error)`` on the GUI thread when the work raises."""
        self._failure = fn
        return self

    def on_progress(self, fn: Callable[[Any], None]) -> Op[T]:
        """Call ``fn(value)`` on the GUI thread for each ``report(value)`` from the work."""
        self.bridge.progressed.connect(fn)
        return self

    def report(self, value: Any) -> bool:
        """From the work function: send progress; returns False once cancelled."""
        self.bridge.progressed.emit(value)
        return not self.cancelled.is_set()

    def cancel(self) -> None:
        """Ask the work to stop (it checks ``report``'s result or ``cancelled``)."""
        self.cancelled.set()

    def run(self) -> Op[T]:
        """Start the work."""
        _live.add(self)
        pool = writer() if self._write else slow() if self._slow else readers()
        pool.start(_Runnable(self))
        return self

    def _on_failed(self, error: Exception) -> None:
        handler = self._failure or Op.default_failure
        if handler is not None:
            handler(error)

    def _on_finished(self) -> None:
        _live.discard(self)
