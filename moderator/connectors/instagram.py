"""Instagram professional account connector: media, comments, replies, DMs (reference 2).

Comments come per media with one level of replies expanded inline (``replies{...}``);
the replies edge is paged separately when the inline list is cut short. Actions: hide
(``hide=true``), delete, reply (top-level comments only), private reply and DM replies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from moderator.connectors import graph, parse
from moderator.connectors.base import Listing, Page
from moderator.connectors.checkpoint import Checkpoint
from moderator.connectors.graph_actions import GraphConnector, GraphModeration
from moderator.items import AccountInfo, IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    from collections.abc import Iterator

    from moderator.connectors.http import HttpOptions, TokenSource

_C = "id,text,timestamp,username,from{id,username},hidden,parent_id"
_FIELDS = f"{_C},replies{{{_C}}}"
_MEDIA = "id,caption,permalink,timestamp"


class InstagramConnector(GraphConnector):
    """One Instagram professional account (Facebook Login or Instagram Login host)."""

    THREAD = (_MEDIA, "caption", "permalink")
    platform = Platform.INSTAGRAM

    def __init__(self, account: AccountInfo, token: str | TokenSource,
                 options: HttpOptions | None = None,
                 *, page_size: int = 50, inbox: bool = True) -> None:
        self._ig = account.external_id
        self._api = graph.client(account, token, options)
        self._moderation = GraphModeration(self._api, self._ig, hidden_field="hidden",
                                           hide_param="hide", in_body=False,
                                           reply_edge="replies", send_node="me",
                                           finds_private_replies=False)
        self._limit = page_size
        self._inbox = inbox

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
