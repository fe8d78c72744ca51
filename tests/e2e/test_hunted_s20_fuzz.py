"""What fuzzing published layouts found in session 20 (/work/notes/s20/fuzzr.py).

Tables stacked on one sheet, a table of sustainment outcomes over one of job starts headed by
years ('Payment group | 2014 | 2015 | Total'): the proof read the job starts as outcomes and
refused the copy. A year typed as a number is no words, so the proof's reading of the figures'
column went up past the new table's header to the outcome table's, and its title 'Sustainment
outcomes by area' was taken to name the job starts' lines as kinds of that breakdown. A title
naming another measure broken down ('Job starts by payment group, 2014-15'), standing below the
figures of the table above, heads a table of its own now.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


def _shown(path, sheet: str) -> dict[object, list]:
    """The copy's lines of ``sheet`` by their first cell."""
    rows = openpyxl.load_workbook(path, data_only=True)[sheet].iter_rows(values_only=True)
    return {row[0]: list(row[1:]) for row in rows if row and row[0] is not None}


SUSTAINMENTS_OVER_STARTS = [
    ["Job starts by area, 2014-15"],
    [],
    ["Area", "Number"],
    ["Leeds", 191],
    ["Bradford", 264],
    ["Total", 455],
    [],
    [],
    ["Sustainment outcomes by area"],
    [],
    ["Area", "2011/12", "2012/13", "Total"],
    ["Wakefield", 96, 310, 406],
    ["Sheffield", 6, 141, 147],
    ["All areas", 102, 451, 553],
    [],
    [],
    ["Job starts by payment group, 2014-15"],
    [],
]
STARTS = {"JSA 18-24": [22, 8], "JSA 25+": [41, 9], "ESA Flow": [38, 57]}


@pytest.mark.parametrize("years", [[2014, 2015], ["2014", "2015"]], ids=["typed", "text"])
def test_job_starts_headed_by_years_under_a_table_of_outcomes_are_rounded(tmp_path, years):
    rows = [*SUSTAINMENTS_OVER_STARTS, ["Payment group", *years, "Total"]]
    rows += [[group, *figures, sum(figures)] for group, figures in STARTS.items()]
    source = write_book(tmp_path / "stacked.xlsx", {"Job starts": rows})
    shown = _shown(sanitised_beside(source)[0], "Job starts")
    for group, figures in STARTS.items():
        rounded = [_r20(f) for f in figures]
        assert shown[group][:3] == [*rounded, sum(rounded)]
    assert "Wakefield" not in shown  # the sustainments are shown as percentages only
