"""A company the text calls a state's ("the state gas company Uzbekneftegaz", "Kazakhstan's state railway
company Temirzholy", "the state-owned Kyrgyzaltyn mining company") is that state's organisation
(``origin="context"``), also where NER missed or mistyped the name: the state of the possessive before
"state", else the one state its sentence names (a state, its capital or a place of it), else none."""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView, sentence_bounds
from store.actors.inferred import inferred_id
from store.model import Mention

_NOUN = (
    r"(?:company|corporation|concern|firm|operator|giant|holding|monopoly|carrier|airline|producer|utility|"
    r"bank|fund|agency|broadcaster|enterprise)"
)
_NAME = r"(?P<name>[A-Z][\w&'’-]*[\w&](?:\s+[A-Z][\w&'’-]*[\w&]){0,3})"
# "the state gas company X", "Kazakhstan's state-owned railway operator X"
_AFTER_NOUN = re.compile(
    rf"\bstate(?:-owned|-run|-controlled)?\s+(?:[a-z]+\s+){{0,3}}?{_NOUN}\s*,?\s+{_NAME}(?![\w'’-]*\s+[A-Z])"
)
# "the state-owned X mining company", "state-run X airline"
_BEFORE_NOUN = re.compile(rf"\bstate-(?:owned|run|controlled)\s+{_NAME}\s+(?:[a-z]+\s+){{0,2}}?{_NOUN}\b")
_POSSESSIVE = re.compile(r"([A-Z][\w-]+)(?:'s|’s)\s+(?:the\s+)?$")


def state_companies(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        if "state" not in text:
            continue
        added: list[Mention] = []
        dropped: set[int] = set()
        for pattern in (_AFTER_NOUN, _BEFORE_NOUN):
            for found in pattern.finditer(text):
                s, e = found.span("name")
                here = d.overlapping(t, s, e)
                if any(m.actor_id is not None or m.start < s or m.end > e for m in here):
                    continue  # the dictionary knows it, or it is part of a longer name
                state = _named_state(d, text[s:e]) or _owner(d, t, found.start()) or _sentence_state(d, t, s)
                if state is None:
                    continue
                dropped.update(id(m) for m in here)
                name = text[s:e]
                added.append(Mention(s, e, name, inferred_id("context", state, "organisation", name), "ORG", "context"))
        if added:
            kept = [m for m in d.mentions[t] if id(m) not in dropped]
            d.mentions[t] = sorted([*kept, *added], key=lambda m: (m.start, m.end))


_STEMS: dict[str, dict[str, set[str]]] = {}  # by the dictionary's digest: built once a process
_MIN_STEM = 5  # "Belarus", "Turkmen", "Uzbek", "Kyrgyz"; not "Iran", "Turk"


def _named_state(d: DocumentView, name: str) -> str | None:
    """The state whose name or adjective a one-word company name begins with ("Belaruskali", "Turkmengaz",
    "Uzbekneftegaz"): that state's, whatever else the sentence names."""
    if " " in name or len(name) < _MIN_STEM + 3:
        return None
    digest = d.matcher.dictionary.digest
    memo = _STEMS.get(digest) if digest else None
    stems: dict[str, set[str]] = memo if memo is not None else {}
    if memo is None:
        for entry in d.matcher.dictionary.entries.values():
            actor = entry.actor
            if actor.kind in ("state", "group") and actor.affiliation:
                for word in (actor.name, *entry.aliases, *entry.adjectives):
                    if " " not in word and len(word) >= _MIN_STEM and word.isalpha():
                        stems.setdefault(word.casefold(), set()).add(actor.affiliation)
        if len(_STEMS) > 4:
            _STEMS.clear()
        if digest:
            _STEMS[digest] = stems
    folded = name.casefold()
    for size in range(len(folded) - 3, _MIN_STEM - 1, -1):
        states = stems.get(folded[:size])
        if states:
            return next(iter(states)) if len(states) == 1 else None
    return None


def _owner(d: DocumentView, t: int, at: int) -> str | None:
    """The state of the possessive right before "state" ("Kazakhstan's state railway company")."""
    found = _POSSESSIVE.search(d.texts[t].text, max(0, at - 40), at)
    if found is None:
        return None
    q = d.mention_at(t, found.start(1))
    actor = d.actor(q) if q is not None else None
    return actor.affiliation if actor is not None and actor.kind in ("state", "place") else None


def _sentence_state(d: DocumentView, t: int, at: int) -> str | None:
    """The one state the sentence names with a state, a capital or a place (dictionary mentions)."""
    s, e = sentence_bounds(d.texts[t].text, at, at)
    states = set()
    for m in d.overlapping(t, s, e):
        actor = d.actor(m)
        if actor is not None and m.origin == "dictionary" and actor.kind in ("state", "place") and actor.affiliation:
            states.add(actor.affiliation)
    return next(iter(states)) if len(states) == 1 else None
