"""The line model at run time: a linear-chain CRF decoded by Viterbi over weights in a JSON file.

The weights (``linemodel.json``) are trained offline by tests/bench/train_cleaner.py with
python-crfsuite; here there is no ML framework, only dictionary look-ups and a small Viterbi.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from operator import add
from pathlib import Path
from typing import cast

MODEL_PATH = Path(__file__).with_name("linemodel.json")
LABELS = ("title", "byline", "body", "heading", "caption", "comment", "furniture")


@dataclass(frozen=True)
class LineModel:
    version: int
    labels: tuple[str, ...]
    transitions: tuple[tuple[float, ...], ...]  # [from][to]
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per label
    headline: dict[str, float]  # feature -> weight of the headline ranker (store.corpus.headline)

    @classmethod
    def from_json(cls, data: dict) -> LineModel:
        labels = tuple(data["labels"])
        transitions = tuple(tuple(float(w) for w in row) for row in data["transitions"])
        weights = {name: tuple(float(w) for w in row) for name, row in data["weights"].items()}
        if len(transitions) != len(labels) or any(len(row) != len(labels) for row in weights.values()):
            raise ValueError("line model: weights do not match its labels")
        headline = {name: float(w) for name, w in data.get("headline", {}).items()}
        return cls(int(data["version"]), labels, transitions, weights, headline)

    def scores(self, features: list[list[str]]) -> list[list[float]]:
        """Each line's state score for each label (features are binary: present or not)."""
        get = self.weights.get
        zero = (0.0,) * len(self.labels)
        out = []
        for f in features:
            rows = [row for row in map(get, f) if row is not None]
            out.append(
                cast(list[float], list(map(sum, zip(*rows, strict=True)))) if rows else list(zero)
            )  # sums of floats
        return out

    def decode(self, features: list[list[str]]) -> tuple[list[str], list[list[float]]]:
        """The best label sequence (Viterbi) and the state scores it was found from."""
        scores = self.scores(features)
        if not scores:
            return [], scores
        k = len(self.labels)
        trans = self.transitions
        columns = [[trans[x][y] for x in range(k)] for y in range(k)]
        # Forward: keep each step's best scores; the back-pointers are found only along the best
        # path afterwards (one argmax per line instead of one per line and label).
        # When the leading label's lead over the runner-up exceeds what any transition could make up,
        # it is the best predecessor of every label (float addition is monotone, so this is exact).
        ceilings = [max(column) for column in columns]
        steps = list(zip(columns, ceilings, strict=True))
        best = list(scores[0])
        history = [best]
        for row in scores[1:]:
            lead = max(best)
            x = best.index(lead)
            second = max(best[:x] + best[x + 1 :], default=float("-inf"))
            new = []
            for (column, ceiling), own in zip(steps, row, strict=True):
                via = lead + column[x]
                new.append((via if second + ceiling < via else max(map(add, best, column))) + own)
            best = new
            history.append(best)
        y = max(range(k), key=best.__getitem__)
        path = [y]
        for t in range(len(history) - 1, 0, -1):
            candidates = list(map(add, history[t - 1], columns[y]))
            y = candidates.index(max(candidates))
            path.append(y)
        path.reverse()
        return [self.labels[y] for y in path], scores


@cache
def shipped() -> LineModel:
    """The model shipped in the package."""
    return LineModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
