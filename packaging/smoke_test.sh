#!/usr/bin/env bash
# Smoke test of the frozen app (make package-test): run it the way an owner
# would, from the bundle alone, in a throw-away home. Usage:
#   packaging/smoke_test.sh [dist/kpidesk/kpidesk]
# Exits non-zero on the first failure. The cold start must stay under
# MAX_START seconds (2 by default).
set -euo pipefail

APP=${1:-dist/kpidesk/kpidesk}
MAX_START=${MAX_START:-2}
[ -x "$APP" ] || { echo "no bundle at $APP: run 'make package' first" >&2; exit 1; }
APP=$(cd "$(dirname "$APP")" && pwd)/$(basename "$APP")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/kpidesk-smoke-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# A fresh user: no data folder, no settings, nothing from the build machine.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export QT_QPA_PLATFORM=offscreen
unset KPIDESK_DATA_DIR PYTHONPATH PYTHONHOME
mkdir -p "$HOME"
cd "$WORK"

step() { printf '%-34s' "$1"; }
ok() { echo "ok${1:+ ($1)}"; }

step "version"
version=$("$APP" --version)
[[ $version == KPIDesk\ * ]] || { echo "unexpected: $version"; exit 1; }
ok "$version"

step "first start (Norwegian system)"
LANG=nb_NO.UTF-8 LC_ALL=nb_NO.UTF-8 LANGUAGE=nb "$APP" --smoke --no-crash-dialog 2>"$WORK/gui.err" \
    || { cat "$WORK/gui.err"; exit 1; }
ok

step "data folder created"
[ -d "$XDG_DATA_HOME/KPIDesk" ] || { echo "missing: $XDG_DATA_HOME/KPIDesk"; exit 1; }
ok "$XDG_DATA_HOME/KPIDesk"

step "demo"
"$APP" demo "$WORK/demo.kpidesk" >"$WORK/demo.log"
[ -s "$WORK/demo.kpidesk" ] || { echo "no demo file"; exit 1; }
ok

step "report (PDF)"
"$APP" report "$WORK/demo.kpidesk" --out "$WORK/scorecard.pdf" >"$WORK/report.log"
head -c 5 "$WORK/scorecard.pdf" | grep -q '%PDF-' || { echo "not a PDF"; exit 1; }
tail -c 1024 "$WORK/scorecard.pdf" | grep -q '%%EOF' || { echo "PDF is truncated"; exit 1; }
ok "$(du -k "$WORK/scorecard.pdf" | cut -f1) KiB"

step "GUI on the demo (--smoke)"
"$APP" "$WORK/demo.kpidesk" --smoke --no-crash-dialog 2>"$WORK/gui.err" || { cat "$WORK/gui.err"; exit 1; }
ok

# Start time: the GUI opening the demo until its first paint, 3 runs. The first
# run is cold when the page cache can be dropped (root on Linux), else warm.
step "start time (GUI on the demo)"
sync
if (echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null; then cold="cold: page cache dropped"; else cold="page cache not dropped: not root"; fi
times=()
for _ in 1 2 3; do
    start=$(date +%s.%N)
    "$APP" "$WORK/demo.kpidesk" --smoke --no-crash-dialog 2>/dev/null
    times+=("$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')")
done
first=${times[0]}
best=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
printf 'first %.2f s (%s), best warm %.2f s\n' "$first" "$cold" "$best"
if awk -v t="$first" -v m="$MAX_START" 'BEGIN { exit !(t > m) }'; then
    echo "start takes longer than $MAX_START s" >&2
    exit 1
fi
echo "package-test: all checks passed"
