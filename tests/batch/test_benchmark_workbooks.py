"""The benchmark's generated workbooks must stay ones wpxl accepts, or the benchmark measures
a refusal. Small sizes only: timings live in benchmarks/bench.py, never in tests."""

import importlib.util
from pathlib import Path

from wpxl.sanitise import sanitise_file

_SPEC = importlib.util.spec_from_file_location(
    "bench_workbooks", Path(__file__).parents[2] / "benchmarks" / "workbooks.py"
)
workbooks = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(workbooks)


def test_generated_mi_workbook_is_sanitised_with_every_count_rounded(tmp_path, job):
    source = workbooks.make_workbook(tmp_path / "mi.xlsx", 3 * 41 * workbooks.COLUMNS, 40)
    result = sanitise_file(source, job)
    assert result.ok
    assert result.sheets == 4  # the cover and three council x month sheets
    assert result.cells_rounded == 3 * 40 * 24
    assert result.totals_rebuilt == 3 * (40 + 25)


def test_the_fuzzer_runs_its_mutants_through_sanitise(capsys):
    """benchmarks/fuzz.py had drifted from wpxl's API (a ``Job`` field renamed): every run
    stopped with a TypeError before its first mutant. A few mutants, crash-free, keep it whole."""
    spec = importlib.util.spec_from_file_location(
        "bench_fuzz", Path(__file__).parents[2] / "benchmarks" / "fuzz.py"
    )
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    assert fuzz.run(count=6, seed=1, show=6) == 0
    assert capsys.readouterr().out.startswith("6 mutants in ")


def test_stacked_blocks_are_sanitised_each_total_rebuilt(tmp_path, job):
    """The benchmark's sheet of blocks, a council each: every payment group's line rounded,
    each line's Total and each block's Total line rebuilt as SUMs."""
    source = workbooks.make_stacked_blocks(tmp_path / "blocks.xlsx", 4)
    result = sanitise_file(source, job)
    assert result.ok
    assert result.cells_rounded == 4 * 6 * 12
    assert result.totals_rebuilt == 4 * (6 + 13)


def _shapes():
    spec = importlib.util.spec_from_file_location(
        "bench_shapes", Path(__file__).parents[2] / "benchmarks" / "shapes.py"
    )
    shapes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shapes)
    return shapes


def test_the_growth_shapes_are_sanitised_each_as_its_layout_says(tmp_path, job):
    """benchmarks/shapes.py times each shape at two sizes: a shape refused, or misread, would
    time something else. Offices under district subtotals and a grand total of the districts;
    areas by code under typed region totals and 'England'; a long extract; an outcome table
    (a percentage sheet, no count); councils' blocks stacked."""
    shapes = _shapes()
    made = {name: make(tmp_path / f"{i}.xlsx", 36) for i, (name, make) in enumerate(
        shapes.SHAPES.items())}  # fmt: skip
    results = {name: sanitise_file(source, job) for name, source in made.items()}
    assert all(result.ok for result in results.values())
    # (rounded, rebuilt): 4 districts of 8 offices by 12 months, each office's Total, each
    # district's 13 totals and the grand total's; 5 regions of 6 areas, typed the same way
    assert (
        results["nested subtotals"].cells_rounded,
        results["nested subtotals"].totals_rebuilt,
    ) == (384, 97)
    assert (
        results["typed groups by code"].cells_rounded,
        results["typed groups by code"].totals_rebuilt,
    ) == (360, 108)
    assert results["long extract"].cells_rounded == 36
    outcomes = results["outcomes by area"]
    assert (outcomes.cells_rounded, outcomes.percentage_sheets) == (0, 1)
    assert (results["stacked blocks"].cells_rounded, results["stacked blocks"].totals_rebuilt) == (
        288,
        76,
    )
