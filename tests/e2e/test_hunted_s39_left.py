"""Session 39 (left): session 38's leftovers, each confirmed on main first.

Job starts by office and by how long the job lasted ('Office | Job starts | Under 13 weeks | 13
to 25 weeks | 26 weeks or more', or the bands on a sheet of their own beside the starts by
office) went out with every band shown as shares of its own column, verified. The bands split
each office's starts: with the starts by office rounded (140, 100, 40, 80) and each band's
shares by office, S = pA + qB + rC is a set of equations a reader solves by least squares for
the bands' volumes, the 26-week band (most payment groups' job outcome point) among them. R3
allows a breakdown of the outcomes, never one of the starts by whether they reached one: the
band from none up to a bound ('Under 13 weeks', '0-12' under 'Weeks in work', 'Less than 6
months', '12 weeks or less') counts the starts whose job ended before it, the rest of the
bands above, so it is one of the rest lines of session 38's hostile hunt
(analyse/rest_statuses ``ended_before_a_point``, a time in work known from the line's other
readings): it leaves every share and is listed as 'a count of those who reached no outcome';
with each office's part of it unknown, the bands left shown solve for nothing. The proof reads
such a band on a percentage sheet as the rest (verify/short_bands, asked by verify/rest_shares)
unless every input line holding its words is under a time before the job or up to the outcome
('Job outcomes by office and time from attachment to job outcome: Under 26 weeks ...', a
breakdown of the outcomes, still shares): the percentage sheet keeps a band's words but not its
table's title, so the proof reads the input's. 'Sustained 6 months | Sustained 12 months' by
office is no split of the starts (the second is within the first, and neither holds the rest):
its shares stay, as before.

'Office | Job starts | Job outcome | Nil outcome' (or 'No paid job outcome', 'No JO') went out
with the rest's shares beside the outcomes', verified: session 38 noted the plan's reading of
the rest (plan/rest_lines) narrower than the proof's (verify/rest_shares) and thought the copy
refused, but the plan also took 'Nil outcome' and 'No paid job outcome' off the percentage
sheet's head as stating an amount, so the proof saw an unnamed line of shares and passed it;
'No JO' neither read. The plan has the proof's reach now, in a copy of its own, both reading
'JO' for 'job outcome', and a test holds the two to one list of labels; the proof refuses a
line of shares with no words beside lines with some (``UNNAMED``): a head taken off is no
licence to show the rest.

'Job outcome | In progress | Left' by office, the starts by office on another sheet, was
refused with a message asking for outcome words in the title: the plan kept the statuses as
starts, rounded (the starts less them give the outcomes back to within 30), the proof read
them as outcomes. In a table of the job starts holding no line of them (its title names them:
'Job starts by office and status'), an outcome line among others makes them the starts'
statuses (analyse/line_measures, columns only: a 'Job outcomes' row under offices is as
likely a line of its own), so they are the rest: removed and listed, the outcomes shares of
the outcomes alone. Two such lines or more, none a word for the whole count (analyse/
rest_statuses ``statuses_beside``): 'Number | Job outcomes' under 'Job starts by payment
group' is the starts and their outcomes, the starts rounded as before.

'Job outcomes index (April 2013 = 100)' over 'Month | Index' went to a percentage sheet as
each month's share of the index's sum, listed as outcome volumes: a share of ratios says
nothing. Lines so named, or on no line of a measure under such a title, are removed with the
reason that they are an index of outcome volumes (plan/outcome_indexes). '=SUM(B3:B6)+12' (an
adjustment typed into a total) was removed as 'a formula wpxl does not rebuild (over B3:B6)',
a plain sum to the analyst's eye; the cover says a number typed into it stopped it, never which
(analyse/adjusted_sums), and to type it in a labelled cell of its own, where it is rounded and
the total rebuilt over it.

'Total job starts' by formula over 'Achieved' and 'Not yet achieved' (or down a column under
'Achieved' and 'No job outcome') was removed as 'a total that adds up outcome figures'; typed,
it was kept rounded. It counts the job starts, shared rounded (R1), and its parts all leave the
volume sheet, so it is written as the count it is, rounded (plan/split_totals): only a total
whose own line names the starts, over parts each on a line of outcomes. The proof needs
nothing new: the rest or the outcomes shown beside it are outcome volumes it refuses alone.

The proof's ``UNNAMED`` reading (a line of shares with no words beside named ones) is asked
only of a book whose input names the rest somewhere: a label removed for quoting a figure
('Leeds (CXXXVII)') leaves an unnamed line of the outcomes' own shares in many a book.

A typed 'Conversion rate' (no formula) of the job starts over the referrals was removed as a
rate of outcomes beside job starts, or as one wpxl cannot work out under another title: it
names nothing counted. A whole column that one pair of shared columns gives, to the precision
it was typed with, and no other pair, is that quotient (analyse/shared_rates
``typed_shared_quotients``, as session 35's one_measure_rates reads a column naming what it
counts), and it is rebuilt over the rounded cells; the proof holds it to its quotient of
shared figures as it does the same rate by formula. One over the outcomes still goes;
tests/e2e/test_s35_one_measure_rates.py's pin of the removal is changed on purpose.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import script_book, write_book
from tests.e2e.runs import line_of, sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan
from wpxl.plan import percentages
from wpxl.plan.rest_lines import names_the_rest as plan_reads_rest
from wpxl.verify.rest_shares import BESIDE_THE_REST, UNNAMED
from wpxl.verify.rest_shares import names_the_rest as proof_reads_rest

# office, job starts, then the starts whose job lasted under 13 weeks, 13 to 25, 26 or more
OFFICES = [
    ["Leeds", 131, 40, 54, 37],
    ["Bradford", 97, 20, 25, 52],
    ["Wakefield", 41, 12, 18, 11],
    ["York", 88, 30, 38, 20],
]
BANDS = ["Under 13 weeks", "13 to 25 weeks", "26 weeks or more"]
LASTED = "Job starts by office and how long the job lasted"


def _bands_beside(path: Path) -> Path:
    """The starts by office and, beside them, the same starts by how long the job lasted."""
    rows: list[list] = [[LASTED], ["Office", "Job starts", *BANDS], *OFFICES]
    return write_book(path, {"Starts": rows})


def _bands_apart(path: Path) -> Path:
    """The starts by office on one sheet, the same starts' bands by office on another."""
    starts = [["Job starts by office"], ["Office", "Job starts"], *(o[:2] for o in OFFICES)]
    bands = [[LASTED], ["Office", *BANDS], *([o[0], *o[2:]] for o in OFFICES)]
    return write_book(path, {"Starts": starts, "Duration": bands})


