"""One place, one link within a document (issue 14, round 10): a name the document's rules linked as a place
(by the gazetteer or by its context) is that place wherever else the document names it and NER left it
unlinked, whatever label NER gave it there ("pushing south towards X." where "short of Y and X" was linked;
a title's "Iranian missiles hit X" below a text that places X). Not a word of a person's name the document
gives in full ("Tsel" beside "Ivan Tsel"), not a name the document links to two different places, and a link
of the context alone not for a name the document writes with a possessive ("X's recommended ...")."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from store.actors.document_view import DocumentView


def _person_words(d: DocumentView) -> set[str]:
    return {w for ms in d.mentions for q in ms if q.label == "PERSON" and " " in q.text for w in q.text.split()}


def same_places(d: DocumentView) -> None:
    links: dict[str, set[tuple[str, Literal["context", "gazetteer"]]]] = {}
    for ms in d.mentions:
        for m in ms:
            actor = d.actor(m)
            if m.origin in ("gazetteer", "context") and actor is not None and actor.kind == "place" and m.actor_id:
                links.setdefault(m.text, set()).add((m.actor_id, "gazetteer" if m.origin == "gazetteer" else "context"))
    places = {text: next(iter(found)) for text, found in links.items() if len(found) == 1}
    if not places:
        return
    # a link only the context made ("the X port") is carried over only for a name the document never writes
    # with a possessive ("X's recommended ..." is a product's or a body's, no village's)
    texts = [tokens.text for tokens in d.texts]
    places = {
        text: (actor_id, origin)
        for text, (actor_id, origin) in places.items()
        if origin == "gazetteer" or not any(f"{text}'s" in t or f"{text}’s" in t for t in texts)
    }
    people = _person_words(d)
    for t in range(len(d.mentions)):
        out = list(d.mentions[t])
        changed = False
        for n, m in enumerate(out):
            if m.actor_id is None and m.origin == "ner" and m.text in places and m.text not in people:
                actor_id, origin = places[m.text]
                out[n] = replace(m, actor_id=actor_id, origin=origin)
                changed = True
        if changed:
            d.mentions[t] = out
