"""Document-level rules over the merged mentions of a document (its title and every block, in order).

After the dictionary and NER have spoken (store/actors/ner.py ``merge``), this pass (``resolve``):

1. drops NER entities that are page furniture or a lone title word (store/actors/noise.py), and places
   that name a treaty or format ("the Istanbul Convention"); an unlinked one-word name that is the last word
   of an organisation named earlier is that organisation ("Commission" after "European Commission");
2. makes an acronym introduced in brackets after an unknown name ("Government of National Unity (GNU)")
   a name of the same entity for the whole document, and finds it wherever it recurs;
3. links a later surname to the full name seen earlier ("Herzog" -> "Isaac Herzog"), also where NER
   missed it, and "the Guards" to the "Iranian Revolutionary Guards" named before;
4. gives unknown entities the state their sentence names (``origin="context"``): a state, demonym or
   affiliated actor before the name across role words ("Israeli President X", "Iran's foreign ministry
   spokesman X", "the Russian-backed X", "Russia's Southern Military District"), in an apposition after it
   ("X, the secretary of Armenia's Security Council"; "X, an adviser to Rosatom's chief"; "Prime Minister X
   of Sweden"; "the President of Azerbaijan, X"), from the known person who speaks for a body ("Foreign
   Ministry spokeswoman Maria Zakharova"), or at the head of an organisation's name whose last
   word is a state body or an outlet ("Libyan National Army", "Libya Observer"); an unnamed ministry or
   commission, or a street or square ("Rustaveli Avenue"), of the one state a document is mostly about is
   that state's; one entity, one state;
5. resolves a generic international body qualified by a state to that state ("Armenia's Security
   Council" -> Armenia; an unqualified "Security Council" stays the UN's);
6. links places the dictionary lacks to their country with the gazetteer (store/actors/places.py).

The spaCy parser is not run: these rules read tokens and mentions only (tests/bench/bench_parser.py
measures what parsing would cost, and what it could still fix).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace

from store.actors.cues import (
    APPOSITION_WORDS,
    GOVERNMENT_BODIES,
    INSTRUMENTS,
    KIND_OF_LABEL,
    LED,
    NOT_TITLES,
    OUTLETS,
    ROLE_WORDS,
    STATE_BODIES,
    STREETS,
)
from store.actors.document_view import DocumentView, Tokens, document_states
from store.actors.inferred import inferred_id
from store.actors.matcher import COMMON_WORDS, ActorMatcher, fold
from store.actors.ner import TITLE_WORDS
from store.actors.noise import drop_noise
from store.actors.places import link_places, missed_places
from store.model import Mention

__all__ = ["Tokens", "resolve"]


_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7})\s*\)")


# ── 2/3. entities of the document: acronyms and surnames ───────────────────────────────────────────────


def _initials_match(short: str, long: str) -> bool:
    letters = [w[0] for w in re.findall(r"[A-Za-z][\w'-]*", long) if w[0].isupper()]
    return "".join(letters).casefold() == short.casefold() or "".join(letters).casefold().startswith(short.casefold())


def _entities(d: DocumentView) -> dict[tuple[int, int], str]:
    """(text, start) of each unlinked mention -> its entity's name (the full name seen first)."""
    entity: dict[tuple[int, int], str] = {}
    names: dict[str, str] = {}  # folded name -> entity
    persons: list[str] = []  # multi-word person entities, in order
    acronyms: dict[str, tuple[str, str]] = {}  # acronym -> (entity, label)
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        added: list[Mention] = []
        for m in d.mentions[t]:
            if m.actor_id is not None:
                continue
            key = fold(m.text)
            name = names.get(key)
            if name is None and " " not in m.text.strip():
                name = next((p for p in persons if fold(p.split()[-1]) == key), None)
            if name is None and m.text in acronyms:
                name = acronyms[m.text][0]
            if name is None:
                name = " ".join(m.text.split())
                if m.label == "PERSON" and " " in name:
                    persons.append(name)
            names.setdefault(key, name)
            entity[(t, m.start)] = name
            found = _ACRONYM.match(text, m.end + (1 if text[m.end : m.end + 1] == " " else 0))
            if found and found.start() <= m.end + 1:
                short = found.group(1)
                if sum(c.isupper() for c in short) >= 2 and _initials_match(short, m.text) and fold(short) not in names:
                    acronyms[short] = (name, m.label)
                    names[fold(short)] = name
                    s, e = found.span(1)
                    if not d.covered(t, s, e):
                        added.append(Mention(s, e, short, None, m.label, "ner"))
                        entity[(t, s)] = name
        d.mentions[t].extend(added)
    # where NER missed them: recurring acronyms, and surnames of people named in full
    short_forms = {a: v for a, v in acronyms.items()}
    for p in persons:
        last = p.split()[-1]
        if len(last) >= 4 and not d.matcher.knows(last) and fold(last) not in COMMON_WORDS:
            short_forms.setdefault(last, (p, "PERSON"))
    if short_forms:
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in short_forms) + r")(?![\w-])")
        for t, tokens in enumerate(d.texts):
            added = []
            for found in pattern.finditer(tokens.text):
                s, e = found.span(1)
                if not d.covered(t, s, e) and not (added and added[-1].end > s):  # matches come in order
                    name, label = short_forms[found.group(1)]
                    added.append(Mention(s, e, found.group(1), None, label, "ner"))
                    entity[(t, s)] = name
            d.mentions[t].extend(added)
    for t in range(len(d.texts)):
        d.mentions[t].sort(key=lambda m: (m.start, m.end))
    return entity