def _bands_down(path: Path) -> Path:
    """The bands down the rows under 'Weeks in work', the offices across, the starts below."""
    rows: list[list] = [["Job starts by how long the job lasted"]]
    rows.append(["Weeks in work", *(o[0] for o in OFFICES)])
    for at, band in enumerate(["0-12", "13-25", "26+"], start=2):
        rows.append([band, *(o[at] for o in OFFICES)])
    return write_book(path, {"Starts": [*rows, ["Job starts", *(o[1] for o in OFFICES)]]})


def _months(path: Path) -> Path:
    """Two bands: under six months, six months or more (the outcome point)."""
    rows: list[list] = [
        [LASTED],
        ["Office", "Job starts", "Less than 6 months", "6 months or more"],
    ]
    rows += [[o[0], o[1], o[1] - o[4], o[4]] for o in OFFICES]
    return write_book(path, {"Starts": rows})


BANDED = {
    "bands beside the starts": (_bands_beside, "'Starts' C3:C6", "Under 13 weeks"),
    "bands on a sheet of their own": (_bands_apart, "'Duration' B3:B6", "Under 13 weeks"),
    "bands down the rows": (_bands_down, "'Starts' B3:E3", "0-12"),
    "under six months": (_months, "'Starts' C3:C6", "Less than 6 months"),
}


