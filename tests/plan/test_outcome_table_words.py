"""A figure quoted in an outcome table's words never reaches the % sheet or the cover (issue 14,
invariant 3): the header quoting it is removed and listed, and wpxl's own intro sentence, which
repeats the label header and the title's period, leaves out words that quote a figure."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.leaks import package_text
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
OUTCOMES = [[137, 163, 151], [211, 247, 229], [113, 127, 119], [103, 109, 107]]


def _outcomes(title: str, label_header: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], [label_header, "Apr 2013", "May 2013", "Jun 2013"]]
    return rows + [[g, *c] for g, c in zip(GROUPS, OUTCOMES, strict=True)]


def _texts(path: Path, sheet: str) -> list[str]:
    ws = openpyxl.load_workbook(path)[sheet]
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_a_label_header_quoting_an_outcome_volume_is_removed_and_the_intro_leaves_it_out(
    tmp_path: Path, job
):
    rows = _outcomes("Job outcomes by payment group", "Payment group (all 1816 job outcomes)")
    source = write_book(tmp_path / "outcomes.xlsx", {"Job outcomes": rows})
    output = Path(sanitise_file(source, job).output)
    assert "1816" not in package_text(output)
    intro = _texts(output, "Job outcomes %")[2]
    assert intro.startswith(
        "Percentage of all job outcomes on sheet 'Job outcomes', by payment group, within each "
        "column."
    )
    cover = _texts(output, "About this workbook")
    assert "- text, 'Job outcomes %' A6: it quotes an unrounded figure" in cover


def test_a_period_in_the_title_that_quotes_a_small_volume_is_left_out_of_the_intro(
    tmp_path: Path, job
):
    rows = _outcomes("Job outcomes by payment group, April 2013 (97 paid)", "Payment group")
    source = write_book(tmp_path / "outcomes.xlsx", {"Job outcomes": rows})
    output = Path(sanitise_file(source, job).output)
    intro = _texts(output, "Job outcomes %")[2]
    assert intro.startswith(
        "Percentage of all job outcomes on sheet 'Job outcomes', by payment group, within"
    )
    assert "97 paid" not in package_text(output)


def test_a_title_period_without_figures_is_still_named_in_the_intro(tmp_path: Path, job):
    rows = _outcomes("Job outcomes by payment group, April to June 2013", "Payment group")
    source = write_book(tmp_path / "outcomes.xlsx", {"Job outcomes": rows})
    output = Path(sanitise_file(source, job).output)
    intro = _texts(output, "Job outcomes %")[2]
    assert intro.startswith(
        "Percentage of all job outcomes in April to June 2013 on sheet 'Job outcomes', by"
    )


def test_a_title_period_stating_a_small_volume_is_left_out_of_the_intro(tmp_path: Path, job):
    """A volume under 25 is no figure by the notes' rule, but in an outcome table's title it
    is an outcome volume all the same: the intro names no period rather than repeat it."""
    title = "Job outcomes by payment group, April 2013 (excl. 3 prison leavers)"
    source = write_book(tmp_path / "outcomes.xlsx", {"Job outcomes": _outcomes(title, "Group")})
    output = Path(sanitise_file(source, job).output)
    intro = _texts(output, "Job outcomes %")[2]
    assert intro.startswith(
        "Percentage of all job outcomes on sheet 'Job outcomes', by group, within each column."
    )
    assert "prison leavers" not in package_text(output)


def test_a_label_stating_a_small_outcome_volume_leaves_the_percent_sheet_and_group_numbers_stay(
    tmp_path: Path, job
):
    rows = _outcomes("Job outcomes by payment group", "Payment group")
    labels = ["PG 1", "JSA 25+ (incl. 4 prison leavers)", "ESA Flow (3)", "Area 4 North"]
    for row, label in zip(rows[3:], labels, strict=True):
        row[0] = label
    rows.append(["JSA 18-24 (PG 6)", 101, 103, 107])
    rows[2][1] = "Apr 2013, 2 to be validated"
    source = write_book(tmp_path / "outcomes.xlsx", {"Job outcomes": rows})
    output = Path(sanitise_file(source, job).output)
    shown = _texts(output, "Job outcomes %")
    assert {"PG 1", "Area 4 North", "JSA 18-24 (PG 6)", "May 2013"} <= set(shown)
    text = package_text(output)
    for gone in ("prison leavers", "ESA Flow (3)", "to be validated"):
        assert gone not in text
    cover = _texts(output, "About this workbook")
    why = "it states an amount about outcomes (a volume, or a rate that gives one back)"
    assert f"- text, 'Job outcomes %' A8: {why}" in cover
    assert f"- text, 'Job outcomes %' A9: {why}" in cover
    assert f"- text, 'Job outcomes %' B6: {why}" in cover


def test_a_title_stating_an_outcome_total_shaped_like_a_year_lends_the_intro_no_period(
    tmp_path: Path, job
):
    """'...: 1998 for JSA 18-24' states JSA 18-24's true outcome total: the intro's period,
    read from the title's first year-shaped number, would have repeated it."""
    rows = _outcomes("Job outcomes by payment group: 1998 for JSA 18-24", "Group")
    rows[3][1:] = [637, 663, 698]  # JSA 18-24: 1998 in all
    source = write_book(tmp_path / "outcomes.xlsx", {"Job outcomes": rows})
    output = Path(sanitise_file(source, job).output)
    assert _texts(output, "Job outcomes %")[2].startswith("Percentage of all job outcomes on sheet")
    assert "1998" not in package_text(output)


def test_each_percentage_sheet_names_the_sheet_it_comes_from(tmp_path: Path, job):
    """A pack with a sheet a payment group gives % sheets of one name but a number: each intro
    names its source sheet, or the two could not be told apart (a sheet named with a copy's
    number, 'Job outcomes (2)', which would read as a volume in a sentence, is left out)."""
    title = "Job outcomes by month"
    sheets = {
        "JSA 18-24": _outcomes(title, "Group"),
        "JSA 25+": _outcomes(title, "Group"),
        "Job outcomes (2)": _outcomes(title, "Group"),
    }
    output = Path(sanitise_file(write_book(tmp_path / "groups.xlsx", sheets), job).output)
    intros = [
        next(t for t in _texts(output, name) if t.startswith("Percentage of"))
        for name in openpyxl.load_workbook(output).sheetnames[1:]
    ]
    assert [i.split(", by")[0] for i in intros] == [
        "Percentage of all job outcomes on sheet 'JSA 18-24'",
        "Percentage of all job outcomes on sheet 'JSA 25+'",
        "Percentage of all job outcomes",
    ]
