"""Whose is a national body named bare (issue 14, round 10): one scorer of the evidence a text gives.

A name made of body words only ("Foreign Ministry", "Interior Ministry", "State Security Service", "Culture
Ministry", "Central Election Commission", "National Assembly") says what a body is, not whose: in a story
about two states it is either's. Each mention is decided on its own (not once a document, as a name NER
found is elsewhere: "the Foreign Ministry in Baku" and "In Moscow, the Foreign Ministry" are two bodies), by
the strongest evidence, in order:

1. an explicit owner in its phrase: a state's possessive or a people before it ("Russia's", "Azerbaijani"),
   "its"/"their" after a state named before, "of X" or "in X" after it ("the Foreign Ministry in Baku": the
   state of the town), or a sentence that opens "In X" ("In Moscow the Foreign Ministry summoned ...");
2. the person it is attached to by a role ("Foreign Ministry spokeswoman Maria Zakharova", "Zakharova, the
   Foreign Ministry spokeswoman", "said X, a spokesman for the Foreign Ministry");
3. the sentence's subject state: the state-linked actors named before it in its sentence, if they are one
   state, else the one that opens the sentence;
4. the one state the document names (twice or more) of which the dictionary knows a body of that name
   ("State Security Service": Azerbaijan's, Georgia's, Uzbekistan's; store/actors/body_families.py);
5. the state that leads its paragraph (more dictionary mentions than any other);
6. the state that leads the document.

A level whose evidence ties (two states, none first) gives way to the next; the last one tied leaves the body
unlinked; a body of a state the dictionary knows by that name is linked to that entry. ``body_state`` is the
scorer; ``national_bodies`` is the pass that links every bare body with it
(``origin="context"``); store/actors/affiliation.py leaves these names to it rather than give a document's
mentions of one name one state.
"""

from __future__ import annotations

from collections.abc import Callable

from store.actors.body_families import body_families
from store.actors.cues import ROLE_WORDS
from store.actors.document_view import DocumentView, document_states, sentence_bounds
from store.actors.dominant import leading_state, paragraph_state, stateless
from store.actors.inferred import inferred, is_inferred
from store.actors.matcher import fold
from store.model import Actor, Mention

# the head of a national body's name (its last word)
BODY_HEADS = frozenset(
    """ministry committee commission council service assembly parliament directorate agency office
    inspectorate prosecutor's procuracy chamber cabinet""".split()
)
# every word of such a name: portfolios, and words that qualify a body without naming its state
BODY_WORDS = BODY_HEADS | frozenset(
    """foreign interior internal defence defense justice finance finances economy economic economics energy
        health education culture cultural trade industry agriculture transport transportation labour labor
        social emergency emergencies ecology information communications digital
        sport sports youth tourism science higher development reconstruction migration customs tax taxes
        revenue audit statistics security intelligence national state federal central supreme election
        electoral elections affairs and of for the on public prosecutor general general's anti-corruption
        investigative investigation border protection civil situations natural resources water ministers
        people's popular constitutional legislative executive presidential""".split()
)
_OWNERS = frozenset({"its", "their"})
_OPENERS = frozenset({"in", "from", "at"})
MAX_BEFORE = 8  # tokens of roles and articles between a person and the body of their role


def is_national_body(text: str) -> bool:
    """Whether ``text`` names a national body by body words only ("Foreign Ministry", "Central Election
    Commission"), not by a state's name ("Russian Foreign Ministry") nor its own ("Milli Majlis")."""
    words = text.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 2 or fold(words[-1]) not in BODY_HEADS or not words[0][:1].isupper():
        return False
    return all(fold(w) in BODY_WORDS for w in words)


def _state_of(actor: Actor | None, *, places: bool = True) -> str | None:
    if actor is None or not actor.affiliation:
        return None
    if actor.kind == "state" or actor.kind == "group" or (places and actor.kind == "place"):
        return actor.affiliation
    return None


