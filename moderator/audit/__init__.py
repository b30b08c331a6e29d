"""The moderation log (moderatielogboek).

The hash chain (``chain``), its fast verifier (``verify``), the filter DTO (``filter``)
and the service that records, filters and exports the log (``log``).
"""
