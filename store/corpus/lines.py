"""What the line model sees of each line of a page: features that hold on any site.

A page is a sequence of non-blank lines. Each gets sparse features: its own shape (length in words,
stopword density for the page's language, how it ends, capitalisation, list markers, link-like
text), what the line rules say of it (``rule_kind``), where it stands (position in the page and in
its text mass, before/inside/after the run of long lines), its neighbourhood (runs of short lines,
how long the lines around it are) and repetition elsewhere in the page. Pure Python, no model here:
``store.corpus.linemodel`` scores these features.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from pathlib import Path

from store.corpus.dates import find_date
from store.corpus.rules import (
    ADMIN_REST,
    BYLINE,
    CAPTION,
    COMMENT_DATE,
    COMMENT_MARKER,
    COMMENT_NOISE,
    DATE_WORD,
    FURNITURE,
    IMAGE,
    LIST_ITEM,
    MD_HEADING,
    READ_TIME,
    SHARE_CORE,
    SHARE_WORDS,
    SOURCE_LINE,
    TAIL_START,
    TERMINAL,
)

_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"
_LIST_FIRST = frozenset("-*+•0123456789")
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]?\s")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|html?)\b", re.I)
_SEPARATORS = re.compile(r"\s[|·•/»›>]\s|\s[|·•]|[|·•]\s")
_SEPARATOR_CHARS = frozenset("|·•/»›>")
# Words (whole \w+ tokens, case-folded) that mark a credit line or a byline's role: looked up in the
# line's words, already split, rather than searched for with a pattern.
_CREDIT = frozenset("credit photo photograph image getty reuters afp shutterstock illustration file".split())
_BY = re.compile(r"^(?:by|von|por|par|di|oleh|автор|текст)\b", re.I)
_ROLE = frozenset(
    "writer reporter editor correspondent columnist contributor staff journalist autor redaktor корреспондент".split()
)
_EMAIL = re.compile(r"\S@\S+\.\w")
_META_KINDS = frozenset({"byline", "date", "dated", "comment_header", "readtime"})
_BULLET_ONLY = re.compile(r"^[*+\-•·◦▪]+$")
_SHARE_TOKEN = re.compile(r"[^\s|/·•,:;()]+")


@cache
def _stopwords() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """Each language's stop list, and for each stopword the languages that list it."""
    data = json.loads((Path(__file__).with_name("stopwords.json")).read_text(encoding="utf-8"))
    lists = {language: frozenset(words.split()) for language, words in data.items()}
    languages: dict[str, list[str]] = {}
    for language, words in lists.items():
        for word in words:
            languages.setdefault(word, []).append(language)
    return lists, {word: tuple(names) for word, names in languages.items()}


def page_stopwords(words: list[str]) -> frozenset[str]:
    """The stop list of the language whose stopwords cover most of the page's words."""
    lists, languages = _stopwords()
    hits: dict[str, int] = {"English": 0}
    for word in words[:600]:
        for language in languages.get(word, ()):
            hits[language] = hits.get(language, 0) + 1
    return lists[max(hits, key=hits.__getitem__)]


def is_share_line(text: str) -> bool:
    count = 0
    core = False
    for match in _SHARE_TOKEN.finditer(text.casefold()):  # stops at the first word no share button has
        word = match.group()
        count += 1
        if count > 12 or word not in SHARE_WORDS:
            return False
        core = core or word in SHARE_CORE
    return core


@lru_cache(maxsize=16384)
def rule_kind(text: str) -> str | None:
    """What the hand-written line rules call a (space-normalised) line, or None."""
    if len(text) > 250:  # a paragraph: no rule is about lines this long
        return "image" if IMAGE.match(text) else None
    if IMAGE.match(text):
        return "image"
    if CAPTION.match(text):
        return "caption"
    if COMMENT_MARKER.match(text) or COMMENT_DATE.match(text):
        return "comment_marker"
    if comment_header(text):
        return "comment_header"
    if len(text) <= 120 and is_share_line(text):
        return "share"
    if READ_TIME.match(text):
        return "readtime"
    if len(text) <= 80:
        found = find_date(text)
        if found:
            start, end = found[1]
            rest = " ".join((text[:start] + " " + text[end:]).strip(" ,.|·•–—-:").split())
            if (
                not rest
                or ADMIN_REST.match(rest)
                or all(DATE_WORD.match(w.strip(":,;")) for w in rest.split() if w.strip(":,;"))
            ):
                return "date"
            return "dated"
    if ADMIN_REST.match(text):
        return "byline"
    if len(text) <= 80 and BYLINE.match(text):
        return "byline"
    if len(text) <= 100 and SOURCE_LINE.match(text):
        return "source"
    if len(text) <= 250 and TAIL_START.search(text):
        return "tail"
    if len(text) <= 250 and FURNITURE.search(text) and len(text.split()) <= 30:
        return "furniture"
    if COMMENT_NOISE.match(text):
        return "comment_noise"
    return None


