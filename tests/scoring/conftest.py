"""Fixtures for the scoring tests: networking off, offline env, tiny models built once."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING, Any

import pytest

from moderator.scoring.base import OFFLINE_ENV
from tests.scoring import tiny_hf, tiny_model

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def _refuse(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError("network access attempted in a scoring test")


@pytest.fixture(scope="package", autouse=True)
def no_network() -> Iterator[None]:
    """Fail any connection attempt (and set the offline switches) for every scoring test."""
    with pytest.MonkeyPatch.context() as mp:
        for key, value in OFFLINE_ENV.items():
            mp.setenv(key, value)
        mp.setattr(socket.socket, "connect", _refuse)
        mp.setattr(socket.socket, "connect_ex", _refuse)
        mp.setattr(socket, "getaddrinfo", _refuse)
        mp.setattr(socket, "create_connection", _refuse)
        yield


@pytest.fixture(scope="package")
def tiny_bundle(tmp_path_factory: pytest.TempPathFactory, no_network: None) -> Path:
    """A tiny XLM-R bundle with widely spread weights (scores vary a lot between texts)."""
    return tiny_model.build(tmp_path_factory.mktemp("tiny") / "bundle", spread=0.5)


@pytest.fixture(scope="package")
def gentle_bundle(tmp_path_factory: pytest.TempPathFactory, no_network: None) -> Path:
    """A tiny bundle with smaller weights, on which int8 stays within the accuracy gate."""
    return tiny_model.build(tmp_path_factory.mktemp("gentle") / "bundle", spread=0.1, seed=1)


@pytest.fixture(scope="package")
def installed(tmp_path_factory: pytest.TempPathFactory, tiny_bundle: Path) -> Any:
    """A store with the tiny bundle installed and active (shared: tests must not change it)."""
    from moderator.scoring.store import ModelStore

    store = ModelStore(tmp_path_factory.mktemp("shared-store") / "models")
    store.install(tiny_bundle, name="tiny")
    return store


@pytest.fixture(scope="package")
def stock(installed: Any) -> Any:
    """The stock Detoxify scorer on the installed tiny model (the reference)."""
    from moderator.scoring.factory import open_scorer

    return open_scorer(installed.require_active(), "stock")



ROBBERT_LABELS = "LABEL_0=-,LABEL_1=toxicity,haat=identity_attack"


@pytest.fixture(scope="package")
def robbert_folder(tmp_path_factory: pytest.TempPathFactory, no_network: None) -> Path:
    """A tiny RobBERT-shaped classifier with Dutch labels, as downloaded (no tokenizer.json)."""
    return tiny_hf.robbert(tmp_path_factory.mktemp("robbert") / "robbert-nl",
                           tokenizer_json=False)


@pytest.fixture(scope="package")
def routed(tmp_path_factory: pytest.TempPathFactory, tiny_bundle: Path,
           robbert_folder: Path) -> Any:
    """A store with the tiny Detoxify model (general) and the tiny RobBERT for Dutch (shared)."""
    from moderator.scoring.labels import parse_spec
    from moderator.scoring.store import ModelStore

    store = ModelStore(tmp_path_factory.mktemp("routed") / "models")
    store.install(tiny_bundle, name="tiny")
    store.install(robbert_folder, labels=parse_spec(ROBBERT_LABELS), language="nl")
    return store
