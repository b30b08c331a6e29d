"""Item commands: enable what the platform and status allow, compose, perform on the writer.

Every command ends in ``ActionsService.perform`` (or ``perform_many`` for a selection) on
the single writer thread; the resulting ``Changes`` go to ``changes_applied`` so the
queue, the counts and the side panels refresh. Errors are one line in the message bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication

from moderator.actions import PLATFORM_ACTIONS, TRANSITIONS, ActionRequest, RuleRef
from moderator.changes import Changes
from moderator.compose import HUMAN_AGENT_KEY
from moderator.items import ActionKind, ItemId, ItemKind, ItemSummary, ModeratorInfo, Status
from moderator.settings import WorkspaceSettings
from moderator.templates import TemplateStore
from ui import actions as action_specs
from ui import i18n, vocabulary
from ui.tasks import Op
from ui.triage.compose_dialog import ComposeContext, ComposeDialog

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from moderator.workspace import Workspace
    from ui.triage.view import TriageView

# Commands after which the moderator is done with the item: move on to the next one.
FINISHING = frozenset({ActionKind.WARN, ActionKind.HIDE, ActionKind.REMOVE, ActionKind.REPLY,
                       ActionKind.DM_REPLY, ActionKind.HANDLE, ActionKind.ESCALATE})
COMPOSED = frozenset({ActionKind.WARN, ActionKind.REMOVE, ActionKind.REPLY,
                      ActionKind.DM_REPLY, ActionKind.ESCALATE, ActionKind.NOTE})


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
        for spec in action_specs.ACTIONS:
            if spec.kind is not None:
                kind = spec.kind
                built[spec.id].triggered.connect(lambda _=False, k=kind: self.run(k))
        built["item.claim"].triggered.connect(self.toggle_claim)
        built["item.undo"].triggered.connect(self.undo)
        built["item.copy_link"].triggered.connect(self.copy_link)
        view.current_changed.connect(lambda _s: self.update_states())
        self.update_states()

    # -- enabling -----------------------------------------------------------------------
    def why_not(self, kind: ActionKind, items: Sequence[ItemSummary], bulk: bool) -> str | None:  # noqa: PLR0911
        """Why an action cannot run on these items now (None: it can)."""
        if not items:
            return self.tr("Kies eerst een bericht.")
        if len(items) > 1 and not bulk:
            return self.tr("Werkt op één bericht tegelijk.")
        for s in items:
            allowed_from, _to = TRANSITIONS.get(kind, (frozenset(Status), None))
            if s.status not in allowed_from:
                return self.tr("Kan niet bij een bericht dat {status} is.").format(
                    status=vocabulary.status(s.status))
            if kind == ActionKind.DM_REPLY and s.kind != ItemKind.DM:
                return self.tr("Alleen voor privéberichten; gebruik Beantwoorden.")
            if kind == ActionKind.REPLY and s.kind == ItemKind.DM:
                return self.tr("Dit is een privébericht; gebruik Privébericht beantwoorden.")
            if kind in PLATFORM_ACTIONS:
                reason = self._ws.actions.capabilities(s.platform, s.kind, kind)
                if reason:
                    return self.tr("{platform} staat dit niet toe: {reason}").format(
                        platform=vocabulary.platform(s.platform), reason=reason)
        return None

    def update_states(self) -> None:
        """Enable each action for the current selection; the tooltip says why not."""
        items = self._view.selected_summaries()
        for spec in action_specs.ACTIONS:
            if spec.kind is None:
                continue
            act = self._built[spec.id]
            reason = self.why_not(spec.kind, items, spec.bulk)
            act.setEnabled(reason is None)
            base = action_specs.tr(spec.tip) or act.text().rstrip("…")
            act.setToolTip(reason or f"{base} ({act.shortcut().toString()})")
        claim = self._built["item.claim"]
        claim.setEnabled(len(items) == 1)
        mine = len(items) == 1 and items[0].claimed_by == self._me.name
        claim.setText(self.tr("Vrijgeven") if mine else self.tr("Oppakken"))
        self._built["item.undo"].setEnabled(bool(self._last_hidden))
        self._built["item.copy_link"].setEnabled(len(items) == 1)

    # -- commands -----------------------------------------------------------------------
    def run(self, kind: ActionKind) -> None:
        """Run a command on the selection (composing first where it needs words)."""
        items = self._view.selected_summaries()
        spec = next(s for s in action_specs.ACTIONS if s.kind == kind)
        reason = self.why_not(kind, items, spec.bulk)
        if reason:
            self._view.messages.show_message(reason, "info")
            return
        if kind in COMPOSED:
            self._compose(kind, items)
        else:
            self.perform([ActionRequest(kind, ItemId(s.id)) for s in items])

    def _compose(self, kind: ActionKind, items: list[ItemSummary]) -> None:
        ws, first = self._ws, items[0]
        flagged = [r for s in items for r in s.flags]
        lang = i18n.current()

        def work() -> ComposeContext:
            # Reply templates may cite a rule too, so the candidates are always offered.
            rules = rule_candidates(ws, flagged) if kind in COMPOSED else ()
            project = next((a.project for a in ws.accounts.list()
                            if a.id == first.account_id), "")
            settings = WorkspaceSettings(ws.db)
            store = TemplateStore(settings)
            return ComposeContext(kind, tuple(items), rules, project, rules_url(ws), lang,
                                  store.address(), store.load(lang),
                                  bool(settings.get(HUMAN_AGENT_KEY, False)))

        Op(self, work).success(self._open_dialog).failure(self._view.messages.show_error).run()

    def _open_dialog(self, ctx: ComposeContext) -> None:
        kind = ctx.kind
        if kind in (ActionKind.WARN, ActionKind.REMOVE) and not ctx.rules:
            self._view.messages.show_error(self.tr(
                "Er is geen actieve regelset: waarschuwen en verwijderen moeten een "
                "spelregel noemen."))
            return
        dlg = ComposeDialog(ctx, self._view.window())
        self.dialog = dlg
        dlg.accepted.connect(lambda: self.perform(dlg.requests()))
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        dlg.open()

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

        def work() -> tuple[Changes, list[tuple[ItemId, str]]]:
            if len(reqs) == 1:
                return ws.actions.perform(me, reqs[0]), []
            return ws.actions.perform_many(me, reqs)

        (Op(self, work, write=True).success(lambda r: self._on_performed(reqs, *r))
         .failure(self._view.messages.show_error).run())

    def _on_performed(self, reqs: list[ActionRequest], changes: Changes,
                      failed: list[tuple[ItemId, str]]) -> None:
        kind = reqs[0].kind
        done = [r.item_id for r in reqs if r.item_id not in {i for i, _ in failed}]
        if kind == ActionKind.HIDE:
            self._last_hidden = done
        elif kind == ActionKind.UNHIDE:
            self._last_hidden = []
        if failed:
            self._view.messages.show_error(self.tr("{ok} gelukt, {bad} mislukt: {first}").format(
                ok=len(done), bad=len(failed), first=failed[0][1]))
        else:
            self._view.messages.show_message(self._done_text(kind, len(done)), "success")
        self.performed.emit(kind.value, len(done))
        self.changes_applied.emit(changes)
        if kind in FINISHING and done:
            self._view.advance_after(done)

    def _done_text(self, kind: ActionKind, n: int) -> str:
        what = vocabulary.action(kind.value)
        text = self.tr("%n bericht(en) {what}.", "", n).format(what=what)
        if kind == ActionKind.HIDE:
            text += " " + self.tr("Ongedaan maken met Ctrl+Z.")
        return text

    def undo(self) -> None:
        """Undo the last hide (the platforms allow unhiding)."""
        if self._last_hidden:
            self.perform([ActionRequest(ActionKind.UNHIDE, i) for i in self._last_hidden])

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
                                                                     "dat jij dit doet."),
                    "success")
            self.changes_applied.emit(Changes(items=frozenset({s.id}), counts=True))

        Op(self, work, write=True).success(done).failure(self._view.messages.show_error).run()

    def copy_link(self) -> None:
        """Copy the item's permalink (the source stays one click away, never auto-opened)."""
        d = self._view.detail.detail
        if d is not None and d.permalink:
            QGuiApplication.clipboard().setText(d.permalink)
            self._view.messages.show_message(self.tr("Link gekopieerd."), "success")

