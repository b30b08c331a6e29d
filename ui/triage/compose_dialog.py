"""Compose an action that needs words or a rule: reply, DM reply, warn, remove, escalate, note.

What the dialog asks for follows the action's policy row (a rule, a text to the author or
an internal one); its words come from ``ui.item_actions``. Warn and remove cite a house
rule (prefilled with the item's first flag); the warning text comes from a template filled
with the rule's title, public text and URL. A public reply is counted the way its platform
counts (``PlatformSpec`` reply limit). The dialog only builds an ``ActionRequest``; the
main window performs it on the writer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
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

from moderator import platforms
from moderator.action_policy import policy
from moderator.actions import ActionRequest, RuleRef
from moderator.capabilities import Call
from moderator.items import ActionKind, ItemId, ItemSummary
from ui import item_actions, plaintext, reply_templates, vocabulary

if TYPE_CHECKING:
    from collections.abc import Sequence

    from moderator.textlength import TextLimit
    from ui.reply_templates import Template


@dataclass(frozen=True, slots=True)
class ComposeContext:
    """What the dialog needs to know about the item(s) and the workspace."""

    kind: ActionKind
    items: tuple[ItemSummary, ...]
    rules: tuple[RuleRef, ...] = ()  # candidates, the item's own flags first
    project: str = ""
    rule_url: str = ""
    lang: str = "nl"
    now: datetime = field(default_factory=lambda: datetime.now(UTC))


class ComposeDialog(QDialog):
    """One dialog for every action that needs a text or a rule."""

    def __init__(self, ctx: ComposeContext, parent: QWidget | None = None) -> None:  # noqa: PLR0915
        super().__init__(parent)
        self.setObjectName("composeDialog")
        self.ctx = ctx
        self._policy = policy(ctx.kind)
        self.setMinimumWidth(560)
        self._templates: Sequence[Template] = reply_templates.load(ctx.lang)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 18, 20, 16)
        lay.setSpacing(10)
        self._title = QLabel()
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        lay.addWidget(self._title)
        self._about = QLabel()
        self._about.setTextFormat(Qt.TextFormat.PlainText)
        self._about.setWordWrap(True)
        self._about.setObjectName("muted")
        lay.addWidget(self._about)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.rule_box = QComboBox()
        self.rule_box.setObjectName("ruleBox")
        self.template_box = QComboBox()
        self.template_box.setObjectName("templateBox")
        self.target_box = QComboBox()
        self.target_box.setObjectName("targetBox")
        self._rule_text = QLabel()
        self._rule_text.setTextFormat(Qt.TextFormat.PlainText)
        self._rule_text.setWordWrap(True)
        self._rule_text.setObjectName("muted")
        self._rows: dict[str, QLabel] = {k: QLabel() for k in ("rule", "template", "target")}
        if self._wants_rule:
            form.addRow(self._rows["rule"], self.rule_box)
            form.addRow("", self._rule_text)
        if self._wants_template:
            form.addRow(self._rows["template"], self.template_box)
        if ctx.kind == ActionKind.ESCALATE:
            form.addRow(self._rows["target"], self.target_box)
        lay.addLayout(form)
        self.window_note = QLabel()
        self.window_note.setObjectName("cautionText")
        self.window_note.setWordWrap(True)
        self.window_note.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.window_note)
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
        return self._policy.needs_rule

    @property
    def _wants_template(self) -> bool:
        return self._policy.sends_text  # templates are words to the author

    def limit(self) -> tuple[int, TextLimit] | None:
        """The text's length as the strictest platform counts it, and that platform's limit.

        None when no platform of the items limits this kind of text (internal notes, DMs).
        """
        if self._policy.call is not Call.REPLY:
            return None
        text = self.editor.toPlainText()
        limits = {lim for s in self.ctx.items if (lim := platforms.reply_limit(s.platform))}
        counted = [(lim.count(text), lim) for lim in limits]
        return max(counted, key=lambda c: c[0] - c[1].length) if counted else None

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
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(item_actions.ok_text(k))
        if item_actions.ROWS[k].danger:
            ok.setObjectName("danger")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self._hint.setText(self.tr("Ctrl+Enter voert uit · Esc annuleert"))
        self.editor.setPlaceholderText(
            self.tr("Tekst die naar de schrijver gaat") if self._policy.sends_text
            else self.tr("Notitie voor collega's (niet zichtbaar voor de schrijver)"))
        self._show_window_note()

    # -- internals ----------------------------------------------------------------------
    def _on_ok(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()

    def _fill_choices(self) -> None:
        for r in self.ctx.rules:
            self.rule_box.addItem(f"{r.rule_id} — {r.title}", r.rule_id)
        for t in self._templates:
            self.template_box.addItem(t.title, t.id)
        default = {ActionKind.WARN: reply_templates.WARN_TEMPLATE,
                   ActionKind.DM_REPLY: "bedankt"}.get(self.ctx.kind, "bedankt")
        self.choose_template(default)
        self.target_box.addItem(vocabulary.role("team_lead"), "team_lead")
        self.target_box.addItem(vocabulary.role("external_moderator"), "external_moderator")
        self.target_box.addItem(vocabulary.role("community_manager"), "community_manager")

    def _template(self) -> Template | None:
        i = self.template_box.currentIndex()
        return self._templates[i] if self._wants_template and 0 <= i < len(self._templates) \
            else None

    def _text_for(self, item: ItemSummary) -> str:
        text = self.editor.toPlainText().strip()
        first = self.ctx.items[0].author_name
        if len(self.ctx.items) > 1 and first in text:
            text = text.replace(first, item.author_name)
        return text

    def _refill(self) -> None:
        rule = self.rule()
        self._rule_text.setText(rule.public_text if rule else "")
        self._rule_text.setVisible(bool(rule and rule.public_text))
        t = self._template()
        if t is None:
            return
        item = self.ctx.items[0]
        self.editor.setPlainText(reply_templates.fill(
            t.text, author=item.author_name, project=self.ctx.project or item.account_name,
            rule_title=rule.title if rule else "", rule_text=rule.public_text if rule else "",
            rule_url=self.ctx.rule_url or self.tr("onze website")))

    def _show_window_note(self) -> None:
        """Warn when a DM is older than its platform's answer window (the platform decides)."""
        note = ""
        if self._policy.call is Call.DM:
            for s in self.ctx.items:
                spec = platforms.find(s.platform)
                hours = spec.capabilities.dm_window_hours if spec is not None else None
                if hours is not None and self.ctx.now - s.created_at > timedelta(hours=hours):
                    note = self.tr("{platform} laat een antwoord alleen toe binnen {hours} uur "
                                   "na het laatste bericht van de schrijver; dit bericht is "
                                   "ouder.").format(platform=spec.name if spec else "",
                                                    hours=hours)
                    break
        self.window_note.setText(note)
        self.window_note.setVisible(bool(note))

    def _on_text_changed(self) -> None:
        text = self.editor.toPlainText()
        counted = self.limit()
        n, limit = (counted[0], counted[1].length) if counted else (len(text), 0)
        label = self.tr("%n teken(s)", "", n)
        if limit:
            label += self.tr(" van {limit}").format(limit=limit)
        self._counter.setText(label)
        self._counter.setStyleSheet("color: #A4161A;" if limit and n > limit else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled((not self._policy.needs_text or bool(text)) and
                      (not self._wants_rule or self.rule() is not None))
