from tests.builders import referrals_table, write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.plan import Audience, PastRelease, make_plan
from wpxl.plan.differencing import listed, period_span
from wpxl.policy import Policy
from wpxl.read import read_workbook

BY_GROUP = [[121, 93], [307, 111]]


def _warnings(tmp_path, sheets):
    book = read_workbook(write_book(tmp_path / "in.xlsx", sheets))
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    return [w for w in plan.warnings if w.code.startswith("overlap")]


def _by_council(values):
    rows = [["Referrals by local authority"], [], ["Local authority", "Apr 2013 to May 2013"]]
    names = ["Ashby Vale", "Holmcroft", "Redfern"]
    rows += [[name, value] for name, value in zip(names, values, strict=True)]
    return rows


def test_same_population_broken_down_differently_is_warned_naming_both_tables(tmp_path):
    # 121 + 93 + 307 + 111 = 632 referrals, split by council instead of payment group
    sheets = {"By group": referrals_table(BY_GROUP), "By council": _by_council([250, 211, 171])}
    (warning,) = _warnings(tmp_path, sheets)
    assert warning.code == "overlap-population"
    assert warning.tables == (
        "table 'Referrals by payment group' on 'By group'",
        "table 'Referrals by local authority' on 'By council'",
    )
    assert warning.message.startswith(
        "table 'Referrals by payment group' on 'By group' and table 'Referrals by local "
        "authority' on 'By council' appear to count the same referrals "
        "broken down differently; each is rounded on its own"
    )


def test_a_table_whose_rows_are_in_another_is_warned_as_a_slice(tmp_path):
    sheets = {"All groups": referrals_table(BY_GROUP), "JSA 18-24": referrals_table([[121, 93]])}
    (warning,) = _warnings(tmp_path, sheets)
    assert warning.code == "overlap-subset"
    assert warning.tables == (
        "table 'Referrals by payment group' on 'JSA 18-24'",
        "table 'Referrals by payment group' on 'All groups'",
    )
    assert warning.message == (
        "every referrals figure of table 'Referrals by payment group' on 'JSA 18-24' is also "
        "in table 'Referrals by payment group' on 'All groups'; "
        "comparing the two can reveal what rounding hides — consider sharing only one of them"
    )


def test_unrelated_tables_are_not_warned(tmp_path):
    sheets = {"By group": referrals_table(BY_GROUP), "By council": _by_council([250, 211, 170])}
    assert _warnings(tmp_path, sheets) == []


def _release_warnings(tmp_path, previous, period):
    book = read_workbook(write_book(tmp_path / "in.xlsx", {"Referrals": referrals_table(BY_GROUP)}))
    release = Audience(
        produced=PRODUCED, council="Ashby Vale", representative="Jo Bloggs", previous=previous,
        period=period,
    )  # fmt: skip
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), release)
    return [w for w in plan.warnings if w.code == "differencing"]


def test_an_earlier_release_of_the_same_measure_and_period_is_warned_with_its_date(tmp_path):
    previous = (
        PastRelease("2026-10-02T09:14:00", "pack-ashby-vale-2026-10-02.xlsx", ("referrals",),
                    "April to September 2013"),
        PastRelease("2026-10-09T10:00:00", "starts.xlsx", ("job starts",), "2013/14"),
        PastRelease("2026-09-01T10:00:00", "old.xlsx", ("referrals",), "2012-04 to 2013-03"),
    )  # fmt: skip
    (warning,) = _release_warnings(tmp_path, previous, "2013-07 to 2013-12")
    assert warning.message == (
        "Ashby Vale already received pack-ashby-vale-2026-10-02.xlsx on 2026-10-02 for an "
        "overlapping period (April to September 2013) and referrals; comparing the two releases "
        "may reveal small differences that rounding hides. Send one corrected release rather "
        "than overlapping ones"
    )


def test_periods_wpxl_cannot_read_overlap_only_when_written_the_same(tmp_path):
    previous = (
        PastRelease("2026-10-02", "a.xlsx", ("referrals",), "Pilot  phase"),
        PastRelease("2026-10-03", "b.xlsx", ("referrals",), None),
    )
    assert len(_release_warnings(tmp_path, previous, "pilot phase")) == 1
    assert _release_warnings(tmp_path, previous, None) == []


