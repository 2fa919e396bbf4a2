"""Choosing the headline: one line among those shortly before where the article's body starts.

The line model labels every line; the headline is then the best of the headline-shaped candidates
near the body's start by a listwise ranker (weights in linemodel.json, trained by
tests/bench/train_cleaner.py on labels from line models that never saw the page): its line features,
its distance and rank above the body, whether its words open the body or stand again in another
line, whether it is two names, whether it is the first or the nearest to the body of the
candidates with a byline or date right below, its neighbours (the same line again beside it, a long
candidate just above or below: a headline and its standfirst, a byline under it), how many
candidates stand in a row with it (a menu) or carry their own date nearby (related stories), and
whether it holds a date or several "Label:" fields. A headline may share its line with a date set
apart by a label ("Headline 기사입력 :[ 2018-08-25 ]"): ``title_text`` offers the headline alone.
So a page has exactly one headline and it stands near the body (up to ``AFTER`` lines past its start),
never in a menu far above it. Without a ranker, the line model's own "title" margin decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import repeat

WINDOW = 40  # candidates: this many non-blank lines before the body's start, and the start itself
AFTER = 3  # ... and this many after it (a headline under a standfirst or a teaser taken for the body)
LABEL_FEATURE = False  # whether the ranker sees the line model's label (on unseen pages it misleads more than helps)
MIX = 0.0  # weight of the line model's margin beside the headline ranker's score (the ranker alone scores best)


def body_start(labels: Sequence[str]) -> int:
    """Where the main run of body lines starts (a teaser far above the article does not count)."""
    body = [k for k, label in enumerate(labels) if label in ("body", "heading")]
    if not body:
        return len(labels)
    best_start, best_size, start, size = body[0], 0, body[0], 0
    previous = None
    for k in body:
        if previous is not None and k - previous > 6:
            start, size = k, 0
        size += 1
        if size > best_size:
            best_start, best_size = start, size
        previous = k
    return best_start


def title_like(text: str) -> bool:
    """Shaped like a headline: not too long, not ending like a sentence or a label, not lower-case first."""
    words = text.split()
    return (
        0 < len(text) <= 200 and len(words) <= 30 and not text.endswith((".", ",", ";", ":")) and not text[:1].islower()
    )


# What stands between a headline and a date on the same line: a label ("기사입력 :[", "Posted:", "|").
_DATE_LABEL = re.compile(r"\s*(?:[|·•–—-]\s*)?(?:[^\W\d_][\w.-]*\s*:\s*)?[\[(|·•–—-]?\s*$")
_TIME_REST = re.compile(r"^[\s\d:.,\])|apmAPM]*$")


def title_text(text: str) -> str | None:
    """The headline a line offers, or None when it is not shaped like one: the line itself, or the
    headline before a trailing date set apart by a label or a separator ("Headline 기사입력 :[ 2018-08-25
    15:24 ]", "Headline | May 3, 2019"). A date right after the words ("Opening Bell 11.18.19") belongs
    to the headline."""
    from store.corpus.dates import find_date
    from store.corpus.lines import rule_kind

    kind = rule_kind(text)
    if kind in (None, "tail", "furniture"):
        return text if title_like(text) else None
    if kind not in ("dated", "comment_header") or len(text) > 200:
        return None
    found = find_date(text)
    if found is None:
        return text if kind == "comment_header" and title_like(text) and not text.endswith(":") else None
    start, end = found[1]
    if not _TIME_REST.match(text[end:]):
        return None
    before = text[:start]
    label = _DATE_LABEL.search(before)
    head = before[: label.start()].strip() if label else before.strip()
    if len(head.split()) < 2 or not title_like(head):
        return None
    return head if label and label.group().strip() else text


def candidates(labels: Sequence[str], eligible: Sequence[bool]) -> list[int]:
    start = body_start(labels)
    out = [k for k in range(max(0, start - WINDOW), min(len(labels), start + AFTER + 1)) if labels[k] != "comment"]
    out += [k for k, label in enumerate(labels) if label == "title" and k not in out]  # the line model's own
    return [k for k in out if eligible[k]]


_WORDS = re.compile(r"\w+")
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
_TWO_NAMES = re.compile(rf"^{_NAME}(?:,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME}\b")


def _evidence(
    lines: Sequence[str], labels: Sequence[str], picks: Sequence[int], keys: Sequence[str] | None = None
) -> dict[int, list[str]]:
    """What the rest of the page says of each candidate: does its text stand again inside another line
    (the page's title bar, a breadcrumb, a share text), do its words open the body, is it two names."""
    from store.corpus.dates import find_date

    if keys is None:
        keys = [" ".join(_WORDS.findall(line.casefold())) for line in lines]
    everything = "\n".join(keys)
    start = body_start(labels)
    lead = {
        w
        for k in range(start, min(len(lines), start + 12))
        if labels[k] == "body"
        for w in keys[k].split()
        if len(w) >= 4
    }
    relative, with_meta = _relative(lines, picks)
    chosen = set(picks)
    out: dict[int, list[str]] = {}
    for k in picks:
        f = list(relative.get(k, ()))
        key = keys[k]
        if key.count(" ") >= 2 and everything.count(key) > keys.count(key):  # inside another line
            f.append("h_inside_other")
        words = [w for w in key.split() if len(w) >= 4]
        if words:
            share = sum(1 for w in words if w in lead) / len(words)
            if len(words) == 1:  # one word shared with the body says little
                f.append(f"h_lead_single{int(share > 0)}")
            else:
                f.append(f"h_lead{0 if share == 0 else 1 if share < 0.34 else 2 if share < 0.67 else 3}")
        if (" and " in lines[k] or "&" in lines[k]) and _TWO_NAMES.match(lines[k]):
            f.append("h_two_names")
        # Its neighbours: the same line again right beside it (a headline and its share title), a
        # candidate just above (a standfirst stands under its headline) or just below, and how many
        # candidates stand in a row with it (a list of related stories, a menu).
        if key and any(0 <= j < len(keys) and keys[j] == key for j in (k - 1, k + 1)):
            f.append("h_twin")
        for step in (1, 2):
            if k - step in chosen and keys[k - step] != key and keys[k - step].count(" ") >= 4:
                f.append(f"h_long_above{step}")
            if k + step in chosen and keys[k + step] != key and keys[k + step].count(" ") >= 4:
                f.append(f"h_long_below{step}")
        if any(_BYLINE_START.match(lines[j]) for j in range(k + 1, min(len(lines), k + 4))):
            f.append("h_byline_below")
        if find_date(lines[k]):
            f.append("h_has_date")
        if len(_LABEL_COLON.findall(lines[k])) >= 2:
            f.append("h_labels")  # "Tested by: … RRP: … More info: …", "Publicado por: … Categoria: …"
        low = high = k
        while low - 1 in chosen:
            low -= 1
        while high + 1 in chosen:
            high += 1
        f.append(f"h_row{min(high - low + 1, 5)}")
        teasers = sum(1 for j in with_meta if j != k and abs(j - k) <= 8)
        f.append(f"h_teasers{min(teasers, 3)}")
        out[k] = f
    return out


_LABEL_COLON = re.compile(r"\w:\s")
_BYLINE_START = re.compile(r"^(?:by|von|por|par|di|oleh|автор)\s+\S", re.I)
_META = frozenset({"byline", "date", "dated", "comment_header", "readtime"})


def _relative(lines: Sequence[str], picks: Sequence[int]) -> tuple[dict[int, list[str]], list[int]]:
    """How a candidate stands among the others: the first and the last (nearest to the body) of those
    with a byline or a date within three lines below (a headline's own, or a teaser's in a list of
    related stories)."""
    from store.corpus.lines import rule_kind

    with_meta = [k for k in picks if any(rule_kind(lines[j]) in _META for j in range(k + 1, min(len(lines), k + 4)))]
    out: dict[int, list[str]] = {k: [] for k in picks}
    if with_meta:
        out[with_meta[-1]].append("h_meta_nearest")
        out[with_meta[0]].append("h_meta_first")
    return out, with_meta


def candidate_features(
    features: Sequence[Sequence[str]],
    labels: Sequence[str],
    picks: Sequence[int],
    lines: Sequence[str] = (),
    keys: Sequence[str] | None = None,
) -> list[list[str]]:
    """What the headline ranker sees of each candidate: its line features, how far above the body it
    stands, its rank among the candidates from the body up, (given the lines) what the rest of the
    page says of it, and the label the line model gave it if ``LABEL_FEATURE``."""
    start = body_start(labels)
    evidence = _evidence(lines, labels, picks, keys) if lines else {}
    out = []
    for rank, k in enumerate(reversed(picks)):
        distance = start - k
        where = "after" if distance < 0 else "far" if distance > WINDOW else str(min(distance, 12))
        extra = [f"h_distance{where}", f"h_rank{min(rank, 8)}", *evidence.get(k, ())]
        if LABEL_FEATURE:
            extra.append(f"h_label_{labels[k]}")
        out.append([*features[k], *extra])
    out.reverse()
    return out


def choose(
    labels: Sequence[str],
    scores: Sequence[Sequence[float]],
    transitions: Sequence[Sequence[float]],
    names: Sequence[str],
    eligible: Sequence[bool],
    floor: float,
    features: Sequence[Sequence[str]] = (),
    ranker: dict[str, float] | None = None,
    lines: Sequence[str] = (),
    keys: Sequence[str] | None = None,
) -> int | None:
    """The best candidate shaped like a headline whose margin is above floor (None when there is none).

    A line's margin: how much the best label path gains by calling it "title" rather than the best
    other label, its neighbours' labels kept (so "a byline follows" counts, through the transitions)."""
    index = {name: y for y, name in enumerate(names)}
    title = index["title"]
    path = [index[label] for label in labels]
    best, best_margin = None, floor
    picks = candidates(labels, eligible)
    ranked = candidate_features(features, labels, picks, lines, keys) if ranker else [[] for _ in picks]
    for k, extra in zip(picks, ranked, strict=True):
        row = scores[k]

        def swap(y: int, k: int = k, row: Sequence[float] = row) -> float:
            value = row[y]
            if k > 0:
                value += transitions[path[k - 1]][y]
            if k + 1 < len(path):
                value += transitions[y][path[k + 1]]
            return value

        if ranker:  # the line model's margin counts only as much as MIX says (nothing at 0)
            margin = sum(map(ranker.get, extra, repeat(0.0)))
            if MIX:
                margin += MIX * (swap(title) - max(swap(y) for y in range(len(names)) if y != title))
        else:
            margin = swap(title) - max(swap(y) for y in range(len(names)) if y != title)
        if margin > best_margin:
            best, best_margin = k, margin
    return best
