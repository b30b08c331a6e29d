"""The PySide6 6.12 refcount bug on Python < 3.12 cannot abort the app (see ui/qtfix.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from ui import qtfix

LOOP = textwrap.dedent("""
    import sys
    {guard}
    from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
    app = QCoreApplication([])
    class B(QObject):
        s = Signal(int)
    b = B()
    b.s.connect(lambda v: None)
    for _ in range(20000):
        b.s.emit(1)
        QModelIndex().data(Qt.ItemDataRole.UserRole)
    print("alive")
""")


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", LOOP.format(guard=guard)],
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.skipif(not qtfix.needed(), reason="None/True are immortal on Python >= 3.12")
def test_signal_emits_and_invalid_variants_do_not_abort_with_the_guard() -> None:
    assert _run("import ui").stdout.strip() == "alive"


@pytest.mark.skipif(not qtfix.needed(), reason="None/True are immortal on Python >= 3.12")
def test_without_the_guard_the_bug_is_still_there() -> None:
    """When this fails, PySide6 is fixed and ui/qtfix.py can go."""
    assert _run("").returncode != 0
