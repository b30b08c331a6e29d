"""Search finds the start of words: "windmolen" finds "windmolens" (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from moderator.query import QueueQuery
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from moderator.workspace import Workspace

TEXTS = ["Wanneer komen de windmolens?", "Dijkversterking Lekoever duurt te lang",
         "Geen woord over de dijk", "It's a windy day", "prijs: 100% 'echt' \"zo\""]


@pytest.fixture
def ws(any_ws: Workspace) -> Workspace:
    any_ws.ingest.upsert([make_item(n, text=t) for n, t in enumerate(TEXTS, 1)])
    return any_ws


def _found(ws: Workspace, words: str) -> list[str]:
    q = QueueQuery(text=words)
    found = sorted(i.text for i in ws.queue.page(q).items)
    assert ws.queue.count(q) == len(found)
    return found


@pytest.mark.parametrize(("words", "texts"), [
    ("windmolen", [TEXTS[0]]),
    ("dijkversterking", [TEXTS[1]]),
    ("dijkversterking lekoever", [TEXTS[1]]),
    ("DIJK", sorted(TEXTS[1:3])),
    ("wind", sorted([TEXTS[0], TEXTS[3]])),
    ("lekoever dijkverst", [TEXTS[1]]),
    ("molens", []),  # the start of a word, not any part of it
])
def test_words_match_as_prefixes(ws: Workspace, words: str, texts: list[str]) -> None:
    assert _found(ws, words) == texts


@pytest.mark.parametrize("words", ["'", '"', "?!", "100%", "echt'", "a' OR 1=1 --", "*", ":*",
                                   "NEAR(dijk wind)", "dijk & !wind", "(", "\\"])
def test_query_syntax_in_the_search_is_only_text(ws: Workspace, words: str) -> None:
    _found(ws, words)  # no syntax error, whatever it finds
