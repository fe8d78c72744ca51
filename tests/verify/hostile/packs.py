"""Every hostile builder, by name: the classes of hiding place, one builder each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.verify.hostile import cells, package, words
from tests.verify.hostile.pack import Hostile

Builder = Callable[[Path], Hostile]
BUILDERS: dict[str, Builder] = {
    b.__name__: b for module in (words, cells, package) for b in module.BUILDERS
}
