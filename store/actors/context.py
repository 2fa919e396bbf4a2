"""Document-level rules over the merged mentions of a document (its title and every block, in order).

After the dictionary and NER have spoken (store/actors/ner.py ``merge``), this pass:

1. drops NER entities that are page furniture (text-size widgets "SM MD LG", URLs, handles,
   pic.twitter.com links, time zones, photo credits and bylines) or only a title ("Interior");
2. makes an acronym introduced in brackets after an unknown name ("Government of National Unity (GNU)")
   a name of the same entity for the whole document, and finds it wherever it recurs;
3. links a later surname to the full name seen earlier ("Herzog" -> "Isaac Herzog"), also where NER
   missed it, and "the Guards" to the "Iranian Revolutionary Guards" named before;
4. gives unknown entities the state their sentence names (``origin="context"``): a state, demonym or
   affiliated actor before the name across role words ("Israeli President X", "Iran's foreign ministry
   spokesman X", "the Russian-backed X", "Russia's Southern Military District"), in an apposition after it
   ("X, the secretary of Armenia's Security Council"; "Prime Minister X of Sweden"; "the President of
   Azerbaijan, X"), or at the head of an organisation's name whose last
   word is a state body or an outlet ("Libyan National Army", "Libya Observer"); one entity, one state;
5. resolves a generic international body qualified by a state to that state ("Armenia's Security
   Council" -> Armenia; an unqualified "Security Council" stays the UN's);
6. links places the dictionary lacks to their country with the gazetteer (``origin="gazetteer"``):
   an ambiguous name only when the document names exactly one of its candidate states; "Georgia" in a
   sentence about US politics is the US state.

The spaCy parser is not run (it halves throughput): these rules read tokens and mentions only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from store.actors.inferred import inferred_id
from store.actors.matcher import COMMON_WORDS, ActorMatcher, fold
from store.model import Actor, Mention


@dataclass(frozen=True, slots=True)
class Tokens:
    """One analysed text (the title or a block) and its tokens."""

    text: str
    words: list[str]
    starts: list[int]


# Words that may stand between a qualifier and the name it qualifies: titles, roles, bodies.
ROLE_WORDS = frozenset(
    """president prime minister foreign defence defense interior justice finance economy energy spokesman
    spokeswoman spokesperson ministry secretary general chief envoy ambassador commander ground forces leader
    opposition presidential aide adviser advisor head deputy vice chairman chairwoman speaker senator governor
    mayor officer official counterpart security intelligence service services army military national state
    parliament parliamentary ruling former ex top senior acting policy affairs director negotiator
    representative lawmaker mp general staff the 's ’s - backed led allied sponsored supported funded
    commissioner minister's president's regional district border guard guards navy air force police
    prosecutor judge deputies member members ally allies loyalist veteran colonel major lieutenant
    captain marshal admiral sergeant new""".split()
)
LED = frozenset({"led", "headed", "commanded", "chaired", "run"})
APPOSITION_WORDS = ROLE_WORDS | {"of", "for", "a", "an", "to", "on", "its", "his", "her"}
# Last words of an organisation's name that make it a state's own body (or an outlet of that country).
STATE_BODIES = frozenset(
    """army forces force guard guards council ministry committee commission service services district command
    party front assembly parliament republic government navy police agency court office bureau directorate
    administration cabinet senate duma rada majlis knesset""".split()
)
GOVERNMENT_BODIES = frozenset(
    """ministry committee commission council government cabinet parliament assembly court office directorate
    service""".split()
)
OUTLETS = frozenset("observer times post news today herald tribune gazette telegraph radio tv television".split())
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
KIND_OF_LABEL = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "place", "LOC": "place", "FAC": "place"}

_WIDGET = re.compile(r"^(?:(?:XS|SM|MD|LG|XL|XXL|A|A\+|A-)\s*)+$")
_URLISH = re.compile(r"(?:://|www\.|\.com\b|\.org\b|\.net\b|pic\.twitter|t\.co/|^[@#]\w)", re.I)
TIME_ZONES = frozenset(
    "IST GMT UTC BST CET CEST EET EEST MSK EST EDT CST CDT PST PDT AST TRT IRST GST AZT AMT GET ALMT".split()
)
_CREDIT_BEFORE = re.compile(r"(?:\b(?:photo|photos|image|picture|credit|credits|courtesy)\b|©)[^.!?]{0,12}$", re.I)
_BYLINE_BEFORE = re.compile(r"^\s*by\s+$", re.I)
_US_CUES = re.compile(
    r"\b(?:Atlanta|Republicans?|Democrats?|GOP|Senate|Congress|governor|county|counties|electoral|"
    r"United States|U\.S\.|US|American|Trump|Biden|Harris|Savannah|Peach State)\b"
)
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7})\s*\)")


def is_noise(text: str, start: int, end: int) -> bool:
    """Whether an NER entity is page furniture rather than a name."""
    surface = text[start:end]
    words = surface.split()
    if all(w.casefold() in ROLE_WORDS for w in words) and words and words[-1].casefold() not in STATE_BODIES:
        return True  # "Interior" of "Polish Interior Minister X": a title, not a name
    if _WIDGET.match(surface) or _URLISH.search(surface) or surface in TIME_ZONES:
        return True
    if start > 0 and text[start - 1] in "@#/" or text[end : end + 1] == "/":
        return True
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 24) : start]
    return bool(_CREDIT_BEFORE.search(before) or _BYLINE_BEFORE.match(text[line_start:start]))


class _Doc:
    """Token positions and mentions of every text of a document, for the rules below."""

    def __init__(self, texts: Sequence[Tokens], mentions: Sequence[tuple[Mention, ...]], matcher: ActorMatcher):
        self.texts = texts
        self.mentions = [list(ms) for ms in mentions]
        self.matcher = matcher
        self.actors = matcher.dictionary.actors

    def actor(self, m: Mention) -> Actor | None:
        return self.actors.get(m.actor_id) if m.actor_id else None

    def token_at(self, t: int, char: int) -> int:
        return bisect_right(self.texts[t].starts, char) - 1

    def mention_at(self, t: int, char: int) -> Mention | None:
        for m in self.mentions[t]:
            if m.start <= char < m.end:
                return m
        return None

    def covered(self, t: int, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.mentions[t])


# ── 1. noise ─────────────────────────────────────────────────────────────────────────────────────────


def _drop_noise(d: _Doc) -> None:
    for t, tokens in enumerate(d.texts):
        d.mentions[t] = [m for m in d.mentions[t] if m.origin != "ner" or not is_noise(tokens.text, m.start, m.end)]


# ── 2/3. entities of the document: acronyms and surnames ───────────────────────────────────────────────


def _initials_match(short: str, long: str) -> bool:
    letters = [w[0] for w in re.findall(r"[A-Za-z][\w'-]*", long) if w[0].isupper()]
    return "".join(letters).casefold() == short.casefold() or "".join(letters).casefold().startswith(short.casefold())


def _entities(d: _Doc) -> dict[tuple[int, int], str]:
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
                if not d.covered(t, s, e) and not any(a.start < e and s < a.end for a in added):
                    name, label = short_forms[found.group(1)]
                    added.append(Mention(s, e, found.group(1), None, label, "ner"))
                    entity[(t, s)] = name
            d.mentions[t].extend(added)
    for t in range(len(d.texts)):
        d.mentions[t].sort(key=lambda m: (m.start, m.end))
    return entity


# ── 4. affiliation from context ──────────────────────────────────────────────────────────────────────


def _qualifier(d: _Doc, t: int, m: Mention, owner: Callable[[Mention], str | None]) -> tuple[bool, str | None]:
    """(found, state) of a mention's sentence: a qualifier before it across role words, or an
    apposition after it. found with state None: qualified by an actor without a state (a UN envoy)."""
    tokens = d.texts[t]
    words, starts = tokens.words, tokens.starts
    i = d.token_at(t, m.start)
    k, steps = i - 1, 0
    while k >= 0 and steps < 8:
        q = d.mention_at(t, starts[k])
        if q is not None and q is not m:
            actor = d.actor(q)
            if actor is None:
                break
            if actor.kind == "person" and not (k + 1 < len(words) and words[k + 1] in ("'s", "’s")):
                break
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
        if words[k].casefold() not in ROLE_WORDS:
            break
        k -= 1
        steps += 1
    j = bisect_left(starts, m.end)
    if m.label == "PERSON" and j + 1 < len(words) and words[j] == "of":  # "Prime Minister X of Sweden"
        q = d.mention_at(t, starts[j + 1])
        actor = d.actor(q) if q is not None else None
        if actor is not None and actor.kind == "state":
            return True, actor.affiliation
    if m.label in ("PERSON", "ORG") and j < len(words) and words[j] == ",":
        for k in range(j + 1, min(len(words), j + 12)):
            if words[k] in {",", ".", ";", "(", ")", ":", "—", "–"}:
                break
            q = d.mention_at(t, starts[k])
            if q is not None:
                actor = d.actor(q)
                if actor is None or actor.kind == "place":
                    break
                return True, actor.affiliation
            if words[k].casefold() not in APPOSITION_WORDS:
                break
    return False, None


def _head_state(d: _Doc, m: Mention) -> str | None:
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


def _main_state(d: _Doc) -> str | None:
    """The state at least half of the document's affiliated dictionary mentions stand for, if any."""
    states = _document_states(d)
    if not states:
        return None
    state, count = states.most_common(1)[0]
    return state if count * 2 >= sum(states.values()) else None


