"""The C part of the build: everything else is declared in pyproject.toml."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("rules._native", ["rules/_native.c"])])
