#!/usr/bin/env bash
# Builds the solution and runs every test project; ends with one "N passed, N failed" line.
# Exit code is non-zero if the build or any test fails.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
dotnet build Vigil.slnx -c Release --nologo -v quiet -clp:ErrorsOnly || exit 1
# The dashboard tests drive Debian's chromium; without it they fail and say so, the rest still run.
scripts/browser-setup.sh || echo "test.sh: no browser for the dashboard tests (see above)" >&2
log="$(mktemp)"
dotnet test Vigil.slnx -c Release --no-build --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
awk '/(Passed|Failed)!  - Failed:/ {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
