"""Twists in the package around the cells: sheets, names, notes, properties and linked parts."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from tests.robustness.conftest import rewrite_package
from tests.verify.hostile.pack import Hostile, Pack, body_cell, make, total_col, total_row


def hidden_sheet_formula(folder: Path) -> Hostile:
    """A body cell reads its figure from a hidden workings sheet."""

    def twist(p: Pack) -> None:
        ws = p.book.add_worksheet("Workings")
        ws.write_row(0, 0, ["SECRET-workings Carys Lloyd", "extract"])
        ws.write_row(1, 0, ["JSA 18-24 Apr", 1234, 4409])
        ws.hide()
        row, col = body_cell(0, 0)
        p.sheets[p.referrals_sheet].write_formula(
            row, col, "=Workings!B2", p.formats["count"], 1234
        )

    return make(
        folder,
        "hidden_sheet_formula",
        twist,
        numbers={4409},
        words={"SECRET-workings", "Carys Lloyd"},
    )


def hidden_sheet_total(folder: Path) -> Hostile:
    """The grand total is taken from the hidden sheet, which holds the true one."""

    def twist(p: Pack) -> None:
        ws = p.book.add_worksheet("Workings")
        ws.write_row(0, 0, ["Grand total", 14602])
        ws.hide()
        p.sheets[p.referrals_sheet].write_formula(
            total_row(p), total_col(p), "=Workings!B1", p.formats["total"], 14602
        )

    return make(folder, "hidden_sheet_total", twist)


def very_hidden_sheet(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.book.add_worksheet("Audit")
        ws.write_row(0, 0, ["SECRET-veryhidden", 4421])
        ws.very_hidden()

    return make(folder, "very_hidden_sheet", twist, numbers={4421}, words={"SECRET-veryhidden"})


def comment_with_figure(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, col = body_cell(1, 0)
        p.sheets[p.referrals_sheet].write_comment(row, col, "true figure 4423, ask Gwyn Rees")

    return make(folder, "comment_with_figure", twist, numbers={4423}, words={"Gwyn Rees"})


def comment_on_label(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, _ = body_cell(2, 0)
        p.sheets[p.referrals_sheet].write_comment(row, 0, "ESA Flow outcomes 4441 (SECRET-note)")

    return make(folder, "comment_on_label", twist, numbers={4441}, words={"SECRET-note"})


def defined_names(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        p.book.define_name("TrueOutcomes", "=4447")
        p.book.define_name("Outcomes_4451", "=Referrals!$B$4")

    return make(
        folder, "defined_names", twist, numbers={4447}, words={"TrueOutcomes", "Outcomes_4451"}
    )


def table_name(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        last_row, last_col = total_row(p) - 1, total_col(p)
        columns = [{"header": h} for h in [p.label_header, *p.months, "Total"]]
        ws.add_table(
            2,
            0,
            last_row,
            last_col,
            {"name": "JO_total_4457", "columns": columns, "autofilter": False, "style": None},
        )

    return make(folder, "table_name", twist, words={"JO_total_4457"})


def document_properties(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        p.book.set_properties(
            {
                "title": "Outcomes 4463",
                "subject": "JOs 1816",
                "keywords": "SECRET-keyword, 4481",
                "author": "Rhys Powell",
            }
        )
        p.book.set_custom_property("Checked", "4483")

    return make(
        folder,
        "document_properties",
        twist,
        numbers={4463, 4481, 4483},
        words={"SECRET-keyword", "Rhys Powell"},
    )


def header_footer(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        ws.set_header("&LOutcomes 4493")
        ws.set_footer("&RSECRET-footer")

    return make(folder, "header_footer", twist, numbers={4493}, words={"SECRET-footer"})


def data_validation_list(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, col = body_cell(0, 0)
        p.sheets[p.referrals_sheet].data_validation(
            row, col, row, col, {"validate": "list", "source": ["4507", "SECRET-list"]}
        )

    return make(folder, "data_validation_list", twist, numbers={4507}, words={"SECRET-list"})


def hyperlink(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        p.sheets[p.referrals_sheet].write_url(
            total_row(p) + 2,
            0,
            "https://example.org/mi?outcomes=4513&who=SECRET-link",
            string="Provider website",
        )

    return make(folder, "hyperlink", twist, numbers={4513}, words={"SECRET-link"})


def chart_cache(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        chart = p.book.add_chart({"type": "column"})
        chart.add_series({"values": f"='{p.outcomes_sheet}'!$B$4:$B$7", "name": "Outcomes"})
        chart.set_title({"name": "SECRET-chart"})
        p.sheets[p.outcomes_sheet].insert_chart("H2", chart)

    return make(folder, "chart_cache", twist, words={"SECRET-chart"})


def _post_edit(hostile: Hostile, part: str, old: bytes, new: bytes) -> Hostile:
    with zipfile.ZipFile(hostile.path) as package:
        data = package.read(part)
    assert old in data, f"{part} has no {old!r} to replace"
    built = hostile.path.with_name(hostile.path.stem + "-built.xlsx")
    hostile.path.rename(built)
    rewrite_package(built, hostile.path, {part: data.replace(old, new)})
    built.unlink()
    return hostile


def theme_white_font(folder: Path) -> Hostile:
    """White by the theme's background colour, as Excel's palette writes it."""
    hostile = make(
        folder,
        "theme_white_font",
        lambda p: p.sheets[p.referrals_sheet].write(
            total_row(p) + 2, 0, "SECRET-theme 4517", p.fmt("w", font_color="#FFFFFF")
        ),
        numbers={4517},
        words={"SECRET-theme"},
    )
    return _post_edit(hostile, "xl/styles.xml", b'<color rgb="FFFFFFFF"/>', b'<color theme="0"/>')


def indexed_white_font(folder: Path) -> Hostile:
    hostile = make(
        folder,
        "indexed_white_font",
        lambda p: p.sheets[p.referrals_sheet].write(
            total_row(p) + 2, 0, "SECRET-indexed 4519", p.fmt("w", font_color="#FFFFFF")
        ),
        numbers={4519},
        words={"SECRET-indexed"},
    )
    return _post_edit(hostile, "xl/styles.xml", b'<color rgb="FFFFFFFF"/>', b'<color indexed="9"/>')


_EXTERNAL = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas'
    b'.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="'
    b'Data"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>4523'
    b"</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>"
)
_EXTERNAL_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
    b'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http'
    b'://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="'
    b'file:///C:/Users/SECRET-extlink/outcomes.xlsx" TargetMode="External"/></Relationships>'
)


def external_link(folder: Path) -> Hostile:
    """A cell reads from another workbook; the link part caches that workbook's figures."""

    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        ws.write_string(total_row(p) + 2, 0, "From the outcomes extract")
        ws.write_formula(total_row(p) + 2, 1, "=[1]Data!B2", None, 4523)

    hostile = make(folder, "external_link", twist, numbers={4523}, words={"SECRET-extlink"})
    with zipfile.ZipFile(hostile.path) as package:
        book = package.read("xl/workbook.xml")
        rels = package.read("xl/_rels/workbook.xml.rels")
        types = package.read("[Content_Types].xml")
    link_type = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink"
    built = hostile.path.with_name("external_link-built.xlsx")
    hostile.path.rename(built)
    rewrite_package(
        built,
        hostile.path,
        {
            "xl/externalLinks/externalLink1.xml": _EXTERNAL,
            "xl/externalLinks/_rels/externalLink1.xml.rels": _EXTERNAL_RELS,
            "xl/workbook.xml": book.replace(
                b"</sheets>",
                b'</sheets><externalReferences><externalReference r:id="rId99"/>'
                b"</externalReferences>",
            ),
            "xl/_rels/workbook.xml.rels": rels.replace(
                b"</Relationships>",
                b'<Relationship Id="rId99" Type="'
                + link_type
                + b'" Target="externalLinks/externalLink1.xml"/></Relationships>',
            ),
            "[Content_Types].xml": types.replace(
                b"</Types>",
                b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType='
                b'"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>'
                b"</Types>",
            ),
        },
    )
    built.unlink()
    return hostile


