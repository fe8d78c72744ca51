import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.builders import referrals_table, write_book
from wpxl.errors import InputError
from wpxl.model import ExcelError
from wpxl.read import read_sheets, read_workbook, survey_workbook
from wpxl.read.kept import KeptSheets


def test_read_gives_formulas_with_their_cached_values(tmp_path):
    path = write_book(
        tmp_path / "b.xlsx",
        {"Referrals": [["Referrals"], [5, 7, "=A2+B2"]]},
        cached={("Referrals", "C2"): 12},
    )
    sheet = read_workbook(path).sheets[0]
    assert sheet.cells[(1, 0)].value == 5
    assert sheet.cells[(1, 2)].formula == "A2+B2"
    assert sheet.cells[(1, 2)].value == 12


def test_read_keeps_error_values_as_errors(tmp_path):
    path = tmp_path / "e.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "#N/A"
    book.active["A1"].data_type = "e"
    book.save(path)
    assert read_workbook(path).sheets[0].cells[(0, 0)].value == ExcelError("#N/A")


def test_read_counts_hidden_sheets_and_keeps_their_text_for_the_leak_check(tmp_path):
    path = write_book(
        tmp_path / "h.xlsx",
        {"Shown": [["Referrals", 1]], "Workings": [["Unrounded extract — do not share"]]},
        hidden=("Workings",),
    )
    book = read_workbook(path)
    assert [s.state for s in book.sheets] == ["visible", "hidden"]
    assert book.extras["hidden sheets"] == 1
    assert "Unrounded extract — do not share" in book.dropped_text


def test_read_counts_comments_names_and_properties(samples):
    book = read_workbook(next(p for p in samples if p.name == "summary_pack.xlsx"))
    assert book.extras["comments"] == 1
    assert book.extras["defined names"] == 1
    assert "Pat Analyst" in book.dropped_text


def _word_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return path


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.xlsx", b"", "empty.xlsx: the file is empty. Save the workbook again from Excel."),
        (
            "data.xlsx",
            b"council,referrals\nAshby,12\n",
            "data.xlsx: not an Excel workbook (it is a text or CSV file). "
            "Save it from Excel as an .xlsx workbook and try again",
        ),
        (
            "old.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
            "old.xlsx: an old-style .xls workbook, which wpxl does not read. "
            "Save it from Excel as an .xlsx workbook and try again.",
        ),
        (
            "truncated.xlsx",
            b"PK\x03\x04" + b"\0" * 50,
            "truncated.xlsx: the workbook is damaged or incomplete (not a readable zip package). "
            "Save it from Excel as an .xlsx workbook and try again.",
        ),
    ],
)
def test_read_refuses_what_is_not_a_workbook_in_one_sentence(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_workbook(path)
    assert str(caught.value) == expected


def test_read_refuses_word_document_renamed_xlsx(tmp_path):
    path = _word_document(tmp_path / "monthly.xlsx")
    with pytest.raises(
        InputError, match=r"^monthly.xlsx: not an Excel workbook \(it is a Word document\)"
    ):
        read_workbook(path)


def test_read_refuses_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_workbook(tmp_path / "nope.xlsx")
    with pytest.raises(InputError, match="is a folder"):
        read_workbook(tmp_path)


def test_read_refuses_zip_bomb_before_inflating(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/sharedStrings.xml", b"\0" * (600 * 1024 * 1024))
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(InputError, match="would unpack to more than"):
        read_workbook(path)


def test_a_kept_sheet_comes_back_exactly_as_it_was_read(tmp_path):
    """What the proof reads again instead of the sheet's XML must be what wpxl.read read."""
    rows = referrals_table([[121, 93], [307, 111]])
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows, "Notes": [["Workings", 307]]})
    survey = survey_workbook(source)
    with KeptSheets() as kept:
        read = read_sheets(survey, [0, 1], kept)
        assert kept.get(2) is None
        for index in (0, 1):
            alone = read_sheets(survey, [index])
            sheet, extras, dropped = kept.get(index)
            assert sheet == read.sheets[index] == alone.sheets[0]
            assert (extras, dropped) == (alone.extras, alone.dropped_text)
