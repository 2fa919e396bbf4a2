"""Which state a person's name fits (issue 14, round 9): a character n-gram naive Bayes model of names.

    fits = name_scores("Mikalai Statkevich")           # state -> log-likelihood of the name
    best_fit("Mikalai Statkevich", {"BLR", "USA"})     -> "BLR"
    best_fit("Andrei Morozov", {"RUS", "UKR"})         -> None   (both fit: no guess)

Trained on the people of the bundled dictionary (``store/actors/actors.toml``: every person with a state,
by their canonical name and their aliases of two words or more), each name cut into its words and those
into character n-grams of 2 to 4 letters with word boundaries ("^st", "vich$") plus the whole word: the
endings of surnames ("-enko", "-yan", "-shvili", "-oglu") and the forms of first names ("Mikalai" is
Belarusian, "Mykola" Ukrainian, "Nikolai" Russian) say much of where a name is from.

The model never picks a state on its own: the caller gives the states the document names, and the name must
fit one of them clearly better than the others (POSTERIOR among them, uniform prior) *and* better than it
fits the average state of the world (MIN_FIT, log-likelihood ratio against the mixture of every state's
model), so that "Christopher Smith" in a story about Belarus and Russia is neither's. The thresholds were
chosen for precision by cross-validation on the dictionary's people (``tests/bench/eval_name_origin.py``).

The model is plain JSON (``name_origin.json`` beside this module, no pickle), made by
``python -m store.actors.name_origin`` from the bundled dictionary; a test checks that the shipped file is what
that gives, so after an edit of the bundled dictionary's people, run it again. It is read once a process, on
first use, and only by an analysis that misses the cache.
"""

from __future__ import annotations

import json
import math
import re
import sys
import threading
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from store.actors.matcher import fold

MODEL_FILE = Path(__file__).resolve().parent / "name_origin.json"
DICTIONARY_FILE = Path(__file__).resolve().parent / "actors.toml"
EXTRA_WEIGHT = 0.2  # a name of the name lists counts a fifth of a dictionary name
MIN_COUNT = 0.5  # a feature is kept when its counts add up to this (one dictionary name, three listed ones)
ALPHA = 0.1  # additive smoothing of the pooled feature counts
BACKOFF = 20.0  # how many features' worth of the pooled model each state's model is mixed with
MIN_PEOPLE = 3  # a state with fewer people in the dictionary gets no model (too little to learn from)
NGRAMS = (2, 3, 4)
TEMPERATURE = 12.0  # naive Bayes counts every n-gram as independent evidence: its log-likelihoods are divided
POSTERIOR = 0.95  # the best state among the document's must have this share of the name's probability
# states whose people's names are one stock: a name that fits a state of the group the document does not name
# better than the chosen one is not linked
SHARED_NAMES = (frozenset("USA GBR IRL CAN AUS NZL".split()),)
RICH = 1500.0  # weighted feature counts: the states of a group compared are those with this much data
MIN_FIT = 2.0  # and fit the name this much better (tempered log ratio) than the average state's model does
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def name_words(name: str) -> list[str]:
    """The folded words of a name ("Mikalai Statkevich" -> ["mikalai", "statkevich"])."""
    return [fold(w).replace("’", "'") for w in _WORD.findall(name)]


def features(name: str) -> list[str]:
    """The features of a name: each word's character n-grams with its boundaries, and the word itself."""
    out: list[str] = []
    for word in name_words(name):
        padded = f"^{word}$"
        for n in NGRAMS:
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
        out.append(f"={word}")
    return out


# ── training ──────────────────────────────────────────────────────────────────────────────────────


def training_names(path: Path = DICTIONARY_FILE) -> list[tuple[str, str]]:
    """(name, state) for every person of the bundled dictionary with a state: the canonical name and each
    alias of two words or more (one word may be a title or a nickname), without repeats."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out: list[tuple[str, str]] = []
    for actor in data.get("actor", ()):
        state = actor.get("affiliation")
        if actor.get("kind") != "person" or not state:
            continue
        seen: set[str] = set()
        for name in (actor["name"], *actor.get("aliases", ())):
            key = " ".join(name_words(name))
            if len(key.split()) >= 2 and key not in seen:
                seen.add(key)
                out.append((name, state))
    return out


def person_groups(path: Path = DICTIONARY_FILE) -> list[tuple[str, list[str]]]:
    """(state, names) per person of the bundled dictionary: for cross-validation by person, not by name."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out: list[tuple[str, list[str]]] = []
    for actor in data.get("actor", ()):
        state = actor.get("affiliation")
        if actor.get("kind") != "person" or not state:
            continue
        names = [n for n in (actor["name"], *actor.get("aliases", ())) if len(name_words(n)) >= 2]
        if names:
            out.append((state, list(dict.fromkeys(names))))
    return out


def train(names: Iterable[tuple[str, str]], extra: Iterable[tuple[str, str]] = ()) -> dict[str, object]:
    """The model as JSON-ready data: feature counts per state ("RUS:3 UKR:1.5", plain strings), each state's
    total and its number of dictionary names. ``extra`` names (single first or last names of a state, from
    name lists) count EXTRA_WEIGHT each."""
    counts: dict[str, Counter[str]] = {}
    people: Counter[str] = Counter()
    extra = list(extra)
    extra_states = {state for _, state in extra}
    for name, state in names:
        counts.setdefault(state, Counter()).update(features(name))
        people[state] += 1
    for name, state in extra:
        row = counts.setdefault(state, Counter())
        for feature in features(name):
            row[feature] += EXTRA_WEIGHT  # type: ignore[assignment]
        people[state] += 0  # a state of the name lists has a model even without dictionary people
    states = sorted(s for s in counts if people[s] >= MIN_PEOPLE or s in extra_states)
    by_feature: dict[str, dict[str, float]] = {}
    for state in states:
        for feature, n in counts[state].items():
            by_feature.setdefault(feature, {})[state] = n
    # a feature of one listed name only is no evidence worth its place in the file
    by_feature = {f: row for f, row in by_feature.items() if sum(row.values()) >= MIN_COUNT}
    return {
        "source": "the people of store/actors/actors.toml (python -m store.actors.name_origin)",
        "alpha": ALPHA,
        "states": {s: [round(sum(counts[s].values()), 2), people[s]] for s in states},
        "features": {
            f: " ".join(f"{s}:{round(n, 2):g}" for s, n in sorted(row.items())) for f, row in sorted(by_feature.items())
        },
    }


