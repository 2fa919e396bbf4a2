"""Benchmark: re-anchoring notes by their quote, rapidfuzz (store/notebook/anchoring.py) against the
difflib version it replaced (tests/bench/anchoring_difflib.py, a frozen copy), on the same cases.

    .venv/bin/python -m tests.bench.bench_anchoring [--cases N] [--repeat R] [--seed S]

Cases: the situations of tests/store/test_anchoring.py, plus passages of the bundled corpus (seeds/) put
through the edits a re-saved article goes through: unchanged, text inserted before, a word changed, a
word dropped, punctuation changed, the passage deleted. Each case knows the right answer (where the
passage is now, or that it is gone). Prints, for both: correct answers, answers that differ, and the
time to resolve every case (median of the repeats) with the ratio.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from store.corpus.library import Library  # noqa: E402
from store.model import Anchor, Block, Document  # noqa: E402
from store.notebook import anchoring  # noqa: E402
from tests.bench import anchoring_difflib  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

Case = tuple[str, Anchor, Document, tuple[int, int, int] | None]  # kind, anchor, edited doc, truth (block, start, end)


def doc_of(*texts: str, doc_id: str = "d") -> Document:
    blocks = tuple(Block("paragraph", t) for t in texts)
    return Document(id=doc_id, path="/c/a.txt", title="t", author=None, date=None, source=None, blocks=blocks)


def corpus_cases(count: int, rng: random.Random) -> list[Case]:
    library = Library([SEEDS])
    docs = [library.document(i) for i in range(len(library))]
    cases: list[Case] = []
    kinds = ["unchanged", "inserted", "word", "drop", "punctuation", "deleted"]
    while len(cases) < count:
        doc = rng.choice(docs)
        index = rng.randrange(len(doc.blocks))
        text = doc.blocks[index].text
        if len(text) < 60:
            continue
        size = rng.randint(25, min(160, len(text)))
        start = rng.randrange(0, len(text) - size + 1)
        while start > 0 and text[start - 1] != " ":
            start -= 1
        end = min(len(text), start + size)
        while end < len(text) and text[end - 1] != " " and text[end] != " ":
            end += 1
        passage = text[start:end].strip()
        if len(passage) < 20 or len(passage.split()) < 4:
            continue
        start = text.index(passage, start)
        end = start + len(passage)
        anchor = anchoring.anchor_for(doc, index, start, end)
        kind = kinds[len(cases) % len(kinds)]
        words = passage.split(" ")
        if kind == "unchanged":
            new = passage
        elif kind == "inserted":
            new = passage
        elif kind == "word":
            w = rng.randrange(len(words))
            words[w] = "changed" if words[w] != "changed" else "altered"
            new = " ".join(words)
        elif kind == "drop":
            del words[rng.randrange(1, len(words) - 1)]
            new = " ".join(words)
        elif kind == "punctuation":
            new = passage.replace(",", "").replace(".", ";") if ("," in passage or "." in passage) else passage + "!"
        else:
            new = ""
        edited_text = text[:start] + new + text[end:]
        prefix = "An update was added at the top of this paragraph. " if kind == "inserted" else ""
        blocks = [b.text for b in doc.blocks]
        blocks[index] = prefix + edited_text
        if kind == "deleted":
            blocks[index] = text[:start] + text[end:]
            truth = None
        else:
            truth = (index, len(prefix) + start, len(prefix) + start + len(new))
        cases.append((kind, anchor, doc_of(*blocks, doc_id=f"e{len(cases)}"), truth))
    return cases


def test_cases() -> list[Case]:
    """The situations of tests/store/test_anchoring.py."""
    p1 = "Armenia and Azerbaijan met in Moscow on Friday under Russian mediation."
    p2 = (
        "After nine hours of talks the foreign ministers agreed on a humanitarian ceasefire, "
        "Sergei Lavrov said, adding that the details would be settled by the Red Cross."
    )
    p3 = "Observers in Yerevan were cautious; previous truces had collapsed within hours."
    doc = doc_of(p1, p2, p3)
    out: list[Case] = []
    quote = "the foreign ministers agreed on a humanitarian ceasefire"
    anchor = anchoring.find_quote(doc, quote)
    edited = p2.replace("agreed on a humanitarian", "agreed to a humanitarian")
    at = edited.index("the foreign ministers agreed to")
    out.append(("word", anchor, doc_of("Update at 10:00.", p1, edited, p3), (2, at, at + len(quote) - 1)))
    anchor = anchoring.find_quote(doc, "the details would be settled by the Red Cross")
    out.append(("deleted", anchor, doc_of(p1, "After nine hours of talks, nothing was agreed.", p3), None))
    original = "The minister said the talks had failed after the second round."
    anchor = anchoring.find_quote(doc_of(original, p3), original)
    out.append(("deleted", anchor, doc_of("The minister said the talks would resume next week in Geneva.", p3), None))
    anchor = anchoring.find_quote(doc_of("Putin spoke.", p3), "Putin")
    out.append(("deleted", anchor, doc_of("Putkin spoke.", p3), None))
    anchor = anchoring.find_quote(doc, "previous truces had collapsed")
    at = p3.index("previous truces had collapsed")
    out.append(("inserted", anchor, doc_of(p3), (0, at, at + len("previous truces had collapsed"))))
    out.append(("deleted", anchor, doc_of("Nothing left."), None))
    return out


def correct(where: anchoring.ResolvedAnchor, truth: tuple[int, int, int] | None) -> bool:
    if truth is None:
        return where.block is None
    if where.block != truth[0]:
        return False
    overlap = max(0, min(where.end, truth[2]) - max(where.start, truth[1]))
    union = max(where.end, truth[2]) - min(where.start, truth[1])
    return union > 0 and overlap / union >= 0.8


def run(resolve, cases: list[Case]) -> tuple[float, list]:
    started = time.perf_counter()
    found = [resolve(anchor, doc) for _, anchor, doc, _ in cases]
    return time.perf_counter() - started, found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    cases = test_cases() + corpus_cases(args.cases, random.Random(args.seed))
    times: dict[str, list[float]] = {"difflib": [], "rapidfuzz": []}
    results = {}
    for _ in range(args.repeat):
        for name, resolve in (("difflib", anchoring_difflib.resolve), ("rapidfuzz", anchoring.resolve)):
            elapsed, found = run(resolve, cases)
            times[name].append(elapsed)
            results[name] = found
    print(f"{len(cases)} cases ({len(test_cases())} from the anchoring tests), {args.repeat} runs each")
    kinds = sorted({kind for kind, *_ in cases})
    print(f"{'':10} {'correct':>9} " + " ".join(f"{k:>11}" for k in kinds) + f" {'median s':>9}")
    for name in ("difflib", "rapidfuzz"):
        good = [correct(w, truth) for w, (_, _, _, truth) in zip(results[name], cases, strict=True)]
        by_kind = []
        for kind in kinds:
            mine = [g for g, (k, *_rest) in zip(good, cases, strict=True) if k == kind]
            by_kind.append(f"{sum(mine)}/{len(mine)}")
        print(
            f"{name:10} {sum(good):>5}/{len(good):<3} "
            + " ".join(f"{b:>11}" for b in by_kind)
            + f" {statistics.median(times[name]):>9.4f}"
        )
    differ = sum(
        1
        for a, b in zip(results["difflib"], results["rapidfuzz"], strict=True)
        if (a.status, a.block, a.start, a.end) != (b.status, b.block, b.start, b.end)
    )
    ratio = statistics.median(times["difflib"]) / statistics.median(times["rapidfuzz"])
    print(f"answers that differ: {differ}; rapidfuzz is {ratio:.1f}x as fast as difflib")


if __name__ == "__main__":
    main()
