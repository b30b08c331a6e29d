"""Child process for the kill -9 test: sync one Facebook account into a workspace."""

from __future__ import annotations

import os
import sys

from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.http import HttpOptions
from moderator.sync import SyncService
from moderator.workspace import Workspace


def main() -> None:
    ws = Workspace.open(workspace=sys.argv[1])
    token = os.environ["FAKE_TOKEN"]
    accounts = ws.accounts.list()
    service = SyncService(ws.ingest, ws.cursors, lambda a: FacebookConnector(
        a, token, HttpOptions(timeout=5), page_size=int(sys.argv[2])))
    print("START", flush=True)
    for result in service.run(accounts, full=len(sys.argv) > 3):
        print("DONE", result, flush=True)


if __name__ == "__main__":
    main()
