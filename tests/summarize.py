#!/usr/bin/env python3
# summarize.py — count every test case in meson test logs, TAP subtests included.
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   python3 tests/summarize.py TESTLOG.json [TESTLOG.json...]
#
# Prints "N passed, N failed" (", N skipped" when any were skipped) for all
# the logs together and exits non-zero when anything failed. A TAP program
# that dies early counts its missing cases as failed; a log that is missing
# (its build failed before any test ran) counts as one failure.
import json
import re
import sys

passed = failed = skipped = 0
plan_re = re.compile(r'^1\.\.(\d+)')
ok_re = re.compile(r'^(not )?ok\b(.*)$')


def entries(path):
    try:
        with open(path, encoding='utf-8') as log:
            return [json.loads(line) for line in log]
    except FileNotFoundError:
        print(f'summarize.py: {path} is missing: its tests did not run', file=sys.stderr)
        return [{'result': 'FAIL'}]


for entry in (e for path in sys.argv[1:] for e in entries(path)):
    result = entry.get('result')
    lines = entry.get('stdout', '').splitlines()
    if not any(plan_re.match(out) for out in lines):
        if result in ('OK', 'EXPECTEDFAIL'):
            passed += 1
        elif result == 'SKIP':
            skipped += 1
        else:
            failed += 1
        continue

    planned = seen = failed_here = 0
    for out in lines:
        if m := plan_re.match(out):
            planned = int(m.group(1))
        elif m := ok_re.match(out):
            seen += 1
            if '# SKIP' in m.group(2):
                skipped += 1
            elif m.group(1):
                failed_here += 1
            else:
                passed += 1
    if planned > seen:
        failed_here += planned - seen
    # Every case passed, and yet the program failed: a sanitizer's report at exit, say.
    elif failed_here == 0 and result not in ('OK', 'SKIP', 'EXPECTEDFAIL'):
        failed_here = 1
    failed += failed_here

summary = f'{passed} passed, {failed} failed'
if skipped:
    summary += f', {skipped} skipped'
print(summary)
sys.exit(1 if failed else 0)
