"""Which actor links a change of the rules moves on text that no gold set covers: the 121 real pages of
cleanbench (../shared/cleanbench/pages/, off the field: mostly not about its states).

    .venv/bin/python tests/bench/links_diff.py dump OUT.json [ROOT]   # every mention's link, with the code at ROOT
    .venv/bin/python tests/bench/links_diff.py diff BEFORE.json AFTER.json

``dump`` analyses every page with the code of ROOT (default: this checkout; e.g. a ``git worktree`` of the
commit before) and writes (page, block, start, end) -> [text, affiliation, origin, its sentence]; ``diff``
prints every mention whose affiliation changed, with its sentence, to be judged by hand (the count of
changed links and how many are right is the off-field precision of the change). Says so and stops when
cleanbench is absent (it serves benchmarks only).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
PAGES = HERE.parent / "shared" / "cleanbench" / "pages"


def dump(out: Path, root: Path) -> None:
    sys.path.insert(0, str(root))
    from store.actors.analysis import Analyzer
    from store.corpus.documents import load
    from store.corpus.files import SourceFile

    analyzer = Analyzer(cache=None, user_actors=False)
    docs = [load(SourceFile(p)) for p in sorted(PAGES.glob("*.txt"))]
    rows: dict[str, list[object]] = {}
    for doc in analyzer.analyze_many(docs):
        texts = [
            (-1, doc.title or "", doc.title_mentions),
            *((b, bl.text, bl.mentions) for b, bl in enumerate(doc.blocks)),
        ]
        for b, text, mentions in texts:
            for m in mentions:
                actor = analyzer.actors.get(m.actor_id) if m.actor_id else None
                s = max(text.rfind(". ", 0, m.start) + 2, 0)
                e = text.find(". ", m.end)
                sentence = text[s : e + 1 if e >= 0 else len(text)][:300]
                key = f"{Path(doc.path).name[:12]}#{b}:{m.start}-{m.end}"
                rows[key] = [m.text, actor.affiliation if actor else None, m.origin, sentence]
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(docs)} pages, {len(rows)} mentions -> {out}")


def diff(before: Path, after: Path) -> None:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    changed = 0
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        if (x[1] if x else "<none>") == (y[1] if y else "<none>"):
            continue
        changed += 1
        text = (y or x)[0]
        print(
            f"{key} {text!r}: {x[1] if x else '-'} [{x[2] if x else ''}] -> {y[1] if y else '-'} [{y[2] if y else ''}]"
        )
        print(f"    {(y or x)[3]}")
    print(f"{changed} mentions changed affiliation (or appeared / vanished)")


if __name__ == "__main__":
    if not PAGES.is_dir():
        print("cleanbench is absent (../shared/cleanbench): nothing to compare")
        raise SystemExit(0)
    if sys.argv[1:2] == ["dump"]:
        dump(Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else HERE)
    elif sys.argv[1:2] == ["diff"]:
        diff(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        print(__doc__)
        raise SystemExit(2)
