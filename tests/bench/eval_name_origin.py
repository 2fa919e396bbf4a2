"""How well the name-origin model (store/actors/name_origin.py) places people: cross-validation on the
dictionary's people, and the PERSON entities of the gold sets.

    .venv/bin/python tests/bench/eval_name_origin.py [--folds 5] [--grid]

1. Dictionary, K-fold by person (a person's aliases stay in one fold): each held-out person is asked among
   candidate state sets as documents give them: their own state plus 1-3 others drawn as often as states
   are named in the gold sets (a "positive" question: the answer is their state or none), and the same
   number of sets *without* their state (a "negative" question: any answer is wrong, as for a foreign
   visitor or an international official). Precision = right answers / answers; coverage = right answers /
   positive questions.
2. Gold sets: every gold mention that the full pipeline finds as an NER PERSON which no dictionary entry
   links (origin ner or context), asked among the states its document's dictionary mentions name.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from store.actors.name_data import faker_names  # noqa: E402
from store.actors.name_origin import MIN_FIT, POSTERIOR, NameModel, person_groups, train  # noqa: E402


def questions(groups, state_weights, rng, per_person: int = 2):
    """(names, true state, candidates, positive) for each person: positive and negative candidate sets."""
    states = list(state_weights)
    weights = [state_weights[s] for s in states]
    out = []
    for state, names in groups:
        for _ in range(per_person):
            k = rng.choice((1, 1, 2, 2, 3))
            others: set[str] = set()
            while len(others) < k:
                pick = rng.choices(states, weights)[0]
                if pick != state:
                    others.add(pick)
            out.append((names, state, {state} | others, True))
            out.append((names, state, set(others), False))
    return out


def cross_validate(folds: int, seed: int, grid: bool, no_extra: bool) -> None:
    groups = person_groups()
    rng = random.Random(seed)
    rng.shuffle(groups)
    weights = Counter(s for s, _ in groups)
    fold_of = [i % folds for i in range(len(groups))]
    extra = [] if no_extra else list(faker_names())
    results = []  # (posterior, ratio, state, true, positive)
    for f in range(folds):
        train_names = [(n, s) for (s, names), g in zip(groups, fold_of, strict=True) if g != f for n in names]
        model = NameModel(train(train_names, extra))
        test = [grp for grp, g in zip(groups, fold_of, strict=True) if g == f]
        for names, state, candidates, positive in questions(test, weights, rng):
            best, p, ratio = model.fit(names[0], candidates)
            results.append((p, ratio, best, state, positive))
    positives = sum(1 for r in results if r[4])
    settings = [(POSTERIOR, MIN_FIT)]
    if grid:
        settings = [(p, m) for p in (0.6, 0.8, 0.9, 0.95, 0.99) for m in (0.0, 0.5, 1.0, 2.0, 3.0)]
    print(f"dictionary people: {len(groups)}, {folds}-fold by person, {len(results)} questions")
    for p_min, fit_min in settings:
        answered = [r for r in results if r[2] is not None and r[0] >= p_min and r[1] >= fit_min]
        right = sum(1 for r in answered if r[4] and r[2] == r[3])
        wrong_neg = sum(1 for r in answered if not r[4])
        print(
            f"  posterior>={p_min:<4} fit>={fit_min:<3}  answers {len(answered):5}  precision "
            f"{right / max(1, len(answered)):.3f}  coverage {right / max(1, positives):.3f}  "
            f"(wrong on negatives {wrong_neg})"
        )


def gold_questions() -> list[tuple[str, str | None, Counter[str]]]:
    """(name, gold state, the states the document's dictionary mentions name, with their counts) for every
    gold mention the full pipeline finds as an NER PERSON of two words or more that no dictionary entry links."""
    from store.actors.analysis import Analyzer
    from store.actors.person_origin import MIN_NAMED
    from tests.bench.eval_actors import WIDER
    from tests.bench.scoring import load_gold, seed_documents

    analyzer = Analyzer(user_actors=False)
    out = []
    for _title, (folder, gold_path) in WIDER.items():
        gold = {(g["doc"], g["block"], g["start"], g["end"]): g["affiliation"] for g in load_gold(gold_path)}
        for doc in analyzer.analyze_many(seed_documents(folder)):
            states = Counter(
                a.affiliation
                for ms in (doc.title_mentions, *(b.mentions for b in doc.blocks))
                for q in ms
                if q.origin == "dictionary" and (a := analyzer.actors.get(q.actor_id)) is not None and a.affiliation
            )
            states = Counter({s: n for s, n in states.items() if n >= MIN_NAMED})
            texts = [(-1, doc.title_mentions), *((i, b.mentions) for i, b in enumerate(doc.blocks))]
            for b, mentions in texts:
                for mention in mentions:
                    if mention.label != "PERSON" or mention.origin not in ("ner", "context"):
                        continue
                    key = (Path(doc.path).name, b, mention.start, mention.end)
                    if key in gold and len(mention.text.split()) >= 2:
                        out.append((mention.text, gold[key], states))
    return out


def gold_persons(uniform: bool, grid: bool, show: bool) -> None:
    import store.actors.name_origin as no
    from store.actors.name_origin import training_names

    asked = gold_questions()
    dictionary = training_names()
    extra = list(faker_names())
    settings = [(no.EXTRA_WEIGHT, no.TEMPERATURE, no.BACKOFF)]
    if grid:
        settings = [(w, t, b) for w in (0.2, 0.5) for t in (4.0, 8.0, 12.0) for b in (5.0, 20.0, 100.0, 500.0)]
    print(f"gold sets: {len(asked)} NER persons of 2+ words no dictionary entry links")
    for weight, temperature, backoff in settings:
        no.EXTRA_WEIGHT, no.TEMPERATURE, no.BACKOFF = weight, temperature, backoff
        model = NameModel(train(dictionary, extra if weight else ()))
        for p_min in (0.8, 0.9, 0.95) if grid else (POSTERIOR,):
            answered = right = 0
            lines = []
            for name, truth, states in asked:
                prior = Counter(dict.fromkeys(states, 1)) if uniform else states
                best = model.best_fit(name, prior, posterior=p_min)
                state, p, ratio = model.fit(name, prior)
                answered += best is not None
                right += best is not None and best == truth
                mark = "ok " if best == truth else ("-- " if best is None else "BAD")
                lines.append(
                    f"    {mark} {name!r} gold {truth} -> {best} (best {state} p={p:.2f} fit={ratio:.1f}; "
                    f"among {dict(prior.most_common())})"
                )
            print(
                f"  name lists x{weight:<4} temperature {temperature:<4} backoff {backoff:<5} posterior>={p_min:<4}: answered {answered:3}, "
                f"right {right:3} (precision {right / max(1, answered):.3f}, coverage {right / max(1, len(asked)):.3f})"
            )
            if show:
                print("\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--no-gold", action="store_true")
    parser.add_argument("--show", action="store_true", help="gold sets: every question and its answer")
    parser.add_argument("--uniform", action="store_true", help="gold sets: no prior from the document's mentions")
    parser.add_argument("--no-extra", action="store_true", help="the dictionary's people only, no name lists")
    args = parser.parse_args()
    cross_validate(args.folds, args.seed, args.grid, args.no_extra)
    if not args.no_gold:
        gold_persons(args.uniform, args.grid, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
