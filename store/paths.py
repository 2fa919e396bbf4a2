"""Every folder and file actorlens uses, and every environment variable it reads: one rule each.

| variable | what | default |
|---|---|---|
| ``ACTORLENS_CONFIG`` | the config folder: ``actors.toml`` (your actors) and ``keys.toml`` (your keys) | the user config folder |
| ``ACTORLENS_ACTORS`` | your actor dictionary file, if not the config folder's ``actors.toml`` | ``$config/actors.toml`` |
| ``ACTORLENS_DB`` | the notes file (``--db`` wins over it) | ``notes.json`` in the user data folder |
| ``ACTORLENS_CACHE`` | the cache folder: ``analysis/``, ``documents/``, ``summaries/``, ``search/`` | the user cache folder |
| ``ACTORLENS_STATE`` | what the app remembers per corpus (open document, positions, filter), ``drafts/`` | the user state folder |
| ``ACTORLENS_NER`` | ``off`` (or 0, no, false): the app recognises actors with the dictionary only | on |
| ``VISUAL``, ``EDITOR`` | the text editor a note opens in (``ctrl+o`` in the note editor), ``VISUAL`` first | none |
| ``PAGER`` | what opens a source file (``O``) when there is no desktop to open it | ``less`` |
| ``ACTORLENS_BACKGROUND_PRIORITY`` | ``normal``: background child processes keep the app's priority | idle |

User folders come from platformdirs, with no "app author" level, so that on every system the config
folder is one folder holding both ``actors.toml`` and ``keys.toml``. A variable set to an empty string
counts as not set; ``~`` is expanded.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "actorlens"

CONFIG = "ACTORLENS_CONFIG"
ACTORS = "ACTORLENS_ACTORS"
DB = "ACTORLENS_DB"
CACHE = "ACTORLENS_CACHE"
STATE = "ACTORLENS_STATE"
NER = "ACTORLENS_NER"
BACKGROUND_PRIORITY = "ACTORLENS_BACKGROUND_PRIORITY"


def _env(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    """$ACTORLENS_CONFIG, else the user config folder (~/.config/actorlens on Linux)."""
    chosen = _env(CONFIG)
    if chosen is not None:
        return chosen
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP, appauthor=False))


def user_actors_file() -> Path:
    """The user's own actor dictionary: $ACTORLENS_ACTORS, else actors.toml in the config folder."""
    return _env(ACTORS) or config_dir() / "actors.toml"


def keymap_file() -> Path:
    """The user's keys: keys.toml in the config folder."""
    return config_dir() / "keys.toml"


def notes_file() -> Path:
    """The notes: $ACTORLENS_DB, else notes.json in the user data folder."""
    chosen = _env(DB)
    if chosen is not None:
        return chosen
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP, appauthor=False)) / "notes.json"


def cache_dir() -> Path:
    """$ACTORLENS_CACHE, else the user cache folder. Everything in it can be deleted at any time."""
    chosen = _env(CACHE)
    if chosen is not None:
        return chosen
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP, appauthor=False))


def analysis_cache_dir() -> Path:
    """Actor analyses, by document content and pipeline."""
    return cache_dir() / "analysis"


def document_cache_dir() -> Path:
    """Cleaned documents, by file path, modification time and size."""
    return cache_dir() / "documents"


def summary_cache_dir() -> Path:
    """Sidebar entries of each corpus."""
    return cache_dir() / "summaries"


def search_index_dir() -> Path:
    """The full-text index of each corpus."""
    return cache_dir() / "search"


def state_dir() -> Path:
    """$ACTORLENS_STATE, else the user state folder: what the app remembers about each corpus."""
    chosen = _env(STATE)
    if chosen is not None:
        return chosen
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP, appauthor=False))


def drafts_dir() -> Path:
    """Note drafts not saved yet (the user's words: kept with the state, not in the cache)."""
    return state_dir() / "drafts"


def ner_enabled() -> bool:
    """Statistical NER besides the dictionary, unless $ACTORLENS_NER is off, 0, no or false."""
    return os.environ.get(NER, "on").strip().lower() not in ("0", "off", "no", "false")


def background_at_idle_priority() -> bool:
    """Background child processes (listing, analysis, indexing) run at idle priority (store/priority.py),
    unless $ACTORLENS_BACKGROUND_PRIORITY is ``normal``: at idle priority a machine kept busy by other work
    can starve them for minutes (the test suite beside other builds)."""
    return os.environ.get(BACKGROUND_PRIORITY, "idle").strip().lower() != "normal"


VISUAL = "VISUAL"
EDITOR = "EDITOR"


def text_editor() -> str | None:
    """The user's text editor command ($VISUAL, else $EDITOR), as written (it may carry options), or None."""
    for name in (VISUAL, EDITOR):
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return None


PAGER = "PAGER"


def file_opener() -> tuple[list[str], bool] | None:
    """How to show a source file: (the command before the file's path, whether it runs in the terminal),
    or None when there is nothing to open it with. The desktop's opener (``open`` on macOS, ``xdg-open``
    under a graphical session) first, else $PAGER (split like a shell would), else ``less``."""
    import shlex
    import shutil
    import sys

    if sys.platform == "darwin" and shutil.which("open"):
        return ["open"], False
    graphical = any(os.environ.get(v, "").strip() for v in ("DISPLAY", "WAYLAND_DISPLAY"))
    if graphical and shutil.which("xdg-open"):
        return ["xdg-open"], False
    try:
        pager = shlex.split(os.environ.get(PAGER, ""))
    except ValueError:
        pager = []
    if pager and shutil.which(pager[0]):
        return pager, True
    less = shutil.which("less")
    return ([less], True) if less else None


ESCDELAY = "ESCDELAY"
ESCAPE_DELAY_MS = 10


def use_short_escape_delay() -> bool:
    """A lone `escape` is told from the start of a key sequence by waiting; Textual waits $ESCDELAY ms
    (default 100), which every `escape` that closes a dialog pays. Unless the user set $ESCDELAY (e.g. for
    a slow remote link), wait 10 ms, tmux's own default escape-time (since 3.5): terminals send a
    sequence's bytes together. Must run before textual is imported (it reads the variable once).
    Returns whether the user left $ESCDELAY alone (then a lone escape byte is read as escape at once:
    tui/escape.py)."""
    if ESCDELAY in os.environ:
        return False
    os.environ[ESCDELAY] = str(ESCAPE_DELAY_MS)
    return True
