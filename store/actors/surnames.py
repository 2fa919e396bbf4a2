"""A surname alone names the known person the document names in full (issue 14, round 5): "Hamad" after
"Prime Minister Osama Hamad", "Michel" in a title over "Charles Michel" (anywhere in the document: titles
come first). Only where one person of the document has that last name, and only for what NER found
unlinked; the dictionary leaves such surnames out of its aliases because they are common first names or
shared by several people, so the document must say whom it means.

Where several people of the document share the last name and one state (father and son, "Gurbanguly" and
"Serdar Berdimuhamedov"), the surname alone, or the family's plural ("the Berdimuhamedovs"), is none of them
for sure but is that state's: an inferred person (``origin="context"``). People of different states sharing a
last name leave it unlinked.

Round 10: a family name with an Arabic article is also known without it ("Kikli" after "Abdulghani
al-Kikli").

Round 9: in the states whose names put the family name first (Korea, China, Vietnam: "Kim Jong Un", "Xi
Jinping"), the first word alone is the family name ("Kim" after "Kim Jong Un"), with the same rules."""

from __future__ import annotations

import re
from dataclasses import replace

from store.actors.document_view import DocumentView
from store.actors.inferred import inferred
from store.actors.matcher import fold
from store.model import Mention

# an Arabic article before a family name, which a later mention may leave out ("al-Kikli" ... "Kikli")
_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)[-‐‑]")
# states whose people's names are written family name first in English news (Hungarians are not: "Viktor Orbán")
FAMILY_FIRST = frozenset("PRK KOR CHN TWN VNM KHM MNG".split())


def known_surnames(d: DocumentView) -> None:
    people: dict[str, set[str]] = {}  # folded last name -> dictionary persons named in full
    for ms in d.mentions:
        for m in ms:
            actor = d.actor(m)
            words = m.text.split()
            if actor is not None and actor.kind == "person" and m.origin == "dictionary" and len(words) >= 2:
                people.setdefault(fold(words[-1]), set()).add(actor.id)
                bare = _ARTICLE.sub("", words[-1])
                if bare != words[-1] and len(bare) > 2:
                    people.setdefault(fold(bare), set()).add(actor.id)  # "Kikli" after "Abdulghani al-Kikli"
                if actor.affiliation in FAMILY_FIRST:
                    people.setdefault(fold(words[0]), set()).add(actor.id)
    if not people:
        return
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            if m.actor_id is not None or m.origin != "ner" or " " in m.text:
                out.append(m)
                continue
            key = fold(m.text)
            ids = people.get(key)
            if ids is None and key.endswith("s") and len(key) > 4:
                ids = people.get(key[:-1])  # "the Berdimuhamedovs": the family
                ids = ids if ids is not None and len(ids) > 1 else None
            if ids is not None and len(ids) == 1:
                m = replace(m, actor_id=next(iter(ids)), origin="dictionary", label="PERSON")
                changed = True
            elif ids is not None and len({d.actors[i].affiliation for i in ids}) == 1:
                state = d.actors[next(iter(ids))].affiliation
                if state:
                    m = inferred(m, "context", state, "person")
                    changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out
