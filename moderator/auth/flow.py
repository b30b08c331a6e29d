"""One sign-in: build the authorization request, then turn the redirect into tokens.

The OAuth mechanics (state and PKCE S256 generation, the authorization URL, the code
exchange with its client authentication) come from Authlib; this module adds the platform
facts (``endpoints``), the ``state`` checks, and Meta's and TikTok's own token calls.
Errors are :class:`SignInError` with a ``code`` the UI words.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from authlib.common.errors import AuthlibBaseError
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import OAuth2Client
from authlib.oauth2.rfc6749.parameters import prepare_grant_uri

from moderator.auth.endpoints import OAuthSpec, Redirect
from moderator.auth.tokens import TokenSet
from moderator.errors import ModeratorError

if TYPE_CHECKING:
    from moderator.auth.registration import AppRegistration

META_SUCCESS_PATH = "/connect/login_success.html"
META_SUCCESS_HOST = "https://www.facebook.com"


class SignInError(ModeratorError):
    """A sign-in went wrong; ``code`` names what (for a translated message in the UI).

    Codes: ``denied`` (the user or platform refused), ``state`` (the answer does not belong
    to this sign-in), ``no_code`` (no authorization code or token in the answer),
    ``exchange`` (the token endpoint refused), ``network`` (the platform was unreachable),
    ``registration`` (no client id / secret entered for the platform).
    """

    exit_code = 77

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class AuthorizationRequest:
    """What to open in the browser, and what is needed to check and redeem the answer."""

    url: str
    redirect_uri: str
    state: str
    code_verifier: str = ""


class SignIn:
    """The authorization code (or, for Meta, the desktop implicit) flow of one platform."""

    def __init__(self, spec: OAuthSpec, app: AppRegistration, *, auth_base: str = "",
                 api_base: str = "", transport: httpx.BaseTransport | None = None,
                 timeout: float = 30.0) -> None:
        if not app.client_id:
            raise SignInError("registration", f"{spec.platform.value}: no client id entered "
                              "(Instellingen > App-registraties, or --client-id)")
        if spec.needs_secret and not app.client_secret:
            raise SignInError("registration", f"{spec.platform.value}: this platform needs "
                              "the app secret too (--client-secret-stdin)")
        self.spec, self.app = spec, app
        self.auth_base, self.api_base = auth_base, api_base
        self._transport, self._timeout = transport, timeout

    @property
    def token_url(self) -> str:
        """Where codes are redeemed and tokens refreshed."""
        return self.spec.token_url(self.auth_base, self.api_base)

    def meta_success_url(self) -> str:
        """Meta's fixed desktop redirect (moved onto ``auth_base`` in tests)."""
        return (self.auth_base.rstrip("/") or META_SUCCESS_HOST) + META_SUCCESS_PATH

    def start(self, redirect_uri: str = "") -> AuthorizationRequest:
        """The URL to open; ``redirect_uri`` is the loopback listener's (ignored for Meta)."""
        spec = self.spec
        scope = spec.scope_separator.join(spec.scopes)
        state = generate_token(32)
        if spec.redirect is Redirect.META_SUCCESS:
            # Desktop apps use response_type=token: the token comes back in the fragment of
            # the success page, which only the embedded browser (or the user) can read.
            redirect = self.meta_success_url()
            url = prepare_grant_uri(spec.authorize_url(self.auth_base), self.app.client_id,
                                    "token", redirect_uri=redirect, scope=scope, state=state)
            return AuthorizationRequest(url, redirect, state)
        verifier = generate_token(64) if spec.pkce else ""
        extra = dict(spec.extra_params)
        if spec.client_id_param != "client_id":
            extra[spec.client_id_param] = self.app.client_id
        with self._oauth(redirect_uri) as client:
            url, _ = client.create_authorization_url(
                spec.authorize_url(self.auth_base), state=state,
                code_verifier=verifier or None, **extra)
        return AuthorizationRequest(str(url), redirect_uri, state, verifier)

    def finish(self, request: AuthorizationRequest, callback_url: str) -> TokenSet:
        """Check the redirect against ``request`` and redeem it for a token set."""
        if self.spec.redirect is Redirect.META_SUCCESS:
            return self._finish_meta(request, callback_url)
        params = _query(callback_url)
        _raise_for_error(params)
        if not hmac.compare_digest(params.get("state", ""), request.state):
            raise SignInError("state", "the sign-in answer does not belong to this sign-in "
                              "(state mismatch); start again")
        code = params.get("code") or params.get("auth_code")
        if not code:
            raise SignInError("no_code", "the platform sent no authorization code")
        if self.spec.flavour == "tiktok":
            return self._tiktok_exchange(code, request.redirect_uri)
        with self._oauth(request.redirect_uri) as client:
            try:
                body = client.fetch_token(self.token_url, code=code,
                                          code_verifier=request.code_verifier or None)
            except (AuthlibBaseError, ValueError) as exc:
                raise SignInError("exchange", f"the token endpoint refused the code "
                                  f"({_describe(exc)})") from None
            except httpx.HTTPError as exc:
                raise SignInError("network", f"token endpoint unreachable or failing "
                                  f"({type(exc).__name__})") from None
        return TokenSet.from_response(dict(body), token_url=self.token_url,
                                      client_id=self.app.client_id)

    # --- Meta -----------------------------------------------------------------------
    def _finish_meta(self, request: AuthorizationRequest, callback_url: str) -> TokenSet:
        # Meta's fragment carries access_token, expires_in and state but no token_type, so
        # RFC 6749's strict implicit-response parser would refuse it; the checks are here.
        answer = _query(callback_url)
        _raise_for_error(answer)
        if not hmac.compare_digest(answer.get("state", ""), request.state):
            raise SignInError("state", "the sign-in answer does not belong to this sign-in "
                              "(state mismatch); start again")
        if not urlsplit(callback_url).fragment or not answer.get("access_token"):
            raise SignInError("no_code", "the platform sent no access token")
        return self.meta_long_lived(answer["access_token"])

    def meta_long_lived(self, short_token: str) -> TokenSet:
        """Exchange a short-lived user token for a long-lived one (about 60 days)."""
        body = self._get_json(self.token_url, {
            "grant_type": "fb_exchange_token", "client_id": self.app.client_id,
            "client_secret": self.app.client_secret, "fb_exchange_token": short_token})
        return TokenSet.from_response(body, token_url="", client_id=self.app.client_id,
                                      flavour="meta")

    # --- TikTok Business API --------------------------------------------------------
    def _tiktok_exchange(self, code: str, redirect_uri: str) -> TokenSet:
        body = self._post_json(self.token_url, {
            "client_id": self.app.client_id, "client_secret": self.app.client_secret,
            "grant_type": "authorization_code", "auth_code": code,
            "redirect_uri": redirect_uri})
        return tiktok_tokens(body, self.token_url, self.app.client_id)

    # --- plumbing -------------------------------------------------------------------
    def _oauth(self, redirect_uri: str) -> OAuth2Client:
        spec = self.spec
        return OAuth2Client(
            client_id=self.app.client_id, client_secret=self.app.client_secret or None,
            token_endpoint_auth_method=spec.client_auth if self.app.client_secret else "none",
            scope=spec.scope_separator.join(spec.scopes), redirect_uri=redirect_uri,
            code_challenge_method="S256" if spec.pkce else None,
            transport=self._transport, timeout=self._timeout)

    def _get_json(self, url: str, params: dict[str, str]) -> dict[str, Any]:
        return _json_call(url, self._transport, self._timeout, params=params)

    def _post_json(self, url: str, body: dict[str, str]) -> dict[str, Any]:
        return _json_call(url, self._transport, self._timeout, json_body=body)


