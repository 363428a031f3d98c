"""Find bundled data (form definitions, fonts, icons) wherever the app runs from.

Three layouts exist: a source checkout (``forms/`` beside the package), an
installed wheel (copied into ``pdr_desktop/_bundled``) and a PyInstaller bundle
(everything under ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, ...]:
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR / "_bundled")
    roots.append(_PACKAGE_DIR.parent)
    return tuple(roots)


def resource_path(*parts: str) -> Path:
    """Path of a bundled file or folder, e.g. ``resource_path("forms")``.

    Raises FileNotFoundError naming every place looked in, so a broken
    install says what is missing instead of failing later.
    """
    for root in _roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    looked = ", ".join(str(r.joinpath(*parts)) for r in _roots())
    raise FileNotFoundError(f"Bundled resource {'/'.join(parts)!r} not found (looked in {looked})")
