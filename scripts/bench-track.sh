#!/usr/bin/env bash
# Runs 'vigil bench track' with everything it needs: the shared benchmark's generator wants
# Debian's python3-numpy to write the large preset, installed here when missing.
# Usage: scripts/bench-track.sh [vigil bench track options, e.g. --runs 3]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-numpy >/dev/null
fi
exec ./vigil bench track "$@"
