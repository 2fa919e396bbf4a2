"""Train the cleaner's line model and write store/corpus/linemodel.json.

Run: .venv/bin/python -m tests.bench.train_cleaner   (needs ../shared/cleanbench/ and python-crfsuite,
from the ``train`` extra). A linear-chain CRF over the non-blank lines of each page, trained on the
cleanbench pages (both ``pages/`` and ``pages-nomarkers/``) and the bundled corpus (labelled by the
rule cleaner that is right on it, tests/bench/cleaner_seed_labels.json). The weights are exported to
JSON and decoded at run time by store/corpus/linemodel.py (no crfsuite there).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

from store.corpus.rules import SPACE

# Bump when features, labels or training data change; the shipped JSON carries it and a test checks them.
MODEL_VERSION = 2
OUT = Path(__file__).resolve().parent.parent.parent / "store" / "corpus" / "linemodel.json"
PARAMS = {"c1": 0.1, "c2": 0.02, "max_iterations": 200, "feature.possible_transitions": True}
SEED_REPEAT = 2

Item = tuple[list[str], list[int], list[str]]  # non-blank lines, their indents, their labels


def nonblank(text: str, labels: Sequence[str] | None = None) -> Item:
    lines, indents, out_labels = [], [], []
    for i, raw in enumerate(text.split("\n")):
        line = SPACE.sub(" ", raw).strip()
        if line:
            lines.append(line)
            expanded = raw.replace("\t", "    ")
            indents.append(len(expanded) - len(expanded.lstrip(" \u00a0")))
            out_labels.append(labels[i] if labels is not None else "")
    return lines, indents, out_labels


def page_items(pages) -> list[Item]:
    from tests.bench.cleanbench import label_page

    items = []
    for page in pages:
        raw_lines = page.text.split("\n")
        labels = label_page(raw_lines, page.body, page.title)
        items.append(nonblank(page.text, labels))
    return items


def crops(items: Sequence[Item]) -> list[Item]:
    """Short pages cut from long ones (the headline and the first paragraphs, the last paragraphs and
    what follows), so the model also knows a page of a few lines."""
    out: list[Item] = []
    for lines, indents, labels in items:
        body = [k for k, label in enumerate(labels) if label in ("body", "heading")]
        if len(body) < 3:
            continue
        title = next((k for k, label in enumerate(labels) if label == "title"), body[0])
        start = max(0, min(title, body[0]) - 2)
        for take in (1, 2, 4):
            end = body[min(take, len(body) - 1)] + 1
            out.append((lines[start:end], indents[start:end], labels[start:end]))
        start = body[max(0, len(body) - 3)]
        for after in (2, 8):
            end = min(len(lines), body[-1] + after)
            out.append((lines[start:end], indents[start:end], labels[start:end]))
    return out


def seed_items() -> list[Item]:
    from tests.bench.cleanbench import seed_items as seeds

    return [nonblank(text, labels) for text, labels in seeds()]


def train(items: Sequence[Item], params: dict | None = None) -> dict:
    """Train a CRF on the items; the model as the JSON-ready dict linemodel.py reads."""
    import pycrfsuite

    from store.corpus.linemodel import LABELS
    from store.corpus.lines import features

    trainer = pycrfsuite.Trainer(verbose=False)
    for lines, indents, labels in items:
        if lines:
            trainer.append(features(lines, indents), labels)
    trainer.set_params(dict(PARAMS, **(params or {})))
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    labels = list(LABELS)
    index = {label: i for i, label in enumerate(labels)}
    transitions = [[0.0] * len(labels) for _ in labels]
    for (a, b), w in info.transitions.items():
        transitions[index[a]][index[b]] = round(w, 4)
    weights: dict[str, list[float]] = {}
    for (attr, label), w in info.state_features.items():
        if abs(w) < 1e-4:
            continue
        weights.setdefault(attr, [0.0] * len(labels))[index[label]] = round(w, 4)
    model = {
        "version": MODEL_VERSION,
        "labels": labels,
        "transitions": transitions,
        "weights": dict(sorted(weights.items())),
    }
    model["headline"] = train_headline(items, model)
    return model


def train_headline(items: Sequence[Item], model: dict, iterations: int = 300, l2: float = 0.5) -> dict[str, float]:
    """A listwise headline ranker: softmax over each page's candidates, by gradient descent (numpy)."""
    import numpy as np

    from store.corpus import headline
    from store.corpus.clean import _title_like
    from store.corpus.linemodel import LineModel
    from store.corpus.lines import features

    line_model = LineModel.from_json(dict(model, headline={}))
    pages: list[tuple[list[list[str]], int]] = []
    for lines, indents, labels in items:
        if "title" not in labels:
            continue
        feats = features(lines, indents)
        predicted, _ = line_model.decode(feats)
        truth = labels.index("title")
        eligible = [_title_like(line) for line in lines]
        picks = headline.candidates(predicted, eligible)
        if truth not in picks or len(picks) < 2:
            continue
        pages.append((headline.candidate_features(feats, predicted, picks, lines), picks.index(truth)))
    names = sorted({name for cands, _ in pages for f in cands for name in f})
    column = {name: j for j, name in enumerate(names)}
    matrices = []
    for cands, truth in pages:
        x = np.zeros((len(cands), len(names)))
        for i, f in enumerate(cands):
            for name in f:
                x[i, column[name]] = 1.0
        matrices.append((x, truth))
    w = np.zeros(len(names))
    rate = 0.5
    for _ in range(iterations):
        grad = l2 * w
        for x, truth in matrices:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += (x.T @ p - x[truth]) / len(matrices)
        w -= rate * grad
    return {name: round(float(v), 4) for name, v in zip(names, w, strict=True) if abs(v) >= 1e-3}


def all_items() -> list[Item]:
    from tests.bench.cleanbench import pages

    items = page_items(pages("pages")) + page_items(pages("pages-nomarkers")) + seed_items() * SEED_REPEAT
    return items + crops(items)


def main() -> None:
    from tests.bench.cleanbench import require

    require()
    model = train(all_items())
    OUT.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: version {MODEL_VERSION}, {len(model['weights'])} features, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
