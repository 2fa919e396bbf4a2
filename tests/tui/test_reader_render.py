"""The reader's fast line rendering gives exactly what Rich gives, and cuts lines exactly as slicing does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text

from tui.widgets.reader import line_segments

CONSOLE = Console(width=120, color_system="truecolor", file=None)
STYLES = [Style(color="#000000", bgcolor="#E69F00"), Style(bold=True), Style(underline=True, bgcolor="#56B4E9")]


def cells(segments: list[Segment]) -> list[tuple[str, Style]]:
    """Each character with the style it is drawn in (no style = the null style)."""
    return [(ch, seg.style or Style.null()) for seg in segments for ch in seg.text]


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=60),
    text_style=st.sampled_from(["", "italic"]),
    data=st.data(),
)
def test_line_segments_match_rich(text, text_style, data):
    # spans as the reader's lines carry them (Text.divide clips them to the line): within the text
    bound = st.integers(0, len(text))
    spans = data.draw(st.lists(st.tuples(bound, bound, st.sampled_from([*STYLES, "reverse", "bold red"])), max_size=6))
    line = Text(text, style=text_style, spans=[Span(min(a, b), max(a, b), style) for a, b, style in spans])
    expected = cells(list(line.render(CONSOLE)))
    assert cells(line_segments(line, CONSOLE)) == expected


def test_separate_mentions_take_the_fast_path_and_keep_their_styles():
    line = Text("Putin met Erdogan in Sochi", spans=[Span(10, 17, STYLES[0]), Span(0, 5, STYLES[2])])
    segments = line_segments(line, CONSOLE)
    assert [(s.text, s.style) for s in segments] == [
        ("Putin", STYLES[2]),
        (" met ", Style.null()),
        ("Erdogan", STYLES[0]),
        (" in Sochi", Style.null()),
    ]
