"""A governor or mayor of a place serves the place's state ("X, the governor of East Azerbaijan"), and a
person named as someone's deputy, aide or spokesman ("killed General X and his deputy Y") serves the
state of the person the possessive points back to: the nearest person before it in the same sentence who
has a state (``origin="context"``). Nobody's state when no such person stands before it."""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView, sentence_bounds
from store.actors.inferred import inferred
from store.model import Mention

_HIS_ROLE_BEFORE = re.compile(
    r"\b(?:his|her)\s+(?:(?:own|former|longtime|long-time|first|top|senior|chief)\s+)?"
    r"(?:deputy|deputies|aide|aides|adviser|advisor|spokesman|spokeswoman|spokesperson|chief of staff|"
    r"bodyguard|secretary|assistant)\s*,?\s+$"
)
WINDOW = 60


def deputies(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        out = []
        changed = False
        for m in d.mentions[t]:
            if (
                m.actor_id is None
                and m.label == "PERSON"
                and _HIS_ROLE_BEFORE.search(text, max(0, m.start - WINDOW), m.start)
            ):
                state = _boss_state(d, t, m.start)
                if state is not None:
                    m = inferred(m, "context", state, "person")
                    changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out


def _boss_state(d: DocumentView, t: int, start: int) -> str | None:
    """The state of the nearest person before ``start`` in its sentence, if it has one."""
    s, _ = sentence_bounds(d.texts[t].text, start, start)
    for m in sorted(d.overlapping(t, s, start), key=lambda m: -m.start):
        actor = d.actor(m)
        if actor is not None and actor.kind == "person":
            return actor.affiliation or None
    return None


# "X, the governor of P", "X, the acting mayor of P", "the governor of P, X": P's state
_LOCAL_TITLE = r"(?:(?:acting|deputy|former|regional|provincial)\s+)?(?:governor|mayor|akim|hokim|ostandar)"
_TITLE_OF_AFTER = re.compile(rf",\s+(?:the\s+|a\s+)?{_LOCAL_TITLE}\s+of\s+(?:the\s+)?$")
_TITLE_OF_BEFORE = re.compile(rf"\b(?:the\s+)?{_LOCAL_TITLE}\s+of\s+(?:the\s+)?$", re.I)


def local_officials(d: DocumentView) -> None:
    """A governor or mayor of a place serves the place's state: "X, the governor of East Azerbaijan" (IRN),
    "the mayor of Tbilisi, X" (GEO)."""
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        ms = d.mentions[t]
        out = list(ms)
        changed = False
        for n, m in enumerate(ms):
            if m.actor_id is not None or m.label != "PERSON":
                continue
            state = None
            after = ms[n + 1] if n + 1 < len(ms) else None
            if after is not None and _TITLE_OF_AFTER.fullmatch(text, m.end, after.start):
                state = _place_state(d, after)
            before = ms[n - 1] if n else None
            if state is None and before is not None and text[before.end : m.start] in (", ", " "):
                if _TITLE_OF_BEFORE.search(text, max(0, before.start - 40), before.start):
                    state = _place_state(d, before)
            if state is not None:
                out[n] = inferred(m, "context", state, "person")
                changed = True
        if changed:
            d.mentions[t] = out


def _place_state(d: DocumentView, m: Mention) -> str | None:
    actor = d.actor(m)
    return actor.affiliation if actor is not None and actor.kind in ("place", "state") and actor.affiliation else None
