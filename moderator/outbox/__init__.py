"""The platform side of moderator actions.

Pending rows and their DTO (``service``, ``entry``) and the executor that sends each
exactly once (``executor``).
"""
