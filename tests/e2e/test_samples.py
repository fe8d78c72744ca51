"""The bundled samples, end to end: what an analyst gets from the README's first command."""

from pathlib import Path

import openpyxl
import pytest

from wpxl.sanitise import sanitise_file


@pytest.fixture
def outputs(samples, job) -> list[Path]:
    return [Path(sanitise_file(p, job).output) for p in samples]


def test_every_output_sheet_has_a_banner_and_the_cover_comes_first(outputs):
    for path in outputs:
        book = openpyxl.load_workbook(path)
        assert book.sheetnames[0] == "About this workbook"
        for ws in book.worksheets:
            assert ws.sheet_state == "visible"
            assert ws["A1"].value.startswith(("INTERNAL MANAGEMENT INFORMATION", "PUBLISHED"))


def test_every_number_on_volume_sheets_is_a_multiple_of_20(outputs):
    for path in outputs:
        book = openpyxl.load_workbook(path, data_only=True)
        for ws in book.worksheets:
            if ws.title.endswith("%"):
                continue
            formats = {c.coordinate: c.number_format for row in ws.iter_rows() for c in row}
            for row in ws.iter_rows():
                for cell in row:
                    value = cell.value
                    if isinstance(value, int | float) and not isinstance(value, bool):
                        if "%" in formats[cell.coordinate] or (1990 <= value <= 2100):
                            continue
                        assert value % 20 == 0, (path.name, ws.title, cell.coordinate, value)


def test_outcome_sheets_become_percentages_with_nothing_over_100_percent(outputs):
    percentage_sheets = 0
    for path in outputs:
        book = openpyxl.load_workbook(path, data_only=True)
        assert "Job outcomes" not in book.sheetnames
        for ws in book.worksheets:
            if not ws.title.endswith("%"):
                continue
            percentage_sheets += 1
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, int | float):
                        assert 0 <= cell.value <= 1
    assert percentage_sheets >= 3


def test_same_input_gives_byte_identical_output(samples, job, tmp_path):
    first = [Path(sanitise_file(p, job).output).read_bytes() for p in samples]
    again = type(job)(policy=job.policy, audience=job.audience, out_dir=tmp_path / "again")
    second = [Path(sanitise_file(p, again).output).read_bytes() for p in samples]
    assert first == second


def test_hidden_sheet_comment_and_names_do_not_travel(outputs):
    summary = next(p for p in outputs if p.name.startswith("summary_pack"))
    book = openpyxl.load_workbook(summary)
    assert "Workings" not in book.sheetnames
    assert not book.defined_names
    assert all(c.comment is None for ws in book.worksheets for row in ws.iter_rows() for c in row)
