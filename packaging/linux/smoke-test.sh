#!/usr/bin/env bash
# Smoke-test a frozen PDR Desktop binary headless (no display, no network needed).
#
#   bash packaging/linux/smoke-test.sh dist/pdr-desktop/pdr-desktop
#
# Runs: --version, sample -o, check, export --to pdf, export --to docx (checking the
# files are real PDF / DOCX), then the GUI offscreen, quitting by itself (exit 0).
# Everything is written under a throw-away PDR_DESKTOP_HOME, never the user's data.
# If the build has no `export` command yet, that step says so and is skipped;
# set SMOKE_REQUIRE_EXPORT=1 to make it a failure instead.
set -uo pipefail

BIN="$(readlink -f "${1:-dist/pdr-desktop/pdr-desktop}")"
[ -x "$BIN" ] || { echo "smoke: no executable at ${1:-dist/pdr-desktop/pdr-desktop}" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export PDR_DESKTOP_HOME="$WORK/home" QT_QPA_PLATFORM=offscreen
failures=0

step() {  # step NAME COMMAND...: run, report, count failures
  local name="$1"; shift
  if out="$("$@" 2>&1)"; then
    echo "smoke: ok      $name"
  else
    echo "smoke: FAILED  $name (exit $?)"; echo "$out" | sed 's/^/        /'; failures=$((failures + 1))
  fi
}

magic() {  # magic FILE BYTES: the file starts with BYTES (a real PDF / a real ZIP-based DOCX)
  [ -s "$1" ] && [ "$(head -c "${#2}" "$1")" = "$2" ]
}

step "--version"            bash -c "'$BIN' --version | grep -q '^PDR Desktop [0-9]'"
step "sample -o"            "$BIN" sample -o "$WORK/sample.pdr"
step "check (complete)"     "$BIN" check "$WORK/sample.pdr"

if "$BIN" --help | grep -qE "^ +export( |$)"; then
  step "export --to pdf"    "$BIN" export "$WORK/sample.pdr" --to pdf -o "$WORK/sample.pdf"
  step "  is a PDF"         magic "$WORK/sample.pdf" "%PDF"
  step "export --to docx"   "$BIN" export "$WORK/sample.pdr" --to docx -o "$WORK/sample.docx"
  step "  is a DOCX"        magic "$WORK/sample.docx" "PK"
else
  echo "smoke: MISSING export: this build has no 'export' command yet (issue 4); PDF/DOCX not checked"
  [ "${SMOKE_REQUIRE_EXPORT:-0}" = 1 ] && failures=$((failures + 1))
fi

step "GUI starts offscreen and quits with 0" env PDR_DESKTOP_SMOKE_QUIT_MS=1500 timeout 60 "$BIN"

if [ "$failures" -ne 0 ]; then
  echo "smoke: $failures step(s) failed"; exit 1
fi
echo "smoke: all steps passed"
