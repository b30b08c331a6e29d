"""One workspace: the database plus the services that work on it (composition root)."""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from moderator.accounts import AccountService, CursorService
from moderator.actions import ActionsService, CapabilityCheck, RuleLookup
from moderator.approvals import ApprovalService
from moderator.audit.log import AuditLog
from moderator.errors import ModeratorError, PermissionDenied, UsageError
from moderator.flagging import Flagger, no_flags
from moderator.ingest import IngestService
from moderator.moderators import ModeratorService
from moderator.outbox.service import OutboxService
from moderator.participation.polls import PollService
from moderator.participation.privacy import PrivacyService
from moderator.participation.reach import ReachService
from moderator.participation.register import RegisterService
from moderator.queue import QueueService
from moderator.ruleset import RuleProvider
from moderator.scoring.service import ScoreService
from moderator.stats import StatsService
from moderator.storage.engine import (
    make_engine,
    password_key,
    sqlite_url_for,
    translate_errors,
    with_password,
)
from moderator.storage.migrate import upgrade_to_head
from moderator.storage.uow import Database
from moderator.storage.work_repo import now_utc

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

__all__ = ["Workspace", "default_directory", "password_key"]

ENV_URL = "MODERATOR_DATABASE_URL"
ENV_DIR = "MODERATOR_WORKSPACE"


def default_directory() -> Path:
    """The user's data directory for the embedded workspace."""
    return Path(os.environ.get(ENV_DIR) or platformdirs.user_data_dir("moderator")) / "workspace"


def _expand(workspace: str | Path) -> Path:
    try:
        return Path(workspace).expanduser()
    except RuntimeError:  # ~nosuchuser
        raise UsageError(f"no such home directory in {str(workspace)!r}") from None


def _keyring_password(key: str) -> str | None:
    """A team-mode login's password from the OS keyring (None: not kept there)."""
    from moderator.secrets import KeyringStore

    try:
        return KeyringStore().get(key)
    except Exception:
        return None  # (the server may trust the login, use a certificate or .pgpass)


class Workspace:
    """The services of one workspace. Open with ``Workspace.open``; close when done."""

    def __init__(self, db: Database, *, url: str, directory: Path | None,
                 clock: Callable[[], datetime] = now_utc) -> None:
        self.db = db
        self.url = url
        self.directory = directory
        self.clock = clock
        self.flagger: Flagger = no_flags
        self.rules = RuleProvider(db)
        self.ingest = IngestService(db, lambda: self.flagger)
        self.accounts = AccountService(db)
        self.moderators = ModeratorService(db, clock)
        self.approvals = ApprovalService(db, clock, self.moderators)
        self.cursors = CursorService(db)
        self.queue = QueueService(db, clock)
        self.actions = ActionsService(db, clock)
        self.audit = AuditLog(db, clock)
        self.scores = ScoreService(db, lambda: self.flagger)
        self.outbox = OutboxService(db, clock)
        self.stats = StatsService(db, clock)
        self.register = RegisterService(db, clock)
        self.polls = PollService(db, clock, self.ingest.salt)
        self.privacy = PrivacyService(db, clock)
        self.reach = ReachService(db, self.ingest.salt)
        self.set_rules(self.rules.flag, self.rules.lookup)
        self._install_capabilities()
        self.audit.key = self.identity
        self.actions.refused = self.moderators.log_refusal

    @classmethod
    def open(cls, workspace: str | Path | None = None, database: str | None = None,
             *, clock: Callable[[], datetime] = now_utc) -> Workspace:
        """Open (creating and migrating as needed) a SQLite workspace or a database URL."""
        directory: Path | None = None
        url = database or (None if workspace else os.environ.get(ENV_URL))
        if url is None:
            directory = _expand(workspace) if workspace else default_directory()
            url = sqlite_url_for(directory)
        engine = make_engine(with_password(url, _keyring_password))
        upgrade_to_head(engine)
        return cls(Database(engine), url=url, directory=directory, clock=clock)

    @property
    def label(self) -> str:
        """Where this workspace lives, for humans (no password)."""
        if self.directory is not None:
            return str(self.directory)
        with translate_errors():
            return self.db.engine.url.render_as_string(hide_password=True)

    @property
    def identity(self) -> str:
        """Which workspace this is, the same for every login (the witness key)."""
        if self.directory is not None:
            return str(self.directory.resolve())
        u = self.db.engine.url
        return f"{u.get_backend_name()}://{u.host or ''}:{u.port or ''}/{u.database or ''}"

    def close(self) -> None:
        """Release database connections."""
        self.db.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, _type: object, exc: object, _tb: object) -> None:
        try:
            if isinstance(exc, PermissionDenied) and not exc.logged:
                # Refused by the database itself (grants, row-level security): log it too.
                exc.logged = True
                # Not even a moderator: the database refuses that entry as well.
                with suppress(ModeratorError):
                    self.moderators.log_refusal(None, str(exc))
        finally:
            self.close()

    def set_rules(self, flagger: Flagger, lookup: RuleLookup) -> None:
        """Make a rule set active for ingest, scoring and actions."""
        self.flagger = flagger
        self.actions.rules = lookup
        self.audit.rule_title = lambda rule_id: (ref.title if (ref := lookup(rule_id))
                                                 else None)

    def set_capabilities(self, check: CapabilityCheck) -> None:
        """Install the per-platform capability check for actions."""
        self.actions.capabilities = check

    def _install_capabilities(self) -> None:
        from moderator.platforms import capability_check  # imports every connector

        self.set_capabilities(capability_check)
