"""The last resort (issue 14, round 5): a person or organisation NER found, that no rule gave a state and
no rule found to stand for none ("UN envoy X"), belongs to the state that dominates the document, when one
does: at least DOMINANT of the document's affiliated dictionary mentions stand for it, and there are at
least MIN_MENTIONS of them. Never in a sentence that names an international body (whose officials stand
for no state) or a second state; never for a name that is only an acronym or a single word that is no
name (``origin="context"``, like every inferred link).

Round 8: in a document where no state dominates, a person or organisation that every sentence naming it
places beside the document's leading state and no other ("President X won ahead of Y"; "X beat Y") is that
state's, when that state leads the others clearly (the most mentions, PLURALITY of them, more than the next
one): a foreign visitor is usually named with a state of their own, which blocks the rule."""

from __future__ import annotations

from collections import Counter

from store.actors.cues import KIND_OF_LABEL, OUTLETS
from store.actors.document_view import DocumentView, sentence_bounds
from store.actors.inferred import inferred
from store.actors.matcher import fold
from store.actors.ner import TITLE_WORDS
from store.model import Actor, Mention

DOMINANT = 0.6
_ENVOYS = frozenset("envoy envoys ambassador ambassadors representative visiting counterpart special".split())
# words of the name of an international organisation ("World Meteorological Organization")
_INTERNATIONAL = frozenset("world international global united nations european inter-parliamentary".split())
MIN_MENTIONS = 5
PLURALITY = 0.4


def dominant_state(d: DocumentView) -> str | None:
    states = _counts(d)
    total = sum(states.values())
    if total < MIN_MENTIONS:
        return None
    state, count = states.most_common(1)[0]
    return state if count >= DOMINANT * total else None


def _counts(d: DocumentView) -> Counter[str]:
    states: Counter[str] = Counter()
    for ms in d.mentions:
        for m in ms:
            actor = d.actor(m)
            if actor is not None and actor.affiliation and m.origin == "dictionary":
                states[actor.affiliation] += 1
    return states


def leading_state(d: DocumentView) -> str | None:
    """The state with the most affiliated dictionary mentions, PLURALITY of them and more than the next."""
    states = _counts(d)
    total = sum(states.values())
    if total < MIN_MENTIONS:
        return None
    top = states.most_common(2)
    state, count = top[0]
    second = top[1][1] if len(top) > 1 else 0
    return state if count >= PLURALITY * total and count > second else None


def sentence_states(
    d: DocumentView, t: int, m: Mention, *, skip: frozenset[str] = frozenset(), peoples: frozenset[str] | None = None
) -> set[str] | None:
    """The states m's sentence names beside it; None when it names an international body, or a people or
    place of no state. ``skip``: folded names of mentions not to count; with ``peoples``, a people NER found
    that the dictionary does not know is one of no state too, unless it is a word of a longer name of the
    document in ``peoples`` ("the Socialists" after "Party of Socialists")."""
    s, e = sentence_bounds(d.texts[t].text, m.start, m.end)
    states: set[str] = set()
    for q in d.overlapping(t, s, e):
        if q is m or (skip and fold(q.text) in skip):
            continue
        actor = d.actor(q)
        if actor is None:
            if peoples is not None and q.label == "NORP" and q.origin == "ner" and q.text not in peoples:
                return None
            continue
        if stateless(actor):
            return None
        if actor.affiliation:
            states.add(actor.affiliation)
    return states


def stateless(actor: Actor) -> bool:
    """An international body, or a place or people of no state (a de facto state, Karabakh)."""
    if actor.affiliation is not None:
        return False
    return (actor.kind == "organisation" and actor.sector == "international") or actor.kind in ("place", "group")


def sentence_blocks(d: DocumentView, t: int, m: Mention, state: str | None = None) -> bool:
    """Whether m's sentence names an international body, a place or people of no state (a de facto state:
    "Abkhaz foreign minister X", "X, Transnistria's leader") or, given ``state``, another state than it."""
    s, e = sentence_bounds(d.texts[t].text, m.start, m.end)
    for q in d.overlapping(t, s, e):
        if q is m:
            continue
        actor = d.actor(q)
        if actor is None:
            if q.label == "NORP" and q.origin == "ner":
                return True  # a people the dictionary does not know ("Abkhaz"): whose official is X?
            continue
        if stateless(actor):
            return True
        if state is not None and actor.affiliation and actor.affiliation != state:
            return True
    return False


