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
MODEL_VERSION = 4
OUT = Path(__file__).resolve().parent.parent.parent / "store" / "corpus" / "linemodel.json"
PARAMS = {"c1": 0.1, "c2": 0.02, "max_iterations": 200, "feature.possible_transitions": True}
SEED_REPEAT = 2
INNER_FOLDS = 3  # line models that label the headline ranker's training pages, each without its pages

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


def train(items: Sequence[Item], params: dict | None = None, folds: int = INNER_FOLDS) -> dict:
    """The model as the JSON-ready dict linemodel.py reads: a CRF over the pages (``items``, whole
    pages; their crops are added here) and the headline ranker.

    The ranker is trained on candidates labelled by line models that never saw their page (inner
    folds), so it learns how far to trust the line model's labels on a page it has not seen, not on
    the pages the CRF has learnt by heart."""
    model = train_crf(list(items) + crops(items), params)
    held, decoders = _out_of_fold(items, params, folds)
    model["headline"] = train_headline(held, model, decoders=decoders)
    return model


def _out_of_fold(items: Sequence[Item], params: dict | None, folds: int) -> tuple[list[Item], list[object]]:
    """Each page and its crops, with the line model trained on the other inner folds' pages."""
    from store.corpus.linemodel import LineModel

    def key(item: Item) -> tuple[str, ...]:
        """The same page in both page sets has the same key: its headline and its longest body line."""
        lines, _, labels = item
        body = [line for line, label in zip(lines, labels, strict=True) if label == "body"]
        title = [line for line, label in zip(lines, labels, strict=True) if label == "title"]
        return (*title[:1], max(body, key=len)) if body else tuple(lines[:40])

    group: dict[tuple[str, ...], int] = {}
    for item in items:
        group.setdefault(key(item), len(group))
    held: list[Item] = []
    decoders: list[object] = []
    for fold in range(folds):
        inner = [item for item in items if group[key(item)] % folds != fold]
        decoder = LineModel.from_json(dict(train_crf(inner + crops(inner), params), headline={}))
        for item in items:
            if group[key(item)] % folds == fold:
                for piece in [item, *crops([item])]:
                    held.append(piece)
                    decoders.append(decoder)
    return held, decoders


def train_crf(items: Sequence[Item], params: dict | None = None) -> dict:
    """Train the CRF on the items: its labels, transitions and state weights."""
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
    return model


def train_headline(
    items: Sequence[Item],
    model: dict,
    iterations: int = 300,
    l2: float = 0.03,
    decoders: Sequence[object] | None = None,
) -> dict[str, float]:
    """A listwise headline ranker: softmax over each page's candidates, by gradient descent (numpy).

    ``decoders``: for each item, the line model that labels it (one that never saw it), so the ranker
    learns from labels as noisy as those it meets on a new page; by default ``model``."""
    import numpy as np

    from store.corpus import headline
    from store.corpus.linemodel import LineModel
    from store.corpus.lines import features

    line_model = LineModel.from_json(dict(model, headline={}))
    pages: list[tuple[list[list[str]], int]] = []
    for n, (lines, indents, labels) in enumerate(items):
        if "title" not in labels:
            continue
        feats = features(lines, indents)
        decoder = decoders[n] if decoders is not None else line_model
        predicted, _ = decoder.decode(feats)  # type: ignore[attr-defined]
        truth = labels.index("title")
        eligible = [headline.title_text(line) is not None for line in lines]
        picks = headline.candidates(predicted, eligible)
        if truth not in picks or len(picks) < 2:
            continue
        pages.append((headline.candidate_features(feats, predicted, picks, lines), picks.index(truth)))
    names = sorted({name for cands, _ in pages for f in cands for name in f})
    column = {name: j for j, name in enumerate(names)}
    rows = [[column[name] for name in f] for cands, _ in pages for f in cands]
    x = np.zeros((len(rows), len(names)))
    for i, cols in enumerate(rows):
        x[i, cols] = 1.0
    sizes = np.array([len(cands) for cands, _ in pages])
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    truth = starts + np.array([t for _, t in pages])
    group = np.repeat(np.arange(len(pages)), sizes)
    w = _newton(x, starts, group, truth, l2, iterations)
    return {name: round(float(v), 4) for name, v in zip(names, w, strict=True) if abs(v) >= 1e-3}


def _newton(x, starts, group, truth, l2: float, iterations: int):  # type: ignore[no-untyped-def]
    """Minimise the mean softmax loss (the true candidate among its page's) plus l2/2 |w|^2 by damped
    Newton steps: the problem is small (a few hundred features) and strictly convex."""
    import numpy as np

    pages = len(starts)

    def loss_grad(w):  # type: ignore[no-untyped-def]
        s = x @ w
        top = np.maximum.reduceat(s, starts)
        e = np.exp(s - top[group])
        total = np.add.reduceat(e, starts)
        p = e / total[group]
        loss = (np.sum(np.log(total) + top - s[truth])) / pages + l2 / 2 * w @ w
        grad = (x.T @ p - x[truth].sum(axis=0)) / pages + l2 * w
        return loss, grad, p

    w = np.zeros(x.shape[1])
    loss, grad, p = loss_grad(w)
    for _ in range(min(iterations, 50)):
        weighted = x * p[:, None]
        per_page = np.add.reduceat(weighted, starts)
        hessian = (x.T @ weighted - per_page.T @ per_page) / pages + l2 * np.eye(len(w))
        step = np.linalg.solve(hessian, grad)
        rate = 1.0
        while True:
            new_loss, new_grad, new_p = loss_grad(w - rate * step)
            if new_loss <= loss - 1e-4 * rate * grad @ step or rate < 1e-4:
                break
            rate /= 2
        w = w - rate * step
        converged = loss - new_loss < 1e-9
        loss, grad, p = new_loss, new_grad, new_p
        if converged:
            break
    return w


def all_items() -> list[Item]:
    """Every page of both page sets and the bundled corpus (crops are added by ``train``)."""
    from tests.bench.cleanbench import pages

    return page_items(pages("pages")) + page_items(pages("pages-nomarkers")) + seed_items() * SEED_REPEAT


def main() -> None:
    from tests.bench.cleanbench import require

    require()
    model = train(all_items())
    OUT.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: version {MODEL_VERSION}, {len(model['weights'])} features, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
