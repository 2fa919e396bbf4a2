"""Affiliation from context (rule 4 of store/actors/context.py): an unknown entity gets the state its
sentence names (``origin="context"``): a state, demonym or affiliated actor before the name across role words
("Israeli President X", "Iran's foreign ministry spokesman X", "the Russian-backed X"), a role before a comma
("the head of Azerbaijan's State Border Service, X"), an apposition after it ("X, the secretary of Armenia's
Security Council"), the known person who speaks for a body, or a state at the head of a body's name
("Libyan National Army"); an unnamed ministry or a street of the one state a document is mostly about is
that state's. One entity, one state."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from store.actors.body_owner import is_national_body
from store.actors.cues import (
    APPOSITION_WORDS,
    GOVERNMENT_BODIES,
    KIND_OF_LABEL,
    LED,
    NOT_TITLES,
    OUTLETS,
    ROLE_WORDS,
    STATE_BODIES,
    STREETS,
)
from store.actors.document_view import DocumentView, document_states, sentence_bounds
from store.actors.inferred import inferred
from store.actors.matcher import fold
from store.actors.ner import TITLE_WORDS
from store.actors.sites import LANDMARKS
from store.model import Mention


def _qualifier(d: DocumentView, t: int, m: Mention, owner: Callable[[Mention], str | None]) -> tuple[bool, str | None]:
    """(found, state) of a mention's sentence: a qualifier before it across role words, or an
    apposition after it. found with state None: qualified by an actor without a state (a UN envoy)."""
    tokens = d.texts[t]
    words, starts = tokens.words, tokens.starts
    i = d.token_at(t, m.start)
    k, steps, free = i - 1, 0, 0
    if k >= 0 and words[k].casefold() in NOT_TITLES:
        k = -1  # "Belarus forces Ryanair jet to land": a subject and its verb, no title
    # "Russian human rights commissioner X": a role of several words, the last one a role word
    titled = (
        k >= 0
        and (words[k].casefold() in ROLE_WORDS or words[k].casefold() in TITLE_WORDS)
        and words[k].isalpha()
        and words[k].casefold() not in ("the", "ex", "former", "new", "acting", "top", "senior")
    )
    if m.label in ("ORG", "GPE", "LOC") and (
        state := _head_of(d, t, i)
    ):  # "X, the head of the Investigative Committee"
        return True, state
    if (
        m.label == "ORG"
        and i >= 1
        and words[i - 1].casefold() in _OWNED_BODIES
        and (state := _owned_role(d, t, i)) is not None
    ):
        return True, state  # "Turkey ... through its aid agency TIKA" (not "its director X": whose "its"?)
    while k >= 0 and steps < 8:
        q = d.mention_at(t, starts[k])
        if q is not None and q is not m:
            actor = d.actor(q)
            if actor is None:  # "Ukraine's National Police chief X": a body whose state is already decided
                state = owner(q)
                return (True, state) if state else (False, None)
            if actor.kind == "person" and not (k + 1 < len(words) and words[k + 1] in ("'s", "’s")):
                break
            before = d.token_at(t, q.start) - 1
            possessive = k + 1 < len(words) and words[k + 1] in ("'s", "’s")
            if before >= 0 and words[before].casefold() in ("to", "in", "for") and not possessive:
                break  # "US Ambassador to Russia X": where X serves, not whom ("in Russia's X" is Russia's)
            return True, actor.affiliation
        if words[k] == "by" and k >= 2 and words[k - 1].casefold() in LED and words[k - 2] == ",":
            at = k - 4 if k >= 5 and words[k - 3] == ")" and words[k - 5] == "(" else k - 3  # "X (UNSMIL), led by"
            q = d.mention_at(t, starts[at]) if at >= 0 else None  # "the GNU, led by Prime Minister X"
            if q is not None and (actor := d.actor(q)) is not None and actor.kind == "place" and at >= 1:
                if words[d.token_at(t, q.start) - 1].casefold() in ("in", "at", "near"):
                    state = _sentence_actor(d, t, d.token_at(t, q.start) - 1)  # "an office in Sudzha, headed by"
                    return (True, state) if state else (False, None)
            if q is not None and (actor := d.actor(q)) is not None and actor.affiliation is None:
                return True, None  # "the UN mission, led by acting envoy X": the body's official, no state's
            state = owner(q) if q is not None else None
            return (True, state) if state else (False, None)
        if words[k] == "," and k >= 2 and m.label in ("PERSON", "ORG"):  # "the President of Azerbaijan, X"
            state = _role_before(d, t, k, owner)
            if state or m.label == "PERSON":
                return (
                    (True, state) if state else (False, None)
                )  # "In Moscow, Foreign Ministry spokeswoman Maria Zakharova": the rules below decide
        if titled and words[k].islower() and (state := body_heads(d).get(fold(words[k]))):
            return True, state  # "the fleet commander X" after "Russia's Black Sea Fleet"
        if words[k] in ("'s", "’s") and k >= 2 and words[k - 2].casefold() == "the":
            if words[k - 1].casefold() in _REGION_WORDS and titled:
                region = _named_region(d, t, starts[k])  # "the region's economy minister X": the region named
                return (True, region[1]) if region else (False, None)
            if words[k - 1].casefold() == "country" and m.label == "ORG":
                state = _subject_state(d, t, k - 2)  # "Kazakhstan has chosen ..., the country's Agency for X"
                return (True, state) if state else (False, None)
        if words[k].casefold() not in ROLE_WORDS and not (
            words[k].isalpha() and k + 1 < i and words[k + 1].casefold() in TITLE_WORDS
        ):
            if not (titled and free < 2 and words[k].isalpha() and words[k].islower() and _modifies(words[k + 1])):
                break  # "Iran's roads minister X": any portfolio before a title
            free += 1
        k -= 1
        steps += 1
    j = bisect_left(starts, m.end)
    if m.label == "PERSON" and j + 1 < len(words) and words[j] == "of":  # "Prime Minister X of Sweden"
        at = j + 2 if words[j + 1].casefold() == "the" and j + 2 < len(words) else j + 1
        q = d.mention_at(t, starts[at])
        actor = d.actor(q) if q is not None else None
        if actor is not None and actor.kind == "state":
            return True, actor.affiliation
        if q is not None and at == j + 2 and q.label == "ORG":  # "X of the Communist Party of Belarus"
            state = actor.affiliation if actor is not None else owner(q)
            if state:
                return True, state
    if m.label == "PERSON":
        j = _shared_apposition(d, t, j)  # "X and editor Y, both Russian citizens": what Y's apposition says
    if m.label in ("PERSON", "ORG") and j < len(words) and words[j] == ",":
        served = False  # after "to": "adviser to Rosatom's chief" is Rosatom's; "ambassador to Russia" is not Russia's
        reporter = any(w.casefold() in _REPORTERS for w in words[j + 1 : j + 4])
        for k in range(j + 1, min(len(words), j + 12)):
            if words[k] in {",", ".", ";", "(", ")", ":", "—", "–"}:
                break
            q = d.mention_at(t, starts[k])
            if q is not None:
                actor = d.actor(q)
                if actor is None or actor.kind == "place":
                    break
                if reporter and d.texts[t].text[q.end : q.end + 1] == "-":
                    continue  # "a journalist of the US-funded Radio Liberty": the outlet decides
                after = d.token_at(t, q.end - 1) + 1
                possessive = after < len(words) and words[after] in ("'s", "’s")
                if served and actor.kind == "state" and not possessive:
                    break
                if actor.sector == "media" and reporter:
                    break  # "X, a journalist of Radio Liberty": a reporter is not the outlet's state's
                return True, actor.affiliation
            if (
                k >= 2
                and words[k].isalpha()
                and words[k].islower()
                and words[k - 1] == "the"
                and words[k - 2] == "of"
                and (state := _earlier_body(d, t, m.start, words[k], owner))
            ):
                return True, state  # "X, the head of the agency": the agency the document named before
            if words[k] in ("to", "for"):
                served = True  # "spokesman for the Taliban's foreign ministry" is the Taliban's; "envoy for Syria" not
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


def _earlier_body(
    d: DocumentView, t: int, before: int, word: str, owner: Callable[[Mention], str | None]
) -> str | None:
    """The state of the last organisation named before (text t, offset ``before``) whose head word is
    ``word`` ("agency" of "the country's Agency for Atomic Energy"), if one is and it has a state."""
    key = fold(word)
    seen = 0
    for u in range(t, -1, -1):
        for q in reversed(d.mentions[u]):
            if u == t and q.start >= before:
                continue
            seen += 1
            if seen > LOOKBACK:
                return None
            names = q.text.split()
            heads = [names[-1], *(w for w, nxt in zip(names, names[1:], strict=False) if nxt in ("of", "for"))]
            if len(names) >= 2 and q.label == "ORG" and any(fold(h) == key for h in heads):
                return owner(q)
    return None


def _sentence_actor(d: DocumentView, t: int, k: int) -> str | None:
    """The state of the nearest state or body named before token k in its sentence ("Ukraine has set up an
    office in Sudzha, headed by X": Ukraine's, not Sudzha's)."""
    words, starts = d.texts[t].words, d.texts[t].starts
    stop = max(-1, k - SENTENCE_TOKENS)  # linear in a paragraph with no sentence ends
    while k > stop and words[k] not in (".", "!", "?"):
        q = d.mention_at(t, starts[k])
        if q is not None:
            actor = d.actor(q)
            if actor is not None and actor.kind in ("state", "organisation") and actor.affiliation:
                return actor.affiliation
            k = d.token_at(t, q.start)
        k -= 1
    return None


_REGION_WORDS = ("region", "republic", "province", "oblast")
SENTENCE_TOKENS = 80  # how far back a rule looks for its sentence's start
LOOKBACK = 400  # how many mentions back a rule looks for a body or region named before


def _subject_state(d: DocumentView, t: int, k: int) -> str | None:
    """The state that opens the sentence token k is in ("Kazakhstan has chosen ... the country's agency"),
    else the one state the document is mostly about."""
    words, starts = d.texts[t].words, d.texts[t].starts
    first = k
    while first > max(0, k - SENTENCE_TOKENS) and words[first - 1] not in (".", "!", "?"):
        first -= 1
    for j in range(first, min(k, first + 3)):
        q = d.mention_at(t, starts[j])
        if q is not None:
            actor = d.actor(q)
            return actor.affiliation if actor is not None and actor.kind == "state" else _main_state(d)
    return _main_state(d)


def _named_region(d: DocumentView, t: int, before: int) -> tuple[str, str | None] | None:
    """(name, state) of the last place the document calls a region up to text t, offset ``before``: "the
    breakaway region of Abkhazia", "the Kursk region"."""
    regions = d.memo.get("regions")
    if not isinstance(regions, list):
        regions = d.memo["regions"] = _regions(d)
    last: tuple[str, str | None] | None = None
    for u, start, name, state in regions:  # few: the places the document calls regions
        if (u, start) >= (t, before):
            break
        last = (name, state)
    return last


def _regions(d: DocumentView) -> list[tuple[int, int, str, str | None]]:
    """(text, start, name, state) of the places the document calls a region, in order."""
    out: list[tuple[int, int, str, str | None]] = []
    for u in range(len(d.texts)):
        words, starts = d.texts[u].words, d.texts[u].starts
        for q in sorted(d.mentions[u], key=lambda q: q.start):
            actor = d.actor(q)
            if actor is None or actor.kind != "place":
                continue
            i = d.token_at(u, q.start)
            j = bisect_left(starts, q.end)
            called = (i >= 2 and words[i - 1] == "of" and words[i - 2].casefold() in _REGION_WORDS) or (
                j < len(words) and words[j].casefold() in _REGION_WORDS
            )
            if called:
                out.append((u, q.start, q.text, actor.affiliation))
    return out


def _shared_apposition(d: DocumentView, t: int, j: int) -> int:
    """Where the apposition of a name starts: right after it (j), or, for the first of two people joined by
    "and" whose apposition says "both" ("X and editor-in-chief Y, both Russian citizens"), after the second."""
    words, starts = d.texts[t].words, d.texts[t].starts
    if j >= len(words) or words[j] != "and":
        return j
    for k in range(j + 1, min(len(words), j + 8)):
        q = d.mention_at(t, starts[k])
        if q is not None:
            if q.label != "PERSON":
                return j
            after = bisect_left(starts, q.end)
            both = after + 1 < len(words) and words[after] == "," and words[after + 1].casefold() in ("both", "all")
            return after if both else j
        if not (words[k] == "-" or (words[k].isalpha() and words[k].islower())):
            return j
    return j


def body_heads(d: DocumentView) -> dict[str, str]:
    """Lowercase head word -> state of the organisations the document names with a state: "fleet" after
    "Russia's Black Sea Fleet", "bank" after "the Central Bank of Libya" (heads several states share, or
    that are role words themselves, left out)."""
    heads = d.memo.get("heads")
    if isinstance(heads, dict):
        return heads
    found: dict[str, set[str]] = {}
    for ms in d.mentions:
        for m in ms:
            actor = d.actor(m)
            words = m.text.split()
            if actor is None or actor.kind != "organisation" or not actor.affiliation or len(words) < 2:
                continue
            for word in [words[-1], *(w for w, nxt in zip(words, words[1:], strict=False) if nxt == "of")]:
                key = fold(word)
                if word[:1].isupper() and key.isalpha() and key not in ROLE_WORDS and key not in TITLE_WORDS:
                    found.setdefault(key, set()).add(actor.affiliation)
    out = {key: next(iter(states)) for key, states in found.items() if len(states) == 1}
    d.memo["heads"] = out
    return out


def _modifies(right: str) -> bool:
    """Whether a lowercase word can be a portfolio word of the word to its right: a role word, or a word of
    the same portfolio ("human rights commissioner"); not a verb before "the" ("met the ambassador")."""
    if right == "-":
        return True  # "the bank's long-serving governor X"
    return right.isalpha() and right.islower() and right.casefold() not in ("the", "a", "an", "of", "to", "for")


_HEADS = frozenset("head chief director chairman chairwoman leader founder commander boss president governor".split())


def _head_of(d: DocumentView, t: int, i: int) -> str | None:
    """The state of the known person who heads a body: "Alexander Bastrykin, the head of the Investigative
    Committee" (token i opens the body's name)."""
    words, starts = d.texts[t].words, d.texts[t].starts
    k = i - 1
    if k >= 0 and words[k].casefold() == "the":
        k -= 1
    if k < 2 or words[k] != "of" or words[k - 1].casefold() not in _HEADS:
        return None
    k -= 2
    if k >= 0 and words[k].casefold() in ("the", "a", "an"):
        k -= 1
    if k < 1 or words[k] != ",":
        return None
    q = d.mention_at(t, starts[k - 1])
    actor = d.actor(q) if q is not None else None
    return actor.affiliation if actor is not None and actor.kind == "person" else None


def _role_before(d: DocumentView, t: int, comma: int, owner: Callable[[Mention], str | None]) -> str | None:
    """The state of a role named before a comma and a name: "the President of Azerbaijan, X", "the head of
    Azerbaijan's State Border Service, X", "Russia's ambassador to Armenia, X" (whom the envoy serves is
    the state before "to"). The stretch before the comma must hold a role word, and only role words, "of",
    "to", "the", possessives and mentions."""
    words, starts = d.texts[t].words, d.texts[t].starts
    if (state := _owned_role(d, t, comma)) is not None:
        return state  # "Pakistan ... and its petroleum minister, X"
    k, role, free = comma - 1, False, 0
    found: list[tuple[str | None, bool]] = []  # (state, served) of each mention, right to left
    while k >= 0 and comma - k <= 10:
        q = d.mention_at(t, starts[k])
        if q is not None:
            first = d.token_at(t, q.start)
            served = (
                first >= 1
                and words[first - 1].casefold() in ("to", "for")
                or (
                    first >= 2 and words[first - 1].casefold() == "the" and words[first - 2].casefold() in ("to", "for")
                )
            )
            found.append((owner(q), served))
            k = first - 1
            continue
        word = words[k].casefold()
        if role and words[k].islower() and (state := body_heads(d).get(fold(words[k]))):
            found.append((state, False))  # "the fleet commander, Admiral X": the fleet named before
            k -= 1
            continue
        if word in ROLE_WORDS or word in TITLE_WORDS:
            role = True
        elif role and free < 2 and words[k].isalpha() and words[k].islower() and _modifies(words[k + 1]):
            free += 1  # "Ukraine's postal service, X": a portfolio word before the role
        elif word not in ("of", "to", "for", "the", "'s", "’s"):
            break
        k -= 1
    if not role:
        return None
    states = [state for state, served in found if not served]
    return states[-1] if states and states[-1] else None


_REPORTERS = frozenset("journalist journalists reporter reporters correspondent correspondents columnist".split())
_OWNED_BODIES = frozenset("agency company service ministry committee operator broadcaster regulator fund".split())
_OWNED_ROLE_WORDS = frozenset({"of", "and", "-", "for"})


def _owned_role(d: DocumentView, t: int, comma: int) -> str | None:
    """ "The Taliban government says ..., and its acting minister of mines and petroleum, X", "Turkey ...
    through its aid agency TIKA": a role after "its"/"their" (lowercase words, one a role word) ending at
    token ``comma`` (a comma, or the name itself) is of the first state or body its sentence names before
    "its"."""
    words, starts = d.texts[t].words, d.texts[t].starts
    k, role = comma - 1, False
    while k >= 0 and comma - k <= 10:
        word = words[k]
        if word.casefold() in ("its", "their"):
            break
        if not (word.islower() and (word.isalpha() or word in _OWNED_ROLE_WORDS)):
            return None
        role = role or word in ROLE_WORDS or word in TITLE_WORDS
        k -= 1
    else:
        return None
    if k < 0 or not role:
        return None
    s, _ = sentence_bounds(d.texts[t].text, starts[k], starts[k] + 1)
    found: list[str] = []
    for q in d.overlapping(t, s, starts[k]):
        actor = d.actor(q)
        if actor is not None and actor.affiliation and actor.kind != "person" and q.end <= starts[k]:
            found.append(actor.affiliation)
    return found[0] if found else None


# Last words of a company's name: a demonym at its head makes it that state's ("Turkish Airlines")
COMPANIES = frozenset(
    "corporation company railways railway airlines airways bank holding petroleum power energy grid telecom".split()
)


def _own_possessive(d: DocumentView, m: Mention) -> str | None:
    """A body's name NER took with its state's possessive ("Azerbaijan's Foreign Ministry"): that state,
    whatever else its sentence names."""
    words = m.text.split()
    if len(words) < 2 or not words[0].endswith(("'s", "’s")) or fold(words[-1]) not in STATE_BODIES:
        return None
    found = d.matcher.match([words[0][:-2]])
    actor = d.actors.get(found[0].actor_id) if len(found) == 1 and found[0].end == 1 else None
    return actor.affiliation if actor is not None and actor.kind == "state" else None


def _head_state(d: DocumentView, m: Mention) -> str | None:
    """'Libyan National Army': a state or demonym at the head of a body's, outlet's or company's name; a
    state's own name at the head of any name ("Kazakhstan Temir Zholy", "China National Petroleum
    Corporation"), or at its end after "of" ("Communist Party of Belarus")."""
    words = m.text.split()
    if len(words) < 2 or fold(words[-1]) in STREETS | LANDMARKS:
        return None  # "Palestine Square" in Tehran: a place named after a state is not in it
    matches = d.matcher.match(words)
    for match in matches:
        actor = d.actors.get(match.actor_id)
        if match.start == 0 and actor is not None and actor.affiliation:
            if actor.kind == "state" or (
                actor.kind == "group" and fold(words[-1]) in STATE_BODIES | OUTLETS | COMPANIES
            ):
                return actor.affiliation
        break
    if not matches or matches[0].start != 0:
        shared = SHARED_NAMES.get(fold(words[0]))
        if shared is not None and fold(words[-1]) in STATE_BODIES | COMPANIES | _POWER:
            return _named_more(d, shared)  # "Korean People's Army" in a story about North Korea's troops
    if len(words) >= 3 and words[-2] == "of" and matches:
        last = matches[-1]
        actor = d.actors.get(last.actor_id)
        if last.start == len(words) - 1 and actor is not None and actor.kind == "state" and actor.affiliation:
            return actor.affiliation
    return None


# a state's short name two states share, which the dictionary leaves out: (states, the one its companies mean
# when the document names neither: South Korea's call themselves "Korea ...", North Korea's "Korean People's")
SHARED_NAMES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "korea": (("KOR", "PRK"), "KOR"),
    "korean": (("KOR", "PRK"), None),
    "congo": (("COD", "COG"), None),
    "congolese": (("COD", "COG"), None),
}
_POWER = frozenset({"power", "nuclear"})


