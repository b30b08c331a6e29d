from __future__ import annotations

import io

from moderator.storage.migrate import HEAD, current_revision, head_revision
from moderator.workspace import Workspace


def test_head_constant_matches_alembic() -> None:
    assert head_revision() == HEAD


def test_new_workspace_is_at_head_and_alembic_check_is_clean(any_ws: Workspace) -> None:
    from alembic import command
    from alembic.config import Config

    assert current_revision(any_ws.db.engine) == HEAD
    with any_ws.db.engine.begin() as conn:
        cfg = Config(stdout=io.StringIO())  # not the (closed) stream of an earlier test
        cfg.set_main_option("script_location", "moderator/storage/migrations")
        cfg.attributes["connection"] = conn
        command.check(cfg)  # the ORM tables and the migrations agree, on both databases
