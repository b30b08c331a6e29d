"""What a fresh login gives access to: the pages, channels and accounts to pick from.

One finder per platform family; each is the ``discover`` column of its platform rows
(``moderator.platforms``), called with the API base, the login's tokens and HTTP options.
Ids and names come from the platform (never typed by the user). For Meta the login's user
token lists the Pages with a Page token each, and the Instagram professional account
linked to each Page, which is reached with that Page's token.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator.connectors import graph, linkedin, parse, tiktok, x, youtube
from moderator.connectors.http import ApiClient
from moderator.items import Platform

if TYPE_CHECKING:
    from moderator.auth.tokens import TokenSet
    from moderator.connectors.http import HttpOptions
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


def _client(name: str, base: str, token: str, options: HttpOptions, **kw: Any) -> ApiClient:
    return ApiClient(f"{name}/aanmelden", base, token, options=options, **kw)


def youtube_channels(base: str, tokens: TokenSet, options: HttpOptions) -> list[Connectable]:
    """The YouTube channels of the signed-in Google account (``channels?mine=true``)."""
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


def x_account(base: str, tokens: TokenSet, options: HttpOptions) -> list[Connectable]:
    """The X account that signed in (``users/me``)."""
    api = _client("x", base, tokens.access_token, options, classify=x.classify)
    try:
        body = api.get("users/me", {"user.fields": "username,name"})
    finally:
        api.close()
    user = parse.obj(parse.obj(body, "users/me").get("data"), "user")
    handle = "@" + parse.text(user, "username", "user")
    return [Connectable(Platform.X, parse.text(user, "id", "user"),
                        parse.text(user, "name", "user", required=False) or handle, handle)]


def meta_pages(base: str, tokens: TokenSet, options: HttpOptions) -> list[Connectable]:
    """The Facebook Pages the login manages, each with its linked Instagram account."""
    api = ApiClient("meta", base or graph.DEFAULT_BASE, tokens.access_token,
                    classify=graph.classify, options=options)
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


def linkedin_organisations(base: str, tokens: TokenSet,
                           options: HttpOptions) -> list[Connectable]:
    """The LinkedIn organisations the member administers."""
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


def tiktok_account(base: str, tokens: TokenSet, options: HttpOptions) -> list[Connectable]:
    """The TikTok business account that signed in."""
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

