"""Fake YouTube Data API v3 (reference section 3): comment threads by moderation status,
``comments.list?parentId``, setModerationStatus, comments.insert, Google JSON errors and a
server-side quota counter (1 unit per list page, 50 per write; 403 quotaExceeded)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.fakes.routes import RouteApp, offset_page
from tests.fakes.server import Resp

LISTABLE = ("published", "heldForReview", "likelySpam")


def gerr(status: int, reason: str, message: str, headers: dict[str, str] | None = None) -> Resp:
    return Resp(status, {"error": {"code": status, "message": message, "errors": [
        {"message": message, "domain": "youtube.api", "reason": reason}]}}, headers or {})


def ytime(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class YouTubeApp(RouteApp):
    PREFIX = "/youtube/v3"
    ROUTES = (("GET", "/commentThreads", "threads"), ("GET", "/comments", "replies"),
              ("GET", "/channels", "channels"), ("GET", "/videos", "videos"),
              ("POST", "/comments/setModerationStatus", "moderate"),
              ("POST", "/comments", "insert"))

    def __init__(self, channel: str = "UCgemeente", budget: int = 10_000) -> None:
        super().__init__()
        self.channel, self.budget, self.used = channel, budget, 0
        self.videos: dict[str, str] = {}
        self.comments: dict[str, dict[str, Any]] = {}
        self.banned: set[str] = set()

    def add_video(self, title: str) -> str:
        vid = self.new_id("vid")
        self.videos[vid] = title
        return vid

    def add_comment(self, video: str, text: str, when: datetime, author: tuple[str, str], *,
                    parent: str | None = None, status: str = "published") -> str:
        cid = f"{parent}.{self.new_id('r')}" if parent else self.new_id("Ugw")
        self.comments[cid] = {"id": cid, "video": video, "parent": parent, "text": text,
                              "author": author, "at": when, "status": status}
        return cid

    # --- App protocol ---------------------------------------------------------------
    def error(self, kind: str) -> Resp:
        if kind == "throttle":
            return gerr(429, "rateLimitExceeded", "Rate limit exceeded",
                        {"retry-after": self.retry_after})
        return gerr(401, "authError", "Request had invalid authentication credentials. "
                    "Expected OAuth 2 access token.")

    def not_found(self, what: str) -> Resp:
        return gerr(404, "notFound", f"{what} not found")

    def _spend(self, units: int) -> Resp | None:
        if self.used + units > self.budget:
            return gerr(403, "quotaExceeded", "The request cannot be completed because you "
                        "have exceeded your quota.")
        self.used += units
        return None

    # --- reads ----------------------------------------------------------------------
    def _resource(self, c: dict[str, Any]) -> dict[str, Any]:
        snippet: dict[str, Any] = {
            "authorDisplayName": c["author"][1], "authorChannelId": {"value": c["author"][0]},
            "channelId": self.channel, "videoId": c["video"], "textDisplay": c["text"],
            "textOriginal": c["text"], "likeCount": 0, "moderationStatus": c["status"],
            "publishedAt": ytime(c["at"]), "updatedAt": ytime(c["at"])}
        if c["parent"]:
            snippet["parentId"] = c["parent"]
        return {"kind": "youtube#comment", "etag": "e", "id": c["id"], "snippet": snippet}

    def _replies_of(self, cid: str) -> list[dict[str, Any]]:
        return sorted((c for c in self.comments.values()
                       if c["parent"] == cid and c["status"] != "rejected"),
                      key=lambda c: c["at"])

    def threads(self, p: dict[str, Any]) -> Resp:
        if (over := self._spend(1)) is not None:
            return over
        if p.get("allThreadsRelatedToChannelId") != self.channel:
            return gerr(400, "invalidFilters", "exactly one filter is required")
        status = p.get("moderationStatus", "published")
        tops = [c for c in self.comments.values() if c["parent"] is None
                and c["status"] != "rejected"
                and (c["status"] == status
                     or any(r["status"] == status for r in self._replies_of(c["id"])))]
        tops.sort(key=lambda c: c["at"], reverse=True)
        rows, nxt = offset_page(tops, p.get("pageToken"), int(p.get("maxResults", 20)))
        items = []
        for c in rows:
            replies = self._replies_of(c["id"])
            thread: dict[str, Any] = {"kind": "youtube#commentThread", "id": c["id"], "snippet": {
                "channelId": self.channel, "videoId": c["video"], "canReply": True,
                "totalReplyCount": len(replies), "isPublic": True,
                "topLevelComment": self._resource(c)}}
            if replies and "replies" in p.get("part", ""):
                thread["replies"] = {"comments": [self._resource(r) for r in replies[:2]]}
            items.append(thread)
        body: dict[str, Any] = {"kind": "youtube#commentThreadListResponse", "etag": "x",
                                "pageInfo": {"totalResults": len(tops),
                                             "resultsPerPage": len(rows)}, "items": items}
        if nxt:
            body["nextPageToken"] = nxt
        return Resp(200, body)

    def replies(self, p: dict[str, Any]) -> Resp:
        if (over := self._spend(1)) is not None:
            return over
        if p.get("parentId") not in self.comments:
            return gerr(404, "commentNotFound", "The comment identified by parentId was not found")
        rows, nxt = offset_page(self._replies_of(p["parentId"]), p.get("pageToken"),
                                int(p.get("maxResults", 20)))
        body: dict[str, Any] = {"kind": "youtube#commentListResponse",
                                "items": [self._resource(r) for r in rows]}
        if nxt:
            body["nextPageToken"] = nxt
        return Resp(200, body)

    def channels(self, p: dict[str, Any]) -> Resp:
        if (over := self._spend(1)) is not None:
            return over
        mine = p.get("mine") == "true"  # the signed-in user's own channels (sign-in pick)
        found = [{"id": self.channel, "snippet": {"title": "Gemeente Test",
                                                  "customUrl": "@gemeentetest"}}] \
            if p.get("id") == self.channel or mine else []
        return Resp(200, {"kind": "youtube#channelListResponse", "items": found})

    def videos(self, p: dict[str, Any]) -> Resp:
        if (over := self._spend(1)) is not None:
            return over
        vid = p.get("id", "")
        found = [{"id": vid, "snippet": {"title": self.videos[vid], "description": "…"}}] \
            if vid in self.videos else []
        return Resp(200, {"kind": "youtube#videoListResponse", "items": found})

    # --- writes ---------------------------------------------------------------------
    def moderate(self, p: dict[str, Any]) -> Resp:
        if (over := self._spend(50)) is not None:
            return over
        status, ban = p.get("moderationStatus"), p.get("banAuthor") == "true"
        if ban and status != "rejected":
            return gerr(400, "banWithoutReject", "banAuthor can only be used with rejected")
        targets = str(p.get("id", "")).split(",")
        if any(t not in self.comments for t in targets):
            return gerr(404, "commentNotFound", "The comment could not be found")
        for cid in targets:
            c = self.comments[cid]
            if c["status"] == "rejected" and status != "rejected":
                return gerr(400, "operationNotSupported", "a rejected comment stays rejected")
            c["status"] = status
            self.applied[(str(status), cid)] += 1
            if ban:
                self.banned.add(c["author"][0])
        return Resp(204)

    def insert(self, p: dict[str, Any]) -> Resp:
        if (over := self._spend(50)) is not None:
            return over
        snippet = p.get("snippet") or {}
        parent = self.comments.get(snippet.get("parentId", ""))
        if parent is None:
            return gerr(400, "parentIdMissing", "No parent comment given")
        cid = self.add_comment(parent["video"], snippet["textOriginal"], datetime.now(UTC),
                               (self.channel, "Gemeente Test"), parent=parent["id"])
        self.applied[("reply", snippet["textOriginal"])] += 1
        return Resp(200, self._resource(self.comments[cid]))
