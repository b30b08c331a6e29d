"""Peak memory of a benchmark's child process."""

from __future__ import annotations

import resource


def peak_rss_mb() -> float:
    """This process image's peak resident memory in MiB."""
    # VmHWM belongs to this process image; ru_maxrss would inherit the parent's peak at exec
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