def _shown(output: Path) -> dict[str, list]:
    """Each percentage sheet's texts and numbers, by sheet."""
    book = openpyxl.load_workbook(output)
    return {
        ws.title: [c.value for row in ws.iter_rows() for c in row if c.value is not None]
        for ws in book
        if ws.title.endswith("%")
    }


@pytest.mark.parametrize("shape", BANDED)
def test_the_band_of_jobs_ended_before_a_point_is_in_no_share(tmp_path, shape):
    build, where, band = BANDED[shape]
    output, said = sanitised_beside(build(tmp_path / "lasted.xlsx"))
    (shown,) = _shown(output).values()
    assert band not in shown
    assert f"removed: {where}: a count of those who reached no outcome" in " ".join(said.split())


@pytest.mark.parametrize("shape", BANDED)
def test_the_proof_alone_refuses_every_band_shown_as_shares(tmp_path, monkeypatch, shape):
    """The plan made as before: every band's shares shown."""
    monkeypatch.setattr(percentages, "rest_cells", lambda *_: frozenset())
    build, _, _ = BANDED[shape]
    findings = proved(tmp_path, build(tmp_path / "lasted.xlsx"))
    assert any(f.kind == BESIDE_THE_REST for f in findings)


BEFORE_THE_JOB = {
    "time to the outcome": "Job outcomes by office and time from attachment to job outcome",
    "duration of claim": "Job outcomes by office and duration of claim",
    "time unemployed": "Job outcomes by office and time unemployed",
}


@pytest.mark.parametrize("title", BEFORE_THE_JOB.values(), ids=BEFORE_THE_JOB)
def test_bands_of_a_time_before_the_job_stay_shares(tmp_path, title):
    """A breakdown of the outcomes by how long they took, or how long the person had claimed:
    R3's own kind, shown as before (the proof read the first two as the rest, without the
    input's title, till it read the input's words above the bands)."""
    starts = [["Job starts by office"], ["Office", "Job starts"], *(o[:2] for o in OFFICES)]
    heads = ["Office", "Under 26 weeks", "26 to 51 weeks", "52 weeks or more"]
    outcomes = [[title], heads, *([o[0], *o[2:]] for o in OFFICES)]
    book = write_book(tmp_path / "before.xlsx", {"Starts": starts, "Outcomes": outcomes})
    output, _ = sanitised_beside(book)
    (shown,) = _shown(output).values()
    assert set(heads[1:]) <= set(shown)


def test_sustained_bands_by_office_stay_shares(tmp_path):
    rows: list[list] = [["Job starts by office and sustainment"]]
    rows.append(["Office", "Job starts", "Sustained 6 months", "Sustained 12 months"])
    rows += [[o[0], o[1], o[4] + 10, o[4]] for o in OFFICES]
    output, said = sanitised_beside(write_book(tmp_path / "sustained.xlsx", {"Starts": rows}))
    (shown,) = _shown(output).values()
    assert {"Sustained 6 months", "Sustained 12 months"} <= set(shown)
    assert "reached no outcome" not in said


# the starts by office split into those that reached a job outcome and the rest
SPLIT = [["Leeds", 131, 37, 94], ["Bradford", 97, 52, 45], ["Wakefield", 41, 11, 30]]
REST_WORDS = ["Nil outcome", "No paid job outcome", "No JO"]


def _split(path: Path, rest: str) -> Path:
    rows: list[list] = [["Job starts by office"], ["Office", "Job starts", "Job outcome", rest]]
    return write_book(path, {"Starts": rows + [list(line) for line in SPLIT]})


@pytest.mark.parametrize("rest", REST_WORDS)
def test_the_rest_in_the_proofs_words_is_in_no_share(tmp_path, rest):
    output, said = sanitised_beside(_split(tmp_path / "split.xlsx", rest))
    (shown,) = _shown(output).values()
    assert not {0.56, 0.27, 0.18} & set(shown)  # the rest's shares: 94, 45 and 30 of 169
    removed = "removed: 'Starts' D3:D5: a count of those who reached no outcome"
    assert removed in " ".join(said.split())


