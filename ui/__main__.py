"""The desktop app's entry point (``moderator-app``, ``python -m ui``, the frozen build).

It takes the same options as ``moderator`` (``--workspace``, ``--database``, ``--lang``).
Given a subcommand it hands over to the command line, so one frozen executable serves
both the app and the CLI (and the hidden worker flag the app's child jobs use).
"""

from __future__ import annotations

import sys

from moderator.cli import build_parser
from moderator.cli import main as cli_main
from moderator.worker import WORKER_FLAG


def main(argv: list[str] | None = None) -> int:
    """Open the app, or run the subcommand given."""
    raw = list(sys.argv[1:] if argv is None else argv)
    if raw[:1] == [WORKER_FLAG]:
        return cli_main(raw)
    args = build_parser().parse_args(raw)
    if getattr(args, "handler", None) is not None:
        return cli_main(raw)
    from ui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