def test_period_spans_read_the_usual_ways_of_writing_a_period():
    def months(text):
        first, last = period_span(text)
        return divmod(first, 12), divmod(last, 12)

    assert months("April to September 2013") == ((2013, 3), (2013, 8))
    assert months("2013-04 to 2013-09") == ((2013, 3), (2013, 8))
    assert months("Apr 2013 - Mar 2014") == ((2013, 3), (2014, 2))
    assert months("2013/14") == ((2013, 3), (2014, 2))
    assert period_span("whenever") is None


def test_lines_with_the_same_words_compare_by_the_last_count_under_them(tmp_path):
    # the slice's two "Holmcroft" rows: the second is what a reader matches with the other table
    part = [*_by_council([250, 211, 171])[:3], ["Holmcroft", 40], ["Holmcroft", 211]]
    sheets = {"All": _by_council([250, 211, 171]), "Part": part}
    (warning,) = _warnings(tmp_path, sheets)
    assert warning.code == "overlap-subset"
    assert warning.tables == (
        "table 'Referrals by local authority' on 'Part'",
        "table 'Referrals by local authority' on 'All'",
    )


def _added(*tables: list[list[int]]) -> list[list[int]]:
    by_line = zip(*tables, strict=True)
    return [[sum(cells) for cells in zip(*lines, strict=True)] for lines in by_line]


def _pasted(summed: list[list[int]]) -> list[list[object]]:
    """A summary sheet pasted as values: its totals typed as the figures the SUMs gave."""
    rows = enumerate(referrals_table(summed))
    return [[_typed(cell, summed, r, c) for c, cell in enumerate(row)] for r, row in rows]


def _typed(cell: object, summed: list[list[int]], r: int, c: int) -> object:
    if not (isinstance(cell, str) and cell.startswith("=")):
        return cell
    lines = summed if r - 3 >= len(summed) else [summed[r - 3]]
    return sum(sum(line) if c > len(line) else line[c - 1] for line in lines)


DERBY, CHESTERFIELD = [[1234, 1517], [687, 713]], [[311, 297], [149, 171]]


def _sum_warnings(tmp_path, summary):
    sheets = {
        "Derby": referrals_table(DERBY),
        "Chesterfield": referrals_table(CHESTERFIELD),
        "Summary": summary,
    }
    book = read_workbook(write_book(tmp_path / "in.xlsx", sheets))
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    return [w for w in plan.warnings if w.code == "overlap-sum"]


def test_a_summary_typed_as_the_sum_of_other_tables_is_warned_naming_them(tmp_path):
    """Two figures swapped between months since the summary was pasted: its total is still the
    offices', but not each cell, so it is not rebuilt (wpxl.plan.summaries) and only warned."""
    summed = _added(DERBY, CHESTERFIELD)
    summed[0][0], summed[0][1] = summed[0][0] + 1, summed[0][1] - 1
    (warning,) = _sum_warnings(tmp_path, _pasted(summed))
    assert warning.tables == (
        "table 'Referrals by payment group' on 'Summary'",
        "table 'Referrals by payment group' on 'Derby'",
        "table 'Referrals by payment group' on 'Chesterfield'",
    )  # fmt: skip
    assert warning.message.startswith(
        "table 'Referrals by payment group' on 'Summary' appears to add up table 'Referrals by "
        "payment group' on 'Derby' and table 'Referrals by payment group' on "
        "'Chesterfield' (referrals), typed as figures: each is rounded on its own"
    )


def test_tables_whose_totals_do_not_add_up_are_not_warned_as_a_sum(tmp_path):
    summed = _added(DERBY, CHESTERFIELD)
    summed[0][0] += 1  # one office's figure changed since the summary was pasted
    assert _sum_warnings(tmp_path, _pasted(summed)) == []


def test_names_are_listed_as_a_sentence_lists_them():
    """A summary whose lines are the totals of one table names it alone: 'totals of  and X'
    read as if a name had been lost."""
    assert (
        listed(["table 'Referrals by payment group' on 'Referrals'"])
        == "table 'Referrals by payment group' on 'Referrals'"
    )
    assert listed(["a", "b"]) == "a and b"
    assert listed(["a", "b", "c"]) == "a, b and c"
