"""An unknown acronym after a state's possessive is that state's organisation (issue 14, round 6): "France's
EDF", "Turkey's BOTAS" - NER often misses a bare acronym. Only capitals (2 to 6 letters, "&" allowed), none
the dictionary knows, not an economic or office abbreviation ("Russia's GDP", "Britain's PM"), and not
followed by a capitalised word (then it heads a longer name NER or the dictionary handles)."""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView
from store.actors.inferred import inferred_id
from store.model import Mention

_ACRONYM = re.compile(r"(?<=['’]s )([A-Z][A-Z&]{1,5})\b(?![-'’]\w)(?!\s+[A-Z])")
# abbreviations that are no actor after a state's possessive
NOT_ACTORS = frozenset(
    """GDP GNP GNI CPI CEO CFO COO CTO PM MP MPS VAT IPO LNG LPG GMT UTC AI TV ID HQ UN EU US USA UK NATO
    OPEC CIS CSTO GCC SCO BRICS WTO IMF PR EV IT""".split()
)


def possessive_acronyms(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        added: list[Mention] = []
        for found in _ACRONYM.finditer(text):
            s, e = found.span(1)
            name = found.group(1)
            if name in NOT_ACTORS or d.mention_at(t, s) is not None:
                continue
            before = d.mention_at(t, s - 4) if s >= 4 else None  # the state's name ends before "'s "
            actor = d.actor(before) if before is not None else None
            if before is None or actor is None or actor.kind != "state" or not actor.affiliation:
                continue
            if before.end != s - 3 or d.matcher.is_ignored(text, s, e):
                continue
            state = actor.affiliation
            added.append(Mention(s, e, name, inferred_id("context", state, "organisation", name), "ORG", "context"))
        if added:
            d.mentions[t] = sorted([*d.mentions[t], *added], key=lambda m: (m.start, m.end))


_ALL_CAPS = re.compile(r"[A-Z][A-Z&]{1,7}")


def late_bracketed_acronyms(d: DocumentView) -> None:
    """An acronym in brackets after a name that only the later rules linked ("the State Security Service
    (SGB)", the service given its state by the document) names the same actor, there and wherever it recurs
    unlinked in the document (the early pass, bodies.bracketed_acronyms, saw the name still unlinked)."""
    names: dict[str, Mention] = {}
    for t, tokens in enumerate(d.texts):
        ms = d.mentions[t]
        for prev, m in zip(ms, ms[1:], strict=False):
            if (
                m.actor_id is None
                and m.origin == "ner"
                and _ALL_CAPS.fullmatch(m.text)
                and prev.actor_id is not None
                and prev.origin in ("context", "gazetteer")
                and tokens.text[prev.end : m.start] == " ("
                and tokens.text[m.end : m.end + 1] == ")"
            ):
                names.setdefault(m.text, prev)
    if not names:
        return
    for t in range(len(d.texts)):
        if any(m.actor_id is None and m.text in names for m in d.mentions[t]):
            d.mentions[t] = [
                Mention(m.start, m.end, m.text, names[m.text].actor_id, m.label, names[m.text].origin)
                if m.actor_id is None and m.origin == "ner" and m.text in names
                else m
                for m in d.mentions[t]
            ]