def _titled_state(d: DocumentView, t: int, m: Mention) -> str | None:
    """A person after a title ("the dead commander X") in a sentence that names one state only, and no
    international body: that state ("In Tehran, crowds waved Iranian flags and pictures of the dead commander
    X"). Not an envoy's or a visitor's title (they serve where they are sent)."""
    words = d.texts[t].words
    i = d.token_at(t, m.start)
    if m.label != "PERSON" or i < 1 or words[i - 1].casefold() not in TITLE_WORDS or words[i - 1].casefold() in _ENVOYS:
        return None
    s, e = sentence_bounds(d.texts[t].text, m.start, m.end)
    states: set[str] = set()
    for q in d.overlapping(t, s, e):
        actor = d.actor(q)
        if q is m or (actor is None and not (q.label == "NORP" and q.origin == "ner")):
            continue
        if actor is None or stateless(actor):
            return None  # an international body, or a people or place of no state, in the sentence
        if actor.affiliation:
            states.add(actor.affiliation)
    if any(w.casefold() in _ENVOYS for w in words[d.token_at(t, s) : i]):
        return None
    if not states and _portfolio(words, i):  # "Deputy Defence Minister X said" in a story about X's state
        leading = leading_state(d)
        return leading if leading is not None and paragraph_state(d, t) == leading else None
    return next(iter(states)) if len(states) == 1 else None


# a government portfolio in a title ("Deputy Defence Minister"): an official of the state the text is about
_PORTFOLIOS = frozenset(
    """defence defense foreign interior justice finance economy energy health education culture trade industry
    agriculture transport emergency emergencies ecology digital social labour labor infrastructure""".split()
)
_OFFICES = frozenset({"minister", "ministry", "secretary"})


def _portfolio(words: list[str], i: int) -> bool:
    """Whether the title right before token i names an office and its portfolio ("Deputy Defence Minister")."""
    k = i - 1
    if k < 1 or words[k].casefold() not in _OFFICES:
        return False
    return words[k - 1].casefold() in _PORTFOLIOS


def paragraph_state(d: DocumentView, t: int) -> str | None:
    """The state most of text t's affiliated dictionary mentions stand for, if one leads the others."""
    states: Counter[str] = Counter()
    for q in d.mentions[t]:
        actor = d.actor(q)
        if actor is not None and actor.affiliation and q.origin == "dictionary":
            states[actor.affiliation] += 1
    top = states.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _open_entity(m: Mention, name: str, decided: set[str], chosen: dict[str, str]) -> bool:
    """An NER person or organisation with no actor, no decision yet, and no sign of an international body."""
    return not (
        name in decided
        or name in chosen
        or m.actor_id is not None
        or m.origin != "ner"
        or m.label not in ("PERSON", "ORG")
        or m.text.isupper()
        or any(w.casefold() in _INTERNATIONAL for w in m.text.split())
    )


def dominant(d: DocumentView, entity: dict[tuple[int, int], str], decided: set[str]) -> None:
    state = dominant_state(d)
    chosen: dict[str, str] = {}
    for t in range(len(d.texts)):
        for m in d.mentions[t]:
            name = entity.get((t, m.start))
            if name is None or not _open_entity(m, name, decided, chosen):
                continue
            if state is not None and not sentence_blocks(d, t, m, state):
                chosen[name] = state
            elif (titled := _titled_state(d, t, m)) is not None:
                chosen[name] = titled
    if state is None and (leading := leading_state(d)) is not None:
        _beside_leading(d, entity, decided, chosen, leading)
    if not chosen:
        return
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            name = entity.get((t, m.start))
            if name in chosen and m.actor_id is None:
                kind = KIND_OF_LABEL.get(m.label, "organisation")
                m = inferred(m, "context", chosen[name], kind, name)
                changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out


def _beside_leading(
    d: DocumentView, entity: dict[tuple[int, int], str], decided: set[str], chosen: dict[str, str], leading: str
) -> None:
    """Every sentence naming the entity names the leading state and no other (or nothing), and one at least
    names it: the entity is that state's."""
    seen: dict[str, set[str] | None] = {}
    named = frozenset(w for ms in d.mentions for q in ms if " " in q.text for w in q.text.split())
    for t in range(len(d.texts)):
        for m in d.mentions[t]:
            name = entity.get((t, m.start))
            if name is None or not _open_entity(m, name, decided, chosen):
                continue
            if name in seen and seen[name] is None:
                continue
            if " " not in name or fold(name.split()[-1]) in OUTLETS:
                continue  # one word may be no name ("Strikes"); an outlet of its own may be private
            states = sentence_states(d, t, m, peoples=named)
            words = d.texts[t].words
            i = d.token_at(t, m.start)
            if states is None or states - {leading} or (i >= 1 and words[i - 1].casefold() in _ENVOYS):
                seen[name] = None
            else:
                seen[name] = (seen.get(name) or set()) | states
    for name, states in seen.items():
        if states:
            chosen[name] = leading
