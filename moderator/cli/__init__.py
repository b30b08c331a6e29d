"""The ``moderator`` command: no subcommand opens the desktop app; subcommands run headless.

Each feature registers its subcommands from its own module in this package (see
``_REGISTRARS``), so this file stays a small dispatcher. Every error derived from
``ModeratorError`` is printed as one line on stderr with its exit code; no traceback reaches
the user.

The core never imports the desktop app: without a subcommand, ``moderator`` starts
whatever the installed distribution registers as the ``moderator-app`` console script
(``ui.__main__:main``), found through the package metadata like any other entry point.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points

from moderator import __version__
from moderator.cli import archive, connectors, core, duty, rules, scoring, team, worker
from moderator.errors import ModeratorError
from moderator.untrusted import check_arguments
from moderator.worker import WORKER_FLAG

# Modules that expose ``register(subparsers, common)``; each adds its own subcommands.
_REGISTRARS = (core, team, rules, scoring, connectors, archive, worker, duty)
APP_ENTRY_POINT = "moderator-app"

Handler = Callable[[argparse.Namespace], int]


def workspace_options(*, top: bool = False) -> argparse.ArgumentParser:
    """Options every subcommand and the app accept: where the workspace lives.

    They may stand before or after the subcommand. The subcommands' copies default to
    SUPPRESS so that ``moderator --workspace W score`` keeps ``W`` (a subparser's own
    default would otherwise overwrite the value given before the subcommand).
    """
    default = None if top else argparse.SUPPRESS
    common = argparse.ArgumentParser(add_help=False, argument_default=default)
    where = common.add_mutually_exclusive_group()
    where.add_argument("--workspace", metavar="DIR", help="SQLite workspace in DIR")
    where.add_argument(
        "--database", metavar="URL", help="SQLAlchemy database URL (team mode, e.g. PostgreSQL)"
    )
    common.add_argument("--as", dest="moderator_name", metavar="NAME",
                        help="solo mode only: act as this moderator (default: the OS user); "
                        "in team mode you are your database login")
    return common


def build_parser() -> argparse.ArgumentParser:
    """Build the full argument parser with every registered subcommand."""
    common = workspace_options()
    parser = argparse.ArgumentParser(
        prog="moderator",
        description="Moderation desk: one queue, house rules, toxicity scoring, audit log.",
        parents=[workspace_options(top=True)],
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="UI language for the desktop app")
    parser.add_argument("--version", action="version", version=f"moderator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _REGISTRARS:
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 - one exit per outcome
    """Entry point of the console script."""
    raw = list(sys.argv[1:] if argv is None else argv)
    if raw[:1] == [WORKER_FLAG]:  # the packaged app starts its own jobs this way
        from moderator.worker import main as worker_main

        return worker_main(raw[1:])
    try:
        check_arguments(raw)
    except ModeratorError as exc:
        print(f"moderator: {exc}", file=sys.stderr)
        return exc.exit_code
    parser = build_parser()
    args = parser.parse_args(raw)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_app(raw)
        return handler(args)
    except ModeratorError as exc:
        print(f"moderator: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("moderator: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _run_app(argv: list[str]) -> int:
    found = entry_points(group="console_scripts", name=APP_ENTRY_POINT)
    if not found:
        print("moderator: the desktop app is not installed (no 'moderator-app' entry point)",
              file=sys.stderr)
        return 69
    app_main: Callable[[list[str]], int] = next(iter(found)).load()
    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
