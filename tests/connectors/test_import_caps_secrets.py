from __future__ import annotations

import json
import zipfile
from typing import TYPE_CHECKING

import pytest

from moderator.action_policy import POLICIES
from moderator.capabilities import Refusal
from moderator.connectors.file_import import ColumnMapping, import_file, preview
from moderator.errors import UnavailableError
from moderator.items import ActionKind, ItemKind, Platform
from moderator.platforms import capability_check
from moderator.secrets import KeyringStore, MemoryStore

if TYPE_CHECKING:
    from pathlib import Path


def test_capability_table() -> None:
    on_linkedin = {k for k, p in POLICIES.items() if p.call is not None
                   and capability_check(Platform.LINKEDIN, ItemKind.COMMENT, k) is None}
    assert on_linkedin == {ActionKind.REPLY, ActionKind.WARN}
    assert capability_check(Platform.YOUTUBE, ItemKind.COMMENT, ActionKind.REMOVE) is None
    assert capability_check(Platform.X, ItemKind.REPLY, ActionKind.REMOVE) is Refusal.PLATFORM
    assert capability_check(Platform.FACEBOOK, ItemKind.DM, ActionKind.HIDE) is \
        Refusal.PLATFORM_KIND
    assert capability_check(Platform.TIKTOK, ItemKind.DM, ActionKind.DM_REPLY) is \
        Refusal.PLATFORM


def test_generic_csv_skips_bad_rows_with_line_numbers(tmp_path: Path) -> None:
    f = tmp_path / "in.csv"
    f.write_text("id,bericht,naam,tijd\n1,Goed idee,Ans,2026-11-20T10:00:00+01:00\n"
                 "2,,Bob,2026-11-20T10:01:00\n3,Waarom?,Cor,gisteren\n", encoding="utf-8")
    mapping = ColumnMapping(external_id="id", text="bericht", author_name="naam", created_at="tijd")
    result = import_file(f, platform=Platform.FACEBOOK, account="P1", mapping=mapping)
    assert [i.text for i in result.items] == ["Goed idee"]
    assert [e.line for e in result.errors] == [3, 4]
    assert preview(f, mapping, platform=Platform.FACEBOOK, limit=1).items[0].author_name == "Ans"


def test_meta_export_zip_fixes_mojibake(tmp_path: Path) -> None:
    doc = {"participants": [{"name": "Alex"}], "thread_path": "inbox/alex_1",
           "messages": [{"sender_name": "Alex", "timestamp_ms": 1763716000000,
                         "content": "caf\u00c3\u00a9 open?"},
                        {"sender_name": "Alex", "timestamp_ms": "bad", "content": "x"}]}
    z = tmp_path / "facebook.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("messages/inbox/alex_1/message_1.json", json.dumps(doc))
    result = import_file(z, account="P1")
    assert result.format == "facebook"
    assert [i.text for i in result.items] == ["café open?"]
    assert len(result.errors) == 1 and result.errors[0].line == 2


def test_x_archive_and_takeout(tmp_path: Path) -> None:
    js = tmp_path / "direct-messages.js"
    js.write_text('window.YTD.direct_messages.part0 = [{"dmConversation": {"conversationId": '
                  '"1-2", "messages": [{"messageCreate": {"id": "9", "senderId": "2", '
                  '"text": "Hallo", "createdAt": "2026-11-20T12:00:00.000Z"}}]}}]')
    assert [i.external_id for i in import_file(js).items] == ["9"]
    csvf = tmp_path / "comments.csv"
    csvf.write_text('Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,'
                    'Video ID,Comment Text\nUgx1,UC1,2026-11-20T10:00:00.000+00:00,0,,vid,'
                    '"{""takeoutSegments"":[{""text"":""Bedankt!""}]}"\n', encoding="utf-8")
    assert [i.text for i in import_file(csvf).items] == ["Bedankt!"]


def test_keyring_without_backend_is_unavailable_not_plaintext() -> None:
    import keyring
    from keyring.backends import fail

    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(UnavailableError, match="Secret Service"):
            KeyringStore().set("account:1", "secret")
    finally:
        keyring.set_keyring(old)
    store = MemoryStore()
    store.set("account:1", "t")
    assert store.get("account:1") == "t"
    store.delete("account:1")
    assert store.get("account:1") is None
