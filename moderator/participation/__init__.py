"""Participation and public duty: the input register, polls, representativeness, statements of
reasons, and the AVG duties (retention, access, erasure)."""
