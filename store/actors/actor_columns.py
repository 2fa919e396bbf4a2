"""Many documents' actors as flat arrays (numpy): per document, its actors with their mention counts and
the set of actors of each block that names any. 10,000 documents fit in a few MB, are stored as a few
base64 strings and aggregate in milliseconds."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from store.actors.doc_actors import DocActors

I32 = np.int32


def _ragged_take(ptr: np.ndarray, values: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The slices values[ptr[r]:ptr[r+1]] of the given rows, concatenated; and the new ptr."""
    lengths = ptr[rows + 1] - ptr[rows]
    new_ptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=new_ptr[1:])
    if not len(rows) or not new_ptr[-1]:
        return values[:0], new_ptr
    starts = np.repeat(ptr[rows] - new_ptr[:-1], lengths)
    return values[starts + np.arange(new_ptr[-1])], new_ptr


@dataclass(frozen=True, slots=True)
class Columns:
    """Documents' actors as flat arrays. Actors are codes into ``ids``. For document d: its distinct
    actors are ``entry_actor[entry_ptr[d]:entry_ptr[d+1]]`` with ``entry_count`` mentions each; its blocks
    that name any actor are ``unit_len[unit_ptr[d]:unit_ptr[d+1]]`` long, their actors in ``unit_actor``."""

    ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    dates: tuple[str | None, ...]
    blocks: np.ndarray  # blocks per document
    entry_ptr: np.ndarray
    entry_actor: np.ndarray
    entry_count: np.ndarray
    unit_ptr: np.ndarray
    unit_len: np.ndarray
    unit_actor: np.ndarray

    @classmethod
    def build(cls, records: Iterable[DocActors], ids: list[str] | None = None) -> Columns:
        """From records (``ids``: an actor table to extend, so that codes match another Columns')."""
        ids = list(ids or [])
        code = {a: i for i, a in enumerate(ids)}

        def coded(actor_id: str) -> int:
            c = code.get(actor_id)
            if c is None:
                c = code[actor_id] = len(ids)
                ids.append(actor_id)
            return c

        doc_ids, dates, blocks = [], [], []
        entry_ptr, entry_actor, entry_count = [0], [], []
        unit_ptr, unit_len, unit_actor = [0], [], []
        for record in records:
            doc_ids.append(record.doc_id)
            dates.append(record.date)
            blocks.append(record.block_count)
            for actor_id, n in record.counts().items():
                entry_actor.append(coded(actor_id))
                entry_count.append(n)
            entry_ptr.append(len(entry_actor))
            for unit in record.units():
                unit_len.append(len(unit))
                unit_actor.extend(sorted(coded(a) for a in unit))
            unit_ptr.append(len(unit_len))
        return cls(
            tuple(ids), tuple(doc_ids), tuple(dates), np.array(blocks, dtype=I32),
            np.array(entry_ptr, dtype=np.int64), np.array(entry_actor, dtype=I32), np.array(entry_count, dtype=I32),
            np.array(unit_ptr, dtype=np.int64), np.array(unit_len, dtype=I32), np.array(unit_actor, dtype=I32),
        )  # fmt: skip

    def __len__(self) -> int:
        return len(self.doc_ids)

    def take(self, rows: Sequence[int] | np.ndarray) -> Columns:
        """Only these documents (positions), in this order."""
        r = np.asarray(rows, dtype=np.int64)
        entry_actor, entry_ptr = _ragged_take(self.entry_ptr, self.entry_actor, r)
        entry_count, _ = _ragged_take(self.entry_ptr, self.entry_count, r)
        unit_len, unit_ptr = _ragged_take(self.unit_ptr, self.unit_len, r)
        unit_starts = np.zeros(len(self.unit_len) + 1, dtype=np.int64)
        np.cumsum(self.unit_len, out=unit_starts[1:])
        units_taken, _ = _ragged_take(self.unit_ptr, np.arange(len(self.unit_len), dtype=np.int64), r)
        unit_actor, _ = _ragged_take(unit_starts, self.unit_actor, units_taken)
        return Columns(self.ids, tuple(self.doc_ids[i] for i in r), tuple(self.dates[i] for i in r), self.blocks[r],
                       entry_ptr, entry_actor, entry_count, unit_ptr, unit_len, unit_actor)  # fmt: skip

    def recoded(self, ids: Sequence[str]) -> Columns:
        """The same documents with actor codes into ``ids`` (which must hold every actor of these)."""
        if tuple(ids[: len(self.ids)]) == self.ids:
            return dataclasses.replace(self, ids=tuple(ids))
        code = {a: i for i, a in enumerate(ids)}
        table = np.array([code[a] for a in self.ids], dtype=I32)
        return Columns(tuple(ids), self.doc_ids, self.dates, self.blocks, self.entry_ptr, table[self.entry_actor],
                       self.entry_count, self.unit_ptr, self.unit_len, table[self.unit_actor])  # fmt: skip

    @staticmethod
    def concat(parts: Sequence[Columns]) -> Columns:
        """Documents of several Columns, one after the other (actor codes unified)."""
        if len(parts) == 1:
            return parts[0]
        ids: list[str] = []
        seen: set[str] = set()
        for part in parts:
            for a in part.ids:
                if a not in seen:
                    seen.add(a)
                    ids.append(a)
        parts = [p.recoded(ids) for p in parts]

        def ptrs(name: str) -> np.ndarray:
            out = [np.zeros(1, dtype=np.int64)]
            offset = 0
            for p in parts:
                ptr = getattr(p, name)
                out.append(ptr[1:] + offset)
                offset += int(ptr[-1])
            return np.concatenate(out)

        def cat(name: str) -> np.ndarray:
            return np.concatenate([getattr(p, name) for p in parts])

        return Columns(tuple(ids), tuple(d for p in parts for d in p.doc_ids), tuple(d for p in parts for d in p.dates),
                       cat("blocks"), ptrs("entry_ptr"), cat("entry_actor"), cat("entry_count"), ptrs("unit_ptr"),
                       cat("unit_len"), cat("unit_actor"))  # fmt: skip


EMPTY = Columns.build([])
