"""core/, storage/ and reports/ must work without Qt: the layering of docs/architecture.md."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "werkdrukdesk"
FORBIDDEN = {
    "core": ("PySide6", "shiboken6", "sqlite3", "sqlite_utils", "reportlab", "werkdrukdesk.ui",
             "werkdrukdesk.storage", "werkdrukdesk.reports"),
    "storage": ("PySide6", "shiboken6", "reportlab", "werkdrukdesk.ui", "werkdrukdesk.reports"),
    "reports": ("PySide6", "shiboken6", "sqlite3", "sqlite_utils", "werkdrukdesk.ui",
                "werkdrukdesk.storage"),
}


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
