"""WCAG contrast for the app's themes: the ratio of two colours, and the colours a theme needs changed
so that every text/background pair the app draws reads (4.5:1 for text, 3:1 for borders and the cursor).

ActorlensApp passes each theme's CSS variables through ``readable_variables`` (see tests/tui/
test_contrast.py, which measures what is drawn).
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.color import Color

TEXT = 4.5  # WCAG AA, normal text
NON_TEXT = 3.0  # WCAG AA, borders, focus and cursor indicators
FOCUS_TINT = 0.05  # Textual's "background-tint: $foreground 5%" on a focused list


def luminance(colour: Color) -> float:
    """WCAG relative luminance."""

    def linear(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)


def ratio(a: Color, b: Color) -> float:
    """The WCAG contrast ratio of two opaque colours (1 to 21)."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable(colour: Color, backgrounds: list[Color], minimum: float) -> Color:
    """``colour`` moved toward black or white (whichever contrasts with the backgrounds) just enough to
    reach ``minimum`` against every one of them; unchanged when it already does."""
    if all(ratio(colour, bg) >= minimum for bg in backgrounds):
        return colour
    dark_backgrounds = sum(luminance(bg) for bg in backgrounds) / len(backgrounds) < 0.18
    target = Color(255, 255, 255) if dark_backgrounds else Color(0, 0, 0)
    for step in range(1, 21):
        moved = colour.blend(target, step / 20)
        if all(ratio(moved, bg) >= minimum for bg in backgrounds):
            return moved
    return target


def text_on(background: Color) -> Color:
    """Black or white, whichever contrasts more with ``background``."""
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    return black if ratio(black, background) >= ratio(white, background) else white


def _colour(variables: Mapping[str, str], name: str) -> Color | None:
    try:
        return Color.parse(variables[name])
    except (KeyError, ValueError, Exception):  # "auto 60%", "transparent", "ansi_default": not fixed colours
        return None


# variable -> (backgrounds it is drawn on, minimum ratio)
NEEDS: dict[str, tuple[tuple[str, ...], float]] = {
    "text-muted": (("background", "surface", "panel"), TEXT),
    "foreground": (("background", "surface", "panel"), TEXT),
    "accent": (("background", "surface"), TEXT),
    "secondary": (("background", "surface"), TEXT),
    "warning": (("background", "surface"), TEXT),
    "error": (("background", "surface"), TEXT),
    "success": (("background", "surface"), TEXT),
    "footer-key-foreground": (("footer-background", "panel"), TEXT),
    "footer-foreground": (("footer-background", "panel"), TEXT),
    "footer-description-foreground": (("footer-background", "panel"), TEXT),
    "border": (("background", "surface", "panel"), NON_TEXT),  # a focused field's frame
    "border-blurred": (("background", "surface", "panel"), NON_TEXT),
    "scrollbar": (("scrollbar-background",), NON_TEXT),
    "scrollbar-hover": (("scrollbar-background-hover",), NON_TEXT),
    "scrollbar-active": (("scrollbar-background-active",), NON_TEXT),
}


def readable_variables(variables: Mapping[str, str]) -> dict[str, str]:
    """The theme's variables with the ones the app draws text or borders in made readable on the
    backgrounds they are drawn on; ``$panel-border``, a readable colour for unfocused borders, added."""
    fixed = dict(variables)
    muted = _colour(fixed, "foreground")
    background = _colour(fixed, "background")
    if muted is not None and background is not None:
        fixed["text-muted"] = muted.blend(background, 0.3).hex  # "auto 60%" is too faint: a solid colour
    foreground = _colour(fixed, "foreground")
    for name, (on, minimum) in NEEDS.items():
        colour = _colour(fixed, name)
        backgrounds = [c for c in (_colour(fixed, b) for b in on) if c is not None]
        if foreground is not None:  # a focused list is tinted toward the foreground (Textual: 5%)
            backgrounds += [bg.blend(foreground, FOCUS_TINT) for bg in backgrounds]
        if colour is not None and backgrounds:
            fixed[name] = readable(colour, backgrounds, minimum).hex
    for prefix in ("block-cursor", "block-cursor-blurred"):  # a list's highlighted line: text on its bar
        bar = _colour(fixed, "background") if prefix.endswith("blurred") else None
        cursor = _colour(fixed, f"{prefix}-background")
        if cursor is not None:
            if bar is not None and cursor.a < 1:
                cursor = bar.blend(cursor.with_alpha(1), cursor.a)  # a translucent bar, as drawn
            fixed[f"{prefix}-background"] = cursor.hex
            fixed[f"{prefix}-foreground"] = text_on(cursor).hex
    panel = _colour(fixed, "panel")
    backgrounds = [c for c in (_colour(fixed, b) for b in ("background", "surface", "panel")) if c is not None]
    if panel is not None and backgrounds:
        fixed["panel-border"] = readable(panel, backgrounds, NON_TEXT).hex
    return fixed
