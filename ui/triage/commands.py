"""Item commands: enable what the policy and platform allow, compose, perform on the writer.

What each action may do comes from its row in ``moderator.action_policy`` (statuses, item
kinds, platform call, composing, finishing, bulk). Every command ends in
``ActionsService.perform`` (or ``perform_many`` for a selection) on the single writer
thread; the resulting ``Changes`` go to ``changes_applied`` so the queue, the counts and
the side panels refresh. Errors are one sentence in the message bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication

from moderator.action_policy import policy
from moderator.actions import ActionRequest, RuleRef
from moderator.changes import Changes
from moderator.compose import HUMAN_AGENT_KEY
from moderator.items import ActionKind, ItemId, ItemSummary, ModeratorInfo
from moderator.moderators import Permission, can
from moderator.settings import WorkspaceSettings
from moderator.templates import TemplateStore
from ui import access, errors, i18n, item_actions
from ui import actions as action_specs
from ui.tasks import Op
from ui.triage.compose_dialog import ComposeContext, ComposeDialog

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from moderator.errors import ModeratorError
    from moderator.workspace import Workspace
    from ui.triage.view import TriageView


def rule_candidates(ws: Workspace, flagged: Sequence[str]) -> tuple[RuleRef, ...]:
    """Rules to cite: the item's own flags first, then the rest of the active set."""
    ids = [*flagged, *(r.id for r in ws.rules.active().ruleset.rules)]
    seen: dict[str, RuleRef] = {}
    for rid in ids:
        if rid not in seen and (ref := ws.actions.rules(rid)) is not None:
            seen[rid] = ref
    return tuple(seen.values())


def rules_url(ws: Workspace) -> str:
    """Where participants read the house rules (the active set's ``published_at``)."""
    return ws.rules.active().ruleset.published_at or ""


