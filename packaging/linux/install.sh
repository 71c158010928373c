#!/bin/sh
# Install KPIDesk for the current user from the unpacked archive (no root):
#   tar xzf kpidesk-<version>-linux-x86_64.tar.gz && kpidesk/install.sh
# Puts the app in ~/.local/lib/kpidesk, `kpidesk` in ~/.local/bin, and the
# menu entry, icons, AppStream data and the .kpidesk file type in ~/.local/share.
# `kpidesk/install.sh --uninstall` removes all of that again (never your files).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=no.kpidesk.KPIDesk
PREFIX=${PREFIX:-$HOME/.local}
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=$PREFIX/lib/kpidesk

refresh() {
    # Each tool is optional: a desktop without it picks the files up at next login.
    update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
    update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$TARGET"
    rm -f "$PREFIX/bin/kpidesk" "$DATA/applications/$APP_ID.desktop" \
        "$DATA/metainfo/$APP_ID.metainfo.xml" "$DATA/mime/packages/$APP_ID.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    refresh
    echo "KPIDesk removed."
    exit 0
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages"
if [ "$HERE" != "$TARGET" ]; then
    rm -rf "$TARGET"
    cp -a "$HERE" "$TARGET"
fi
ln -sf "$TARGET/kpidesk" "$PREFIX/bin/kpidesk"
# Exec=kpidesk needs ~/.local/bin on PATH; use the full path so the menu works regardless.
sed "s|^Exec=kpidesk|Exec=$TARGET/kpidesk|; s|^TryExec=kpidesk|TryExec=$TARGET/kpidesk|" \
    "$HERE/linux/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
cp "$HERE/linux/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp "$HERE/linux/$APP_ID.mime.xml" "$DATA/mime/packages/$APP_ID.xml"
mkdir -p "$DATA/icons"
cp -r "$HERE/linux/icons/hicolor" "$DATA/icons/"
refresh
echo "KPIDesk installed: $TARGET (start it from the menu, or run 'kpidesk')."