def _document_states(d: _Doc, *, places: bool = True) -> Counter[str]:
    """How often each state is named by the document's dictionary mentions (``places=False``: not
    counting places, which may be namesakes)."""
    states: Counter[str] = Counter()
    for ms in d.mentions:
        for m in ms:
            actor = d.actor(m)
            if actor is not None and actor.affiliation and m.origin == "dictionary" and (places or actor.kind != "place"):
                states[actor.affiliation] += 1
    return states


def _namesake(m: Mention, country: str, states: set[str]) -> Mention:
    """A dictionary place whose namesake is in another country: 'Tripoli' in a text about Lebanon and
    not Libya is Lebanon's Tripoli (the gazetteer knows the namesakes)."""
    from store.actors.gazetteer import ALONE_FROM, countries_of

    if country in states:
        return m
    candidates = countries_of(m.text)
    if len(candidates) < 2 or country not in candidates:
        return m
    others = [c for c, population in candidates.items() if c in states and population >= ALONE_FROM]
    if len(others) != 1:
        return m
    return replace(m, actor_id=inferred_id("gazetteer", others[0], "place", m.text), origin="gazetteer")


def _affiliate(d: _Doc, entity: dict[tuple[int, int], str]) -> None:
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


def _qualified_bodies(d: _Doc) -> None:
    for t, tokens in enumerate(d.texts):
        words, starts = tokens.words, tokens.starts
        out = []
        for m in d.mentions[t]:
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
                    and fold(surface[-1]) in STATE_BODIES
                ):
                    name = " ".join(surface)
                    m = replace(m, actor_id=inferred_id("context", owner.affiliation, "organisation", name), origin="context")
            out.append(m)
        d.mentions[t] = out


