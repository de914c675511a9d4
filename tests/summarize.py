#!/usr/bin/env python3
# summarize.py — count every test case in a meson test log, TAP subtests included.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Prints "N passed, N failed" (", N skipped" when any were skipped) and exits
# non-zero when anything failed. A TAP program that dies early counts its
# missing cases as failed.
import json
import re
import sys

passed = failed = skipped = 0
plan_re = re.compile(r'^1\.\.(\d+)')
ok_re = re.compile(r'^(not )?ok\b(.*)$')

with open(sys.argv[1], encoding='utf-8') as log:
    for line in log:
        entry = json.loads(line)
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

        planned = seen = 0
        for out in lines:
            if m := plan_re.match(out):
                planned = int(m.group(1))
            elif m := ok_re.match(out):
                seen += 1
                if '# SKIP' in m.group(2):
                    skipped += 1
                elif m.group(1):
                    failed += 1
                else:
                    passed += 1
        if planned > seen:
            failed += planned - seen
        elif seen == 0 and result not in ('OK', 'SKIP'):
            failed += 1

summary = f'{passed} passed, {failed} failed'
if skipped:
    summary += f', {skipped} skipped'
print(summary)
sys.exit(1 if failed else 0)
