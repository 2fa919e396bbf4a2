"""Who acts across a corpus: per-actor counts, dates, time series, paragraph company and passages.

Everything here works on ``DocActors`` records: what one analysed document says about actors (its date,
how many blocks it has, and each linked mention as block/start/end/actor). Records are made from an
analysed ``Document`` (``doc_actors``) and kept by ``store.actors.corpus_index``, so a corpus-wide view
runs no NLP and reads no document text. ``CorpusActors`` aggregates a set of records once (the table);
questions about one actor (time, company, occurrences) are then answered from its own documents only.

The unit of co-mention is the block (a paragraph, heading or comment): two actors are "in company" when
both are named in the same block. Company is ranked by Dunning's log-likelihood ratio (G², positive
associations only) or by pointwise mutual information, with a minimum number of shared blocks, so that
it does not merely repeat the most frequent actors.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from typing import Literal

from store.model import Actor, Document

Period = Literal["month", "week"]
Measure = Literal["llr", "pmi"]
MIN_COUNT = 2  # shared blocks an actor needs to count as company
PASSAGE_MAX = 320  # characters of a sentence kept around a mention (longer sentences are cut around it)


@dataclass(frozen=True, slots=True)
class DocActors:
    """The linked actor mentions of one analysed document."""

    doc_id: str
    date: str | None  # ISO YYYY-MM-DD
    block_count: int
    mentions: tuple[tuple[int, int, int, str], ...]  # (block, start, end, actor id), in text order
    counts: dict[str, int] = field(default_factory=dict, compare=False)  # actor id -> mentions
    units: tuple[frozenset[str], ...] = field(default_factory=tuple, compare=False)  # actors of each block naming any

    @classmethod
    def make(cls, doc_id: str, date: str | None, block_count: int, mentions: Iterable[Sequence]) -> DocActors:
        rows = tuple((int(b), int(s), int(e), str(a)) for b, s, e, a in mentions)
        counts: Counter[str] = Counter(a for _, _, _, a in rows)
        by_block: dict[int, set[str]] = defaultdict(set)
        for b, _, _, a in rows:
            by_block[b].add(a)
        units = tuple(frozenset(by_block[b]) for b in sorted(by_block))
        return cls(doc_id, date, block_count, rows, dict(counts), units)


def doc_actors(doc: Document) -> DocActors:
    """The record of an analysed document (mentions without an actor, i.e. unlinked entities, are left out)."""
    mentions = [
        (b, m.start, m.end, m.actor_id) for b, block in enumerate(doc.blocks) for m in block.mentions if m.actor_id
    ]
    return DocActors.make(doc.id, doc.date, len(doc.blocks), mentions)


# ── sentences (for passages) ──────────────────────────────────────────────────────────────────────────

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a block's text: a light rule (end punctuation, space, capital)."""
    bounds = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        # "Mr. Putin", "U.S. forces": a one- or two-letter word before the stop is an abbreviation
        word = text[max(start, end - 4) : end].split()
        if word and len(word[-1].rstrip(".")) <= 2 and word[-1][0].isupper():
            continue
        bounds.append((start, end))
        start = match.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return bounds


