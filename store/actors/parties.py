"""Parties, alliances, blocs and movements NER found that no rule placed (issue 14, round 10): "Nation
Alliance", "Green Left Party", "Șor Party". A party is its state's (tests/data/gold_mentions.md): it takes the
one state its sentence names (places and people included; a people or place of no state, or an international
body, says nothing of a party), else, when its sentence names none or names the document's leading state among
others, the document's leading state; else it stays unlinked (``origin="context"``). One entity, one state:
the first mention that decides speaks for the later ones ("the Șor Party" ... "the party's").
"""

from __future__ import annotations

from store.actors.document_view import DocumentView, sentence_bounds
from store.actors.dominant import dominant_state, leading_state
from store.actors.inferred import inferred
from store.actors.matcher import fold
from store.model import Mention

PARTY_HEADS = frozenset("party alliance bloc movement coalition".split())  # not "front": armed groups are fronts
# words of an international body's or an armed group's name: "European People's Party", "World Movement",
# "Balochistan Liberation Movement" (an armed group is the state's it fights in, not its sentence's)
_NOT_PARTIES = frozenset("international european world global liberation resistance armed".split())


def _party(m: Mention) -> bool:
    words = m.text.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return (
        m.actor_id is None
        and m.origin == "ner"
        and m.label == "ORG"
        and len(words) >= 2
        and fold(words[-1]) in PARTY_HEADS
        and not any(fold(w) in _NOT_PARTIES for w in words)
    )


def _sentence(d: DocumentView, t: int, m: Mention) -> set[str]:
    s, e = sentence_bounds(d.texts[t].text, m.start, m.end)
    states: set[str] = set()
    for q in d.overlapping(t, s, e):
        actor = d.actor(q)
        if q is not m and actor is not None and actor.affiliation:
            states.add(actor.affiliation)
    return states


def parties(d: DocumentView, entity: dict[tuple[int, int], str]) -> None:
    leading: str | None | bool = False
    chosen: dict[str, str | None] = {}
    for t in range(len(d.texts)):
        for m in d.mentions[t]:
            if not _party(m):
                continue
            name = entity.get((t, m.start), m.text)
            if chosen.get(name):
                continue
            states = _sentence(d, t, m)
            if len(states) == 1:
                chosen[name] = next(iter(states))
                continue
            if leading is False:
                leading = leading_state(d) or dominant_state(d)
            if isinstance(leading, str) and (not states or leading in states):
                chosen[name] = leading
    if not any(chosen.values()):
        return
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            if _party(m) and (state := chosen.get(entity.get((t, m.start), m.text))):
                m = inferred(m, "context", state, "organisation", entity.get((t, m.start), m.text))
                changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out
