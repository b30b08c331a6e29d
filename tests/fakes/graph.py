"""Fake Graph API (Facebook Page + Instagram professional account), reference sections 1 and 2.

Synthetic shapes from the reference: cursor paging with ``paging.next`` links that carry
``access_token`` in the query (as Graph does), ``filter=stream`` flat comments with
``parent``, Instagram ``replies{...}`` expansion, hide/delete/reply, conversations and the
Send API, and Graph error bodies (190 expired, 4 throttled, 100/33 missing).
"""

from __future__ import annotations

import base64
import itertools
from collections import Counter
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from tests.fakes.server import Req, Resp

V = "v25.0"


def gtime(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _err(status: int, code: int, message: str, sub: int | None = None,
         headers: dict[str, str] | None = None) -> Resp:
    body: dict[str, Any] = {"message": message, "type": "OAuthException", "code": code,
                            "fbtrace_id": "AbC123xyz"}
    if sub:
        body["error_subcode"] = sub
    return Resp(status, {"error": body}, headers or {})


class GraphApp:
    def __init__(self, page_id: str = "1000", ig_id: str = "1784") -> None:
        self.page_id, self.ig_id = page_id, ig_id
        self.nodes: dict[str, dict[str, Any]] = {page_id: {"id": page_id, "name": "Gemeente Test",
                                                           "_t": "page"},
                                                  ig_id: {"id": ig_id, "name": "gemeente.test",
                                                          "_t": "page"}}
        self.me = page_id  # whose token this is; Instagram tests set it to ig_id
        self.edges: dict[str, list[str]] = {}
        self.applied: Counter[tuple[str, str]] = Counter()
        self.retry_after = "0.05"
        self._ids = itertools.count(10_000)

    # --- building state -------------------------------------------------------------
    def new_id(self, prefix: str = "") -> str:
        return f"{prefix}{next(self._ids)}"

    def add_post(self, message: str, when: datetime, owner: str | None = None, *,
                 visitor: tuple[str, str] | None = None) -> str:
        """A post by the Page (or account), or by a ``visitor`` on the Page's feed."""
        owner = owner or self.page_id
        pid = self.new_id(f"{owner}_")
        ig = owner == self.ig_id
        self.nodes[pid] = {"id": pid, "_t": "media" if ig else "post", "created": when,
                           "message": message, "owner": owner, "hidden": False,
                           "from": {"id": visitor[0], "name": visitor[1]} if visitor
                           else {"id": owner, "name": "Gemeente Test"}}
        self.edges.setdefault(f"{owner}/{'visitor_posts' if visitor else 'posts'}",
                              []).append(pid)
        return pid

    def add_comment(self, parent: str, message: str, when: datetime, author: tuple[str, str],
                    *, hidden: bool = False) -> str:
        cid = self.new_id(f"{parent.split('_', maxsplit=1)[0]}_")
        pnode = self.nodes[parent]
        post = pnode["id"] if pnode["_t"] in ("post", "media") else pnode["post"]
        self.nodes[cid] = {"id": cid, "_t": "comment", "message": message, "created": when,
                           "from": {"id": author[0], "name": author[1]}, "hidden": hidden,
                           "post": post, "parent": None if parent == post else parent}
        self.edges.setdefault(f"{parent}/comments", []).append(cid)
        return cid

    def add_dm(self, owner: str, person: tuple[str, str], message: str, when: datetime) -> str:
        conv = f"t_{owner}_{person[0]}"
        if conv not in self.nodes:
            self.nodes[conv] = {"id": conv, "_t": "conv", "owner": owner, "person": person,
                                "updated": when}
            self.edges.setdefault(f"{owner}/conversations", []).append(conv)
        mid = self.new_id("m_")
        self.nodes[mid] = {"id": mid, "_t": "msg", "message": message, "created": when,
                           "from": {"id": person[0], "name": person[1]}}
        self.edges.setdefault(f"{conv}/messages", []).insert(0, mid)
        self.nodes[conv]["updated"] = max(self.nodes[conv]["updated"], when)
        return mid

    def stream(self, post: str) -> list[dict[str, Any]]:
        """Every live comment of a post, flat, chronological (``filter=stream``)."""
        out = [self.nodes[c] for c in self.edges.get(f"{post}/comments", []) if c in self.nodes]
        for top in list(out):
            out += [self.nodes[c] for c in self.edges.get(f"{top['id']}/comments", [])
                    if c in self.nodes]
        return sorted(out, key=lambda n: (n["created"], n["id"]))

    # --- App protocol ---------------------------------------------------------------
    def authorized(self, req: Req, token: str) -> bool:
        return req.headers.get("authorization") == f"Bearer {token}"

    def error(self, kind: str) -> Resp:
        if kind == "throttle":
            return _err(403, 4, "Application request limit reached",
                        headers={"retry-after": self.retry_after})
        if kind == "expired":
            return _err(400, 190, "Error validating access token: Session has expired", 463)
        return _err(400, 190, "Invalid OAuth access token.")

    def handle(self, req: Req, base: str) -> Resp:
        parts = req.path.strip("/").split("/")
        if parts[0] != V or len(parts) < 2:
            return _err(400, 2500, "Unknown path components")
        node_id, edge = parts[1], (parts[2] if len(parts) > 2 else "")
        if node_id == "me":
            node_id = self.me
        node = self.nodes.get(node_id)
        if node is None:
            return _err(400, 100, "Unsupported get request. Object does not exist", 33)
        p = req.params()
        handler = getattr(self, f"_{req.method.lower()}_{edge or 'node'}", None)
        if handler is None:
            return _err(400, 100, f"Unknown edge {edge}")
        result: Resp = handler(node, p, req, base)
        return result

    # --- reads ----------------------------------------------------------------------
    def _page(self, rows: list[dict[str, Any]], p: dict[str, Any], req: Req, base: str) -> Resp:
        limit = int(p.get("limit", 25))
        start = int(base64.b64decode(p["after"]).decode()) if p.get("after") else 0
        chunk = rows[start:start + limit]
        body: dict[str, Any] = {"data": chunk, "paging": {"cursors": {
            "before": base64.b64encode(str(start).encode()).decode(),
            "after": base64.b64encode(str(start + len(chunk)).encode()).decode()}}}
        if start + limit < len(rows):
            q = {k: v for k, v in p.items() if k != "after"}
            q.update(after=body["paging"]["cursors"]["after"], access_token="TOKEN-abc123")
            body["paging"]["next"] = f"{base}{req.path}?{urlencode(q)}"
        return Resp(200, body)

    def _get_node(self, node: dict[str, Any], p: dict[str, Any], req: Req, base: str) -> Resp:
        if node["_t"] == "conv":
            return Resp(200, self._conv(node))
        return Resp(200, self._render(node, p.get("fields", "")))

    def _render(self, node: dict[str, Any], fields: str = "") -> dict[str, Any]:
        if node["_t"] == "page":
            return {"id": node["id"], "name": node["name"]}
        if node["_t"] in ("post", "media"):
            if node["_t"] == "media":
                return {"id": node["id"], "caption": node["message"],
                        "timestamp": gtime(node["created"]),
                        "permalink": f"https://www.instagram.com/p/{node['id']}/"}
            return {"id": node["id"], "message": node["message"],
                    "created_time": gtime(node["created"]), "from": node["from"],
                    "is_hidden": node["hidden"],
                    "permalink_url": f"https://www.facebook.com/{node['id']}"}
        out: dict[str, Any] = {"id": node["id"], "created_time": gtime(node["created"]),
                               "from": node["from"]}
        if node.get("post", "").startswith(self.ig_id):
            out = {"id": node["id"], "text": node["message"], "timestamp": gtime(node["created"]),
                   "username": node["from"]["name"],
                   "from": {"id": node["from"]["id"], "username": node["from"]["name"]},
                   "hidden": node["hidden"]}
            if node["parent"]:
                out["parent_id"] = node["parent"]
            elif "replies" in fields:
                out["replies"] = {"data": [self._render(self.nodes[r]) for r in
                                           self.edges.get(f"{node['id']}/comments", [])
                                           if r in self.nodes]}
            return out
        out.update(message=node["message"], is_hidden=node["hidden"],
                   permalink_url=f"https://www.facebook.com/{node['id']}")
        if node.get("parent"):
            out["parent"] = {"id": node["parent"]}
        if node.get("private_reply"):
            out["private_reply_conversation"] = {"id": node["private_reply"]}
        return out

    def _get_published_posts(self, node: dict[str, Any], p: dict[str, Any], req: Req,
                             base: str) -> Resp:
        posts = [self._render(self.nodes[i]) for i in self.edges.get(f"{node['id']}/posts", [])]
        return self._page(posts[::-1], p, req, base)

    _get_media = _get_published_posts

    def _get_feed(self, node: dict[str, Any], p: dict[str, Any], req: Req, base: str) -> Resp:
        """The Page's own posts and its visitors' posts, newest first."""
        ids = self.edges.get(f"{node['id']}/posts", []) + \
            self.edges.get(f"{node['id']}/visitor_posts", [])
        posts = sorted((self.nodes[i] for i in ids if i in self.nodes),
                       key=lambda n: (n["created"], n["id"]), reverse=True)
        return self._page([self._render(n) for n in posts], p, req, base)

    def _get_comments(self, node: dict[str, Any], p: dict[str, Any], req: Req,
                      base: str) -> Resp:
        if p.get("filter") == "stream":
            rows = self.stream(node["id"])
        else:
            rows = [self.nodes[c] for c in self.edges.get(f"{node['id']}/comments", [])
                    if c in self.nodes]
        since = int(p.get("since", 0))
        rows = [r for r in rows if r["created"].timestamp() >= since]
        return self._page([self._render(r, p.get("fields", "")) for r in rows], p, req, base)

    _get_replies = _get_comments

    def _conv(self, conv: dict[str, Any]) -> dict[str, Any]:
        owner = self.nodes[conv["owner"]] if conv["owner"] in self.nodes else {"id": conv["owner"]}
        msgs = [self.nodes[m] for m in self.edges.get(f"{conv['id']}/messages", [])]
        return {"id": conv["id"], "updated_time": gtime(conv["updated"]),
                "participants": {"data": [{"id": conv["person"][0], "name": conv["person"][1]},
                                          {"id": owner["id"], "name": owner.get("name", "")}]},
                "messages": {"data": [{"id": m["id"], "created_time": gtime(m["created"]),
                                       "from": m["from"], "message": m["message"]}
                                      for m in msgs[:20]]}}

    def _get_conversations(self, node: dict[str, Any], p: dict[str, Any], req: Req,
                           base: str) -> Resp:
        convs = sorted((self.nodes[c] for c in self.edges.get(f"{node['id']}/conversations", [])),
                       key=lambda c: c["updated"], reverse=True)
        return self._page([self._conv(c) for c in convs], p, req, base)

    def _get_messages(self, node: dict[str, Any], p: dict[str, Any], req: Req,
                      base: str) -> Resp:
        return self._page(self._conv(node)["messages"]["data"], p, req, base)

    # --- writes ---------------------------------------------------------------------
    def _post_node(self, node: dict[str, Any], p: dict[str, Any], req: Req, base: str) -> Resp:
        key = "is_hidden" if "is_hidden" in p else "hide"
        node["hidden"] = str(p[key]).lower() == "true"
        self.applied[("hide" if node["hidden"] else "unhide", node["id"])] += 1
        return Resp(200, {"success": True})

    def _delete_node(self, node: dict[str, Any], p: dict[str, Any], req: Req, base: str) -> Resp:
        del self.nodes[node["id"]]
        self.applied[("delete", node["id"])] += 1
        return Resp(200, {"success": True})

    def _post_comments(self, node: dict[str, Any], p: dict[str, Any], req: Req,
                       base: str) -> Resp:
        owner = self.ig_id if node.get("post", node["id"]).startswith(self.ig_id) else self.page_id
        cid = self.add_comment(node["id"], p["message"], datetime.now(UTC),
                               (owner, "Gemeente Test"))
        self.applied[("reply", p["message"])] += 1
        return Resp(200, {"id": cid})

    _post_replies = _post_comments

    def _post_messages(self, node: dict[str, Any], p: dict[str, Any], req: Req,
                       base: str) -> Resp:
        rcpt, text = p["recipient"], p["message"]["text"]
        self.applied[("dm", text)] += 1
        if "comment_id" in rcpt:
            comment = self.nodes[rcpt["comment_id"]]
            person = (comment["from"]["id"], comment["from"]["name"])
        else:
            person = (rcpt["id"], "")
        conv = f"t_{node['id']}_{person[0]}"
        mid = self.add_dm(node["id"], person, text, datetime.now(UTC))
        self.nodes[mid]["from"] = {"id": node["id"], "name": "Gemeente Test"}
        if "comment_id" in rcpt:
            self.nodes[rcpt["comment_id"]]["private_reply"] = conv
        return Resp(200, {"recipient_id": person[0], "message_id": mid})
