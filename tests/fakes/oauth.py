"""Fake authorization servers written from the platforms' OAuth documentation.

* Google, installed apps: ``GET /o/oauth2/v2/auth`` (code, PKCE S256, ``access_type=offline``)
  and ``POST /token`` (``authorization_code`` with ``client_secret`` in the body;
  ``refresh_token`` grant; ``invalid_grant`` for a revoked refresh token). Google keeps the
  refresh token on refresh (the answer omits it).
* X, OAuth 2.0 with PKCE: ``GET /i/oauth2/authorize`` and ``POST /2/oauth2/token``; a
  confidential client authenticates with HTTP Basic; refresh tokens rotate (single use).
* Meta, Facebook Login for desktop: ``GET /v25.0/dialog/oauth`` with ``response_type=token``
  redirects to the fixed success page with the short-lived token in the fragment;
  ``GET /v25.0/oauth/access_token?grant_type=fb_exchange_token`` gives a long-lived user
  token; ``GET /v25.0/me/accounts`` lists Pages with Page tokens and linked Instagram
  accounts.

The fake user consents at once: the authorize endpoint answers with the redirect, so a test
"browser" is an HTTP client following redirects. Every access token it issues is accepted
by the API app hosted next to it (:class:`Hosted`) until it expires or is revoked.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from tests.fakes.server import Req, Resp


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    challenge: str
    scope: str


@dataclass
class OAuthApp:
    """One platform's authorization server (``kind``: google, x or meta)."""

    kind: str
    client_id: str = "client-123"
    client_secret: str = "secret-456"
    lifetime: float = 3600.0
    pages: list[dict[str, Any]] = field(default_factory=list)  # Meta: id, name, ig
    issued: dict[str, float] = field(default_factory=dict)  # access token -> expiry epoch
    refresh_tokens: set[str] = field(default_factory=set)
    codes: dict[str, Grant] = field(default_factory=dict)
    log: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    api_calls: int = 0
    expire_after_calls: int | None = None  # expire every access token after N API calls

    def __post_init__(self) -> None:
        self._n = itertools.count(1)
        self._lock = threading.Lock()

    # --- what tests do --------------------------------------------------------------
    def expire_all(self) -> None:
        """Every access token issued so far stops working (as after its hour)."""
        with self._lock:
            self.issued = dict.fromkeys(self.issued, 0.0)

    def revoke_refresh(self) -> None:
        """The user revoked the app (or the consent screen is in testing for 7 days)."""
        with self._lock:
            self.refresh_tokens.clear()

    def valid(self, token: str) -> bool:
        with self._lock:
            return self.issued.get(token, 0.0) > time.time()

    def counted_call(self) -> None:
        with self._lock:
            self.api_calls += 1
            if self.expire_after_calls is not None and self.api_calls == self.expire_after_calls:
                self.issued = dict.fromkeys(self.issued, 0.0)

    # --- paths ----------------------------------------------------------------------
    def owns(self, path: str) -> bool:
        return path in self._routes()

    def _routes(self) -> dict[str, str]:
        if self.kind == "google":
            return {"/o/oauth2/v2/auth": "authorize", "/token": "token"}
        if self.kind == "x":
            return {"/i/oauth2/authorize": "authorize", "/2/oauth2/token": "token"}
        if self.kind == "linkedin":  # the native-app (PKCE) flow
            return {"/oauth/v2/authorization": "authorize", "/oauth/v2/accessToken": "token"}
        if self.kind == "tiktok":  # Business API: token calls on the API host, JSON bodies
            return {"/v2/auth/authorize/": "tt_authorize",
                    "/open_api/v1.3/tt_user/oauth2/token/": "tt_token",
                    "/open_api/v1.3/tt_user/oauth2/refresh_token/": "tt_refresh"}
        return {"/v25.0/dialog/oauth": "meta_dialog", "/connect/login_success.html": "success",
                "/v25.0/oauth/access_token": "meta_exchange", "/v25.0/me/accounts": "accounts"}

    def handle(self, req: Req, base: str) -> Resp:
        name = self._routes()[req.path]
        p = req.params()
        self.log.append((name, {k: str(v) for k, v in p.items()}))
        result: Resp = getattr(self, f"_{name}")(p, req)
        return result

    def _new(self, prefix: str) -> str:
        stamp = base64.b32encode(str(time.time()).encode()).decode()[:8]
        return f"{prefix}-{self.kind}-{next(self._n)}-{stamp}"

    def _issue(self, lifetime: float | None = None) -> str:
        token = self._new("AT")
        with self._lock:
            self.issued[token] = time.time() + (lifetime if lifetime is not None else self.lifetime)
        return token

    # --- authorization code + PKCE (Google, X) --------------------------------------
    def _authorize(self, p: dict[str, Any], req: Req) -> Resp:
        if p.get("client_id") != self.client_id:
            return Resp(400, "<html>Error 401: invalid_client</html>",
                        {"content-type": "text/html"})
        if p.get("response_type") != "code" or p.get("code_challenge_method") != "S256" \
                or not p.get("code_challenge") or not p.get("state"):
            return _redirect(p["redirect_uri"], {"error": "invalid_request",
                                                 "state": p.get("state", "")})
        if self.kind == "google" and p.get("access_type") != "offline":
            return _redirect(p["redirect_uri"], {"error": "invalid_request"})
        code = self._new("CODE")
        self.codes[code] = Grant(p["client_id"], p["redirect_uri"], p["code_challenge"],
                                 p.get("scope", ""))
        return _redirect(p["redirect_uri"], {"code": code, "state": p["state"]})

    def _client_ok(self, p: dict[str, Any], req: Req) -> bool:
        basic = req.headers.get("authorization", "")
        if basic.startswith("Basic "):
            cid, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
            return cid == self.client_id and secret == self.client_secret
        if self.kind == "google":  # installed apps send the (non-confidential) secret
            return p.get("client_id") == self.client_id and \
                p.get("client_secret") == self.client_secret
        return p.get("client_id") == self.client_id  # X public client: PKCE only

    def _token(self, p: dict[str, Any], req: Req) -> Resp:
        if not self._client_ok(p, req):
            return Resp(401, {"error": "invalid_client"})
        if p.get("grant_type") == "authorization_code":
            grant = self.codes.pop(p.get("code", ""), None)
            verifier = p.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            if grant is None or grant.redirect_uri != p.get("redirect_uri") or \
                    digest.decode().rstrip("=") != grant.challenge:
                return Resp(400, {"error": "invalid_grant",
                                  "error_description": "Bad code, redirect or verifier"})
            return Resp(200, self._token_body(refresh=True, scope=grant.scope))
        if p.get("grant_type") == "refresh_token":
            old = p.get("refresh_token", "")
            with self._lock:
                if old not in self.refresh_tokens:
                    return Resp(400, {"error": "invalid_grant",
                                      "error_description": "Token has been expired or revoked."})
                if self.kind == "x":  # X refresh tokens are single use
                    self.refresh_tokens.discard(old)
            return Resp(200, self._token_body(refresh=self.kind == "x"))
        return Resp(400, {"error": "unsupported_grant_type"})

    def _token_body(self, *, refresh: bool, scope: str = "") -> dict[str, Any]:
        body: dict[str, Any] = {"access_token": self._issue(), "token_type": "Bearer",
                                "expires_in": int(self.lifetime), "scope": scope}
        if refresh:
            rt = self._new("RT")
            with self._lock:
                self.refresh_tokens.add(rt)
            body["refresh_token"] = rt
            if self.kind in ("linkedin", "tiktok"):  # fixed 365-day refresh tokens
                body["refresh_token_expires_in"] = 31_536_000
        return body

    # --- TikTok Business API ----------------------------------------------------------
    def _tt_authorize(self, p: dict[str, Any], req: Req) -> Resp:
        if p.get("client_key") != self.client_id or not p.get("state"):
            return Resp(400, "<html>invalid client_key</html>", {"content-type": "text/html"})
        code = self._new("CODE")
        self.codes[code] = Grant(self.client_id, p["redirect_uri"], "", p.get("scope", ""))
        return _redirect(p["redirect_uri"], {"code": code, "state": p["state"]})

    def _tt_token(self, p: dict[str, Any], req: Req) -> Resp:
        grant = self.codes.pop(p.get("auth_code", ""), None)
        if p.get("client_secret") != self.client_secret or grant is None \
                or grant.redirect_uri != p.get("redirect_uri"):
            return Resp(200, {"code": 40001, "message": "invalid auth_code", "data": {}})
        return Resp(200, {"code": 0, "message": "OK", "data": {
            **self._token_body(refresh=True), "open_id": "biz-open-id"}})

    def _tt_refresh(self, p: dict[str, Any], req: Req) -> Resp:
        with self._lock:
            known = p.get("refresh_token") in self.refresh_tokens
        if p.get("client_secret") != self.client_secret or not known:
            return Resp(200, {"code": 40104, "message": "refresh_token expired", "data": {}})
        return Resp(200, {"code": 0, "message": "OK", "data": self._token_body(refresh=False)})

    # --- Meta -----------------------------------------------------------------------
    def _meta_dialog(self, p: dict[str, Any], req: Req) -> Resp:
        if p.get("client_id") != self.client_id or p.get("response_type") != "token":
            return Resp(400, "<html>Invalid App ID</html>", {"content-type": "text/html"})
        short = self._issue(5400)
        fragment = urlencode({"access_token": short, "data_access_expiration_time": "0",
                              "expires_in": "5400", "state": p.get("state", "")})
        return Resp(302, "", {"location": f"{p['redirect_uri']}#{fragment}",
                              "content-type": "text/html"})

    def _success(self, p: dict[str, Any], req: Req) -> Resp:
        return Resp(200, "<html><body>Success</body></html>", {"content-type": "text/html"})

    def _meta_exchange(self, p: dict[str, Any], req: Req) -> Resp:
        if p.get("client_id") != self.client_id or p.get("client_secret") != self.client_secret \
                or p.get("grant_type") != "fb_exchange_token" \
                or not self.valid(p.get("fb_exchange_token", "")):
            return Resp(400, {"error": {"message": "Invalid OAuth access token.",
                                        "type": "OAuthException", "code": 190}})
        token = self._issue(5_183_944)
        with self._lock:
            self.refresh_tokens.add(token)  # marks it as a long-lived user token
        return Resp(200, {"access_token": token, "token_type": "bearer",
                          "expires_in": 5_183_944})

    def _accounts(self, p: dict[str, Any], req: Req) -> Resp:
        user = req.headers.get("authorization", "").removeprefix("Bearer ")
        if user not in self.refresh_tokens or not self.valid(user):
            return Resp(400, {"error": {"message": "Invalid OAuth access token.",
                                        "type": "OAuthException", "code": 190}})
        data = []
        for page in self.pages:
            row: dict[str, Any] = {"id": page["id"], "name": page["name"],
                                   "access_token": self._issue(10 * 365 * 86400),
                                   "tasks": ["MODERATE", "MESSAGING", "ANALYZE"]}
            if page.get("ig"):
                row["instagram_business_account"] = {"id": page["ig"],
                                                     "username": page.get("ig_name", "")}
            data.append(row)
        return Resp(200, {"data": data, "paging": {"cursors": {"before": "a", "after": "b"}}})


