"""Print which parts of pdr_desktop import which, one edge a line, sorted.

    .venv/bin/python docs/import_graph.py            # pdr_desktop.drafts -> pdr_desktop.forms
    .venv/bin/python docs/import_graph.py --modules  # each edge followed by the module imports behind it

A part is a direct child of pdr_desktop: a subpackage (pdr_desktop.drafts) or a base module
(pdr_desktop.clock). Imports inside one part and imports of other libraries are left out,
so the list is the picture the layers contract in pyproject.toml ([tool.importlinter]) checks.
It reads the package on the import path, so `PYTHONPATH=<other checkout>` shows another commit.
Uses grimp, the parser import-linter itself runs on; nothing is cached on disk.
"""

from __future__ import annotations

import sys
from collections import defaultdict

import grimp

PACKAGE = "pdr_desktop"


def part_of(module: str) -> str:
    """pdr_desktop.drafts.store -> pdr_desktop.drafts; pdr_desktop -> pdr_desktop."""
    return ".".join(module.split(".")[:2])


def part_edges(package: str = PACKAGE) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(importing part, imported part) -> the (importer, imported) module pairs behind the edge."""
    graph = grimp.build_graph(package, cache_dir=None)
    edges: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for importer in graph.modules:
        for imported in graph.find_modules_directly_imported_by(importer):
            source, target = part_of(importer), part_of(imported)
            if source != target:
                edges[source, target].add((importer, imported))
    return edges


def main(argv: list[str]) -> int:
    show_modules = "--modules" in argv
    edges = part_edges()
    for source, target in sorted(edges):
        print(f"{source} -> {target}")
        if show_modules:
            for importer, imported in sorted(edges[source, target]):
                print(f"    {importer} -> {imported}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
