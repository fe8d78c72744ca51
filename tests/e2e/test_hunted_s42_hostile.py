"""What a hunt through hostile but plausible packs found (session 42).

Packs were built as an analyst who wants the figures to reach the council, or a careless one,
would make them: outcome volumes through money ('Outcome payments budget | actual | variance',
typed or as formulas, 'Sustainment payments (£000s)', 'Cost per job outcome (£)' beside the
spend), averages ('Average' under the starts, typed or =AVERAGE(..), 'Average job starts per
office: 148.0', 'Mean job outcomes per office' beside a count of offices, 'On average each of
the 3 offices achieved 12.3 job outcomes', 'Job starts per adviser', 'Average days to job
outcome'), differences and rates of the starts ('Change' typed beside two months, 'Starts per
100 referrals' to two places, '% of job starts' to two places and as =B4/B$7 over the true
total), a year-to-date column beside the months (of starts and of outcomes), a start count
pulled from another workbook ('[outcomes.xlsx]Outcomes'!C4) and outcome tables with a zero or
only small counts. wpxl held those: money and averages went, named on the cover, shares and
differences of the starts were rebuilt over the rounded figures, cumulative outcomes went.

What did not: an outcome table with a line whose figure is no number ('n/a', '<5', '*') and
whose label says how many outcomes in words ('York (no job outcomes yet)', 'York (every start
converted)', 'York (its second job outcome)') was refused. The percentage sheet's label went
as stating an amount about outcomes, but the note under the sheet's title naming the line left
out of the shares' base quoted it ("'York (no job outcomes yet)' is left out"): the plan asked
only whether the label quoted a figure or stated one in digits. The proof refused the copy, and
the user was told to reword 'Job outcomes %' A5, a cell of a copy it had deleted, which no
input holds. The note quotes no label the sheet's own words would remove now
(plan/percent_words.sayable): it says 'a row is left out', and the label's removal is on the
cover with its cell.

The run report's grid (``--report report.html``), forwarded with the copy, showed a row label
the copy took out for stating an amount of outcomes in words: 'Wakefield (every start reached a
job outcome)' beside the job starts (session 35 takes it from the copy: the rounded starts are
then the outcomes) and 'York (no job outcomes yet)' in an outcome table stood in the grid and
its tooltips. The grid is drawn a group of sheets at a time, before the plan settles which
texts go, and masked only labels quoting a figure in digits. It asks the plan's judgement of a
label's words now (plan/carried_words.goes_for_its_words, by sanitise._forwarded_words), as the
copy does: such a label is drawn by its role alone. So did a label quoting a figure in raised
digits or a Roman numeral ('Wakefield ¹³⁷', 'Wakefield (CXXXVII)', session 37 takes both from
the copy): the grid read digits alone; it reads them as the copy does now (report/rolegrid).

A note saying by how much a count changed with a verb ('Leeds job starts up 7 on last month.',
'Job starts in Leeds rose by 7 in May.', 'Leeds referrals down 3 on April') went out beside the
rounded months, verified, where 'Leeds starts were 7 higher' and '4 more job starts' are
removed as an unrounded count (and a typed 'Change' column is rebuilt over the rounded
figures): both readings of a count stated after its measure knew ':', '=', 'was', 'were', not
'up', 'down', 'rose by', 'fell by'. Beside Leeds' rounded 140 and 140 it says May is April
and 7 (April 130 to 142, not 130 to 149); a year of such notes pins each month to one value.
They are counts stated now, in the plan (plan/quoting._count_pattern) and the proof
(verify/texts._count_patterns): the note goes, named on the cover, and the proof alone refuses
it carried; 'Job starts up 20 on last month' (a multiple of the base), 'up 3%' and '2 weeks
late' stay.

So in a table: a 'Trend' or 'Change on last month' column beside the months holding each
office's change with its direction ('▲7', '▲ 7', '7 ▼', '↑4', 'up 7') went out as text,
verified, where '+7' is read as a figure and rebuilt as =C6-B6 over the rounded months. Such a
cell is a figure written with a mark now (analyse/values: removed and named on the cover as
'<5' and '47*' are), and the proof reads it as a count written as text (verify/text_counts):
a copy showing '▲7' is refused on its own, '▲20' is let be.

Summary lines under a table of the offices' starts were held ('Average' and 'Median' typed or
as formulas went as averages, 'Maximum' =MAX(..) and 'Standard deviation' as formulas wpxl
does not rebuild, 'Highest' typed rounded as a count), but for one: 'Range' as
=MAX(B4:B6)-MIN(B4:B6). The largest office's starts are always the smallest's and the range,
so Bradford's 212 over York's 95 and the range's 117 read as a typed total over them, and as
the range goes it went too, 'a total over figures wpxl removes': a real count lost, verified.
A part worked out from the figure read as its total keeps it a count (analyse/differences.
worked_out_from), as '=B4-C4' did; a range taking the figure in is such a part now.

Under the offices' job outcomes beside their starts, 'Highest' (or 'Maximum') typed as 52, a
copy of Bradford's, was a fourth office in the outcomes' shares (Leeds 24 % of 152 where it is
37 % of 100), verified; 'Range' typed as 41, or as =MAX(C4:C6)-MIN(C4:C6), made Bradford's line
a total over York's and the range in the outcomes column, and the whole workbook was refused,
its job starts 'more than the sum of its parts' at B5. A line labelled only as a statistic of
the others ('Highest', 'Lowest', 'Largest', 'Smallest', 'Max', 'Min', 'Maximum', 'Minimum',
'Range') is read as 'Average' and 'Median' are now (analyse/words._RATE): no part of a total
or of a breakdown, removed and named on the cover.

A figure in numbers set in circles or brackets ('Leeds job outcomes: ㊲', '③⑦', '⑶⑺', '➌➐',
'Leeds job starts: ❶❸❼') went out under the starts, verified: full-width, Arabic-Indic and
mathematical digits are digits to both readings (\\d), raised ones a figure from three, but an
enclosed number is none. Both readings read a run of them as the number it shows now
(read/numerals.raised_in_digits, asked by the plan and the proof alike): the note goes, named on
the cover, and the proof alone refuses it carried; '① Referrals are counted when accepted.'
stays, as '1 Referrals ...' does.

A 'Trend' column of sparklines beside the months (Excel's charts in a cell, drawing each
office's starts as they are) was left out of the copy in silence: the cover said 'Removed from
the source (0) Nothing.' and the column stood empty. wpxl writes the copy afresh, so no
sparkline can reach it, but the cover names what it leaves out by its cells, as it names a
conditional format's or a data validation's (read/extensions): "sparklines, 'Starts' E4:E6:
not carried into the output". So was a data validation or a conditional format Excel 2010 keeps
in the sheet's extensions alone (a list read from another sheet, its prompt 'Leeds job
outcomes 37'; a rule comparing with another sheet's cell): each is named by its cells now, a
data bar Excel writes in both places once.

Found in the review after the hunt: a figure typed in raised digits after a colon ('Job starts
in York: ⁹⁵', 'Leeds job outcomes: ³⁷') went out, the proof passing it, as one or two raised
digits are a footnote's call (session 37). A call is glued to the word it keys ('Referrals²');
after a colon it keys none, and reads as the figure: read/numerals reads it so, for the plan
and the proof alike.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from typer.testing import CliRunner

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import carried_text, proved
from wpxl.cli import app


def _shown(copy: Path) -> list[object]:
    """Every value the copy's sheets show, cover and all."""
    book = openpyxl.load_workbook(copy)
    return [cell.value for sheet in book for row in sheet for cell in row]


