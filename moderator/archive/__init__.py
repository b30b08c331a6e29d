"""Archive package (archiefpakket, Archiefwet 1995), verifiable offline.

A self-describing ZIP: the moderation log and the rule-set versions it cites, the
decisions with the rule texts in force, the organisation's own replies and warnings as
sent, hidden and removed items within retention, the input register and poll results,
an MDTO-style description per record, a Dutch README, and ``manifest.json`` with the
SHA-256 of every file and the log's head.

Modules: ``layout`` (names and limits), ``collect`` (what goes in), ``mdto`` (the
descriptions), ``readme`` (the Dutch README), ``package`` (writing), ``verify`` (checking).
"""

from moderator.archive.layout import FORMAT, ArchiveReport
from moderator.archive.package import export
from moderator.archive.verify import verify_package

__all__ = ["FORMAT", "ArchiveReport", "export", "verify_package"]
