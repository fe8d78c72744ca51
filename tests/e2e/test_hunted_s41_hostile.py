"""What a hunt through hostile but plausible packs found (session 41).

Packs were built as an analyst who wants the figures to reach the council, or a careless one,
would make them: outcomes said in words in notes ('Twelve job outcomes were achieved in Leeds',
'Leeds achieved a dozen job outcomes', 'over a hundred sustainment payments', 'one in five starts
got a job outcome', '0.4k', 'every fourth start converted', 'All but three of Leeds' forty
targeted outcomes'), a count of outcomes in words in a cell beside a label naming them
('Job outcomes in Leeds: | thirty-seven', 'Leeds job outcomes | XXXVII'), counts under odd number
formats (a date, a time, '# ?/?', scientific, '@', ';;;', '0" outcomes"', '0,"k"', 'yyyy'),
shares whose base is given back beside them ('(n=37)' in a header or a title, 'Base: 37 job
outcomes', 'Unweighted base 37', 'N = 37', a line 'Base (n)', the number of offices with an
outcome, outcomes per 100 starts), outcomes under other measures' words ('Participants no
longer claiming', 'Exits to employment', 'Closed cases (employed)', 'Completions (in work)',
'Claims submitted to DWP', 'PRaP', 'Invoice lines', 'Payments claimed', 'Sustained employment
(26 weeks)', 'Off benefit 26 weeks') and figures in merged cells (an outcome figure merged
across two columns or down an area's offices, a start figure merged down them). wpxl held
those: the texts went, named on the cover, formats were replaced by its own, typed shares
with no counts went, and a measure it could not name was refused.

What passed: a count typed in a table's cell as a word for a set number rather than spelt ('a
dozen', 'half a dozen', 'two dozen', 'a score', 'a couple', 'a pair', 'a single'), or as words
saying only that it is small ('a few', 'a handful', 'several', 'single figures'). Both readings
of numbers in words knew 'twelve' and 'one hundred and forty', none of these. Among the job
starts, 'a dozen' stood unrounded beside the rounded starts (12, where 'twelve' is removed as a
count in words); among the job outcomes, each other office's figure went to the percentage
sheet, and 'a dozen' stayed on the volume sheet beside the rounded starts: Wakefield's 12 job
outcomes, and the proof passed both copies. Such a text is the count it names now, in the plan
(wpxl/read/idioms, read by analyse/worded_counts and analyse/stated_outcomes) and the proof
(verify/few_words, read by verify/spelt and verify/stated_outcomes): removed and named on the
cover, and a copy carrying one is refused by the proof alone.

A summary typed as pairs under a table, a label in one cell and its figure as text in the next
('Bradford job outcomes: | 12 (provisional)', 'Bradford outcomes | about 12', 'Leeds job
starts | twelve', 'Bradford starts | 13 (provisional)'), went out: a text outside any table is
a note, judged by its own words, and '12 (provisional)' names no measure and holds a number
under those a note may, so Bradford's 12 job outcomes stood beside the rounded starts and the
twelve job starts unrounded, and the proof passed both (it read a text as a figure only where
the input's row and column held typed figures). Beside an outcome's label, 'twelve' or 'a
dozen' was carried by the plan and refused by the proof, telling the user to put outcome words
in a title the table already had. Such a text beside a label naming a measure is that line's
figure now, in the plan (analyse/labelled_texts: removed from a line of outcomes, and from
another measure's where rounding would change it, each named on the cover) and the proof
(verify/labelled_figures, asked by verify/stated_outcomes and verify/invariants). '140
(provisional)' beside the starts, '3 per cent up', '12 weeks late' and '12 June' stay. So
with a block of such pairs under a header naming the measure ('Job outcomes' over 'Leeds | about
40', 'Referrals' over 'Leeds | twelve'): the outcomes were carried and refused, and the
referrals under 25 went out unrounded, verified; the header over the run names their line now.

A sheet named with an outcome count in words ('Thirty-seven JOs', 'Leeds forty-one job
outcomes') went out under that name, on its tab and on the cover, where 'JOs 37' is refused:
the proof read a name's numbers in digits only. It reads them in words too now
(verify/amounts.OutcomeAmounts.named), and refuses the copy asking for the sheet to be renamed,
as for digits; numbers under 25 in names are still let be ('Job outcomes two', 'JOs (twelve)':
names tell copies and places apart so).

A count of referrals or starts said as 'a dozen' in a label, header or note ('Leeds: a dozen
referrals withdrawn', 'Job starts (of which a dozen early entrants)', 'Leeds (excl. a dozen
duplicate starts)', 'A dozen referrals were withdrawn in Leeds.') went out, verified, where
'twelve' and '12' are removed as an unrounded count: 'a dozen' named no number to either
reading. It is the 12 it names now ('half a dozen' 6, 'two dozen' 24), read with the numbers
spelt in words, in the plan (read/idioms.dozens, read by read/quoted_figures) and the proof
(verify/few_words.dozens_in, read by verify/spelt); 'dozens of' names none.

A count in thousands in a note ('Leeds referrals: 1.37k', 'Leeds starts 0.13k', 'Leeds: 2.13k
referrals') went out, or was carried by the plan and refused by the proof with a message asking
the user to report it: both readings took the 'k' for a mark on the figure ('412r', '412p'),
judging 1.37 and 0.13 (too small to be figures) where a reader sees 1,370 and 130, neither
rounded to 20. A figure glued to 'k' is so many thousands now, in the plan
(read/quoted_figures.numbers_in_text) and the proof (verify/values.number_tokens): such a note
goes, named on the cover; '2.14k referrals' (2,140) and money ('£2.37k') stay.

A note saying by how much rounding moved a line's figure ('Leeds starts rounded up by 3',
'Bradford: rounding adds 8', "Leeds' true figure is 3 lower", 'Leeds: +3 from rounding') went
out, verified: its number is under those a note may hold and counts no measure, yet beside
Leeds' rounded 140 it gives the 137 job starts back. A text saying rounding added or took off
a number short of the base goes now (plan/rounding_notes.states_a_rounding_shift, asked by
plan/carried_words), named on the cover, and the proof alone refuses it carried
(verify/rounding_shifts, asked by verify/texts); 'Figures may not sum due to rounding' and 'up
to 10 from rounding in any total' stay.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

import wpxl.analyse
from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import carried_text, proved
from wpxl.cli import app
from wpxl.model import OutputCell, Plan

OFFICES = ["Leeds", "Bradford", "York", "Wakefield"]


def _offices(path: Path, starts: object = 95, outcomes: object = 11) -> Path:
    """'Office | Job starts | Job outcomes' by office, Wakefield's last line holding
    ``starts`` and ``outcomes`` (typed or as text)."""
    lines = [["Leeds", 137, 37], ["Bradford", 212, 52], ["York", 95, 7]]
    rows = [["Job starts and job outcomes by office, April 2013"], []]
    rows += [["Office", "Job starts", "Job outcomes"], *lines, ["Wakefield", starts, outcomes]]
    return write_book(path, {"Performance": rows})


def _shown(copy: Path) -> list[object]:
    """Every value the copy's sheets show, cover and all."""
    book = openpyxl.load_workbook(copy)
    return [cell.value for sheet in book for row in sheet for cell in row]


