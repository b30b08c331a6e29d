"""LinkedIn organisation page connector: comments on the page's posts; reply (reference 4).

The Community Management API has no hide, ban or removal of members' comments, so the
only moderation action on others' comments is a reply as the organisation; the
organisation can delete its own comments. Every URN in a path or query is
URL-encoded (Rest.li 2.0). Paging is offset based (``start``/``count``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

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

DEFAULT_BASE = "https://api.linkedin.com/rest"
VERSION = "202511"


def _urn(value: str) -> str:
    return quote(value, safe="")


def classify(status: int, body: Any, headers: httpx.Headers) -> ConnectorError | None:
    """Map Rest.li errors; 429 waits until the daily reset (midnight UTC) unless told."""
    code = body.get("code", "") if isinstance(body, dict) else ""
    message = f"LinkedIn {status} {code}: " + (
        str(body.get("message", "")) if isinstance(body, dict) else "")
    if status == 429:
        tomorrow = (datetime.now(UTC) + timedelta(days=1)).date()
        until = datetime.combine(tomorrow, datetime.min.time(), UTC) - datetime.now(UTC)
        return RateLimited(message, retry_after_seconds(headers, until.total_seconds()))
    if status == 401:
        return AuthExpired(message + " (sign in again; tokens last 60 days)")
    if status == 403:
        return PermissionMissing(message)
    if status == 404:
        return NotFound(message)
    if status in (400, 422, 426) and isinstance(body, dict):
        return ActionNotAllowed(message)
    return None


class LinkedInConnector:
    """One LinkedIn organisation page (Community Management API)."""

    platform = Platform.LINKEDIN

    def __init__(self, account: AccountInfo, token: str | TokenSource,
                 options: HttpOptions | None = None,
                 *, page_size: int = 50, max_posts: int = 50) -> None:
        ext = account.external_id
        self._org = ext if ext.startswith("urn:") else f"urn:li:organization:{ext}"
        self._api = ApiClient(f"linkedin/{account.name}", account.api_base or DEFAULT_BASE, token,
                              classify=classify, options=options,
                              headers={"LinkedIn-Version": VERSION,
                                       "X-Restli-Protocol-Version": "2.0.0"})
        self._count, self._max_posts = page_size, max_posts

    def close(self) -> None:
        """Release the connection pool."""
        self._api.close()

    def whoami(self) -> str:
        """Return the organisation's name."""
        body = parse.obj(self._api.get(f"organizations/{self._org.rsplit(':', 1)[1]}"), "org")
        return parse.text(body, "localizedName", "organization")

    def _paged(self, path: str, query: str = "") -> Iterator[tuple[list[dict[str, Any]], bool]]:
        start = 0
        while True:
            body = self._api.get(f"{path}?{query}start={start}&count={self._count}")
            elements = parse.items(body, "elements", path)
            paging = parse.obj(parse.obj(body, path).get("paging") or {}, "paging")
            total = paging.get("total")
            start += len(elements)
            last = not elements or (isinstance(total, int) and start >= total)
            yield elements, last
            if last:
                return

    def fetch(self, cursor: str | None) -> Iterator[Page]:
        """Yield comment pages (with replies) for the organisation's recent posts."""
        cp = Checkpoint.load(cursor)
        cp.begin()
        seen = 0
        for posts, _last in self._paged("posts", f"q=author&author={_urn(self._org)}&"):
            for post in posts:
                seen += 1
                urn = parse.text(post, "id", "post")
                if urn not in cp.done and seen <= self._max_posts:
                    yield from self._comments(urn, parse.text(post, "commentary", "post",
                                                              required=False)[:80], cp)
            if seen >= self._max_posts:
                break
        yield cp.finish()

    def _comments(self, post: str, title: str, cp: Checkpoint) -> Iterator[Page]:
        seen: set[str] = set()  # every run lists all comments of the post: a full listing
        for elements, last in self._paged(f"socialActions/{_urn(post)}/comments"):
            found: list[IncomingItem] = []
            for c in elements:
                top = self._item(c, post, title, None)
                found.append(top)
                summary = c.get("commentsSummary") or {}
                if isinstance(summary, dict) and summary.get("aggregatedTotalComments"):
                    path = f"socialActions/{_urn(top.external_id)}/comments"
                    for replies, _l in self._paged(path):
                        found += [self._item(r, post, title, top.external_id) for r in replies]
            seen.update(f.external_id for f in found)
            yield cp.page([f for f in found if f.author_external_id != self._org
                           and cp.is_new(f.created_at)], finished=post if last else None,
                          complete=[Listing(post, frozenset(seen))] if last else ())

    def _item(self, c: dict[str, Any], post: str, title: str, parent: str | None) -> IncomingItem:
        where = "linkedin comment"
        message = parse.obj(c.get("message") or {}, where)
        created = parse.obj(c.get("created"), f"{where} created")
        return IncomingItem(
            platform=self.platform, account_external_id=self._org,
            external_id=parse.text(c, "commentUrn", where),
            kind=ItemKind.REPLY if parent else ItemKind.COMMENT,
            text=parse.text(message, "text", where, required=False),
            author_name="", author_external_id=parse.text(c, "actor", where),
            created_at=parse.when(created, "time", where, unit="ms"), thread_external_id=post,
            thread_title=title or post, thread_url=f"https://www.linkedin.com/feed/update/{post}",
            parent_external_id=parent)

    def thread(self, thread_external_id: str) -> ThreadContext:
        """Fetch the post for context."""
        body = parse.obj(self._api.get(f"posts/{_urn(thread_external_id)}"), "post")
        text = parse.text(body, "commentary", "post", required=False)
        return ThreadContext(thread_external_id, text[:80] or thread_external_id,
                             f"https://www.linkedin.com/feed/update/{thread_external_id}", text)

    def perform(self, action: ActionRequest) -> str:
        """Reply as the organisation, or delete one of its own comments; nothing else."""
        if action.kind is ActionKind.REMOVE:
            return self._delete_own(action)
        if action.kind not in (ActionKind.REPLY, ActionKind.WARN):
            raise ActionNotAllowed(f"linkedin: {action.kind} is not possible; reply only")
        body = self._api.request(
            "POST", f"socialActions/{_urn(action.item_external_id)}/comments", json_body={
                "actor": self._org, "object": action.thread_external_id,
                "message": {"text": action.text}, "parentComment": action.item_external_id})
        if isinstance(body, dict) and body.get("commentUrn"):
            return str(body["commentUrn"])
        return "created"

    def _delete_own(self, action: ActionRequest) -> str:
        """DELETE socialActions/{post}/comments/{id}?actor=org; others' comments are refused."""
        comment_id = action.item_external_id.rsplit(",", 1)[-1].rstrip(")")
        path = (f"socialActions/{_urn(action.thread_external_id)}/comments/{comment_id}"
                f"?actor={_urn(self._org)}")
        try:
            self._api.request("DELETE", path)
        except PermissionMissing as exc:
            raise ActionNotAllowed(f"{exc} (LinkedIn lets the organisation delete only its "
                                   "own comments)") from None
        return "deleted"

    def check(self, action: ActionRequest) -> str | None:
        """Find an already posted reply by the organisation with the same text."""
        if action.kind not in (ActionKind.REPLY, ActionKind.WARN):
            return None
        path = f"socialActions/{_urn(action.item_external_id)}/comments"
        for elements, _last in self._paged(path):
            for c in elements:
                message = c.get("message") or {}
                if c.get("actor") == self._org and message.get("text") == action.text:
                    return str(c.get("commentUrn", "created"))
        return None