@pytest.mark.parametrize("rest", REST_WORDS)
def test_the_proof_alone_refuses_the_rests_shares_named_or_not(tmp_path, monkeypatch, rest):
    """The plan made as before: 'Nil outcome' and 'No paid job outcome' lost their head on
    the percentage sheet (read as stating an amount), their shares shown unnamed beside the
    outcomes'; 'No JO' was read by neither."""
    monkeypatch.setattr(percentages, "rest_cells", lambda *_: frozenset())
    findings = proved(tmp_path, _split(tmp_path / "split.xlsx", rest))
    assert {f.kind for f in findings} & {BESIDE_THE_REST, UNNAMED}


THE_REST = [
    "No job outcome", "No outcome", "Nil outcome", "Nil JO", "No JO", "Not JO", "No JO yet",
    "No paid job outcome", "No paid outcome", "Not paid outcome", "No outcome paid",
    "No outcomes achieved", "No job outcome yet", "No outcome reached", "Without a job outcome",
    "Without JOs", "Never reached outcome", "Not yet achieved", "Not achieved JO", "Unconverted",
    "Drop-off", "Dropped out", "Lost at this stage", "Did not achieve", "Yet to reach",
]  # fmt: skip
NOT_THE_REST = [
    "No. of job outcomes", "No. of JOs", "No job outcomes", "No JOs", "Nil job outcomes",
    "No disability", "Not known", "No qualifications", "Job outcomes", "Jobs",
    "Dropped out of work", "Lost their job", "Not sustained",
]  # fmt: skip


@pytest.mark.parametrize("words", THE_REST + NOT_THE_REST)
def test_the_plan_and_the_proof_read_the_rest_alike(words):
    assert plan_reads_rest(words) == proof_reads_rest(words) == (words in THE_REST)


def test_statuses_beside_the_outcome_with_the_starts_elsewhere_are_the_rest(tmp_path):
    """'Job outcome | In progress | Left' by office, the starts by office on another sheet:
    the plan kept the statuses as starts, rounded (the starts less them give the outcomes
    back to within 30), and the proof refused the copy asking for outcome words in the title.
    They split the starts by whether they reached an outcome: the rest leaves, the outcomes
    are shares of the outcomes alone."""
    statuses = [["Leeds", 37, 60, 34], ["Bradford", 52, 30, 15], ["Wakefield", 11, 20, 10]]
    starts = [["Job starts by office"], ["Office", "Job starts"], *(o[:2] for o in SPLIT)]
    split = [["Job starts by office and status"], ["Office", "Job outcome", "In progress", "Left"]]
    book = {"Starts": starts, "Status": split + statuses}
    output, said = sanitised_beside(write_book(tmp_path / "statuses.xlsx", book))
    (shown,) = _shown(output).values()
    assert "Job outcome" in shown and not {"In progress", "Left"} & set(shown)
    removed = "removed: 'Status' C3:C5, D3:D5: a count of those who reached no outcome"
    assert removed in " ".join(said.split())
    assert "Status" not in openpyxl.load_workbook(output).sheetnames  # no status rounded


def test_an_index_of_outcomes_is_removed_as_an_index(tmp_path):
    """'Job outcomes index (April 2013 = 100)' over 'Month | Index' went to a percentage sheet
    as each month's share of the index's sum (23 %, 25 %, 30 %, 22 %), listed as outcome
    volumes: a share of ratios says nothing. It is removed, the cover saying it is an index."""
    rows: list[list] = [["Job outcomes index (April 2013 = 100)"], [], ["Month", "Index"]]
    rows += [["Apr 2013", 100], ["May 2013", 112], ["Jun 2013", 131], ["Jul 2013", 97]]
    output, said = sanitised_beside(write_book(tmp_path / "index.xlsx", {"Index": rows}))
    assert not _shown(output)
    assert "removed: 'Index' B4:B7: an index of outcome volumes" in " ".join(said.split())


