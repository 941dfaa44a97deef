"""The layering and the rooms of docs/architecture.md: core/, demo/, storage/ and reports/ work
without Qt; inside core the sub-packages lean one way; no module or folder grows past a size a
reader can hold."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "werkdrukdesk"
FORBIDDEN = {
    "core": ("PySide6", "shiboken6", "sqlite3", "sqlite_utils", "reportlab", "werkdrukdesk.ui",
             "werkdrukdesk.storage", "werkdrukdesk.reports", "werkdrukdesk.demo",
             "werkdrukdesk.cli"),
    "storage": ("PySide6", "shiboken6", "reportlab", "werkdrukdesk.ui", "werkdrukdesk.reports",
                "werkdrukdesk.demo", "werkdrukdesk.cli"),
    "reports": ("PySide6", "shiboken6", "sqlite3", "sqlite_utils", "werkdrukdesk.ui",
                "werkdrukdesk.storage", "werkdrukdesk.demo"),
    # The sample organisations are a client of core, like the command line.
    "demo": ("PySide6", "shiboken6", "sqlite3", "sqlite_utils", "reportlab", "werkdrukdesk.ui",
             "werkdrukdesk.storage", "werkdrukdesk.reports", "werkdrukdesk.cli"),
}

# Inside core the sub-packages lean one way: the plain records and helpers at the top of core
# know none of them; survey and plan know each other not; readiness (the inspector's judgement
# of everything, and the progress made of it) may read them all.
CORE_ROOMS = {
    # The model is plain data: it knows nothing of the program around it.
    "core/model": ("werkdrukdesk.core.catalogue", "werkdrukdesk.core.i18n",
                   "werkdrukdesk.core.labels", "werkdrukdesk.core.rules",
                   "werkdrukdesk.core.survey", "werkdrukdesk.core.plan",
                   "werkdrukdesk.core.readiness"),
    "core/survey": ("werkdrukdesk.core.plan", "werkdrukdesk.core.readiness"),
    "core/plan": ("werkdrukdesk.core.survey", "werkdrukdesk.core.readiness"),
}
TOP_OF_CORE_MAY_NOT = ("werkdrukdesk.core.plan", "werkdrukdesk.core.readiness")
# A module longer than this wants splitting; a folder with more modules wants sub-folders.
MOST_LINES = 420
MOST_MODULES = 13


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_layers_import_only_what_they_may():
    offences = []
    for layer, forbidden in FORBIDDEN.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imported_modules(path):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    offences.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offences == []


def offences_against(forbidden: tuple[str, ...], paths: list[Path]) -> list[str]:
    return [f"{path.parent.name}/{path.name} imports {name}"
            for path in paths for name in imported_modules(path)
            if any(name == f or name.startswith(f + ".") for f in forbidden)]


def test_core_sub_packages_lean_one_way():
    offences = []
    for room, forbidden in CORE_ROOMS.items():
        offences += offences_against(forbidden, list((PACKAGE / room).rglob("*.py")))
    offences += offences_against(TOP_OF_CORE_MAY_NOT, list((PACKAGE / "core").glob("*.py")))
    assert offences == []


def test_the_guard_sees_an_import_against_the_grain(tmp_path):
    """The rule above is not vacuous: a survey module that imports readiness is caught."""
    stray = tmp_path / "stray.py"
    stray.write_text("from werkdrukdesk.core.readiness.chain import readiness\n")
    assert offences_against(CORE_ROOMS["core/survey"], [stray]) != []


def test_no_module_is_too_long_to_read():
    too_long = {str(path.relative_to(PACKAGE)): lines for path in PACKAGE.rglob("*.py")
                if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES}
    assert too_long == {}


def test_no_folder_holds_too_many_modules():
    crowded = {}
    for folder in [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir())]:
        modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
        if len(modules) > MOST_MODULES:
            crowded[str(folder.relative_to(PACKAGE.parent))] = len(modules)
    assert crowded == {}


def test_core_storage_and_reports_load_without_qt():
    """Importing every module of the three layers pulls in no Qt at all, even indirectly."""
    modules = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in FORBIDDEN
        for path in (PACKAGE / layer).rglob("*.py")
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=PACKAGE.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_anonymity_minimum_is_one_value():
    """core.model.MIN_ANONYMOUS_GROUP is the one value; the file's CHECK constraint and the
    words that name the number repeat it, and this test ties them."""
    import re

    from werkdrukdesk.core import model as m
    from werkdrukdesk.core.readiness.base import NEEDS

    sql = "\n".join(p.read_text(encoding="utf-8") for p in (PACKAGE / "storage").iterdir()
                    if p.suffix in (".py", ".sql"))
    floors = {int(n) for n in re.findall(r"CHECK \(min_group_size >= (\d+)\)", sql)}
    assert floors == {m.MIN_ANONYMOUS_GROUP}
    assert m.SurveySettings().min_group_size == m.MIN_ANONYMOUS_GROUP
    assert f"groepen van {m.MIN_ANONYMOUS_GROUP} of meer" in NEEDS["anonymous"]