def model_json(model: Mapping[str, object]) -> str:
    return json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


# ── scoring ───────────────────────────────────────────────────────────────────────────────────────


class NameModel:
    """A trained model (``train``'s data) that scores names."""

    def __init__(self, data: Mapping[str, object]) -> None:
        self.alpha = float(data["alpha"])  # type: ignore[arg-type]
        states: Mapping[str, list[float]] = data["states"]  # type: ignore[assignment]
        self.features: Mapping[str, str] = data["features"]  # type: ignore[assignment]
        self.states = sorted(states)
        self._totals = {s: float(total) for s, (total, _) in states.items()}
        # every state's model backs off to the pooled one (Dirichlet smoothing): a state with few names in
        # the training data is not penalised for the common n-grams it has not seen
        self._grand = sum(self._totals.values()) + self.alpha * (len(self.features) + 1)
        self.backoff = BACKOFF
        self._log_totals = {s: math.log(total + self.backoff) for s, total in self._totals.items()}
        self._rows: dict[str, tuple[dict[str, float], float]] = {}  # parsed rows and their sums, as asked for

    def _background(self, feature: str) -> float:
        return (self._row(feature)[1] + self.alpha) / self._grand

    def _row(self, feature: str) -> tuple[dict[str, float], float]:
        row = self._rows.get(feature)
        if row is None:
            text = self.features.get(feature)
            counts = {k: float(v) for k, v in (item.split(":") for item in text.split())} if text else {}
            row = self._rows[feature] = (counts, sum(counts.values()))
        return row

    def scores(self, name: str) -> dict[str, float]:
        """state -> tempered log-likelihood of the name under that state's model."""
        feats = features(name)
        beta = self.backoff
        base = 0.0  # every state's share of the features it has not seen: the pooled model's
        seen: dict[str, float] = {}
        for feature in feats:
            prior = beta * self._background(feature)
            unseen = math.log(prior)
            base += unseen
            for s, n in self._row(feature)[0].items():
                seen[s] = seen.get(s, 0.0) + math.log(n + prior) - unseen
        size = len(feats)
        return {
            s: (base + seen.get(s, 0.0) - size * math.log(self._totals[s] + beta)) / TEMPERATURE for s in self.states
        }

    def fit(self, name: str, candidates: Mapping[str, float] | Iterable[str]) -> tuple[str | None, float, float]:
        """(best candidate state, its posterior among the candidates, its log ratio against the average
        state); (None, 0, 0) when no candidate has a model. ``candidates``: states, or states with their
        prior weight (how often the document names each)."""
        weights = candidates if isinstance(candidates, Mapping) else dict.fromkeys(candidates, 1.0)
        scores = self.scores(name)
        among = {s: scores[s] + math.log(w) for s, w in weights.items() if s in scores and w > 0}
        if not among:
            return None, 0.0, 0.0
        best = max(among, key=among.__getitem__)
        top = among[best]
        posterior = 1.0 / sum(math.exp(v - top) for v in among.values())
        everyone = max(scores.values())
        average = everyone + math.log(sum(math.exp(v - everyone) for v in scores.values()) / len(scores))
        return best, posterior, scores[best] - average

    def shared_elsewhere(self, name: str, state: str, candidates: Iterable[str]) -> bool:
        """Whether ``state`` shares its names with states of its group (English names: the English-speaking
        states) and one of those that is no candidate fits this name better: an American in a story that names
        only Britain is no Briton."""
        group = next((g for g in SHARED_NAMES if state in g), None)
        if group is None:
            return False
        scores = self.scores(name)
        others = group - set(candidates) - {state}
        # only states with enough names to judge by (a state of few names fits every name a little)
        return any(scores.get(s, -math.inf) > scores[state] and self._totals[s] >= RICH for s in others)

    def best_fit(
        self,
        name: str,
        candidates: Mapping[str, float] | Iterable[str],
        *,
        posterior: float = POSTERIOR,
        min_fit: float = MIN_FIT,
    ) -> str | None:
        """The one candidate state the name clearly fits, else None."""
        state, p, ratio = self.fit(name, candidates)
        if state is None or p < posterior or ratio < min_fit:
            return None
        return None if self.shared_elsewhere(name, state, candidates) else state


_MODEL: NameModel | None = None
_LOCK = threading.Lock()


def model() -> NameModel:
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            _MODEL = NameModel(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
        return _MODEL


def best_fit(name: str, candidates: Mapping[str, float] | Iterable[str]) -> str | None:
    return model().best_fit(name, candidates)


if __name__ == "__main__":  # regenerate name_origin.json from the bundled dictionary
    from store.actors.name_data import faker_names

    MODEL_FILE.write_text(model_json(train(training_names(), faker_names())), encoding="utf-8")
    print(f"wrote {MODEL_FILE}", file=sys.stderr)
