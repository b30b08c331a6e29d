"""What goes into a package, file by file, with what an archivist needs to describe it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator.archive.layout import AUDIT, safe
from moderator.archive.readme import README
from moderator.audit.chain import Head
from moderator.participation.transparency import rule_texts, statements, stored_rulesets
from moderator.storage.archive_repo import SENDING, ArchiveRepository
from moderator.storage.audit_repo import AuditRepository

if TYPE_CHECKING:
    from collections.abc import Iterable

    from moderator.workspace import Workspace

DECISIONS = ("hide", "unhide", "remove", "warn", "escalate", "handle", "reply", "dm_reply")


@dataclass(frozen=True, slots=True)
class Record:
    """One file of the package and its description."""

    name: str
    data: bytes
    title: str
    description: str
    personal: bool  # holds texts of citizens (a use restriction under the AVG)
    first: str = ""  # the period the file covers (ISO), when it has dated lines
    last: str = ""


@dataclass(frozen=True, slots=True)
class Collected:
    """Every record plus the log's facts for the manifest."""

    records: list[Record]
    audit_entries: int
    head: Head | None
    rulesets: int


def _jsonl(rows: Iterable[dict[str, Any]], key: str) -> tuple[bytes, str, str]:
    lines, first, last = [], "", ""
    for r in rows:
        lines.append(json.dumps(r, ensure_ascii=False, default=str))
        stamp = str(r.get(key) or "")
        first, last = first or stamp, stamp or last
    return ("\n".join(lines) + ("\n" if lines else "")).encode(), first, last


def collect(ws: Workspace) -> Collected:
    """Read everything the package holds from the workspace."""
    with ws.db.read() as s:
        entries, last = [], None
        for e in AuditRepository(s).entries():
            entries.append({**e._asdict(), "content": None})
            last = Head(e.seq, e.hash)
        repo = ArchiveRepository(s)
        decisions = list(repo.actions(DECISIONS))
        sent = [a for a in decisions if a["action"] in SENDING and a["text"]]
        own = list(repo.own_posts(ws.ingest.salt()))
        restricted = list(repo.restricted_items())
    sets = stored_rulesets(ws.db)
    texts = rule_texts(sets)
    for d in decisions:
        rt = texts.get((d["ruleset_version"] or "", d["rule_id"] or ""))
        d.update(rule_title=rt.title if rt else None, rule_text=rt.public_text if rt else None,
                 ruleset=rt.ruleset if rt else None)
        d.pop("moderator")  # the role is the decision's fact; names stay in the log
    records = [_record(AUDIT, entries, "at", "Moderatielogboek",
                       "Elke handeling als schakel in een hashketen; persoonlijke inhoud "
                       "weggelaten.", personal=False)]
    records += [Record(f"rulesets/{safe(n)}@{safe(v)}.yaml", c.encode(),
                       f"Spelregels {n} versie {v}", "De spelregels zoals vastgesteld.",
                       personal=False) for n, v, c in sets]
    records.append(_record("besluiten.jsonl", decisions, "at", "Besluiten",
                           "Elk moderatiebesluit met regel, regeltekst, versie en rol.",
                           personal=False))
    records.append(_record("verklaringen.jsonl", statements(ws.db), "at",
                           "Motiveringen (statements of reasons)",
                           "Een motivering voor elk verbergen en verwijderen.", personal=False))
    records.append(_record("eigen-berichten.jsonl", [
        {"at": a["at"], "source": "verzonden", "action": a["action"], "item_ref": a["item_ref"],
         "platform": a["platform"], "account": a["account"], "text": a["text"],
         "delivery": a["delivery"], "platform_ref": a["platform_ref"]} for a in sent] + [
        {**p, "source": "eigen account"} for p in own], "at",
        "Eigen berichten", "Antwoorden en waarschuwingen van de organisatie zoals verzonden.",
        personal=True))
    records.append(_record("verborgen-verwijderd.jsonl", restricted, "created_at",
                           "Verborgen en verwijderde reacties",
                           "Reacties die verborgen of verwijderd zijn, binnen de "
                           "bewaartermijn.", personal=True))
    records.append(_record("inbrengregister.jsonl",
                           [e.export_row(names=False) for e in ws.register.entries()],
                           "created_at", "Inbrengregister",
                           "Inbreng per project en onderwerp en de gegeven terugkoppeling.",
                           personal=True))
    polls = [ws.polls.result(p.item_id).as_json() for p in ws.polls.polls()]
    records.append(Record("peilingen.json", json.dumps(polls, ensure_ascii=False, indent=2)
                          .encode(), "Peilingen", "Uitslag en telmethode van elke peiling.",
                          personal=False))
    records.append(Record("README.txt", README.encode(), "Leesmij",
                          "Uitleg van de structuur en de controle.", personal=False))
    return Collected(records, len(entries), last, len(sets))


def _record(name: str, rows: list[dict[str, Any]], key: str, title: str, description: str,
            *, personal: bool) -> Record:
    data, first, last = _jsonl(rows, key)
    return Record(name, data, title, description, personal, first, last)
