"""Total lines put in the order they can be written: each after the totals it adds up."""

from __future__ import annotations


def children_first(found: dict[int, list[int]]) -> list[int]:
    """Total lines in an order where each comes after the totals it adds up."""
    order: list[int] = []
    for line in found:
        _visit(line, found, order)
    return order


def _visit(line: int, found: dict[int, list[int]], order: list[int]) -> None:
    """A module function, not a closure: a closure calling itself is a reference cycle, which
    kept what it saw alive until the collector, asked rarely (wpxl.model.collector), ran."""
    if line in found and line not in order:
        for kid in found[line]:
            _visit(kid, found, order)
        order.append(line)
