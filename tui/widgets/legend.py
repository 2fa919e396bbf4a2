"""The actor legend of the open document: colour, name, kind, affiliation and mention count."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.actors.inferred import is_inferred
from store.model import Actor, Document, Mention

from ..messages import LegendCleared
from ..palette import colour_for, text_colour_on
from .steady import SteadySize


@dataclass(frozen=True, slots=True)
class LegendEntry:
    key: str  # actor id, or "ner:LABEL:text" for an unlinked entity
    name: str
    kind: str
    affiliation: str | None
    count: int
    actor: Actor | None


def mention_key(mention: Mention) -> str:
    if mention.actor_id:
        return mention.actor_id
    return f"ner:{mention.label}:{' '.join(mention.text.split()).casefold()}"


def legend_entries(doc: Document, actors: Mapping[str, Actor]) -> list[LegendEntry]:
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    labels: dict[str, str] = {}
    for mentions in (doc.title_mentions, *(block.mentions for block in doc.blocks)):
        for mention in mentions:
            key = mention_key(mention)
            counts[key] += 1
            names.setdefault(key, " ".join(mention.text.split()))
            labels.setdefault(key, mention.label)
    entries = []
    for key, count in counts.items():
        actor = actors.get(key)
        if actor is not None:
            entries.append(LegendEntry(key, actor.name, actor.kind, actor.affiliation, count, actor))
        else:
            entries.append(LegendEntry(key, names[key], labels[key], None, count, None))
    entries.sort(key=lambda e: (-e.count, e.actor is None, e.name.casefold()))
    return under_their_states(entries)


def under_their_states(entries: list[LegendEntry]) -> list[LegendEntry]:
    """Actors inferred from context or the gazetteer right after the entry of their state ("Isaac Herzog"
    under Israel), or of its people when the document names only them (under "Israelis"); elsewhere in
    their place by count."""
    heads: dict[str, str] = {}  # affiliation -> key of the entry to list under
    for kind in ("state", "group"):
        for e in entries:
            if e.actor is not None and e.kind == kind and e.affiliation and not is_inferred(e.key):
                heads.setdefault(e.affiliation, e.key)
    placed = [e for e in entries if is_inferred(e.key) and e.affiliation in heads]
    if not placed:
        return entries
    moved = {e.key for e in placed}
    out: list[LegendEntry] = []
    for entry in entries:
        if entry.key in moved:
            continue
        out.append(entry)
        if entry.affiliation and heads.get(entry.affiliation) == entry.key:
            out.extend(e for e in placed if e.affiliation == entry.affiliation)
    return out


def entry_prompt(entry: LegendEntry, mode: str) -> Text:
    """One line: swatch, count, name, then kind · affiliation (plain text, never markup)."""
    colour = colour_for(entry.actor, mode)
    prompt = Text(no_wrap=True, overflow="ellipsis", end="")
    # the count drawn as a mention is (black or white on the actor's colour): a sample of the highlight
    # that reads on every theme, where a bare colour block (yellow on white) would not
    swatch = Style(color=text_colour_on(colour), bgcolor=colour, bold=True) if colour else Style(bold=True)
    prompt.append(f"{entry.count:>4} ", style=swatch)
    prompt.append(" ")
    inferred = is_inferred(entry.key)
    if inferred:
        prompt.append("↳ ", style="italic")
    prompt.append(entry.name, style="bold" if entry.actor and not inferred else "italic")
    details = entry.kind if entry.actor else f"unlinked {entry.kind}"
    if entry.affiliation:
        details += f" · {entry.affiliation}"
    if inferred:
        details += " · from context" if entry.key.startswith("context:") else " · from gazetteer"
    prompt.append(f"  {details}", style="italic")  # not dim: dim text fails WCAG contrast
    return prompt


class Legend(OptionList, SteadySize):
    """Actors of the open document, most mentioned first. Enter emphasises an actor's mentions."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="legend.down"),
        Binding("k", "cursor_up", "Up", show=False, id="legend.up"),
        Binding("enter", "select", "Emphasise actor", show=False, id="legend.emphasise"),
        Binding("escape", "clear", "Clear emphasis", id="legend.clear"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[LegendEntry] = []
        self.mode = "affiliation"

    def show_entries(self, entries: list[LegendEntry], mode: str, chosen: str | None = None) -> None:
        highlighted = self.highlighted_key()
        before, self.entries = self.entries, entries
        self.mode, old_mode = mode, self.mode
        keys = [e.key for e in entries]
        other_actors = [e.key for e in before] != keys
        if other_actors:
            # another document's actors: all the lines at once (one measure of the list, one scroll bar
            # update, from the top); replacing them one by one dropped the list's caches once a line
            self.set_options([Option(entry_prompt(e, mode)) for e in entries])
        elif entries != before or mode != old_mode:
            self._update_in_place(before, entries, mode if mode != old_mode else None)
        target = chosen if chosen in keys else highlighted if highlighted in keys else None
        self.highlighted = keys.index(target) if target is not None else None

    def key_at(self, index: int) -> str | None:
        """The key (actor id or unlinked entity) of the entry at an option index."""
        return self.entries[index].key if 0 <= index < len(self.entries) else None

    def _update_in_place(self, before: list[LegendEntry], entries: list[LegendEntry], new_mode: str | None) -> None:
        """The same actors (counts or colours changed): only the lines that differ, the scroll position kept.
        ``new_mode``: the colour mode changed, every line is drawn again."""
        for i, (old, new) in enumerate(zip(before, entries, strict=True)):
            if new_mode is not None or old != new:
                self.replace_option_prompt_at_index(i, entry_prompt(new, self.mode))

    def highlighted_key(self) -> str | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.entries)):
            return None
        return self.entries[self.highlighted].key

    def on_focus(self) -> None:
        if self.highlighted is None and self.entries:  # enter works at once, without a j first
            self.highlighted = 0

    def action_clear(self) -> None:
        self.post_message(LegendCleared())
