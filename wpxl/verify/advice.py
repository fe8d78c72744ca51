"""What the analyst should change when the proof refuses a copy, said in one sentence.

Nearly everything the proof finds comes from the workbook itself (a figure in a note, hidden
text, a total that does not add up its own cells, an outcome table named in a provider's own
words), so the advice says what to change in it; only a copy that disagrees with its own
input where the workbook holds nothing unusual is wpxl's to fix.
"""

from __future__ import annotations

from wpxl.verify.leaks import Finding

# (start of a finding's kind, what to do), most specific first: the first that matches is said.
ADVICE = (
    (
        "an outcome sheet's total typed",
        "The figures named are the totals of a sheet of job outcomes or sustainments, typed "
        "on another sheet: remove them (outcome volumes cannot be shared, even rounded) and "
        "try again",
    ),
    (
        "a regroup",
        "--aggregate could not regroup the table named without changing its figures: sanitise "
        "it without --aggregate (the table is shown in full) and report this to the wpxl "
        "maintainers with the file if you can",
    ),
    (
        "what looks like",
        "Remove the personal details from the workbook (or the cells they are in) and try again",
    ),
    (
        "text from a hidden or dropped part",
        "Delete the hidden text (hidden sheets, rows or "
        "columns, comments, properties, white text) from the workbook, or put what is meant to be "
        "shared in visible cells, and try again",
    ),
    (
        "content the input hides",
        "The cell named stands where the workbook hides something "
        "(white text, a ';;;' format, a zero-width column): delete it or make it visible, and try "
        "again",
    ),
    (
        "a sheet the input hides",
        "Delete the hidden sheet from the workbook, or unhide it if it "
        "is meant to be shared, and try again",
    ),
    (
        "an amount stated about outcomes",
        "Reword the text named so that it states no amount about job outcomes or sustainments "
        "(no number, percentage or number word: their shares belong on the percentage sheets), "
        "and try again",
    ),
    (
        "a count stated as a base or total on a sheet of outcomes",
        "Remove the base or total of job outcomes or sustainments stated in the text named "
        "(it is an outcome volume, rounded or not), and try again",
    ),
    (
        "a percentage in words about a line of counts under the small base",
        "Reword the text named so that it states no percentage about that line (its counts "
        "are so small that a percentage gives them back), and try again",
    ),
    (
        "a sheet name that states an amount",
        "Rename the sheet so that its name states no amount about job outcomes or sustainments "
        "and try again",
    ),
    (
        "a count written as text",
        "Type the figure named as a number in Excel (not as text with a leading zero or an "
        "exponent), or head its column with code words ('Area code') if it is a code, and try "
        "again",
    ),
    (
        "an outcome",
        "The cells named count job outcomes or sustainments: put the outcome words "
        "in that table's title or headers (for example 'Job outcomes by payment group') so they "
        "become percentages, or remove them from the workbook, and try again",
    ),
    (
        "a sheet name that quotes a figure",
        "Rename the sheet so that its name quotes no figure and try again",
    ),
    (
        "a count stated in words",
        "Reword the text named so that it states no count (or a count "
        "rounded to the base) and try again",
    ),
    (
        "an unrounded, removed or outcome figure in the file's name",
        "Rename the file so that its name quotes no figure of the workbook (the cover names "
        "the file), and try again",
    ),
    (
        "an unrounded, removed or outcome figure",
        "Reword the text named so that it quotes no figure (or rename the sheet), and try again",
    ),
    (
        "a number in words",
        "Reword the text named so that it quotes no figure (or rename the sheet), and try again",
    ),
    (
        "a total where the input stores no value",
        "The workbook was saved without its formulas' results (as a script such as openpyxl "
        "saves one), and wpxl cannot work out the total named: open the workbook in Excel, "
        "save it, and try again",
    ),
    (
        "a count that is not the input's rounded",
        "The copy's figures at the cells named are not the input's figures there, rounded: "
        "check the table is laid out as in the input (rows not moved) and try again; if it is, "
        "report this to the wpxl maintainers with the file if you can",
    ),
    (
        "a figure typed as another sheet's total",
        "The figures named are another sheet's totals typed as values: write them in Excel "
        "as formulas that refer to those totals (='Leeds'!F9), and try again",
    ),
    (
        "a total that adds up other cells",
        "Check the total named in Excel: if it does not add up the cells beside it (a hidden "
        "row or column inside the table, a figure typed over a formula, a total of other "
        "totals), correct or remove it; if it does, the workbook holds results its program "
        "never worked out (as some scripts and converters save them), so open it in Excel and "
        "save it; then try again",
    ),
    (
        "a total of the totals beside it",
        "The total named adds up the group totals beside it, but wpxl read it as counts: write "
        "it in Excel as a SUM of those totals, or set it apart with a blank column, and try again",
    ),
    (
        "a total of the lines beside it",
        "The line named adds up the lines beside it, but wpxl read it as counts: if it is their "
        "total, write it in Excel as a SUM of those lines, or name it a total in its label "
        "('England total'); if it adds up by chance, give the table its own total over every "
        "line, the named one among them; then try again",
    ),
    (
        "a total of the lines level with it",
        "The line named adds up the lines next to it under the same label column, but wpxl read "
        "it as counts: if it is their total, write it in Excel as a SUM of those lines, or name "
        "it a total in its label ('CPA 7 total'); if it adds up by chance, give the table its "
        "own total over every line, the named one among them; then try again",
    ),
    (
        "a line adding up the other lines of its group",
        "The line named adds up the other lines of its group, but wpxl read it as counts: if it "
        "is their total, write it in Excel as a SUM of those lines, or name it a total in its "
        "label ('Leeds total'); if it adds up by chance, give the group its own total line over "
        "every line, the named one among them; then try again",
    ),
    (
        "a total over figures the copy removed",
        "The total named adds up cells that cannot be "
        "shared (hidden, outcome or dropped figures): remove the total, or those cells, from the "
        "workbook and try again",
    ),
    (
        "a year-like figure",
        "The figure named looks like a year but sits among counts: if it is "
        "a label, move it into the header row or label column; if a count, make sure its column "
        "is headed as one, and try again",
    ),
    (
        "a number format copied",
        "Give the cells named a plain number format (such as 0, #,##0 "
        "or 0%) in Excel and try again",
    ),
    (
        "a count shown in a date format",
        "Give the cells named a number format instead of a date format in Excel and try again",
    ),
    (
        "a figure that is not a multiple",
        "The figure named was not recognised as a count: head "
        "its column or label its row with the measure it counts, or remove it, and try again",
    ),
)
WPXL_FAULT = (
    "The copy does not match its own input at the cells named; if the workbook looks right "
    "there in Excel, report this to the wpxl maintainers with the file if you can"
)


def what_to_change(findings: list[Finding]) -> str:
    """The advice for the first kind of finding the analyst can act on."""
    for start, advice in ADVICE:
        if any(f.kind.startswith(start) for f in findings):
            return advice
    return WPXL_FAULT