SET_NUMBERS = ["a dozen", "half a dozen", "two dozen", "a couple", "a pair", "a single"]
FEW = ["a few", "a handful", "several", "single figures"]


@pytest.mark.parametrize("words", SET_NUMBERS)
def test_a_start_count_typed_as_a_word_for_its_number_goes(tmp_path, words):
    copy, printed = sanitised_beside(_offices(tmp_path / "offices.xlsx", starts=words))
    assert words not in _shown(copy)
    assert "removed: 'Performance' B7: a count written in words among the figures" in printed


@pytest.mark.parametrize("words", [*SET_NUMBERS, "a score", *FEW])
def test_an_outcome_count_typed_as_a_word_for_its_number_goes(tmp_path, words):
    copy, printed = sanitised_beside(_offices(tmp_path / "offices.xlsx", outcomes=words))
    assert words not in _shown(copy)
    assert "'Performance' C7:" in printed


def _carried(words: str, col: int):
    """A change writing ``words`` back at Wakefield's place in column ``col`` of the copy, as
    a plan blind to them would carry them."""
    return carried_text(words, (8, col), "Performance")


@pytest.mark.parametrize("words", SET_NUMBERS)
def test_the_proof_alone_refuses_a_start_count_typed_as_a_word_for_its_number(tmp_path, words):
    found = proved(tmp_path, _offices(tmp_path / "offices.xlsx", starts=words), _carried(words, 1))
    assert "'Performance' B9" in {f.part for f in found}


