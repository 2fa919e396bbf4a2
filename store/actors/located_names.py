"""Places their own sentence locates (issue 14, round 10), after the gazetteer's passes:

- a one-word name NER took for an organisation or left unlinked, right before "in <state>'s <Name> province"
  or "in the <Name> region" ("links it to X in Afghanistan's Balkh province"): a place of that state (a
  person is never located so: "X in Kandahar province" may be anyone);
- a place the gazetteer could not decide (towns of several states share the name) or does not know, in an
  apposition that says where it is ("X, the capital of North Kazakhstan region", "X, a town in the Kherson
  region"): the state of the place named there.

``origin="gazetteer"`` where the gazetteer knows a town of that name in that state, else ``"context"``.
"""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView
from store.actors.gazetteer import countries_of, villages_of
from store.actors.inferred import inferred
from store.actors.subdivisions import states_of
from store.model import Mention

_TYPE = r"(?:province|region|district|oblast|governorate|rayon|raion)"
# " in Afghanistan's Balkh province", " in the Kherson region"
_IN_TYPED = re.compile(
    rf"\s+in\s+(?:the\s+)?(?:([A-Z][\w'’-]+)['’]s\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+{_TYPE}\b"
)
# ", the capital of ", ", the regional capital of ", ", a town in the ", ", a port city in "
_WHERE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}?(?:capital|city|town|village|port|settlement|"
    r"(?:administrative|regional|district|provincial)\s+(?:centre|center))\s+"
    r"(?:of|in|near)\s+(?:the\s+)?"
)
_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def _state(d: DocumentView, t: int, char: int) -> str | None:
    q = d.mention_at(t, char)
    actor = d.actor(q) if q is not None else None
    return actor.affiliation if actor is not None and actor.kind in ("place", "state") else None


def _link(m: Mention, state: str) -> Mention:
    known = state in countries_of(m.text) or state in villages_of(m.text)
    return inferred(m, "gazetteer" if known else "context", state, "place")


def _typed_state(d: DocumentView, t: int, found: re.Match[str]) -> str | None:
    """The state of "<owner>'s <Name> province": the owner's, else the province's as linked or as known."""
    if found.group(1) and (owner := _state(d, t, found.start(1))):
        return owner
    if linked := _state(d, t, found.start(2)):
        return linked
    candidates = states_of(found.group(2))
    return candidates[0] if len(candidates) == 1 else None


def locate_names(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        out = list(d.mentions[t])
        changed = False
        for n, m in enumerate(out):
            if m.actor_id is not None or m.origin != "ner" or m.label not in _LABELS or not m.text[:1].isupper():
                continue
            state = None
            if (
                " " not in m.text
                and not m.text.isupper()
                and (found := _IN_TYPED.match(text, m.end))
                and (m.label != "NORP" or not m.text.endswith(("ian", "ish", "i", "s")))
            ):
                state = _typed_state(d, t, found)
            if state is None and m.label != "NORP" and (where := _WHERE.match(text, m.end)):
                state = _state(d, t, where.end())
            if state is not None:
                out[n] = _link(m, state)
                changed = True
        if changed:
            d.mentions[t] = out
