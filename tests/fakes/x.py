"""Fake X API v2 (reference section 5): mentions (``pagination_token``), recent search by
``conversation_id:`` (``next_token``), ``includes.users``, hide/unhide replies, replies,
DM events; 401 problem details, 429 ``{"errors":[{"code":88}]}`` with ``x-rate-limit-reset``."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from tests.fakes.routes import RouteApp, offset_page
from tests.fakes.server import Resp


def xtime(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def problem(status: int, title: str, detail: str, kind: str = "about:blank") -> Resp:
    return Resp(status, {"title": title, "detail": detail, "type": kind, "status": status},
                {"content-type": "application/problem+json"})


class XApp(RouteApp):
    PREFIX = "/2"
    ROUTES = (("GET", "/users/me", "users_me"), ("GET", r"/users/(\w+)/mentions", "mentions"),
              ("GET", r"/users/(\w+)/tweets", "timeline"),
              ("GET", "/tweets/search/recent", "search"), ("GET", r"/tweets/(\w+)", "tweet"),
              ("PUT", r"/tweets/(\w+)/hidden", "hide"), ("POST", "/tweets", "post"),
              ("GET", "/dm_events", "dm_events"),
              ("GET", r"/dm_conversations/([\w-]+)/dm_events", "dm_events"),
              ("POST", r"/dm_conversations/([\w-]+)/messages", "send_dm"))

    def __init__(self, me: str = "111", username: str = "gemeente") -> None:
        super().__init__()
        self.me, self.username = me, username
        self.users: dict[str, dict[str, str]] = {me: {"id": me, "name": "Gemeente",
                                                      "username": username}}
        self.tweets: dict[str, dict[str, Any]] = {}
        self.dms: list[dict[str, Any]] = []
        self.page_size = 100

    def add_user(self, uid: str, name: str) -> None:
        self.users[uid] = {"id": uid, "name": name, "username": name.lower().replace(" ", "_")}

    def add_tweet(self, author: str, text: str, when: datetime, *,
                  reply_to: str | None = None) -> str:
        tid = self.new_id("186")
        root = self.tweets[reply_to]["conversation_id"] if reply_to else tid
        self.tweets[tid] = {"id": tid, "text": text, "author_id": author, "created": when,
                            "conversation_id": root, "reply_to": reply_to, "hidden": False}
        return tid

    def add_dm(self, sender: str, text: str, when: datetime) -> str:
        a, b = sorted((sender, self.me), key=int)
        eid = self.new_id("158")
        self.dms.append({"id": eid, "event_type": "MessageCreate", "text": text,
                         "sender_id": sender, "dm_conversation_id": f"{a}-{b}",
                         "created_at": xtime(when), "_at": when})
        return eid

    # --- App protocol ---------------------------------------------------------------
    def error(self, kind: str) -> Resp:
        if kind == "throttle":
            reset = str(int(time.time() + float(self.retry_after)))
            return Resp(429, {"errors": [{"code": 88, "message": "Rate limit exceeded"}]},
                        {"x-rate-limit-limit": "50", "x-rate-limit-remaining": "0",
                         "x-rate-limit-reset": reset})
        return problem(401, "Unauthorized", "Unauthorized")

    def not_found(self, what: str) -> Resp:
        return problem(404, "Not Found Error", f"Could not find {what}",
                       "https://api.twitter.com/2/problems/resource-not-found")

    # --- reads ----------------------------------------------------------------------
    def _render(self, t: dict[str, Any]) -> dict[str, Any]:
        out = {"id": t["id"], "text": t["text"], "author_id": t["author_id"],
               "created_at": xtime(t["created"]), "conversation_id": t["conversation_id"]}
        if t["reply_to"]:
            out["in_reply_to_user_id"] = self.tweets[t["reply_to"]]["author_id"]
            out["referenced_tweets"] = [{"type": "replied_to", "id": t["reply_to"]}]
        return out

    def _list(self, rows: list[dict[str, Any]], p: dict[str, Any], token_param: str) -> Resp:
        since = p.get("start_time")
        if since:
            rows = [t for t in rows if xtime(t["created"]) >= since.replace("Z", ".000Z")]
        rows = sorted(rows, key=lambda t: t["created"], reverse=True)
        size = min(int(p.get("max_results", 10)), self.page_size)
        chunk, nxt = offset_page(rows, p.get(token_param), size)
        meta: dict[str, Any] = {"result_count": len(chunk)}
        if chunk:
            meta.update(newest_id=chunk[0]["id"], oldest_id=chunk[-1]["id"])
        if nxt:
            meta["next_token"] = nxt
        body: dict[str, Any] = {"meta": meta}
        if chunk:
            body["data"] = [self._render(t) for t in chunk]
            body["includes"] = {"users": [self.users[a] for a in
                                          sorted({t["author_id"] for t in chunk})]}
        return Resp(200, body)

    def users_me(self, p: dict[str, Any]) -> Resp:
        return Resp(200, {"data": self.users[self.me]})

    def mentions(self, p: dict[str, Any], uid: str) -> Resp:
        handle = "@" + self.users[uid]["username"]
        rows = [t for t in self.tweets.values() if handle in t["text"] and t["author_id"] != uid]
        return self._list(rows, p, "pagination_token")

    def timeline(self, p: dict[str, Any], uid: str) -> Resp:
        rows = [t for t in self.tweets.values() if t["author_id"] == uid]
        return self._list(rows, p, "pagination_token")

    def search(self, p: dict[str, Any]) -> Resp:
        terms = dict(t.split(":", 1) for t in str(p.get("query", "")).split() if ":" in t)
        rows = [t for t in self.tweets.values()
                if t["conversation_id"] == terms.get("conversation_id")
                and t["id"] != t["conversation_id"]
                and ("from" not in terms or t["author_id"] == terms["from"])]
        return self._list(rows, p, "next_token")

    def tweet(self, p: dict[str, Any], tid: str) -> Resp:
        if tid not in self.tweets:
            return Resp(200, {"errors": [{"value": tid, "detail": f"Could not find tweet: {tid}",
                                          "title": "Not Found Error", "resource_type": "tweet",
                                          "type": "https://api.twitter.com/2/problems/"
                                                  "resource-not-found"}]})
        return Resp(200, {"data": self._render(self.tweets[tid])})

    def dm_events(self, p: dict[str, Any], conv: str | None = None) -> Resp:
        rows = [e for e in self.dms if conv is None or e["dm_conversation_id"] == conv]
        rows = sorted(rows, key=lambda e: e["_at"], reverse=True)
        chunk, nxt = offset_page(rows, p.get("pagination_token"), int(p.get("max_results", 100)))
        body: dict[str, Any] = {"data": [{k: v for k, v in e.items() if k != "_at"}
                                         for e in chunk], "meta": {"result_count": len(chunk)}}
        if nxt:
            body["meta"]["next_token"] = nxt
        return Resp(200, body)

    # --- writes ---------------------------------------------------------------------
    def hide(self, p: dict[str, Any], tid: str) -> Resp:
        t = self.tweets.get(tid)
        if t is None:
            return self.not_found(f"tweet {tid}")
        if self.tweets[t["conversation_id"]]["author_id"] != self.me:
            return problem(403, "Forbidden", "You can only hide replies to conversations you "
                           "started")
        t["hidden"] = bool(p["hidden"])
        self.applied[("hide" if t["hidden"] else "unhide", tid)] += 1
        return Resp(200, {"data": {"hidden": t["hidden"]}})

    def post(self, p: dict[str, Any]) -> Resp:
        tid = self.add_tweet(self.me, p["text"], datetime.now(UTC),
                             reply_to=p["reply"]["in_reply_to_tweet_id"])
        self.applied[("reply", p["text"])] += 1
        return Resp(201, {"data": {"id": tid, "text": p["text"]}})

    def send_dm(self, p: dict[str, Any], conv: str) -> Resp:
        eid = self.add_dm(self.me, p["text"], datetime.now(UTC))
        self.dms[-1]["dm_conversation_id"] = conv
        self.applied[("dm", p["text"])] += 1
        return Resp(201, {"data": {"dm_conversation_id": conv, "dm_event_id": eid}})
