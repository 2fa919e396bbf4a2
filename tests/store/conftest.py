"""Fixtures shared by the store's tests."""

from __future__ import annotations

import pytest

from store.actors.analysis import Analyzer

from .actor_helpers import with_ner


@pytest.fixture(scope="module")
def full() -> Analyzer:
    """The analyzer with NER, its pipeline loaded (once a process: store.actors.ner.load_pipeline)."""
    analyzer = with_ner()
    analyzer.warm_up()
    return analyzer
