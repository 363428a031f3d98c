#!/usr/bin/env bash
# macOS: build "PDR Desktop.app" with the PyInstaller spec (its BUNDLE step writes the
# Info.plist, including the .pdr document type) and wrap it in a compressed DMG.
#   bash packaging/macos/build-dmg.sh      # -> dist/PDR-Desktop-<version>.dmg
# Signing/notarisation (needs the council's Apple Developer ID) is left to IT:
#   codesign --deep --options runtime -s "Developer ID Application: ..." "dist/PDR Desktop.app"
#   xcrun notarytool submit dist/PDR-Desktop-<version>.dmg --wait ...
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
VENV=build/venv-macos
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet . 'pyinstaller>=6.6'
VERSION="$("$VENV/bin/python" -c 'import pdr_desktop; print(pdr_desktop.__version__)')"

rm -rf "dist/PDR Desktop.app" dist/pdr-desktop build/dmg
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/pdr-desktop.spec
"dist/PDR Desktop.app/Contents/MacOS/pdr-desktop" --version

mkdir -p build/dmg
cp -R "dist/PDR Desktop.app" build/dmg/
ln -s /Applications build/dmg/Applications
cp packaging/site-settings.example.json build/dmg/
OUT="dist/PDR-Desktop-${VERSION}.dmg"
rm -f "$OUT"
hdiutil create -volname "PDR Desktop ${VERSION}" -srcfolder build/dmg -ov -format UDZO "$OUT"
echo "build-dmg: $OUT"
