"""The proof lets through the representative's name only inside wpxl's own sentences naming
them: the same name in any other text is a person named, as before."""

import pytest

from wpxl.plan.banner import banner_text
from wpxl.policy.wording import render_lines
from wpxl.verify.leaks import personal_kinds

TITLED = "a person named with a title"


def test_the_banner_naming_the_representative_holds_no_personal_detail():
    assert personal_kinds(banner_text(False, 20, "Derby City Council", "Mrs Ann Lee")) == []


def test_the_covers_line_naming_the_representative_holds_no_personal_detail():
    lines = render_lines(
        "cover.txt.j2", title="MI", provider="the provider", source="pack.xlsx",
        produced="2026-11-25", version="0", policy_hash="", council="Derby City Council",
        representative="Mrs Ann Lee (MI analyst)", base=20,
    )  # fmt: skip
    named = [line for line in lines if "Ann Lee" in line]
    assert named and all(personal_kinds(line) == [] for line in named)


@pytest.mark.parametrize(
    "text",
    [
        "Checked (responsible: Mrs Ann Lee)",
        "INTERNAL — for Derby only (responsible: Mrs Ann Lee), not for publication. Mrs Jo Bell",
        "Note. For Derby; responsible under the confidentiality agreement: Mrs Ann Lee.",
    ],
)
def test_a_name_outside_wpxls_own_sentence_is_still_found(text):
    assert TITLED in personal_kinds(text)
