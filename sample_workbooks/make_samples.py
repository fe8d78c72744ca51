"""Make the bundled sample workbooks: synthetic provider MI with made-up councils and figures.

Run ``python sample_workbooks/make_samples.py`` to rebuild them; the output is deterministic.
Written with xlsxwriter so every formula carries a cached value, as Excel's own files do.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).parent
PAYMENT_GROUPS = [
    "JSA 18-24",
    "JSA 25+",
    "JSA Early Access",
    "JSA Ex-Incapacity Benefit",
    "ESA Volunteers",
    "ESA Flow",
    "IB/IS Volunteers",
    "JSA Prison Leavers",
]
COUNCILS = ["Ashby Vale", "Brackenshire", "Holmcroft", "Kingsmere", "Redfern"]
MONTHS = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013", "Aug 2013", "Sep 2013"]
CREATED = dt.datetime(2013, 10, 7, 9, 30)


def _book(name: str) -> tuple[xlsxwriter.Workbook, dict[str, object]]:
    book = xlsxwriter.Workbook(str(HERE / name))
    book.set_properties(
        {"title": "Provider MI pack", "author": "Pat Analyst", "company": "Example Provider Ltd",
         "manager": "Sam Manager", "created": CREATED}
    )  # fmt: skip
    formats = {
        "title": book.add_format({"bold": True, "font_size": 13}),
        "head": book.add_format(
            {"bold": True, "bottom": 1, "text_wrap": True, "bg_color": "#DDEBF7"}
        ),
        "count": book.add_format({"num_format": "#,##0"}),
        "total": book.add_format({"bold": True, "top": 1, "num_format": "#,##0"}),
        "label_total": book.add_format({"bold": True, "top": 1}),
        "pct": book.add_format({"num_format": "0.0%"}),
        "money": book.add_format({"num_format": "£#,##0"}),
        "note": book.add_format({"italic": True, "font_color": "#595959"}),
    }
    return book, formats


def _matrix_sheet(book, fmt, rng, name, title, rows, cols, scale, top=0):
    """A labelled table with a typed-in SUM total column and a SUM total row."""
    ws = book.add_worksheet(name)
    ws.set_column(0, 0, 28)
    ws.set_column(1, len(cols) + 1, 11)
    ws.write(top, 0, title, fmt["title"])
    head = top + 2
    ws.write(head, 0, "Payment group" if rows is PAYMENT_GROUPS else "Local authority", fmt["head"])
    for j, col in enumerate(cols, start=1):
        ws.write(head, j, col, fmt["head"])
    ws.write(head, len(cols) + 1, "Total", fmt["head"])
    values = [[rng.randint(0, scale) for _ in cols] for _ in rows]
    for i, label in enumerate(rows, start=head + 1):
        ws.write(i, 0, label)
        for j, value in enumerate(values[i - head - 1], start=1):
            ws.write_number(i, j, value, fmt["count"])
        last = xlsxwriter.utility.xl_rowcol_to_cell(i, len(cols))
        ws.write_formula(
            i, len(cols) + 1, f"=SUM(B{i + 1}:{last})", fmt["total"], sum(values[i - head - 1])
        )
    total_row = head + 1 + len(rows)
    ws.write(total_row, 0, "Total", fmt["label_total"])
    for j in range(1, len(cols) + 2):
        column = [row[j - 1] for row in values] if j <= len(cols) else [sum(r) for r in values]
        letter = xlsxwriter.utility.xl_col_to_name(j)
        ws.write_formula(
            total_row, j, f"=SUM({letter}{head + 2}:{letter}{total_row})", fmt["total"], sum(column)
        )
    ws.write(
        total_row + 2,
        0,
        "Source: provider case management system, October 2013 extract.",
        fmt["note"],
    )
    ws.freeze_panes(head + 1, 1)
    return ws


def monthly_pack() -> None:
    """One measure per sheet, payment groups by month, with typed SUM totals."""
    rng = random.Random(2013)
    book, fmt = _book("monthly_pack.xlsx")
    _matrix_sheet(
        book,
        fmt,
        rng,
        "Referrals",
        "Referrals by payment group, April to September 2013",
        PAYMENT_GROUPS,
        MONTHS,
        400,
    )
    _matrix_sheet(
        book,
        fmt,
        rng,
        "Attachments",
        "Attachments by payment group, April to September 2013",
        PAYMENT_GROUPS,
        MONTHS,
        300,
    )
    _matrix_sheet(
        book,
        fmt,
        rng,
        "Job starts",
        "Job starts by payment group, April to September 2013",
        PAYMENT_GROUPS,
        MONTHS,
        90,
    )
    _matrix_sheet(
        book,
        fmt,
        rng,
        "Job outcomes",
        "Job outcomes by payment group, April to September 2013",
        PAYMENT_GROUPS,
        MONTHS,
        40,
    )
    _matrix_sheet(
        book,
        fmt,
        rng,
        "Sustainments",
        "Sustainment payments by month and local authority",
        COUNCILS,
        MONTHS,
        30,
    )
    book.close()


def summary_pack() -> None:
    """A summary sheet with several stacked tables, a hidden workings sheet, a comment, a note."""
    rng = random.Random(77)
    book, fmt = _book("summary_pack.xlsx")
    ws = book.add_worksheet("Summary")
    ws.set_column(0, 0, 30)
    ws.set_column(1, 6, 13)
    ws.write(
        0, 0, "Work Programme summary for the contract package area, 2013/14 Q1-Q2", fmt["title"]
    )
    # Table 1: referrals and attachments by council, with an attachment rate formula.
    ws.write(2, 0, "Referrals and attachments by local authority", fmt["title"])
    heads = ["Local authority", "Referrals", "Attachments", "Attachment rate"]
    for j, h in enumerate(heads):
        ws.write(3, j, h, fmt["head"])
    refs = [rng.randint(150, 900) for _ in COUNCILS]
    atts = [int(r * rng.uniform(0.6, 0.9)) for r in refs]
    for i, council in enumerate(COUNCILS, start=4):
        ws.write(i, 0, council)
        ws.write_number(i, 1, refs[i - 4], fmt["count"])
        ws.write_number(i, 2, atts[i - 4], fmt["count"])
        ws.write_formula(i, 3, f"=C{i + 1}/B{i + 1}", fmt["pct"], atts[i - 4] / refs[i - 4])
    end = 4 + len(COUNCILS)
    ws.write(end, 0, "All local authorities", fmt["label_total"])
    ws.write_formula(end, 1, f"=SUM(B5:B{end})", fmt["total"], sum(refs))
    ws.write_formula(end, 2, f"=SUM(C5:C{end})", fmt["total"], sum(atts))
    ws.write_formula(end, 3, f"=C{end + 1}/B{end + 1}", fmt["pct"], sum(atts) / sum(refs))
    ws.write_comment(end, 1, "Checked against the DWP PRaP extract by Pat Analyst")
    # Table 2: job starts and job outcomes by payment group, typed totals (no formulas).
    top = end + 3
    ws.write(top, 0, "Job starts and job outcomes by payment group", fmt["title"])
    for j, h in enumerate(["Payment group", "Job starts", "Job outcomes", "Outcome payments (£)"]):
        ws.write(top + 1, j, h, fmt["head"])
    starts = [rng.randint(20, 160) for _ in PAYMENT_GROUPS]
    outcomes = [rng.randint(3, 60) for _ in PAYMENT_GROUPS]
    for i, group in enumerate(PAYMENT_GROUPS, start=top + 2):
        ws.write(i, 0, group)
        ws.write_number(i, 1, starts[i - top - 2], fmt["count"])
        ws.write_number(i, 2, outcomes[i - top - 2], fmt["count"])
        ws.write_number(i, 3, outcomes[i - top - 2] * 1200, fmt["money"])
    last = top + 2 + len(PAYMENT_GROUPS)
    ws.write(last, 0, "Total", fmt["label_total"])
    ws.write_number(last, 1, sum(starts), fmt["total"])
    ws.write_number(last, 2, sum(outcomes), fmt["total"])
    ws.write_number(last, 3, sum(outcomes) * 1200, fmt["money"])
    ws.write(last + 2, 0, "Note: figures are provisional and subject to revision.", fmt["note"])
    hidden = book.add_worksheet("Workings")
    hidden.write(0, 0, "Unrounded extract — do not share")
    for i, value in enumerate(refs + atts, start=1):
        hidden.write_number(i, 0, value)
    hidden.hide()
    book.define_name("RawReferrals", "=Workings!$A$2:$A$6")
    book.close()


def awkward() -> None:
    """Merged two-row headers, subtotals and a grand total, numbers typed as text, years, errors."""
    rng = random.Random(5)
    book, fmt = _book("awkward.xlsx")
    ws = book.add_worksheet("Starts by area")
    ws.set_column(0, 0, 26)
    ws.write(0, 0, "Job starts by area and year", fmt["title"])
    ws.merge_range(2, 1, 2, 2, "2012/13", fmt["head"])
    ws.merge_range(2, 3, 2, 4, "2013/14", fmt["head"])
    ws.write(2, 5, "", fmt["head"])
    ws.write(3, 0, "Area", fmt["head"])
    for j, h in enumerate(["H1", "H2", "H1", "H2", "All years"], start=1):
        ws.write(3, j, h, fmt["head"])
    regions = {
        "North": ["Ashby Vale", "Brackenshire"],
        "South": ["Holmcroft", "Kingsmere", "Redfern"],
    }
    row = 4
    subtotal_rows = []
    for region, councils in regions.items():
        first = row
        for council in councils:
            ws.write(row, 0, council)
            for j in range(1, 5):
                value = rng.randint(0, 45)
                if council == "Holmcroft" and j == 2:
                    ws.write_string(row, j, f" {value} ")  # a number typed as text
                else:
                    ws.write_number(row, j, value, fmt["count"])
            ws.write_formula(row, 5, f"=SUM(B{row + 1}:E{row + 1})", fmt["total"], 0)
            row += 1
        ws.write(row, 0, f"{region} subtotal", fmt["label_total"])
        for j in range(1, 6):
            letter = xlsxwriter.utility.xl_col_to_name(j)
            ws.write_formula(row, j, f"=SUM({letter}{first + 1}:{letter}{row})", fmt["total"], 0)
        subtotal_rows.append(row)
        row += 1
    ws.write(row, 0, "Grand total", fmt["label_total"])
    for j in range(1, 6):
        letter = xlsxwriter.utility.xl_col_to_name(j)
        cells = ",".join(f"{letter}{r + 1}" for r in subtotal_rows)
        ws.write_formula(row, j, f"=SUM({cells})", fmt["total"], 0)
    ws.write(
        row + 2, 0, "Source: provider MI. Figures for Redfern exclude prison leavers.", fmt["note"]
    )
    chart = book.add_chart({"type": "column"})
    chart.add_series(
        {
            "name": "H1 2012/13",
            "categories": "='Starts by area'!$A$5:$A$6",
            "values": "='Starts by area'!$B$5:$B$6",
        }
    )
    ws.insert_chart("H3", chart)
    ws2 = book.add_worksheet("Referrals by year")
    ws2.write(0, 0, "Referrals by payment group and financial year", fmt["title"])
    ws2.write_row(2, 0, ["Payment group", 2011, 2012, 2013, "Change 2012-2013"], fmt["head"])
    for i, group in enumerate(PAYMENT_GROUPS[:5], start=3):
        values = [rng.randint(100, 700) for _ in range(3)]
        ws2.write(i, 0, group)
        ws2.write_row(i, 1, values, fmt["count"])
        ws2.write_number(i, 4, (values[2] - values[1]) / values[1], fmt["pct"])
    ws2.write(8, 0, "Contract package area code")
    ws2.write(8, 1, "CPA 12")
    ws2.write_formula(9, 0, '="Data checked"', None, "Data checked")
    ws2.write(10, 0, "Unmatched records")
    ws2.write_formula(10, 1, "=NA()", None, "#N/A")
    book.close()


if __name__ == "__main__":
    monthly_pack()
    summary_pack()
    awkward()
