"""The actor dictionary: the bundled ``store/actors.toml`` merged with the user's own file.

Format (TOML, the same for both files)::

    [[actor]]
    id = "vladimir-putin"          # stable slug; a user entry with an existing id extends that actor
    name = "Vladimir Putin"        # canonical name
    kind = "person"                # person | state | organisation | group | place
    affiliation = "RUS"            # ISO 3166 alpha-3, absent when none
    sector = "government"          # CAMEO/PLOVER-like: government, military, rebel, paramilitary, media...
    aliases = ["Putin", "Vladimir Vladimirovich Putin"]
    adjectives = []                # nationality adjectives (also aliases) that combine with institution nouns
    remove_aliases = []            # user file only: drop bundled aliases of this actor

    ignore = ["Covid-19"]          # named things that are never actors, even when NER says so

    [[institution]]                # "Armenian" + "MoD" -> id "<state id>.defence-ministry"
    id = "defence-ministry"
    name = "Ministry of Defence of {state}"
    sector = "military"
    nouns = ["MoD", "Ministry of Defence"]

Matching rules (store/matcher.py), so that aliases list surface forms only:
- case: a capitalised alias word needs a capital in the text ("Turkey" never matches the bird "turkey";
  "PUTIN" matches); acronyms match in capitals only; lowercase alias words match any case;
- accents, dotless i and curly apostrophes are folded ("Erdoğan" = "Erdogan"); possessives ("Putin's",
  "Erdogan’s") are separate tokens, so the alias matches without them;
- an alias written with a lowercase leading "the " ("the West") needs the article before it; the article is
  never part of the highlighted span (so "the Kremlin" highlights "Kremlin");
- nationality adjectives name the nation's people ("Armenian", "Azeris" -> the group actor with the state's
  affiliation), unless followed by an institution noun ("Azerbaijani forces" -> Azerbaijan's armed forces);
- persons and organisations tolerate one typo (edit distance 1) in words of 7+ letters, or 5+ letters when
  another word of the name matches exactly; states, places and demonyms never do (the world is full of
  near-identical place names: Gambia/Zambia). A word the dictionary itself knows is no typo, except a word of
  people's names only, inside another person's full name written otherwise exactly, and only as a spelling
  of the same name ("Hasan Nasrallah", "Fuad Hussain"; never "Ahmad" for "Hamad": matcher.spelling_variant).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.atomic import write_atomic
from store.errors import ActorlensError
from store.model import KINDS, Actor
from store.paths import user_actors_file
from store.sanitize import is_safe, visible

DEFAULT_LABELS = {"person": "PERSON", "state": "GPE", "organisation": "ORG", "group": "NORP", "place": "GPE"}
LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor and the words that name it."""

    actor: Actor
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...] = ()
    label: str = "ORG"


@dataclass(frozen=True, slots=True)
class Institution:
    id: str
    name: str
    sector: str
    nouns: tuple[str, ...]


@dataclass(frozen=True)
class Dictionary:
    entries: dict[str, Entry]
    institutions: tuple[Institution, ...] = ()
    ignore: tuple[str, ...] = ()
    digest: str = ""
    user_file: Path | None = None
    error: str | None = None  # one line: why the user's file was not used
    actors: dict[str, Actor] = field(default_factory=dict)  # entries plus derived institutions

    def label(self, actor_id: str) -> str:
        entry = self.entries.get(actor_id)
        return entry.label if entry else "ORG"

    def state_for(self, affiliation: str | None) -> Entry | None:
        """The state actor of an ISO code (for institution nouns)."""
        if not affiliation:
            return None
        return self._states().get(affiliation)

    def _states(self) -> dict[str, Entry]:
        cached = self.__dict__.get("_state_index")
        if cached is None:
            cached = {}
            for entry in self.entries.values():
                if entry.actor.kind == "state" and entry.actor.affiliation:
                    cached.setdefault(entry.actor.affiliation, entry)
            object.__setattr__(self, "_state_index", cached)
        return cached


