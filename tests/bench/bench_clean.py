"""The cleaner on the cleanbench pages, cross-validated, beside two baselines; and its speed.

Run: .venv/bin/python -m tests.bench.bench_clean [--folds 5] [--variant pages|pages-nomarkers|both]
(needs ../shared/cleanbench/ and python-crfsuite from the ``train`` extra; stops when absent).

- Quality: k folds by page; for each fold the line model is trained on the other folds' pages (both
  page sets, so the held-out page is never seen in either form) plus the bundled corpus, and the
  held-out pages are cleaned with it. Body P/R/F1 and title accuracy as the cleanbench README
  defines them, beside keeping the whole page and jusText over the page's lines.
- Speed: cleaning each page with the shipped model vs jusText over the same lines (each line a
  paragraph), each page's best of a few rounds, summed over all pages; the ratio must be at most 1.0.
"""

from __future__ import annotations

import argparse
import time
from functools import cache

from tests.bench import cleanbench as cb
from tests.bench import train_cleaner as tc


@cache
def _justext_stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {name: frozenset(justext.get_stoplist(name)) for name in justext.get_stoplists()}


def justext_language(lines: list[str]) -> str:
    words = " ".join(lines).casefold().split()[:2000]
    lists = _justext_stoplists()
    return max(lists, key=lambda name: sum(1 for w in words if w in lists[name]))


def justext_body(lines: list[str], language: str) -> str:
    """jusText over the lines: each line one paragraph; its "good" paragraphs are the body."""
    import html

    import justext

    if not lines:
        return ""
    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
    paragraphs = justext.justext(page, _justext_stoplists()[language])
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def cross_validated(variants: list[str], folds: int) -> dict[str, list]:
    """Each variant's cleaned documents, every page cleaned by a model that never saw it."""
    from store.corpus.clean import clean_text
    from store.corpus.linemodel import LineModel

    pages = {v: cb.pages(v) for v in ("pages", "pages-nomarkers")}
    items = {v: tc.page_items(p) for v, p in pages.items()}
    seeds = tc.seed_items() * tc.SEED_REPEAT
    docs: dict[str, list] = {v: [None] * len(pages[v]) for v in variants}
    for fold in range(folds):
        train = [it for v in items for i, it in enumerate(items[v]) if i % folds != fold] + seeds
        model = LineModel.from_json(tc.train(train))
        for v in variants:
            for i, page in enumerate(pages[v]):
                if i % folds == fold:
                    docs[v][i] = clean_text(page.text, model=model)
    return docs


def _row(name: str, bodies: list[str], titles: list[str | None] | None, pages: list[cb.Page]) -> str:
    p, r, f = cb.body_scores(bodies, [page.body for page in pages])
    title = f"{cb.title_accuracy(titles, [page.title for page in pages]):.3f}" if titles is not None else "–"
    return f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {title} |"


def quality(variants: list[str], folds: int) -> None:
    docs = cross_validated(variants, folds)
    for v in variants:
        pages = cb.pages(v)
        print(f"\n{v}/ ({len(pages)} pages, {folds}-fold cross-validated)\n")
        print("| cleaner | body P | body R | body F1 | title |\n|---|---|---|---|---|")
        print(_row("actorlens (line model)", [cb.document_body(d) for d in docs[v]], [d.title for d in docs[v]], pages))
        print(_row("whole page", [page.text for page in pages], None, pages))
        bodies = []
        for page in pages:
            lines = tc.nonblank(page.text)[0]
            bodies.append(justext_body(lines, justext_language(lines)))
        print(_row("jusText over the lines", bodies, None, pages))
        print(_spread(docs[v], pages, folds))


def _spread(docs: list, pages: list[cb.Page], folds: int) -> str:
    """The cleaner's body F1 and title accuracy on each held-out fold: how far one fold is from another."""
    f1s, titles = [], []
    for fold in range(folds):
        held = [i for i in range(len(pages)) if i % folds == fold]
        f1s.append(cb.body_scores([cb.document_body(docs[i]) for i in held], [pages[i].body for i in held])[2])
        titles.append(cb.title_accuracy([docs[i].title for i in held], [pages[i].title for i in held]))
    return (
        f"\nper fold: body F1 {' '.join(f'{v:.3f}' for v in f1s)} (spread {max(f1s) - min(f1s):.3f}); "
        f"title {' '.join(f'{v:.3f}' for v in titles)} (spread {max(titles) - min(titles):.3f})"
    )


def _clear_caches() -> None:
    from store.corpus import dates, lines

    for cached in (lines.rule_kind, lines.comment_header, dates.find_date):
        cached.cache_clear()


def speed(rounds: int = 5) -> None:
    from store.corpus.clean import clean_text
    from store.corpus.linemodel import shipped

    shipped()
    pages = cb.pages("pages")
    prepared = []
    for page in pages:
        lines = tc.nonblank(page.text)[0]
        prepared.append((page.text, lines, justext_language(lines)))
    # Page by page, the two alternating, best of the rounds for each: the machine's load (shared
    # cores) then weighs on both alike.
    ours = [float("inf")] * len(prepared)
    theirs = [float("inf")] * len(prepared)
    for _ in range(rounds):
        for i, (text, lines, language) in enumerate(prepared):
            _clear_caches()  # each page is cleaned as if for the first time
            start = time.perf_counter()
            clean_text(text)
            ours[i] = min(ours[i], time.perf_counter() - start)
            start = time.perf_counter()
            justext_body(lines, language)
            theirs[i] = min(theirs[i], time.perf_counter() - start)
    a, b = sum(ours), sum(theirs)
    print(
        f"\nspeed over {len(pages)} pages (best of {rounds}): cleaner {a * 1000:.0f} ms, "
        f"jusText over the same lines {b * 1000:.0f} ms: ratio {a / b:.2f} (goal ≤ 1.0)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--variant", choices=("pages", "pages-nomarkers", "both"), default="both")
    parser.add_argument("--no-quality", action="store_true")
    args = parser.parse_args()
    cb.require()
    if not args.no_quality:
        variants = ["pages", "pages-nomarkers"] if args.variant == "both" else [args.variant]
        quality(variants, args.folds)
    speed()


if __name__ == "__main__":
    main()
