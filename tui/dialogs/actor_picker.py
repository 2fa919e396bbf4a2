"""Make a phrase an alias of an existing actor, or a new actor."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from store.model import KINDS

from .base import Dialog


@dataclass(frozen=True, slots=True)
class ActorChoice:
    actor_id: str | None  # an existing actor (alias), or None for a new actor
    name: str
    kind: str = "person"
    affiliation: str | None = None


class ActorPicker(Dialog[ActorChoice | None]):
    """Make a phrase an alias of an existing actor (type to filter the list) or a new actor."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="actor.cancel")]
    KINDS = KINDS

    def __init__(self, phrase: str, actors: list[tuple[str, str]], *, new: bool) -> None:
        """actors: (id, label) pairs; new: create an actor rather than pick one."""
        super().__init__()
        self.phrase = phrase
        self.actors = actors
        self.new = new

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="actor-picker"):
            yield Static(Text("“" + self.phrase + "”", style="bold"), markup=False)
            if self.new:
                yield Input(self.phrase, placeholder="canonical name", id="actor-name")
                yield Input("person", placeholder="kind: " + " | ".join(self.KINDS), id="actor-kind")
                yield Input(
                    "", placeholder="affiliation: ISO 3166 alpha-3 code (RUS, TUR…) or empty", id="actor-affiliation"
                )

            else:
                yield Input("", placeholder="type to find the actor", id="actor-filter")
                yield OptionList(id="actor-list")

            yield self.hints_label()
            yield Label("", id="actor-error", classes="error", markup=False)

    def extra_hints(self) -> tuple[tuple[str, str], ...]:
        return (("enter in the last field", "creates the actor"),) if self.new else (("enter", "choose"),)

    def on_mount(self) -> None:
        self.query_one("#actor-picker").border_title = "New actor" if self.new else "Alias of which actor?"
        if not self.new:
            self._fill("")
            self.query_one("#actor-filter", Input).focus()
        else:
            self.query_one("#actor-name", Input).focus()

    def _fill(self, query: str) -> None:
        options = self.query_one("#actor-list", OptionList)
        options.clear_options()
        words = query.casefold().split()
        shown = [(i, label) for i, label in self.actors if all(w in label.casefold() for w in words)][:200]
        options.add_options([Option(Text(label), id=actor_id) for actor_id, label in shown])
        if shown:
            options.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "actor-filter":
            self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "actor-filter":
            options = self.query_one("#actor-list", OptionList)
            if options.highlighted is not None:
                option = options.get_option_at_index(options.highlighted)
                self.dismiss(ActorChoice(option.id, self.phrase))
            return
        if event.input.id in ("actor-name", "actor-kind"):
            self.focus_next()
            return
        name = self.query_one("#actor-name", Input).value.strip()
        kind = self.query_one("#actor-kind", Input).value.strip().lower()
        affiliation = self.query_one("#actor-affiliation", Input).value.strip().upper() or None
        if not name or kind not in self.KINDS:
            self.query_one("#actor-error", Label).update(f"A name and a kind ({', '.join(self.KINDS)}) are needed.")
            return
        self.dismiss(ActorChoice(None, name, kind, affiliation))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(ActorChoice(event.option.id, self.phrase))

    def action_cancel(self) -> None:
        self.dismiss(None)
