"""Compose an action that needs words or a rule: reply, DM reply, warn, remove, escalate, note.

Warn and remove cite a house rule (prefilled with the item's first flag), and so does any
template that names a rule; texts come from the workspace's templates (``moderator.
templates``) in its form of address, with the author's first name or handle. Before
anything is sent the platform's rules are checked (``moderator.compose``): the length as
the platform counts it, the messaging window of DMs, Instagram's replies to top-level
comments only; the send button stays off with the reason shown. An escalation goes to a
role or, after the roles, to a named colleague who can see every selected item (listed
with the context, loaded on a worker): the item is then assigned to them. The dialog only
builds ``ActionRequest``s; the main window performs them on the writer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from moderator import compose, templates
from moderator.action_policy import policy
from moderator.actions import ActionRequest, RuleRef
from moderator.items import ActionKind, Colleague, ItemId, ItemSummary, Platform, Role, Status
from moderator.textlength import code_points
from ui import item_actions, plaintext, platforms, vocabulary

if TYPE_CHECKING:
    from collections.abc import Sequence

    from moderator.templates import Template
    from moderator.textlength import TextLimit

_USE = {ActionKind.WARN: "warn", ActionKind.REPLY: "reply", ActionKind.DM_REPLY: "dm"}


@dataclass(frozen=True, slots=True)
class ComposeContext:
    """What the dialog needs to know about the item(s) and the workspace."""

    kind: ActionKind
    items: tuple[ItemSummary, ...]
    rules: tuple[RuleRef, ...] = ()  # candidates, the item's own flags first
    project: str = ""
    rule_url: str = ""
    lang: str = "nl"
    form: str = "u"  # the workspace's form of address
    templates: tuple[Template, ...] = ()  # the workspace's (edited) templates; () = shipped
    human_agent: bool = False  # the app may use Meta's HUMAN_AGENT tag (7-day window)
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    colleagues: tuple[Colleague, ...] = ()  # escalation: who can see every item, by name


class ComposeDialog(QDialog):
    """One dialog for every action that needs a text or a rule."""

    def __init__(self, ctx: ComposeContext, parent: QWidget | None = None) -> None:  # noqa: PLR0915
        super().__init__(parent)
        self.setObjectName("composeDialog")
        self.ctx = ctx
        self._policy = policy(ctx.kind)
        self.setMinimumWidth(560)
        every = ctx.templates or templates.shipped(ctx.lang)
        self._templates: Sequence[Template] = templates.for_use(every, _USE.get(ctx.kind, ""))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 18, 20, 16)
        lay.setSpacing(10)
        self._title = QLabel()
        plaintext.plain(self._title)
        self._title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        lay.addWidget(self._title)
        self._about = QLabel()
        plaintext.plain(self._about)
        self._about.setWordWrap(True)
        self._about.setObjectName("muted")
        lay.addWidget(self._about)
        form = QFormLayout()
        self._form = form
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.rule_box = QComboBox()
        self.rule_box.setObjectName("ruleBox")
        self.template_box = QComboBox()
        self.template_box.setObjectName("templateBox")
        self.target_box = QComboBox()
        self.target_box.setObjectName("targetBox")
        self._rule_text = QLabel()
        plaintext.plain(self._rule_text)
        self._rule_text.setWordWrap(True)
        self._rule_text.setObjectName("muted")
        self._rows: dict[str, QLabel] = {k: QLabel() for k in ("rule", "template", "target")}
        if self._wants_template:
            form.addRow(self._rows["template"], self.template_box)
        if self._may_cite:
            form.addRow(self._rows["rule"], self.rule_box)
            form.addRow("", self._rule_text)
        if ctx.kind == ActionKind.ESCALATE:
            form.addRow(self._rows["target"], self.target_box)
        lay.addLayout(form)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("composeText")
        self.editor.setTabChangesFocus(True)
        self.editor.setVisible(self._policy.needs_text)
        lay.addWidget(self.editor, 1)
        self._counter = QLabel()
        self._counter.setObjectName("faint")
        self._counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._hint = QLabel()
        self._hint.setObjectName("faint")
        self.problem = QLabel()
        self.problem.setObjectName("composeProblem")
        self.problem.setWordWrap(True)
        plaintext.plain(self.problem)
        self.problem.setStyleSheet("color: #A4161A;")
        self.problem.hide()
        lay.addWidget(self.problem)
        foot = QHBoxLayout()
        foot.addWidget(self._hint, 1)
        foot.addWidget(self._counter)
        lay.addLayout(foot)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        send = QShortcut(QKeySequence("Ctrl+Return"), self)
        send.activated.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._fill_choices()
        self.rule_box.currentIndexChanged.connect(self._refill)
        self.template_box.currentIndexChanged.connect(self._refill)
        self.editor.textChanged.connect(self._on_text_changed)
        self.retranslate_ui()
        self._refill()
        self._on_text_changed()
        self.editor.setFocus()

    # -- public -------------------------------------------------------------------------
    @property
    def _wants_rule(self) -> bool:
        """Whether a rule must be cited: warn and remove, or a template that names one."""
        if self._policy.needs_rule:
            return True
        t = self._template() if self._wants_template else None
        return t is not None and t.needs_rule

    @property
    def _may_cite(self) -> bool:
        return self._policy.needs_rule or (
            self._wants_template and any(t.needs_rule for t in self._templates))

    @property
    def _wants_template(self) -> bool:
        return self._policy.sends_text  # templates are words to the author

    def limit(self) -> tuple[int, TextLimit] | None:
        """The text's length as the strictest platform counts it, and that platform's limit.

        None when the text does not go to a platform (notes, escalations) or none limits it.
        """
        if self.ctx.kind not in _USE:
            return None
        text = self.editor.toPlainText()
        limits = {lim for s in self.ctx.items
                  if (lim := compose.limit_for(self._target(s), self.ctx.kind))}
        counted = [(lim.count(text), lim) for lim in limits]
        return max(counted, key=lambda c: c[0] - c[1].length) if counted else None

    def _tightest(self) -> TextLimit | None:
        """The smallest limit among the selected items' platforms (templates shorten to it)."""
        limits = [lim for s in self.ctx.items
                  if (lim := compose.limit_for(self._target(s), self.ctx.kind))]
        return min(limits, key=lambda lim: lim.length) if limits else None

    def rule(self) -> RuleRef | None:
        """The chosen rule."""
        i = self.rule_box.currentIndex()
        return self.ctx.rules[i] if self._wants_rule and 0 <= i < len(self.ctx.rules) else None

    def choose_template(self, template_id: str) -> bool:
        """Select a template by id (as a moderator would in the list)."""
        for i, t in enumerate(self._templates):
            if t.id == template_id:
                self.template_box.setCurrentIndex(i)
                return True
        return False

    def requests(self) -> list[ActionRequest]:
        """One request per item, with the text filled for each item's author."""
        rule = self.rule()
        out = []
        for item in self.ctx.items:
            text = self._text_for(item) if self._policy.needs_text else None
            target = self.target_box.currentData() if self.ctx.kind == ActionKind.ESCALATE \
                else None
            out.append(ActionRequest(self.ctx.kind, ItemId(item.id),
                                     rule_id=rule.rule_id if rule else None, text=text,
                                     escalate_to=target))
        return out

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        k = self.ctx.kind
        self.editor.setAccessibleName(self.tr("Tekst"))
        self.target_box.setAccessibleName(self.tr("Naar"))
        self.target_box.setAccessibleDescription(self.tr(
            "Een rol, of een collega die de berichten kan zien: die krijgt ze toegewezen "
            "(Mij toegewezen)."))
        self.setWindowTitle(item_actions.title(k))
        self._title.setText(item_actions.title(k))
        items = self.ctx.items
        if len(items) == 1:
            s = items[0]
            self._about.setText(self.tr("{author} op {account}: “{text}”").format(
                author=s.author_name, account=s.account_name,
                text=plaintext.one_line(s.text, 140)))
        else:
            self._about.setText(self.tr("%n geselecteerde berichten", "", len(items)))
        self._rows["rule"].setText(self.tr("Spelregel"))
        self._rows["template"].setText(self.tr("Sjabloon"))
        self._rows["target"].setText(self.tr("Naar"))
        width = max(label.sizeHint().width() for label in self._rows.values())
        for label in self._rows.values():
            label.setMinimumWidth(width)  # rows shown later keep the column wide enough
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(item_actions.ok_text(k))
        if item_actions.ROWS[k].danger:
            ok.setObjectName("danger")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self._hint.setText(self.tr("Ctrl+Enter voert uit · Esc annuleert"))
        self.editor.setPlaceholderText(
            self.tr("Tekst die naar de schrijver gaat") if self._policy.sends_text
            else self.tr("Notitie voor collega's (niet zichtbaar voor de schrijver)"))

    # -- internals ----------------------------------------------------------------------
    def _on_ok(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()

    def _fill_choices(self) -> None:
        for r in self.ctx.rules:
            self.rule_box.addItem(f"{r.rule_id} — {r.title}", r.rule_id)
        for t in self._templates:
            self.template_box.addItem(t.title, t.id)
        default = {ActionKind.WARN: templates.WARN_TEMPLATE,
                   ActionKind.DM_REPLY: "bedankt"}.get(self.ctx.kind, "bedankt")
        if not self.choose_template(default) and self._templates:
            self.template_box.setCurrentIndex(0)
        for role in (Role.TEAM_LEAD, Role.EXTERNAL_MODERATOR, Role.COMMUNITY_MANAGER):
            self.target_box.addItem(vocabulary.role(role), role.value)
        if self.ctx.colleagues:
            self.target_box.insertSeparator(self.target_box.count())
        for c in self.ctx.colleagues:  # named: the item is assigned to them
            self.target_box.addItem(self.tr("{name} ({role})").format(
                name=c.name, role=vocabulary.role(c.role)), c.name)
            self.target_box.setItemData(
                self.target_box.count() - 1,
                self.tr("Toewijzen aan {name}").format(name=c.name),
                Qt.ItemDataRole.ToolTipRole)

    def _template(self) -> Template | None:
        i = self.template_box.currentIndex()
        return self._templates[i] if self._wants_template and 0 <= i < len(self._templates) \
            else None

    def _text_for(self, item: ItemSummary) -> str:
        text = self.editor.toPlainText().strip()
        first = templates.greeting_name(self.ctx.items[0].author_name)
        if len(self.ctx.items) > 1 and first and first in text:
            text = text.replace(first, templates.greeting_name(item.author_name))
        return text

    def _values(self, item: ItemSummary) -> templates.Values:
        rule = self.rule()
        return templates.Values(
            templates.greeting_name(item.author_name), self.ctx.project or item.account_name,
            rule.title if rule else "", rule.public_text if rule else "",
            self.ctx.rule_url or self.tr("onze website"))

    def _target(self, s: ItemSummary) -> compose.Target:
        return compose.Target(s.platform, s.kind, s.created_at, s.status == Status.HIDDEN)

    def _refill(self) -> None:
        rule = self.rule()
        self._rule_text.setText(rule.public_text if rule else "")
        self._rule_text.setVisible(bool(rule and rule.public_text))
        self.rule_box.setEnabled(bool(self.ctx.rules))
        if self._may_cite:
            self._form.setRowVisible(self.rule_box, self._wants_rule)
            self._form.setRowVisible(self._rule_text, self._wants_rule and bool(rule
                                                                              and rule.public_text))
        t = self._template()
        if t is not None:
            tight = self._tightest()
            out = templates.render(t, self._values(self.ctx.items[0]), form=self.ctx.form,
                                   limit=tight.length if tight else 0,
                                   count=tight.count if tight else code_points)
            self.editor.setPlainText(out.text)
        self._on_text_changed()

    def _refusal_text(self, refusal: compose.Refusal, check: compose.Check,
                      item: ItemSummary) -> str:
        name = platforms.name(item.platform)
        if refusal is compose.Refusal.TOO_LONG:
            text = self.tr("Te lang voor {platform}: {n} van de %n teken(s).", "",
                           check.limit).format(platform=name, n=check.length)
            if item.platform is Platform.X:
                text += " " + self.tr("X telt een link als 23 tekens en een emoji of "
                                      "Chinees/Japans teken als 2.")
            return text
        if refusal is compose.Refusal.DM_WINDOW:
            days = 7 if self.ctx.human_agent else 1
            return self.tr("{platform} laat een antwoord alleen toe binnen {hours} uur na het "
                           "laatste bericht van deze persoon; dit bericht is van {when}. "
                           "Antwoord via een openbare reactie of wacht tot de persoon "
                           "opnieuw schrijft.").format(
                platform=name, hours=24 * days, when=f"{item.created_at:%d-%m-%Y %H:%M}")
        if refusal is compose.Refusal.REPLY_TO_REPLY:
            return self.tr("Instagram staat alleen antwoorden toe op reacties onder het "
                           "bericht zelf, niet op antwoorden. Beantwoord de reactie waar dit "
                           "antwoord onder staat.")
        return self.tr("Instagram staat geen antwoord toe op een verborgen reactie. Maak de "
                       "reactie eerst zichtbaar.")

    def why_not(self) -> str | None:
        """Why the action cannot be sent as it is (None: it can)."""
        text = self.editor.toPlainText()
        if self._policy.needs_text and not text.strip():
            return ""
        if self._wants_rule and self.rule() is None:
            return self.tr("Kies een spelregel: dit sjabloon noemt er een.") if \
                self.ctx.rules else self.tr("Er is geen actieve regelset om een spelregel uit "
                                            "te kiezen.")
        if self.ctx.kind not in _USE:
            return None
        for item in self.ctx.items:
            check = compose.check_reply(self._target(item), self.ctx.kind,
                                        self._text_for(item), self.ctx.now,
                                        human_agent=self.ctx.human_agent)
            if check.refusals:
                return self._refusal_text(check.refusals[0], check, item)
        return None

    def _on_text_changed(self) -> None:
        text = self.editor.toPlainText()
        counted = self.limit()
        n, limit = (counted[0], counted[1].length) if counted else (len(text), 0)
        label = self.tr("%n teken(s)", "", n)
        if limit:
            label += self.tr(" van {limit}").format(limit=limit)
        self._counter.setText(label)
        self._counter.setStyleSheet("color: #A4161A;" if limit and n > limit else "")
        reason = self.why_not()
        self.problem.setText(reason or "")
        self.problem.setVisible(bool(reason))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(reason is None)
        ok.setToolTip(reason or "")
