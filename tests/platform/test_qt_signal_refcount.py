"""Guards the PySide6 pin in pyproject.toml.

PySide6 6.12.0 drops a reference to True on every emit of a Python-declared signal; after a few
thousand emits (typing a paragraph) the interpreter aborts with "bool_dealloc". The app must never
run on such a build, so this runs the smallest reproduction in a child process.
"""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import sys
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    changed = Signal(str)

emitter = Emitter()
before = sys.getrefcount(True)
for _ in range(20000):
    emitter.changed.emit("x")
print(sys.getrefcount(True) - before)
"""


def test_emitting_python_signals_does_not_leak_references():
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"Qt binding crashed while emitting signals:\n{done.stderr[-2000:]}"
    assert abs(int(done.stdout.strip())) < 100
