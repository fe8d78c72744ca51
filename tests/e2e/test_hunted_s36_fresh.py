"""What a hunt as a new provider's analyst, with their own words and habits, found (session 36).

Packs were built as another provider's MI team lays them out, by openpyxl and xlsxwriter
scripts and pandas exports: a print-style summary under a merged page-wide title ('Claimant
group' by 'PG1 JSA 18-24' .. 'PG9 JSA Prison Leavers', 'Referred | Attached | Job starts |
Achieved JO | Sustained | JO rate'), measures interleaved by month ('Apr Refs | Apr Starts | Apr
JOs | May Refs ...'), a district summary of cross-sheet links ('=Leeds!B6') over one sheet per
jobcentre, and a published-style table with raised footnote calls ('Referrals²', 'Job
outcomes³', '2013/14¹'), suppression marks ('<5', '*', '..') and notes under it, a customer
journey ('Referred', 'Attached', 'Started work', 'Achieved job outcome', 'Sustained 6 months'
over 'Customers | % of referred'). Each copy was read cell by cell, values and formulas, and its
cover. Nine things were wrong.

A suppression mark in a column of volumes refused the pack. 'Table 1: Work Programme referrals
and job outcomes by benefit type' over 'Benefit type | Referrals | Attachments | Job outcomes',
ESA's attachments typed '<5': the plan removed the '<5' and rounded the attachments under it,
but the proof read '<5' as words, a header over the figures below it naming no measure, so
those figures fell back on the title's measures, the strongest of which is job outcomes, and
IB/IS's 80 attachments were 'an outcome or sustainment volume': the copy was deleted. The proof
read the bare markers ('..', '*', 'c') as standing for figures already; a figure given as a
bound or an estimate ('<5', '~40', 'c.40'), starred ('88*') or bounded in words ('5 or fewer')
now stands for one too, in its reading of the sheet's words (wpxl.verify.sheet_words), and heads
nothing. A band's label ('26+', '0-12') still names its line.

A count of referrals in a note, written with a prefix, stayed unrounded. '² Referrals from
Jobcentre Plus; excludes 12 re-referrals.' under the table went into the copy as it was: a note's
numbers under 25 are taken for references ('Table 3', '5 sheets') unless they count a measure
('13 duplicate referrals'), and 're-referrals' was not read as one, the measure word being
sought at the start of a word. 12 re-referrals is a count of referrals the guidance would round
to 20. Both readings, the plan's (wpxl.plan.quoting) and the proof's (wpxl.verify.texts), take a
measure word after a prefix and a hyphen as the measure ('12 re-referrals', '9
self-referrals'): the note is removed and named on the cover, and the proof alone refuses it.
So did a note counting the people in a provider's own words: 'Excludes 12 jobseekers who moved
out of the area', '12 service users', '12 job seekers', '12 early leavers' (a count of 'people',
'customers', 'claimants' or 'participants' was read already). Both readings' words for whom the
measures count take 'jobseeker', 'job seeker', 'service user', 'leaver', 'candidate' and
'learner' too.

A title with a raised footnote call after its year was removed. 'Table 1: Work Programme
referrals² and job outcomes³ by benefit type, 2013/14¹' went as 'it states an amount about
outcomes'; 'Referrals² by benefit type, 2013/14¹' stayed. A raised digit is a letter to a
regular expression's \\w, so '2013/14¹' was no financial year to either reading, and its digits
an amount said of outcomes: the plan removed the title and the percentage sheet's introduction
quoting it, and the proof refused both. A call of one or two raised digits after a word, a number
or a bracket is now a mark to both readings of amounts about outcomes (wpxl.plan.quoting
``states_an_amount``, wpxl.verify.amounts ``states_an_amount``); 'Job outcomes 412¹' still
states 412.

A percentage sheet's introduction misstated the period. Its title 'Customer journey - cumulative
since June 2011' gave 'Percentage of all sustainments and job outcomes in June 2011', one month,
where the figures run from it; 'up to 31 March 2014' gave 'in March 2014' and 'week ending 3
October 2014' 'in October 2014'. The period was taken from its first month or year to the
title's end, whatever bound stood before it. The words just before it that bound it ('since',
'from', 'up to', 'until', 'as at', 'week ending') and its first day are now part of it, said as
the title says them ('since June 2011', 'up to 31 March 2014', 'in the week ending 3 October
2014'); a period with no bound is 'in' it, as before (wpxl.plan.title_period).

A district summary linked from each office's own pack was refused. 'Office | Referrals | Job
outcomes', each figure a link to another workbook ('=[1]Summary!B6', as Excel saves a link to
a closed workbook, its value cached), a typed SUM under them: each link was read as a total
over cells of a sheet the workbook does not have, so removed as 'a total over no figures wpxl
shares', the total left over the gap, and the proof deleted the copy ('a total over figures
the copy removed'), its message pointing at hidden rows and results never worked out. A
formula reading only cells of other workbooks is now the figure its link last brought in
(wpxl.analyse.formulas ``reads_other_workbooks``, asked by wpxl.analyse.cells): rounded, the
total a SUM over them, the outcomes shares; the proof alone still refuses linked outcomes
carried as rounded counts.

Commentary telling an outcome volume of one, or of none, in words stayed. 'Hull: our only PG9
prison leaver this quarter has now been in work for 13 weeks', 'The only job outcome in Hull
was for PG9', "Hull's only JO", 'Hull is yet to achieve a job outcome', 'Hull has not had any
job outcomes': each says how many as plainly as '1 job outcome' or 'no job outcomes', which
both readings refused already. Both readings of amounts said without a number
(wpxl.plan.worded_amounts, wpxl.verify.worded_amounts) take 'the/our/its/Hull's only (or sole)'
as one alone, unless what follows is what the copy shows ('the only job outcome figures
shown'), and 'is yet to', "has not", "hasn't" before 'a/any job outcome' as none.

So did commentary bounding an outcome volume in words as '<10' bounds it: 'Hull: job outcomes in
single figures this month', 'A handful of job outcomes in Hull', 'Job outcomes in Hull were in
the teens', 'Several JOs in Hull this quarter' ('a single', 'a couple' and 'a pair' were read
already). Both readings' amounts said without a number take 'a handful', 'single/double
figures', 'in the (low/mid/high) teens/twenties...' and 'a few/several' just before an outcome
noun (wpxl.plan.worded_amounts ``FEW``, used by wpxl.plan.quoting; wpxl.verify.amounts); 'a few
weeks' and 'several instalments' name no count of outcomes.

Job outcomes by age band headed with signs ('Office | <25 | 25-49 | >=50 | Total', or '≤24 |
25-49 | ≥50') lost their first and last headers on the percentage sheet: '<25' and '>=50' each
hold a number after a sign, read by both readings as an outcome volume bounded ('<5' job
outcomes), so two columns of shares were left unnamed ('it states an amount about outcomes').
A sign before a number bounds a band where its fellows along the line show it: bands running on
from one another, open only below the first and above the last, as '2 job outcomes' among its
fellows names a band already (wpxl.plan.open_bands, asked by wpxl.plan.percentages;
wpxl.verify.open_bands, asked by wpxl.verify.percent_words). A lone '<5', or one its fellows do
not meet, is still an amount, and the proof alone refuses it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan

TITLE = "Table 1: Work Programme referrals and job outcomes by benefit type, 2013/14"


def _benefit_types(
    path: Path, esa_attachments: object, title: str = TITLE, note: str | None = None
) -> Path:
    """Referrals, attachments and job outcomes by benefit type, a total line typed, a note."""
    rows: list[list] = [
        [title],
        [],
        ["Benefit type", "Referrals", "Attachments", "Job outcomes"],
        ["JSA 18-24", 1412, 1309, 187],
        ["JSA 25+", 2291, 2004, 211],
        ["ESA", 633, esa_attachments, 44],
        ["IB/IS", 88, 71, 9],
        ["All benefit types", "=SUM(B4:B7)", "=SUM(C4:C7)", "=SUM(D4:D7)"],
    ]
    if note is not None:
        rows += [[], [note]]
    cached = {("Table 1", "B8"): 4424, ("Table 1", "D8"): 451}
    return write_book(path, {"Table 1": rows}, cached=cached)


def _cells(copy: Path, sheet: str) -> dict[str, object]:
    page = openpyxl.load_workbook(copy)[sheet]
    return {c.coordinate: c.value for row in page.iter_rows() for c in row if c.value is not None}


def test_a_suppression_mark_among_attachments_heads_nothing(tmp_path):
    for mark, name in zip(("<5", "~40", "88*", "5 or fewer"), "abcd", strict=True):
        folder = tmp_path / f"marked {name}"
        folder.mkdir()
        copy, printed = sanitised_beside(_benefit_types(folder / "benefits.xlsx", mark))
        cells = _cells(copy, "Table 1")
        assert "C8" not in cells, mark  # the mark is removed, said so
        assert "removed: 'Table 1' C6: a figure written" in printed, mark
        assert (cells["C6"], cells["C7"], cells["C9"]) == (1300, 2000, 80), mark
        assert "D6" not in cells and "D9" not in cells  # the outcomes go as shares


def test_a_note_counting_re_referrals_is_removed(tmp_path):
    note = "Referrals from Jobcentre Plus; excludes 12 re-referrals."
    copy, printed = sanitised_beside(_benefit_types(tmp_path / "benefits.xlsx", 590, note=note))
    assert note not in _cells(copy, "Table 1").values()
    assert "removed: 'Table 1' A10: it quotes an unrounded figure" in printed


def test_the_proof_alone_refuses_a_note_counting_re_referrals(tmp_path):
    source = _benefit_types(tmp_path / "benefits.xlsx", 590, note="Excludes 12 re-referrals.")

    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Table 1").cells
        cells[(9 + BANNER, 0)] = OutputCell("Excludes 12 re-referrals.", kind="kept")

    findings = {str(f) for f in proved(tmp_path, source, carried)}
    assert any(f.startswith("'Table 1' A12: a count") for f in findings), findings


def test_a_note_counting_people_in_a_providers_words_is_removed(tmp_path):
    notes = [
        "Excludes 12 jobseekers who moved out of the area.",
        "Excludes 12 service users who moved out of the area.",
        "Excludes 12 early leavers.",
    ]
    for note, name in zip(notes, "abc", strict=True):
        folder = tmp_path / f"people {name}"
        folder.mkdir()
        copy, printed = sanitised_beside(_benefit_types(folder / "benefits.xlsx", 590, note=note))
        assert note not in _cells(copy, "Table 1").values()
        assert "removed: 'Table 1' A10: it quotes an unrounded figure" in printed


def test_the_proof_alone_refuses_a_note_counting_jobseekers(tmp_path):
    source = _benefit_types(tmp_path / "benefits.xlsx", 590, note="Excludes transfers.")

    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Table 1").cells
        cells[(9 + BANNER, 0)] = OutputCell("Excludes 12 jobseekers.", kind="kept")

    findings = {str(f) for f in proved(tmp_path, source, carried)}
    assert any(f.startswith("'Table 1' A12: a count") for f in findings), findings


def test_a_title_with_raised_footnote_calls_after_its_year_stays(tmp_path):
    title = "Table 1: Work Programme referrals² and job outcomes³ by benefit type, 2013/14¹"
    copy, printed = sanitised_beside(_benefit_types(tmp_path / "benefits.xlsx", 590, title))
    assert _cells(copy, "Table 1")["A3"] == title
    assert "'Table 1' A1" not in printed
    intro = _cells(copy, "Job outcomes %")["A4"]
    assert "2013/14¹" in intro  # the percentage sheet's introduction quotes it too


def test_the_proof_alone_refuses_an_outcome_figure_with_a_raised_call(tmp_path):
    source = _benefit_types(tmp_path / "benefits.xlsx", 590, note="Excludes transfers.")

    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Table 1").cells
        cells[(9 + BANNER, 0)] = OutputCell("Job outcomes in 2013/14: 451¹", kind="kept")

    findings = {str(f) for f in proved(tmp_path, source, carried)}
    assert "'Table 1' A12: an amount stated about outcomes" in " ".join(findings), findings


def test_a_percentage_sheet_says_the_period_as_its_title_bounds_it(tmp_path):
    cases = {
        "Job outcomes by stage - cumulative since June 2011": "outcomes since June 2011 on",
        "Job outcomes by stage, up to 31 March 2014": "outcomes up to 31 March 2014 on",
        "Job outcomes by stage, week ending 3 October 2014": "in the week ending 3 October 2014",
        "Job outcomes by stage, April to June 2014": "outcomes in April to June 2014 on",
    }
    for (title, said), name in zip(cases.items(), "abcd", strict=True):
        folder = tmp_path / f"journey {name}"
        folder.mkdir()
        rows = [[title], [], ["Stage", "Leeds", "Bradford"], ["Achieved job outcome", 451, 390]]
        rows += [["Sustained 6 months", 298, 262]]
        copy, _ = sanitised_beside(write_book(folder / "journey.xlsx", {"Journey": rows}))
        assert said in _cells(copy, "Sustainments and job outcomes %")["A4"], title


_LINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink"
_LINKED = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas'
    '.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="'
    'Summary"/></sheetNames></externalBook></externalLink>'
)
_LINKED_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
    'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http'
    '://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="'
    'office%20pack.xlsx" TargetMode="External"/></Relationships>'
)
LINKED = {"Leeds": (412, 37), "Bradford": (301, 18), "Hull": (188, 11)}


def _linked_summary(folder: Path) -> Path:
    """A district summary whose figures are links into each office's pack (one external link
    part, as Excel saves a link to a closed workbook), a typed SUM under them."""
    rows: list[list] = [
        ["Referrals and job outcomes by office"],
        [],
        ["Office", "Referrals", "Job outcomes"],
    ]
    cached: dict[tuple[str, str], object] = {}
    for i, (office, (referrals, outcomes)) in enumerate(LINKED.items(), start=4):
        rows.append([office, "=[1]Summary!B6", "=[1]Summary!E6"])
        cached |= {("Summary", f"B{i}"): referrals, ("Summary", f"C{i}"): outcomes}
    rows.append(["Total", "=SUM(B4:B6)", "=SUM(C4:C6)"])
    cached |= {("Summary", "B7"): 901, ("Summary", "C7"): 66}
    built = write_book(folder / "linked-built.xlsx", {"Summary": rows}, cached=cached)
    target = folder / "linked.xlsx"
    with zipfile.ZipFile(built) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename).decode()
            if info.filename == "xl/workbook.xml":
                data = data.replace(
                    "</sheets>",
                    '</sheets><externalReferences><externalReference r:id="rId99"/>'
                    "</externalReferences>",
                )
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    "</Relationships>",
                    f'<Relationship Id="rId99" Type="{_LINK_TYPE}" '
                    'Target="externalLinks/externalLink1.xml"/></Relationships>',
                )
            elif info.filename == "[Content_Types].xml":
                data = data.replace(
                    "</Types>",
                    '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="'
                    'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"'
                    "/></Types>",
                )
            out.writestr(info, data)
        out.writestr("xl/externalLinks/externalLink1.xml", _LINKED)
        out.writestr("xl/externalLinks/_rels/externalLink1.xml.rels", _LINKED_RELS)
    built.unlink()
    return target


def test_figures_linked_from_other_workbooks_are_rounded_under_their_total(tmp_path):
    copy, _ = sanitised_beside(_linked_summary(tmp_path))
    shown = openpyxl.load_workbook(copy, data_only=True)["Summary"]
    lines = [[c.value for c in row[:3]] for row in shown.iter_rows(min_row=6, max_row=9)]
    assert lines == [
        ["Leeds", 420, None],
        ["Bradford", 300, None],
        ["Hull", 180, None],
        ["Total", 900, None],
    ]
    assert _cells(copy, "Summary")["B9"] == "=SUM(B6:B8)"
    assert "Job outcomes %" in openpyxl.load_workbook(copy).sheetnames


def test_the_proof_alone_refuses_linked_outcomes_carried_as_counts(tmp_path):
    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Summary").cells
        for row, (_, outcomes) in enumerate(LINKED.values(), start=3 + BANNER):
            cells[(row, 2)] = OutputCell(float((outcomes + 10) // 20 * 20), kind="rounded")

    findings = {str(f) for f in proved(tmp_path, _linked_summary(tmp_path), carried)}
    assert "'Summary' C6: an outcome or sustainment volume" in findings, findings


STORIES = [
    "Hull: our only PG9 prison leaver this quarter has now been in work for 13 weeks.",
    "The only job outcome in Hull was for PG9.",
    "Hull is yet to achieve a job outcome.",
    "Hull has not had any job outcomes this quarter.",
]


def test_commentary_telling_one_outcome_or_none_in_words_is_removed(tmp_path):
    for story, name in zip(STORIES, "abcd", strict=True):
        folder = tmp_path / f"story {name}"
        folder.mkdir()
        copy, printed = sanitised_beside(_benefit_types(folder / "benefits.xlsx", 590, note=story))
        assert story not in _cells(copy, "Table 1").values(), story
        assert "removed: 'Table 1' A10: it states an amount about outcomes" in printed, story


def test_the_proof_alone_refuses_commentary_telling_one_outcome_in_words(tmp_path):
    source = _benefit_types(tmp_path / "benefits.xlsx", 590, note="Excludes transfers.")
    for story in STORIES:

        def carried(plan: Plan, story: str = story) -> None:
            cells = next(s for s in plan.sheets if s.name == "Table 1").cells
            cells[(9 + BANNER, 0)] = OutputCell(story, kind="kept")

        findings = {str(f) for f in proved(tmp_path, source, carried)}
        assert "'Table 1' A12: an amount stated about outcomes" in " ".join(findings), story


def _by_age(path: Path, bands: list[str]) -> Path:
    rows: list[list] = [["Job outcomes by age band and office, 2013/14"], []]
    rows.append(["Office", *bands, "Total"])
    for i, line in enumerate([("Leeds", 31, 44, 9), ("Bradford", 18, 27, 6), ("Hull", 12, 19, 4)]):
        rows.append([*line, f"=SUM(B{4 + i}:D{4 + i})"])
    return write_book(path, {"By age": rows})


def test_age_bands_open_at_an_end_head_their_outcome_shares(tmp_path):
    for bands, name in zip([["<25", "25-49", ">=50"], ["≤24", "25-49", "≥50"]], "ab", strict=True):
        folder = tmp_path / f"ages {name}"
        folder.mkdir()
        copy, printed = sanitised_beside(_by_age(folder / "ages.xlsx", bands))
        heads = _cells(copy, "Job outcomes %")
        assert [heads.get(f"{c}6") for c in "ABCDE"] == ["Office", *bands, "Total"]
        assert "'Job outcomes %' B6" not in printed


def test_the_proof_alone_refuses_a_bound_its_fellows_do_not_meet(tmp_path):
    source = _by_age(tmp_path / "ages.xlsx", ["<25", "25-49", ">=50"])

    def bounded(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Job outcomes %").cells
        cells[(5, 1)] = OutputCell("<5", style=cells[(5, 1)].style, kind="label")

    findings = {str(f) for f in proved(tmp_path, source, bounded)}
    assert "'Job outcomes %' B6: an amount stated in the words of a percentage sheet" in " ".join(
        findings
    ), findings


BOUNDS = [
    "Hull: job outcomes in single figures this month.",
    "A handful of job outcomes in Hull.",
    "Job outcomes in Hull were in the teens.",
    "Several JOs in Hull this quarter.",
]


def test_commentary_bounding_outcomes_in_words_is_removed(tmp_path):
    for story, name in zip(BOUNDS, "abcd", strict=True):
        folder = tmp_path / f"bound {name}"
        folder.mkdir()
        copy, printed = sanitised_beside(_benefit_types(folder / "benefits.xlsx", 590, note=story))
        assert story not in _cells(copy, "Table 1").values(), story
        assert "removed: 'Table 1' A10: it states an amount about outcomes" in printed, story


def test_the_proof_alone_refuses_commentary_bounding_outcomes_in_words(tmp_path):
    source = _benefit_types(tmp_path / "benefits.xlsx", 590, note="Excludes transfers.")
    for story in BOUNDS:

        def carried(plan: Plan, story: str = story) -> None:
            cells = next(s for s in plan.sheets if s.name == "Table 1").cells
            cells[(9 + BANNER, 0)] = OutputCell(story, kind="kept")

        findings = {str(f) for f in proved(tmp_path, source, carried)}
        assert "'Table 1' A12: an amount stated about outcomes" in " ".join(findings), story