@pytest.mark.parametrize("words", [*SET_NUMBERS, "a score", *FEW])
def test_the_proof_alone_refuses_an_outcome_count_typed_as_a_word(tmp_path, words):
    source = _offices(tmp_path / "offices.xlsx", outcomes=words)
    found = proved(tmp_path, source, _carried(words, 2))
    assert "'Performance' C9" in {f.part for f in found}


@pytest.mark.parametrize("words", ["Score", "Dozens", "n/a", "Not yet known"])
def test_words_naming_no_set_number_stay_among_the_starts(tmp_path, words):
    copy, _ = sanitised_beside(_offices(tmp_path / "offices.xlsx", starts=words))
    assert words in _shown(copy)


def _summarised(path: Path, label: str, figure: str) -> Path:
    """The offices' table, then a summary typed as a pair under it: ``label`` | ``figure``."""
    _offices(path)
    book = openpyxl.load_workbook(path)
    book["Performance"].append([])
    book["Performance"].append([label, figure])
    book.save(path)
    return path


OUTCOME_PAIRS = [
    ("Bradford job outcomes:", "12 (provisional)"),
    ("Bradford outcomes", "about 12"),
    ("Bradford outcomes", "twelve"),
    ("Sustainments, Bradford", "a dozen"),
    ("Sustainments, Bradford", "a few"),
]
START_PAIRS = [("Bradford job starts", "twelve"), ("Bradford starts", "13 (provisional)")]


@pytest.mark.parametrize(("label", "figure"), OUTCOME_PAIRS + START_PAIRS)
def test_a_figure_typed_as_text_beside_its_measures_name_goes(tmp_path, label, figure):
    copy, printed = sanitised_beside(_summarised(tmp_path / "summary.xlsx", label, figure))
    assert figure not in _shown(copy)
    assert label in _shown(copy)
    assert "removed: 'Performance' B9:" in printed


@pytest.mark.parametrize(("label", "figure"), OUTCOME_PAIRS + START_PAIRS)
def test_the_proof_alone_refuses_a_figure_typed_as_text_beside_its_name(
    tmp_path, monkeypatch, label, figure
):
    monkeypatch.setattr(wpxl.analyse, "labelled_count", lambda *_: None)  # the plan carries it
    found = proved(tmp_path, _summarised(tmp_path / "summary.xlsx", label, figure))
    assert "'Performance' B11" in {f.part for f in found}


@pytest.mark.parametrize(
    ("label", "figure"),
    [
        ("Bradford job starts", "140 (provisional)"),
        ("Bradford referrals", "3 per cent up"),
        ("Bradford job outcomes", "12 weeks late"),
        ("Source", "DWP 2013"),
        ("Next update", "12 June"),
    ],
)
def test_a_text_beside_a_label_stating_no_line_figure_stays(tmp_path, label, figure):
    copy, _ = sanitised_beside(_summarised(tmp_path / "summary.xlsx", label, figure))
    assert figure in _shown(copy)


def _named(path: Path, name: str) -> Path:
    """The offices' job starts alone on a sheet named ``name``."""
    rows = [["Job starts by office, April 2013"], [], ["Office", "Job starts"]]
    rows += [["Leeds", 137], ["Bradford", 212], ["Wakefield", 95]]
    return write_book(path, {name: rows})


