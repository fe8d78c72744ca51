"""The small-cells warning (guidance R7) and what the cover and reports say of it (session 32).

A column of offices, Leeds 10 and York, Hull and Selby 0, with its Total (10): the copy shows
20, 0, 0, 0 and a total of 20, and the JSON and HTML reports gave that total's error as '100%
or more'. Beside a shown 20 that means a true total of at most 10; Leeds' 20 stands for at
least 10, so Leeds had exactly 10 and the others none: every true figure of the table followed
from the report. '50-100%' beside a shown 20 left 11, 12 or 13. The cover said as much in
words: four offices of 29 and four of exactly 20 make the same copy (20 each, a total of 80),
but only the first had 'rounding moves 1 of 1 totals by more than 25% of their true value' on
its cover, telling the council the true total was under 64 or over 106. How far rounding has
likely moved a total is read now from the copy's own figures, as a reader would read them
(plan/total_spread): each count shown r stands for r - 10 to r + 9 (a 0 for 0 to 9), and a
total is as far off as it is from the middle of the range its counts allow. Two inputs with one
copy get one cover, one report and one warning.

The warning nagged: ten offices of hundreds over six months, one of them of counts 0 to 4,
was a table 'of little value' for the one line ('rounding moves 1 of 17 totals ... consider
less detail: drop the breakdown by office'), and the bundled awkward.xlsx was warned for one
subtotal of 20 stones (10 + 15 + 36 shown 80) among twenty (its golden copy changes so: the
cover's warning goes). A table is of little value when more than ``small_cell_share`` of its
figures are below the base, or of its totals are likely moved by more than
``total_error_share`` (plan/quality ``low_value``); the line's own total is still listed in
the reports' bands, '100% or more', for the analyst.

A column of twenty 9s beside a column of hundreds (its total 180, shown 0) is no table of
little value either: it shows as a column of 0s does, and a warning for it would fire on a
payment group with no one in it yet and tell the two apart. Its total's band in the reports
says '100% or more', as that of a column of 0s does.

Checked and sound: sixty counts of 1 to 9 (every one shown 0, the true total 297) are warned
in one sentence naming the table and sheet, with proposals tried on the true counts; a column
of twenty 9s (180, shown 0) and a column of 5s are warned and the reports quote neither sum;
--aggregate quarters writes each office's quarter as its true months' sum rounded, with live
SUM totals over the new cells and their cached values. The proof (wpxl/verify) reads figures,
not the cover's or reports' sentences about them, so no proof-alone test applies: what the
sentences say is now built from the copy alone.

Noticed and left: the count of figures 'below 20' (and each proposal's 'would leave k of n
below 20') is still counted on the true figures: a table whose one shown 20 is 'below 20'
tells the reader that count was 10 to 19, not 10 to 29 (a narrowing to half a step, never a
figure). Offices are never grouped into districts (wpxl cannot know which office is in which);
councils go to the whole area, months to quarters.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from tests.builders import write_book
from tests.report.conftest import visible_text
from wpxl.cli import app

OFFICES = ["Leeds", "York", "Hull", "Selby", "Goole", "Skipton", "Halifax", "Wakefield", "Ripon"]
MONTHS = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013", "Aug 2013", "Sep 2013"]


def _column(values: list[int], names: list[str] | None = None) -> list[list]:
    """'Referrals by office': one count an office and a typed Total, as an analyst types it."""
    names = names or [f"Office {chr(65 + i)}" for i in range(len(values))]
    rows: list[list] = [["Referrals by office"], [], ["Office", "Referrals"]]
    rows += [[name, value] for name, value in zip(names, values, strict=True)]
    return [*rows, ["Total", sum(values)]]


def _months(lines: list[list[int]]) -> list[list]:
    """'Referrals by office and month' with typed row and column totals."""
    rows: list[list] = [["Referrals by office and month"], [], ["Office", *MONTHS, "Total"]]
    names = [*OFFICES, "Bradford", "Harrogate"]
    rows += [[names[i], *line, sum(line)] for i, line in enumerate(lines)]
    columns = [sum(c) for c in zip(*lines, strict=True)]
    return [*rows, ["Total", *columns, sum(columns)]]


class Run:
    """One real CLI run with both reports, read back as a reader of each would."""

    def __init__(self, folder: Path, rows: list[list], *args: str) -> None:
        folder.mkdir()
        source = write_book(folder / "offices.xlsx", {"Referrals": rows})
        report, page = folder / "report.json", folder / "report.html"
        result = CliRunner().invoke(
            app, ["sanitise", str(source), "--report", str(report), "--report", str(page), *args]
        )
        assert result.exit_code == 0, result.output
        self.stdout = result.output.replace(str(folder), "")
        (self.entry,) = json.loads(report.read_text(encoding="utf-8"))["files"]
        self.page = visible_text(page.read_text(encoding="utf-8")).replace(str(folder), "")
        self.output = Path(self.entry["output"])

    def sheet(self, name: str, data_only: bool = True) -> list[tuple]:
        book = openpyxl.load_workbook(self.output, data_only=data_only)
        return list(book[name].iter_rows(values_only=True))

    def cover(self) -> list[str]:
        """The cover's lines, less the one naming the input and the day."""
        lines = [str(v) for row in self.sheet("About this workbook") for v in row if v]
        return [line for line in lines if not line.startswith("Prepared by")]

    def said(self) -> dict[str, object]:
        """What the JSON report says of the tables: their quality and the warnings."""
        return {"quality": self.entry["quality"], "warnings": self.entry["warnings"]}


