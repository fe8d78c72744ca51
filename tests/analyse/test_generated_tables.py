"""Beyond the corpus: tables hypothesis lays out at random are read exactly as they were made.

Each example is a labelled table (random size, headers, labels, where its totals sit, how they
are written, what they are called, numbers typed as text) with a second table beside or below
it, written as a real .xlsx with its expected roles, then scored like the corpus.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.analyse.corpus.score import score_corpus
from tests.analyse.corpus.shapes import matrix
from tests.analyse.corpus.spec import BookSpec, title, write_labelled

HEADS = {
    "months": ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013", "Aug 2013"],
    "years": [2009, 2010, 2011, 2012, 2013],
    "quarters": ["Q1", "Q2", "Q3", "Q4", "Q1 2014"],
    "groups": ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers", "IB/IS"],
}
LABELS = ["Ashby Vale", "Brackenshire", "Holmcroft", "Kingsmere", "Redfern", "Wolds"]
TITLES = ["Referrals by", "Attachments by", "Job starts by", "Job outcomes by", "Sustainments by"]


@st.composite
def tables(draw: st.DrawFn) -> dict:
    rows = draw(st.integers(2, 6))
    cols = draw(st.integers(1, 5))
    total_row = draw(st.sampled_from(["below", "above", None]))
    total_col = draw(st.sampled_from(["right", "left", None]))
    mode = draw(st.sampled_from(["sum", "plus", "typed", "text"]))
    row_label = draw(st.sampled_from(["Total", "Totals", "TOTAL:", "Grand total", "All areas"]))
    col_head = draw(st.sampled_from(["Total", "All", "Totals", "Total referrals"]))
    if total_row and mode in ("typed", "text") and rows >= 3 and draw(st.booleans()):
        row_label = None  # found by arithmetic alone
    if total_col and mode in ("typed", "text") and cols >= 3 and draw(st.booleans()):
        col_head = None
    values = draw(
        st.lists(
            st.lists(st.integers(5, 900), min_size=cols, max_size=cols),
            min_size=rows,
            max_size=rows,
        )
    )
    as_text = draw(st.sets(st.tuples(st.integers(0, rows - 1), st.integers(0, cols - 1))))
    shown = [[f" {v:,} " if (r, c) in as_text else v for c, v in enumerate(line)]
             for r, line in enumerate(values)]  # fmt: skip
    return {
        "heads": HEADS[draw(st.sampled_from(sorted(HEADS)))][:cols],
        "labels": LABELS[:rows],
        "values": shown,
        "options": {
            "total_row": total_row,
            "total_col": total_col,
            "mode": mode,
            "row_label": row_label,
            "col_head": col_head,
        },
        "title": draw(st.sampled_from(TITLES)),
        "second": draw(st.sampled_from(["below", "beside"])),
    }


@settings(max_examples=40, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(first=tables(), second=tables())
def test_generated_tables_are_read_role_for_role_with_every_total_and_its_parts(
    tmp_path_factory, first, second
):
    folder = tmp_path_factory.mktemp("generated")
    book = BookSpec("generated", "hypothesis")
    sh = book.sheet("Figures")
    sh.put("A1", title(f"{first['title']} area"))
    made = matrix(sh, 2, 0, "Area", first["heads"], first["labels"], first["values"],
                  **first["options"])  # fmt: skip
    bottom = max([*made["body"], made["trow"] or 0])
    right = max([*made["cols"], made["tcol"] or 0])
    top, left = (bottom + 3, 0) if second["second"] == "below" else (0, right + 2)
    sh.put(f"{chr(65 + left)}{top + 1}", title(f"{second['title']} area"))
    matrix(sh, top + 2, left, "Area", second["heads"], second["labels"], second["values"],
           **second["options"])  # fmt: skip
    write_labelled(book, folder)
    score = score_corpus(folder)
    assert score.perfect, score.table()
    assert score.cells >= 10


@st.composite
def grouped(draw: st.DrawFn) -> dict:
    sizes = draw(st.lists(st.integers(1, 3), min_size=2, max_size=3))
    cols = draw(st.integers(1, 3))
    return {
        "sizes": sizes,
        "values": [
            draw(st.lists(st.integers(5, 900), min_size=cols, max_size=cols))
            for _ in range(sum(sizes))
        ],
        "above": draw(st.booleans()),
        "formula": draw(st.booleans()),
        "sub": draw(st.sampled_from(["{} subtotal", "Total for {}", "Sub-total", "{} total"])),
        "grand": draw(st.sampled_from(["Grand total", "Total", "All areas", "Overall"])),
    }


@settings(max_examples=30, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(table=grouped())
@example(  # a typed grand total of 1,990: year-sized, but a figure below figures
    table={"sizes": [1, 3], "values": [[5], [185], [900], [900]], "above": False,
           "formula": False, "sub": "{} subtotal", "grand": "Grand total"},
)  # fmt: skip
def test_generated_subtotals_and_grand_totals_are_read_at_every_level(tmp_path_factory, table):
    from xlsxwriter.utility import xl_rowcol_to_cell as cell

    from tests.analyse.corpus.spec import count, head, label, total

    folder = tmp_path_factory.mktemp("grouped")
    book = BookSpec("grouped", "hypothesis")
    sh = book.sheet("Job starts")
    sh.put("A1", title("Job starts by area"))
    cols = len(table["values"][0])
    sh.row("A3", head("Area"), *(head(f"Q{c + 1}") for c in range(cols)))
    values = iter(table["values"])
    regions = ["North", "South", "East"][: len(table["sizes"])]
    kind = None if not table["formula"] else "sum"
    r = 3 + (1 if table["above"] else 0)
    subtotals = []
    for region, size in zip(regions, table["sizes"], strict=True):
        sub = r if table["above"] else r + size
        leaves = list(range(sub + 1, sub + 1 + size)) if table["above"] else list(range(r, sub))
        for leaf in leaves:
            sh.row(cell(leaf, 0), label(f"{region} {leaf}"), *(count(v) for v in next(values)))
        sh.put(cell(sub, 0), label(table["sub"].format(region)))
        for c in range(1, cols + 1):
            parts = f"{cell(leaves[0], c)}:{cell(leaves[-1], c)}"
            sh.put(cell(sub, c), total(parts, formula=kind))
        subtotals.append(sub)
        r += size + 1
    grand = 3 if table["above"] else r
    sh.put(cell(grand, 0), label(table["grand"]))
    for c in range(1, cols + 1):
        sh.put(cell(grand, c), total(*(cell(s, c) for s in subtotals), formula=kind))
    write_labelled(book, folder)
    score = score_corpus(folder)
    assert score.perfect, score.table()
    assert score.totals == (len(subtotals) + 1) * cols


def test_year_sized_counts_are_counts_when_written_with_a_thousands_separator(tmp_path):
    from tests.analyse.corpus.spec import count, head, label, total

    book = BookSpec("years", "a first count of 2,013")
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by payment group"))
    sh.row("A3", head("Payment group"), head("Referrals"))
    sh.row("A4", label("JSA 18-24"), count(2013, num_format="#,##0"))
    sh.row("A5", label("JSA 25+"), count(1999, num_format="#,##0"))
    sh.row("A6", label("Total"), total("B4:B5", formula=None, num_format="#,##0"))
    write_labelled(book, tmp_path)
    score = score_corpus(tmp_path)
    assert score.perfect, score.table()
