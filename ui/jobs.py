"""Long jobs (sync, scoring) in a child process, with the same builder shape as ``Op``.

    Job(parent, ws, "score").on_progress(show).success(done).failure(error).run()

``moderator.worker`` explains why these run in a process of their own: a thread would
share the interpreter lock with the GUI thread and make the table stutter. The child
writes JSON lines; QProcess delivers them on the GUI thread, where each is one small
``json.loads``. ``cancel`` sends SIGTERM: the job stops at its next page or batch.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from moderator.errors import ErrorCode, UnavailableError
from moderator.worker import WORKER_FLAG

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.workspace import Workspace

_STDERR_TAIL = 2000


class JobError(UnavailableError):
    """The job's process failed before it could say why (crash, killed, not started)."""


def job_error(msg: dict[str, Any]) -> JobError:
    """The worker's error line as an error with its code, so the UI can word it."""
    params = msg.get("params")
    error = JobError(str(msg["error"]))
    if isinstance(params, dict):
        error.params = {str(k): str(v) for k, v in params.items()}
    with contextlib.suppress(ValueError):  # a code this app does not know: generic sentence
        error.code = ErrorCode(str(msg.get("code") or ErrorCode.UNAVAILABLE.value))
    return error


class Job(QObject):
    """One run of ``python -m moderator.worker JOB`` for the open workspace."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None, ws: Workspace, job: str,
                 args: list[str] | None = None) -> None:
        super().__init__(parent)
        self._proc = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        # A packaged (PyInstaller) app is its own interpreter: it runs jobs by a hidden flag.
        head = [WORKER_FLAG] if getattr(sys, "frozen", False) else ["-m", "moderator.worker"]
        argv = [*head, job, *(args or [])]
        if ws.directory is not None:
            argv += ["--workspace", str(ws.directory)]
        else:
            env.insert("MODERATOR_DATABASE_URL", ws.url)
        env.insert("PYTHONPATH", os.pathsep.join(p for p in sys.path if p))
        self._proc.setProcessEnvironment(env)
        self._proc.setProgram(sys.executable)
        self._proc.setArguments(argv)
        self._buffer = b""
        self._stderr = b""
        self._outcome: tuple[bool, Any] | None = None
        self.cancelled = False
        self._reported = False
        self._proc.readyReadStandardOutput.connect(self._on_stdout)
        self._proc.readyReadStandardError.connect(self._on_stderr)
        self._proc.finished.connect(self._on_finished)
        self._proc.errorOccurred.connect(self._on_error)

    def on_progress(self, fn: Callable[[dict[str, Any]], None]) -> Job:
        """Call ``fn(progress)`` on the GUI thread for each progress line."""
        self.progressed.connect(fn)
        return self

    def success(self, fn: Callable[[dict[str, Any]], None]) -> Job:
        """Call ``fn(result)`` on the GUI thread when the job reports its result."""
        self.succeeded.connect(fn)
        return self

    def failure(self, fn: Callable[[Exception], None]) -> Job:
        """Call ``fn(error)`` on the GUI thread when the job fails."""
        self.failed.connect(fn)
        return self

    def run(self) -> Job:
        """Start the process."""
        self._proc.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next page or batch."""
        if self._proc.state() != QProcess.ProcessState.NotRunning:
            self.cancelled = True
            self._proc.terminate()

    def is_running(self) -> bool:
        """Whether the process is still going."""
        return self._proc.state() != QProcess.ProcessState.NotRunning

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the process ends (on close only): False if it did not in time."""
        return self._proc.waitForFinished(msecs)

    def _on_stdout(self) -> None:
        self._buffer += bytes(self._proc.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            self._line(line)

    def _line(self, line: bytes) -> None:
        if not line.strip():
            return
        try:
            msg = json.loads(line)
        except ValueError:
            return  # a library printed something: not ours to show
        if not isinstance(msg, dict):
            return
        if "progress" in msg:
            self.progressed.emit(msg["progress"])
        elif "result" in msg:
            self._outcome = (True, msg["result"])
        elif "error" in msg:
            self._outcome = (False, job_error(msg))

    def _on_stderr(self) -> None:
        self._stderr = (self._stderr + bytes(self._proc.readAllStandardError().data()))[
            -_STDERR_TAIL:]

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._outcome = (False, JobError(f"kon de achtergrondtaak niet starten: "
                                             f"{self._proc.errorString()}"))
            self._finish()

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._on_stdout()
        if self._buffer:
            self._line(self._buffer)
            self._buffer = b""
        if self._outcome is None:
            tail = self._stderr.decode("utf-8", "replace").strip().splitlines()
            why = tail[-1] if tail else f"exit code {code}"
            self._outcome = (False, JobError(f"achtergrondtaak gestopt: {why}"))
        self._finish()

    def _finish(self) -> None:
        if self._outcome is None or self._reported:
            return
        self._reported = True
        ok, value = self._outcome
        (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()
