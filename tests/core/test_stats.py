"""Statistics queries, checked against a hand count on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.actions import ActionRequest, RuleRef
from moderator.items import ActionKind, Evidence, FlagInfo, ItemId, Platform, Role
from moderator.query import QueueQuery
from moderator.stats import StatsPeriod, StatsService, median_delay
from moderator.workspace import Workspace
from tests.helpers.workspaces import T0, make_item

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path

    from moderator.flagging import FlagSubject


class Clock:
    def __init__(self) -> None:
        self.now = T0 + timedelta(days=3)

    def __call__(self) -> datetime:
        return self.now


def flagger(subjects: Sequence[FlagSubject]) -> list[list[FlagInfo]]:
    out = []
    for s in subjects:
        flags = []
        if "boos" in s.text:
            flags.append(FlagInfo("R1", "4", "high", "hide", (Evidence(0, 4),)))
        if "bel" in s.text:
            flags.append(FlagInfo("R2", "4", "medium", "hide", (Evidence(0, 3),)))
        out.append(flags)
    return out


def lookup(rule_id: str) -> RuleRef | None:
    return RuleRef(rule_id, "4", "titel", "tekst") if rule_id in ("R1", "R2") else None


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def clocked(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Workspace, Clock]]:
    clock = Clock()
    if request.param == "sqlite":
        ws = Workspace.open(workspace=tmp_path / "ws", clock=clock)
    else:
        ws = Workspace.open(database=request.getfixturevalue("pg_url"), clock=clock)
    ws.set_rules(flagger, lookup)
    yield ws, clock
    ws.close()


def _ids(ws: Workspace) -> dict[str, ItemId]:
    return {i.text: i.id for i in ws.queue.page(QueueQuery(all_statuses=True), limit=100).items}


def fill(ws: Workspace, clock: Clock) -> dict[str, ItemId]:
    ws.ingest.upsert([
        make_item(1, text="boos 1", minutes=0),
        make_item(2, text="gewoon 2", minutes=1),
        make_item(3, text="boos en bel 3", minutes=2),
        make_item(4, text="gewoon 4", minutes=3),
        make_item(5, text="bel 5", minutes=24 * 60 + 5, account="ig1",
                  platform=Platform.INSTAGRAM),
        make_item(6, text="gewoon 6", minutes=24 * 60 + 6, account="ig1",
                  platform=Platform.INSTAGRAM),
        make_item(7, text="boos oud", minutes=-10 * 24 * 60),  # before the period
    ])
    ids = _ids(ws)
    lead = ws.moderators.current("Fatima")
    sanne = ws.moderators.add(lead, "Sanne", Role.COMMUNITY_MANAGER)

    def act(who: object, minutes: int, req: ActionRequest) -> None:
        clock.now = T0 + timedelta(minutes=minutes)
        ws.actions.perform(who, req)  # type: ignore[arg-type]

    act(sanne, 30, ActionRequest(ActionKind.REPLY, ids["boos 1"], text="dank"))
    act(sanne, 45, ActionRequest(ActionKind.NOTE, ids["boos 1"], text="let op"))
    act(lead, 10, ActionRequest(ActionKind.NOTE, ids["boos en bel 3"], text="kijk"))
    act(lead, 60, ActionRequest(ActionKind.WARN, ids["boos en bel 3"], rule_id="R1",
                                text="spelregel"))
    act(sanne, 121, ActionRequest(ActionKind.HANDLE, ids["gewoon 2"]))
    clock.now = T0 + timedelta(days=3)
    return ids


PERIOD = StatsPeriod(T0 - timedelta(days=1), T0 + timedelta(days=2))


def test_overview_matches_hand_count(clocked: tuple[Workspace, Clock]) -> None:
    ws, clock = clocked
    fill(ws, clock)
    o = StatsService(ws.db, ws.clock).overview(PERIOD)
    assert [(d.day, d.platform, d.count) for d in o.per_day] == [
        (date(2026, 11, 20), "facebook", 4), (date(2026, 11, 21), "instagram", 2)]
    assert (o.total_items, o.flagged_items) == (6, 3)
    assert o.share_flagged == pytest.approx(0.5)
    assert {(a.moderator, a.kind, a.count) for a in o.actions} == {
        ("Fatima", "note", 1), ("Fatima", "warn", 1),
        ("Sanne", "reply", 1), ("Sanne", "note", 1), ("Sanne", "handle", 1)}
    assert o.actions_by_moderator() == {"Fatima": 2, "Sanne": 3}
    # first responses: 30 min (item 1), 120 min (item 2, created a minute in), 58 min (item 3)
    assert o.answered_items == 3
    assert o.median_first_response == timedelta(minutes=58)
    assert [(r.rule_id, r.count) for r in o.top_rules] == [("R1", 2), ("R2", 2)]


def test_accounts_limit_every_figure(clocked: tuple[Workspace, Clock]) -> None:
    ws, clock = clocked
    fill(ws, clock)
    ig = {a.id for a in ws.accounts.list() if a.platform == Platform.INSTAGRAM}
    p = StatsPeriod(PERIOD.since, PERIOD.until, frozenset(ig))
    o = StatsService(ws.db, ws.clock).overview(p)
    assert (o.total_items, o.flagged_items, o.answered_items) == (2, 1, 0)
    assert o.actions == ()
    assert o.median_first_response is None
    assert [(r.rule_id, r.count) for r in o.top_rules] == [("R2", 1)]


def test_rule_hits_cover_the_last_days(clocked: tuple[Workspace, Clock]) -> None:
    ws, clock = clocked
    fill(ws, clock)
    svc = StatsService(ws.db, ws.clock)
    assert svc.rule_hits(days=7) == {"R1": 2, "R2": 2}
    assert svc.rule_hits(days=30) == {"R1": 3, "R2": 2}


def test_calibration_counts_thresholds_and_boundary(clocked: tuple[Workspace, Clock]) -> None:
    ws, clock = clocked
    ids = fill(ws, clock)
    values = dict(zip(["boos 1", "gewoon 2", "boos en bel 3", "gewoon 4", "bel 5", "gewoon 6"],
                      [0.9, 0.1, 0.62, 0.35, 0.55, 0.05], strict=True))
    ws.scores.store("m", "v1", [(ids[t], {"toxicity": v, "threat": 0.0})
                                for t, v in values.items()])
    svc = StatsService(ws.db, ws.clock)
    cal = svc.calibration("toxicity", limit=4, threshold=0.5, thresholds=(0.3, 0.5, 0.8))
    # the 4 newest scored items: gewoon 6, bel 5 (instagram, day 2), gewoon 4, boos en bel 3
    assert cal.sampled == 4
    assert [(r.threshold, r.flagged) for r in cal.rows] == [(0.3, 3), (0.5, 2), (0.8, 0)]
    assert [e.score for e in cal.just_above] == [0.55, 0.62]
    assert [e.text for e in cal.just_below] == ["gewoon 4", "gewoon 6"]
    assert svc.score_categories() == ["threat", "toxicity"]


def test_audit_choices_list_distinct_values(clocked: tuple[Workspace, Clock]) -> None:
    ws, clock = clocked
    fill(ws, clock)
    mods, actions, rules = StatsService(ws.db, ws.clock).audit_choices()
    assert mods == ["Fatima", "Sanne"]
    assert actions == ["handle", "note", "reply", "role_change", "warn"]
    assert rules == ["R1"]


def test_median_delay_clamps_skew() -> None:
    t = T0
    assert median_delay([]) is None
    assert median_delay([(t, t - timedelta(seconds=5))]) == timedelta(0)
    assert median_delay([(t, t + timedelta(minutes=m)) for m in (1, 3, 10, 20)]) == \
        timedelta(minutes=6.5)
