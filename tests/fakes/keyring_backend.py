"""Keyring backends for tests only: in memory (in-process) and a JSON file (subprocesses).

Select the file one in a child with ``PYTHON_KEYRING_BACKEND=tests.fakes.keyring_backend.
FileKeyring`` and ``MODERATOR_TEST_KEYRING=<path>``. Never for real use: it is plain text.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.data.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class FileKeyring(MemoryKeyring):
    def _path(self) -> Path:
        return Path(os.environ["MODERATOR_TEST_KEYRING"])

    def _load(self) -> None:
        path = self._path()
        raw = json.loads(path.read_text()) if path.exists() else {}
        self.data = {tuple(k.split("\n", 1)): v for k, v in raw.items()}  # type: ignore[misc]

    def _save(self) -> None:
        self._path().write_text(json.dumps({f"{s}\n{u}": v for (s, u), v in self.data.items()}))

    def get_password(self, service: str, username: str) -> str | None:
        self._load()
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._load()
        super().set_password(service, username, password)
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        self._load()
        super().delete_password(service, username)
        self._save()
