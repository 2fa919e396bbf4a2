"""The last resort (issue 14, round 5): a person or organisation NER found, that no rule gave a state and
no rule found to stand for none ("UN envoy X"), belongs to the state that dominates the document, when one
does: at least DOMINANT of the document's affiliated dictionary mentions stand for it, and there are at
least MIN_MENTIONS of them. Never in a sentence that names an international body (whose officials stand
for no state) or a second state; never for a name that is only an acronym or a single word that is no
name (``origin="context"``, like every inferred link)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from store.actors.cues import KIND_OF_LABEL
from store.actors.document_view import DocumentView
from store.actors.inferred import inferred_id
from store.model import Mention

DOMINANT = 0.6
# words of the name of an international organisation ("World Meteorological Organization")
_INTERNATIONAL = frozenset("world international global united nations european inter-parliamentary".split())
MIN_MENTIONS = 5
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]*)\s")


def dominant_state(d: DocumentView) -> str | None:
    states: Counter[str] = Counter()
    for ms in d.mentions:
        for m in ms:
            actor = d.actor(m)
            if actor is not None and actor.affiliation and m.origin == "dictionary":
                states[actor.affiliation] += 1
    total = sum(states.values())
    if total < MIN_MENTIONS:
        return None
    state, count = states.most_common(1)[0]
    return state if count >= DOMINANT * total else None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    s = 0
    for found in _SENTENCE_END.finditer(text, 0, start):
        s = found.end()
    after = _SENTENCE_END.search(text, end)
    return s, after.start() + 1 if after else len(text)


def _blocked(d: DocumentView, t: int, m: Mention, state: str) -> bool:
    """Whether m's sentence names an international body or another state than ``state``."""
    s, e = _sentence(d.texts[t].text, m.start, m.end)
    for q in d.overlapping(t, s, e):
        actor = d.actor(q)
        if actor is None or q is m:
            continue
        if actor.affiliation is None and actor.kind == "organisation" and actor.sector == "international":
            return True
        if actor.affiliation and actor.affiliation != state:
            return True
    return False


def dominant(d: DocumentView, entity: dict[tuple[int, int], str], decided: set[str]) -> None:
    state = dominant_state(d)
    if state is None:
        return
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            name = entity.get((t, m.start))
            if (
                name is not None
                and name not in decided
                and m.actor_id is None
                and m.origin == "ner"
                and m.label in ("PERSON", "ORG")
                and not m.text.isupper()
                and not any(w.casefold() in _INTERNATIONAL for w in m.text.split())
                and not _blocked(d, t, m, state)
            ):
                kind = KIND_OF_LABEL.get(m.label, "organisation")
                m = replace(m, actor_id=inferred_id("context", state, kind, name), origin="context")
                changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out
