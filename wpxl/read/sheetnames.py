"""Sheet names as they may be shown: a name that could quote a figure is replaced.

A sheet's name travels further than any cell: into the workbook part, the document properties,
every formula that refers to the sheet, and wpxl's own messages on the cover and in the report.
So a name such as 'Referrals n=307' or 'JSA 1,234' is replaced by 'Sheet 3' (its place in the
workbook) as the workbook is read, before any later stage can repeat it. The rule is the one for
headers and labels: a number of 100 or more that is not a year, or a count stated as "n=",
"base", "total", or a share to a decimal place ("Matlock 4.78%", wpxl.read.precise_shares).
Such a number is replaced whether or not a cell holds it: 'Outcomes 137' may
name a table's sum, which no cell holds, and a refusal naming the sheet would repeat it. One
exception: monthly tabs named for their month ("201304") stay unless a cell holds that number
(the names are needed before the figures are worked out, so the digits anywhere in the sheets
count: a superset of the figures). A sheet named by a number alone ("16", ONS's table 16 on
its own) is replaced on the same terms, where no run of such names numbers the sheets. A tab
named for a place by its number ('Office 245', 'Site 1377') is named so, as a label is
(wpxl.read.place_numbers).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from openpyxl.formula.tokenizer import Token, Tokenizer, TokenizerError

from wpxl.model.sheetref import quote_sheet, runs
from wpxl.read.numerals import raised_in_digits, roman_numerals
from wpxl.read.place_numbers import without_places
from wpxl.read.precise_shares import states_a_precise_share
from wpxl.read.quoted_figures import figures_quoted, stated_counts

SMALLEST = 10  # a sheet named '1' to '9' quotes no figure: no outcome volume so small is judged
RENAMED = "sheet names that could quote a figure (shown as 'Sheet' and their place)"


def numbers_named(names: list[str]) -> set[float]:
    """The month codes in those names ("201304"), and the numbers sheets are named by alone
    outside a run numbering them ("16", not "1" to "26" as ONS numbers its worksheets), which
    are figures only if the workbook holds them; any other number of 100 or more in a name is
    replaced whatever the cells hold."""
    codes = {n for name in names for n in figures_quoted(name, label=True) if month_code(n)}
    return codes | {float(name) for name in bare_numbers(names)}


def bare_numbers(names: list[str]) -> set[str]:
    """The names that are a number alone, ``SMALLEST`` or more, but for those of a run of
    three or more numbering the sheets one by one."""
    numbers = sorted({int(name) for name in names if name.isdigit() and name.isascii()})
    numbering = {str(n) for run in runs(numbers) if len(run) >= 3 for n in run}
    return {
        n
        for n in names
        if n.isdigit() and n.isascii() and int(n) >= SMALLEST and str(int(n)) not in numbering
    }


def month_code(number: float) -> bool:
    """A month written year first, as monthly tabs are named: 201304 (April 2013)."""
    year, month = divmod(number, 100)
    return number.is_integer() and 1990 <= year <= 2100 and 1 <= month <= 12


def shown_names(names: list[str], held: Collection[float]) -> dict[str, str]:
    """The sheets (in workbook order) whose names must not be shown -> the name to show;
    ``held``: which of ``numbers_named(names)`` the workbook's cells hold."""
    taken = {n.lower() for n in names}
    renamed = {}
    bare = bare_numbers(names)
    for place, name in enumerate(names, start=1):
        shown_as = raised_in_digits(name)  # 'JOs ¹³⁷' shows 137 (wpxl.read.numerals)
        figures = figures_quoted(without_places(shown_as), label=True)  # 'Office 245': a place
        quoted = any(n in held or not month_code(n) for n in figures)
        quoted = quoted or bool(roman_numerals(name))  # 'JOs CXXXVII'
        quoted = quoted or (name in bare and float(name) in held)  # '16' holding a count of 16
        if not (quoted or stated_counts(name) or states_a_precise_share(name)):
            continue
        shown, copy = f"Sheet {place}", 1
        while shown.lower() in taken:
            copy += 1
            shown = f"Sheet {place} ({copy})"
        taken.add(shown.lower())
        renamed[name] = shown
    return renamed


def renamed_in_formula(formula: str, renamed: dict[str, str]) -> str:
    """``formula`` (with its '=') referring to the renamed sheets by their shown names. Excel
    matches sheet names without regard to case, and so does this."""
    by_lower = {old.lower(): new for old, new in renamed.items()}
    try:
        tokens = Tokenizer(formula)
    except TokenizerError:
        return formula  # never rebuilt, so a reference left under its old name just drops out
    for token in tokens.items:
        if token.type != Token.OPERAND or token.subtype != Token.RANGE or "!" not in token.value:
            continue
        sheet, _, cells = token.value.rpartition("!")
        plain = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet
        new = by_lower.get(plain.lower())
        if new is not None:
            token.value = f"{quote_sheet(new)}!{cells}"
    return tokens.render()


# A formula reading a hidden sheet is read as the value it shows (issue 14, invariant 7): the
# sheet is not carried, so neither is the reference, and the value is what the reader saw.
HIDDEN_SHEET_FORMULAS = "formulas reading hidden sheets (the values they showed are kept)"
_SHEET_PREFIX = re.compile(r"(?:'((?:[^']|'')+)'|([^\s'!(),:=+\-*/&^<>;{}\"\[\]]+))!")


def sheets_referred(formula: str) -> set[str]:
    """The sheets a formula reads from by name ('Work ings'!B2, Workings!B2), lower-cased as
    Excel compares them; text in quotes is not searched."""
    bare = re.sub(r'"[^"]*"', "", formula)
    return {(q.replace("''", "'") or p).lower() for q, p in _SHEET_PREFIX.findall(bare)}
