"""Shapes session 30 noticed and left, built and sanitised (session 31, the known-left hunt).

Job starts by status where the status is no 'Achieved': 'Paid', 'Claimed', 'Validated', '26
weeks or more', 'Sustained' or 'Outcome achieved' beside 'Not yet due' and 'Ended'. The paid,
claimed, validated or lasting line went to a percentage sheet, but 'Not yet due' and 'Ended'
stayed as rounded starts (beside 'Sustained' or 'Outcome achieved', 'Not yet due' too), and the
proof let them pass: the starts shown elsewhere (a total of job starts, another table) less the
rest give the outcomes back. As for 'Achieved' ('In progress' beside it), every other status of
a breakdown of the starts holding a line whose own words say paid, claimed, validated, lasting
(read with its header and title: '26 weeks or more' under 'Time to start' is a time before the
job), sustained or outcome achieved counts outcomes now, in the plan (analyse/line_measures
``_the_rest``, analyse/starts_lines) and the proof (verify/achieved ``Statuses``,
verify/lasted). A line naming an outcome measure alone ('Job outcomes' over payment groups
stacked under the starts' own) is no status: its block is read apart, as before. 'Ended' alone
was read as a period ('Quarter ended') on both sides, so it was no status even beside
'Validated' or 'Achieved': alone it is one now (analyse/starts_lines ``names_a_period``,
verify/lasted ``names_period``). Statuses with no such line among them ('In progress', 'Not yet
due', 'Ended') still count starts, rounded. The golden copy of corpus 37 (a custody table titled
'Job starts by type of custody and sex', its sentence lengths read as times in work) changes so:
its other lines ('Remand', 'Fine defaulter') go as outcomes with the lengths.

A sheet named with a National Insurance number ('Referrals AB123456C') was refused by the proof
("the sanitised copy failed its leak check ('About this workbook' A14: what looks like a
National Insurance number; the workbook's sheet list ...)"), which told the user to take
details out of cells. The run refuses it before anything is written now, in one sentence
naming the sheet by its place among the tabs (never by its name) and the kind of detail, read
with the proof's own patterns (verify/leaks ``PERSONAL``), and asking for it to be renamed
(sanitise ``_refuse_quoting_names``). The plan's wider patterns (plan/contacts) took MoJ's table
names ('A1_9ii') for postcodes.

Areas numbered under a header saying just 'Area' (101, 102, 205, 310, or 101 to 104) were
rounded as counts (100, 100, 200, 320): the lines could no longer be told apart. 'Area' and
'Region' are a place's kind alone now, as 'Office' and 'LA' were (analyse/bare_places,
verify/place_codes): codes of one width, three digits or more, all different, kept beside the
places' names where a total leaves the column blank, or, in the table's first column with no
name beside them (its lines' only labels, where counts would name no line), three or more
none the others' sum. The counts beside them are rounded and their totals rebuilt.

Labels of digits written as text naming lines ('2019', '1', '120', '33' under 'Year'; '33',
'41', '120' under 'Office code') equal to their line's own count: under 'Year', '33' beside 33
referrals was removed as "a text stating a figure of its own line"; under 'Office code' the plan
kept it as a code and the proof refused the copy, asking for a report. Digits alone left of
every figure of their line name it, as a code does, and state nothing, on both sides
(plan/line_labels, verify/line_labels); right of a figure they may be a count typed as text and
are still judged. Nearby: an outcome table's lines so coded ('Office code' over '33', '41', '57')
stood unlabelled on the percentage sheet, the shares naming no office; the codes name them now
(plan/percentages ``_copy_labels``).

Decided and left as it was: 'Leeds | "1" | "2" | "3"' over 'York' and 'Hull' with their
counts. Digits as text one apart heading columns under a corner naming no measure are read as
the columns' numbers by the plan (analyse/layout ``_numbers_columns_as_text``) and demanded as
written by the proof (verify/text_heads): both sides agree. A corner may name the block
('All areas | 2012 | 2013', session 30) and a line of counts running exactly 1, 2, 3 is the
rarer reading; any other run ('Leeds | "12" | "7" | "31"') is read as a line and rounded.
"""

from __future__ import annotations

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.cli import app
from wpxl.model import OutputCell, Plan

GROUPS = ["Status", "JSA 18-24", "JSA 25+", "ESA flow"]
PAID = ["Paid", "Claimed", "Validated", "26 weeks or more", "Sustained", "Outcome achieved"]
REST = {"Not yet due": [41, 38, 12], "Ended": [27, 13, 9]}


