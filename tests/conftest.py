from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never touch the real user's notes, cache or config."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("ACTORLENS_DB", str(base / "notes.json"))
    monkeypatch.setenv("ACTORLENS_CACHE", str(base / "cache"))
    monkeypatch.setenv("ACTORLENS_CONFIG", str(base / "config"))
    monkeypatch.setenv("ACTORLENS_ACTORS", str(base / "config" / "actors.toml"))
    monkeypatch.setenv("ACTORLENS_NER", "off")  # tests that need statistical NER ask for it
    monkeypatch.setenv("ACTORLENS_STATE", str(base / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "xcache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xconfig"))
    monkeypatch.setenv("XDG_STATE_HOME", str(base / "xstate"))
    # background children keep the test's priority: at idle priority a machine busy with other work starves them
    # for minutes and a test waiting on their results fails for no fault of the code (the tests of the priority
    # itself ask for idle with the ``idle_background`` fixture)
    monkeypatch.setenv("ACTORLENS_BACKGROUND_PRIORITY", "normal")
    yield


@pytest.fixture
def idle_background(monkeypatch):
    """Background children at idle priority, as the app runs them for a user."""
    monkeypatch.delenv("ACTORLENS_BACKGROUND_PRIORITY", raising=False)


@pytest.fixture
def seeds() -> Path:
    return SEEDS


def seed(name_prefix: str) -> Path:
    matches = sorted(SEEDS.glob(f"{name_prefix}*"))
    assert matches, name_prefix
    return matches[0]


os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
