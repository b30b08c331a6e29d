"""What Facebook and Instagram connectors share on the Graph API: moderation (ref. 1.5, 2.2).

The two differ only in names: the hidden field (``is_hidden`` / ``hidden``) and the
parameter that sets it (``is_hidden`` / ``hide``), whether that flag and the reply text go
in the form body or the query, the reply edge (``comments`` /
``replies``), the node that sends messages and whether a private reply can be looked up.
:class:`GraphModeration` holds those names and performs (or looks up, after an ambiguous
failure) hide, unhide, delete, reply, private reply and DM reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from moderator.connectors import graph, parse
from moderator.connectors.base import ActionNotAllowed, NotFound, ThreadContext
from moderator.connectors.http import HttpConnector
from moderator.items import ActionKind

if TYPE_CHECKING:
    from moderator.connectors.base import ActionRequest
    from moderator.connectors.http import ApiClient

_HIDING = (ActionKind.HIDE, ActionKind.UNHIDE)
_PUBLIC = (ActionKind.REPLY, ActionKind.WARN)


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
        finds_private_replies: A comment's ``private_reply_conversation`` can be read.
    """

    api: ApiClient
    owner: str
    hidden_field: str
    hide_param: str
    in_body: bool
    reply_edge: str
    send_node: str
    finds_private_replies: bool

    def _post(self, path: str, values: dict[str, str]) -> object:
        if self.in_body:
            return self.api.request("POST", path, data=values)
        return self.api.request("POST", path, params=values)

    def _recipient(self, action: ActionRequest) -> dict[str, str]:
        """Who a DM reply goes to: the conversation's other person, or the comment itself.

        Answering a comment is a private reply (one message, within 7 days).
        """
        thread = action.thread_external_id
        if thread.startswith("t_") or not thread:
            return {"id": graph.other_participant(self.api, thread, self.owner)}
        return {"comment_id": action.item_external_id}

    def _private_reply(self, action: ActionRequest) -> str | None:
        if not self.finds_private_replies:
            return None  # cannot be looked up; the outbox fails safe
        body = parse.obj(self.api.get(action.item_external_id,
                                      {"fields": "private_reply_conversation"}), "comment")
        conv = body.get("private_reply_conversation")
        return str(conv.get("id")) if isinstance(conv, dict) and conv.get("id") else None

    def perform(self, action: ActionRequest) -> str:
        """Apply ``action`` on the platform; returns the platform's reference."""
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
            return graph.send_message(self.api, self.send_node, self._recipient(action),
                                      action.text)
        raise ActionNotAllowed(f"{self.api.name}: {kind} is not a platform action")

    def check(self, action: ActionRequest) -> str | None:
        """A reference if ``action`` is already visible on the platform, else None."""
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
        return self._private_reply(action)


class GraphConnector(HttpConnector):
    """What the Facebook and Instagram connectors share: thread context, actions, checks.

    A subclass sets ``_moderation`` and names the thread node's fields in ``THREAD``:
    (fields to request, the text field, the link field).
    """

    THREAD: ClassVar[tuple[str, str, str]]
    _moderation: GraphModeration

    def thread(self, thread_external_id: str) -> ThreadContext:
        """Fetch the post or media (or conversation) for context."""
        fields, text_field, link_field = self.THREAD
        body = parse.obj(self._api.get(thread_external_id, {"fields": fields}), "thread")
        text = parse.text(body, text_field, "thread", required=False)
        return ThreadContext(thread_external_id, text[:80] or thread_external_id,
                             parse.text(body, link_field, "thread", required=False), text)

    def perform(self, action: ActionRequest) -> str:
        """Hide/unhide, delete, reply, private reply or DM reply."""
        return self._moderation.perform(action)

    def check(self, action: ActionRequest) -> str | None:
        """Return a reference if the action is already visible on the platform."""
        return self._moderation.check(action)
