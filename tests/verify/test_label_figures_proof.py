"""The proof's own reading of numbers that name rows or columns: it lets a CPA number, a week
band, a header row of CPA numbers beside 'Total' or a contract reference beside its key through
unrounded, and still catches a count a misreading plan keeps unrounded under the same words
when the input's structure counts it (a total row adding it up, no 'Total' heading, a key
naming a measure).

Each copy is written by the real writer from a real plan of a real input; the plan is then
changed the way a misreading would change it, and the proof must refuse, naming the cell.
"""

from __future__ import annotations

from pathlib import Path

from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.misread import BANNER, misread_findings
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.verify.kept_labels import ROUNDED_LABEL
from wpxl.write import write_plan

NOT_ROUNDED = "a figure that is not a multiple of 20"
FIGURES = [[143, 212, 61], [187, 38, 97], [251, 119, 73], [66, 301, 158], [92, 47, 233]]


def _proved(tmp_path: Path, rows: list[list], kept: dict[tuple[int, int], int]) -> set[str]:
    """The cells the proof finds unrounded in a copy of ``rows`` whose plan keeps ``kept``
    (input places) as written, as a misreading would."""
    found = misread_findings(tmp_path, rows, kept, "kept")  # type: ignore[arg-type]
    return {f.part for f in found if f.kind == NOT_ROUNDED}


def _coded(header: str, codes: list[int], total: int | None) -> list[list]:
    """Offices with a numeric column ``header`` beside their name; the total row holds
    ``total`` in that column."""
    rows: list[list] = [["Referrals by office"], [], ["Office", header, "Apr", "May", "Jun"]]
    rows += [[f"Office {i}", code, *FIGURES[i]] for i, code in enumerate(codes)]
    sums = [sum(f[k] for f in FIGURES[: len(codes)]) for k in range(3)]
    rows.append(["Total", total, *sums])
    return rows


def test_a_code_column_its_total_row_adds_up_is_caught_kept_unrounded(tmp_path):
    codes = [31, 47, 52, 18, 66]
    kept = {(3 + i, 1): code for i, code in enumerate(codes)} | {(8, 1): sum(codes)}
    found = _proved(tmp_path, _coded("Code", codes, sum(codes)), kept)
    assert {"'Referrals' B6", "'Referrals' B7", "'Referrals' B11"} <= found


def test_a_code_column_the_total_row_leaves_blank_passes_unrounded(tmp_path):
    codes = [31, 47, 52, 18, 66]
    assert _proved(tmp_path, _coded("Area code", codes, None), {}) == set()


def _weeks(total_in_column: bool) -> list[list]:
    """Weeks since attachment as numbers in the first column, a typed 'Total' row."""
    weeks = [13, 26, 39, 52, 65]
    rows: list[list] = [["Job starts by weeks since attachment"], []]
    rows.append(["Weeks since attachment", "Apr", "May", "Jun"])
    rows += [[w, *FIGURES[i]] for i, w in enumerate(weeks)]
    sums = [sum(f[k] for f in FIGURES) for k in range(3)]
    rows.append([sum(weeks) if total_in_column else "Total", *sums])
    if total_in_column:
        rows[-1].append("Total")  # the total's words beside the figures, not left of them
    return rows


def test_week_bands_pass_unrounded_where_the_total_row_holds_its_label(tmp_path):
    assert _proved(tmp_path, _weeks(total_in_column=False), {}) == set()


def test_week_bands_a_total_row_counts_are_caught_kept_unrounded(tmp_path):
    kept = {(3 + i, 0): w for i, w in enumerate([13, 26, 39, 52, 65])}
    found = _proved(tmp_path, _weeks(total_in_column=True), kept)
    assert "'Referrals' A6" in found


def _across(total: str) -> list[list]:
    """CPA numbers across a header row beside ``total``, months down, a 'Total' row."""
    rows: list[list] = [["Referrals by contract package area"], [], ["Month", 3, 7, 12, total]]
    rows += [[m, *f, sum(f)] for m, f in zip(["April", "May", "June"], FIGURES, strict=False)]
    rows.append(["Total", *[sum(r[k] for r in rows[3:6]) for k in range(1, 5)]])
    return rows


