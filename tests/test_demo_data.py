"""Checks on the demo workspace data in resources/demo/."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"
TEMPLATES = ROOT / "resources" / "templates"

KEYS = {
    "platform",
    "account_external_id",
    "external_id",
    "kind",
    "text",
    "author_name",
    "author_external_id",
    "created_at",
    "thread_external_id",
    "thread_title",
    "thread_url",
    "parent_external_id",
    "permalink",
    "hidden_on_platform",
    "deleted_on_platform",
}
PLATFORMS = {"facebook", "instagram", "youtube", "linkedin", "x", "tiktok"}
DM_PLATFORMS = {"facebook", "instagram", "x"}
END = datetime(2026, 11, 27, 18, 0, tzinfo=timezone(timedelta(hours=1)))
START = END - timedelta(days=14)


@pytest.fixture(scope="module")
def accounts() -> list[dict[str, Any]]:
    data = json.loads((DEMO / "accounts.json").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    out = []
    with (DEMO / "items.jsonl").open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - failure message
                pytest.fail(f"items.jsonl line {number} does not parse: {exc}")
    return out


def test_accounts_shape(accounts: list[dict[str, Any]]) -> None:
    assert len(accounts) >= 5
    for acc in accounts:
        assert set(acc) == {"platform", "external_id", "name", "project"}
        assert acc["platform"] in PLATFORMS
    keys = [(a["platform"], a["external_id"]) for a in accounts]
    assert len(keys) == len(set(keys))
    assert len({a["project"] for a in accounts}) >= 5


def test_items_keys_and_types(items: list[dict[str, Any]]) -> None:
    for it in items:
        assert set(it) == KEYS, it
        assert it["platform"] in PLATFORMS
        assert it["kind"] in {"comment", "reply", "dm"}
        for key in KEYS - {"parent_external_id", "hidden_on_platform", "deleted_on_platform"}:
            assert isinstance(it[key], str), (key, it)
            assert it[key], (key, it)
        assert isinstance(it["hidden_on_platform"], bool)
        assert it["deleted_on_platform"] is False
        assert it["thread_url"].startswith("https://www.example.org/")
        assert it["permalink"].startswith("https://www.example.org/")


def test_volume_and_spread(items: list[dict[str, Any]], accounts: list[dict[str, Any]]) -> None:
    assert len(items) >= 600
    assert len({it["platform"] for it in items}) >= 5
    per_account = Counter((it["platform"], it["account_external_id"]) for it in items)
    assert set(per_account) == {(a["platform"], a["external_id"]) for a in accounts}
    kinds = Counter(it["kind"] for it in items)
    assert kinds["comment"] and kinds["reply"] and kinds["dm"]


def test_external_ids_unique(items: list[dict[str, Any]]) -> None:
    keys = [(it["platform"], it["account_external_id"], it["external_id"]) for it in items]
    assert len(keys) == len(set(keys))


def test_times_in_window_with_offset(items: list[dict[str, Any]]) -> None:
    for it in items:
        t = datetime.fromisoformat(it["created_at"])
        assert t.utcoffset() is not None, it["created_at"]
        assert START <= t <= END, it["created_at"]


def test_replies_have_earlier_parent_in_same_thread(items: list[dict[str, Any]]) -> None:
    index = {(it["platform"], it["account_external_id"], it["external_id"]): it for it in items}
    for it in items:
        if it["kind"] != "reply":
            assert it["parent_external_id"] is None, it
            continue
        parent = index.get((it["platform"], it["account_external_id"], it["parent_external_id"]))
        assert parent is not None, it
        assert parent["kind"] == "comment"
        assert parent["thread_external_id"] == it["thread_external_id"]
        assert datetime.fromisoformat(parent["created_at"]) < datetime.fromisoformat(
            it["created_at"]
        )


def test_dms_only_where_platform_has_them(items: list[dict[str, Any]]) -> None:
    for it in items:
        if it["kind"] == "dm":
            assert it["platform"] in DM_PLATFORMS, it
            assert it["thread_title"] == f"Privébericht van {it['author_name']}"


def test_threads_consistent(items: list[dict[str, Any]]) -> None:
    threads: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for it in items:
        key = (it["platform"], it["account_external_id"], it["thread_external_id"])
        threads[key].add((it["thread_title"], it["thread_url"]))
    assert all(len(v) == 1 for v in threads.values())
    per_account = Counter(k[:2] for k in threads)
    assert all(n >= 3 for n in per_account.values()), per_account


def test_authors_stable(items: list[dict[str, Any]]) -> None:
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for it in items:
        names[it["platform"], it["author_external_id"]].add(it["author_name"])
    assert all(len(v) == 1 for v in names.values())


def test_scenarios_present(items: list[dict[str, Any]]) -> None:
    texts = [it["text"] for it in items]
    joined = "\n".join(texts)
    assert re.search(r"\b06-?\d{8}\b", joined), "someone's phone number"
    assert re.search(r"[\w.]+@example\.(nl|com)", joined), "an e-mail address"
    assert re.search(r"NL\d{2} ?[A-Z]{4}(?: ?\d){10}", joined), "an IBAN"
    assert "ik weet waar" in joined.lower(), "a threat"
    assert "bit.ly/" in joined or "tinyurl.com/" in joined, "spam with a short link"
    assert "<img src=" in joined and "<b>" in joined, "HTML shown literally"
    assert "\u202e" in joined, "right-to-left override"
    assert any(sum(0x300 <= ord(c) <= 0x36F for c in t) > 30 for t in texts), "zalgo"
    assert any(len(t) > 1200 for t in texts), "a very long text"
    assert any(t.isupper() and len(t) > 20 for t in texts), "shouting"
    # repeated identical posts by one author
    repeats = Counter((it["platform"], it["author_external_id"], it["text"]) for it in items)
    assert max(repeats.values()) >= 3
    # a letter poll in which someone changes their vote
    poll = [it for it in items if "Stem A" in it["thread_title"]]
    assert len(poll) >= 30
    voters = Counter(it["author_external_id"] for it in poll if it["kind"] == "comment")
    assert max(voters.values()) >= 2
    # no real domains for e-mail
    for address in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", joined):
        assert address.endswith(("@example.nl", "@example.com")), address


def test_generator_reproduces_committed_files() -> None:
    spec = importlib.util.spec_from_file_location("demo_generate", DEMO / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["demo_generate"] = module
    try:
        spec.loader.exec_module(module)
        accounts_text, items_text, _ = module.render()
    finally:
        del sys.modules["demo_generate"]
    assert accounts_text == (DEMO / "accounts.json").read_text(encoding="utf-8")
    assert items_text == (DEMO / "items.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_reply_templates(lang: str) -> None:
    from moderator.templates import FORMS, VARIABLES, problems, shipped

    templates = shipped(lang)
    ids = [t.id for t in templates]
    assert len(ids) == len(set(ids))
    for required in ("bedankt", "vraag-doorgezet", "waarschuwing-spelregel",
                     "verwijderd-spelregel", "koppel-terug", "dm-doorverwijzing"):
        assert required in ids
    for t in templates:
        assert set(t.texts) == set(FORMS) and set(t.shorts) == set(FORMS), t.id
        for text in (*t.texts.values(), *t.shorts.values()):
            assert problems(text) == [], (t.id, text)
        assert t.variables <= set(VARIABLES)
    by_id = {t.id: t for t in templates}
    assert "rule_url" in by_id["waarschuwing-spelregel"].variables
    assert "rule_title" in by_id["verwijderd-spelregel"].variables
