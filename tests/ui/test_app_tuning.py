"""Process-wide tuning belongs to ``ui.app.run`` (the app's process), not ``make_app``."""

from __future__ import annotations

import gc
import sys

from ui.app import make_app


def test_making_the_application_leaves_the_interpreter_settings_alone() -> None:
    interval, frozen = sys.getswitchinterval(), gc.get_freeze_count()
    make_app()  # tests and tools build apps too
    assert sys.getswitchinterval() == interval
    assert gc.get_freeze_count() == frozen
