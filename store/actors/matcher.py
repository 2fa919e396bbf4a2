"""Dictionary matching over tokens: longest match, case shapes, folded accents, one-typo tolerance.

Pure Python over a list of token strings and their character offsets (whatever tokenizer made them; the
analyzer uses spaCy's, the same one that tokenizes the aliases). See store/dictionary.py for the rules.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from store.actors.dictionary import Dictionary

_FOLD = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "‐": "-",
        "‑": "-",
        "–": "-",
    }
)
_ARTICLE = "the"
_TERMINAL = None  # key of the alias list in a trie node
FUZZY_KINDS = ("person", "organisation")
FUZZY_MIN_SINGLE = 7  # letters an alias word needs to tolerate a typo when it is the whole alias
FUZZY_MIN_PART = 5  # ...and when another word of the alias matches exactly


# Surnames and acronyms that are also English words: never matched in lowercase.
COMMON_WORDS = frozenset(
    """gallant trump pace cook rice bush brown black white green major may long young king little wolf fox
    hunt bolton rubio lapid sandu isis salami saldo borne cleverly tusk pence musk reeves
    grass rand guam seta aman deva somo asco isna""".split()
)


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key of a word."""
    text = text.translate(_FOLD)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.casefold()


def _shape(word: str) -> str:
    """How a dictionary word constrains the case of the text: any | title | exact (acronyms, MoD)."""
    letters = [c for c in word if c.isalpha()]
    uppers = sum(1 for c in letters if c.isupper())
    if uppers == 0:
        return "any"
    if uppers == 1 and letters[0].isupper():
        return "title"
    return "exact"


def _case_ok(shape: str, alias_word: str, word: str) -> bool:
    if shape == "any":
        return True
    first = next((c for c in word if c.isalpha()), "")
    if shape == "title":
        if not first.isupper():
            return False
        # an all-capitals word only stands for a name of four letters or more ("XI" is not Xi Jinping)
        return not word.isupper() or len(word) >= 4 or word == alias_word
    return word == alias_word or (word.isupper() and fold(word) == fold(alias_word))


