"""``wpxl inspect``: the reading of a workbook, in words, through the real command."""

from typer.testing import CliRunner

from tests.analyse.corpus.score import HERE
from tests.builders import referrals_table, write_book
from wpxl.cli import app

runner = CliRunner()


def test_inspect_lists_tables_headers_labels_measures_and_each_totals_parts(tmp_path):
    source = write_book(
        tmp_path / "pack.xlsx", {"Referrals": referrals_table([[121, 93], [307, 111]])}
    )
    result = runner.invoke(app, ["inspect", str(source)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "pack.xlsx: 1 sheet carried\n"
        "sheet 'Referrals': 1 table; cells: 4 count, 4 header, 3 label, 1 title, 5 total\n"
        "  table 1 A3:D6: Referrals by payment group\n"
        "    measure: referrals\n"
        "    header rows 3: Apr 2013 | May 2013 | Total\n"
        "    label columns: A\n"
        "    4 counts, 5 totals, 0 rates\n"
        "    rows as a tree of totals (each the sum of the rows under it):\n"
        "      row 6 'Total' = rows 4-5\n"
        "    columns as a tree of totals (each the sum of the columns under it):\n"
        "      column D 'Total' = columns B-C\n"
        "    total D4 = B4:C4\n"
        "    total D5 = B5:C5\n"
        "    total B6 = B4:B5\n"
        "    total C6 = C4:C5\n"
        "    total D6 = D4:D5\n"
    )
    for figure in ("121", "93", "307", "111"):
        assert figure not in result.stdout


def test_inspect_shows_subtotals_grand_totals_totals_across_sheets_and_removals():
    grand = runner.invoke(app, ["inspect", str(HERE / "17_subtotal_and_plus_chains.xlsx")])
    assert "    total B11 = B6,B10\n" in grand.stdout
    assert "    total D6 = D4:D5\n" in grand.stdout
    summary = runner.invoke(app, ["inspect", str(HERE / "21_summary_across_sheets.xlsx")])
    assert "    total B4 = North!B4,South!B4\n" in summary.stdout
    money = runner.invoke(app, ["inspect", str(HERE / "12_money.xlsx")])
    assert (
        "  removed 11 cells in C4:D9: an amount of money (payments can reveal volumes)\n"
        in money.stdout
    )
    rates = runner.invoke(app, ["inspect", str(HERE / "11_percentages_by_format_and_words.xlsx")])
    assert "    rate D4 = C4 / B4\n" in rates.stdout


def test_inspect_refuses_a_table_of_unknown_measure_with_exit_1_and_one_line():
    result = runner.invoke(app, ["inspect", str(HERE / "22_unknown_measure_refused.xlsx")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "wpxl: 22_unknown_measure_refused.xlsx: sheet 'Sheet1', table 1 (cell B4): "
        "wpxl cannot tell whether these counts are referrals, attachments, job starts, job "
        "outcomes or sustainments. Name the measure in the table's title, its headers or the "
        "sheet name (for example 'Referrals by payment group'), or add the word you use to the "
        "policy's measure words.\n"
    )


def test_inspect_of_a_missing_file_says_so_and_exits_1(tmp_path):
    result = runner.invoke(app, ["inspect", str(tmp_path / "nope.xlsx")])
    assert result.exit_code == 1
    assert result.stderr.startswith("wpxl: nope.xlsx: ")


def test_inspect_does_not_repeat_a_title_that_quotes_a_figure(tmp_path):
    rows = referrals_table([[121, 93], [307, 111]])
    rows[0] = ["Referrals by payment group: 632 in total"]
    source = write_book(tmp_path / "quoted.xlsx", {"Referrals": rows})
    result = runner.invoke(app, ["inspect", str(source)])
    assert result.exit_code == 0, result.output
    assert "  table 1 A3:D6: (a title that quotes a figure: not shown)\n" in result.stdout
    assert "632" not in result.stdout


def test_inspect_does_not_repeat_a_header_or_title_stating_a_count(tmp_path):
    rows = referrals_table([[121, 93], [307, 111]])
    rows[0] = ["Referrals by payment group (n=12)"]
    rows[2][2] = "May 2013 (base 307)"
    source = write_book(tmp_path / "stated.xlsx", {"Referrals": rows})
    result = runner.invoke(app, ["inspect", str(source)])
    assert result.exit_code == 0, result.output
    assert "  table 1 A3:D6: (a title that quotes a figure: not shown)\n" in result.stdout
    assert "  header rows 3: Apr 2013 | Total\n" in result.stdout
    assert "n=12" not in result.stdout and "307" not in result.stdout
