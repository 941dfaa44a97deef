"""The program uses ReportLab and sqlite-utils through their public API only (issue #15): their
private names change without notice between versions, and a new major version must be a
matter of running the tests, not of reading their source again.

Read from the source with `ast`, so nothing is imported. Types are not known there, so the scan
is by name: where a module imports one of the libraries, it reaches into nobody's private
attributes (`x._y` on anything but `self`), copies no object's state (`__dict__`) and overrides
or calls no private method of a class it takes from the library; and the names of the internals
the reports once used are banned everywhere, as attributes and as strings (`getattr`)."""

import ast
import importlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "werkdrukdesk"
LIBRARIES = ("reportlab", "sqlite_utils")
# Modules that are not documented API, underscore or not.
PRIVATE_MODULES = ("reportlab.platypus.paraparser",)
# ReportLab internals the reports once reached; banned in every module, however reached.
BANNED_EVERYWHERE = {"_FUZZ", "_setup", "blPara", "_wrapWidths", "_startPage", "_formsinuse",
                     "_pushAccumulators", "_restartAccumulators", "_doc", "_pagesize"}
# Instance attributes of ReportLab's objects, banned where ReportLab is imported (elsewhere
# a class may have its own `_code`).
BANNED_WITH_THE_LIBRARY = {"_code", "_formData", "_fontname", "_fontsize", "_leading"}


def private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def library_of(module: str) -> str | None:
    top = module.split(".")[0]
    return top if top in LIBRARIES else None


def library_imports(tree: ast.Module) -> dict[str, str]:
    """Local name -> dotted name of what the module imports from the libraries."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if library_of(alias.name):
                    names[alias.asname or alias.name.split(".")[0]] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and library_of(node.module):
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def import_offences(tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        modules = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [f"{node.module}.{alias.name}" for alias in node.names]
        for dotted in modules:
            parts = dotted.split(".")
            if library_of(dotted) and (any(private(p) for p in parts)
                                       or any(dotted == m or dotted.startswith(m + ".")
                                              for m in PRIVATE_MODULES)):
                found.append(f"line {node.lineno}: imports {dotted}")
    return found


def library_bases(tree: ast.Module, imports: dict[str, str]) -> dict[str, list[type]]:
    """Class name -> the library classes among its bases (imported to look their names up)."""
    classes = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            bases = []
            for base in node.bases:
                dotted = imports.get(base.id) if isinstance(base, ast.Name) else None
                if dotted:
                    module, _, name = dotted.rpartition(".")
                    bases.append(getattr(importlib.import_module(module), name))
            classes[node.name] = bases
    return classes


def own_private_names(tree: ast.Module) -> set[str]:
    """The private names the module defines itself: its functions and its attributes."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {name for name in names if private(name)}


def offences_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imports = library_imports(tree)
    own = own_private_names(tree)
    uses_library = bool(imports)
    banned = BANNED_EVERYWHERE | (BANNED_WITH_THE_LIBRARY if uses_library else set())
    found = import_offences(tree)
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Attribute) and node.attr in banned:
            found.append(f"line {line}: .{node.attr}")
        elif isinstance(node, ast.Constant) and node.value in banned:
            found.append(f"line {line}: {node.value!r}")
        elif isinstance(node, ast.Name) and node.id in banned:
            found.append(f"line {line}: {node.id}")
        elif uses_library and isinstance(node, ast.Attribute):
            owner = node.value.id if isinstance(node.value, ast.Name) else None
            if node.attr == "__dict__":
                found.append(f"line {line}: {owner or '...'}.__dict__")
            elif private(node.attr) and owner not in ("self", "cls") and node.attr not in own:
                found.append(f"line {line}: {owner or '...'}.{node.attr}")
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        bases = library_bases(tree, imports).get(cls.name, [])
        for node in ast.walk(cls):
            name = (node.name if isinstance(node, ast.FunctionDef)
                    else node.attr if isinstance(node, ast.Attribute) else None)
            if name and private(name) and any(hasattr(base, name) for base in bases):
                found.append(f"line {node.lineno}: {cls.name} uses {name} of "
                             f"{', '.join(b.__name__ for b in bases)}")
    return found


def test_reportlab_and_sqlite_utils_are_used_through_their_public_api_only():
    offences = [f"{path.relative_to(PACKAGE).as_posix()} {offence}"
                for path in sorted(PACKAGE.rglob("*.py")) for offence in offences_in(path)]
    assert offences == []


def test_the_scan_sees_what_it_is_meant_to(tmp_path):
    """Each kind of reach into the internals is found, and a class's own private names are
    not."""
    source = tmp_path / "sample.py"
    source.write_text(
        "from reportlab.pdfgen.canvas import Canvas\n"
        "from reportlab.platypus import Paragraph\n"
        "from reportlab.platypus.paraparser import ParaParser\n"
        "from reportlab.rl_config import _FUZZ\n"
        "class Numbered(Canvas):\n"
        "    def showPage(self):\n"
        "        self._own = dict(self.__dict__)\n"
        "        self._startPage()\n"
        "        self._code.append('')\n"
        "class Para(Paragraph):\n"
        "    def _setup(self, *args):\n"
        "        return getattr(self, 'blPara')\n"
        "def peek(canvas, records):\n"
        "    return canvas._pagesize, canvas._x, records._mine\n"
        "def _mine():\n"
        "    pass\n",
        encoding="utf-8")
    found = "\n".join(offences_in(source))
    for expected in ("imports reportlab.platypus.paraparser.ParaParser",
                     "imports reportlab.rl_config._FUZZ", "self.__dict__", "._startPage",
                     "._code", "Para uses _setup of Paragraph", "'blPara'", "._pagesize",
                     "canvas._x"):
        assert expected in found
    assert "_own" not in found and "_mine" not in found
