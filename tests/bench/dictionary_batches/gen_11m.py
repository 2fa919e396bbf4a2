"""Build batch 2026-11m of store/actors/actors.toml from the hand-written lists in src_11m/, checking every
name and alias, and add checked aliases the lists give to actors already in the dictionary.

    .venv/bin/python tests/bench/dictionary_batches/gen_11m.py [--dry-run]

List format: ``@ <state or -> <kind> <sector> [label]`` starts a group; then one actor a line,
``Name | alias; alias`` (``Name |-`` or ``Name``: no alias; ``!Name``: a place added although the gazetteer
links it, because a region's name begins with it and would stop the gazetteer linking it alone). The generator is idempotent: it drops the
batch it wrote before (everything from its header on) and writes it again. It needs wordfreq for one
check; wordfreq is no project dependency: install it into a scratch folder and put that on PYTHONPATH
(``pip install --target /tmp/wf 'wordfreq>=3.1,<4'``); without it that check is skipped (and said so).

Checks, as for batch 2026-11l (tests/store/test_actors_batch_11l.py) and made for every kind here:
an entry whose name or id the dictionary already has is not added (its new aliases are added to that
actor instead, when they pass the checks); a place the gazetteer already links to the same state is not
added (places already link it), nor a subdivision's name with its type word that regions.py links to the
same state ("Altai Krai": the bare names it links only with a cue stay); an alias another actor has, or another entry of the batch, is dropped; a
one-word name or alias that is a common word (the matcher's list, spaCy's stop words, the top words of 40
languages in store/corpus/stopwords.json) or a first name (Faker's name lists, the dictionary's people)
is dropped, for a name the whole entry; a one-word organisation name of 7 letters or more one typo from a
frequent English word (wordfreq's 30,000) is dropped, since the matcher forgives organisations one typo;
a place alias the gazetteer gives another state is dropped; and a name or alias whose first word is no
first word of the dictionary's names yet but a town of the field of 50,000 people or more is dropped, since
the matcher's knowing that word would stop the gazetteer linking the town alone ("Armavir Province").
"""

from __future__ import annotations

import collections
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from store.actors.dictionary import slugify  # noqa: E402
from store.actors.gazetteer import ALONE_FROM, FIELD, countries_of  # noqa: E402
from store.actors.matcher import COMMON_WORDS, FUZZY_MIN_SINGLE, fold, osa_distance_1  # noqa: E402
from store.actors.subdivisions import states_of, typed  # noqa: E402

TOML = ROOT / "store" / "actors" / "actors.toml"
SRC = Path(__file__).resolve().parent / "src_11m"
HEADER = Path(__file__).resolve().parent / "header_11m.txt"
MARK = "# ── Batch 2026-11m"


def common_words() -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    words = set(COMMON_WORDS) | {fold(w) for w in STOP_WORDS}
    for line in json.loads((ROOT / "store" / "corpus" / "stopwords.json").read_text(encoding="utf-8")).values():
        words |= {fold(w) for w in line.split()}
    return words


def faker_first_names() -> set[str]:
    import importlib

    from faker.config import AVAILABLE_LOCALES

    names: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            values = getattr(provider, attr, ())
            if isinstance(values, (list, tuple, dict)):
                names |= {fold(n) for n in values if " " not in n}
    return names


def frequent_english() -> list[str] | None:
    try:
        from wordfreq import top_n_list
    except ImportError:
        print("wordfreq is not installed: the one-typo check is skipped", file=sys.stderr)
        return None
    return [fold(w) for w in top_n_list("en", 30000) if w.isalpha()]


