# ruff: noqa  -- kept as it ran for batch 2026-11l (absolute paths of that session), see ../README.md
"""Add checked spelling variants / short forms from the batch lists to actors already in the dictionary."""

import glob, json, re, sys, tomllib

sys.path.insert(0, "/work/wt-dict12")
from store.actors.matcher import fold
from store.actors.dictionary import slugify

P = "/work/wt-dict12/store/actors/actors.toml"
MARK = "# ── Batch 2026-11l"
text = open(P, encoding="utf-8").read()
head, sep, tail = text.partition(MARK)
old = tomllib.loads(head)["actor"]
new = tomllib.loads(sep + tail)["actor"] if sep else []
owners = {}
for a in old + new:
    for s in (a["name"], *a.get("aliases", []), *a.get("adjectives", [])):
        owners.setdefault(fold(s), set()).add(a["id"])
byname = {fold(a["name"]): a for a in old}
byid = {a["id"]: a for a in old}
SKIP = {
    "Fars",
    "Mehr",
    "NSS",
    "SSS",
    "SIG",
    "PSO",
    "CBL",
    "NDF",
    "PPP",
    "PTI",
    "SSG",
    "SUS",
    "OTS",
    "UAC",
    "Kirill of Moscow",
    "Grand Ayatollah Ali al-Sistani",
    "Golani",
    "Civil Contract party",
    "Hayastan alliance",
    "Amanat party",
    "Ak Zhol party",
    "Khovar news agency",
    "Russia Today media group",
}
adds = {}
for p in sorted(glob.glob("/tmp/p6/dict12_src/*.txt")):
    for l in open(p, encoding="utf-8"):
        l = l.strip()
        if not l or l.startswith(("#", "@")):
            continue
        n, _, rest = l.partition("|")
        n = n.strip().lstrip("!")
        als = [x.strip() for x in rest.split(";") if x.strip() and x.strip() != "-"]
        a = byname.get(fold(n)) or byid.get(slugify(n))
        if not a:
            continue
        for al in als:
            if al in SKIP or fold(al) in owners:
                continue
            adds.setdefault(a["id"], []).append(al)
            owners.setdefault(fold(al), set()).add(a["id"])
count = 0
for aid, als in adds.items():
    m = re.search(r'(?m)^id = "' + re.escape(aid) + r'"\n(?:(?!\[\[)(?!\n\n).*\n)*', head)
    block = m.group(0)
    q = lambda s: json.dumps(s, ensure_ascii=False)
    if re.search(r"(?m)^aliases = \[", block):
        nb = re.sub(
            r"(?m)^(aliases = \[.*)\]$",
            lambda mm: mm.group(1) + "".join(", " + q(x) for x in als) + "]",
            block,
            count=1,
        )
    else:
        nb = block + "aliases = [" + ", ".join(q(x) for x in als) + "]\n"
    head = head.replace(block, nb, 1)
    count += len(als)
open(P, "w", encoding="utf-8").write(head + sep + tail)
print("added", count, "aliases to", len(adds), "actors")
json.dump(adds, open("/tmp/p6/dict12_gen/alias_adds.json", "w"), ensure_ascii=False, indent=0)