def _named_more(d: DocumentView, shared: tuple[tuple[str, ...], str | None]) -> str | None:
    """Of the states that share a name, the one the document names more (else the default, if any)."""
    states, default = shared
    counts = document_states(d)
    ranked = sorted(states, key=lambda s: -counts.get(s, 0))
    if counts.get(ranked[0], 0) == 0:
        return default
    return ranked[0] if counts.get(ranked[0], 0) > counts.get(ranked[1], 0) else None


_NUMBERED_UNIT = re.compile(
    r"\d{1,4}(?:st|nd|rd|th)\s.*\b(?:Brigade|Division|Regiment|Battalion|Corps|Army|Squadron|Detachment)$"
)


def _before_in_sentence(d: DocumentView, t: int, m: Mention) -> str | None:
    """The one state the linked mentions before ``m`` in its sentence stand for (none if they differ)."""
    words, starts = d.texts[t].words, d.texts[t].starts
    k = d.token_at(t, m.start) - 1
    states: set[str] = set()
    stop = max(-1, k - SENTENCE_TOKENS)  # linear in a paragraph with no sentence ends
    while k > stop and words[k] not in (".", "!", "?"):
        q = d.mention_at(t, starts[k])
        if q is not None:
            actor = d.actor(q)
            if actor is not None and actor.affiliation:
                states.add(actor.affiliation)
            k = d.token_at(t, q.start)
        k -= 1
    return states.pop() if len(states) == 1 else None


