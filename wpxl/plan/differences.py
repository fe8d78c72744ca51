"""A line that is one line of counts less another, planned as that formula over the rounded
cells (``=C4-B4``), so it always agrees with the figures shown beside it; negative where the
rounded figures fall. A percentage change is planned so too (``=(C4-B4)/B4``)."""

from __future__ import annotations

from wpxl.model import Coord, SheetCoord
from wpxl.model.sheetref import a1
from wpxl.plan.figures import NUMERIC_ROLES, Figures
from wpxl.plan.placement import Placement


def difference(
    sheet: str, coord: Coord, lines: tuple[Coord, Coord], figures: Figures, place: Placement
) -> tuple[float, str] | str:
    """The rounded difference and its formula, or why it cannot be shared."""
    keys: list[SheetCoord] = [(sheet, *lines[0]), (sheet, *lines[1])]
    if any(figures.is_outcome(k) for k in [(sheet, *coord), *keys]):
        return "a difference of outcome figures (it reveals outcome volumes)"
    if any(figures.role(k) not in NUMERIC_ROLES or _total_removed(figures, k) for k in keys):
        return "a difference of cells that are not shared counts"
    first, second = (place(line) for line in lines)
    value = figures.rounded(keys[0]) - figures.rounded(keys[1])
    return value, f"{a1(*first)}-{a1(*second)}"


# a change in outcomes with the shares the percentage sheet shows gives their volumes back
OUTCOME_CHANGE = "a percentage change in outcome figures (with their shares, it reveals volumes)"


def relative_change(
    sheet: str,
    coord: Coord,
    lines: tuple[Coord, Coord],
    whole: bool,
    figures: Figures,
    place: Placement,
) -> tuple[float, str] | str:
    """The change from the rounded earlier figure to the later, over the earlier (times 100
    when ``whole``), and its formula; or why it cannot be shared."""
    keys: list[SheetCoord] = [(sheet, *lines[0]), (sheet, *lines[1])]
    if any(figures.is_outcome(k) for k in [(sheet, *coord), *keys]):
        return OUTCOME_CHANGE
    if any(figures.role(k) not in NUMERIC_ROLES or _total_removed(figures, k) for k in keys):
        return "a change between cells that are not shared counts"
    later, earlier = figures.rounded(keys[0]), figures.rounded(keys[1])
    if earlier == 0:
        return "a rate over a figure that rounds to 0"
    first, second = (a1(*place(line)) for line in lines)
    formula = f"({first}-{second})/{second}"
    change = (later - earlier) / earlier
    return (100 * change, f"{formula}*100") if whole else (change, formula)


def _total_removed(figures: Figures, key: SheetCoord) -> bool:
    """A total the volume plan leaves out (over outcomes, or far from its perturbed source)."""
    if figures.role(key) not in NUMERIC_ROLES[1:]:
        return False
    return figures.adds_up_outcomes(key) or figures.far_from_source(key) or not figures.parts(key)