def _outcomes_with_a_line_unread(path: Path, label: str) -> Path:
    """'Office | Job outcomes' by office, York's line labelled ``label`` over 'n/a'."""
    rows = [["Job outcomes by office, April 2013"], [], ["Office", "Job outcomes"]]
    rows += [["Leeds", 37], ["Bradford", 52], [label, "n/a"], ["Wakefield", 11]]
    return write_book(path, {"Performance": rows})


@pytest.mark.parametrize(
    "label",
    ["York (no job outcomes yet)", "York (every start converted)", "York (its second job outcome)"],
)
def test_a_line_left_out_of_the_shares_is_not_quoted_where_its_label_states_outcomes(
    tmp_path, label
):
    copy, printed = sanitised_beside(_outcomes_with_a_line_unread(tmp_path / "york.xlsx", label))
    shown = [v for v in _shown(copy) if isinstance(v, str)]
    assert not any(label in text for text in shown)
    note = "The percentages in B7:B10 are of the job outcomes shown only: a row is left out"
    assert any(text.startswith(note) for text in shown)
    assert "removed: 'Job outcomes %' A9: it states an amount about outcomes" in printed


def test_a_line_left_out_of_the_shares_is_still_named_where_its_label_states_nothing(tmp_path):
    label = "York (first job outcome due in May)"
    copy, _ = sanitised_beside(_outcomes_with_a_line_unread(tmp_path / "york.xlsx", label))
    assert any(f"'{label}' is left out" in str(v) for v in _shown(copy))


