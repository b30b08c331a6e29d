"""The desktop app (PySide6). Importing it guards against a PySide6 6.12 refcount bug."""

from ui.qtfix import guard_singletons

guard_singletons()
