"""Report stage: what happened to each file, in one line for people and in JSON for machines.

Reports hold counts of cells, cell ranges, thresholds crossed, coarse bands of error and words,
never a figure from the input: a title the copy does not show (it quotes an unrounded figure, or
states an amount about outcomes) is withheld, labels and headers appear as the output carries
them, and a total's error is given only as a band, read from the copy's own rounded figures
(wpxl.plan.total_spread). The JSON layout is documented by ``wpxl/report/report.schema.json``;
``--report report.html`` renders the same results as a page (``wpxl.report.html``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from wpxl.errors import OutputError
from wpxl.files import write_atomically
from wpxl.model import Proposal, Removal, TableQuality
from wpxl.model.sheetref import a1
from wpxl.plan.quality import BAND_LABELS
from wpxl.report.results import FileResult, TableSummary, result_from_plan

REPORT_SCHEMA_VERSION = 2
SCHEMA_PATH = Path(__file__).parent / "report.schema.json"
REPORT_SUFFIXES = (".json", ".html")
__all__ = [
    "FileResult",
    "TableSummary",
    "file_entry",
    "report_document",
    "result_from_plan",
    "summary_line",
    "write_report",
]


def summary_line(result: FileResult) -> str:
    name = Path(result.input).name
    if not result.ok:
        return f"{name}: {result.status}"
    counts = (
        quantity(result.sheets, "sheet"),
        quantity(result.cells_rounded, "cell") + " rounded",
        quantity(result.totals_rebuilt, "total") + " rebuilt",
        quantity(result.percentage_sheets, "percentage sheet"),
        quantity(len(result.warnings), "warning"),
    )
    removed = len(removed_in_place(result))  # named apart, as the cover names them
    tail = f", {quantity(removed, 'removal')}" if removed else ""
    return f"{name}: {', '.join(counts)}{tail} -> {result.output}"


def removed_in_place(result: FileResult) -> list[Removal]:
    """What the copy lost at a place of the input (figures, words, lines, outcome volumes moved
    to a percentage sheet), each printed and counted as a removal: the cover lists them under
    "Removed from the source", not among its warnings, and the two agree. A label or note
    removed was on the cover alone, so an analyst reading the terminal saw a line of figures
    lose its name in silence. What the cover says of the whole workbook (document properties,
    comments, charts: never carried) is left to it."""
    return [removal for removal in result.removed if removal.where != "workbook"]


def quantity(n: int, noun: str) -> str:
    """A count as a reader says it: "1 warning" (the release log said "1 warnings")."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def check_report_path(path: Path) -> None:
    """Refuse a report name wpxl cannot write before any workbook is processed."""
    if path.suffix.lower() not in REPORT_SUFFIXES:
        raise OutputError(
            f"--report {path}: wpxl writes reports as .json or .html. Name the file "
            "report.json or report.html"
        )


def write_report(results: list[FileResult], path: Path) -> None:
    """The JSON or HTML report, by the file's suffix; written whole or not at all."""
    check_report_path(path)
    if path.suffix.lower() == ".html":
        from wpxl.report.html import render_html_report

        text = render_html_report(results)
    else:
        text = json.dumps(report_document(results), indent=2, ensure_ascii=False) + "\n"
    try:
        write_atomically(path, text)
    except FileNotFoundError as exc:
        raise OutputError(
            f"--report {path}: cannot write there ({exc.strerror}). Choose another folder"
        ) from exc


def report_document(results: list[FileResult]) -> dict[str, object]:
    """The JSON report as plain data, in the layout ``report.schema.json`` describes."""
    from wpxl import __version__

    return {
        "schema_version": REPORT_SCHEMA_VERSION,
        "wpxl_version": __version__,
        "files": [file_entry(r) for r in results],
    }


def file_entry(result: FileResult) -> dict[str, object]:
    return {
        "input": result.input,
        "status": result.status,
        "output": result.output,
        "message": result.message,
        "sheets": result.sheets,
        "cells_rounded": result.cells_rounded,
        "totals_rebuilt": result.totals_rebuilt,
        "percentage_sheets": result.percentage_sheets,
        "tables": [_table_entry(t) for t in result.tables],
        "published_sheets": result.published_sheets,
        "internal_sheets": result.internal_sheets,
        "quality": [_quality_entry(q) for q in result.quality],
        "removed": [asdict(r) for r in result.removed],
        "removed_by_kind": dict(sorted(Counter(r.kind for r in result.removed).items())),
        "warnings": [
            {
                "code": w.code,
                "where": w.where,
                "tables": list(w.tables),
                "message": w.message,
                "figures": dict(w.figures),
            }
            for w in result.warnings
        ],
        "seconds": result.seconds,
    }


def _table_entry(table: TableSummary) -> dict[str, object]:
    entry = asdict(table)
    del entry["title_at"]  # where its title's cells are: for withholding it, not for the reader
    return entry


def _quality_entry(quality: TableQuality) -> dict[str, object]:
    return {
        "table": quality.table,
        "sheet": quality.sheet,
        "index": quality.index,
        "cells": quality.cells,
        "shown_at_most_base": quality.small,
        "rounded_to_zero": quality.zeros,
        "totals": quality.totals,
        "totals_over_threshold": quality.totals_over,
        "largest_total_error": BAND_LABELS[quality.worst_band],
        "total_errors": [
            {"cell": e.cell, "label": e.label, "band": BAND_LABELS[e.band], "over": e.over}
            for e in quality.errors
        ],
        "proposals": [_proposal_entry(p) for p in quality.proposals],
    }


def _proposal_entry(proposal: Proposal) -> dict[str, object]:
    def line(n: int) -> str:
        return str(n + 1) if proposal.axis == "rows" else a1(0, n)[:-1]

    return {
        "name": proposal.name,
        "advice": proposal.advice,
        "axis": proposal.axis,
        "groups": [
            {"label": label, "lines": [line(n) for n in lines]} for label, lines in proposal.groups
        ],
        "cells": proposal.cells,
        "below_base": proposal.small,
    }
