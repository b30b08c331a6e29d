"""The right-hand pane: everything about one item, untrusted text always shown as plain text.

Every label that can carry user content uses ``Qt.PlainText``; the item text itself sits
in a read-only ``QTextEdit`` filled with ``setPlainText`` only, so markup is characters,
never a request. Evidence spans from the rules are highlighted with extra selections.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from moderator import localtime
from moderator import platforms as core_platforms
from moderator.action_policy import policy
from moderator.address import in_form
from moderator.errors import UsageError
from moderator.items import ActionKind, FlagInfo, ItemKind, ItemSummary, Status
from moderator.outbox.entry import OutboxState
from ui import errors, i18n, plaintext, platforms, style, vocabulary
from ui.triage.queue_model import age_text
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.layouts import clear_layout

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from moderator.actions import RuleRef
    from moderator.detail import ItemDetail
    from moderator.outbox.entry import Delivery


# A rule's suggested action (rules/model.py ACTIONS) and the moderator action it stands for.
SUGGESTED_ACTIONS = {"hide": ActionKind.HIDE, "remove": ActionKind.REMOVE,
                     "escalate": ActionKind.ESCALATE, "reply": ActionKind.REPLY}


def _sent(kind: str) -> bool:
    """Whether an action's text went to the author (not an internal note)."""
    try:
        return policy(ActionKind(kind)).sends_text
    except (ValueError, UsageError):
        return False


def when(at: datetime) -> str:
    """Local date and time, Dutch order."""
    return localtime.local(at).strftime("%d-%m-%Y %H:%M")


def plain_label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    """A label that never interprets its text as markup."""
    label = QLabel()
    plaintext.plain(label)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def status_pill(status: Status | str) -> QLabel:
    """A rounded status label in the status colours."""
    label = plain_label(vocabulary.status(status), "statusPill", wrap=False)
    label.setProperty("status", Status(status).value)  # colours: style._detail_rules
    return label


def _label_texts(layout) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        w = item.widget()
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, ScoreTable):
            out.extend(w.lines())
        elif w is not None and w.layout() is not None:
            out.extend(_label_texts(w.layout()))
        elif item.layout() is not None:
            out.extend(_label_texts(item.layout()))
    return out


