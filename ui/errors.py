"""Errors in the user's words: core error codes and refusals become one sentence each.

The core raises errors with a stable ``code`` and named ``params`` (moderator/errors.py);
``describe`` turns one into a sentence in the current language plus the technical
details (the English message, for the details line and for support). No core message
ever lands inside a Dutch sentence.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from moderator import localtime
from moderator.capabilities import Refusal
from moderator.errors import ErrorCode, ModeratorError
from moderator.items import ActionKind, ItemKind, Platform, Status
from moderator.outbox.entry import Delivery, OutboxState
from rules import RuleError
from ui import item_actions, platforms, vocabulary
from ui.i18n import QT_TRANSLATE_NOOP

CTX = "Errors"
_SENTENCES = {
    ErrorCode.ERROR: QT_TRANSLATE_NOOP("Errors", "Dat is niet gelukt."),
    ErrorCode.USAGE: QT_TRANSLATE_NOOP("Errors", "Dit verzoek klopt niet."),
    ErrorCode.DATA: QT_TRANSLATE_NOOP("Errors", "De gegevens kloppen niet of zijn beschadigd."),
    ErrorCode.UNAVAILABLE: QT_TRANSLATE_NOOP("Errors", "Een onderdeel dat nodig is, is niet "
                                                       "beschikbaar."),
    ErrorCode.CANNOT_CREATE: QT_TRANSLATE_NOOP("Errors", "Een bestand of map kon niet worden "
                                                         "aangemaakt."),
    ErrorCode.BUSY: QT_TRANSLATE_NOOP("Errors", "De werkruimte is even bezet; probeer het zo "
                                                "opnieuw."),
    ErrorCode.INTEGRITY: QT_TRANSLATE_NOOP("Errors", "De controle op wijzigingen achteraf is "
                                                     "mislukt."),
    ErrorCode.PERMISSION_DENIED: QT_TRANSLATE_NOOP("Errors", "Uw rol staat dit niet toe."),
    ErrorCode.TRANSITION: QT_TRANSLATE_NOOP("Errors", "Dit kan niet in de huidige stand van het "
                                                      "bericht."),
    ErrorCode.DB_CORRUPT: QT_TRANSLATE_NOOP(
        "Errors", "De database van deze werkruimte is beschadigd of is geen Moderator-database. "
                  "Zet een reservekopie terug of open een andere werkruimte."),
    ErrorCode.KEYRING_MISSING: QT_TRANSLATE_NOOP(
        "Errors", "Deze computer heeft geen wachtwoordkluis voor de toegang tot platforms. "
                  "Start of installeer er een (GNOME Keyring of KWallet; op Windows en macOS "
                  "is die er al) en probeer het opnieuw."),
    ErrorCode.RULE_FILE: QT_TRANSLATE_NOOP(
        "Errors", "Het spelregelbestand klopt niet (regel {line}, kolom {column}). Verbeter het "
                  "bestand en laad het opnieuw; de werkende spelregels blijven actief."),
    ErrorCode.UNKNOWN_ITEM: QT_TRANSLATE_NOOP("Errors", "Dit bericht bestaat niet (meer)."),
    ErrorCode.NOT_AN_ACTION: QT_TRANSLATE_NOOP("Errors", "Dit is geen moderatieactie."),
    ErrorCode.NEEDS_TEXT: QT_TRANSLATE_NOOP("Errors", "Vul eerst een tekst in."),
    ErrorCode.NEEDS_RULE: QT_TRANSLATE_NOOP("Errors", "Kies eerst een spelregel."),
    ErrorCode.UNKNOWN_RULE: QT_TRANSLATE_NOOP("Errors", "Spelregel {rule} staat niet in de "
                                                        "actieve regelset."),
    ErrorCode.CLAIMED: QT_TRANSLATE_NOOP("Errors", "Een collega heeft dit bericht al opgepakt."),
    ErrorCode.OVERTAKEN: QT_TRANSLATE_NOOP("Errors", "{by} was u voor: dit bericht is "
                                                     "intussen {status}."),
    ErrorCode.NOTHING_TO_UNDO: QT_TRANSLATE_NOOP("Errors", "Er is niets om ongedaan te maken."),
    ErrorCode.NOT_VISIBLE: QT_TRANSLATE_NOOP("Errors", "Dit bericht valt buiten uw accounts."),
    ErrorCode.UNKNOWN_PLATFORM: QT_TRANSLATE_NOOP("Errors", "Onbekend platform: {platform}."),
    ErrorCode.UNKNOWN_MODERATOR: QT_TRANSLATE_NOOP("Errors", "Onbekende moderator."),
    ErrorCode.CONNECTOR: QT_TRANSLATE_NOOP("Errors", "Het platform gaf een foutmelding."),
    ErrorCode.AUTH_EXPIRED: QT_TRANSLATE_NOOP("Errors", "De toegang tot het account is verlopen; "
                                                        "koppel het account opnieuw."),
    ErrorCode.PERMISSION_MISSING: QT_TRANSLATE_NOOP("Errors", "Het account mist een toestemming "
                                                              "voor deze handeling."),
    ErrorCode.RATE_LIMITED: QT_TRANSLATE_NOOP("Errors", "Het platform vraagt om even te wachten; "
                                                        "probeer het later opnieuw."),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "Het bericht bestaat niet meer op het "
                                                     "platform."),
    ErrorCode.ACTION_NOT_ALLOWED: QT_TRANSLATE_NOOP("Errors", "Het platform staat deze handeling "
                                                              "niet toe."),
    ErrorCode.MALFORMED_RESPONSE: QT_TRANSLATE_NOOP("Errors", "Het platform gaf een onverwacht "
                                                              "antwoord."),
    ErrorCode.TRANSIENT: QT_TRANSLATE_NOOP("Errors", "Het platform is even niet bereikbaar; "
                                                     "probeer het later opnieuw."),
    ErrorCode.RECONNECT_NEEDED: QT_TRANSLATE_NOOP(
        "Errors", "Opnieuw koppelen nodig: de login bij het platform is verlopen of "
                  "ingetrokken. Koppel het account opnieuw via Accounts; berichten en logboek "
                  "blijven bewaard."),
    ErrorCode.UNREADABLE: QT_TRANSLATE_NOOP(
        "Errors", "Dit bestand kan niet worden gelezen: het is beschadigd, geen UTF-8-tekst of "
                  "geen gewoon bestand. Er is niets veranderd."),
    ErrorCode.INPUT_LIMIT: QT_TRANSLATE_NOOP(
        "Errors", "Dit bestand is groter, langer of dieper genest dan Moderator veilig kan "
                  "lezen; de details noemen de grens. Er is niets veranderd."),
    ErrorCode.BAD_ARCHIVE: QT_TRANSLATE_NOOP(
        "Errors", "Dit is geen leesbaar archiefpakket van Moderator: het is beschadigd of "
                  "heeft niet de vorm die het pakket beschrijft."),
    ErrorCode.DAMAGED_ROW: QT_TRANSLATE_NOOP(
        "Errors", "Rij {row} van {table} in deze werkruimte is beschadigd; de rest is "
                  "ongewijzigd. Vraag de beheerder de rij te herstellen."),
    ErrorCode.SIGN_IN_REGISTRATION: QT_TRANSLATE_NOOP(
        "Errors", "De app-registratie voor dit platform is niet compleet. Vul die in bij "
                  "Instellingen > App-registraties."),
    ErrorCode.SIGN_IN_DENIED: QT_TRANSLATE_NOOP(
        "Errors", "Het platform gaf geen toestemming. Probeer het opnieuw en kies "
                  "'Toestaan'."),
    ErrorCode.SIGN_IN_STATE: QT_TRANSLATE_NOOP(
        "Errors", "Het antwoord van het platform hoort niet bij deze aanmelding. Begin "
                  "opnieuw."),
    ErrorCode.SIGN_IN_NO_CODE: QT_TRANSLATE_NOOP(
        "Errors", "Het platform stuurde geen toegangscode terug. Begin opnieuw."),
    ErrorCode.SIGN_IN_EXCHANGE: QT_TRANSLATE_NOOP(
        "Errors", "Het platform weigerde de aanmelding af te ronden. Controleer de "
                  "app-registratie en probeer het opnieuw."),
    ErrorCode.SIGN_IN_NETWORK: QT_TRANSLATE_NOOP(
        "Errors", "Het platform is niet bereikbaar. Controleer de verbinding en probeer het "
                  "opnieuw."),
    ErrorCode.SIGN_IN_TIMEOUT: QT_TRANSLATE_NOOP(
        "Errors", "Niemand heeft binnen vijf minuten ingelogd."),
    ErrorCode.SIGN_IN_CANCELLED: QT_TRANSLATE_NOOP("Errors", "Het inloggen is afgebroken."),
}
_REFUSALS = {
    Refusal.STATUS: QT_TRANSLATE_NOOP("Errors", "Kan niet bij een bericht dat {status} is."),
    Refusal.ITEM_KIND: QT_TRANSLATE_NOOP("Errors", "Dit kan niet bij een {kind}."),
    Refusal.PLATFORM: QT_TRANSLATE_NOOP("Errors", "{platform} biedt dit niet via de API."),
    Refusal.PLATFORM_KIND: QT_TRANSLATE_NOOP("Errors", "{platform} staat dit niet toe bij een "
                                                       "{kind}."),
}
_OTHER = QT_TRANSLATE_NOOP("Errors", "Er ging iets mis ({kind}).")
# Rule-file problems by what their (English) message mentions, most specific first.
_RULE_PROBLEMS = (
    (("yaml",), QT_TRANSLATE_NOOP("Errors", "De opmaak klopt niet: controleer inspringing, "
                                            "dubbele punten en aanhalingstekens.")),
    (("cannot read", "no shipped list"), QT_TRANSLATE_NOOP(
        "Errors", "Een bestand kan niet worden gelezen of bestaat niet.")),
    (("empty",), QT_TRANSLATE_NOOP("Errors", "Het bestand is leeg.")),
    (("duplicate", "twice"), QT_TRANSLATE_NOOP("Errors", "Dit staat er twee keer in; een naam "
                                                         "mag maar één keer voorkomen.")),
    (("missing key", "needs '", "needs a", "give '"), QT_TRANSLATE_NOOP(
        "Errors", "Hier ontbreekt een verplicht onderdeel of er staan er twee die niet samen "
                  "kunnen.")),
    (("must be one of",), QT_TRANSLATE_NOOP("Errors", "Deze waarde is niet toegestaan; kies "
                                                      "een van de genoemde waarden.")),
    (("pattern", "regex", "regular expression"), QT_TRANSLATE_NOOP(
        "Errors", "Dit zoekpatroon is ongeldig.")),
    (("must be",), QT_TRANSLATE_NOOP("Errors", "Deze waarde heeft niet de juiste vorm.")),
)
_RULE_PROBLEM_OTHER = QT_TRANSLATE_NOOP("Errors", "Deze spelregel klopt niet.")
_TABLES = {  # the tables a DamagedRow can name, in the user's words
    "items": QT_TRANSLATE_NOOP("Errors", "de berichten"),
    "flags": QT_TRANSLATE_NOOP("Errors", "de markeringen"),
    "audit_entries": QT_TRANSLATE_NOOP("Errors", "het moderatielogboek"),
}
# A platform action's state (the item detail, the log, the "Mislukt" list).
_DELIVERY = {
    OutboxState.PENDING: QT_TRANSLATE_NOOP("Errors", "wacht op verzenden"),
    OutboxState.SENDING: QT_TRANSLATE_NOOP("Errors", "wordt verzonden"),
    OutboxState.SENT: QT_TRANSLATE_NOOP("Errors", "verzonden"),
    OutboxState.FAILED: QT_TRANSLATE_NOOP("Errors", "mislukt"),
    OutboxState.CANCELLED: QT_TRANSLATE_NOOP("Errors", "geannuleerd"),
}
# Why a platform action did not go out (yet), in a community manager's words.
_DELIVERY_REASONS = {
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "het bericht is op het platform al "
                                                     "verwijderd"),
    ErrorCode.ACTION_NOT_ALLOWED: QT_TRANSLATE_NOOP("Errors", "het platform staat dit niet toe"),
    ErrorCode.PERMISSION_MISSING: QT_TRANSLATE_NOOP("Errors", "het account mist hiervoor een "
                                                              "toestemming op het platform"),
    ErrorCode.AUTH_EXPIRED: QT_TRANSLATE_NOOP("Errors", "de toegang tot het account is "
                                                        "verlopen; koppel het account opnieuw"),
    ErrorCode.RATE_LIMITED: QT_TRANSLATE_NOOP("Errors", "het platform vraagt om even te "
                                                        "wachten"),
    ErrorCode.TRANSIENT: QT_TRANSLATE_NOOP("Errors", "het platform was even niet bereikbaar"),
    ErrorCode.MALFORMED_RESPONSE: QT_TRANSLATE_NOOP("Errors", "het platform gaf een onverwacht "
                                                              "antwoord"),
}
_DELIVERY_OTHER = QT_TRANSLATE_NOOP("Errors", "het platform gaf een foutmelding")
_RETRY_AT = QT_TRANSLATE_NOOP("Errors", "{reason}; nieuwe poging om {time}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def refusal_text(refusal: Refusal | str, action: ActionKind, *, kind: ItemKind | str,
                 status: Status | str = Status.NEW, platform: Platform | str = "") -> str:
    """Why an action cannot be done on an item, in one sentence."""
    try:
        refusal = Refusal(refusal)
    except ValueError:
        return str(refusal)  # a check outside the core's codes words its own reason
    if refusal is Refusal.ITEM_KIND and (hint := item_actions.wrong_kind_hint(action)):
        return hint
    return _tr(_REFUSALS[refusal]).format(
        status=vocabulary.status(status), kind=vocabulary.kind(kind),
        platform=platforms.name(platform))


def _params(error: ModeratorError) -> dict[str, str]:
    p = {k: str(v) for k, v in error.params.items()}
    if "status" in p:
        p["status"] = vocabulary.status(p["status"])
    if "kind" in p:
        p["kind"] = vocabulary.kind(p["kind"])
    if "platform" in p:
        p["platform"] = platforms.name(p["platform"])
    if "table" in p:
        p["table"] = _tr(_TABLES[p["table"]]) if p["table"] in _TABLES else p["table"]
    return p


def rule_problem(message: str) -> str:
    """What a rule-file problem means, in one sentence (the file's own words are details)."""
    low = message.lower()
    text = next((_tr(t) for needles, t in _RULE_PROBLEMS if any(n in low for n in needles)),
                _tr(_RULE_PROBLEM_OTHER))
    names = list(dict.fromkeys(re.findall(r"'([^'\n]{1,40})'", message)))[:3]
    return f"{text} ({', '.join(names)})" if names else text  # the names the file used


def code_sentence(code: str, params: dict[str, str] | None = None) -> str:
    """The sentence for an error code carried as text (a worker's or a sync's result)."""
    try:
        error = ModeratorError("", code=ErrorCode(code), **(params or {}))
    except ValueError:
        error = ModeratorError("")
    return sentence(error)


def _coded(error: BaseException) -> BaseException:
    """Errors from the rule engine (which knows no codes) as the coded error they mean."""
    if isinstance(error, RuleError):
        first = error.problems[0] if error.problems else None
        return ModeratorError(str(error), code=ErrorCode.RULE_FILE,
                              line=first.line if first else 1,
                              column=first.column if first else 1)
    return error


def sentence(error: BaseException) -> str:
    """One sentence for the user, in the current language."""
    error = _coded(error)
    if not isinstance(error, ModeratorError):
        return _tr(_OTHER).format(kind=type(error).__name__)
    p = error.params
    match error.code:
        case ErrorCode.WRONG_STATUS:
            return refusal_text(Refusal.STATUS, ActionKind(str(p["action"])),
                                kind=ItemKind.COMMENT, status=str(p["status"]))
        case ErrorCode.WRONG_KIND:
            return refusal_text(Refusal.ITEM_KIND, ActionKind(str(p["action"])),
                                kind=str(p["kind"]))
        case ErrorCode.PLATFORM_REFUSES:
            return refusal_text(str(p["refusal"]), ActionKind(str(p["action"])),
                                kind=str(p["kind"]), platform=str(p["platform"]))
    template = _SENTENCES.get(error.code, _SENTENCES[ErrorCode.ERROR])
    try:
        return _tr(template).format(**_params(error))
    except (KeyError, IndexError):  # a raise without the params its sentence names
        return _tr(_SENTENCES[ErrorCode.ERROR])


def details(error: BaseException) -> str:
    """The technical message (English, first line; never a traceback)."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def delivery_reason(d: Delivery) -> str:
    """Why a platform action failed or waits, in one phrase (empty: no failure)."""
    if not d.error_code:
        return ""
    try:
        template = _DELIVERY_REASONS.get(ErrorCode(d.error_code), _DELIVERY_OTHER)
    except ValueError:
        template = _DELIVERY_OTHER
    reason = _tr(template)
    if d.state is OutboxState.PENDING:  # waiting for its retry time
        return _tr(_RETRY_AT).format(reason=reason,
                                     time=localtime.local(d.not_before).strftime("%H:%M"))
    return reason


def delivery_text(d: Delivery) -> str:
    """A platform action's state for the item detail: "mislukt: ..." or "verzonden"."""
    state = _tr(_DELIVERY[d.state])
    reason = delivery_reason(d) if d.state in (OutboxState.PENDING,
                                               OutboxState.FAILED) else ""
    return f"{state}: {reason}" if reason else state


def describe(error: BaseException) -> tuple[str, str]:
    """``(sentence, details)`` for an error: what the user reads, and what support needs."""
    return sentence(error), details(error)
