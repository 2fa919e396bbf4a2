"""Lowercase names (issue 14, class 2): a person's surname written in lowercase ("putin" in a reader's
comment) is that person only where the document supports it: it names the same person capitalised
("Putin"), or it names the person's state (its name, people, capital or a body of it) and the word is spelt as one of the person's names (no accent
folded away). Without that, a lowercase word is a common word ("store" is not Norway's Støre). Unique
acronyms ("nato", "csto") need no support: the matcher admits only acronyms that are no English word."""

from __future__ import annotations

from store.actors.document_view import DocumentView
from store.model import Mention


def lowercase_names(d: DocumentView) -> None:
    if not any(m.text.islower() for ms in d.mentions for m in ms):
        return
    capitalised: set[str] = set()
    states: set[str] = set()
    for ms in d.mentions:
        for m in ms:
            actor = d.actor(m)
            if actor is not None and not m.text.islower():
                capitalised.add(actor.id)
                if actor.affiliation:  # "Moscow", "Russian", "Kremlin": the document is about Russia too
                    states.add(actor.affiliation)
    for t, ms in enumerate(d.mentions):
        if any(m.text.islower() for m in ms):
            d.mentions[t] = [m for m in ms if _supported(d, m, capitalised, states)]


def _supported(d: DocumentView, m: Mention, capitalised: set[str], states: set[str]) -> bool:
    if not m.text.islower() or m.origin != "dictionary":
        return True
    actor = d.actor(m)
    if actor is None or actor.kind != "person" or actor.id in capitalised:
        return True
    entry = d.matcher.dictionary.entries.get(actor.id)
    spelt = entry is not None and m.text in {alias.casefold() for alias in entry.aliases}
    return spelt and actor.affiliation in states