def passage_span(text: str, start: int, end: int, bounds: Sequence[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The sentence of text around the mention start:end, cut to PASSAGE_MAX characters around it."""
    bounds = bounds if bounds is not None else sentence_bounds(text)
    s, e = 0, len(text)
    for bs, be in bounds:
        if bs <= start < max(be, bs + 1):
            s, e = bs, max(be, end)
            break
    if e - s > PASSAGE_MAX:
        room = max(0, PASSAGE_MAX - (end - start)) // 2
        s = max(s, start - room)
        e = min(e, end + room)
        if s > 0:  # start at a word
            space = text.find(" ", s, start)
            s = space + 1 if space >= 0 else s
        space = text.rfind(" ", end, e)
        e = space if space > end else e
    return s, e


# ── one actor's rows ─────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class ActorRow:
    actor_id: str
    name: str
    kind: str
    affiliation: str | None
    mentions: int
    documents: int
    first: str | None  # earliest / latest date of a document naming it (None: none of them is dated)
    last: str | None


@dataclass(frozen=True, slots=True)
class Timeline:
    period: Period
    labels: tuple[str, ...]  # every period from the first to the last, e.g. "2020-10" or "2020-W41"
    counts: tuple[int, ...]  # mentions in each
    undated_documents: int  # documents naming the actor that have no date (their mentions are not drawn)
    undated_mentions: int


@dataclass(frozen=True, slots=True)
class Companion:
    actor_id: str
    together: int  # blocks naming both
    alone: int  # blocks naming the companion (in the documents aggregated)
    score: float


@dataclass(frozen=True, slots=True)
class Occurrence:
    doc_id: str
    date: str | None
    block: int
    start: int
    end: int


def period_of(iso: str, period: Period) -> str | None:
    try:
        day = Date.fromisoformat(iso[:10])
    except ValueError:
        return None
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def period_range(first: str, last: str, period: Period) -> list[str]:
    """Every period label from first to last, inclusive (labels as period_of makes them)."""
    out = []
    if period == "month":
        y, m = int(first[:4]), int(first[5:7])
        ly, lm = int(last[:4]), int(last[5:7])
        while (y, m) <= (ly, lm):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    day = Date.fromisocalendar(int(first[:4]), int(first[6:8]), 1)
    end = Date.fromisocalendar(int(last[:4]), int(last[6:8]), 1)
    while day <= end:
        year, week, _ = day.isocalendar()
        out.append(f"{year:04d}-W{week:02d}")
        day += timedelta(days=7)
    return out


def llr(k11: int, k12: int, k21: int, k22: int) -> float:
    """Dunning's log-likelihood ratio G² of a 2x2 table (k11: both, k12: A only, k21: B only, k22: neither)."""

    def h(*ks: int) -> float:
        total = sum(ks)
        return sum(k * math.log(k / total) for k in ks if k > 0) if total else 0.0

    return 2.0 * (h(k11, k12, k21, k22) - h(k11 + k12, k21 + k22) - h(k11 + k21, k12 + k22))


class CorpusActors:
    """Actors over a set of analysed documents: the table at once, one actor's details on demand."""

    def __init__(self, records: Iterable[DocActors], actors: Mapping[str, Actor], *, pending: int = 0) -> None:
        self.records: dict[str, DocActors] = {r.doc_id: r for r in records}
        self.actors = actors
        self.pending = pending  # documents of the set whose analysis is not known yet
        mentions: Counter[str] = Counter()
        units: Counter[str] = Counter()
        docs_of: dict[str, list[str]] = defaultdict(list)
        first: dict[str, str] = {}
        last: dict[str, str] = {}
        total_units = 0
        for record in self.records.values():
            total_units += record.block_count
            mentions.update(record.counts)
            for unit in record.units:
                units.update(unit)
            when = record.date
            for actor_id in record.counts:
                docs_of[actor_id].append(record.doc_id)
                if when:
                    if actor_id not in first or when < first[actor_id]:
                        first[actor_id] = when
                    if actor_id not in last or when > last[actor_id]:
                        last[actor_id] = when
        self.total_units = total_units
        self.unit_counts = units
        self._docs_of = docs_of
        self.rows: list[ActorRow] = []
        for actor_id, count in mentions.items():
            actor = actors.get(actor_id)
            self.rows.append(
                ActorRow(
                    actor_id,
                    actor.name if actor else actor_id,
                    actor.kind if actor else "unknown",
                    actor.affiliation if actor else None,
                    count,
                    len(docs_of[actor_id]),
                    first.get(actor_id),
                    last.get(actor_id),
                )
            )
        self.rows.sort(key=lambda r: (-r.mentions, r.name.casefold()))
        self._rows_by_id = {r.actor_id: r for r in self.rows}

    @property
    def documents(self) -> int:
        return len(self.records)

    @property
    def undated_documents(self) -> int:
        return sum(1 for r in self.records.values() if not r.date)

    def row(self, actor_id: str) -> ActorRow | None:
        return self._rows_by_id.get(actor_id)

    def documents_of(self, actor_id: str) -> list[DocActors]:
        return [self.records[d] for d in self._docs_of.get(actor_id, ())]

    def timeline(self, actor_id: str, period: Period = "month") -> Timeline:
        counts: Counter[str] = Counter()
        undated_docs = undated_mentions = 0
        for record in self.documents_of(actor_id):
            n = record.counts[actor_id]
            label = period_of(record.date, period) if record.date else None
            if label is None:
                undated_docs += 1
                undated_mentions += n
            else:
                counts[label] += n
        if not counts:
            return Timeline(period, (), (), undated_docs, undated_mentions)
        labels = period_range(min(counts), max(counts), period)
        return Timeline(period, tuple(labels), tuple(counts.get(x, 0) for x in labels), undated_docs, undated_mentions)

    def company(self, actor_id: str, *, min_count: int = MIN_COUNT, measure: Measure = "llr") -> list[Companion]:
        """Actors named in the same blocks as actor_id, most associated first (ties: more shared blocks)."""
        together: Counter[str] = Counter()
        for record in self.documents_of(actor_id):
            for unit in record.units:
                if actor_id in unit:
                    together.update(unit)
        together.pop(actor_id, None)
        n = self.total_units
        a = self.unit_counts.get(actor_id, 0)
        out = []
        for other, k11 in together.items():
            if k11 < min_count:
                continue
            b = self.unit_counts[other]
            if measure == "pmi":
                score = math.log2(k11 * n / (a * b))
            else:
                if k11 * n <= a * b:  # no more often together than chance: not company
                    continue
                score = llr(k11, a - k11, b - k11, n - a - b + k11)
            out.append(Companion(other, k11, b, score))
        out.sort(key=lambda c: (-c.score, -c.together, c.actor_id))
        return out

    def occurrences(self, actor_id: str, together_with: str | None = None) -> list[Occurrence]:
        """Every mention of actor_id (by date, undated last, then document and position); with
        together_with, only those in blocks that also name that actor."""
        out = []
        records = sorted(self.documents_of(actor_id), key=lambda r: (r.date is None, r.date or "", r.doc_id))
        for record in records:
            blocks = None
            if together_with is not None:
                blocks = {b for b, _, _, a in record.mentions if a == together_with}
                if not blocks:
                    continue
            for b, s, e, a in record.mentions:
                if a == actor_id and (blocks is None or b in blocks):
                    out.append(Occurrence(record.doc_id, record.date, b, s, e))
        return out

    def by_period(self, period: Period = "month", top: int | None = None) -> tuple[list[str], list[tuple[ActorRow, list[int]]]]:
        """Mentions of each actor (most mentioned first, the first ``top``) per period, on one axis."""
        rows = self.rows[:top] if top else self.rows
        per: dict[str, Counter[str]] = {}
        labels: set[str] = set()
        for row in rows:
            counts: Counter[str] = Counter()
            for record in self.documents_of(row.actor_id):
                label = period_of(record.date, period) if record.date else None
                if label:
                    counts[label] += record.counts[row.actor_id]
            per[row.actor_id] = counts
            labels.update(counts)
        axis = period_range(min(labels), max(labels), period) if labels else []
        return axis, [(row, [per[row.actor_id].get(x, 0) for x in axis]) for row in rows]
