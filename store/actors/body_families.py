"""Names that several states' bodies share, from the dictionary (issue 14, rounds 9 and 10): "KGB" (the Soviet
one and the "KGB of Belarus"), "State Security Service" (Azerbaijan's, Georgia's, Uzbekistan's), "Central Election
Commission" (Russia's, Belarus's, Georgia's). An entry named "X of <its state>" makes X (and its aliases without
the state's name) such a name, and an entry named X itself joins it. Read by store/actors/state_bodies.py (a
dictionary body of such a name in a story about another state) and store/actors/body_owner.py (a bare body
whose name only one of the document's states has a body of)."""

from __future__ import annotations

from store.actors.document_view import DocumentView
from store.actors.matcher import fold
from store.model import Actor

_FAMILIES: dict[str, dict[str, dict[str, str]]] = {}  # by the dictionary's digest: built once a process


def body_families(d: DocumentView) -> dict[str, dict[str, str]]:
    """folded short name -> {state: dictionary id} for names that several states' bodies share: an entry
    named "X of <its state>" makes X (and its aliases without the state's name) such a name, and an
    entry named X itself joins it."""
    dictionary = d.matcher.dictionary
    memo = _FAMILIES.get(dictionary.digest) if dictionary.digest else None
    if memo is not None:
        return memo
    families: dict[str, dict[str, str]] = {}
    plain: dict[str, list[Actor]] = {}
    for entry in dictionary.entries.values():
        actor = entry.actor
        if actor.kind != "organisation":
            continue
        plain.setdefault(fold(actor.name), []).append(actor)
        state = dictionary.state_for(actor.affiliation)
        if not actor.affiliation or state is None:
            continue
        names = {fold(state.actor.name), *(fold(a) for a in state.aliases)}
        head, sep, tail = actor.name.rpartition(" of ")
        if not sep or fold(tail) not in names:
            continue
        keys = {fold(head)} | {fold(a) for a in entry.aliases if not any(n in fold(a) for n in names)}
        for key in keys:
            families.setdefault(key, {})[actor.affiliation] = actor.id
    for key, row in families.items():
        for actor in plain.get(key, ()):
            if actor.affiliation:
                row.setdefault(actor.affiliation, actor.id)
    if len(_FAMILIES) > 4:
        _FAMILIES.clear()
    if dictionary.digest:
        _FAMILIES[dictionary.digest] = families
    return families
