"""Tell PySide at start that no module here takes part in its ``__feature__`` switches.

PySide checks every module imported after it (and each module an ``import`` statement names
for the first time, ``os`` included) by reading its source file and searching it for
"PySide6", to learn which modules may switch on ``snake_case`` or ``true_property``. The app
uses neither (tests/unit/test_pyside_features.py checks that no module imports
``__feature__``). Reading about a hundred source files, and loading ``tokenize`` for the first,
cost start-up about 10 ms before the first frame. A module already in PySide's table is not
read, so the app's own modules and the standard library's are put there first, marked -1,
PySide's own value for "not taking part".

In a frozen bundle there are no source files to read (nor to list), so nothing changes there.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

NOT_TAKING_PART = -1  # shibokensupport/feature.py: "Id == -1: ignore this module in switching"


def package_module_names(root: Path, package: str) -> set[str]:
    """Dotted names of the modules and packages in the folder *root* of *package*."""
    names = {package}
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(("_", "."))]
        prefix = ".".join((package, *Path(folder).relative_to(root).parts))
        names.add(prefix)
        names.update(f"{prefix}.{name[:-3]}" for name in files if name.endswith(".py"))
    return {name.removesuffix(".__init__") for name in names}


def skip_feature_scan() -> int:
    """Mark the app's and the standard library's modules as not taking part; returns how many
    names were added (0 when this PySide keeps no such table: it then reads them, more slowly)."""
    try:  # not in PySide's stubs: its own support module, published for this table (PYSIDE-1019)
        feature = importlib.import_module("PySide6.support.feature")
        table = feature.pyside_feature_dict
    except (ImportError, AttributeError):
        return 0
    if not isinstance(table, dict):
        return 0
    root = Path(__file__).resolve().parents[1]
    standard = {name for name in sys.modules if name.split(".")[0] in sys.stdlib_module_names}
    names = standard | sys.stdlib_module_names | package_module_names(root, root.name)
    before = len(table)
    for name in names:
        table.setdefault(name, NOT_TAKING_PART)
    return len(table) - before