_CLUB_BEFORE = re.compile(
    r"\b(?:football|soccer|basketball) (?:clubs?|teams?)\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:,\s+|\s+and\s+))*$"
)
_CLUB_AFTER = re.compile(r"\s+(?:football|soccer|basketball) (?:club|team)\b|\s+(?:FC|SK)\b")


def _club(d: DocumentView, t: int, m: Mention) -> bool:
    """Whether the text calls ``m`` a sports club ("the football clubs X and Y", "X football club")."""
    text = d.texts[t].text
    return bool(_CLUB_BEFORE.search(text, max(0, m.start - 80), m.start) or _CLUB_AFTER.match(text, m.end))


def _opening_state(d: DocumentView) -> str | None:
    """The state a document opens with ("Kazakhstan picks Rosatom ...": its title's or first paragraph's
    subject), if its first mention stands at the very start and is a state."""
    opening = next((ms for ms, tokens in zip(d.mentions, d.texts, strict=False) if tokens.text.strip()), None)
    if not opening:
        return None  # no text, or the first one names no one
    first = min(opening, key=lambda m: m.start)
    actor = d.actor(first)
    return actor.affiliation if first.start == 0 and actor is not None and actor.kind == "state" else None


def _main_state(d: DocumentView) -> str | None:
    """The state at least half of the document's affiliated dictionary mentions stand for, if any."""
    states = document_states(d)
    if not states:
        return None
    state, count = states.most_common(1)[0]
    return state if count * 2 >= sum(states.values()) else None


