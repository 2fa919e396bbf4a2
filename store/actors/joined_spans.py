"""NER names that swallowed their neighbour (issue 14, round 8): "the Foreign Office in London" and "Hola
Prystan and Korsunka" are two mentions each. An unlinked NER name "A in B" whose B is a place or state the
dictionary knows is split: B is that place, and A, a state body ("Foreign Office", "Interior Ministry"), is
the state of the capital or country it sits in (``origin="context"``); a mission's or an international body's
name ("UN Support Mission in Libya", "Embassy in Moscow") stays whole. "A and B" where one side is a place the dictionary
or gazetteer knows becomes two places (their states are decided by the place rules later)."""

from __future__ import annotations

from store.actors.cues import GOVERNMENT_BODIES
from store.actors.document_view import DocumentView
from store.actors.gazetteer import countries_of
from store.actors.inferred import inferred_id
from store.actors.matcher import fold
from store.model import Mention

_ABROAD = frozenset("embassy embassies consulate mission delegation representation office".split())


def _place(d: DocumentView, text: str) -> Mention | None:
    """A dictionary place or state that is the whole of ``text`` (as a template: offsets set by the caller)."""
    words = text.split()
    found = d.matcher.match(words)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(words):
        return None
    actor = d.actors.get(found[0].actor_id)
    if actor is None or actor.kind not in ("place", "state") or not actor.affiliation:
        return None
    return Mention(0, 0, text, actor.id, "GPE", "dictionary")


def _international(d: DocumentView, text: str) -> bool:
    """Whether a name starts with an actor of no state ("UN ...", "OSCE ...")."""
    found = d.matcher.match(text.split())
    actor = d.actors.get(found[0].actor_id) if found and found[0].start == 0 else None
    return actor is not None and actor.affiliation is None


def split_joined(d: DocumentView) -> None:
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            parts = _split(d, m)
            if parts is None:
                out.append(m)
            else:
                out.extend(parts)
                changed = True
        if changed:
            d.mentions[t] = out


def _split(d: DocumentView, m: Mention) -> list[Mention] | None:
    if m.origin != "ner" or m.actor_id is not None or (" in " not in m.text and " and " not in m.text):
        return None
    joiner = " in " if " in " in m.text else " and "
    left, right = m.text.split(joiner, 1)
    if not left or not right or joiner in right:
        return None
    r_start = m.start + len(left) + len(joiner)
    if joiner == " in ":
        place = _place(d, right)
        if place is None or m.label not in ("ORG", "FAC"):
            return None
        words = [fold(w) for w in left.split()]
        if set(words) & _ABROAD - {"office"} or _international(d, left):
            return None  # "UN Support Mission in Libya", "OSCE Mission in Kosovo": one name
        body = Mention(m.start, m.start + len(left), left, None, m.label, "ner")
        if words and words[-1] in GOVERNMENT_BODIES:
            state = d.actors[place.actor_id or ""].affiliation
            if state:
                body = Mention(
                    body.start, body.end, left, inferred_id("context", state, "organisation", left), m.label, "context"
                )
        return [body, Mention(r_start, m.end, right, place.actor_id, "GPE", "dictionary")]
    sides = [(m.start, left), (r_start, right)]
    known = [bool(_place(d, s) or countries_of(s)) for _, s in sides]
    if not any(known) or m.label not in ("GPE", "LOC", "ORG", "FAC"):
        return None
    out = []
    for start, s in sides:
        place = _place(d, s)
        if place is not None:
            out.append(Mention(start, start + len(s), s, place.actor_id, "GPE", "dictionary"))
        else:
            out.append(Mention(start, start + len(s), s, None, "GPE", "ner"))
    return out
