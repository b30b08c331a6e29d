"""Instagram professional account connector: media, comments, replies, DMs (reference 2).

Comments come per media with one level of replies expanded inline (``replies{...}``);
the replies edge is paged separately when the inline list is cut short. Actions: hide
(``hide=true``), delete, reply (top-level comments only), private reply and DM replies.
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

_C = "id,text,timestamp,username,from{id,username},hidden,parent_id"
_FIELDS = f"{_C},replies{{{_C}}}"
_MEDIA = "id,caption,permalink,timestamp"


class InstagramConnector:
    """One Instagram professional account (Facebook Login or Instagram Login host)."""

    platform = Platform.INSTAGRAM

    def __init__(self, account: AccountInfo, token: str | TokenSource,
                 options: HttpOptions | None = None,
                 *, page_size: int = 50, inbox: bool = True) -> None:
        self._ig = account.external_id
        self._api = graph.client(f"instagram/{account.name}", account.api_base, token, options)
        self._limit = page_size
        self._inbox = inbox

    def close(self) -> None:
        """Release the connection pool."""
        self._api.close()

    def whoami(self) -> str:
        """Return the account's user name (checks the token)."""
        body = parse.obj(self._api.get(self._ig, {"fields": "id,username,name"}), "account")
        return parse.text(body, "username", "account", required=False) or parse.text(
            body, "name", "account")

    def fetch(self, cursor: str | None) -> Iterator[Page]:
        """Yield comment pages per media, then DMs, then the final cursor.

        Instagram has no ``since`` on comments, so each run reads all comments of each
        media; that also reconciles hidden state, and each media's full listing lets sync
        find comments deleted on the platform.
        """
        cp = Checkpoint.load(cursor)
        cp.begin()
        for media, _last in graph.paged(self._api, f"{self._ig}/media",
                                        {"fields": _MEDIA, "limit": self._limit}):
            for m in media:
                if parse.text(m, "id", "media") not in cp.done:
                    yield from self._comments(m, cp)
        if self._inbox and "inbox" not in cp.done:
            for found in graph.read_inbox(self._api, self.platform, "me", self._ig, cp,
                                          "instagram"):
                yield cp.page(found)
            yield cp.page([], finished="inbox")
        yield cp.finish()

    def _comments(self, media: dict[str, Any], cp: Checkpoint) -> Iterator[Page]:
        mid = parse.text(media, "id", "media")
        title = parse.text(media, "caption", "media", required=False)[:80] or mid
        url = parse.text(media, "permalink", "media", required=False)
        params = {"fields": _FIELDS, "limit": self._limit}
        seen: set[str] = set()
        for data, last in graph.paged(self._api, f"{mid}/comments", params):
            found: list[IncomingItem] = []
            for c in data:
                found += self._with_replies(c, mid, title, url)
            seen.update(i.external_id for i in found)
            yield cp.page([i for i in found if i.author_external_id != self._ig],
                          finished=mid if last else None,
                          complete=[Listing(mid, frozenset(seen))] if last else ())

    def _with_replies(self, c: dict[str, Any], mid: str, title: str,
                      url: str) -> list[IncomingItem]:
        top = self._item(c, mid, title, url, None)
        replies = parse.obj(c.get("replies") or {}, "replies")
        out = [top] + [self._item(r, mid, title, url, top.external_id)
                       for r in parse.items(replies, "data", "replies")]
        paging = replies.get("paging")
        if isinstance(paging, dict) and paging.get("next"):  # more than fit inline
            for data, _last in graph.paged(self._api, f"{top.external_id}/replies",
                                           {"fields": _C, "limit": self._limit}):
                out += [self._item(r, mid, title, url, top.external_id) for r in data]
        return out

    def _item(self, c: dict[str, Any], mid: str, title: str, url: str,
              parent: str | None) -> IncomingItem:
        where = f"{self._api.name} comment"
        author = parse.obj(c.get("from") or {}, f"{where} from")
        parent = parent or (parse.text(c, "parent_id", where, required=False) or None)
        return IncomingItem(
            platform=self.platform, account_external_id=self._ig,
            external_id=parse.text(c, "id", where),
            kind=ItemKind.REPLY if parent else ItemKind.COMMENT,
            text=parse.text(c, "text", where, required=False),
            author_name=parse.text(c, "username", where, required=False),
            author_external_id=parse.text(author, "id", where, required=False),
            created_at=parse.when(c, "timestamp", where), thread_external_id=mid,
            thread_title=title, thread_url=url, parent_external_id=parent, permalink=url,
            hidden_on_platform=parse.flag(c, "hidden", where))

    def thread(self, thread_external_id: str) -> ThreadContext:
        """Fetch the media for context."""
        body = parse.obj(self._api.get(thread_external_id, {"fields": _MEDIA}), "media")
        caption = parse.text(body, "caption", "media", required=False)
        return ThreadContext(thread_external_id, caption[:80] or thread_external_id,
                             parse.text(body, "permalink", "media", required=False), caption)

    def perform(self, action: ActionRequest) -> str:
        """Hide/unhide, delete, reply (top-level only), private reply or DM reply."""
        item, kind = action.item_external_id, action.kind
        if kind in (ActionKind.HIDE, ActionKind.UNHIDE):
            hide = "true" if kind is ActionKind.HIDE else "false"
            self._api.request("POST", item, params={"hide": hide})
            return f"hidden={hide}"
        if kind is ActionKind.REMOVE:
            self._api.request("DELETE", item)
            return "deleted"
        if kind in (ActionKind.REPLY, ActionKind.WARN):
            body = self._api.request("POST", f"{item}/replies", params={"message": action.text})
            return parse.text(parse.obj(body, "reply"), "id", "reply")
        if kind is ActionKind.DM_REPLY:
            if action.thread_external_id.startswith("t_") or not action.thread_external_id:
                rcpt = {"id": graph.other_participant(self._api, action.thread_external_id,
                                                      self._ig)}
            else:
                rcpt = {"comment_id": item}
            return graph.send_message(self._api, "me", rcpt, action.text)
        raise ActionNotAllowed(f"instagram: {kind} is not a platform action")

    def check(self, action: ActionRequest) -> str | None:
        """Return a reference if the action is already visible on the platform."""
        item, kind = action.item_external_id, action.kind
        try:
            if kind in (ActionKind.HIDE, ActionKind.UNHIDE):
                body = parse.obj(self._api.get(item, {"fields": "id,hidden"}), "comment")
                hidden = parse.flag(body, "hidden", "comment")
                want = kind is ActionKind.HIDE
                return f"hidden={str(hidden).lower()}" if hidden == want else None
            if kind is ActionKind.REMOVE:
                self._api.get(item, {"fields": "id"})
                return None
        except NotFound:
            return "deleted" if kind is ActionKind.REMOVE else None
        if kind in (ActionKind.REPLY, ActionKind.WARN):
            return graph.find_reply(self._api, f"{item}/replies", self._ig, action.text)
        if action.thread_external_id.startswith("t_"):
            return graph.find_reply(self._api, f"{action.thread_external_id}/messages",
                                    self._ig, action.text)
        return None  # private replies cannot be looked up; the outbox fails safe
