#!/usr/bin/env python3
"""redscore.py BIN DIR: sanitize DIR/secrets.txt (SECRET ::: TEXT) and DIR/analytics.txt; report misses."""
import json, os, subprocess, sys
os.makedirs(os.environ.get('PROBE_HOME', '/tmp/probehome'), exist_ok=True)
sys.path.insert(0, os.path.dirname(__file__))
binary, d = sys.argv[1], sys.argv[2]
def decode(line):
    return line.replace('\\n', '\n').replace('\\t', '\t')
def sanitize(text):
    p = subprocess.run([binary, 'sanitize', '--json'], input=text.encode(), capture_output=True,
                       env=dict(os.environ, HOME=os.environ.get('PROBE_HOME', '/tmp/probehome')))
    d = json.loads(p.stdout)
    if 'sanitized' not in d: return 'ERROR ' + str(d)
    return d['sanitized']
caught = total = 0
for raw in open(os.path.join(d, 'secrets.txt'), encoding='utf-8'):
    raw = raw.rstrip('\n')
    if not raw.strip() or raw.startswith('#!'): continue
    secret, text = raw.split(' ::: ', 1)
    secret, text = decode(secret), decode(text)
    total += 1
    out = sanitize(text)
    if secret in out or out.startswith('ERROR'): print('MISSED', raw, '\n   ->', out)
    else: caught += 1
print(f'secrets {caught}/{total}')
changed = n = 0
for raw in open(os.path.join(d, 'analytics.txt'), encoding='utf-8'):
    raw = raw.rstrip('\n')
    if not raw.strip() or raw.startswith('#!'): continue
    text = decode(raw); n += 1
    out = sanitize(text)
    if out != text: changed += 1; print('CHANGED', raw, '\n   ->', out)
print(f'benign changed {changed}/{n}')