class ScoreTable(QWidget):
    """Toxicity per category: name, a thin bar coloured by value, the value; one widget.

    Painted rather than three widgets per category: the pane is rebuilt for every item,
    and each widget costs layout and style-sheet work on the GUI thread.
    """

    ROW = 24

    def __init__(self, rows: list[tuple[str, float]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setFixedHeight(self.ROW * len(rows))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        text = "\n".join(self.lines())
        self.setAccessibleName(text)
        self.setToolTip(plaintext.tooltip(text))

    def lines(self) -> list[str]:
        """"giftigheid 0.46" per category, as screen readers and tests read it."""
        return [f"{name} {value:.2f}" for name, value in self.rows]

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Qt override."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        name_w, value_w = max(150, fm.horizontalAdvance("aanval op identiteit") + 12), 40
        bar_w = max(40, self.width() - name_w - value_w - 12)
        text_colour = self.palette().color(self.foregroundRole())
        for n, (name, value) in enumerate(self.rows):
            top = n * self.ROW
            p.setPen(text_colour)
            p.drawText(QRectF(0, top, name_w, self.ROW),
                       int(Qt.AlignmentFlag.AlignVCenter),
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, name_w - 6))
            p.setPen(Qt.PenStyle.NoPen)
            bar = QRectF(name_w, top + self.ROW / 2 - 3, bar_w, 6)
            p.setBrush(QColor(style.SUNKEN))
            p.drawRoundedRect(bar, 3, 3)
            p.setBrush(style.toxicity_colour(value))
            p.drawRoundedRect(QRectF(bar.left(), bar.top(),
                                     max(4.0, bar_w * min(1.0, value)), 6), 3, 3)
            p.setPen(text_colour)
            p.drawText(QRectF(self.width() - value_w, top, value_w, self.ROW),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       f"{value:.2f}")
        p.end()


class ItemText(QTextEdit):
    """Read-only plain text that grows to its content's height (the scroll area scrolls)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemText")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        # Tab reaches it so a screen reader can read the text; read-only, so letters stay
        # the window's commands.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.document().contentsChanged.connect(self._fit)

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        self.setFixedHeight(int(self.document().size().height()) + 6)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Qt override."""
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802
        """Qt override."""
        return QSize(400, int(self.document().size().height()) + 6)


class ItemDetailView(QWidget):
    """Shows one ``ItemDetail``; the main window adds its action bar at the bottom."""

    completed = Signal()  # the whole pane of the shown item is built
    retry_requested = Signal(int)  # outbox entry id of a failed platform action
    cancel_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemDetail")
        self._shown = 0
        self._scroll = QScrollArea()
        self._scroll.setObjectName("detailScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Sideways only when a row cannot shrink further (a narrow pane at 150 %, 200 %).
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop: the pane itself
        self._body = QWidget()
        self._body.setObjectName("detailBody")
        self._lay = QVBoxLayout(self._body)
        self._lay.setContentsMargins(24, 20, 24, 20)
        self._lay.setSpacing(10)
        self._scroll.setWidget(self._body)
        outer = QVBoxLayout(self)
        ring = style.FOCUS_RING_WIDTH
        outer.setContentsMargins(ring, ring, ring, ring)  # room for the focus ring
        outer.setSpacing(0)
        outer.addWidget(self._scroll, 1)
        self._bar_holder = QVBoxLayout()
        outer.addLayout(self._bar_holder)
        self.text_view = ItemText()
        self.text_view.setAccessibleName(self.tr("Tekst van het bericht"))
        self.detail: ItemDetail | None = None
        self._rules: Mapping[str, RuleRef | None] = {}
        self._highlights: list[tuple[int, int, str]] = []
        self._empty = self.tr("Kies een bericht in de wachtrij.")
        self._reading_width: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_empty()

    # -- public -------------------------------------------------------------------------
    def set_action_bar(self, bar: QWidget) -> None:
        """Place the action buttons under the detail."""
        self._bar_holder.addWidget(bar)

    def set_reading_width(self, width: int | None) -> None:
        """Focus mode: keep the text column at ``width`` pixels, centred."""
        self._reading_width = width
        self._fit_margins()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Qt override."""
        super().resizeEvent(event)
        self._fit_margins()

    def _fit_margins(self) -> None:
        side = 24
        if self._reading_width:
            side = max(24, (self.width() - self._reading_width) // 2)
        self._lay.setContentsMargins(side, 20, side, 20)

    def show_empty(self, text: str | None = None) -> None:
        """No item chosen (or the queue is empty)."""
        self.detail = None
        self.setAccessibleDescription(text or self._empty)
        self._shown += 1
        self._clear()
        label = plain_label(text or self._empty, "emptyState")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._lay.addStretch(1)
        self._lay.addWidget(label)
        self._lay.addStretch(2)

    def show_detail(self, detail: ItemDetail, rules: Mapping[str, RuleRef | None],
                    position: str = "") -> None:
        """Show an item: header, context, text with evidence, rules, scores, history."""
        self.detail, self._rules = detail, rules
        self._clear()
        s = detail.item
        self.setAccessibleDescription(self.tr("{status}: {kind} van {author} op {platform}, "
                                              "{when}").format(
            status=vocabulary.status(s.status), kind=vocabulary.kind(s.kind),
            author=s.author_name, platform=platforms.name(s.platform), when=when(s.created_at)))
        self._header(s, position)
        self._assignment(detail)
        self._author(detail)
        self._context(detail)
        self._text(detail)
        self._flags(detail.flags)
        self._scroll.verticalScrollBar().setValue(0)
        # Scores and history below the fold come one event later: the part the moderator
        # reads first shows sooner, and the GUI thread is never held for the whole pane.
        self._shown += 1
        shown = self._shown
        QTimer.singleShot(0, self, lambda: self._rest(shown, detail))  # dropped if self goes

    def _rest(self, shown: int, detail: ItemDetail) -> None:
        if shown != self._shown or self.detail is not detail:
            return  # another item (or none) is shown by now
        self._scores(detail)
        self._history(detail)
        self._lay.addStretch(1)
        self.completed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Qt override: the pane's edge, in the accent colour while it has the focus."""
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(style.ACCENT if self.hasFocus() else style.SURFACE))
        p.end()
        super().paintEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Qt override: draw the focus ring."""
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Qt override."""
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Qt override: arrows and page keys scroll the pane."""
        bar = self._scroll.verticalScrollBar()
        steps = {Qt.Key.Key_Down: bar.singleStep(), Qt.Key.Key_Up: -bar.singleStep(),
                 Qt.Key.Key_PageDown: bar.pageStep(), Qt.Key.Key_PageUp: -bar.pageStep(),
                 Qt.Key.Key_Space: bar.pageStep()}
        key = Qt.Key(event.key())
        if key in steps:
            bar.setValue(bar.value() + steps[key])
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            bar.setValue(bar.minimum() if key == Qt.Key.Key_Home else bar.maximum())
        else:
            super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        """Rebuild in the current language."""
        self._empty = self.tr("Kies een bericht in de wachtrij.")
        self.text_view.setAccessibleName(self.tr("Tekst van het bericht"))
        if self.detail is not None:
            self.show_detail(self.detail, self._rules)
        else:
            self.show_empty()

    # -- for tests and screen readers ---------------------------------------------------
    def shown_text(self) -> str:
        """The item text exactly as displayed."""
        return self.text_view.toPlainText()

    def highlighted(self) -> list[tuple[str, str]]:
        """(shown text, rule id) of each highlighted evidence span."""
        out = []
        for a, b, rule in self._highlights:  # positions are UTF-16, as Qt counts them
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            out.append((cursor.selectedText(), rule))
        return out

    def visible_text(self) -> str:
        """All labels of the pane in reading order, joined: what a reader can see."""
        return "\n".join(_label_texts(self._lay))

    # -- sections -----------------------------------------------------------------------
    def _clear(self) -> None:
        clear_layout(self._lay, keep=self.text_view)
        self._highlights = []

    def _section(self, title: str) -> None:
        self._lay.addSpacing(6)
        self._lay.addWidget(plain_label(title.upper(), "sectionTitle"))

    def _header(self, s: ItemSummary, position: str) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        icon = QLabel()
        icon.setPixmap(platforms.pixmap(s.platform, 22))
        row.addWidget(icon)
        account = ElidedLabel(s.account_name, "strong")
        row.addWidget(account, 1)
        if position:
            row.addWidget(plain_label(position, "faint", wrap=False))
        row.addWidget(status_pill(s.status))
        self._lay.addLayout(row)
        bits = [vocabulary.kind(s.kind), when(s.created_at)]
        if s.claimed_by:
            bits.append(self.tr("opgepakt door {name}").format(name=s.claimed_by))
        self._lay.addWidget(ElidedLabel(" · ".join(bits), "muted"))

    def _assignment(self, d: ItemDetail) -> None:
        """To whom the item is escalated or assigned, and the time to their first response."""
        a = d.assignment
        if a is None:
            return
        took = a.time_to_first_response
        bits = [self.tr("toegewezen aan {name}").format(name=a.assignee), when(a.since)]
        if took is None:
            bits.append(self.tr("nog geen reactie"))
        else:
            minutes = max(0, int(took.total_seconds() // 60))
            bits.append(self.tr("eerste reactie na %n minuut/minuten", "", minutes))
        self._lay.addWidget(ElidedLabel(" · ".join(bits), "muted"))

    def _author(self, d: ItemDetail) -> None:
        row = QHBoxLayout()
        row.addWidget(plain_label(d.item.author_name, "authorName"))
        bits = [self.tr("%n eerdere bericht(en)", "", len(d.author_items))]
        if d.author_warnings:
            bits.append(self.tr("%n keer gewaarschuwd of verborgen", "", d.author_warnings))
        info = ElidedLabel(" · ".join(bits), "warnText" if d.author_warnings else "muted")
        row.addWidget(info, 1)
        self._lay.addLayout(row)

    def _quote(self, caption: str, text: str, lines: int = 4) -> QFrame:
        frame = QFrame()
        frame.setObjectName("quote")
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(2)
        lay.addWidget(plain_label(caption, "muted"))
        shown = plaintext.reveal(text, plaintext.SNIPPET_MARKS).text
        if shown.count("\n") > lines or len(shown) > 90 * lines:
            shown = shown[: 90 * lines].rsplit(" ", 1)[0] + " …"
        lay.addWidget(plain_label(shown))
        return frame

    def _context(self, d: ItemDetail) -> None:
        if d.thread_title:
            self._lay.addWidget(self._quote(self.tr("Bij het bericht van het account"),
                                            d.thread_title, 3))
        if d.parent is not None:
            self._lay.addWidget(self._quote(
                self.tr("Reactie op {author}").format(author=d.parent.author_name),
                d.parent.text, 4))

    def _text(self, d: ItemDetail) -> None:
        shown = plaintext.reveal(d.item.text)
        notes = []
        if shown.markers:
            notes.append(self.tr("Onzichtbare of richting-tekens zichtbaar gemaakt als ⟦…⟧."))
        if shown.marks:
            notes.append(self.tr("Bevat %n gestapelde tekens (zalgo).", "", shown.marks))
        for note in notes:
            self._lay.addWidget(plain_label(note, "cautionText"))
        self.text_view.setPlainText(shown.text)
        selections = []
        for a, b in shown.markers:
            selections.append(self._selection(a, b, QColor(style.MARKER_BG), None))
        for flag in d.flags:
            strong, soft = style.severity_colours(flag.severity)
            for span in flag.spans:
                a, b = shown.position(span.start), shown.position(span.end)
                if b > a:
                    selections.append(self._selection(a, b, soft, strong))
                    self._highlights.append((a, b, flag.rule_id))
        self.text_view.setExtraSelections(selections)
        self._lay.addWidget(self.text_view)
        if d.earlier_texts:
            self._lay.addWidget(plain_label(
                self.tr("Bewerkt: %n eerdere versie(s), de laatste hieronder.", "",
                        len(d.earlier_texts)), "faint"))
            self._lay.addWidget(self._quote(self.tr("Vorige versie"), d.earlier_texts[-1], 3))

    def _selection(self, a: int, b: int, bg: QColor, underline: QColor | None,
                   ) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(bg)
        if underline is not None:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(underline)
            fmt.setForeground(underline.darker(130))
        sel.cursor, sel.format = cursor, fmt
        return sel

    def _flags(self, flags: Sequence[FlagInfo]) -> None:
        if not flags:
            return
        self._section(self.tr("Spelregels die overeenkomen"))
        for flag in flags:
            self._lay.addWidget(self._rule_card(flag, self._rules.get(flag.rule_id)))

    def _rule_card(self, flag: FlagInfo, rule: RuleRef | None) -> QFrame:
        card = QFrame()
        card.setObjectName("ruleCard")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(4)
        top = QHBoxLayout()
        chip = plain_label(flag.rule_id, "ruleChip", wrap=False)
        severity = flag.severity if flag.severity in style.SEVERITY_COLOURS else ""
        chip.setProperty("severity", severity)  # colours: style._detail_rules
        top.addWidget(chip)
        title = plain_label(rule.title if rule else flag.rule_id, "strong")
        top.addWidget(title, 1)
        suggested = flag.suggested_action if self._possible(flag.suggested_action) else ""
        meta = self.tr("ernst {sev} · voorstel: {act} · regelset v{ver}").format(
            sev=vocabulary.severity(flag.severity),
            act=vocabulary.suggested_action(suggested) if suggested else "–",  # noqa: RUF001
            ver=flag.ruleset_version)
        lay.addLayout(top)
        lay.addWidget(ElidedLabel(meta, "faint"))
        if rule is not None and rule.public_text:  # in the workspace's form of address
            lay.addWidget(plain_label(in_form(rule.public_text, i18n.address()), "muted"))
        elif rule is None:
            lay.addWidget(plain_label(self.tr("Deze regel staat niet (meer) in de actieve "
                                              "regelset."), "faint"))
        return card

    def _possible(self, suggested: str) -> bool:
        """Whether a rule's suggested action can be done on the shown item at all.

        A rule written for comments may suggest hiding; a DM (or a platform without that
        call) cannot have it, so the pane does not propose it.
        """
        action = SUGGESTED_ACTIONS.get(suggested)
        d = self.detail
        if action is None or d is None:
            return bool(suggested)  # "flag" and unknown suggestions need no platform call
        if action is ActionKind.REPLY and d.item.kind is ItemKind.DM:
            action = ActionKind.DM_REPLY  # a DM is answered with a DM reply
        return core_platforms.allows(d.item.platform, d.item.kind, action)

    def _scores(self, d: ItemDetail) -> None:
        if not d.scores:
            return
        self._section(self.tr("Toxiciteit per categorie"))
        rows = [(vocabulary.category(name), value)
                for name, value in sorted(d.scores.items(), key=lambda kv: -kv[1])]
        self._lay.addWidget(ScoreTable(rows))
        if d.score_model:
            self._lay.addWidget(plain_label(self.tr("model: {m}").format(m=d.score_model),
                                            "faint"))

    def _delivery(self, d: Delivery) -> None:
        """The platform side of an action: waiting, sent (with the answer) or failed."""
        text = errors.delivery_text(d)
        if d.state is OutboxState.SENT and d.platform_ref:
            text += f" ({d.platform_ref})"
        label = plain_label(text, f"delivery_{d.state.value}")
        label.setProperty("delivery", d.state.value)
        self._lay.addWidget(label)
        if d.state is OutboxState.FAILED:
            row = QHBoxLayout()
            retry = QPushButton(self.tr("Opnieuw proberen"))
            retry.setObjectName("deliveryRetry")
            retry.clicked.connect(lambda _=False, i=d.id: self.retry_requested.emit(i))
            cancel = QPushButton(self.tr("Annuleren"))
            cancel.setObjectName("deliveryCancel")
            cancel.clicked.connect(lambda _=False, i=d.id: self.cancel_requested.emit(i))
            row.addWidget(retry)
            row.addWidget(cancel)
            row.addStretch(1)
            self._lay.addLayout(row)

    def _text_caption(self, kind: str, delivery: Delivery | None) -> str:
        """What an action's text is: sent (or still to send, or not sent), or internal."""
        if not _sent(kind):
            return self.tr("Interne notitie")
        if delivery is None or delivery.state is OutboxState.SENT:
            return self.tr("Verstuurde tekst")
        if delivery.state.open:
            return self.tr("Te versturen tekst")
        return self.tr("Niet verzonden tekst")

    def _history(self, d: ItemDetail) -> None:
        if d.notes:
            self._section(self.tr("Notities"))
            for n in d.notes:
                self._lay.addWidget(self._quote(f"{n.moderator} · {when(n.at)}", n.text, 6))
        if d.actions:
            self._section(self.tr("Acties"))
            for a in d.actions:
                line = f"{when(a.at)}  {a.moderator} — {vocabulary.action(a.kind)}"
                if a.rule_id:
                    line += self.tr(" (spelregel {rule})").format(rule=a.rule_id)
                if a.platform_result and a.delivery is None:
                    line += f" · {a.platform_result}"
                self._lay.addWidget(plain_label(line, "muted"))
                if a.delivery is not None:
                    self._delivery(a.delivery)
                if a.text and a.kind != ActionKind.NOTE:  # notes are listed above
                    caption = self._text_caption(a.kind, a.delivery)
                    self._lay.addWidget(self._quote(caption, a.text, 3))
        if d.author_items:
            self._section(self.tr("Eerder van deze auteur"))
            now = datetime.now(d.item.created_at.tzinfo)
            for other in d.author_items[:6]:
                row = QHBoxLayout()
                age = plain_label(age_text(other.created_at, now), "faint", wrap=False)
                age.setFixedWidth(70)
                row.addWidget(age)
                st = plain_label(vocabulary.status(other.status), "muted", wrap=False)
                st.setFixedWidth(90)
                row.addWidget(st)
                row.addWidget(ElidedLabel(plaintext.one_line(other.text, 200)), 1)
                self._lay.addLayout(row)
