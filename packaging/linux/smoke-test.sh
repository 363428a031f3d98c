#!/usr/bin/env bash
# Smoke-test a frozen PDR Desktop binary headless (no display, no network needed).
#
#   bash packaging/linux/smoke-test.sh dist/pdr-desktop/pdr-desktop
#
# Runs: --version, sample -o, check, check --spelling on a copy with typos, export --to pdf,
# export --to docx (checking the files are real PDF / DOCX), two drafts exported by two worker
# processes (--jobs 2), import of both back into drafts, a PDF of a name in five scripts, then
# the GUI offscreen, quitting by itself (exit 0), empty and with the sample draft open.
# Everything is written under a throw-away PDR_DESKTOP_HOME, never the user's data.
# A build without the `export` command fails (export is part of the product since issue 4);
# SMOKE_REQUIRE_EXPORT=0 only reports it, for bisecting old builds.
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
# British English spelling from the bundled Hunspell dictionary (no system dictionary needed):
# a misspelling is found with its suggestion, and --spelling leaves the exit code's meaning as
# it was (the typed words change a signed answer, so both say "changed since signed": 1).
sed 's/"wider.self": "/"wider.self": "I recieve feedback on my behavior. /' "$WORK/sample.pdr" > "$WORK/typos.pdr"
spelling_found() {
  local out with=0 without=0
  out="$("$BIN" check --spelling "$WORK/typos.pdr" 2>&1)" || with=$?
  "$BIN" check "$WORK/typos.pdr" >/dev/null 2>&1 || without=$?
  [ "$with" = "$without" ] || { echo "exit $with with --spelling, $without without"; echo "$out"; return 1; }
  grep -q '“recieve” → receive' <<<"$out" && grep -q '“behavior” → behaviour' <<<"$out" || { echo "$out"; return 1; }
}
step "check --spelling"     spelling_found

if "$BIN" --help | grep -qE "^ +export( |$)"; then
  step "export --to pdf"    "$BIN" export "$WORK/sample.pdr" --to pdf -o "$WORK/sample.pdf"
  step "  is a PDF"         magic "$WORK/sample.pdf" "%PDF"
  step "export --to docx"   "$BIN" export "$WORK/sample.pdr" --to docx -o "$WORK/sample.docx"
  step "  is a DOCX"        magic "$WORK/sample.docx" "PK"
  # Worker processes: multiprocessing starts them (and its resource tracker) by running this
  # executable again, which its run-time hook and freeze_support turn into a worker.
  jobs_in_processes() {
    mkdir -p "$WORK/batch" && cp "$WORK/sample.pdr" "$WORK/one.pdr" && cp "$WORK/sample.pdr" "$WORK/two.pdr" \
      && timeout 120 "$BIN" export "$WORK/one.pdr" "$WORK/two.pdr" --to pdf -o "$WORK/batch" --jobs 2 || return 1
    local pdfs=("$WORK"/batch/*.pdf)  # named after the person; the second one gets " (2)"
    [ "${#pdfs[@]}" = 2 ] && magic "${pdfs[0]}" "%PDF" && magic "${pdfs[1]}" "%PDF"
  }
  step "export --jobs 2"    jobs_in_processes
  # Reading them back exercises lxml, defusedxml and pypdf inside the bundle.
  step "import docx"        "$BIN" import "$WORK/sample.docx" -o "$WORK/from-docx.pdr"
  step "import pdf"         "$BIN" import "$WORK/sample.pdf" -o "$WORK/from-pdf.pdr"
  # Arabic, Bengali, Chinese, Hebrew and Polish in one name: the bundled fonts, HarfBuzz and
  # python-bidi must all be inside the bundle, or the export warns that characters cannot print.
  step "new (every script)" "$BIN" new --form portsmouth-early-help-2022 \
    --name "محمد أحمد 王小明 আমিনা שרה Łucja Dąbrowska" -o "$WORK/scripts.pdr"
  step "  export prints all" bash -c "'$BIN' export '$WORK/scripts.pdr' --to pdf -o '$WORK/scripts.pdf' 2>&1 \
    | { ! grep -q 'cannot be printed'; }"
  step "  is a PDF"         magic "$WORK/scripts.pdf" "%PDF"
else
  echo "smoke: MISSING export: this build has no 'export' command; PDF/DOCX not checked"
  [ "${SMOKE_REQUIRE_EXPORT:-1}" = 1 ] && failures=$((failures + 1))
fi

step "GUI starts offscreen and quits with 0" env PDR_DESKTOP_SMOKE_QUIT_MS=1500 timeout 60 "$BIN"
# With a draft every wizard page is built. Qt prints an error raised in a slot and carries on,
# so the output is searched for a Python traceback as well as checking the exit code.
no_traceback() {
  local out; out="$("$@" 2>&1)" || { echo "$out"; return 1; }
  if grep -q "^Traceback" <<<"$out"; then echo "$out"; return 1; fi
}
step "GUI opens the sample draft" no_traceback env PDR_DESKTOP_SMOKE_QUIT_MS=2000 timeout 60 "$BIN" "$WORK/sample.pdr"

if [ "$failures" -ne 0 ]; then
  echo "smoke: $failures step(s) failed"; exit 1
fi
echo "smoke: all steps passed"
