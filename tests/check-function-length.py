#!/usr/bin/env python3
# check-function-length.py — no function in src/ is longer than 80 lines
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage (meson runs it, see tests/meson.build):
#   check-function-length.py SOURCE_ROOT [--limit N] [--list N]
#
# A function's length is the lines of its body: those between the line of its
# opening brace and the line of its closing brace. A function is a brace block
# at file level whose head (the text since the last `;`, `}` or preprocessor
# line) has a parameter list just before the brace and no `=`, so structs,
# enums and initialisers are not counted. Comments, strings and character
# literals are read past, so a brace inside them counts for nothing.
#
# Output is TAP: one line per source file, failing with the name and length of
# each function over the limit. --list N prints the N longest functions
# instead, for planning.

import argparse
import os
import re
import sys

LIMIT = 80
FOLDERS = ('src',)
# A name and its parameter list, which may hold one level of parentheses (a function pointer).
PARAMETERS_AT_END = re.compile(r'([A-Za-z_]\w*)\s*\((?:[^()]|\([^()]*\))*\)\s*$')


def strip_code(text):
    """The text with comments, strings and character literals blanked out,
    newlines kept, so that offsets and line numbers stay where they were."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith('/*', i):
            end = text.find('*/', i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:end]))
            i = end
        elif text.startswith('//', i):
            end = text.find('\n', i)
            end = n if end < 0 else end
            out.append(' ' * (end - i))
            i = end
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            j = min(j + 1, n)
            out.append(c + re.sub(r'[^\n]', ' ', text[i + 1:j - 1]) + c)
            i = j
        elif c == '#' and (i == 0 or text[i - 1] == '\n'):
            # A preprocessor line, with its continuations, is no code here.
            j = i
            while True:
                end = text.find('\n', j)
                if end < 0:
                    end = n
                    break
                if text[end - 1] != '\\':
                    break
                j = end + 1
            out.append(re.sub(r'[^\n]', ' ', text[i:end]) + ';')
            i = end + 1 if end < n else n
            if end < n:
                out.append('\n')
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def functions(path):
    """(name, first line, body lines) of each function defined in @path."""
    with open(path, encoding='utf-8') as f:
        code = strip_code(f.read())
    found = []
    depth = 0
    head_start = 0
    open_at = 0
    for i, c in enumerate(code):
        if c == '{':
            if depth == 0:
                open_at = i
            depth += 1
        elif c == '}':
            depth -= 1
            if depth < 0:
                raise ValueError('%s: a } closes nothing' % path)
            if depth == 0:
                head = code[head_start:open_at]
                match = PARAMETERS_AT_END.search(head)
                if match and '=' not in head:
                    first = code.count('\n', 0, open_at) + 1
                    last = code.count('\n', 0, i) + 1
                    found.append((match.group(1), first, last - first - 1))
                head_start = i + 1
        elif c == ';' and depth == 0:
            head_start = i + 1
    if depth != 0:
        raise ValueError('%s: a { is never closed' % path)
    return found


def sources(root):
    for folder in FOLDERS:
        for top, dirs, files in os.walk(os.path.join(root, folder)):
            dirs.sort()
            for name in sorted(files):
                if name.endswith('.c'):
                    yield os.path.join(top, name)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('root')
    parser.add_argument('--limit', type=int, default=LIMIT)
    parser.add_argument('--list', type=int, default=0)
    args = parser.parse_args()

    files = list(sources(args.root))
    if args.list:
        every = [(length, os.path.relpath(path, args.root), name, line)
                 for path in files for name, line, length in functions(path)]
        for length, path, name, line in sorted(every, reverse=True)[:args.list]:
            print('%4d %s:%d %s' % (length, path, line, name))
        return 0

    print('1..%d' % len(files))
    failed = 0
    for number, path in enumerate(files, 1):
        relative = os.path.relpath(path, args.root)
        try:
            found = functions(path)
        except ValueError as e:
            print('not ok %d - %s\n# %s' % (number, relative, e))
            failed += 1
            continue
        long = [(name, line, length) for name, line, length in found if length > args.limit]
        if not found:
            print('ok %d - %s (no function)' % (number, relative))
        elif long:
            print('not ok %d - %s' % (number, relative))
            for name, line, length in long:
                print('# %s (line %d) has %d lines, more than %d' % (name, line, length,
                                                                     args.limit))
            failed += 1
        else:
            print('ok %d - %s (%d functions)' % (number, relative, len(found)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
