"""Derive store/corpus/stopwords.json from jusText's stop lists (the most frequent words per language).

Run: .venv/bin/python -m tests.bench.make_stopwords. jusText (installed with trafilatura) ships the
lists; only the top words of the languages news pages are most often in are kept, so the file stays
small and loads in about a millisecond.
"""

from __future__ import annotations

import json
from pathlib import Path

import justext

OUT = Path(__file__).resolve().parent.parent.parent / "store" / "corpus" / "stopwords.json"
LANGUAGES = (
    "English German French Spanish Portuguese Italian Dutch Russian Ukrainian Belarusian Polish Czech Slovak "
    "Turkish Indonesian Swedish Danish Norwegian_Bokmal Finnish Armenian Azerbaijani Georgian Korean Arabic "
    "Persian Romanian Hungarian Greek Bulgarian Serbian Croatian Latvian Lithuanian Estonian Kazakh Vietnamese "
    "Hebrew Catalan Hindi Urdu"
).split()
TOP = 150


def main() -> None:
    out = {}
    for language in LANGUAGES:
        words = []
        path = Path(justext.__file__).parent / "stoplists" / f"{language}.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip().casefold()
            if word and word not in words:
                words.append(word)
            if len(words) >= TOP:
                break
        out[language] = " ".join(words)
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(out)} languages, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