_NOT_COMMENTER = re.compile(r"^(?:by|posted|published|written|updated|last)\b", re.I)
_SAID = re.compile(r"\b(?:said|says|wrote|writes|replied|commented)\s*:?$", re.I)
_AGO = re.compile(
    r"^(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b", re.I
)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?", re.I)


@lru_cache(maxsize=16384)
def comment_header(text: str) -> bool:
    """A commenter's header: "Jane on May 3, 2019 at 4:47 pm said:", "Jane Doe — 15 May 2023"."""
    if len(text) > 120 or text[:1] in "—–-" or _NOT_COMMENTER.match(text):  # "— Jane (@jane) May 3" signs a tweet
        return False
    count = len(text.split())
    if count > 16:
        return False
    if _AGO.match(text):
        return count <= 8
    found = find_date(text)
    clock = None if found else _CLOCK.search(text)
    if _SAID.search(text):
        return bool(found or clock) or count <= 5
    if not (found or clock) or text.endswith(TERMINAL):
        return False
    rest = text[: found[1][0]] if found else text[: clock.start()]  # type: ignore[union-attr]
    words = [w.strip(":,;|·•–—-") for w in rest.split()]
    words = [w for w in words if w]
    if not words or len(words) > 5 or all(DATE_WORD.match(w) for w in words):
        return False
    return words[0][:1].isupper()


def heading_shaped(text: str) -> bool:
    words = text.split()
    return (
        len(text) <= 90
        and 1 <= len(words) <= 12
        and not text.endswith((".", ",", ";", ":", "!", "”", '"', "…", "?"))
        and not LIST_ITEM.match(text)
    )


def _bucket(n: float, edges: tuple[float, ...]) -> int:
    """How many of the (sorted) edges n reaches."""
    return bisect_right(edges, n)


_WORD_EDGES = (1, 2, 3, 4, 6, 9, 13, 20, 30, 50, 90)
_DISTANCE_EDGES = (2, 3, 5, 9, 17, 33)
_NEAR_EDGES = (2, 3, 5, 9, 17)


def _names(prefix: str, edges: tuple[float, ...], size: int) -> tuple[str, ...]:
    """Feature names for the integers 0..size-1 (and above: the last), bucketed by edges."""
    return tuple(f"{prefix}{_bucket(n, edges)}" for n in range(size))


def _name(table: tuple[str, ...], n: int) -> str:
    return table[n] if n < len(table) else table[-1]


_FRACTION_EDGES = (0.05, 0.15, 0.25, 0.35, 0.5)


def _ending(text: str) -> str:
    last = text[-1]
    if last in ".!?…":
        return "stop"
    if last in '"”’»)':
        return "quote" if len(text) > 1 and text[-2] in ".!?," else "close"
    if last == ":":
        return "colon"
    if last in ",;":
        return "comma"
    if last.isdigit():
        return "digit"
    if last.isalpha():
        return "alpha"
    return "other"


def _key(text: str) -> str:
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


_W = _names("w", _WORD_EDGES, 92)
_TO_FIRST = _names("to_first_long", _DISTANCE_EDGES, 34)
_FROM_LAST = _names("from_last_long", _DISTANCE_EDGES, 34)
_PREV_LONG = _names("prev_long", _NEAR_EDGES, 18)
_NEXT_LONG = _names("next_long", _NEAR_EDGES, 18)
_SHORT_RUN = _names("short_run", _NEAR_EDGES, 18)
_LONG_WINDOW = _names("long_window", (1, 2, 4, 7), 8)
_POS = tuple(f"pos{i}" for i in range(10))
_SW = tuple(f"sw{i}" for i in range(len(_FRACTION_EDGES) + 1))
_CAP_EDGES = (0.2, 0.5, 0.8, 0.99)
_CAP = tuple(f"cap{i}" for i in range(len(_CAP_EDGES) + 1))
_DIGIT_EDGES = (0.01, 0.1, 0.3)
_DIGITS = tuple(f"digits{i}" for i in range(len(_DIGIT_EDGES) + 1))
_COMMAS = tuple(f"commas{i}" for i in range(4))
_SENTENCES = tuple(f"sentences{i}" for i in range(5))
_MEAN_EDGES = (2, 4, 8, 15, 30)
_MEAN = tuple(f"mean_window{i}" for i in range(len(_MEAN_EDGES) + 1))
_MASS = tuple(f"mass{i}" for i in range(10))


