"""Stacked tables and year totals (session 31).

Tables stacked with no blank row between one's 'Total' line and the next one's title ('Total |
360 | 120 | 480' and on the very next row 'Job starts by office', then its header, or a blank
row and its header): the sheet's blank rows alone made one block of them. Under a '% of total'
column, the lower table's fourth month was read as shares and removed as 'a rate wpxl cannot
work out'; a table of job outcomes under a table of referrals took the referrals' title and
the copy was refused (its outcome counts found by the leak check); job outcomes over
sustainments made one percentage sheet whose columns mixed the two measures, the lower
table's header read as 'an outcome figure written as text'. A line of words alone in the total
line's column, right under a total line, over a header line (no figure that could be a count)
or with a table a blank row or two under it, is a title: the block is cut there as a blank row
would cut it (analyse/stacked_titles, asked by analyse/layout). A line of figures under such
words keeps them a line naming a block of its table (analyse/section_rows); a note ('Source:
...') stays the table's note.

A '% of total' column of shares typed as formulas ('=D4/$D$7') whose own total line adds them
up ('=SUM(E4:E6)', 100%): the shares were rebuilt over the rounded counts, their sum removed as
'a rate wpxl cannot work out'. A sum of every share of a column over the count total on its own
line is that total over itself: rebuilt as one ('=D9/D9', 100%) (analyse/total_shares
``summed_shares``); the proof reads it as any share rebuilt over the rounded cells.

A year-total column covering one quarter so far ('2012/13 Q1' and '2012/13' typed alike, the
rest of the year not yet in): the year was rounded on its own, where every total is a formula
over the rounded cells it covers (R5). A year named alone whose only quarter or month beside it
it equals everywhere is that line's total (analyse/period_runs ``year_run_totals``): written
'=SUM(G6)'; the proof passes it as it passed the rounded copy (no figure is moved).

A 'Rank' column beside counts (Leeds 133 ranked 2, York 131 ranked 3, both 140 rounded): kept,
a rank tells the order of figures rounding has made equal; recomputed from the rounded counts
it would tie them, and still be a figure no multiple of 20 the proof cannot tell from a count.
It stays removed, with the reason on the cover ('a rank: it orders the unrounded figures, so
it is not shared', analyse/uncounted), and the proof alone refuses a copy keeping it. A rank
worked out by a formula ('=RANK(B4,$B$4:$B$7)', saved with no value by openpyxl) was removed as
'a formula wpxl does not rebuild (over B4, B4)': it is removed as a rank now.
"""

from __future__ import annotations

from tests.e2e.runs import line_of, sanitised_rows
from tests.misread import misread_findings
from wpxl.analyse.uncounted import RANK


def _cover(book) -> list[str]:
    return [str(r[0].value) for r in book["About this workbook"].iter_rows() if r[0].value]


REFERRALS = [
    ["Referrals by payment group"], [],
    ["Payment group", "Apr 2013", "May 2013", "Total", "% of total"],
    ["JSA 18-24", 133, 47, "=SUM(B4:C4)", "=D4/$D$7"],
    ["JSA 25+", 201, 88, "=SUM(B5:C5)", "=D5/$D$7"],
    ["ESA Flow", 12, 9, "=SUM(B6:C6)", "=D6/$D$7"],
    ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)", "=SUM(E4:E6)"],
]  # fmt: skip


def test_a_title_right_under_a_share_tables_total_starts_a_table_of_counts(tmp_path):
    rows = [*REFERRALS, ["Job starts by office"],
            ["Office", "Apr 2013", "May 2013", "Jun 2013", "Jul 2013"],
            ["Leeds", 93, 41, 17, 5], ["York", 150, 66, 71, 13],
            ["Total", *(f"=SUM({c}10:{c}11)" for c in "BCDE")]]  # fmt: skip
    shown, written = sanitised_rows(tmp_path, {"Referrals": rows})
    page = shown["Referrals"]
    assert line_of(page, "Job starts by office")[:2] == ["Job starts by office", None]
    assert line_of(page, "Leeds")[:5] == ["Leeds", 100, 40, 20, 0]
    assert line_of(page, "York")[:5] == ["York", 160, 60, 80, 20]
    first, totals = [r for r in page.iter_rows() if r[0].value == "Total"]
    assert [c.value for c in first[:4]] == ["Total", 360, 120, 480]
    assert [c.value for c in totals[:5]] == ["Total", 260, 100, 100, 20]
    assert written["Referrals"][totals[4].coordinate].value.startswith("=SUM(")
    assert not [line for line in _cover(shown) if "E10" in line or "E11" in line]