def test_a_header_row_of_numbers_beside_total_passes_unrounded(tmp_path):
    assert _proved(tmp_path, _across("Total"), {}) == set()


def test_a_first_row_of_numbers_without_a_total_heading_is_caught_kept_unrounded(tmp_path):
    found = _proved(tmp_path, _across("Notes"), {(2, 1): 3, (2, 2): 7, (2, 3): 12})
    assert {"'Referrals' B5", "'Referrals' C5", "'Referrals' D5"} <= found


def _keyed(key: str, value: int) -> list[list]:
    rows: list[list] = [["Referrals by payment group"], [key, value], []]
    rows.append(["Payment group", "Apr", "May", "Jun"])
    rows += [["JSA 18-24", *FIGURES[0]], ["ESA flow", *FIGURES[1]]]
    return rows


def test_a_contract_reference_beside_its_key_passes_unrounded(tmp_path):
    assert _proved(tmp_path, _keyed("Contract reference", 40712), {}) == set()


def test_a_count_beside_a_key_naming_a_measure_is_caught_kept_unrounded(tmp_path):
    found = _proved(tmp_path, _keyed("Referrals this week", 17), {(1, 1): 17})
    assert found == {"'Referrals' B4"}


def test_a_label_a_total_of_the_copy_adds_up_is_caught(tmp_path):
    rows = _weeks(total_in_column=False)
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    sheet = next(s for s in plan.sheets if s.name == "Referrals")
    total = sum([13, 26, 39, 52, 65])
    sheet.cells[(8 + BANNER, 0)] = OutputCell(total, formula="=SUM(A6:A10)", kind="total")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    found = {f.part for f in verify_output(output, plan, 20) if f.kind == NOT_ROUNDED}
    assert "'Referrals' A6" in found


def test_week_numbers_repeated_for_each_year_rounded_are_caught(tmp_path):
    """Weeks 1 to 4 of each of two years across the header row, each year's total column after
    them: the repeated numbers are runs repeated whole, so rounded they are labels lost."""
    head: list = ["Area", 1, 2, 3, 4, "2013-14 total", 1, 2, 3, 4, "2014-15 total", "Total"]
    rows: list[list] = [["Referrals by week"], [], head]
    rows.append(["Leeds", 40, 5, 27, 3, 75, 22, 30, 8, 21, 81, 156])
    rounded = {(2, c): 0 for c in (1, 2, 3, 4, 6, 7, 8, 9)}
    found = misread_findings(tmp_path, rows, rounded, "rounded")
    assert (ROUNDED_LABEL, "'Referrals' B5") in {(f.kind, f.part) for f in found}


def test_a_row_of_counts_repeating_a_figure_is_no_header(tmp_path):
    """Runs between words that share a figure but differ are no repeated weeks: counts."""
    head: list = ["Area", 1, 2, 3, 4, "2013-14 total", 1, 2, 5, 4, "2014-15 total", "Total"]
    rows: list[list] = [["Referrals by week"], [], head]
    rows.append(["Leeds", 40, 5, 27, 3, 75, 22, 30, 8, 21, 81, 156])
    rounded = {(2, c): 0 for c in (1, 2, 3, 4, 6, 7, 8, 9)}
    found = misread_findings(tmp_path, rows, rounded, "rounded")
    assert ROUNDED_LABEL not in {f.kind for f in found}


def test_week_numbers_before_their_years_column_rounded_are_caught(tmp_path):
    """Weeks 1 to 4 across the header row, the year's column after them named by the year
    alone ('2013/14'): they name the columns, so rounded they are labels lost."""
    rows: list[list] = [["Referrals by week"], [], ["Area", 1, 2, 3, 4, "2013/14"]]
    rows.append(["Leeds", 40, 5, 27, 3, 75])
    rounded = {(2, c): 0 for c in (1, 2, 3, 4)}
    found = misread_findings(tmp_path, rows, rounded, "rounded")
    assert (ROUNDED_LABEL, "'Referrals' B5") in {(f.kind, f.part) for f in found}
