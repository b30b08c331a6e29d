"""The moderation log (moderatielogboek).

The hash chain (``chain``), its fast verifier (``verify``), the filter DTO (``filter``),
the codes of non-action events (``events``) and the service that records, filters and
exports the log (``log``).
"""