def bundled_file() -> Path:
    return Path(__file__).resolve().parent / "actors.toml"


def user_file() -> Path:
    """The user's own dictionary (see store.paths)."""
    return user_actors_file()


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "actor"


# ── parsing ──────────────────────────────────────────────────────────────────────────────────────────


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{where} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _optional_str(table: dict[str, Any], key: str, where: str) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key} must be a string")
    return value.strip() or None


@dataclass
class _Raw:
    actors: list[dict[str, Any]]
    institutions: list[Institution]
    ignore: tuple[str, ...]


_TOP_KEYS = frozenset({"version", "actor", "institution", "ignore"})
_INSTITUTION_KEYS = frozenset({"id", "name", "sector", "nouns"})


def _parse(text: str) -> _Raw:
    data = tomllib.loads(text)
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise ValueError(f"unknown key {sorted(unknown)[0]!r} (the file holds [[actor]], [[institution]] and ignore)")
    actors = data.get("actor", [])
    if not isinstance(actors, list) or not all(isinstance(a, dict) for a in actors):
        raise ValueError("'actor' must be an array of tables ([[actor]])")
    raw_institutions = data.get("institution", [])
    if not isinstance(raw_institutions, list):
        raise ValueError("'institution' must be an array of tables ([[institution]])")
    institutions: list[Institution] = []
    for n, table in enumerate(raw_institutions, 1):
        where = f"institution #{n}"
        if not isinstance(table, dict):
            raise ValueError(f"{where} must be a table")
        if set(table) - _INSTITUTION_KEYS:
            raise ValueError(f"{where}: unknown key {sorted(set(table) - _INSTITUTION_KEYS)[0]!r}")
        iid = _optional_str(table, "id", where)
        name = _optional_str(table, "name", where)
        if not iid or not _ID.match(iid) or not name:
            raise ValueError(f"{where} needs an id (lowercase slug) and a name")
        institutions.append(
            Institution(
                iid,
                name,
                _optional_str(table, "sector", where) or "government",
                _strings(table.get("nouns"), f"{where}: nouns"),
            )
        )
    return _Raw(list(actors), institutions, _strings(data.get("ignore"), "ignore"))


def _apply(entries: dict[str, Entry], raw_actors: list[dict[str, Any]], *, user: bool) -> None:
    for n, table in enumerate(raw_actors, 1):
        aid = table.get("id")
        where = f"actor #{n}" + (f" ({aid})" if isinstance(aid, str) else "")
        if not isinstance(aid, str) or not _ID.match(aid):
            raise ValueError(f"{where}: id must be a lowercase slug like 'vladimir-putin'")
        unknown = set(table) - {
            "id",
            "name",
            "kind",
            "affiliation",
            "sector",
            "aliases",
            "adjectives",
            "label",
            "remove_aliases",
        }
        if unknown:
            raise ValueError(f"{where}: unknown key {sorted(unknown)[0]!r}")
        kind = _optional_str(table, "kind", where)
        if kind is not None and kind not in KINDS:
            raise ValueError(f"{where}: kind must be one of {', '.join(KINDS)}")
        affiliation = _optional_str(table, "affiliation", where)
        if affiliation is not None and not _ISO3.match(affiliation):
            raise ValueError(f"{where}: affiliation must be an ISO 3166 alpha-3 code like 'RUS'")
        label = _optional_str(table, "label", where)
        if label is not None and label not in LABELS:
            raise ValueError(f"{where}: label must be one of {', '.join(sorted(LABELS))}")
        name = _optional_str(table, "name", where)
        sector = _optional_str(table, "sector", where)
        aliases = _strings(table.get("aliases"), f"{where}: aliases")
        adjectives = _strings(table.get("adjectives"), f"{where}: adjectives")
        if name is not None and not is_safe(name):  # shown in the legend, tables and exports
            name = visible(name)
        removed = set(_strings(table.get("remove_aliases"), f"{where}: remove_aliases"))
        if removed and not user:
            raise ValueError(f"{where}: remove_aliases is for the user's file")
        old = entries.get(aid)
        if old is None:
            if not name:
                raise ValueError(f"{where}: a new actor needs a name")
            kind = kind or "person"
            actor = Actor(aid, name, kind, affiliation, sector)
            merged_aliases = tuple(dict.fromkeys((name, *aliases)))
            entries[aid] = Entry(actor, merged_aliases, adjectives, label or DEFAULT_LABELS[kind])
            continue
        if not user:
            raise ValueError(f"{where}: id used twice")
        a = old.actor
        actor = Actor(
            aid,
            name or a.name,
            kind or a.kind,
            affiliation if "affiliation" in table else a.affiliation,
            sector if "sector" in table else a.sector,
        )
        merged_aliases = tuple(
            x for x in dict.fromkeys((*old.aliases, *aliases, *((name,) if name else ()))) if x not in removed
        )
        merged_adjectives = tuple(x for x in dict.fromkeys((*old.adjectives, *adjectives)) if x not in removed)
        entries[aid] = Entry(actor, merged_aliases, merged_adjectives, label or old.label)


