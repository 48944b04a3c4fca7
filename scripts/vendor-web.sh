#!/usr/bin/env bash
# Vendors the dashboard's one third-party library, MapLibre GL JS, into
# src/Vigil.Server/wwwroot/vendor/maplibre-gl/ so the dashboard runs with no network.
# Needs npm (the registry only: `npm pack` downloads the published tarball, runs nothing from it).
#
# 5.x, not 6.x: the 5.x build is one self-contained script (its worker is inlined) that draws with
# WebGL2 and falls back to WebGL1, so it runs on Chromium's software renderer (SwiftShader) in the
# browser tests; 6.x ships only ES modules that fetch a separate worker module, for no gain here.
set -euo pipefail
version="${MAPLIBRE_VERSION:-5.24.1}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/src/Vigil.Server/wwwroot/vendor/maplibre-gl"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "maplibre-gl@$version" >/dev/null)
tar -xzf "$work/maplibre-gl-$version.tgz" -C "$work" package/dist/maplibre-gl.js package/dist/maplibre-gl.css package/LICENSE.txt package/package.json
got="$(node -p "require('$work/package/package.json').version" 2>/dev/null || sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$work/package/package.json" | head -1)"
[[ "$got" == "$version" ]] || { echo "vendor-web: asked for $version, the tarball is $got" >&2; exit 1; }
mkdir -p "$dest"
cp "$work/package/dist/maplibre-gl.js" "$work/package/dist/maplibre-gl.css" "$dest/"
cp "$work/package/LICENSE.txt" "$dest/LICENSE.txt"
printf 'maplibre-gl %s (npm), files dist/maplibre-gl.js, dist/maplibre-gl.css and LICENSE.txt, unchanged.\nsha256:\n' "$version" > "$dest/VERSION"
(cd "$dest" && sha256sum maplibre-gl.js maplibre-gl.css LICENSE.txt) >> "$dest/VERSION"
echo "vendored maplibre-gl $version into ${dest#"$here"/}"
