"""YouTube channel connector: comment threads by moderation status, replies, moderation.

Reference section 3. Every call is booked in a :class:`QuotaLedger` first (1 unit per
list page, 50 per write). Comments YouTube holds for review or marks as likely spam are
not public yet and wait for the channel's decision, so they arrive as ordinary work (not
``hidden_on_platform``). "Unhide" publishes (approves) a comment; "hide" holds it for
review, which keeps it off the channel but reversible; "remove" rejects it (optionally
banning the author), which YouTube does not let anyone undo. Only a comment's author can
delete it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from moderator.connectors import base, parse
from moderator.connectors.base import Listing, ThreadContext
from moderator.connectors.checkpoint import Checkpoint
from moderator.connectors.http import ApiClient, HttpConnector, HttpOptions, retry_after_seconds
from moderator.connectors.quota import LIST_COST, WRITE_COST, QuotaLedger
from moderator.items import AccountInfo, ActionKind, IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    from collections.abc import Iterator

    import httpx

    from moderator.connectors.base import ActionRequest, ConnectorError, Page
    from moderator.connectors.http import TokenSource

DEFAULT_BASE = "https://www.googleapis.com/youtube/v3"
STATUSES = ("published", "heldForReview", "likelySpam")
_REFUSED = {"banWithoutReject", "operationNotSupported", "processingFailure", "commentsDisabled",
            "ineligibleAccount", "commentTextTooLong", "parentCommentIsPrivate"}
_MODERATION = {ActionKind.HIDE: "heldForReview", ActionKind.UNHIDE: "published",
               ActionKind.REMOVE: "rejected", ActionKind.BAN: "rejected"}


def classify(status: int, body: Any, headers: httpx.Headers) -> ConnectorError | None:  # noqa: PLR0911
    """Map a Google JSON error (reference 3.4) to the normalised taxonomy."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None
    reasons = [e.get("reason", "") for e in error.get("errors") or [] if isinstance(e, dict)]
    reason = reasons[0] if reasons else ""
    message = f"YouTube {status} {reason}: {error.get('message', '')}"
    if reason == "quotaExceeded":
        return base.RateLimited(message + " (resets at midnight Pacific)", 3600.0)
    if reason in ("rateLimitExceeded", "userRateLimitExceeded") or status == 429:
        return base.RateLimited(message, retry_after_seconds(headers, 60.0))
    if status == 401 or reason == "authError":
        return base.AuthExpired(message + " (sign in again)")
    if reason in _REFUSED:
        return base.ActionNotAllowed(message)
    if status == 404 or reason == "commentNotFound":
        return base.NotFound(message)
    if status == 403:
        return base.PermissionMissing(message)
    return base.TransientError(message) if status >= 500 else None


