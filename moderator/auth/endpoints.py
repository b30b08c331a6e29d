"""How each platform signs an organisation's app in: endpoints, scopes, redirect, PKCE.

One row per platform (docs/platforms.md has the sources). ``auth_base`` replaces the
scheme and host of the authorization and token endpoints (tests point it at a local fake);
the token exchange of Meta and TikTok lives on the API host, so ``api_base`` moves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from moderator.items import Platform


class Redirect(StrEnum):
    """Where the platform sends the browser back to."""

    LOOPBACK = "loopback"        # http://127.0.0.1:PORT/callback (RFC 8252 section 7.3)
    META_SUCCESS = "meta"        # the fixed https://www.facebook.com/connect/login_success.html


@dataclass(frozen=True, slots=True)
class OAuthSpec:
    """The sign-in facts of one platform."""

    platform: Platform
    authorize_host: str
    authorize_path: str
    token_host: str          # "" = on the API base
    token_path: str
    scopes: tuple[str, ...]
    redirect: Redirect = Redirect.LOOPBACK
    pkce: bool = True
    needs_secret: bool = False
    #: How a client with a secret authenticates at the token endpoint (RFC 8414 names);
    #: without a secret the client id alone is sent ("none", a public client using PKCE).
    client_auth: str = "client_secret_post"
    #: Loopback port the registration must list ("0" = any port, chosen per sign-in).
    fixed_port: int = 0
    scope_separator: str = " "
    client_id_param: str = "client_id"
    extra_params: tuple[tuple[str, str], ...] = ()
    developer_page: str = ""
    flavour: str = "oauth2"

    def authorize_url(self, auth_base: str = "") -> str:
        """The authorization endpoint (on ``auth_base`` when given)."""
        return (auth_base.rstrip("/") or self.authorize_host) + self.authorize_path

    def token_url(self, auth_base: str = "", api_base: str = "") -> str:
        """The token endpoint: on the auth host, or (Meta, TikTok) on the API host."""
        if self.token_host:
            return (auth_base.rstrip("/") or self.token_host) + self.token_path
        return (api_base.rstrip("/") or _API_DEFAULTS[self.platform]) + self.token_path


_API_DEFAULTS = {
    Platform.FACEBOOK: "https://graph.facebook.com/v25.0",
    Platform.INSTAGRAM: "https://graph.facebook.com/v25.0",
    Platform.TIKTOK: "https://business-api.tiktok.com/open_api/v1.3",
}
_META_SCOPES = ("pages_show_list", "pages_read_engagement", "pages_read_user_engagement",
                "pages_manage_engagement", "pages_manage_metadata", "pages_messaging",
                "instagram_basic", "instagram_manage_comments", "instagram_manage_messages",
                "business_management")


def _meta(platform: Platform) -> OAuthSpec:
    """Facebook Login: Pages, Messenger and the Instagram accounts linked to them."""
    return OAuthSpec(
        platform, "https://www.facebook.com", "/v25.0/dialog/oauth", "",
        "/oauth/access_token", _META_SCOPES, redirect=Redirect.META_SUCCESS, pkce=False,
        needs_secret=True, scope_separator=",",
        developer_page="https://developers.facebook.com/apps/", flavour="meta")


SPECS: dict[Platform, OAuthSpec] = {
    Platform.YOUTUBE: OAuthSpec(
        Platform.YOUTUBE, "https://accounts.google.com", "/o/oauth2/v2/auth",
        "https://oauth2.googleapis.com", "/token",
        ("https://www.googleapis.com/auth/youtube.force-ssl",),
        # Google issues a "secret" with desktop clients and expects it, though it is not
        # treated as confidential for installed apps.
        needs_secret=True, client_auth="client_secret_post",
        extra_params=(("access_type", "offline"), ("prompt", "consent")),
        developer_page="https://console.cloud.google.com/apis/credentials"),
    Platform.X: OAuthSpec(
        Platform.X, "https://x.com", "/i/oauth2/authorize", "https://api.x.com",
        "/2/oauth2/token",
        ("tweet.read", "users.read", "tweet.moderate.write", "tweet.write", "dm.read",
         "dm.write", "offline.access"),
        # X matches the callback URL exactly (port included): register
        # http://127.0.0.1:53682/callback. Confidential clients authenticate with Basic
        # auth; public (native) clients send only client_id (then no secret is entered).
        client_auth="client_secret_basic", fixed_port=53682,
        developer_page="https://developer.x.com/en/portal/dashboard"),
    Platform.LINKEDIN: OAuthSpec(
        Platform.LINKEDIN, "https://www.linkedin.com", "/oauth/v2/authorization",
        "https://www.linkedin.com", "/oauth/v2/accessToken",
        ("r_organization_social_feed", "w_organization_social_feed",
         "r_organization_admin"),
        # LinkedIn's native-app flow: PKCE, loopback on any port; LinkedIn enables it per app.
        # An app on the standard flow enters its secret instead (sent in the body).
        developer_page="https://www.linkedin.com/developers/apps"),
    Platform.TIKTOK: OAuthSpec(
        Platform.TIKTOK, "https://www.tiktok.com", "/v2/auth/authorize/", "",
        "/tt_user/oauth2/token/",
        ("user.info.basic", "video.list", "comment.list", "comment.list.manage"),
        pkce=False, needs_secret=True, scope_separator=",", client_id_param="client_key",
        developer_page="https://business-api.tiktok.com/portal/apps", flavour="tiktok"),
    Platform.FACEBOOK: _meta(Platform.FACEBOOK),
    Platform.INSTAGRAM: _meta(Platform.INSTAGRAM),
}


def spec_for(platform: Platform) -> OAuthSpec:
    """The sign-in facts of ``platform``."""
    return SPECS[platform]
