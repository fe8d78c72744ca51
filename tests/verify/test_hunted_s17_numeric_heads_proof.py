"""The proof catches, on its own, single years of age heading the columns rounded as counts: written
as text beside a 'Total' column, or typed over an 'All ages' row of SUMs that start under them.
Each copy is a real plan of a real input, changed the way the misreading changed it (the ages
rounded to 20), while every figure is a multiple of 20 and every total adds up its cells."""

from __future__ import annotations

from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL

FIGURES = [[255, 677, 859, 18], [449, 158, 153, 740], [326, 171, 263, 670]]
AREAS = ["Leeds", "Bradford", "Wakefield"]


def _rounded_labels(tmp_path, rows, cached=None) -> set[str]:
    written = {(0, c): 20 for c in range(1, 5)}  # the header row's ages, rounded as counts
    found = misread_findings(tmp_path, rows, written, "rounded", cached)
    return {f.part for f in found if f.kind == ROUNDED_LABEL}


def test_ages_written_as_text_beside_total_rounded_are_caught(tmp_path):
    rows: list[list] = [["Area", "18", "19", "20", "21", "Total"]]
    rows += [[area, *line, sum(line)] for area, line in zip(AREAS, FIGURES, strict=True)]
    assert _rounded_labels(tmp_path, rows) == {"'Referrals' B3", "'Referrals' C3", "'Referrals' E3"}


def _ages_over_sums(ages: list[int]) -> tuple[list[list], dict]:
    rows: list[list] = [["Area", *ages]]
    rows += [[area, *line] for area, line in zip(AREAS, FIGURES, strict=True)]
    rows.append(["All ages", *[f"=SUM({c}2:{c}4)" for c in "BCDE"]])
    cached = {("Referrals", f"{c}5"): sum(f[k] for f in FIGURES) for k, c in enumerate("BCDE")}
    return rows, cached


def test_ages_over_columns_summed_under_them_rounded_are_caught(tmp_path):
    rows, cached = _ages_over_sums([18, 19, 20, 21])
    found = _rounded_labels(tmp_path, rows, cached)
    assert found == {"'Referrals' B3", "'Referrals' C3", "'Referrals' E3"}


def test_numbers_not_running_one_apart_over_sums_are_no_labels_to_the_proof(tmp_path):
    rows, cached = _ages_over_sums([18, 25, 50, 65])  # band starts: no word of the SUMs alone
    assert _rounded_labels(tmp_path, rows, cached) == set()
