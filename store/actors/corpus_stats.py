"""Who acts across a corpus: per-actor counts, dates, time series and paragraph company.

``CorpusActors`` aggregates the ``Columns`` of a set of analysed documents (store.actors.actor_columns:
each document's actors with their mention counts, and the actors of each of its blocks) and answers the
table at once and one actor's questions (time, company, documents) on demand. Mention offsets (for
passages) stay in each document's own record (store.actors.doc_actors).

The unit of co-mention is the block (a paragraph, heading or comment): two actors are "in company" when
both are named in the same block. Company is ranked by Dunning's log-likelihood ratio (G², positive
associations only) or by pointwise mutual information, with a minimum number of shared blocks, so that
it does not merely repeat the most frequent actors.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from typing import Literal

import numpy as np

from store.actors.actor_columns import I32, Columns
from store.actors.doc_actors import DocActors
from store.model import Actor

Period = Literal["month", "week"]
Measure = Literal["llr", "pmi"]
MIN_COUNT = 2  # shared blocks an actor needs to count as company


# ── dates ────────────────────────────────────────────────────────────────────────────────────────────


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


# ── the corpus view ──────────────────────────────────────────────────────────────────────────────────


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


_EPOCH = Date(1970, 1, 1).toordinal()


def _ordinals(dates: Sequence[str | None]) -> np.ndarray:
    """Each ISO date's day number (date.toordinal), -1 for none or one that does not parse."""
    try:
        parsed = np.array([d[:10] if d else "NaT" for d in dates], dtype="datetime64[D]")
        return np.where(np.isnat(parsed), -1, parsed.astype(np.int64) + _EPOCH)
    except ValueError:  # one bad date: parse them one by one
        out = np.full(len(dates), -1, dtype=np.int64)
        for i, iso in enumerate(dates):
            try:
                out[i] = Date.fromisoformat(iso[:10]).toordinal() if iso else -1
            except ValueError:
                pass
        return out


