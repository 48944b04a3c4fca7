#!/usr/bin/env bash
# Installs what the dashboard's browser tests (tests/Vigil.Dashboard.Tests) drive: Debian's
# chromium and chromium-driver, when /usr/bin/chromium or /usr/bin/chromedriver is missing.
# Needs root (CI runs as root); does nothing when both are there. The tests never let Selenium
# download a browser or a driver.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if [[ "$(id -u)" != 0 ]]; then
  echo "browser-setup: /usr/bin/chromium or /usr/bin/chromedriver is missing; run as root: apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
echo "browser-setup: installed $(/usr/bin/chromium --version 2>/dev/null | head -1) and $(/usr/bin/chromedriver --version | head -1)"