def lands_on(url: str, target: str) -> bool:
    """Whether the browser arrived at ``target`` (same scheme, host and path; any query)."""
    a, b = urlsplit(url), urlsplit(target)
    return (a.scheme, a.netloc, a.path) == (b.scheme, b.netloc, b.path)


def tiktok_tokens(body: dict[str, Any], token_url: str, client_id: str,
                  previous: TokenSet | None = None) -> TokenSet:
    """A TikTok Business API token answer (``{"code": 0, "data": {...}}``) as a token set."""
    if body.get("code", 0) != 0 or not isinstance(body.get("data"), dict):
        raise SignInError("exchange", f"TikTok refused: {body.get('message', 'no data')}")
    data = dict(body["data"])
    tokens = TokenSet.from_response(data, token_url=token_url, client_id=client_id,
                                    previous=previous, flavour="tiktok")
    return tokens


def _json_call(url: str, transport: httpx.BaseTransport | None, timeout: float, *,
               params: dict[str, str] | None = None,
               json_body: dict[str, str] | None = None) -> dict[str, Any]:
    try:
        with httpx.Client(transport=transport, timeout=timeout) as client:
            resp = (client.post(url, json=json_body) if json_body is not None
                    else client.get(url, params=params))
    except httpx.TransportError as exc:
        raise SignInError("network", f"{urlsplit(url).netloc} unreachable "
                          f"({type(exc).__name__})") from None
    try:
        body = resp.json()
    except ValueError:
        body = None
    if resp.status_code >= 400 or not isinstance(body, dict) or "error" in body:
        detail = body.get("error") if isinstance(body, dict) else resp.status_code
        if isinstance(detail, dict):
            detail = detail.get("message") or detail.get("type")
        raise SignInError("exchange", f"the token endpoint refused ({detail})")
    return body


def _query(url: str) -> dict[str, str]:
    parts = urlsplit(url)
    return dict(parse_qsl(parts.query)) | dict(parse_qsl(parts.fragment))


def _raise_for_error(params: dict[str, str]) -> None:
    if "error" in params or "error_reason" in params:
        reason = params.get("error_description") or params.get("error") or \
            params.get("error_reason", "")
        raise SignInError("denied", f"the platform refused the sign-in: {reason}")


def _describe(exc: Exception) -> str:
    error = getattr(exc, "error", None)
    description = getattr(exc, "description", None)
    return ": ".join(str(x) for x in (error, description) if x) or type(exc).__name__