def test_a_total_with_a_typed_adjustment_says_why_it_went(tmp_path):
    """'=SUM(B3:B6)+12' was removed as 'a formula wpxl does not rebuild (over B3:B6)': a plain
    sum, as far as the analyst could tell. The cover says a number typed into it stopped it
    (never which), and what to do."""
    areas = [["Leeds", 412], ["Bradford", 377], ["Wakefield", 251], ["Kirklees", 298]]
    rows = [["Referrals by local authority"], ["Local authority", "Referrals"], *areas]
    rows.append(["Total", "=SUM(B3:B6)+12"])
    cached = {("Referrals", "B7"): 1350}
    output, said = sanitised_beside(
        write_book(tmp_path / "adjusted.xlsx", {"Referrals": rows}, cached=cached)
    )
    (line,) = [" ".join(x.split()) for x in said.splitlines() if "'Referrals' B7" in x]
    assert line.startswith("removed: 'Referrals' B7: a total with a number typed into its formula")
    assert "12" not in line
    assert openpyxl.load_workbook(output)["Referrals"]["B9"].value is None


@pytest.mark.parametrize("count", ["Number", "Count"])
def test_the_starts_unnamed_beside_their_outcomes_stay_rounded(tmp_path, count):
    """'Number | Job outcomes' under 'Job starts by payment group': the one line naming no
    measure is the starts themselves, not a status of theirs, and stays rounded."""
    rows: list[list] = [["Job starts by payment group"], ["Payment group", count, "Job outcomes"]]
    rows += [["JSA 18-24", 131, 37], ["JSA 25+", 97, 52], ["ESA Flow", 41, 11]]
    output, said = sanitised_beside(write_book(tmp_path / "groups.xlsx", {"Perf": rows}))
    sheet = openpyxl.load_workbook(output)["Perf"]
    assert [sheet.cell(r, 2).value for r in (5, 6, 7)] == [140, 100, 40]
    assert "reached no outcome" not in said


def _split_with_total(path: Path) -> Path:
    """Job starts by office: achieved, not yet achieved, and their total by formula."""
    rows: list[list] = [["Job starts by office"]]
    rows.append(["Office", "Achieved", "Not yet achieved", "Total job starts"])
    rows += [[o, a, n, f"=B{r}+C{r}"] for r, (o, _, a, n) in enumerate(SPLIT, start=3)]
    cached = {("Starts", f"D{r}"): s for r, (_, s, _, _) in enumerate(SPLIT, start=3)}
    return write_book(path, {"Starts": rows}, cached=cached)


def test_the_total_of_the_starts_over_their_split_stays_rounded(tmp_path):
    """'Total job starts' over 'Achieved' and 'Not yet achieved' (a formula) was removed as 'a
    total that adds up outcome figures': it counts the job starts, shared rounded; its parts
    all leave the volume sheet, so it is the count it is, rounded (a typed one was kept so)."""
    output, said = sanitised_beside(_split_with_total(tmp_path / "split.xlsx"))
    sheet = openpyxl.load_workbook(output)["Starts"]
    assert [sheet.cell(r, 4).value for r in (5, 6, 7)] == [140, 100, 40]
    assert [sheet.cell(r, c).value for r in (5, 6, 7) for c in (2, 3)] == [None] * 6
    assert "adds up outcome figures" not in said


