#!/usr/bin/env python3
# Code size figures for refactoring notes: lines outside tests (src/, web/src/), the largest
# files, and the largest functions (C++ by brace depth, TS/TSX exported functions).
#   scripts/code_metrics.py [REPO_DIR]
import os, re, sys
root = sys.argv[1] if len(sys.argv) > 1 else '.'
files = []
for base, exts in (('src', ('.cpp', '.h')), ('web/src', ('.ts', '.tsx'))):
    for d, _, names in os.walk(os.path.join(root, base)):
        for n in names:
            if n.endswith(exts) and '.test.' not in n:
                p = os.path.join(d, n)
                files.append((sum(1 for _ in open(p, encoding='utf-8', errors='replace')), os.path.relpath(p, root)))
files.sort(reverse=True)
print('lines: src %d, web/src %d (tests excluded)' % (
    sum(n for n, p in files if p.startswith('src')), sum(n for n, p in files if p.startswith('web'))))
print('largest files:'); [print('  %5d %s' % f) for f in files[:8]]
funcs = []
for _, p in files:
    lines = open(os.path.join(root, p), encoding='utf-8', errors='replace').read().split('\n')
    cpp = p.endswith(('.cpp', '.h'))
    def body_end(i):
        depth = 0
        for j in range(i, len(lines)):
            code = re.sub(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|//.*', '', lines[j])
            depth += code.count('{') - code.count('}')
            if depth <= 0 and '{' in ''.join(lines[i:j + 1]): return j
        return i
    for i, line in enumerate(lines):
        if cpp:
            m = re.match(r'^\s*(?:[\w:<>,\*&]+\s+)+([\w:~]+)\([^;]*\)\s*(const)?\s*(override)?\s*\{\s*$', line)
            if m and not re.match(r'^\s*(namespace|struct|class|enum|if|for|while|switch|else|return)\b', line):
                funcs.append((body_end(i) - i + 1, m.group(1), p))
        else:
            m = re.match(r'^export (?:default )?function (\w+)', line)
            if m:
                funcs.append((body_end(i) - i + 1, m.group(1), p))
funcs.sort(reverse=True)
print('largest functions:'); [print('  %5d %s (%s)' % f) for f in funcs[:12]]