def _by_status(tmp_path, status: str, rest: tuple[str, ...] = tuple(REST)):
    """Job starts by status, ``status``'s line first, then ``rest``; referrals under them keep
    the sheet in the copy whatever goes as outcomes."""
    rows: list[list] = [["Job starts by status, April 2013"], GROUPS, [status, 33, 47, 29]]
    rows += [[line, *REST.get(line, [44, 31, 17])] for line in rest]
    rows += [[], ["Referrals by payment group"], ["Payment group", "Apr 2013"], ["JSA 18-24", 40]]
    return write_book(tmp_path / "status.xlsx", {"Performance": rows}), rows


def _shown(output, sheet: str) -> list[tuple]:
    return list(openpyxl.load_workbook(output, data_only=True)[sheet].iter_rows(values_only=True))


@pytest.mark.parametrize("status", PAID)
def test_the_rest_of_a_breakdown_of_starts_beside_a_paid_line_goes_as_outcomes(tmp_path, status):
    source, _ = _by_status(tmp_path, status)
    output, _ = sanitised_beside(source)
    lines = {line[0]: line[1:4] for line in _shown(output, "Performance") if line[0]}
    for line in (status, *REST):
        assert lines.get(line, (None, None, None)) == (None, None, None), line
    shares = next(n for n in openpyxl.load_workbook(output).sheetnames if n.endswith("%"))
    labels = [line[0] for line in _shown(output, shares)]
    assert status in labels
    assert "Not yet due" not in labels  # in no share beside the outcomes (session 38, hostile)
    assert "Ended" not in labels


