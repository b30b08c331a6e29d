"""Facebook Page connector: posts, comments with replies (``filter=stream``), Messenger.

Reference sections 1.2 to 1.8. Actions: hide/unhide (``is_hidden``), delete, public reply,
private reply to a comment (``recipient.comment_id``) and Messenger replies (Send API).
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

_COMMENT_FIELDS = "id,message,from,created_time,parent{id},permalink_url,is_hidden"
_POST_FIELDS = "id,message,created_time,permalink_url"
# The feed lists visitors' posts too (1.2): who wrote it, and whether it is hidden.
_FEED_FIELDS = f"{_POST_FIELDS},from,is_hidden"


class FacebookConnector(GraphConnector):
    """One Facebook Page, read with a Page access token."""

    THREAD = (_POST_FIELDS, "message", "permalink_url")
    platform = Platform.FACEBOOK

    def __init__(self, account: AccountInfo, token: str | TokenSource,
                 options: HttpOptions | None = None,
                 *, page_size: int = 100, inbox: bool = True) -> None:
        self._page = account.external_id
        self._api = graph.client(account, token, options)
        self._moderation = GraphModeration(self._api, self._page, hidden_field="is_hidden",
                                           hide_param="is_hidden", in_body=True,
                                           reply_edge="comments", send_node=self._page,
                                           finds_private_replies=True)
        self._limit = page_size
        self._inbox = inbox

    def whoami(self) -> str:
        """Return the Page's name (checks the token)."""
        body = parse.obj(self._api.get(self._page, {"fields": "id,name"}), "page")
        return parse.text(body, "name", "page")

    def fetch(self, cursor: str | None) -> Iterator[Page]:
        """Yield comment pages per post, then Messenger messages, then the final cursor.

        Posts come from the Page's feed: its own posts and what visitors post on the Page
        (a visitor's post is itself an item to moderate, with its comments).
        """
        cp = Checkpoint.load(cursor)
        cp.begin()
        posts_path = f"{self._page}/feed"
        for posts, _last in graph.paged(self._api, posts_path,
                                        {"fields": _FEED_FIELDS, "limit": self._limit}):
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
        # A visitor's post is an item of its own (the Page's posts are not moderation work).
        visitor = self._item(post, post_id, title, url) if "from" in post else None
        seen: set[str] = {post_id} if visitor else set()  # a full read lists every one
        pending = [visitor] if visitor and cp.is_new(visitor.created_at) else []
        for data, last in graph.paged(self._api, f"{post_id}/comments", params):
            seen.update(parse.text(c, "id", f"{self._api.name} comment") for c in data)
            found = pending + [item for c in data if (item := self._item(c, post_id, title, url))
                               and cp.is_new(item.created_at)]
            pending = []
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
