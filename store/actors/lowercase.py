"""Lowercase names (issue 14, class 2): a person's surname written in lowercase ("putin" in a reader's
comment) is that person only where the document also names the same person capitalised ("Putin"); without
that, a lowercase word is a common word ("store" is not Norway's Støre). Unique acronyms ("nato", "csto")
need no such support: the matcher admits only acronyms that are no English word."""

from __future__ import annotations

from store.actors.document_view import DocumentView
from store.model import Mention


def lowercase_names(d: DocumentView) -> None:
    capitalised: set[str | None] = {m.actor_id for ms in d.mentions for m in ms if m.actor_id and not m.text.islower()}
    for t, ms in enumerate(d.mentions):
        if any(m.text.islower() and m.actor_id not in capitalised for m in ms):
            d.mentions[t] = [m for m in ms if not _unsupported(d, m, capitalised)]


def _unsupported(d: DocumentView, m: Mention, capitalised: set[str | None]) -> bool:
    if not m.text.islower() or m.actor_id in capitalised or m.origin != "dictionary":
        return False
    actor = d.actor(m)
    return actor is not None and actor.kind == "person"
