"""Run-time hook (before the app's code, Linux builds): point Qt at the bundle's own plugins.

It stands in for PyInstaller's PySide6 hook, which imports PySide6.QtCore at every start (about
0.1 s of shiboken set-up even for `--version` and for each `export --jobs` worker) to register a
qt.conf that the PyPI PySide6 already registers itself when QtCore is first imported. What is
kept is the part that matters on a user's desktop: a QT_PLUGIN_PATH set for other Qt programs
(a KDE session sets one) must not make the bundled Qt load the system's plugins.
"""

import os
import sys
from pathlib import Path  # the app loads it at start anyway

_qt = Path(sys._MEIPASS) / "PySide6" / "Qt"  # PyInstaller's bundle folder
os.environ["QT_PLUGIN_PATH"] = str(_qt / "plugins")
os.environ["QML2_IMPORT_PATH"] = str(_qt / "qml")
del _qt
