"""User key bindings: a TOML file in the config folder maps binding ids to keys.

# ~/.config/actorlens/keys.toml
[keys]
"reader.next_paragraph" = "j,down,ctrl+n"
"app.quit" = "ctrl+q"
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from textual.binding import Binding

from store.paths import keymap_file


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

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return {}, f"{path}: cannot be read ({exc}); using the default keys"
    except tomllib.TOMLDecodeError as exc:
        return {}, f"{path}: not valid TOML ({exc}); using the default keys"
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, f'{path}: [keys] must be a table of binding id = "keys"; using the default keys'
    known_ids = set(known() if callable(known) else known)
    keymap: dict[str, str] = {}
    for binding_id, value in keys.items():
        if binding_id not in known_ids:
            return {}, f"{path}: unknown binding id {binding_id!r}; using the default keys"
        if not isinstance(value, str) or not value.strip() or any(not k.strip() for k in value.split(",")):
            return {}, f'{path}: keys for {binding_id!r} must be a string like "j,down"; using the default keys'
        keymap[binding_id] = ",".join(k.strip() for k in value.split(","))
    return keymap, None

