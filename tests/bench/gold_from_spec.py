"""Turn a hand-written gold spec (tests/data/*_gold_spec.py) into gold JSON lines for eval_actors.py.

    .venv/bin/python tests/bench/gold_from_spec.py tests/data/wider3_gold_spec.py tests/data/wider3 \
        tests/data/wider3_mentions.jsonl

A spec has one line per text of a document: its title, then each cleaned block, in order; each line lists
"surface STATE" items separated by "|" in reading order ("-": no state; a line "-": no mention). Each
surface is looked up in turn after the previous one, as a whole word. Only the cleaner runs here: no
actor analysis, so writing the gold never shows what the tool finds.
"""

from __future__ import annotations

import json
import re
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.scoring import seed_documents  # noqa: E402


def rows(spec: dict[str, str], folder: Path) -> list[dict]:
    docs = {Path(d.path).name: d for d in seed_documents(folder)}
    out = []
    for name, text in spec.items():
        doc = docs[name]
        texts = [doc.title or "", *(b.text for b in doc.blocks)]
        lines = text.strip("\n").split("\n")
        if len(lines) != len(texts):
            raise SystemExit(f"{name}: {len(lines)} spec lines for {len(texts)} texts (title + blocks)")
        for b, (line, block) in enumerate(zip(lines, texts, strict=True)):
            at = 0
            for item in [] if line.strip() == "-" else line.split("|"):
                surface, state = item.rsplit(" ", 1)
                found = re.compile(r"(?<![\w])" + re.escape(surface) + r"(?![\w])").search(block, at)
                if found is None:
                    raise SystemExit(f"{name} text {b - 1}: {surface!r} not found after offset {at}")
                s, e = found.span()
                out.append(
                    {
                        "doc": name,
                        "block": b - 1,
                        "start": s,
                        "end": e,
                        "text": surface,
                        "actor": None,
                        "affiliation": None if state == "-" else state,
                    }
                )
                at = e
    return out


def main() -> int:
    spec_path, folder, target = (Path(a) for a in sys.argv[1:4])
    spec = runpy.run_path(str(spec_path))["SPEC"]
    gold = rows(spec, folder)
    target.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    print(f"{len(gold)} gold mentions in {len(spec)} documents -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