def _derived(entries: dict[str, Entry], institutions: Iterable[Institution]) -> dict[str, Actor]:
    from store.actors.inferred import ActorTable

    actors = ActorTable((aid, e.actor) for aid, e in entries.items())
    insts = list(institutions)
    for entry in entries.values():
        state = entry.actor
        if state.kind != "state" or not state.affiliation:
            continue
        for inst in insts:
            aid = f"{state.id}.{inst.id}"
            actors.setdefault(
                aid,
                Actor(
                    aid,
                    visible(inst.name.replace("{state}", state.name)),
                    "organisation",
                    state.affiliation,
                    inst.sector,
                ),
            )
    return actors


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ActorlensError(f"{path}: cannot read the actor dictionary ({exc.strerror or exc})") from None


def parse_dictionary(bundled: bytes, user: bytes | None = None, *, user_path: Path | None = None) -> Dictionary:
    """Build a Dictionary from file contents. A bad user file is reported in ``error``, never raised."""
    entries: dict[str, Entry] = {}
    try:
        raw = _parse(bundled.decode("utf-8"))
        _apply(entries, raw.actors, user=False)
    except (ValueError, UnicodeDecodeError) as exc:  # tomllib.TOMLDecodeError is a ValueError
        raise ActorlensError(f"bundled actor dictionary is broken: {_one_line(exc)}") from None
    institutions = list(raw.institutions)
    ignore = list(raw.ignore)
    error = None
    digest = hashlib.blake2b(bundled, digest_size=16)
    if user is not None:
        trial = dict(entries)
        try:
            uraw = _parse(user.decode("utf-8"))
            _apply(trial, uraw.actors, user=True)
        except (ValueError, UnicodeDecodeError, TypeError, AttributeError) as exc:
            error = f"{user_path or 'user actor file'}: {_one_line(exc)} (using the bundled dictionary only)"
        except RecursionError:
            error = f"{user_path or 'user actor file'}: nested too deeply (using the bundled dictionary only)"
        else:
            entries = trial
            known = {i.id for i in institutions}
            institutions += [i for i in uraw.institutions if i.id not in known]
            ignore += uraw.ignore
            digest.update(b"\0user\0" + user)
    return Dictionary(
        entries=entries,
        institutions=tuple(institutions),
        ignore=tuple(dict.fromkeys(ignore)),
        digest=digest.hexdigest(),
        user_file=user_path,
        error=error,
        actors=_derived(entries, institutions),
    )


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def load_dictionary(user_path: Path | None | bool = True) -> Dictionary:
    """The bundled dictionary merged with the user's file (``user_path=False`` skips it)."""
    path: Path | None
    if user_path is True:
        path = user_file()
    elif user_path is False or user_path is None:
        path = None
    else:
        path = Path(user_path)
    bundled = _read(bundled_file())
    user: bytes | None = None
    if path is not None and path.exists():
        try:
            user = path.read_bytes()
        except OSError as exc:
            d = parse_dictionary(bundled, None, user_path=path)
            return dataclasses.replace(d, error=f"{path}: cannot read ({exc.strerror or exc})")
    return parse_dictionary(bundled, user, user_path=path)


