"""PySide is told up front that the app's modules take no part in ``__feature__`` switching
(ui/pyside_features.py), so it does not read their source files at start."""

from __future__ import annotations

import ast
from pathlib import Path

import pdr_desktop
from pdr_desktop.ui.pyside_features import NOT_TAKING_PART, package_module_names, skip_feature_scan

ROOT = Path(pdr_desktop.__file__).parent


def test_no_module_switches_a_pyside_feature():
    # Marking every module as not taking part is only right while none does.
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert "__feature__" not in imported, path


def test_the_module_names_are_the_packages_files(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    for name in ("__init__.py", "a.py", "sub/__init__.py", "sub/b.py", "__pycache__/c.py", "notes.txt"):
        (package / name).write_text("", encoding="utf-8")
    assert package_module_names(package, "pkg") == {"pkg", "pkg.a", "pkg.sub", "pkg.sub.b"}


def test_pyside_no_longer_reads_the_apps_modules(monkeypatch):
    import importlib

    feature = importlib.import_module("PySide6.support.feature")
    table = feature.pyside_feature_dict
    saved = dict(table)
    try:
        for name in list(table):
            if name.startswith("pdr_desktop") or name in ("os", "json.decoder"):
                del table[name]
        assert skip_feature_scan() > 0
        assert table["pdr_desktop.ui.main_window"] == NOT_TAKING_PART
        assert table["pdr_desktop.forms.model"] == NOT_TAKING_PART
        assert table["os"] == NOT_TAKING_PART
        read: list[str] = []
        monkeypatch.setattr(feature, "_mod_uses_pyside", lambda module: read.append(module.__name__))
        feature.feature_imported(pdr_desktop)  # what PySide does on `import pdr_desktop`
        assert read == []
    finally:
        table.clear()
        table.update(saved)
