"""X (Twitter) API v2 connector: mentions, replies in own conversations, DMs (reference 5).

X lets an account hide replies in conversations it started, not delete others' posts, so
"remove" is refused; hide/unhide, replies and DM replies are supported.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from moderator.connectors import base, parse
from moderator.connectors.base import ThreadContext
from moderator.connectors.checkpoint import Checkpoint, now
from moderator.connectors.http import ApiClient, HttpConnector, HttpOptions, retry_after_seconds
from moderator.items import AccountInfo, ActionKind, IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    from collections.abc import Iterator

    import httpx

    from moderator.connectors.base import ActionRequest, ConnectorError, Page
    from moderator.connectors.http import TokenSource

DEFAULT_BASE = "https://api.x.com/2"
_TWEET = {"tweet.fields": "author_id,created_at,conversation_id,in_reply_to_user_id,"
                          "referenced_tweets", "expansions": "author_id", "max_results": 100}
_DM = {"dm_event.fields": "id,text,sender_id,dm_conversation_id,created_at,event_type",
       "event_types": "MessageCreate", "max_results": 100}


def classify(status: int, body: Any, headers: httpx.Headers) -> ConnectorError | None:
    """Map X answers: 429 + x-rate-limit-reset, 401, 403 problem details, 404."""
    detail = ""
    if isinstance(body, dict):
        detail = str(body.get("detail") or body.get("title") or "")
        errors = body.get("errors")
        if not detail and isinstance(errors, list) and errors and isinstance(errors[0], dict):
            detail = str(errors[0].get("message") or errors[0].get("detail") or "")
    message = f"X {status}: {detail}".rstrip(": ")
    if status == 429:
        return base.RateLimited(message, retry_after_seconds(headers, 900.0))
    if status == 401:
        return base.AuthExpired(message + " (sign in again)")
    if status == 403:
        kind = str(body.get("type", "")) if isinstance(body, dict) else ""
        if "not-authorized-for-resource" in kind or "client-forbidden" in kind:
            return base.PermissionMissing(message)
        return base.ActionNotAllowed(message)
    if status == 404:
        return base.NotFound(message)
    return None


class XConnector(HttpConnector):
    """One X account, authorised with an OAuth 2.0 user-context token."""

    platform = Platform.X

    def __init__(self, account: AccountInfo, token: str | TokenSource,
                 options: HttpOptions | None = None,
                 *, own_posts: int = 20) -> None:
        self._me = account.external_id
        self._api = ApiClient.for_account(account, token, DEFAULT_BASE, classify=classify,
                                          options=options)
        self._own_posts = own_posts

    def whoami(self) -> str:
        """Return ``@username`` of the token's user."""
        data = parse.obj(parse.obj(self._api.get("users/me"), "users/me").get("data"), "user")
        return "@" + parse.text(data, "username", "user")

    def fetch(self, cursor: str | None) -> Iterator[Page]:
        """Mentions, then replies under recent own posts (7-day search), then DMs.

        X lets an account hide replies only in conversations it started: a mention that
        replies inside someone else's conversation is a ``MENTION`` (not hideable).
        """
        cp = Checkpoint.load(cursor)
        cp.begin()
        start = cp.read_from()
        window = {"start_time": start.strftime("%Y-%m-%dT%H:%M:%SZ")} if start else {}
        week = (now() - timedelta(days=6, hours=23)).strftime("%Y-%m-%dT%H:%M:%SZ")
        own = self._api.get(f"users/{self._me}/tweets", {
            "max_results": max(5, self._own_posts), "start_time": week,
            "tweet.fields": "conversation_id"})
        convs = [parse.text(post, "conversation_id", "own post", required=False)
                 or parse.text(post, "id", "own post")
                 for post in parse.items(own, "data", "own posts")[: self._own_posts]]
        if "mentions" not in cp.done:
            yield from self._tweets(f"users/{self._me}/mentions", {**_TWEET, **window}, cp,
                                    "mentions", "pagination_token", own=frozenset(convs))
        for conv in convs:
            if conv not in cp.done:
                yield from self._tweets("tweets/search/recent", {
                    **_TWEET, **window, "query": f"conversation_id:{conv}"}, cp, conv, "next_token")
        if "dms" not in cp.done:
            yield from self._dms(cp)
        yield cp.finish()

    def _tweets(self, path: str, params: dict[str, Any], cp: Checkpoint, container: str,
                token_param: str, *, own: frozenset[str] | None = None) -> Iterator[Page]:
        """Pages of posts; ``own``: the account's conversations (None: all of them are)."""
        while True:
            body = parse.obj(self._api.get(path, params), path)
            users = {parse.text(u, "id", "user"): u for u in
                     parse.items(body.get("includes") or {}, "users", "includes")}
            found = [self._tweet(t, users, own) for t in parse.items(body, "data", path)]
            nxt = parse.obj(body.get("meta") or {}, "meta").get("next_token")
            last = not isinstance(nxt, str) or not nxt
            yield cp.page([f for f in found if f.author_external_id != self._me],
                          finished=container if last else None)
            if last:
                return
            params = {**params, token_param: nxt}

    def _tweet(self, t: dict[str, Any], users: dict[str, dict[str, Any]],
               own: frozenset[str] | None) -> IncomingItem:
        where = "x post"
        tid = parse.text(t, "id", where)
        author = parse.text(t, "author_id", where, required=False)
        refs = parse.items(t, "referenced_tweets", where)
        parent = next((parse.text(r, "id", where) for r in refs if r.get("type") == "replied_to"),
                      None)
        user = users.get(author, {})
        conv = parse.text(t, "conversation_id", where, required=False) or tid
        # Only replies inside the account's own conversations can be hidden on X; a post that
        # names the account on its own or in someone else's thread is a mention.
        ours = parent is not None and (own is None or conv in own)
        kind = ItemKind.REPLY if ours else ItemKind.MENTION
        return IncomingItem(
            platform=self.platform, account_external_id=self._me, external_id=tid,
            kind=kind,
            text=parse.text(t, "text", where), author_name=str(user.get("name", "")),
            author_external_id=author, created_at=parse.when(t, "created_at", where),
            thread_external_id=conv,
            parent_external_id=parent, permalink=f"https://x.com/i/web/status/{tid}")

    def _dms(self, cp: Checkpoint) -> Iterator[Page]:
        params: dict[str, Any] = dict(_DM)
        while True:
            body = parse.obj(self._api.get("dm_events", params), "dm_events")
            found = [self._dm(e) for e in parse.items(body, "data", "dm_events")]
            nxt = parse.obj(body.get("meta") or {}, "meta").get("next_token")
            fresh = [f for f in found if cp.is_new(f.created_at)]
            last = not isinstance(nxt, str) or not nxt or len(fresh) < len(found)
            yield cp.page([f for f in fresh if f.author_external_id != self._me],
                          finished="dms" if last else None)
            if last:
                return
            params["pagination_token"] = nxt

    def _dm(self, e: dict[str, Any]) -> IncomingItem:
        where = "x dm_event"
        conv = parse.text(e, "dm_conversation_id", where)
        return IncomingItem(
            platform=self.platform, account_external_id=self._me,
            external_id=parse.text(e, "id", where), kind=ItemKind.DM,
            text=parse.text(e, "text", where, required=False), author_name="",
            author_external_id=parse.text(e, "sender_id", where),
            created_at=parse.when(e, "created_at", where), thread_external_id=conv,
            thread_title=f"DM {conv}")

    def thread(self, thread_external_id: str) -> ThreadContext:
        """Fetch the conversation's root post."""
        data = parse.obj(parse.obj(self._api.get(f"tweets/{thread_external_id}"), "tweet")
                         .get("data"), "tweet")
        text = parse.text(data, "text", "tweet")
        return ThreadContext(thread_external_id, text[:80],
                             f"https://x.com/i/web/status/{thread_external_id}", text)

    def perform(self, action: ActionRequest) -> str:
        """Hide/unhide a reply, reply publicly, or answer a DM."""
        kind, item = action.kind, action.item_external_id
        if kind in (ActionKind.HIDE, ActionKind.UNHIDE):
            hidden = kind is ActionKind.HIDE
            self._api.request("PUT", f"tweets/{item}/hidden", json_body={"hidden": hidden})
            return f"hidden={str(hidden).lower()}"
        if kind in (ActionKind.REPLY, ActionKind.WARN):
            body = self._api.request("POST", "tweets", json_body={
                "text": action.text, "reply": {"in_reply_to_tweet_id": item}})
            data = parse.obj(parse.obj(body, "tweet").get("data"), "tweet")
            return parse.text(data, "id", "tweet")
        if kind is ActionKind.DM_REPLY:
            body = self._api.request("POST", f"dm_conversations/{action.thread_external_id}/"
                                     "messages", json_body={"text": action.text})
            data = parse.obj(parse.obj(body, "dm").get("data"), "dm")
            return parse.text(data, "dm_event_id", "dm")
        raise base.ActionNotAllowed(f"x: {kind} is not possible (others' posts can only be hidden)")

    def check(self, action: ActionRequest) -> str | None:
        """Find an already sent reply or DM; hide/unhide is idempotent (None re-sends)."""
        if action.kind in (ActionKind.REPLY, ActionKind.WARN):
            body = self._api.get("tweets/search/recent", {
                **_TWEET, "query": f"conversation_id:{action.thread_external_id} from:{self._me}"})
            rows = parse.items(body, "data", "search")
        elif action.kind is ActionKind.DM_REPLY:
            body = self._api.get(f"dm_conversations/{action.thread_external_id}/dm_events", _DM)
            rows = [{**e, "author_id": e.get("sender_id")}
                    for e in parse.items(body, "data", "dm_events")]
        else:
            return None
        for row in rows:
            if row.get("author_id") == self._me and row.get("text") == action.text:
                return str(row.get("id"))
        return None
