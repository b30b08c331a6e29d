"""Fake TikTok Business API v1.3 (reference section 6, ◐ shapes from the SDK): own videos,
comment list and reply list with ``cursor``/``has_more``, hide/unhide, reply; errors come
back as HTTP 200 with ``code != 0`` (auth 40105, throttle 40100), token in ``Access-Token``."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from tests.fakes.routes import RouteApp
from tests.fakes.server import Resp


def tt(code: int, message: str, data: Any = None) -> Resp:
    return Resp(200, {"code": code, "message": message, "request_id": "2026112012000000",
                      "data": data if data is not None else {}})


class TikTokApp(RouteApp):
    PREFIX = "/open_api/v1.3"
    AUTH_HEADER, AUTH_PREFIX = "access-token", ""
    ROUTES = (("GET", "/business/get/", "business_get"), ("GET", "/business/video/list/", "videos"),
              ("GET", "/business/comment/list/", "comments"),
              ("GET", "/business/comment/reply/list/", "replies"),
              ("POST", "/business/comment/hide/", "hide"),
              ("POST", "/business/comment/reply/create/", "reply"))

    def __init__(self, business: str = "biz-open-id") -> None:
        super().__init__()
        self.business = business
        self.videos_: dict[str, dict[str, Any]] = {}
        self.comments_: dict[str, dict[str, Any]] = {}

    def add_video(self, caption: str, when: datetime) -> str:
        vid = self.new_id("729")
        self.videos_[vid] = {"item_id": vid, "caption": caption,
                             "create_time": int(when.timestamp()), "share_url": f"https://www.tiktok.com/@gemeente/video/{vid}"}
        return vid

    def add_comment(self, video: str, text: str, when: datetime, user: str, *,
                    parent: str | None = None, hidden: bool = False) -> str:
        cid = self.new_id("730")
        self.comments_[cid] = {"comment_id": cid, "video_id": video, "unique_identifier": user,
                               "username": user, "text": text, "create_time": int(when.timestamp()),
                               "likes": 0, "status": "HIDDEN" if hidden else "PUBLIC",
                               "owner": user == self.business, "liked": False, "pinned": False,
                               "_parent": parent}
        return cid

    # --- App protocol ---------------------------------------------------------------
    def error(self, kind: str) -> Resp:
        if kind == "throttle":
            return Resp(429, {"code": 40100, "message": "Too many requests"},
                        {"retry-after": self.retry_after})
        if kind == "expired":
            return tt(40105, "Access token is expired")
        return tt(40104, "Access token is incorrect or has been revoked")

    def not_found(self, what: str) -> Resp:
        return tt(40002, f"{what}: invalid path")

    def _check(self, p: dict[str, Any]) -> Resp | None:
        if p.get("business_id") != self.business:
            return tt(40001, "No permission to operate business_id")
        return None

    # --- reads ----------------------------------------------------------------------
    def _cursor(self, rows: list[dict[str, Any]], p: dict[str, Any], key: str,
                limit: int) -> Resp:
        start = int(p.get("cursor") or 0)
        count = min(int(p.get("max_count", limit)), limit)
        chunk = [{k: v for k, v in r.items() if not k.startswith("_")}
                 for r in rows[start:start + count]]
        return tt(0, "OK", {key: chunk, "cursor": start + len(chunk),
                            "has_more": start + count < len(rows)})

    def business_get(self, p: dict[str, Any]) -> Resp:
        return self._check(p) or tt(0, "OK", {"display_name": "Gemeente Test",
                                              "username": "gemeente"})

    def videos(self, p: dict[str, Any]) -> Resp:
        rows = sorted(self.videos_.values(), key=lambda v: v["create_time"], reverse=True)
        return self._check(p) or self._cursor(rows, p, "videos", 20)

    def _rows(self, p: dict[str, Any], parent: str | None) -> list[dict[str, Any]]:
        rows = [dict(c, replies=sum(r["_parent"] == c["comment_id"]
                                    for r in self.comments_.values()))
                for c in self.comments_.values()
                if c["video_id"] == p.get("video_id") and c["_parent"] == parent
                and (p.get("status") == "ALL" or c["status"] == "PUBLIC")]
        if p.get("comment_ids"):
            wanted = set(json.loads(p["comment_ids"]))
            rows = [c for c in rows if c["comment_id"] in wanted]
        return sorted(rows, key=lambda c: (c["create_time"], c["comment_id"]),
                      reverse=p.get("sort_order", "desc") == "desc")

    def comments(self, p: dict[str, Any]) -> Resp:
        if p.get("video_id") not in self.videos_:
            return tt(40002, "video_id does not exist")
        return self._check(p) or self._cursor(self._rows(p, None), p, "comments", 30)

    def replies(self, p: dict[str, Any]) -> Resp:
        if p.get("comment_id") not in self.comments_:
            return tt(40002, "comment does not exist")
        return self._check(p) or self._cursor(self._rows(p, p["comment_id"]), p, "comments", 30)

    # --- writes ---------------------------------------------------------------------
    def hide(self, p: dict[str, Any]) -> Resp:
        c = self.comments_.get(p.get("comment_id", ""))
        if c is None:
            return tt(40002, "comment does not exist")
        if (denied := self._check(p)) is not None:
            return denied
        c["status"] = "HIDDEN" if p["action"] == "HIDE" else "PUBLIC"
        self.applied[(p["action"].lower(), c["comment_id"])] += 1
        return tt(0, "OK")

    def reply(self, p: dict[str, Any]) -> Resp:
        if len(p.get("text", "")) > 150:
            return tt(40002, "text exceeds 150 characters")
        if p.get("comment_id") not in self.comments_:
            return tt(40002, "comment does not exist")
        cid = self.add_comment(p["video_id"], p["text"], datetime.now().astimezone(),
                               self.business, parent=p["comment_id"])
        self.applied[("reply", p["text"])] += 1
        return tt(0, "OK", {"comment_id": cid, "video_id": p["video_id"], "text": p["text"]})
