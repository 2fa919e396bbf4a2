"""The cleanbench pages (../shared/cleanbench/), their metric, and line labels derived from their truth.

Shared by tests/bench/train_cleaner.py (training) and tests/bench/bench_clean.py (cross-validated
scores). The metric is the cleanbench README's: 4-token shingles of ``\\w+`` tokens, per-page
tp/fp/fn, precision averaged over pages with a non-empty prediction, recall over all pages.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = ROOT.parent / "shared" / "cleanbench"
SEEDS = ROOT / "seeds"
SEED_LABELS = Path(__file__).resolve().parent / "cleaner_seed_labels.json"

_TOKEN = re.compile(r"\w+")


def available() -> bool:
    return (SHARED / "dev.json").is_file()


def require() -> None:
    if not available():
        raise SystemExit(f"cleanbench not found at {SHARED}: this script needs ../shared/cleanbench/; stopping.")


@dataclass(frozen=True)
class Page:
    id: str
    text: str
    body: str
    title: str


def pages(variant: str = "pages") -> list[Page]:
    require()
    ids = json.loads((SHARED / "dev.json").read_text(encoding="utf-8"))["dev"]
    out = []
    for page_id in ids:
        truth = json.loads((SHARED / "truth" / f"{page_id}.json").read_text(encoding="utf-8"))
        text = (SHARED / variant / f"{page_id}.txt").read_text(encoding="utf-8")
        out.append(Page(page_id, text.replace("\r\n", "\n"), truth["body"], truth["title"] or ""))
    return out


# ---------------------------------------------------------------- the metric
def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def body_scores(predicted: Sequence[str], truth: Sequence[str]) -> tuple[float, float, float]:
    """(precision, recall, F1) over pages, as the cleanbench README defines them."""
    precisions, recalls = [], []
    for pred, true in zip(predicted, truth, strict=True):
        p, t = shingles(pred), shingles(true)
        tp = sum((p & t).values())
        fp = sum(p.values()) - tp
        fn = sum(t.values()) - tp
        total = tp + fp + fn
        if total == 0:
            recalls.append(1.0)
            continue
        if tp + fp:
            precisions.append((tp / total) / ((tp + fp) / total))
        recalls.append((tp / total) / ((tp + fn) / total) if tp + fn else 1.0)
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def norm_title(text: str) -> str:
    return " ".join(_TOKEN.findall(unicodedata.normalize("NFKC", text or "").casefold()))


def title_right(predicted: str | None, truth: str) -> bool:
    a, b = norm_title(predicted or ""), norm_title(truth)
    if not a or not b:
        return a == b
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short in long and len(long) / len(short) <= 1.5


def title_accuracy(predicted: Iterable[str | None], truth: Iterable[str]) -> float:
    marks = [title_right(p, t) for p, t in zip(predicted, truth, strict=True)]
    return sum(marks) / len(marks) if marks else 0.0


def document_body(doc) -> str:
    """The body of a ``show --json`` result: non-comment blocks joined by blank lines."""
    return "\n\n".join(b.text for b in doc.blocks if b.kind != "comment")


# ---------------------------------------------------------------- labels for training
def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def label_page(lines: Sequence[str], body: str, title: str) -> list[str]:
    """A label for each line (blank lines get ""): which lines are the true body and the headline.

    A line is body when most of its 4-shingles (or, for a short line, its whole token run) occur in
    the true body, and it lies within the span of lines that carry the body. Other labels are
    derived from the line's shape and place, since the truth gives only body and title.
    """
    from store.corpus import lines as features_module

    body_tokens = _tokens(body)
    body_shingles = set(shingles(body))
    body_joined = " " + " ".join(body_tokens) + " "
    labels = [""] * len(lines)
    is_body = [False] * len(lines)
    for i, line in enumerate(lines):
        toks = _tokens(line)
        if not toks:
            continue
        if len(toks) < 4:
            is_body[i] = (" " + " ".join(toks) + " ") in body_joined
        else:
            grams = [tuple(toks[k : k + 4]) for k in range(len(toks) - 3)]
            is_body[i] = sum(g in body_shingles for g in grams) >= 0.5 * len(grams)
    # Short lines matching by chance far from the body's mass are not body.
    strong = [i for i, line in enumerate(lines) if is_body[i] and len(_tokens(line)) >= 8]
    if strong:
        first, last = strong[0], strong[-1]
        for i in range(len(lines)):
            if is_body[i] and (i < first - 3 or i > last + 3) and len(_tokens(lines[i])) < 8:
                is_body[i] = False
    title_key = norm_title(title)
    title_at = None
    first_body = next((i for i, b in enumerate(is_body) if b), len(lines))
    if title_key:
        matches = [i for i, line in enumerate(lines) if line.strip() and title_right(line, title)]
        before = [i for i in matches if i <= first_body]
        title_at = before[-1] if before else (matches[0] if matches else None)
    seen_comment_marker = False
    last_body = max((i for i, b in enumerate(is_body) if b), default=-1)
    for i, raw in enumerate(lines):
        text = " ".join(raw.split())
        if not text:
            continue
        kind = features_module.rule_kind(text)
        if i == title_at:
            labels[i] = "title"
        elif is_body[i]:
            labels[i] = "heading" if features_module.heading_shaped(text) else "body"
        else:
            if kind == "comment_marker" and i > last_body:
                seen_comment_marker = True
            if seen_comment_marker and i > last_body and kind != "comment_marker":
                labels[i] = "comment"
            elif kind in ("byline", "date") and i <= first_body + 2:
                labels[i] = "byline"
            elif kind == "caption":
                labels[i] = "caption"
            else:
                labels[i] = "furniture"
    return labels


def seed_items() -> list[tuple[str, list[str]]]:
    """The bundled corpus with the labels the rule cleaner gave it (it is right on every seed)."""
    data = json.loads(SEED_LABELS.read_text(encoding="utf-8"))
    return [((SEEDS / name).read_text(encoding="utf-8"), labels) for name, labels in sorted(data.items())]
