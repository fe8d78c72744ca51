"""Read an .xlsx as the zip it is and look, part by part, for what must never leave.

What a council could read by unzipping a workbook: shared strings, inline strings and formulas,
sheet names, number formats, document properties, and the text of any other part. Each is
searched for figures that must not appear, strings from dropped parts of the source, and
personal details. Findings name the part and the kind of leak, never the value itself. Used by
the proof (wpxl.verify.proof) and by ``wpxl check`` on a workbook alone.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from openpyxl.styles.numbers import BUILTIN_FORMATS

from wpxl.read.quoted_figures import numbers_in_text
from wpxl.verify.named_author import (
    CUES,
    NAMED_AUTHOR,
    NAMED_BY_FIRST_NAME,
    NAMED_OWNER,
    NAMED_PARTICIPANT,
    without_representative,
)
from wpxl.verify.part_texts import MAIN_NS, REL_NS, element_words, holds_words
from wpxl.verify.sheetdata import WrittenCell, coord, plain_sheet_data, written_value

# Personal details as people type them, in any case and with dots or dashes; written here for
# the proof alone (wpxl.plan.contacts removes them first with its own, wider patterns). A date is
# personal only when it is said to be a birth date, a title only before a capitalised name.
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_BIRTH_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?:\d{2})?|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})"
)
_NOT_A_NAME = (  # a region, a team or MI's own words after 'Caseload -': not a person
    r"(?!(?:North|South|East|West|Central|City|County|Team|Office|Area|District|Region|All"
    r"|Total|Summary|Performance|Report|Data|Figures|Referrals|Starts|Outcomes|Job|Jobs"
    r"|Payment|Group|April|May|June|July|August|September|October|November|December|January"
    r"|February|March)\b)"
)
_ONE_PERSON = r"(?:participant|customer|claimant|client|learner|service\s+user)"
_THEIRS = (
    r"(?:full\s?name|name|surname|forename|id|ref|reference|number|no\.?|nino|dob"
    r"|date\s?of\s?birth)"
)
_NI_LETTERS = "[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
_NOT_A_PERIOD = r"(?!(?:19|20)\d\d(?:[\s-]?(?:0[1-9]|1[0-2])|[-/]\d\d)\b)"  # nor a span: 2014-15
PERSONAL = {
    # its letter may be left off ('AB123456', spaced only in capitals); six digits that read as a
    # year and month are a period's code ('WP201304'), not a number
    "a National Insurance number": re.compile(
        r"\b[A-CEGHJ-PR-TW-Z]{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?[A-D]\b"
        rf"|\b(?:(?-i:{_NI_LETTERS})[\s-]?|{_NI_LETTERS}){_NOT_A_PERIOD}\d\d[\s-]?\d\d[\s-]?\d\d\b",
        re.IGNORECASE,
    ),
    "an e-mail address": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"),
    "a UK phone number": re.compile(
        r"(?<!\d)(?<!\d\.)(?:\+44[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)(?:\d\)?[\s.-]?){9,10}(?![\s.-]?\d)"
    ),
    "a postcode": re.compile(  # not an ordinal after a code: "Q1 2nd", "PG1 3rd"
        r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d(?!(?-i:st|nd|rd|th)\b)[ABD-HJLNP-UW-Z]{2}\b", re.IGNORECASE
    ),
    "a date of birth": re.compile(
        rf"\b(?:D\.?O\.?B\b\.?|date of birth|birth ?date|born(?: on)?)\W{{0,4}}{_BIRTH_DATE}",
        re.IGNORECASE,
    ),
    "a person named with a title": re.compile(  # not "Mr Motivator Ltd", "Dr Foster Intelligence"
        r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:[A-Z]\.?\s+)?[A-Z][A-Za-z'\u2019-]*[a-z]\b"
        r"(?!['\u2019])(?!\s+(?:Ltd|Limited|plc|PLC|LLP|CIC|Intelligence|Trust|Group|Foundation"
        r"|Services|Holdings|UK)\b)"
    ),
    # Record-level data: the header of a column of one person's details, said of one person
    # ('Participant', 'Customer ID', 'NINO', 'Date of birth'; not 'Participants', a count of
    # them), and a caseload or adviser named after a person ('Caseload - Amir Patel').
    # ... or of each referral's own reference ('PO number', 'Referral ID', 'Case ref')
    "a column of people's details": re.compile(
        rf"^\s*(?:{_ONE_PERSON}(?:[\s_-]*(?:{_THEIRS}|\({_THEIRS}\)))?"
        rf"|name\s+of\s+(?:the\s+)?{_ONE_PERSON}|full\s?name"
        r"|surname|forenames?|first\s?names?|last\s?name|nino|national\s?insurance\s?number"
        r"|date\s?of\s?birth|d\.?o\.?b\.?|birth\s?date"
        r"|(?:po|purchase\s?order|prap|referral|case|record)\s?(?:id|ref|reference|number|no\.?)"
        r")\s*:?\s*$",
        re.IGNORECASE,
    ),
    "a person named as the workbook's author or contact": NAMED_AUTHOR,
    "a participant named": NAMED_PARTICIPANT,
    "a member of staff named by first name beside their role": NAMED_BY_FIRST_NAME,
    "a person named as whose a file or figures are": NAMED_OWNER,
    "a person named by their role": re.compile(  # 'Caseload (Amir Patel)', "Amir Patel's caseload"
        r"\b(?i:caseloads?|advis[eo]rs?)\s*[-:\u2013\u2014(]\s*"
        rf"{_NOT_A_NAME}[A-Z][a-z]+\s+{_NOT_A_NAME}[A-Z][a-z]+\b"
        rf"|\b{_NOT_A_NAME}[A-Z][a-z]+\s+{_NOT_A_NAME}[A-Z][a-z]+['\u2019]s?\s+(?i:caseloads?)\b"
        rf"|\b(?i:caseloads?)\s+of\s+{_NOT_A_NAME}[A-Z][a-z]+\s+{_NOT_A_NAME}[A-Z][a-z]+\b"
    ),
}
# each kind's pattern, and what any match of it holds (named_author.CUES), asked first
_SEARCHED = [(kind, pattern, CUES.get(id(pattern))) for kind, pattern in PERSONAL.items()]
_XML_TEXT = re.compile(rb">([^<>]+)<")
_XML_ATTRIBUTE = re.compile(rb"=\"([^\"]*)\"")
_TYPES = "[Content_Types].xml"
_WORKSHEET = re.compile(r"^xl/worksheets/sheet\d+\.xml$")
_CELL_WORDS = (f"{{{MAIN_NS}}}t", f"{{{MAIN_NS}}}f")  # a cell's text and formula


@dataclass(frozen=True, slots=True)
class Finding:
    """One leak: where it is (a part, maybe a cell) and what kind of thing leaked."""

    part: str
    kind: str
    source: str | None = field(default=None, compare=False)  # the input's cell, if it has one

    def __str__(self) -> str:
        return f"{self.part}: {self.kind}"

    def in_the_workbook(self) -> str:
        """The finding naming the input's cell where it has one: what a refusal tells the
        analyst to change (the copy is deleted)."""
        return f"{self.source or self.part}: {self.kind}"


def package_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def part_words(name: str, data: bytes) -> list[str]:
    """The strings a person could read in a part, without its markup, numbers in cells, or
    attribute values that are only indexes and sizes."""
    if not _known_encoding(data):
        return _raw_words(data)
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return _raw_words(data)
    if name == "xl/styles.xml":
        return [e.get("formatCode", "") for e in root.iter(f"{{{MAIN_NS}}}numFmt")]
    if name == "xl/workbook.xml":
        names = [e.get("name", "") for e in root.iter(f"{{{MAIN_NS}}}sheet")]
        defined = [e.text or "" for e in root.iter(f"{{{MAIN_NS}}}definedName")]
        return names + defined + [w for e in root.iter() for w in element_words(e)]
    if _WORKSHEET.match(name):
        return [
            w
            for e in root.iter()
            for w in ((e.text,) if e.tag in _CELL_WORDS else element_words(e))
            if w
        ]
    if name == "xl/sharedStrings.xml":
        return [string_text(si) for si in root]
    if name.startswith(("docProps/", "xl/theme/")) or name.endswith(".rels") or name == _TYPES:
        return [e.text.strip() for e in root.iter() if e.text and e.text.strip()]
    return [
        text for e in root.iter() for text in (e.text, *e.attrib.values()) if text and text.strip()
    ]


def _raw_words(data: bytes) -> list[str]:
    """Text and attribute values of a part that is not well-formed XML (or not XML at all)."""
    found = _XML_TEXT.findall(data) + _XML_ATTRIBUTE.findall(data)
    if not found:
        found = [data]
    return [t.decode("utf-8", "replace").strip() for t in found if t.strip()]


def scan_parts(
    parts: dict[str, bytes],
    forbidden_numbers: Collection[float],
    forbidden_text: Iterable[str],
    exempt: Collection[str] = (),
) -> list[Finding]:
    """Every part, every kind of leak: dropped strings anywhere; forbidden figures and personal
    details in the words of a part, except ``exempt`` words (wpxl's own, and labels)."""
    found: list[Finding] = []
    for name, data in sorted(parts.items()):
        found.extend(
            scan_words(name, part_words(name, data), forbidden_numbers, forbidden_text, exempt)
        )
    return found


def scan_words(
    name: str,
    words: list[str],
    forbidden_numbers: Collection[float],
    forbidden_text: Iterable[str],
    exempt: Collection[str] = (),
) -> list[Finding]:
    """The leaks among the words of one part."""
    found: list[Finding] = []
    dropped = [t for t in forbidden_text if t]
    joined = "\x00".join(words)
    if any(t in joined for t in dropped):
        found.append(Finding(name, "text from a hidden or dropped part of the source"))
    checked = [w for w in words if w not in exempt]
    if any(n in forbidden_numbers for w in checked for n in numbers_in_text(w)):
        found.append(Finding(name, "an unrounded, removed or outcome figure"))
    personal = {kind for word in checked for kind in personal_kinds(word)}
    found.extend(Finding(name, f"what looks like {kind}") for kind in PERSONAL if kind in personal)
    return found


# wpxl's cover line naming the policy by its SHA-256 (templates/cover.txt.j2): 64 hex digits
# hold a run such as 'a0220303136a' in about one policy of fifty, a phone number's shape
_POLICY_DIGEST = re.compile(
    r"^(Policy: sha256 )[0-9a-f]{64}( \(identifies the policy settings used\)\.)$"
)


def personal_kinds(text: str) -> list[str]:
    """The kinds of personal detail the text holds, wpxl's own naming of the council's
    representative and of the policy's digest aside."""
    text = _POLICY_DIGEST.sub(r"\1\2", without_representative(text))
    return [
        kind
        for kind, pattern, cue in _SEARCHED
        if (cue is None or cue.search(text)) and pattern.search(text)
    ]


def shared_strings(xml: bytes) -> list[str]:
    return part_words("xl/sharedStrings.xml", xml) if xml else []


def sheet_parts(parts: dict[str, bytes]) -> dict[str, str]:
    """Sheet name -> the part that holds it, as the workbook's relationships say."""
    rels = ET.fromstring(parts["xl/_rels/workbook.xml.rels"])
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    book = ET.fromstring(parts["xl/workbook.xml"])
    found = {}
    for sheet in book.iter(f"{{{MAIN_NS}}}sheet"):
        target = targets.get(sheet.get(f"{{{REL_NS}}}id"), "")
        found[sheet.get("name", "")] = "xl/" + target.lstrip("/").removeprefix("xl/")
    return found


_ENCODING = re.compile(rb"^\s*<\?xml[^>]*\bencoding\s*=\s*[\"']([^\"']*)[\"']")


def _known_encoding(xml: bytes) -> bool:
    """Whether a part's declared encoding is one a codec knows: a part in any other is read
    as raw words (every number in it judged), never parsed."""
    declared = _ENCODING.match(xml[:200])
    if declared is None:
        return True
    try:
        codecs.lookup(declared.group(1).decode("ascii", "replace"))
    except LookupError:
        return False
    return True


def read_sheet_part(
    xml: bytes, strings: list[str]
) -> tuple[dict[tuple[int, int], WrittenCell], list[str]]:
    """Every cell of a worksheet part as written (value, formula, style index), and the words a
    reader sees in it outside its cells (headers, footers ...). A part as plain as wpxl writes
    has its cells read without a tree (wpxl.verify.sheetdata) and only the rest walked."""
    if not _known_encoding(xml):
        return {}, _raw_words(xml)
    plain = plain_sheet_data(xml, strings) if xml else None
    if plain is not None:
        cells, rest = plain
        try:
            outside, words = read_sheet_tree(rest, strings)
            if not outside:  # no cell stands outside <sheetData>, out of the expression's sight
                return cells, words
        except ET.ParseError:
            pass  # read as a whole, below
    try:
        return read_sheet_tree(xml, strings)
    except ET.ParseError:
        return {}, _raw_words(xml)


def read_sheet_tree(
    xml: bytes, strings: list[str]
) -> tuple[dict[tuple[int, int], WrittenCell], list[str]]:
    """``read_sheet_part`` by one streaming pass of ElementTree (each row let go once read)."""
    cells: dict[tuple[int, int], WrittenCell] = {}
    words: list[str] = []
    if not xml:
        return cells, words
    wordy_tags: dict[str, bool] = {}  # by tag, whatever its namespace: a sheet has few tags
    for _, el in ET.iterparse(io.BytesIO(xml)):
        tag = el.tag
        wordy = wordy_tags.get(tag)
        if wordy is None:
            wordy = wordy_tags[tag] = holds_words(tag)
        if wordy:
            words.extend(element_words(el))
        if tag == _CELL:
            _read_cell(el, strings, cells)
        elif tag == _ROW:
            el.clear()
    return cells, words


def _read_cell(
    c: ET.Element, strings: list[str], cells: dict[tuple[int, int], WrittenCell]
) -> None:
    text: str | None = None
    formula: str | None = None
    inline: ET.Element | None = None
    for child in c:
        tag = child.tag
        if tag == _VALUE:
            text = child.text
        elif tag == _FORMULA:
            formula = child.text
        elif tag == _INLINE:
            inline = child
    value: object
    if text is None:
        value = string_text(inline) if inline is not None else None
    else:
        value = written_value(c.get("t", "n"), text, strings)
    if value is None and formula is None:
        return
    cells[coord(c.get("r", ""))] = (value, formula, int(c.get("s", "0")))


_CELL, _VALUE, _FORMULA, _INLINE, _TEXT, _ROW, _GUIDE = (
    f"{{{MAIN_NS}}}{t}" for t in ("c", "v", "f", "is", "t", "row", "rPh")
)


def string_text(string: ET.Element) -> str:
    """A string's text (an inline one's or a shared one's), its runs joined as shown; a
    phonetic guide's words after a space: Excel shows a guide only when asked, yet it is in
    the file (read glued to the text, 'Leeds' with a guide '137' was 'Leeds137', no figure)."""
    shown, guides = [], []
    for part in string:
        words = "".join(t.text or "" for t in part.iter(_TEXT))
        (guides if part.tag == _GUIDE else shown).append(words)
    return " ".join(["".join(shown), *guides])


def number_formats(styles_xml: bytes) -> list[str]:
    """The number format of each cell style index (built-in formats by their usual codes)."""
    if not styles_xml:
        return []
    root = ET.fromstring(styles_xml)
    custom = {e.get("numFmtId"): e.get("formatCode", "") for e in root.iter(f"{{{MAIN_NS}}}numFmt")}
    xfs = root.find(f"{{{MAIN_NS}}}cellXfs")
    formats = []
    for xf in xfs if xfs is not None else []:
        fmt_id = xf.get("numFmtId", "0")
        formats.append(custom.get(fmt_id) or BUILTIN_FORMATS.get(int(fmt_id), "General"))
    return formats
