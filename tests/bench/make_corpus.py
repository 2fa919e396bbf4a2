"""Generate a synthetic corpus of scraped-looking articles for the benchmarks (never committed).

    .venv/bin/python -m tests.bench.make_corpus [FOLDER] [--count 10000] [--seed 7]

Default folder: tests/bench/out/corpus-COUNT (gitignored). Articles are built from the bundled seeds'
sentences and the actor dictionary's names, so that cleaning and actor analysis have real work to do:
lengths vary (a few lines to ~60 KB, ~5 KB on average: 10,000 articles are about 50 MB), web
boilerplate surrounds the text (share lines, "By admin", subscribe blurbs, related-story lists, read
times), the files are a mix of .txt (70%), .md (15%) and .html (15%), text files come in UTF-8,
UTF-8 with a BOM, UTF-16 and cp1252, and about 2% are byte-for-byte duplicates of an earlier article.
The same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "seeds"
ACTORS = ROOT / "store" / "actors" / "actors.toml"
OUT = Path(__file__).resolve().parent / "out"

SOURCES = ["Caucasus Watch", "Eurasia Review", "The Steppe Herald", "Byline Times", "Baltic Monitor", "OC Media"]
AUTHORS = ["Anna Petrosyan", "Ilham Guliyev", "Mark Bennett", "Oksana Kovalenko", "Levan Beridze", "Sara Klein"]
VERBS = ["met", "warned", "criticised", "called", "accused", "praised", "negotiated with", "threatened", "visited"]
TOPICS = [
    "the ceasefire",
    "gas transit",
    "the peace talks",
    "border clashes",
    "sanctions",
    "the corridor",
    "arms deliveries",
    "the election",
    "refugees",
    "the pipeline",
]
BOILER_TOP = [
    "Share this:",
    "Facebook Twitter WhatsApp Email",
    "By admin",
    "3 min read",
    "Click to share on Telegram (Opens in new window)",
    "Home » World » Europe",
]
BOILER_BOTTOM = [
    "Subscribe to our newsletter to get the latest stories in your inbox every morning.",
    "Support independent journalism: donate today.",
    "Like this: Like Loading...",
    "Tags: Caucasus, Russia, Turkey",
    "Share this article",
]


def seed_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            line = line.strip()
            if len(line) < 80:
                continue
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", line):
                if 40 <= len(s) <= 400:
                    sentences.append(s)
    return sentences


def actor_names() -> list[str]:
    with open(ACTORS, "rb") as handle:
        data = tomllib.load(handle)
    names: list[str] = []
    for actor in data.get("actor", []):
        names.append(actor["name"])
        names.extend(a for a in actor.get("aliases", []) if a[:1].isupper())
    return names or ["Vladimir Putin", "Recep Tayyip Erdogan", "Nikol Pashinyan", "Ilham Aliyev"]


class Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sentences = seed_sentences()
        self.names = actor_names()

    def sentence(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            return rng.choice(self.sentences)
        a, b = rng.sample(self.names, 2)
        return (
            f"{a} {rng.choice(VERBS)} {b} over {rng.choice(TOPICS)} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}."
        )

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 7)))

    def length(self) -> int:
        """Target characters of article body: mostly 1-8 KB, a long tail to ~60 KB, a few tiny ones."""
        rng = self.rng
        if rng.random() < 0.03:
            return rng.randint(150, 600)
        return int(min(60_000, rng.lognormvariate(8.2, 0.7)))

    def article(self, n: int) -> dict:
        rng = self.rng
        body: list[str] = []
        size = 0
        target = self.length()
        while size < target:
            if body and rng.random() < 0.12:
                p = rng.choice(TOPICS).capitalize()
            else:
                p = self.paragraph()
            body.append(p)
            size += len(p)
        title = f"{rng.choice(self.names)} and {rng.choice(self.names)}: {rng.choice(TOPICS)} ({n})"
        return {
            "title": title,
            "author": rng.choice(AUTHORS),
            "source": rng.choice(SOURCES),
            "date": f"2020-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "body": body,
            "related": [f"{rng.choice(self.names)} {rng.choice(VERBS)} {rng.choice(TOPICS)}" for _ in range(4)],
        }

    def as_text(self, a: dict) -> str:
        rng = self.rng
        lines = [a["title"], ""]
        lines += rng.sample(BOILER_TOP, rng.randint(1, 3))
        lines += [f"{a['date']} Off By {rng.choice(['admin', 'Admin', a['author']])}", ""]
        for p in a["body"]:
            lines += [p, ""]
        lines += rng.sample(BOILER_BOTTOM, rng.randint(1, 3))
        lines += ["", "Related posts:"] + [f"{r}\n{a['date']}" for r in a["related"]]
        return "\n".join(lines) + "\n"

    def as_markdown(self, a: dict) -> str:
        lines = [f"# {a['title']}", "", f"*By {a['author']}* · {a['date']}", "", "Share this:", ""]
        for p in a["body"]:
            lines += [p if len(p) > 60 else f"## {p}", ""]
        lines += ["---", "", BOILER_BOTTOM[0], "", "## Related"] + [
            f"- [{r}](https://example.org/{i})" for i, r in enumerate(a["related"])
        ]
        return "\n".join(lines) + "\n"

    def as_html(self, a: dict) -> str:
        e = html.escape
        paras = "\n".join(f"<p>{e(p)}</p>" if len(p) > 60 else f"<h2>{e(p)}</h2>" for p in a["body"])
        related = "".join(f'<li><a href="/r/{i}">{e(r)}</a></li>' for i, r in enumerate(a["related"]))
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f"<title>{e(a['title'])} | {e(a['source'])}</title>"
            f'<meta name="author" content="{e(a["author"])}">'
            f'<meta property="article:published_time" content="{a["date"]}T09:00:00Z">'
            f'<meta property="og:site_name" content="{e(a["source"])}"></head><body>'
            '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>'
            f'<article><h1>{e(a["title"])}</h1><div class="byline">By {e(a["author"])}</div>\n{paras}\n</article>'
            f'<aside class="share">Share on Facebook · Twitter</aside><section class="related"><h3>Related</h3><ul>{related}</ul></section>'
            f"<footer>{e(BOILER_BOTTOM[0])} © 2020 {e(a['source'])}</footer></body></html>\n"
        )

    def encode(self, text: str) -> bytes:
        r = self.rng.random()
        if r < 0.80:
            return text.encode("utf-8")
        if r < 0.88:
            return text.encode("utf-8-sig")
        if r < 0.94:
            return text.encode("utf-16")
        return text.encode("cp1252", errors="replace")


def generate(folder: Path, count: int = 10_000, seed: int = 7, *, quiet: bool = False) -> Path:
    """Write count articles under folder (in 20 sub-folders); returns folder. Existing files are replaced."""
    w = Writer(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[bytes] = []
    total = 0
    for n in range(count):
        sub = folder / f"section-{n % 20:02d}"
        sub.mkdir(exist_ok=True)
        if written and w.rng.random() < 0.02:
            data, ext = w.rng.choice(written), ".txt"  # a duplicate (same bytes, another name)
            if data.startswith(b"<!DOCTYPE"):
                ext = ".html"
        else:
            article = w.article(n)
            kind = w.rng.random()
            if kind < 0.70:
                data, ext = w.encode(w.as_text(article)), ".txt"
            elif kind < 0.85:
                data, ext = w.as_markdown(article).encode("utf-8"), ".md"
            else:
                data, ext = w.as_html(article).encode("utf-8"), ".html"
            if len(written) < 500:
                written.append(data)
        (sub / f"article-{n:05d}{ext}").write_bytes(data)
        total += len(data)
    if not quiet:
        print(f"{count} articles, {total / 1e6:.1f} MB in {folder}", file=sys.stderr)
    return folder


def ensure(count: int = 10_000, seed: int = 7, folder: Path | None = None) -> Path:
    """The corpus for count/seed, generated once (a marker file records that it is complete)."""
    folder = folder or OUT / f"corpus-{count}-{seed}"
    marker = folder / ".complete"
    if not marker.exists():
        generate(folder, count, seed)
        marker.write_text("ok\n")
        time.sleep(2.1)  # files modified in the last 2 s are not trusted to the summary cache (racy mtimes)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folder", nargs="?", type=Path, help="where to write (default: tests/bench/out/corpus-COUNT-SEED)"
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    folder = args.folder or OUT / f"corpus-{args.count}-{args.seed}"
    generate(folder, args.count, args.seed)
    (folder / ".complete").write_text("ok\n")
    print(f"done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