def explicit_owner(d: DocumentView, t: int, m: Mention, *, owned_only: bool = False) -> str | None:
    """Level 1: the owner the body's own phrase names (``owned_only``: only "its"/"their" X)."""
    words, starts = d.texts[t].words, d.texts[t].starts
    i = d.token_at(t, m.start)
    j = d.token_at(t, m.end - 1) + 1
    k = i - 1
    if k >= 0 and words[k].casefold() in _OWNERS:
        return state_before(d, t, m)  # "Moldova sent rescuers from its Ministry of Emergency Situations"
    if owned_only:
        return None
    if k >= 0 and words[k].casefold() == "the":
        k -= 1
    if k >= 1 and words[k] in ("'s", "’s"):
        q = d.mention_at(t, starts[k - 1])
        if q is not None and q is not m:
            actor = d.actor(q)
            if actor is not None and actor.kind == "person":
                return actor.affiliation  # "Lukashenko's Security Council"
            return _state_of(actor)
    elif k >= 0 and k == i - 1:
        q = d.mention_at(t, starts[k])
        if q is not None and q is not m and q.end <= m.start:
            actor = d.actor(q)
            if actor is not None and actor.kind in ("state", "group") and d.texts[t].text[q.end : m.start] == " ":
                return actor.affiliation  # "the Russian Foreign Ministry", "the Kyrgyz Interior Ministry"
    if j + 1 < len(words) and words[j] in ("of", "in"):
        at = j + 2 if words[j + 1].casefold() == "the" and j + 2 < len(words) else j + 1
        q = d.mention_at(t, starts[at])
        if q is not None and (state := _state_of(d.actor(q))):
            after = d.token_at(t, q.end - 1) + 1
            if after < len(words) and words[after] in ("or", "and", "/"):
                return None  # "the General Staff in Kyiv or Moscow": whose?
            return state  # "the Foreign Ministry in Baku", "the National Assembly of Pakistan"
    return _opening_place(d, t, m)


def state_before(d: DocumentView, t: int, m: Mention) -> str | None:
    """The state named nearest before m in its sentence (whom "its" refers to)."""
    s, _ = sentence_bounds(d.texts[t].text, m.start, m.end)
    best: Mention | None = None
    for q in d.overlapping(t, s, m.start):
        actor = d.actor(q)
        if actor is not None and actor.kind == "state" and actor.affiliation and q.end <= m.start:
            if best is None or q.start > best.start:
                best = q
    actor = d.actor(best) if best is not None else None
    return actor.affiliation if actor is not None else None


def _opening_place(d: DocumentView, t: int, m: Mention) -> str | None:
    """ "In Moscow(,) the Foreign Ministry ...": the state of a place that opens the body's sentence."""
    words, starts = d.texts[t].words, d.texts[t].starts
    s, _ = sentence_bounds(d.texts[t].text, m.start, m.end)
    first = d.token_at(t, s)
    if first < 0 or starts[first] < s:
        first += 1
    if first + 1 >= len(words) or words[first].casefold() not in _OPENERS:
        return None
    q = d.mention_at(t, starts[first + 1])
    if q is None or q is m or q.end > m.start:
        return None
    after = d.token_at(t, q.end - 1) + 1
    if after < len(words) and words[after] not in (",",) and after != d.token_at(t, m.start):
        if not (after + 1 < len(words) and words[after].casefold() == "the" and after + 1 == d.token_at(t, m.start)):
            return None  # "In Moscow talks, ..." : the place qualifies something else
    actor = d.actor(q)
    return _state_of(actor) if actor is not None and actor.kind in ("place", "state") else None


def _person(d: DocumentView, t: int, m: Mention) -> str | None:
    """The state of the known person whose role the body is part of."""
    words, starts = d.texts[t].words, d.texts[t].starts
    j = d.token_at(t, m.end - 1) + 1
    for k in range(j, min(len(words), j + 4)):  # "Foreign Ministry spokeswoman Maria Zakharova"
        q = d.mention_at(t, starts[k])
        if q is not None:
            actor = d.actor(q)
            if k > j and actor is not None and actor.kind == "person" and actor.affiliation:
                return actor.affiliation
            break
        if not (words[k].islower() and words[k].casefold() in ROLE_WORDS) or words[k] in ("the", "-"):
            break
    # "Zakharova, the Foreign Ministry spokeswoman"; "said X, a spokesman for the Foreign Ministry"
    k = d.token_at(t, m.start) - 1
    comma = False
    while k >= 0 and d.token_at(t, m.start) - k <= MAX_BEFORE:
        word = words[k]
        if word == ",":
            comma = True
            k -= 1
            break
        if word.casefold() not in ("the", "a", "an", "for", "of", "at", "to") and not (
            word.islower() and word.casefold() in ROLE_WORDS
        ):
            return None
        k -= 1
    if not comma or k < 0:
        return None
    q = d.mention_at(t, starts[k])
    actor = d.actor(q) if q is not None else None
    return actor.affiliation if actor is not None and actor.kind == "person" else None