def test_the_proof_alone_refuses_the_split_beside_its_total(tmp_path):
    """The plan writing the rest rounded beside the starts' total: the outcomes by difference."""

    def rest_rounded(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Starts").cells
        for row, (_, _, _, rest) in enumerate(SPLIT, start=2 + BANNER):
            cells[(row, 2)] = OutputCell(float((rest + 10) // 20 * 20), kind="rounded")

    findings = proved(tmp_path, _split_with_total(tmp_path / "split.xlsx"), rest_rounded)
    assert [f.part for f in findings] == ["'Starts' C5", "'Starts' C6", "'Starts' C7"]


def test_the_starts_under_their_bands_stay_rounded(tmp_path):
    """'Job starts' typed under the bands by office was removed as a total adding up outcome
    figures: it is the starts' own line, the bands all gone from the volume sheet."""
    output, _ = sanitised_beside(_bands_down(tmp_path / "lasted.xlsx"))
    shown = line_of(openpyxl.load_workbook(output)["Starts"], "Job starts")
    assert shown[:5] == ["Job starts", 140, 100, 40, 80]


def _typed_conversions(path: Path, over_outcomes: bool = False) -> Path:
    """Referrals and job starts by office, and a typed 'Conversion rate' to three places: the
    starts over the referrals, or (``over_outcomes``) the job outcomes, not shown, over the
    starts."""
    rows: list[list] = [["Referrals and job starts by office"]]
    rows.append(["Office", "Referrals", "Job starts", "Conversion rate"])
    for office, referred, started, achieved in [
        ("Leeds", 512, 137, 37), ("Bradford", 377, 97, 52), ("Wakefield", 251, 41, 11)
    ]:  # fmt: skip
        rows.append(
            [
                office,
                referred,
                started,
                round(achieved / started if over_outcomes else started / referred, 3),
            ]
        )
    return write_book(path, {"Perf": rows})


def test_a_typed_conversion_rate_of_the_starts_is_rebuilt(tmp_path):
    """A typed 'Conversion rate' beside job starts was removed as 'a rate of job outcomes or
    sustainments': 'conversion' names outcomes over starts. Every figure is the starts over
    the referrals to three places, and no other pair of columns gives them: it is rebuilt over
    the rounded cells, as the same rate by formula has been since session 38."""
    output, said = sanitised_beside(_typed_conversions(tmp_path / "typed.xlsx"))
    sheet = openpyxl.load_workbook(output)["Perf"]
    assert [sheet.cell(r, 4).value for r in (5, 6, 7)] == ["=C5/B5", "=C6/B6", "=C7/B7"]
    assert "removed" not in said


def test_a_typed_conversion_rate_of_the_outcomes_still_goes(tmp_path):
    output, said = sanitised_beside(_typed_conversions(tmp_path / "typed.xlsx", True))
    sheet = openpyxl.load_workbook(output)["Perf"]
    assert [sheet.cell(r, 4).value for r in (5, 6, 7)] == [None] * 3
    assert "removed: 'Perf' D3:D5" in said


def test_the_proof_on_a_script_saved_book_refuses_a_figure_at_an_unsaved_rate(tmp_path):
    """Session 38 left the proof's outcome places of a book saved by a script (no cached
    values) unasked at a rate worked out by formula: an unsaved formula holds no figure to ask
    about. No leak was found: the outcomes' rate carried there as a figure is refused as an
    outcome rate (and not a multiple of 20), and a rate formula is held to its quotient of the
    copy's own figures, each judged where it stands. This pins it."""
    rows: list[list] = [["Referrals, job starts and job outcomes by office"]]
    rows.append(["Office", "Referrals", "Job starts", "Job outcomes", "Conversion rate"])
    for r, (office, referred, started, achieved) in enumerate(
        [("Leeds", 512, 137, 37), ("Bradford", 377, 97, 52), ("Wakefield", 251, 41, 11)], 3
    ):
        rows.append([office, referred, started, achieved, f"=D{r}/C{r}"])
    source = script_book(tmp_path / "scripted.xlsx", {"Perf": rows})

    def worked(plan: Plan) -> None:  # the outcomes' rate worked out and carried as a figure
        cells = next(s for s in plan.sheets if s.name == "Perf").cells
        for row, rate in enumerate([37 / 137, 52 / 97, 11 / 41], start=2 + BANNER):
            cells[(row, 4)] = OutputCell(rate, kind="kept")

    findings = proved(tmp_path, source, worked)
    rates = {f.part for f in findings if f.kind.startswith("an outcome rate")}
    assert rates == {"'Perf' E5", "'Perf' E6", "'Perf' E7"}
