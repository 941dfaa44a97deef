"""Keep the English translation in step with the code, with Qt's own tools.

    python3 tools/translations.py update    # collect every marked sentence into the .ts
    python3 tools/translations.py release   # compile the .ts into the .qm the windows load

Run both from the project's environment (`.venv`), where PySide6 brings pyside6-lupdate and
pyside6-lrelease. Translate in the .ts, with Qt Linguist (pyside6-linguist) or any editor;
`update` keeps what is translated and drops sentences the code no longer has.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)


def ts_file(code: str) -> Path:
    return I18N / f"werkdrukdesk_{code}.ts"


def qm_file(code: str) -> Path:
    return I18N / f"werkdrukdesk_{code}.qm"


def sources() -> list[Path]:
    return sorted((ROOT / "werkdrukdesk").rglob("*.py"))


def tool(name: str) -> str:
    """The Qt tool that came with this environment's PySide6."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} is missing: run this with the Python of the project's .venv")
    return found


def update(code: str, ts: Path | None = None) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(ts or ts_file(code)),
         "-no-obsolete", "-locations", "none", "-source-language", "nl_NL",
         "-target-language", code],
        check=True, capture_output=True, text=True,
    )


def release(code: str, qm: Path | None = None) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file(code)), "-qm", str(qm or qm_file(code))],
        check=True, capture_output=True, text=True,
    )


def main(argv: list[str]) -> int:
    actions = {"update": update, "release": release}
    if len(argv) != 1 or argv[0] not in actions:
        print(__doc__)
        return 2
    for code in LANGUAGES:
        actions[argv[0]](code)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
