"""How to open each dialog from the main screen, for the fit test and the dialog snapshots."""

from __future__ import annotations

import json

from textual.pilot import Pilot

from store.notebook.anchoring import anchor_for
from store.notebook.drafts import Draft, Drafts, draft_key


async def with_a_tagged_note(pilot: Pilot) -> None:
    """A tagged document and a tagged note on the open document (so tag dialogs show tags)."""
    screen = pilot.app.main_screen  # type: ignore[attr-defined]
    doc = screen.reader.document
    screen.notebook.set_doc_tags(doc, ["caucasus", "opinion"])
    screen.notebook.add(doc, "Irony: the [bold]peace doves[/]", anchor=anchor_for(doc, 1, 28, 62), tags=["irony"])
    screen.notebook_changed()
    third = anchor_for(doc, 2)  # an unsaved draft of a note on the third paragraph, as a crash leaves it
    key = draft_key(doc.id, block=2, start=third.start, end=third.end)
    drafts = Drafts()
    drafts.save(key, Draft("Left here when the terminal closed.", ("kremlin",), key=key))
    for path in drafts.folder.glob("*.json"):  # no time of day in the notice: the snapshot stays the same
        path.write_text(json.dumps({**json.loads(path.read_text()), "saved": 0}))
    await pilot.pause()


def steady_cursors(pilot: Pilot) -> None:
    """Stop the text cursors blinking (on for good), so a screenshot does not depend on when it is taken."""
    from textual.widgets import Input, TextArea

    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    for area in pilot.app.screen.query(TextArea):
        area.cursor_blink = False
        # Textual keys a text area's drawn lines by its cursor only while the cursor blinks: a line drawn in a
        # blink's dark half would be taken again, without its cursor, once blinking stops (whether one was
        # depends on when the last frame came: flaky under load)
        area._line_cache.clear()
        area.refresh()


# name: keys pressed on the main screen (after with_a_tagged_note) to open the dialog
DIALOGS: dict[str, tuple[str, ...]] = {
    "editor": ("tab", "j", "a", *"Pskov [paratroopers] — see **note**", "tab", *"pskov -x"),
    "edit-note": ("o", "e"),
    "restored-draft": ("tab", "j", "j", "a"),
    "unsaved": ("tab", "j", "a", *"Pskov", "escape"),
    "tags": ("t", *"war -opinion"),
    "note-tags": ("o", "t"),
    "passage": ("tab", "j", "v", *["shift+right"] * 12),
    "export": ("E",),
    "confirm": ("o", "x"),
    "alias": ("tab", "v", *["shift+right"] * 22, "ctrl+l"),
    "new-actor": ("tab", "v", *["shift+right"] * 22, "ctrl+o"),
}
