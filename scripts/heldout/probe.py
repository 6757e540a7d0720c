#!/usr/bin/env python3
"""probe.py BIN FILE: route every case of FILE (corpus format) with `route --json -`.
Prints one summary line per case (label, matched) + the case, then totals."""
import json, os, subprocess, sys, collections
os.makedirs(os.environ.get('PROBE_HOME', '/tmp/probehome'), exist_ok=True)

def decode(line):
    out, i = [], 0
    while i < len(line):
        if line[i] == '\\' and i + 1 < len(line):
            c = line[i+1]
            if c == 'n': out.append('\n'); i += 2; continue
            if c == 't': out.append('\t'); i += 2; continue
            if c == 'u' and line[i+2:i+3] == '{':
                j = line.index('}', i)
                out.append(chr(int(line[i+3:j], 16))); i = j + 1; continue
        out.append(line[i]); i += 1
    return ''.join(out)

def cases(path):
    for raw in open(path, encoding='utf-8'):
        raw = raw.rstrip('\n')
        if not raw.strip() or raw.startswith('#!'):
            continue
        if 'credential' in os.path.basename(path) and raw.startswith('#'):
            continue
        yield raw, decode(raw)

def main():
    binary, path = sys.argv[1], sys.argv[2]
    env = dict(os.environ, HOME=os.environ.get('PROBE_HOME', '/tmp/probehome'), NO_COLOR='1')
    env.pop('CORTEX_ROUTE_CONFIG', None)
    tally = collections.Counter()
    for raw, text in cases(path):
        p = subprocess.run([binary, 'route', '--json', '-'], input=text.encode(), capture_output=True, env=env)
        try:
            d = json.loads(p.stdout)
        except Exception:
            label, matched = 'error', p.stderr.decode()[:200]
        else:
            label = d.get('blocked_by') or d.get('route') or d.get('status')
            matched = d.get('matched') or ''
        tally[label] += 1
        print(f"{label} {matched}\n    {raw}")
    total = sum(tally.values())
    print('TOTAL', total, dict(tally))

main()