@pytest.mark.parametrize("name", ["Thirty-seven JOs", "Leeds forty-one job outcomes"])
def test_a_sheet_named_with_an_outcome_count_in_words_is_refused(tmp_path, name):
    source = _named(tmp_path / "named.xlsx", name)
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "a sheet name that states an amount about outcomes" in result.stderr


@pytest.mark.parametrize("name", ["Thirty-seven JOs", "Leeds forty-one job outcomes"])
def test_the_proof_alone_refuses_a_sheet_named_with_an_outcome_count_in_words(tmp_path, name):
    found = proved(tmp_path, _named(tmp_path / "named.xlsx", name))
    assert f"the name of sheet '{name}'" in {f.part for f in found}


@pytest.mark.parametrize("name", ["Job outcomes two", "JOs (twelve)"])
def test_a_sheet_named_with_a_small_number_in_words_or_naming_no_outcome_stays(tmp_path, name):
    copy, _ = sanitised_beside(_named(tmp_path / "named.xlsx", name))
    assert name in openpyxl.load_workbook(copy).sheetnames


def _starts_labelled(path: Path, label: str, head: str = "Job starts") -> Path:
    """The offices' job starts alone, Leeds' line labelled ``label``, the column ``head``."""
    rows = [["Job starts by office, April 2013"], [], ["Office", head]]
    rows += [[label, 137], ["Bradford", 212], ["Wakefield", 95]]
    return write_book(path, {"Performance": rows})


DOZENS = [
    ("Leeds: a dozen referrals withdrawn", "Job starts", "A4"),
    ("Leeds (excl. a dozen duplicate starts)", "Job starts", "A4"),
    ("Leeds (half a dozen duplicate starts removed)", "Job starts", "A4"),
    ("Leeds", "Job starts (of which a dozen early entrants)", "B3"),
]


@pytest.mark.parametrize(("label", "head", "cell"), DOZENS)
def test_a_count_said_as_a_dozen_in_a_label_goes(tmp_path, label, head, cell):
    copy, printed = sanitised_beside(_starts_labelled(tmp_path / "dozen.xlsx", label, head))
    assert (label if cell == "A4" else head) not in _shown(copy)
    assert f"removed: 'Performance' {cell}: it quotes an unrounded figure" in printed


