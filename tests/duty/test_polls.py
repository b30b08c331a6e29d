"""Poll counting: reading votes, and a 1,000-vote poll on three platforms with the exact tally."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from moderator import localtime
from moderator.errors import UsageError
from moderator.items import IncomingItem, ItemKind, Platform
from moderator.participation.votes import VoteReader, parse_options
from moderator.query import QueueQuery
from tests.helpers.cli import run_cli
from tests.helpers.workspaces import T0

if TYPE_CHECKING:
    from pathlib import Path

    from moderator.workspace import Workspace

OPTIONS = parse_options(["A=🌳,bomen", "B=⛲", "C", "D"])
ACCOUNTS = {Platform.FACEBOOK: "fbpage", Platform.INSTAGRAM: "igacc", Platform.X: "xacc"}
CLOSES = T0 + timedelta(days=2)
# Ways people write a vote for option KEY ({k} lower case, {K} upper case).
FORMS = ("{K}", "{k}!", "Ik kies {K}", "optie {k}", "Stem {K}, zeker weten",
         "{K}, want dat is beter", "ik ga voor {k}")


@pytest.mark.parametrize(("text", "want"), [
    ("A", "A"), ("b!!", "B"), ("C, de markt hoort op het plein", "C"), ("Stem a. Graag", "A"),
    ("🌳", "A"), ("⛲️⛲️", "B"), ("ik kies voor d", "D"), ("A of B?", ("A", "B")),
    ("Wat een mooi plan", None), ("Aan de ene kant wel", None), ("", None),
    ("B, want er staan al genoeg 🌳", "B"), ("bomen!", "A"),
])
def test_reading_votes(text: str, want: object) -> None:
    assert VoteReader(OPTIONS).read(text) == want


def test_thumbs_with_skin_tone() -> None:
    reader = VoteReader(parse_options(["👍", "👎"]))
    assert reader.read("👍🏽") == "👍"
    assert reader.read("👎 nee hoor") == "👎"
    assert reader.read("👍👎") == ("👍", "👎")


def test_bad_options_are_refused() -> None:
    with pytest.raises(UsageError):
        parse_options(["A"])
    with pytest.raises(UsageError):
        parse_options(["A", "a"])


def _item(n: int, platform: Platform, author: str, name: str, text: str,  # noqa: PLR0917
          minutes: float, kind: ItemKind = ItemKind.COMMENT) -> IncomingItem:
    account = ACCOUNTS[platform]
    return IncomingItem(
        platform=platform, account_external_id=account, external_id=f"v{n}", kind=kind,
        text=text, author_name=name, author_external_id=author,
        created_at=T0 + timedelta(minutes=minutes), thread_external_id=f"poll-{account}",
        thread_title="Peiling: wat komt er op het plein? Stem A, B, C of D")


def _generate() -> tuple[list[IncomingItem], dict[str, str], int]:
    """1,000 comments and the truth: each counted author's final choice, and late votes."""
    items: list[IncomingItem] = []
    final: dict[str, str] = {}  # (platform:author) -> option
    plats = list(ACCOUNTS)
    keys = [o.key for o in OPTIONS]
    clock = 0.0

    def add(author: int, choice: str | None, text: str, *, late: bool = False) -> None:
        nonlocal clock
        clock += 1.3
        platform = plats[author % 3]
        # authors 0..24 (facebook) and 25..49 share names pairwise with another platform
        name = f"Burger {author % 25}" if author < 50 else f"Burger {author}"
        minutes = clock if not late else 2 * 24 * 60 + clock
        items.append(_item(len(items), platform, f"u{author}", name, text, minutes))
        if choice is not None and not late:
            final[f"{platform.value}:u{author}"] = choice

    def vote(author: int, choice: str, n: int, *, late: bool = False) -> None:
        form = FORMS[n % len(FORMS)]
        add(author, choice, form.format(K=choice, k=choice.lower()), late=late)

    for a in range(600):  # everyone votes once
        vote(a, keys[(a + a // 4) % 4], a)
    for a in range(0, 600, 4):  # 150 change their vote
        vote(a, keys[(a + a // 4 + 1) % 4], a + 1)
    for a in range(1, 400, 4):  # 100 vote again for the same option
        vote(a, keys[(a + a // 4) % 4], a + 2)
    for n in range(30):  # 30 comments that are no vote
        add(n, None, "Wat een goed plan, dank jullie wel")
    for n in range(20):  # 20 that name two options
        add(n + 100, None, "A of B, ik twijfel nog")
    for a in range(2, 602, 10):  # 60 late changes: ignored, the earlier vote stands
        vote(a, keys[(a + a // 4 + 2) % 4], a, late=True)
    for a in range(600, 640):  # 40 late newcomers: not counted at all
        vote(a, "A", a, late=True)
    assert len(items) == 1000
    late = 60 + 40
    # The organisation's own reply on the Facebook post never counts.
    own = _item(5000, Platform.FACEBOOK, "fbpage", "Gemeente", "A is ook onze favoriet!", 5.0,
                ItemKind.REPLY)
    return [*items, own], final, late


@pytest.fixture
def poll_ws(any_ws: Workspace) -> tuple[Workspace, dict[str, str], int, int]:
    items, final, late = _generate()
    for platform, account in ACCOUNTS.items():
        any_ws.accounts.add(platform, account, account, "Plein")
    any_ws.ingest.upsert(items)
    firsts = {}
    for i in any_ws.queue.page(QueueQuery(all_statuses=True), limit=2000).items:
        firsts.setdefault(i.platform, i.id)
    me = any_ws.moderators.current("Fatima")
    anchor = firsts[Platform.FACEBOOK]
    also = [firsts[Platform.INSTAGRAM], firsts[Platform.X]]
    any_ws.polls.define(me, anchor, OPTIONS, CLOSES, also)
    return any_ws, final, late, anchor


def test_thousand_votes_exact_tally(poll_ws: tuple[Workspace, dict[str, str], int, int]) -> None:
    ws, final, late, anchor = poll_ws
    result = ws.polls.result(anchor)
    t = result.tally
    want = {k: sum(1 for v in final.values() if v == k) for k in ("A", "B", "C", "D")}
    assert t.counts == want == {"A": 149, "B": 150, "C": 151, "D": 150}
    assert sum(want.values()) == t.voters == 600
    assert t.comments == 1000 and t.late == late and t.unclear == 20 and t.not_votes == 30
    assert t.votes_read == 600 + 150 + 100
    assert t.changed == 150
    assert len(t.repeat_voters) == 150 + 100 - len(set(range(0, 600, 4)) & set(range(1, 400, 4)))
    assert t.per_platform == {"facebook": 200, "instagram": 200, "x": 200}
    # "Burger 0".."Burger 24" voted on two platforms: listed, each still counted once per key
    assert len(t.cross_platform) == 25
    assert all(len(c.platforms) == 2 and len(c.author_keys) == 2 for c in t.cross_platform)
    # A comment on any of the three posts finds the same poll
    other = ws.queue.page(QueueQuery(all_statuses=True, platforms=frozenset({Platform.X})),
                          limit=1).items[0]
    assert ws.polls.result(other.id).tally.counts == want


def test_export_writes_the_counting_method(poll_ws: tuple[Workspace, dict[str, str], int, int],
                                           tmp_path: Path) -> None:
    ws, final, _late, anchor = poll_ws
    out = tmp_path / "peiling.csv"
    ws.polls.export(anchor, out, "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[:3] == ["poll", "option", "votes"]
    assert "de laatste vóór de sluitingstijd" in lines[1] and len(lines) == 5
    assert int(lines[1].split(";")[2]) == sum(1 for v in final.values() if v == "A")


def test_cli_define_and_tally_json(tmp_path: Path) -> None:
    w = str(tmp_path / "w")
    from moderator.workspace import Workspace

    with Workspace.open(workspace=w) as ws:
        ws.ingest.upsert([_item(n, Platform.FACEBOOK, f"u{n % 3}", f"P{n % 3}", t, n)
                          for n, t in enumerate(["A", "b", "👍", "C", "a"])])
        first = ws.queue.page(QueueQuery(all_statuses=True)).items[0].id
    r = run_cli("poll", "define", str(first), "--options", "A", "B", "C",
                "--closes", (T0 + timedelta(minutes=3, seconds=30)).isoformat(), "--workspace", w)
    assert r.returncode == 0, r.stderr
    r = run_cli("poll", "tally", str(first), "--json", "--workspace", w)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    # u0: A then C (changed); u1: B, then a late "a" (ignored); u2: "👍" is no vote
    assert {o["key"]: o["votes"] for o in data["options"]} == {"A": 0, "B": 1, "C": 1}
    assert data["unique_voters"] == 2 and data["late_votes_ignored"] == 1
    assert data["changed_votes"] == 1 and "laatste" in data["method"]
    closes = T0 + timedelta(minutes=3, seconds=30)  # the method names it as people read it
    assert f"{localtime.dutch_moment(closes)} tellen niet mee" in data["method"]
    assert closes.isoformat() not in data["method"]


def test_a_moment_reads_as_dutch_local_time_with_utc_beside_it() -> None:
    winter, summer = datetime(2026, 12, 31, 23, 30, tzinfo=UTC), datetime(2026, 7, 1, 8, 5,
                                                                           tzinfo=UTC)
    assert localtime.dutch_moment(winter) == \
        "1 januari 2027 om 00:30 (Nederlandse tijd; 2026-12-31 23:30 UTC)"
    assert localtime.dutch_moment(summer) == \
        "1 juli 2026 om 10:05 (Nederlandse tijd; 2026-07-01 08:05 UTC)"
