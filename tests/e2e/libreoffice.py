"""Open workbooks in headless LibreOffice, force a full recalculation, and save the results.

A private LibreOffice profile sets "recalculate on load: always" for Excel files, so the values
read back are LibreOffice's own, not the cached values wpxl wrote.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def recalculate(files: list[Path], out_dir: Path) -> list[Path]:
    """Recalculated copies of ``files`` in ``out_dir`` (same names)."""
    profile = out_dir / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE_SETTINGS)
    command = [
        soffice() or "soffice",
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        str(out_dir),
        *map(str, files),
    ]
    env = {**os.environ, "HOME": str(out_dir)}
    subprocess.run(command, check=True, capture_output=True, timeout=600, env=env)
    return [out_dir / f.name for f in files]
