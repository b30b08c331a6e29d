"""Fake LinkedIn Community Management API (reference section 4): org posts, socialActions
comments and comments on comments with Rest.li offset paging (``start``/``count``/``total``),
reply as the organisation, delete own comment; Rest.li error bodies for 401/403/429 (no
Retry-After: LinkedIn's limits reset at midnight UTC)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.fakes.routes import RouteApp
from tests.fakes.server import Req, Resp


def restli(status: int, code: str, message: str, service_code: int = 100) -> Resp:
    return Resp(status, {"status": status, "serviceErrorCode": service_code, "code": code,
                         "message": message})


class LinkedInApp(RouteApp):
    PREFIX = "/rest"
    ROUTES = (("GET", r"/organizations/(\d+)", "organization"), ("GET", "/posts", "posts"),
              ("GET", "/organizationAcls", "acls"),
              ("GET", r"/posts/(urn:li:\w+:\d+)", "post"),
              ("GET", r"/socialActions/(urn:li:.+)/comments", "comments"),
              ("POST", r"/socialActions/(urn:li:.+)/comments", "create"),
              ("DELETE", r"/socialActions/(urn:li:.+)/comments/(\d+)", "delete"))

    def __init__(self, org: str = "5550001") -> None:
        super().__init__()
        self.org = f"urn:li:organization:{org}"
        self.posts_: list[dict[str, Any]] = []
        self.comments_: dict[str, dict[str, Any]] = {}

    def authorized(self, req: Req, token: str) -> bool:
        return (super().authorized(req, token) and req.headers.get("linkedin-version", "") != ""
                and req.headers.get("x-restli-protocol-version") == "2.0.0")

    def add_post(self, text: str) -> str:
        urn = f"urn:li:share:{self.new_id('719')}"
        self.posts_.insert(0, {"id": urn, "author": self.org, "commentary": text})
        return urn

    def add_comment(self, target: str, text: str, when: datetime, actor: str) -> str:
        cid = self.new_id("720")
        post = self.comments_[target]["object"] if target in self.comments_ else target
        urn = f"urn:li:comment:({post},{cid})"
        self.comments_[urn] = {"id": cid, "commentUrn": urn, "actor": actor, "object": post,
                               "message": {"text": text, "attributes": []},
                               "created": {"actor": actor, "time": int(when.timestamp() * 1000)},
                               "_target": target}
        if target in self.comments_:
            self.comments_[urn]["parentComment"] = target
        return urn

    # --- App protocol ---------------------------------------------------------------
    def error(self, kind: str) -> Resp:
        if kind == "throttle":
            return restli(429, "TOO_MANY_REQUESTS", "Resource level throttle APPLICATION DAY "
                          "limit for calls to this resource is reached.", 101)
        if kind == "expired":
            return restli(401, "EXPIRED_ACCESS_TOKEN", "The token used in the request has "
                          "expired", 65601)
        return restli(401, "INVALID_ACCESS_TOKEN", "Invalid access token", 65600)

    def not_found(self, what: str) -> Resp:
        return restli(404, "NOT_FOUND", f"{what} not found")

    # --- reads ----------------------------------------------------------------------
    @staticmethod
    def _page(rows: list[dict[str, Any]], p: dict[str, Any]) -> Resp:
        start, count = int(p.get("start", 0)), int(p.get("count", 10))
        chunk = [{k: v for k, v in r.items() if not k.startswith("_")}
                 for r in rows[start:start + count]]
        return Resp(200, {"paging": {"start": start, "count": count, "total": len(rows),
                                     "links": []}, "elements": chunk})

    def acls(self, p: dict[str, Any]) -> Resp:
        """Organisations the member administers (sign-in pick)."""
        if p.get("q") != "roleAssignee":
            return restli(400, "ILLEGAL_ARGUMENT", "q=roleAssignee required")
        return Resp(200, {"elements": [{"organization": self.org, "role": "ADMINISTRATOR",
                                        "state": "APPROVED"}], "paging": {"start": 0}})

    def organization(self, p: dict[str, Any], oid: str) -> Resp:
        if f"urn:li:organization:{oid}" != self.org:
            return restli(403, "ACCESS_DENIED", "Not enough permissions to access organization")
        return Resp(200, {"id": int(oid), "localizedName": "Gemeente Test"})

    def posts(self, p: dict[str, Any]) -> Resp:
        if p.get("q") != "author" or p.get("author") != self.org:
            return restli(400, "ILLEGAL_ARGUMENT", "q=author&author=<org urn> required")
        return self._page(self.posts_, p)

    def post(self, p: dict[str, Any], urn: str) -> Resp:
        found = [x for x in self.posts_ if x["id"] == urn]
        return Resp(200, found[0]) if found else self.not_found(urn)

    def comments(self, p: dict[str, Any], target: str) -> Resp:
        rows = []
        for c in self.comments_.values():
            if c["_target"] == target:
                n = sum(r["_target"] == c["commentUrn"] for r in self.comments_.values())
                rows.append({**c, "commentsSummary": {"aggregatedTotalComments": n,
                                                      "totalFirstLevelComments": n}})
        return self._page(sorted(rows, key=lambda c: c["created"]["time"]), p)

    # --- writes ---------------------------------------------------------------------
    def create(self, p: dict[str, Any], target: str) -> Resp:
        if p.get("actor") != self.org:
            return restli(403, "ACCESS_DENIED",
                          "Not enough permissions to access: partnerApiSocialActions.CREATE")
        urn = self.add_comment(target, p["message"]["text"], datetime.now(UTC), self.org)
        self.applied[("reply", p["message"]["text"])] += 1
        body = {k: v for k, v in self.comments_[urn].items() if not k.startswith("_")}
        return Resp(201, body, {"x-restli-id": urn})

    def delete(self, p: dict[str, Any], target: str, cid: str) -> Resp:
        found = [u for u, c in self.comments_.items() if c["id"] == cid]
        if not found:
            return self.not_found(f"comment {cid}")
        if self.comments_[found[0]]["actor"] != p.get("actor") or p.get("actor") != self.org:
            return restli(403, "ACCESS_DENIED", "Not enough permissions to delete this comment")
        del self.comments_[found[0]]
        self.applied[("delete", found[0])] += 1
        return Resp(204)
