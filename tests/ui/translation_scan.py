"""Find translatable calls that pyside6-lupdate cannot extract, or extracts under the wrong context.

lupdate reads only literal strings, in ``self.tr("…")`` inside a class (context: the class)
and ``QCoreApplication.translate("Context", "…")``. Anything else — a variable, a wrapper
such as ``_tr(text)``, ``window.tr("…")`` (lupdate files it under "window", the app looks it
up under the window's class) — is a string a translator never sees.
"""

from __future__ import annotations

import ast
from pathlib import Path

TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def _is_text(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        problem = self._problem(node)
        if problem:
            self.problems.append(f"{self.path}:{node.lineno}: {problem}: {ast.unparse(node)[:100]}")
        self.generic_visit(node)

    def _problem(self, node: ast.Call) -> str | None:
        func = node.func
        if isinstance(func, ast.Name) and func.id in {"tr", "_tr", "translate", "_translate"}:
            return "a translation wrapper lupdate cannot see"
        if not isinstance(func, ast.Attribute):
            return None
        owner = func.value
        if func.attr == "tr":
            if not (isinstance(owner, ast.Name) and owner.id == "self" and self.classes):
                return "tr() on something other than self in a class (wrong context for lupdate)"
            if not node.args or not _is_text(node.args[0]):
                return "tr() of a non-literal"
        if func.attr == "translate" and isinstance(owner, ast.Name) and owner.id in TRANSLATE_OWNERS:
            if len(node.args) < 2 or not (_is_text(node.args[0]) and _is_text(node.args[1])):
                return "translate() of a non-literal"
        return None


def untranslatable_calls(root: Path) -> list[str]:
    problems: list[str] = []
    for path in sorted(root.rglob("*.py")):
        scanner = _Scanner(path)
        scanner.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        problems.extend(scanner.problems)
    return problems
