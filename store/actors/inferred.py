"""Actors the dictionary lacks but a document tells us about: inferred from context or a gazetteer.

Their id says everything about them, so they need no registry and survive the analysis cache:
``context:ISR:person:Isaac Herzog`` is the person Isaac Herzog, affiliated with Israel by the sentence
that named him; ``gazetteer:UKR:place:Bakhmut`` is a place the gazetteer puts in Ukraine. ``ActorTable``
(the dictionary's id -> Actor mapping) answers for these ids too, so every consumer of ``actors``
(highlighting, the legend, ``show --json``, ``actors``) treats them like any other actor, while iterating
it still lists only the dictionary's own actors (those one can add aliases to).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any, Literal

from store.model import Actor, Mention

INFERRED_ORIGINS = ("context", "gazetteer")
_KINDS = frozenset({"person", "state", "organisation", "group", "place"})


def inferred_id(origin: str, affiliation: str, kind: str, name: str) -> str:
    return f"{origin}:{affiliation}:{kind}:{' '.join(name.split())}"


def inferred(
    m: Mention, origin: Literal["context", "gazetteer"], affiliation: str, kind: str, name: str | None = None
) -> Mention:
    """``m`` linked to the inferred actor ``name`` (its own text unless given) of ``affiliation``, by ``origin``."""
    return replace(m, actor_id=inferred_id(origin, affiliation, kind, m.text if name is None else name), origin=origin)


def is_inferred(actor_id: str | None) -> bool:
    return bool(actor_id) and actor_id.startswith(("context:", "gazetteer:"))  # type: ignore[union-attr]


@lru_cache(maxsize=8192)
def inferred_actor(actor_id: str) -> Actor | None:
    """The Actor an inferred id stands for, or None when the id is not a well-formed inferred id."""
    parts = actor_id.split(":", 3)
    if len(parts) != 4 or parts[0] not in INFERRED_ORIGINS:
        return None
    _origin, affiliation, kind, name = parts
    if len(affiliation) != 3 or not affiliation.isupper() or kind not in _KINDS or not name.strip():
        return None
    return Actor(actor_id, name, kind, affiliation, None)  # type: ignore[arg-type]


class ActorTable(dict[str, Actor]):
    """id -> Actor of the dictionary, which also answers for inferred ids (never listed when iterated)."""

    def get(self, key: str, default: Any = None) -> Any:
        actor = dict.get(self, key)
        if actor is None and key and key[0] in "cg":
            actor = inferred_actor(key)
        return default if actor is None else actor

    def __getitem__(self, key: str) -> Actor:
        actor = self.get(key)
        if actor is None:
            raise KeyError(key)
        return actor

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or (isinstance(key, str) and inferred_actor(key) is not None)
