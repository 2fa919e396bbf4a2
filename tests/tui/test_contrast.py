"""Contrast (issue 16): every text/background pair the app draws, in every theme it offers, meets WCAG
AA: 4.5:1 for text, 3:1 for borders, the reading cursor and scroll bars. Measured on what is drawn:
each segment of the rendered screen, its colours resolved from the theme's CSS variables (reverse
and dim applied as the terminal would show them)."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.screen import ModalScreen

from store.corpus.library import Library
from store.model import Anchor
from store.notebook.anchoring import anchor_for
from store.notebook.notebook import Notebook
from tests.conftest import SEEDS
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp
from tui.contrast import NON_TEXT, TEXT, ratio

pytestmark = pytest.mark.timeout(300)

# glyphs that are lines, bars or marks rather than text: 3:1 is their bar
NON_TEXT_GLYPHS = set("─│╭╮╰╯┌┐└┘├┤┬┴┼═║╔╗╚╝▁▂▃▄▅▆▇█▉▊▋▌▍▎▏▐▔▕━┃╸╹╺╻╴╵╶╷")


def drawn_pairs(app: ActorlensApp) -> list[tuple[str, float, float]]:
    """(text, ratio, minimum) of every visible segment on the screen; of a modal screen (a dialog), the
    segments of its box only: the screen it covers is faded on purpose, inactive (WCAG exempts it)."""
    background = Color.parse(app.theme_variables["background"])
    screen = app.screen
    box = screen.children[0].region if isinstance(screen, ModalScreen) else screen.region
    found = []
    for y, strip in enumerate(screen._compositor.render_strips()):
        if not box.y <= y < box.bottom:
            continue
        for segment in strip.crop(box.x, box.right):
            text = segment.text.strip()
            style = segment.style
            if not text or style is None:
                continue
            fg = Color.from_rich_color(style.color) if style.color else Color.parse(app.theme_variables["foreground"])
            bg = Color.from_rich_color(style.bgcolor) if style.bgcolor else background
            if style.reverse:
                fg, bg = bg, fg
            if style.dim:
                fg = bg.blend(fg, 0.5)  # as Textual's DimFilter draws it
            minimum = NON_TEXT if all(c in NON_TEXT_GLYPHS for c in text) else TEXT
            found.append((text, ratio(fg, bg), minimum))
    return found


def failures(app: ActorlensApp, where: str) -> list[str]:
    return [
        f"{where}: {text[:30]!r} {value:.2f} < {minimum}"
        for text, value, minimum in drawn_pairs(app)
        if value < minimum
    ]


def make_app(tmp_path) -> ActorlensApp:
    library = Library([SEEDS])
    notebook = Notebook(tmp_path / "notes.json")
    doc = library.document(0)
    notebook.add(doc, "A *note* with [a link](http://example.org)", anchor=anchor_for(doc, 1, 0, 40), tags=["irony"])
    lost = Anchor(1, 0, 20, "a passage no longer in the text", "", "")
    notebook.add(doc, "Detached", anchor=lost, tags=["lost"])  # shown in the warning colour
    notebook.add_doc_tags(doc, ["opinion"])
    return ActorlensApp(library, ner=False, notebook=notebook)


async def _measure(pilot, measure) -> list[str]:
    app = pilot.app
    await wait_ready(pilot, 5)
    found = await measure("documents focused")
    await pilot.press("tab")  # the reader: the open document's row in an unfocused list
    found += await measure("reader focused")
    await pilot.press("right_square_bracket")  # a document without notes: the notes panel's hint
    found += await measure("empty notes panel")
    await pilot.press("left_square_bracket")
    await pilot.press("l", "enter")  # an emphasised actor
    found += await measure("actor emphasised")
    await pilot.press("o")  # the notes panel
    found += await measure("notes focused")
    await pilot.press("number_sign")
    found += await measure("notes stream")
    await pilot.press("escape", "question_mark")
    found += await measure("help")
    assert app.screen.__class__.__name__ == "HelpScreen"
    await pilot.press("escape", "S", *"Kremlin")
    await pilot.pause(0.5)
    found += await measure("corpus search")
    await pilot.press("escape", "tab", "a", *"a [b]note[/b]")
    found += await measure("note editor")
    return found


@pytest.mark.parametrize("half", [0, 1])  # the themes in two halves: two tests the suite can run side by side
async def test_every_drawn_pair_meets_wcag_aa_in_every_offered_theme(tmp_path, half):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:

        async def measure(where: str) -> list[str]:
            found = []
            for theme in ActorlensApp.THEMES[half::2]:
                app.theme = theme
                await pilot.pause()
                found += failures(app, f"{theme}, {where}")
            return found

        found = await _measure(pilot, measure)
    assert not found, "\n".join(sorted(set(found))[:40])


def test_the_app_offers_only_the_measured_themes(tmp_path):
    app = make_app(tmp_path)
    assert set(app.available_themes) == set(ActorlensApp.THEMES)