# ── 4. affiliation from context ──────────────────────────────────────────────────────────────────────


def _qualifier(d: DocumentView, t: int, m: Mention, owner: Callable[[Mention], str | None]) -> tuple[bool, str | None]:
    """(found, state) of a mention's sentence: a qualifier before it across role words, or an
    apposition after it. found with state None: qualified by an actor without a state (a UN envoy)."""
    tokens = d.texts[t]
    words, starts = tokens.words, tokens.starts
    i = d.token_at(t, m.start)
    k, steps = i - 1, 0
    if k >= 0 and words[k].casefold() in NOT_TITLES:
        k = -1  # "Belarus forces Ryanair jet to land": a subject and its verb, no title
    while k >= 0 and steps < 8:
        q = d.mention_at(t, starts[k])
        if q is not None and q is not m:
            actor = d.actor(q)
            if actor is None:
                break
            if actor.kind == "person" and not (k + 1 < len(words) and words[k + 1] in ("'s", "’s")):
                break
            before = d.token_at(t, q.start) - 1
            possessive = k + 1 < len(words) and words[k + 1] in ("'s", "’s")
            if before >= 0 and words[before].casefold() in ("to", "in", "for") and not possessive:
                break  # "US Ambassador to Russia X": where X serves, not whom ("in Russia's X" is Russia's)
            return True, actor.affiliation
        if words[k] == "by" and k >= 2 and words[k - 1].casefold() in LED and words[k - 2] == ",":
            q = d.mention_at(t, starts[k - 3]) if k >= 3 else None  # "the GNU, led by Prime Minister X"
            state = owner(q) if q is not None else None
            return (True, state) if state else (False, None)
        if words[k] == "," and k >= 3 and m.label == "PERSON":  # "the President of Azerbaijan, X"
            q = d.mention_at(t, starts[k - 1])
            actor = d.actor(q) if q is not None else None
            before = d.token_at(t, q.start) - 1 if q is not None else -1
            if actor is not None and actor.kind == "state" and before >= 1 and words[before] == "of":
                if words[before - 1].casefold() in ROLE_WORDS:
                    return True, actor.affiliation
            break
        if words[k].casefold() not in ROLE_WORDS and not (
            words[k].isalpha() and k + 1 < i and words[k + 1].casefold() in TITLE_WORDS
        ):
            break  # "Iran's roads minister X": any portfolio before a title
        k -= 1
        steps += 1
    j = bisect_left(starts, m.end)
    if m.label == "PERSON" and j + 1 < len(words) and words[j] == "of":  # "Prime Minister X of Sweden"
        q = d.mention_at(t, starts[j + 1])
        actor = d.actor(q) if q is not None else None
        if actor is not None and actor.kind == "state":
            return True, actor.affiliation
    if m.label in ("PERSON", "ORG") and j < len(words) and words[j] == ",":
        served = False  # after "to": "adviser to Rosatom's chief" is Rosatom's; "ambassador to Russia" is not Russia's
        for k in range(j + 1, min(len(words), j + 12)):
            if words[k] in {",", ".", ";", "(", ")", ":", "—", "–"}:
                break
            q = d.mention_at(t, starts[k])
            if q is not None:
                actor = d.actor(q)
                if actor is None or actor.kind == "place":
                    break
                after = d.token_at(t, q.end - 1) + 1
                possessive = after < len(words) and words[after] in ("'s", "’s")
                if served and actor.kind == "state" and not possessive:
                    break
                return True, actor.affiliation
            if words[k] == "to":
                served = True
            elif words[k].casefold() not in APPOSITION_WORDS:
                break
    if m.label == "ORG":  # "Foreign Ministry spokeswoman Maria Zakharova": the body of the person who speaks for it
        for k in range(j, min(len(words), j + 4)):
            q = d.mention_at(t, starts[k])
            if q is not None:
                actor = d.actor(q)
                if k > j and actor is not None and actor.kind == "person" and actor.affiliation:
                    return True, actor.affiliation
                break
            if words[k].casefold() not in ROLE_WORDS or words[k] in ("'s", "’s", "the", "-"):
                break
    return False, None


