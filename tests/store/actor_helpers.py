"""Helpers for the actor tests: documents from strings, and mentions as (text, actor) pairs."""

from __future__ import annotations

import json
import tomllib
from functools import cache
from pathlib import Path

import pytest

from store.actors.analysis import Analyzer
from store.actors.dictionary import bundled_file, load_dictionary
from store.actors.matcher import COMMON_WORDS, fold
from store.model import Block, Document

STOPWORDS = Path(__file__).resolve().parents[2] / "store" / "corpus" / "stopwords.json"


def doc_of(*texts: str, kind: str = "paragraph", doc_id: str = "t") -> Document:
    return Document(
        id=doc_id,
        path=f"{doc_id}.txt",
        title=None,
        author=None,
        date=None,
        source=None,
        blocks=tuple(Block(kind, t) for t in texts),  # type: ignore[arg-type]
    )


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str | None]]:
    """(surface text, actor id) of every mention in ``text``, in order."""
    block = analyzer.analyze(doc_of(text)).blocks[0]
    for m in block.mentions:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.actor_id) for m in block.mentions]


def linked(analyzer: Analyzer, text: str) -> dict[str, tuple[str | None, str | None, str]]:
    """surface -> (actor id, affiliation, origin) of the mentions of one text."""
    out = {}
    for m in analyzer.analyze(doc_of(text)).blocks[0].mentions:
        actor = analyzer.actors.get(m.actor_id) if m.actor_id else None
        out[m.text] = (m.actor_id, actor.affiliation if actor else None, m.origin)
    return out


def dictionary_only() -> Analyzer:
    return Analyzer(ner=False, cache=None, user_actors=False)


def with_ner() -> Analyzer:
    return Analyzer(cache=None, user_actors=False)


needs_pipeline = pytest.mark.skipif(
    Analyzer(cache=None, user_actors=False).pipeline_name is None, reason="no spaCy pipeline"
)


def links(analyzer: Analyzer, *texts: str) -> dict[str, tuple[str | None, str]]:
    """surface -> (affiliation, origin) over every block of a document of ``texts``."""
    out = {}
    for block in analyzer.analyze(doc_of(*texts)).blocks:
        for m in block.mentions:
            actor = analyzer.actors.get(m.actor_id) if m.actor_id else None
            out[m.text] = (actor.affiliation if actor else None, m.origin)
    return out


def batch_actors(mark: str) -> list[dict]:
    """The actors of the bundled dictionary's batch whose header starts with ``mark``, up to the next batch."""
    text = bundled_file().read_text(encoding="utf-8")
    assert mark in text
    rest = text[text.index(mark) :]
    end = rest.find("\n# ── Batch ", 1)
    return tomllib.loads(rest if end < 0 else rest[:end])["actor"]


@cache
def common_words() -> frozenset[str]:
    """The matcher's own list, spaCy's English stop words and the top words of 40 languages
    (store/corpus/stopwords.json, made by tests/bench/make_stopwords.py), folded."""
    from spacy.lang.en.stop_words import STOP_WORDS  # here: importing the helpers loads no spaCy

    words = set(COMMON_WORDS) | {fold(w) for w in STOP_WORDS}
    for line in json.loads(STOPWORDS.read_text(encoding="utf-8")).values():
        words |= {fold(w) for w in line.split()}
    return frozenset(words)


def aliases_of_others(actors: list[dict]) -> set[tuple[str, str, tuple[str, ...]]]:
    """(id, alias, other ids) for every name or alias of ``actors`` that the bundled dictionary also gives
    another actor."""
    owners: dict[str, set[str]] = {}
    for entry in load_dictionary(False).entries.values():
        for alias in (*entry.aliases, *entry.adjectives):
            owners.setdefault(fold(alias), set()).add(entry.actor.id)
    return {
        (a["id"], alias, tuple(sorted(owners[fold(alias)] - {a["id"]})))
        for a in actors
        for alias in (a["name"], *a.get("aliases", []))
        if owners[fold(alias)] != {a["id"]}
    }