class ItemCommands(QObject):
    """Carries out the item actions of the triage view."""

    changes_applied = Signal(object)  # Changes
    performed = Signal(str, int)  # action kind, how many items succeeded

    def __init__(self, ws: Workspace, me: ModeratorInfo, built: Mapping[str, QAction],
                 view: TriageView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me, self._built, self._view = ws, me, built, view
        self._last_hidden: list[ItemId] = []
        self.dialog: ComposeDialog | None = None
        self._held = access.KeyHold(self)  # keys typed before the dialog is there go into it
        for spec in action_specs.ACTIONS:
            if spec.kind is not None:
                kind = spec.kind
                built[spec.id].triggered.connect(lambda _=False, k=kind: self.run(k))
        built["item.claim"].triggered.connect(self.toggle_claim)
        built["item.undo"].triggered.connect(self.undo)
        built["item.copy_link"].triggered.connect(self.copy_link)
        built["item.mark_input"].triggered.connect(self.mark_input)
        built["item.define_poll"].triggered.connect(self.define_poll)
        view.current_changed.connect(lambda _s: self.update_states())
        self.update_states()

    # -- enabling -----------------------------------------------------------------------
    def why_not(self, kind: ActionKind, items: Sequence[ItemSummary]) -> str | None:
        """Why an action cannot run on these items now (None: it can)."""
        p = policy(kind)
        if not items:
            return self.tr("Kies eerst een bericht.")
        if len(items) > 1 and not p.bulk:
            return self.tr("Werkt op één bericht tegelijk.")
        for s in items:
            refusal = p.refusal(s.status, s.kind)
            if refusal is None and p.call is not None:
                refusal = self._ws.actions.capabilities(s.platform, s.kind, kind)
            if refusal is not None:
                return errors.refusal_text(refusal, kind, kind=s.kind, status=s.status,
                                           platform=s.platform)
        return None

    def update_states(self) -> None:
        """Enable each action for the current selection; the tooltip says why not."""
        items = self._view.selected_summaries()
        for spec in action_specs.ACTIONS:
            if spec.kind is None:
                continue
            act = self._built[spec.id]
            reason = self.why_not(spec.kind, items)
            act.setEnabled(reason is None)
            base = action_specs.tr(spec.tip) or act.text().rstrip("…")
            act.setToolTip(reason or f"{base} ({act.shortcut().toString()})")
        claim = self._built["item.claim"]
        claim.setEnabled(len(items) == 1)
        mine = len(items) == 1 and items[0].claimed_by == self._me.name
        claim.setText(self.tr("Vrijgeven") if mine else self.tr("Oppakken"))
        self._built["item.undo"].setEnabled(bool(self._last_hidden))
        self._built["item.copy_link"].setEnabled(len(items) == 1)
        keeps = can(self._me, Permission.PARTICIPATION_KEEP)
        for action_id in ("item.mark_input", "item.define_poll"):
            self._built[action_id].setEnabled(len(items) == 1 and keeps)

    # -- commands -----------------------------------------------------------------------
    def run(self, kind: ActionKind) -> None:
        """Run a command on the selection (composing first where it needs words)."""
        items = self._view.selected_summaries()
        reason = self.why_not(kind, items)
        if reason:
            self._view.messages.show_message(reason, "info")
            return
        if policy(kind).composed:
            self._compose(kind, items)
        else:
            self.perform([ActionRequest(kind, ItemId(s.id)) for s in items])

    def _compose(self, kind: ActionKind, items: list[ItemSummary]) -> None:
        ws, me, first = self._ws, self._me, items[0]
        flagged = [r for s in items for r in s.flags]
        lang = i18n.current()

        def work() -> ComposeContext:
            # Reply templates may cite a rule too, so the candidates are always offered.
            rules = rule_candidates(ws, flagged)
            project = next((a.project for a in ws.accounts.list()
                            if a.id == first.account_id), "")
            settings = WorkspaceSettings(ws.db)
            store = TemplateStore(settings)
            # An escalation may name a colleague who can see every selected item.
            colleagues = (ws.actions.colleagues(me, [ItemId(s.id) for s in items])
                          if kind == ActionKind.ESCALATE else [])
            return ComposeContext(kind, tuple(items), rules, project, rules_url(ws), lang,
                                  store.address(), store.load(lang),
                                  bool(settings.get(HUMAN_AGENT_KEY, False)), ws.clock(),
                                  tuple(colleagues))

        def failed(error: Exception) -> None:
            self._held.drop()
            self._view.messages.show_error(error)

        self._held.start()
        Op(self, work).success(self._open_dialog).failure(failed).run()

    def _open_dialog(self, ctx: ComposeContext) -> None:
        if policy(ctx.kind).needs_rule and not ctx.rules:
            self._view.messages.show_error(self.tr(
                "Er is geen actieve regelset: waarschuwen en verwijderen moeten een "
                "spelregel noemen."))
            self._held.drop()
            return
        dlg = ComposeDialog(ctx, self._view.window())
        self.dialog = dlg
        dlg.accepted.connect(lambda: self.perform(dlg.requests()))
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        access.apply(dlg)
        dlg.open()
        self._held.release_into(dlg.editor if dlg.editor.isVisibleTo(dlg) else dlg)

    def _dialog_closed(self, dlg: ComposeDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()
        self._view.window().activateWindow()  # keys go back to the queue, not nowhere
        self._view.restore_focus()

    def perform(self, reqs: list[ActionRequest]) -> None:
        """Perform requests on the writer; report, broadcast, move on."""
        if not reqs:
            return
        ws, me = self._ws, self._me

        def work() -> tuple[Changes, list[tuple[ItemId, ModeratorError]]]:
            if len(reqs) == 1:
                return ws.actions.perform(me, reqs[0]), []
            return ws.actions.perform_many(me, reqs)

        (Op(self, work, write=True).success(lambda r: self._on_performed(reqs, *r))
         .failure(self._view.messages.show_error).run())

    def _on_performed(self, reqs: list[ActionRequest], changes: Changes,
                      failed: list[tuple[ItemId, ModeratorError]]) -> None:
        kind = reqs[0].kind
        done = [r.item_id for r in reqs if r.item_id not in {i for i, _ in failed}]
        if kind == ActionKind.HIDE:
            self._last_hidden = done
        elif kind == ActionKind.UNHIDE:
            self._last_hidden = []
        if failed:
            first, details = errors.describe(failed[0][1])
            self._view.messages.show_message(
                self.tr("{ok} gelukt, {bad} mislukt: {first}").format(
                    ok=len(done), bad=len(failed), first=first), "error", details=details)
        else:
            self._view.messages.show_message(self._done_text(kind, len(done)), "success")
        self.performed.emit(kind.value, len(done))
        self.changes_applied.emit(changes)
        if policy(kind).finishes and done:
            self._view.advance_after(done)

    def _done_text(self, kind: ActionKind, n: int) -> str:
        what = item_actions.done(kind)
        text = self.tr("%n bericht(en) {what}.", "", n).format(what=what)
        if kind == ActionKind.HIDE:
            text += " " + self.tr("Ongedaan maken met Ctrl+Z.")
        return text

    def undo(self) -> None:
        """Undo the last hide (the platforms allow unhiding)."""
        if self._last_hidden:
            self.perform([ActionRequest(ActionKind.UNHIDE, i, undo=True)
                          for i in self._last_hidden])

    def toggle_claim(self) -> None:
        """Claim the current item, or release it if it is mine."""
        items = self._view.selected_summaries()
        if len(items) != 1:
            return
        s, ws, me = items[0], self._ws, self._me
        release = s.claimed_by == me.name

        def work() -> bool:
            return ws.queue.release(s.id, me) if release else ws.queue.claim(s.id, me)

        def done(ok: bool) -> None:
            if not ok and not release:
                self._view.messages.show_error(self.tr("Een collega heeft dit bericht al "
                                                       "opgepakt."))
            else:
                self._view.messages.show_message(
                    self.tr("Vrijgegeven.") if release else self.tr("Opgepakt: collega's zien "
                                                                     "dat u dit doet."),
                    "success")
            self.changes_applied.emit(Changes(items=frozenset({s.id}), counts=True))

        Op(self, work, write=True).success(done).failure(self._view.messages.show_error).run()

    def mark_input(self) -> None:
        """Put the current item in its project's input register, on the chosen topics."""
        from ui.participation.mark_input import TopicDialog

        items = self._view.selected_summaries()
        if len(items) != 1:
            return
        item, ws, me = items[0], self._ws, self._me
        project = next((a.project for a in ws.accounts.list() if a.id == item.account_id), "")
        dlg = TopicDialog(project, ws.register.topics(project), item.text, self._view)
        if not dlg.exec():
            return
        topics, new = dlg.chosen()

        def work() -> Changes:
            if new:
                ws.register.add_topic(project, new)
            ws.register.mark(me, item.id, [*topics, *([new] if new else [])])
            return Changes(items=frozenset({item.id}))

        def done(changes: Changes) -> None:
            self._view.messages.show_message(self.tr("In het inbrengregister gezet."),
                                             "success")
            self.changes_applied.emit(changes)

        Op(self, work, write=True).success(done).failure(self._view.messages.show_error).run()

    def define_poll(self) -> None:
        """Count the comments on the current item's post as votes (options and closing)."""
        from moderator.errors import UsageError
        from ui.participation.poll_dialog import PollDialog

        d = self._view.detail.detail
        items = self._view.selected_summaries()
        if len(items) != 1:
            return
        dlg = PollDialog(d.thread_title if d is not None else "", self._view)
        if not dlg.exec():
            return
        try:
            options, closes = dlg.values()
        except UsageError as e:
            self._view.messages.show_error(e)
            return
        polls, me, item = self._ws.polls, self._me, items[0]

        def work() -> Changes:
            polls.define(me, item.id, options, closes)
            return Changes(items=frozenset({item.id}))

        def done(changes: Changes) -> None:
            self._view.messages.show_message(self.tr("Peiling gemaakt; zie Peilingen."),
                                             "success")
            self.changes_applied.emit(changes)

        Op(self, work, write=True).success(done).failure(self._view.messages.show_error).run()

    def copy_link(self) -> None:
        """Copy the item's permalink (the source stays one click away, never auto-opened)."""
        d = self._view.detail.detail
        if d is not None and d.permalink:
            QGuiApplication.clipboard().setText(d.permalink)
            self._view.messages.show_message(self.tr("Link gekopieerd."), "success")

