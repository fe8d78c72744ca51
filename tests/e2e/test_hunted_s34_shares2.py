"""Session 34 (shares, second part): what a reader of the copy and its cover sees where a row
label was removed, and how messages name a table.

- A row label that states its own line's figure ('Leeds (41)', 'Hull - 57 starts'), or names a
  member of staff beside their own figures ('John Smith'), is removed, as it must be. Its cell
  was left empty, so the copy showed a line of rounded figures with no name between named
  lines, above a total counting it: nothing told a reader that a name was taken out rather
  than never there, nor which of the cover's removals it was. The label's place now says
  '(label removed: see the cover)', words holding no figure, in the label's style
  (plan/unlabelled, asked where quoting texts are taken out and where a volume sheet drops a
  person's name); the cover still says why, naming the input's cell. A header removed so is not
  stood in for: it names no line. On an outcome table's percentage sheet the place stays empty:
  the proof refuses two lines of shares named alike there (nothing says which is which), and
  stood in for, two removed labels were alike.
- Warnings and removals named a table by its number on its sheet ("table 1 on 'Offices'"), a
  number the copy shows nowhere: a one-table pack's every table was 'table 1'. A table is named
  by its title now ("table 'Referrals by office, April 2026' on 'Offices'"), where its title is
  one a percentage sheet's intro may repeat (no figure quoted, no amount, no person), holds no
  number but a year, an age band or its own 'Table 2', and no other table of its sheet has the
  same one, cut at a word past 60 characters; any other keeps its number (plan/table_names, set
  before regrouping and planning). The proof reads wpxl's own sentences less strictly than a
  title, so a title stating a small count ('(7 offices)') is never repeated there. The removal
  of an outcome table named its sheet twice ("'Summary' table 2 on 'Summary'"): once now. The
  note left where a table moved to a percentage sheet put its sheet's name in small letters
  ('Table 2 on 'summary'', str.capitalize): it keeps its capitals, and names the table by
  number still (an outcome table's title beside it, with a year, reads to the proof as an amount
  stated about outcomes).

The proof needed no change: the stand-in and a title on the cover are judged as any words of
the copy are (a figure in them is refused), and a title quoting a figure is not used.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import script_book
from tests.e2e.runs import sanitised_beside
from wpxl.plan.unlabelled import REMOVED_LABEL


def _cover(output: Path) -> list[str]:
    sheet = openpyxl.load_workbook(output)["About this workbook"]
    return [str(row[0]) for row in sheet.iter_rows(values_only=True) if row[0] is not None]


def _column(output: Path, sheet: str, col: str) -> list:
    page = openpyxl.load_workbook(output, data_only=True)[sheet]
    return [c.value for c in page[col]]


OFFICES = [
    ["Referrals by office, April 2026"],
    ["Office", "Referrals", "Job starts"],
    ["Leeds (41)", 41, 12],
    ["York", 133, 30],
    ["Hull - 57 starts", 210, 57],
    ["Total", 384, 99],
]


def test_a_label_stating_its_lines_figure_is_stood_in_for_beside_the_figures(tmp_path):
    output, _ = sanitised_beside(script_book(tmp_path / "offices.xlsx", {"Offices": OFFICES}))
    labels = _column(output, "Offices", "A")[4:8]
    assert labels == [REMOVED_LABEL, "York", REMOVED_LABEL, "Total"]
    assert _column(output, "Offices", "B")[4:7] == [40, 140, 220]
    cover = _cover(output)
    assert any(line.startswith("- text, 'Offices' A3: it states a figure") for line in cover)
    assert any(line.startswith("- text, 'Offices' A5: it states a figure") for line in cover)
    assert not any("41" in line or "57" in line for line in cover)


def test_a_member_of_staffs_name_is_stood_in_for_beside_their_figures(tmp_path):
    lines = [
        ["Caseload by adviser"],
        ["Adviser", "Referrals", "Job starts"],
        ["John Smith", 41, 12],
        ["Mary Jones", 133, 30],
        ["Total", 174, 42],
    ]
    output, printed = sanitised_beside(script_book(tmp_path / "advisers.xlsx", {"Advisers": lines}))
    assert _column(output, "Advisers", "A")[4:7] == [REMOVED_LABEL, REMOVED_LABEL, "Total"]
    assert "'Advisers' A3:A4: a member of staff's name" in printed
    page = openpyxl.load_workbook(output)["Advisers"]
    assert not any("Smith" in str(c.value) or "Jones" in str(c.value) for r in page for c in r)


def test_an_outcome_lines_label_stating_its_volume_leaves_its_place_empty_on_the_percentages(
    tmp_path,
):
    lines = [
        ["Job outcomes by office"],
        ["Office", "Job outcomes"],
        ["Leeds (41)", 41],
        ["York", 133],
        ["Hull", 210],
        ["Total", 384],
    ]
    output, _ = sanitised_beside(script_book(tmp_path / "outcomes.xlsx", {"Outcomes": lines}))
    labels = _column(output, "Job outcomes %", "A")[6:10]
    assert labels == [None, "York", "Hull", "Total"]
    assert _column(output, "Job outcomes %", "B")[6] == 0.11


def test_a_warning_names_its_table_by_its_title(tmp_path):
    lines = [
        ["Job starts by group, April 2026"],
        ["Group", "Job starts"],
        ["JSA", 3],
        ["ESA", 4],
        ["Total", 7],
    ]
    output, printed = sanitised_beside(script_book(tmp_path / "titled.xlsx", {"Starts": lines}))
    named = "table 'Job starts by group, April 2026' on 'Starts'"
    assert f"warning: {named}: 2 of 2 figures are shown as 20 or less" in printed
    assert any(line.startswith(f"- {named}: 2 of 2 figures") for line in _cover(output))
    assert "table 1 on" not in printed


def test_tables_titled_alike_or_quoting_a_figure_keep_their_numbers(tmp_path):
    block = [["Group", "Job starts"], ["JSA", 3], ["ESA", 4], ["Total", 7]]
    alike = [["Job starts by group"], *block, [], ["Job starts by group"], *block]
    quoting = [["Job starts by group (147 referred)"], *block]
    small = [["Job starts by group, 7 offices"], *block]
    sheets = {"Alike": alike, "Quoting": quoting, "Small": small}
    _, printed = sanitised_beside(script_book(tmp_path / "numbered.xlsx", sheets))
    assert "warning: table 1 on 'Alike':" in printed
    assert "warning: table 2 on 'Alike':" in printed
    assert "warning: table 1 on 'Quoting':" in printed
    assert "warning: table 1 on 'Small':" in printed
    said = printed.replace(str(tmp_path), "")  # pytest's folder may be numbered 147 itself
    assert "147" not in said and "7 offices" not in said


def test_a_long_title_is_cut_at_a_word_where_a_message_names_it(tmp_path):
    title = (
        "Job starts by payment group and local authority district for the Work Programme, "
        "April 2026"
    )
    lines = [[title], ["Group", "Job starts"], ["JSA", 3], ["ESA", 4], ["Total", 7]]
    _, printed = sanitised_beside(script_book(tmp_path / "long.xlsx", {"Starts": lines}))
    assert (
        "warning: table 'Job starts by payment group and local authority district for...' "
        "on 'Starts':" in printed
    )


def test_the_note_where_a_table_moved_keeps_its_names_capitals(tmp_path):
    lines = [
        ["Referrals by group"],
        ["Group", "Referrals"],
        ["JSA", 120],
        ["ESA", 44],
        ["Total", 164],
        [],
        ["Job outcomes by group"],
        ["Group", "Job outcomes"],
        ["JSA", 31],
        ["ESA", 44],
        ["Total", 75],
    ]
    output, _ = sanitised_beside(script_book(tmp_path / "moved.xlsx", {"Summary Pack": lines}))
    notes = [v for v in _column(output, "Summary Pack", "A") if isinstance(v, str)]
    assert "Table 2 on 'Summary Pack': shown as percentages on sheet 'Job outcomes %'." in notes
    assert any(
        line.startswith("- job outcome volumes, table 'Job outcomes by group' on 'Summary Pack'")
        for line in _cover(output)
    )