BUILDERS = (
    hidden_sheet_formula,
    hidden_sheet_total,
    very_hidden_sheet,
    comment_with_figure,
    comment_on_label,
    defined_names,
    table_name,
    document_properties,
    header_footer,
    data_validation_list,
    hyperlink,
    chart_cache,
    theme_white_font,
    indexed_white_font,
    external_link,
)


def phonetic_hint(folder: Path) -> Hostile:
    """A shared string's phonetic guide (East Asian reading aid) holds text no cell shows."""
    hostile = make(
        folder,
        "phonetic_hint",
        lambda p: p.sheets[p.referrals_sheet].write_string(
            total_row(p) + 2, 0, "Source: provider case management system"
        ),
        words={"SECRET-phonetic"},
    )
    return _post_edit(
        hostile,
        "xl/sharedStrings.xml",
        b"<t>Source: provider case management system</t>",
        b'<t>Source: provider case management system</t><rPh sb="0" eb="1"><t>SECRET-'
        b"phonetic 4603</t></rPh>",
    )


def conditional_format_rule(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        ws.conditional_format(
            3,
            1,
            6,
            3,
            {"type": "formula", "criteria": "=B4>4621", "format": p.fmt("red", bold=True)},
        )

    return make(folder, "conditional_format_rule", twist, numbers={4621})


def hidden_columns_to_the_end(folder: Path) -> Hostile:
    """Every unused column hidden, as tidy analysts do; a figure parked at the far right."""

    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        ws.set_column(total_col(p) + 2, 16383, None, None, {"hidden": True})
        ws.write_string(body_cell(0, 0)[0], 16383, "SECRET-farright 4637")

    return make(
        folder, "hidden_columns_to_the_end", twist, numbers={4637}, words={"SECRET-farright"}
    )


BUILDERS += (
    phonetic_hint,
    conditional_format_rule,
    hidden_columns_to_the_end,
)


def theme_tint_near_white(folder: Path) -> Hostile:
    """'White, Background 1, Darker 5%' on white: a theme colour with a tint."""
    hostile = make(
        folder,
        "theme_tint_near_white",
        lambda p: p.sheets[p.referrals_sheet].write(
            total_row(p) + 2, 0, "SECRET-tint 4723", p.fmt("w", font_color="#FFFFFF")
        ),
        numbers={4723},
        words={"SECRET-tint"},
    )
    return _post_edit(
        hostile,
        "xl/styles.xml",
        b'<color rgb="FFFFFFFF"/>',
        b'<color theme="0" tint="-4.9989318521683403E-2"/>',
    )


def rich_run_inline(folder: Path) -> Hostile:
    """A rich string written in the cell itself (inline), one of its runs in white."""
    hostile = make(
        folder,
        "rich_run_inline",
        lambda p: p.sheets[p.referrals_sheet].write_string(
            total_row(p) + 2, 0, "Source: provider case management system"
        ),
        numbers={4729},
        words={"SECRET-inline"},
    )
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(hostile.path) as package:
        data = package.read(sheet).decode()
    index = package_string_index(hostile.path, "Source: provider case management system")
    cell = re.search(rf'<c r="A10"( s="\d+")? t="s"><v>{index}</v></c>', data)
    assert cell is not None
    inline = (
        f'<c r="A10"{cell.group(1) or ""} t="inlineStr"><is><r><t>Source: provider</t></r><r><rPr>'
        '<color rgb="FFFFFFFF"/><sz val="11"/></rPr><t xml:space="preserve"> SECRET-inline 4729'
        "</t></r></is></c>"
    )
    return _post_edit(hostile, sheet, cell.group(0).encode(), inline.encode())


def package_string_index(path: Path, text: str) -> int:
    with zipfile.ZipFile(path) as package:
        strings = package.read("xl/sharedStrings.xml").decode()
    return re.findall(r"<si>(.*?)</si>", strings).index(f"<t>{text}</t>")


BUILDERS += (theme_tint_near_white, rich_run_inline)