def test_job_outcomes_titled_right_under_a_referrals_total_go_out_as_shares(tmp_path):
    rows = [*(line[:4] for line in REFERRALS), ["Job outcomes by payment group"], [],
            ["Payment group", "Apr 2013", "May 2013", "Total"],
            ["JSA 18-24", 33, 21, "=SUM(B11:C11)"], ["JSA 25+", 50, 36, "=SUM(B12:C12)"],
            ["ESA Flow", 9, 4, "=SUM(B13:C13)"],
            ["Total", "=SUM(B11:B13)", "=SUM(C11:C13)", "=SUM(D11:D13)"]]  # fmt: skip
    shown, _ = sanitised_rows(tmp_path, {"Performance": rows})
    assert shown.sheetnames == ["About this workbook", "Performance", "Job outcomes %"]
    page = shown["Performance"]
    assert line_of(page, "JSA 25+")[:4] == ["JSA 25+", 200, 80, 280]
    assert not [r for r in page.iter_rows() if r[1].value in (33, 50, 21, 36, 54, 86)]
    shares = shown["Job outcomes %"]
    assert line_of(shares, "JSA 18-24")[:4] == ["JSA 18-24", 0.36, 0.34, 0.35]


def test_a_title_of_two_lines_right_under_a_total_starts_the_next_table(tmp_path):
    """'Job outcomes by payment group' over 'Provisional' over the header: the title's second
    line, words alone, no total and no note, is passed over to the header under it. Left
    uncut, the title lines and header went to the percentage sheet as lines, every share a
    share of its row, and the volume sheet kept the header's words."""
    rows = [*(line[:4] for line in REFERRALS), ["Job outcomes by payment group"], ["Provisional"],
            ["Payment group", "Apr 2013", "May 2013", "Total"],
            ["JSA 18-24", 33, 21, "=SUM(B11:C11)"], ["JSA 25+", 50, 36, "=SUM(B12:C12)"],
            ["ESA Flow", 9, 4, "=SUM(B13:C13)"],
            ["Total", "=SUM(B11:B13)", "=SUM(C11:C13)", "=SUM(D11:D13)"]]  # fmt: skip
    shown, _ = sanitised_rows(tmp_path, {"Performance": rows})
    page, shares = shown["Performance"], shown["Job outcomes %"]
    firsts = [r[0].value for r in page.iter_rows()]  # the referrals' lines and the pointer
    assert firsts.count("Payment group") == firsts.count("JSA 18-24") == 1
    assert "Provisional" not in firsts
    shared = [r[0].value for r in shares.iter_rows()]
    assert shared.count("Payment group") == 1 and "Provisional" not in shared
    assert line_of(shares, "JSA 18-24")[:4] == ["JSA 18-24", 0.36, 0.34, 0.35]
    assert line_of(shares, "Total")[:4] == ["Total", 1, 1, 1]


def test_sustainments_titled_right_under_job_outcomes_get_a_sheet_of_their_own(tmp_path):
    rows = [["Job outcomes by payment group"], [], ["Payment group", "Apr 2013", "May 2013"],
            ["JSA 18-24", 33, 21], ["JSA 25+", 50, 36], ["ESA Flow", 9, 4],
            ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)"],
            ["Sustainments by payment group"], ["Payment group", "Apr 2013", "May 2013"],
            ["JSA 18-24", 13, 11], ["JSA 25+", 20, 16], ["ESA Flow", 3, 2],
            ["Total", "=SUM(B10:B12)", "=SUM(C10:C12)"]]  # fmt: skip
    shown, _ = sanitised_rows(tmp_path, {"Performance": rows})
    assert shown.sheetnames == ["About this workbook", "Job outcomes %", "Sustainments %"]
    assert line_of(shown["Job outcomes %"], "Total")[:3] == ["Total", 1, 1]
    assert line_of(shown["Sustainments %"], "JSA 25+")[:3] == ["JSA 25+", 0.56, 0.55]
    assert not [line for line in _cover(shown) if "written as text" in line]


