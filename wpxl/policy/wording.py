"""Every sentence wpxl puts in a workbook comes from a template in ``templates/``, not from code.

Templates ship inside the package (as ``wpxl/templates``) and are read from the repository's
``templates/`` folder when running from a checkout.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import jinja2


def templates_dir() -> Path:
    package = Path(__file__).parents[1]
    packaged = package / "templates"
    return packaged if packaged.is_dir() else package.parent / "templates"


@cache
def _environment(html: bool = False) -> jinja2.Environment:
    """Plain-text templates are not escaped; HTML ones (reports) are, so no cell text can
    become markup."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, **context: object) -> str:
    """The template ``name`` filled in; the result is plain text with surrounding space trimmed."""
    return _environment().get_template(name).render(**context).strip()


def render_html(name: str, **context: object) -> str:
    """An HTML template filled in, every value escaped unless marked safe."""
    return _environment(html=True).get_template(name).render(**context)


def render_lines(name: str, **context: object) -> list[str]:
    return render(name, **context).splitlines()


_FIELD = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")  # a template's fields and tags


@cache
def fixed_words() -> tuple[str, ...]:
    """The literal text of the plain-text templates, the pieces between their fields and tags:
    words wpxl writes in every copy whatever the workbook, so a hidden header that reads the
    same ('Job outcomes') is no secret the copy repeats there."""
    pieces = {
        piece.strip()
        for path in templates_dir().glob("*.txt.j2")
        for line in path.read_text(encoding="utf-8").splitlines()
        for piece in _FIELD.split(line)
    }
    return tuple(sorted(p for p in pieces if p))
