"""A body's generic name that the dictionary gives one state is another state's after that state's possessive:
"Ukraine's Main Intelligence Directorate" is Ukraine's (the dictionary's "Main Intelligence Directorate" is
Russia's GRU). The acronym in brackets after it, if the dictionary has it for that state ("(HUR)"), names
the actor; else it is an organisation of the possessive's state (``origin="context"``). A name of its own
("Russia's Gazprom", "Turkey's Wagner deal") is never moved: only names made of body and role words."""

from __future__ import annotations

from store.actors.cues import ROLE_WORDS, STATE_BODIES
from store.actors.document_view import DocumentView
from store.actors.inferred import inferred_id
from store.actors.matcher import fold
from store.model import Mention

_GENERIC = ROLE_WORDS | STATE_BODIES | frozenset("main federal central supreme chief of for and the on".split())


def owned_bodies(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        words, starts = tokens.words, tokens.starts
        ms = d.mentions[t]
        out: list[Mention] = []
        changed = False
        for n, m in enumerate(ms):
            actor = d.actor(m)
            owner = _possessor_state(d, t, words, starts, m)
            if (
                actor is None
                or actor.kind != "organisation"
                or not actor.affiliation
                or m.origin != "dictionary"
                or owner is None
                or owner == actor.affiliation
                or len(m.text.split()) < 2
                or not all(fold(w) in _GENERIC for w in m.text.split())
            ):
                out.append(m)
                continue
            acronym = ms[n + 1] if n + 1 < len(ms) and tokens.text[m.end : ms[n + 1].start] == " (" else None
            known = d.actor(acronym) if acronym is not None else None
            if known is not None and known.affiliation == owner and known.kind == "organisation":
                out.append(Mention(m.start, m.end, m.text, known.id, m.label, "dictionary"))
            else:
                name = " ".join(m.text.split())
                out.append(
                    Mention(
                        m.start, m.end, m.text, inferred_id("context", owner, "organisation", name), "ORG", "context"
                    )
                )
            changed = True
        if changed:
            d.mentions[t] = out


def _possessor_state(d: DocumentView, t: int, words: list[str], starts: list[int], m: Mention) -> str | None:
    """The state named in a possessive right before the mention ("Ukraine's X" -> UKR), else None."""
    i = d.token_at(t, m.start)
    if i < 2 or words[i - 1] not in ("'s", "’s"):
        return None
    q = d.mention_at(t, starts[i - 2])
    actor = d.actor(q) if q is not None else None
    return actor.affiliation if actor is not None and actor.kind == "state" else None
