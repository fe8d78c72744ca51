"""A cell's formatting as wpxl carries it, and what is kept of the input's only to judge it."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Style:
    """The formatting wpxl knows to be safe to carry; anything else is not read at all."""

    number_format: str = "General"
    bold: bool = False
    italic: bool = False
    underline: bool = False
    font_name: str | None = None
    font_size: float | None = None
    font_color: str | None = None
    fill_color: str | None = None
    h_align: str | None = None
    v_align: str | None = None
    wrap: bool = False
    indent: int = 0
    border_left: str | None = None
    border_right: str | None = None
    border_top: str | None = None
    border_bottom: str | None = None
    # Kept only to judge what a reader of the input saw, never written (``as_written``): the
    # input's number format where it names a colour ([White]@, [Color2]), the colour a value
    # shows in, or shows words ('0" JOs"'), what it counts; whether the cell has a background
    # ``fill_color`` does not give (a theme colour, a pattern), on which no colour can be said
    # to vanish; and a patterned fill's two colours (background, pattern: RRGGBB) where the
    # file gives both plainly, as every pixel of the cell shows one of them
    input_format: str | None = None
    other_fill: bool = False
    pattern_colors: tuple[str, str] | None = None
    # the font's and a solid fill's colour (RRGGBB) where the file gives it through the theme
    # or the old indexed palette (``<color theme="0"/>`` is white), which ``font_color`` and
    # ``fill_color`` (plain RGB only) leave unknown: text in the one on the other is unseen
    theme_font: str | None = None
    theme_fill: str | None = None


PLAIN = Style()


def as_written(style: Style) -> Style:
    """The Style as the copy holds it: without what is kept only to judge the input."""
    if (
        style.input_format is None
        and not style.other_fill
        and style.pattern_colors is None
        and style.theme_font is None
        and style.theme_fill is None
    ):
        return style
    return replace(
        style,
        input_format=None,
        other_fill=False,
        pattern_colors=None,
        theme_font=None,
        theme_fill=None,
    )
