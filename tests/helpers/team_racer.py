"""One racer of the concurrency test: a moderator's own login handling every item it can.

Run as ``python -m tests.helpers.team_racer URL SEED``; prints how many items it handled.
"""

from __future__ import annotations

import random
import sys

from moderator.actions import ActionRequest
from moderator.errors import TransitionError
from moderator.items import ActionKind, ItemId
from moderator.query import QueueQuery
from moderator.workspace import Workspace


def main(url: str, seed: int) -> int:
    """Handle the open items in a shuffled order; a lost race is a refusal, not an error."""
    with Workspace.open(database=url) as ws:
        me = ws.moderators.current()
        ids, after = [], None
        while True:
            page = ws.queue.page(QueueQuery(), after, 1000, viewer=me)
            ids += [i.id for i in page.items]
            if page.next_after is None:
                break
            after = page.next_after
        random.Random(seed).shuffle(ids)
        won = 0
        for item in ids:
            try:
                ws.actions.perform(me, ActionRequest(ActionKind.HANDLE, ItemId(item)))
                won += 1
            except TransitionError:
                pass  # another moderator handled it first
    print(won)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
