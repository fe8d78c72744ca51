"""Session 35: a pack's data tab, left out of the copy as the user asks (``--leave-out``).

Provider packs often keep their data on a tab of its own, one line per participant, behind a
summary of COUNTIFS formulas. wpxl refuses such a workbook, rightly, since a list of people is
never shared; hidden, the tab is not carried and the summary keeps the values it showed, but a
visible tab had first to be deleted by hand from a copy of the pack. ``--leave-out SHEET``
(repeatable, any case) reads it as a hidden sheet is read: not carried, the summary's counts
rounded from the values they showed, and the cover naming the sheet left out. A name matching
no sheet refuses that workbook in one sentence naming its sheets, as ``--published`` does.
"""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from tests.builders import write_book
from wpxl.cli import app

OFFICES = ("Leeds", "Bradford", "Wakefield")


def _pack(path: Path) -> Path:
    """'Summary' of referrals and attachments by office, COUNTIFS over 'Data', a line each
    for 180 participants (reference, office, attached)."""
    rng = random.Random(35)
    people = [(f"WP{100000 + i}", rng.choice(OFFICES), rng.random() < 0.6) for i in range(180)]
    data = [["Participant ref", "Office", "Attached"]]
    data += [[ref, office, "Y" if attached else "N"] for ref, office, attached in people]
    last = len(people) + 1
    summary = [["Referrals and attachments by office, April to June 2013"], []]
    summary.append(["Office", "Referrals", "Attachments"])
    cached = {}
    for row, office in enumerate(OFFICES, start=4):
        summary.append(
            [
                office,
                f"=COUNTIF(Data!$B$2:$B${last},A{row})",
                f'=COUNTIFS(Data!$B$2:$B${last},A{row},Data!$C$2:$C${last},"Y")',
            ]
        )
        cached[("Summary", f"B{row}")] = sum(1 for p in people if p[1] == office)
        cached[("Summary", f"C{row}")] = sum(1 for p in people if p[1] == office and p[2])
    return write_book(path, {"Summary": summary, "Data": data}, cached=cached)


def _run(*args: str):
    return CliRunner().invoke(app, ["sanitise", *args])


def test_a_data_tab_named_is_left_out_and_the_summary_shared(tmp_path):
    source = _pack(tmp_path / "pack.xlsx")
    refused = _run(str(source), "--out-dir", str(tmp_path / "out"))
    assert refused.exit_code == 1 and "sheet 'Data'" in refused.stderr
    assert not (tmp_path / "out" / "pack-sanitised.xlsx").exists()

    done = _run(str(source), "--out-dir", str(tmp_path / "out"), "--leave-out", "data")
    assert done.exit_code == 0, done.stderr
    copy = openpyxl.load_workbook(tmp_path / "out" / "pack-sanitised.xlsx")
    assert copy.sheetnames == ["About this workbook", "Summary"]
    source_book = openpyxl.load_workbook(source, data_only=True)["Summary"]
    true = [[source_book.cell(r, c).value for c in (2, 3)] for r in range(4, 7)]
    shown = [[copy["Summary"].cell(r, c).value for c in (2, 3)] for r in range(6, 9)]
    assert shown == [[(v + 10) // 20 * 20 for v in line] for line in true]
    cover = [c.value for c in copy["About this workbook"]["A"] if c.value]
    assert (
        "- sheet, 'Data': left out as asked (--leave-out); what other sheets showed from it "
        "is kept" in cover
    )
    assert "removed: 'Data': left out as asked" in done.stdout


def test_a_name_matching_no_sheet_refuses_the_workbook_naming_its_sheets(tmp_path):
    source = _pack(tmp_path / "pack.xlsx")
    result = _run(str(source), "--out-dir", str(tmp_path / "out"), "--leave-out", "Dta")
    assert result.exit_code == 1
    assert (
        "pack.xlsx: --leave-out 'Dta': the workbook has no sheet of that name. "
        "Sheets: Summary, Data" in result.stderr
    )
    assert not (tmp_path / "out" / "pack-sanitised.xlsx").exists()