def _head_state(d: DocumentView, m: Mention) -> str | None:
    """'Libyan National Army': a state or demonym at the head of a body's or outlet's name."""
    words = m.text.split()
    if len(words) < 2 or fold(words[-1]) not in STATE_BODIES | OUTLETS:
        return None
    for match in d.matcher.match(words):
        actor = d.actors.get(match.actor_id)
        if match.start == 0 and actor is not None and actor.kind in ("state", "group") and actor.affiliation:
            return actor.affiliation
        break
    return None


def _main_state(d: DocumentView) -> str | None:
    """The state at least half of the document's affiliated dictionary mentions stand for, if any."""
    states = document_states(d)
    if not states:
        return None
    state, count = states.most_common(1)[0]
    return state if count * 2 >= sum(states.values()) else None


def _affiliate(d: DocumentView, entity: dict[tuple[int, int], str]) -> None:
    if not entity:
        return  # no unknown entity (always so in dictionary-only mode)
    decided: dict[str, str | None] = {}
    labels: dict[str, str] = {}

    def owner(q: Mention) -> str | None:
        actor = d.actor(q)
        if actor is not None:
            return actor.affiliation
        for t, ms in enumerate(d.mentions):
            if q in ms:
                return decided.get(entity.get((t, q.start), ""))
        return None

    def decide() -> None:
        for t in range(len(d.texts)):
            for m in d.mentions[t]:
                name = entity.get((t, m.start))
                if name is None or m.actor_id is not None:
                    continue
                labels.setdefault(name, m.label)
                if name in decided:
                    continue
                found, state = _qualifier(d, t, m, owner)
                if not found and m.label in ("ORG", "FAC", "GPE", "NORP"):
                    state = _head_state(d, m)
                    found = state is not None
                if found:
                    decided[name] = state

    decide()
    main = _main_state(d)
    for name, label in labels.items():
        if name not in decided and main and label == "ORG" and any(fold(w) in GOVERNMENT_BODIES for w in name.split()):
            decided[name] = main  # "the Interior Ministry", "the Central Election Commission" of the country
        elif (
            name not in decided
            and main
            and label in ("FAC", "LOC", "ORG")
            and any(fold(w) in STREETS for w in name.split())
        ):
            decided[name] = main  # "Rustaveli Avenue", "the Alley of Martyrs" in a text about Georgia, Azerbaijan
    decide()  # what the bodies just decided qualifies ("the GNU, led by X")
    for t in range(len(d.texts)):
        out = []
        for m in d.mentions[t]:
            of = entity.get((t, m.start))
            state = decided.get(of) if of is not None and m.actor_id is None else None
            if state and of is not None:
                kind = KIND_OF_LABEL.get(labels.get(of, m.label), "organisation")
                m = replace(m, actor_id=inferred_id("context", state, kind, of), origin="context")
            out.append(m)
        d.mentions[t] = out


# ── 5. qualified bodies ──────────────────────────────────────────────────────────────────────────────


