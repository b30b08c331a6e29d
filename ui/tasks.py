"""The one way to run background work from the UI (Anki's ``Op`` builder on a QThreadPool).

    Op(parent, lambda: ws.queue.page(query)).success(model.append_page).run()

The work function runs on a pool thread; ``success``/``failure``/``progress`` callbacks
run on the GUI thread (delivered through a signal of a QObject living there). Writes go
through the single-thread ``writer`` pool so the SQLite workspace has one writer.
"""

from __future__ import annotations

import itertools
import threading
import weakref
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")

_readers: QThreadPool | None = None
_writer: QThreadPool | None = None
_slow: QThreadPool | None = None
_live: dict[int, Op[Any]] = {}  # keeps running ops (and their bridge QObjects) alive


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
    """One op's signals; used on the GUI thread only (the worker never touches it)."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)
    finished = Signal()


class _Dispatcher(QObject):
    """Carries results from pool threads to the GUI thread.

    Workers never emit on an op's own QObject: the widget that started the work may be
    deleted on the GUI thread while the work runs, and deleting a QObject while another
    thread emits its signal is undefined in Qt (seen once as a crash at a test's
    teardown). This one object lives as long as the process; workers append to
    ``_pending`` and wake it, and the GUI thread hands each result to its op.
    """

    ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.ready.connect(self._drain)

    def _drain(self) -> None:
        with _lock:
            batch = _pending[:]
            _pending.clear()
        for token, kind, value in batch:
            op = _live.get(token)
            if op is not None:
                op._deliver(kind, value)


_dispatcher: _Dispatcher | None = None
_lock = threading.Lock()
_pending: list[tuple[int, str, Any]] = []
_tokens = itertools.count(1)


def _post(token: int, kind: str, box: list[Any]) -> None:
    """From a pool thread: queue a result for the GUI thread.

    The value comes in a one-item ``box`` that is emptied under the lock, so the GUI
    thread, never this one, drops the last reference to it.
    """
    with _lock:
        wake = not _pending
        _pending.append((token, kind, box.pop() if box else None))
    if wake:
        assert _dispatcher is not None, "an op was created on the GUI thread first"
        _dispatcher.ready.emit()


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class _Runnable(QRunnable):
    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op: Op[Any] | None = op

    def run(self) -> None:
        # This thread must not hold the op's last reference: its callbacks (a failure
        # handler, a closure) can hold the only reference to a widget, and a widget
        # released here would be destroyed off the GUI thread (seen as a deadlock in
        # QObject's destructor). ``_live`` keeps the op until the GUI thread has seen
        # "finished", which is posted after this thread let go of it.
        op, self._op = self._op, None
        assert op is not None, "an op runs once"
        token = op.token
        box: list[Any] = []
        try:
            box.append(op.fn(op.report) if op.wants_progress else op.fn())
            kind = "done"
        except Exception as e:  # every failure goes to the GUI thread
            box.append(e)
            kind = "failed"
        del op
        _post(token, kind, box)
        _post(token, "finished", box)


class Op(Generic[T]):
    """A unit of background work with callbacks on the GUI thread."""

    default_failure: Callable[[Exception], None] | None = None

    def __init__(self, parent: QObject | None, fn: Callable[..., T], *,
                 write: bool = False, progress: bool = False, slow: bool = False) -> None:
        self.fn = fn
        self.wants_progress = progress
        self.cancelled = threading.Event()
        global _dispatcher  # noqa: PLW0603 - one per process, made on the GUI thread
        if _dispatcher is None:
            _dispatcher = _Dispatcher()
        self.token = next(_tokens)
        # weak: a widget the moderator closed must not be kept alive by its pending work
        self._parent = None if parent is None else weakref.ref(parent)
        self.bridge = _Bridge()  # no parent: deleted with the op, on the GUI thread
        self.finished = self.bridge.finished
        self._write = write
        self._slow = slow
        self._failure: Callable[[Exception], None] | None = None
        self.bridge.failed.connect(self._on_failed)

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
        _post(self.token, "progress", [value])
        return not self.cancelled.is_set()

    def cancel(self) -> None:
        """Ask the work to stop (it checks ``report``'s result or ``cancelled``)."""
        self.cancelled.set()

    def run(self) -> Op[T]:
        """Start the work."""
        _live[self.token] = self
        pool = writer() if self._write else slow() if self._slow else readers()
        pool.start(_Runnable(self))
        return self

    def _on_failed(self, error: Exception) -> None:
        handler = self._failure or Op.default_failure
        if handler is not None:
            handler(error)

    def _deliver(self, kind: str, value: Any) -> None:
        """On the GUI thread: one result from the worker, to the callbacks."""
        if kind == "finished":
            _live.pop(self.token, None)
            self.bridge.finished.emit()
            return
        if self._parent is not None and not _alive(self._parent()):
            return  # the widget that asked is gone: its result has nowhere to go
        signal = {"done": self.bridge.done, "failed": self.bridge.failed,
                  "progress": self.bridge.progressed}[kind]
        signal.emit(value)

