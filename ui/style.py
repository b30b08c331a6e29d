"""The look: one calm light palette, one accent, severity colours, readable type, icons.

Everything visual that more than one widget needs lives here (the queue, the detail, the
side panels and the dialogs speak the same colour language), including the panels'
headings and cards. Platform colours and icons are in ``ui.platforms``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from moderator.items import Status
from ui import plaintext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

# Palette: warm-neutral greys, Dutch-government blue as the single accent.
BG = "#F4F5F7"
SURFACE = "#FFFFFF"
SUNKEN = "#EEF0F3"
BORDER = "#DCDFE4"
TEXT = "#1F2328"
MUTED = "#5E6672"
FAINT = "#8A929E"
ACCENT = "#154273"
ACCENT_SOFT = "#E3ECF6"
SELECTION = "#D6E4F5"

SEVERITY_COLOURS = {  # (strong, soft background)
    "critical": ("#A4161A", "#FBE3E4"),
    "high": ("#C2410C", "#FDEBDD"),
    "medium": ("#A16207", "#FDF3D7"),
    "low": ("#3B6E8F", "#E2EEF5"),
    "": (FAINT, SUNKEN),
}
STATUS_COLOURS = {  # (text, background)
    Status.NEW: ("#1F4E8C", "#E3ECF6"),
    Status.FLAGGED: ("#8A4B08", "#FBF0DC"),
    Status.ESCALATED: ("#6B3FA0", "#EFE7F8"),
    Status.HANDLED: ("#2F6B3A", "#E3F1E5"),
    Status.HIDDEN: ("#5E6672", "#ECEEF1"),
    Status.REMOVED: ("#5E6672", "#ECEEF1"),
}
MARKER_BG = "#E7E2F3"  # revealed invisible characters in item text
MESSAGE_COLOURS = {  # message bar: text, background, border
    "info": ("#1F4E8C", "#E8F0FA", "#C9DAF0"),
    "success": ("#2F6B3A", "#E6F3E8", "#C4E1C9"),
    "error": ("#8E1B1F", "#FCE8E8", "#F2C4C5"),
}
OK_FG, BAD_FG = MESSAGE_COLOURS["success"][0], MESSAGE_COLOURS["error"][0]
# Chart series: muted blues and greens, one warm accent (platforms have their own colour).
SERIES = ("#4C78A8", "#72B7B2", "#54A24B", "#EECA3B", "#B279A2", "#9D755D", "#BAB0AC")


def toxicity_colour(value: float | None) -> QColor:
    """A colour for a toxicity score: grey-green when low, through amber, to red."""
    if value is None:
        return QColor(FAINT)
    if value >= 0.8:
        return QColor(SEVERITY_COLOURS["critical"][0])
    if value >= 0.5:
        return QColor(SEVERITY_COLOURS["high"][0])
    if value >= 0.25:
        return QColor("#C99A06")
    return QColor("#7FA58A")


def severity_colours(severity: str) -> tuple[QColor, QColor]:
    """(strong, soft) colours for a rule severity."""
    strong, soft = SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS[""])
    return QColor(strong), QColor(soft)


@cache
def app_icon() -> QIcon:
    """The application icon."""
    return QIcon(str(ICONS / "moderator.svg"))


def dot_icon(colour: str, size: int = 10) -> QIcon:
    """A small filled circle (status and severity markers in menus and lists)."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawEllipse(0, 0, size, size)
    p.end()
    return QIcon(pm)


def _palette() -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    for r, c in ((role.Window, BG), (role.Base, SURFACE), (role.AlternateBase, "#F9FAFB"),
                 (role.Text, TEXT), (role.WindowText, TEXT), (role.Button, SURFACE),
                 (role.ButtonText, TEXT), (role.Highlight, SELECTION),
                 (role.HighlightedText, TEXT), (role.ToolTipBase, "#FFFFFF"),
                 (role.ToolTipText, TEXT), (role.PlaceholderText, FAINT), (role.Link, ACCENT),
                 (role.Mid, BORDER), (role.Midlight, SUNKEN)):
        pal.setColor(r, QColor(c))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#A9AFB8"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#A9AFB8"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#A9AFB8"))
    return pal