def test_the_run_reports_grid_shows_no_label_the_copy_took_out_for_its_outcome_words(tmp_path):
    starts = [["Job starts by office, April 2013"], [], ["Office", "Job starts"]]
    starts += [
        ["Leeds", 137],
        ["Bradford", 212],
        ["Wakefield (every start reached a job outcome)", 37],
    ]
    outcomes = [["Job outcomes by office, April 2013"], [], ["Office", "Job outcomes"]]
    outcomes += [["Leeds", 37], ["Bradford", 52], ["York (no job outcomes yet)", "n/a"]]
    outcomes += [["Wakefield", 11]]
    source = write_book(tmp_path / "pack.xlsx", {"Starts": starts, "Outcomes": outcomes})
    page = tmp_path / "report.html"
    args = ["sanitise", str(source), "--out-dir", str(tmp_path), "--report", str(page)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    for gone in ["every start reached", "no job outcomes yet"]:
        assert gone not in html
    assert 'title="A6: row label"' in html
    assert 'title="A5: row label — Bradford"' in html


@pytest.mark.parametrize("label", ["Wakefield ¹³⁷", "Wakefield (CXXXVII)"])
def test_the_run_reports_grid_shows_no_label_quoting_a_figure_in_other_digits(tmp_path, label):
    starts = [["Job starts by office, April 2013"], [], ["Office", "Job starts"]]
    starts += [["Leeds", 137], ["Bradford", 212], [label, 37]]
    source = write_book(tmp_path / "pack.xlsx", {"Starts": starts})
    page = tmp_path / "report.html"
    args = ["sanitise", str(source), "--out-dir", str(tmp_path), "--report", str(page)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert label not in _shown(tmp_path / "pack-sanitised.xlsx")
    html = page.read_text(encoding="utf-8")
    assert label not in html
    assert 'title="A6: row label"' in html


def _months(path: Path, note: str) -> Path:
    """The offices' job starts in April and May (Leeds 130 and 137), ``note`` under them."""
    rows = [["Job starts by office"], [], ["Office", "Apr 2013", "May 2013"]]
    rows += [["Leeds", 130, 137], ["Bradford", 205, 212], ["York", 91, 95], [], [note]]
    return write_book(path, {"Starts": rows})


CHANGES = [
    "Leeds job starts up 7 on last month.",
    "Job starts in Leeds rose by 7 in May.",
    "Leeds referrals down 3 on April",
]


@pytest.mark.parametrize("note", CHANGES)
def test_a_note_saying_by_how_much_a_count_changed_goes(tmp_path, note):
    copy, printed = sanitised_beside(_months(tmp_path / "months.xlsx", note))
    assert note not in _shown(copy)
    assert "removed: 'Starts' A8: it quotes an unrounded figure" in printed


@pytest.mark.parametrize("note", CHANGES)
def test_the_proof_alone_refuses_a_note_saying_by_how_much_a_count_changed(tmp_path, note):
    carried = carried_text(note, (9, 0), "Starts")
    found = proved(tmp_path, _months(tmp_path / "months.xlsx", note), carried)
    assert "'Starts' A10" in {f.part for f in found}


@pytest.mark.parametrize(
    "note",
    [
        "Job starts up 20 on last month",
        "Job starts were up 3% on April",
        "Job starts in Leeds were 2 weeks late",
    ],
)
def test_a_note_saying_a_rounded_or_no_count_changed_stays(tmp_path, note):
    copy, _ = sanitised_beside(_months(tmp_path / "months.xlsx", note))
    assert note in _shown(copy)


def _trend(path: Path, mark: str) -> Path:
    """The offices' job starts in April and May, a 'Trend' column beside them, Bradford's
    change written ``mark``."""
    rows = [["Job starts by office"], [], ["Office", "Apr 2013", "May 2013", "Trend"]]
    rows += [["Leeds", 130, 137, "\u25b220"], ["Bradford", 205, 212, mark], ["York", 91, 95, "0"]]
    return write_book(path, {"Starts": rows})


ARROWED = ["\u25b27", "\u25b2 7", "7 \u25bc", "\u21917", "up 7"]


@pytest.mark.parametrize("mark", ARROWED)
def test_a_change_written_with_its_direction_beside_the_months_goes(tmp_path, mark):
    copy, printed = sanitised_beside(_trend(tmp_path / "trend.xlsx", mark))
    assert mark not in _shown(copy)
    assert "removed: 'Starts' D4:D5: a figure written with a symbol" in printed


@pytest.mark.parametrize("mark", ARROWED)
def test_the_proof_alone_refuses_a_change_written_with_its_direction(tmp_path, mark):
    carried = carried_text(mark, (6, 3), "Starts")
    found = proved(tmp_path, _trend(tmp_path / "trend.xlsx", mark), carried)
    assert "'Starts' D7" in {f.part for f in found}


def test_a_range_under_the_offices_leaves_the_largest_offices_starts_a_count(tmp_path):
    rows = [["Job starts by office, April 2013"], [], ["Office", "Job starts"]]
    rows += [["Leeds", 137], ["Bradford", 212], ["York", 95], ["Range", "=MAX(B4:B6)-MIN(B4:B6)"]]
    source = write_book(tmp_path / "range.xlsx", {"Starts": rows}, cached={("Starts", "B7"): 117})
    copy, printed = sanitised_beside(source)
    shown = openpyxl.load_workbook(copy)["Starts"]
    assert [shown.cell(r, 2).value for r in range(6, 9)] == [140, 220, 100]
    assert "'Starts' B5" not in printed


def _outcomes_summed_up(path: Path, label: str, figure: object) -> Path:
    """'Office | Job starts | Job outcomes' by office, a line ``label`` under the outcomes."""
    rows = [["Job starts and job outcomes by office, April 2013"], []]
    rows += [["Office", "Job starts", "Job outcomes"]]
    rows += [["Leeds", 137, 37], ["Bradford", 212, 52], ["York", 95, 11], [label, None, figure]]
    return write_book(path, {"Starts": rows}, cached={("Starts", "C7"): 41})


@pytest.mark.parametrize(
    ("label", "figure"),
    [("Highest", 52), ("Maximum", 52), ("Range", 41), ("Range", "=MAX(C4:C6)-MIN(C4:C6)")],
)
def test_a_statistic_under_the_outcomes_is_no_part_of_their_shares(tmp_path, label, figure):
    copy, printed = sanitised_beside(_outcomes_summed_up(tmp_path / "stats.xlsx", label, figure))
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    lines = {shares.cell(r, 1).value: shares.cell(r, 2).value for r in range(7, 11)}
    assert lines == {"Leeds": 0.37, "Bradford": 0.52, "York": 0.11, None: None}
    assert "removed: 'Starts' C7:" in printed


@pytest.mark.parametrize("label", ["Highest", "Lowest", "Range"])
def test_a_statistic_under_the_starts_is_removed_as_what_it_is(tmp_path, label):
    """Under counts shared as volumes such a line is removed too: the cover said 'a rate wpxl
    cannot work out from shared figures', and a reader looked for a rate and found none."""
    rows = [["Job starts by office, April 2013"], [], ["Office", "Job starts"]]
    rows += [["Leeds", 137], ["Bradford", 212], ["York", 95], [label, 117]]
    _, printed = sanitised_beside(write_book(tmp_path / "stats.xlsx", {"Starts": rows}))
    assert "removed: 'Starts' B7: a statistic of unrounded figures" in printed


def _noted(path: Path, note: str) -> Path:
    """The offices' job starts, ``note`` under them."""
    rows = [["Job starts by office, April 2013"], [], ["Office", "Job starts"]]
    rows += [["Leeds", 137], ["Bradford", 212], ["York", 95], [], [note]]
    return write_book(path, {"Starts": rows})


# numbers set in circles or brackets, and raised digits after a colon (found in review)
UNDIGITED = [
    "Leeds job outcomes: \u32b2",
    "Leeds job outcomes: \u2462\u2466",
    "Leeds job outcomes: \u2476\u247a",
    "Leeds job starts: \u2776\u2778\u277c",
    "Job starts in York: \u2079\u2075",
    "Leeds job outcomes: \u00b3\u2077",
]


@pytest.mark.parametrize("note", UNDIGITED)
def test_a_figure_in_circled_or_raised_numbers_goes(tmp_path, note):
    copy, printed = sanitised_beside(_noted(tmp_path / "numbers.xlsx", note))
    assert note not in _shown(copy)
    assert "removed: 'Starts' A8:" in printed


@pytest.mark.parametrize("note", UNDIGITED)
def test_the_proof_alone_refuses_a_figure_in_circled_or_raised_numbers(tmp_path, note):
    carried = carried_text(note, (9, 0), "Starts")
    found = proved(tmp_path, _noted(tmp_path / "numbers.xlsx", note), carried)
    assert "'Starts' A10" in {f.part for f in found}


def test_a_note_numbered_in_a_circle_stays(tmp_path):
    note = "\u2460 Referrals are counted when accepted."
    copy, _ = sanitised_beside(_noted(tmp_path / "circled.xlsx", note))
    assert note in _shown(copy)


def test_sparklines_left_out_are_named_on_the_cover_by_their_cells(tmp_path):
    source = tmp_path / "trend.xlsx"
    book = xlsxwriter.Workbook(str(source))  # write_book has no sparklines: Excel's, as it saves
    sheet = book.add_worksheet("Starts")
    rows = [["Job starts by office"], [], ["Office", "Apr 2013", "May 2013", "Jun 2013", "Trend"]]
    rows += [["Leeds", 130, 137, 150], ["Bradford", 205, 212, 199], ["York", 91, 95, 97]]
    for r, row in enumerate(rows):
        sheet.write_row(r, 0, row)
    for r in range(3, 6):
        sheet.add_sparkline(r, 4, {"range": f"Starts!B{r + 1}:D{r + 1}", "markers": True})
    book.close()
    copy, printed = sanitised_beside(source)
    assert "removed: 'Starts' E4:E6: sparklines, not carried into the output" in printed
    assert "- sparklines, 'Starts' E4:E6: not carried into the output" in _shown(copy)


_EXTENDED = (
    '<extLst><ext xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"'
    ' uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations'
    ' xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" count="1">'
    '<x14:dataValidation type="list" showInputMessage="1" prompt="Leeds job outcomes 37">'
    "<x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C4:C6</xm:sqref>"
    "</x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>"
)


def test_a_data_validation_kept_in_the_sheets_extensions_is_named_on_the_cover(tmp_path):
    rows = [["Job starts by office"], [], ["Office", "Apr 2013", "May 2013"]]
    rows += [["Leeds", 130, 137], ["Bradford", 205, 212], ["York", 91, 95]]
    written = write_book(tmp_path / "written.xlsx", {"Starts": rows})
    source = tmp_path / "listed.xlsx"  # as Excel 2010 saves a list read from another sheet
    with zipfile.ZipFile(written) as given, zipfile.ZipFile(source, "w") as saved:
        for item in given.infolist():
            data = given.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", _EXTENDED.encode())
            saved.writestr(item, data)
    copy, printed = sanitised_beside(source)
    assert "removed: 'Starts' C4:C6: data validation, not carried into the output" in printed
    assert "- data validation, 'Starts' C4:C6: not carried into the output" in _shown(copy)