# ── 6. places ────────────────────────────────────────────────────────────────────────────────────────


def _places(d: _Doc) -> None:
    from store.actors.gazetteer import resolve_place

    states = set(_document_states(d))
    not_places = set(_document_states(d, places=False))
    for t, tokens in enumerate(d.texts):
        out = []
        for m in d.mentions[t]:
            actor = d.actor(m)
            if actor is not None and actor.kind == "place" and m.origin == "dictionary" and actor.affiliation:
                m = _namesake(m, actor.affiliation, not_places)
            elif m.actor_id is None and m.origin == "ner" and (m.label in PLACE_LABELS or " " not in m.text):
                country = resolve_place(m.text, states, alone=m.label in PLACE_LABELS)
                if country:
                    m = replace(m, actor_id=inferred_id("gazetteer", country, "place", m.text), origin="gazetteer")
            elif (
                actor is not None
                and actor.kind == "state"
                and actor.affiliation == "GEO"
                and fold(m.text) == "georgia"
                and _US_CUES.search(tokens.text)
                and not any(
                    (a := d.actor(o)) is not None and a.affiliation == "GEO" and o is not m for o in d.mentions[t]
                )
            ):
                m = replace(m, actor_id=inferred_id("gazetteer", "USA", "place", "Georgia"), origin="gazetteer")
            out.append(m)
        d.mentions[t] = out