def features(lines: list[str], indents: list[int] | None = None, keys_out: list[str] | None = None) -> list[list[str]]:
    """Features for each of ``lines`` (non-blank, space-normalised), in order, with their indents.

    ``keys_out``, if given, receives each line's comparison key (its case-folded ``\\w+`` words)."""
    n = len(lines)
    if n == 0:
        return []
    indents = indents or [0] * n
    usual_indent = sorted(indents)[n // 2]
    indented_from = n
    while indented_from > 0 and indents[indented_from - 1] >= 2 > usual_indent:
        indented_from -= 1
    folded_lines = [line.casefold() for line in lines]
    words_of = [_WORD.findall(line) for line in folded_lines]
    cjk = [0 if line.isascii() else len(_CJK.findall(line)) for line in lines]
    units = [len(w) + c // 2 for w, c in zip(words_of, cjk, strict=True)]
    stops = page_stopwords([w for ws in words_of for w in ws])
    keys = [" ".join(ws) for ws in words_of]
    if keys_out is not None:
        keys_out.extend(keys)
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    total_chars = sum(len(line) for line in lines) or 1
    long_at = [i for i in range(n) if units[i] >= 25]
    first_long = long_at[0] if long_at else n
    last_long = long_at[-1] if long_at else -1
    # Runs of short lines (menus, link lists): the run's length for each of its lines.
    short = [u <= 4 for u in units]
    run = [0] * n
    i = 0
    while i < n:
        j = i
        while j < n and short[j] == short[i]:
            j += 1
        for k in range(i, j):
            run[k] = j - i if short[i] else 0
        i = j
    # Long lines in a window around each line (prefix sums).
    is_long = [1 if u >= 20 else 0 for u in units]
    prefix = [0]
    for v in is_long:
        prefix.append(prefix[-1] + v)
    words_prefix = [0]
    for u in units:
        words_prefix.append(words_prefix[-1] + u)
    # Nearest long line before / after each line.
    prev_long = [-1] * n
    last = -1
    for i in range(n):
        prev_long[i] = last
        if is_long[i]:
            last = i
    next_long = [n] * n
    last = n
    for i in range(n - 1, -1, -1):
        next_long[i] = last
        if is_long[i]:
            last = i
    # Headline candidates: heading-shaped lines of two words or more shortly before the first long line.
    shaped = [heading_shaped(line) for line in lines]
    ending = [f"end_{_ending(line)}" for line in lines]
    window = [i for i in range(max(0, first_long - 15), min(n, first_long + 1)) if units[i] >= 2 and shaped[i]]
    near_rank = {i: len(window) - 1 - k for k, i in enumerate(window)}
    longest = max(window, key=lambda i: units[i], default=-1)
    # ... and often stands again inside another line (a share text, a "Home > News > ..." trail).
    everything = "\n".join(keys)
    elsewhere = {i for i in window if len(keys[i]) >= 12 and everything.count(keys[i]) > counts[keys[i]]}
    # A headline shares its content words with the article's first paragraphs.
    lead: set[str] = set()
    for i in long_at[:6]:
        lead.update(w for w in words_of[i] if w not in stops)
    overlap: dict[int, float] = {}
    for i in window:
        content = [w for w in words_of[i] if w not in stops]
        if content:
            overlap[i] = sum(1 for w in content if w in lead) / len(content)
    width = [_name(_W, u) for u in units]
    marker_seen = False
    tail_seen = False
    mass = 0
    own: list[list[str]] = []
    kinds: list[str | None] = []
    for i, line in enumerate(lines):
        f: list[str] = ["bias"]
        u = units[i]
        ws = words_of[i]
        f.append(width[i])
        if cjk[i]:
            f.append("cjk")
        if len(ws) >= 3 and not cjk[i]:
            sample = ws[:60]
            density = len([w for w in sample if w in stops]) / len(sample)
            f.append(_SW[bisect_right(_FRACTION_EDGES, density)])
        f.append(ending[i])
        first = line[0]
        f.append(
            "first_"
            + ("upper" if first.isupper() else "lower" if first.islower() else "digit" if first.isdigit() else "other")
        )
        raw_words = line.split(maxsplit=30)[:30]
        if len(raw_words) >= 2:
            caps = len([w for w in raw_words if w[:1].isupper()]) / len(raw_words)
            f.append(_CAP[bisect_right(_CAP_EDGES, caps)])
        if 3 < len(line) <= 200 and line.isupper():
            f.append("allcaps")
        if indents[i] >= 2 > usual_indent:
            f.append("indented")
            if i >= indented_from and i >= n * 0.3:
                f.append("indented_to_end")
        if first in _LIST_FIRST and LIST_ITEM.match(line):
            f.append("list")
        if len(line) <= 3 and _BULLET_ONLY.match(line):
            f.append("bullet_only")
        if first == "#" and MD_HEADING.match(line):
            f.append("md_heading")
        if len(line) <= 250:
            folded = folded_lines[i]
            if ("." in folded or "://" in folded) and _URL.search(line):
                f.append("url")
            if not _SEPARATOR_CHARS.isdisjoint(line) and _SEPARATORS.search(line):
                f.append("separators")
        digits = sum(map(line.count, _ASCII_DIGITS)) / len(line)
        f.append(_DIGITS[bisect_right(_DIGIT_EDGES, digits)])
        f.append(_COMMAS[min(line.count(","), 3)])
        f.append(_SENTENCES[min(len(_SENTENCE_END.findall(line + " ")), 4)])
        kind = rule_kind(line)
        kinds.append(kind)
        if kind:
            f.append("rule_" + kind)
        if kind == "comment_marker" and i >= n * 0.3:
            marker_seen = True
        if kind == "tail" and i >= n * 0.3:
            tail_seen = True
        if marker_seen:
            f.append("after_comment_marker")
        if tail_seen:
            f.append("after_tail")
        if shaped[i]:
            f.append("heading_shaped")
        # Place in the page.
        f.append(_POS[min(10 * i // n, 9)])
        f.append(_MASS[min(10 * mass // total_chars, 9)])
        mass += len(line)
        if i < first_long:
            f.append("zone_before")
            f.append(_name(_TO_FIRST, first_long - i))
        elif i > last_long:
            f.append("zone_after")
            f.append(_name(_FROM_LAST, i - last_long))
        else:
            f.append("zone_inside")
        f.append(_name(_PREV_LONG, i - prev_long[i]))
        f.append(_name(_NEXT_LONG, next_long[i] - i))
        if run[i]:
            f.append(_name(_SHORT_RUN, run[i]))
        lo, hi = max(0, i - 5), min(n, i + 6)
        f.append(_name(_LONG_WINDOW, prefix[hi] - prefix[lo] - is_long[i]))
        lo, hi = max(0, i - 10), min(n, i + 11)
        mean = (words_prefix[hi] - words_prefix[lo] - u) / max(1, hi - lo - 1)
        f.append(_MEAN[bisect_right(_MEAN_EDGES, mean)])
        # Repetition: a headline often stands twice (breadcrumb, share text); menus repeat.
        if keys[i] and counts[keys[i]] > 1:
            f.append("repeated")
        if i in near_rank:
            f.append(f"headline_rank{min(near_rank[i], 4)}")
            if i == longest:
                f.append("headline_longest")
            if i in elsewhere:
                f.append("headline_elsewhere")
            if i == window[0]:
                f.append("headline_first")
            if i in overlap:
                f.append(f"headline_overlap{_bucket(overlap[i], (0.01, 0.2, 0.4, 0.6))}")
        own.append(f)
    # A headline has its byline or date just below it; a standfirst or caption may stand between.
    meta_at = [k for k, kind in enumerate(kinds) if kind in _META_KINDS]
    for i, f in enumerate(own):
        at = bisect_right(meta_at, i)
        below = meta_at[at] - i if at < len(meta_at) and meta_at[at] - i <= 4 else 0
        at = bisect_left(meta_at, i) - 1
        above = i - meta_at[at] if at >= 0 and i - meta_at[at] <= 4 else 0
        if below:
            f.append(f"meta_below{below}")
        if above:
            f.append(f"meta_above{above}")
        line = lines[i]
        if len(line) > 200:  # captions, bylines and their kin are short
            continue
        if not _CREDIT.isdisjoint(words_of[i]):
            f.append("credit")
        if _BY.match(line):
            f.append("starts_by")
        if "@" in line and _EMAIL.search(line):
            f.append("email")
        if len(line) <= 100 and not _ROLE.isdisjoint(words_of[i]):
            f.append("role_word")
    # Neighbours' shape.
    shape = [(w, f"rule_{k}" if k else None, e) for w, k, e in zip(width, kinds, ending, strict=True)]

    def column(name: str) -> list[list[str]]:
        """Each line's features as seen from a neighbour (named ``name``), one list per distinct shape."""
        made: dict[tuple[str, str | None, str], list[str]] = {}
        out = []
        for key in shape:
            names = made.get(key)
            if names is None:
                w, rule, end = key
                names = (
                    [f"{name}_{w}"]
                    + ([f"{name}_{rule}"] if rule else [])
                    + ([f"{name}_{end}"] if len(name) == 1 else [])
                )
                made[key] = names
            out.append(names)
        return out

    prev1, next1, prev2, next2 = column("p"), column("n"), column("pp"), column("nn")
    for i, f in enumerate(own):
        f.extend(prev1[i - 1] if i >= 1 else ("p_none",))
        f.extend(next1[i + 1] if i + 1 < n else ("n_none",))
        f.extend(prev2[i - 2] if i >= 2 else ("pp_none",))
        f.extend(next2[i + 2] if i + 2 < n else ("nn_none",))
    return own
