"""A surname alone names the known person the document names in full (issue 14, round 5): "Hamad" after
"Prime Minister Osama Hamad", "Michel" in a title over "Charles Michel" (anywhere in the document: titles
come first). Only where one person of the document has that last name, and only for what NER found
unlinked; the dictionary leaves such surnames out of its aliases because they are common first names or
shared by several people, so the document must say whom it means."""

from __future__ import annotations

from dataclasses import replace

from store.actors.document_view import DocumentView
from store.actors.matcher import fold
from store.model import Mention


def known_surnames(d: DocumentView) -> None:
    people: dict[str, set[str]] = {}  # folded last name -> dictionary persons named in full
    for ms in d.mentions:
        for m in ms:
            actor = d.actor(m)
            words = m.text.split()
            if actor is not None and actor.kind == "person" and m.origin == "dictionary" and len(words) >= 2:
                people.setdefault(fold(words[-1]), set()).add(actor.id)
    if not people:
        return
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            ids = people.get(fold(m.text)) if m.actor_id is None and m.origin == "ner" and " " not in m.text else None
            if ids is not None and len(ids) == 1:
                m = replace(m, actor_id=next(iter(ids)), origin="dictionary", label="PERSON")
                changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out