def test_a_total_error_band_no_longer_gives_the_true_figures_back(tmp_path):
    pinned = Run(tmp_path / "pinned", _column([10, 0, 0, 0], OFFICES[:4]))
    other = Run(tmp_path / "other", _column([14, 3, 2, 6], OFFICES[:4]))
    assert pinned.sheet("Referrals") == other.sheet("Referrals")  # one copy
    assert [line[1] for line in pinned.sheet("Referrals")[5:10]] == [20, 0, 0, 0, 20]
    (quality,) = pinned.entry["quality"]
    (error,) = quality["total_errors"]
    # 20 over counts standing for 10-29 and three 0-9s: the middle, 33, is 39% above it
    assert (error["label"], error["band"]) == ("Total / Referrals", "25-50%")
    assert pinned.said() == other.said()
    assert pinned.page == other.page
    assert pinned.cover() == other.cover()
    assert "100% or more" not in pinned.page


def test_the_cover_says_the_same_of_lines_shown_alike_whatever_they_were(tmp_path):
    """Four offices of 10 to 19 were warned ('4 of 4 figures are below 20') and four of 20 or
    29 were not, though every copy shows four 20s: the warning told the council which. Now
    whether a table is of little value is read from the copy (session 33): all are warned."""
    high = Run(tmp_path / "high", _column([29, 29, 29, 29], OFFICES[:4]))
    exact = Run(tmp_path / "exact", _column([20, 20, 20, 20], OFFICES[:4]))
    low = Run(tmp_path / "low", _column([12, 19, 10, 15], OFFICES[:4]))
    for run in (exact, low):
        assert high.sheet("Referrals") == run.sheet("Referrals")
        assert high.cover() == run.cover()
        assert high.said() == run.said()
    assert [w["code"] for w in high.entry["warnings"]] == ["low-value"]
    assert "Warnings (1)" in high.cover()


def test_one_office_of_small_counts_among_large_ones_is_no_table_of_little_value(tmp_path):
    lines = [[100 + 37 * i + 11 * j for j in range(6)] for i in range(10)]
    lines[3] = [3, 1, 0, 2, 4, 1]  # Selby: a few referrals
    lines[6] = [0, 0, 0, 0, 0, 0]  # Halifax: closed
    run = Run(tmp_path / "large", _months(lines))
    assert run.entry["warnings"] == []
    assert "warning:" not in run.stdout
    (quality,) = run.entry["quality"]
    bands = {e["label"]: e["band"] for e in quality["total_errors"]}
    assert bands["Selby / Total"] == bands["Halifax / Total"] == "100% or more"
    assert bands["Total / Total"] == "under 10%"
    assert quality["totals_over_threshold"] == 2