@pytest.mark.parametrize(("label", "head", "cell"), DOZENS)
def test_the_proof_alone_refuses_a_count_said_as_a_dozen(tmp_path, label, head, cell):
    row, col = (5, 0) if cell == "A4" else (4, 1)  # the copy's place, under the banner

    def carried(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Performance")
        text = label if col == 0 else head
        sheet.cells[(row, col)] = OutputCell(text, kind="label")

    found = proved(tmp_path, _starts_labelled(tmp_path / "dozen.xlsx", label, head), carried)
    assert f"'Performance' {'AB'[col]}{row + 1}" in {f.part for f in found}


@pytest.mark.parametrize("label", ["Leeds (dozens of transfers)", "Leeds (6 duplicates removed)"])
def test_dozens_of_and_a_small_number_in_a_label_stay(tmp_path, label):
    copy, _ = sanitised_beside(_starts_labelled(tmp_path / "dozen.xlsx", label))
    assert label in _shown(copy)


def _noted(path: Path, note: str) -> Path:
    """The offices' job starts alone, ``note`` two lines under them."""
    rows = [["Job starts by office, April 2013"], [], ["Office", "Job starts"]]
    rows += [["Leeds", 137], ["Bradford", 212], ["Wakefield", 95], [], [note]]
    return write_book(path, {"Performance": rows})


def _refused_with_note(path: Path, note: str) -> set[str]:
    """The parts the proof refuses in a copy that keeps ``note`` under the starts (A10)."""

    carried = carried_text(note, (9, 0), "Performance")
    return {f.part for f in proved(path.parent, _noted(path, ""), carried)}


THOUSANDS = ["Leeds referrals: 1.37k", "Leeds starts 0.13k", "Leeds: 2.13k referrals"]


@pytest.mark.parametrize("note", THOUSANDS)
def test_a_count_in_thousands_in_a_note_goes(tmp_path, note):
    copy, printed = sanitised_beside(_noted(tmp_path / "thousands.xlsx", note))
    assert note not in _shown(copy)
    assert "removed: 'Performance' A8: it quotes an unrounded figure" in printed


@pytest.mark.parametrize("note", THOUSANDS)
def test_the_proof_alone_refuses_a_count_in_thousands_in_a_note(tmp_path, note):
    assert "'Performance' A10" in _refused_with_note(tmp_path / "thousands.xlsx", note)


@pytest.mark.parametrize("note", ["Leeds: 2.14k referrals", "Budget £2.37k for training"])
def test_a_rounded_count_or_money_in_thousands_stays(tmp_path, note):
    copy, _ = sanitised_beside(_noted(tmp_path / "thousands.xlsx", note))
    assert note in _shown(copy)


SHIFTS = [
    "Leeds starts rounded up by 3",
    "Bradford: rounding adds 8",
    "Leeds' true figure is 3 lower",
    "Leeds: +3 from rounding",
]


@pytest.mark.parametrize("note", SHIFTS)
def test_a_note_saying_how_far_rounding_moved_a_figure_goes(tmp_path, note):
    copy, printed = sanitised_beside(_noted(tmp_path / "shifted.xlsx", note))
    assert note not in _shown(copy)
    assert "removed: 'Performance' A8: it says by how much rounding moved a figure" in printed


@pytest.mark.parametrize("note", SHIFTS)
def test_the_proof_alone_refuses_a_note_saying_how_far_rounding_moved_a_figure(tmp_path, note):
    assert "'Performance' A10" in _refused_with_note(tmp_path / "shifted.xlsx", note)


@pytest.mark.parametrize(
    "note", ["Figures may not sum due to rounding", "Up to 10 from rounding in any total"]
)
def test_a_note_on_rounding_naming_no_lines_shift_stays(tmp_path, note):
    copy, _ = sanitised_beside(_noted(tmp_path / "shifted.xlsx", note))
    assert note in _shown(copy)


def _text_block(path: Path, head: str, figures: list[str]) -> Path:
    """The offices' job starts, then 'Office | ``head``' over the offices' ``figures`` typed as
    text."""
    rows = [["Job starts by office, April 2013"], [], ["Office", "Job starts"]]
    rows += [["Leeds", 137], ["Bradford", 212], ["Wakefield", 95], [], ["Office", head]]
    rows += [[office, figure] for office, figure in zip(OFFICES[:3], figures, strict=True)]
    return write_book(path, {"Performance": rows})


TEXT_BLOCKS = [
    ("Job outcomes", ["about 40", "about 50", "about 10"]),
    ("Job outcomes (provisional)", ["37 (prov)", "52 (prov)", "11 (prov)"]),
    ("Referrals", ["twelve", "fifty-two", "eleven"]),
]


@pytest.mark.parametrize(("head", "figures"), TEXT_BLOCKS)
def test_figures_typed_as_text_under_their_measures_name_go(tmp_path, head, figures):
    copy, printed = sanitised_beside(_text_block(tmp_path / "block.xlsx", head, figures))
    assert not set(figures) & set(_shown(copy))
    assert "removed: 'Performance' B9:B11:" in printed


@pytest.mark.parametrize(("head", "figures"), TEXT_BLOCKS)
def test_the_proof_alone_refuses_figures_typed_as_text_under_their_name(
    tmp_path, monkeypatch, head, figures
):
    monkeypatch.setattr(wpxl.analyse, "labelled_count", lambda *_: None)  # the plan carries it
    found = proved(tmp_path, _text_block(tmp_path / "block.xlsx", head, figures))
    assert "'Performance' B13" in {f.part for f in found}  # Wakefield's: 10, 11 and eleven


def test_a_comment_column_of_words_stays(tmp_path):
    source = _text_block(tmp_path / "block.xlsx", "Comment", ["12 (see note)", "fine", "late"])
    copy, _ = sanitised_beside(source)
    assert {"12 (see note)", "fine", "late"} <= set(_shown(copy))
