#!/usr/bin/env bash
# Smoke test of a built bundle: every shared library finds its dependencies; the frozen program
# writes the large demo, prints every report it offers (skipping those it says are not available
# yet), runs the other commands once (export, import, plan export, survey, check), and starts
# with the demo until its window is ready: offscreen, and on X11 too when xvfb-run is there.
#
#   installer/smoke_test.sh dist/WerkdrukDesk
#
# Runs without a screen and in a throw-away HOME, so it neither needs a desktop nor touches the
# recent files, settings or backups of whoever runs it. Exit 0 only if everything worked;
# otherwise every failed step is reported with the program's output, and the exit is 1.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 BUNDLE_DIR   (e.g. dist/WerkdrukDesk)" >&2
    exit 2
fi
BUNDLE="$(cd "$1" && pwd)"
# On Windows (Git Bash) the console executable, since the windowed one has no stdout or stderr.
EXE="$BUNDLE/werkdrukdesk-cli.exe"
[ -e "$EXE" ] || EXE="$BUNDLE/WerkdrukDesk"
if [ ! -x "$EXE" ]; then
    echo "smoke_test: FAILED, no WerkdrukDesk executable in $BUNDLE" >&2
    exit 1
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
export HOME="$WORK/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_STATE_HOME="$HOME/.local/state" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$WORK"

failures=0
fail() { echo "smoke_test: FAILED: $*" >&2; failures=$((failures + 1)); }

# Runs the bundle with a time limit (behind the command in the array RUNNER, if any); keeps
# its exit status and output in LAST_STATUS and LAST_OUTPUT and prints the time taken.
RUNNER=()
step() {
    local log="$WORK/step.log" start end status
    start=$(date +%s.%N)
    set +e
    timeout 300 "${RUNNER[@]}" "$EXE" "$@" >"$log" 2>&1
    status=$?
    set -e
    end=$(date +%s.%N)
    LAST_OUTPUT="$(cat "$log")"
    LAST_STATUS=$status
    awk -v c="${RUNNER[*]:+${RUNNER[*]} }WerkdrukDesk $*" -v s="$status" -v a="$start" -v b="$end" \
        'BEGIN { printf "smoke_test: %-58s exit %d  %5.1f s\n", c, s, b - a }'
    return 0
}

# Every shared library in the bundle must find what it links to, in the bundle or in the
# system. Wayland's client libraries are the desktop's own and are never bundled; where they are
# missing there is no Wayland session and Qt uses X11.
if command -v ldd >/dev/null; then
    missing="$(find "$BUNDLE" -name '*.so*' -type f -print0 |
        LD_LIBRARY_PATH="$BUNDLE/_internal" xargs -0 -n 20 ldd 2>/dev/null |
        grep 'not found' | grep -v 'libwayland-' | sort -u || true)"
    [ -z "$missing" ] || fail "libraries not found:
$missing"
fi

step --version
[ "$LAST_STATUS" -eq 0 ] || fail "--version: $LAST_OUTPUT"

step demo "x.werkdruk" --size large
if [ "$LAST_STATUS" -ne 0 ] || [ ! -s x.werkdruk ]; then
    fail "demo: $LAST_OUTPUT"
    exit 1
fi

built=()
for kind in plan dossier attendance questionnaire evaluation readiness; do
    step report "$kind" x.werkdruk -o "$kind.pdf"
    if [ "$LAST_STATUS" -eq 0 ]; then
        if head -c 5 "$kind.pdf" | grep -q '%PDF-' && [ "$(stat -c %s "$kind.pdf")" -gt 1000 ]; then
            built+=("$kind ($(( $(stat -c %s "$kind.pdf") / 1024 )) KiB)")
        else
            fail "report $kind: exit 0 but $kind.pdf is no PDF"
        fi
    elif [ "$LAST_STATUS" -eq 2 ] && grep -q "nog niet beschikbaar" <<<"$LAST_OUTPUT"; then
        echo "smoke_test: report $kind skipped: the bundle says: $LAST_OUTPUT"
    else
        fail "report $kind: $LAST_OUTPUT"
    fi
done
[ ${#built[@]} -gt 0 ] || fail "no report could be built"

# The other commands, for the modules only they use (JSON, openpyxl, CSV, ICS). A command this
# version does not have yet is skipped; any other failure counts. `check` answers 0 or 1.
others=()
command_step() {
    local wanted="$1" output="$2"
    shift 2
    local name="$1"
    [[ "$2" == *.* ]] || name="$1 $2"  # `plan export`, `survey results`, but `check`
    step "$@"
    if grep -q -E "invalid choice|unrecognized arguments" <<<"$LAST_OUTPUT" &&
            [ "$LAST_STATUS" -eq 2 ]; then
        echo "smoke_test: '$name' skipped: this version does not have it"
    elif ! grep -q -w "$LAST_STATUS" <<<"$wanted"; then
        fail "$*: exit $LAST_STATUS: $LAST_OUTPUT"
    elif [ -n "$output" ] && [ ! -s "$output" ]; then
        fail "$*: $output is missing or empty"
    else
        others+=("$name (${@: -1})")
    fi
}
command_step 0 x.json export x.werkdruk -o x.json
command_step 0 y.werkdruk import x.json -o y.werkdruk
command_step 0 plan.xlsx plan export x.werkdruk -o plan.xlsx
command_step 0 plan.ics plan export x.werkdruk -o plan.ics
command_step 0 sheet.csv survey template x.werkdruk -o sheet.csv
command_step 0 "" survey results x.werkdruk --json
command_step "0 1" "" check x.werkdruk --json

# English from the bundled catalogue: a report, and `check` worded differently from Dutch.
step report plan x.werkdruk -o plan-en.pdf --lang en
[ "$LAST_STATUS" -eq 0 ] && [ -s plan-en.pdf ] || fail "report plan --lang en: $LAST_OUTPUT"
step check x.werkdruk --lang nl
dutch="$LAST_OUTPUT"
step check x.werkdruk --lang en
[ "$LAST_OUTPUT" != "$dutch" ] || fail "check --lang en printed the same as Dutch: $dutch"
others+=("English (plan-en.pdf, check)")

# Qt and Python complain on stderr when a plugin, a font or a module is missing.
check_start() {
    [ "$LAST_STATUS" -eq 0 ] || fail "start with x.werkdruk ($1): $LAST_OUTPUT"
    if grep -E -i "traceback|could not (load|find)|cannot (load|open)|no module named|failed to" \
            <<<"$LAST_OUTPUT"; then
        fail "start ($1) printed the errors above"
    fi
}
step x.werkdruk --exit-when-ready
check_start offscreen
# Both languages: each loads its translations (ours for English, Qt's own for Dutch) and says
# so on stderr when one is missing from the bundle.
for language in nl en; do
    step x.werkdruk --exit-when-ready --lang "$language"
    check_start "offscreen, --lang $language"
done
started="offscreen (nl, en)"
# With a virtual X server at hand, also start on the real X11 platform plugin and its libraries.
if command -v xvfb-run >/dev/null; then
    RUNNER=(env QT_QPA_PLATFORM=xcb xvfb-run -a)
    step x.werkdruk --exit-when-ready
    RUNNER=()
    check_start "X11 in xvfb"
    started="$started and X11 (xvfb)"
else
    echo "smoke_test: start on X11 skipped: no xvfb-run here"
fi

if [ "$failures" -ne 0 ]; then
    echo "smoke_test: $failures step(s) FAILED for $BUNDLE" >&2
    exit 1
fi
echo "smoke_test: OK: demo; reports ${built[*]}; ${others[*]/%/,} started with the large" \
    "demo on $started"