def _carried(rows: list[list], line: str):
    """A change writing ``line``'s starts rounded where the input holds them, as a plan that
    took them for starts would."""
    at = next(r for r, row in enumerate(rows) if row and row[0] == line)

    def carry(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Performance").cells
        for col, count in enumerate(rows[at][1:], start=1):
            cells[(at + BANNER, col)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    return carry


@pytest.mark.parametrize("status", ["Paid", "Validated", "Sustained", "26 weeks or more"])
@pytest.mark.parametrize("line", list(REST))
def test_the_proof_refuses_the_rest_of_a_paid_breakdown_carried_as_starts(tmp_path, status, line):
    source, rows = _by_status(tmp_path, status)
    assert proved(tmp_path, source, _carried(rows, line))


@pytest.mark.parametrize("line", list(REST))
def test_statuses_with_no_paid_line_among_them_stay_rounded_starts(tmp_path, line):
    source, rows = _by_status(tmp_path, "In progress")
    assert not proved(tmp_path, source, _carried(rows, line))
    output, _ = sanitised_beside(source)
    lines = {row[0]: row[1:4] for row in _shown(output, "Performance") if row[0]}
    assert lines["Not yet due"] == (40, 40, 20)
    assert lines["Ended"] == (20, 20, 0)
    assert lines["In progress"] == (40, 40, 20)


def test_a_sheet_named_with_a_national_insurance_number_is_refused_in_one_sentence(tmp_path):
    rows = [["Referrals by payment group"], ["Payment group", "Apr 2013"], ["JSA 18-24", 47]]
    source = write_book(
        tmp_path / "named.xlsx", {"Summary": [["Pack"]], "Referrals AB123456C": rows}
    )
    result = CliRunner().invoke(app, ["sanitise", str(source)])
    assert result.exit_code != 0
    assert result.stderr == (
        "wpxl: named.xlsx: the name of sheet 2 (counting the tabs) holds what looks like a "
        "National Insurance number, which the copy's sheet list and cover would repeat. Rename "
        "the sheet in Excel and try again.\n"
    )
    assert not (tmp_path / "named-sanitised.xlsx").exists()


AREAS = {"jumping": [101, 102, 205, 310], "one apart": [101, 102, 103, 104]}
COUNTS = [[47, 33], [21, 12], [64, 51], [18, 9]]


@pytest.mark.parametrize("areas", AREAS)
def test_areas_numbered_under_area_alone_keep_their_numbers(tmp_path, areas):
    rows: list[list] = [["Referrals by area"], ["Area", "Referrals", "Attachments"]]
    rows += [[area, *counts] for area, counts in zip(AREAS[areas], COUNTS, strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "areas.xlsx", {"Referrals": rows}))
    lines = [line[:3] for line in _shown(output, "Referrals") if isinstance(line[0], int)]
    assert lines == [
        (AREAS[areas][0], 40, 40), (AREAS[areas][1], 20, 20),
        (AREAS[areas][2], 60, 60), (AREAS[areas][3], 20, 0),
    ]  # fmt: skip


def test_areas_numbered_beside_their_names_over_a_total_keep_their_numbers(tmp_path):
    rows: list[list] = [["Referrals by area"], ["Area", "Name", "Referrals"]]
    names = ["Leeds", "York", "Hull", "Bradford"]
    rows += [[a, n, c[0]] for a, n, c in zip(AREAS["jumping"], names, COUNTS, strict=True)]
    rows.append(["Total", None, "=SUM(C3:C6)"])
    source = write_book(
        tmp_path / "areas.xlsx", {"Referrals": rows}, cached={("Referrals", "C7"): 150}
    )
    output, _ = sanitised_beside(source)
    lines = [line[:3] for line in _shown(output, "Referrals")]
    assert (101, "Leeds", 40) in lines
    assert (310, "Bradford", 20) in lines
    assert ("Total", None, 140) in lines


def test_counts_under_area_that_add_up_are_still_rounded(tmp_path):
    """Three-digit numbers under 'Area' one of which is the others' sum are no codes."""
    rows: list[list] = [["Referrals by area"], ["Area", "Referrals"]]
    rows += [[101, 47], [205, 21], [306, 64]]
    output, _ = sanitised_beside(write_book(tmp_path / "areas.xlsx", {"Referrals": rows}))
    firsts = [line[0] for line in _shown(output, "Referrals") if isinstance(line[0], int)]
    assert firsts == [100, 200, 300]


CODED = {
    "years": ("Year", ["2019", "1", "120", "33"]),
    "codes": ("Office code", ["33", "41", "120"]),
}


@pytest.mark.parametrize("shape", CODED)
def test_digits_as_text_naming_lines_stay_when_they_equal_their_line_s_count(tmp_path, shape):
    head, labels = CODED[shape]
    counts = [int(label) for label in labels]  # each line's count is its own label's number
    rows: list[list] = [["Referrals by office"], [head, "Referrals"]]
    rows += [[label, count] for label, count in zip(labels, counts, strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "coded.xlsx", {"Referrals": rows}))
    lines = [line[:2] for line in _shown(output, "Referrals")]
    for label, count in zip(labels, counts, strict=True):
        assert (label, (count + 10) // 20 * 20) in lines


def test_digits_as_text_right_of_an_outcome_line_s_figure_still_stop_the_copy(tmp_path):
    """Right of a line's figures, digits alone may be a count typed as text: the proof still
    reads a text there stating its line's outcome figure."""
    rows: list[list] = [
        ["Referrals and job outcomes by area"],
        ["Area", "Referrals", "Job outcomes"],
    ]
    rows += [["Leeds", 40, 33], ["York", 60, 27], ["Hull", 80, 48]]
    source = write_book(tmp_path / "noted.xlsx", {"Performance": rows})

    def noted(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Performance").cells
        cells[(2 + BANNER, 3)] = OutputCell("33", kind="kept")

    assert not proved(tmp_path, source)
    assert proved(tmp_path, source, noted)


def test_an_outcome_table_s_lines_keep_their_codes_on_the_percentage_sheet(tmp_path):
    """'Office code' over '33', '41', '57' (digits as text, kept as codes on a volume sheet)
    named no line of the percentage sheet: the shares stood unlabelled."""
    rows: list[list] = [["Job outcomes by office"], ["Office code", "Job outcomes"]]
    rows += [["33", 33], ["41", 27], ["57", 48]]
    output, _ = sanitised_beside(write_book(tmp_path / "offices.xlsx", {"Outcomes": rows}))
    lines = [line[:2] for line in _shown(output, "Job outcomes %")]
    assert [line for line in lines if line[0] in ("33", "41", "57")] == [
        ("33", 0.31), ("41", 0.25), ("57", 0.44)
    ]  # fmt: skip


@pytest.mark.parametrize("status", ["Paid", "Sustained", "26 weeks or more"])
@pytest.mark.parametrize("col", [2, 3])
def test_the_rest_of_a_paid_breakdown_across_the_header_is_read_alike(tmp_path, status, col):
    """The statuses heading the columns ('Area | Paid | Not yet due | Ended'): the plan shows
    them all as percentages, and the proof refuses the rest carried as rounded starts."""
    rows: list[list] = [["Job starts by status"], ["Area", status, "Not yet due", "Ended"]]
    rows += [["Leeds", 13, 41, 27], ["York", 22, 38, 13], ["Hull", 17, 12, 9]]
    rows += [[], ["Referrals by area"], ["Area", "Referrals"], ["Leeds", 47]]
    source = write_book(tmp_path / "across.xlsx", {"Job starts": rows})

    def carry(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Job starts").cells
        for row in (2, 3, 4):
            count = rows[row][col]
            cells[(row + BANNER, col)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    assert proved(tmp_path, source, carry)
    output, _ = sanitised_beside(source)
    shown = [line[:4] for line in _shown(output, "Job starts")]
    assert not any(line[0] in ("Leeds", "York", "Hull") for line in shown[:8])
