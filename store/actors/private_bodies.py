"""Private and international bodies are no state's by the context they stand in (issue 14, round 9): an
airline, a company with its legal form or a network ("Pegasus Airlines", "Aga Khan Development Network")
that a rule of context linked to the state of its sentence or document is left without a state again, as is a
company the text describes by a demonym ("Kayrros, a French company": from France, not France's), unless
the text calls it a state's company ("the state airline X": store/actors/state_companies.py). The
dictionary's own links (a state's flag carrier) are never touched."""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView
from store.actors.inferred import is_inferred
from store.model import Mention

_PRIVATE_LAST = frozenset(
    "airlines airways network networks inc inc. ltd ltd. llc corp corp. holding holdings plc gmbh ag".split()
)
_STATE_BEFORE = re.compile(r"\bstate(?:-owned|-run|-controlled)?\b[^.!?]{0,40}$", re.I)
# "Kayrros, a French company": a company a demonym describes is from there, not its state's (unless "state-owned")
_PRIVATE_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?![^,.;]*\bstate)(?:[a-z-]+\s+)?[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,2}?\s+"
    r"(?:company|firm|maker|manufacturer|start-?up|miner|conglomerate|consultancy|supplier)\b"
)


def _head(words: list[str]) -> str:
    """The head word of a name: its last, or the last before "of" ("Electric Networks of Armenia")."""
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1]


def private_bodies(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            words = m.text.split()
            if (
                m.origin == "context"
                and is_inferred(m.actor_id)
                and len(words) >= 2
                and _head(words).casefold() in _PRIVATE_LAST
                and not _STATE_BEFORE.search(tokens.text, max(0, m.start - 60), m.start)
            ) or (
                m.origin == "context"
                and is_inferred(m.actor_id)
                and m.label == "ORG"
                and _PRIVATE_APPOSITION.match(tokens.text, m.end)
            ):
                m = Mention(m.start, m.end, m.text, None, "ORG", "ner")
                changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out