class YouTubeConnector(HttpConnector):
    """One YouTube channel, authorised by its owner (scope youtube.force-ssl)."""

    platform = Platform.YOUTUBE

    def __init__(self, account: AccountInfo, token: str | TokenSource,
                 options: HttpOptions | None = None,
                 *, quota: QuotaLedger | None = None, page_size: int = 100) -> None:
        self._channel = account.external_id
        self._api = ApiClient.for_account(account, token, DEFAULT_BASE, classify=classify,
                                          options=options)
        self.quota = quota or QuotaLedger()
        self._limit = page_size

    def _get(self, path: str, params: dict[str, Any]) -> Any:
        self.quota.spend(LIST_COST, f"{path}.list")
        return self._api.get(path, params)

    def whoami(self) -> str:
        """Return the channel title (1 unit)."""
        body = self._get("channels", {"part": "snippet", "id": self._channel})
        first = parse.items(body, "items", "channels")
        if not first:
            raise base.NotFound(f"youtube: channel {self._channel} not found")
        return parse.text(parse.obj(first[0].get("snippet"), "channel"), "title", "channel")

    def fetch(self, cursor: str | None) -> Iterator[Page]:
        """Yield thread pages per moderation status (newest first, stop at the watermark).

        A full read (no watermark, not resumed) lists every comment that is published, held
        or likely spam, so it ends with a full listing per video: comments missing from it
        were deleted or rejected on YouTube.
        """
        cp = Checkpoint.load(cursor)
        full = cp.read_from() is None and not cp.done
        cp.begin()
        seen: dict[str, set[str]] = {}
        for status in STATUSES:
            if status not in cp.done:
                yield from self._threads(status, cp, seen)
        if full:
            yield cp.page([], complete=[Listing(v, frozenset(ids)) for v, ids in seen.items()])
        yield cp.finish()

    def _threads(self, status: str, cp: Checkpoint,
                 seen: dict[str, set[str]]) -> Iterator[Page]:
        params: dict[str, Any] = {"part": "snippet,replies", "order": "time",
                                  "allThreadsRelatedToChannelId": self._channel,
                                  "moderationStatus": status, "textFormat": "plainText",
                                  "maxResults": self._limit}
        while True:
            body = self._get("commentThreads", params)
            found: list[IncomingItem] = []
            for thread in parse.items(body, "items", "commentThreads"):
                found += self._thread_items(thread)
            for item in found:
                seen.setdefault(item.thread_external_id, set()).add(item.external_id)
            token = parse.obj(body, "commentThreads").get("nextPageToken")
            older = bool(found) and not any(cp.is_new(i.created_at) for i in found)
            last = not isinstance(token, str) or not token or older
            yield cp.page([i for i in found if cp.is_new(i.created_at)],
                          finished=status if last else None)
            if last:
                return
            params["pageToken"] = token

    def _thread_items(self, thread: dict[str, Any]) -> list[IncomingItem]:
        snippet = parse.obj(thread.get("snippet"), "commentThread snippet")
        top = parse.obj(snippet.get("topLevelComment"), "topLevelComment")
        video = parse.text(snippet, "videoId", "commentThread", required=False) or self._channel
        out = [self._item(top, video, None)]
        inline = parse.items(thread.get("replies") or {}, "comments", "replies")
        total = snippet.get("totalReplyCount", 0)
        if isinstance(total, int) and total > len(inline):  # the inline list is a subset
            inline = self._all_replies(out[0].external_id)
        out += [self._item(r, video, out[0].external_id) for r in inline]
        return out

    def _all_replies(self, parent: str) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"part": "snippet", "parentId": parent, "maxResults": 100,
                                  "textFormat": "plainText"}
        replies: list[dict[str, Any]] = []
        while True:
            body = self._get("comments", params)
            replies += parse.items(body, "items", "comments")
            token = parse.obj(body, "comments").get("nextPageToken")
            if not isinstance(token, str) or not token:
                return replies
            params["pageToken"] = token

    def _item(self, c: dict[str, Any], video: str, parent: str | None) -> IncomingItem:
        where = "youtube comment"
        cid = parse.text(c, "id", where)
        s = parse.obj(c.get("snippet"), f"{where} snippet")
        author = s.get("authorChannelId") or {}
        status = parse.text(s, "moderationStatus", where, required=False)
        return IncomingItem(
            platform=self.platform, account_external_id=self._channel, external_id=cid,
            kind=ItemKind.REPLY if parent else ItemKind.COMMENT,
            text=parse.text(s, "textOriginal", where, required=False)
            or parse.text(s, "textDisplay", where, required=False),
            author_name=parse.text(s, "authorDisplayName", where, required=False),
            author_external_id=parse.text(parse.obj(author, where), "value", where, required=False),
            created_at=parse.when(s, "publishedAt", where), thread_external_id=video,
            thread_title=video, thread_url=f"https://www.youtube.com/watch?v={video}",
            parent_external_id=parent,
            permalink=f"https://www.youtube.com/watch?v={video}&lc={cid}",
            # held / likely spam: not public yet, awaiting a moderator's decision -> work
            hidden_on_platform=status == "rejected")

    def thread(self, thread_external_id: str) -> ThreadContext:
        """Fetch the video title (1 unit)."""
        body = self._get("videos", {"part": "snippet", "id": thread_external_id})
        found = parse.items(body, "items", "videos")
        if not found:
            raise base.NotFound(f"youtube: video {thread_external_id} not found")
        snippet = parse.obj(found[0].get("snippet"), "video")
        title = parse.text(snippet, "title", "video", required=False)
        return ThreadContext(thread_external_id, title,
                             f"https://www.youtube.com/watch?v={thread_external_id}",
                             parse.text(snippet, "description", "video", required=False))

    def perform(self, action: ActionRequest) -> str:
        """SetModerationStatus (hold/publish/reject [+ban]) or comments.insert (50 units)."""
        kind = action.kind
        if kind in _MODERATION:
            params = {"id": action.item_external_id, "moderationStatus": _MODERATION[kind]}
            if kind is ActionKind.BAN or (kind is ActionKind.REMOVE and action.ban_author):
                params["banAuthor"] = "true"
            self.quota.spend(WRITE_COST, "comments.setModerationStatus")
            self._api.request("POST", "comments/setModerationStatus", params=params)
            return params["moderationStatus"]
        if kind in (ActionKind.REPLY, ActionKind.WARN):
            self.quota.spend(WRITE_COST, "comments.insert")
            body = self._api.request("POST", "comments", params={"part": "snippet"}, json_body={
                "snippet": {"parentId": action.item_external_id.split(".")[0],
                            "textOriginal": action.text}})
            return parse.text(parse.obj(body, "comment"), "id", "comment")
        raise base.ActionNotAllowed(f"youtube: {kind} is not possible on YouTube")

    def check(self, action: ActionRequest) -> str | None:
        """Find an already posted reply; moderation calls are idempotent so None re-sends."""
        if action.kind not in (ActionKind.REPLY, ActionKind.WARN):
            return None
        for reply in self._all_replies(action.item_external_id.split(".")[0]):
            s = reply.get("snippet") or {}
            author = s.get("authorChannelId") or {}
            if author.get("value") == self._channel and s.get("textOriginal") == action.text:
                return str(reply.get("id"))
        return None
