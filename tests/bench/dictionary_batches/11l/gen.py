# ruff: noqa  -- kept as it ran for batch 2026-11l (absolute paths of that session), see ../README.md
"""Build batch 2026-11l from /tmp/p6/dict12_src/*.txt; check every alias; write TOML + a report."""

import glob, json, re, sys, tomllib, unicodedata, collections

sys.path.insert(0, "/work/wt-dict12")
sys.path.insert(0, "/tmp/p6/dict12_wf")
from store.actors.dictionary import slugify
from store.actors.matcher import COMMON_WORDS, fold, osa_distance_1
from store.actors.gazetteer import countries_of
from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import top_n_list, zipf_frequency

MARK = "# ── Batch 2026-11l"
text = open("/work/wt-dict12/store/actors/actors.toml", encoding="utf-8").read()
if MARK in text:
    text = text[: text.index(MARK)].rstrip() + "\n"
old = tomllib.loads(text)["actor"]
ids = {a["id"] for a in old}
owners = collections.defaultdict(set)
for a in old:
    for s in (a["name"], *a.get("aliases", []), *a.get("adjectives", [])):
        owners[fold(s)].add(a["id"])
common = set(COMMON_WORDS) | {fold(w) for w in STOP_WORDS}
for line in json.load(open("/work/wt-dict12/store/corpus/stopwords.json")).values():
    common |= {fold(w) for w in line.split()}
freq = [fold(w) for w in top_n_list("en", 30000) if w.isalpha()]
freqset = set(freq)
by_len = collections.defaultdict(list)
for w in freq:
    by_len[len(w)].append(w)
first_names = collections.defaultdict(set)
last_names = collections.defaultdict(set)


def person_words(aid, name):
    w = name.split()
    if len(w) > 1:
        first_names[fold(w[0])].add(aid)
        last_names[fold(w[-1])].add(aid)


for a in old:
    if a.get("kind", "person") == "person":
        person_words(a["id"], a["name"])

from rapidfuzz import fuzz

person_keys = {}
for a in old:
    if a.get("kind", "person") == "person":
        for s_ in (a["name"], *a.get("aliases", [])):
            if " " in s_:
                person_keys[fold(s_)] = a["id"]
faker_words = set(json.load(open("/tmp/p6/dict12_scratch/faker_words.json")))
entries = []
skipped = []
for path in sorted(glob.glob("/tmp/p6/dict12_src/*.txt")):
    aff = kind = sector = label = None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            aff, kind, sector = parts[:3]
            label = parts[3] if len(parts) > 3 else None
            aff = None if aff == "-" else aff
            continue
        name, _, rest = line.partition("|")
        name = name.strip()
        force = name.startswith("!")
        name = name.lstrip("!")
        no_surname = rest.strip() == "-"
        aliases = [] if no_surname else [x.strip() for x in rest.split(";") if x.strip()]
        aid = slugify(name)
        if aid in ids or fold(name) in owners:
            skipped.append((name, "exists: " + ",".join(sorted(owners.get(fold(name), {aid})))))
            continue
        if any(e["id"] == aid for e in entries):
            skipped.append((name, "twice in batch"))
            continue
        hit = [o for al in aliases for o in owners.get(fold(al), ())]
        if hit:
            skipped.append((name, "alias exists: " + ",".join(sorted(set(hit)))))
            continue
        hit = [
            e["id"]
            for e in entries
            for al in (name, *aliases)
            if fold(al) in {fold(x) for x in (e["name"], *e["aliases"])}
        ]
        if hit:
            skipped.append((name, "alias in batch: " + ",".join(sorted(set(hit)))))
            continue
        if kind == "person" and not force:
            key = fold(name)
            close = [o for o in person_keys if fuzz.ratio(key, o) >= 88]
            if close:
                skipped.append((name, "near-duplicate of " + ",".join(person_keys[o] for o in close[:3])))
                continue
        e = dict(
            id=aid,
            name=name,
            kind=kind,
            affiliation=aff,
            sector=sector,
            label=label,
            aliases=aliases,
            auto=not no_surname
            and aff != "CHN"
            and kind == "person"
            and len(name.split()) > 1
            and len(name.split()[-1]) >= 3
            and not re.fullmatch(r"[IVX]+", name.split()[-1]),
            src=f"{path}:{n}",
        )
        entries.append(e)
        ids.add(aid)
        if kind == "person":
            person_words(aid, name)


def near_frequent(key):
    for L in (len(key) - 1, len(key), len(key) + 1):
        for w in by_len.get(L, ()):
            if osa_distance_1(key, w):
                return w
    return None


batch_owner = collections.defaultdict(set)
for e in entries:
    for s in (e["name"], *e["aliases"]):
        batch_owner[fold(s)].add(e["id"])
    if e["auto"]:
        sur = e["name"].split()[-1]
        batch_owner[fold(sur)].add(e["id"])
dropped = collections.Counter()
drops = []
for e in entries:
    cand = list(e["aliases"])
    if e["auto"]:
        sur = e["name"].split()[-1]
        if sur not in cand:
            cand.append(sur)
    keep = []
    for al in cand:
        k = fold(al)
        why = None
        if owners.get(k, set()) - {e["id"]}:
            why = "alias of " + ",".join(sorted(owners[k]))
        elif batch_owner[k] - {e["id"]}:
            why = "shared in batch " + ",".join(sorted(batch_owner[k] - {e["id"]}))
        elif e["kind"] == "person" and " " not in al:
            if k in common or k.lower() in common or k in freqset or zipf_frequency(k, "en") >= 2.5:
                why = "common word"
            elif countries_of(al):
                why = "place"
            elif k in faker_words:
                why = "common surname (Faker's name lists)"
            elif first_names.get(k, set()) - {e["id"]}:
                why = "first name"
            elif last_names.get(k, set()) - {e["id"]}:
                why = "surname of " + ",".join(sorted(last_names[k] - {e["id"]}))
            elif len(k) >= 5 and (w := near_frequent(k)):
                why = f"one typo from {w!r}"
        elif " " not in al and (k in freqset or k in common) and not al.isupper():
            why = "common word"
        if why:
            dropped[why.split()[0]] += 1
            drops.append((e["id"], al, why))
        else:
            keep.append(al)
    e["aliases"] = keep


def q(s):
    return json.dumps(s, ensure_ascii=False)


out = []
for e in entries:
    out.append("[[actor]]")
    out.append(f"id = {q(e['id'])}")
    out.append(f"name = {q(e['name'])}")
    out.append(f"kind = {q(e['kind'])}")
    if e["affiliation"]:
        out.append(f"affiliation = {q(e['affiliation'])}")
    out.append(f"sector = {q(e['sector'])}")
    if e["label"]:
        out.append(f"label = {q(e['label'])}")
    al = [a for a in e["aliases"] if a != e["name"]]
    if al:
        out.append("aliases = [" + ", ".join(q(a) for a in al) + "]")
    out.append("")
open("/tmp/p6/dict12_gen/batch.toml", "w").write("\n".join(out))
json.dump(
    dict(entries=[{k: v for k, v in e.items()} for e in entries], skipped=skipped, drops=drops),
    open("/tmp/p6/dict12_gen/report.json", "w"),
    ensure_ascii=False,
    indent=0,
)
print("new", len(entries), "skipped", len(skipped), "alias drops", dict(dropped))
print(collections.Counter(e["kind"] for e in entries))
