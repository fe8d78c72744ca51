"""Twists in how cells look: figures and words an analyst hid by formatting, not by deleting."""

from __future__ import annotations

from pathlib import Path

from tests.verify.hostile.pack import Hostile, Pack, body_cell, make, total_col, total_row


def _note_under(pack: Pack, value: object, **props: object) -> None:
    """``value`` two rows under the referrals table, in a format of its own."""
    ws = pack.sheets[pack.referrals_sheet]
    ws.write(total_row(pack) + 2, 0, value, pack.fmt("twist", **props))


def white_font_note(folder: Path) -> Hostile:
    return make(
        folder,
        "white_font_note",
        lambda p: _note_under(p, "SECRET-white Priya Ramanathan 3917", font_color="#FFFFFF"),
        numbers={3917},
        words={"SECRET-white", "Priya Ramanathan"},
    )


def white_font_figure(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        ws.write_number(
            body_cell(1, 0)[0], total_col(p) + 2, 3923, p.fmt("w", font_color="#FFFFFF")
        )

    return make(folder, "white_font_figure", twist, numbers={3923})


def font_same_as_fill(folder: Path) -> Hostile:
    return make(
        folder,
        "font_same_as_fill",
        lambda p: _note_under(
            p, "SECRET-fill Anwen Hughes 3929", font_color="#FFFF00", bg_color="#FFFF00", pattern=1
        ),
        numbers={3929},
        words={"SECRET-fill", "Anwen Hughes"},
    )


def near_white_font(folder: Path) -> Hostile:
    return make(
        folder,
        "near_white_font",
        lambda p: _note_under(p, "SECRET-nearwhite 3931", font_color="#FDFDFD"),
        numbers={3931},
        words={"SECRET-nearwhite"},
    )


def white_format_colour(folder: Path) -> Hostile:
    return make(
        folder,
        "white_format_colour",
        lambda p: _note_under(p, 3943, num_format="[White]General"),
        numbers={3943},
    )


def triple_semicolon(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        fmt = p.fmt("hide", num_format=";;;")
        ws.write_string(total_row(p) + 2, 0, "SECRET-semicolon", fmt)
        ws.write_number(body_cell(0, 0)[0], total_col(p) + 2, 3947, fmt)

    return make(folder, "triple_semicolon", twist, numbers={3947}, words={"SECRET-semicolon"})


def format_literal(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        row, col = body_cell(1, 0)
        ws.write_number(row, col, 2213, p.fmt("lit", num_format='#,##0 "of 3967"'))
        ws.write_number(row, col + 1, 2451, p.fmt("name", num_format='0 "Gwen Jones"'))

    return make(folder, "format_literal", twist, numbers={3967}, words={"Gwen Jones"})


def format_condition(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, col = body_cell(1, 1)
        p.sheets[p.referrals_sheet].write_number(
            row, col, 2451, p.fmt("cond", num_format="[>=4187]#,##0;[Red]-#,##0")
        )

    return make(folder, "format_condition", twist, numbers={4187})


def date_format_count(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, col = body_cell(1, 0)
        p.sheets[p.referrals_sheet].write_number(
            row, col, 2213, p.fmt("d", num_format="dd/mm/yyyy")
        )

    return make(folder, "date_format_count", twist)


def time_format_count(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, col = body_cell(2, 1)
        p.sheets[p.referrals_sheet].write_number(row, col, 713, p.fmt("t", num_format="[h]:mm"))

    return make(folder, "time_format_count", twist)


def clock_format_count(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, col = body_cell(3, 2)
        p.sheets[p.referrals_sheet].write_number(row, col, 457, p.fmt("c", num_format="hh:mm"))

    return make(folder, "clock_format_count", twist)


def percent_format_count(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, col = body_cell(1, 1)
        p.sheets[p.referrals_sheet].write_number(row, col, 2451, p.fmt("pc", num_format="0%"))

    return make(folder, "percent_format_count", twist)


def _extra_column(p: Pack, header: str, values: tuple[float, ...]) -> int:
    """A column right of the total column, headed and filled like the others."""
    ws = p.sheets[p.referrals_sheet]
    col = total_col(p) + 1
    ws.write_string(body_cell(0, 0)[0] - 1, col, header, p.formats["head"])
    for i, value in enumerate(values):
        ws.write_number(body_cell(i, 0)[0], col, value, p.formats["count"])
    return col


def zero_width_column(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        col = _extra_column(p, "SECRET-narrow", (4201, 4211, 4217, 4229))
        p.sheets[p.referrals_sheet].set_column(col, col, 0)

    return make(
        folder,
        "zero_width_column",
        twist,
        numbers={4201, 4211, 4217, 4229},
        words={"SECRET-narrow"},
    )


def hidden_column(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        col = _extra_column(p, "SECRET-hiddencol", (4231, 4241, 4243, 4253))
        p.sheets[p.referrals_sheet].set_column(col, col, None, None, {"hidden": True})

    return make(
        folder, "hidden_column", twist, numbers={4231, 4241, 4243, 4253}, words={"SECRET-hiddencol"}
    )


def _extra_row(p: Pack, label: str, values: tuple[float, ...]) -> int:
    """A row straight under the total row, labelled and filled like the body."""
    ws = p.sheets[p.referrals_sheet]
    row = total_row(p) + 1
    ws.write_string(row, 0, label)
    for j, value in enumerate(values, start=1):
        ws.write_number(row, j, value, p.formats["count"])
    return row


def zero_height_row(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row = _extra_row(p, "SECRET-flat", (4259, 4261, 4271))
        p.sheets[p.referrals_sheet].set_row(row, 0)

    return make(folder, "zero_height_row", twist, numbers={4259, 4261, 4271}, words={"SECRET-flat"})


def hidden_row(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row = _extra_row(p, "SECRET-hiddenrow", (4273, 4283, 4289))
        p.sheets[p.referrals_sheet].set_row(row, None, None, {"hidden": True})

    return make(folder, "hidden_row", twist, numbers={4273, 4283, 4289}, words={"SECRET-hiddenrow"})


def merged_cover(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        row = total_row(p) + 2
        ws.merge_range(row, 0, row, 3, "Source: provider case management system")
        ws.write_string(row, 1, "SECRET-covered Dafydd Evans")
        ws.write_number(row, 2, 4297)

    return make(
        folder, "merged_cover", twist, numbers={4297}, words={"SECRET-covered", "Dafydd Evans"}
    )


def _rich_note(p: Pack, hidden: str, **props: object) -> None:
    ws = p.sheets[p.referrals_sheet]
    ws.write_rich_string(
        total_row(p) + 2,
        0,
        "Source: provider case management system",
        p.fmt("run", **props),
        hidden,
    )


def rich_run_white(folder: Path) -> Hostile:
    return make(
        folder,
        "rich_run_white",
        lambda p: _rich_note(p, " SECRET-run 4327", font_color="#FFFFFF"),
        numbers={4327},
        words={"SECRET-run"},
    )


def rich_run_tiny(folder: Path) -> Hostile:
    return make(
        folder,
        "rich_run_tiny",
        lambda p: _rich_note(p, " SECRET-tinyrun 4337", font_size=1),
        numbers={4337},
        words={"SECRET-tinyrun"},
    )


def tiny_font_cell(folder: Path) -> Hostile:
    return make(
        folder,
        "tiny_font_cell",
        lambda p: _note_under(p, "SECRET-tiny Ffion Price 4339", font_size=1),
        numbers={4339},
        words={"SECRET-tiny", "Ffion Price"},
    )


def beyond_print_area(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        ws.print_area(0, 0, total_row(p), total_col(p))
        ws.write_string(total_row(p) + 12, total_col(p) + 6, "Unrounded total checked: 4349")

    return make(folder, "beyond_print_area", twist, numbers={4349})


def far_away_cell(folder: Path) -> Hostile:
    return make(
        folder,
        "far_away_cell",
        lambda p: p.sheets[p.referrals_sheet].write_number(999, 16383, 4357),
        numbers={4357},
    )


BUILDERS = (
    white_font_note,
    white_font_figure,
    font_same_as_fill,
    near_white_font,
    white_format_colour,
    triple_semicolon,
    format_literal,
    format_condition,
    date_format_count,
    time_format_count,
    clock_format_count,
    percent_format_count,
    zero_width_column,
    hidden_column,
    zero_height_row,
    hidden_row,
    merged_cover,
    rich_run_white,
    rich_run_tiny,
    tiny_font_cell,
    beyond_print_area,
    far_away_cell,
)


def format_text_only(folder: Path) -> Hostile:
    """A format of words only ('"see note"') shows them in place of the count."""

    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        ws.write_number(
            body_cell(0, 0)[0], total_col(p) + 2, 4651, p.fmt("t", num_format='"see note"')
        )

    return make(folder, "format_text_only", twist, numbers={4651})


def barely_wide_column(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        col = _extra_column(p, "SECRET-sliver", (4657, 4663, 4673, 4679))
        p.sheets[p.referrals_sheet].set_column(col, col, 0.3)

    return make(
        folder,
        "barely_wide_column",
        twist,
        numbers={4657, 4663, 4673, 4679},
        words={"SECRET-sliver"},
    )


def barely_high_row(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row = _extra_row(p, "SECRET-sliverrow", (4691, 4703, 4721))
        p.sheets[p.referrals_sheet].set_row(row, 0.75)

    return make(
        folder, "barely_high_row", twist, numbers={4691, 4703, 4721}, words={"SECRET-sliverrow"}
    )


BUILDERS += (format_text_only, barely_wide_column, barely_high_row)
