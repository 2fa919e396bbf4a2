"""User key bindings: a TOML file in the config folder maps binding ids to keys.

# ~/.config/actorlens/keys.toml
[keys]
"reader.next_paragraph" = "j,down,ctrl+e"
"app.quit" = "ctrl+q"
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from textual.binding import Binding

from store.paths import keymap_file
from store.sanitize import visible, visible_name


def binding_ids(classes: Iterable[type]) -> dict[str, Binding]:
    found: dict[str, Binding] = {}
    for cls in classes:
        for binding in getattr(cls, "BINDINGS", []):
            if isinstance(binding, Binding) and binding.id:
                found[binding.id] = binding
    return found


def keys_of(binding: Binding, keymap: Mapping[str, str]) -> list[str]:
    """The keys of a binding under the user's keymap, first the main one."""
    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    return [k.strip() for k in keys.split(",") if k.strip()]


def load_keymap(
    known: Iterable[str] | Callable[[], Iterable[str]], path: Path | None = None
) -> tuple[dict[str, str], str | None]:
    """The user's keymap and a one-line problem (then the keymap is empty: defaults apply). known: the
    binding ids there are (or what gives them: only asked for when there is a keys file)."""
    path = path or keymap_file()
    if not path.exists():
        return {}, None
    import tomllib  # here: most users have no keys.toml, and start-up need not import a TOML parser

    where = visible_name(str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return {}, f"{where}: cannot be read ({visible(str(exc))}); using the default keys"
    except tomllib.TOMLDecodeError as exc:
        return {}, f"{where}: not valid TOML ({visible(str(exc))}); using the default keys"
    except RecursionError:
        return {}, f"{where}: nested too deeply; using the default keys"
    unknown = sorted(set(data) - {"keys"})
    if unknown:
        return {}, f"{where}: unknown key {visible(unknown[0])!r} (only [keys] is read); using the default keys"
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, f'{where}: [keys] must be a table of binding id = "keys"; using the default keys'
    known_ids = set(known() if callable(known) else known)
    keymap: dict[str, str] = {}
    for binding_id, value in keys.items():
        if binding_id not in known_ids:
            return {}, f"{where}: unknown binding id {visible(binding_id)!r}; using the default keys"
        if not isinstance(value, str) or not value.strip() or any(not k.strip() for k in value.split(",")):
            return {}, f'{where}: keys for {binding_id!r} must be a string like "j,down"; using the default keys'
        names = [k.strip() for k in value.split(",")]
        bad = next((k for k in names if not is_key_name(k)), None)
        if bad is not None:
            return {}, f"{where}: keys for {binding_id!r}: no key is called {visible(bad)!r}; using the default keys"
        keymap[binding_id] = ",".join(names)
    if isinstance(known, dict):
        clash = _conflict(known, keymap)
        if clash:
            return {}, f"{where}: {clash}; using the default keys"
    return keymap, None


_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


def _key_names() -> frozenset[str]:
    from textual.keys import Keys, _character_to_key

    names = {k.value.rsplit("+", 1)[-1] for k in Keys}
    names.update(_character_to_key(chr(c)) for c in range(32, 127))
    names.update({"enter", "space", "tab", "backspace", "delete", "escape", *(f"f{n}" for n in range(1, 25))})
    return frozenset(names)


def is_key_name(key: str) -> bool:
    """True for a key Textual can report: optional modifiers, then a key name or one printable character."""
    *mods, name = key.split("+")
    if any(m not in _MODIFIERS for m in mods):
        return False
    if len(name) == 1:
        return name.isprintable() and not name.isspace()
    return name in _key_names()


def _conflict(known: dict[str, Binding], keymap: dict[str, str]) -> str | None:
    """Two bindings of one area (the id's prefix: "reader", "app"...) on the same key, or None."""
    owner: dict[tuple[str, str], str] = {}
    for binding_id, binding in known.items():
        area = binding_id.split(".", 1)[0]
        keys = keymap.get(binding_id, binding.key)
        for key in (k.strip() for k in keys.split(",")):
            other = owner.setdefault((area, key), binding_id)
            if other != binding_id and (binding_id in keymap or other in keymap):
                return f"{key!r} is given to both {other!r} and {binding_id!r}"
    return None
