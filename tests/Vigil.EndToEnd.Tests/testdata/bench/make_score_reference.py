#!/usr/bin/python3
"""Writes score_reference.json: per-scan-mean GOSPA/OSPA of small_tracks.csv against small_truth.csv
computed by the benchmark's own scorer (shared/bench/score.py, its gospa_ospa function), at full
precision (score.py's JSON rounds to 4 decimals). Needs Debian's python3-numpy and python3-scipy.

    /usr/bin/python3 make_score_reference.py PATH/TO/shared/bench > score_reference.json
"""
import json
import sys

import numpy as np

sys.path.insert(0, sys.argv[1])
import score  # noqa: E402

ts, _, tpos = score.load("small_truth.csv")
es, _, epos = score.load("small_tracks.csv")
n = int(max(ts.max(initial=-1), es.max(initial=-1)) + 1)
tb = np.searchsorted(ts, np.arange(n + 1))
eb = np.searchsorted(es, np.arange(n + 1))
out = []
for c, p in [(200.0, 1.0), (100.0, 2.0)]:
    rows = [score.gospa_ospa(tpos[tb[k]:tb[k + 1]], epos[eb[k]:eb[k + 1]], c, p) for k in range(n)]
    keys = ["gospa", "localisation", "missed", "false", "n_missed", "n_false", "n_truth", "n_est", "ospa"]
    out.append(dict(c=c, p=p, scans=n, mean_per_scan={k: float(np.mean([r[k] for r in rows])) for k in keys}))
json.dump(out, sys.stdout, indent=1)
print()
