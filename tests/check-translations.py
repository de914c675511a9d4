#!/usr/bin/env python3
# check-translations.py — every language in po/LINGUAS is complete and reaches the program.
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-translations.py SOURCE_ROOT LOCALE_DIR
#
# For each language: `msgfmt --check --statistics` passes with no fuzzy and no
# untranslated message, also against the messages the sources hold now (a
# translation merged with a fresh template loses nothing); and
# `LANGUAGE=xx radio-code --help`, with the build's translations, prints the
# option texts in that language.
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

root, localedir = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location(
    'pseudo', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pseudo-locale.py'))
pseudo = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pseudo)

OPTION = 'Check SERIAL and print the verdict, without opening a window'
linguas = [w for line in open(os.path.join(root, 'po', 'LINGUAS'))
           for w in line.split('#')[0].split()]
problems = []
tap = []


def statistics(po):
    run = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                         capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
    return run.returncode, run.stderr.strip()


def translation_of(po, msgid):
    text = open(po, encoding='utf-8').read()
    m = re.search(r'^msgid "%s"\nmsgstr "(.*)"$' % re.escape(msgid), text, re.M)
    return m.group(1) if m else None


with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'now.pot')
    pseudo.extract(root, pot)
    for lang in linguas:
        po = os.path.join(root, 'po', lang + '.po')
        errors = []
        status, stats = statistics(po)
        if status != 0 or 'fuzzy' in stats or 'untranslated' in stats:
            errors.append('%s.po: %s' % (lang, stats))
        merged = os.path.join(tmp, lang + '.po')
        subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot],
                       check=True)
        status, stats = statistics(merged)
        if 'fuzzy' in stats or 'untranslated' in stats:
            errors.append('%s.po against the sources now: %s' % (lang, stats))
        wanted = translation_of(po, OPTION)
        help_text = subprocess.run(
            [os.environ['RADIO_CODE_BIN'], '--help'], capture_output=True, text=True,
            env=dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', LANGUAGE=lang,
                     RADIO_CODE_LOCALEDIR=localedir)).stdout
        if not wanted or wanted not in help_text:
            errors.append('LANGUAGE=%s radio-code --help does not print "%s"' % (lang, wanted))
        tap.append(('ok' if not errors else 'not ok', lang, errors))

print('1..%d' % max(len(tap), 1))
if not tap:
    print('ok 1 # SKIP no language in po/LINGUAS')
for i, (result, lang, errors) in enumerate(tap, 1):
    print('%s %d %s' % (result, i, lang))
    for error in errors:
        print('# ' + error)
sys.exit(1 if any(result != 'ok' for result, _, _ in tap) else 0)
