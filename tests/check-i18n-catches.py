#!/usr/bin/env python3
# check-i18n-catches.py — check-i18n.py fails on the mistakes it is there for.
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-i18n-catches.py SOURCE_ROOT
#
# Copies the tree, puts back into it each mistake the issue names (a label and
# its value glued with "%s %s", a count without plural forms, a translated
# string appended with a separator, a list joined with ", ", a translator
# comment xgettext does not extract), and runs
# check-i18n.py on the copy: it must fail and name each one. The tree as it is
# must pass, so that the failure is the mistake's.
import os
import shutil
import subprocess
import sys
import tempfile

root = sys.argv[1]
check = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'check-i18n.py')

MISTAKES = [
    ('g_print ("%s %s\\n", _("Series:"), _("not recognised"));', 'glues pieces of text with " "'),
    ('g_print (_("%u wrong codes in all\\n"), failures);', '"%u wrong codes in all\\n" has a number'),
    ('g_string_append (out, " — ");', 'appends " — "'),
    ('joined = g_strjoin (", ", first, second, NULL);', 'joins text with ", "'),
    ('/* Translators: a comment xgettext loses */\n'
     '  g_print (g_dngettext (GETTEXT_PACKAGE,\n'
     '                        "%u new mistake\\n", "%u new mistakes\\n", failures), failures);',
     'drops this translator comment'),
]


def run(tree):
    done = subprocess.run([sys.executable, check, tree], capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


with tempfile.TemporaryDirectory() as tmp:
    tree = os.path.join(tmp, 'tree')
    shutil.copytree(root, tree, ignore=shutil.ignore_patterns('.git', '_build*', 'subprojects'))
    status, out = run(tree)
    if status != 0:
        print(out)
        sys.exit('check-i18n.py fails on the tree itself')

    target = os.path.join(tree, 'src', 'core', 'rc-cli.c')
    with open(target, 'a', encoding='utf-8') as f:
        f.write('\nstatic void\nmistakes (GString *out, const char *serial, guint failures,\n'
                '          const char *first, const char *second)\n{\n  char *joined;\n\n')
        for line, _ in MISTAKES:
            f.write('  %s\n' % line)
        f.write('  g_free (joined);\n}\n')
    status, out = run(tree)
    print(out)
    missed = [line for line, said in MISTAKES if said not in out]
    if status == 0 or missed:
        sys.exit('check-i18n.py let through: %s' % ' '.join(missed or ['(it passed)']))
print('check-i18n.py fails on each of %d mistakes' % len(MISTAKES))