# ── the user's file: adding aliases and actors ─────────────────────────────────────────────────────


def _atomic_write(path: Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8"))


def _edit_user_file(path: Path, edit) -> None:
    import tomlkit
    from filelock import FileLock

    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".lock", timeout=10):
        if path.exists():
            text = _read(path).decode("utf-8", errors="strict")
            try:
                doc = tomlkit.parse(text)
            except Exception as exc:  # tomlkit raises its own ParseError types
                raise ActorlensError(f"{path}: {_one_line(exc)}; fix or remove it before adding actors") from None
        else:
            doc = tomlkit.document()
            doc.add(
                tomlkit.comment(
                    "Your own actors and aliases for actorlens (same format as the bundled store/actors.toml)."
                )
            )
        edit(doc)
        _atomic_write(path, tomlkit.dumps(doc))


def _user_table(doc, actor_id: str):
    import tomlkit

    tables = doc.get("actor")
    if tables is None:
        tables = tomlkit.aot()
        doc["actor"] = tables
    for table in tables:
        if table.get("id") == actor_id:
            return table
    table = tomlkit.table()
    table["id"] = actor_id
    tables.append(table)
    return tables[-1]


def add_alias(actor_id: str, alias: str, *, path: Path | None = None, dictionary: Dictionary | None = None) -> Path:
    """Make ``alias`` a name of an existing actor, in the user's file. Returns the file written."""
    alias = " ".join(alias.split())
    if not alias:
        raise ActorlensError("an alias cannot be empty")
    dictionary = dictionary or load_dictionary(path if path is not None else True)
    if actor_id not in dictionary.entries:
        raise ActorlensError(f"no actor with id {actor_id!r}")
    target = path or dictionary.user_file or user_file()

    def edit(doc) -> None:
        table = _user_table(doc, actor_id)
        aliases = list(table.get("aliases", []))
        if alias not in aliases:
            aliases.append(alias)
        table["aliases"] = aliases
        removed = [a for a in table.get("remove_aliases", []) if a != alias]
        if "remove_aliases" in table:
            table["remove_aliases"] = removed

    _edit_user_file(target, edit)
    return target


def add_actor(
    name: str,
    kind: str = "person",
    *,
    affiliation: str | None = None,
    sector: str | None = None,
    aliases: Iterable[str] = (),
    actor_id: str | None = None,
    path: Path | None = None,
    dictionary: Dictionary | None = None,
) -> str:
    """Create a new actor in the user's file; returns its id (a slug of the name, made unique)."""
    name = " ".join(name.split())
    if not name:
        raise ActorlensError("an actor needs a name")
    if kind not in KINDS:
        raise ActorlensError(f"kind must be one of {', '.join(KINDS)}")
    if affiliation is not None:
        affiliation = affiliation.strip().upper() or None
        if affiliation and not _ISO3.match(affiliation):
            raise ActorlensError("affiliation must be an ISO 3166 alpha-3 code like 'RUS'")
    dictionary = dictionary or load_dictionary(path if path is not None else True)
    base = actor_id or slugify(name)
    if not _ID.match(base):
        raise ActorlensError(f"bad actor id {base!r}")
    new_id, n = base, 2
    while new_id in dictionary.actors:
        if actor_id:
            raise ActorlensError(f"an actor with id {actor_id!r} exists already")
        new_id, n = f"{base}-{n}", n + 1
    target = path or dictionary.user_file or user_file()
    extra = [a for a in dict.fromkeys(" ".join(a.split()) for a in aliases) if a and a != name]

    def edit(doc) -> None:
        table = _user_table(doc, new_id)
        table["name"] = name
        table["kind"] = kind
        if affiliation:
            table["affiliation"] = affiliation
        if sector:
            table["sector"] = sector
        table["aliases"] = extra

    _edit_user_file(target, edit)
    return new_id
