"""Invariant 8's two halves: each percentage sheet's lines kept as a reader sees them, then
searched, once the whole copy is read, against every input sheet for a line from which a
reader works the true counts back (``PercentRecovery``)."""

from __future__ import annotations

from wpxl.model import Cell, Style
from wpxl.verify.books import SheetPair
from wpxl.verify.footnotes import footnote_numbers
from wpxl.verify.leaks import Finding
from wpxl.verify.merged_spans import merged_spans
from wpxl.verify.percent_measures import other_measure_shares
from wpxl.verify.percent_recovery import PercentRecovery
from wpxl.verify.proof import Proof


def percent_lines(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Keep each percentage sheet's lines (as a reader sees them) for ``gives_no_volumes``;
    find its shares of another measure (wpxl.verify.percent_measures)."""
    if pair.kind != "percent":
        return []
    check = proof.kept.setdefault("percentages", PercentRecovery(proof.policy))
    fmt = proof.output.format_of
    cells = {
        coord: Cell(value, formula, Style(number_format=fmt(style)))
        for coord, (value, formula, style) in pair.cells.items()
        if isinstance(value, str | float)
    }
    tabs = frozenset(
        e.shown
        for e in proof.source.survey.entries
        if e.state == "visible" and e.shown.isdecimal() and e.shown.isascii()
    )
    spans = merged_spans(proof.output.read(proof.output.where[pair.name]))
    check.add_output_sheet(pair.name, cells, keys_of=pair, tabs=tabs, spans=spans)  # type: ignore[union-attr]
    return other_measure_shares(pair, proof.measures)  # a share of starts and outcomes together


def gives_no_volumes(proof: Proof) -> list[Finding]:
    """8. No percentage line from which a reader works the true counts back: each is searched
    against every input sheet (read again, only when the copy has such lines). A percentage
    sheet's label ending with a footnote's mark states no amount where the input keys a note
    by it ('JSA 18-24 (4)' over '(4) Includes ...')."""
    check = proof.kept.get("percentages")
    if not isinstance(check, PercentRecovery):
        return []
    if check.lines:  # the amounts a sheet's words state are judged without the input
        for sheet in proof.source.every_sheet():
            check.add_input_sheet(sheet)
    return check.findings(proof.row_names, footnote_numbers(proof))
