"""Work around a reference-count bug of PySide6 6.12 on Python < 3.12.

With PySide6 6.12.0 on CPython 3.11, every ``SignalInstance.emit()`` called from Python
returns ``True`` without taking a reference, and every invalid ``QVariant`` converted to
Python (``index.data(role)`` with no data, ``QSettings.value()`` of a missing key) returns
``None`` the same way. Each call lowers the reference count of ``True``/``None`` by one;
after a few thousand the interpreter aborts with "deallocating True or False" /
"deallocating None" (reproduced in tests/ui/test_app_qtfix.py). CPython 3.12 made these
singletons immortal, so the bug is harmless there.

No packaging constraint can replace this yet (checked 2026-12-02 with ``pip index
versions PySide6``: 6.12.0 is the newest release, and 6.12 is the floor the embedded Meta
login needs, ``PySide6-WebEngine>=6.12``). ``tests/ui/test_app_qtfix.py`` fails once a
PySide6 without the bug is installed: then pin ``>=`` that release and delete this module.

``guard_singletons`` raises the reference counts of ``None``, ``True`` and ``False`` by
2**40 once per process, when the interpreter is older than 3.12. These objects are never
freed anyway; the extra references only keep the leak from ever reaching zero.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40
_done = False


def needed() -> bool:
    """Whether this interpreter has mortal singletons (CPython < 3.12)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def guard_singletons() -> bool:
    """Make None/True/False effectively immortal (once); True if it was applied."""
    global _done  # noqa: PLW0603 - once per process
    if _done or not needed():
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every PyObject in release builds.
        ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
    _done = True
    return True