def affiliate(d: DocumentView, entity: dict[tuple[int, int], str]) -> set[str]:
    """Link what the rules above decide; returns the entities they spoke for (also those given no state:
    "UN envoy X")."""
    if not entity:
        return set()  # no unknown entity (always so in dictionary-only mode)
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
                if name is None:
                    continue
                if is_national_body(m.text):  # a bare "Foreign Ministry" is decided mention by mention
                    actor = d.actor(m)  # (body_owner.py); its acronym ("NIS") follows its first decision
                    if actor is not None and actor.affiliation and m.origin == "context":
                        decided.setdefault(name, actor.affiliation)
                    continue
                if m.actor_id is not None:
                    continue
                labels.setdefault(name, m.label)
                if name in decided:
                    continue
                state = _own_possessive(d, m) if m.label == "ORG" else None
                found, state = (True, state) if state else _qualifier(d, t, m, owner)
                if not found and (
                    m.label in ("ORG", "FAC", "GPE", "NORP")
                    or m.text.count(" ") >= 2
                    or fold(m.text.split()[-1]) in STATE_BODIES | COMPANIES  # "Lithuanian Railways", NER's PERSON
                ):
                    state = _head_state(d, m)
                    found = state is not None
                    if found and m.label == "PERSON":
                        labels[name] = "ORG"  # "Kazakhstan Temir Zholy": a state's name heads no person's name
                if not found and _NUMBERED_UNIT.match(m.text):
                    state = _before_in_sentence(d, t, m)  # "Kyiv had gambled its best brigades, including the 80th X"
                    found = state is not None
                if not found and _club(d, t, m):
                    state = _main_state(d)  # "fans of football clubs X and Y" in a text about Turkey: Turkey's
                    found = state is not None
                if found:
                    decided[name] = state

    decide()
    main = _main_state(d)
    subject = main or _opening_state(d)
    for name, label in labels.items():
        if (
            name not in decided
            and subject
            and label == "ORG"
            and any(fold(w) in GOVERNMENT_BODIES for w in name.split())
        ):
            decided[name] = subject  # "the Interior Ministry", "the Central Election Commission" of the country
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
            state = decided.get(of) if of is not None and m.actor_id is None and not is_national_body(m.text) else None
            if state and of is not None:
                kind = KIND_OF_LABEL.get(labels.get(of, m.label), "organisation")
                m = inferred(m, "context", state, kind, of)
            out.append(m)
        d.mentions[t] = out
    return set(decided)
