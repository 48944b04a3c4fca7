#!/usr/bin/env bash
# Runs the June-30 demo for the bundled seed and 20 others (the seeds the acceptance test uses:
# bundled + 1000·k) and prints each drone crossing's alert errors and a summary line.
# Usage: scripts/demo-seeds.sh [COUNT]   (needs python3 for the summary)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
count="${1:-20}"
base=20260630
out="$(mktemp -d)"
export VIGIL_DATA_DIR="$out/data"
for k in $(seq 0 "$count"); do
  seed=$((base + 1000 * k))
  ./vigil demo --no-serve --seed "$seed" --out "$out/$seed" > /dev/null
done
python3 - "$out" <<'PY'
import json, os, statistics, sys
root = sys.argv[1]
dts, dps, lat = [], [], []
print(f"{'seed':>10} {'drone':>6} {'dt_s':>6} {'dpos_m':>7} {'latency_s':>9}  alerts incidents swarms false")
for seed in sorted(d for d in os.listdir(root) if d.isdigit()):
    s = json.load(open(os.path.join(root, seed, "summary.json")))
    ev = s["evaluation"]
    kinds = [a["kind"] for a in s["alerts"]]
    for m in ev["droneCrossings"]:
        dts.append(abs(m["timeErrorS"])); dps.append(m["positionErrorM"]); lat.append(m["latencyS"])
        print(f"{seed:>10} {m['targetId']:>6} {m['timeErrorS']:>6.2f} {m['positionErrorM']:>7.1f} {m['latencyS']:>9.1f}  "
              f"{kinds.count('border-crossing'):>6} {len(s['incidents']):>9} {kinds.count('swarm'):>6} {len(ev['falseAlerts']):>5}")
print(f"crossings {len(dts)}: |dt| median {statistics.median(dts):.2f} s, max {max(dts):.2f} s; "
      f"dpos median {statistics.median(dps):.1f} m, max {max(dps):.1f} m; latency median {statistics.median(lat):.1f} s, max {max(lat):.1f} s")
PY
