"""Qt Linguist translations: Dutch source strings, English from ``moderator_en.ts``.

The ``.qm`` files are build outputs (gitignored). ``tools/translations.py`` updates the
``.ts`` catalogues and compiles them; at start-up ``install`` compiles a missing or stale
``.qm`` with ``pyside6-lrelease`` into the translations folder (or a cache folder when
that is read-only), so a fresh checkout speaks English without a build step.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from moderator.address import FORMS, to_je

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("nl", "en")
_installed: list[QTranslator] = []
_current = "nl"
_address = "u"  # the workspace's form of address (moderator.address)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for translation in ``context`` without translating it now.

    Qt's own ``QT_TRANSLATE_NOOP`` is typed as returning ``object``; this one returns the
    string, so tables of marked strings type-check. ``pyside6-lupdate`` finds calls by name.
    """
    del context
    return text


def current() -> str:
    """The language the UI speaks now."""
    return _current


def default_language(requested: str | None = None, saved: str | None = None) -> str:
    """``--lang`` first, then the saved choice, then the system locale, else Dutch."""
    for lang in (requested, saved):
        if lang in LANGUAGES:
            return str(lang)
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


def lrelease() -> str | None:
    """The ``pyside6-lrelease`` (or ``lrelease``) program, if installed."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "lrelease"):
        candidate = here / name
        if candidate.exists():
            return str(candidate)
        found = shutil.which(name)
        if found:
            return found
    return None


def compiled(lang: str) -> Path | None:
    """The ``.qm`` for ``lang``, compiling it from the ``.ts`` when missing or stale."""
    ts = TRANSLATIONS / f"moderator_{lang}.ts"
    if not ts.exists():
        return None
    for folder in (TRANSLATIONS, Path.home() / ".cache" / "moderator" / "translations"):
        qm = folder / f"moderator_{lang}.qm"
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            return qm
        tool = lrelease()
        if tool is None:
            return qm if qm.exists() else None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                           capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as e:
            log.info("could not compile %s into %s: %s", ts.name, folder, e)
            continue
        if qm.exists():
            return qm
    return None


def install(lang: str) -> str:
    """Switch the application's translators to ``lang`` (widgets get LanguageChange)."""
    global _current  # noqa: PLW0603 - one UI language per process
    app = QCoreApplication.instance()
    for t in _installed:
        if app is not None:
            app.removeTranslator(t)
    _installed.clear()
    _current = lang if lang in LANGUAGES else "nl"
    if app is None:
        return _current
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{_current}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    # Dutch is the source language; its catalogue only adds the plural forms.
    qm = compiled(_current)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif _current != "nl":
        log.warning("no %s translation found; the UI stays Dutch", _current)
    if _current == "nl" and _address == "je":
        informal = InformalDutch(ours if ours in _installed else None, app)
        app.installTranslator(informal)  # installed last: asked first
        _installed.append(informal)
    return _current


def address() -> str:
    """The form of address the Dutch UI uses now: ``u`` or ``je``."""
    return _address


def set_address(form: str) -> None:
    """Use ``form`` (``u`` or ``je``) from now on; widgets retranslate."""
    global _address  # noqa: PLW0603 - one workspace per window, one form per UI
    _address = form if form in FORMS else "u"
    install(_current)


class InformalDutch(QTranslator):
    """The Dutch UI in the *je* form: each *u* text rewritten by ``moderator.address``.

    Plural forms come from the Dutch catalogue first (``%n bericht(en)``), then the form
    of address is applied, so both hold.
    """

    def __init__(self, plural: QTranslator | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plural = plural

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str | None:  # None: "not mine", the next translator answers
        text = self._plural.translate(context, source, disambiguation, n) \
            if self._plural is not None else ""
        text = text or source
        informal = to_je(text)
        return informal if informal != text or text != source else None

    def isEmpty(self) -> bool:  # noqa: N802, D102
        return False


class _LanguageWatch(QObject):
    """Calls back when its widget receives Qt's LanguageChange (a translator was swapped)."""

    def __init__(self, widget: QObject, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Qt override: never consumes the event."""
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False


def follow_language(widget: QObject, retranslate: Callable[[], object]) -> None:
    """Run ``retranslate`` whenever the UI language changes (instead of a changeEvent)."""
    _LanguageWatch(widget, retranslate)
