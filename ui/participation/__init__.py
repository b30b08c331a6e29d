"""Participation screens: the input register and poll results."""