def read_lists() -> list[dict]:
    entries = []
    for path in sorted(SRC.glob("*.txt")):
        state = kind = sector = label = None
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                parts = line[1:].split()
                state, kind, sector = parts[:3]
                label = parts[3] if len(parts) > 3 else None
                continue
            name, _, rest = line.partition("|")
            force = name.strip().startswith("!")  # a town the gazetteer links, whose first word a region takes
            name = name.strip().lstrip("!")
            aliases = [] if rest.strip() in ("", "-") else [a.strip() for a in rest.split(";") if a.strip()]
            entries.append(
                dict(
                    id=slugify(name.strip()),
                    name=name.strip(),
                    kind=kind,
                    affiliation=None if state == "-" else state,
                    sector=sector,
                    label=label,
                    aliases=aliases,
                    src=f"{path.name}:{n}",
                    force=force,
                )
            )
    return entries


def main(dry_run: bool) -> None:
    text = TOML.read_text(encoding="utf-8")
    if MARK in text:
        text = text[: text.index(MARK)].rstrip() + "\n"
    old = tomllib.loads(text)["actor"]
    ids = {a["id"] for a in old}
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for a in old:
        for s in (a["name"], *a.get("aliases", []), *a.get("adjectives", [])):
            owners[fold(s)].add(a["id"])
    common = common_words()
    firsts = faker_first_names() | {
        fold(a["name"].split()[0]) for a in old if a["kind"] == "person" and " " in a["name"]
    }
    freq = frequent_english()
    by_len: dict[int, list[str]] = collections.defaultdict(list)
    for w in freq or ():
        by_len[len(w)].append(w)

    def word_problem(word: str, kind: str, state: str | None) -> str | None:
        if " " in word.strip():
            return None
        key = fold(word)
        if key in common:
            return "common word"
        if key in firsts:
            return "first name"
        if kind == "place":
            other = set(countries_of(word)) - {state}
            if other:
                return "a place of " + ",".join(sorted(other))
        if kind == "organisation" and len(key) >= FUZZY_MIN_SINGLE and key.isalpha():
            for size in (len(key) - 1, len(key), len(key) + 1):
                for w in by_len.get(size, ()):
                    if w != key and osa_distance_1(key, w):
                        return f"one typo from {w!r}"
        return None

    # first words of the dictionary's names: a name starting with any other word that is a town of the field
    # stops the gazetteer linking that town alone (places.py asks matcher.knows), so it is left out
    known_first = {fold(re.split(r"[\s-]", s.removeprefix("the "))[0]) for k in owners for s in (k,)}
    forced = {fold(e["name"]) for e in read_lists() if e["force"]}

    def hides_a_town(name: str) -> str | None:
        first = re.split(r"[\s-]", name)[0]
        if " " not in name and "-" not in name or fold(first) in known_first or fold(first) in forced:
            return None
        towns = {s: p for s, p in countries_of(first).items() if s in FIELD and p >= ALONE_FROM}
        return f"hides the town {first} ({','.join(sorted(towns))})" if towns else None

    def subdivision_linked(name: str, state: str | None) -> bool:
        """A subdivision's name with its type word ("Altai Krai", "Lori Province"): regions.py links it to
        its state wherever NER finds it; a bare name ("Helmand") it links only with a cue, so the
        dictionary keeps those, and their typed forms as aliases, so that the longest match stays whole
        ("Republic of Karakalpakstan")."""
        return typed(name) and states_of(name) == (state,)

    report: dict[str, list] = {"skipped": [], "dropped": [], "alias_adds": []}
    batch, adds = [], collections.defaultdict(list)
    batch_owner: dict[str, set[str]] = collections.defaultdict(set)
    for e in read_lists():
        key = fold(e["name"])
        if e["id"] in ids or key in owners:
            existing = owners.get(key) or {e["id"]}
            if len(existing) == 1:
                adds[next(iter(existing))].extend(e["aliases"])
            report["skipped"].append((e["name"], "exists: " + ",".join(sorted(existing))))
            continue
        hits = {o for alias in e["aliases"] for o in owners.get(fold(alias), ())}
        if hits:  # the same actor under another name: its name and aliases go to that actor
            if len(hits) == 1:
                adds[next(iter(hits))].extend([e["name"], *e["aliases"]])
            report["skipped"].append((e["name"], "an alias names " + ",".join(sorted(hits))))
            continue
        if e["kind"] == "place" and not e["force"] and set(countries_of(e["name"])) == {e["affiliation"]}:
            report["skipped"].append((e["name"], "the gazetteer links it"))
            continue
        if e["kind"] == "place" and subdivision_linked(e["name"], e["affiliation"]):
            report["skipped"].append((e["name"], "the subdivisions rule links it"))
            continue
        if why := word_problem(e["name"], e["kind"], e["affiliation"]) or hides_a_town(e["name"]):
            report["skipped"].append((e["name"], why))
            continue
        if batch_owner.get(key):
            report["skipped"].append((e["name"], "twice in the batch"))
            continue
        batch.append(e)
        ids.add(e["id"])
        for s in (e["name"], *e["aliases"]):
            batch_owner[fold(s)].add(e["id"])
    for e in batch:
        keep = []
        for alias in e["aliases"]:
            k = fold(alias)
            why = None
            if owners.get(k):
                why = "alias of " + ",".join(sorted(owners[k]))
            elif batch_owner[k] - {e["id"]}:
                why = "shared in the batch with " + ",".join(sorted(batch_owner[k] - {e["id"]}))
            else:
                why = word_problem(alias, e["kind"], e["affiliation"]) or hides_a_town(alias)
            if why:
                report["dropped"].append((e["id"], alias, why))
            elif alias != e["name"] and alias not in keep:
                keep.append(alias)
        e["aliases"] = keep
    # aliases the lists give to actors already in the dictionary
    kinds = {a["id"]: a["kind"] for a in old}
    states = {a["id"]: a.get("affiliation") for a in old}
    for actor_id, aliases in adds.items():
        good = []
        for alias in dict.fromkeys(aliases):
            k = fold(alias)
            if owners.get(k) or batch_owner.get(k) or word_problem(alias, kinds[actor_id], states[actor_id]):
                continue
            good.append(alias)
            owners[k].add(actor_id)
        if good:
            report["alias_adds"].append((actor_id, good))
            block_start = text.index(f'\nid = "{actor_id}"\n')
            block_end = text.find("\n\n", block_start)
            block = text[block_start:block_end]
            q = ", ".join(json.dumps(a, ensure_ascii=False) for a in good)
            if "\naliases = [" in block:
                head, _, tail = block.partition("\naliases = [")
                new = head + "\naliases = [" + tail[:-1] + ", " + q + "]" if tail.endswith("]") else block
            else:
                new = block + f"\naliases = [{q}]"
            text = text[:block_start] + new + text[block_end:]

    def q(s: str) -> str:
        return json.dumps(s, ensure_ascii=False)

    out = []
    for e in batch:
        out += ["[[actor]]", f"id = {q(e['id'])}", f"name = {q(e['name'])}", f"kind = {q(e['kind'])}"]
        if e["affiliation"]:
            out.append(f"affiliation = {q(e['affiliation'])}")
        out.append(f"sector = {q(e['sector'])}")
        if e["label"]:
            out.append(f"label = {q(e['label'])}")
        if e["aliases"]:
            out.append("aliases = [" + ", ".join(q(a) for a in e["aliases"]) + "]")
        out.append("")
    new_text = text.rstrip() + "\n\n" + HEADER.read_text(encoding="utf-8").rstrip() + "\n\n" + "\n".join(out)
    tomllib.loads(new_text)
    counts = collections.Counter((e["kind"], e["sector"]) for e in batch)
    print(
        f"new {len(batch)}; skipped {len(report['skipped'])}; aliases dropped {len(report['dropped'])}; "
        f"alias adds {sum(len(a) for _, a in report['alias_adds'])} to {len(report['alias_adds'])} actors"
    )
    print(dict(counts))
    print(dict(collections.Counter(e["affiliation"] for e in batch).most_common()))
    (Path(__file__).resolve().parent / "report_11m.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    if not dry_run:
        TOML.write_text(new_text, encoding="utf-8")


if __name__ == "__main__":
    main("--dry-run" in sys.argv)
