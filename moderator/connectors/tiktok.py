"""TikTok business account connector: comments on own videos; reply, hide/unhide.

Reference section 6 (◐: paths from the sns-sdks/python-tiktok SDK). The token goes in the
``Access-Token`` header; errors come back as HTTP 200 with ``code != 0`` in the body.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from moderator.connectors import parse
from moderator.connectors.base import (
    ActionNotAllowed,
    ActionRequest,
    AuthExpired,
    ConnectorError,
    Listing,
    NotFound,
    Page,
    PermissionMissing,
    RateLimited,
    ThreadContext,
)
from moderator.connectors.checkpoint import Checkpoint
from moderator.connectors.http import ApiClient, HttpOptions, retry_after_seconds
from moderator.items import AccountInfo, ActionKind, IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    from collections.abc import Iterator

    import httpx

    from moderator.connectors.http import TokenSource

DEFAULT_BASE = "https://business-api.tiktok.com/open_api/v1.3"
MAX_REPLY = 150
# Business API codes (⚠ unverified against TikTok's own portal; see reference 6.3).
_AUTH = {40102, 40104, 40105}
_THROTTLE = {40100, 40133, 50002}
_PERMISSION = {40001, 40003}


def classify(status: int, body: Any, headers: httpx.Headers) -> ConnectorError | None:  # noqa: PLR0911
    """Map ``{"code": N, "message": ...}`` bodies (HTTP 200 included) and a bare 429."""
    if status == 429:
        return RateLimited("TikTok 429: rate limited", retry_after_seconds(headers, 60.0))
    if not isinstance(body, dict) or body.get("code", 0) == 0:
        return None
    code = body.get("code")
    message = f"TikTok error {code}: {body.get('message', '')}"
    if code in _AUTH:
        return AuthExpired(message + " (refresh the token)")
    if code in _THROTTLE:
        return RateLimited(message, retry_after_seconds(headers, 60.0))
    if code in _PERMISSION:
        return PermissionMissing(message)
    if "not exist" in message.lower() or "not found" in message.lower():
        return NotFound(message)
    return ActionNotAllowed(message)


class TikTokConnector:
    """One TikTok business account (``business_id`` = the account's open_id)."""

    platform = Platform.TIKTOK

    def __init__(self, account: AccountInfo, token: str | TokenSource,
                 options: HttpOptions | None = None) -> None:
        self._biz = account.external_id
        self._api = ApiClient(f"tiktok/{account.name}", account.api_base or DEFAULT_BASE, token,
                              auth_header="Access-Token", auth_prefix="", classify=classify,
                              options=options)

    def close(self) -> None:
        """Release the connection pool."""
        self._api.close()

    def _data(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        return parse.obj(parse.obj(self._api.get(path, params), path).get("data"), f"{path} data")

    def whoami(self) -> str:
        """Return the account's display name."""
        data = self._data("business/get/", {"business_id": self._biz,
                                            "fields": json.dumps(["display_name"])})
        return parse.text(data, "display_name", "business")

    def _cursor_pages(self, path: str, params: dict[str, Any],
                      key: str) -> Iterator[tuple[list[dict[str, Any]], bool]]:
        cursor: Any = 0
        while True:
            data = self._data(path, {**params, "cursor": cursor})
            rows = parse.items(data, key, path)
            more = data.get("has_more") is True
            yield rows, not more
            if not more:
                return
            cursor = data.get("cursor")

    def fetch(self, cursor: str | None) -> Iterator[Page]:
        """Yield comment pages (public and hidden, with replies) per own video."""
        cp = Checkpoint.load(cursor)
        cp.begin()
        fields = json.dumps(["item_id", "caption", "share_url", "create_time"])
        for videos, _last in self._cursor_pages("business/video/list/", {
                "business_id": self._biz, "fields": fields, "max_count": 20}, "videos"):
            for video in videos:
                vid = parse.text(video, "item_id", "video")
                if vid not in cp.done:
                    yield from self._comments(vid, video, cp)
        yield cp.finish()

    def _comments(self, vid: str, video: dict[str, Any], cp: Checkpoint) -> Iterator[Page]:
        title = parse.text(video, "caption", "video", required=False)[:80] or vid
        url = parse.text(video, "share_url", "video", required=False)
        base = {"business_id": self._biz, "video_id": vid, "status": "ALL", "max_count": 30,
                "sort_field": "create_time", "sort_order": "desc"}
        seen: set[str] = set()  # status=ALL lists public and hidden: a full listing
        for rows, last in self._cursor_pages("business/comment/list/", base, "comments"):
            found: list[IncomingItem] = []
            for c in rows:
                top = self._item(c, vid, title, url, None)
                found.append(top)
                if isinstance(c.get("replies"), int) and c["replies"] > 0:
                    for replies, _l in self._cursor_pages("business/comment/reply/list/", {
                            **base, "comment_id": top.external_id}, "comments"):
                        found += [self._item(r, vid, title, url, top.external_id) for r in replies]
            seen.update(f.external_id for f in found)
            yield cp.page([f for f in found if cp.is_new(f.created_at)],
                          finished=vid if last else None,
                          complete=[Listing(vid, frozenset(seen))] if last else ())

    def _item(self, c: dict[str, Any], vid: str, title: str, url: str,
              parent: str | None) -> IncomingItem:
        where = "tiktok comment"
        return IncomingItem(
            platform=self.platform, account_external_id=self._biz,
            external_id=parse.text(c, "comment_id", where),
            kind=ItemKind.REPLY if parent else ItemKind.COMMENT,
            text=parse.text(c, "text", where, required=False),
            author_name=parse.text(c, "username", where, required=False),
            author_external_id=parse.text(c, "unique_identifier", where, required=False),
            created_at=parse.when(c, "create_time", where, unit="s"), thread_external_id=vid,
            thread_title=title, thread_url=url, parent_external_id=parent,
            hidden_on_platform=parse.text(c, "status", where, required=False) == "HIDDEN")

    def thread(self, thread_external_id: str) -> ThreadContext:
        """Video context is only available from the list; return the id."""
        return ThreadContext(thread_external_id, thread_external_id)

    def perform(self, action: ActionRequest) -> str:
        """Hide/unhide or reply (≤150 characters)."""
        base = {"business_id": self._biz, "video_id": action.thread_external_id,
                "comment_id": action.item_external_id}
        if action.kind in (ActionKind.HIDE, ActionKind.UNHIDE):
            verb = "HIDE" if action.kind is ActionKind.HIDE else "UNHIDE"
            self._api.request("POST", "business/comment/hide/", json_body={**base, "action": verb})
            return verb.lower()
        if action.kind in (ActionKind.REPLY, ActionKind.WARN):
            if len(action.text) > MAX_REPLY:
                raise ActionNotAllowed(f"tiktok: replies are limited to {MAX_REPLY} characters")
            body = self._api.request("POST", "business/comment/reply/create/",
                                     json_body={**base, "text": action.text})
            data = parse.obj(parse.obj(body, "reply").get("data"), "reply data")
            return parse.text(data, "comment_id", "reply")
        raise ActionNotAllowed(f"tiktok: {action.kind} is not possible; hide or reply instead")

    def check(self, action: ActionRequest) -> str | None:
        """Look the comment (or our reply) up again before re-sending."""
        base = {"business_id": self._biz, "video_id": action.thread_external_id, "status": "ALL"}
        if action.kind in (ActionKind.HIDE, ActionKind.UNHIDE):
            data = self._data("business/comment/list/", {
                **base, "comment_ids": json.dumps([action.item_external_id])})
            rows = parse.items(data, "comments", "comment")
            want = "HIDDEN" if action.kind is ActionKind.HIDE else "PUBLIC"
            return want.lower() if rows and rows[0].get("status") == want else None
        if action.kind in (ActionKind.REPLY, ActionKind.WARN):
            for rows, _last in self._cursor_pages("business/comment/reply/list/", {
                    **base, "comment_id": action.item_external_id}, "comments"):
                for r in rows:
                    if r.get("owner") is True and r.get("text") == action.text:
                        return str(r.get("comment_id"))
        return None
