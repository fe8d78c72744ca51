"""What a hunt through more real published layouts found (session 18).

Occupations and industries are published under their classification's codes, typed as
numbers in a column of their own beside the names: ONS's ASHE and UK Business Counts, DWP's
Stat-Xplore tables by SOC or SIC. A table of job starts by occupation opens 'SOC code |
Occupation | Apr-13 | May-13 | Jun-13', 'All occupations' on top, then each SOC sub-major group
(61, 62, 92) over its minor groups (611, 612, 614 ...). The code column was kept as codes but
left in the body, so the names beside it were no labels either: no total was read, and 'All
occupations' and every sub-major group were rounded on their own (680 over minor groups shown as
300 + 100 + 260), which the proof passed. A leading column of distinct whole numbers under a
header naming a code, which nothing adds up, names its lines now, and the totals are rebuilt.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

MONTHS = ["Apr-13", "May-13", "Jun-13"]
SOC = {
    (61, "Caring personal service occupations"): [
        (611, "Childcare and related personal services", [137, 212, 195]),
        (612, "Animal care and control services", [12, 9, 17]),
        (614, "Caring personal services", [254, 301, 288]),
    ],
    (62, "Leisure, travel and related personal service occupations"): [
        (621, "Leisure and travel services", [33, 47, 29]),
        (622, "Hairdressers and related services", [71, 66, 58]),
        (623, "Housekeeping and related services", [45, 52, 39]),
    ],
    (92, "Elementary administration and service occupations"): [
        (921, "Elementary administration occupations", [8, 14, 11]),
        (923, "Elementary cleaning occupations", [322, 345, 301]),
        (925, "Elementary sales occupations", [117, 131, 129]),
        (927, "Other elementary services occupations", [149, 162, 140]),
    ],
}


def _rounded(value: int) -> int:
    return (value + 10) // 20 * 20


def soc_table(codes_first: bool = True) -> list[list]:
    """Job starts by SOC 2010 minor group, typed as published (no formulas)."""

    def line(code, name, figures):
        return [code, name, *figures] if codes_first else [name, code, *figures]

    head = ["SOC code", "Occupation"] if codes_first else ["Occupation", "SOC code"]
    groups = []
    for (code, name), minors in SOC.items():
        sums = [sum(m[2][i] for m in minors) for i in range(len(MONTHS))]
        groups.append(line(code, name, sums))
        groups += [line(*m) for m in minors]
    tops = [g for g in groups if (g[0] if codes_first else g[1]) < 100]
    everything = [sum(g[2 + i] for g in tops) for i in range(len(MONTHS))]
    all_line = [None, "All occupations"] if codes_first else ["All occupations", None]
    return [
        ["Job starts by occupation (SOC 2010), April to June 2013"],
        [],
        [*head, *MONTHS],
        [*all_line, *everything],
        *groups,
        [],
        ["Source: provider MI. Occupation coded to SOC 2010 minor group."],
    ]


def _copy(tmp_path: Path, codes_first: bool = True):
    book = write_book(tmp_path / "soc.xlsx", {"Job starts by SOC": soc_table(codes_first)})
    output, _ = sanitised_beside(book)
    formulas = openpyxl.load_workbook(output)["Job starts by SOC"]
    values = openpyxl.load_workbook(output, data_only=True)["Job starts by SOC"]
    name_col = 1 if codes_first else 0
    rows = {r[name_col].value: r[0].row for r in formulas.iter_rows() if r[name_col].value}
    return formulas, values, rows


def test_soc_sub_major_groups_add_up_their_rounded_minor_groups(tmp_path):
    formulas, values, rows = _copy(tmp_path)
    for (code, name), minors in SOC.items():
        row = rows[name]
        assert formulas.cell(row, 1).value == code
        for i in range(len(MONTHS)):
            parts = [_rounded(m[2][i]) for m in minors]
            assert str(formulas.cell(row, 3 + i).value).startswith("=SUM("), name
            assert values.cell(row, 3 + i).value == sum(parts), name
        for minor_code, minor_name, _ in minors:
            assert formulas.cell(rows[minor_name], 1).value == minor_code


def test_all_occupations_adds_up_the_shown_sub_major_groups(tmp_path):
    formulas, values, rows = _copy(tmp_path)
    top = rows["All occupations"]
    for i in range(len(MONTHS)):
        shown = [values.cell(rows[name], 3 + i).value for _, name in SOC]
        assert str(formulas.cell(top, 3 + i).value).startswith("=SUM(")
        assert values.cell(top, 3 + i).value == sum(shown)
