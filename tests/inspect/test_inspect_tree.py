"""wpxl inspect draws each table's totals as the tree the source nests them in, and names the
rows no total covers."""

from typer.testing import CliRunner

from tests.analyse.corpus.score import HERE
from wpxl.cli import app

runner = CliRunner()


def _inspect(name: str) -> list[str]:
    result = runner.invoke(app, ["inspect", str(HERE / name)])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_inspect_draws_totals_nested_three_deep_over_their_direct_children():
    lines = _inspect("34_nested_totals_above_three_deep.xlsx")
    start = lines.index("    rows as a tree of totals (each the sum of the rows under it):")
    assert lines[start + 1 : start + 6] == [
        "      row 5 'Males and Females' = rows 6, 9, 17",
        "        row 6 'Remand' = rows 7-8",
        "        row 9 'Sentenced' = rows 10-12, 15-16",
        "          row 12 '12 months to less than 4 years' = rows 13-14",
        "      row 18 'All referrals in custody' = rows 19-21",
    ]


def test_inspect_names_the_rows_a_total_leaves_out_as_counts_outside_every_total():
    lines = _inspect("39_total_of_part_unknown_outside.xlsx")
    assert "      row 8 'Total' = rows 4-6" in lines
    assert "      rows outside every total (kept as counts): row 7 'Unknown'" in lines
    assert "      rows outside every total (kept as counts): row 7 'Not known'" in lines


def test_inspect_draws_column_trees_with_the_all_ages_column_first():
    lines = _inspect("40_all_ages_first_nested_columns.xlsx")
    assert "      column B 'All ages' = columns C, F" in lines
    assert "        column C 'Under 25' = columns D-E" in lines
    assert "        column F '25 and over' = columns G-I" in lines