def _qualified_bodies(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        words, starts = tokens.words, tokens.starts
        out = []
        for m in d.mentions[t]:
            if " " not in m.text:
                out.append(m)
                continue
            actor = d.actor(m)
            surface = m.text.split()
            if (
                actor is not None
                and actor.kind == "organisation"
                and actor.affiliation is None
                and len(surface) >= 2
                and not any(w.isupper() for w in surface)
            ):
                i = d.token_at(t, m.start)
                k = i - 1
                possessive = k >= 1 and words[k] in ("'s", "’s")
                if possessive:
                    k -= 1
                q = d.mention_at(t, starts[k]) if 0 <= k < i else None
                owner = d.actor(q) if q is not None else None
                if (
                    q is not None
                    and owner is not None
                    and owner.affiliation
                    and (owner.kind == "state" and possessive or owner.kind == "group")
                    and tokens.text[q.start - 1 : q.start] != "-"
                    and fold(surface[-1]) in STATE_BODIES | NATIONAL_SOCIETIES
                ):
                    if owner.kind == "group" and not possessive and out and out[-1] is q:
                        # "the Libyan Red Crescent", "the Russian Security Council": one name, the nation's own
                        out.pop()
                        m = replace(m, start=q.start, text=tokens.text[q.start : m.end])
                    name = " ".join(m.text.split())
                    m = replace(
                        m, actor_id=inferred_id("context", owner.affiliation, "organisation", name), origin="context"
                    )
            out.append(m)
        d.mentions[t] = out


NATIONAL_SOCIETIES = frozenset({"crescent", "cross"})  # a nation's own Red Crescent or Red Cross society
_SHORT_FORM = re.compile(r"\b(?:the|The) ([A-Z][a-z]{3,})\b(?! [A-Z])")


def _short_forms(d: DocumentView) -> None:
    """'the Guards' after 'the Iranian Revolutionary Guards': the last word of an organisation's name (or
    its head before 'of'/'for'), with the article, names the same organisation later in the document."""
    heads: dict[str, tuple[int, int, Mention]] = {}  # word -> (text, end, the mention it came from)
    for t in range(len(d.texts)):
        for m in d.mentions[t]:
            if " " not in m.text:
                continue
            actor = d.actor(m)
            words = m.text.split()
            if actor is None or actor.kind not in ("organisation", "group") or len(words) < 2:
                continue
            for word in [words[-1]] + [w for w, nxt in zip(words, words[1:], strict=False) if nxt in ("of", "for")]:
                if word[:1].isupper() and fold(word) not in GOVERNMENT_BODIES:  # "the Ministry": which one?
                    heads.setdefault(word, (t, m.end, m))
    if not heads:
        return
    for t, tokens in enumerate(d.texts):
        added = []
        dropped: set[int] = set()  # ids of mentions replaced; the list is rebuilt once a text (linear)
        for found in _SHORT_FORM.finditer(tokens.text):
            s, e = found.span(1)
            first = heads.get(found.group(1))
            if first is None or (first[0], first[1]) > (t, s):
                continue  # only after the full name
            here = d.overlapping(t, s, e)
            if all(m.actor_id is None and (m.start, m.end) == (s, e) for m in here):  # nothing, or NER's own
                dropped.update(id(m) for m in here)
                m = first[2]
                added.append(Mention(s, e, found.group(1), m.actor_id, m.label, m.origin))
        if added:
            kept = [m for m in d.mentions[t] if id(m) not in dropped]
            d.mentions[t] = sorted([*kept, *added], key=lambda m: (m.start, m.end))


_INSTRUMENT = re.compile(rf" (?:{INSTRUMENTS})\b")


def _instruments(d: DocumentView) -> None:
    """'the Istanbul Convention', 'the Astana Format': a place that names a treaty or a format is no actor."""
    for t, tokens in enumerate(d.texts):
        d.mentions[t] = [
            m
            for m in d.mentions[t]
            if not (
                (actor := d.actor(m)) is not None
                and actor.kind in ("place", "state")
                and _INSTRUMENT.match(tokens.text, m.end)
                and not d.covered(t, m.end + 1, m.end + 2)
            )
        ]


def _bare_heads(d: DocumentView) -> None:
    """'Commission spokesman Eric Mamer' after 'European Commission': an unlinked one-word name that is the
    last word of exactly one organisation the dictionary found earlier in the document names it."""
    heads: dict[str, set[str]] = {}
    for t in range(len(d.texts)):
        out = []
        for m in d.mentions[t]:
            actor = d.actor(m)
            if actor is not None and actor.kind == "organisation" and m.origin == "dictionary" and " " in m.text:
                heads.setdefault(m.text.split()[-1], set()).add(actor.id)
            elif m.actor_id is None and m.origin == "ner" and len(heads.get(m.text, ())) == 1:
                actor = d.actors[next(iter(heads[m.text]))]
                m = replace(m, actor_id=actor.id, origin="dictionary")
            out.append(m)
        d.mentions[t] = out


def resolve(
    texts: Sequence[Tokens], mentions: Sequence[tuple[Mention, ...]], matcher: ActorMatcher, *, places: bool = True
) -> list[tuple[Mention, ...]]:
    """The document's mentions after the rules above (same order of texts); ``places=False`` (dictionary-only
    mode) skips the gazetteer."""
    d = DocumentView(texts, mentions, matcher)
    drop_noise(d)
    _instruments(d)
    _qualified_bodies(d)
    _bare_heads(d)
    entity = _entities(d)
    _affiliate(d, entity)
    _short_forms(d)
    if places:
        link_places(d)
        missed_places(d)
    return [tuple(ms) for ms in d.mentions]
