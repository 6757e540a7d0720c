#!/usr/bin/env python3
"""lat.py BIN [N]: median wall time of `route PROMPT` vs `--version` (whole process)."""
import os, subprocess, sys, time, statistics
os.makedirs(os.environ.get('PROBE_HOME', '/tmp/probehome'), exist_ok=True)
b = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
env = dict(os.environ, HOME=os.environ.get('PROBE_HOME', '/tmp/probehome'))
prompt = 'show me the top 10 customers by revenue in ANALYTICS.PUBLIC.ORDERS for last quarter'
def t(args):
    xs = []
    for _ in range(n):
        s = time.perf_counter(); subprocess.run(args, capture_output=True, env=env); xs.append(time.perf_counter() - s)
    return statistics.median(xs) * 1000
for _ in range(2):
    r = t([b, 'route', prompt]); v = t([b, '--version'])
    print(f'route {r:.2f} ms  --version {v:.2f} ms  diff {r-v:.2f} ms')
