"""A person NER found that no rule placed, whose name fits one of the states the document names (issue 14,
round 9): "Mikalai Statkevich" in a story about Belarus, "Christopher Smith" in one that also names the
United States. The name-origin model (store/actors/name_origin.py) weighs how well the name fits each state
the document's dictionary mentions name, by how often the document names it; the link is made only when one
state has most of the probability and fits the name better than the average state does (``origin="context"``,
like every inferred link). Only states the document names twice or more count (one mention may be a
venue), and only in an English text. Never a name of one word (the entity's full name is asked: a later "Statkevich"
follows "Mikalai Statkevich"), never in a sentence that names an international body or a people or place of
no state (whose official, or whose de facto official, is X?)."""

from __future__ import annotations

from store.actors.document_view import DocumentView, document_states, sentence_bounds
from store.actors.dominant import sentence_blocks
from store.actors.inferred import inferred
from store.actors.name_origin import best_fit
from store.corpus.lines import page_stopwords
from store.model import Mention

MIN_NAMED = 2  # a state the document names once may be a venue ("spoke in Sochi"), not a subject


def _english(d: DocumentView) -> bool:
    """Whether the document is in English (by its stopwords, as the cleaner tells a page's language): the
    names of a text in another language are not English news's romanisations."""
    words: list[str] = []
    for tokens in d.texts:
        words.extend(w.casefold() for w in tokens.words[: 600 - len(words)])
        if len(words) >= 600:
            break
    return "the" in page_stopwords(words)  # the stop list of the text's language is English's


def _sentence_states(d: DocumentView, t: int, m: Mention) -> set[str]:
    """The states of the peoples m's sentence names ("a Taiwanese company"; not a town: "In Tehran" is a venue)."""
    s, e = sentence_bounds(d.texts[t].text, m.start, m.end)
    out: set[str] = set()
    for q in d.overlapping(t, s, e):
        actor = d.actor(q)
        if (
            q is not m
            and actor is not None
            and actor.affiliation
            and q.origin == "dictionary"
            and actor.kind == "group"
        ):
            out.add(actor.affiliation)
    return out


def name_origins(d: DocumentView, entity: dict[tuple[int, int], str]) -> None:
    named = document_states(d)
    states = {s: n for s, n in named.items() if n >= MIN_NAMED}
    if not named or not _english(d):
        return
    names: dict[str, str | None] = {}  # entity -> state (None: no link, or a sentence forbids one)
    for t in range(len(d.texts)):
        for m in d.mentions[t]:
            if m.actor_id is not None or m.origin != "ner" or m.label != "PERSON":
                continue
            name = entity.get((t, m.start), m.text)
            if names.get(name, "") is None:
                continue
            if len(name.split()) < 2 or name.isupper() or sentence_blocks(d, t, m):
                names[name] = None
            elif name not in names:
                # a state the document names once counts where it is named beside the person ("Gold Apollo, a
                # Taiwanese company, whose founder X"): a venue is named elsewhere
                here: dict[str, int] = {}
                if states and len(name.split()) <= 3:  # a longer "name" is often a headline NER took for one
                    here = {s: named[s] for s in _sentence_states(d, t, m) if s in named and s not in states}
                names[name] = best_fit(name, states | here) if states else None  # one candidate: no choice
    if not any(names.values()):
        return
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            if m.actor_id is None and m.origin == "ner" and m.label == "PERSON":
                name = entity.get((t, m.start), m.text)
                state = names.get(name)
                if state:
                    m = inferred(m, "context", state, "person", name)
                    changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out
