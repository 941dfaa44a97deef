#!/usr/bin/env python3
"""Start WerkdrukDesk, or run its tests, from a source checkout.

On first use (and whenever pyproject.toml changes) this makes a private virtual environment in
.venv and installs the program with its test tools there, so it also works on systems that
refuse `pip install` outside a virtual environment.

    python3 run.py [FILE]          start the program
    python3 run.py tests [ARGS]    run all tests (ARGS go to pytest)
    python3 run.py cli ARGS        any werkdrukdesk command,
                                   e.g. `python3 run.py cli demo x.werkdruk`
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "installed-from.sha256"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_environment() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if venv_python().exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py runs on any Python, to say this
        sys.exit("WerkdrukDesk heeft Python 3.11 of nieuwer nodig.")
    print("Eenmalig: de programmaomgeving wordt ingericht in .venv ...", flush=True)
    if not venv_python().exists():
        venv.create(VENV, with_pip=True)
    pip = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    ensure_environment()
    python = str(venv_python())
    if argv[:1] == ["tests"]:
        command = [python, "-m", "pytest", *argv[1:]]
    elif argv[:1] == ["cli"]:
        command = [python, "-m", "werkdrukdesk", *argv[1:]]
    else:
        command = [python, "-m", "werkdrukdesk", *argv]
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
