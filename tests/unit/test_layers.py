"""The import contracts in pyproject.toml hold, and cover every part of pdr_desktop.

The layers and the Qt-only-in-ui rule are checked by import-linter itself (the same check as
`make lint`); the graph script is checked against the same layer order, so it cannot show an
edge the contract forbids without this test failing.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

import pdr_desktop

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: import-linter brings tomli
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = Path(pdr_desktop.__file__).parent


@pytest.fixture(scope="module")
def contracts() -> dict[str, dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["type"]: c for c in config["tool"]["importlinter"]["contracts"]}


@pytest.fixture(scope="module")
def layer_of(contracts) -> dict[str, int]:
    """Each part's height: 0 for the top layer (__main__), larger further down."""
    heights = {}
    for height, layer in enumerate(contracts["layers"]["layers"]):
        for part in layer.split("|"):
            heights[part.strip()] = height
    return heights


@pytest.fixture(scope="module")
def import_graph():
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "docs" / "import_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parts_of_the_package() -> set[str]:
    """Every direct child of pdr_desktop: subpackages and modules (not the package's __init__)."""
    found = set()
    for path in PACKAGE_DIR.iterdir():
        if path.is_dir() and (path / "__init__.py").is_file():
            found.add(f"pdr_desktop.{path.name}")
        elif path.suffix == ".py" and path.name != "__init__.py":
            found.add(f"pdr_desktop.{path.stem}")
    return found


def test_lint_imports_keeps_every_contract():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache", "--no-logo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_every_part_of_the_package_has_a_layer(layer_of):
    # A new module or package left out of the list would be free to import anything.
    assert parts_of_the_package() == set(layer_of)


def test_only_ui_may_import_qt_and_everything_else_is_checked(contracts):
    forbidden = contracts["forbidden"]
    assert set(forbidden["forbidden_modules"]) == {"PySide6", "shiboken6"}
    assert set(forbidden["source_modules"]) == parts_of_the_package() - {"pdr_desktop.ui"}
    # The one edge let through: the command line opens the window (lazily, only then).
    assert forbidden["ignore_imports"] == ["pdr_desktop.cli -> pdr_desktop.ui.app"]


def test_graph_prints_sorted_package_edges_without_other_libraries(import_graph, capsys):
    assert import_graph.main([]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == sorted(lines)
    assert all(re.fullmatch(r"pdr_desktop(\.\w+)? -> pdr_desktop(\.\w+)?", line) for line in lines), lines
    assert "pdr_desktop.drafts -> pdr_desktop.forms" in lines  # a real edge, so the list is not empty
    assert "pdr_desktop.ui -> pdr_desktop.drafts" in lines


def test_graph_has_no_upward_edge(import_graph, layer_of):
    edges = import_graph.part_edges()
    assert ("pdr_desktop.drafts", "pdr_desktop.review") not in edges
    assert ("pdr_desktop.review", "pdr_desktop.export") not in edges
    upward = {
        edge: sorted(modules)
        for edge, modules in edges.items()
        if edge[0] in layer_of and edge[1] in layer_of and layer_of[edge[1]] <= layer_of[edge[0]]
    }
    assert upward == {}
