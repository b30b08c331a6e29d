"""Participation content for the demo workspace.

The two polls, topics per project, and input in the register, some with feedback given.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from moderator.errors import UsageError
from moderator.participation.votes import parse_options
from moderator.query import QueueQuery

if TYPE_CHECKING:
    from moderator.items import ModeratorInfo
    from moderator.workspace import Workspace

# (words in the post's title, options, closing time)
POLLS = (
    ("PEILING", ("A=🌳,bomen", "B=⛲,water", "C=🎪,markt"),
     datetime(2026, 11, 22, 12, 0, tzinfo=UTC)),
    ("Stem mee! Hoe moeten de geluidsschermen", ("🌿=begroeid,groen", "🪟=glas", "🪵=hout"),
     datetime(2026, 11, 26, 22, 59, tzinfo=UTC)),
)
# project -> topic -> words that mark an item as input on it
TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "Verbreding A27 Lexmond": {
        "Geluidsschermen": ("geluidswal", "geluidsscherm", "scherm"),
        "Bereikbaarheid en omleiding": ("omleiding", "afrit", "file"),
        "Informatieavond": ("informatieavond", "lekzaal", "avond"),
        "Natuur en bomen": ("bomen", "natuur", "wandelpad"),
    },
    "Gemeente Zuiderveen \u2013 Marktplein en dienstverlening": {
        "Marktplein": ("marktplein", "markt", "plein"),
        "Afval": ("afval", "container"),
        "Verkeer en parkeren": ("parkeren", "verkeer", "fiets"),
    },
    "Windpark De Kromme Akkers": {
        "Geluid en slagschaduw": ("geluid", "slagschaduw"),
        "Opbrengst voor de omgeving": ("opbrengst", "fonds", "participatie"),
    },
    "Dijkversterking Lekoever": {
        "Bereikbaarheid dijk": ("dijk", "weg", "afsluiting"),
        "Natuur": ("natuur", "bomen"),
    },
}
FEEDBACK = ("Meegenomen in het ontwerp; besproken in de projectgroep.",
            "Beantwoord op de bewonersavond; zie het verslag.",
            "Doorgegeven aan de aannemer; de planning is aangepast.")


def add_participation(ws: Workspace, lead: ModeratorInfo) -> int:
    """Define the demo polls and fill the register; returns the register entries made."""
    for words, options, closes in POLLS:
        item = ws.polls.item_on_post(words)
        if item is not None:
            ws.polls.define(lead, item, parse_options(options), closes)
    made = 0
    for project, topics in TOPICS.items():
        for topic in topics:
            ws.register.add_topic(project, topic)
        for topic, keywords in topics.items():
            for keyword in keywords:
                found = ws.queue.page(QueueQuery(all_statuses=True, text=keyword), limit=6).items
                for hit in found[:3]:
                    made += _mark(ws, lead, hit.id, topic, made)
    return made


def _mark(ws: Workspace, lead: ModeratorInfo, item_id: int, topic: str, n: int) -> int:
    try:
        ws.register.mark(lead, item_id, [topic])
    except UsageError:  # an item of another project: its topics differ
        return 0
    if n % 3 != 2:
        ws.register.feedback(lead, item_id, FEEDBACK[n % len(FEEDBACK)],
                             date(2026, 11, 28 + n % 3), "https://www.example.org/terugkoppeling")
    return 1
