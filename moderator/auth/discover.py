"""What a fresh login gives access to: the pages, channels and accounts to pick from.

Ids and names come from the platform (never typed by the user). For Meta the login's user
token lists the Pages with a Page token each, and the Instagram professional account
linked to each Page, which is reached with that Page's token.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator.connectors import graph, linkedin, parse, tiktok, x, youtube
from moderator.connectors.http import ApiClient, HttpOptions
from moderator.items import Platform

if TYPE_CHECKING:
    from moderator.auth.tokens import TokenSet

_DEFAULT_BASES = {Platform.YOUTUBE: youtube.DEFAULT_BASE, Platform.X: x.DEFAULT_BASE,
                  Platform.LINKEDIN: linkedin.DEFAULT_BASE, Platform.TIKTOK: tiktok.DEFAULT_BASE,
                  Platform.FACEBOOK: graph.DEFAULT_BASE, Platform.INSTAGRAM: graph.DEFAULT_BASE}
_PAGE_FIELDS = "id,name,access_token,tasks,instagram_business_account{id,username,name}"


@dataclass(frozen=True, slots=True)
class Connectable:
    """One page, channel or account the login may connect.

    ``access_token`` is set where the platform hands out a token of its own for it (a
    Meta Page token); otherwise the login's token is used.
    """

    platform: Platform
    external_id: str
    name: str
    detail: str = ""
    access_token: str = ""

    @property
    def key(self) -> str:
        """A stable key for pickers and tests: ``platform:external_id``."""
        return f"{self.platform.value}:{self.external_id}"


def default_base(platform: Platform) -> str:
    """The platform's API base when none is configured."""
    return _DEFAULT_BASES[platform]


def discover(platform: Platform, tokens: TokenSet, api_base: str = "",
             options: HttpOptions | None = None) -> list[Connectable]:
    """Everything the login behind ``tokens`` can connect on ``platform``'s family."""
    base = api_base or default_base(platform)
    options = options or HttpOptions(timeout=30.0, get_retries=2, max_wait=30.0)
    finder = _FINDERS[platform]
    return finder(base, tokens, options)


def _client(name: str, base: str, token: str, options: HttpOptions, **kw: Any) -> ApiClient:
    return ApiClient(f"{name}/aanmelden", base, token, options=options, **kw)


def _youtube(base: str, tokens: TokenSet, options: HttpOptions) -> list[Connectable]:
    api = _client("youtube", base, tokens.access_token, options, classify=youtube.classify)
    try:
        body = api.get("channels", {"part": "snippet", "mine": "true", "maxResults": 50})
    finally:
        api.close()
    out = []
    for ch in parse.items(body, "items", "channels"):
        snippet = parse.obj(ch.get("snippet") or {}, "channel snippet")
        out.append(Connectable(Platform.YOUTUBE, parse.text(ch, "id", "channel"),
                               parse.text(snippet, "title", "channel", required=False)
                               or parse.text(ch, "id", "channel"),
                               parse.text(snippet, "customUrl", "channel", required=False)))
    return out


def _x(base: str, tokens: TokenSet, options: HttpOptions) -> list[Connectable]:
    api = _client("x", base, tokens.access_token, options, classify=x.classify)
    try:
        body = api.get("users/me", {"user.fields": "username,name"})
    finally:
        api.close()
    user = parse.obj(parse.obj(body, "users/me").get("data"), "user")
    handle = "@" + parse.text(user, "username", "user")
    return [Connectable(Platform.X, parse.text(user, "id", "user"),
                        parse.text(user, "name", "user", required=False) or handle, handle)]


def _meta(base: str, tokens: TokenSet, options: HttpOptions) -> list[Connectable]:
    api = graph.client("meta", base, tokens.access_token, options)
    out: list[Connectable] = []
    try:
        for data, _last in graph.paged(api, "me/accounts", {"fields": _PAGE_FIELDS,
                                                            "limit": 100}):
            for page in data:
                out += _page_and_instagram(page)
    finally:
        api.close()
    return out


def _page_and_instagram(page: dict[str, Any]) -> list[Connectable]:
    where = "page"
    pid, name = parse.text(page, "id", where), parse.text(page, "name", where, required=False)
    token = parse.text(page, "access_token", where, required=False)
    out = [Connectable(Platform.FACEBOOK, pid, name or pid, "", token)]
    ig = page.get("instagram_business_account")
    if isinstance(ig, dict) and ig.get("id"):
        handle = parse.text(ig, "username", "instagram", required=False)
        out.append(Connectable(Platform.INSTAGRAM, parse.text(ig, "id", "instagram"),
                               ("@" + handle) if handle else name or pid, name or pid, token))
    return out


def _linkedin(base: str, tokens: TokenSet, options: HttpOptions) -> list[Connectable]:
    api = _client("linkedin", base, tokens.access_token, options, classify=linkedin.classify,
                  headers={"LinkedIn-Version": linkedin.VERSION,
                           "X-Restli-Protocol-Version": "2.0.0"})
    out = []
    try:
        body = api.get("organizationAcls", {"q": "roleAssignee", "role": "ADMINISTRATOR",
                                            "state": "APPROVED"})
        for acl in parse.items(body, "elements", "organizationAcls"):
            urn = parse.text(acl, "organization", "organizationAcl")
            org = parse.obj(api.get(f"organizations/{urn.rsplit(':', 1)[-1]}"), "organization")
            out.append(Connectable(Platform.LINKEDIN, urn,
                                   parse.text(org, "localizedName", "organization",
                                              required=False) or urn,
                                   parse.text(org, "vanityName", "organization",
                                              required=False)))
    finally:
        api.close()
    return out


def _tiktok(base: str, tokens: TokenSet, options: HttpOptions) -> list[Connectable]:
    if not tokens.subject:
        return []
    api = _client("tiktok", base, tokens.access_token, options, classify=tiktok.classify,
                  auth_header="Access-Token", auth_prefix="")
    try:
        body = api.get("business/get/", {"business_id": tokens.subject,
                                         "fields": json.dumps(["username", "display_name"])})
    finally:
        api.close()
    data = parse.obj(parse.obj(body, "business").get("data"), "business data")
    handle = parse.text(data, "username", "business", required=False)
    return [Connectable(Platform.TIKTOK, tokens.subject,
                        parse.text(data, "display_name", "business", required=False)
                        or handle or tokens.subject, ("@" + handle) if handle else "")]


_FINDERS = {Platform.YOUTUBE: _youtube, Platform.X: _x, Platform.FACEBOOK: _meta,
            Platform.INSTAGRAM: _meta, Platform.LINKEDIN: _linkedin, Platform.TIKTOK: _tiktok}
