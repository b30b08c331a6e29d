"""Moderator: a moderation desk for shared organisation social-media accounts."""

__version__ = "0.1.0"
