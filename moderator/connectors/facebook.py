"""Facebook Page connector: posts, comments with replies (``filter=stream``), Messenger.

Reference sections 1.2 to 1.8. Actions: hide/unhide (``is_hidden``), delete, public reply,
private reply to a comment (``recipient.comment_id``) and Messenger replies (Send API).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from moderator.connectors import graph, parse
from moderator.connectors.base import (
    ActionNotAllowed,
    ActionRequest,
    Listing,
    NotFound,
    Page,
    ThreadContext,
)
from moderator.connectors.checkpoint import Checkpoint
from moderator.items import AccountInfo, ActionKind, IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    from collections.abc import Iterator

    from moderator.connectors.http import HttpOptions, TokenSource

_COMMENT_FIELDS = "id,message,from,created_time,parent{id},permalink_url,is_hidden"
_POST_FIELDS = "id,message,created_time,permalink_url"


class FacebookConnector:
    """One Facebook Page, read with a Page access token."""

    platform = Platform.FACEBOOK

    def __init__(self, account: AccountInfo, token: str | TokenSource,
                 options: HttpOptions | None = None,
                 *, page_size: int = 100, inbox: bool = True) -> None:
        self._page = account.external_id
        self._api = graph.client(f"facebook/{account.name}", account.api_base, token, options)
        self._limit = page_size
        self._inbox = inbox

    def close(self) -> None:
        """Release the connection pool."""
        self._api.close()

    def whoami(self) -> str:
        """Return the Page's name (checks the token)."""
        body = parse.obj(self._api.get(self._page, {"fields": "id,name"}), "page")
        return parse.text(body, "name", "page")

    def fetch(self, cursor: str | None) -> Iterator[Page]:
        """Yield comment pages per post, then Messenger messages, then the final cursor."""
        cp = Checkpoint.load(cursor)
        cp.begin()
        posts_path = f"{self._page}/published_posts"
        for posts, _last in graph.paged(self._api, posts_path,
                                        {"fields": _POST_FIELDS, "limit": self._limit}):
            for post in posts:
                if parse.text(post, "id", "post") not in cp.done:
                    yield from self._comments(post, cp)
        if self._inbox and "inbox" not in cp.done:
            for found in graph.read_inbox(self._api, self.platform, self._page, self._page, cp,
                                          "messenger"):
                yield cp.page(found)
            yield cp.page([], finished="inbox")
        yield cp.finish()

    def _comments(self, post: dict[str, Any], cp: Checkpoint) -> Iterator[Page]:
        post_id = parse.text(post, "id", "post")
        title = parse.text(post, "message", "post", required=False)[:80] or post_id
        url = parse.text(post, "permalink_url", "post", required=False)
        params: dict[str, Any] = {"filter": "stream", "order": "chronological",
                                  "fields": _COMMENT_FIELDS, "limit": self._limit}
        start = cp.read_from()
        if start is not None:
            params["since"] = int(start.timestamp())
        seen: set[str] = set()  # a full read (no since) lists every live comment
        for data, last in graph.paged(self._api, f"{post_id}/comments", params):
            seen.update(parse.text(c, "id", f"{self._api.name} comment") for c in data)
            found = [item for c in data
                     if (item := self._item(c, post_id, title, url)) and cp.is_new(item.created_at)]
            full = last and start is None
            yield cp.page(found, finished=post_id if last else None,
                          complete=[Listing(post_id, frozenset(seen))] if full else ())

    def _item(self, c: dict[str, Any], post_id: str, title: str, url: str) -> IncomingItem | None:
        where = f"{self._api.name} comment"
        author = c.get("from") or {}
        if not isinstance(author, dict):
            author = parse.obj(author, f"{where} from")
        author_id = parse.text(author, "id", where, required=False)
        if author_id == self._page:
            return None  # the Page's own replies are not moderation work
        parent = c.get("parent")
        parent_id = (parse.text(parse.obj(parent, f"{where} parent"), "id", where)
                     if parent else None)
        return IncomingItem(
            platform=self.platform, account_external_id=self._page,
            external_id=parse.text(c, "id", where),
            kind=ItemKind.REPLY if parent_id else ItemKind.COMMENT,
            text=parse.text(c, "message", where, required=False),
            author_name=parse.text(author, "name", where, required=False),
            author_external_id=author_id, created_at=parse.when(c, "created_time", where),
            thread_external_id=post_id, thread_title=title, thread_url=url,
            parent_external_id=parent_id,
            permalink=parse.text(c, "permalink_url", where, required=False),
            hidden_on_platform=parse.flag(c, "is_hidden", where))

    def thread(self, thread_external_id: str) -> ThreadContext:
        """Fetch the post (or conversation) for context."""
        body = parse.obj(self._api.get(thread_external_id, {"fields": _POST_FIELDS}), "post")
        message = parse.text(body, "message", "post", required=False)
        return ThreadContext(thread_external_id, message[:80] or thread_external_id,
                             parse.text(body, "permalink_url", "post", required=False), message)

    def perform(self, action: ActionRequest) -> str:
        """Hide/unhide, delete, reply, private reply or Messenger reply."""
        item, kind = action.item_external_id, action.kind
        if kind in (ActionKind.HIDE, ActionKind.UNHIDE):
            hidden = "true" if kind is ActionKind.HIDE else "false"
            self._api.request("POST", item, data={"is_hidden": hidden})
            return f"is_hidden={hidden}"
        if kind is ActionKind.REMOVE:
            self._api.request("DELETE", item)
            return "deleted"
        if kind in (ActionKind.REPLY, ActionKind.WARN):
            body = self._api.request("POST", f"{item}/comments", data={"message": action.text})
            return parse.text(parse.obj(body, "reply"), "id", "reply")
        if kind is ActionKind.DM_REPLY:
            return graph.send_message(self._api, self._page, self._recipient(action), action.text)
        raise ActionNotAllowed(f"facebook: {kind} is not a platform action")

    def _recipient(self, action: ActionRequest) -> dict[str, str]:
        if action.thread_external_id.startswith("t_"):
            return {"id": graph.other_participant(self._api, action.thread_external_id, self._page)}
        return {"comment_id": action.item_external_id}  # private reply (one, within 7 days)

    def check(self, action: ActionRequest) -> str | None:
        """Return a reference if the action is already visible on the platform."""
        item, kind = action.item_external_id, action.kind
        try:
            if kind in (ActionKind.HIDE, ActionKind.UNHIDE):
                body = parse.obj(self._api.get(item, {"fields": "id,is_hidden"}), "comment")
                hidden = parse.flag(body, "is_hidden", "comment")
                want = kind is ActionKind.HIDE
                return f"is_hidden={str(hidden).lower()}" if hidden == want else None
            if kind is ActionKind.REMOVE:
                self._api.get(item, {"fields": "id"})
                return None
        except NotFound:
            return "deleted" if kind is ActionKind.REMOVE else None
        if kind in (ActionKind.REPLY, ActionKind.WARN):
            return graph.find_reply(self._api, f"{item}/comments", self._page, action.text)
        if action.thread_external_id.startswith("t_"):
            return graph.find_reply(self._api, f"{action.thread_external_id}/messages", self._page,
                                    action.text)
        body = parse.obj(self._api.get(item, {"fields": "private_reply_conversation"}), "comment")
        conv = body.get("private_reply_conversation")
        return str(conv.get("id")) if isinstance(conv, dict) and conv.get("id") else None