STYLESHEET = f"""
QMainWindow, QDialog {{ background: {BG}; }}
QToolBar#mainToolbar {{ background: {SURFACE}; border: none;
    border-bottom: 1px solid {BORDER}; padding: 6px 10px; spacing: 6px; }}
QToolBar#mainToolbar QToolButton {{ padding: 5px 9px; border-radius: 6px; color: {TEXT}; }}
QToolBar#mainToolbar QToolButton:hover {{ background: {SUNKEN}; }}
QToolBar#mainToolbar QToolButton:disabled {{ color: #A9AFB8; }}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox {{ background: {SURFACE};
    border: 1px solid {BORDER}; border-radius: 6px; padding: 5px 8px;
    selection-background-color: {SELECTION}; selection-color: {TEXT}; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit#searchField {{ min-width: 260px; padding-left: 10px; }}
QTreeView#filtersView {{ background: {BG}; border: none; padding: 8px 4px;
    outline: 0; }}
QTreeView#filtersView::item {{ padding: 5px 6px; border-radius: 6px; }}
QTreeView#filtersView::item:selected {{ background: {ACCENT_SOFT}; color: {ACCENT}; }}
QTreeView#filtersView::item:hover:!selected {{ background: {SUNKEN}; }}
QTableView#queueView {{ background: {SURFACE}; border: none;
    border-left: 1px solid {BORDER}; border-right: 1px solid {BORDER};
    gridline-color: transparent; outline: 0;
    selection-background-color: {SELECTION}; selection-color: {TEXT}; }}
QHeaderView::section {{ background: {SURFACE}; color: {MUTED}; border: none;
    border-bottom: 1px solid {BORDER}; padding: 6px 8px; font-weight: 600; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ background: transparent; color: {MUTED}; padding: 8px 16px;
    border: none; border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; }}
QTabBar::tab:hover:!selected {{ color: {TEXT}; }}
QScrollArea#detailScroll, QWidget#detailBody {{ background: {SURFACE}; border: none; }}
QFrame#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; }}
QFrame#quote {{ background: {SUNKEN}; border: none; border-left: 3px solid {BORDER};
    border-radius: 4px; }}
QFrame#ruleCard {{ background: #FFFBF5; border: 1px solid #F1DFC6; border-radius: 8px; }}
QLabel#sectionTitle {{ color: {MUTED}; font-weight: 600; letter-spacing: 0.5px;
    padding-top: 6px; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#faint {{ color: {FAINT}; }}
QLabel#delivery_pending, QLabel#delivery_sending {{ color: #8A5A00; }}
QLabel#delivery_sent {{ color: #1E6B3A; }}
QLabel#delivery_failed {{ color: #A4161A; font-weight: 600; }}
QLabel#delivery_cancelled {{ color: {FAINT}; }}
QLabel#authorName {{ font-size: 12pt; font-weight: 600; }}
QLabel#emptyState {{ color: {FAINT}; font-size: 11pt; }}
QTextEdit#itemText {{ border: none; background: transparent; padding: 0;
    font-size: 11.5pt; color: {TEXT}; }}
QPushButton {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px;
    padding: 6px 14px; }}
QPushButton:hover {{ background: {SUNKEN}; }}
QPushButton:default {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; }}
QPushButton#danger {{ background: #A4161A; color: white; border: 1px solid #A4161A; }}
QToolButton#actionButton {{ background: {SURFACE}; border: 1px solid {BORDER};
    border-radius: 6px; padding: 4px 8px; }}
QToolButton#actionButton:hover {{ background: {SUNKEN}; }}
QToolButton#actionButton:disabled {{ color: #A9AFB8; border-color: #E6E8EC; }}
QFrame#messageBar {{ border-radius: 6px; }}
QStatusBar {{ background: {SURFACE}; color: {MUTED}; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
QSplitter::handle {{ background: {BG}; }}
QToolTip {{ background: white; color: {TEXT}; border: 1px solid {BORDER}; padding: 6px; }}
"""


PANEL_STYLE = f"""
QLabel[role="title"] {{ font-size: 17px; font-weight: 600; color: {TEXT}; }}
QLabel[role="subtitle"] {{ color: {MUTED}; }}
QLabel[role="section"] {{ font-size: 13px; font-weight: 600; color: {TEXT}; }}
QTreeWidget::item, QListWidget::item {{ padding: 4px 2px; }}
QListWidget::item {{ border-bottom: 1px solid #E6EAEE; }}
QFrame[role="card"] {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; }}
"""


def heading(text: str, role: str = "title") -> QLabel:
    """A label styled as a panel title, subtitle or section heading."""
    label = QLabel(text)
    label.setProperty("role", role)
    plaintext.plain(label)
    return label


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded frame and its layout."""
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    return frame, layout


def base_font() -> QFont:
    """The UI font: a humanist sans at a size readable all day."""
    font = QFont()
    font.setFamilies(["Inter", "Segoe UI", "Noto Sans", "Cantarell", "DejaVu Sans"])
    font.setPointSizeF(10.0)
    return font


def _detail_rules() -> str:
    """Status pills, rule chips and emphasis in the detail pane, by name and property.

    One application style sheet instead of a style sheet per label: a label's own sheet
    costs a style of its own, and the pane makes ~30 labels for every item shown.
    """
    rules = ["QLabel#strong { font-weight: 600; }",
             f"QLabel#warnText {{ color: {SEVERITY_COLOURS['high'][0]}; }}",
             f"QLabel#cautionText {{ color: {SEVERITY_COLOURS['medium'][0]}; }}"]
    for status, (fg, bg) in STATUS_COLOURS.items():
        rules.append(f'QLabel#statusPill[status="{status.value}"] {{ color: {fg}; '
                     f"background: {bg}; border-radius: 10px; padding: 2px 10px; "
                     "font-weight: 600; }")
    for severity, (strong, soft) in SEVERITY_COLOURS.items():
        rules.append(f'QLabel#ruleChip[severity="{severity}"] {{ color: {strong}; '
                     f"background: {soft}; border-radius: 4px; padding: 1px 6px; "
                     "font-weight: 700; }")
    return "\n" + "\n".join(rules)


def apply(app: QApplication) -> None:
    """Install style, palette, font and stylesheet on the application."""
    app.setStyle("Fusion")
    app.setPalette(_palette())
    app.setFont(base_font())
    app.setStyleSheet(STYLESHEET + _detail_rules())
    app.setWindowIcon(app_icon())