def test_a_line_of_nines_among_large_lines_reads_as_a_line_of_noughts_would(tmp_path):
    """Its total shows 0 as a line of true 0s would (a payment group with no one in it yet):
    a warning for the one would fire on the other, and tell the reader which is which."""
    large = [137 + 41 * i for i in range(20)]
    runs = {}
    for name, rest in (("nines", [9] * 20), ("noughts", [0] * 20)):
        rows: list[list] = [["Referrals by office"], [], ["Office", "JSA 18-24", "JSA other"]]
        rows += [[f"Office {chr(65 + i)}", large[i], rest[i]] for i in range(20)]
        rows.append(["Total", sum(large), sum(rest)])
        runs[name] = Run(tmp_path / name, rows)
    nines, noughts = runs["nines"], runs["noughts"]
    assert nines.sheet("Referrals") == noughts.sheet("Referrals")
    assert nines.sheet("Referrals")[-1][:3] == ("Total", sum((v + 10) // 20 * 20 for v in large), 0)
    assert nines.said() == noughts.said() and nines.cover() == noughts.cover()
    assert nines.entry["warnings"] == []
    (quality,) = nines.entry["quality"]
    bands = {e["label"]: e["band"] for e in quality["total_errors"]}
    assert bands["Total / JSA other"] == "100% or more"
    assert not re.search(r"\b180\b", json.dumps(nines.said()) + nines.page)


def test_a_table_of_small_counts_is_warned_naming_its_table_and_sheet(tmp_path):
    lines = [[(3 * i + 5 * j) % 9 + 1 for j in range(6)] for i in range(10)]
    run = Run(tmp_path / "small", _months(lines))
    true = sum(map(sum, lines))
    assert true == 297
    (warning,) = run.entry["warnings"]
    assert warning["code"] == "low-value"
    assert warning["where"] == "table 'Referrals by office and month' on 'Referrals'"
    assert warning["message"].startswith(
        "60 of 60 figures are shown as 20 or less; figures of little value"
    )
    named = "table 'Referrals by office and month' on 'Referrals'"
    assert f"warning: {named}: 60 of 60 figures are shown as 20 or" in run.stdout
    cover = run.cover()
    assert any(line.startswith(f"- {named}: 60 of 60 figures") for line in cover)
    (quality,) = run.entry["quality"]
    assert {e["band"] for e in quality["total_errors"]} == {"100% or more"}
    for text in (json.dumps(run.said()), run.page, run.stdout, "\n".join(cover)):
        assert not re.search(rf"\b{true}\b", text)
    assert run.sheet("Referrals")[-1][:8] == ("Total", 0, 0, 0, 0, 0, 0, 0)


def test_a_total_of_many_nines_shown_as_zero_is_warned_and_never_quoted(tmp_path):
    nines = Run(tmp_path / "nines", _column([9] * 20))
    fives = Run(tmp_path / "fives", _column([5] * 12))
    for run, true in ((nines, "180"), (fives, "60")):
        assert run.sheet("Referrals")[-1][:2] == ("Total", 0)
        assert run.sheet("Referrals", data_only=False)[-1][1].startswith("=SUM(")
        (warning,) = run.entry["warnings"]
        assert warning["code"] == "low-value"
        (quality,) = run.entry["quality"]
        assert [e["band"] for e in quality["total_errors"]] == ["100% or more"]
        said = json.dumps([run.said(), run.entry["tables"]])
        for text in (said, run.page, run.stdout, "\n".join(run.cover())):
            assert not re.search(rf"\b{true}\b", text)


def test_quarters_asked_for_are_each_office_s_months_summed_then_rounded(tmp_path):
    lines = [[(3 * i + 5 * j) % 9 + 1 for j in range(6)] for i in range(10)]
    run = Run(tmp_path / "quarters", _months(lines), "--aggregate", "quarters")
    shown = run.sheet("Referrals")
    formulas = run.sheet("Referrals", data_only=False)
    assert shown[4][:4] == ("Office", "Apr-Jun 2013", "Jul-Sep 2013", "Total")
    for i, line in enumerate(lines):
        first, second = ((sum(q) + 10) // 20 * 20 for q in (line[:3], line[3:]))
        assert shown[5 + i][1:4] == (first, second, first + second)
        assert formulas[5 + i][3] == f"=SUM(B{6 + i}:C{6 + i})"
    total = shown[15]
    assert total[0] == "Total"
    assert total[3] == sum(shown[5 + i][3] for i in range(10))
    assert formulas[15][1] == "=SUM(B6:B15)"
    assert run.entry["warnings"][0]["code"] == "aggregated"
