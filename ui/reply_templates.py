"""Sjablonen bewerken: a team lead changes the reply and warning texts of the workspace.

The texts and their rules live in ``moderator.templates``; this is only the window. Each
template has a text per form of address and a short text for platforms with little
room; the variables are listed, a preview shows the text filled in, and a text with an
unknown variable is refused with the list of variables that exist.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.address import FORMS
from moderator.templates import TemplateStore, Values, render
from ui import plaintext
from ui.style import PANEL_STYLE, heading
from ui.tasks import Op
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.templates import Template

SAMPLE = Values("Wendy", "Verbreding A27", "Geen persoonsgegevens van anderen",
                "Deel geen telefoonnummers of adressen van anderen.",
                "https://www.example.nl/spelregels")


class TemplatesDialog(QDialog):
    """List, edit and reset the workspace's templates (team leads edit; others read)."""

    def __init__(self, store: TemplateStore, lang: str, *, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self._store, self._lang, self._editable = store, lang, editable
        self.templates: tuple[Template, ...] = ()
        self.setStyleSheet(PANEL_STYLE)
        self.setMinimumSize(820, 560)
        self._build()
        self.retranslate_ui()
        self.reload()

    def _build(self) -> None:
        self._title = heading("")
        self.messages = MessageBar()
        self.listing = QListWidget()
        self.listing.setMaximumWidth(280)
        self.listing.currentRowChanged.connect(self._show)
        self.name = QLineEdit()
        self.texts = {f: QPlainTextEdit() for f in FORMS}
        self.shorts = {f: QPlainTextEdit() for f in FORMS}
        for edit in (*self.texts.values(), *self.shorts.values()):
            edit.setReadOnly(not self._editable)
            edit.setTabChangesFocus(True)  # Tab goes on to the next field, as in a form
            edit.textChanged.connect(self._preview)
        self.variables, self.preview = QLabel(), QLabel()
        for label in (self.variables, self.preview):
            label.setWordWrap(True)
            plaintext.plain(label)
        self.preview.setObjectName("muted")
        self.save_button, self.reset_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.save_button.setEnabled(self._editable)
        self.save_button.setDefault(True)  # Enter saves (never resets)
        self.reset_button.setEnabled(self._editable)
        self._form = QFormLayout()
        self._labels = [QLabel() for _ in range(5)]
        for label, w in zip(self._labels, (self.name, self.texts["u"], self.texts["je"],
                                           self.shorts["u"], self.shorts["je"]), strict=True):
            label.setBuddy(w)  # screen readers say the label
            self._form.addRow(label, w)
        right = QVBoxLayout()
        right.addLayout(self._form, 1)
        right.addWidget(self.variables)
        right.addWidget(self.preview)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.listing)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.messages)
        layout.addLayout(body, 1)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Sjablonen"))
        self.listing.setAccessibleName(self.tr("Sjablonen"))
        self._title.setText(self.tr("Sjablonen voor antwoorden en waarschuwingen"))
        for label, text in zip(self._labels, (
                self.tr("Titel"), self.tr("Tekst (u)"), self.tr("Tekst (je)"),
                self.tr("Korte tekst (u)"), self.tr("Korte tekst (je)")), strict=True):
            label.setText(text)
        self.variables.setText(self.tr(
            "Variabelen: {author} = voornaam of @naam van de schrijver, {project} = project "
            "van het account, {rule_title}, {rule_text}, {rule_url} = de spelregel en waar "
            "alle spelregels staan. De korte tekst wordt gebruikt waar de gewone niet past "
            "(X: 280, TikTok: 150 tekens)."))
        self.save_button.setText(self.tr("Opslaan"))
        self.reset_button.setText(self.tr("Standaardtekst terugzetten"))

    def reload(self, select: str = "") -> None:
        """Read the templates on a worker."""
        store, lang = self._store, self._lang
        Op(self, lambda: store.load(lang)).success(lambda t: self._on_loaded(t, select)) \
            .failure(self.messages.show_error).run()

    def _on_loaded(self, found: tuple[Template, ...], select: str) -> None:
        self.templates = found
        self.listing.clear()
        for t in found:
            self.listing.addItem(t.title + (self.tr(" (aangepast)") if t.edited else ""))
        ids = [t.id for t in found]
        self.listing.setCurrentRow(ids.index(select) if select in ids else 0)

    def current(self) -> Template | None:
        """The template being edited."""
        row = self.listing.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _show(self, _row: int) -> None:
        t = self.current()
        if t is None:
            return
        self.name.setText(t.title)
        for f in FORMS:
            self.texts[f].setPlainText(t.text(f))
            self.shorts[f].setPlainText(t.short(f))
        self._preview()

    def _edited(self) -> Template | None:
        t = self.current()
        if t is None:
            return None
        texts = {f: " ".join(e.toPlainText().split()) for f, e in self.texts.items()}
        shorts = {f: " ".join(e.toPlainText().split()) for f, e in self.shorts.items()
                  if e.toPlainText().strip()}
        return replace(t, title=self.name.text().strip() or t.title, texts=texts, shorts=shorts)

    def _preview(self) -> None:
        t = self._edited()
        if t is not None:
            self.preview.setText(self.tr("Voorbeeld: {0}").format(render(t, SAMPLE).text))

    def save(self) -> None:
        """Store the edited template for the whole workspace."""
        t = self._edited()
        if t is None:
            return
        store, lang = self._store, self._lang
        Op(self, lambda: store.save(lang, t), write=True) \
            .success(lambda _r: self._saved(t.id)).failure(self._refused).run()

    def _saved(self, template_id: str) -> None:
        self.messages.show_ok(self.tr("Sjabloon opgeslagen."))
        self.reload(template_id)

    def _refused(self, error: Exception) -> None:
        self.messages.show_error(self.tr("Niet opgeslagen: gebruik alleen de variabelen "
                                         "hieronder, met accolades eromheen. ({0})")
                                 .format(error))

    def reset(self) -> None:
        """Go back to the shipped text of the current template."""
        t = self.current()
        if t is None:
            return
        store, lang = self._store, self._lang
        Op(self, lambda: store.reset(lang, t.id), write=True) \
            .success(lambda _r: self.reload(t.id)).failure(self.messages.show_error).run()


class AddressBox(QComboBox):
    """The workspace's form of address: u (default) or je (interface, templates, rules)."""

    changed = Signal(str)  # the form, once stored

    def __init__(self, store: TemplateStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.addItem("u", "u")
        self.addItem("je", "je")
        Op(self, store.address).success(
            lambda form: self.setCurrentIndex(max(0, self.findData(form)))).run()
        self.activated.connect(self._on_chosen)

    def _on_chosen(self, _index: int) -> None:
        form, store = str(self.currentData()), self._store
        Op(self, lambda: store.set_address(form), write=True).success(
            lambda _r: self.changed.emit(form)).run()
