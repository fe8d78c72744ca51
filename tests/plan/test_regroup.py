import openpyxl
from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from tests.plan.test_quality import SMALL
from wpxl.cli import app

runner = CliRunner()


def _rows(path, sheet):
    book = openpyxl.load_workbook(path)
    return [
        [v for v in row if v is not None]
        for row in book[sheet].iter_rows(min_row=2, values_only=True)
        if any(v is not None for v in row)
    ]


def test_aggregate_quarters_puts_the_regrouped_table_in_the_output(tmp_path):
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table(SMALL)})
    result = runner.invoke(app, ["sanitise", str(source), "--aggregate", "quarters"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == (
        "  warning: table 'Referrals by payment group' on 'Referrals': shown with less detail at "
        "the provider's request: "
        "show quarters instead of months"
    )
    assert _rows(tmp_path / "pack-sanitised.xlsx", "Referrals") == [
        ["Referrals by payment group"],
        ["Payment group", "Apr-Jun 2013", "Jul-Sep 2013", "Total"],
        ["JSA 18-24", 20, 0, "=SUM(B6:C6)"],
        ["JSA 25+", 20, 0, "=SUM(B7:C7)"],
        ["ESA Flow", 20, 20, "=SUM(B8:C8)"],
        ["ESA Volunteers", 20, 0, "=SUM(B9:C9)"],
        ["JSA Prison Leavers", 0, 0, "=SUM(B10:C10)"],
        ["Total", "=SUM(B6:B10)", "=SUM(C6:C10)", "=SUM(B11:C11)"],
    ]


def test_aggregate_payment_groups_sums_jsa_and_esa_rows(tmp_path):
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table(SMALL)})
    result = runner.invoke(app, ["sanitise", str(source), "--aggregate", "jsa-esa-other"])
    assert result.exit_code == 0, result.output
    # JSA rows 1, 2 and 5 and ESA rows 3 and 4 of SMALL, summed true, then rounded
    assert _rows(tmp_path / "pack-sanitised.xlsx", "Referrals")[2:4] == [
        ["JSA payment groups", 20, 20, 20, 20, "=SUM(B6:E6)"],
        ["ESA payment groups", 0, 0, 20, 20, "=SUM(B7:E7)"],
    ]


def test_aggregate_leaves_tables_of_large_cells_alone_and_says_so(tmp_path):
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table([[121, 93]])})
    result = runner.invoke(app, ["sanitise", str(source), "--aggregate", "quarters"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == (
        "  warning: workbook: 'quarters' was asked for but no table here needed it"
    )
    assert _rows(tmp_path / "pack-sanitised.xlsx", "Referrals")[1][1:3] == ["Apr 2013", "May 2013"]


def test_a_note_quoting_a_monthly_figure_is_still_removed_after_regrouping(tmp_path):
    rows = referrals_table([[3, 12, 5, 8], [37, 2, 14, 6]])
    rows += [[], ["Note: 37 JSA 25+ referrals in April"]]
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    result = runner.invoke(app, ["sanitise", str(source), "--aggregate", "quarters"])
    assert result.exit_code == 0, result.output
    text = [v for row in _rows(tmp_path / "pack-sanitised.xlsx", "Referrals") for v in row]
    assert not any("37" in str(v) for v in text)


def test_unknown_aggregate_name_is_a_usage_error(tmp_path):
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table(SMALL)})
    result = runner.invoke(app, ["sanitise", str(source), "--aggregate", "years"])
    assert result.exit_code == 2
    assert "'years' is not a proposal wpxl makes" in result.output


def test_a_table_with_hidden_rows_is_not_regrouped_and_the_analyst_is_told(tmp_path):
    """Its totals over the hidden row are removed, so it is no plain count table to regroup."""
    source = tmp_path / "pack.xlsx"
    write_book(source, {"Referrals": referrals_table(SMALL)})
    book = openpyxl.load_workbook(source)
    book["Referrals"].row_dimensions[6].hidden = True
    book.save(source)
    result = runner.invoke(app, ["sanitise", str(source), "--aggregate", "quarters"])
    assert result.exit_code == 0, result.output
    assert "'quarters' was asked for but no table here needed it" in result.stdout
    header = _rows(tmp_path / "pack-sanitised.xlsx", "Referrals")[1]
    assert header == ["Payment group", "Apr 2013", "May 2013", "Jun 2013", "Jul 2013", "Total"]


def test_what_aggregate_did_not_do_is_for_the_analyst_not_the_cover_sheet(tmp_path):
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table([[121, 93]])})
    result = runner.invoke(app, ["sanitise", str(source), "--aggregate", "quarters"])
    assert result.exit_code == 0, result.output
    cover = openpyxl.load_workbook(tmp_path / "pack-sanitised.xlsx")["About this workbook"]
    text = [c.value for row in cover.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Warnings (0)" in text
    assert not any("quarters" in t for t in text)