def _subject(d: DocumentView, t: int, m: Mention) -> str | None:
    """The state of the actors named before the body in its sentence: one state, else the one that opens it."""
    words, text = d.texts[t].words, d.texts[t].text
    s, _ = sentence_bounds(text, m.start, m.end)
    states: list[tuple[int, str]] = []
    for q in d.overlapping(t, s, m.start):
        if q is m or q.end > m.start or text[q.end : q.end + 1] == "-":
            continue  # "a Britain-based monitor": a modifier, no subject
        k = d.token_at(t, q.start) - 1
        if k >= 0 and words[k].casefold() in ("a", "an"):
            continue  # "a Ukraine specialist": a modifier too
        actor = d.actor(q)
        if actor is None:
            continue
        if stateless(actor):
            return None  # "the UN's ..." : an international body's sentence is no state's
        if actor.affiliation and actor.kind != "place":
            states.append((q.start, actor.affiliation))
    if not states:
        return None
    if len({state for _, state in states}) == 1:
        return states[0][1]
    first = min(states)
    at = d.token_at(t, first[0])
    opening = at - max(0, d.token_at(t, s))
    opener = d.mention_at(t, first[0])
    after = d.token_at(t, opener.end - 1) + 1 if opener is not None else at + 1
    if after < len(words) and words[after].casefold() in ("and", "or", "&"):
        return None  # "Armenia and Azerbaijan said ... the Interior Ministry": a tie
    return first[1] if opening <= 1 else None


def _family(d: DocumentView, m: Mention) -> dict[str, str]:
    """state -> dictionary id of the bodies of this name the dictionary knows ("State Security Service" of
    Azerbaijan, of Georgia, of Uzbekistan)."""
    key = fold(" ".join(w for w in m.text.split() if w.casefold() != "the"))
    return body_families(d).get(key, {})


def _known_body(d: DocumentView, t: int, m: Mention) -> str | None:
    """The one state the document names (twice or more) that the dictionary knows a body of this name of."""
    row = _family(d, m)
    if not row:
        return None
    named = {s for s, n in document_states(d).items() if n >= 2 and s in row}
    return next(iter(named)) if len(named) == 1 else None


Evidence = Callable[[DocumentView, int, Mention], str | None]
LEVELS: tuple[tuple[str, Evidence], ...] = (
    ("explicit", explicit_owner),
    ("person", _person),
    ("subject", _subject),
    ("known body", _known_body),
    ("paragraph", lambda d, t, m: paragraph_state(d, t)),
    ("document", lambda d, t, m: leading_state(d)),
)


def body_state(d: DocumentView, t: int, m: Mention, *, levels: int = len(LEVELS)) -> tuple[str | None, str | None]:
    """(state, the level that decided it) for a national body's mention m of text t, from the strongest
    evidence (the first ``levels`` levels only); (None, None) when every level is silent or tied."""
    for name, evidence in LEVELS[:levels]:
        state = evidence(d, t, m)
        if state:
            return state, name
    return None, None


def national_bodies(d: DocumentView) -> None:
    """Link every bare national body NER found (or a rule linked before) to the state ``body_state`` gives."""
    widened = d.memo.setdefault("widened bodies", set())
    assert isinstance(widened, set)
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            if (wider := _national_name(d, t, m)) is not None:
                m, changed = wider, True  # "Iraq's National Security Council": not the UN's Security Council
                widened.add((t, m.start))
            mine = (m.actor_id is None and m.origin == "ner") or (m.origin == "context" and is_inferred(m.actor_id))
            if not mine or m.label not in ("ORG", "FAC") or not is_national_body(m.text):
                out.append(m)
                continue
            # a name the dictionary gave an international body is decided only by its own phrase ("Iraq's
            # National Security Council"; the White House's is named with no owner, in stories about others)
            state, _level = body_state(d, t, m, levels=1 if (t, m.start) in widened else len(LEVELS))
            name = " ".join(m.text.split())
            own = _family(d, m).get(state) if state else None
            if own is not None:  # the dictionary's own entry for that state's body
                new = Mention(m.start, m.end, m.text, own, m.label, "dictionary")
            elif state:
                new = inferred(m, "context", state, "organisation", name)
            else:
                new = Mention(m.start, m.end, m.text, None, m.label, "ner")
            if new != m:
                m, changed = new, True
            out.append(m)
        if changed:
            d.mentions[t] = out


_NATIONAL = frozenset({"National", "State", "Supreme", "Federal"})


def _national_name(d: DocumentView, t: int, m: Mention) -> Mention | None:
    """An international body's name the dictionary matched inside a national one ("National Security
    Council"): the whole name, unlinked, for the scorer to decide."""
    if m.origin != "dictionary" or not is_national_body(m.text):
        return None
    actor = d.actor(m)
    if actor is None or actor.affiliation is not None or actor.kind != "organisation":
        return None
    words, starts = d.texts[t].words, d.texts[t].starts
    k = d.token_at(t, m.start) - 1
    if k < 0 or words[k] not in _NATIONAL or starts[k] + len(words[k]) + 1 != m.start:
        return None
    text = d.texts[t].text
    return Mention(starts[k], m.end, text[starts[k] : m.end], None, "ORG", "ner")