_SHORT_FORM = re.compile(r"\b(?:the|The) ([A-Z][a-z]{3,})\b(?! [A-Z])")


def _short_forms(d: _Doc) -> None:
    """'the Guards' after 'the Iranian Revolutionary Guards': the last word of an organisation's name (or
    its head before 'of'/'for'), with the article, names the same organisation later in the document."""
    heads: dict[str, tuple[int, int, Mention]] = {}  # word -> (text, end, the mention it came from)
    for t in range(len(d.texts)):
        for m in d.mentions[t]:
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
        for found in _SHORT_FORM.finditer(tokens.text):
            s, e = found.span(1)
            first = heads.get(found.group(1))
            if first is None or (first[0], first[1]) > (t, s):
                continue  # only after the full name
            here = [m for m in d.mentions[t] if m.start < e and s < m.end]
            if all(m.actor_id is None and (m.start, m.end) == (s, e) for m in here):  # nothing, or NER's own
                d.mentions[t] = [m for m in d.mentions[t] if m not in here]
                m = first[2]
                added.append(Mention(s, e, found.group(1), m.actor_id, m.label, m.origin))
        if added:
            d.mentions[t] = sorted([*d.mentions[t], *added], key=lambda m: (m.start, m.end))


def _missed_places(d: _Doc) -> None:
    """Places NER missed ("shelling hit Kherson and Kramatorsk"): a capitalised word standing alone, not
    opening a sentence, that the gazetteer puts in one of the states the document names, and a town of
    some size (ALONE_FROM people)."""
    from store.actors.gazetteer import ALONE_FROM, countries_of

    states = set(_document_states(d))
    if not states:
        return
    for t, tokens in enumerate(d.texts):
        words, starts = tokens.words, tokens.starts
        added = []
        for i, w in enumerate(words):
            if not (len(w) >= 4 and w[0].isupper() and w[1:].islower() and w.isalpha()) or i == 0:
                continue
            before, after = words[i - 1], words[i + 1] if i + 1 < len(words) else ""
            if not before.isalpha() or before[0].isupper() or after[:1].isupper() or after in ("-", "'s", "’s"):
                continue
            if d.matcher.knows(w) or d.covered(t, starts[i], starts[i] + len(w)):
                continue
            candidates = countries_of(w)
            inside = [c for c, population in candidates.items() if c in states and population >= ALONE_FROM]
            if len(candidates) == 1 and len(inside) == 1:
                added.append(
                    Mention(starts[i], starts[i] + len(w), w, inferred_id("gazetteer", inside[0], "place", w), "GPE", "gazetteer")
                )
        if added:
            d.mentions[t] = sorted([*d.mentions[t], *added], key=lambda m: (m.start, m.end))


def resolve(
    texts: Sequence[Tokens], mentions: Sequence[tuple[Mention, ...]], matcher: ActorMatcher, *, places: bool = True
) -> list[tuple[Mention, ...]]:
    """The document's mentions after the rules above (same order of texts); ``places=False`` (dictionary-only
    mode) skips the gazetteer."""
    d = _Doc(texts, mentions, matcher)
    _drop_noise(d)
    _qualified_bodies(d)
    entity = _entities(d)
    _affiliate(d, entity)
    _short_forms(d)
    if places:
        _places(d)
        _missed_places(d)
    return [tuple(ms) for ms in d.mentions]
