"""Does a bigger dictionary slow matching? The bundled dictionary against itself cut before batch 2026-11c
(the dictionary as it was before that batch), on the same texts, in one run, the two taking turns.

    .venv/bin/python tests/bench/bench_dictionary_size.py [--repeat N] [--rounds N]

Prints, for each dictionary: its size, the time to load it (parse the TOML and build the matcher), the time
of the matcher alone over the tokenized texts, and of a dictionary-only analysis (matching, merge and the
document rules), and the ratio of the two dictionaries.
The texts: the bundled corpus and the wider-field gold sets (tests/data/wider*), repeated.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from store.actors.analysis import Analyzer  # noqa: E402
from store.actors.dictionary import bundled_file, parse_dictionary  # noqa: E402
from store.actors.matcher import ActorMatcher  # noqa: E402
from tests.bench.bench_actors import interleaved  # noqa: E402
from tests.bench.scoring import DATA, seed_documents  # noqa: E402

BATCH = b"# \xe2\x94\x80\xe2\x94\x80 Batch 2026-11c"  # "# ── Batch 2026-11c": where the smaller dictionary ends


def analyzer_with(data: bytes) -> tuple[Analyzer, ActorMatcher]:
    analyzer = Analyzer(ner=False, cache=None, user_actors=False)
    analyzer.warm_up()
    analyzer._dictionary = parse_dictionary(data)  # the bench's own dictionary, instead of the bundled one
    nlp = analyzer._tokenize()
    matcher = ActorMatcher(analyzer._dictionary, lambda text: [t.text for t in nlp.make_doc(text)])
    analyzer._matcher = matcher
    return analyzer, matcher


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="copies of the texts per run (default 3)")
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds, best kept (default 7)")
    args = parser.parse_args()
    full = bundled_file().read_bytes()
    cut = full.find(BATCH)
    if cut < 0:
        print("batch 2026-11c not found in the bundled dictionary", file=sys.stderr)
        return 1
    small, small_matcher = analyzer_with(full[:cut])
    big, big_matcher = analyzer_with(full)
    docs = seed_documents()
    for folder in sorted(DATA.glob("wider*")):
        if folder.is_dir():
            docs += seed_documents(folder)
    docs = docs * args.repeat
    nlp = small._tokenize()
    token_lists = [[t.text for t in nlp.make_doc(b.text)] for d in docs for b in d.blocks]
    tokens = sum(len(t) for t in token_lists)

    def match(matcher: ActorMatcher):
        return lambda: [matcher.match(words) for words in token_lists]

    def load(data: bytes):
        return lambda: ActorMatcher(parse_dictionary(data), lambda text: [t.text for t in nlp.make_doc(text)])

    m_small, m_big, a_small, a_big, l_small, l_big = interleaved(
        [
            match(small_matcher),
            match(big_matcher),
            lambda: small.analyze_many(docs),
            lambda: big.analyze_many(docs),
            load(full[:cut]),
            load(full),
        ],
        args.rounds,
    )
    print(f"{len(docs)} documents, {tokens:,} tokens\n")
    print(f"{'':<34}{'before 2026-11c':>16}{'bundled':>12}{'ratio':>8}")
    print(f"{'dictionary actors':<34}{len(small.dictionary.entries):>16,}{len(big.dictionary.entries):>12,}")
    print(f"{'load: parse and build (s)':<34}{l_small:>16.2f}{l_big:>12.2f}{l_small / l_big:>8.2f}x")
    print(f"{'matcher alone (tokens/s)':<34}{tokens / m_small:>16,.0f}{tokens / m_big:>12,.0f}{m_small / m_big:>8.2f}x")
    print(
        f"{'dictionary-only analysis (tokens/s)':<34}{tokens / a_small:>16,.0f}{tokens / a_big:>12,.0f}{a_small / a_big:>8.2f}x"
    )
    print("\nratio: speed of the bundled dictionary relative to the smaller one (1.00x = no slower)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
