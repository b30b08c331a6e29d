"""The readable page of an access report (inzageverzoek): plain HTML, every value escaped."""

from __future__ import annotations

from html import escape
from typing import Any

_SECTIONS = (
    ("items", "Berichten", ("created_at", "platform", "account", "kind", "author_name", "text",
                            "status", "permalink")),
    ("earlier_versions", "Eerdere versies van bewerkte berichten",
     ("item_id", "revision", "text", "replaced_at")),
    ("flags", "Huisregels die een bericht raakten",
     ("item_id", "rule_id", "ruleset_version", "severity", "action")),
    ("actions", "Wat moderatoren met de berichten deden",
     ("item_id", "at", "action", "by_role", "rule_id", "ruleset_version", "text_sent")),
    ("notes", "Interne notities", ("item_id", "at", "text")),
    ("poll_votes", "Stemmen in peilingen", ("poll", "item_id", "at", "vote", "late")),
    ("register", "Inbreng in het participatieregister",
     ("item_id", "project", "marked_at", "feedback", "feedback_on", "feedback_link")),
    ("log", "Vermeldingen in het moderatielogboek",
     ("seq", "at", "action", "role", "rule_id", "detail")),
)
_STYLE = ("body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#1b1b1b}"
          "table{border-collapse:collapse;width:100%;margin-bottom:2em}"
          "th,td{border:1px solid #888;padding:.3em .5em;text-align:left;vertical-align:top;"
          "white-space:pre-wrap;overflow-wrap:anywhere}th{background:#eee}")


def _cell(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return escape(str(value))


def access_report_html(data: dict[str, Any]) -> str:
    """The report as one self-contained, readable HTML page in Dutch."""
    names = ", ".join(escape(n) for n in data.get("names", ())) or "-"
    parts = [
        "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>",
        "<title>Inzageverzoek</title>", f"<style>{_STYLE}</style></head><body>",
        "<h1>Overzicht van opgeslagen gegevens (inzageverzoek, AVG artikel 15)</h1>",
        f"<p>Pseudonieme auteurssleutel: <code>{escape(str(data['author_key']))}</code><br>",
        f"Gebruikte namen: {names}<br>Gemaakt op: {escape(str(data['made_at']))}<br>",
        f"Bewaartermijn: {int(data.get('retention_days', 0))} dagen. Daarna worden teksten en "
        "namen gewist; het logboek houdt alleen de handeling, de regel, het tijdstip en de "
        "pseudonieme sleutel.</p>",
    ]
    for key, title, cols in _SECTIONS:
        rows = data.get(key) or []
        parts.append(f"<h2>{escape(title)} ({len(rows)})</h2>")
        if not rows:
            parts.append("<p>Geen.</p>")
            continue
        parts.append("<table><tr>" + "".join(f"<th>{escape(c)}</th>" for c in cols) + "</tr>")
        parts += ["<tr>" + "".join(f"<td>{_cell(r.get(c))}</td>" for c in cols) + "</tr>"
                  for r in rows]
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
