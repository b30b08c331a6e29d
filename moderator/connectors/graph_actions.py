"""Moderation calls Facebook and Instagram share on the Graph API (reference 1.5, 2.2).

The two differ only in names: the hidden field (``is_hidden`` / ``hidden``) and the
parameter that sets it (``is_hidden`` / ``hide``), whether that flag and the reply text go
in the form body or the query, the reply edge (``comments`` /
``replies``) and the node that sends messages. :class:`GraphModeration` holds those names
and performs (or looks up, after an ambiguous failure) hide, unhide, delete, reply and DM.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderator.connectors import graph, parse
from moderator.connectors.base import ActionNotAllowed, NotFound
from moderator.items import ActionKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.connectors.base import ActionRequest
    from moderator.connectors.http import ApiClient

_HIDING = (ActionKind.HIDE, ActionKind.UNHIDE)
_PUBLIC = (ActionKind.REPLY, ActionKind.WARN)


def _nothing() -> str | None:
    return None


@dataclass(frozen=True, slots=True)
class GraphModeration:
    """One Graph platform's moderation calls for one account.

    Attributes:
        api: The account's client.
        owner: The account's own id (its replies and messages are looked up by it).
        hidden_field: The comment field that says whether it is hidden.
        hide_param: The parameter that hides or shows a comment.
        in_body: Send the hide flag and reply text as a form body (else as query).
        reply_edge: The edge a public reply is posted to.
        send_node: The node whose ``messages`` edge sends DMs and private replies.
    """

    api: ApiClient
    owner: str
    hidden_field: str
    hide_param: str
    in_body: bool
    reply_edge: str
    send_node: str

    def _post(self, path: str, values: dict[str, str]) -> object:
        if self.in_body:
            return self.api.request("POST", path, data=values)
        return self.api.request("POST", path, params=values)

    def perform(self, action: ActionRequest, recipient: Callable[[], dict[str, str]]) -> str:
        """Apply ``action``; ``recipient`` names who a DM reply goes to."""
        item, kind = action.item_external_id, action.kind
        if kind in _HIDING:
            hidden = "true" if kind is ActionKind.HIDE else "false"
            self._post(item, {self.hide_param: hidden})
            return f"{self.hidden_field}={hidden}"
        if kind is ActionKind.REMOVE:
            self.api.request("DELETE", item)
            return "deleted"
        if kind in _PUBLIC:
            body = self._post(f"{item}/{self.reply_edge}", {"message": action.text})
            return parse.text(parse.obj(body, "reply"), "id", "reply")
        if kind is ActionKind.DM_REPLY:
            return graph.send_message(self.api, self.send_node, recipient(), action.text)
        raise ActionNotAllowed(f"{self.api.name}: {kind} is not a platform action")

    def check(self, action: ActionRequest,
              private_reply: Callable[[], str | None] = _nothing) -> str | None:
        """A reference if ``action`` is already visible on the platform, else None.

        ``private_reply`` looks up a private reply to a comment (where the platform can).
        """
        item, kind = action.item_external_id, action.kind
        try:
            if kind in _HIDING:
                body = parse.obj(self.api.get(item, {"fields": f"id,{self.hidden_field}"}),
                                 "comment")
                hidden = parse.flag(body, self.hidden_field, "comment")
                wanted = kind is ActionKind.HIDE
                return f"{self.hidden_field}={str(hidden).lower()}" if hidden == wanted else None
            if kind is ActionKind.REMOVE:
                self.api.get(item, {"fields": "id"})
                return None
        except NotFound:
            return "deleted" if kind is ActionKind.REMOVE else None
        if kind in _PUBLIC:
            return graph.find_reply(self.api, f"{item}/{self.reply_edge}", self.owner, action.text)
        if action.thread_external_id.startswith("t_"):
            return graph.find_reply(self.api, f"{action.thread_external_id}/messages", self.owner,
                                    action.text)
        return private_reply()
