"""Import reportlab for a PDF export without two costs the export never uses.

- reportlab.platypus.paragraph compiles, at import, a case-insensitive URL pattern over
  most of Unicode (60 ms on an idle machine, several times that on a busy one) that is
  only used to hyphenate web addresses. It is compiled on first use instead.
- reportlab.pdfbase.ttfonts imports uharfbuzz for its own word shaping, which every font
  here turns off (shapable=False): pdf_shaping shapes right-to-left and complex scripts
  itself and imports uharfbuzz only when a line needs it.
- reportlab.lib.utils imports Pillow's Image module (40 ms with its EXIF tables) for
  pictures, and the form has none. It is given a lazily loaded PIL.Image (the standard
  importlib.util.LazyLoader), which loads for real if anything ever touches it.

Called by the export facade before the PDF writer is imported; if reportlab is already
loaded (the window's team report, a test) this does nothing and everything still works.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
from typing import Any

_URL_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_lock = threading.Lock()


class LazyPattern:
    """A regular expression compiled the first time it is used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


def import_reportlab() -> None:
    """Import the parts of reportlab the PDF writer uses, the lighter way (once)."""
    with _lock:
        if "reportlab.platypus.paragraph" in sys.modules:
            return
        real_compile = re.compile

        def compile_later(pattern: Any, flags: int = 0) -> Any:
            if isinstance(pattern, str) and pattern.startswith(_URL_PATTERN_START):
                return LazyPattern(pattern, flags)
            return real_compile(pattern, flags)

        hide_harfbuzz = "uharfbuzz" not in sys.modules and "reportlab.pdfbase.ttfonts" not in sys.modules
        if hide_harfbuzz:
            sys.modules["uharfbuzz"] = None  # type: ignore[assignment]  # "import uharfbuzz" fails, once
        _lazy_module("PIL.Image")
        re.compile = compile_later
        try:
            import reportlab.pdfbase.ttfonts
            import reportlab.platypus  # noqa: F401
        finally:
            re.compile = real_compile
            if hide_harfbuzz and "uharfbuzz" in sys.modules and sys.modules["uharfbuzz"] is None:
                del sys.modules["uharfbuzz"]  # pdf_shaping's own import finds the real one


def _lazy_module(name: str) -> None:
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return  # not installed: reportlab's own import reports it
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)  # as a real import would: "import PIL.Image" works
