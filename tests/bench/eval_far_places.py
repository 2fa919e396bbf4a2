"""What the gazetteer's rule for far places costs and gains (issue 14, round 10), on every gold set in one run.

    .venv/bin/python tests/bench/eval_far_places.py

A name the gazetteer knows only as other places' alternative name ("Kharkov", or a far country's spelling of its
town) is linked only to a state the document names (store/actors/gazetteer.py ``alternative_only``). This
script scores the wider sets with the rule and without it (every name treated as a place's own), and lists the
mentions whose state differs, so the trade-off is measured, not assumed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from store.actors import gazetteer, places  # noqa: E402
from store.actors.analysis import Analyzer  # noqa: E402
from tests.bench.eval_actors import WIDER  # noqa: E402
from tests.bench.scoring import affiliations_of, load_gold, score_affiliations, seed_documents  # noqa: E402


def run() -> tuple[dict[tuple, object], list[tuple[int, int, int, int, int]]]:
    analyzer = Analyzer(cache=None, user_actors=False)
    predicted: dict[tuple, object] = {}
    scores = []
    for title, (folder, gold_path) in WIDER.items():
        docs = analyzer.analyze_many(seed_documents(folder))
        found = affiliations_of(docs, analyzer.actors)
        predicted.update({(title, *k): v for k, v in found.items()})
        s = score_affiliations(load_gold(gold_path), found)
        correct = sum(c for _, c in s.by_origin.values())
        scores.append((s.gold, s.found, s.affiliated_ok, s.predicted, correct))
    return predicted, scores


def main() -> int:
    with_rule, a = run()
    gazetteer.alternative_only = places.alternative_only = lambda name: False  # type: ignore[assignment]
    without, b = run()
    for name, s in (("with the rule", a), ("without it", b)):
        gold, found, ok, predicted, correct = (sum(x[i] for x in s) for i in range(5))
        print(
            f"{name:<16} recall {found / gold:.3f}  affiliation {ok / found:.3f}  precision {correct / predicted:.3f}"
        )
    changed = sorted(k for k in set(with_rule) | set(without) if with_rule.get(k) != without.get(k))
    print(f"{len(changed)} mentions differ")
    for k in changed:
        print("   ", k, without.get(k), "->", with_rule.get(k))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
