import re

from tests.builders import referrals_table, write_book
from wpxl.analyse import analyse_workbook
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.report.rolegrid import SWATCHES, kind_of, legend_html, render_sheet_grid


def _analyse(tmp_path, sheets):
    book = read_workbook(write_book(tmp_path / "in.xlsx", sheets))
    return analyse_workbook(book, Policy())


def _cell_texts(fragment):
    return re.findall(r"<td [^>]*>([^<]*)</td>", fragment)


def test_grid_shows_labels_and_signs_but_no_figure(tmp_path):
    values = [[121, 93], [307, 111]]
    (analysis,) = _analyse(tmp_path, {"Referrals": referrals_table(values)})
    fragment = render_sheet_grid(analysis)
    texts = _cell_texts(fragment)
    assert "Referrals by paym…" not in texts  # a title may be taken out of the copy: no words
    assert "Referrals by payment group" not in fragment
    assert {"JSA 18-24", "JSA 25+", "Apr 2013", "May 2013", "Total"} <= set(texts)
    assert texts.count("#") == 4
    assert texts.count("Σ") == 5
    for figure in ("121", "93", "307", "111", "214", "418", "632", "204", "428"):
        assert figure not in re.sub(r"<[^>]+>", " ", fragment).split()


def test_outcome_counts_are_drawn_as_outcomes(tmp_path):
    rows = referrals_table([[31, 47], [55, 12]])
    rows[0][0] = "Job outcomes by payment group"
    (analysis,) = _analyse(tmp_path, {"Outcomes": rows})
    kinds = {kind_of(analysis, c) for c in analysis.roles}
    assert "outcome" in kinds
    assert "count" not in kinds and "total" not in kinds
    assert _cell_texts(render_sheet_grid(analysis)).count("◆") == 9


def test_text_quoting_a_figure_is_masked(tmp_path):
    rows = referrals_table([[121, 93], [307, 111]])
    rows.append([])
    rows.append(["Note: 632 referrals in all"])
    (analysis,) = _analyse(tmp_path, {"Referrals": rows})
    assert "632" not in render_sheet_grid(analysis)


def test_headers_and_labels_stating_a_figure_are_masked(tmp_path):
    """The output removes a header or label stating a count or quoting a large number; the grid,
    which can be shared like the output, must not show it either."""
    rows = referrals_table([[121, 93], [307, 111]])
    rows[2][0] = "Payment group (base 307)"
    rows[3][0] = "JSA 18-24 (n=12)"
    (analysis,) = _analyse(tmp_path, {"Referrals": rows})
    fragment = render_sheet_grid(analysis)
    assert "307" not in fragment and "n=12" not in fragment
    assert "JSA 25+" in _cell_texts(fragment)  # labels without figures are still shown


def test_large_sheet_is_cut_and_says_so(tmp_path):
    rows = [["Referrals by month"], [], ["Month", "Referrals"]]
    rows += [[f"Week {i}", 40] for i in range(200)]
    (analysis,) = _analyse(tmp_path, {"Weeks": rows})
    fragment = render_sheet_grid(analysis, max_rows=50)
    assert fragment.count("<tr>") == 51
    assert "Showing A1:B50 of the used range A1:B203." in fragment


def test_legend_names_every_swatch_once(tmp_path):
    legend = legend_html()
    assert legend.count("<li") == len(SWATCHES)
    for swatch in SWATCHES.values():
        assert swatch.background in legend


def test_an_outcome_label_stating_a_volume_is_masked_and_group_numbers_are_shown(tmp_path):
    rows = referrals_table([[31, 47], [55, 12], [40, 41]])
    rows[0][0] = "Job outcomes by payment group"
    rows[3][0], rows[4][0], rows[5][0] = "PG 1", "JSA 25+ (incl. 4 prison leavers)", "ESA Flow (3)"
    (analysis,) = _analyse(tmp_path, {"Outcomes": rows})
    fragment = render_sheet_grid(analysis)
    assert "PG 1" in _cell_texts(fragment)
    assert "prison leavers" not in fragment and "ESA Flow (3)" not in fragment