def _redirect(uri: str, params: dict[str, str]) -> Resp:
    return Resp(302, "", {"location": f"{uri}?{urlencode(params)}", "content-type": "text/html"})


class Hosted:
    """An authorization server and the platform API it guards, on one fake host.

    Requests to the authorization server's paths go to it; every other request must carry
    an access token the authorization server issued and still honours.
    """

    def __init__(self, auth: OAuthApp, api: Any) -> None:
        self.auth, self.api = auth, api

    def authorized(self, req: Req, token: str) -> bool:
        if self.auth.owns(req.path):
            return True
        header = getattr(self.api, "AUTH_HEADER", "authorization")
        prefix = getattr(self.api, "AUTH_PREFIX", "Bearer ")
        value = req.headers.get(header, "")
        self.auth.counted_call()
        return value.startswith(prefix) and self.auth.valid(value[len(prefix):])

    def error(self, kind: str) -> Resp:
        result: Resp = self.api.error(kind)
        return result

    def handle(self, req: Req, base: str) -> Resp:
        if self.auth.owns(req.path):
            return self.auth.handle(req, base)
        result: Resp = self.api.handle(req, base)
        return result


def browser_consent(url: str) -> str:
    """Act as the user's browser: open ``url``, follow redirects, return where it ended.

    For a loopback redirect the last hop is the app's own listener (which gets the code);
    for Meta it is the success page, whose address (with the fragment) is returned.
    """
    import httpx

    with httpx.Client(follow_redirects=False, timeout=10.0) as client:
        for _ in range(5):
            resp = client.get(url)
            location = resp.headers.get("location")
            if resp.status_code not in (301, 302, 303, 307) or not location:
                return url
            url = location
            if "#" in url:  # a browser keeps the fragment to itself: the page loads without it
                client.get(url.split("#", 1)[0])
                return url
    return url


def query_of(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query))
