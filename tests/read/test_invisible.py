"""What the sheet's reader cannot see is hidden content: read leaves it out and says so.

Each test writes a real workbook with one way of hiding a figure and checks that read carries
nothing of it, counts it under its kind and keeps its text for the leak check, while the same
formatting used the ordinary way (white on a dark fill, zeros shown blank, a real date) is read
as before.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import xlsxwriter

from tests.robustness.conftest import rewrite_package
from wpxl.read import TABLES, read_workbook
from wpxl.read.invisible import (
    HIDDEN_BY_FORMAT,
    HIDDEN_RUNS,
    INVISIBLE_CELLS,
    MERGED_COVERED,
    ZERO_HEIGHT,
    ZERO_WIDTH,
)
from wpxl.read.numformats import OUTPUT_FORMATS, hides, output_format, section_colours
from wpxl.read.seen import CONSTANT_FORMULAS
from wpxl.read.sheetnames import HIDDEN_SHEET_FORMULAS
from wpxl.read.styles import DISGUISED_COUNTS


def _book(path: Path, write) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    ws.write_string(0, 0, "Referrals by payment group")
    write(book, ws)
    book.close()
    return path


def test_white_fill_coloured_and_tiny_text_is_left_out_counted_and_kept_for_the_leak_check(
    tmp_path,
):
    def write(book, ws):
        ws.write(2, 0, "Priya 3917", book.add_format({"font_color": "#FFFFFF"}))
        ws.write(3, 0, 3929, book.add_format({"font_color": "#FFFF00", "bg_color": "#FFFF00"}))
        ws.write(4, 0, "Ffion 4339", book.add_format({"font_size": 1}))
        ws.write(5, 0, "Shown", book.add_format({"font_color": "#FFFFFF", "bg_color": "#1F497D"}))

    book = read_workbook(_book(tmp_path / "white.xlsx", write))
    cells = book.sheets[0].cells
    assert (2, 0) not in cells and (3, 0) not in cells and (4, 0) not in cells
    assert cells[(5, 0)].value == "Shown"
    assert book.extras[INVISIBLE_CELLS] == 3
    assert {"Priya 3917", "3929", "Ffion 4339"} <= set(book.dropped_text)


def test_white_by_theme_or_index_is_white_and_a_theme_fill_behind_it_is_seen(tmp_path):
    def write(book, ws):
        ws.write(2, 0, "theme white 4517", book.add_format({"font_color": "#FFFFFF"}))
        ws.write(
            3, 0, "on accent", book.add_format({"font_color": "#FFFFFE", "bg_color": "#4F81BD"})
        )

    built = _book(tmp_path / "built.xlsx", write)
    with __import__("zipfile").ZipFile(built) as package:
        styles = package.read("xl/styles.xml")
    styles = styles.replace(b'<color rgb="FFFFFFFF"/>', b'<color theme="0"/>')
    styles = styles.replace(b'<color rgb="FFFFFFFE"/>', b'<color indexed="9"/>')
    styles = styles.replace(b'<fgColor rgb="FF4F81BD"/>', b'<fgColor theme="4"/>')
    source = rewrite_package(built, tmp_path / "themed.xlsx", {"xl/styles.xml": styles})
    cells = read_workbook(source).sheets[0].cells
    assert (2, 0) not in cells
    assert cells[(3, 0)].value == "on accent"


def test_a_format_that_shows_nothing_hides_the_value_but_a_blank_zero_hides_nothing(tmp_path):
    def write(book, ws):
        ws.write(2, 0, 3947, book.add_format({"num_format": ";;;"}))
        ws.write(3, 0, "SECRET", book.add_format({"num_format": ";;;"}))
        ws.write(4, 0, 3943, book.add_format({"num_format": "[White]General"}))
        ws.write(5, 0, 0, book.add_format({"num_format": "0;-0;;@"}))

    book = read_workbook(_book(tmp_path / "formats.xlsx", write))
    cells = book.sheets[0].cells
    assert [(r, 0) in cells for r in (2, 3, 4, 5)] == [False, False, False, True]
    assert book.extras[HIDDEN_BY_FORMAT] == 3


def test_a_column_narrowed_to_nothing_and_a_row_lowered_to_nothing_are_hidden(tmp_path):
    def write(book, ws):
        ws.write_row(2, 0, ["Payment group", "Apr 2013", "SECRET-narrow"])
        ws.write_row(3, 0, ["JSA 25+", 307, 4201])
        ws.write_row(4, 0, ["SECRET-flat", 4259, 1])

    built = _book(tmp_path / "built.xlsx", write)
    with __import__("zipfile").ZipFile(built) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
    sheet = sheet.replace("<sheetData>", '<cols><col min="3" max="3" width="0"/></cols><sheetData>')
    sheet = sheet.replace('<row r="5"', '<row r="5" ht="0" customHeight="1"')
    source = rewrite_package(
        built, tmp_path / "narrow.xlsx", {"xl/worksheets/sheet1.xml": sheet.encode()}
    )
    book = read_workbook(source)
    assert book.sheets[0].hidden_cols == {2}
    assert book.sheets[0].hidden_rows == {4}
    assert book.extras[ZERO_WIDTH] == 1 and book.extras[ZERO_HEIGHT] == 1


def test_columns_hidden_to_the_last_one_hide_a_figure_parked_at_the_far_right(tmp_path):
    def write(book, ws):
        ws.write_row(2, 0, ["Payment group", "Apr 2013"])
        ws.write_row(3, 0, ["JSA 25+", 307])
        ws.set_column(4, 16383, None, None, {"hidden": True})
        ws.write_string(3, 16383, "SECRET-farright 4637")

    sheet = read_workbook(_book(tmp_path / "wide.xlsx", write)).sheets[0]
    assert {4, 16383} <= sheet.hidden_cols
    assert 1 not in sheet.hidden_cols


def test_a_formula_reading_a_hidden_sheet_is_read_as_the_value_it_shows(tmp_path):
    book = xlsxwriter.Workbook(str(tmp_path / "workings.xlsx"))
    ws = book.add_worksheet("Referrals")
    ws.write_formula(3, 1, "='Work ings'!B2", None, 1234)
    ws.write_formula(4, 1, "=SUM(B4:B4)", None, 1234)
    hidden = book.add_worksheet("Work ings")
    hidden.write_row(1, 0, ["JSA 18-24 Apr", 1234])
    hidden.hide()
    book.close()
    read = read_workbook(tmp_path / "workings.xlsx")
    cells = read.sheets[0].cells
    assert (cells[(3, 1)].value, cells[(3, 1)].formula) == (1234, None)
    assert cells[(4, 1)].formula == "SUM(B4:B4)"
    assert read.extras[HIDDEN_SHEET_FORMULAS] == 1
    assert "='Work ings'!B2" in read.dropped_text


def test_text_under_a_merge_and_a_hidden_rich_text_run_are_left_out_and_said(tmp_path):
    def write(book, ws):
        ws.merge_range(2, 0, 2, 3, "Source: case management system")
        ws.write_string(2, 1, "SECRET-covered 4297")
        white = book.add_format({"font_color": "#FFFFFF"})
        ws.write_rich_string(4, 0, "Source: provider", white, " SECRET-run 4327")

    book = read_workbook(_book(tmp_path / "rich.xlsx", write))
    cells = book.sheets[0].cells
    assert (2, 1) not in cells or cells[(2, 1)].value is None
    assert cells[(4, 0)].value == "Source: provider"
    assert book.extras[MERGED_COVERED] == 1 and book.extras[HIDDEN_RUNS] == 1
    assert {"SECRET-covered 4297", " SECRET-run 4327"} <= set(book.dropped_text)


def test_text_under_small_and_sheet_sized_merges_is_left_out_and_said(tmp_path):
    # a merge smaller than the sheet is walked place by place, one larger than its cells is
    # found by scanning them: both ways find what it covers
    def write(book, ws):
        for row in range(3, 6):
            for col in range(1, 5):
                ws.write_number(row, col, 100 * row + col)
        ws.merge_range(1, 0, 1, 3, "Referrals by payment group")
        ws.write_string(1, 2, "SECRET-heading 4297")
        ws.merge_range(20, 0, 59, 9, "Notes")
        ws.write_string(41, 7, "SECRET-notes 4327")

    book = read_workbook(_book(tmp_path / "merges.xlsx", write))
    cells = book.sheets[0].cells
    assert (1, 2) not in cells or cells[(1, 2)].value is None
    assert (41, 7) not in cells or cells[(41, 7)].value is None
    assert book.extras[MERGED_COVERED] == 2
    assert {"SECRET-heading 4297", "SECRET-notes 4327"} <= set(book.dropped_text)


def test_a_count_in_a_date_or_time_format_is_a_count_and_a_real_date_stays_a_date(tmp_path):
    def write(book, ws):
        ws.write_number(2, 1, 2213, book.add_format({"num_format": "dd/mm/yyyy"}))
        ws.write_number(2, 2, 713, book.add_format({"num_format": "[h]:mm"}))
        ws.write_number(2, 3, 457, book.add_format({"num_format": "hh:mm"}))
        ws.write_datetime(2, 4, dt.datetime(2013, 4, 1), book.add_format({"num_format": "mmm-yy"}))

    book = read_workbook(_book(tmp_path / "dates.xlsx", write))
    cells = book.sheets[0].cells
    assert [cells[(2, c)].value for c in (1, 2, 3)] == [2213, 713, 457]
    assert {cells[(2, c)].style.number_format for c in (1, 2, 3)} == {"General"}
    assert cells[(2, 4)].value == dt.datetime(2013, 4, 1)
    assert cells[(2, 4)].style.number_format == "mmm yy"
    assert book.extras[DISGUISED_COUNTS] == 3


def test_a_count_in_a_percentage_format_is_a_count_and_a_rate_stays_a_rate(tmp_path):
    def write(book, ws):
        percent = book.add_format({"num_format": "0%"})
        ws.write_number(2, 1, 2451, percent)
        ws.write_number(2, 2, 0.37, percent)
        ws.write_number(2, 3, 12, percent)  # 1,200 %: a rate that grew, not a count

    book = read_workbook(_book(tmp_path / "percent.xlsx", write))
    cells = book.sheets[0].cells
    assert [cells[(2, c)].style.number_format for c in (1, 2, 3)] == ["General", "0%", "0%"]
    assert book.extras[DISGUISED_COUNTS] == 1


def test_a_formula_of_constants_only_is_read_as_its_value_and_its_text_kept_aside(tmp_path):
    def write(book, ws):
        ws.write_formula(2, 1, "=2213", None, 2213)
        ws.write_formula(2, 2, "=4649+2213-4649", None, 2213)
        ws.write_formula(2, 3, "=B3+C3", None, 4426)
        ws.write_formula(2, 4, "=1.5E3", None, 1500)
        # column E's cells, which read like a number's exponent: references, not constants
        ws.write_formula(3, 1, "=E12", None, 529)
        ws.write_formula(3, 2, "=E8+E9", None, 225)
        ws.write_formula(3, 3, "=(E8)-e9", None, -13)

    book = read_workbook(_book(tmp_path / "constants.xlsx", write))
    cells = book.sheets[0].cells
    assert [(cells[(2, c)].value, cells[(2, c)].formula) for c in (1, 2, 3, 4)] == [
        (2213, None), (2213, None), (4426, "B3+C3"), (1500, None)
    ]  # fmt: skip
    assert [cells[(3, c)].formula for c in (1, 2, 3)] == ["E12", "E8+E9", "(E8)-e9"]
    assert book.extras[CONSTANT_FORMULAS] == 3
    assert "=4649+2213-4649" in book.dropped_text


def test_every_format_read_is_one_of_wpxls_own_whatever_its_text_or_condition():
    cases = {
        "General": "General", "#,##0": "#,##0", "0.0%": "0.0%", '"£"#,##0.00': "£#,##0.00",
        "[$£-809]#,##0": "£#,##0", '#,##0 "of 307"': "#,##0", "[>=4187]#,##0;[Red]-#,##0": "#,##0",
        '0 "Gwen Jones"': "0", "#,##0;[Red]-#,##0": "#,##0", "dd/mm/yyyy": "dd/mm/yyyy",
        "d-mmm-yy": "d mmm yy", "mmm-yy": "mmm yy", "mmmm yyyy": "mmmm yyyy", "[h]:mm": "[h]:mm",
        "@": "@",
        "0\\ \\o\\f\\ \\6\\3\\2": "0", "#,##0.00_);(#,##0.00)": "#,##0.00",
    }  # fmt: skip
    assert {f: output_format(f) for f in cases} == cases
    assert set(cases.values()) <= OUTPUT_FORMATS
    assert hides(";;;", 1, False) and hides(";;;", 0, True) and hides('"n/a"', 1, False)
    assert section_colours("[Color2]#,##0", 1, False) == ("FFFFFF",)
    assert section_colours("[Color10]#,##0", 1, False) == ("008000",)
    assert not hides("0;-0;;@", 0, False) and not hides("#,##0", -1, False)


def test_what_validation_lists_rules_table_names_and_links_say_is_kept_for_the_leak_check(
    tmp_path,
):
    def write(book, ws):
        ws.write_row(2, 0, ["Payment group", "Apr 2013"])
        ws.write_row(3, 0, ["JSA 25+", 307])
        ws.add_table(2, 0, 3, 1, {"name": "JO_total_4457", "columns": [
            {"header": "Payment group"}, {"header": "Apr 2013"}]})  # fmt: skip
        ws.data_validation(3, 1, 3, 1, {"validate": "list", "source": ["4507", "SECRET-list"]})
        ws.conditional_format(3, 1, 3, 1, {"type": "formula", "criteria": "=B4>4621",
                                           "format": book.add_format({"bold": True})})  # fmt: skip
        ws.write_url(5, 0, "https://example.org/mi?outcomes=4513&who=x", string="Website")

    book = read_workbook(_book(tmp_path / "rules.xlsx", write))
    dropped = set(book.dropped_text)
    assert {"JO_total_4457", '"4507,SECRET-list"', "B4>4621"} <= dropped
    assert "https://example.org/mi?outcomes=4513&who=x" in dropped
    assert "Payment group" not in dropped  # the table's columns are cells, read as such
    assert book.extras[TABLES] == 1


def test_text_in_a_colour_its_number_format_names_on_its_own_background_is_hidden(tmp_path):
    def write(book, ws):
        ws.write(2, 0, "SECRET-white Derby", book.add_format({"num_format": "[White]@"}))
        ws.write(3, 0, "SECRET-upper Amir", book.add_format({"num_format": "[WHITE]General"}))
        ws.write(4, 0, "SECRET-palette Matlock", book.add_format({"num_format": "[Color2]@"}))
        ws.write(5, 0, "SECRET-fourth Buxton", book.add_format({"num_format": "0;-0;0;[White]@"}))
        green = {"num_format": "[Color10]@", "bg_color": "#008000"}  # palette 10: 008000
        ws.write(6, 0, "SECRET-green Belper", book.add_format(green))
        ws.write(7, 0, "Shown on navy", book.add_format({"num_format": "[White]@",
                                                        "bg_color": "#1F497D"}))  # fmt: skip
        ws.write(8, 0, "Shown in red", book.add_format({"num_format": "[Red]@"}))
        ws.write(9, 0, "Shown, text section", book.add_format({"num_format": "[White]0;-0;0;@"}))

    book = read_workbook(_book(tmp_path / "inks.xlsx", write))
    cells = book.sheets[0].cells
    assert [(r, 0) in cells for r in range(2, 10)] == [False] * 5 + [True] * 3
    assert book.extras[HIDDEN_BY_FORMAT] == 5
    assert {"SECRET-white Derby", "SECRET-palette Matlock", "SECRET-green Belper"} <= set(
        book.dropped_text
    )


def test_a_number_in_its_formats_colour_is_hidden_on_that_colour_and_shown_on_another(tmp_path):
    def write(book, ws):
        ws.write(2, 1, 3943, book.add_format({"num_format": "[White]#,##0"}))
        ws.write(3, 1, -3947, book.add_format({"num_format": "0;[Color2]-0"}))
        ws.write(4, 1, 4127, book.add_format({"num_format": "[Blue]0", "bg_color": "#0000FF"}))
        ws.write(5, 1, 4129, book.add_format({"num_format": "[White]0", "bg_color": "#1F497D"}))
        ws.write(6, 1, 4133, book.add_format({"num_format": "0;[White]-0"}))

    book = read_workbook(_book(tmp_path / "numbers.xlsx", write))
    cells = book.sheets[0].cells
    assert [(r, 1) in cells for r in range(2, 7)] == [False, False, False, True, True]
    assert book.extras[HIDDEN_BY_FORMAT] == 3
    assert {"3943", "-3947", "4127"} <= set(book.dropped_text)
