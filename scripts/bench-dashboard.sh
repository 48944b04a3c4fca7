#!/usr/bin/env bash
# Measures the dashboard at scale: installs Debian's chromium when it is missing
# (scripts/browser-setup.sh, as root or through sudo), builds the vigil command (Release) and runs
# 'vigil bench dashboard' with the given options (docs/dashboard.md, "Measuring at scale").
# Usage: scripts/bench-dashboard.sh [--tracks 500,2000,10000] [--runs 3] [--seconds 20] [--pan-seconds 10] [--json FILE]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo scripts/browser-setup.sh
fi
dotnet build src/Vigil.Cli/Vigil.Cli.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
exec src/Vigil.Cli/bin/Release/net10.0/vigil bench dashboard "$@"
