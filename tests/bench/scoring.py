"""Gold mentions and their scoring, shared by tests/bench/eval_actors.py and the quality test.

A gold file is JSON lines: {"doc", "block", "start", "end", "text", "actor", "affiliation"} with offsets
into the cleaned block's text (see tests/data/gold_mentions.md for what counts as a mention).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from store.model import Document

DATA = Path(__file__).resolve().parent.parent / "data"
GOLD = DATA / "gold_mentions.jsonl"
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"

Key = tuple[str, int, int, int]  # doc file name, block, start, end


def load_gold(path: Path = GOLD) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def seed_documents(folder: Path = SEEDS) -> list[Document]:
    from store.corpus.documents import load
    from store.corpus.files import SourceFile

    return [load(SourceFile(p)) for p in sorted(folder.glob("*.txt"))]


def mentions_of(docs: Sequence[Document]) -> dict[Key, str | None]:
    """Predicted mentions of analysed documents: key -> actor id (None when unlinked)."""
    out: dict[Key, str | None] = {}
    for doc in docs:
        name = Path(doc.path).name
        for b, block in enumerate(doc.blocks):
            for m in block.mentions:
                # an inferred actor (context, gazetteer) is no dictionary actor: judged by affiliation instead
                out[(name, b, m.start, m.end)] = None if m.origin in ("context", "gazetteer") else m.actor_id
    return out


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int
    linked_ok: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def linking(self) -> float:
        """Of the mentions found with the right span, the share linked to the right actor (or rightly
        left unlinked when the gold has no dictionary actor)."""
        return self.linked_ok / self.tp if self.tp else 0.0


def score(gold: Iterable[dict], predicted: dict[Key, str | None]) -> Score:
    truth = {(g["doc"], g["block"], g["start"], g["end"]): g["actor"] for g in gold}
    tp = [k for k in predicted if k in truth]
    return Score(
        tp=len(tp),
        fp=len(predicted) - len(tp),
        fn=len(truth) - len(tp),
        linked_ok=sum(1 for k in tp if predicted[k] == truth[k]),
    )


def errors(gold: Iterable[dict], predicted: dict[Key, str | None], docs: Sequence[Document]) -> list[str]:
    """Readable lines for every false positive, false negative and wrong link."""
    texts = {(Path(d.path).name, b): blk.text for d in docs for b, blk in enumerate(d.blocks)}
    truth = {(g["doc"], g["block"], g["start"], g["end"]): g["actor"] for g in gold}
    lines = []
    for k in sorted(set(truth) | set(predicted)):
        surface = texts.get(k[:2], "")[k[2] : k[3]]
        if k not in predicted:
            lines.append(f"missed  {k[0]}#{k[1]} {surface!r} -> {truth[k]}")
        elif k not in truth:
            lines.append(f"extra   {k[0]}#{k[1]} {surface!r} -> {predicted[k]}")
        elif predicted[k] != truth[k]:
            lines.append(f"link    {k[0]}#{k[1]} {surface!r} -> {predicted[k]} (gold {truth[k]})")
    return lines


def plain_ner(docs: Sequence[Document]) -> dict[Key, str | None]:
    """Baseline (a): the pipeline's own NER, actor-like labels only, articles/possessives trimmed, no linking."""
    from store.actors.ner import find_pipeline, load_pipeline, ner_spans

    name = find_pipeline()
    if name is None:
        raise RuntimeError("no spaCy English pipeline installed")
    nlp = load_pipeline(name).nlp
    out: dict[Key, str | None] = {}
    for doc in docs:
        file = Path(doc.path).name
        for b, sdoc in enumerate(nlp.pipe(block.text for block in doc.blocks)):
            for s, e, _label in ner_spans(sdoc, descriptions=True):
                out[(file, b, s, e)] = None
    return out


# ── affiliation scoring (the wider-field set: titles included, unknown entities judged by affiliation) ──

Predicted = dict[Key, tuple[str | None, str]]  # key -> (affiliation, origin)
ORIGINS = ("dictionary", "ner", "context", "gazetteer")


def affiliations_of(docs: Sequence[Document], actors, *, titles: bool = True) -> Predicted:
    """Predicted mentions with the affiliation they claim (from their actor; None when unlinked) and
    their origin; a title's mentions have block -1."""
    out: Predicted = {}
    for doc in docs:
        name = Path(doc.path).name
        rows = [(-1, m) for m in getattr(doc, "title_mentions", ())] if titles else []
        rows += [(b, m) for b, block in enumerate(doc.blocks) for m in block.mentions]
        for b, m in rows:
            actor = actors.get(m.actor_id) if m.actor_id else None
            out[(name, b, m.start, m.end)] = (actor.affiliation if actor else None, m.origin)
    return out


@dataclass(frozen=True)
class AffiliationScore:
    gold: int
    found: int  # gold mentions found with the exact span
    affiliated_ok: int  # of those, with the gold affiliation (None = rightly no state)
    by_origin: dict[str, tuple[int, int]]  # origin -> (predicted, correct)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def affiliation(self) -> float:
        return self.affiliated_ok / self.found if self.found else 0.0

    @property
    def predicted(self) -> int:
        return sum(p for p, _ in self.by_origin.values())

    @property
    def precision(self) -> float:
        total = self.predicted
        return sum(c for _, c in self.by_origin.values()) / total if total else 0.0


def score_affiliations(gold: Iterable[dict], predicted: Predicted) -> AffiliationScore:
    """A prediction is correct when its span is a gold span and, if it claims a state, the right one (an
    unlinked entity claims none: right span, correct for precision, wrong for affiliation if gold has one)."""
    truth = {(g["doc"], g["block"], g["start"], g["end"]): g["affiliation"] for g in gold}
    found = [k for k in predicted if k in truth]
    by_origin: dict[str, tuple[int, int]] = {}
    for k, (aff, origin) in predicted.items():
        ok = k in truth and (aff is None or aff == truth[k])
        p, c = by_origin.get(origin, (0, 0))
        by_origin[origin] = (p + 1, c + int(ok))
    return AffiliationScore(
        gold=len(truth),
        found=len(found),
        affiliated_ok=sum(1 for k in found if predicted[k][0] == truth[k]),
        by_origin=by_origin,
    )


def affiliation_errors(gold: Iterable[dict], predicted: Predicted, docs: Sequence[Document]) -> list[str]:
    texts = {(Path(d.path).name, -1): d.title or "" for d in docs}
    texts |= {(Path(d.path).name, b): blk.text for d in docs for b, blk in enumerate(d.blocks)}
    truth = {(g["doc"], g["block"], g["start"], g["end"]): g["affiliation"] for g in gold}
    lines = []
    for k in sorted(set(truth) | set(predicted)):
        surface = texts.get(k[:2], "")[k[2] : k[3]]
        if k not in predicted:
            lines.append(f"missed  {k[0]}#{k[1]} {surface!r} ({truth[k]})")
        elif k not in truth:
            lines.append(f"extra   {k[0]}#{k[1]} {surface!r} -> {predicted[k][0]} [{predicted[k][1]}]")
        elif predicted[k][0] != truth[k]:
            lines.append(
                f"state   {k[0]}#{k[1]} {surface!r} -> {predicted[k][0]} [{predicted[k][1]}] (gold {truth[k]})"
            )
    return lines
