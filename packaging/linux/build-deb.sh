#!/usr/bin/env bash
# Wrap the PyInstaller one-folder bundle (dist/pdr-desktop) in a .deb:
#   /opt/pdr-desktop/               the bundle
#   /usr/bin/pdr-desktop            symlink to it
#   /usr/share/applications/        .desktop file (opens *.pdr)
#   /usr/share/mime/packages/       the *.pdr MIME type
#   /usr/share/icons/hicolor/...    the icon (app and *.pdr files), each size in resources/icons
# Users' drafts live in their home folders and are never part of the package,
# so removing or upgrading it leaves them alone.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
VERSION="${1:?usage: build-deb.sh VERSION}"
ARCH="$(dpkg --print-architecture)"
BUNDLE=dist/pdr-desktop
[ -x "$BUNDLE/pdr-desktop" ] || { echo "build-deb: $BUNDLE/pdr-desktop missing; run the PyInstaller step first" >&2; exit 1; }

STAGE="build/deb/pdr-desktop_${VERSION}_${ARCH}"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/mime/packages"
cp -a "$BUNDLE" "$STAGE/opt/pdr-desktop"
ln -s /opt/pdr-desktop/pdr-desktop "$STAGE/usr/bin/pdr-desktop"
install -m 644 packaging/linux/pdr-desktop.desktop "$STAGE/usr/share/applications/pdr-desktop.desktop"
install -m 644 packaging/linux/pdr-desktop-mime.xml "$STAGE/usr/share/mime/packages/pdr-desktop.xml"
install -m 644 packaging/site-settings.example.json "$STAGE/opt/pdr-desktop/site-settings.example.json"

# Icons are optional: install whichever sizes exist (file names like 256.png or pdr-desktop-256.png).
shopt -s nullglob
for png in resources/icons/*.png; do
  size="$(basename "$png" .png | grep -oE '[0-9]+$' || true)"
  [ -n "$size" ] || continue
  dest="$STAGE/usr/share/icons/hicolor/${size}x${size}"
  mkdir -p "$dest/apps" "$dest/mimetypes"
  install -m 644 "$png" "$dest/apps/pdr-desktop.png"
  # File managers show *.pdr drafts with the app's icon (icon name = MIME type, "/" -> "-").
  install -m 644 "$png" "$dest/mimetypes/application-x-pdr-draft.png"
done
for svg in resources/icons/*.svg; do
  mkdir -p "$STAGE/usr/share/icons/hicolor/scalable/apps"
  install -m 644 "$svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/pdr-desktop.svg"
  break
done

installed_kb="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: pdr-desktop
Version: ${VERSION}
Section: office
Priority: optional
Architecture: ${ARCH}
Maintainer: PDR Desktop developers <pdr-desktop@invalid>
Installed-Size: ${installed_kb}
Depends: libc6, libegl1, libgl1, libglib2.0-0, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libx11-xcb1
Description: Performance Conversation (PDR) form, offline
 PDR Desktop fills in, checks and exports the Portsmouth Children's Services
 Performance Conversation form. It works entirely offline and makes no network
 connections. Machine-wide settings: /etc/xdg/pdr-desktop/site-settings.json
 (see /opt/pdr-desktop/site-settings.example.json).
CONTROL

# Refresh the MIME and desktop databases so *.pdr opens with the app straight away.
for script in postinst postrm; do
  cat > "$STAGE/DEBIAN/$script" <<'HOOK'
#!/bin/sh
set -e
command -v update-mime-database >/dev/null 2>&1 && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
exit 0
HOOK
  chmod 755 "$STAGE/DEBIAN/$script"
done

mkdir -p dist
OUT="dist/pdr-desktop_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group --build "$STAGE" "$OUT" >/dev/null
echo "build-deb: $OUT ($(du -h "$OUT" | cut -f1), installs ${installed_kb} KB)"