class CorpusActors:
    """Actors over a set of analysed documents: the table at once, one actor's details on demand."""

    def __init__(self, columns: Columns, actors: Mapping[str, Actor], *, pending: int = 0) -> None:
        self.columns = c = columns
        self.actors = actors
        self.pending = pending  # documents of the set whose analysis is not known yet
        n_actors = len(c.ids)
        self._code = {a: i for i, a in enumerate(c.ids)}
        doc_of_entry = np.repeat(np.arange(len(c), dtype=I32), np.diff(c.entry_ptr))
        self._doc_of_entry = doc_of_entry
        self.unit_counts = np.bincount(c.unit_actor, minlength=n_actors)
        self._unit_of = np.repeat(np.arange(len(c.unit_len), dtype=np.int64), c.unit_len)
        self.total_units = int(c.blocks.sum())
        days = self._days = _ordinals(c.dates)  # sortable day numbers, -1: undated
        mentions = np.bincount(c.entry_actor, weights=c.entry_count, minlength=n_actors).astype(np.int64)
        documents = np.bincount(c.entry_actor, minlength=n_actors)
        entry_day = days[doc_of_entry]
        dated = entry_day >= 0
        first = np.full(n_actors, np.iinfo(np.int64).max, dtype=np.int64)
        last = np.full(n_actors, -1, dtype=np.int64)
        np.minimum.at(first, c.entry_actor[dated], entry_day[dated])
        np.maximum.at(last, c.entry_actor[dated], entry_day[dated])
        self.rows: list[ActorRow] = []
        for code in np.flatnonzero(documents):
            actor_id = c.ids[code]
            actor = actors.get(actor_id)
            self.rows.append(
                ActorRow(
                    actor_id,
                    actor.name if actor else actor_id,
                    actor.kind if actor else "unknown",
                    actor.affiliation if actor else None,
                    int(mentions[code]),
                    int(documents[code]),
                    Date.fromordinal(int(first[code])).isoformat() if last[code] >= 0 else None,
                    Date.fromordinal(int(last[code])).isoformat() if last[code] >= 0 else None,
                )
            )
        self.rows.sort(key=lambda r: (-r.mentions, r.name.casefold()))
        self._rows_by_id = {r.actor_id: r for r in self.rows}

    @classmethod
    def from_records(
        cls, records: Iterable[DocActors], actors: Mapping[str, Actor], *, pending: int = 0
    ) -> CorpusActors:
        return cls(Columns.build(records), actors, pending=pending)

    @property
    def documents(self) -> int:
        return len(self.columns)

    @property
    def undated_documents(self) -> int:
        return int((self._days < 0).sum())

    def row(self, actor_id: str) -> ActorRow | None:
        return self._rows_by_id.get(actor_id)

    def _entries(self, actor_id: str) -> np.ndarray:
        code = self._code.get(actor_id)
        if code is None:
            return np.zeros(0, dtype=np.int64)
        return np.flatnonzero(self.columns.entry_actor == code)

    def timeline(self, actor_id: str, period: Period = "month") -> Timeline:
        entries = self._entries(actor_id)
        docs = self._doc_of_entry[entries]
        counts = self.columns.entry_count[entries]
        days = self._days[docs]
        undated = days < 0
        per_day: Counter[int] = Counter()
        for day, n in zip(days[~undated].tolist(), counts[~undated].tolist(), strict=True):
            per_day[day] += n
        by_label: Counter[str] = Counter()
        for day, n in per_day.items():
            label = period_of(Date.fromordinal(day).isoformat(), period)
            if label:
                by_label[label] += n
        undated_docs, undated_mentions = int(undated.sum()), int(counts[undated].sum())
        if not by_label:
            return Timeline(period, (), (), undated_docs, undated_mentions)
        labels = period_range(min(by_label), max(by_label), period)
        return Timeline(
            period, tuple(labels), tuple(by_label.get(x, 0) for x in labels), undated_docs, undated_mentions
        )

    def company(self, actor_id: str, *, min_count: int = MIN_COUNT, measure: Measure = "llr") -> list[Companion]:
        """Actors named in the same blocks as actor_id, most associated first (ties: more shared blocks)."""
        code = self._code.get(actor_id)
        if code is None:
            return []
        c = self.columns
        with_actor = np.zeros(len(c.unit_len), dtype=bool)
        with_actor[self._unit_of[c.unit_actor == code]] = True
        together = np.bincount(c.unit_actor[with_actor[self._unit_of]], minlength=len(c.ids))
        together[code] = 0
        n = self.total_units
        a = int(self.unit_counts[code])
        out = []
        for other in np.flatnonzero(together >= min_count).tolist():
            k11 = int(together[other])
            b = int(self.unit_counts[other])
            if measure == "pmi":
                score = math.log2(k11 * n / (a * b))
            else:
                if k11 * n <= a * b:  # no more often together than chance: not company
                    continue
                score = llr(k11, a - k11, b - k11, n - a - b + k11)
            out.append(Companion(c.ids[other], k11, b, score))
        out.sort(key=lambda x: (-x.score, -x.together, x.actor_id))
        return out

    def documents_of(self, actor_id: str, together_with: str | None = None) -> list[tuple[str, str | None]]:
        """(doc id, date) of the documents naming actor_id (with together_with: in one block with it), by
        date, undated last, then by id."""
        c = self.columns
        docs = self._doc_of_entry[self._entries(actor_id)]
        if together_with is not None:
            a, b = self._code.get(actor_id), self._code.get(together_with)
            if a is None or b is None:
                return []
            has_a = np.zeros(len(c.unit_len), dtype=bool)
            has_a[self._unit_of[c.unit_actor == a]] = True
            both = self._unit_of[(c.unit_actor == b) & has_a[self._unit_of]]
            unit_doc = np.repeat(np.arange(len(c), dtype=np.int64), np.diff(c.unit_ptr))
            docs = np.unique(unit_doc[both])
        days = self._days[docs]
        ids = np.array([c.doc_ids[d] for d in docs.tolist()], dtype=object)
        order = np.lexsort((ids, np.where(days < 0, np.iinfo(np.int64).max, days))) if len(docs) else docs
        return [(c.doc_ids[d], c.dates[d]) for d in docs[order].tolist()]

    def by_period(
        self, period: Period = "month", top: int | None = None
    ) -> tuple[list[str], list[tuple[ActorRow, list[int]]]]:
        """Mentions of each actor (most mentioned first, the first ``top``) per period, on one axis."""
        rows = self.rows[:top] if top else self.rows
        series = {row.actor_id: self.timeline(row.actor_id, period) for row in rows}
        labels = [t.labels for t in series.values() if t.labels]
        axis = period_range(min(x[0] for x in labels), max(x[-1] for x in labels), period) if labels else []
        out = []
        for row in rows:
            t = series[row.actor_id]
            counts = dict(zip(t.labels, t.counts, strict=True))
            out.append((row, [counts.get(x, 0) for x in axis]))
        return axis, out

    def units(self) -> Iterable[list[str]]:
        """The actors of every block that names any (for the co-mention network)."""
        c = self.columns
        ids = c.ids
        position = 0
        actors = c.unit_actor.tolist()
        for length in c.unit_len.tolist():
            yield [ids[a] for a in actors[position : position + length]]
            position += length
