"""What Facebook and Instagram share: the Graph error codes, cursor paging and the inbox.

Graph puts tokens in query strings, including the ``paging.next`` links it returns; the
client sends the token as a header instead and strips ``access_token`` from those links
(see :mod:`moderator.connectors.http`).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from moderator.connectors import parse
from moderator.connectors.base import (
    ActionNotAllowed,
    AuthExpired,
    ConnectorError,
    NotFound,
    PermissionMissing,
    RateLimited,
    TransientError,
)
from moderator.connectors.http import ApiClient, HttpOptions, retry_after_seconds
from moderator.items import IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    from collections.abc import Iterator

    import httpx

    from moderator.connectors.checkpoint import Checkpoint
    from moderator.connectors.http import TokenSource

DEFAULT_BASE = "https://graph.facebook.com/v25.0"
_THROTTLE = {4, 17, 32, 341, 613, 80001, 80002, 80006}
_AUTH = {102, 190}


def classify(status: int, body: Any, headers: httpx.Headers) -> ConnectorError | None:  # noqa: PLR0911
    """Map a Graph error body (reference 1.8) to the normalised taxonomy, by code not status."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None
    code, sub = error.get("code"), error.get("error_subcode")
    message = f"Graph error {code}" + (f"/{sub}" if sub else "") + f": {error.get('message', '')}"
    if code in _AUTH:
        return AuthExpired(message + " (add a new token)")
    if code in _THROTTLE:
        return RateLimited(message, _buc_wait(headers))
    if code == 10 or (isinstance(code, int) and 200 <= code <= 299):
        return PermissionMissing(message)
    if code == 100 and sub == 33:
        return NotFound(message)
    if code in (1, 2) or status >= 500:
        return TransientError(message)
    return ActionNotAllowed(message)


def _buc_wait(headers: httpx.Headers) -> float:
    """Minutes to regain access from X-Business-Use-Case-Usage, else Retry-After, else 60 s."""
    try:
        usage = json.loads(headers.get("x-business-use-case-usage", "{}"))
        waits = [entry.get("estimated_time_to_regain_access", 0) for entries in usage.values()
                 for entry in entries]
        if waits and max(waits) > 0:
            return float(max(waits)) * 60
    except (ValueError, AttributeError, TypeError):
        pass
    return retry_after_seconds(headers, 60.0)


def client(name: str, base_url: str, token: str | TokenSource,
           options: HttpOptions | None) -> ApiClient:
    """An ApiClient for Graph: token in the Authorization header, Graph error mapping."""
    return ApiClient(name, base_url or DEFAULT_BASE, token, classify=classify, options=options)


def paged(api: ApiClient, path: str,
          params: dict[str, Any]) -> Iterator[tuple[list[dict[str, Any]], bool]]:
    """Yield ``(data, is_last)`` per page, following ``paging.next`` until it is absent."""
    url: str | None = path
    query: dict[str, Any] | None = params
    while url:
        body = api.get(url, query)
        data = parse.items(body, "data", f"{api.name} {path}")
        paging = parse.obj(body, path).get("paging") or {}
        nxt = paging.get("next") if isinstance(paging, dict) else None
        url, query = (nxt if isinstance(nxt, str) and nxt else None), None
        yield data, url is None


def read_inbox(api: ApiClient, platform: Platform, node: str, owner_id: str, cp: Checkpoint,  # noqa: PLR0917
               folder: str) -> Iterator[list[IncomingItem]]:
    """Read conversations newest first (no time paging, 1.4) until older than the window."""
    fields = ("id,updated_time,participants,"
              "messages.limit(20){id,created_time,from,message}")
    for data, _last in paged(api, f"{node}/conversations", {"platform": folder, "fields": fields}):
        found: list[IncomingItem] = []
        for conv in data:
            where = f"{api.name} conversation"
            updated = parse.when(conv, "updated_time", where)
            if not cp.is_new(updated):
                yield found
                return
            cid = parse.text(conv, "id", where)
            for msg in parse.items(conv.get("messages") or {}, "data", where):
                author = parse.obj(msg.get("from"), f"{where} message from")
                author_id = parse.text(author, "id", where)
                if author_id == owner_id:
                    continue  # our own replies (echoes) are not moderation work
                created = parse.when(msg, "created_time", where)
                found.append(IncomingItem(
                    platform=platform, account_external_id=owner_id,
                    external_id=parse.text(msg, "id", where), kind=ItemKind.DM,
                    text=parse.text(msg, "message", where, required=False),
                    author_name=parse.text(author, "name", where, required=False)
                    or parse.text(author, "username", where, required=False),
                    author_external_id=author_id, created_at=created,
                    thread_external_id=cid, thread_title=f"DM {cid}"))
        yield found


def other_participant(api: ApiClient, conversation_id: str, owner_id: str) -> str:
    """The id of the person (not the account) in a conversation, for the Send API."""
    body = api.get(conversation_id, {"fields": "participants"})
    people = parse.items(parse.obj(body, "conversation").get("participants") or {}, "data",
                         f"{api.name} participants")
    for person in people:
        pid = parse.text(person, "id", "participant")
        if pid != owner_id:
            return pid
    raise NotFound(f"{api.name}: conversation {conversation_id} has no other participant")


def send_message(api: ApiClient, node: str, recipient: dict[str, str], text: str) -> str:
    """POST /{node}/messages (Send API, RESPONSE type); return the message id."""
    body = api.request("POST", f"{node}/messages", json_body={
        "recipient": recipient, "messaging_type": "RESPONSE", "message": {"text": text}})
    return parse.text(parse.obj(body, "send"), "message_id", f"{api.name} send")


def find_reply(api: ApiClient, edge: str, owner_id: str, text: str) -> str | None:
    """Look for a reply by the account with exactly ``text`` under ``edge`` (retry check)."""
    for data, _last in paged(api, edge, {"fields": "id,message,text,from"}):
        for entry in data:
            author = entry.get("from") or {}
            said = entry.get("message", entry.get("text"))
            if isinstance(author, dict) and author.get("id") == owner_id and said == text:
                return str(entry.get("id"))
    return None
