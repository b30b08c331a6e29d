"""Participation and public duty.

The input register, polls, representativeness, statements of reasons, and the AVG duties
(retention, access, erasure).
"""