def test_a_note_right_under_a_total_line_stays_the_tables_note(tmp_path):
    rows = [["Referrals by payment group"], [], ["Payment group", "Apr 2013", "May 2013"],
            ["JSA 18-24", 133, 47], ["JSA 25+", 201, 88],
            ["Total", "=SUM(B4:B5)", "=SUM(C4:C5)"], ["Source: provider MI, provisional"], [],
            ["Office", "Apr 2013", "May 2013"], ["Leeds", 93, 41], ["York", 150, 66]]  # fmt: skip
    shown, _ = sanitised_rows(tmp_path, {"Referrals": rows})
    assert line_of(shown["Referrals"], "Leeds")[:3] == ["Leeds", 100, 40]


def test_the_sum_of_the_shares_on_the_total_line_is_rebuilt_as_all_of_the_total(tmp_path):
    shown, written = sanitised_rows(tmp_path, {"Referrals": REFERRALS})
    page = shown["Referrals"]
    assert line_of(page, "Total")[:5] == ["Total", 360, 120, 480, 1]
    (total,) = [r for r in written["Referrals"].iter_rows() if r[0].value == "Total"]
    assert total[4].value == f"={total[3].coordinate}/{total[3].coordinate}"
    assert not [line for line in _cover(shown) if "cannot work out" in line]


def test_a_year_of_one_quarter_so_far_is_a_formula_over_that_quarter(tmp_path):
    rows = [["Referrals by year"], [],
            ["Payment group", "2011/12 Q1", "2011/12 Q2", "2011/12 Q3", "2011/12 Q4", "2011/12",
             "2012/13 Q1", "2012/13"],
            ["JSA 18-24", 133, 47, 58, 61, 299, 71, 71],
            ["JSA 25+", 201, 88, 93, 104, 486, 122, 122], ["ESA Flow", 12, 9, 14, 3, 38, 7, 7],
            ["Total", *(f"=SUM({c}4:{c}6)" for c in "BCDEFGH")]]  # fmt: skip
    shown, written = sanitised_rows(tmp_path, {"Referrals": rows})
    page = shown["Referrals"]
    assert line_of(page, "JSA 18-24")[5:8] == [300, 80, 80]
    assert line_of(page, "ESA Flow")[5:8] == [40, 0, 0]
    lines = {r[0].value: r for r in written["Referrals"].iter_rows() if r[0].value}
    for label in ("JSA 18-24", "JSA 25+", "ESA Flow"):
        row = lines[label][7].row
        assert lines[label][7].value == f"=SUM(G{row})"
    assert line_of(page, "Total")[5:8] == [820, 200, 200]


OFFICES = [["Referrals by office"], [], ["Office", "Referrals", "Rank"],
           ["Leeds", 133, 2], ["York", 131, 3], ["Hull", 201, 1], ["Selby", 12, 4]]  # fmt: skip


def test_a_rank_worked_out_by_a_formula_is_removed_as_a_rank(tmp_path):
    rows = [[*line[:2], f"=RANK(B{r},$B$4:$B$7)"] if r > 3 else line
            for r, line in enumerate(OFFICES, 1)] + [["Total", "=SUM(B4:B7)"]]  # fmt: skip
    shown, _ = sanitised_rows(tmp_path, {"Referrals": rows})
    assert [line_of(shown["Referrals"], o)[:3] for o in ("Leeds", "York")] == [
        ["Leeds", 140, None], ["York", 140, None]
    ]  # fmt: skip
    assert f"- figures, 'Referrals' C4:C7: {RANK}" in _cover(shown)


def test_the_proof_alone_refuses_a_rank_kept_beside_the_rounded_counts(tmp_path):
    rows = [*OFFICES, ["Total", "=SUM(B4:B7)"]]
    kept = {(row, 2): rank for row, rank in zip(range(3, 7), (2, 3, 1, 4), strict=True)}
    findings = misread_findings(tmp_path, rows, kept, "kept", {("Referrals", "B8"): 477})
    assert sorted(f.part for f in findings) == [f"'Referrals' C{r}" for r in range(6, 10)]
