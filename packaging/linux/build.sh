#!/usr/bin/env bash
# One command, from a clean clone: build the Linux one-folder bundle and the .deb,
# then smoke-test the frozen binary headless.
#
#   bash packaging/linux/build.sh            # -> dist/pdr-desktop/ and dist/pdr-desktop_<version>_<arch>.deb
#
# Uses the project's .venv when there is one (make bundle creates it); otherwise it
# makes its own build venv in build/venv.  Set PYTHON to choose the interpreter.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
start=$(date +%s)

bash packaging/system-deps.sh

if [ -x .venv/bin/python ]; then
  VENV=.venv
else
  VENV=build/venv
  if [ ! -x "$VENV/bin/python" ]; then
    echo "build: creating $VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
  fi
  "$VENV/bin/python" -m pip install --quiet .
fi
"$VENV/bin/python" -m pip install --quiet 'pyinstaller>=6.6'

VERSION="$("$VENV/bin/python" -c 'import re,pathlib;print(re.search(r"__version__ = \"([^\"]+)\"", pathlib.Path("pdr_desktop/__init__.py").read_text()).group(1))')"
echo "build: PDR Desktop $VERSION with $("$VENV/bin/python" -m PyInstaller --version | tail -1) (PyInstaller)"

rm -rf dist/pdr-desktop build/pyinstaller
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/pdr-desktop.spec
bundle_done=$(date +%s)

bash packaging/linux/build-deb.sh "$VERSION"
bash packaging/linux/smoke-test.sh dist/pdr-desktop/pdr-desktop

end=$(date +%s)
echo "build: bundle $(du -sh dist/pdr-desktop | cut -f1), deb $(du -h dist/pdr-desktop_"$VERSION"_*.deb | cut -f1)"
echo "build: bundle ready after $((bundle_done - start)) s (venv + PyInstaller), total $((end - start)) s"
