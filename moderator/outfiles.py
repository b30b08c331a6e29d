"""Files the app writes on request (exports, reports, archive packages): where not to write."""

from __future__ import annotations

import stat
from typing import TYPE_CHECKING

from moderator.errors import CannotCreateError

if TYPE_CHECKING:
    from pathlib import Path


def refuse_special_target(path: Path) -> None:
    """Refuse a target that exists and is not a plain file (a folder, device, pipe or link).

    Writing "over" a FIFO blocks for ever, over /dev/sda destroys a disk, and through a
    symbolic link writes somewhere the user did not name.
    """
    try:
        st = path.lstat()
    except FileNotFoundError:
        return
    except OSError as e:
        raise CannotCreateError(f"cannot write {path}: {e.strerror or e}") from None
    if not stat.S_ISREG(st.st_mode):
        kind = ("a folder" if stat.S_ISDIR(st.st_mode) else
                "a link" if stat.S_ISLNK(st.st_mode) else "not a regular file")
        raise CannotCreateError(f"cannot write {path}: it is {kind}; name a new file")
