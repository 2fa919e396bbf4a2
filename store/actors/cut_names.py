"""Names cut to their first word (issue 14, round 8): "its leader, Christian Tein, was arrested" (the
dictionary read "Christian" as the Christians), "Viorel Cernăuțeanu, the head of Moldova's police" (NER
stopped before the accented surname). A one-word mention, NER's or the dictionary's people, right before a
capitalised word that nothing else names and that is followed by a comma, is a person's name of two words
(an NER PERSON, so the later rules can give it a state)."""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView
from store.model import Mention

_SURNAME = re.compile(r" ([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?),")


def join_cut_names(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            actor = d.actor(m)
            one_word = " " not in m.text and m.text[:1].isupper() and m.text[1:].islower()
            people = actor is not None and actor.kind == "group" and m.origin == "dictionary"
            unknown = m.actor_id is None and m.origin == "ner" and m.label in ("PERSON", "ORG")
            found = _SURNAME.match(text, m.end) if one_word and (people or unknown) else None
            if found is not None:
                s, e = found.span(1)
                if not d.covered(t, s, e) and not d.matcher.knows(found.group(1)):
                    m = Mention(m.start, e, text[m.start : e], None, "PERSON", "ner")
                    changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out
