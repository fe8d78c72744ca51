"""Totals a book writes in forms other than SUM, rebuilt over the cells they name instead of
removed: a total less some of its parts (=B10-B9), SUMPRODUCT over one range, SUMIF over the
labels of a column, a SUM over a defined name; and a total over a '-' (a zero-suppressed 0)
that the rest add up to exactly. Each copy is checked: a live SUM whose cached value is the sum
of the rounded cells it adds up."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter

from tests.builders import write_book
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18 to 24", "JSA 25 and over", "ESA flow", "IB/IS volunteers", "Prison leavers"]
COUNTS = [[41, 57, 63], [88, 71, 49], [36, 52, 77], [45, 68, 39], [58, 33, 61]]
BANNER = 2  # rows the copy's banner adds above the source's


def _round(n: int) -> int:
    return (n + 10) // 20 * 20


def _copy(source: Path, job) -> tuple[dict[str, object], dict[str, object]]:
    result = sanitise_file(source, job)
    output = Path(result.output)
    formulas, values = (openpyxl.load_workbook(output, data_only=d) for d in (False, True))
    name = formulas.sheetnames[1]
    cells = {c.coordinate: c.value for row in formulas[name].iter_rows() for c in row}
    cached = {c.coordinate: c.value for row in values[name].iter_rows() for c in row}
    return cells, cached


def _rows(total: str) -> list[list]:
    rows = [["Referrals by payment group"], [], ["Payment group", "Apr", "May", "Jun"]]
    rows += [[g, *f] for g, f in zip(GROUPS, COUNTS, strict=True)]
    rows.append(["Total", *[total.format(c=c) for c in "BCD"]])
    return rows


def test_a_total_less_one_of_its_parts_is_rebuilt_over_the_others(tmp_path, job):
    rows = _rows("=SUM({c}4:{c}8)")
    rows.append(["Total excluding prison leavers", *[f"={c}9-{c}8" for c in "BCD"]])
    totals = {9: COUNTS, 10: COUNTS[:4]}  # Total, and Total excluding prison leavers
    cache = {("Referrals", f"{c}{r}"): sum(f[k] for f in over)
             for r, over in totals.items() for k, c in enumerate("BCD")}  # fmt: skip
    cells, cached = _copy(
        write_book(tmp_path / "less.xlsx", {"Referrals": rows}, cached=cache), job
    )
    out = 10 + BANNER
    assert cells[f"B{out}"] == f"=SUM(B{4 + BANNER}:B{7 + BANNER})"
    assert cached[f"B{out}"] == sum(_round(f[0]) for f in COUNTS[:4])


def test_sumproduct_row_totals_and_a_sumif_grand_total_are_rebuilt(tmp_path, job):
    rows = [["Referrals by district"], [], ["District", "Apr", "May", "Jun", "Total"]]
    cache: dict[tuple[str, str], int] = {}  # every formula's value, as Excel saves it

    def formula(text: str, at: str, value: int) -> str:
        cache[("Referrals", at)] = value
        return text

    grand = [0, 0, 0]
    for name, figures in (("North", COUNTS[:3]), ("South", COUNTS[3:])):
        first = len(rows) + 1
        for i, f in enumerate(figures):
            r = len(rows) + 1
            rows.append([f"{name} office {i + 1}", *f,
                         formula(f"=SUMPRODUCT(B{r}:D{r})", f"E{r}", sum(f))])  # fmt: skip
        r = len(rows) + 1
        block = [sum(f[k] for f in figures) for k in range(3)]
        grand = [g + b for g, b in zip(grand, block, strict=True)]
        rows.append([f"{name} Total"]
                    + [formula(f"=SUM({c}{first}:{c}{r - 1})", f"{c}{r}", block[k])
                       for k, c in enumerate("BCD")]
                    + [formula(f"=SUMPRODUCT(B{r}:D{r})", f"E{r}", sum(block))])  # fmt: skip
    end, r = len(rows), len(rows) + 1
    rows.append(["All districts"] + [
        formula(f'=SUMIF($A$4:$A${end},"*total",{c}4:{c}{end})', f"{c}{r}", v)
        for c, v in zip("BCDE", [*grand, sum(grand)], strict=True)])  # fmt: skip
    cells, cached = _copy(
        write_book(tmp_path / "sumif.xlsx", {"Referrals": rows}, cached=cache), job
    )
    assert cells[f"E{4 + BANNER}"] == f"=SUM(B{4 + BANNER}:D{4 + BANNER})"
    assert cells[f"B{r + BANNER}"] == f"=SUM(B{7 + BANNER},B{10 + BANNER})"  # the block totals
    assert cached[f"B{r + BANNER}"] == sum(_round(f[0]) for f in COUNTS)


def test_a_sum_over_a_defined_name_is_rebuilt_over_its_cells(tmp_path, job):
    source = tmp_path / "named.xlsx"
    book = xlsxwriter.Workbook(str(source))
    sheet = book.add_worksheet("Referrals")
    for r, row in enumerate(_rows("")[:-1]):
        sheet.write_row(r, 0, row)
    sheet.write(8, 0, "Total")
    for k, (c, month) in enumerate(zip("BCD", ("Apr", "May", "Jun"), strict=True)):
        book.define_name(f"Ref_{month}", f"=Referrals!${c}$4:${c}$8")
        sheet.write_formula(8, 1 + k, f"=SUM(Ref_{month})", None, sum(f[k] for f in COUNTS))
    book.close()
    cells, cached = _copy(source, job)
    assert cells[f"C{9 + BANNER}"] == f"=SUM(C{4 + BANNER}:C{8 + BANNER})"
    assert cached[f"C{9 + BANNER}"] == sum(_round(f[1]) for f in COUNTS)


def test_a_total_over_a_dash_the_rest_add_up_to_is_rebuilt_and_the_dash_kept(tmp_path, job):
    rows = _rows("")
    rows[3][1] = "-"  # JSA 18 to 24 in April: none, as a zero-suppressed format shows it
    rows[-1] = ["Total", *[sum(f[k] for f in COUNTS[1 if k == 0 else 0 :]) for k in range(3)]]
    cells, cached = _copy(write_book(tmp_path / "dash.xlsx", {"Referrals": rows}), job)
    assert cells[f"B{4 + BANNER}"] == "-"
    assert cells[f"B{9 + BANNER}"] == f"=SUM(B{5 + BANNER}:B{8 + BANNER})"
    assert cached[f"B{9 + BANNER}"] == sum(_round(f[0]) for f in COUNTS[1:])


def test_a_total_over_a_dash_the_rest_do_not_add_up_to_is_still_removed(tmp_path, job):
    rows = _rows("")
    rows[3][1] = "-"
    rows[-1] = ["Total", *[sum(f[k] for f in COUNTS) for k in range(3)]]  # the dash hid 41
    cells, _ = _copy(write_book(tmp_path / "dash.xlsx", {"Referrals": rows}), job)
    assert cells[f"B{9 + BANNER}"] is None
    assert isinstance(cells[f"C{9 + BANNER}"], str)
