"""Speed of actor analysis, in one run on the same texts (the bundled corpus, repeated).

    .venv/bin/python tests/bench/bench_actors.py [--repeat N]

Prints tokens/s of bare ``nlp.pipe`` (the NER-only pipeline), of the full analysis (NER + dictionary +
merge + Mentions; goal >= 0.9x of bare), of dictionary-only analysis (goal >= 20x the full one), and the
cost of a cached reopen relative to loading the plain document.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from store.actors.analysis import Analyzer  # noqa: E402
from store.actors.ner import load_pipeline  # noqa: E402
from store.cache import AnalysisCache  # noqa: E402
from store.corpus.documents import load  # noqa: E402
from store.corpus.files import SourceFile  # noqa: E402
from tests.bench.scoring import SEEDS, seed_documents  # noqa: E402


def best(fn, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def interleaved(fns, rounds: int) -> list[float]:
    """Best time of each function, the functions taking turns (fair on a busy machine)."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            times[i].append(time.perf_counter() - start)
    return [min(t) for t in times]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=4, help="copies of the corpus per run (default 4)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds, best kept (default 5)")
    args = parser.parse_args()
    full = Analyzer(cache=None, user_actors=False)
    if full.pipeline_name is None:
        print("no spaCy English pipeline installed", file=sys.stderr)
        return 1
    dictionary = Analyzer(ner=False, cache=None, user_actors=False)
    full.warm_up()
    dictionary.warm_up()
    nlp = load_pipeline(full.pipeline_name).nlp
    docs = seed_documents() * args.repeat
    texts = [t for d in docs for t in ([d.title] if d.title else []) + [b.text for b in d.blocks]]  # as analysed
    tokens = sum(len(d) for d in nlp.pipe(texts))

    bare, analysed = interleaved(
        [lambda: list(nlp.pipe(texts, batch_size=64)), lambda: full.analyze_many(docs)], args.rounds
    )
    dict_only = best(lambda: dictionary.analyze_many(docs), rounds=5)

    print(f"pipeline {full.pipeline_name} ({' '.join(nlp.pipe_names)}), {len(docs)} documents, {tokens} tokens\n")
    print(f"{'bare nlp.pipe':<32}{tokens / bare:>12,.0f} tokens/s")
    print(
        f"{'full actor analysis':<32}{tokens / analysed:>12,.0f} tokens/s   {bare / analysed:5.2f}x of bare   (goal >= 0.9x)"
    )
    print(
        f"{'(bare + dictionary pass)':<32}{tokens / (bare + dict_only):>12,.0f} tokens/s   "
        f"{bare / (bare + dict_only):5.2f}x of bare   (the same, without NER timing noise)"
    )
    print(
        f"{'dictionary only':<32}{tokens / dict_only:>12,.0f} tokens/s   {analysed / dict_only:5.1f}x the full analysis (goal >= 20x)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        cached = Analyzer(cache=AnalysisCache(tmp), user_actors=False)
        cached.analyze_many(seed_documents())
        sources = [SourceFile(p) for p in sorted(SEEDS.glob("*.txt"))]
        plain = best(lambda: [load(s) for s in sources], rounds=5)
        reopen = best(lambda: cached.analyze_many([load(s) for s in sources]), rounds=5)
        analysed_texts = sum(len(d.blocks) + bool(d.title) for d in seed_documents())
        assert cached.ner_texts == analysed_texts  # only the first run: a cached reopen runs no NLP
    print(
        f"{'cached reopen (load + mentions)':<32}{reopen / len(sources) * 1000:>9.2f} ms/doc   "
        f"{reopen / plain:5.2f}x of loading the plain text ({plain / len(sources) * 1000:.2f} ms/doc)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