def osa_distance_1(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion, substitution or adjacent swap."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


_VOWELS = frozenset("aeiouy")
# consonants that transliterations of one name swap: Qasem/Kasem, Alavi/Alawi, Zaluzhny/Zaluzhniy (i/y, j/y)
_SPELLING_PAIRS = frozenset({frozenset("kq"), frozenset("ck"), frozenset("vw"), frozenset("iy"), frozenset("jy")})


def spelling_variant(a: str, b: str) -> bool:
    """Whether two name words one edit apart are spellings of one name rather than two names: the edit is a
    vowel for a vowel (Hussein/Hussain, Mohammed/Mohammad, Iryna/Irina), a doubled or undoubled letter
    (Hasan/Hassan), a vowel or an "h" put in or left out inside the word (Aleksandr/Aleksandar,
    Abdalla/Abdallah), a final d/t (Ahmed/Ahmet) or a consonant pair transliterations swap (Alavi/Alawi). Never
    the first letter, never a letter added at the end (Abbas/Abbasi, Albert/Alberto are other names), never a
    swap of two letters (Ahmad/Hamad)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if i == 0:
        return False
    if len(a) == len(b):
        if a[i + 1 :] != b[i + 1 :]:
            return False
        x, y = a[i], b[i]
        if x in _VOWELS and y in _VOWELS:
            return True
        if i == len(a) - 1 and {x, y} == {"d", "t"}:
            return True
        return frozenset((x, y)) in _SPELLING_PAIRS
    if len(b) != len(a) + 1:
        return False
    # b has one letter more; it may sit at i or, for a doubled letter, anywhere in its run
    if a[i:] != b[i + 1 :]:
        return False
    extra = b[i]
    if extra == b[i - 1]:
        return True  # doubled: Hasan/Hassan
    if i == len(b) - 1:
        return extra == "h"  # Abdalla/Abdallah, never Abbas/Abbasi
    return extra in _VOWELS or extra == "h"


@dataclass(frozen=True, slots=True)
class Alias:
    actor_id: str
    words: tuple[str, ...]  # as written in the dictionary (without a leading "the")
    shapes: tuple[str, ...]
    needs_article: bool
    adjective: bool
    fuzzy: bool
    label: str
    person: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    actor_id: str
    label: str


class ActorMatcher:
    """Finds dictionary actors in token sequences. Immutable after construction; safe to share."""

    def __init__(self, dictionary: Dictionary, tokenize: Callable[[str], Sequence[str]]) -> None:
        self.dictionary = dictionary
        self.conflicts: list[str] = []
        self._root: dict = {}
        self._institutions: dict = {}
        self._ignore: set[str] = set()
        self._exact_words: set[str] = set()
        # first words of aliases a word without a capital can start ("the West", "444th Brigade"): any other
        # word in lowercase ("a", "is", "he") starts no match, however many aliases begin with it in capitals
        self._lower_first: set[str] = set()
        self._deletions: dict[str, set[str]] = {}
        self._words: dict[str, tuple[str, bool, tuple[str, ...]]] = {}
        # words of people's names that name nothing else ("Hasan", "Mohamad"): a known word is otherwise never
        # read as a typo, but one of these may stand for a one-edit variant in another person's full name
        person_words: set[str] = set()
        other_words: set[str] = set()
        full_name_words: set[str] = set()  # words of people's names of two words or more
        for entry in dictionary.entries.values():
            fuzzy = entry.actor.kind in FUZZY_KINDS
            person = entry.actor.kind == "person"
            adjectives = set(entry.adjectives)
            for text in dict.fromkeys((*entry.aliases, *entry.adjectives)):
                words = [w for w in tokenize(text) if w.strip()]
                needs_article = len(words) > 1 and words[0] == _ARTICLE
                if needs_article:
                    words = words[1:]
                if not words:
                    continue
                alias = Alias(
                    entry.actor.id,
                    tuple(words),
                    tuple(_shape(w) for w in words),
                    needs_article,
                    text in adjectives,
                    fuzzy,
                    entry.label,
                    person,
                )
                self._add(alias)
                keys = {fold(w) for w in words}
                (person_words if person and text not in adjectives else other_words).update(keys)
                if person and len(words) > 1:
                    full_name_words.update(keys)
        for inst in dictionary.institutions:
            for noun in inst.nouns:
                words = [w for w in tokenize(noun) if w.strip()]
                node = self._institutions
                for w in words:
                    node = node.setdefault(fold(w), {})
                node[_TERMINAL] = inst.id
        self._ignore = {fold(term) for term in dictionary.ignore}
        self._lower_ok = self._lowercase_keys(dictionary)
        self._name_words = frozenset(k for k in person_words - other_words if k.isalpha() and k not in COMMON_WORDS)
        self._full_name_words = frozenset(full_name_words)

    def _lowercase_keys(self, dictionary: Dictionary) -> frozenset[str]:
        """Words matched in lowercase too ("putin", "nato"): one-word aliases that are a person's surname
        or an organisation's acronym of four letters or more, name one actor only, and are no English word
        ("turkey" and "china" name states: never matched in lowercase)."""
        kinds = {aid: e.actor.kind for aid, e in dictionary.entries.items()}
        keys = set()
        for key, node in self._root.items():
            aliases = node.get(_TERMINAL) if isinstance(node, dict) else None
            if not aliases or len({a.actor_id for a in aliases}) != 1 or key in COMMON_WORDS or len(key) < 4:
                continue
            alias = aliases[0]
            word = alias.words[0]
            kind = kinds.get(alias.actor_id)
            if kind == "person" and alias.shapes[0] == "title" and not alias.adjective:
                keys.add(key)
            elif kind in ("organisation", "group") and word.isupper() and word.isalpha():
                keys.add(key)
        return frozenset(keys)

    def _add(self, alias: Alias) -> None:
        node = self._root
        keys = [fold(w) for w in alias.words]
        if not next((c for c in alias.words[0] if c.isalpha()), "A").isupper():
            self._lower_first.add(keys[0])
        for key in keys:
            node = node.setdefault(key, {})
            self._exact_words.add(key)
        found = node.setdefault(_TERMINAL, [])
        for other in found:
            if (
                other.actor_id != alias.actor_id
                and other.shapes == alias.shapes
                and other.needs_article == alias.needs_article
            ):
                self.conflicts.append(f"{' '.join(alias.words)!r}: {other.actor_id} and {alias.actor_id}")
        if any(
            o.actor_id == alias.actor_id and o.words == alias.words and o.needs_article == alias.needs_article
            for o in found
        ):
            if alias.adjective:  # the same word listed as alias and adjective: keep the adjective reading
                found[:] = [o for o in found if not (o.actor_id == alias.actor_id and o.words == alias.words)]
            else:
                return
        found.append(alias)
        if alias.fuzzy:
            for key in keys:
                if len(key) >= FUZZY_MIN_PART:
                    for variant in (key, *(key[:i] + key[i + 1 :] for i in range(len(key)))):
                        self._deletions.setdefault(variant, set()).add(key)

    # ── per-word facts, cached ──────────────────────────────────────────────────────────────────────

    def _word(self, word: str) -> tuple[str, bool, tuple[str, ...]]:
        info = self._words.get(word)
        if info is None:
            key = fold(word)
            first = next((c for c in word if c.isalpha()), "")
            capital = first.isupper()
            alternatives: tuple[str, ...] = ()
            if (
                capital
                and len(key) >= FUZZY_MIN_PART
                and (key not in self._exact_words or key in self._name_words)
                and key.isalpha()
            ):
                found: set[str] = set()
                for variant in (key, *(key[:i] + key[i + 1 :] for i in range(len(key)))):
                    found |= self._deletions.get(variant, set())
                if key in self._exact_words:  # a name word: only another spelling of a word of a full name
                    found = {k for k in found & self._full_name_words if spelling_variant(key, k)}
                alternatives = tuple(sorted(k for k in found if osa_distance_1(key, k)))
            info = (key, capital, alternatives)
            if len(self._words) > 200_000:
                self._words.clear()
            self._words[word] = info
        return info

    # ── matching ────────────────────────────────────────────────────────────────────────────────────

    def knows(self, word: str) -> bool:
        """Whether some dictionary alias starts with this word (in any case)."""
        return fold(word) in self._root

    def is_ignored(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is, or begins, a name on the ignore list ('Sputnik' of 'Sputnik-V')."""
        if fold(text[start:end]) in self._ignore:
            return True
        return any(len(term) > end - start and fold(text[start : start + len(term)]) == term for term in self._ignore)

    def _candidates(self, words: Sequence[str], i: int) -> list[tuple[int, list[Alias], int, int]]:
        """(end, aliases, fuzzy position or -1, fuzzy key length) for every alias path starting at i."""
        out = []
        stack = [(self._root, i, -1, 0)]
        n = len(words)
        while stack:
            node, j, fpos, flen = stack.pop()
            if j > i and _TERMINAL in node:
                out.append((j, node[_TERMINAL], fpos, flen))
            if j >= n:
                continue
            key, _capital, alternatives = self._word(words[j])
            child = node.get(key)
            if child is not None:
                stack.append((child, j + 1, fpos, flen))
            if fpos < 0 and alternatives:
                for alt in alternatives:
                    child = node.get(alt)
                    if child is not None:
                        stack.append((child, j + 1, j, len(alt)))
        out.sort(key=lambda c: (-c[0], c[2] >= 0))
        return out

    def _valid(self, alias: Alias, words: Sequence[str], i: int, fpos: int, flen: int) -> bool:
        if alias.needs_article and (i == 0 or fold(words[i - 1]) != _ARTICLE):
            return False
        if fpos >= 0:
            if not alias.fuzzy:
                return False
            if flen < (FUZZY_MIN_SINGLE if len(alias.words) == 1 else FUZZY_MIN_PART):
                return False
            # a word the dictionary knows stands for a variant only inside another person's full name, the
            # other words of which are written exactly, and only as another spelling of the same name:
            # "Hasan Nasrallah" is Hassan Nasrallah; "Hasan" alone, or "Ahmad" for "Hamad", is not
            # (the variant itself was checked once per word, in _word)
            if self._word(words[fpos])[0] in self._exact_words and not (alias.person and len(alias.words) > 1):
                return False
        if len(alias.words) == 1 and fpos < 0 and words[i].islower() and fold(words[i]) in self._lower_ok:
            return True
        for k, (shape, alias_word) in enumerate(zip(alias.shapes, alias.words, strict=True)):
            word = words[i + k]
            if i + k == fpos:
                if not self._word(word)[1]:
                    return False
            elif not _case_ok(shape, alias_word, word):
                return False
        return True

    def _best(self, words: Sequence[str], i: int) -> tuple[int, Alias] | None:
        for end, aliases, fpos, flen in self._candidates(words, i):
            for alias in aliases:
                if self._valid(alias, words, i, fpos, flen):
                    return end, alias
        return None

    def _institution(self, words: Sequence[str], i: int) -> tuple[int, str] | None:
        node: dict | None = self._institutions
        best, j = None, i
        while j < len(words) and node is not None:
            node = node.get(fold(words[j]))
            if node is None:
                break
            j += 1
            if _TERMINAL in node:
                best = (j, node[_TERMINAL])
        return best

    def _state_institution(self, actor_id: str, inst: str) -> str | None:
        actor = self.dictionary.actors.get(actor_id)
        state = self.dictionary.state_for(actor.affiliation if actor else None)
        if state is None:
            return None
        derived = f"{state.actor.id}.{inst}"
        return derived if derived in self.dictionary.actors else None

    def match(self, words: Sequence[str]) -> list[Match]:
        """Non-overlapping dictionary matches, left to right, longest first."""
        out: list[Match] = []
        n = len(words)
        i = 0
        while i < n:
            key, capital, alternatives = self._word(words[i])
            if (
                (
                    key not in self._root
                    or not capital
                    and key not in self._lower_first
                    and key not in self._lower_ok
                    and any(c.isalpha() for c in words[i])
                )
                and not alternatives
                and not (capital and key in self._institutions)
            ):
                i += 1
                continue
            found = self._of_form(words, i) if capital and key in self._institutions else None
            if found is None:
                best = self._best(words, i)
                if best is not None:
                    end, alias = best
                    found = Match(i, end, alias.actor_id, alias.label)
                    if alias.adjective:
                        inst = self._institution(words, end)
                        derived = self._state_institution(alias.actor_id, inst[1]) if inst else None
                        if inst and derived:
                            found = Match(i, inst[0], derived, "ORG")
            if found is None:
                i += 1
                continue
            out.append(found)
            i = found.end
            acronym = self._acronym(words, found)
            if acronym is not None:
                out.append(acronym)
                i = acronym.end + 1
        return out

    def _of_form(self, words: Sequence[str], i: int) -> Match | None:
        """'Ministry of Defence of Armenia': a capitalised institution name, 'of', a state."""
        inst = self._institution(words, i)
        if inst is None or inst[0] + 1 >= len(words) or fold(words[inst[0]]) != "of":
            return None
        best = self._best(words, inst[0] + 1)
        if best is None:
            return None
        end, alias = best
        actor = self.dictionary.actors.get(alias.actor_id)
        if actor is None or actor.kind != "state":
            return None
        derived = self._state_institution(alias.actor_id, inst[1])
        return Match(i, end, derived, "ORG") if derived else None

    def _acronym(self, words: Sequence[str], found: Match) -> Match | None:
        """'Ministry of Defense (MoD)': an acronym in brackets right after a name stands for the same actor."""
        j = found.end
        if j + 2 >= len(words) or words[j] != "(" or words[j + 2] != ")":
            return None
        short = words[j + 1]
        if not (
            2 <= len(short) <= 8 and short.isalpha() and short[0].isupper() and sum(c.isupper() for c in short) >= 2
        ):
            return None
        if fold(short) in self._root:
            return None  # a known name of its own: the dictionary decides
        long_form = " ".join(words[found.start : found.end]).casefold()
        letters = short.casefold()
        starts = [k for k, c in enumerate(long_form) if c == letters[0] and (k == 0 or not long_form[k - 1].isalnum())]
        for k in starts:
            pos = k + 1
            for c in letters[1:]:
                pos = long_form.find(c, pos)
                if pos < 0:
                    break
                pos += 1
            else:
                return Match(j + 1, j + 2, found.actor_id, found.label)
        return None
